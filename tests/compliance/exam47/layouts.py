"""Forty-seventh exam: four portal layouts whose theme is WHAT THE DOCUMENTS ARE, with the truth
of every section.

The Article 10 documents are published as files of every kind real Guatemalan portals use, each
behind ordinary links in an ordinary section: scanned pages as pictures (``.jpg``, ``.jpeg``,
``.png`` of a signed page; a document of several pages as one picture a page, sometimes named by
the scanner, ``image-1.jpg``, ``IMG_20261130_0001.jpg``), ZIP and RAR bundles of a month
("Nomina_Octubre_2026.zip", holding the month's PDF and spreadsheet), spreadsheets (``.xlsx``,
``.xls``, ``.csv``, ``.ods``), Word (``.docx``, ``.doc``) and PowerPoint (``.pptx``, ``.ppt``)
files, PDFs with an upper-case or doubled extension (``.PDF``, ``informe.pdf.pdf``), files without
an extension sent by a download script with ``Content-Disposition`` (``attachment;
filename="…"``). Every file the server has is real bytes of its kind (a valid PDF naming the
document, a JPEG / PNG drawn with Pillow, ZIPs, OOXML and ODF packages made with ``zipfile``, a
stored RAR 4 archive, OLE2 compound files, CSV text), served by ``server`` (exam 44's shape; it
adds ETags) with its size (Content-Length), its upload day (Last-Modified) and its type: the right
MIME type, or ``application/octet-stream`` / ``application/force-download`` as careless servers
and scripts send. Links say what the site prints: the document's name, the name and its size
("(737Kb)", "(1,2 MB)"), the file's own name, a "Descargar" button beside the name (``download``
attributes, bare or naming the file), or only the file's format and size ("PDF 245 KB", "XLSX - 1.2
MB") after the document's name. An item drawn ``broken`` links files the server does not have
(404). Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals
draw them (``tests.compliance.generated.portals._item``); the truth is the item's (a citizen
downloading the file sees it is the document: the bundle holds the month's report, the picture is
its signed page). Wording: ``wording.toml`` (sources there). Layouts:

* ``enlaces``: one WordPress page, an ``<h2>`` / ``<h3>`` / ``<h4>`` / bold heading per item, its
  words, then its files linked directly (``/wp-content/uploads/2026/11/…`` or a documents folder)
  as a ``<ul>``, an ``<ol>``, ``<br>``-separated lines, Gutenberg File blocks
  (``wp-block-file`` with a "Descargar" ``download`` button) or a small "Documento | Formato |
  Tamaño" table; link texts as above.
* ``descargas``: the same headed page, every file behind a download script without an extension
  (``/descargar.php?id=12``, Phoca Download's ``…&download=12:nomina-octubre-2026``,
  ``/archivo.php?f=<hash>``), the file's name only in ``Content-Disposition`` (quoted, unquoted,
  or ``inline`` for a PDF); per item a "Documento | Formato | Tamaño | Descargar" table or a list
  of "name — XLSX · 1,2 MB" lines.
* ``etiquetas``: one "No. | Información | Archivos" table for everything; each document in the
  cell as its name linked with a "(PDF, 245 KB)" note, a File-block-like name + "Descargar"
  button, or its name followed by a link reading only the format and size ("XLSX 1.2 MB", a
  ``download="Nomina_Octubre_2026.xlsx"`` attribute), SOCLE's ``ds44-cardFile`` badge style.
* ``escaneos``: numbered lines ("Numeral 8 - …", as paragraphs or a list) each followed by its
  documents, mostly scans: a picture per page linked as "Página 1 | Página 2" after the
  document's name (files named after the document or by the scanner), a single picture linked by
  the name, scanned PDFs and ZIPs of the scanned pages.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from hypothesis import strategies as st
from PIL import Image, ImageDraw

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
    file_stem,
    site_page,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import LoopbackServer, Resource
from tests.compliance.generated.portals import (
    ITEMS,
    Doc,
    Item,
    Routes,
    _e,
    _no_accents,
    _present,
    item_words,
)

LAYOUTS = ("enlaces", "descargas", "etiquetas", "escaneos")
EXAM47: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: headed sections (bare
# names allowed, statements of the municipality's own), one table, numbered lines.
_INNER = {
    "enlaces": "wordpress",
    "descargas": "wordpress",
    "etiquetas": "table",
    "escaneos": "lines",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM47[section][key]["text"]


class Server47(ExamServer):
    """The exam's server: the loopback server answering like Apache for files (an ETag with
    every answer, conditional requests honoured); script headers come from ``portal.headers``."""

    def __init__(self, routes: Routes, headers: dict[str, dict[str, str]]) -> None:
        super().__init__(routes, headers)
        self.validators = True

    def _answer(self, handler: Any, *, head: bool) -> None:
        # A script's address asked with its query escaped (``%3A`` for ``:``) is the same script:
        # its headers are looked up by the decoded address, as its body is.
        plain = unquote(handler.path)
        extra = self.extra.get(plain) or self.extra.get(handler.path)
        if extra and plain in self.routes:
            original = handler.end_headers

            def end_headers() -> None:
                for name, value in extra.items():
                    handler.send_header(name, value)
                handler.end_headers = original
                original()

            handler.end_headers = end_headers
        LoopbackServer._answer(self, handler, head=head)


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    return Server47(portal.routes, portal.headers)


# -- kinds of files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    key: str  # pdf | jpg | … (the format's key in wording.toml)
    ext: str  # the extension as the file's name writes it ("pdf", "PDF", "pdf.pdf")
    mime: str  # the right type


_OOXML = "application/vnd.openxmlformats-officedocument"
_KINDS: dict[str, _Kind] = {
    "pdf": _Kind("pdf", "pdf", "application/pdf"),
    "PDF": _Kind("pdf", "PDF", "application/pdf"),
    "pdf.pdf": _Kind("pdf", "pdf.pdf", "application/pdf"),
    "jpg": _Kind("jpg", "jpg", "image/jpeg"),
    "jpeg": _Kind("jpeg", "jpeg", "image/jpeg"),
    "png": _Kind("png", "png", "image/png"),
    "zip": _Kind("zip", "zip", "application/zip"),
    "rar": _Kind("rar", "rar", "application/x-rar-compressed"),
    "xlsx": _Kind("xlsx", "xlsx", f"{_OOXML}.spreadsheetml.sheet"),
    "xls": _Kind("xls", "xls", "application/vnd.ms-excel"),
    "csv": _Kind("csv", "csv", "text/csv"),
    "ods": _Kind("ods", "ods", "application/vnd.oasis.opendocument.spreadsheet"),
    "docx": _Kind("docx", "docx", f"{_OOXML}.wordprocessingml.document"),
    "doc": _Kind("doc", "doc", "application/msword"),
    "pptx": _Kind("pptx", "pptx", f"{_OOXML}.presentationml.presentation"),
    "ppt": _Kind("ppt", "ppt", "application/vnd.ms-powerpoint"),
}
_EVERY = [k for k in _KINDS if k != "pdf"]
# Which kinds a layout's files are drawn from (an item has one kind, a document now and then
# another).
_MIX: dict[str, list[str]] = {
    "enlaces": ["pdf", "pdf", *_EVERY],
    "descargas": ["pdf", "xlsx", "xlsx", "xls", "docx", "doc", "zip", "rar", "csv", "jpg", "PDF"],
    "etiquetas": ["pdf", *_EVERY],
    "escaneos": ["jpg", "jpg", "jpeg", "png", "png", "pdf", "zip", "PDF"],
}
_IMAGES = ("jpg", "jpeg", "png")
# Which kinds a careless server sends with a generic type.
_GENERIC = ("application/octet-stream", "application/octet-stream", "application/force-download")


def _fmt(kind: _Kind) -> str:
    return str(_w("formats", "names")[kind.key])


def _described(kind: _Kind) -> str:
    return str(_w("formats", "described")[kind.key])


def _size(size: int, style: str) -> str:
    """A file's size as the site prints it: "(737Kb)" / "(1,2 MB)" (Masagua), or "245 KB" /
    "1.2 MB"."""
    kb = size / 1024
    if style == "masagua":
        if kb >= 1024:
            return str(_w("sizes", "masagua_mb")).format(mb=f"{kb / 1024:.1f}".replace(".", ","))
        return str(_w("sizes", "masagua_kb")).format(kb=max(1, round(kb)))
    if kb >= 1024:
        return f"{kb / 1024:.1f} MB"
    return f"{max(1, round(kb))} KB"


# -- the files' bytes ------------------------------------------------------------------------------


def _ascii(text: str) -> str:
    return _no_accents(text).replace("ñ", "n").replace("Ñ", "N").encode("ascii", "replace").decode()


def _pdf(title: str, lines: Sequence[str], pad: int, rng: random.Random) -> bytes:
    """A valid one-page PDF printing ``title`` and ``lines`` (WinAnsi text), with ``pad`` bytes of
    a scanned picture's data in an image object (so that its size is a real one's)."""

    def string(text: str) -> bytes:
        raw = text.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    content = b"BT /F1 15 Tf 72 720 Td " + string(title) + b" Tj /F1 11 Tf"
    for line in lines:
        content += b" 0 -22 Td " + string(line) + b" Tj"
    content += b" ET\n0.2 w 72 140 m 260 150 l S\n"
    grain = rng.randbytes(max(0, pad))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n"
        % (len(grain), len(grain))
        + grain
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _scan(title: str, lines: Sequence[str], page: int, key: str, target: int, seed: int) -> bytes:
    """A scanned page: white paper, the document's title and lines, a signature and a stamp, the
    scanner's grain over part of it (more grain, a bigger file)."""
    width, height = 850, 1100
    image = Image.new("L", (width, height), 246)
    pen = ImageDraw.Draw(image)
    pen.text((70, 60), _ascii(title), fill=15)
    for number, line in enumerate(lines):
        pen.text((70, 100 + 24 * number), _ascii(line), fill=30)
    pen.text((700, 1040), f"Pag. {page}", fill=40)
    pen.line([(120, 930), (190, 900), (240, 945), (300, 905)], fill=20, width=3)
    pen.ellipse([(520, 860), (660, 1000)], outline=60, width=4)
    rows = max(8, min(height - 420, target // (width if key == "png" else width // 3)))
    grain = Image.effect_noise((width, rows), 24 + seed % 9)
    image.paste(grain.point(lambda v: 150 + v // 3), (0, 300))
    buffer = io.BytesIO()
    if key == "png":
        image.save(buffer, format="PNG", compress_level=6)
    else:
        image.save(buffer, format="JPEG", quality=70 + seed % 20)
    return buffer.getvalue()


def _zinfo(name: str, when: dt.date) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, 10, 30, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _package(
    members: Sequence[tuple[str, bytes]], when: dt.date, first_stored: bool = False
) -> bytes:
    """A ZIP package of ``members`` (ODF's ``mimetype`` first and stored when asked)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for index, (name, data) in enumerate(members):
            info = _zinfo(name, when)
            if first_stored and index == 0:
                info.compress_type = zipfile.ZIP_STORED
            package.writestr(info, data)
    return buffer.getvalue()


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def _content_types(overrides: dict[str, str]) -> bytes:
    parts = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides.items())
    return (
        f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{parts}</Types>"
    ).encode()


def _root_rels(target: str) -> bytes:
    return (
        f'{_XML}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{_OFFICE_DOC}" '
        f'Target="{target}"/></Relationships>'
    ).encode()


def _rows(title: str, lines: Sequence[str], count: int, rng: random.Random) -> list[list[str]]:
    """A spreadsheet's rows: the title, the document's lines, then ``count`` rows of amounts."""
    rows = [[title], *([line] for line in lines), ["No.", "Descripción", "Monto (Q)"]]
    for number in range(1, count + 1):
        rows.append(
            [
                str(number),
                f"Registro {number}",
                f"{rng.randint(500, 99000)}.{rng.randint(0, 99):02d}",
            ]
        )
    return rows


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xlsx(rows: list[list[str]], when: dt.date) -> bytes:
    cells = []
    for r, row in enumerate(rows, start=1):
        out = []
        for c, value in enumerate(row):
            ref = f"{'ABC'[c]}{r}"
            if value.replace(".", "", 1).isdigit() and r > 1:
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{_xml_text(value)}</t></is></c>')
        cells.append(f'<row r="{r}">{"".join(out)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheet = f'{_XML}<worksheet xmlns="{main}"><sheetData>{"".join(cells)}</sheetData></worksheet>'
    book = (
        f'{_XML}<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Hoja1" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    book_rels = (
        f'{_XML}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    )
    types = _content_types(
        {
            "/xl/workbook.xml": f"{_OOXML}.spreadsheetml.sheet.main+xml",
            "/xl/worksheets/sheet1.xml": f"{_OOXML}.spreadsheetml.worksheet+xml",
        }
    )
    return _package(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", _root_rels("xl/workbook.xml")),
            ("xl/workbook.xml", book.encode()),
            ("xl/_rels/workbook.xml.rels", book_rels.encode()),
            ("xl/worksheets/sheet1.xml", sheet.encode()),
        ],
        when,
    )


def _docx(title: str, lines: Sequence[str], when: dt.date) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paragraphs = "".join(
        f"<w:p><w:r><w:t>{_xml_text(text)}</w:t></w:r></w:p>" for text in [title, *lines]
    )
    body = f'{_XML}<w:document xmlns:w="{ns}"><w:body>{paragraphs}</w:body></w:document>'
    types = _content_types({"/word/document.xml": f"{_OOXML}.wordprocessingml.document.main+xml"})
    return _package(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", _root_rels("word/document.xml")),
            ("word/document.xml", body.encode()),
        ],
        when,
    )


def _pptx(title: str, lines: Sequence[str], when: dt.date) -> bytes:
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    texts = "".join(f"<a:p><a:r><a:t>{_xml_text(t)}</a:t></a:r></a:p>" for t in [title, *lines])
    slide = (
        f'{_XML}<p:sld xmlns:p="{p}" xmlns:a="{a}"><p:cSld><p:spTree><p:sp><p:txBody>'
        f"<a:bodyPr/>{texts}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>"
    )
    presentation = f'{_XML}<p:presentation xmlns:p="{p}"><p:sldIdLst/></p:presentation>'
    types = _content_types(
        {
            "/ppt/presentation.xml": f"{_OOXML}.presentationml.presentation.main+xml",
            "/ppt/slides/slide1.xml": f"{_OOXML}.presentationml.slide+xml",
        }
    )
    return _package(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", _root_rels("ppt/presentation.xml")),
            ("ppt/presentation.xml", presentation.encode()),
            ("ppt/slides/slide1.xml", slide.encode()),
        ],
        when,
    )


def _ods(rows: list[list[str]], when: dt.date) -> bytes:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{_xml_text(v)}</text:p>'
            "</table:table-cell>"
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        f'{_XML}<office:document-content xmlns:office="{office}" xmlns:table="{table}" '
        f'xmlns:text="{text}" office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="Hoja1">{body}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    manifest = (
        f'{_XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
        'manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return _package(
        [
            ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", content.encode()),
            ("META-INF/manifest.xml", manifest.encode()),
        ],
        when,
        first_stored=True,
    )


def _ole(stream: str, data: bytes) -> bytes:
    """An OLE2 compound file (what .xls / .doc / .ppt are) holding one stream ``stream``: header,
    one FAT sector, one directory sector, the stream's sectors (at least 4096 bytes, so that it
    lives in ordinary sectors)."""
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    data = data.ljust(4096, b"\0")[: 126 * 512]
    sectors = -(-len(data) // 512)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108
    fat = [fat_sector, end] + [3 + i for i in range(sectors - 1)] + [end]
    fat += [free] * (128 - len(fat))
    fat_bytes = struct.pack("<128I", *fat)

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = (name.encode("utf-16-le") + b"\0\0") if name else b""
        out = raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1 if name else 0)
        out += struct.pack("<III", free, free, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
        return out + struct.pack("<IQ", start, size)

    directory = entry("Root Entry", 5, 1, end, 0) + entry(stream, 2, free, 2, len(data))
    directory += entry("", 0, free, 0, 0) * 2
    return header + fat_bytes + directory + data.ljust(sectors * 512, b"\0")


def _dos_time(when: dt.date) -> int:
    return ((when.year - 1980) << 25) | (when.month << 21) | (when.day << 16) | (10 << 11)


def _rar(members: Sequence[tuple[str, bytes]], when: dt.date) -> bytes:
    """A RAR 4 archive storing ``members`` (method "store"), as WinRAR writes it."""

    def block(body: bytes) -> bytes:
        return struct.pack("<H", zlib.crc32(body) & 0xFFFF) + body

    out = b"Rar!\x1a\x07\x00" + block(struct.pack("<BHH", 0x73, 0, 13) + b"\0" * 6)
    for name, data in members:
        raw = name.encode("cp1252", "replace")
        body = struct.pack(
            "<BHHIIBIIBBHI",
            0x74,
            0x8000,
            32 + len(raw),
            len(data),
            len(data),
            2,
            zlib.crc32(data),
            _dos_time(when),
            20,
            0x30,
            len(raw),
            0x20,
        )
        out += block(body + raw) + data
    return out + b"\xc4\x3d\x7b\x00\x40\x07\x00"


def _csv(rows: list[list[str]], encoding: str) -> bytes:
    text = "\r\n".join(",".join(f'"{v}"' if "," in v else v for v in row) for row in rows)
    if encoding == "utf-8-sig":
        return text.encode("utf-8-sig")
    return text.encode("cp1252", "replace")


def _bytes(kind: _Kind, doc: Doc, stem: str, when: dt.date, rng: random.Random, site: str) -> bytes:
    """The bytes of ``doc``'s file of ``kind`` (for a scanned picture: its first page)."""
    title = doc.name
    lines = [
        site,
        str(_w("site", "uip")),
        f"Publicado: {when.day:02d}/{when.month:02d}/{when.year}",
    ]
    target = rng.randint(12, 240) * 1024
    key = kind.key
    if key == "pdf":
        return _pdf(title, lines, target, rng)
    if key in _IMAGES:
        return _scan(title, lines, 1, key, target, rng.randint(0, 999))
    rows = _rows(title, lines, rng.randint(20, 400), rng)
    if key == "xlsx":
        return _xlsx(rows, when)
    if key == "ods":
        return _ods(rows, when)
    if key == "csv":
        return _csv(rows, rng.choice(["utf-8-sig", "cp1252"]))
    if key == "docx":
        return _docx(title, lines, when)
    if key == "pptx":
        return _pptx(title, lines, when)
    if key in ("xls", "doc", "ppt"):
        stream = {"xls": "Workbook", "doc": "WordDocument", "ppt": "PowerPoint Document"}[key]
        text = "\n".join([title, *lines, *(",".join(r) for r in rows)])
        return _ole(stream, text.encode("utf-16-le"))
    # A month's bundle: its report as PDF, and its spreadsheet (or its scanned pages).
    inner: list[tuple[str, bytes]] = [(f"{stem}.pdf", _pdf(title, lines, target // 2, rng))]
    if rng.random() < 0.5:
        inner.append((f"{stem}.xlsx", _xlsx(rows, when)))
    else:
        inner.append(
            (f"{stem}-1.jpg", _scan(title, lines, 1, "jpg", target // 2, rng.randint(0, 999)))
        )
    if key == "zip":
        return _package(inner, when)
    return _rar(inner, when)


# -- publishing a document as a file -------------------------------------------------------------


@dataclass
class _File:
    """One document as the site publishes it."""

    doc: Doc
    kind: _Kind
    name: str  # the file's own name (in its address or its Content-Disposition)
    size: int  # its size in bytes (as the page says, also for a file the server lacks)
    pages: list[str] = field(default_factory=list)  # further scanned pages' addresses


@dataclass
class _Publisher:
    """Puts a portal's files at their addresses: ``files`` (the real bytes) and ``headers``."""

    site: str
    today: dt.date
    rng: random.Random
    files: Routes
    headers: dict[str, dict[str, str]]
    careless: bool  # the server sends some files with a generic type
    separator: str  # "-" (WordPress) or "_" (typed by hand)
    seen: set[str] = field(default_factory=set)
    lag: int = 5

    def kind_for(self, mix: Sequence[str], item_kind: str) -> _Kind:
        if self.rng.random() < 0.2:
            return _KINDS[self.rng.choice(list(mix))]
        return _KINDS[item_kind]

    def stem(self, doc: Doc) -> str:
        return file_stem(doc.name).replace("-", self.separator)

    def serve(self, path: str, body: bytes, mime: str, when: dt.date) -> None:
        stamp = dt.datetime.combine(when, dt.time(9, 40)).timestamp()
        self.files[path] = Resource(body, content_type=mime, last_modified=stamp)

    def direct(
        self, doc: Doc, kind: _Kind, folder: str, pages: int = 1, scanner: str = ""
    ) -> _File:
        """``doc`` as a file at its own address under ``folder`` (a scanned document as one
        picture a page)."""
        when = uploaded(doc, self.today, self.lag + self.rng.randint(0, 6))
        folder = folder.format(year=when.year, month=f"{when.month:02d}")
        stem = self.stem(doc)
        names = [f"{stem}.{kind.ext}"]
        if pages > 1 or scanner:
            names = [
                self._page_name(stem, kind, n, pages, scanner, when) for n in range(1, pages + 1)
            ]
        paths = [unique(f"{folder}{name}", self.seen) for name in names]
        doc.path = paths[0]
        body = _bytes(kind, doc, stem, when, self.rng, self.site)
        size = len(body)
        if doc.ok:
            mime = kind.mime
            if self.careless and self.rng.random() < 0.35:
                mime = "application/octet-stream"
            self.serve(doc.path, body, mime, when)
            for number, path in enumerate(paths[1:], start=2):
                lines = [self.site, f"Página {number}"]
                page = _scan(doc.name, lines, number, kind.key, size // 2, self.rng.randint(0, 999))
                self.serve(path, page, mime, when)
        return _File(doc, kind, paths[0].rsplit("/", 1)[1], size, paths[1:])

    def _page_name(
        self, stem: str, kind: _Kind, number: int, pages: int, scanner: str, when: dt.date
    ) -> str:
        if not scanner:
            return f"{stem}-{number}.{kind.ext}" if pages > 1 else f"{stem}.{kind.ext}"
        stamp = f"{when.year}{when.month:02d}{when.day:02d}"
        name = scanner.format(n=number, n4=f"{number:04d}", stamp=stamp)
        return name.rsplit(".", 1)[0] + "." + kind.ext

    def script(self, doc: Doc, kind: _Kind, address: str, number: int, item: Item) -> _File:
        """``doc`` behind a download script: an address without an extension, the file's name
        only in Content-Disposition."""
        when = uploaded(doc, self.today, self.lag + self.rng.randint(0, 6))
        stem = self.stem(doc)
        name = f"{stem}.{kind.ext}"
        alias = file_stem(doc.name).lower()[:40]
        path = address.format(
            id=number,
            cat=item.numeral,
            alias=f"numeral-{item.numeral}",
            file_alias=alias,
            item=100 + item.numeral,
            hex=f"{self.rng.getrandbits(40):010x}",
        )
        doc.path = unique(path, self.seen)
        body = _bytes(kind, doc, stem, when, self.rng, self.site)
        if doc.ok:
            mime = kind.mime
            if self.careless and self.rng.random() < 0.5:
                mime = self.rng.choice(list(_w("scripts", "types")))
            dispositions = list(_w("scripts", "disposition"))
            if kind.key != "pdf":
                dispositions = dispositions[:2]
            disposition = self.rng.choice(dispositions).format(name=name)
            headers = {"Content-Disposition": disposition, **_w("scripts", "headers")}
            self.serve(doc.path, body, mime, when)
            self.headers[doc.path] = headers
        return _File(doc, kind, name, len(body))


# -- how a document's link reads ------------------------------------------------------------------


@dataclass
class _Style:
    text: str  # nombre | nombre_tamano | archivo | boton | etiqueta
    size: str  # masagua | kb
    badge: str  # "{fmt} {size}" …
    download: str  # none | bare | named
    button: str  # the "Descargar" word
    page: str  # "Página {n}" …


def _style(draw: st.DrawFn, texts: Sequence[str]) -> _Style:
    return _Style(
        text=draw(st.sampled_from(list(texts))),
        size=draw(st.sampled_from(["masagua", "kb"])),
        badge=draw(st.sampled_from(list(_w("sizes", "badges")))),
        download=draw(st.sampled_from(["none", "bare", "named"])),
        button=draw(st.sampled_from(list(_w("links", "download")))),
        page=draw(st.sampled_from(list(_w("links", "page")))),
    )


def _dl(f: _File, style: _Style) -> str:
    if style.download == "bare":
        return " download"
    if style.download == "named":
        return f' download="{_e(f.name)}"'
    return ""


def _badge(f: _File, style: _Style) -> str:
    return str(style.badge).format(fmt=_fmt(f.kind), size=_size(f.size, style.size))


def _pages(f: _File, style: _Style) -> str:
    """Links to a scanned document's further pages."""
    return "".join(
        f' | <a href="{_e(path)}">{_e(style.page.format(n=n))}</a>'
        for n, path in enumerate(f.pages, start=2)
    )


def _link(f: _File, style: _Style) -> str:
    """One document's line (without its list element)."""
    href = _e(f.doc.path)
    name = _e(f.doc.name)
    dl = _dl(f, style)
    if f.pages:
        first = style.page.format(n=1)
        return f'{name}: <a href="{href}"{dl}>{_e(first)}</a>{_pages(f, style)}'
    if style.text == "nombre_tamano":
        badge = _badge(f, style).strip("()")
        size = _e(_size(f.size, "masagua") if style.size == "masagua" else f"({badge})")
        return f'<a href="{href}"{dl}>{name} {size}</a>'
    if style.text == "archivo":
        return f'<a href="{href}"{dl}>{_e(f.name)}</a>'
    if style.text == "boton":
        button = _e(style.button)
        return f'{name} <a href="{href}" class="btn btn-primary btn-sm" download>{button}</a>'
    if style.text == "etiqueta":
        badge = _e(_badge(f, style).strip("()"))
        return f'{name} <a href="{href}"{dl} title="{name} - {badge}">{badge}</a>'
    return f'<a href="{href}"{dl}>{name}</a>'


# -- the municipality's site ---------------------------------------------------------------------


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
    town = str(draw(st.sampled_from(list(_w("site", "towns")))))
    site = _Site(
        str(_w("site", "name")).format(town=town),
        str(draw(st.sampled_from(list(_w("site", "menu"))))),
        str(draw(st.sampled_from(list(_w("site", "pages"))))),
    )
    links = [
        (str(_w("site", "home")), "/"),
        (site.menu, site.index),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _publish_site(draw: st.DrawFn, site: _Site, body: str) -> Routes:
    """The index page holding ``body`` and the home page leading to it."""
    title = str(draw(st.sampled_from(list(_w("site", "index_titles")))))
    opening = str(_w("site", "opening")).format(name=site.name)
    notes = f"<p>{_e(opening)}</p>"
    if draw(st.booleans()):
        notes += f"<p><em>{_e(str(_w('site', 'files_note')))}</em></p>"
    if draw(st.booleans()):
        notes += f"<p><small>{_e(str(_w('site', 'reader')))}</small></p>"
    site.put(site.index, title, notes + body, [(site.menu, "")])
    home = (
        f'<p><a href="{_e(site.index)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, home, None)
    return site.routes


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (kinds, sizes, ids, names), seeded by one draw so that a
    portal stays small in Hypothesis's terms."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _publisher(
    draw: st.DrawFn, site: _Site, today: dt.date, files: Routes, portal: ExamPortal
) -> _Publisher:
    rng = _rng(draw)
    return _Publisher(
        site=site.name,
        today=today,
        rng=rng,
        files=files,
        headers=portal.headers,
        careless=draw(st.integers(0, 2)) == 0,
        separator=draw(st.sampled_from(["-", "_"])),
        lag=rng.randint(1, 10),
    )


def _heading(item: Item, tag: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(item.label)}</strong></p>"
    return f"<{tag}>{_e(item.label)}</{tag}>"


def _words(item: Item, *, law: bool = True) -> str:
    return "".join(f"<p>{_e(text)}</p>" for text in item_words(item, law=law))


def _as_list(lines: Sequence[str], markup: str) -> str:
    if not lines:
        return ""
    if markup == "br":
        return "<p>" + "<br>\n".join(lines) + "</p>"
    tag = "ol" if markup == "ol" else "ul"
    css = ' class="wp-block-list"' if markup == "ul" else ""
    return f"<{tag}{css}>" + "".join(f"<li>{line}</li>" for line in lines) + f"</{tag}>"


def _note(portal: ExamPortal, item: Item, how: str, files: Sequence[_File]) -> None:
    kinds = ",".join(sorted({f.kind.ext for f in files})) or "-"
    pages = max((len(f.pages) + 1 for f in files), default=0)
    portal.notes[item.numeral] = f"{how}/{kinds}" + (f"/paginas={pages}" if pages > 1 else "")


# -- layouts -------------------------------------------------------------------------------------

_Build = Callable[[list[Item], dt.date, st.DrawFn, ExamPortal, Routes], Routes]


def _enlaces(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    site = _site(draw)
    pub = _publisher(draw, site, today, files, portal)
    markup = draw(st.sampled_from(["ul", "ol", "br", "bloque", "tabla"]))
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    style = _style(draw, ["nombre", "nombre", "nombre_tamano", "archivo", "boton", "etiqueta"])
    folder = draw(
        st.sampled_from(["/wp-content/uploads/{year}/{month}/", "/documentos/transparencia/"])
    )
    mix = _MIX["enlaces"]
    parts = []
    for item in _present(items):
        kind = pub.rng.choice(mix)
        published = []
        for doc in item.docs:
            chosen = pub.kind_for(mix, kind)
            pages = pub.rng.randint(2, 3) if chosen.key in _IMAGES and pub.rng.random() < 0.4 else 1
            published.append(pub.direct(doc, chosen, folder, pages))
        body = _words(item)
        if markup == "bloque":
            for f in published:
                href, name = _e(f.doc.path), _e(f.doc.name)
                body += (
                    f'<!-- wp:file {{"href":"{href}"}} -->\n<div class="wp-block-file">'
                    f'<a href="{href}">{name}</a>{_pages(f, style)}<a href="{href}" '
                    f'class="wp-block-file__button wp-element-button" download>'
                    f"{_e(style.button)}</a></div>\n<!-- /wp:file -->"
                )
        elif markup == "tabla" and published:
            head = "".join(f"<th>{_e(h)}</th>" for h in _w("table", "per_item")[:3])
            rows = "".join(
                f"<tr><td>{_link(f, style)}</td><td>{_e(_fmt(f.kind))}</td>"
                f"<td>{_e(_size(f.size, style.size).strip('()'))}</td></tr>"
                for f in published
            )
            body += f'<table class="tabla-documentos"><tr>{head}</tr>{rows}</table>'
        else:
            body += _as_list([_link(f, style) for f in published], markup)
        parts.append(_heading(item, tag) + body)
        _note(portal, item, f"enlaces/{markup}/{style.text}", published)
    return _publish_site(draw, site, "".join(parts))


def _descargas(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    site = _site(draw)
    pub = _publisher(draw, site, today, files, portal)
    address = draw(st.sampled_from(list(_w("scripts", "addresses"))))
    shape = draw(st.sampled_from(["tabla", "tabla_nombre", "lista"]))
    tag = draw(st.sampled_from(["h2", "h3", "strong"]))
    style = _style(draw, ["nombre"])
    mix = _MIX["descargas"]
    number = draw(st.integers(5, 400))
    parts = []
    for item in _present(items):
        kind = pub.rng.choice(mix)
        published = []
        for doc in item.docs:
            number += pub.rng.randint(1, 7)
            published.append(pub.script(doc, pub.kind_for(mix, kind), address, number, item))
        body = _words(item)
        if published and shape == "lista":
            lines = [
                f'<a href="{_e(f.doc.path)}">{_e(f.doc.name)}</a> — <span class="meta">'
                f"{_e(_fmt(f.kind))} · {_e(_size(f.size, style.size).strip('()'))}</span>"
                for f in published
            ]
            body += _as_list(lines, "ul")
        elif published:
            head = "".join(f"<th>{_e(h)}</th>" for h in _w("table", "per_item"))
            rows = ""
            for f in published:
                href = _e(f.doc.path)
                name = (
                    f'<a href="{href}">{_e(f.doc.name)}</a>'
                    if shape == "tabla_nombre"
                    else _e(f.doc.name)
                )
                rows += (
                    f"<tr><td>{name}</td><td>{_e(_described(f.kind))}</td>"
                    f"<td>{_e(_size(f.size, style.size).strip('()'))}</td>"
                    f'<td><a href="{href}" class="btn-descarga">{_e(style.button)}</a></td></tr>'
                )
            body += (
                f'<table class="table table-striped"><thead><tr>{head}</tr></thead>{rows}</table>'
            )
        parts.append(_heading(item, tag) + body)
        _note(portal, item, f"descargas/{shape}/{address.split('?')[0]}", published)
    return _publish_site(draw, site, "".join(parts))


def _etiquetas(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    site = _site(draw)
    pub = _publisher(draw, site, today, files, portal)
    style = _style(draw, ["etiqueta", "etiqueta", "nombre_tamano", "boton", "socle"])
    folder = draw(st.sampled_from(["/wp-content/uploads/{year}/{month}/", "/archivos/laip/"]))
    cell_markup = draw(st.sampled_from(["br", "ul", "p"]))
    mix = _MIX["etiquetas"]
    head = "".join(f"<th>{_e(h)}</th>" for h in _w("table", "whole"))
    rows = [f"<thead><tr>{head}</tr></thead><tbody>"]
    for item in _present(items):
        kind = pub.rng.choice(mix)
        published = [pub.direct(doc, pub.kind_for(mix, kind), folder) for doc in item.docs]
        lines = []
        for f in published:
            if style.text == "socle":
                badge = _e(
                    str(_w("sizes", "badges")[1]).format(fmt=_fmt(f.kind), size=_size(f.size, "kb"))
                )
                lines.append(
                    f'<i class="icon icon-file" aria-hidden="true"></i> <a href="{_e(f.doc.path)}" '
                    f'title="{_e(f.doc.name)} - {badge}" target="_blank"{_dl(f, style)}>'
                    f'{_e(f.doc.name)}</a> <span class="cardFile">{badge}</span>'
                )
            else:
                lines.append(_link(f, style))
        if cell_markup == "p":
            cell = "".join(f'<p class="docListElem">{line}</p>' for line in lines)
        else:
            cell = _as_list(lines, cell_markup)
        words = [t for t in (item.phrase, item.updated) if t]
        cell += "".join(f"<p>{_e(t)}</p>" for t in words)
        number = str(item.numeral) if pub.rng.random() < 0.5 else f"{item.numeral:02d}"
        name = item.plain if pub.rng.random() < 0.5 else item.label
        rows.append(f"<tr><td>{number}</td><td>{_e(name)}</td><td>{cell}</td></tr>")
        _note(portal, item, f"etiquetas/{style.text}/{cell_markup}", published)
    rows.append("</tbody>")
    table = f'<table class="table table-bordered tabla-laip">{"".join(rows)}</table>'
    return _publish_site(draw, site, table)


def _escaneos(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    site = _site(draw)
    pub = _publisher(draw, site, today, files, portal)
    lines_as = draw(st.sampled_from(["p", "li"]))
    markup = draw(st.sampled_from(["ul", "br", "ol"]))
    style = _style(draw, ["nombre", "nombre", "nombre_tamano", "archivo"])
    scanner = draw(st.sampled_from(["", "", *_w("scanner", "names")]))
    folder = draw(st.sampled_from(["/wp-content/uploads/{year}/{month}/", "/escaneos/{year}/"]))
    note = str(draw(st.sampled_from(list(_w("links", "scan_note")))))
    mix = _MIX["escaneos"]
    parts = []
    for item in _present(items):
        kind = pub.rng.choice(mix)
        published = []
        for doc in item.docs:
            chosen = pub.kind_for(mix, kind)
            if chosen.key in _IMAGES:
                pages = pub.rng.choice([1, 2, 2, 3, 4])
                # A scanner's name says nothing of the document: only with the name beside it.
                named = scanner if pages > 1 or style.text != "archivo" else ""
                published.append(pub.direct(doc, chosen, folder, pages, named))
            else:
                published.append(pub.direct(doc, chosen, folder))
        docs = []
        for f in published:
            line = _link(f, style)
            if note and f.kind.key in _IMAGES:
                line += f" <small>{_e(note)}</small>"
            docs.append(line)
        head = f"<p><strong>{_e(item.label)}</strong></p>" if lines_as == "p" else ""
        body = _words(item, law=False) + _as_list(docs, markup)
        if lines_as == "li":
            parts.append(f"<li>{_e(item.label)}{body}</li>")
        else:
            parts.append(head + body)
        _note(
            portal,
            item,
            f"escaneos/{lines_as}/{markup}/{style.text}/{scanner or 'nombre'}",
            published,
        )
    content = "".join(parts)
    if lines_as == "li":
        content = f'<ul class="numerales">{content}</ul>'
    return _publish_site(draw, site, content)


_BUILDERS: dict[str, _Build] = {
    "enlaces": _enlaces,
    "descargas": _descargas,
    "etiquetas": _etiquetas,
    "escaneos": _escaneos,
}


@st.composite
def _portal(draw: st.DrawFn, layout: str | None) -> ExamPortal:
    """A portal drawn by the kit; the layout's real files replace the generator's stand-in PDFs
    (served at every ok document's address by the generator's noise) once it is drawn."""
    files: Routes = {}

    def build(items: list[Item], today: dt.date, inner: st.DrawFn, portal: ExamPortal) -> Routes:
        return _BUILDERS[portal.layout](items, today, inner, portal, files)

    portal = draw(exam_portal(layout, LAYOUTS, _INNER, dict.fromkeys(LAYOUTS, build)))
    portal.routes.update(files)
    return portal


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 47 portals of ``layout`` (drawn when None) with their truth."""
    return _portal(layout)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
