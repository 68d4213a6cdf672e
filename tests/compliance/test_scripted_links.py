"""Addresses a page opens by script rather than by a link: content a small script fetches into
the page, clickable rows and buttons with ``data-href`` / ``data-url``, and the file a row's
button opens. Markup as sites write it (GitHub file ids, as exam 22's ``wording.toml`` records
them): ``xhr.open("GET", "data.html", true)`` into ``innerHTML`` (33661443739),
``fetch(url).then(response => response.text())`` (55094015533), jQuery's
``$('#contenido').load('componentes/otp.html')`` (41942031182), rows opened by
``window.location = row.getAttribute('data-href')`` (4009872758), ``<input type="button" …
Onclick="window.open('pdf-open-customer.php?id_u=…')">`` (13629139439).
"""

from __future__ import annotations

import pytest

from monitor.compliance.page import parse_page

URL = "http://muni.example/transparencia/numeral-8.html"


def parse(body: str) -> list[tuple[int, str, str]]:
    """(block, address, text) of each link outside the template."""
    html = f"<html><body><main><h1>Numeral 8</h1>{body}</main></body></html>"
    page = parse_page(URL, 200, html.encode())
    return [(link.block, link.url, link.text) for link in page.links if not link.in_template]


@pytest.mark.parametrize(
    "script",
    [
        "var xhr = new XMLHttpRequest(); xhr.onload = function () { if (xhr.status == 200) { "
        "document.getElementById('contenido').innerHTML = xhr.responseText; } }; "
        "xhr.open('GET', '/ip/fragmentos/numeral8.html', true); xhr.send(null);",
        "fetch('/ip/fragmentos/numeral8.html').then(response => response.text()).then(html => "
        "{ document.getElementById('contenido').innerHTML = html; });",
        "$(function () { $('#contenido').load('/ip/fragmentos/numeral8.html'); });",
    ],
    ids=["xhr", "fetch", "jquery-load"],
)
def test_what_a_script_loads_into_the_item_is_a_link_of_the_item(script: str) -> None:
    body = "<div id='contenido'><p>Cargando...</p></div>"
    html = (
        f"<html><body><main><h1>Numeral 8 - Ejecución presupuestaria</h1>{body}</main>"
        f"<footer><p>Municipalidad</p></footer><script>{script}</script></body></html>"
    )
    page = parse_page(URL, 200, html.encode())
    heading = next(i for i, b in enumerate(page.blocks) if b.heading.startswith("Numeral 8"))
    fetched = [link for link in page.links if link.url.endswith("/numeral8.html")]
    assert [(link.block, link.url) for link in fetched] == [
        (heading, "http://muni.example/ip/fragmentos/numeral8.html")
    ]


def test_an_address_built_at_run_time_is_not_taken() -> None:
    script = (
        "<div id='contenido'></div><script>var id = 8; fetch('/ajax/numeral.php?id=' + id)"
        ".then(r => r.text()).then(h => { document.getElementById('contenido').innerHTML = h; });"
        "</script>"
    )
    assert parse(script) == []


def test_clickable_rows_and_buttons_open_their_data_addresses() -> None:
    body = (
        "<table><tr data-href='/transparencia/numeral-8/'><td>8</td><td>Ejecución "
        "presupuestaria</td></tr></table>"
        "<a href='#' class='cargar nav-link' data-url='/ajax/numeral.php?id=9'>Numeral 9</a>"
        "<button type='button' data-url='/documentos/informe-octubre-2026.pdf'>Descargar</button>"
    )
    assert [(url, text) for _block, url, text in parse(body)] == [
        ("http://muni.example/transparencia/numeral-8/", "8 Ejecución presupuestaria"),
        ("http://muni.example/ajax/numeral.php?id=9", "Numeral 9"),
        ("http://muni.example/documentos/informe-octubre-2026.pdf", "Descargar"),
    ]


@pytest.mark.parametrize(
    "control",
    [
        "<button type='button' data-url='/documentos/ejecucion-octubre-2026.pdf'>"
        "Descargar</button>",
        "<input type='button' value='Ver' "
        "onclick=\"window.open('/documentos/ejecucion-octubre-2026.pdf', '_blank')\">",
    ],
    ids=["data-url", "window-open"],
)
def test_a_row_whose_button_opens_a_file_is_the_files_row_not_data(control: str) -> None:
    body = (
        "<table><tr><th>Documento</th><th>Fecha</th><th></th></tr>"
        f"<tr><td>Ejecución presupuestaria octubre 2026</td><td>05/11/2026</td><td>{control}</td>"
        "</tr></table>"
    )
    html = f"<html><body><h1>Numeral 8</h1>{body}</body></html>"
    page = parse_page(URL, 200, html.encode())
    assert sum(block.rows for block in page.blocks) == 0
    assert [link.url for link in page.links] == [
        "http://muni.example/documentos/ejecucion-octubre-2026.pdf"
    ]
