"""Single-page apps and script-driven lists, as exam 43 lays them out: hash-routed views
(``#/numeral/8``, AngularJS's ``#!/``), AngularJS shells, Vue's ``@click`` cards and "Ver más
documentos" buttons. Markup and Spanish strings from real apps (sources in
``tests/compliance/exam43/wording.toml``); every portal served on loopback."""

from __future__ import annotations

import datetime as dt
import json

from monitor.compliance.addresses import is_route
from monitor.compliance.assess import assess_portal
from monitor.compliance.page import Page, parse_page
from monitor.compliance.render import shared_renderer
from monitor.compliance.result import ComplianceResult
from monitor.compliance.shell import detect_app_shell
from monitor.config import Config, CrawlSettings, PortalConfig
from monitor.net.client import build_client
from tests.compliance.fleet.server import LoopbackServer, Resource

TODAY = dt.date(2026, 11, 24)
BASE = "http://muni.laip.gt/transparencia/"


def parse(html: str, url: str = BASE) -> Page:
    return parse_page(url, 200, html.encode(), "text/html; charset=utf-8")


def test_a_hash_route_is_a_link_of_its_own_and_a_bare_anchor_is_none() -> None:
    page = parse(
        '<main><a href="#/numeral/8">Numeral 8</a> <a href="#!/numeral/9">Numeral 9</a>'
        ' <a href="#contenido">Ir al contenido</a> <a href="#">Arriba</a> <a href="#/">x</a>'
        "</main>"
    )
    assert [link.url for link in page.links] == [
        "http://muni.laip.gt/transparencia/#/numeral/8",
        "http://muni.laip.gt/transparencia/#!/numeral/9",
    ]
    assert is_route("#/numeral/8") and not is_route("#contenido") and not is_route("#/")
    # A view's own links are joined against the view.
    view = parse('<main><a href="#/numeral/10">10</a></main>', BASE + "#/numeral/9")
    assert view.links[0].url == BASE + "#/numeral/10"


def test_an_angularjs_shell_is_an_app_shell() -> None:
    html = (
        '<!DOCTYPE html><html lang="es" ng-app="transparencia"><head><meta charset="utf-8">'
        "<title>Transparencia Municipal</title></head><body><noscript><strong>Esta aplicación "
        "no funciona correctamente sin JavaScript. Por favor habilite JavaScript para "
        'continuar.</strong></noscript><div class="container"><div id="vista" ng-view></div>'
        '</div><script src="/transparencia/js/app.js?v=1.3.16"></script></body></html>'
    )
    shell = detect_app_shell(html.encode(), parse(html))
    assert shell.is_shell
    assert "angularjs" in shell.signs and "noscript asks for JavaScript" in shell.signs


def test_a_frameworks_click_handler_in_a_template_is_a_link() -> None:
    page = parse(
        '<main><div id="app" v-cloak><ul><li class="list-group-item" '
        "@click=\"ir('/transparencia/numeral/1/')\">Numeral 1 - Estructura Orgánica</li>"
        "<li v-on:click=\"ir('/transparencia/numeral/2/')\">10.2 dirección y teléfonos</li>"
        "<li ng-click=\"abrir('/files/03/directorio.pdf')\">Directorio</li></ul></div></main>"
    )
    assert [(link.url.split("/", 3)[3], link.text) for link in page.links] == [
        ("transparencia/numeral/1/", "Numeral 1 - Estructura Orgánica"),
        ("transparencia/numeral/2/", "10.2 dirección y teléfonos"),
        ("files/03/directorio.pdf", "Directorio"),
    ]


def test_a_button_loading_more_of_a_list_marks_its_block() -> None:
    page = parse(
        '<main><h1>Numeral 8</h1><ul><li><a href="/f/abril-2026.pdf">Abril 2026</a></li></ul>'
        '<p><a href="#" id="cargar-mas" data-url="/api/documentos">Ver más documentos</a></p>'
        "<h2>Otros</h2><p><button type=button>Cargar más</button></p>"
        '<h2>Noticias</h2><p><a href="/noticias/">Ver más</a></p></main>'
    )
    assert [(block.heading, block.loads_more) for block in page.blocks] == [
        ("Numeral 8", True),
        ("Otros", True),
        ("Noticias", False),  # a link to a page is followed, not pressed
    ]


def _shell(title: str) -> Resource:
    return Resource(
        (
            '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">'
            f"<title>{title}</title></head><body><noscript>Habilite JavaScript para ver este "
            'portal.</noscript><div id="app"></div><script src="/app.js"></script></body></html>'
        ).encode(),
        200,
    )


# A Vue 2-style hash app: the index view lists the numerals, each view fetches its documents.
_APP = """
(function () {
  var raiz = document.getElementById("app");
  function pintar() {
    var ruta = location.hash.replace(/^#/, "") || "/";
    var m = /^\\/numeral\\/(\\d+)$/.exec(ruta);
    var url = m ? "/api/numeral.php?id=" + m[1] : "/api/indice.php";
    fetch(url).then(function (r) { return r.json(); }).then(function (d) {
      raiz.innerHTML = "<main><h1>" + d.titulo + "</h1><ul>" + d.enlaces.map(function (e) {
        return '<li><a href="' + e[1] + '">' + e[0] + "</a></li>";
      }).join("") + "</ul></main>";
    });
  }
  window.addEventListener("hashchange", pintar);
  pintar();
})();
"""


def _json(value: object) -> Resource:
    return Resource(json.dumps(value).encode(), 200, "text/html; charset=UTF-8")


async def _assess(routes: dict[str, Resource], *, render: bool = True) -> ComplianceResult:
    with LoopbackServer(routes) as portal:
        config = Config(
            crawl=CrawlSettings(render_javascript=render),
            portals=(PortalConfig(slug="muni", name="Muni", url=portal.url + "/"),),
        )
        async with shared_renderer(), build_client(config.monitor) as client:
            return await assess_portal(client, config.portals[0], config, today=TODAY)


async def test_a_hash_routed_apps_views_are_rendered_and_judged() -> None:
    routes = {
        "/": _shell("Transparencia"),
        "/app.js": Resource(_APP.encode(), 200, "application/javascript"),
        "/api/indice.php": _json(
            {
                "titulo": "Información Pública de Oficio",
                "enlaces": [
                    ["Numeral 8 - Ejecución presupuestaria", "#/numeral/8"],
                    ["Numeral 12 - Viajes", "#/numeral/12"],
                ],
            }
        ),
        "/api/numeral.php?id=8": _json(
            {
                "titulo": "Numeral 8 - Ejecución presupuestaria",
                "enlaces": [["Ejecución Octubre 2026", "/f/ejecucion-octubre-2026.pdf"]],
            }
        ),
        "/api/numeral.php?id=12": _json(
            {
                "titulo": "Numeral 12 - Viajes",
                "enlaces": [["Viajes Octubre 2026", "/f/viajes-octubre-2026.pdf"]],
            }
        ),
        "/f/ejecucion-octubre-2026.pdf": Resource(b"%PDF-1.4 data", 200, "application/pdf"),
    }
    result = await _assess(routes)
    assert result.verdict("art10.n08").status == "ok", result.verdict("art10.n08").reason
    assert result.verdict("art10.n12").status == "broken", result.verdict("art10.n12").reason


_MORE = """
document.getElementById("cargar-mas").addEventListener("click", function (ev) {
  ev.preventDefault();
  var boton = this;
  fetch("/api/documentos?numeral=8&page=2").then(function (r) { return r.text(); })
    .then(function (html) {
      document.getElementById("lista").insertAdjacentHTML("beforeend", html);
      boton.remove();
    });
});
"""


def _page(body: str) -> Resource:
    return Resource(f"<html><body><main>{body}</main></body></html>".encode(), 200)


async def test_a_list_lengthened_by_a_button_is_read_whole() -> None:
    # Oldest first: the newest report is behind "Ver más documentos".
    pdf = Resource(b"%PDF-1.4 data", 200, "application/pdf")
    routes = {
        "/": _page('<h1>Inicio</h1><a href="/ip/8">Numeral 8 - Ejecución presupuestaria</a>'),
        "/ip/8": _page(
            '<h1>Numeral 8 - Ejecución presupuestaria</h1><ul id="lista">'
            '<li><a href="/f/ejecucion-mayo-2026.pdf">Ejecución Mayo 2026</a></li>'
            '<li><a href="/f/ejecucion-junio-2026.pdf">Ejecución Junio 2026</a></li></ul>'
            '<p><a href="#" id="cargar-mas">Ver más documentos</a></p>'
            '<script src="/mas.js"></script>'
        ),
        "/mas.js": Resource(_MORE.encode(), 200, "application/javascript"),
        "/api/documentos?numeral=8&page=2": Resource(
            b'<li><a href="/f/ejecucion-octubre-2026.pdf">Ejecuci\xc3\xb3n Octubre 2026</a></li>',
            200,
        ),
        "/f/ejecucion-mayo-2026.pdf": pdf,
        "/f/ejecucion-junio-2026.pdf": pdf,
        "/f/ejecucion-octubre-2026.pdf": pdf,
    }
    result = await _assess(routes)
    verdict = result.verdict("art10.n08")
    assert verdict.status == "ok", verdict.reason
    assert "2026-10" in verdict.reason


async def test_without_a_browser_a_lengthened_list_dates_nothing_as_stale() -> None:
    pdf = Resource(b"%PDF-1.4 data", 200, "application/pdf")
    routes = {
        "/": _page('<h1>Inicio</h1><a href="/ip/8">Numeral 8 - Ejecución presupuestaria</a>'),
        "/ip/8": _page(
            '<h1>Numeral 8 - Ejecución presupuestaria</h1><ul id="lista">'
            '<li><a href="/f/ejecucion-mayo-2026.pdf">Ejecución Mayo 2026</a></li></ul>'
            '<p><button id="cargar-mas">Cargar más</button></p>'
        ),
        "/f/ejecucion-mayo-2026.pdf": pdf,
    }
    verdict = (await _assess(routes, render=False)).verdict("art10.n08")
    assert verdict.status == "unknown", verdict.reason
    assert "loads more of its list by script" in verdict.reason


def test_a_clickable_card_links_from_its_own_title() -> None:
    # A card opened by a script reading its data-href, its title a heading inside it: the link
    # is the card's (its heading's block), not the block before it.
    page = parse(
        "<main><h1>Información Pública de Oficio</h1>"
        '<div class="card" data-href="/transparencia/numeral/1/" style="cursor: pointer;">'
        '<div class="card-body"><h5 class="card-title">10.1 Estructura Orgánica</h5></div></div>'
        '<div class="card" onclick="location.href=\'/transparencia/numeral/3/\'">'
        '<h5 class="card-title">3. Directorio de Empleados</h5></div>'
        '<table><tr><td>Organigrama 2024</td><td><button type="button" '
        'data-archivo="/files/01/organigrama-2024.pdf">Ver documento</button></td></tr></table>'
        "</main>"
    )
    held = {
        block.heading: [page.links[i].url.split("/", 3)[3] for i in block.links]
        for block in page.blocks
    }
    assert held["Información Pública de Oficio"] == []
    assert held["10.1 Estructura Orgánica"] == ["transparencia/numeral/1/"]
    assert held["3. Directorio de Empleados"] == ["transparencia/numeral/3/"]
    assert held["Organigrama 2024"] == ["files/01/organigrama-2024.pdf"]  # the row's button
