"""Documents shown through viewers: the file a viewer's address or a viewer plugin's markup names.

The markup is the plugins' own, as their source code prints it (sources in
``tests/compliance/exam41/wording.toml``: dFlip 1.4 / DearFlip 2's shortcode.php, Real3D
Flipbook, PDF Embedder, Embed Any Document, Fancybox, Joomla's disabled plugin tags).
"""

from __future__ import annotations

import pytest

from monitor.compliance.page import Page, parse_page
from monitor.compliance.viewers import marked_addresses, script_addresses, viewed_file
from tests.compliance.fleet.server import Resource
from tests.compliance.test_judge import assess, page, pdf

BASE = "http://muni.laip.gt/ip/"


def parse(html: str) -> Page:
    return parse_page(BASE, 200, html.encode(), "text/html; charset=utf-8")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "http://muni.laip.gt/wp-content/plugins/pdfjs-viewer-shortcode/pdfjs/web/viewer.php"
            "?file=/wp-content/uploads/2026/11/informe.pdf&download=true",
            "/wp-content/uploads/2026/11/informe.pdf",
        ),
        ("http://muni.laip.gt/pdfjs/web/viewer.html?file=informe.pdf", "informe.pdf"),
        (
            "https://docs.google.com/viewer?url=http%3A%2F%2Fmuni.laip.gt%2Fa.pdf&embedded=true",
            "http://muni.laip.gt/a.pdf",
        ),
        (
            "https://docs.google.com/gview?url=http://muni.laip.gt/a.pdf",
            "http://muni.laip.gt/a.pdf",
        ),
        (
            "https://view.officeapps.live.com/op/embed.aspx?src=http://muni.laip.gt/a.xlsx",
            "http://muni.laip.gt/a.xlsx",
        ),
        # Links copied from Google Docs / Sheets, Facebook and Outlook go through a redirect.
        (
            "https://www.google.com/url?q=http://muni.laip.gt/f/a.pdf&sa=D&source=editors&usg=x",
            "http://muni.laip.gt/f/a.pdf",
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fmuni.gob.gt%2Fa.pdf&h=AT",
            "https://muni.gob.gt/a.pdf",
        ),
        (
            "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fmuni.gob.gt%2Fb.pdf",
            "https://muni.gob.gt/b.pdf",
        ),
        ("https://www.google.com/search?q=laip", None),  # a search, not a redirect
        ("http://muni.laip.gt/ip/viewer.php", None),  # no file named
        ("http://muni.laip.gt/index.php?option=com_content&view=article&id=8", None),
        ("http://muni.laip.gt/descargar.php?file=informe.pdf", None),  # a script, not a viewer
    ],
)
def test_a_viewers_address_names_the_file_it_shows(url: str, shown: str | None) -> None:
    assert viewed_file(url) == shown


def test_a_plugins_attributes_and_options_name_its_files() -> None:
    assert marked_addresses(
        {"class": "_df_book", "source": "http://muni.laip.gt/a.pdf", "wpoptions": "true"}
    ) == ["http://muni.laip.gt/a.pdf"]
    settings = '{"pdf_url":{"url":"http:\\/\\/muni.laip.gt\\/b.pdf"},"height":"600"}'
    assert marked_addresses({"data-settings": settings}) == ["http://muni.laip.gt/b.pdf"]
    script = 'window.option_df_12 = {"source":"http:\\/\\/muni.laip.gt\\/c.pdf","slug":"x"};'
    assert script_addresses(script) == ["http://muni.laip.gt/c.pdf"]
    # Another script's "source" (an analytics tag) is not a flipbook's.
    assert script_addresses('ga("set", {"source": "/x.pdf"})') == []


def test_viewer_markup_is_read_as_links_to_the_files() -> None:
    found = parse(
        "<main><h1>Numeral 8</h1>"
        '<div class="_df_book df-container df-loading" id=df_1 '
        "source=http://muni.laip.gt/f/octubre.pdf wpoptions=true ></div>"
        '<div class="pdfemb-viewer" data-pdf-url="/f/septiembre.pdf"></div>'
        '<a data-fancybox data-type="iframe" data-src="/f/agosto.pdf" href="javascript:;">'
        '<img src="/f/agosto-pdf-212x300.jpg" alt=""></a>'
        '<iframe src="https://docs.google.com/viewer?url=http%3A%2F%2Fmuni.laip.gt%2Ff%2Fjulio.pdf'
        '&embedded=true"></iframe>'
        '<script type="application/json" class="real3dflipbook-options">'
        '{"pdfUrl":"http://muni.laip.gt/f/junio.pdf","mode":"normal"}</script>'
        '<img data-src="/f/foto-alcalde.jpg" src="/lazy.gif"></main>'
    )
    assert [link.url.rsplit("/", 1)[1] for link in found.links] == [
        "octubre.pdf",
        "septiembre.pdf",
        "agosto.pdf",  # not the thumbnail
        "julio.pdf",
        "junio.pdf",
    ]


def test_a_disabled_plugins_tag_is_no_text() -> None:
    found = parse(
        "<main><h1>Numeral 22 - Compras directas</h1><p>{pdf=images/transparencia/2026/"
        "compras-octubre-2026.pdf|100%|600}</p><p>{google_docs}http://muni.laip.gt/f/a.pdf"
        "{/google_docs} Informe {loadposition transparencia}</p></main>"
    )
    assert " ".join(found.blocks[0].text.split()) == "Informe"


async def test_an_item_shown_by_a_pdfjs_viewer_is_judged_by_its_file() -> None:
    viewer = "/wp-content/plugins/pdfjs-viewer-shortcode/pdfjs/web/viewer.php?file="
    routes = {
        "/": page(
            '<h1>Inicio</h1><a href="/ip/8">Numeral 8 - Ejecución presupuestaria</a>'
            ' <a href="/ip/12">Numeral 12 - Viajes</a>'
        ),
        "/ip/8": page(
            "<h1>Numeral 8 - Ejecución presupuestaria</h1>"
            f'<iframe src="{viewer}/f/ejecucion-octubre-2026.pdf" width="100%"></iframe>'
        ),
        "/ip/12": page(
            f'<h1>Numeral 12 - Viajes</h1><iframe src="{viewer}/f/viajes-octubre-2026.pdf">'
            "</iframe>"
        ),
        # pdf.js's page: the file's name is only in the address it was opened with.
        viewer.split("?")[0]: Resource(b"<html><body><div id=viewer></div></body></html>", 200),
        "/f/ejecucion-octubre-2026.pdf": pdf(),
        "/transparencia": page("<h1>T</h1>"),
        "/noticias/presupuesto": page("<p>n</p>"),
    }
    result = await assess(routes)
    assert result.verdict("art10.n08").status == "ok", result.verdict("art10.n08").reason
    assert result.verdict("art10.n12").status == "broken", result.verdict("art10.n12").reason
