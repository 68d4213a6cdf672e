"""Fifty-fourth exam: four portal layouts whose theme is LISTS THAT CONTINUE ELSEWHERE (pagination
and "load more"), with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); the item's drawn documents are its NEWEST
ones and carry the truth. Each item with dated documents also gets a few OLDER ones (a monthly
item 2-12 earlier months, a yearly item 1-4 earlier years, an item renewed on change up to three
earlier versions whose names carry a year), named after its drawn documents with the period
changed, dated as the generator dates documents and served like them (a broken item's older files
are gone too), so that lists are long enough to be paged. The older documents never change an
item's truth: an outdated item's newest document stays its drawn one, an ok item's newest stays
current. The truth is what a careful citizen reads by FOLLOWING THE PAGER: documents on page 2 (or
behind "Cargar más", or on an "Años anteriores" page) count as the item's documents, and an item
listed only on the second page of the list of items is published. An item without documents shows
its words (the law's text alone or an empty phrase: empty; "No aplica": not applicable; the
municipality's own statement: ok) or only its name and an empty list's message (empty); a missing
item is named on no page. Lists are at most six pages long. Wording and markup: ``wording.toml``
here (sources there). Layouts:

* ``entradas``: a WordPress site. Either an index page of the items' labels leading to one
  category archive per item (``/categoria/informacion-publica/<slug>/``) holding one post per
  document (title, "Publicado el 5 de noviembre de 2026", a link to the PDF; newest first, oldest
  first or by title), paged ``/page/2/`` ``posts_per_page`` 3-10; or one category archive
  "Información Pública de Oficio" of one post per item (numeral order or newest first) paged 5-10
  posts a page, each post's page holding the item's documents. Pagers: "Entradas anteriores" /
  "Entradas siguientes" (``posts-navigation``) or ``the_posts_pagination`` (``page-numbers``,
  "Siguiente"); sometimes ``<link rel="next">`` in the head (an SEO plugin).
* ``cargar-mas``: an index of the items' labels leading to a page per item (the law's text, then
  the first 3-8 documents) completed by a "Cargar más" / "Ver más" button: a real ``<a
  href="?pagina=2">`` whose click a script intercepts (each ``?pagina=N`` a whole page); a button
  whose script GETs ``/wp-admin/admin-ajax.php?action=cargar_documentos&numeral=8&pagina=N`` (an
  HTML fragment of ``<li>``); or the Ajax Load More plugin (``alm-listing`` with the first page
  preloaded, ``alm-load-more-btn``, the plugin's script asking ``admin-ajax.php?action=
  alm_get_posts…`` for JSON, and its ``<noscript>`` "Páginas: 1 2 3" of ``/page/N/`` pages).
* ``laravel``: a Laravel / Bootstrap portal: the list of items itself paged ``?page=N`` (8-15
  rows "No. | Información | Ver documentos"), each item's page a "No. | Documento | Fecha de
  publicación | Descargar" table paged ``?page=N`` (``?page=1`` served too), by the bootstrap-4
  view (‹ 1 2 3 ›, ``rel="next"``), the simple view ("« Anterior" / "Siguiente »") or the tailwind
  view (arrows with only an ``aria-label``, "Mostrando 1 a 5 de 12 resultados"), with a "Mostrar
  [5|10|25|50] registros" GET selector (``?per_page=25``, ``&page=N``, all served).
* ``biblioteca``: a Joomla or hand-made PHP document library: categories (one per item) listed
  whole, paged ``?start=10`` or split by their name's first letter (``?letra=E``); each category
  lists its documents newest first, paged ``?start=N`` / ``?limitstart=N`` with Joomla's pager
  ("Inicio Anterior 1 2 3 Siguiente Final", "Página 1 de 3", a POST "Cantidad a mostrar" box) or
  ``?pg=N`` ("« Anterior | Página 1 de 3 | Siguiente »"); either every year in one list or only the
  newest year's documents with the older years on an "Años anteriores" page (a page per year,
  paged the same way).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
    paragraphs,
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
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _last_day,
    _no_accents,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("entradas", "cargar-mas", "laravel", "biblioteca")
EXAM54: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: WordPress headings (bare
# names, own statements), pages per numeral holding the law's text, a table's cells (bare names),
# and a document archive of folders.
_INNER = {
    "entradas": "wordpress",
    "cargar-mas": "joomla",
    "laravel": "table",
    "biblioteca": "archive",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM54[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> str:
    return str(draw(st.sampled_from(list(_w(section, key)))))


# -- the site ------------------------------------------------------------------------------------


def _page(title: str, site: _Site, trail: str, body: str, head: str) -> bytes:
    footer = str(_w("site", "footer")).format(name=site.name)
    html = (
        f"<!doctype html><html lang='es'><head><meta charset='utf-8'><title>{_e(title)} - "
        f"{_e(site.name)}</title>{head}</head><body><header class='site-header'>"
        f"<p class='institucion'>{_e(site.name)}</p>{site.nav}</header><main>{trail}"
        f"<h1>{_e(title)}</h1>{body}</main><footer class='site-footer'><p>{_e(footer)}</p>"
        "</footer></body></html>"
    )
    return html.encode("utf-8")


@dataclass
class _Site:
    name: str
    menu: str
    index: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(
        self,
        path: str,
        title: str,
        body: str,
        crumbs: Sequence[tuple[str, str]] | None = None,
        head: str = "",
    ) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        self.routes[path] = Resource(_page(title, self, trail, body, head))


def _site(draw: st.DrawFn, index: str) -> _Site:
    town = _pick(draw, "site", "towns")
    site = _Site(str(_w("site", "name")).format(town=town), _pick(draw, "site", "menu"), index)
    links = [
        (str(_w("site", "home")), "/"),
        (site.menu, index),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _home(site: _Site) -> None:
    """``/`` (its ``</main>`` is where the kit's noise may add a link)."""
    body = (
        f'<p><a href="{_e(site.index)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body)


def _title(draw: st.DrawFn) -> str:
    return str(draw(st.sampled_from([t["text"] for t in WORDING["article"]["index_titles"]])))


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


# -- the older documents of an item --------------------------------------------------------------


def _template(doc: Doc, monthly: bool) -> str | None:
    """``doc``'s name with its period as fields, or None when the name does not carry it."""
    assert doc.modified is not None
    name, year = doc.name, str(doc.modified.year)
    at = name.rfind(year)
    if at < 0:
        return None
    name = name[:at] + "{year}" + name[at + len(year) :]
    if not monthly:
        return name
    month = MESES[doc.modified.month - 1]
    for word, key in ((month.upper(), "{MONTH}"), (month, "{month}")):
        at = name.rfind(word)
        if at >= 0:
            return name[:at] + key + name[at + len(word) :]
    return None


def _named(template: str, year: int, month: int = 1) -> str:
    word = MESES[month - 1]
    return (
        template.replace("{year}", str(year))
        .replace("{MONTH}", word.upper())
        .replace("{month}", word)
    )


def _history(item: Item, draw: st.DrawFn, seen: set[str]) -> list[Doc]:
    """The item's documents older than its drawn ones (kept in ``item.archive``, which the kit's
    noise serves when they are ok)."""
    dated = [d for d in item.docs if d.modified is not None]
    if not dated or item.truth not in ("ok", "outdated", "broken"):
        return []
    rhythm = item_rhythm(item)
    oldest = min(dated, key=_when)
    assert oldest.modified is not None
    template = _template(oldest, rhythm == "monthly")
    if template is None:
        return []
    ok = item.truth != "broken"
    prefix = f"/files/{item.numeral:02d}"
    out: list[Doc] = []
    if rhythm == "monthly":
        index = oldest.modified.year * 12 + oldest.modified.month - 1
        for back in range(1, draw(st.integers(2, 12)) + 1):
            year, month = divmod(index - back, 12)
            name = _named(template, year, month + 1)
            path = unique(f"{prefix}/{year}/{_slug(name)[:50]}.pdf", seen)
            out.append(Doc(name, path, ok, _last_day(year, month + 1)))
    elif rhythm == "yearly":
        for back in range(1, draw(st.integers(1, 4)) + 1):
            year = oldest.modified.year - back
            name = _named(template, year)
            path = unique(f"{prefix}/{year}/{_slug(name)[:50]}.pdf", seen)
            out.append(Doc(name, path, ok, dt.date(year, 1, 20)))
    else:
        years = list(range(oldest.modified.year - 8, oldest.modified.year))
        chosen = draw(st.lists(st.sampled_from(years), max_size=3, unique=True))
        for year in sorted(chosen, reverse=True):
            name = _named(template, year)
            if name in {d.name for d in item.docs}:
                continue
            path = unique(f"{prefix}/{year}/{_slug(name)[:50]}.pdf", seen)
            out.append(Doc(name, path, ok, dt.date(year, 3, 2)))
    item.archive = [
        (d.modified.year, d.modified.month if rhythm == "monthly" else None, [d])
        for d in out
        if d.modified is not None
    ]
    return out


def _when(doc: Doc) -> dt.date:
    return doc.modified or dt.date.min


@dataclass
class _Docs:
    """Every document of every item (drawn and older), each with its upload day."""

    of: dict[int, list[Doc]]
    up: dict[int, dt.date]  # by id(doc)

    def day(self, doc: Doc) -> dt.date:
        return self.up[id(doc)]


def _documents(items: list[Item], today: dt.date, draw: st.DrawFn, *, wordpress: bool) -> _Docs:
    """Each item's documents newest first, with their upload days; on a WordPress site the files
    sit in the uploads folder of their upload month."""
    seen = {doc.path for item in items for doc in item.docs}
    lag = draw(st.integers(2, 12))
    of: dict[int, list[Doc]] = {}
    up: dict[int, dt.date] = {}
    uploads = wordpress and draw(st.booleans())
    renamed: set[str] = set()
    for item in items:
        older = _history(item, draw, seen)
        docs = sorted([*item.docs, *older], key=_when, reverse=True)
        for doc in docs:
            day = uploaded(doc, today, lag + (doc.modified.day % 5 if doc.modified else 0))
            up[id(doc)] = day
            if uploads:
                doc.path = unique(
                    f"/wp-content/uploads/{day.year}/{day.month:02d}/{file_stem(doc.name)}.pdf",
                    renamed,
                )
        of[item.numeral] = docs
    return _Docs(of, up)


def _ordered(docs: list[Doc], order: str) -> list[Doc]:
    """``docs`` (newest first) in the list's order."""
    if order == "antiguos":
        return list(reversed(docs))
    if order == "titulo":
        return sorted(docs, key=lambda d: d.name.lower())
    return list(docs)


def _per_page(draw: st.DrawFn, count: int, sizes: Sequence[int]) -> int:
    """A page size from ``sizes``, grown until the list needs at most six pages."""
    size = int(draw(st.sampled_from(list(sizes))))
    while math.ceil(count / size) > 6:
        size += 1
    return size


def _chunks(rows: list[str], size: int) -> list[list[str]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)] or [[]]


def _where(docs: list[Doc], ordered: list[Doc], size: int) -> str:
    """On which page the item's newest document sits (for the notes)."""
    if not docs:
        return "sin-docs"
    at = ordered.index(max(docs, key=_when))
    return f"nuevo-en-p{at // size + 1}/{math.ceil(len(ordered) / size)}p"


def _note(portal: ExamPortal, item: Item, how: str, count: int) -> None:
    portal.notes[item.numeral] = f"{how}/{item_rhythm(item)}/docs={count}"


def _words(item: Item) -> str:
    return paragraphs(item_words(item))


def _spanish(day: dt.date) -> str:
    return f"{day.day} de {MESES[day.month - 1].lower()} de {day.year}"


# -- entradas: WordPress category archives -------------------------------------------------------


def _wp_pager(kind: str, number: int, total: int, address: Callable[[int], str], words: Any) -> str:
    if total <= 1:
        return ""
    label = _e(str(_w("wp", "nav_label")))
    title = f'<h2 class="screen-reader-text">{_e(str(_w("wp", "nav_title")))}</h2>'
    if kind == "anteriores":
        parts = []
        if number < total:
            parts.append(
                f'<div class="nav-previous"><a href="{_e(address(number + 1))}">'
                f"{_e(words['older'])}</a></div>"
            )
        if number > 1:
            parts.append(
                f'<div class="nav-next"><a href="{_e(address(number - 1))}">'
                f"{_e(words['newer'])}</a></div>"
            )
        return (
            f'<nav class="navigation posts-navigation" aria-label="{label}">{title}'
            f'<div class="nav-links">{"".join(parts)}</div></nav>'
        )
    links = []
    if number > 1:
        links.append(
            f'<a class="prev page-numbers" href="{_e(address(number - 1))}">{_e(words["prev"])}</a>'
        )
    reader = f'<span class="meta-nav screen-reader-text">{_e(str(_w("wp", "page_word")))} </span>'
    for n in range(1, total + 1):
        if n == number:
            links.append(
                f'<span aria-current="page" class="page-numbers current">{reader}{n}</span>'
            )
        else:
            links.append(f'<a class="page-numbers" href="{_e(address(n))}">{reader}{n}</a>')
    if number < total:
        links.append(
            f'<a class="next page-numbers" href="{_e(address(number + 1))}">{_e(words["next"])}</a>'
        )
    return (
        f'<nav class="navigation pagination" aria-label="{label}">{title}'
        f'<div class="nav-links">{"".join(links)}</div></nav>'
    )


def _rel_links(number: int, total: int, address: Callable[[int], str]) -> str:
    out = ""
    if number > 1:
        out += f'<link rel="prev" href="{_e(address(number - 1))}" />'
    if number < total:
        out += f'<link rel="next" href="{_e(address(number + 1))}" />'
    return out


def _entradas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    variant = draw(st.sampled_from(["categorias", "entradas"]))
    office = str(_w("wp", "office"))
    index = (
        "/informacion-publica/" if variant == "categorias" else "/categoria/" + _slug(office) + "/"
    )
    site = _site(draw, index)
    title = (
        _title(draw) if variant == "categorias" else str(_w("wp", "category")).format(name=office)
    )
    docs = _documents(items, today, draw, wordpress=True)
    kind = draw(st.sampled_from(["anteriores", "numeros"]))
    rel = draw(st.booleans())
    words = {
        "older": _pick(draw, "wp", "older"),
        "newer": _pick(draw, "wp", "newer"),
        "prev": _pick(draw, "wp", "prev"),
        "next": _pick(draw, "wp", "next"),
    }
    link_word = draw(st.sampled_from(["", *_w("docs", "download")]))
    more = _pick(draw, "wp", "more")
    seen_posts: set[str] = {index, "/noticias/", "/unidad-de-informacion-publica/"}

    def post_path(name: str) -> str:
        stem, number = _slug(name)[:50], 1
        path = f"/{stem}/"
        while path in seen_posts:
            number += 1
            path = f"/{stem}-{number}/"
        seen_posts.add(path)
        return path

    def article(heading: str, href: str, day: dt.date | None, content: str) -> str:
        meta = ""
        if day is not None:
            when = str(_w("wp", "posted")).format(
                date=f'<time datetime="{day.isoformat()}">{_spanish(day)}</time>'
            )
            meta = f'<div class="entry-meta"><span class="posted-on">{when}</span></div>'
        return (
            f'<article class="post type-post status-publish"><header class="entry-header">'
            f'<h2 class="entry-title"><a href="{_e(href)}" rel="bookmark">{_e(heading)}</a></h2>'
            f'{meta}</header><div class="entry-content">{content}</div></article>'
        )

    def doc_anchor(doc: Doc) -> str:
        return f'<a href="{_e(doc.path)}">{_e(link_word or doc.name)}</a>'

    def doc_link(doc: Doc) -> str:
        return f"<p>{doc_anchor(doc)}</p>"

    def archive(base: str, heading: str, intro: str, posts: list[str], size: int) -> int:
        chunks = _chunks(posts, size)

        def address(n: int) -> str:
            return base if n == 1 else f"{base}page/{n}/"

        for number, chunk in enumerate(chunks, 1):
            listing = "".join(chunk) or f"<p>{_e(str(_w('wp', 'none')))}</p>"
            body = (intro if number == 1 else "") + listing
            body += _wp_pager(kind, number, len(chunks), address, words)
            head = _rel_links(number, len(chunks), address) if rel else ""
            site.put(address(number), heading, body, [(site.menu, index), (heading, "")], head)
        return len(chunks)

    how = f"entradas-{variant}/{kind}/rel={rel}"
    present = _present(items)
    if variant == "categorias":
        order = draw(st.sampled_from(["recientes", "recientes", "titulo", "antiguos"]))
        links = []
        for item in present:
            base = f"/categoria/informacion-publica/{_slug(item.plain)[:40]}-{item.numeral}/"
            links.append(f'<li class="cat-item"><a href="{_e(base)}">{_e(item.label)}</a></li>')
            mine = _ordered(docs.of[item.numeral], order)
            posts = []
            for doc in mine:
                path = post_path(doc.name)
                day = docs.day(doc)
                site.put(path, doc.name, doc_link(doc), [(site.menu, index), (doc.name, "")])
                posts.append(article(doc.name, path, day, doc_link(doc)))
            intro = ""
            if mine:
                intro = f'<div class="taxonomy-description">{_words(item)}</div>'
            elif item_words(item):
                path = post_path(item.plain)
                site.put(path, item.label, _words(item), [(site.menu, index), (item.label, "")])
                posts.append(article(item.label, path, None, _words(item)))
            size = _per_page(draw, len(posts), [3, 4, 5, 6, 8, 10])
            heading = str(_w("wp", "category")).format(name=item.label)
            pages = archive(base, heading, intro, posts, size)
            where = _where(docs.of[item.numeral], mine, size)
            _note(portal, item, f"{how}/{order}/{size}-por-pagina/{where}/{pages}p", len(mine))
        body = _opening() + f'<ul class="categorias">{"".join(links)}</ul>'
        site.put(index, title, body, [(title, "")])
    else:
        order = draw(st.sampled_from(["numeral", "recientes"]))
        ordered = present if order == "numeral" else list(reversed(present))
        posts = []
        for item in ordered:
            path = post_path(item.plain)
            mine = docs.of[item.numeral]
            listing = "".join(f"<li>{doc_anchor(d)}</li>" for d in mine)
            content = _words(item) + (f"<ul>{listing}</ul>" if listing else "")
            site.put(path, item.label, content, [(site.menu, index), (item.label, "")])
            excerpt = ""
            texts = item_words(item)
            if texts:
                cut = " ".join(texts[0].split()[:25])
                excerpt = f"<p>{_e(cut)}…</p>"
            excerpt += f'<p><a class="more-link" href="{_e(path)}">{_e(more)}</a></p>'
            posts.append(article(item.label, path, None, excerpt))
        size = _per_page(draw, len(posts), [5, 6, 8, 10])
        pages = archive(index, title, _opening(), posts, size)
        for at, item in enumerate(ordered):
            where = f"entrada-en-p{at // size + 1}/{pages}p"
            _note(
                portal, item, f"{how}/{order}/{size}-por-pagina/{where}", len(docs.of[item.numeral])
            )
    for item in items:
        portal.notes.setdefault(item.numeral, f"{how}/{item_rhythm(item)}/ausente")
    _home(site)
    return site.routes


# -- cargar-mas: a page per item completed by a "load more" button ------------------------------


def _cargar(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/informacion-publica/", "/informacion-publica/"]))
    site = _site(draw, index)
    title = _title(draw)
    kind = draw(st.sampled_from(["alm", "fragmento", "enlace"]))
    docs = _documents(items, today, draw, wordpress=kind != "enlace")
    word = _pick(draw, "cargar", "button")
    heading = _pick(draw, "cargar", "documents")
    none = _pick(draw, "cargar", "none")
    date_form = draw(st.sampled_from(["", *_w("docs", "published")]))
    sizes = [3, 4, 5, 6, 8]
    order = draw(st.sampled_from(["recientes", "antiguos", "titulo"]))
    how = f"cargar-{kind}/{word}/{order}"
    links = []
    post_id = draw(st.integers(200, 900))

    def line(doc: Doc, css: str = "") -> str:
        when = ""
        if date_form:
            shown = date_form.format(date=day_month_year(docs.day(doc)))
            when = f' <small class="fecha">{_e(shown)}</small>'
        attr = f' class="{css}"' if css else ""
        return f'<li{attr}><a href="{_e(doc.path)}" target="_blank">{_e(doc.name)}</a>{when}</li>'

    for item in _present(items):
        base = f"{index}numeral-{item.numeral:02d}-{_slug(item.plain)[:30]}/"
        links.append(f'<li><a href="{_e(base)}">{_e(item.label)}</a></li>')
        crumbs = [(site.menu, index), (item.label, "")]
        mine = _ordered(docs.of[item.numeral], order)
        words = _words(item)
        if not mine:
            body = words + ("" if item.own_text else f"<p>{_e(none)}</p>")
            site.put(base, item.label, body, crumbs)
            _note(portal, item, f"{how}/sin-docs", 0)
            continue
        size = _per_page(draw, len(mine), sizes)
        chunks = [mine[i : i + size] for i in range(0, len(mine), size)]
        top = f"{words}<h2>{_e(heading)}</h2>"
        post_id += 1
        if kind == "enlace":
            script = (
                "<script>document.addEventListener('click', function (e) {"
                " var a = e.target.closest('a.cargar-mas'); if (!a) { return; } e.preventDefault();"
                " fetch(a.href).then(function (r) { return r.text(); }).then(function (t) {"
                " var d = new DOMParser().parseFromString(t, 'text/html');"
                " document.getElementById('lista-documentos').insertAdjacentHTML('beforeend',"
                " d.getElementById('lista-documentos').innerHTML);"
                " var n = d.querySelector('a.cargar-mas'); if (n) { a.href = n.href; }"
                " else { a.parentNode.remove(); } }); });</script>"
            )
            for number, chunk in enumerate(chunks, 1):
                path = base if number == 1 else f"{base}?pagina={number}"
                button = ""
                if number < len(chunks):
                    button = (
                        f'<p class="cargar-mas-wrap"><a class="btn btn-primary cargar-mas"'
                        f' href="?pagina={number + 1}" data-pagina="{number + 1}">'
                        f"{_e(word)}</a></p>"
                    )
                lis = "".join(line(d) for d in chunk)
                body = f'{top}<ul id="lista-documentos" class="documentos">{lis}</ul>{button}'
                site.put(path, item.label, body + (script if button else ""), crumbs)
        elif kind == "fragmento":
            for number, chunk in enumerate(chunks[1:], 2):
                fragment = (
                    "/wp-admin/admin-ajax.php?action=cargar_documentos"
                    f"&numeral={item.numeral}&pagina={number}"
                )
                site.routes[fragment] = Resource(
                    "".join(line(d) for d in chunk).encode("utf-8"),
                    content_type="text/html; charset=UTF-8",
                )
            button = ""
            if len(chunks) > 1:
                button = (
                    f'<button type="button" class="btn btn-outline-primary" id="ver-mas"'
                    f' data-numeral="{item.numeral}" data-pagina="2" data-paginas="{len(chunks)}">'
                    f"{_e(word)}</button>"
                    "<script>var ajaxurl = '/wp-admin/admin-ajax.php';"
                    " document.getElementById('ver-mas').addEventListener('click', function () {"
                    " var b = this, p = parseInt(b.getAttribute('data-pagina'), 10);"
                    " fetch(ajaxurl + '?action=cargar_documentos&numeral=' +"
                    " b.getAttribute('data-numeral') + '&pagina=' + p).then(function (r) {"
                    " return r.text(); }).then(function (html) {"
                    " document.getElementById('lista-documentos').insertAdjacentHTML('beforeend',"
                    " html); if (p >= parseInt(b.getAttribute('data-paginas'), 10)) { b.remove(); }"
                    " else { b.setAttribute('data-pagina', p + 1); } }); });</script>"
                )
            lis = "".join(line(d) for d in chunks[0])
            body = f'{top}<ul id="lista-documentos" class="documentos">{lis}</ul>{button}'
            site.put(base, item.label, body, crumbs)
        else:
            _alm(site, item, base, crumbs, top, chunks, (size, post_id, order), word, line)
        where = _where(item.docs, mine, size)
        _note(portal, item, f"{how}/{size}-por-vez/{where}", len(mine))
    for item in items:
        portal.notes.setdefault(item.numeral, f"{how}/{item_rhythm(item)}/ausente")
    body = _opening() + f'<ul class="numerales">{"".join(links)}</ul>'
    site.put(index, title, body, [(title, "")])
    if kind == "alm":
        site.routes[_ALM_SCRIPT] = Resource(
            _ALM_JS.encode("utf-8"), content_type="application/javascript"
        )
    _home(site)
    return site.routes


_ALM_SCRIPT = "/wp-content/plugins/ajax-load-more/build/frontend/ajax-load-more.min.js"
# A stand-in for the plugin's bundle: the request it makes and what it does with the answer.
_ALM_JS = (
    "(function () { document.querySelectorAll('.ajax-load-more-wrap').forEach(function (wrap) {"
    " var list = wrap.querySelector('.alm-listing'),"
    " btn = wrap.querySelector('.alm-load-more-btn'),"
    " page = parseInt(list.dataset.seoStartPage || '1', 10) - 1; if (!btn) { return; }"
    " wrap.querySelector('.alm-btn-wrap').style.visibility = 'visible';"
    " btn.addEventListener('click', function () { page += 1;"
    " var q = 'action=alm_get_posts&query_type=standard&post_id=' + wrap.dataset.postId +"
    " '&post_type=' + list.dataset.postType + '&taxonomy=' + list.dataset.taxonomy +"
    " '&taxonomy_terms=' + list.dataset.taxonomyTerms + '&posts_per_page=' +"
    " list.dataset.postsPerPage + '&page=' + page + '&preloaded=true&preloaded_amount=' +"
    " list.dataset.preloadedAmount;"
    " fetch(alm_localize.ajaxurl + '?' + q).then(function (r) { return r.json(); })"
    ".then(function (d) { list.insertAdjacentHTML('beforeend', d.html);"
    " if (d.meta.postcount < parseInt(list.dataset.postsPerPage, 10) ||"
    " list.children.length >= d.meta.totalposts) { btn.classList.add('done');"
    " btn.disabled = true; btn.textContent = list.dataset.buttonDoneLabel || btn.textContent; } });"
    " }); }); })();"
)


def _alm(
    site: _Site,
    item: Item,
    base: str,
    crumbs: list[tuple[str, str]],
    top: str,
    chunks: list[list[Doc]],
    numbers: tuple[int, int, str],
    word: str,
    line: Callable[[Doc, str], str],
) -> None:
    """An item's page through Ajax Load More: the first page preloaded, the rest answered as JSON
    by ``admin-ajax.php``; the plugin's ``<noscript>`` pages ``/page/N/`` (SEO add-on)."""
    size, post_id, order = numbers
    alm_order = "ASC" if order != "recientes" else "DESC"
    alm_by = "title" if order == "titulo" else "date"
    terms = f"numeral-{item.numeral}"
    total = sum(len(c) for c in chunks)

    def address(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    for number, chunk in enumerate(chunks[1:], 1):
        query = (
            f"/wp-admin/admin-ajax.php?action=alm_get_posts&query_type=standard&post_id={post_id}"
            f"&post_type=documento&taxonomy=numeral&taxonomy_terms={terms}&posts_per_page={size}"
            f"&page={number}&preloaded=true&preloaded_amount={size}"
        )
        answer = {
            "html": "".join(line(d, "alm-item") for d in chunk),
            "meta": {"postcount": len(chunk), "totalposts": total},
        }
        # PHP's json_encode escapes slashes.
        text = json.dumps(answer, ensure_ascii=False).replace("/", "\\/")
        site.routes[query] = Resource(
            text.encode("utf-8"), content_type="application/json; charset=UTF-8"
        )
    localized = json.dumps({"ajaxurl": "/wp-admin/admin-ajax.php", "alm_nonce": "5f2c1e9a0b"})
    localized = localized.replace("/", "\\/")
    for number, chunk in enumerate(chunks, 1):
        preloaded = "".join(line(d, "alm-item") for d in chunk)
        paging = "".join(
            f'<span class="page"><a href="{_e(address(n))}">{n}</a></span>'
            for n in range(1, len(chunks) + 1)
        )
        noscript = ""
        if len(chunks) > 1:
            noscript = (
                f'<noscript><ul class="alm-listing alm-noscript">{preloaded}</ul>'
                f'<div class="alm-paging">{_e(str(_w("cargar", "alm_pages")))}{paging}</div>'
                "</noscript>"
            )
        button = ""
        if number < len(chunks):
            button = (
                '<div class="alm-btn-wrap" style="visibility: hidden;" data-rel="ajax-load-more">'
                f'<button class="alm-load-more-btn more" rel="next" type="button">{_e(word)}'
                "</button></div>"
            )
        body = (
            f'{top}<div id="ajax-load-more" class="ajax-load-more-wrap default" data-alm-id=""'
            f' data-canonical-url="{_e(base)}" data-slug="{_e(base.strip("/").split("/")[-1])}"'
            f' data-post-id="{post_id}" data-localized="ajax_load_more_vars">'
            '<ul aria-live="polite" aria-atomic="true" class="alm-listing alm-ajax"'
            ' data-container-type="ul" data-loading-style="default" data-repeater="default"'
            f' data-post-type="documento" data-taxonomy="numeral" data-taxonomy-terms="{terms}"'
            f' data-order="{alm_order}" data-orderby="{alm_by}" data-offset="0"'
            f' data-posts-per-page="{size}"'
            f' data-scroll="false" data-button-label="{_e(word)}" data-preloaded="true"'
            f' data-preloaded-amount="{size}"'
            + (f' data-seo-start-page="{number}"' if number > 1 else "")
            + f">{preloaded}</ul>{noscript}{button}</div>"
            '<script type="text/javascript" id="ajax-load-more-js-extra">'
            f"var alm_localize = {localized};</script>"
            f'<script src="{_ALM_SCRIPT}?ver=7.1.2" id="ajax-load-more-js"></script>'
        )
        site.put(address(number), item.label, body, crumbs)


# -- laravel: ?page=N pagers -----------------------------------------------------------------------


_ARROW = '<svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20"><path d="{path}"/></svg>'
_LEFT = (
    "M12.7 5.3a1 1 0 010 1.4L9.4 10l3.3 3.3a1 1 0 01-1.4 1.4l-4-4a1 1 0 010-1.4l4-4a1 1 0 011.4 0z"
)
_RIGHT = (
    "M7.3 14.7a1 1 0 010-1.4L10.6 10 7.3 6.7a1 1 0 011.4-1.4l4 4a1 1 0 010 1.4l-4 4a1 1 0 01-1.4 0z"
)


def _laravel_pager(
    kind: str, number: int, total: int, count: int, size: int, address: Callable[[int], str]
) -> str:
    if total <= 1:
        return ""
    previous, nxt = str(_w("laravel", "previous")), str(_w("laravel", "next"))
    if kind == "simple":
        first = (
            '<li class="page-item disabled" aria-disabled="true">'
            f'<span class="page-link">{_e(previous)}</span></li>'
            if number == 1
            else f'<li class="page-item"><a class="page-link" href="{_e(address(number - 1))}"'
            f' rel="prev">{_e(previous)}</a></li>'
        )
        last = (
            '<li class="page-item disabled" aria-disabled="true">'
            f'<span class="page-link">{_e(nxt)}</span></li>'
            if number == total
            else f'<li class="page-item"><a class="page-link" href="{_e(address(number + 1))}"'
            f' rel="next">{_e(nxt)}</a></li>'
        )
        return f'<nav><ul class="pagination" role="navigation">{first}{last}</ul></nav>'
    if kind == "bootstrap":
        parts = []
        if number == 1:
            parts.append(
                f'<li class="page-item disabled" aria-disabled="true" aria-label="{_e(previous)}">'
                '<span class="page-link" aria-hidden="true">&lsaquo;</span></li>'
            )
        else:
            parts.append(
                f'<li class="page-item"><a class="page-link" href="{_e(address(number - 1))}"'
                f' rel="prev" aria-label="{_e(previous)}">&lsaquo;</a></li>'
            )
        for n in range(1, total + 1):
            if n == number:
                parts.append(
                    f'<li class="page-item active" aria-current="page"><span class="page-link">'
                    f"{n}</span></li>"
                )
            else:
                parts.append(
                    f'<li class="page-item"><a class="page-link" href="{_e(address(n))}">'
                    f"{n}</a></li>"
                )
        if number == total:
            parts.append(
                f'<li class="page-item disabled" aria-disabled="true" aria-label="{_e(nxt)}">'
                '<span class="page-link" aria-hidden="true">&rsaquo;</span></li>'
            )
        else:
            parts.append(
                f'<li class="page-item"><a class="page-link" href="{_e(address(number + 1))}"'
                f' rel="next" aria-label="{_e(nxt)}">&rsaquo;</a></li>'
            )
        return f'<nav><ul class="pagination">{"".join(parts)}</ul></nav>'
    # tailwind: arrows as SVG pictures named only by aria-label, a "Mostrando …" sentence
    arrow_l, arrow_r = _ARROW.format(path=_LEFT), _ARROW.format(path=_RIGHT)
    a, b = (number - 1) * size + 1, min(number * size, count)
    showing = str(_w("laravel", "showing")[0]).format(a=a, b=b, n=count)
    parts = []
    if number > 1:
        parts.append(
            f'<a href="{_e(address(number - 1))}" rel="prev" class="relative inline-flex"'
            f' aria-label="{_e(previous)}">{arrow_l}</a>'
        )
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<span aria-current="page"><span class="relative">{n}</span></span>')
        else:
            go = str(_w("laravel", "go_to")).format(n=n)
            parts.append(
                f'<a href="{_e(address(n))}" class="relative inline-flex"'
                f' aria-label="{_e(go)}">{n}</a>'
            )
    if number < total:
        parts.append(
            f'<a href="{_e(address(number + 1))}" rel="next" class="relative inline-flex"'
            f' aria-label="{_e(nxt)}">{arrow_r}</a>'
        )
    return (
        '<nav role="navigation" aria-label="Pagination Navigation" class="flex items-center'
        f' justify-between"><div><p class="text-sm text-gray-700 leading-5">{_e(showing)}</p></div>'
        f'<div><span class="relative z-0 inline-flex shadow-sm rounded-md">{"".join(parts)}'
        "</span></div></nav>"
    )


def _laravel(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = "/transparencia/articulo-10"
    site = _site(draw, index)
    title = _title(draw)
    docs = _documents(items, today, draw, wordpress=False)
    kind = draw(st.sampled_from(["bootstrap", "simple", "tailwind"]))
    see = _pick(draw, "laravel", "see")
    per_form = _pick(draw, "laravel", "per_page")
    default = int(draw(st.sampled_from([4, 5, 10])))
    options = sorted({default, 5, 10, 25, 50})
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w("docs", "head"))
    button = _pick(draw, "docs", "download")
    bare = draw(st.booleans())
    order = draw(st.sampled_from(["recientes", "antiguos", "titulo"]))
    how = f"laravel-{kind}/{default}-por-pagina/{order}"
    present = _present(items)

    def pages_of(path: str, rows: list[str], size: int, extra: str) -> list[tuple[str, list[str]]]:
        """(address, rows) of each page of ``rows``; ``extra`` the query kept in every link."""
        chunks = _chunks(rows, size)
        out = []
        for number in range(1, len(chunks) + 1):
            query = "&".join(x for x in (extra, f"page={number}") if x)
            out.append((f"{path}?{query}", chunks[number - 1]))
        return out

    def join_query(path: str, extra: str) -> str:
        return f"{path}?{extra}" if extra else path

    def address_for(path: str, extra: str) -> Callable[[int], str]:
        def address(n: int) -> str:
            query = "&".join(x for x in (extra, f"page={n}") if x)
            return f"{path}?{query}"

        return address

    # the list of items, paged
    rows = []
    for item in present:
        name = item.plain if bare else item.label
        href = f"{index}/{item.numeral}"
        rows.append(
            f"<tr><td>{item.numeral}</td><td>{_e(name)}</td>"
            f'<td><a href="{_e(href)}" class="btn btn-sm btn-outline-primary">'
            f"{_e(see)}</a></td></tr>"
        )
    size = _per_page(draw, len(rows), [8, 10, 12, 15])
    head = "".join(f"<th>{_e(h)}</th>" for h in _w("laravel", "index_head"))
    pages = pages_of(index, rows, size, "")
    address = address_for(index, "")
    for number, (path, chunk) in enumerate(pages, 1):
        table = (
            f'<table class="table table-striped"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(chunk)}</tbody></table>"
        )
        pager = _laravel_pager(kind, number, len(pages), len(rows), size, address)
        body = (_opening() if number == 1 else "") + table + pager
        site.put(path, title, body, [(title, "")])
        if number == 1:
            site.routes[index] = site.routes[path]
    for at, item in enumerate(present):
        portal.notes[item.numeral] = f"indice-p{at // size + 1}"
    # each item's documents
    for item in present:
        path = f"{index}/{item.numeral}"
        mine = _ordered(docs.of[item.numeral], order)
        doc_rows = [
            f"<tr><td>{n}</td><td>{_e(d.name)}</td><td>{day_month_year(docs.day(d))}</td>"
            f'<td><a href="{_e(d.path)}" class="btn btn-sm btn-primary" target="_blank">'
            f"{_e(button)}</a></td></tr>"
            for n, d in enumerate(mine, 1)
        ]
        crumbs = [(title, index), (item.label, "")]
        empty_row = (
            f'<tr><td colspan="4" class="text-center">{_e(str(_w("laravel", "none")))}</td></tr>'
        )
        for option in options if doc_rows else [default]:
            extra = "" if option == default else f"per_page={option}"
            shown = pages_of(path, doc_rows, option, extra)
            where = address_for(path, extra)
            for number, (page_path, chunk) in enumerate(shown, 1):
                select = "".join(
                    f'<option value="{o}"{" selected" if o == option else ""}>{o}</option>'
                    for o in options
                )
                select = (
                    '<select name="per_page" class="form-select form-select-sm"'
                    f' onchange="this.form.submit()">{select}</select>'
                )
                form = (
                    f'<form method="GET" action="{_e(path)}" class="mb-2"><label>'
                    f"{per_form.format(select=select)}</label></form>"
                    if doc_rows
                    else ""
                )
                table = (
                    f'<table class="table table-bordered"><thead><tr>{heads}</tr></thead>'
                    f"<tbody>{''.join(chunk) or empty_row}</tbody></table>"
                )
                pager = _laravel_pager(kind, number, len(shown), len(doc_rows), option, where)
                site.put(page_path, item.label, _words(item) + form + table + pager, crumbs)
                if number == 1:
                    site.routes[join_query(path, extra)] = site.routes[page_path]
        where_new = _where(item.docs, mine, default)
        pages_note = math.ceil(len(mine) / default) if mine else 0
        portal.notes[item.numeral] = (
            f"{how}/{portal.notes[item.numeral]}/{where_new}/{pages_note}p/{item_rhythm(item)}"
            f"/docs={len(mine)}"
        )
    for item in items:
        portal.notes.setdefault(item.numeral, f"{how}/{item_rhythm(item)}/ausente")
    _home(site)
    return site.routes


# -- biblioteca: a document library paged ?start= / ?pg= ----------------------------------------


def _joomla_pager(
    style: str, param: str, number: int, total: int, size: int, address: Callable[[str], str]
) -> str:
    """The pager under page ``number`` of ``total``; ``address(query)`` the page's address."""
    if total <= 1:
        return ""

    def at(n: int) -> str:
        if style == "php":
            return address(f"{param}={n}" if n > 1 else "")
        return address(f"{param}={(n - 1) * size}" if n > 1 else "")

    counter = str(_w("biblioteca", "counter")).format(n=number, total=total)
    if style == "php":
        parts = []
        if number > 1:
            parts.append(
                f'<a href="{_e(at(number - 1))}">{_e(str(_w("biblioteca", "php_prev")))}</a>'
            )
        parts.append(f"<span>{_e(counter)}</span>")
        if number < total:
            parts.append(
                f'<a href="{_e(at(number + 1))}">{_e(str(_w("biblioteca", "php_next")))}</a>'
            )
        return f'<div class="paginacion">{" | ".join(parts)}</div>'

    def link(text: str, n: int, active: bool) -> str:
        if not active:
            return f'<span class="pagenav">{_e(text)}</span>'
        return f'<a title="{_e(text)}" href="{_e(at(n))}" class="pagenav">{_e(text)}</a>'

    words = {k: str(_w("biblioteca", k)) for k in ("start", "prev", "next", "end")}
    items = [
        f'<li class="pagination-start">{link(words["start"], 1, number > 1)}</li>',
        f'<li class="pagination-prev">{link(words["prev"], number - 1, number > 1)}</li>',
    ]
    for n in range(1, total + 1):
        items.append(f"<li>{link(str(n), n, n != number)}</li>")
    items += [
        f'<li class="pagination-next">{link(words["next"], number + 1, number < total)}</li>',
        f'<li class="pagination-end">{link(words["end"], total, number < total)}</li>',
    ]
    return (
        f'<div class="pagination"><p class="counter">{_e(counter)}</p>'
        f"<ul>{''.join(items)}</ul></div>"
    )


def _limitbox(action: str, size: int) -> str:
    options = "".join(
        f'<option value="{v}"{" selected" if v == size else ""}>'
        f"{_e(str(_w('biblioteca', 'all'))) if v == 0 else v}</option>"
        for v in (5, 10, 15, 20, 25, 30, 50, 100, 0)
    )
    return (
        f'<form action="{_e(action)}" method="post" name="adminForm" id="adminForm">'
        f'<div class="display-limit">{_e(str(_w("biblioteca", "display")))} '
        f'<select id="limit" name="limit" class="inputbox input-mini" size="1"'
        f' onchange="this.form.submit()">{options}</select></div>'
        '<input type="hidden" name="limitstart" value="" /></form>'
    )


def _biblioteca(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    style = draw(st.sampled_from(["joomla", "php"]))
    index = "/index.php/informacion-publica" if style == "joomla" else "/biblioteca/index.php"
    site = _site(draw, index)
    title = _title(draw)
    docs = _documents(items, today, draw, wordpress=False)
    param = "pg" if style == "php" else str(draw(st.sampled_from(["start", "limitstart"])))
    split = draw(st.sampled_from(["todo", "anios"]))
    listing = draw(st.sampled_from(["completo", "paginado", "letras"]))
    older_word = _pick(draw, "biblioteca", "older")
    year_form = _pick(draw, "biblioteca", "year")
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w("biblioteca", "head"))
    download = _pick(draw, "docs", "download")
    size = _per_page(draw, 17, [3, 4, 5, 6, 8, 10])
    order = draw(st.sampled_from(["recientes", "antiguos", "titulo"]))
    how = f"biblioteca-{style}/{param}/{split}/indice-{listing}/{size}-por-pagina/{order}"
    present = _present(items)

    def join(path: str, *queries: str) -> str:
        query = "&".join(q for q in queries if q)
        if not query:
            return path
        return f"{path}{'&' if '?' in path else '?'}{query}"

    def category_path(item: Item) -> str:
        if style == "php":
            return f"/biblioteca/categoria.php?id={item.numeral}"
        return f"{index}/{item.numeral:02d}-{_slug(item.plain)[:30]}"

    def page_at(path: str, number: int, per: int) -> str:
        if number == 1:
            return path
        if style == "php":
            return join(path, f"{param}={number}")
        return join(path, f"{param}={(number - 1) * per}")

    def paged_list(
        path: str,
        heading: str,
        intro: str,
        mine: list[Doc],
        crumbs: list[tuple[str, str]],
        after: str = "",
    ) -> int:
        rows = [
            f'<tr><td><a href="{_e(d.path)}">{_e(d.name)}</a></td>'
            f"<td>{day_month_year(docs.day(d))}</td>"
            f'<td><a href="{_e(d.path)}" class="btn btn-small">{_e(download)}</a></td></tr>'
            for d in mine
        ]
        chunks = _chunks(rows, size)

        def address(query: str) -> str:
            return join(path, query)

        for number, chunk in enumerate(chunks, 1):
            table = (
                f'<table class="category table table-striped"><thead><tr>{heads}</tr></thead>'
                f"<tbody>{''.join(chunk)}</tbody></table>"
                if chunk
                else f"<p>{_e(str(_w('biblioteca', 'none')))}</p>"
            )
            limit = _limitbox(path, size) if style == "joomla" and rows else ""
            pager = _joomla_pager(style, param, number, len(chunks), size, address)
            body = (intro if number == 1 else "") + limit + table + pager + after
            site.put(page_at(path, number, size), heading, body, crumbs)
        return len(chunks)

    rows = []
    for item in present:
        path = category_path(item)
        mine = _ordered(docs.of[item.numeral], order)
        count = str(_w("biblioteca", "count")).format(n=len(mine))
        rows.append(
            (
                item,
                f'<li class="categoria"><a href="{_e(path)}">{_e(item.label)}</a>'
                f' <span class="badge">{_e(count)}</span></li>',
            )
        )
        crumbs = [(title, index), (item.label, "")]
        intro = f'<div class="category-desc">{_words(item)}</div>' if item_words(item) else ""
        years = sorted({_when(d).year for d in mine}, reverse=True)
        if split == "anios" and len(years) > 1:
            newest = [d for d in mine if _when(d).year == years[0]]
            older_path = join(path, "vista=anteriores") if style == "php" else f"{path}/anteriores"
            intro += f"<h2>{_e(year_form.format(year=years[0]))}</h2>"
            # the link to the older years sits under every page of the newest year's list
            after = f'<p class="anteriores"><a href="{_e(older_path)}">{_e(older_word)}</a></p>'
            pages = paged_list(path, item.label, intro, newest, crumbs, after)
            upper = [(title, index), (item.label, path)]
            links = "".join(
                f'<li><a href="{_e(join(older_path, f"anio={y}"))}">{y}</a></li>' for y in years[1:]
            )
            body = f"<ul class='anios'>{links}</ul>"
            site.put(older_path, older_word, body, [*upper, (older_word, "")])
            for year in years[1:]:
                those = [d for d in mine if _when(d).year == year]
                trail = [*upper, (older_word, older_path), (str(year), "")]
                paged_list(
                    join(older_path, f"anio={year}"), f"{item.label} - {year}", "", those, trail
                )
            where = _where(item.docs, newest, size) if item.docs else "sin-docs"
            _note(portal, item, f"{how}/anios={len(years)}/{where}/{pages}p", len(mine))
        else:
            pages = paged_list(path, item.label, intro, mine, crumbs)
            _note(portal, item, f"{how}/{_where(item.docs, mine, size)}/{pages}p", len(mine))
    for item in items:
        portal.notes.setdefault(item.numeral, f"{how}/{item_rhythm(item)}/ausente")
    heading = f"<h2>{_e(_pick(draw, 'biblioteca', 'categories'))}</h2>"
    if listing == "letras":
        groups: dict[str, list[str]] = {}
        for item, row in rows:
            letter = (_no_accents(item.plain).strip()[:1] or "#").upper()
            groups.setdefault(letter, []).append(row)
        letters = sorted(groups)
        first = letters[0]

        def letter_path(letter: str) -> str:
            return index if letter == first else join(index, f"letra={letter}")

        bar = " ".join(
            f'<a href="{_e(letter_path(c))}">{c}</a>' if c in groups else f"<span>{c}</span>"
            for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        )
        bar = f'<p class="letras">{_e(str(_w("biblioteca", "letters")))} {bar}</p>'
        for letter in letters:
            body = (_opening() if letter == first else "") + bar + heading
            body += f'<h3>{letter}</h3><ul class="categorias">{"".join(groups[letter])}</ul>'
            site.put(letter_path(letter), title, body, [(title, "")])
        for item, _row in rows:
            letter = (_no_accents(item.plain).strip()[:1] or "#").upper()
            portal.notes[item.numeral] += f"/letra-{letter}"
    elif listing == "paginado":
        per = _per_page(draw, len(rows), [8, 10, 12])
        chunks = _chunks([row for _i, row in rows], per)

        def index_at(query: str) -> str:
            return join(index, query)

        for number, chunk in enumerate(chunks, 1):
            pager = _joomla_pager(style, param, number, len(chunks), per, index_at)
            body = (_opening() if number == 1 else "") + heading
            body += f'<ul class="categorias">{"".join(chunk)}</ul>{pager}'
            site.put(page_at(index, number, per), title, body, [(title, "")])
        for at, (item, _row) in enumerate(rows):
            portal.notes[item.numeral] += f"/indice-p{at // per + 1}"
    else:
        body = _opening() + heading + f'<ul class="categorias">{"".join(r for _i, r in rows)}</ul>'
        site.put(index, title, body, [(title, "")])
    _home(site)
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "entradas": _entradas,
    "cargar-mas": _cargar,
    "laravel": _laravel,
    "biblioteca": _biblioteca,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 54 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
