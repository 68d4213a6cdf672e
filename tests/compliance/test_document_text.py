"""Documents read as the pages they are (``compliance.document_text``): a monthly compendium of
every numeral, an index whose entries link each item's files (exam 75's layouts: the items exist
only inside the documents the portal links)."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.compliance.assess import assess_portal
from monitor.compliance.document_text import document_html
from monitor.compliance.memo import Remembered
from monitor.compliance.page import parse_page
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, CrawlSettings, PortalConfig
from monitor.net.client import build_crawl_client
from tests.compliance.fleet.server import LoopbackServer, Resource, Traffic
from tests.compliance.made_documents import Line, docx_file, pdf_file

TODAY = dt.date(2026, 11, 24)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The cover and pages of a compendium as a municipality prints one (San Juan Sacatepéquez's
# numeral reports: "UNIDAD DE INFORMACIÓN PÚBLICA", "Elaborado por UIP/…").
COVER = [
    Line(["MUNICIPALIDAD DE SAN JUAN SACATEPÉQUEZ"], bold=True, size=14),
    Line(["UNIDAD DE INFORMACIÓN PÚBLICA"], bold=True),
    Line(["INFORMACIÓN PÚBLICA DE OFICIO"], bold=True, size=14),
    Line(["Correspondiente al mes de Octubre 2026"]),
]
BUDGET = [
    Line(["Numeral 8 - Informes mensuales de ejecución presupuestaria"], bold=True, size=13),
    Line(["Período: del 01/10/2026 al 31/10/2026"]),
    Line(["No.", "Descripción", "Período"], bold=True),
    Line(["1", "Ejecución presupuestaria de egresos", "Octubre 2026"], size=9),
    Line(["2", "Ejecución presupuestaria de ingresos", "Octubre 2026"], size=9),
]
INTERNATIONAL = [
    Line(["Numeral 24 - Entidades internacionales"], bold=True, size=13),
    Line(["NO APLICA a esta Municipalidad"], bold=True),
]


def page_html(body: str) -> Resource:
    return Resource(f"<html><body><main>{body}</main></body></html>".encode(), 200)


async def assess(routes: dict[str, Resource], crawls: int = 1) -> tuple[ComplianceResult, Traffic]:
    """The last of ``crawls`` crawls of ``routes``, each remembering the one before (the server
    sends validators, so an unchanged answer is a 304)."""
    with LoopbackServer(routes, validators=True) as portal:
        config = Config(
            crawl=CrawlSettings(),
            portals=(PortalConfig(slug="muni", name="Muni", url=portal.url + "/"),),
        )
        memory: dict[str, Remembered] = {}
        for _ in range(crawls):
            async with build_crawl_client(config.monitor) as client:
                result = await assess_portal(
                    client, config.portals[0], config, today=TODAY, memory=memory
                )
            memory = {answer.url: answer for answer in result.remembered}
        return result, portal.traffic


def test_a_pdfs_lines_cells_titles_and_links_become_a_page() -> None:
    body = pdf_file(
        [
            COVER,
            [*BUDGET, Line(["Ver informe de octubre"], href="/files/ejecucion-octubre-2026.pdf")],
        ]
    )
    html = document_html(body)
    assert html is not None
    assert "<p><b>Numeral 8 - Informes mensuales de ejecución presupuestaria</b></p>" in html
    assert (
        "<tr><td>1</td><td>Ejecución presupuestaria de egresos</td><td>Octubre 2026</td></tr>"
        in html
    )
    assert '<a href="/files/ejecucion-octubre-2026.pdf">Ver informe de octubre</a>' in html
    page = parse_page("http://muni.test/io-octubre-2026.pdf", 200, body, PDF)
    assert any("Numeral 8" in block.heading for block in page.blocks)
    assert [link.url for link in page.links] == [
        "http://muni.test/files/ejecucion-octubre-2026.pdf"
    ]


def test_a_word_index_gives_its_paragraphs_and_hyperlinks() -> None:
    body = docx_file(
        [
            ("Índice de Información Pública de Oficio 2026", None, True),
            ("NUMERAL 4", None, True),
            (
                "• Numeral 4 Octubre 2026",
                "/wp-content/uploads/2026/11/Numeral-4-Octubre-2026.pdf",
                False,
            ),
        ]
    )
    html = document_html(body)
    assert html is not None and "<p><b>NUMERAL 4</b></p>" in html
    assert '<a href="/wp-content/uploads/2026/11/Numeral-4-Octubre-2026.pdf">' in html


def test_a_damaged_document_is_no_page_and_no_error() -> None:
    assert document_html(b"%PDF-1.4\n garbage without objects") in (
        None,
        "<html><body></body></html>",
    )
    assert document_html(b"PK\x03\x04 not a zip") is None
    page = parse_page("http://muni.test/roto.pdf", 200, b"%PDF-1.4\n\x00\x01", PDF)
    assert page.links == [] and not any(block.heading for block in page.blocks)


@pytest.mark.parametrize("crawls", [1, 2], ids=["first crawl", "again, unchanged"])
async def test_items_printed_inside_a_monthly_compendium_are_published(crawls: int) -> None:
    """A portal that publishes Article 10 as one PDF a month (exam 75's ``compendio``): the items
    it holds are judged from inside it, also when the next crawl finds it unchanged; an item it
    does not hold is still missing."""
    compendium = pdf_file([COVER, BUDGET, INTERNATIONAL])
    result, traffic = await assess(
        {
            "/": page_html("<a href='/informacion-publica/'>Información Pública</a>"),
            "/informacion-publica/": page_html(
                "<h1>Información Pública</h1><p>Información pública de oficio por mes (PDF):</p>"
                "<ul><li><a href='/wp-content/uploads/2026/11/INFORMACION-PUBLICA-DE-OFICIO-"
                "OCTUBRE-2026.pdf'>INFORMACIÓN PÚBLICA DE OFICIO OCTUBRE 2026.pdf</a></li></ul>"
            ),
            "/wp-content/uploads/2026/11/INFORMACION-PUBLICA-DE-OFICIO-OCTUBRE-2026.pdf": Resource(
                compendium, content_type=PDF
            ),
        },
        crawls,
    )
    budget = result.verdict("art10.n08")
    assert (budget.status, budget.last_updated) == ("ok", dt.date(2026, 10, 31)), budget.reason
    assert result.verdict("art10.n24").status == "not_applicable"
    assert result.verdict("art10.n22").status == "missing"
    path = "/wp-content/uploads/2026/11/INFORMACION-PUBLICA-DE-OFICIO-OCTUBRE-2026.pdf"
    assert traffic.body_bytes[path] == len(compendium)  # read whole, as a page


async def test_an_index_documents_links_lead_to_the_items_files() -> None:
    """An index in Word whose entries link each item's files (exam 75's ``indice``); an item's
    own PDF, linked by the item's name, is checked as a document, not read whole."""
    index = docx_file(
        [
            ("Índice Artículo 10 Ley de Acceso a la Información Pública 2026", None, True),
            ("12. VIAJES NACIONALES E INTERNACIONALES", None, True),
            ("• Viajes Octubre 2026", "/uploads/Numeral-12-Octubre-2026.pdf", False),
            ("19. CONTRATOS DE ARRENDAMIENTO", None, True),
            ("• Arrendamientos 2026", "/uploads/Numeral-19-2026.pdf", False),
        ]
    )
    report = pdf_file([[Line(["Viajes nacionales e internacionales, octubre 2026"])] * 40])
    result, traffic = await assess(
        {
            "/": page_html(
                "<h1>Transparencia</h1><a href='/uploads/Indice-Articulo-10-2026.docx'>Índice "
                "Artículo 10 Ley de Acceso a la Información Pública 2026</a>"
            ),
            "/uploads/Indice-Articulo-10-2026.docx": Resource(index, content_type=DOCX),
            "/uploads/Numeral-12-Octubre-2026.pdf": Resource(report, content_type=PDF),
        }
    )
    travel = result.verdict("art10.n12")
    assert (travel.status, travel.last_updated) == ("ok", dt.date(2026, 10, 31)), travel.reason
    assert result.verdict("art10.n19").status == "broken"
    assert traffic.body_bytes["/uploads/Numeral-12-Octubre-2026.pdf"] < len(report)


async def test_the_law_and_one_items_documents_are_only_checked() -> None:
    """Only a document linked as the whole article's information is read whole: the law's own
    text (which names every numeral and publishes none) and one item's document ("Índice de la
    información clasificada", numeral 27's) are checked as files, and an item found nowhere else
    stays missing."""
    law = pdf_file(
        [
            [
                Line(["Numeral 22 - El listado de las compras directas realizadas"], bold=True),
                Line(["por las dependencias de los sujetos obligados."]),
            ]
            * 20
        ]
    )
    index = pdf_file([[Line(["Índice de la información clasificada 2026"])] * 40])
    result, traffic = await assess(
        {
            "/": page_html(
                "<h1>Transparencia</h1><ul><li><a href='/docs/ley-acceso-articulo-10.pdf'>Ley de "
                "Acceso a la Información Pública, Decreto 57-2008, Artículo 10</a></li><li><a "
                "href='/docs/indice-clasificada-2026.pdf'>Índice de la información clasificada "
                "2026</a></li></ul>"
            ),
            "/docs/ley-acceso-articulo-10.pdf": Resource(law, content_type=PDF),
            "/docs/indice-clasificada-2026.pdf": Resource(index, content_type=PDF),
        }
    )
    assert result.verdict("art10.n22").status == "missing"
    assert result.verdict("art10.n27").status == "ok"
    assert traffic.body_bytes["/docs/ley-acceso-articulo-10.pdf"] < len(law)
    assert traffic.body_bytes["/docs/indice-clasificada-2026.pdf"] < len(index)
