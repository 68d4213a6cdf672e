"""Small real PDF and Word (.docx) files for tests: text lines, table cells and links.

A PDF is written by hand (Helvetica and Helvetica-Bold, WinAnsi text, one ``BT … ET`` per cell,
``/Link`` annotations with ``/URI`` actions over their lines), as office software writes them; a
``.docx`` holds ``word/document.xml`` and its relationships.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Line:
    """One line of a PDF page: its cells (left to right), drawn bold or not, linked or not."""

    cells: Sequence[str]
    bold: bool = False
    href: str | None = None
    size: float = 10.0
    columns: Sequence[float] = field(default=(60.0, 100.0, 420.0))


def _text(value: str) -> bytes:
    raw = value.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_file(pages: Sequence[Sequence[Line]]) -> bytes:
    """A PDF of ``pages``, each a list of lines from the top."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree is known
    tree = add(b"")
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for lines in pages:
        stream = bytearray()
        annots = []
        y = 740.0
        for line in lines:
            font = b"/F2" if line.bold else b"/F1"
            for x, cell in zip(line.columns, line.cells, strict=False):
                stream += b"BT %s %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n" % (
                    font,
                    line.size,
                    x,
                    y,
                    _text(cell),
                )
            if line.href:
                annot = (
                    b"<< /Type /Annot /Subtype /Link /Rect [%g %g %g %g] /Border [0 0 0] "
                    b"/A << /S /URI /URI %s >> >>"
                    % (line.columns[0], y - 2, 540, y + line.size, _text(line.href))
                )
                annots.append(add(annot))
            y -= line.size + 8
        contents = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), bytes(stream)))
        refs = b" ".join(b"%d 0 R" % a for a in annots)
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
                b"/F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R /Annots [%s] >>"
                % (tree, regular, bold, contents, refs)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_file(paragraphs: Sequence[tuple[str, str | None, bool]]) -> bytes:
    """A Word file of ``(text, hyperlink target or None, bold)`` paragraphs."""
    body = []
    rels = []
    for text, href, bold in paragraphs:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        run = f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        if href:
            rid = f"rId{len(rels) + 10}"
            rels.append(
                f'<Relationship Id="{rid}" Type="{_R}/hyperlink" Target="{escape(href)}" '
                'TargetMode="External"/>'
            )
            run = f'<w:hyperlink r:id="{rid}">{run}</w:hyperlink>'
        body.append(f"<w:p>{run}</w:p>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}" '
        f'xmlns:r="{_R}"><w:body>{"".join(body)}</w:body></w:document>'
    )
    relationships = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
        f'"http://schemas.openxmlformats.org/package/2006/relationships">{"".join(rels)}'
        "</Relationships>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", relationships)
    return buffer.getvalue()
