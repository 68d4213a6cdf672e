"""Exam 76's layouts (see the package docstring in ``__init__.py``): the transparency sections
of three real Guatemalan bodies of the Organismo Ejecutivo that are not municipalities (MAGA,
the Secretaría de Bienestar Social, the Ministerio de Educación's infopublica portal), each
publishing Article 10 beside Article 11's numerals (which are NOT Article 10 items)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    file_stem,
    item_rhythm,
    unique,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    WORDING,
    Item,
    Routes,
    _e,
    _present,
)

LAYOUTS = ("maga", "sbs", "mineduc")
EXAM76: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: rows of a table (bare
# labels allowed), a page per numeral with the law's text, a page per numeral with the law's text.
_INNER = {"maga": "table", "sbs": "numbers", "mineduc": "numbers"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_OPENING = str(WORDING["article"]["opening"]["text"])


def _w(section: str, key: str) -> Any:
    return EXAM76[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details, seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _pdf(name: str) -> Resource:
    return Resource(b"%PDF-1.4 " + name.encode() + b" " * 200, content_type="application/pdf")


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


def _missing(portal: ExamPortal, layout: str) -> None:
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"{layout}/ausente")


def _recent(today: dt.date, back: int) -> tuple[int, int]:
    """The year and month ``back`` months before the previous month."""
    index = today.year * 12 + today.month - 2 - back
    return index // 12, index % 12 + 1


def _site(
    title: str, name: str, menu: Sequence[tuple[str, str]], body: str, footer: str, css: str
) -> Resource:
    """A page of the body's site: its menu, the body inside ``<main>``, the footer."""
    links = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{_e(h)}">{_e(t)}</a></li>' for t, h in menu
    )
    html = (
        f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{_e(title)} | '
        f'{_e(name)}</title></head><body class="{css}"><header><div class="top-bar"><span>'
        f'{_e(name)}</span></div><nav class="navbar navbar-expand-lg"><a class="navbar-brand"'
        f' href="/">{_e(name)}</a><ul class="navbar-nav">{links}</ul></nav></header><main'
        f' class="container">{body}</main><footer class="footer"><p>{_e(footer)}</p></footer>'
        "</body></html>"
    )
    return Resource(html.encode("utf-8"))


def _menu(words: Sequence[str], targets: dict[str, str]) -> list[tuple[str, str]]:
    return [(w, "/" if w == "Inicio" else targets.get(w, "/noticias/")) for w in words]


def _home(name: str, menu: list[tuple[str, str]], footer: str, css: str, extra: str) -> Resource:
    body = (
        f"<h1>{_e(name)}</h1><p>Bienvenidos al sitio oficial del {_e(name)}.</p>{extra}"
        '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>'
    )
    return _site(name, name, menu, body, footer, css)


class Article11:
    """Article 11's numerals as a body publishes them: current monthly files of their own."""

    def __init__(self, today: dt.date, rng: random.Random, form: str) -> None:
        self.entries: list[tuple[int, str, str, list[tuple[str, int]]]] = []
        for data in EXAM76["article11"]["numerals"]:
            n = int(data["numeral"])
            label = form.format(art=11, n=n, label=data["label"])
            docs = []
            for back in range(rng.randint(1, 3)):
                year, month = _recent(today, back)
                docs.append((f"{data['doc']} {MESES[month - 1]} {year}", year))
            self.entries.append((n, label, str(data["law"]), docs))

    def files(
        self, routes: Routes, seen: set[str], folder: Callable[[int, int, str], str]
    ) -> dict[int, list[tuple[str, str, int]]]:
        """Serve every file under ``folder(numeral, year, stem)``: numeral -> (name, path, year)."""
        out: dict[int, list[tuple[str, str, int]]] = {}
        for n, _label, _law, docs in self.entries:
            for name, year in docs:
                path = unique(folder(n, year, file_stem(name)), seen)
                routes[path] = _pdf(name)
                out.setdefault(n, []).append((name, path, year))
        return out


# -- maga: the UIP page, the button, Articles 10 and 11 as tables ---------------------------------


def _maga(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "maga"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    uip = str(_w(sec, "uip_path"))
    index = str(draw(st.sampled_from(list(_w(sec, "index_path")))))
    menu_words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(menu_words, {menu_words[3]: uip})
    footer = str(_w(sec, "footer"))
    css = "maga"
    button_word = str(draw(st.sampled_from(list(_w(sec, "button")))))
    button_as = draw(st.sampled_from(["imagen", "texto"]))
    split = draw(st.sampled_from(["pestanas", "paginas"]))
    form = str(draw(st.sampled_from(list(_w("article11", "numeral_form")))))
    heading10, heading11 = (
        str(draw(st.sampled_from(list(_w("article11", "heading10"))))),
        str(draw(st.sampled_from(list(_w("article11", "heading"))))),
    )
    seen: set[str] = set()
    if button_as == "imagen":
        button = (
            f'<a href="{_e(index)}" class="btn-laip"><img src="{_e(_w(sec, "button_image"))}"'
            f' alt="{_e(button_word)}" width="220"></a>'
        )
    else:
        button = f'<a href="{_e(index)}" class="btn btn-success btn-lg">{_e(button_word)}</a>'

    heads = "".join(f"<th>{_e(h)}</th>" for h in _w(sec, "columns"))
    rows10 = ""
    for item in _present(items):
        n = item.numeral
        for doc in item.docs:
            year = doc.modified.year if doc.modified else today.year
            doc.path = unique(f"/uip/documentos/{year}/art10/{file_stem(doc.name)}.pdf", seen)
        desc = f"<strong>{_e(item.label)}</strong>"
        if item.law_text:
            desc += f'<br><small class="text-muted">{_e(item.law_text)}</small>'
        words = [t for t in (item.phrase, item.own_text, item.updated) if t]
        cell = "".join(f"<p>{_e(t)}</p>" for t in words)
        if item.docs:
            cell += (
                "<ul>"
                + "".join(
                    f'<li><a href="{_e(d.path)}" target="_blank"><i class="fa fa-file-pdf-o"></i>'
                    f" {_e(d.name)}</a></li>"
                    for d in item.docs
                )
                + "</ul>"
            )
        rows10 += f"<tr><td>{n}</td><td>{desc}</td><td>{cell or '—'}</td></tr>"
        portal.notes[n] = f"maga/{split}/{button_as}/{item_rhythm(item)}/{_how(item)}"
    art11 = Article11(today, rng, form)
    files11 = art11.files(
        routes, seen, lambda n, y, stem: f"/uip/documentos/{y}/art11/numeral-{n}/{stem}.pdf"
    )
    rows11 = "".join(
        f"<tr><td>{n}</td><td><strong>{_e(label)}</strong><br><small"
        f' class="text-muted">{_e(law)}</small></td><td><ul>'
        + "".join(
            f'<li><a href="{_e(p)}" target="_blank">{_e(d)}</a></li>' for d, p, _y in files11[n]
        )
        + "</ul></td></tr>"
        for n, label, law, _docs in art11.entries
    )
    table10 = (
        f'<h2>{_e(heading10)}</h2><p>{_e(_OPENING)}</p><table class="table table-bordered">'
        f"<thead><tr>{heads}</tr></thead><tbody>{rows10}</tbody></table>"
    )
    table11 = (
        f'<h2>{_e(heading11)}</h2><table class="table table-bordered"><thead><tr>{heads}</tr>'
        f"</thead><tbody>{rows11}</tbody></table>"
    )
    title = str(_w(sec, "index_title"))
    if split == "pestanas":
        body = (
            f"<h1>{_e(title)}</h1>"
            '<ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link'
            ' active" data-toggle="tab" href="#art10">Artículo 10</a></li><li class="nav-item">'
            '<a class="nav-link" data-toggle="tab" href="#art11">Artículo 11</a></li></ul>'
            f'<div class="tab-content"><div class="tab-pane fade show active" id="art10">{table10}'
            f'</div><div class="tab-pane fade" id="art11">{table11}</div></div>'
        )
        routes[index] = _site(title, name, menu, body, footer, css)
    else:
        p10, p11 = (str(t) for t in _w(sec, "article_paths"))
        body = (
            f'<h1>{_e(title)}</h1><div class="list-group"><a class="list-group-item"'
            f' href="{_e(p10)}">{_e(heading10)}</a><a class="list-group-item" href="{_e(p11)}">'
            f"{_e(heading11)}</a></div>"
        )
        routes[index] = _site(title, name, menu, body, footer, css)
        routes[p10] = _site(heading10, name, menu, table10, footer, css)
        routes[p11] = _site(heading11, name, menu, table11, footer, css)

    procedure = "".join(f"<p>{_e(t)}</p>" for t in _w(sec, "procedure"))
    body = (
        f"<h1>{_e(_w(sec, 'uip_title'))}</h1><h3>{_e(_w(sec, 'procedure_title'))}</h3>{procedure}"
        f"<p>{_e(_w(sec, 'address'))}</p><p>{button}</p>"
    )
    routes[uip] = _site(str(_w(sec, "uip_title")), name, menu, body, footer, css)
    routes["/"] = _home(name, menu, footer, css, f'<div class="banner-laip">{button}</div>')
    _missing(portal, "maga")
    return routes


# -- sbs: the information section, an index per article, a page per numeral -----------------------


def _sbs(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "sbs"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    section = str(_w(sec, "section_path"))
    title = str(_w(sec, "section_title"))
    menu_words = [str(t) for t in _w(sec, "menu")]
    menu = _menu(menu_words, {menu_words[3]: section})
    footer = str(_w(sec, "footer"))
    css = "page-template-default page"
    slug10, slug11 = (str(t) for t in _w(sec, "article_slugs"))
    numeral_slug = str(draw(st.sampled_from(list(_w(sec, "numeral_slug")))))
    year_heading = str(draw(st.sampled_from(list(_w(sec, "year_heading")))))
    see = str(draw(st.sampled_from(list(_w(sec, "see")))))
    form = str(draw(st.sampled_from(list(_w("article11", "numeral_form")))))
    entry10, entry11 = (str(t) for t in _w(sec, "entries"))
    files = str(_w(sec, "files_host"))
    seen: set[str] = set()
    back = f'<p><a href="{{href}}" class="btn btn-secondary">{_e(_w(sec, "back"))}</a></p>'

    def by_year(docs: Sequence[tuple[str, str, int]]) -> str:
        years = sorted({y for _n, _p, y in docs}, reverse=True)
        out = ""
        for year in years:
            out += f"<h3>{_e(year_heading.format(year=year))}</h3><ul>"
            out += "".join(
                f'<li><a href="{_e(p)}" target="_blank">{_e(n)}</a></li>'
                for n, p, y in docs
                if y == year
            )
            out += "</ul>"
        return out

    index10 = f"{section}{slug10}/"
    index11 = f"{section}{slug11}/"
    cards = ""
    for item in _present(items):
        n = item.numeral
        path = f"{index10}{numeral_slug.format(n=n)}/"
        docs = []
        for doc in item.docs:
            year = doc.modified.year if doc.modified else today.year
            doc.path = unique(f"{files}{year}/{file_stem(doc.name)}.pdf", seen)
            docs.append((doc.name, doc.path, year))
        cards += (
            f'<div class="card mb-2"><div class="card-body"><h5>{_e(item.label)}</h5>'
            f'<a href="{_e(path)}" class="btn btn-primary btn-sm">{_e(see)}</a></div></div>'
        )
        body = f"<h1>{_e(item.label)}</h1>"
        if item.law_text:
            body += f'<blockquote class="text-muted">{_e(item.law_text)}</blockquote>'
        body += "".join(f"<p>{_e(t)}</p>" for t in (item.phrase, item.own_text, item.updated) if t)
        body += by_year(docs) + back.format(href=_e(index10))
        routes[path] = _site(item.label, name, menu, body, footer, css)
        portal.notes[n] = f"sbs/{numeral_slug.format(n='N')}/{item_rhythm(item)}/{_how(item)}"
    routes[index10] = _site(
        entry10,
        name,
        menu,
        f"<h1>{_e(entry10)}</h1><p>{_e(_OPENING)}</p>{cards}" + back.format(href=_e(section)),
        footer,
        css,
    )

    art11 = Article11(today, rng, form)
    files11 = art11.files(routes, seen, lambda n, y, stem: f"{files}{y}/art-11/{stem}.pdf")
    cards = ""
    for n, label, law, _docs in art11.entries:
        path = f"{index11}{numeral_slug.format(n=n)}/"
        cards += (
            f'<div class="card mb-2"><div class="card-body"><h5>{_e(label)}</h5>'
            f'<a href="{_e(path)}" class="btn btn-primary btn-sm">{_e(see)}</a></div></div>'
        )
        body = (
            f'<h1>{_e(label)}</h1><blockquote class="text-muted">{_e(law)}</blockquote>'
            + by_year(files11[n])
            + back.format(href=_e(index11))
        )
        routes[path] = _site(label, name, menu, body, footer, css)
    routes[index11] = _site(
        entry11,
        name,
        menu,
        f"<h1>{_e(entry11)}</h1>{cards}" + back.format(href=_e(section)),
        footer,
        css,
    )

    programs = "".join(f"<li>{_e(t)}</li>" for t in _w(sec, "programs"))
    body = (
        f"<h1>{_e(title)}</h1><p>{_e(_w(sec, 'intro'))}</p>"
        f'<div class="row"><div class="col-md-6"><a href="{_e(index10)}" class="card-link"><div'
        f' class="card"><div class="card-body"><h4>{_e(entry10)}</h4></div></div></a></div>'
        f'<div class="col-md-6"><a href="{_e(index11)}" class="card-link"><div class="card"><div'
        f' class="card-body"><h4>{_e(entry11)}</h4></div></div></a></div></div>'
    )
    routes[section] = _site(title, name, menu, body, footer, css)
    routes["/"] = _home(
        name,
        menu,
        footer,
        css,
        f'<ul>{programs}</ul><p><a href="{_e(section)}">{_e(title)}</a></p>',
    )
    _missing(portal, "sbs")
    return routes


# -- mineduc: a side menu of numerals of both articles, each numeral's files by Dirección ---------


def _mineduc(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    sec = "mineduc"
    routes: Routes = {}
    name = str(_w(sec, "institution"))
    site = str(_w(sec, "site"))
    path_form = str(draw(st.sampled_from(list(_w(sec, "numeral_path")))))
    form = str(draw(st.sampled_from(list(_w("article11", "numeral_form")))))
    download = str(draw(st.sampled_from(list(_w(sec, "download")))))
    footer = str(_w(sec, "footer"))
    css = "infopublica"
    directions = [str(t) for t in _w(sec, "directions")]
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w(sec, "columns"))
    none = str(_w(sec, "none"))
    head10, head11 = (str(t) for t in _w(sec, "menu_heading"))
    menu = [("Inicio", "/"), (site, "/")]
    seen: set[str] = set()

    present = _present(items)
    art11 = Article11(today, rng, form)
    side = f'<h4>{_e(head10)}</h4><ul class="nav flex-column">'
    side += "".join(
        f'<li class="nav-item"><a class="nav-link"'
        f' href="{_e(path_form.format(art=10, n=i.numeral))}">{_e(i.label)}</a></li>'
        for i in present
    )
    side += f'</ul><h4>{_e(head11)}</h4><ul class="nav flex-column">'
    side += "".join(
        f'<li class="nav-item"><a class="nav-link" href="{_e(path_form.format(art=11, n=n))}">'
        f"{_e(label)}</a></li>"
        for n, label, _law, _docs in art11.entries
    )
    side += "</ul>"

    def page(title: str, content: str) -> Resource:
        body = (
            f'<div class="row"><aside class="col-md-3 sidebar">{side}</aside><section'
            f' class="col-md-9"><p class="small">{_e(_w(sec, "process"))}</p>{content}</section>'
            "</div>"
        )
        return _site(title, name, menu, body, footer, css)

    def table(rows: list[tuple[str, str, str]], quiet: list[str]) -> str:
        """Rows (dirección, name, path), then the Direcciones reporting nothing."""
        cells = "".join(
            f'<tr><td>{_e(d)}</td><td>{_e(n)}</td><td><a href="{_e(p)}" target="_blank"'
            f' class="btn btn-sm btn-info">{_e(download)}</a></td></tr>'
            for d, n, p in rows
        )
        cells += "".join(f'<tr><td>{_e(d)}</td><td colspan="2">{_e(none)}</td></tr>' for d in quiet)
        return (
            f'<table class="table table-striped"><thead><tr>{heads}</tr></thead><tbody>{cells}'
            "</tbody></table>"
        )

    for item in present:
        n = item.numeral
        rows = []
        for doc in item.docs:
            where = rng.choice(directions)
            doc.path = unique(
                f"/archivos/{file_stem(where.split(' - ')[0]).lower()}/articulo10/numeral{n}/"
                f"{file_stem(doc.name)}.pdf",
                seen,
            )
            rows.append((where, doc.name, doc.path))
        rows.sort(key=lambda r: directions.index(r[0]))
        used = {r[0] for r in rows}
        quiet = [d for d in rng.sample(directions, rng.randint(0, 2)) if d not in used]
        content = f"<h1>{_e(item.label)}</h1>"
        if item.law_text:
            content += f'<p class="text-muted"><em>{_e(item.law_text)}</em></p>'
        content += "".join(
            f"<p>{_e(t)}</p>" for t in (item.phrase, item.own_text, item.updated) if t
        )
        if rows or (quiet and not item.own_text):
            content += table(rows, quiet)
        routes[path_form.format(art=10, n=n)] = page(item.label, content)
        portal.notes[n] = (
            f"mineduc/{'query' if '?' in path_form else 'ruta'}/{item_rhythm(item)}/{_how(item)}"
        )
    files11 = art11.files(
        routes, seen, lambda n, y, stem: f"/archivos/didefi/articulo11/numeral{n}/{stem}.pdf"
    )
    for n, label, law, _docs in art11.entries:
        rows = [(directions[0], d, p) for d, p, _y in files11[n]]
        content = f'<h1>{_e(label)}</h1><p class="text-muted"><em>{_e(law)}</em></p>' + table(
            rows, []
        )
        routes[path_form.format(art=11, n=n)] = page(label, content)
    intro = f"<h1>{_e(site)}</h1><p>{_e(_w(sec, 'intro'))}</p><p>{_e(_OPENING)}</p>"
    routes["/"] = page(site, intro)
    _missing(portal, "mineduc")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "maga": _maga,
    "sbs": _sbs,
    "mineduc": _mineduc,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 76 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
