"""Exam 75's layouts: the information inside documents rather than on pages (see ``__init__``)."""

from __future__ import annotations

import calendar
import datetime as dt
import io
import random
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
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
    MESES,
    Doc,
    Item,
    Routes,
    _e,
    _present,
)

LAYOUTS = ("compendio", "indice", "por-numeral")
EXAM75: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: every item is named with
# its number (a page per numeral in the compendium, an entry of the index, a row of the table).
_INNER = {"compendio": "joomla", "indice": "numbers", "por-numeral": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM75[section][key]["text"]


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (amounts, upload lags, names), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


# -- periods ---------------------------------------------------------------------------------------


def _back(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 - months
    return index // 12, index % 12 + 1


def _last(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _ym(doc: Doc) -> tuple[int, int]:
    assert doc.modified is not None
    return doc.modified.year, doc.modified.month


def _shift(name: str, old: tuple[int, int], new: tuple[int, int]) -> str:
    """A monthly document's name moved from the period ``old`` to ``new``."""
    (oy, om), (ny, nm) = old, new
    out = name.replace(MESES[om - 1].upper(), MESES[nm - 1].upper())
    out = out.replace(MESES[om - 1], MESES[nm - 1]).replace(MESES[om - 1].lower(), MESES[nm - 1])
    return out.replace(str(oy), str(ny))


def _period(item: Item, doc: Doc) -> str:
    """The period a row covers, as the documents print it."""
    year, month = _ym(doc)
    if item_rhythm(item) == "monthly":
        return f"{MESES[month - 1]} {year}"
    return str(year)


# -- PDF and Word files ----------------------------------------------------------------------------


@dataclass
class _Line:
    """One printed line: cells at x positions, a size, bold or not, a link drawn over it."""

    cells: list[tuple[int, str]]
    size: int = 10
    bold: bool = False
    href: str = ""
    gap: int = 0
    page_break: bool = False


def _line(text: str, size: int = 10, *, bold: bool = False, href: str = "", gap: int = 0) -> _Line:
    return _Line([(60, text)], size, bold, href, gap)


def _wrap(text: str, width: int = 92) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current] if current else lines


def _paragraph(text: str, size: int = 10, gap: int = 0) -> list[_Line]:
    out = [_line(t, size) for t in _wrap(text, int(92 * 10 / size))]
    if out:
        out[0].gap = gap
    return out


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _pdf(lines: Sequence[_Line], title: str, producer: str, when: dt.date) -> bytes:
    """A valid PDF printing ``lines`` top to bottom (Helvetica, WinAnsi), a new page when one is
    full or a line asks for it; a line with ``href`` gets a /Link annotation with a /URI action
    over it (a relative URI: resolved against the document's own address)."""
    pages: list[tuple[bytes, list[bytes]]] = []
    content, y = b"", 750
    annots: list[bytes] = []
    for line in lines:
        height = line.size + 6 + line.gap
        if (line.page_break and content) or y - height < 60:
            pages.append((content, annots))
            content, annots, y = b"", [], 750
        y -= height
        font = b"/F2" if line.bold else b"/F1"
        color = b"0 0 0.75 rg " if line.href else b"0 g "
        for x, text in line.cells:
            content += (
                b"BT "
                + color
                + font
                + b" %d Tf 1 0 0 1 %d %d Tm " % (line.size, x, y)
                + _pdf_string(text)
                + b" Tj ET\n"
            )
        if line.href:
            x = line.cells[0][0]
            width = int(sum(len(t) for _, t in line.cells) * line.size * 0.5) + 10
            annots.append(
                b"<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] /A << /S /URI"
                b" /URI "
                % (x - 2, y - 3, min(x + width, 560), y + line.size + 1)
                + _pdf_string(line.href)
                + b" >> >>"
            )
    pages.append((content, annots))

    objects: list[bytes] = [b"", b"", b"", b"", b""]
    kids: list[int] = []
    for stream, page_annots in pages:
        content_id = len(objects) + 1
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        annot_ids = []
        for annot in page_annots:
            objects.append(annot)
            annot_ids.append(len(objects))
        page_id = len(objects) + 1
        refs = b" ".join(b"%d 0 R" % i for i in annot_ids)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0"
            b" R /F2 4 0 R >> >> /Contents %d 0 R /Annots [%s] >>" % (content_id, refs)
        )
        kids.append(page_id)
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    objects[2] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objects[3] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    stamp = when.strftime("D:%Y%m%d093000-06'00'").encode()
    objects[4] = (
        b"<< /Title " + _pdf_string(title) + b" /Producer " + _pdf_string(producer)
        + b" /CreationDate (" + stamp + b") /ModDate (" + stamp + b") >>"
    )  # fmt: skip
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _xml(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _docx(lines: Sequence[_Line], when: dt.date) -> bytes:
    """A Word document of ``lines`` (one paragraph each, table rows as tab-separated cells), a line
    with ``href`` a ``w:hyperlink`` to an external relationship (a relative address)."""
    links: list[str] = []
    paragraphs = ""
    for line in lines:
        text = "\t".join(t for _, t in line.cells)
        props = f'<w:rPr>{"<w:b/>" if line.bold else ""}<w:sz w:val="{line.size * 2}"/></w:rPr>'
        run = f'<w:r>{props}<w:t xml:space="preserve">{_xml(text)}</w:t></w:r>'
        if line.href:
            links.append(line.href)
            run = (
                f'<w:hyperlink r:id="rId{len(links) + 10}" w:history="1"><w:r><w:rPr><w:rStyle'
                f' w:val="Hipervnculo"/><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
                f'<w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:hyperlink>'
            )
        brk = '<w:r><w:br w:type="page"/></w:r>' if line.page_break else ""
        paragraphs += f"<w:p>{brk}{run}</w:p>"
    document = (
        f'{_XML}<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{paragraphs}<w:sectPr><w:pgSz'
        ' w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>'
    )
    rels = "".join(
        f'<Relationship Id="rId{n + 10}" Type="{_R}/hyperlink" Target="{_xml(href)}"'
        ' TargetMode="External"/>'
        for n, href in enumerate(links, start=1)
    )
    parts = [
        (
            "[Content_Types].xml",
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{_DOCX}.main+xml"/>'
            "</Types>",
        ),
        (
            "_rels/.rels",
            f'{_XML}<Relationships xmlns="{_RELS}"><Relationship Id="rId1" Type="{_R}/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        ),
        ("word/document.xml", document),
        (
            "word/_rels/document.xml.rels",
            f'{_XML}<Relationships xmlns="{_RELS}">{rels}</Relationships>',
        ),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, 10, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, data.encode("utf-8"))
    return buffer.getvalue()


# -- the site around the documents ---------------------------------------------------------------


@dataclass
class _Site:
    """One municipality's site: its name, menu and footer, the files it serves."""

    institution: str
    today: dt.date
    rng: random.Random
    producer: str
    initials: str
    files: Routes
    routes: Routes = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    menu: list[tuple[str, str]] = field(default_factory=list)

    def page(self, path: str, title: str, body: str) -> None:
        links = "".join(
            f'<li class="menu-item"><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in self.menu
        )
        footer = str(_w("site", "footer")).format(
            year=self.today.year, institution=self.institution
        )
        html = (
            f'<!DOCTYPE html><html lang="es-GT"><head><meta charset="UTF-8"><title>{_e(title)} –'
            f' {_e(self.institution)}</title></head><body class="page"><header'
            f' class="site-header"><p class="site-title"><a href="/">{_e(self.institution)}</a>'
            f'</p><nav class="main-navigation"><ul class="menu">{links}</ul></nav></header><div'
            f' id="content" class="site-content"><article class="page type-page"><header'
            f' class="entry-header"><h1 class="entry-title">{_e(title)}</h1></header><div'
            f' class="entry-content">{body}</div></article></div><footer class="site-footer"><p>'
            f"{_e(footer)}</p></footer></body></html>"
        )
        self.routes[path] = Resource(html.encode("utf-8"))

    def upload(self, stem: str, when: dt.date, ext: str = "pdf") -> str:
        return unique(f"/wp-content/uploads/{when.year}/{when.month:02d}/{stem}.{ext}", self.seen)

    def serve(self, path: str, body: bytes, when: dt.date, mime: str = "application/pdf") -> None:
        stamp = dt.datetime.combine(when, dt.time(9, 30)).timestamp()
        self.files[path] = Resource(body, content_type=mime, last_modified=stamp)

    def header(self) -> list[_Line]:
        top, second = (str(t) for t in _w("pdf", "header"))
        return [
            _line(top.format(INSTITUTION=self.institution.upper()), 12, bold=True),
            _line(second, 11, bold=True),
        ]

    def prepared(self) -> _Line:
        text = str(_w("pdf", "prepared")).format(initials=self.initials, year=self.today.year)
        return _line(text, 8, gap=14)

    def report(self, item: Item, doc: Doc, name: str, when: dt.date) -> bytes:
        """An item's own document: the header, its name, its period, a table of amounts."""
        lines = [*self.header(), _line(name, 12, bold=True, gap=12)]
        year, month = _ym(doc)
        if item_rhythm(item) == "monthly":
            period = str(_w("pdf", "period")).format(
                mm=f"{month:02d}", year=year, last=_last(year, month)
            )
            lines.append(_line(period, 10, gap=4))
        heads = [str(t) for t in _w("pdf", "amount_columns")]
        lines.append(_Line([(60, heads[0]), (100, heads[1]), (420, heads[2])], 10, True, gap=10))
        total = 0.0
        concepts = list(_w("pdf", "concepts"))
        for k, concept in enumerate(self.rng.sample(concepts, self.rng.randint(3, 6)), start=1):
            amount = round(self.rng.uniform(1500, 450000), 2)
            total += amount
            lines.append(_Line([(60, str(k)), (100, str(concept)), (420, f"{amount:,.2f}")]))
        lines.append(_Line([(100, str(_w("pdf", "total"))), (420, f"{total:,.2f}")], bold=True))
        lines.append(self.prepared())
        return _pdf(lines, name, self.producer, when)

    def statement(self, heading: str, texts: Sequence[str], when: dt.date) -> bytes:
        """A one-page document of an item holding only words (a phrase, the law, its own text)."""
        lines = [*self.header(), _line(heading, 12, bold=True, gap=12)]
        for text in texts:
            lines += _paragraph(text, 10, gap=8)
        lines.append(self.prepared())
        return _pdf(lines, heading, self.producer, when)


def _site(draw: st.DrawFn, today: dt.date, files: Routes, index: str, title: str) -> _Site:
    rng = _rng(draw)
    institution = str(draw(st.sampled_from(list(_w("site", "institutions")))))
    initials = "".join(rng.choice("ABCDEFGHJLMPRSTV") for _ in range(4))
    site = _Site(institution, today, rng, str(rng.choice(_w("pdf", "producer"))), initials, files)
    words = [str(t) for t in _w("site", "menu")]
    targets = {words[0]: "/", words[2]: index, words[3]: "/noticias/"}
    site.menu = [(w, targets.get(w, "/unidad-de-informacion-publica/")) for w in words]
    body = (
        f"<p>Bienvenidos al sitio oficial de la {_e(institution)}.</p>"
        f'<p><a href="{_e(index)}">{_e(title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.page("/", institution, body)
    return site


def _heading(form: str, item: Item) -> str:
    n = item.numeral
    if form == "label":
        return item.label
    return form.format(n=n, plain=item.plain, PLAIN=item.plain.upper())


def _nothing(site: _Site, year: int, month: int) -> str:
    form = str(site.rng.choice(_w("pdf", "nothing")))
    return form.format(month=MESES[month - 1], year=year)


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


def _intro(site: _Site) -> str:
    intro = str(_w("site", "intro")).format(institution=site.institution)
    return f"<h2>{_e(_w('site', 'subtitle'))}</h2><p>{_e(intro)}</p>"


def _outro() -> str:
    return f"<p>{_e(_w('site', 'request'))}</p><p><em>{_e(_w('site', 'signature'))}</em></p>"


# -- compendio: one big PDF per month (or year) covering every numeral ----------------------------


def _compendio(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    sec = "compendio"
    index = str(draw(st.sampled_from(list(_w(sec, "paths")))))
    title = str(draw(st.sampled_from(list(_w("site", "title")))))
    site = _site(draw, today, files, index, title)
    rng = site.rng
    per = draw(st.sampled_from(["mes", "mes", "anio"]))
    count = draw(st.integers(2, 4))
    newest_first = draw(st.booleans())
    heading_form = str(draw(st.sampled_from(["label", *_w("pdf", "heading")])))
    name_form = str(rng.choice(_w(sec, "monthly_name" if per == "mes" else "yearly_name")))
    law_shown = draw(st.booleans())
    newest = _back(today.year, today.month, 1)  # the previous month: its compendium is out
    if per == "mes":
        periods = [_back(*newest, k) for k in range(count)]
    else:
        periods = [newest, (newest[0] - 1, 12)]
    # How each empty or not-applicable item shows it, the same in every compendium.
    empty_as = {
        item.numeral: rng.choice(["frase", "mes", "ley"] if item.law_text else ["frase", "mes"])
        for item in items
    }

    def section(item: Item, cy: int, cm: int, latest: bool) -> list[_Line]:
        lines = [_line(_heading(heading_form, item), 13, bold=True)]
        lines[0].page_break = True
        if law_shown and item.law_text:
            lines += _paragraph(item.law_text, 8, gap=4)
        end = dt.date(cy, cm, _last(cy, cm))
        if item.own_text:
            return lines + _paragraph(item.own_text, 10, gap=10)
        if item.docs and item.truth != "broken":
            docs = sorted(item.docs, key=_ym, reverse=True)
            monthly = item_rhythm(item) == "monthly"
            if monthly and item.truth == "ok":
                # Staff fill the month's compendium with the month's report (and the ones before).
                spans = [_back(cy, cm, k) for k in range(len(docs))]
                rows = [
                    (_shift(d.name, _ym(d), p), f"{MESES[p[1] - 1]} {p[0]}")
                    for d, p in zip(docs, spans, strict=True)
                ]
            else:
                # Copied unchanged from compendium to compendium (never one dated after it).
                docs = [d for d in docs if latest or (d.modified and d.modified <= end)]
                spans = [_ym(d) for d in docs]
                rows = [(d.name, _period(item, d)) for d in docs]
            if not rows:
                return [*lines, _line(_nothing(site, cy, cm), 10, gap=10)]
            if monthly:
                year, month = spans[0]
                period = str(_w("pdf", "period")).format(
                    mm=f"{month:02d}", year=year, last=_last(year, month)
                )
                lines.append(_line(period, 10, gap=8))
            heads = [str(t) for t in _w("pdf", "columns")]
            lines.append(_Line([(60, heads[0]), (95, heads[1]), (430, heads[2])], 10, True, gap=8))
            for k, (name, period) in enumerate(rows, start=1):
                for j, part in enumerate(_wrap(name, 58)):
                    cells = [(95, part)] if j else [(60, str(k)), (95, part), (430, period)]
                    lines.append(_Line(cells, 9))
            return lines
        if item.truth == "broken":
            lines.append(_line(str(rng.choice(_w("pdf", "see"))), 10, gap=10))
            for doc in item.docs:
                lines.append(_line(doc.name, 10, href=doc.path))
            return lines
        how = empty_as[item.numeral]
        if item.truth == "not_applicable":
            return lines + [_line(item.phrase, 11, bold=True, gap=10)]
        if how == "mes":
            return lines + [_line(_nothing(site, cy, cm), 10, gap=10)]
        if how == "frase" and item.phrase:
            return lines + [_line(item.phrase, 10, gap=10)]
        if item.law_text and not law_shown:
            lines += _paragraph(item.law_text, 8, gap=4)
        return lines

    present = _present(items)
    for item in items:
        for doc in item.docs:
            if not doc.ok:
                stem = file_stem(doc.name)
                when = uploaded(doc, today, rng.randint(3, 12))
                doc.path = site.upload(stem, when)
    links: list[tuple[str, str, int]] = []
    for number, (cy, cm) in enumerate(periods):
        latest = number == 0
        name = name_form.format(month=MESES[cm - 1], MONTH=MESES[cm - 1].upper(), year=cy)
        cover = [*site.header(), _line(str(_w(sec, "cover")[0]), 16, bold=True, gap=60)]
        cover.append(_line(str(_w(sec, "cover")[1]), 11, gap=6))
        if per == "mes":
            line = str(_w(sec, "month_line")).format(month=MESES[cm - 1], year=cy)
        else:
            line = str(_w(sec, "year_line")).format(
                last=_last(cy, cm), month_lower=MESES[cm - 1].lower(), year=cy
            )
        cover += [_line(line, 12, bold=True, gap=10), site.prepared()]
        body = list(cover)
        for item in present:
            body += section(item, cy, cm, latest)
        when = min(dt.date(*_back(cy, cm, -1), 1) + dt.timedelta(days=rng.randint(2, 9)), today)
        path = site.upload(file_stem(name), when)
        site.serve(path, _pdf(body, name, site.producer, when), when)
        links.append((name, path, cy))
    for item in present:
        if item.truth != "broken":
            portal.notes[item.numeral] = (
                f"compendio/{per}/{item_rhythm(item)}/{_how(item)}/{empty_as[item.numeral]}"
            )
            item.docs = []  # the item's rows are inside the compendium, not files of their own
        else:
            portal.notes[item.numeral] = f"compendio/{per}/{item_rhythm(item)}/enlace-roto"
    if not newest_first:
        links.reverse()
    style = draw(st.sampled_from(["lista", "anios", "botones"]))
    lead = str(rng.choice(_w(sec, "lead")))
    listing = ""
    if style == "anios":
        for year in sorted({y for _, _, y in links}, reverse=newest_first):
            rows = "".join(
                f'<li><a href="{_e(p)}" target="_blank">{_e(n)}</a></li>'
                for n, p, y in links
                if y == year
            )
            listing += f"<h3>{year}</h3><ul>{rows}</ul>"
    elif style == "botones":
        listing = "".join(
            f'<div class="wp-block-file"><a href="{_e(p)}">{_e(n)}</a><a href="{_e(p)}"'
            ' class="wp-block-file__button" download>Descargar</a></div>'
            for n, p, _ in links
        )
    else:
        listing = (
            "<ul>"
            + "".join(
                f'<li><a href="{_e(p)}" target="_blank">{_e(n)}.pdf</a></li>' for n, p, _ in links
            )
            + "</ul>"
        )
    site.page(index, title, f"{_intro(site)}<p><strong>{_e(lead)}</strong></p>{listing}{_outro()}")
    _missing(portal, "compendio")
    return site.routes


# -- indice: an index document whose entries link each item's files -------------------------------


def _indice(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    sec = "indice"
    index = str(draw(st.sampled_from(list(_w(sec, "paths")))))
    title = str(draw(st.sampled_from(list(_w("site", "title")))))
    site = _site(draw, today, files, index, title)
    rng = site.rng
    kind = draw(st.sampled_from(["pdf", "pdf", "docx"]))
    embed = kind == "pdf" and draw(st.booleans())
    heading_form = str(draw(st.sampled_from(["label", *_w("pdf", "heading")])))
    cy, cm = _back(today.year, today.month, 1)
    name = str(rng.choice(_w(sec, "name"))).format(year=cy)
    lines = [*site.header(), _line(name, 14, bold=True, gap=16)]
    lines.append(_line(str(rng.choice(_w(sec, "instruction"))), 9, gap=4))
    for item in _present(items):
        n = item.numeral
        lines.append(_line(_heading(heading_form, item), 11, bold=True, gap=12))
        how = _how(item)
        if item.own_text:
            lines += _paragraph(item.own_text, 9)
        elif item.docs:
            for doc in item.docs:
                when = uploaded(doc, today, rng.randint(3, 14))
                doc.path = site.upload(file_stem(doc.name), when)
                if doc.ok:
                    site.serve(doc.path, site.report(item, doc, doc.name, when), when)
                lines.append(_line(f"• {doc.name}", 10, href=doc.path))
            how = f"{how}/{'roto' if item.truth == 'broken' else 'enlazado'}"
        else:
            choice = rng.choice(["texto", "pdf"])
            text = item.phrase or ("" if item.truth == "empty" else "No aplica")
            if item.truth == "empty" and (choice == "pdf" or not text):
                text = _nothing(site, cy, cm) if rng.random() < 0.7 else text
            if choice == "pdf" and text:
                when = min(
                    dt.date(*_back(cy, cm, -1), 1) + dt.timedelta(days=rng.randint(2, 9)), today
                )
                label = f"Numeral {n} {MESES[cm - 1]} {cy}"
                path = site.upload(file_stem(label), when)
                site.serve(
                    path,
                    site.statement(_heading("Numeral {n} - {plain}", item), [text], when),
                    when,
                )
                lines.append(_line(f"• {label}", 10, href=path))
                how = f"{how}/pdf:{text[:24]}"
            elif text:
                lines.append(_line(text, 10))
                how = f"{how}/texto:{text[:24]}"
            elif item.law_text:
                lines += _paragraph(item.law_text, 8)
                how = f"{how}/ley"
        portal.notes[n] = f"indice/{kind}/{item_rhythm(item)}/{how}"
        if item.truth != "broken":
            item.docs = []  # linked only from inside the index
    lines.append(site.prepared())
    when = min(today, dt.date(cy, cm, 1) + dt.timedelta(days=40 + rng.randint(0, 10)))
    stem = file_stem(name)
    if kind == "pdf":
        path = site.upload(stem, when)
        site.serve(path, _pdf(lines, name, site.producer, when), when)
    else:
        path = site.upload(stem, when, "docx")
        site.serve(path, _docx(lines, when), when, _DOCX)
    lead = str(rng.choice(_w(sec, "lead")))
    label = f"{name} ({'PDF' if kind == 'pdf' else 'Word'})"
    body = f"{_intro(site)}<p>{_e(lead)}</p>"
    if embed:
        body += (
            f'<iframe src="{_e(path)}" width="100%" height="800" title="{_e(name)}"></iframe>'
            f'<p>{_e(_w(sec, "viewer"))}<a href="{_e(path)}">{_e(label)}</a></p>'
        )
    else:
        body += f'<p><a href="{_e(path)}" target="_blank">{_e(label)}</a></p>'
    site.page(index, title, body + _outro())
    _missing(portal, "indice")
    return site.routes


# -- por_numeral: a table of numerals, each linking its own PDF ------------------------------------


def _por_numeral(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, files: Routes
) -> Routes:
    sec = "por_numeral"
    index = str(draw(st.sampled_from(list(_w(sec, "paths")))))
    title = str(draw(st.sampled_from(list(_w("site", "title")))))
    site = _site(draw, today, files, index, title)
    rng = site.rng
    link_text = draw(st.sampled_from(["nombre", "generico", "generico"]))
    file_name = draw(st.sampled_from(["nombre", "numeral"]))
    word = str(rng.choice(_w(sec, "link")))
    cy, cm = _back(today.year, today.month, 1)
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w(sec, "columns"))
    rows = ""
    for item in _present(items):
        n = item.numeral
        cells: list[str] = []
        how = _how(item)
        for k, doc in enumerate(item.docs, start=1):
            when = uploaded(doc, today, rng.randint(3, 14))
            stem = file_stem(doc.name) if file_name == "nombre" else f"numeral-{n:02d}-{k}"
            doc.path = site.upload(stem, when)
            if doc.ok:
                site.serve(doc.path, site.report(item, doc, doc.name, when), when)
            text = doc.name if link_text == "nombre" else word
            cells.append(f'<a href="{_e(doc.path)}" target="_blank">{_e(text)}</a>')
        if not item.docs:
            texts: list[str]
            if item.own_text:
                texts, as_pdf = [item.own_text], True
            elif item.truth == "not_applicable":
                texts, as_pdf = [item.phrase], rng.random() < 0.6
            else:
                pick = rng.choice(["mes", "mes", "frase", "ley"])
                if pick == "ley" and item.law_text:
                    texts = [item.law_text]
                elif pick == "frase" and item.phrase:
                    texts = [item.phrase]
                else:
                    texts = [_nothing(site, cy, cm)]
                as_pdf = rng.random() < 0.75
            if as_pdf:
                when = min(
                    dt.date(*_back(cy, cm, -1), 1) + dt.timedelta(days=rng.randint(2, 9)), today
                )
                stem = f"numeral-{n:02d}-{MESES[cm - 1].lower()}-{cy}"
                path = site.upload(stem, when)
                heading = _heading("Numeral {n} - {plain}", item)
                site.serve(path, site.statement(heading, texts, when), when)
                cells.append(f'<a href="{_e(path)}" target="_blank">{_e(word)}</a>')
                how = f"{how}/pdf:{texts[0][:24]}"
            else:
                cells.append(_e(texts[0]))
                how = f"{how}/celda:{texts[0][:24]}"
        rows += f"<tr><td>{n}</td><td>{_e(item.plain)}</td><td>{'<br>'.join(cells)}</td></tr>"
        portal.notes[n] = f"por-numeral/{link_text}/{file_name}/{item_rhythm(item)}/{how}"
    table = (
        f'<figure class="wp-block-table"><table><thead><tr>{heads}</tr></thead><tbody>{rows}'
        "</tbody></table></figure>"
    )
    site.page(index, title, f"{_intro(site)}{table}{_outro()}")
    _missing(portal, "por-numeral")
    return site.routes


# -- the strategy ----------------------------------------------------------------------------------

_Builder = Callable[[list[Item], dt.date, st.DrawFn, ExamPortal, Routes], Routes]
_BUILDERS: dict[str, _Builder] = {
    "compendio": _compendio,
    "indice": _indice,
    "por-numeral": _por_numeral,
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
    """Exam 75 portals of ``layout`` (drawn when None) with their truth."""
    return _portal(layout)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
