"""Fifty-third exam: four portal layouts whose theme is REAL GUATEMALAN PORTALS REPRODUCED (third
series), with the truth of every section.

Each layout reproduces the Article 10 section of one real Guatemalan public body that no earlier
exam reproduced, as its stored page shows it (the addresses its software gives pages and files,
how it names an item, a period, a document). Items (truth, labels, documents, dates, phrases) are
drawn exactly as the generated portals draw them (``tests.compliance.generated.portals._item``);
what is new is each site's markup and wording around them. The truth is what a careful citizen
reading the site in a browser concludes: a year folder or a page headed "Año 2026" holds that
year's documents, and a month's name linked under it is that month of that year; the date a file
was put on the site (a listing's "Modificado", a post's "Publicado el …") is not the period it
covers; an item's name or the law's text alone is no content; a numeral absent from the site is
missing. Wording: ``wording.toml`` (sources there). Layouts:

* ``senabed``: SENABED's "ipo" repository, a folder browser addressed ``/ipo/?ruta=<folder>``
  ("+" for spaces, "%2F" for "/"): "Repositorio" › "Artículo 10" › one folder per numeral "26.
  Informe …" (or "08. …"), listed in natural order or the browser's alphabetical one ("1.", "10.",
  "11.", …, "2."); an item's folder shows the item's words as its note, then year sub-folders
  ("2026") or the files directly, as a "Nombre | Tamaño | Modificado" table (the upload day); the
  files at their percent-encoded paths under ``/ipo/Repositorio/…``.
* ``ric``: the Registro de Información Catastral's pages addressed only by a code,
  ``/Articulo10_Numeral_08_2026`` (or ``…_08_01_2026``, a numeral's part): an index "Artículo 10"
  of "Numeral 08 <name>" lines with their years as links; a year's page "Numeral 08 <name> Año
  2026" whose monthly documents are linked by the month's name alone, in lower case ("octubre"),
  all twelve names printed (the months without a document as plain text) or only the linked ones;
  other items' documents by their names; documents that are not periodic on one page without a
  year; the law's text printed on the pages or not.
* ``inees``: INEES' WordPress: a page "Información Pública de Oficio" with "Numeral 8. <name>",
  the item's words and one link per document to the document's ATTACHMENT PAGE
  (``/numeral-8-articulo-10-octubre-2026-pdf/``) titled "Numeral 8. Artículo 10 Octubre 2026 PDF"
  (a monthly document: its month and year) or "Numeral 8. Artículo 10 <document's name> PDF",
  the link reading that title or the document's name; the attachment page holds "Publicado el …"
  (the upload day) and WordPress' ``<p class="attachment"><a href='…'>`` link to the file under
  ``/wp-content/uploads/<year>/<month>/``.
* ``mvc``: mvc.gob.gt's child pages under ``/informacion-publica-de-oficio/``, one per numeral
  addressed ``26-<name's slug>/`` and titled by the item's name alone (the numeral only in the
  address and, in some portals, the index's "26. " prefix); the index lists them in the law's
  order; some portals repeat the list as a sidebar on every child page; documents as a list of
  names with "Descargar" or a "Documento | Fecha de publicación" table (the upload day).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote, quote_plus

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
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

LAYOUTS = ("senabed", "ric", "inees", "mvc")
EXAM53: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: a folder per numeral
# (bare names allowed), code-addressed numeral pages with the law's text, a WordPress page, a page
# per numeral with the law's text.
_INNER = {"senabed": "accordion", "ric": "numbers", "inees": "wordpress", "mvc": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM53[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, upload lags, sizes), seeded by one draw so that a
    portal stays small in Hypothesis's terms."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _words(item: Item, *, law: bool = True) -> str:
    """The item's words as paragraphs (the law's text when drawn and wanted, a phrase, the body's
    own text, "Actualizado: …")."""
    texts = [item.law_text if law else "", item.phrase, item.own_text, item.updated]
    return "".join(f"<p>{_e(t)}</p>" for t in texts if t)


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """The day each document was put on the site (by ``id``)."""
    lag = rng.randint(2, 15)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 8))
        for item in items
        for doc in item.docs
    }


def _nav(links: Sequence[tuple[str, str]], before: str = "") -> str:
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    return f'{before}<nav class="main-navigation"><ul class="menu">{rows}</ul></nav>'


def _home(institution: str, nav: str, index: str, word: str, routes: Routes, footer: str) -> None:
    """The body's home page (its ``</main>`` is where the generator's noise may add a link)."""
    body = (
        f'<p><a href="{_e(index)}">{_e(word)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    routes["/"] = Resource(site_page(institution, institution, nav, "", body, footer))


def _size(rng: random.Random) -> str:
    return f"{rng.randint(60, 3900)} KB"


def _by_year(docs: list[Doc], newest_first: bool = True) -> list[tuple[int, list[Doc]]]:
    """Documents grouped by the year of the period they cover, newest (or oldest) year first."""
    years: dict[int, list[Doc]] = {}
    for doc in docs:
        assert doc.modified is not None
        years.setdefault(doc.modified.year, []).append(doc)
    return [
        (year, sorted(years[year], key=lambda d: d.modified or dt.date.min, reverse=newest_first))
        for year in sorted(years, reverse=newest_first)
    ]


# -- senabed: a folder browser addressed by ?ruta= -----------------------------------------------


def _senabed(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    name = str(_w("senabed", "institution"))
    footer = f"© {today.year} {name} - SENABED"
    index_word = str(_w("senabed", "index"))
    root, article = str(_w("senabed", "root")), str(_w("senabed", "article"))
    name_col, size_col, date_col = (str(t) for t in _w("senabed", "columns"))
    padded = draw(st.booleans())
    alphabetical = draw(st.booleans())
    years_as = draw(st.sampled_from(["anios", "plano"]))
    shown_as = draw(st.sampled_from(["nombre", "archivo"]))
    days = _uploads(items, today, rng)

    def ruta(path: str) -> str:
        return "/ipo/?ruta=" + quote_plus(path)

    nav = _nav([("Inicio", "/"), (index_word, ruta(root)), ("Noticias", "/noticias/")])

    def listing(path: str, note: str, rows: list[tuple[bool, str, str, str, str]]) -> None:
        """A folder's page: trail, note, then (folder?, name, href, size, date) rows."""
        parts = path.split("/")
        crumbs = [(p, ruta("/".join(parts[: i + 1]))) for i, p in enumerate(parts)]
        trail = " / ".join(f'<a href="{_e(h)}">{_e(t)}</a>' for t, h in crumbs)
        up = ""
        if len(parts) > 1:
            up = f'<p><a class="subir" href="{_e(crumbs[-2][1])}">{_e(_w("senabed", "up"))}</a></p>'
        if rows:
            cells = "".join(
                f'<tr class="{"carpeta" if folder else "archivo"}"><td><a href="{_e(href)}">'
                f"{_e(shown)}</a></td><td>{_e(size)}</td><td>{_e(when)}</td></tr>"
                for folder, shown, href, size, when in rows
            )
            table = (
                f'<table class="explorador"><thead><tr><th>{_e(name_col)}</th><th>'
                f"{_e(size_col)}</th><th>{_e(date_col)}</th></tr></thead><tbody>{cells}</tbody>"
                "</table>"
            )
        else:
            table = f'<p class="vacia">{_e(_w("senabed", "empty"))}</p>'
        body = f'<div class="ruta">{trail}</div>{up}{note}{table}'
        page = Resource(site_page(parts[-1], name, nav, "", body, footer))
        routes[ruta(path)] = page
        routes["/ipo/?ruta=" + quote(path, safe="")] = page

    seen: set[str] = set()
    folder_rows: list[tuple[bool, str, str, str, str]] = []
    kind = str(_w("senabed", "folder_kind"))
    for item in _present(items):
        n = item.numeral
        number = f"{n:02d}" if padded else str(n)
        folder_name = str(_w("senabed", "folder")).format(numeral=number, name=item.plain)
        folder = f"{root}/{article}/{folder_name}"
        split = years_as == "anios" and item_rhythm(item) != "on_change" and bool(item.docs)
        groups = _by_year(item.docs) if split else [(0, item.docs)]
        rows: list[tuple[bool, str, str, str, str]] = []
        newest = dt.date.min
        for year, docs in groups:
            inner = f"{folder}/{year}" if year else folder
            files: list[tuple[bool, str, str, str, str]] = []
            for doc in docs:
                day = days[id(doc)]
                newest = max(newest, day)
                file_name = (file_stem(doc.name) if shown_as == "archivo" else doc.name) + ".pdf"
                doc.path = unique("/ipo/" + quote(f"{inner}/{file_name}"), seen)
                stamp = f"{day_month_year(day)} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
                files.append((False, file_name, doc.path, _size(rng), stamp))
            if year:
                listing(inner, "", files)
                last = max(days[id(d)] for d in docs)
                rows.append((True, str(year), ruta(inner), kind, day_month_year(last)))
            else:
                rows.extend(files)
        note = f'<div class="nota">{_words(item)}</div>' if _words(item) else ""
        listing(folder, note, rows)
        when = day_month_year(newest) if rows else day_month_year(today - dt.timedelta(days=90))
        folder_rows.append((True, folder_name, ruta(folder), kind, when))
        portal.notes[n] = (
            f"senabed/{'alfabetico' if alphabetical else 'natural'}/"
            f"{'anios' if split else 'plano'}/{shown_as}/{item_rhythm(item)}"
        )
    if alphabetical:
        folder_rows.sort(key=lambda row: row[1].lower())
    listing(f"{root}/{article}", "", folder_rows)
    listing(root, "", [(True, article, ruta(f"{root}/{article}"), kind, day_month_year(today))])
    _home(name, nav, ruta(root), index_word, routes, footer)
    for item in portal.items:
        portal.notes.setdefault(item.numeral, "senabed/ausente")
    return routes


# -- ric: code-addressed pages of one numeral and one year, months as the links ------------------


def _ric(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    name = str(_w("ric", "institution"))
    footer = f"{name} - RIC"
    index = "/Articulo10"
    index_word = str(_w("ric", "index"))
    nav = _nav([("Inicio", "/"), (index_word, index), ("Noticias", "/noticias/")])
    part = draw(st.booleans())  # numerals addressed as a part ("08_01"), as RIC's "04_04"
    all_months = draw(st.booleans())
    show_law = draw(st.booleans())
    month_words = [str(m) for m in _w("ric", "months")]
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    for item in items:
        for doc in item.docs:
            day = days[id(doc)]
            doc.path = unique(
                f"/Documentos/Articulo10/Numeral_{item.numeral:02d}/{day.year}/"
                f"{file_stem(doc.name)}.pdf",
                seen,
            )
    lines = []
    for item in _present(items):
        n = item.numeral
        code = f"{n:02d}.01" if part else f"{n:02d}"
        base = f"/Articulo10_Numeral_{n:02d}" + ("_01" if part else "")
        words = _words(item, law=show_law)

        def trail_of(title: str) -> str:
            return breadcrumb("Inicio", [(index_word, index), (title, "")])

        if item.docs and item_rhythm(item) != "on_change":
            year_links = []
            for year, docs in _by_year(item.docs):
                path = f"{base}_{year}"
                title = str(_w("ric", "page")).format(code=code, name=item.plain, year=year)
                if item_rhythm(item) == "monthly":
                    by_month = {d.modified.month: d for d in docs if d.modified is not None}
                    cells = []
                    for month in range(1, 13):
                        found = by_month.get(month)
                        if found is not None:
                            cells.append(
                                f'<li><a href="{_e(found.path)}">{month_words[month - 1]}</a></li>'
                            )
                        elif all_months:
                            cells.append(f"<li><span>{month_words[month - 1]}</span></li>")
                    links = f'<ul class="meses">{"".join(cells)}</ul>'
                else:
                    links = (
                        "<ul>"
                        + "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in docs)
                        + "</ul>"
                    )
                routes[path] = Resource(
                    site_page(title, name, nav, trail_of(title), words + links, footer)
                )
                year_links.append(f'<a href="{_e(path)}">{year}</a>')
            head = str(_w("ric", "single")).format(code=code, name=item.plain)
            lines.append(
                f"<li><strong>{_e(head)}</strong> <span>{_e(_w('ric', 'years'))}</span> "
                f"{' '.join(year_links)}</li>"
            )
            shape = "anios"
        else:
            title = str(_w("ric", "single")).format(code=code, name=item.plain)
            links = ""
            if item.docs:
                links = (
                    "<ul>"
                    + "".join(
                        f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs
                    )
                    + "</ul>"
                )
            routes[base] = Resource(
                site_page(title, name, nav, trail_of(title), words + links, footer)
            )
            lines.append(f'<li><a href="{_e(base)}">{_e(title)}</a></li>')
            shape = "unica"
        portal.notes[n] = (
            f"ric/{'parte' if part else 'numeral'}/{shape}/"
            f"{'doce-meses' if all_months else 'solo-enlazados'}/"
            f"{'ley' if show_law else 'sin-ley'}/{item_rhythm(item)}"
        )
    body = f'<ul class="numerales">{"".join(lines)}</ul>'
    routes[index] = Resource(
        site_page(index_word, name, nav, breadcrumb("Inicio", [(index_word, "")]), body, footer)
    )
    _home(name, nav, index, index_word, routes, footer)
    for item in portal.items:
        portal.notes.setdefault(item.numeral, "ric/ausente")
    return routes


# -- inees: every document an attachment page of its own -----------------------------------------


def _inees(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    name = str(_w("inees", "institution"))
    footer = f"© {today.year} {name} - INEES"
    index = "/informacion-publica-de-oficio/"
    index_word = str(_w("inees", "index"))
    nav = _nav([("Inicio", "/"), (index_word, index), ("Noticias", "/noticias/")])
    heading = draw(st.sampled_from(["h3", "strong"]))
    link_as = draw(st.sampled_from(["titulo", "nombre"]))
    fmt = str(_w("inees", "format"))
    days = _uploads(items, today, rng)
    seen_files: set[str] = set()
    seen_pages: set[str] = {index, "/"}
    blocks = []
    for item in _present(items):
        n = item.numeral
        head = str(_w("inees", "item")).format(numeral=n, name=item.plain)
        anchors = []
        for doc in item.docs:
            assert doc.modified is not None
            if item_rhythm(item) == "monthly":
                title = str(_w("inees", "title_month")).format(
                    numeral=n,
                    month=MESES[doc.modified.month - 1],
                    year=doc.modified.year,
                    format=fmt,
                )
            else:
                title = str(_w("inees", "title_other")).format(numeral=n, name=doc.name, format=fmt)
            day = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{day.year}/{day.month:02d}/{file_stem(title)}.pdf", seen_files
            )
            page = unique(f"/{_slug(title)}/", seen_pages)
            posted = str(_w("inees", "posted")).format(
                day=day.day, month=MESES[day.month - 1].lower(), year=day.year
            )
            body = (
                f'<p class="entry-meta">{_e(posted)}</p><div class="entry-content">'
                f"<p class=\"attachment\"><a href='{_e(doc.path)}'>{_e(title)}</a></p></div>"
                f'<p><a href="{index}">{_e(_w("inees", "back"))}</a></p>'
            )
            trail = breadcrumb("Inicio", [(index_word, index), (title, "")])
            routes[page] = Resource(site_page(title, name, nav, trail, body, footer))
            shown = title if link_as == "titulo" else doc.name
            anchors.append(f'<li><a href="{_e(page)}">{_e(shown)}</a></li>')
        title_html = (
            f"<h3>{_e(head)}</h3>" if heading == "h3" else f"<p><strong>{_e(head)}</strong></p>"
        )
        listing = f"<ul>{''.join(anchors)}</ul>" if anchors else ""
        blocks.append(f'<div class="numeral">{title_html}{_words(item)}{listing}</div>')
        portal.notes[n] = f"inees/{heading}/{link_as}/{item_rhythm(item)}"
    routes[index] = Resource(
        site_page(
            index_word,
            name,
            nav,
            breadcrumb("Inicio", [(index_word, "")]),
            "".join(blocks),
            footer,
        )
    )
    _home(name, nav, index, index_word, routes, footer)
    for item in portal.items:
        portal.notes.setdefault(item.numeral, "inees/ausente")
    return routes


# -- mvc: a child page per numeral, the numeral only in its address -------------------------------


def _mvc(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    routes: Routes = {}
    name = str(_w("mvc", "institution"))
    footer = f"© {today.year} {name}"
    index = "/informacion-publica-de-oficio/"
    index_word = str(_w("mvc", "index"))
    nav = _nav([("Inicio", "/"), (index_word, index), ("Noticias", "/noticias/")])
    numbered = draw(st.booleans())
    sidebar = draw(st.booleans())
    docs_as = draw(st.sampled_from(["lista", "tabla"]))
    days = _uploads(items, today, rng)
    seen: set[str] = set()
    for item in items:
        for doc in item.docs:
            day = days[id(doc)]
            doc.path = unique(
                f"/wp-content/uploads/{day.year}/{day.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
    present = _present(items)
    pages = {item.numeral: f"{index}{item.numeral}-{_slug(item.plain)[:50]}/" for item in present}

    def entry(item: Item) -> str:
        text = f"{item.numeral}. {item.plain}" if numbered else item.plain
        return f'<li class="page_item"><a href="{_e(pages[item.numeral])}">{_e(text)}</a></li>'

    entries = "".join(entry(item) for item in present)
    side = f'<aside class="widget"><ul class="children">{entries}</ul></aside>' if sidebar else ""
    download = str(_w("mvc", "download"))
    doc_col, date_col, last_col = (str(t) for t in _w("mvc", "columns"))
    for item in present:
        body = _words(item)
        if item.docs and docs_as == "lista":
            rows = "".join(
                f'<li><a href="{_e(d.path)}">{_e(d.name)}</a> — <a href="{_e(d.path)}" '
                f'class="boton">{_e(download)}</a></li>'
                for d in item.docs
            )
            body += f"<h3>{_e(_w('mvc', 'documents'))}</h3><ul>{rows}</ul>"
        elif item.docs:
            rows = "".join(
                f"<tr><td>{_e(d.name)}</td><td>{day_month_year(days[id(d)])}</td>"
                f'<td><a href="{_e(d.path)}">{_e(download)}</a></td></tr>'
                for d in item.docs
            )
            body += (
                f"<table><thead><tr><th>{_e(doc_col)}</th><th>{_e(date_col)}</th><th>"
                f"{_e(last_col)}</th></tr></thead><tbody>{rows}</tbody></table>"
            )
        trail = breadcrumb("Inicio", [(index_word, index), (item.plain, "")])
        routes[pages[item.numeral]] = Resource(
            site_page(item.plain, name, nav, trail, body + side, footer)
        )
        portal.notes[item.numeral] = (
            f"mvc/{'numerado' if numbered else 'solo-nombre'}/"
            f"{'lateral' if sidebar else 'sin-lateral'}/{docs_as}/{item_rhythm(item)}"
        )
    body = f'<p>{_e(_w("mvc", "opening"))}</p><ul class="children">{entries}</ul>'
    routes[index] = Resource(
        site_page(index_word, name, nav, breadcrumb("Inicio", [(index_word, "")]), body, footer)
    )
    _home(name, nav, index, index_word, routes, footer)
    for item in portal.items:
        portal.notes.setdefault(item.numeral, "mvc/ausente")
    return routes


# -- the strategy -------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "senabed": _senabed,
    "ric": _ric,
    "inees": _inees,
    "mvc": _mvc,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 53 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
