"""Exam 70's layouts: pages that break halfway (see the package docstring for the truth)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    item_words,
)

LAYOUTS = ("avisos", "tabla", "joomla", "critico")
EXAM70: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: one WordPress page of
# headed items, one table of every item, a page per numeral with the law's text (twice).
_INNER = {"avisos": "wordpress", "tabla": "table", "joomla": "joomla", "critico": "numbers"}
# Written where a page names the portal's own host; the server puts its port there when it starts.
PORT = "__PUERTO__"
HOST = f"127.0.0.1:{PORT}"

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "server", "snippet"]

_OPENING = str(WORDING["article"]["opening"]["text"])


def _w(section: str, key: str) -> Any:
    return EXAM70[section][key]["text"]


class Server70(ExamServer):
    """The exam's server: pages naming the portal's own host get the port it listens on."""

    def __init__(self, routes: Routes, headers: dict[str, dict[str, str]]) -> None:
        super().__init__(routes, headers)
        port = self.url.rsplit(":", 1)[1].encode()
        self.routes = {
            path: (
                dataclasses.replace(resource, body=resource.body.replace(PORT.encode(), port))
                if PORT.encode() in resource.body
                else resource
            )
            for path, resource in self.routes.items()
        }


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    return Server70(portal.routes, portal.headers)


# -- what failed, and what that does to an item's truth -------------------------------------------


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, line numbers, file paths), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _fail(item: Item) -> None:
    """The item is named, but its place shows only a failure: what it holds is not delivered."""
    item.truth = "broken"
    for doc in item.docs:
        doc.ok = False


def _lost(item: Item) -> None:
    """The item stood after the point where the page was cut off: nothing of it is shown."""
    item.truth = "unknown"
    item.docs = []
    item.updated = ""


def _keep(item: Item, shown: int) -> None:
    """The page was cut off after the item's first ``shown`` documents (newest first)."""
    if shown <= 0:
        _fail(item)
    else:
        item.docs = item.docs[:shown]


def _unreadable(items: list[Item]) -> None:
    """A page listing the items was cut off: an item found nowhere may be in the lost part."""
    for item in items:
        if item.truth == "missing":
            item.truth = "unknown"


def _how(item: Item) -> str:
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    if item.phrase:
        return "frase"
    return "ley"


def _note(portal: ExamPortal, item: Item, layout: str, fate: str, drawn: str) -> None:
    portal.notes[item.numeral] = (
        f"{layout}/{fate}/{drawn}->{item.truth}/{item_rhythm(item)}/{_how(item)}"
    )


def _missing(portal: ExamPortal, layout: str) -> None:
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"{layout}/ausente/{item.truth}")


def _law_only(item: Item) -> bool:
    return not item.docs and not item.own_text and not item.phrase


class _Php:
    """PHP's messages as ``display_errors`` prints them, with the site's own file paths."""

    def __init__(self, rng: random.Random, files: Sequence[str]) -> None:
        self.rng = rng
        self.files = list(files)

    def fill(self, template: str) -> str:
        cls, func = self.rng.choice(list(_w("php", "classes")))
        return template.format(
            key=self.rng.choice(list(_w("php", "keys"))),
            file=self.rng.choice(self.files),
            line=self.rng.randint(18, 2400),
            cls=cls,
            func=func,
            db=f"muni{self.rng.randint(10, 99)}_joomla",
            cat=self.rng.randint(3, 60),
        )

    def line(self, *kinds: str) -> str:
        kind = self.rng.choice(kinds or ("warning", "notice", "deprecated"))
        return f"<br />\n{self.fill(self.rng.choice(list(_w('php', kind))))}<br />\n"

    def lines(self, count: int, *kinds: str) -> str:
        return "".join(self.line(*kinds) for _ in range(count))

    def fatal(self) -> str:
        return f"<br />\n{self.fill(self.rng.choice(list(_w('php', 'fatal'))))}<br />\n"

    def db(self) -> str:
        text = self.fill(self.rng.choice(list(_w("db", "errors"))))
        if text.startswith("Table "):
            text = str(_w("db", "joomla_error")).format(code=1146, message=text)
        if text.startswith("<b>"):
            return f"<br />\n{text}<br />\n"
        return f"<p>{_e(text)}</p>"


def _spam(rng: random.Random) -> str:
    """A block of hidden links a hacked site's pages carry (casino, slots, pharmacy)."""
    links = rng.sample(list(_w("spam", "links")), rng.randint(2, 5))
    style = rng.choice(list(_w("spam", "hide")))
    inner = " ".join(f'<a href="{_e(href)}">{_e(text)}</a>' for text, href in links)
    return f'<div style="{style}">{inner}</div>'


def _insert(blocks: list[str], extra: str, rng: random.Random, *, cut: bool = False) -> None:
    """Put ``extra`` between two blocks (never after the one a fatal error ends)."""
    blocks.insert(rng.randint(0, len(blocks) - (1 if cut and blocks else 0)), extra)


def _site(town: str, draw: st.DrawFn) -> tuple[str, str]:
    name = str(_w("site", "name")).format(town=town)
    return name, str(draw(st.sampled_from(list(_w("site", "heading")))))


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    lag = rng.randint(2, 12)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 6))
        for item in items
        for doc in item.docs
    }


def _cut_point(draw: st.DrawFn, count: int) -> int:
    """Where a fatal error cuts a list of ``count`` items (the index of the first item touched)."""
    return draw(st.integers(max(1, count // 3), max(1, count - 1)))


# -- avisos: one WordPress page of headed items, PHP messages, raw shortcodes, hidden spam -------


def _avisos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "avisos"
    routes: Routes = {}
    town = str(draw(st.sampled_from(list(_w("site", "towns")))))
    name, heading = _site(town, draw)
    path = str(draw(st.sampled_from(list(_w(sec, "path")))))
    user = file_stem(town).lower().replace("-", "")[:8]
    files = [
        str(f).format(
            user=user,
            theme=rng.choice(list(_w(sec, "themes"))),
            plugin=rng.choice(list(_w(sec, "plugins"))),
        )
        for f in _w(sec, "theme")
    ]
    php = _Php(rng, files)
    tag = draw(st.sampled_from(["h2", "h3", "strong"]))
    absolute = draw(st.booleans())
    quote = draw(st.sampled_from(["\u201d", '"']))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    present = _present(items)
    cut = _cut_point(draw, len(present)) if draw(st.integers(0, 2)) == 2 else -1
    cut_mode = draw(st.sampled_from(["antes", "titulo", "documentos"]))

    blocks: list[str] = []
    for index, item in enumerate(present):
        drawn = item.truth
        n = item.numeral
        for doc in item.docs:
            day = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{day.year}/{day.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
        if index > cut >= 0 or (index == cut and cut_mode == "antes"):
            _lost(item)
            _note(portal, item, sec, "tras-el-corte", drawn)
            continue
        head = (
            f"<{tag}>{_e(item.label)}</{tag}>"
            if tag != "strong"
            else f"<p><strong>{_e(item.label)}</strong></p>"
        )
        words = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        if index == cut:
            # The fatal error stops the page inside this item: its heading, perhaps the law's
            # text and its first documents, then the error and nothing more.
            shown = (
                draw(st.integers(0, max(0, len(item.docs) - 1))) if cut_mode == "documentos" else 0
            )
            shown = shown if item.docs else 0
            law = f"<p>{_e(item.law_text)}</p>" if item.law_text and shown == 0 else ""
            _keep(item, shown)
            if shown:
                law = words
            links = "".join(
                f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs[:shown]
            )
            blocks.append(head + law + (f"<ul>{links}" if links else "") + php.fatal())
            _note(portal, item, sec, f"corte-{shown}", drawn)
            continue
        roll = 11 - draw(st.integers(0, 11))  # the simplest draw: no failure
        fate = "normal"
        if item.docs and roll == 0:
            fate = "shortcode-pdf"
            body = words
            for doc in item.docs:
                url = f"http://{HOST}{doc.path}" if absolute else doc.path
                code = str(rng.choice(list(_w("shortcodes", "pdf")))).format(
                    q=quote, url=url, title=doc.name
                )
                if rng.random() < 0.5:
                    body += f"<p><strong>{_e(doc.name)}</strong></p>"
                body += f"<p>{_e(code)}</p>"
        elif item.docs and roll == 1:
            fate = "shortcode-paquete"
            codes = [
                str(rng.choice(list(_w("shortcodes", "package")))).format(
                    id=rng.randint(100, 4000), slug=f"numeral-{n}"
                )
                for _ in item.docs
            ]
            body = "".join(f"<p>{_e(t)}</p>" for t in item_words(item) if t != item.updated)
            body += "".join(f"<p>{_e(c)}</p>" for c in dict.fromkeys(codes))
            _fail(item)
        elif (item.docs and roll == 2) or (_law_only(item) and roll <= 1):
            fate = "shortcode-tabla"
            code = str(rng.choice(list(_w("shortcodes", "table")))).format(id=rng.randint(2, 40))
            law = f"<p>{_e(item.law_text)}</p>" if item.law_text else ""
            body = law + f"<p>{_e(code)}</p>"
            _fail(item)
        elif item.docs and roll == 3:
            fate = "error-bd"
            law = f"<p>{_e(item.law_text)}</p>" if item.law_text else ""
            body = law + php.db()
            _fail(item)
        elif roll <= 6:
            fate = "aviso"
            rows = [f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs]
            if rows:
                rows.insert(rng.randint(0, len(rows)), php.line())
            body = words + (f"<ul>{''.join(rows)}</ul>" if item.docs else php.line())
        else:
            links_html = "".join(
                f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs
            )
            body = words + (f"<ul>{links_html}</ul>" if item.docs else "")
        blocks.append(head + body)
        _note(portal, item, sec, fate, drawn)
    if cut >= 0:
        _unreadable(items)
        if cut_mode == "antes":
            blocks.append(php.fatal())
    spam = draw(st.integers(0, 3))
    for _ in range(spam):
        _insert(blocks, _spam(rng), rng, cut=cut >= 0)
    if rng.random() < 0.5:
        _insert(blocks, php.line(), rng, cut=cut >= 0)
    before = php.lines(draw(st.integers(0, 3)), "warning", "deprecated")
    content = "".join(blocks)
    top = (
        f'<!DOCTYPE html><html lang="es-ES"><head><meta charset="UTF-8"><title>{_e(heading)} – '
        f'{_e(name)}</title></head><body class="page-template-default page"><header'
        f' class="site-header"><p class="site-title"><a href="/">{_e(name)}</a></p><nav'
        f' class="main-navigation"><ul><li><a href="/">Inicio</a></li><li><a href="{_e(path)}">'
        f'{_e(heading)}</a></li><li><a href="/noticias/">Noticias</a></li></ul></nav></header>'
        f'<main id="main" class="site-main"><article class="page type-page status-publish">'
        f'<header class="entry-header"><h1 class="entry-title">{_e(heading)}</h1></header>'
        f'<div class="entry-content"><p>{_e(str(_w("site", "intro")).format(town=town))}</p>'
        f"<p>{_e(_w('site', 'subheading'))}</p><p>{_e(_OPENING)}</p>"
    )
    if cut >= 0:
        html = before + top + content
    else:
        footer = str(_w("site", "footer")).format(town=town, year=today.year)
        html = (
            before + top + content + "</div></article></main>"
            f'<footer class="site-footer"><p>{_e(footer)}</p></footer></body></html>'
        )
    routes[path] = Resource(html.encode("utf-8"))
    routes["/"] = _home(name, path, heading, town, today)
    _missing(portal, sec)
    return routes


def _home(name: str, path: str, heading: str, town: str, today: dt.date) -> Resource:
    footer = str(_w("site", "footer")).format(town=town, year=today.year)
    html = (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{_e(name)}</title>'
        f'</head><body><header><h1>{_e(name)}</h1><nav><a href="/">Inicio</a> | <a'
        f' href="{_e(path)}">{_e(heading)}</a> | <a href="/noticias/">Noticias</a></nav></header>'
        f"<main><p>Bienvenidos al sitio oficial de la {_e(name)}.</p>"
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p></main>'
        f"<footer><p>{_e(footer)}</p></footer></body></html>"
    )
    return Resource(html.encode("utf-8"))


# -- tabla: a PHP script's table of every item, notices in cells, a database error, a cut -------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "tabla"
    routes: Routes = {}
    town = str(draw(st.sampled_from(list(_w("site", "towns")))))
    name, heading = _site(town, draw)
    path = str(draw(st.sampled_from(list(_w(sec, "path")))))
    user = file_stem(town).lower().replace("-", "")[:8]
    script = str(_w(sec, "script")).format(user=user, path=path)
    php = _Php(rng, [script, f"/home/{user}/public_html/includes/conexion.php"])
    word = str(draw(st.sampled_from(list(_w(sec, "download")))))
    by_name = draw(st.booleans())
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    present = _present(items)
    cut = _cut_point(draw, len(present)) if draw(st.integers(0, 1)) == 1 else -1
    cut_mode = draw(st.sampled_from(["antes", "titulo", "documentos"]))

    def link(doc: Doc) -> str:
        text = doc.name if by_name else f"{word} – {doc.name}"
        return f'<a href="{_e(doc.path)}" target="_blank">{_e(text)}</a>'

    rows = ""
    for index, item in enumerate(present):
        drawn = item.truth
        n = item.numeral
        for doc in item.docs:
            doc.path = unique(f"/laip/documentos/{n:02d}/{file_stem(doc.name)}.pdf", seen)
        if index > cut >= 0 or (index == cut and cut_mode == "antes"):
            _lost(item)
            _note(portal, item, sec, "tras-el-corte", drawn)
            continue
        label = f"<td>{n}</td><td>{_e(item.label)}"
        words = "".join(
            f"<br><small>{_e(t)}</small>" for t in item_words(item) if t != item.updated
        )
        newest = max((days[id(d)] for d in item.docs), default=None)
        stamp = day_month_year(newest) if newest else "—"
        if index == cut:
            shown = (
                draw(st.integers(0, max(0, len(item.docs) - 1))) if cut_mode == "documentos" else 0
            )
            shown = shown if item.docs else 0
            _keep(item, shown)
            cell = "<br>".join(link(d) for d in item.docs[:shown])
            rows += f"<tr>{label}</td><td>{cell}{php.fatal()}"
            _note(portal, item, sec, f"corte-{shown}", drawn)
            continue
        roll = 9 - draw(st.integers(0, 9))  # the simplest draw: no failure
        fate = "normal"
        if (item.docs or _law_only(item)) and roll <= 1:
            fate = "error-bd"
            cell = php.db()
            words = f"<br><small>{_e(item.law_text)}</small>" if item.law_text else ""
            stamp = php.line("notice", "warning")
            _fail(item)
        elif roll <= 4:
            fate = "aviso"
            parts = [link(d) for d in item.docs] or [_e(item.updated or "")]
            parts.insert(rng.randint(0, len(parts)), php.line("notice", "warning"))
            cell = "<br>".join(p for p in parts if p)
        else:
            cell = "<br>".join(link(d) for d in item.docs)
            if not item.docs:
                cell = "—"
        rows += f"<tr>{label}{words}</td><td>{cell}</td><td>{stamp}</td></tr>"
        _note(portal, item, sec, fate, drawn)
    if cut >= 0:
        _unreadable(items)
        if cut_mode == "antes":
            rows += f"<tr><td>{php.fatal()}"
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w(sec, "columns"))
    spam = _spam(rng) if draw(st.booleans()) else ""
    top = (
        php.lines(draw(st.integers(0, 2)), "notice", "deprecated")
        + f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{_e(heading)} -'
        f' {_e(name)}</title></head><body>{spam}<div id="encabezado"><h1>{_e(name)}</h1>'
        '<ul id="menu"><li><a href="/">Inicio</a></li><li><a href="/noticias/">Noticias</a>'
        f'</li><li><a href="{_e(path)}">Transparencia</a></li></ul></div><div id="contenido">'
        f"<h2>{_e(heading)}</h2><p>{_e(_w('site', 'subheading'))}</p>"
        + php.lines(draw(st.integers(0, 2)), "notice", "warning")
        + f'<table border="1" cellpadding="4" class="tabla-laip"><tr>{heads}</tr>{rows}'
    )
    if cut < 0:
        footer = str(_w("site", "footer")).format(town=town, year=today.year)
        top += f'</table></div><div id="pie"><p>{_e(footer)}</p></div></body></html>'
    routes[path] = Resource(top.encode("utf-8"))
    routes["/"] = _home(name, path, heading, town, today)
    _missing(portal, sec)
    return routes


# -- joomla: a page per numeral, Deprecated lines, a documents module failing, a cut ------------


def _joomla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "joomla"
    routes: Routes = {}
    town = str(draw(st.sampled_from(list(_w("site", "towns")))))
    name, heading = _site(town, draw)
    index = str(draw(st.sampled_from(list(_w(sec, "index")))))
    path_form = str(draw(st.sampled_from(list(_w(sec, "numeral_path")))))
    user = file_stem(town).lower().replace("-", "")[:8]
    template = str(rng.choice(list(_w(sec, "templates"))))
    files = [
        str(f).format(user=user, part=rng.choice(list(_w(sec, "parts"))), template=template)
        for f in _w(sec, "files")
    ]
    php = _Php(rng, files)
    module = str(draw(st.sampled_from(list(_w(sec, "module")))))
    # Deprecated / Strict lines above every page, some pages, or none.
    above = draw(st.sampled_from(["todas", "algunas", "ninguna"]))
    count_above = draw(st.integers(1, 4))
    spam_where = draw(st.sampled_from(["plantilla", "indice", "ninguno"]))
    spam = _spam(rng)
    seen: set[str] = set()
    present = _present(items)
    paths = {item.numeral: path_form.format(index=index, n=item.numeral) for item in present}
    footer = str(_w("site", "footer")).format(town=town, year=today.year)

    def menu(broken: bool) -> str:
        if broken:
            return f'<div class="moduletable"><h3>Artículo 10</h3>{php.line("warning")}</div>'
        links = "".join(
            f'<li class="item-{100 + i.numeral}"><a href="{_e(paths[i.numeral])}">'
            f"{_e(i.label)}</a></li>"
            for i in present
        )
        return f'<div class="moduletable"><h3>Artículo 10</h3><ul class="menu">{links}</ul></div>'

    def page(title: str, content: str, *, cut: bool = False, menu_broken: bool = False) -> bytes:
        pre = php.lines(count_above, "deprecated") if above == "todas" else ""
        if above == "algunas" and rng.random() < 0.5:
            pre = php.lines(count_above, "deprecated", "notice")
        html = (
            f'{pre}<!DOCTYPE html><html lang="es-es" dir="ltr"><head><meta charset="utf-8">'
            f'<meta name="generator" content="Joomla! - Open Source Content Management"><title>'
            f'{_e(title)}</title></head><body class="site"><div class="header"><h1>'
            f'{_e(name)}</h1><p>{_e(_w(sec, "portal"))}</p></div><div class="container">'
            f'<div id="aside">{menu(menu_broken)}</div><div id="content" class="item-page">'
            f"{content}"
        )
        if not cut:
            tail = spam if spam_where == "plantilla" else ""
            html += f'</div></div><div class="footer"><p>{_e(footer)}</p>{tail}</div></body></html>'
        return html.encode("utf-8")

    for item in present:
        drawn = item.truth
        n = item.numeral
        for doc in item.docs:
            doc.path = unique(
                f"/images/transparencia/numeral-{n:02d}/{file_stem(doc.name)}.pdf", seen
            )
        head = f'<div class="page-header"><h2 itemprop="headline">{_e(item.label)}</h2></div>'
        words = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        roll = 11 - draw(st.integers(0, 11))  # the simplest draw: no failure
        fate = "normal"
        cut = False
        module_html = ""
        if item.docs or _law_only(item):
            links = "".join(
                f'<li><a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a></li>'
                for d in item.docs
            )
            module_html = (
                f'<div class="moduletable documentos"><h3>{_e(module)}</h3><ul>{links}</ul></div>'
                if item.docs
                else ""
            )
        if (item.docs or _law_only(item)) and roll <= 1:
            fate = "error-bd"
            law = f"<p>{_e(item.law_text)}</p>" if item.law_text else ""
            body = head + f'<div itemprop="articleBody">{law}</div>'
            body += f'<div class="moduletable documentos"><h3>{_e(module)}</h3>{php.db()}</div>'
            _fail(item)
        elif item.docs and roll == 2:
            shown = draw(st.integers(0, len(item.docs) - 1))
            fate = f"corte-{shown}"
            cut = True
            kept = item.docs[:shown]
            law = words if shown else (f"<p>{_e(item.law_text)}</p>" if item.law_text else "")
            links = "".join(
                f'<li><a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a></li>' for d in kept
            )
            body = head + f'<div itemprop="articleBody">{law}</div>'
            if shown:
                body += f'<div class="moduletable documentos"><h3>{_e(module)}</h3><ul>{links}'
            body += php.fatal()
            _keep(item, shown)
        elif roll <= 5:
            fate = "aviso"
            body = head + php.line() + f'<div itemprop="articleBody">{words}</div>' + module_html
        else:
            body = head + f'<div itemprop="articleBody">{words}</div>' + module_html
        menu_broken = not cut and draw(st.integers(0, 7)) == 7
        if menu_broken:
            fate += "+menu-roto"
        routes[paths[n]] = Resource(page(item.label, body, cut=cut, menu_broken=menu_broken))
        _note(portal, item, sec, fate, drawn)
    links = "".join(f'<li><a href="{_e(paths[i.numeral])}">{_e(i.label)}</a></li>' for i in present)
    extra = spam if spam_where == "indice" else ""
    body = (
        f'<div class="page-header"><h2>{_e(heading)}</h2></div><div itemprop="articleBody">'
        f"<p>{_e(str(_w('site', 'intro')).format(town=town))}</p><p>{_e(_OPENING)}</p>"
        f"{extra}<ul>{links}</ul></div>"
    )
    routes[index] = Resource(page(heading, body))
    routes["/"] = _home(name, index, heading, town, today)
    _missing(portal, sec)
    return routes


# -- critico: WordPress child pages, one or two stopped by the critical error, raw shortcodes ----


def _critical_page() -> str:
    """What WordPress' fatal-error handler prints once output has begun (status already 200)."""
    return (
        '<!DOCTYPE html><html dir="ltr" lang="es-ES"><head><meta name="viewport"'
        ' content="width=device-width"><meta http-equiv="Content-Type" content="text/html;'
        ' charset=utf-8"><title>WordPress &rsaquo; Error</title></head><body id="error-page">'
        f'<div class="wp-die-message"><p>{_e(_w("wp", "critical"))}</p><p><a'
        f' href="{_e(_w("wp", "critical_link"))}">{_e(_w("wp", "critical_more"))}</a></p></div>'
        "</body></html>"
    )


def _critico(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "critico"
    routes: Routes = {}
    town = str(draw(st.sampled_from(list(_w("site", "towns")))))
    name, heading = _site(town, draw)
    index = str(draw(st.sampled_from(list(_w(sec, "index")))))
    user = file_stem(town).lower().replace("-", "")[:8]
    files = [
        str(f).format(
            user=user,
            theme=rng.choice(list(_w("avisos", "themes"))),
            plugin=rng.choice(list(_w("avisos", "plugins"))),
        )
        for f in _w("avisos", "theme")
    ]
    php = _Php(rng, files)
    blocks = draw(st.booleans())
    absolute = draw(st.booleans())
    quote = draw(st.sampled_from(["\u201d", '"']))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    present = _present(items)
    footer = str(_w("site", "footer")).format(town=town, year=today.year)
    # The sub-pages the critical error stops (one to three).
    stopped = set(
        draw(
            st.lists(
                st.sampled_from([i.numeral for i in present]), min_size=1, max_size=3, unique=True
            )
        )
    )

    def wp(title: str, page_id: int, content: str, *, pre: str = "", cut: bool = False) -> bytes:
        html = (
            f'{pre}<!DOCTYPE html><html lang="es-ES"><head><meta charset="UTF-8"><title>'
            f'{_e(title)} – {_e(name)}</title></head><body class="page-template-default page'
            f' page-id-{page_id}"><header class="site-header"><p class="site-title"><a href="/">'
            f'{_e(name)}</a></p><nav class="main-navigation"><ul><li><a href="/">Inicio</a></li>'
            f'<li><a href="{_e(index)}">{_e(heading)}</a></li><li><a href="/noticias/">Noticias'
            f'</a></li></ul></nav></header><main id="main"><article id="post-{page_id}"><header'
            f' class="entry-header"><h1 class="entry-title">{_e(title)}</h1></header><div'
            f' class="entry-content">{content}'
        )
        if cut:
            html += _critical_page()
        else:
            html += (
                f'</div></article></main><footer class="site-footer"><p>{_e(footer)}</p>'
                "</footer></body></html>"
            )
        return html.encode("utf-8")

    def files_html(docs: list[Doc]) -> str:
        if blocks:
            return "".join(
                f'<div class="wp-block-file"><a href="{_e(d.path)}">{_e(d.name)}</a><a'
                f' href="{_e(d.path)}" class="wp-block-file__button" download>Descargar</a></div>'
                for d in docs
            )
        links = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in docs)
        return f"<ul>{links}</ul>"

    entries = []
    for item in present:
        drawn = item.truth
        n = item.numeral
        path = str(_w(sec, "child")).format(index=index, n=n)
        page_id = rng.randint(200, 9000)
        for doc in item.docs:
            day = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{day.year}/{day.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
        words = "".join(f"<p>{_e(t)}</p>" for t in item_words(item))
        law = f"<p>{_e(item.law_text)}</p>" if item.law_text else ""
        pre = php.lines(draw(st.integers(0, 2)), "warning", "deprecated")
        cut = False
        roll = 9 - draw(st.integers(0, 9))  # the simplest draw: no failure
        if n in stopped:
            shown = draw(st.integers(0, max(0, len(item.docs) - 1)))
            shown = shown if item.docs else 0
            fate = f"error-critico-{shown}"
            content = (words + files_html(item.docs[:shown])) if shown else law
            if shown and rng.random() < 0.5:
                # The error strikes inside the list of files, before it closes.
                content = content.rsplit("</ul>", 1)[0]
            cut = True
            _keep(item, shown)
        elif item.docs and roll == 0:
            fate = "shortcode-pdf"
            content = words
            for doc in item.docs:
                url = f"http://{HOST}{doc.path}" if absolute else doc.path
                code = str(rng.choice(list(_w("shortcodes", "pdf")))).format(
                    q=quote, url=url, title=doc.name
                )
                content += f"<p>{_e(code)}</p>"
        elif item.docs and roll == 1:
            fate = "shortcode-paquete"
            code = str(rng.choice(list(_w("shortcodes", "package")))).format(
                id=rng.randint(100, 4000), slug=f"numeral-{n}"
            )
            content = law + f"<h3>{_e(_w(sec, 'files'))}</h3><p>{_e(code)}</p>"
            _fail(item)
        elif roll <= 4:
            fate = "aviso"
            content = words + php.line() + (files_html(item.docs) if item.docs else "")
        else:
            fate = "normal"
            content = words + (files_html(item.docs) if item.docs else "")
        routes[path] = Resource(wp(item.label, page_id, content, pre=pre, cut=cut))
        entries.append(
            f'<li class="page_item page-item-{page_id}"><a href="{_e(path)}">'
            f"{_e(item.label)}</a></li>"
        )
        _note(portal, item, sec, fate, drawn)
    parts = entries[:]
    for _ in range(draw(st.integers(0, 3))):
        _insert(parts, f"<li>{_spam(rng)}</li>", rng)
    intro = f"<p>{_e(str(_w('site', 'intro')).format(town=town))}</p><p>{_e(_OPENING)}</p>" + (
        _spam(rng) if draw(st.booleans()) else ""
    )
    routes[index] = Resource(wp(heading, 2, f'{intro}<ul class="subpaginas">{"".join(parts)}</ul>'))
    routes["/"] = _home(name, index, heading, town, today)
    _missing(portal, sec)
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "avisos": _avisos,
    "tabla": _tabla,
    "joomla": _joomla,
    "critico": _critico,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 70 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
