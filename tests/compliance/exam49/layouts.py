"""Forty-ninth exam: four portal layouts whose theme is REAL GUATEMALAN PORTALS REPRODUCED (second
series), with the truth of every section.

Each layout reproduces the Article 10 section of one real Guatemalan public body as its stored page
shows it (menus, headings, the site's own way of naming an item, its document links and dates).
Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); what is new is each site's markup and
wording around them, and the address its software gives a file (WordPress's
``/wp-content/uploads/<year>/<month>/``, Drupal's ``/sites/default/files/<year>-<month>/``, the
month being the upload's). The truth is what a careful citizen reading the site in a browser
concludes: a month's name printed as a link under a year's heading is that month of that year; a
post's or the page's own date is not a document's period; a numeral absent from the list is
missing. Wording: ``wording.toml`` (sources there). Layouts:

* ``mem``: the Ministerio de Energía y Minas' WordPress post "2026 | INFORMACIÓN PÚBLICA DE
  OFICIO" (addressed ``/?p=<id>``): "Portal de Acceso a la Información Pública", the ministry's
  paragraph, "Decreto 57-2008", "ARTÍCULO 10: Información Pública de Oficio", then one link per
  numeral "Artículo 10 Numeral 8 - <the law's whole text>" (or the item's name) as paragraphs or a
  list, missing numerals simply left out; each link leads to the numeral's page (``/?page_id=<id>``)
  with its words and its documents as WordPress File blocks ("<name>" + "Descargar" button) or a
  plain list.
* ``vice``: the Vicepresidencia's Drupal view ``/articulo-10`` paged ``?page=N`` (5 to 10 rows a
  page, Drupal's "« Primero ‹ Anterior 1 2 … Siguiente › Último »" pager), rows NOT in numeral
  order, each "26. ARCHIVOS" (the number and the item's name in capitals) printed twice — a link to
  ``/node/<nid>`` and a heading — over the law's text (or, on some rows, the article's opening
  paragraph); the node page holds the law's text, the item's words and a Drupal file field
  "Archivos adjuntos" (links named by the file's name or its description, with "(245.3 KB)").
  A header line with the office hours ("08:00 a 16:00 hrs") and phone on every page.
* ``conap``: CONAP's information-office WordPress: "Skip to content", TODAY's date at the top
  ("martes, noviembre 24, 2026"), the menu "Artículo 10 Decreto 57-2008 Ley de Acceso a la
  Información Pública" leading to the category page ``/?cat=<id>`` "LEY DE LIBRE ACCESO A LA
  INFORMACIÓN PÚBLICA": one bullet per numeral "Arto. 10. Numeral 8. <name> -Mensual-" with the
  law's text, then the documents grouped under their year (a heading, a bold paragraph or a
  collapsed ``<details>``; newest or oldest year first), a monthly report linked by the month's name
  alone ("Octubre" under "2026"), other documents by their name.
* ``upcv``: the UPCV's WordPress under ``/inicio/``: a page listing one post per numeral ("26.
  Informe anual"), each post at its permalink ``/inicio/<y>/<m>/<d>/<slug>/`` (the day it was
  posted, printed "Publicado el …", months after or before the documents' periods) holding the
  law's text in a ``wp-block-paragraph``, then per year a separator, "INFORMACIÓN AÑO 2026" as a
  bold ``<h4 class="wp-block-heading">`` and the documents as bare ``<li>`` links "<name> PDF"
  (sometimes with the site's stray ``"seleccionar()"`` glued to the address), a spacer after each.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
    file_stem,
    item_rhythm,
    site_page,
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
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
)

LAYOUTS = ("mem", "vice", "conap", "upcv")
EXAM49: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: a list of numerals each
# leading to its own page (the law's text always there), a view of one node per numeral, a page
# of bullets (bare names allowed), one post per numeral.
_INNER = {"mem": "joomla", "vice": "numbers", "conap": "accordion", "upcv": "wordpress"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM49[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, upload lags, sizes), seeded by one draw so that a
    portal stays small in Hypothesis's terms."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _law(item: Item) -> str:
    return str(ITEMS[item.numeral]["law"]["text"])


def _words(item: Item, *, law: bool = True) -> str:
    """The item's words as paragraphs (the law's text when drawn, a phrase, the body's own text,
    "Actualizado: …")."""
    texts = [item.law_text if law else "", item.phrase, item.own_text, item.updated]
    return "".join(f"<p>{_e(t)}</p>" for t in texts if t)


def _move(
    items: list[Item], today: dt.date, rng: random.Random, where: Callable[[Doc, dt.date], str]
) -> dict[int, dt.date]:
    """Give every document the address the site's software gives an uploaded file (``where`` of
    the document and its upload day); returns the upload days by ``id``."""
    lag = rng.randint(2, 15)
    seen: set[str] = set()
    days: dict[int, dt.date] = {}
    for item in items:
        for doc in item.docs:
            day = uploaded(doc, today, lag + rng.randint(0, 8))
            days[id(doc)] = day
            doc.path = unique(where(doc, day), seen)
    return days


def _home(
    path: str, institution: str, nav: str, index: str, word: str, routes: Routes, footer: str
) -> None:
    """The body's home page (its ``</main>`` is where the generator's noise may add a link)."""
    body = (
        f'<p><a href="{_e(index)}">{_e(word)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    routes[path] = Resource(site_page(institution, institution, nav, "", body, footer))


def _nav(links: Sequence[tuple[str, str]], before: str = "") -> str:
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    return f'{before}<nav class="main-navigation"><ul class="menu">{rows}</ul></nav>'


def _by_year(docs: list[Doc], newest_first: bool) -> list[tuple[int, list[Doc]]]:
    """Documents grouped by the year of the period they cover, in the site's order."""
    years: dict[int, list[Doc]] = {}
    for doc in docs:
        assert doc.modified is not None
        years.setdefault(doc.modified.year, []).append(doc)
    order = sorted(years, reverse=newest_first)
    return [
        (
            year,
            sorted(years[year], key=lambda d: d.modified or dt.date.min, reverse=newest_first),
        )
        for year in order
    ]


# -- mem: the ministry's yearly post of numeral lines ---------------------------------------------


def _mem(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    name = str(_w("mem", "institution"))
    footer = f"© {today.year} {name}"
    _move(
        items,
        today,
        rng,
        lambda d, day: f"/wp-content/uploads/{day.year}/{day.month:02d}/{file_stem(d.name)}.pdf",
    )
    post = f"/?p={rng.randint(60000, 79999)}"
    menu = str(_w("mem", "menu"))
    nav = _nav([("Inicio", "/"), (menu, post), ("Noticias", "/noticias/")])
    label_as = draw(st.sampled_from(["ley", "ley", "nombre"]))
    lines_as = draw(st.sampled_from(["parrafos", "lista"]))
    docs_as = draw(st.sampled_from(["bloque", "lista"]))
    page_word = draw(st.sampled_from(["page_id", "p"]))
    lines = []
    for item in _present(items):
        n = item.numeral
        text = _law(item) if label_as == "ley" else item.plain
        line = str(_w("mem", "line")).format(numeral=n, text=text)
        page = f"/?{page_word}={rng.randint(1000, 59999)}"
        lines.append(f'<a href="{_e(page)}">{_e(line)}</a>')
        body = _words(item)
        if item.docs and docs_as == "bloque":
            for doc in item.docs:
                ident = f"wp-block-file--media-{rng.getrandbits(128):032x}"[:58]
                body += (
                    f'<div class="wp-block-file"><a id="{ident}" href="{_e(doc.path)}">'
                    f'{_e(doc.name)}</a><a href="{_e(doc.path)}" class="wp-block-file__button '
                    f'wp-element-button" download aria-describedby="{ident}">'
                    f"{_e(str(_w('mem', 'download')))}</a></div>"
                )
        elif item.docs:
            rows = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs)
            body += f'<ul class="wp-block-list">{rows}</ul>'
        title = f"Artículo 10 Numeral {n}"
        trail = breadcrumb("Inicio", [(menu, post), (title, "")])
        routes[page] = Resource(site_page(title, name, nav, trail, body, footer))
        portal.notes[n] = f"mem/{label_as}/{lines_as}/{docs_as}/{item_rhythm(item)}"
    if lines_as == "parrafos":
        listing = "".join(f"<p>{line}</p>" for line in lines)
    else:
        listing = "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
    body = (
        f"<h2>{_e(str(_w('mem', 'portal')))}</h2><p>{_e(str(_w('mem', 'opening')))}</p>"
        f"<h3>{_e(str(_w('mem', 'decree')))}</h3><h3>{_e(str(_w('mem', 'article')))}</h3>"
        f"{listing}"
    )
    title = str(_w("mem", "title")).format(year=today.year)
    routes[post] = Resource(
        site_page(title, name, nav, breadcrumb("Inicio", [(title, "")]), body, footer)
    )
    _home("/", name, nav, post, title, routes, footer)
    for item in portal.items:
        portal.notes.setdefault(item.numeral, f"mem/{label_as}/ausente")
    return routes


# -- vice: a Drupal view of nodes out of numeral order, paged --------------------------------------


def _pager(index: int, pages: int) -> str:
    """Drupal's full pager under page ``index`` (0-based) of ``pages``."""
    first, previous, following, last = (str(t) for t in _w("vice", "pager"))

    def href(i: int) -> str:
        return "/articulo-10" if i == 0 else f"/articulo-10?page={i}"

    cells = []
    if index > 0:
        cells.append(
            f'<li class="pager__item pager__item--first"><a href="{href(0)}" title="Ir a la '
            f'primera página"><span aria-hidden="true">{_e(first)}</span></a></li>'
            f'<li class="pager__item pager__item--previous"><a href="{href(index - 1)}" '
            f'title="Ir a la página anterior" rel="prev"><span aria-hidden="true">{_e(previous)}'
            "</span></a></li>"
        )
    for i in range(pages):
        active = " is-active" if i == index else ""
        cells.append(
            f'<li class="pager__item{active}"><a href="{href(i)}" title="Ir a la página {i + 1}">'
            f'<span class="visually-hidden">Página</span>{i + 1}</a></li>'
        )
    if index + 1 < pages:
        cells.append(
            f'<li class="pager__item pager__item--next"><a href="{href(index + 1)}" title="Ir a '
            f'la página siguiente" rel="next"><span aria-hidden="true">{_e(following)}</span></a>'
            f'</li><li class="pager__item pager__item--last"><a href="{href(pages - 1)}" '
            f'title="Ir a la última página"><span aria-hidden="true">{_e(last)}</span></a></li>'
        )
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
        '<h4 id="pagination-heading" class="visually-hidden">Paginación</h4>'
        f'<ul class="pager__items js-pager__items">{"".join(cells)}</ul></nav>'
    )


def _vice(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    name = str(_w("vice", "institution"))
    footer = f"{_w('vice', 'contact')} | {name}"
    _move(
        items,
        today,
        rng,
        lambda d, day: f"/sites/default/files/{day.year}-{day.month:02d}/{file_stem(d.name)}.pdf",
    )
    top = f'<p class="contacto">{_e(str(_w("vice", "contact")))}</p>'
    menu = str(_w("vice", "menu"))
    nav = _nav([("Inicio", "/"), (menu, "/articulo-10"), ("Noticias", "/noticias/")], top)
    per_page = draw(st.sampled_from([5, 8, 10]))
    link_as = draw(st.sampled_from(["archivo", "descripcion"]))
    present = _present(items)
    order = list(present)
    rng.shuffle(order)
    rows: list[str] = []
    for item in order:
        n = item.numeral
        nid = rng.randint(100, 999) * 10 + n % 10
        node = f"/node/{nid}"
        while node in routes:
            nid += 10
            node = f"/node/{nid}"
        title = f"{n}. {item.plain.upper()}"
        summary = str(_w("vice", "chapeau")) if rng.randint(0, 6) == 0 else _law(item)
        rows.append(
            f'<div class="views-row"><div class="views-field views-field-title"><span '
            f'class="field-content"><a href="{node}" hreflang="es">{_e(title)}</a></span></div>'
            f'<div class="views-field views-field-title-1"><h3 class="field-content">{_e(title)}'
            f'</h3></div><div class="views-field views-field-body"><div class="field-content">'
            f"<p>{_e(summary)}</p></div></div></div>"
        )
        files = ""
        for doc in item.docs:
            shown = f"{file_stem(doc.name)}.pdf" if link_as == "archivo" else doc.name
            size = f"{rng.randint(80, 2400) + rng.randint(0, 9) / 10:.1f} KB"
            files += (
                '<div class="field__item"><span class="file file--mime-application-pdf '
                f'file--application-pdf"><a href="{_e(doc.path)}" type="application/pdf">'
                f'{_e(shown)}</a> <span class="file__size">({size})</span></span></div>'
            )
        body = (
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-'
            f'summary field--label-hidden field__item"><p>{_e(_law(item))}</p></div>'
            f"{_words(item, law=False)}"
        )
        if files:
            body += (
                '<div class="field field--name-field-archivo field--type-file '
                f'field--label-above"><div class="field__label">{_e(str(_w("vice", "files")))}'
                f'</div><div class="field__items">{files}</div></div>'
            )
        trail = breadcrumb("Inicio", [(menu, "/articulo-10"), (title, "")])
        routes[node] = Resource(site_page(title, name, nav, trail, body, footer))
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    for index, chunk in enumerate(pages):
        path = "/articulo-10" if index == 0 else f"/articulo-10?page={index}"
        body = (
            f'<div class="view view-articulo-10 view-id-articulo_10"><div class="view-content">'
            f"{''.join(chunk)}</div>{_pager(index, len(pages)) if len(pages) > 1 else ''}</div>"
        )
        routes[path] = Resource(
            site_page(menu, name, nav, breadcrumb("Inicio", [(menu, "")]), body, footer)
        )
    _home("/", name, nav, "/articulo-10", menu, routes, footer)
    place = {item.numeral: i for i, item in enumerate(order)}
    for item in portal.items:
        where = place.get(item.numeral)
        page = "-" if where is None else str(where // per_page)
        portal.notes[item.numeral] = (
            f"vice/{per_page}-por-pagina/pagina={page}/{link_as}/{item_rhythm(item)}"
        )
    return routes


# -- conap: a category page of bullets, documents under years, months as the links ---------------


def _conap(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    name = str(_w("conap", "site"))
    tagline = str(_w("conap", "tagline"))
    footer = f"Copyright © {today.year} {name} | {tagline}"
    _move(
        items,
        today,
        rng,
        lambda d, day: f"/wp-content/uploads/{day.year}/{day.month:02d}/{file_stem(d.name)}.pdf",
    )
    category = f"/?cat={rng.randint(20, 400)}"
    article10, request = (str(t) for t in _w("conap", "menu"))
    days = _w("conap", "days")
    stamp = f"{days[today.weekday()]}, {MESES[today.month - 1].lower()} {today.day}, {today.year}"
    top = (
        f'<a class="skip-link screen-reader-text" href="#content">{_e(str(_w("conap", "skip")))}'
        f'</a><div class="top-bar"><span class="date">{_e(stamp)}</span></div>'
        f'<p class="site-description">{_e(tagline)}</p>'
    )
    nav = _nav([(article10, category), (request, "/unidad-de-informacion-publica/")], top)
    years_as = draw(st.sampled_from(["h4", "strong", "details"]))
    links_as = draw(st.sampled_from(["parrafos", "lista"]))
    newest_first = draw(st.booleans())
    rhythm_words = _w("conap", "rhythm")
    bullets = []
    for item in _present(items):
        n = item.numeral
        rhythm = item_rhythm(item)
        head = str(_w("conap", "item")).format(numeral=n, name=item.plain)
        head += str(rhythm_words.get(rhythm, ""))
        inner = f"<p>{_e(_law(item))}</p>{_words(item, law=False)}"
        for year, docs in _by_year(item.docs, newest_first):
            anchors = []
            for doc in docs:
                assert doc.modified is not None
                shown = MESES[doc.modified.month - 1] if rhythm == "monthly" else doc.name
                anchors.append(f'<a href="{_e(doc.path)}">{_e(shown)}</a>')
            if links_as == "parrafos":
                links = "".join(f"<p>{a}</p>" for a in anchors)
            else:
                links = "<ul>" + "".join(f"<li>{a}</li>" for a in anchors) + "</ul>"
            if years_as == "h4":
                inner += f"<h4>{year}</h4>{links}"
            elif years_as == "strong":
                inner += f"<p><strong>{year}</strong></p>{links}"
            else:
                inner += f"<details><summary>{year}</summary>{links}</details>"
        bullets.append(f"<li><p><strong>{_e(head)}</strong></p>{inner}</li>")
        portal.notes[n] = f"conap/{years_as}/{links_as}/{'reciente' if newest_first else 'antiguo'}"
    body = (
        f'<div id="content"><h2>{_e(str(_w("conap", "heading")))}</h2>'
        f'<ul class="wp-block-list">{"".join(bullets)}</ul></div>'
    )
    routes[category] = Resource(site_page(article10, name, nav, "", body, footer))
    _home("/", name, nav, category, article10, routes, footer)
    for item in portal.items:
        portal.notes.setdefault(item.numeral, "conap/ausente")
    return routes


# -- upcv: one WordPress post per numeral, "INFORMACIÓN AÑO …" headings ---------------------------


def _upcv(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    name = str(_w("upcv", "institution"))
    footer = f"© {today.year} {name} - UPCV"
    suffix = str(_w("upcv", "suffix")) if draw(st.booleans()) else ""
    _move(
        items,
        today,
        rng,
        lambda d, day: (
            f"/inicio/wp-content/uploads/{day.year}/{day.month:02d}/"
            f"{file_stem(d.name + suffix)}.pdf"
        ),
    )
    index = "/inicio/informacion-publica-de-oficio/"
    word = str(_w("upcv", "index"))
    nav = _nav([("Inicio", "/"), (word, index), ("Noticias", "/noticias/")])
    stray = draw(st.integers(0, 2)) == 0
    newest_first = draw(st.integers(0, 3)) > 0
    entries = []
    for item in _present(items):
        n = item.numeral
        title = f"{n}. {item.plain}"
        posted = today - dt.timedelta(days=rng.randint(0, 320))
        path = f"/inicio/{posted.year}/{posted.month:02d}/{posted.day:02d}/{_slug(title)[:40]}/"
        entries.append(f'<li><a href="{_e(path)}">{_e(title)}</a></li>')
        parts = [f'<p class="wp-block-paragraph">{_e(_law(item))}</p>', _words(item, law=False)]
        for year, docs in _by_year(item.docs, newest_first):
            parts.append(
                '<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>'
                '<h4 class="wp-block-heading"><strong>'
                f"{_e(str(_w('upcv', 'year')).format(year=year))}</strong></h4>"
            )
            for doc in docs:
                glued = '"seleccionar()"' if stray else '"'
                parts.append(f'<li><a href="{_e(doc.path)}{glued}>{_e(doc.name + suffix)}</a></li>')
            parts.append(
                '<div style="height:25px" aria-hidden="true" class="wp-block-spacer"></div>'
            )
        meta = str(_w("upcv", "posted")).format(
            day=posted.day, month=MESES[posted.month - 1].lower(), year=posted.year
        )
        body = (
            f'<p class="entry-meta">{_e(meta)}</p><div class="entry-content">{"".join(parts)}</div>'
        )
        trail = breadcrumb("Inicio", [(word, index), (title, "")])
        routes[path] = Resource(site_page(title, name, nav, trail, body, footer))
        portal.notes[n] = (
            f"upcv/{'seleccionar' if stray else 'limpio'}/"
            f"{'reciente' if newest_first else 'antiguo'}/{item_rhythm(item)}"
        )
    body = f"<ul>{''.join(entries)}</ul>"
    routes[index] = Resource(
        site_page(word, name, nav, breadcrumb("Inicio", [(word, "")]), body, footer)
    )
    _home("/", name, nav, index, word, routes, footer)
    for item in portal.items:
        portal.notes.setdefault(item.numeral, "upcv/ausente")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "mem": _mem,
    "vice": _vice,
    "conap": _conap,
    "upcv": _upcv,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 49 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
