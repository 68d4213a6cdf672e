"""An item published behind a query form ("Seleccione el año", "Consultar") is read through the
form's GET submissions, as a visitor reads it; behind a form the monitor does not send (POST, a
script) it is ``unknown``, never ``empty``.

Markup as real sites print it: ``<select name="anio" required><option value="">Seleccione el
año</option>`` and the years after it (GitHub file id 44312267282, a Laravel form); a POST form
``<select name="anio" onchange="this.form.submit()"><option value="">Seleccione el año de
Consulta</option>`` (GitHub file id 31012385747); "Año 2015" as an option's text (a tax portal's
"seleccione el año que desee, del siguiente listado: Seleccione Año, Año 2015, Año 2016", GitHub
file id 71560120892).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

import pytest

from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import load_catalog
from monitor.compliance.forms import MAX_QUERIES
from monitor.compliance.page import parse_page
from monitor.compliance.result import ComplianceResult
from monitor.compliance.status import is_side_view
from monitor.config import Config, PortalConfig
from monitor.net.client import build_client
from tests.compliance.fleet.content import MESES
from tests.compliance.fleet.server import LoopbackServer, Resource

TODAY = dt.date(2026, 11, 24)
URL = "http://muni.example/ip/8/"


def page(title: str, body: str) -> Resource:
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"
    return Resource(html.encode())


def pdf(day: dt.date) -> Resource:
    modified = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()
    return Resource(b"%PDF-1.4 " * 200, content_type="application/pdf", last_modified=modified)


def period_form(method: str = "get") -> str:
    years = "".join(f'<option value="{y}">{y}</option>' for y in (2024, 2025, 2026))
    months = "".join(f'<option value="{n}">{name}</option>' for n, name in enumerate(MESES, 1))
    return (
        "<p>Seleccione el año y el mes a consultar.</p>"
        f'<form action="/consulta.php" method="{method}">'
        '<input type="hidden" name="numeral" value="8">'
        '<label for="anio">Año</label><select name="anio" id="anio" required>'
        f'<option value="">Seleccione el año</option>{years}</select>'
        '<label for="mes">Mes</label><select name="mes" id="mes">'
        f'<option value="">Seleccione el mes</option>{months}</select>'
        '<input type="submit" name="buscar" value="Consultar"></form>'
    )


def portal_routes(form: str) -> dict[str, Resource]:
    """A portal whose numeral 8 lists each month's report only in the answer to its form."""
    menu = '<ul><li><a href="/ip/8/">Numeral 8 - Ejecución presupuestaria</a></li></ul>'
    routes = {
        "/": page("Municipalidad de San José", menu),
        "/ip/8/": page("Numeral 8 - Ejecución presupuestaria", form),
    }
    published = {(2026, 10), (2026, 9), (2025, 12)}
    for year in (2024, 2025, 2026):
        for month in range(1, 13):
            query = urlencode({"numeral": 8, "anio": year, "mes": month, "buscar": "Consultar"})
            name = f"Ejecución presupuestaria {MESES[month - 1]} {year}"
            if (year, month) in published:
                path = f"/archivos/ejecucion-{year}-{month:02d}.pdf"
                body = f'<table><tr><td><a href="{path}">{name}</a></td></tr></table>'
                routes[path] = pdf(dt.date(year, month, 28))
            else:
                body = "<p>No se encontraron resultados.</p>"
            routes[f"/consulta.php?{query}"] = page("Consulta de información pública", body)
    return routes


async def assess(
    routes: dict[str, Resource], today: dt.date = TODAY
) -> tuple[ComplianceResult, LoopbackServer]:
    with LoopbackServer(routes) as server:
        config = Config(portals=(PortalConfig(slug="muni", name="Muni", url=server.url + "/"),))
        async with build_client(config.monitor) as client:
            result = await assess_portal(
                client, config.portals[0], config, load_catalog(), today=today
            )
    return result, server


async def test_a_period_form_is_read_newest_period_first_as_its_archive() -> None:
    result, server = await assess(portal_routes(period_form()))
    verdict = result.verdict("art10.n08")
    assert verdict.status == "ok", verdict.reason
    assert verdict.last_updated == dt.date(2026, 10, 31)
    asked = {path for (_method, path) in server.traffic.requests if "consulta" in path}
    # November 2026 says "No se encontraron resultados": October is where it stops (December
    # has not begun: asked for only if every other month were empty), as a visitor sends the
    # form: its fields in order, then the button's own pair.
    assert asked == {
        f"/consulta.php?numeral=8&anio=2026&mes={month}&buscar=Consultar" for month in (10, 11)
    }


async def test_an_item_behind_a_post_form_is_unknown_not_empty() -> None:
    result, server = await assess(portal_routes(period_form(method="post")))
    verdict = result.verdict("art10.n08")
    assert (verdict.status, verdict.reason) == (
        "unknown",
        "it shows its content only through a form the monitor does not send",
    )
    assert not any("consulta" in path for (_method, path) in server.traffic.requests)


def links_of(body: str) -> list[tuple[str, str]]:
    html = f"<html><body><h1>Numeral 8</h1>{body}</body></html>"
    return [(link.url, link.text) for link in parse_page(URL, 200, html.encode()).links]


def test_a_form_is_sent_as_a_browser_sends_it() -> None:
    form = (
        '<form action="buscar.php?vista=1#r">'  # a GET form's own query is replaced
        '<input type="text" name="q" value="">'
        '<input type="radio" name="tipo" id="t1" value="mensual" checked>'
        '<label for="t1">Informe mensual</label>'
        '<input type="radio" name="tipo" id="t2" value="anual"><label for="t2">Anual</label>'
        '<select name="anio"><option>Año 2026</option><option selected>Año 2025</option></select>'
        '<input type="checkbox" name="pdf" value="si" checked>'
        '<input type="checkbox" name="todo" value="si">'
        '<button type="submit" name="ver" value="1" formaction="/consulta/">Ver</button>'
        '<input type="submit" name="otro" value="No"></form>'
    )
    links = links_of(form)
    base = "http://muni.example/consulta/?q=&tipo="
    assert links == [
        (f"{base}mensual&anio=A%C3%B1o+2026&pdf=si&ver=1", "Informe mensual Año 2026"),
        (f"{base}mensual&anio=A%C3%B1o+2025&pdf=si&ver=1", "Informe mensual Año 2025"),
        (f"{base}anual&anio=A%C3%B1o+2026&pdf=si&ver=1", "Anual Año 2026"),
        (f"{base}anual&anio=A%C3%B1o+2025&pdf=si&ver=1", "Anual Año 2025"),
    ]


@pytest.mark.parametrize(
    "form",
    [
        period_form(method="post"),
        # A search needs the visitor's terms.
        '<form action="/buscar"><input type="search" name="q" required>'
        '<select name="anio"><option>2026</option><option>2025</option></select></form>',
        # Nothing to choose.
        '<form action="/buscar"><input type="text" name="q"><button>Buscar</button></form>',
        # A submit button that posts.
        '<form action="/c"><select name="anio"><option>2026</option><option>2025</option>'
        '</select><button formmethod="post">Ver</button></form>',
    ],
    ids=["post", "search-terms", "no-choice", "formmethod-post"],
)
def test_a_form_that_needs_terms_or_posts_is_not_sent(form: str) -> None:
    assert links_of(form) == []


def test_a_jump_menu_in_a_form_leads_to_its_pages_not_to_queries() -> None:
    form = (
        '<form name="form1"><select name="menu1" onchange="MM_jumpMenu(\'parent\',this,0)">'
        '<option value="/ip/8/2026/">2026</option><option value="/ip/8/2025/">2025</option>'
        "</select></form>"
    )
    assert [url for url, _text in links_of(form)] == [
        "http://muni.example/ip/8/2026/",
        "http://muni.example/ip/8/2025/",
    ]


def test_a_site_search_in_the_template_is_not_sent() -> None:
    header = (
        '<header><form action="/buscar"><select name="seccion"><option>Noticias</option>'
        "<option>Documentos</option></select></form></header>"
    )
    assert links_of(header) == []


def test_a_large_form_is_read_one_choice_at_a_time_from_the_newest_year() -> None:
    numerals = "".join(f'<option value="{n}">Numeral {n}</option>' for n in range(1, 30))
    years = "".join(f"<option>{y}</option>" for y in range(2020, 2027))
    form = (
        f'<form action="/consulta"><select name="numeral">{numerals}</select>'
        f'<select name="anio">{years}</select></form>'
    )
    links = links_of(form)
    assert MAX_QUERIES < 29 * 7
    assert len(links) == 1 + 28 + 6
    assert links[0] == ("http://muni.example/consulta?numeral=1&anio=2026", "Numeral 1 2026")
    assert ("http://muni.example/consulta?numeral=8&anio=2026", "Numeral 8 2026") in links
    assert ("http://muni.example/consulta?numeral=1&anio=2020", "Numeral 1 2020") in links


def answered_on_its_own_page(*, working: bool) -> dict[str, Resource]:
    """Numeral 14 asked by year on its own page (no action): each answer repeats the heading and
    the form; only 2024 holds files ("No se encontraron registros" for the others: GitHub file
    ids 61943725765, 52645151395)."""
    title = "Numeral 14 - Contratos de mantenimiento"
    menu = f'<ul><li><a href="/ip/14/">{title}</a></li></ul>'

    def form(selected: int | None) -> str:
        options = "".join(
            f'<option value="{y}"{" selected" if y == selected else ""}>{y}</option>'
            for y in (2026, 2025, 2024)
        )
        return (
            '<form method="get"><select name="anio"><option value="">Seleccione el año</option>'
            f'{options}</select><input type="submit" value="Consultar"></form>'
        )

    routes = {"/": page("Municipalidad de San José", menu), "/ip/14/": page(title, form(None))}
    for year in (2026, 2025, 2024):
        answer = "<p>No se encontraron registros.</p>"
        if year == 2024:
            path = "/archivos/contratos-mantenimiento-2024.pdf"
            answer = f'<ul><li><a href="{path}">Contratos de mantenimiento 2024</a></li></ul>'
            routes[path] = pdf(dt.date(2024, 3, 1)) if working else Resource(b"", status=404)
        routes[f"/ip/14/?anio={year}"] = page(title, form(year) + "<h2>Resultados</h2>" + answer)
    return routes


@pytest.mark.parametrize(("working", "status"), [(True, "ok"), (False, "broken")])
async def test_a_form_answered_on_its_own_page_is_read_until_a_year_holds_files(
    working: bool, status: str
) -> None:
    result, server = await assess(answered_on_its_own_page(working=working))
    verdict = result.verdict("art10.n14")
    # Each answer offers the other years again: an empty year is no further folder, and an
    # answer naming the item is a part of it, not the item saying it has nothing.
    assert verdict.status == status, verdict.reason
    asked = {path for (_method, path) in server.traffic.requests if "anio" in path}
    assert asked == {f"/ip/14/?anio={year}" for year in (2026, 2025, 2024)}


async def test_months_that_have_not_begun_are_asked_for_last() -> None:
    years = "".join(f'<option value="{y}">{y}</option>' for y in (2027, 2026))
    months = "".join(f'<option value="{n}">{name}</option>' for n, name in enumerate(MESES, 1))
    form = (
        f'<form action="/consulta.php"><select name="anio">{years}</select>'
        f'<select name="mes">{months}</select><input type="submit" value="Consultar"></form>'
    )
    menu = '<ul><li><a href="/ip/8/">Numeral 8 - Ejecución presupuestaria</a></li></ul>'
    routes = {
        "/": page("Municipalidad de San José", menu),
        "/ip/8/": page("Numeral 8 - Ejecución presupuestaria", form),
    }
    for year in (2027, 2026):
        for month in range(1, 13):
            body = "<p>No se encontraron resultados.</p>"
            if (year, month) == (2026, 12):
                path = "/archivos/ejecucion-2026-12.pdf"
                body = f'<a href="{path}">Ejecución presupuestaria diciembre 2026</a>'
                routes[path] = pdf(dt.date(2027, 1, 5))
            query = urlencode({"anio": year, "mes": month})
            routes[f"/consulta.php?{query}"] = page("Consulta", body)
    result, server = await assess(routes, today=dt.date(2027, 1, 6))
    assert result.verdict("art10.n08").status == "ok"
    asked = {path for (_method, path) in server.traffic.requests if "consulta" in path}
    # January 2027 has begun and holds nothing yet; December 2026 holds the newest report.
    assert asked == {"/consulta.php?anio=2027&mes=1", "/consulta.php?anio=2026&mes=12"}


def test_a_search_script_asked_for_a_period_is_no_site_search() -> None:
    assert not is_side_view("http://m.gt/transparencia/buscar_documentos.php?anio=2026&numeral=1")
    assert not is_side_view("http://m.gt/busqueda?q=&anio=2026")
    assert is_side_view("http://m.gt/buscar?q=informe")
    assert is_side_view("http://m.gt/buscar/")


async def test_a_period_without_files_says_nothing_of_files_that_fail_in_another() -> None:
    title = "Numeral 18 - Listado de obras en ejecución"
    form = (
        '<form><select name="anio"><option value="2026" selected>2026</option>'
        '<option value="2025">2025</option></select><input type="submit" value="Consultar">'
        "</form><h2>Resultados</h2>"
    )
    none = "<p>No se encontraron documentos para el período seleccionado.</p>"
    failing = '<a href="/archivos/obras-2025.pdf">Listado de obras 2025</a>'
    others = {
        1: "Numeral 1 - Estructura orgánica",
        2: "Numeral 2 - Dirección y teléfonos",
        4: "Numeral 4 - Funcionarios y empleados",
        5: "Numeral 5 - Misión y objetivos",
    }
    links = "".join(f'<li><a href="/ip/{n}/">{name}</a></li>' for n, name in others.items())
    menu = f'<ul>{links}<li><a href="/ip/18/">{title}</a></li></ul>'
    routes = {
        **{f"/ip/{n}/": page(name, "<p>No aplica.</p>") for n, name in others.items()},
        "/": page("Municipalidad de San José", menu),
        "/ip/18/": page(title, form + none),
        "/ip/18/?anio=2026": page(title, form + none),
        "/ip/18/?anio=2025": page(title, form + failing),
        "/archivos/obras-2025.pdf": Resource(b"", status=404),
    }
    result, _server = await assess(routes)
    verdict = result.verdict("art10.n18")
    assert verdict.status == "broken", verdict.reason
