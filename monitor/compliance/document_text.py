"""A document read as the page it is: a PDF's or a Word file's lines and links as simple HTML.

Some bodies publish the items inside one document rather than on pages: a monthly compendium
("Información Pública de Oficio - Octubre 2026.pdf", a page per numeral: "Numeral 8 - …", its
table, "No aplica"), or an index whose entries link each item's files. The crawler reads such a
document (``crawl``: one whose link names the whole article, not one item) and the parser reads
this HTML as any page: a line opening with a numeral names the item, a line's link is its file.

A PDF gives its text runs with their places (pypdf): the runs of one baseline make a line, lines
top to bottom, pages in order. A link annotation (``/Link`` with a ``/URI`` action) is drawn over
the line it covers, as pdf2htmlEX's boxes are (``pdf2html``): that line is the link's text; a link
over no line is a line of its own. A ``.docx`` gives its paragraphs and tables in order, a
hyperlink's target from the document's relationships. Bounded: ``MAX_DOCUMENT_PAGES`` pages, the
crawl's page byte cap on the file; an unreadable file is no page (None), never an error.
"""

from __future__ import annotations

import html
import io
import logging
import zipfile
from collections.abc import Iterable
from typing import Any

import lxml.etree

MAX_DOCUMENT_PAGES = 80  # a compendium of 29 numerals is 30-60 pages
MAX_DOCX_XML = 8_000_000  # bytes of word/document.xml read (a zip bomb stops here)
LINE_TOLERANCE = 2.0  # points: runs this close in height are one line
GLYPH_WIDTH = 0.5  # a glyph's width in em, on average (Helvetica's and Arial's are 0.45-0.6)
CELL_GAP = 1.5  # em: a gap this wide between two runs of a line parts two cells of a table
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is a result, not a warning


def is_readable_document(content_type: str | None, body: bytes) -> bool:
    """Whether ``body`` is a PDF or a Word (.docx) file this module reads."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if body[:5] == b"%PDF-":
        return True
    return body[:2] == b"PK" and (kind == DOCX_TYPE or b"word/document.xml" in body[:4096])


def document_html(body: bytes) -> str | None:
    """The document's lines and links as HTML, or None when it cannot be read."""
    if body[:5] == b"%PDF-":
        return _pdf_html(body)
    if body[:2] == b"PK":
        return _docx_html(body)
    return None


# A line's cells (one: a line of text), its link, and whether it is drawn bold (an item's name, as
# the pages pdf2htmlEX writes are read: ``pdf2html``).
Line = tuple[list[str], str | None, bool]


def _page(lines: Iterable[Line]) -> str:
    """Lines as paragraphs; consecutive lines of several cells (a table drawn in the file) as the
    rows of one table."""
    out: list[str] = []
    rows: list[str] = []
    for cells, href, bold in lines:
        shown = [html.escape(cell) for cell in cells]
        if href:
            label = " ".join(shown) or html.escape(href)
            shown = [f'<a href="{html.escape(href, quote=True)}">{label}</a>']
        if len(shown) > 1:
            rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in shown) + "</tr>")
            continue
        if rows:
            out.append("<table>" + "".join(rows) + "</table>")
            rows = []
        text = shown[0] if shown else ""
        out.append(f"<p><b>{text}</b></p>" if bold and text and not href else f"<p>{text}</p>")
    if rows:
        out.append("<table>" + "".join(rows) + "</table>")
    return "".join(out)


def _pdf_html(body: bytes) -> str | None:
    import pypdf  # only when a document is read: most crawls read none

    try:
        reader = pypdf.PdfReader(io.BytesIO(body), strict=False)
        pages = [_pdf_page(page) for page in reader.pages[:MAX_DOCUMENT_PAGES]]
    except Exception:  # noqa: BLE001 - pypdf raises many kinds for a damaged file
        return None
    return "<html><body>" + "".join(f"<div>{page}</div>" for page in pages) + "</body></html>"


def _pdf_page(page: Any) -> str:
    runs: list[tuple[float, float, float, str, bool]] = []  # height, left, size, text, bold

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[0] * cm[0]) or 1.0
            name = str(font.get("/BaseFont", "")) if font else ""
            runs.append((y, x, (size or 10.0) * scale, text, "bold" in name.lower()))

    page.extract_text(visitor_text=visit)
    lines: list[tuple[float, list[tuple[float, float, str, bool]]]] = []
    for y, x, size, text, bold in sorted(runs, key=lambda run: -run[0]):
        if lines and abs(lines[-1][0] - y) <= LINE_TOLERANCE:
            lines[-1][1].append((x, size, text, bold))
        else:
            lines.append((y, [(x, size, text, bold)]))
    texts = [(y, _cells(parts), all(part[3] for part in parts)) for y, parts in lines]
    placed: dict[int, str] = {}
    loose: list[str] = []
    for (_left, bottom, _right, top), uri in _pdf_links(page):
        over = [i for i, (y, _, _) in enumerate(texts) if bottom - LINE_TOLERANCE <= y <= top]
        if over and over[0] not in placed:
            placed[over[0]] = uri
        else:
            loose.append(uri)
    shown: list[Line] = [(cells, placed.get(i), bold) for i, (_, cells, bold) in enumerate(texts)]
    return _page([*shown, *(([], uri, False) for uri in loose)])


def _cells(parts: list[tuple[float, float, str, bool]]) -> list[str]:
    """A line's runs, left to right, split into cells where a gap wider than ``CELL_GAP`` em
    stands between one run's estimated end and the next run's start."""
    cells: list[list[str]] = []
    end = None
    for x, size, text, _bold in sorted(parts):
        if end is None or x - end > CELL_GAP * size:
            cells.append([])
        cells[-1].append(text)
        end = x + len(text) * size * GLYPH_WIDTH
    return [joined for cell in cells if (joined := " ".join(" ".join(cell).split()))]


def _pdf_links(page: Any) -> list[tuple[tuple[float, float, float, float], str]]:
    found = []
    for reference in page.get("/Annots") or []:
        annotation = reference.get_object()
        if annotation.get("/Subtype") != "/Link":
            continue
        action = annotation.get("/A")
        uri = action.get_object().get("/URI") if action is not None else None
        rect = annotation.get("/Rect")
        if not isinstance(uri, str) or rect is None or len(rect) != 4:
            continue
        left, bottom, right, top = (float(value) for value in rect)
        found.append(((left, min(bottom, top), right, max(bottom, top)), uri))
    return found


def _docx_html(body: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            with archive.open("word/document.xml") as handle:
                xml = handle.read(MAX_DOCX_XML + 1)
            try:
                rels = archive.read("word/_rels/document.xml.rels")
            except KeyError:
                rels = b""
        if len(xml) > MAX_DOCX_XML:
            return None
        parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = lxml.etree.fromstring(xml, parser)
        targets = _docx_targets(rels, parser)
    except (zipfile.BadZipFile, KeyError, OSError, lxml.etree.XMLSyntaxError, ValueError):
        return None
    body_el = root.find(f"{_W}body")
    if body_el is None:
        return None
    out = []
    for child in body_el:
        if child.tag == f"{_W}p":
            out.append(_page([_docx_paragraph(child, targets)]))
        elif child.tag == f"{_W}tbl":
            rows = []
            for row in child.iter(f"{_W}tr"):
                cells = []
                for cell in row.iter(f"{_W}tc"):
                    paragraphs = [_docx_paragraph(p, targets) for p in cell.iter(f"{_W}p")]
                    cells.append("<td>" + _page(paragraphs) + "</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    return "<html><body>" + "".join(out) + "</body></html>"


def _docx_targets(rels: bytes, parser: lxml.etree.XMLParser) -> dict[str, str]:
    if not rels:
        return {}
    root = lxml.etree.fromstring(rels, parser)
    return {
        rel.get("Id", ""): rel.get("Target", "")
        for rel in root.iter(f"{_RELS}Relationship")
        if rel.get("TargetMode") == "External"
    }


def _docx_paragraph(paragraph: Any, targets: dict[str, str]) -> Line:
    """A paragraph's text, and the target of its (first) hyperlink."""
    text = " ".join("".join(t.text or "" for t in paragraph.iter(f"{_W}t")).split())
    href = None
    for link in paragraph.iter(f"{_W}hyperlink"):
        href = targets.get(link.get(f"{_R}id", ""))
        if href:
            break
    bold = bool(text) and all(
        run.find(f"{_W}rPr/{_W}b") is not None
        for run in paragraph.iter(f"{_W}r")
        if run.find(f"{_W}t") is not None
    )
    return ([text] if text else []), href, bold


__all__ = ["DOCX_TYPE", "MAX_DOCUMENT_PAGES", "document_html", "is_readable_document"]
