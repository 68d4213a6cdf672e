"""Forty-second exam: four portal layouts whose theme is TABLES OF COMPLEX STRUCTURE, as staff
build them in Excel and paste them or as table plugins print them, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new. The
truth of a section is what a careful citizen reads in the table in a browser: a merged (rowspan)
cell, or a blank cell on a continuation row, belongs to the numeral above it; a year row across the
table dates the rows below it; a month column or row dates the link in its cell; a column hidden
in a collapsed child row, or rows a plugin loads from the site's own host, are there for whoever
opens them; a footnote "Información actualizada al …" under a table is the office's word about
the table, never the period of a document. Wording and markup: ``wording.toml`` here (sources
there). Every layout is one page of the site (and, for the plugin's rows, one JSON answer).
Layouts:

* ``rowspan``: one big table "No. | Numeral | Descripción | Documento | Fecha", one row per
  document: the numeral's "No.", "Numeral" and "Descripción" cells span its document rows
  (``rowspan``) or are left blank on the continuation rows (the Excel way); pasted from Excel
  (``class=xl66``, ``<col width=…>``, ``<!--StartFragment-->``, unquoted attributes) or typed in
  the WordPress editor (a bold first row, or a ``<thead>``); "No." a running number of the items
  (not the numeral: a missing item shifts it) or of the rows; in some portals year rows spanning
  the table ("AÑO 2026", "EJERCICIO FISCAL 2026", …) group the documents by the year they cover,
  a numeral appearing again under every year it has documents in (its empty or "No aplica" row
  under the newest year); documents newest or oldest first; links named by the document, or
  "Descargar" / "Ver" with the upload date in "Fecha".
* ``matrix``: per-year matrices on one page (stacked, or in Bootstrap tabs), two header rows: the
  year over the months ("AÑO 2026" spanning "ENE FEB … DIC"), numeral and item cells spanning
  both; items as rows, an icon, "Ver" or "PDF" link in the month a monthly report covers (yearly
  and on-change documents in the month they were uploaded, blank elsewhere), "—" for a past month
  without a report, blank for months to come, "N/A" cells with a legend or one merged "No aplica"
  cell, an optional "OBSERVACIONES" column; or only the monthly items in the matrix and the others
  in a plain table below; or TRANSPOSED: months as rows ("ENERO" … "DICIEMBRE"), the monthly items
  as columns under the year, a merged "No aplica" cell down a column, an "OBSERVACIONES" row.
* ``responsive``: a table plugin's responsive output, one row per item: every cell repeating its
  column's header (``data-label="Documentos"`` for the theme's CSS, or Tablesaw's hidden ``<b
  class="tablesaw-cell-label">``); or FooTable 2's collapsed child rows (documents and date only
  in a ``footable-row-detail`` row kept ``display: none`` under the item, with or without the
  hidden cells of the main row); or Ninja Tables' "ajax table": an empty ``<tbody>`` the plugin's
  script fills with rows fetched as JSON from ``/wp-admin/admin-ajax.php?action=wp_ajax_ninja_
  tables_public_action&…`` on the portal's own host, with the whole table in a ``<noscript>`` or
  its first page printed in the HTML.
* ``nested``: an outer table per office ("Secretaría Municipal", "Dirección de Recursos Humanos",
  "Dirección de Administración Financiera Integrada Municipal (DAFIM)", …, the numerals in the
  order of the offices, not of the law) named by a ``<caption>``, a heading row or a heading, with
  ``<colgroup>`` column widths; each item's documents in an inner table ("Documento | Período |
  Fecha de publicación", with or without its own head, with or without year rows); the outer
  tables side by side or nested again in one master table; a ``<tfoot>`` footnote "* Información
  actualizada al …" (the newest upload of the office, a recent review day, or a day long past) and
  "Área responsable de la información: …" — a statement about the table, not the documents'
  period.
"""

from __future__ import annotations

import datetime as dt
import json
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
    hex_digits,
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
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
)

LAYOUTS = ("rowspan", "matrix", "responsive", "nested")
EXAM42: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: one table for everything
# (bare names allowed, no statements of the municipality's own), or headed sections (nested: an
# office's table per group, own statements allowed).
_INNER = {"rowspan": "table", "matrix": "table", "responsive": "table", "nested": "wordpress"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM42[section][key]["text"]


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    menu: str
    index: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn) -> _Site:
    """The municipality's site: its name, its menu leading to the one page of the items."""
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    name = str(_w("site", "name")).format(town=town)
    menu = str(draw(st.sampled_from(_w("site", "menu"))))
    index = str(draw(st.sampled_from(_w("site", "pages"))))
    site = _Site(name, menu, index)
    links = [
        (str(_w("site", "home")), "/"),
        (menu, index),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _publish(site: _Site, draw: st.DrawFn, body: str) -> Routes:
    """The items' page (the law's opening, then ``body``) and the home page leading to it (its
    ``</main>`` is where the generator's noise may add a link)."""
    title = str(draw(st.sampled_from([t["text"] for t in WORDING["article"]["index_titles"]])))
    opening = f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
    site.put(site.index, title, opening + body, [(site.menu, "")])
    home = (
        f'<p><a href="{_e(site.index)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, home, None)
    return site.routes


# -- documents -------------------------------------------------------------------------------------


def _paths(items: list[Item], today: dt.date, draw: st.DrawFn, scheme: str) -> dict[int, dt.date]:
    """Each document's upload day (by ``id``); its address by ``scheme``: WordPress's uploads
    folder of that month, an office folder per numeral, or the generator's own."""
    lag = draw(st.integers(2, 15))
    seen: set[str] = set()
    ups: dict[int, dt.date] = {}
    for item in _present(items):
        for doc in item.docs:
            up = uploaded(doc, today, lag + draw(st.integers(0, 8)))
            ups[id(doc)] = up
            stem = file_stem(doc.name)
            if scheme == "uploads":
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{stem}.pdf"
            elif scheme == "laip":
                path = f"/documentos/laip/numeral-{item.numeral:02d}/{stem}.pdf"
            else:
                path = doc.path
            doc.path = unique(path, seen)
    return ups


def _sorted(docs: Sequence[Doc], newest_first: bool) -> list[Doc]:
    return sorted(docs, key=lambda d: (d.modified or dt.date.min, d.name), reverse=newest_first)


def _period(item: Item, doc: Doc) -> str:
    """What a document covers, as an office's table writes it: the month of a monthly report,
    the year of the others."""
    assert doc.modified is not None
    if item_rhythm(item) == "monthly":
        return f"{MESES[doc.modified.month - 1]} {doc.modified.year}"
    return str(doc.modified.year)


def _link(doc: Doc, kind: str, *, titled: bool = False, icon: str = "") -> str:
    """A document's link: its name, "Descargar", "Ver", "PDF" or an icon."""
    if kind == "nombre":
        inner = _e(doc.name)
    elif kind == "icono":
        inner = f'<img src="{_e(icon)}" alt="PDF" width="22" height="22">'
    else:
        inner = _e(kind)
    title = f' title="{_e(doc.name)}"' if titled else ""
    return f'<a href="{_e(doc.path)}"{title} target="_blank">{inner}</a>'


def _words(item: Item) -> list[str]:
    """The item's words beside its name: the law's text, its "Actualizado" note (never the
    empty / "No aplica" phrase, which takes the documents' place)."""
    return [t for t in (item.law_text, item.updated) if t]


def _number(form: str, numeral: int) -> str:
    return form.format(n=numeral)


# -- generic table cells ------------------------------------------------------------------------


@dataclass
class _Cell:
    html: str
    rowspan: int = 1
    colspan: int = 1
    head: bool = False
    css: str = "xl66"


def _excel(rows: Sequence[Sequence[_Cell]], widths: Sequence[int]) -> str:
    """The table as Excel copies it to the clipboard (and an editor keeps it): unquoted
    attributes, ``class=xl…`` cells, row heights, ``<col>`` widths, the fragment markers."""
    total = sum(widths)
    cols = "\n ".join(
        f"<col width={w} style='mso-width-source:userset;mso-width-alt:{w * 37};"
        f"width:{w * 3 // 4}pt'>"
        for w in widths
    )
    out = [
        f"<table border=0 cellpadding=0 cellspacing=0 width={total} "
        f"style='border-collapse:collapse;table-layout:fixed;width:{total * 3 // 4}pt'>",
        "<!--StartFragment-->",
        f" {cols}",
    ]
    for row in rows:
        cells = []
        for index, cell in enumerate(row):
            attrs = ""
            if cell.colspan > 1:
                attrs += f" colspan={cell.colspan}"
            if cell.rowspan > 1:
                attrs += f" rowspan={cell.rowspan}"
            if index == 0:
                attrs += f" height={20 * cell.rowspan}"
            attrs += f" class={cell.css}"
            if index == 0:
                attrs += f" style='height:{15 * cell.rowspan}.0pt'"
            else:
                attrs += " style='border-top:none;border-left:none'"
            cells.append(f"<td{attrs}>{cell.html or '&nbsp;'}</td>")
        out.append(" <tr height=20 style='height:15.0pt'>\n  " + "\n  ".join(cells) + "\n </tr>")
    out.append("<!--EndFragment-->\n</table>")
    return "\n".join(out)


def _editor(
    rows: Sequence[Sequence[_Cell]], widths: Sequence[int], head_rows: int, thead: bool
) -> str:
    """The table as the WordPress editor (TinyMCE) keeps it: a bold first row in the body, or a
    ``<thead>`` of ``<th>``; widths on the first row's cells."""
    total = sum(widths)

    def tr(row: Sequence[_Cell], index: int) -> str:
        cells = []
        for position, cell in enumerate(row):
            attrs = ""
            if cell.colspan > 1:
                attrs += f' colspan="{cell.colspan}"'
            if cell.rowspan > 1:
                attrs += f' rowspan="{cell.rowspan}"'
            if index == 0 and position < len(widths):
                attrs += f' style="width: {100 * widths[position] // total}%;"'
            if cell.head and thead and index < head_rows:
                cells.append(f"<th{attrs}>{cell.html}</th>")
            elif cell.head:
                cells.append(f"<td{attrs}><strong>{cell.html}</strong></td>")
            else:
                cells.append(f"<td{attrs}>{cell.html}</td>")
        return "<tr>" + "".join(cells) + "</tr>"

    html = ['<table style="border-collapse: collapse; width: 100%;" border="1">']
    if thead:
        html.append("<thead>" + "".join(tr(r, i) for i, r in enumerate(rows[:head_rows])))
        html.append("</thead><tbody>")
        html.append("".join(tr(r, i + head_rows) for i, r in enumerate(rows[head_rows:])))
    else:
        html.append("<tbody>" + "".join(tr(r, i) for i, r in enumerate(rows)))
    html.append("</tbody></table>")
    return "".join(html)


# -- rowspan -------------------------------------------------------------------------------------


def _rowspan(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM42["rowspan"]
    site = _site(draw)
    scheme = draw(st.sampled_from(["uploads", "laip", "generador"]))
    ups = _paths(items, today, draw, scheme)
    merge = draw(st.sampled_from(["rowspan", "blanco"]))
    markup = draw(st.sampled_from(["excel", "editor"]))
    thead = draw(st.booleans())
    numbering = draw(st.sampled_from(["item", "fila"]))
    by_year = draw(st.booleans())
    newest_first = draw(st.booleans())
    years_newest_first = draw(st.booleans())
    link_kind = draw(st.sampled_from(["nombre", "nombre", "descargar", "ver"]))
    header = [str(h) for h in draw(st.sampled_from(words["headers"]["text"]))]
    number_form = str(draw(st.sampled_from(words["number_forms"]["text"])))
    year_form = str(draw(st.sampled_from(words["year_rows"]["text"])))
    link_text = {"nombre": "nombre", "descargar": words["download"]["text"]}
    link_text["ver"] = words["view"]["text"]

    present = _present(items)
    groups: list[tuple[int | None, list[tuple[Item, list[Doc]]]]] = []
    if by_year:
        years: dict[int, dict[int, list[Doc]]] = {}
        for item in present:
            for doc in item.docs:
                assert doc.modified is not None
                years.setdefault(doc.modified.year, {}).setdefault(item.numeral, []).append(doc)
        newest = max(years, default=today.year)
        for item in present:
            if not item.docs:
                years.setdefault(newest, {})[item.numeral] = []
        for year in sorted(years, reverse=years_newest_first):
            chunk = [(i, years[year][i.numeral]) for i in present if i.numeral in years[year]]
            groups.append((year, chunk))
    else:
        groups.append((None, [(item, list(item.docs)) for item in present]))

    rows: list[list[_Cell]] = [[_Cell(_e(h), head=True, css="xl65") for h in header]]
    counter = 0
    shown: dict[int, list[str]] = {}
    for group_year, chunk in groups:
        if group_year is not None:
            year_row = _e(year_form.format(year=group_year))
            rows.append([_Cell(year_row, colspan=5, css="xl68", head=True)])
        for item, docs in chunk:
            ordered = _sorted(docs, newest_first)
            span = max(1, len(ordered))
            counter += 1
            lines = [_e(item.label)] + [_e(t) for t in _words(item)]
            lead = [
                _Cell(str(counter), rowspan=span if merge == "rowspan" else 1),
                _Cell(
                    _e(_number(number_form, item.numeral)),
                    rowspan=span if merge == "rowspan" else 1,
                ),
                _Cell("<br>".join(lines), rowspan=span if merge == "rowspan" else 1),
            ]
            if not ordered:
                rows.append([*lead, _Cell(_e(item.phrase)), _Cell("")])
            for index, doc in enumerate(ordered):
                kind = link_text[link_kind]
                cell = _Cell(_link(doc, str(kind)), css="xl67")
                when = _Cell(day_month_year(ups[id(doc)]))
                if index == 0:
                    rows.append([*lead, cell, when])
                    continue
                if numbering == "fila":
                    counter += 1
                number = _Cell(str(counter) if numbering == "fila" else "")
                if merge == "rowspan":
                    rows.append([number, cell, when] if numbering == "fila" else [cell, when])
                else:
                    rows.append([number, _Cell(""), _Cell(""), cell, when])
            if numbering == "fila" and merge == "rowspan" and len(ordered) > 1:
                # Per-row numbers: the first row's "No." does not span.
                lead[0].rowspan = 1
            shown.setdefault(item.numeral, []).append(f"{group_year or '-'}:{len(ordered)}")
    widths = [40, 90, 330, 300, 90]
    table = _excel(rows, widths) if markup == "excel" else _editor(rows, widths, 1, thead)
    for item in present:
        portal.notes[item.numeral] = (
            f"rowspan/{merge}/{markup}/no.={numbering}/años={by_year}/{link_kind}/"
            f"{'recientes' if newest_first else 'antiguos'}/{item_rhythm(item)}/"
            f"grupos={','.join(shown.get(item.numeral, []))}"
        )
    body = f'<div class="entry-content">{table}</div>'
    return _publish(site, draw, body)


# -- matrix ----------------------------------------------------------------------------------------


def _matrix(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM42["matrix"]
    site = _site(draw)
    scheme = draw(st.sampled_from(["uploads", "laip"]))
    ups = _paths(items, today, draw, scheme)
    orient = draw(st.sampled_from(["filas", "filas", "transpuesta"]))
    scope = (
        "mensuales" if orient == "transpuesta" else draw(st.sampled_from(["todos", "mensuales"]))
    )
    cell_kind = str(draw(st.sampled_from(["icono", *words["cell"]["text"]])))
    titled = draw(st.booleans())
    dash = str(draw(st.sampled_from(words["no_document"]["text"])))
    na_style = draw(st.sampled_from(["fila", "celdas"]))
    observations = draw(st.booleans())
    tabs = draw(st.booleans())
    numeral_head = str(draw(st.sampled_from(words["numeral"]["text"])))
    info_head = str(draw(st.sampled_from(words["information"]["text"])))
    year_form = str(draw(st.sampled_from(words["year"]["text"])))
    number_form = str(draw(st.sampled_from(EXAM42["rowspan"]["number_forms"]["text"])))
    icon = str(words["icon"]["text"])
    months = [str(m) for m in words["months"]["text"]]
    now = (today.year, today.month)

    present = _present(items)

    def monthly(item: Item) -> bool:
        return item_rhythm(item) == "monthly"

    in_matrix = [i for i in present if scope == "todos" or monthly(i)]
    others = [i for i in present if i not in in_matrix]
    cells: dict[tuple[int, int, int], list[Doc]] = {}
    for item in in_matrix:
        for doc in item.docs:
            assert doc.modified is not None
            up = ups[id(doc)]
            year, month = (
                (doc.modified.year, doc.modified.month) if monthly(item) else (up.year, up.month)
            )
            cells.setdefault((item.numeral, year, month), []).append(doc)
    years = sorted({y for _n, y, _m in cells} or {today.year}, reverse=True)

    def link(doc: Doc) -> str:
        kind = "icono" if cell_kind == "icono" else cell_kind
        return _link(doc, kind, titled=titled, icon=icon)

    def month_cell(item: Item, year: int, month: int) -> str:
        docs = cells.get((item.numeral, year, month), [])
        if docs:
            return " ".join(link(d) for d in docs)
        if monthly(item) and (year, month) < now:
            return _e(dash)
        return ""

    def th(text: str, attrs: str = "") -> str:
        return f"<th{attrs}>{text}</th>"

    def item_cell(item: Item, first: bool) -> str:
        shown = [t for t in _words(item) if first or t != item.updated]
        small = "".join(f"<br><small>{_e(t)}</small>" for t in shown)
        return f"<td><strong>{_e(item.label)}</strong>{small}</td>"

    def rows_table(year: int, first: bool) -> str:
        obs = th(_e(str(words["observations"]["text"])), ' rowspan="2"') if observations else ""
        head = (
            "<tr>"
            + th(_e(numeral_head), ' rowspan="2"')
            + th(_e(info_head), ' rowspan="2"')
            + th(_e(year_form.format(year=year)), ' colspan="12" class="text-center"')
            + obs
            + "</tr><tr>"
            + "".join(th(m) for m in months)
            + "</tr>"
        )
        body = []
        legend = False
        for item in in_matrix:
            lead = f'<td class="text-center">{_e(_number(number_form, item.numeral))}</td>'
            lead += item_cell(item, first)
            note = _e(item.phrase) if observations else ""
            if item.truth == "not_applicable" and na_style == "celdas":
                legend = True
                tds = "".join(
                    f'<td class="text-center" title="{_e(item.phrase)}">'
                    f"{_e(str(words['not_applicable']['text']))}</td>"
                    for _ in range(12)
                )
            elif item.truth == "not_applicable" or (item.phrase and not observations):
                tds = f'<td colspan="12" class="text-center">{_e(item.phrase)}</td>'
                note = ""
            else:
                tds = "".join(
                    f'<td class="text-center">{month_cell(item, year, m)}</td>'
                    for m in range(1, 13)
                )
            tail = f"<td>{note}</td>" if observations else ""
            body.append(f"<tr>{lead}{tds}{tail}</tr>")
        foot = ""
        if legend:
            foot = f'<p class="leyenda"><small>{_e(str(words["legend"]["text"]))}</small></p>'
        return (
            '<div class="table-responsive"><table class="table table-bordered matriz">'
            f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table></div>{foot}"
        )

    def transposed_table(year: int) -> str:
        head = (
            "<tr>"
            + th(_e(str(words["month"]["text"])), ' rowspan="2"')
            + th(_e(year_form.format(year=year)), f' colspan="{len(in_matrix)}"')
            + "</tr><tr>"
            + "".join(
                th(f"{_e(_number(number_form, i.numeral))}<br><small>{_e(i.label)}</small>")
                for i in in_matrix
            )
            + "</tr>"
        )
        names = [str(m) for m in words["month_rows"]["text"]]
        body = []
        for month in range(1, 13):
            tds = []
            for item in in_matrix:
                if item.truth == "not_applicable":
                    if month == 1:
                        tds.append(f'<td rowspan="12" class="text-center">{_e(item.phrase)}</td>')
                    continue
                tds.append(f'<td class="text-center">{month_cell(item, year, month)}</td>')
            body.append(f"<tr>{th(_e(names[month - 1]))}{''.join(tds)}</tr>")
        notes = [
            " ".join(_e(t) for t in (item.phrase, item.updated) if t)
            if item.truth != "not_applicable"
            else ""
            for item in in_matrix
        ]
        if any(notes):
            body.append(
                f"<tr>{th(_e(str(words['observations']['text'])))}"
                + "".join(f"<td>{n}</td>" for n in notes)
                + "</tr>"
            )
        return (
            '<div class="table-responsive"><table class="table table-bordered matriz">'
            f"<thead>{head}</thead><tbody>{''.join(body)}</tbody></table></div>"
        )

    def table(year: int, first: bool) -> str:
        return transposed_table(year) if orient == "transpuesta" else rows_table(year, first)

    if not in_matrix:
        matrices = ""
    elif tabs:
        nav = "".join(
            f'<li class="nav-item"><a class="nav-link{" active" if n == 0 else ""}" '
            f'data-toggle="tab" href="#anio-{y}" role="tab">{y}</a></li>'
            for n, y in enumerate(years)
        )
        panes = "".join(
            f'<div class="tab-pane fade{" show active" if n == 0 else ""}" id="anio-{y}" '
            f'role="tabpanel">{table(y, n == 0)}</div>'
            for n, y in enumerate(years)
        )
        matrices = f'<ul class="nav nav-tabs" role="tablist">{nav}</ul>'
        matrices += f'<div class="tab-content">{panes}</div>'
    else:
        matrices = "".join(table(y, n == 0) for n, y in enumerate(years))
    rest = ""
    if others:
        head = "".join(f"<th>{_e(str(h))}</th>" for h in words["others_head"]["text"])
        rows = []
        for item in others:
            docs = _sorted(item.docs, True)
            links = "<br>".join(_link(d, "nombre") for d in docs) or _e(item.phrase)
            newest = max((ups[id(d)] for d in docs), default=None)
            when = day_month_year(newest) if newest else ""
            rows.append(
                f'<tr><td class="text-center">{_e(_number(number_form, item.numeral))}</td>'
                f"{item_cell(item, True)}<td>{links}</td><td>{when}</td></tr>"
            )
        title = str(draw(st.sampled_from(words["others"]["text"])))
        rest = (
            f'<h3>{_e(title)}</h3><table class="table table-bordered"><thead><tr>{head}</tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>"
        )
    for item in present:
        where = "matriz" if item in in_matrix else "tabla"
        portal.notes[item.numeral] = (
            f"matrix/{orient}/{scope}/{where}/{cell_kind}/titled={titled}/na={na_style}/"
            f"obs={observations}/tabs={tabs}/{item_rhythm(item)}/años={','.join(map(str, years))}"
        )
    return _publish(site, draw, matrices + rest)


# -- responsive ------------------------------------------------------------------------------------


_NINJA_SCRIPT = """(function () {
  function render(table, config, rows) {
    var body = table.tBodies[0] || table.appendChild(document.createElement('tbody'));
    body.innerHTML = '';
    rows.forEach(function (row, index) {
      var tr = document.createElement('tr');
      tr.className = 'ninja_table_row_' + index + ' nt_row_id_' + row.value.___id___;
      config.columns.forEach(function (column, position) {
        var td = document.createElement('td');
        td.className = 'ninja_column_' + position + ' ninja_clmn_nm_' + column.key;
        td.innerHTML = row.value[column.key] || '';
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.parentNode.className = table.parentNode.className.replace('loading_ninja_table', '');
  }
  var tables = document.querySelectorAll('table.foo-table.ninja_footable');
  Array.prototype.forEach.call(tables, function (table) {
    var config = window[table.getAttribute('data-ninja_table_instance')];
    if (!config) { return; }
    fetch(config.data_request_url, {credentials: 'same-origin'})
      .then(function (response) { return response.json(); })
      .then(function (rows) { render(table, config, rows); });
  });
})();
"""

_TOGGLE_SCRIPT = (
    "document.querySelectorAll('.footable-toggle').forEach(function (toggle) {"
    " toggle.addEventListener('click', function () {"
    " var detail = document.getElementById(toggle.getAttribute('data-detalle'));"
    " detail.style.display = detail.style.display === 'none' ? 'table-row' : 'none'; }); });"
)


@dataclass
class _Row:
    """One item's row of a responsive table: its cells' HTML by column."""

    item: Item
    number: str
    numeral: str
    info: str
    docs: str
    date: str


def _responsive(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM42["responsive"]
    site = _site(draw)
    ups = _paths(items, today, draw, "uploads")
    style = draw(st.sampled_from(["etiquetas", "detalle", "ajax"]))
    sub = draw(
        st.sampled_from(
            {
                "etiquetas": ["data-label", "tablesaw"],
                "detalle": ["footable", "fila-oculta"],
                "ajax": ["noscript", "primera"],
            }[style]
        )
    )
    header = [str(h) for h in draw(st.sampled_from(words["headers"]["text"]))]
    number_form = str(draw(st.sampled_from(EXAM42["rowspan"]["number_forms"]["text"])))
    link_kind = draw(st.sampled_from(["nombre", "nombre", "descargar"]))
    newest_first = draw(st.booleans())
    present = _present(items)
    rows: list[_Row] = []
    for counter, item in enumerate(present, start=1):
        docs = _sorted(item.docs, newest_first)
        kind = "nombre" if link_kind == "nombre" else str(EXAM42["rowspan"]["download"]["text"])
        links = "<br>".join(_link(d, kind) for d in docs) or _e(item.phrase)
        newest = max((ups[id(d)] for d in docs), default=None)
        info = "<br>".join([f"<strong>{_e(item.label)}</strong>"] + [_e(t) for t in _words(item)])
        rows.append(
            _Row(
                item,
                str(counter),
                _e(_number(number_form, item.numeral)),
                info,
                links,
                day_month_year(newest) if newest else "",
            )
        )
    if style == "etiquetas":
        table = _labelled(rows, header, sub)
    elif style == "detalle":
        table = _detailed(rows, header, sub, draw)
    else:
        table = _ninja(rows, header, sub, draw, site)
    for item in present:
        portal.notes[item.numeral] = (
            f"responsive/{style}/{sub}/{link_kind}/{item_rhythm(item)}/{len(item.docs)} docs"
        )
    return _publish(site, draw, table)


def _labelled(rows: Sequence[_Row], header: Sequence[str], sub: str) -> str:
    """Every cell repeats its column's header: ``data-label`` (the theme's CSS shows it on
    phones) or Tablesaw's hidden label."""

    def td(label: str, html: str) -> str:
        if sub == "data-label":
            return f'<td data-label="{_e(label)}">{html}</td>'
        return (
            f'<td><b class="tablesaw-cell-label">{_e(label)}</b>'
            f'<span class="tablesaw-cell-content">{html}</span></td>'
        )

    persist = ' data-tablesaw-priority="persist"'
    head = "".join(
        f'<th scope="col"{persist if n < 2 else ""}>{_e(h)}</th>' for n, h in enumerate(header)
    )
    body = "".join(
        "<tr>"
        + td(header[0], r.number)
        + td(header[1], r.numeral)
        + td(header[2], r.info)
        + td(header[3], r.docs)
        + td(header[4], r.date)
        + "</tr>"
        for r in rows
    )
    if sub == "data-label":
        css = (
            "<style>@media screen and (max-width: 600px) {"
            " table.tabla-laip thead { display: none; }"
            " table.tabla-laip td { display: block; text-align: right; }"
            " table.tabla-laip td::before { content: attr(data-label); float: left;"
            " font-weight: bold; text-transform: uppercase; } }</style>"
        )
        attrs = 'class="tabla-laip table table-striped"'
    else:
        css = (
            "<style>.tablesaw-stack .tablesaw-cell-label { display: none; }"
            " @media (max-width: 639px) { .tablesaw-stack .tablesaw-cell-label"
            " { display: inline-block; width: 30%; } }</style>"
        )
        attrs = 'class="tablesaw tablesaw-stack" data-tablesaw-mode="stack"'
    return f"{css}<table {attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _detailed(rows: Sequence[_Row], header: Sequence[str], sub: str, draw: st.DrawFn) -> str:
    """FooTable 2 on a phone-sized page: the documents and the date in a collapsed child row
    under each item (and, in the kept DOM, in the main row's hidden cells too)."""
    hidden = ' style="display: none;"'
    kept = sub == "footable"
    visible_cols = 3
    head = (
        f'<th data-toggle="true" class="footable-visible footable-first-column">'
        f"{_e(header[0])}</th>"
        f'<th class="footable-visible">{_e(header[1])}</th>'
        f'<th class="footable-visible footable-last-column">{_e(header[2])}</th>'
    )
    if kept:
        head += f'<th data-hide="phone,tablet"{hidden}>{_e(header[3])}</th>'
        head += f'<th data-hide="phone,tablet"{hidden}>{_e(header[4])}</th>'
    body = []
    for n, r in enumerate(rows):
        ident = f"detalle-{n + 1}-{hex_digits(draw, 4)}"
        toggle = (
            f'<span class="footable-toggle" data-detalle="{ident}" '
            f'title="{_e(str(EXAM42["responsive"]["detail_toggle"]["text"]))}"></span>'
        )
        main = (
            f'<td class="footable-visible footable-first-column">{toggle}{r.number}</td>'
            f'<td class="footable-visible">{r.numeral}</td>'
            f'<td class="footable-visible footable-last-column">{r.info}</td>'
        )
        if kept:
            main += f"<td{hidden}>{r.docs}</td><td{hidden}>{r.date}</td>"
        detail = "".join(
            '<div class="footable-row-detail-row">'
            f'<div class="footable-row-detail-name">{_e(name)}:</div>'
            f'<div class="footable-row-detail-value">{value}</div></div>'
            for name, value in ((header[3], r.docs), (header[4], r.date))
        )
        body.append(
            f'<tr class="{"footable-even" if n % 2 else "footable-odd"}">{main}</tr>'
            f'<tr id="{ident}" class="footable-row-detail"{hidden}>'
            f'<td class="footable-row-detail-cell" colspan="{visible_cols}">'
            f'<div class="footable-row-detail-inner">{detail}</div></td></tr>'
        )
    return (
        '<table class="table table-striped toggle-circle default footable-loaded footable '
        'phone breakpoint" data-page-size="50">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<script>{_TOGGLE_SCRIPT}</script>"
    )


def _ninja(
    rows: Sequence[_Row], header: Sequence[str], sub: str, draw: st.DrawFn, site: _Site
) -> str:
    """Ninja Tables' "ajax table": the head printed, the rows fetched as JSON from the site's
    admin-ajax.php by the plugin's script; the whole table in ``<noscript>``, or the first page
    of rows printed in the body."""
    words = EXAM42["responsive"]
    table_id = draw(st.integers(100, 4000))
    unique_id = f"ninja_table_unique_id_{draw(st.integers(10**9, 2 * 10**9))}_{table_id}"
    nonce = hex_digits(draw, 10)
    data = str(words["ajax"]["text"]).format(table=table_id, nonce=nonce)
    script = str(words["script"]["text"])
    keys = ["no", "numeral", "informacion", "documentos", "fecha"]
    title = str(draw(st.sampled_from(words["table_title"]["text"])))
    first_page = draw(st.sampled_from([10, 15, 20]))
    payload = [
        {
            "options": {"classes": ""},
            "value": {
                "___id___": str(500 + n),
                "no": r.number,
                "numeral": r.numeral,
                "informacion": r.info,
                "documentos": r.docs,
                "fecha": r.date,
            },
        }
        for n, r in enumerate(rows)
    ]
    site.routes[data] = Resource(
        json.dumps(payload, ensure_ascii=False).encode("utf-8"),
        content_type="application/json; charset=UTF-8",
    )
    site.routes[script] = Resource(
        _NINJA_SCRIPT.encode("utf-8"), content_type="application/javascript"
    )
    cols = "".join(f'<col class="ninja_column_{n} ">' for n in range(len(keys)))
    head = "".join(
        f'<th scope="col" class="ninja_column_{n} ninja_clmn_nm_{k}">{_e(h)}</th>'
        for n, (k, h) in enumerate(zip(keys, header, strict=True))
    )

    def tr(n: int, r: _Row) -> str:
        values = [r.number, r.numeral, r.info, r.docs, r.date]
        tds = "".join(
            f'<td class="ninja_column_{p} ninja_clmn_nm_{k}">{v}</td>'
            for p, (k, v) in enumerate(zip(keys, values, strict=True))
        )
        return f'<tr class="ninja_table_row_{n} nt_row_id_{500 + n}">{tds}</tr>'

    printed = ""
    info = ""
    if sub == "primera":
        printed = "".join(tr(n, r) for n, r in enumerate(rows[:first_page]))
        info = (
            '<div class="footable-paging-info">'
            + _e(
                str(words["info"]["text"]).format(
                    start=1, end=min(first_page, len(rows)), total=len(rows)
                )
            )
            + "</div>"
        )
    config = {
        "table_id": str(table_id),
        "title": title,
        "columns": [{"key": k, "name": k, "title": h} for k, h in zip(keys, header, strict=True)],
        "settings": {"paging": first_page, "i18n": {"loading": words["loading"]["text"]}},
        "data_request_url": data,
    }
    table = (
        f'<div id="footable_parent_{table_id}" class="footable_parent ninja_table_wrapper '
        'loading_ninja_table wp_table_data_press_parent semantic_ui">'
        f'<h3 class="table_title footable_title">{_e(title)}</h3>'
        f'<table data-ninja_table_instance="ninja_table_instance_0" data-footable_id="{table_id}" '
        f'data-filter-delay="1000" id="footable_{table_id}" data-unique_identifier="{unique_id}" '
        f'class=" foo-table ninja_footable foo_table_{table_id} {unique_id} ui table '
        'nt_type_ajax_table selectable striped vertical_centered footable-paging-right">'
        f"<colgroup>{cols}</colgroup>"
        f'<thead><tr class="footable-header">{head}</tr></thead><tbody>{printed}</tbody></table>'
        f"{info}</div>"
    )
    if sub == "noscript":
        plain = "".join(
            f"<tr><td>{r.number}</td><td>{r.numeral}</td><td>{r.info}</td><td>{r.docs}</td>"
            f"<td>{r.date}</td></tr>"
            for r in rows
        )
        heads = "".join(f"<th>{_e(h)}</th>" for h in header)
        table += (
            f"<noscript><table><thead><tr>{heads}</tr></thead><tbody>{plain}</tbody></table>"
            "</noscript>"
        )
    encoded = json.dumps(config, ensure_ascii=False).replace("/", "\\/")
    table += f"<script>window.ninja_table_instance_0 = {encoded};</script>"
    table += f'<script src="{_e(script)}"></script>'
    return table


# -- nested ----------------------------------------------------------------------------------------


def _long_date(day: dt.date) -> str:
    return f"{day.day} de {MESES[day.month - 1].lower()} de {day.year}"


def _nested(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM42["nested"]
    site = _site(draw)
    scheme = draw(st.sampled_from(["uploads", "laip", "generador"]))
    ups = _paths(items, today, draw, scheme)
    naming = draw(st.sampled_from(["caption", "encabezado", "titulo"]))
    master = draw(st.booleans())
    inner_head = draw(st.booleans())
    inner_years = draw(st.booleans())
    newest_first = draw(st.booleans())
    outer = [str(h) for h in draw(st.sampled_from(words["outer_head"]["text"]))]
    inner = [str(h) for h in draw(st.sampled_from(words["inner_head"]["text"]))]
    number_form = str(draw(st.sampled_from(EXAM42["rowspan"]["number_forms"]["text"])))
    footnote = str(draw(st.sampled_from(words["footnote"]["text"])))
    stamp = draw(st.sampled_from(["reciente", "revision", "antigua"]))
    area = draw(st.booleans())
    empty_style = draw(st.sampled_from(["texto", "tabla"]))
    by_numeral = {item.numeral: item for item in _present(items)}

    def inner_table(item: Item) -> str:
        docs = _sorted(item.docs, newest_first)
        if not docs:
            parts = []
            if item.own_text:
                parts.append(f"<p>{_e(item.own_text)}</p>")
            if item.phrase:
                parts.append(f"<p>{_e(item.phrase)}</p>")
            if parts or empty_style == "texto":
                return "".join(parts)
        head = "".join(f"<th>{_e(h)}</th>" for h in inner)
        rows = []
        year = None
        for doc in docs:
            assert doc.modified is not None
            if inner_years and doc.modified.year != year:
                year = doc.modified.year
                rows.append(f'<tr class="anio"><th colspan="3">{year}</th></tr>')
            rows.append(
                f"<tr><td>{_link(doc, 'nombre')}</td><td>{_e(_period(item, doc))}</td>"
                f"<td>{day_month_year(ups[id(doc)])}</td></tr>"
            )
        thead = f"<thead><tr>{head}</tr></thead>" if inner_head else ""
        return (
            '<table class="tabla-documentos" style="width: 100%;">'
            f"{thead}<tbody>{''.join(rows)}</tbody></table>"
        )

    def stamp_day(docs: Sequence[Doc]) -> dt.date:
        if stamp == "reciente" and docs:
            return max(ups[id(d)] for d in docs)
        if stamp == "antigua":
            return today - dt.timedelta(days=draw(st.integers(200, 520)))
        return today - dt.timedelta(days=draw(st.integers(1, 20)))

    tables = []
    for office in words["offices"]:
        members = [by_numeral[n] for n in office["numerals"] if n in by_numeral]
        if not members:
            continue
        name = str(draw(st.sampled_from(office["text"])))
        rows = []
        for item in members:
            info = f"<strong>{_e(item.label)}</strong>" + "".join(
                f"<br><small>{_e(t)}</small>" for t in _words(item)
            )
            rows.append(
                f'<tr><td class="numeral">{_e(_number(number_form, item.numeral))}</td>'
                f"<td>{info}</td><td>{inner_table(item)}</td></tr>"
            )
            portal.notes[item.numeral] = (
                f"nested/{office['key']}/{naming}/maestra={master}/inner_head={inner_head}/"
                f"años={inner_years}/sello={stamp}/vacío={empty_style}/{item_rhythm(item)}/"
                f"{len(item.docs)} docs"
            )
        day = stamp_day([d for i in members for d in i.docs])
        note = footnote.format(
            day=day_month_year(day) if "{day}." not in footnote else _long_date(day),
            month=MESES[day.month - 1],
            year=day.year,
        )
        feet = [note]
        if area:
            feet.append(str(words["area"]["text"]).format(office=name))
        tfoot = "".join(f'<tr><td colspan="3"><small>{_e(f)}</small></td></tr>' for f in feet)
        colgroup = (
            '<colgroup><col class="col-numeral" style="width: 12%;">'
            '<col class="col-informacion" style="width: 38%;">'
            '<col class="col-documentos" style="width: 50%;"></colgroup>'
        )
        heads = "".join(f'<th scope="col">{_e(h)}</th>' for h in outer)
        before = ""
        if naming == "caption":
            caption = f"<caption>{_e(name)}</caption>"
            thead = f"<thead><tr>{heads}</tr></thead>"
        elif naming == "encabezado":
            caption = ""
            thead = (
                f'<thead><tr><th colspan="3" class="dependencia">{_e(name)}</th></tr>'
                f"<tr>{heads}</tr></thead>"
            )
        else:
            before = f"<h3>{_e(name)}</h3>"
            caption = (
                f"<caption>{_e(str(words['caption_of']['text']).format(office=name))}</caption>"
            )
            thead = f"<thead><tr>{heads}</tr></thead>"
        tables.append(
            before
            + f'<table class="tabla-dependencia" border="1" cellpadding="4">{caption}{colgroup}'
            f"{thead}<tfoot>{tfoot}</tfoot><tbody>{''.join(rows)}</tbody></table>"
        )
    if master:
        body = (
            '<table class="tabla-maestra" width="100%"><tbody>'
            + "".join(f"<tr><td>{t}</td></tr>" for t in tables)
            + "</tbody></table>"
        )
    else:
        body = "".join(f'<div class="dependencia">{t}</div>' for t in tables)
    return _publish(site, draw, body)


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "rowspan": _rowspan,
    "matrix": _matrix,
    "responsive": _responsive,
    "nested": _nested,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 42 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
