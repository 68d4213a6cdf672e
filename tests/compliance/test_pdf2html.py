"""PDFs converted to HTML by pdf2htmlEX are read as they look: links on the lines they are drawn
over, item names as headings, wrapped lines joined.

The markup is pdf2htmlEX's own (src/HTMLRenderer/link.cc writes a link annotation as ``<a
class="l" href="…"><div class="d m1" style="…left:…px;bottom:…px;width:…px;height:…px;…">`` after
the page's lines; src/HTMLRenderer/export.cc declares an embedded font ``font-weight:normal`` and
a local one ``font-weight:bold`` when it is bold; sources in
``tests/compliance/exam44/wording.toml``).
The wording is Masagua's and San Juan Sacatepéquez's lists of Article 10 (exam 44's sources).
"""

from __future__ import annotations

from monitor.compliance.page import Page, parse_page
from tests.compliance.test_judge import assess, page, pdf

BASE = "http://muni.laip.gt/uip/"
BOLD = "font-weight:bold;"
EMBEDDED = "font-weight:normal;"


def converted(lines: str, links: str, weight: str = BOLD) -> str:
    """A one-page pdf2htmlEX document of ``lines`` (``<div class="t …">``) then ``links``."""
    return f"""<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlEX/pdf2htmlEX) -->
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<style type="text/css">
.ff1{{font-family:ff1;line-height:0.91;font-style:normal;font-weight:normal;visibility:visible;}}
.ff2{{font-family:ff2;line-height:0.91;font-style:normal;{weight}visibility:visible;}}
.x1{{left:108.000000px;}}
.x2{{left:135.000000px;}}
.x3{{left:420.000000px;}}
.y1{{bottom:900.000000px;}}
.y2{{bottom:880.500000px;}}
.y3{{bottom:861.000000px;}}
.y4{{bottom:841.500000px;}}
.y5{{bottom:822.000000px;}}
.y6{{bottom:802.500000px;}}
.y7{{bottom:783.000000px;}}
@media print{{.y1{{bottom:800.000000pt;}}}}
</style></head><body><div id="page-container">
<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">
{lines}
{links}
</div></div></div></body></html>"""


def line(y: int, words: str, *, font: int = 1, x: int = 2, color: int = 0) -> str:
    return f'<div class="t m0 x{x} h2 y{y} ff{font} fs0 fc{color} sc0 ls0 ws0">{words}</div>'


def box(href: str, left: float, bottom: float, width: float = 300.0) -> str:
    return (
        f'<a class="l" href="{href}"><div class="d m1" style="border-style:none;position:absolute;'
        f"left:{left}px;bottom:{bottom}px;width:{width}px;height:19px;"
        'background-color:rgba(255,255,255,0.000001);"></div></a>'
    )


def parse(html: str) -> Page:
    return parse_page(BASE, 200, html.encode(), "text/html; charset=utf-8")


def headings(parsed: Page) -> list[str]:
    return [block.heading for block in parsed.blocks if block.heading]


def block_of(parsed: Page, heading: str) -> int:
    return next(i for i, block in enumerate(parsed.blocks) if block.heading.startswith(heading))


def links_of(parsed: Page, heading: str) -> list[tuple[str, str]]:
    block = parsed.blocks[block_of(parsed, heading)]
    return [(parsed.links[i].url.rsplit("/", 1)[-1], parsed.links[i].text) for i in block.links]


LIST = "".join(
    [
        line(1, "Numeral 8 - Informes mensuales de ejecución presupuestaria", font=2, x=1),
        line(2, "• Ejecución presupuestaria octubre 2026", color=1),
        line(3, "Numeral 9 - Depósitos con fondos públicos", font=2, x=1),
        line(4, "• Depósitos octubre 2026", color=1),
    ]
)
# Written after every line, in another order than the lines': the page's source says nothing.
LINKS = box("/files/09/depositos-oct.pdf", 135, 838) + box("/files/08/ejecucion-oct.pdf", 135, 877)


def test_each_link_box_lies_on_the_line_it_is_drawn_over_under_its_item() -> None:
    parsed = parse(converted(LIST, LINKS))
    assert links_of(parsed, "Numeral 8") == [
        ("ejecucion-oct.pdf", "• Ejecución presupuestaria octubre 2026")
    ]
    assert links_of(parsed, "Numeral 9") == [("depositos-oct.pdf", "• Depósitos octubre 2026")]


def test_a_link_box_over_no_line_stays_where_it_was() -> None:
    parsed = parse(converted(LIST, box("/files/otro.pdf", 135, 100)))
    targets = [link.url for link in parsed.links]
    assert targets == ["http://muni.laip.gt/files/otro.pdf"]
    assert parsed.links[0].text == ""


def test_a_box_over_the_second_cell_of_a_row_belongs_to_that_cell() -> None:
    row = line(2, "Octubre 2026") + line(2, "Descargar", x=3, color=1)
    parsed = parse(converted(line(1, "Numeral 8 - Informes mensuales", font=2, x=1) + row,
                             box("/files/08/octubre.pdf", 418, 877, 80)))  # fmt: skip
    assert links_of(parsed, "Numeral 8") == [("octubre.pdf", "Descargar")]


def test_item_names_in_an_embedded_font_head_their_items_but_other_words_in_it_do_not() -> None:
    lines = LIST + line(5, "No aplica", font=2)
    parsed = parse(converted(lines, LINKS, weight=EMBEDDED))
    assert headings(parsed) == [
        "Numeral 8 - Informes mensuales de ejecución presupuestaria",
        "Numeral 9 - Depósitos con fondos públicos",
    ]
    assert "No aplica" in parsed.blocks[-1].text


def test_a_documents_list_numbered_in_its_own_font_names_no_items() -> None:
    months = "".join(
        line(y, f"0{y} - Ejecución presupuestaria mes {y}", color=1) for y in range(2, 6)
    )
    bottoms = (877, 858, 838, 819)
    boxes = "".join(
        box(f"/files/08/mes-{y}.pdf", 135, bottom)
        for y, bottom in zip(range(2, 6), bottoms, strict=True)
    )
    lines = line(1, "Numeral 8 - Informes mensuales de ejecución presupuestaria", font=2, x=1)
    parsed = parse(converted(lines + months, boxes, weight=EMBEDDED))
    assert headings(parsed) == ["Numeral 8 - Informes mensuales de ejecución presupuestaria"]
    assert len(links_of(parsed, "Numeral 8")) == 4


def test_wrapped_lines_are_joined_and_new_entries_are_not() -> None:
    lines = "".join(
        [
            line(
                1,
                "Art. 10 Num. 10 Procesos de cotización y licitación para adquirir bienes de",
                font=2,
                x=1,
            ),  # fmt: skip
            line(2, "programas", font=2, x=1),
            line(3, "- Ejecución Presupuestaria Egresos Ejercicio Fiscal 2026 Artículo 10"),
            line(4, "Numeral 10"),
            line(5, "- Cotizaciones de octubre 2026"),
            line(6, "Art. 10 Num. 11 Contrataciones de bienes y servicios", font=2, x=1),
            line(7, "Art. 10 Num. 12 Viajes nacionales e internacionales", font=2, x=1),
        ]
    )
    parsed = parse(converted(lines, ""))
    assert headings(parsed) == [
        "Art. 10 Num. 10 Procesos de cotización y licitación para adquirir bienes de programas",
        "Art. 10 Num. 11 Contrataciones de bienes y servicios",
        "Art. 10 Num. 12 Viajes nacionales e internacionales",
    ]
    assert parsed.blocks[block_of(parsed, "Art. 10 Num. 10")].text_parts == [
        "- Ejecución Presupuestaria Egresos Ejercicio Fiscal 2026 Artículo 10 Numeral 10",
        "- Cotizaciones de octubre 2026",
    ]


def test_the_same_classes_without_pdf2htmlex_s_mark_are_left_alone() -> None:
    html = converted(LIST, LINKS).replace("pdf2htmlEX", "otro")
    parsed = parse(html)
    assert all(link.text == "" for link in parsed.links)


async def test_a_converted_list_is_judged_by_the_documents_its_lines_link() -> None:
    lines = LIST.replace("octubre 2026", "noviembre 2026")
    links = box("/files/09/depositos.pdf", 135, 838) + box("/files/08/ejecucion.pdf", 135, 877)
    result = await assess(
        {
            "/": page('<a href="/lista.html">Información pública de oficio</a>'),
            "/lista.html": _resource(converted(lines, links)),
            "/files/08/ejecucion.pdf": pdf(),
        }
    )
    assert result.verdict("art10.n08").status == "ok"
    assert result.verdict("art10.n09").status == "broken"


def _resource(html: str) -> object:
    from tests.compliance.fleet.server import Resource

    return Resource(html.encode(), 200)
