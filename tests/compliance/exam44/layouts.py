"""Forty-fourth exam: four portal layouts whose theme is OFFICE EXPORTS PUBLISHED AS WEB PAGES,
with the truth of every section.

Staff keep the Article 10 list in an office file and publish it by saving the file as HTML and
uploading what the office program wrote; the municipality's site (a page of its CMS, reached from
the home page) only links to that export. Items (truth, labels, documents, dates, phrases) are
drawn exactly as the generated portals draw them (``tests.compliance.generated.portals._item``);
what is new is the exporter's markup around them. A document's link is the address the author
typed in the office file: the portal's own absolute address (``http://127.0.0.1:<port>/…``, the
port put in by ``Server44``, which ``server`` starts) or an address relative to the exported page;
an item drawn ``broken`` links files the server does not have (404). The truth is what a careful
citizen reading the export in a browser concludes (a sheet tab is read by clicking it; a link drawn
over a PDF line is that line's document; a link through Google's redirect is the portal's own PDF
it names). Wording: ``wording.toml`` (sources there). Layouts:

* ``excel``: an Excel workbook "Guardado como página web" (Excel 2003-2016, windows-1252 or UTF-8):
  the ``.htm`` a frameset (``<meta name="Excel Workbook Frameset">``, ``<link id="shLink">`` per
  sheet, the ``<x:ExcelWorkbook>`` XML in a conditional comment, "Esta página usa marcos…") over
  ``<libro>_archivos/sheet001.htm``… (each sheet's script sends a sheet opened alone back to the
  frameset: ``if (window.name!="frSheet") window.location.replace("../libro.htm")``) and the tab
  strip ``tabstrip.htm`` (``<a href="sheet002.htm" target="frSheet">``), or one sheet published
  alone; sheets per year of the documents (newest or oldest tab first; the oldest years in one "Años
  anteriores" sheet; an item with nothing that year has an empty row), per group of numerals
  ("Num. 1 al 10") or one sheet; ``xl65``… cell classes, title rows merged across the sheet, the
  numeral as a number (``x:num``), as text ("08") or "Numeral 8", the item's name and the law's
  text in one cell (``<br style='mso-data-placement:same-cell'>``), one row per document with the
  numeral and name merged down (``rowspan``) or repeated, hyperlinked cells (``target="_parent"``)
  showing the document's name, "Ver documento" or the file's name (these two always with a date
  column), a date column of serial numbers shown as Excel prints them (the upload day "30/11/2026",
  "30-nov-26"; a period "oct-26" or "2026") or none,
  "No aplica" / "En proceso" in the document cell or under "OBSERVACIONES".
* ``word``: one Word document saved as "Página web" (``xmlns:o``, ``<o:p></o:p>``, list numbers
  inside ``<![if !supportLists]>`` … ``<![endif]>``) or "Página web filtrada" (``Microsoft Word 15
  (filtered)``, the list numbers left as plain spans): the items as a numbered list (the numeral
  drawn by Word's list marker before the item's name), as headings (``<h2>`` / ``<h3>``) or bold
  ``MsoNormal`` paragraphs, or as one ``MsoTableGrid`` table; under each item its words (the law's
  text, a phrase, the municipality's own text, "Actualizado: …") and its documents as linked
  paragraphs, a Symbol-bullet list (``·``), "<document's name>: Descargar aquí" lines or a small
  "Documento | Fecha de publicación" table.
* ``sheets``: a spreadsheet published elsewhere and saved as HTML on the portal's own host: Google
  Sheets' "Publicar en la web" page (the ``waffle`` table with column letters and row numbers,
  ``s0``… classes, merged cells; every link through ``https://www.google.com/url?q=<the portal's own
  PDF>&sa=D&source=editors&ust=…&usg=…``), either all sheets in one page behind a tab bar
  (``<ul id="sheet-menu">``, one ``<div id="<gid>">`` per sheet, the others ``display:none``,
  switched by the page's own script) or one saved page per sheet linked from the site's page; or a
  LibreOffice Calc "Exportar como HTML" page ("Resumen" then ``<A HREF="#table0">2026</A>``
  anchors, ``<A NAME="table0"><h1>Hoja 1: <em>2026</em></h1></A>`` and one table per sheet, dates
  with ``sdval`` / ``sdnum="4106;0;DD/MM/AAAA"``). Sheets as for ``excel``.
* ``pdf2html``: the list as a PDF converted to HTML by pdf2htmlEX, linked from the site's page or
  shown in an ``<iframe>`` there: one ``<div id="pf1" class="pf w0 h0">`` per PDF page, each line
  an absolutely placed ``<div class="t m0 x1 h2 y1a ff1 fs0 fc0 sc0 ls0 ws0">`` (positions in the
  page's CSS, ``.y1a{bottom:…px;}``; words split by ``<span class="_ _0"> </span>``), the item's
  name in bold, its words wrapped over several lines, its documents as blue lines (the document's
  name after a bullet, "<name> – Descargar", or the name then the document's address on the next
  line) over which the PDF's link annotations lie, written after every line of the page as ``<a
  class="l" href="http://…pdf">`` around an empty ``<div class="d m1" style="…left:…px;bottom:…px;
  width:…px;height:…px;…">`` (one per line of a wrapped link): a link belongs to the line it is
  drawn over, not to where it stands in the source; an item may start at the foot of one page and
  go on at the top of the next; sometimes the outline (the PDF's bookmarks) lists the items in a
  sidebar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import posixpath
import random
import textwrap
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
    item_rhythm,
    site_page,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
)

LAYOUTS = ("excel", "word", "sheets", "pdf2html")
EXAM44: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: spreadsheets are tables
# (a bare name in a cell, no text of the municipality's own), a Word document is a page of
# headings (bare names allowed), a PDF a list of numbered lines.
_INNER = {"excel": "table", "word": "wordpress", "sheets": "table", "pdf2html": "lines"}
# Pages write the portal's own absolute address; the server puts its port here.
PORT = "__PUERTO__"
ORIGIN = f"http://127.0.0.1:{PORT}"

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM44[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> str:
    return str(draw(st.sampled_from(list(_w(section, key)))))


class Server44(ExamServer):
    """The exam's server: pages naming the portal's own address get the port it listens on."""

    def __init__(self, routes: Routes, headers: dict[str, dict[str, str]]) -> None:
        super().__init__(routes, headers)
        port = self.url.rsplit(":", 1)[1].encode()
        marker = PORT.encode()
        self.routes = {
            path: (
                dataclasses.replace(resource, body=resource.body.replace(marker, port))
                if marker in resource.body
                else resource
            )
            for path, resource in self.routes.items()
        }


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    return Server44(portal.routes, portal.headers)


# -- the municipality's site -----------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))

    def office(self, path: str, text: str, charset: str, content_type: str = "text/html") -> None:
        """A file written by an office program, uploaded as it is (Apache sends no charset)."""
        self.routes[path] = Resource(_encode(text, charset), content_type=content_type)


def _encode(text: str, charset: str) -> bytes:
    if charset == "windows-1252":
        return text.encode("cp1252", "xmlcharrefreplace")
    return text.encode("utf-8")


def _site(draw: st.DrawFn, index: str) -> tuple[_Site, str]:
    """The municipality's site, its menu leading to ``index``, and the menu's word."""
    town = _pick(draw, "site", "towns")
    site = _Site(str(_w("site", "name")).format(town=town))
    menu = _pick(draw, "site", "menu")
    links = [(str(_w("site", "home")), "/"), (menu, index), (str(_w("site", "news")), "/noticias/")]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site, menu


def _home(site: _Site, menu: str, index: str) -> None:
    """The home page (its ``</main>`` is where the generator's noise may add a link)."""
    main = (
        f'<p><a href="{_e(index)}">{_e(menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, main, None)


def _index(draw: st.DrawFn, site: _Site, menu: str, index: str, links: str) -> None:
    """The CMS page leading to the export(s)."""
    title = _pick(draw, "site", "index_titles")
    opening = str(_w("site", "opening")).format(name=site.name)
    site.put(index, title, f"<p>{_e(opening)}</p>{links}", [(menu, "")])
    _home(site, menu, index)


def _href(path: str, page: str, style: str) -> str:
    """The address of ``path`` as the author typed it in the office file: the portal's absolute
    address, or relative to the exported page ``page``."""
    if style == "absoluta":
        return ORIGIN + path
    return posixpath.relpath(path, posixpath.dirname(page))


# -- dates as office programs print them -----------------------------------------------------------

_EPOCH = dt.date(1899, 12, 30)


def _serial(day: dt.date) -> int:
    """Excel's (and Calc's) serial number of a day."""
    return (day - _EPOCH).days


def _abbr(day: dt.date) -> str:
    return str(_w("sheet", "months")[day.month - 1])


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for the exporters' cosmetic details (ids, spacing, upload days), seeded by one
    draw so that a portal stays small in Hypothesis's terms."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """When each document was put on the site (by ``id``)."""
    lag = rng.randint(1, 12)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 6))
        for item in items
        for doc in item.docs
        if doc.modified is not None
    }


# -- the workbook: sheets of rows of cells, rendered by Excel, Google Sheets or Calc ---------------


@dataclass
class _Cell:
    lines: list[str] = field(default_factory=list)
    kind: str = "texto"  # titulo | encabezado | numero | numtexto | texto | enlace | fecha | vacia
    doc: Doc | None = None  # a hyperlink cell: its document
    value: float | None = None  # the number behind a date or a number
    fmt: str = ""  # fecha | fechacorta | mes | anio (how a date cell's number is shown)
    colspan: int = 1
    rowspan: int = 1


@dataclass
class _Sheet:
    name: str
    rows: list[list[_Cell]]


@dataclass
class _Book:
    stem: str
    sheets: list[_Sheet]
    active: int  # the sheet the workbook opens on
    columns: int
    widths: list[int]
    how: str  # for the notes


@dataclass
class _BookStyle:
    grouping: str  # anios | grupos | una
    number: str  # n | nn | numeral
    name: str  # plain | label
    merge: str  # combinar | repetir
    link: str  # nombre | ver | archivo
    see: str  # the "Ver documento" word
    dates: str  # publicacion | periodo | ninguna
    date_fmt: str  # dmy | dmmmyy
    phrase_in: str  # documento | observaciones
    newest_first: bool


def _book_style(draw: st.DrawFn) -> _BookStyle:
    link = draw(st.sampled_from(["nombre", "nombre", "ver", "archivo"]))
    # A link reading only "Ver documento" or a file name (the generator cuts long names, a month
    # may be cut off) always has a date beside it: a citizen dates the document by it.
    dates = draw(
        st.sampled_from(
            ["publicacion", "periodo"]
            if link != "nombre"
            else ["publicacion", "periodo", "ninguna"]
        )
    )
    return _BookStyle(
        grouping=draw(st.sampled_from(["anios", "grupos", "una"])),
        number=draw(st.sampled_from(["n", "nn", "numeral"])),
        name=draw(st.sampled_from(["plain", "label"])),
        merge=draw(st.sampled_from(["combinar", "repetir"])),
        link=link,
        see=_pick(draw, "sheet", "see"),
        dates=dates,
        date_fmt=draw(st.sampled_from(["dmy", "dmmmyy"])),
        phrase_in=draw(st.sampled_from(["documento", "observaciones"])),
        newest_first=draw(st.booleans()),
    )


def _number_cell(numeral: int, style: str) -> _Cell:
    if style == "n":
        return _Cell([str(numeral)], "numero", value=numeral)
    if style == "nn":
        return _Cell([f"{numeral:02d}"], "numtexto")
    return _Cell([f"Numeral {numeral}"], "texto")


def _date_cell(doc: Doc, item: Item, style: _BookStyle, ups: dict[int, dt.date]) -> _Cell:
    if style.dates == "publicacion" and id(doc) in ups:
        day = ups[id(doc)]
        if style.date_fmt == "dmy":
            return _Cell([day_month_year(day)], "fecha", value=_serial(day), fmt="fecha")
        text = f"{day.day}-{_abbr(day)}-{day.year % 100:02d}"
        return _Cell([text], "fecha", value=_serial(day), fmt="fechacorta")
    if style.dates == "periodo" and doc.modified is not None:
        rhythm = item_rhythm(item)
        if rhythm == "monthly":
            first = doc.modified.replace(day=1)
            text = f"{_abbr(first)}-{first.year % 100:02d}"
            return _Cell([text], "fecha", value=_serial(first), fmt="mes")
        if rhythm == "yearly":
            year = doc.modified.year
            return _Cell([str(year)], "numero", value=year, fmt="anio")
    return _Cell([], "vacia")


def _link_text(doc: Doc, style: _BookStyle) -> str:
    if style.link == "ver":
        return style.see
    if style.link == "archivo":
        return posixpath.basename(doc.path)
    return doc.name


def _item_rows(
    item: Item,
    docs: list[Doc],
    style: _BookStyle,
    ups: dict[int, dt.date],
    *,
    updated: bool,
) -> list[list[_Cell]]:
    """An item's rows on a sheet holding ``docs`` of it: one row per document (the numeral, name
    and notes merged down or repeated), or one row of its words."""
    name = item.plain if style.name == "plain" else item.label
    info = [name] + ([item.law_text] if item.law_text else [])
    notes: list[str] = []
    if item.phrase and (docs or style.phrase_in == "observaciones"):
        notes.append(item.phrase)
    if item.updated and updated:
        notes.append(item.updated)
    dated = style.dates != "ninguna"
    if not docs:
        words = []
        if item.phrase and style.phrase_in == "documento":
            words.append(item.phrase)
        if item.own_text:
            words.append(item.own_text)
        row = [_number_cell(item.numeral, style.number), _Cell(info), _Cell(words)]
        if dated:
            row.append(_Cell([], "vacia"))
        return [row + [_Cell(notes)]]
    rows: list[list[_Cell]] = []
    span = len(docs) if style.merge == "combinar" else 1
    for index, doc in enumerate(docs):
        link = _Cell([_link_text(doc, style)], "enlace", doc=doc)
        tail = [link] + ([_date_cell(doc, item, style, ups)] if dated else [])
        if index == 0 or style.merge == "repetir":
            head = [_number_cell(item.numeral, style.number), _Cell(info if index == 0 else [name])]
            for cell in head:
                cell.rowspan = span
            last = _Cell(notes if index == 0 else [], rowspan=span)
            rows.append(head + tail + [last])
        else:
            rows.append(tail)
    return rows


def _book(
    items: list[Item],
    today: dt.date,
    draw: st.DrawFn,
    rng: random.Random,
    site: _Site,
    stems: str,
) -> tuple[_Book, dict[int, str]]:
    """The workbook the staff keep: its sheets (per year, per group of numerals or one) and, per
    numeral, which sheets hold its documents."""
    style = _book_style(draw)
    ups = _uploads(items, today, rng)
    present = _present(items)
    header = [_pick(draw, "sheet", "numeral"), _pick(draw, "sheet", "info")]
    header.append(_pick(draw, "sheet", "document"))
    if style.dates == "publicacion":
        header.append(_pick(draw, "sheet", "published"))
    elif style.dates == "periodo":
        header.append(_pick(draw, "sheet", "period"))
    header.append(_pick(draw, "sheet", "notes"))
    columns = len(header)
    widths = [64, 330, 300] + ([110] if style.dates != "ninguna" else []) + [200]
    # (sheet name, subtitle, numerals on it, the years of the documents on it or None for all)
    plan: list[tuple[str, str, set[int], set[int] | None]] = []
    numerals = {item.numeral for item in present}
    if style.grouping == "anios":
        years = {d.modified.year for i in present for d in i.docs if d.modified is not None}
        years.add(today.year)
        recent = sorted((y for y in years if y >= today.year - 2), reverse=True)
        old = {y for y in years if y < today.year - 2}
        for year in recent:
            subtitle = str(_w("site", "year")).format(year=year)
            plan.append((str(year), subtitle, numerals, {year}))
        if old:
            name = str(_w("sheet", "older"))
            plan.append((name, f"{name.upper()} ({min(old)}-{max(old)})", numerals, old))
        if not style.newest_first:
            plan.reverse()
    elif style.grouping == "grupos":
        bounds = draw(st.sampled_from([((1, 10), (11, 20), (21, 29)), ((1, 15), (16, 29))]))
        pattern = _pick(draw, "sheet", "group")
        for n, (a, b) in enumerate(bounds, start=1):
            chosen = {x for x in numerals if a <= x <= b}
            plan.append((pattern.format(a=a, b=b, n=n), str(_w("site", "law")), chosen, None))
    else:
        plan.append((_pick(draw, "sheet", "single"), str(_w("site", "law")), numerals, None))
    newest = {
        item.numeral: max((d.modified for d in item.docs if d.modified), default=None)
        for item in present
    }
    where: dict[int, list[str]] = {}
    sheets = []
    for name, subtitle, chosen, held in plan:
        rows: list[list[_Cell]] = [
            [_Cell([site.name.upper()], "titulo", colspan=columns)],
            [_Cell([str(_w("site", "unit"))], "titulo", colspan=columns)],
            [_Cell([str(_w("site", "title"))], "titulo", colspan=columns)],
            [_Cell([subtitle], "titulo", colspan=columns)],
            [_Cell([text], "encabezado") for text in header],
        ]
        for item in present:
            if item.numeral not in chosen:
                continue
            docs = [
                d
                for d in item.docs
                if held is None or (d.modified is not None and d.modified.year in held)
            ]
            if docs:
                where.setdefault(item.numeral, []).append(name)
            last = newest[item.numeral]
            updated = last is not None and (held is None or last.year in held)
            rows.extend(_item_rows(item, docs, style, ups, updated=updated))
        sheets.append(_Sheet(name, rows))
    # A workbook opens on the sheet last worked on: the current year's, or the first.
    names = [sheet.name for sheet in sheets]
    active = names.index(str(today.year)) if str(today.year) in names else 0
    stem = str(draw(st.sampled_from(list(_w(*stems.split(".")))))).format(year=today.year)
    how = (
        f"{style.grouping}/{style.number}/{style.name}/{style.merge}/{style.link}/{style.dates}"
        f"/{style.phrase_in}"
    )
    book = _Book(stem, sheets, active, columns, widths, how)
    notes = {n: ",".join(names) for n, names in where.items()}
    return book, notes


def _notes(portal: ExamPortal, how: str, where: dict[int, str]) -> None:
    for item in portal.items:
        place = where.get(item.numeral, "-")
        portal.notes[item.numeral] = f"{how}/{item_rhythm(item)}/hojas={place}"


# -- excel ---------------------------------------------------------------------------------------

_XL_CLASS = {
    "titulo": "xl65",
    "encabezado": "xl66",
    "numero": "xl67",
    "numtexto": "xl68",
    "texto": "xl69",
    "enlace": "xl70",
    "fecha": "xl71",
    "vacia": "xl69",
}
_XL_FORMAT = {
    "fecha": 'mso-number-format:"Short Date"',
    "fechacorta": 'mso-number-format:"d\\\\-mmm\\\\-yy"',
    "mes": 'mso-number-format:"mmm\\\\-yy"',
    "anio": "",
}
_XL_STYLESHEET = """tr
	{mso-height-source:auto;}
col
	{mso-width-source:auto;}
br
	{mso-data-placement:same-cell;}
.style0
	{mso-number-format:General;
	text-align:general;
	vertical-align:bottom;
	white-space:nowrap;
	mso-rotate:0;
	mso-background-source:auto;
	mso-pattern:auto;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:Calibri, sans-serif;
	mso-font-charset:0;
	border:none;
	mso-protection:locked visible;
	mso-style-name:Normal;
	mso-style-id:0;}
.style43
	{color:#0563C1;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:underline;
	text-underline-style:single;
	font-family:Calibri, sans-serif;
	mso-font-charset:0;
	mso-style-name:Hiperv\\00EDnculo;
	mso-style-id:8;}
td
	{mso-style-parent:style0;
	padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-family:Calibri, sans-serif;
	border:none;
	white-space:nowrap;}
.xl65
	{mso-style-parent:style0;
	font-size:14.0pt;
	font-weight:700;
	text-align:center;}
.xl66
	{mso-style-parent:style0;
	font-weight:700;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;
	background:#D9E1F2;
	mso-pattern:black none;
	white-space:normal;}
.xl67
	{mso-style-parent:style0;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;}
.xl68
	{mso-style-parent:style0;
	mso-number-format:"\\@";
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;}
.xl69
	{mso-style-parent:style0;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl70
	{mso-style-parent:style43;
	color:#0563C1;
	text-decoration:underline;
	text-underline-style:single;
	vertical-align:middle;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl71
	{mso-style-parent:style0;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;}
"""


def _xl_cell(cell: _Cell, first: bool, href: Callable[[str], str]) -> str:
    attrs = []
    if cell.rowspan > 1:
        attrs.append(f"rowspan={cell.rowspan}")
    if cell.colspan > 1:
        attrs.append(f"colspan={cell.colspan}")
    if first:
        attrs.append("height=20")
    attrs.append(f"class={_XL_CLASS[cell.kind]}")
    number = cell.kind in ("numero", "fecha") and cell.value is not None
    if number:
        attrs.append("align=right")
    style = ";".join(
        part for part in ("height:15.0pt" if first else "", _XL_FORMAT.get(cell.fmt, "")) if part
    )
    if style:
        attrs.append(f"style='{style}'")
    if number:
        # A date keeps its serial number; a number shown as it is has a bare x:num.
        attrs.append(f'x:num="{cell.value:g}"' if cell.kind == "fecha" else "x:num")
    text = "<br style='mso-data-placement:same-cell'>".join(_e(line) for line in cell.lines)
    if cell.doc is not None:
        text = f'<a href="{_e(href(cell.doc.path))}" target="_parent">{text}</a>'
    return f"  <td {' '.join(attrs)}>{text or '&nbsp;'}</td>"


def _xl_sheet(
    book: _Book,
    sheet: _Sheet,
    number: int,
    generator: str,
    charset: str,
    page: str,
    href_style: str,
    main: str | None,
) -> str:
    """A sheet page as Excel writes it (``main``: the frameset's name, None when published
    alone)."""
    head = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml"',
        'xmlns:o="urn:schemas-microsoft-com:office:office"',
        'xmlns:x="urn:schemas-microsoft-com:office:excel"',
        'xmlns="http://www.w3.org/TR/REC-html40">',
        "",
        "<head>",
        f'<meta http-equiv=Content-Type content="text/html; charset={charset}">',
        "<meta name=ProgId content=Excel.Sheet>",
        f'<meta name=Generator content="{generator}">',
    ]
    folder = str(_w("excel", "folder")).format(stem=book.stem)
    if main is not None:
        head += [
            f'<link id=Main-File rel=Main-File href="../{main}">',
            "<link rel=File-List href=filelist.xml>",
            "<link rel=Stylesheet href=stylesheet.css>",
        ]
    else:
        head += [f'<link rel=File-List href="{folder}/filelist.xml">']
    head += [
        "<style>",
        "<!--table",
        '\t{mso-displayed-decimal-separator:"\\.";',
        '\tmso-displayed-thousand-separator:"\\,";}',
        "@page",
        "\t{margin:.75in .7in .75in .7in;",
        "\tmso-header-margin:.3in;",
        "\tmso-footer-margin:.3in;}",
    ]
    if main is None:
        head.append(_XL_STYLESHEET)
    head += ["-->", "</style>"]
    if main is not None:
        head += [
            '<![if !supportTabStrip]><script language="JavaScript">',
            "<!--",
            "function fnUpdateTabs()",
            " {",
            "  if (parent.window.g_iIEVer>=4) {",
            '   if (parent.document.readyState=="complete"',
            "    && parent.frames['frTabs'].document.readyState==\"complete\")",
            f"   parent.fnSetActiveSheet({number});",
            "  else",
            '   window.setTimeout("fnUpdateTabs();",150);',
            " }",
            "}",
            "",
            'if (window.name!="frSheet")',
            f' window.location.replace("../{main}");',
            "else",
            " fnUpdateTabs();",
            "//-->",
            "</script>",
            "<![endif]>",
        ]
    head += ["<!--[if gte mso 9]><xml>", " <x:WorksheetOptions>"]
    if number == book.active:
        head.append("  <x:Selected/>")
    head += [
        "  <x:Panes>",
        "   <x:Pane>",
        "    <x:Number>3</x:Number>",
        "    <x:ActiveRow>5</x:ActiveRow>",
        "   </x:Pane>",
        "  </x:Panes>",
        "  <x:ProtectContents>False</x:ProtectContents>",
        "  <x:ProtectObjects>False</x:ProtectObjects>",
        "  <x:ProtectScenarios>False</x:ProtectScenarios>",
        " </x:WorksheetOptions>",
        "</xml><![endif]-->",
        "</head>",
        "",
        '<body link="#0563C1" vlink="#954F72">',
        "",
    ]
    total = sum(book.widths)
    lines = head + [
        f"<table border=0 cellpadding=0 cellspacing=0 width={total} style='border-collapse:",
        f" collapse;table-layout:fixed;width:{total * 3 // 4}pt'>",
    ]
    for width in book.widths:
        alt = width * 36
        lines.append(
            f" <col width={width} style='mso-width-source:userset;mso-width-alt:{alt};"
            f"width:{width * 3 // 4}pt'>"
        )

    def href(path: str) -> str:
        return _href(path, page, href_style)

    for row in sheet.rows:
        lines.append(" <tr height=20 style='height:15.0pt'>")
        lines.extend(_xl_cell(cell, i == 0, href) for i, cell in enumerate(row))
        lines.append(" </tr>")
    lines += [" <![if supportMisalignedColumns]>", " <tr height=0 style='display:none'>"]
    lines += [f"  <td width={w} style='width:{w * 3 // 4}pt'></td>" for w in book.widths]
    lines += [" </tr>", " <![endif]>", "</table>", "", "</body>", "", "</html>", ""]
    return "\n".join(lines)


def _xl_frameset(book: _Book, generator: str, charset: str) -> str:
    folder = str(_w("excel", "folder")).format(stem=book.stem)
    count = len(book.sheets)
    lines = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml"',
        'xmlns:o="urn:schemas-microsoft-com:office:office"',
        'xmlns:x="urn:schemas-microsoft-com:office:excel"',
        'xmlns="http://www.w3.org/TR/REC-html40">',
        "",
        "<head>",
        '<meta name="Excel Workbook Frameset">',
        f'<meta http-equiv=Content-Type content="text/html; charset={charset}">',
        "<meta name=ProgId content=Excel.Sheet>",
        f'<meta name=Generator content="{generator}">',
        f'<link rel=File-List href="{folder}/filelist.xml">',
        "<![if !supportTabStrip]>",
    ]
    lines += [f'<link id="shLink" href="{folder}/sheet{n:03d}.htm">' for n in range(1, count + 1)]
    lines += [
        "",
        '<link id="shLink">',
        "",
        '<script language="JavaScript">',
        "<!--",
        f" var c_lTabs={count};",
        "",
        " var c_rgszSh=new Array(c_lTabs);",
    ]
    lines += [f' c_rgszSh[{n}] = "{sheet.name}";' for n, sheet in enumerate(book.sheets)]
    colours = [
        "window",
        "buttonface",
        "windowframe",
        "windowtext",
        "threedlightshadow",
        "threedhighlight",
        "threeddarkshadow",
        "threedshadow",
    ]
    lines += ["", "", "", " var c_rgszClr=new Array(8);"]
    lines += [f' c_rgszClr[{n}]="{c}";' for n, c in enumerate(colours)]
    lines += [
        "",
        "//-->",
        "</script>",
        "<![endif]><!--[if gte mso 9]><xml>",
        " <x:ExcelWorkbook>",
        "  <x:ExcelWorksheets>",
    ]
    for n, sheet in enumerate(book.sheets, start=1):
        lines += [
            "   <x:ExcelWorksheet>",
            f"    <x:Name>{_e(sheet.name)}</x:Name>",
            f'    <x:WorksheetSource HRef="{folder}/sheet{n:03d}.htm"/>',
            "   </x:ExcelWorksheet>",
        ]
    lines += [
        "  </x:ExcelWorksheets>",
        f'  <x:Stylesheet HRef="{folder}/stylesheet.css"/>',
        "  <x:WindowHeight>8010</x:WindowHeight>",
        "  <x:WindowWidth>20490</x:WindowWidth>",
        "  <x:WindowTopX>0</x:WindowTopX>",
        "  <x:WindowTopY>0</x:WindowTopY>",
        f"  <x:ActiveSheet>{book.active}</x:ActiveSheet>",
        "  <x:ProtectStructure>False</x:ProtectStructure>",
        "  <x:ProtectWindows>False</x:ProtectWindows>",
        " </x:ExcelWorkbook>",
        "</xml><![endif]-->",
        "</head>",
        "",
        '<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>',
        f' <frame src="{folder}/sheet{book.active + 1:03d}.htm" name="frSheet">',
        f' <frame src="{folder}/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>',
        " <noframes>",
        "  <body>",
        f"   <p>{_e(str(_w('excel', 'noframes')))}</p>",
        "  </body>",
        " </noframes>",
        "</frameset>",
        "</html>",
        "",
    ]
    return "\n".join(lines)


def _xl_tabstrip(book: _Book, main: str, generator: str, charset: str) -> str:
    cells = "\n".join(
        f'<td bgcolor="#FFFFFF" nowrap><b><small><small>&nbsp;<a href="sheet{n:03d}.htm" '
        f'target="frSheet"><font face="Arial" color="#000000">{_e(sheet.name)}</font></a>&nbsp;'
        "</small></small></b></td>"
        for n, sheet in enumerate(book.sheets, start=1)
    )
    return (
        "<html>\n<head>\n"
        f'<meta http-equiv=Content-Type content="text/html; charset={charset}">\n'
        "<meta name=ProgId content=Excel.Sheet>\n"
        f'<meta name=Generator content="{generator}">\n'
        f'<link id=Main-File rel=Main-File href="../{main}">\n\n'
        '<script language="JavaScript">\n<!--\nif (window.name!="frTabs")\n'
        ' window.location.replace(document.all.item("Main-File").href);\n//-->\n</script>\n'
        "<style>\n<!--\nA {\n    text-decoration:none;\n    color:#000000;\n"
        "    font-size:9pt;\n}\n-->\n</style>\n</head>\n"
        '<body topmargin=0 leftmargin=0 bgcolor="#808080">\n'
        f"<table border=0 cellspacing=1>\n <tr>\n{cells}\n\n </tr>\n</table>\n</body>\n</html>\n"
    )


def _xl_filelist(main: str, files: Sequence[str]) -> str:
    rows = "".join(f' <o:File HRef="{name}"/>\n' for name in files)
    return (
        '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
        f' <o:MainFile HRef="../{main}"/>\n{rows} <o:File HRef="filelist.xml"/>\n</xml>\n'
    )


def _excel(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, index)
    rng = _rng(draw)
    book, where = _book(items, today, draw, rng, site, "sheet.stems")
    generator = _pick(draw, "excel", "generator")
    charset = draw(st.sampled_from(["windows-1252", "windows-1252", "utf-8"]))
    href_style = draw(st.sampled_from(["absoluta", "relativa"]))
    base = draw(st.sampled_from(["/transparencia/archivos/", "/documentos/laip/", index]))
    main = f"{book.stem}.htm"
    folder = str(_w("excel", "folder")).format(stem=book.stem)
    alone = len(book.sheets) == 1 and draw(st.booleans())
    if alone:
        # One sheet published alone (Excel's "Publicar": no frameset, no tab strip).
        page = base + main
        text = _xl_sheet(book, book.sheets[0], 0, generator, charset, page, href_style, None)
        site.office(page, text, charset)
        site.office(
            f"{base}{folder}/filelist.xml",
            _xl_filelist(main, []),
            "utf-8",
            "text/xml",
        )
    else:
        page = base + main
        site.office(page, _xl_frameset(book, generator, charset), charset)
        names = []
        for n, sheet in enumerate(book.sheets, start=1):
            sheet_page = f"{base}{folder}/sheet{n:03d}.htm"
            names.append(f"sheet{n:03d}.htm")
            text = _xl_sheet(book, sheet, n - 1, generator, charset, sheet_page, href_style, main)
            site.office(sheet_page, text, charset)
        site.office(
            f"{base}{folder}/tabstrip.htm", _xl_tabstrip(book, main, generator, charset), charset
        )
        site.office(f"{base}{folder}/stylesheet.css", _XL_STYLESHEET, "utf-8", "text/css")
        site.office(
            f"{base}{folder}/filelist.xml",
            _xl_filelist(main, ["stylesheet.css", "tabstrip.htm", *names]),
            "utf-8",
            "text/xml",
        )
    word = _pick(draw, "index", "excel")
    _index(draw, site, menu, index, f'<p><a href="{_e(page)}">{_e(word)}</a></p>')
    how = f"excel/{'sola' if alone else 'marcos'}/{href_style}/{charset}/{book.how}"
    _notes(portal, how, where)
    return site.routes


# -- sheets: Google Sheets' published page, LibreOffice Calc's export ----------------------------


def _google_href(rng: random.Random, path: str, today: dt.date) -> str:
    stamp = int(dt.datetime.combine(today, dt.time(9)).timestamp()) * 1_000_000
    ust = stamp + rng.randint(0, 86_399_999_999)
    usg = "AOvVaw" + _hex(rng, 22)
    return f"https://www.google.com/url?q={ORIGIN}{path}&sa=D&source=editors&ust={ust}&usg={usg}"


_GOOGLE_CLASS = {
    "titulo": "s0",
    "encabezado": "s1",
    "numero": "s2",
    "numtexto": "s3",
    "texto": "s4",
    "enlace": "s5",
    "fecha": "s2",
    "vacia": "s4",
}
_GOOGLE_CSS = (
    ".ritz .waffle a { color: inherit; }"
    ".ritz .waffle .s0{background-color:#ffffff;text-align:center;font-weight:bold;"
    "color:#000000;font-family:Arial;font-size:12pt;vertical-align:bottom;white-space:nowrap;"
    "direction:ltr;padding:2px 3px 2px 3px;}"
    ".ritz .waffle .s1{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
    "background-color:#c9daf8;text-align:center;font-weight:bold;color:#000000;"
    "font-family:Arial;font-size:10pt;vertical-align:middle;white-space:normal;overflow:hidden;"
    "word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}"
    ".ritz .waffle .s2{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
    "background-color:#ffffff;text-align:right;color:#000000;font-family:Arial;font-size:10pt;"
    "vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}"
    ".ritz .waffle .s3{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
    "background-color:#ffffff;text-align:center;color:#000000;font-family:Arial;font-size:10pt;"
    "vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}"
    ".ritz .waffle .s4{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
    "background-color:#ffffff;text-align:left;color:#000000;font-family:Arial;font-size:10pt;"
    "vertical-align:middle;white-space:normal;overflow:hidden;word-wrap:break-word;"
    "direction:ltr;padding:2px 3px 2px 3px;}"
    ".ritz .waffle .s5{border-bottom:1px SOLID #000000;border-right:1px SOLID #000000;"
    "background-color:#ffffff;text-align:left;text-decoration:underline;"
    "-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;color:#1155cc;"
    "font-family:Arial;font-size:10pt;vertical-align:middle;white-space:normal;overflow:hidden;"
    "word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;}"
)


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def _google_table(
    book: _Book, sheet: _Sheet, gid: str, rng: random.Random, today: dt.date, freeze: bool
) -> str:
    heads = "".join(
        f'<th id="{gid}C{n}" style="width:{w}px;" class="column-headers-background">'
        f"{_letters(n)}</th>"
        for n, w in enumerate(book.widths)
    )
    corner = "freezebar-origin-ltr" if freeze else "freezebar-vertical-handle"
    rows = []
    for number, row in enumerate(sheet.rows):
        cells = []
        for cell in row:
            attrs = f' class="{_GOOGLE_CLASS[cell.kind]}"'
            if cell.lines:
                attrs += ' dir="ltr"'
            if cell.colspan > 1:
                attrs += f' colspan="{cell.colspan}"'
            if cell.rowspan > 1:
                attrs += f' rowspan="{cell.rowspan}"'
            text = "<br>".join(_e(line) for line in cell.lines)
            if cell.doc is not None:
                target = _google_href(rng, cell.doc.path, today)
                text = f'<a target="_blank" href="{_e(target)}">{text}</a>'
            cells.append(f"<td{attrs}>{text}</td>")
        rows.append(
            f'<tr style="height: 20px"><th id="{gid}R{number}" style="height: 20px;" '
            'class="row-headers-background"><div class="row-header-wrapper" '
            f'style="line-height: 20px">{number + 1}</div></th>{"".join(cells)}</tr>'
        )
    return (
        '<div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" '
        f'cellpadding="0"><thead><tr><th class="row-header {corner}"></th>{heads}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _google_page(title: str, menu: str, viewport: str, script: str) -> str:
    footer = list(_w("sheets", "google_footer"))
    return (
        '<!DOCTYPE html><html><head><meta name="google" content="notranslate">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge;">'
        '<meta name="referrer" content="strict-origin-when-cross-origin">'
        f"<title>{_e(title)}</title>"
        '<meta name="viewport" content="target-densitydpi=device-dpi,user-scalable=1,'
        'minimum-scale=1,maximum-scale=2.5,initial-scale=1,width=device-width">'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<style type="text/css">{_GOOGLE_CSS}</style>'
        "<style>#top-bar{margin:0;padding:0;}#doc-title{padding:7px 20px;font-size:20px;}"
        "#sheet-menu{margin:0;padding:0 8px;list-style:none;}"
        ".switcherItem{display:inline-block;padding:4px 12px;}"
        ".switcherItem.active{background:#fff;font-weight:bold;}"
        "#footer{padding:8px 20px;font-size:11px;color:#777;}</style>"
        '</head><body><div id="top-bar"><div id="doc-title"><span class="name">'
        f"{_e(title)}</span></div>{menu}</div>"
        f'<div id="sheets-viewport">{viewport}</div>'
        '<div id="footer"><a target="_blank" href="https://docs.google.com/spreadsheets">'
        f'{_e(footer[0])}</a> – <a href="https://docs.google.com/abuse">{_e(footer[1])}</a> – '
        f"<span>{_e(footer[2])}</span></div>{script}</body></html>"
    )


def _google(
    book: _Book, draw: st.DrawFn, rng: random.Random, today: dt.date, site: _Site, base: str
) -> tuple[str, str]:
    """The Google Sheets copy: its pages, and the links the site's page gives to it."""
    key = "2PACX-1v" + _hex(rng, 40)
    title = str(book.stem).replace("-", " ").upper()
    freeze = draw(st.booleans())
    gids = ["0"] + [str(rng.randint(10_000_000, 2_000_000_000)) for _ in book.sheets[1:]]
    together = len(book.sheets) == 1 or draw(st.booleans())
    if together:
        active = gids[book.active]
        buttons = []
        divs = []
        pushes = []
        for gid, sheet in zip(gids, book.sheets, strict=True):
            on = " active" if gid == active else ""
            buttons.append(
                f'<li id="sheet-button-{gid}" class="switcherItem{on}"><a href="#" '
                f"onclick=\"switchToSheet('{gid}');return false;\">{_e(sheet.name)}</a></li>"
            )
            shown = "position:relative;" if gid == active else "display:none;position:relative;"
            divs.append(
                f'<div id="{gid}" style="{shown}" dir="ltr">'
                f"{_google_table(book, sheet, gid, rng, today, freeze)}</div>"
            )
            url = (
                f"https:\\/\\/docs.google.com\\/spreadsheets\\/d\\/e\\/{key}\\/pubhtml\\/sheet"
                f"?headers\\x3dfalse\\x26gid\\x3d{gid}"
            )
            pushes.append(
                f'items.push({{name: {json.dumps(sheet.name)}, pageUrl: "{url}", gid: '
                f'"{gid}",initialSheet: ("{gid}" == gid)}});'
            )
        menu = f'<ul id="sheet-menu">{"".join(buttons)}</ul>' if len(book.sheets) > 1 else ""
        script = (
            "<script>"
            "function switchToSheet(id) {"
            " var viewport = document.getElementById('sheets-viewport');"
            " for (var i = 0; i < viewport.children.length; i++) {"
            " viewport.children[i].style.display = 'none'; }"
            " document.getElementById(id).style.display = 'block';"
            " var buttons = document.querySelectorAll('#sheet-menu li');"
            " for (var j = 0; j < buttons.length; j++) {"
            " buttons[j].className = buttons[j].id == 'sheet-button-' + id"
            " ? 'switcherItem active' : 'switcherItem'; } }"
            f'var gid = "{active}";var items = [];{"".join(pushes)}'
            "</script>"
        )
        page = f"{base}{book.stem}.html"
        site.office(page, _google_page(title, menu, "".join(divs), script), "utf-8")
        word = _pick(draw, "index", "sheets")
        return f'<p><a href="{_e(page)}">{_e(word)}</a></p>', "google/pestanas"
    # One saved page per sheet ("pubhtml?gid=…&single=true"), each linked from the site's page.
    links = []
    for gid, sheet in zip(gids, book.sheets, strict=True):
        page = f"{base}{book.stem}-{_slug(sheet.name)}.html"
        div = (
            f'<div id="{gid}" style="position:relative;" dir="ltr">'
            f"{_google_table(book, sheet, gid, rng, today, freeze)}</div>"
        )
        site.office(page, _google_page(f"{title} - {sheet.name}", "", div, ""), "utf-8")
        word = str(_w("index", "sheet_link")).format(name=sheet.name)
        links.append(f'<li><a href="{_e(page)}">{_e(word)}</a></li>')
    return f"<ul>{''.join(links)}</ul>", "google/paginas"


_CALC_FORMAT = {
    "fecha": "4106;0;DD/MM/AAAA",
    "fechacorta": "4106;0;D-MMM-AA",
    "mes": "4106;0;MMM-AA",
    "anio": "4106;",
}


def _calc_cell(cell: _Cell, first: bool, href: Callable[[str], str]) -> str:
    attrs = []
    if cell.colspan > 1:
        attrs.append(f"colspan={cell.colspan}")
    if cell.rowspan > 1:
        attrs.append(f"rowspan={cell.rowspan}")
    if first:
        attrs.append('height="20"')
    border = "border-top: 1px solid #000000; border-bottom: 1px solid #000000; border-left: 1px "
    border += "solid #000000; border-right: 1px solid #000000"
    if cell.kind != "titulo":
        attrs.insert(0, f'style="{border}"')
    align = {"numero": "right", "fecha": "right", "numtexto": "center", "titulo": "center"}
    attrs.append(f'align="{align.get(cell.kind, "left")}" valign=middle')
    if cell.kind == "encabezado":
        attrs.append('bgcolor="#DEE6EF"')
    if cell.value is not None:
        attrs.append(f'sdval="{cell.value:g}" sdnum="{_CALC_FORMAT.get(cell.fmt, "4106;")}"')
    elif cell.kind == "numtexto":
        attrs.append('sdnum="4106;0;@"')
    text = "<br>".join(_e(line) for line in cell.lines)
    if not text:
        return f"\t\t<td {' '.join(attrs)}><br></td>"
    if cell.kind in ("titulo", "encabezado"):
        text = f"<b>{text}</b>"
    if cell.doc is not None:
        text = f'<a href="{_e(href(cell.doc.path))}">{text}</a>'
    return f'\t\t<td {" ".join(attrs)}><font face="Calibri">{text}</font></td>'


def _calc(
    book: _Book, draw: st.DrawFn, today: dt.date, site: _Site, base: str, href_style: str
) -> tuple[str, str]:
    page = f"{base}{book.stem}.html"
    generator = _pick(draw, "sheets", "calc_generator")
    created = today - dt.timedelta(days=draw(st.integers(200, 400)))
    changed = today - dt.timedelta(days=draw(st.integers(0, 6)))
    overview = "".join(
        f'\t\t<A HREF="#table{n}">{_e(sheet.name)}</A><br>\n' for n, sheet in enumerate(book.sheets)
    )

    def href(path: str) -> str:
        return _href(path, page, href_style)

    tables = []
    for n, sheet in enumerate(book.sheets):
        cols = "".join(f'\t<colgroup width="{w}"></colgroup>\n' for w in book.widths)
        rows = []
        for row in sheet.rows:
            cells = "\n".join(_calc_cell(cell, i == 0, href) for i, cell in enumerate(row))
            rows.append(f"\t<tr>\n{cells}\n\t</tr>\n")
        label = str(_w("sheets", "calc_sheet")).format(n=n + 1)
        tables.append(
            f'<A NAME="table{n}"><h1>{_e(label)}<em>{_e(sheet.name)}</em></h1></A>\n'
            f'<table cellspacing="0" border="0">\n{cols}{"".join(rows)}</table>\n'
            "<!-- ************************************************************************** -->\n"
        )
    text = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n\n<html>\n<head>\n\t\n'
        '\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>\n'
        "\t<title></title>\n"
        f'\t<meta name="generator" content="{_e(generator)}"/>\n'
        f'\t<meta name="created" content="{created.isoformat()}T09:14:11"/>\n'
        f'\t<meta name="changed" content="{changed.isoformat()}T16:02:45.118000000"/>\n'
        '\t<meta name="AppVersion" content="16.0300"/>\n\t\n'
        '\t<style type="text/css">\n'
        '\t\tbody,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:"Calibri"; '
        "font-size:x-small }\n"
        "\t\ta.comment-indicator:hover + comment { background:#ffd; position:absolute; "
        "display:block; border:1px solid black; padding:0.5em;  } \n"
        "\t\ta.comment-indicator { background:red; display:inline-block; border:1px solid "
        "black; width:0.5em; height:0.5em;  } \n"
        "\t\tcomment { display:none;  } \n\t</style>\n\t\n</head>\n\n<body>\n<hr>\n"
        f"\t<p><center>\n\t\t<h1>{_e(str(_w('sheets', 'calc_overview')))}</h1>\n{overview}"
        "\t\t\n\t</center></p>\n<hr>\n" + "<hr>\n".join(tables) + "</body>\n\n</html>\n"
    )
    site.office(page, text, "utf-8")
    word = _pick(draw, "index", "sheets")
    return f'<p><a href="{_e(page)}">{_e(word)}</a></p>', f"calc/{href_style}"


def _sheets(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, index)
    rng = _rng(draw)
    book, where = _book(items, today, draw, rng, site, "sheets.stems")
    base = draw(st.sampled_from(["/transparencia/hojas/", "/documentos/", index]))
    if draw(st.booleans()):
        links, how = _google(book, draw, rng, today, site, base)
    else:
        links, how = _calc(
            book, draw, today, site, base, draw(st.sampled_from(["absoluta", "relativa"]))
        )
    _index(draw, site, menu, index, links)
    _notes(portal, f"sheets/{how}/{book.how}", where)
    return site.routes


# -- word ----------------------------------------------------------------------------------------


@dataclass
class _Word:
    filtered: bool
    lang: str

    def op(self) -> str:
        return "" if self.filtered else "<o:p></o:p>"

    def para(self, html: str, cls: str = "MsoNormal", style: str = "", bold: bool = False) -> str:
        attr = f" style='{style}'" if style else ""
        inner = f"<span lang={self.lang}>{html}{self.op()}</span>"
        if bold:
            inner = (
                f"<b>{inner}</b>"
                if self.filtered
                else f"<b style='mso-bidi-font-weight:normal'>{inner}</b>"
            )
        return f"<p class={cls}{attr}>{inner}</p>\n\n"

    def marker(self, mark: str, symbol: bool) -> str:
        font = "font-family:Symbol;" if symbol else ""
        ignore = "" if self.filtered else " style='mso-list:Ignore'"
        inner = (
            f"<span lang={self.lang} style='{font}'><span{ignore}>{mark}<span style='font:7.0pt "
            '"Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
        )
        return inner if self.filtered else f"<![if !supportLists]>{inner}<![endif]>"

    def listed(
        self, html: str, mark: str, n: int, count: int, level: int, *, symbol: bool, bold: bool
    ) -> str:
        """A paragraph of a Word list (``n`` of ``count``), its number or bullet drawn by Word."""
        cls = "MsoListParagraph"
        if count > 1:
            cls += "CxSpFirst" if n == 0 else "CxSpLast" if n == count - 1 else "CxSpMiddle"
        margin = 18 * level
        style = f"margin-left:{margin}.0pt;text-indent:-18.0pt"
        if not self.filtered:
            style += f";mso-list:l{level - 1} level1 lfo{level}"
        text = f"<span lang={self.lang}>{html}{self.op()}</span>"
        if bold:
            text = f"<b>{text}</b>"
        return f"<p class={cls} style='{style}'>{self.marker(mark, symbol)}{text}</p>\n\n"


def _word_link(href: str, text: str) -> str:
    return f'<a href="{_e(href)}">{_e(text)}</a>'


def _word(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, index)
    doc = _Word(draw(st.booleans()), draw(st.sampled_from(["ES-GT", "ES", "ES-TRAD"])))
    charset = draw(st.sampled_from(["windows-1252", "windows-1252", "utf-8"]))
    structure = draw(st.sampled_from(["lista", "titulos", "tabla"]))
    docs_as = draw(st.sampled_from(["parrafos", "vinetas", "aqui", "tabla"]))
    href_style = draw(st.sampled_from(["absoluta", "relativa"]))
    heading = draw(st.sampled_from(["h2", "h3", "negrita"]))
    here = _pick(draw, "word", "here")
    ups = _uploads(items, today, _rng(draw))
    stem = _pick(draw, "word", "stems")
    base = draw(st.sampled_from(["/transparencia/", "/documentos/"]))
    page = f"{base}{stem}.htm"

    def href(path: str) -> str:
        return _href(path, page, href_style)

    def words(item: Item) -> str:
        out = ""
        if item.law_text:
            out += doc.para(f"<i>{_e(item.law_text)}</i>", style="text-align:justify")
        for text in (item.phrase, item.own_text, item.updated):
            if text:
                out += doc.para(_e(text))
        return out

    def documents(item: Item) -> str:
        if not item.docs:
            return ""
        if docs_as == "vinetas":
            return "".join(
                doc.listed(
                    _word_link(href(d.path), d.name),
                    "·",
                    n,
                    len(item.docs),
                    2,
                    symbol=True,
                    bold=False,
                )
                for n, d in enumerate(item.docs)
            )
        if docs_as == "aqui":
            return "".join(
                doc.para(
                    f"{_e(d.name)}: {_word_link(href(d.path), here)}", style="margin-left:36.0pt"
                )
                for d in item.docs
            )
        if docs_as == "tabla":
            heads = list(_w("word", "doc_columns"))
            rows = [[doc.para(f"<b>{_e(h)}</b>") for h in heads]]
            for d in item.docs:
                when = day_month_year(ups[id(d)]) if id(d) in ups else ""
                rows.append([doc.para(_word_link(href(d.path), d.name)), doc.para(_e(when))])
            return _word_table(rows, [320, 140], doc) + doc.para("&nbsp;")
        return "".join(
            doc.para(_word_link(href(d.path), d.name), style="margin-left:36.0pt")
            for d in item.docs
        )

    present = _present(items)
    body = [
        doc.para(f"<b>{_e(site.name.upper())}</b>", style="text-align:center"),
        doc.para(f"<b>{_e(str(_w('site', 'unit')))}</b>", style="text-align:center"),
        doc.para(f"<b>{_e(str(_w('site', 'title')))}</b>", style="text-align:center"),
        doc.para(_e(str(_w("site", "opening")).format(name=site.name)), style="text-align:justify"),
    ]
    if structure == "tabla":
        heads = list(_w("word", "columns"))
        rows = [[doc.para(f"<b>{_e(h)}</b>", style="text-align:center") for h in heads]]
        for item in present:
            info = doc.para(_e(item.plain), bold=True)
            if item.law_text:
                info += doc.para(f"<i>{_e(item.law_text)}</i>", style="text-align:justify")
            cell = "".join(doc.para(_e(t)) for t in (item.phrase, item.own_text, item.updated) if t)
            cell += "".join(doc.para(_word_link(href(d.path), d.name)) for d in item.docs)
            rows.append(
                [doc.para(str(item.numeral), style="text-align:center"), info, cell or doc.para("")]
            )
        body.append(_word_table(rows, [45, 300, 300], doc))
    else:
        for n, item in enumerate(present):
            if structure == "lista":
                body.append(
                    doc.listed(
                        _e(item.plain),
                        f"{item.numeral}.",
                        n,
                        len(present),
                        1,
                        symbol=False,
                        bold=True,
                    )
                )
            elif heading == "negrita":
                body.append(doc.para(_e(item.label), bold=True))
            else:
                body.append(
                    f"<{heading}><span lang={doc.lang}>{_e(item.label)}{doc.op()}</span>"
                    f"</{heading}>\n\n"
                )
            body.append(words(item))
            body.append(documents(item))
    folder = str(_w("word", "folder")).format(stem=stem)
    title = str(_w("site", "title"))
    text = _word_html(doc, charset, title, folder, today, "".join(body))
    site.office(page, text, charset)
    if not doc.filtered:
        site.office(
            f"{base}{folder}/filelist.xml",
            '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
            f' <o:MainFile HRef="../{stem}.htm"/>\n <o:File HRef="themedata.thmx"/>\n'
            ' <o:File HRef="colorschememapping.xml"/>\n <o:File HRef="filelist.xml"/>\n</xml>\n',
            "utf-8",
            "text/xml",
        )
    word = _pick(draw, "index", "word")
    _index(draw, site, menu, index, f'<p><a href="{_e(page)}">{_e(word)}</a></p>')
    how = (
        f"word/{'filtrada' if doc.filtered else 'completa'}/{structure}/{heading}/{docs_as}/"
        f"{href_style}/{charset}"
    )
    for item in portal.items:
        portal.notes[item.numeral] = f"{how}/{item_rhythm(item)}"
    return site.routes


def _word_table(rows: list[list[str]], widths: list[int], doc: _Word) -> str:
    out = [
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0",
        " style='border-collapse:collapse;border:none"
        + ("" if doc.filtered else ";mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184")
        + "'>",
    ]
    for n, row in enumerate(rows):
        extra = "" if doc.filtered else f" style='mso-yfti-irow:{n}'"
        out.append(f" <tr{extra}>")
        for width, cell in zip(widths, row, strict=True):
            out.append(
                f"  <td width={width} valign=top style='width:{width * 3 // 4}.0pt;border:solid "
                "windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            )
            out.append(f"  {cell}")
            out.append("  </td>")
        out.append(" </tr>")
    out.append("</table>\n\n")
    return "\n".join(out)


def _word_html(doc: _Word, charset: str, title: str, folder: str, today: dt.date, body: str) -> str:
    style = (
        '<style>\n<!--\n /* Font Definitions */\n @font-face\n\t{font-family:"Cambria Math";\n'
        "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n"
        "\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n /* Style Definitions */\n"
        " p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin-top:0cm;\n\tmargin-right:0cm;\n"
        "\tmargin-bottom:8.0pt;\n\tmargin-left:0cm;\n\tline-height:107%;\n\tfont-size:11.0pt;\n"
        '\tfont-family:"Calibri",sans-serif;}\nh2\n\t{margin-top:2.0pt;\n\tmargin-bottom:0cm;\n'
        '\tfont-size:13.0pt;\n\tfont-family:"Calibri Light",sans-serif;\n\tcolor:#2F5496;}\n'
        "h3\n\t{margin-top:2.0pt;\n\tmargin-bottom:0cm;\n\tfont-size:12.0pt;\n"
        '\tfont-family:"Calibri Light",sans-serif;\n\tcolor:#1F3763;}\n'
        "a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n"
        "a:visited, span.MsoHyperlinkFollowed\n\t{color:#954F72;\n\ttext-decoration:underline;}\n"
        "p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{margin-top:0cm;\n"
        "\tmargin-right:0cm;\n\tmargin-bottom:8.0pt;\n\tmargin-left:36.0pt;\n"
        '\tline-height:107%;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 3.0cm 70.85pt 3.0cm;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n"
    )
    if doc.filtered:
        head = (
            f'<html>\n\n<head>\n<meta http-equiv=Content-Type content="text/html; '
            f'charset={charset}">\n'
            f'<meta name=Generator content="{_w("word", "filtered")}">\n'
            f"<title>{_e(title)}</title>\n{style}\n</head>\n\n"
        )
    else:
        created = today - dt.timedelta(days=300)
        head = (
            '<html xmlns:v="urn:schemas-microsoft-com:vml"\n'
            'xmlns:o="urn:schemas-microsoft-com:office:office"\n'
            'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
            'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
            f'<meta http-equiv=Content-Type content="text/html; charset={charset}">\n'
            "<meta name=ProgId content=Word.Document>\n"
            f'<meta name=Generator content="{_w("word", "generator")}">\n'
            f'<meta name=Originator content="{_w("word", "generator")}">\n'
            f'<link rel=File-List href="{folder}/filelist.xml">\n'
            f"<title>{_e(title)}</title>\n"
            "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
            f"  <o:Author>{_w('word', 'author')}</o:Author>\n"
            f"  <o:Created>{created.isoformat()}T15:02:00Z</o:Created>\n"
            "  <o:Version>16.00</o:Version>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
            f"{style}\n</head>\n\n"
        )
    tabs = "" if doc.filtered else " style='tab-interval:35.4pt'"
    return (
        f'{head}<body lang={doc.lang} link="#0563C1" vlink="#954F72"{tabs}>\n\n'
        f"<div class=WordSection1>\n\n{body}</div>\n\n</body>\n\n</html>\n"
    )


# -- pdf2html ------------------------------------------------------------------------------------

_PAGE_W, _PAGE_H = 918, 1188
_TOP, _BOTTOM = 1092.0, 96.0
_KINDS = {
    # kind: (x class, font family, font size class, colour, line advance, characters a line)
    "titulo": (3, 2, 1, 0, 26.0, 70),
    "item": (1, 2, 0, 0, 24.0, 78),
    "texto": (2, 1, 0, 0, 19.5, 92),
    "doc": (2, 1, 0, 1, 21.0, 92),
}
_X = {1: 108.0, 2: 135.0, 3: 180.0}
_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="
)


@dataclass
class _Line:
    text: str
    kind: str
    doc: Doc | None = None
    item: int = 0  # the numeral whose line it is (0: the document's own lines)


def _pdf_lines(items: list[Item], draw: st.DrawFn, site: _Site) -> list[_Line]:
    bullet = _pick(draw, "pdf", "bullet")
    docs_as = draw(st.sampled_from(["nombre", "nombre", "url", "ver"]))
    see = _pick(draw, "sheet", "see")
    lines = [
        _Line(site.name.upper(), "titulo"),
        _Line(str(_w("site", "unit")), "titulo"),
        _Line(str(_w("site", "title")), "titulo"),
    ]
    opening = str(_w("site", "opening")).format(name=site.name)
    lines += [_Line(t, "texto") for t in textwrap.wrap(opening, _KINDS["texto"][5])]
    for item in _present(items):
        n = item.numeral
        lines += [_Line(t, "item", item=n) for t in textwrap.wrap(item.label, _KINDS["item"][5])]
        for words in (item.law_text, item.phrase, item.own_text, item.updated):
            if words:
                wrapped = textwrap.wrap(words, _KINDS["texto"][5])
                lines += [_Line(t, "texto", item=n) for t in wrapped]
        for doc in item.docs:
            if docs_as == "url":
                # The document's name, then its address (the link) on the next line.
                named = f"{bullet} {doc.name}" if bullet else doc.name
                lines += [_Line(t, "texto", item=n) for t in textwrap.wrap(named, 92)]
                text = ORIGIN + doc.path
            elif docs_as == "ver":
                text = f"{doc.name} – {see}"
            else:
                text = f"{bullet} {doc.name}" if bullet else doc.name
            # A long line wraps; the PDF has a link annotation over each of its lines.
            wrapped = textwrap.wrap(text, _KINDS["doc"][5], break_on_hyphens=False) or [text]
            lines += [_Line(t, "doc", doc, n) for t in wrapped]
    return lines


def _spans(text: str, rng: random.Random, gaps: int) -> str:
    """A line's text as pdf2htmlEX writes it: some spaces become positioned empty spans."""
    words = text.split(" ")
    out = _e(words[0])
    for word in words[1:]:
        if rng.randint(0, 3) == 0:
            out += f'<span class="_ _{rng.randint(0, gaps - 1):x}"> </span>{_e(word)}'
        else:
            out += " " + _e(word)
    return out


def _pdf2html(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, index)
    lines = _pdf_lines(items, draw, site)
    rng = _rng(draw)
    clip = draw(st.booleans())
    outline = draw(st.integers(0, 2)) == 0
    pages: list[list[tuple[_Line, float]]] = [[]]
    y = _TOP
    for line in lines:
        advance = _KINDS[line.kind][4]
        if line.kind == "item" and pages[-1] and pages[-1][-1][0].kind != "item":
            y -= 8.0  # a little space above an item's name
        if y - advance < _BOTTOM:
            pages.append([])
            y = _TOP
        y -= advance
        pages[-1].append((line, y))
    bottoms: dict[float, str] = {}
    for page in pages:
        for _line, y in page:
            bottoms.setdefault(round(y, 6), f"y{len(bottoms) + 1:x}")
    gaps = 4
    html_pages = []
    first_page: dict[int, int] = {}
    for number, page in enumerate(pages, start=1):
        texts = []
        links = []
        for line, y in page:
            xi, ff, fs, fc, _adv, _chars = _KINDS[line.kind]
            x = _X[xi]
            if line.kind == "titulo":
                xi = 4 + len(line.text) % 3  # centred lines start at their own x
            h = 2 if ff == 1 else 3
            texts.append(
                f'<div class="t m0 x{xi:x} h{h} {bottoms[round(y, 6)]} ff{ff} fs{fs} fc{fc} sc0 '
                f'ls0 ws0">{_spans(line.text, rng, gaps)}</div>'
            )
            if line.item:
                first_page.setdefault(line.item, number)
            if line.doc is not None:
                width = round(len(line.text) * 8.4)
                links.append(
                    f'<a class="l" href="{_e(ORIGIN + line.doc.path)}"><div class="d m1" '
                    f'style="border-style:none;position:absolute;left:{round(x)}px;'
                    f"bottom:{round(y - 4)}px;width:{width}px;height:19px;"
                    'background-color:rgba(255,255,255,0.000001);"></div></a>'
                )
        content = "".join(texts)
        if clip:
            content = f'<div class="c x0 y0 w2 h0">{content}</div>'
        html_pages.append(
            f'<div id="pf{number:x}" class="pf w0 h0" data-page-no="{number:x}">'
            f'<div class="pc pc{number:x} w0 h0"><img class="bi x0 y0 w1 h1" alt="" '
            f'src="data:image/png;base64,{_PNG}"/>{content}{"".join(links)}</div>'
            '<div class="pi" data-data=\'{"ctm":[1.500000,0.000000,0.000000,1.500000,0.000000,'
            "0.000000]}'></div></div>"
        )
    css = _pdf_css(bottoms, gaps)
    side = ""
    if outline:
        entries = "".join(
            f'<li><a class="l" href="#pf{first_page[item.numeral]:x}" data-dest-detail=\'['
            f'{first_page[item.numeral]},"XYZ",72,720,null]\'>{_e(item.label)}</a></li>'
            for item in _present(items)
            if item.numeral in first_page
        )
        side = f"<ul>{entries}</ul>"
    title = _pick(draw, "pdf", "titles")
    text = (
        "<!DOCTYPE html>\n<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) "
        '-->\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta charset="utf-8"/>\n'
        '<meta name="generator" content="pdf2htmlEX"/>\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>\n'
        f'<style type="text/css">\n{css}</style>\n'
        "<script>\ntry{\npdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({});\n}catch(e){}\n"
        f"</script>\n<title>{_e(title)}</title>\n</head>\n<body>\n"
        f'<div id="sidebar">\n<div id="outline">\n{side}\n</div>\n</div>\n'
        f'<div id="page-container">\n{chr(10).join(html_pages)}\n</div>\n'
        '<div class="loading-indicator">\n\n</div>\n</body>\n</html>\n'
    )
    stem = _pick(draw, "pdf", "stems")
    base = draw(st.sampled_from(["/transparencia/", "/documentos/laip/"]))
    page_path = f"{base}{stem}.html"
    site.office(page_path, text, "utf-8")
    word = _pick(draw, "index", "pdf")
    framed = draw(st.integers(0, 2)) == 0
    if framed:
        links_html = (
            f'<iframe src="{_e(page_path)}" width="100%" height="900" style="border:0"></iframe>'
            f'<p><a href="{_e(page_path)}" target="_blank">'
            f"{_e(str(_w('index', 'fullscreen')))}</a></p>"
        )
    else:
        links_html = f'<p><a href="{_e(page_path)}">{_e(word)}</a></p>'
    _index(draw, site, menu, index, links_html)
    shown = "iframe" if framed else "enlace"
    how = f"pdf2html/{shown}/paginas={len(pages)}/{'indice' if outline else 'sin-indice'}"
    for item in portal.items:
        portal.notes[item.numeral] = (
            f"{how}/{item_rhythm(item)}/pagina={first_page.get(item.numeral, '-')}"
        )
    return site.routes


def _pdf_css(bottoms: dict[float, str], gaps: int) -> str:
    """The converted page's CSS: pdf2htmlEX's base rules and the page's own classes."""
    rules = [
        "/*! \n * Base CSS for pdf2htmlEX\n * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com> \n"
        " * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE\n */",
        "#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;"
        "overflow:auto}",
        "#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}",
        "@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;"
        "right:0;overflow:auto}.loading-indicator{display:none}}",
        ".pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}",
        ".pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;"
        "overflow:hidden;display:block;transform-origin:0% 0%;-ms-transform-origin:0% 0%;"
        "-webkit-transform-origin:0% 0%}",
        ".pc.opened{display:block}",
        ".bf{position:absolute;border:0;margin:0;top:0;bottom:0;width:100%;height:100%;"
        "user-select:none}",
        ".bi{position:absolute;border:0;margin:0;user-select:none}",
        ".c{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}",
        ".t{position:absolute;white-space:pre;font-size:1px;transform-origin:0% 100%;"
        "-ms-transform-origin:0% 100%;-webkit-transform-origin:0% 100%;"
        'unicode-bidi:bidi-override;-moz-font-feature-settings:"liga" 0}',
        ".t:after{content:''}",
        ".t:before{content:'';display:inline-block}",
        ".t span{position:relative;unicode-bidi:bidi-override}",
        "._{display:inline-block;color:transparent;z-index:-1}",
        "::selection{background:rgba(127,255,255,0.4)}",
        ".pi{display:none}",
        ".l{}",
        ".d{position:absolute;transform-origin:0% 100%;-ms-transform-origin:0% 100%;"
        "-webkit-transform-origin:0% 100%}",
        "#page-container{background-color:#9e9e9e;background-image:linear-gradient(#9e9e9e,"
        "#767676)}.pf{margin:13px auto;box-shadow:1px 1px 3px 1px #333;border-collapse:separate}",
        ".ff0{font-family:sans-serif;visibility:hidden;}",
        ".ff1{font-family:ff1;line-height:0.910156;font-style:normal;font-weight:normal;"
        "visibility:visible;}",
        ".ff2{font-family:ff2;line-height:0.910156;font-style:normal;font-weight:bold;"
        "visibility:visible;}",
        ".m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);"
        "-ms-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);"
        "-webkit-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}",
        ".m1{transform:none;-ms-transform:none;-webkit-transform:none;}",
        ".ls0{letter-spacing:0.000000px;}",
        ".sc0{text-shadow:-0.015em 0 transparent,0 0.015em transparent,0.015em 0 transparent,"
        "0 -0.015em transparent;}",
        ".ws0{word-spacing:0.000000px;}",
    ]
    rules += [f"._{g:x}{{width:{15.6 + g * 1.9:.6f}px;}}" for g in range(gaps)]
    rules += [
        ".fc0{color:rgb(0,0,0);}",
        ".fc1{color:rgb(5,99,193);}",
        ".fs0{font-size:64.000000px;}",
        ".fs1{font-size:72.000000px;}",
        ".y0{bottom:0.000000px;}",
    ]
    rules += [f".{name}{{bottom:{y:.6f}px;}}" for y, name in sorted(bottoms.items())]
    rules += [
        ".h0{height:1188.000000px;}",
        ".h1{height:1188.000000px;}",
        ".h2{height:58.240000px;}",
        ".h3{height:65.520000px;}",
        f".w0{{width:{_PAGE_W}.000000px;}}",
        f".w1{{width:{_PAGE_W}.000000px;}}",
        f".w2{{width:{_PAGE_W}.000000px;}}",
        ".x0{left:0.000000px;}",
    ]
    rules += [f".x{i:x}{{left:{x:.6f}px;}}" for i, x in _X.items()]
    rules += [f".x{i:x}{{left:{300.0 + (i - 4) * 24:.6f}px;}}" for i in (4, 5, 6)]
    return "\n".join(rules) + "\n"


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "excel": _excel,
    "word": _word,
    "sheets": _sheets,
    "pdf2html": _pdf2html,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 44 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
