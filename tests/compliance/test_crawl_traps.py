"""One portal, many addresses: session ids, calendars, tag and print copies, faceted filters.

Real CMSs publish the same page under many addresses and offer link spaces without end; a
crawler with a page budget must not spend it there, nor judge one item by another's page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import load_catalog
from monitor.compliance.crawl import MINOR, CrawlOutcome, crawl, link_priority
from monitor.compliance.dates import archive_period
from monitor.compliance.result import ComplianceResult
from monitor.compliance.status import is_minor, is_pagination, is_side_view
from monitor.net.canonical import without_session
from monitor.net.client import build_client
from tests.compliance.fleet.server import LoopbackServer, Resource
from tests.compliance.test_crawl import config_for

TODAY = dt.date(2026, 11, 24)
PDF = "application/pdf"


def html(body: str, title: str = "Municipalidad") -> Resource:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return Resource(page.encode(), 200)


def pdf() -> Resource:
    modified = dt.datetime(2026, 11, 3, tzinfo=dt.UTC).timestamp()
    return Resource(b"%PDF-1.4 " + b"0" * 2048, 200, PDF, last_modified=modified)


async def crawl_of(url: str, **crawl_settings: object) -> CrawlOutcome:
    config = config_for(url, **crawl_settings)
    async with build_client(config.monitor) as client:
        return await crawl(client, config.portals[0], config)


async def assess(url: str, **crawl_settings: object) -> ComplianceResult:
    config = config_for(url, **crawl_settings)
    async with build_client(config.monitor) as client:
        return await assess_portal(client, config.portals[0], config, load_catalog(), today=TODAY)


@pytest.mark.parametrize(
    ("linked", "requested"),
    [
        ("/t.php?numeral=4&PHPSESSID=9f8e7d6c", "/t.php?numeral=4"),
        ("/numeral.jsp;jsessionid=0AF3B2C1D4E5F6A7?id=4", "/numeral.jsp?id=4"),
        ("/ip/?utm_source=facebook&utm_medium=social&fbclid=IwAR0x", "/ip/"),
        ("/ip/?gclid=abc&mes=10&_ga=2.1", "/ip/?mes=10"),
        ("/detalle.php?sid=12&id=3", "/detalle.php?sid=12&id=3"),  # "sid" may select content
        ("/ip/?mes=10&anio=2026", "/ip/?mes=10&anio=2026"),
        # Where the visitor came from: Liferay 6.2 and 7, ASP.NET, WordPress, Plone (exam 21).
        (
            "/web/guest/ip/-/asset_publisher/aQlX/content/dietas?redirect=%2Fweb%2Fguest%2Fip%3Fp_p_id"
            "%3D101",
            "/web/guest/ip/-/asset_publisher/aQlX/content/dietas",
        ),
        (
            "/-/content/dietas?_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE"
            "_x_redirect=https%3A%2F%2Fmuni.gob.gt%2Fip&id=4",
            "/-/content/dietas?id=4",
        ),
        ("/Login.aspx?ReturnUrl=%2fTransparencia%2fDefault.aspx", "/Login.aspx"),
        ("/wp-login.php?redirect_to=https%3A%2F%2Fmuni.gob.gt%2Fip%2F", "/wp-login.php"),
        ("/ip/acl_users/login_form?came_from=/ip/numeral-8", "/ip/acl_users/login_form"),
        ("/ip/?redirect=1&back=si", "/ip/?redirect=1&back=si"),  # not an address: kept
        ("/visor.php?url=/docs/informe.pdf", "/visor.php?url=/docs/informe.pdf"),  # the file
    ],
)
def test_session_ids_and_trackers_leave_the_address_and_content_parameters_stay(
    linked: str, requested: str
) -> None:
    assert without_session("http://muni.gob.gt" + linked) == "http://muni.gob.gt" + requested


async def test_a_page_linked_with_a_new_session_id_each_time_is_read_once() -> None:
    """A cookieless PHP site writes a new session into every link: the same pages again and
    again to a crawler that keeps the id, until its budget is spent."""
    sid = iter(range(10_000, 99_999))

    def menu() -> str:
        return "".join(
            f'<a href="/transparencia.php?numeral={n}&amp;PHPSESSID={next(sid)}">Numeral {n}</a>'
            for n in (1, 2, 3)
        )

    routes = {"/": html(menu())}
    routes |= {
        f"/transparencia.php?numeral={n}": html(f"<h1>Numeral {n}</h1>" + menu()) for n in (1, 2, 3)
    }
    with LoopbackServer(routes) as portal:
        outcome = await crawl_of(portal.url, max_pages=20)
        pages = [path for method, path in portal.traffic.requests if method == "GET"]
    assert sorted(p for p in pages if p != "/robots.txt") == [
        "/",
        "/transparencia.php?numeral=1",
        "/transparencia.php?numeral=2",
        "/transparencia.php?numeral=3",
    ]
    assert outcome.stats.stop_reason is None


def _aspnet_site(sessions: list[str], expired: str) -> dict[str, Resource]:
    """An ASP.NET WebForms site with cookieless sessions that hands out a new session with each
    answer: a page under session k links every page under session k+1 (the last one wraps);
    every page exists under every session, and ``expired`` answers with the first one."""
    names = ["Default.aspx", *(f"Numeral.aspx?id={n}" for n in (1, 2, 3))]

    def under(sid: str, name: str) -> str:
        return f"/Portal/(S({sid}))/Transparencia/{name}"

    routes = {"/": html(f'<a href="{under(expired, "Default.aspx")}">Transparencia</a>')}
    for k, sid in enumerate(sessions):
        following = sessions[(k + 1) % len(sessions)]
        menu = "".join(
            f'<a href="{under(following, f"Numeral.aspx?id={n}")}">Numeral {n}</a>'
            for n in (1, 2, 3)
        )
        for name in names:
            routes[under(sid, name)] = html(f"<h1>{name}</h1>{menu}")
    for name in names:
        routes[under(expired, name)] = Resource(b"", 302, location=under(sessions[0], name))
    return routes


async def test_an_aspnet_site_renewing_its_cookieless_session_is_read_once_under_one() -> None:
    """ASP.NET writes the session into the path ("/(S(lit3py55t21z5v55vlm25s55))/"); the crawl
    keeps the session it was given, as a browser does, and reads each page once. The first link
    carries an expired session: the server's redirect gives the one kept."""
    sessions = ["lit3py55t21z5v55vlm25s55", "a0b1c2d3e4f5a0b1c2d3e4f5", "zz00yy11xx22ww33vv44uu55"]
    with LoopbackServer(_aspnet_site(sessions, "expired0000000000000000a")) as portal:
        outcome = await crawl_of(portal.url, max_pages=30)
        pages = [path for method, path in portal.traffic.requests if method == "GET"]
    first = "/Portal/(S(lit3py55t21z5v55vlm25s55))/Transparencia/"
    assert sorted(p for p in pages if p not in ("/", "/robots.txt")) == sorted(
        [
            "/Portal/(S(expired0000000000000000a))/Transparencia/Default.aspx",
            f"{first}Default.aspx",
            f"{first}Numeral.aspx?id=1",
            f"{first}Numeral.aspx?id=2",
            f"{first}Numeral.aspx?id=3",
        ]
    )
    assert outcome.stats.stop_reason is None
    numeral = f"{portal.url}{first}Numeral.aspx?id=2"
    assert {link.url for link in outcome.pages[numeral].links} == {
        f"{portal.url}{first}Numeral.aspx?id={n}" for n in (1, 2, 3)
    }


@pytest.mark.parametrize(
    "url",
    [
        "http://m.gt/agenda/2031/04/",
        "http://m.gt/events/month/2026-11/",
        "http://m.gt/index.php?option=com_tags&view=tag&id=4:recursos-humanos",
        "http://m.gt/index.php?option=com_content&view=category&id=21&format=feed&type=rss",
        "http://m.gt/index.php?view=article&id=188&tmpl=component&print=1",
        "http://m.gt/index.php?option=com_mailto&tmpl=component&link=fbf5293c",
        "http://m.gt/index.php?option=com_search&searchword=presupuesto",
        "http://m.gt/listado?filter_order=a.title&filter_order_Dir=asc",
        # A resized copy of a listing: Laravel's page size, a "Mostrar 25 registros" form (exam 54).
        "http://m.gt/transparencia/articulo-10/numeral-8?per_page=50",
        "http://m.gt/documentos.php?numeral=8&registros=25",
        "http://m.gt/repositorio/compartir/116/",
        "http://m.gt/2026/11/",
        "http://m.gt/2026/11/24/",
        # A calendar widget's day view of the page it sits on (CDAG's site, exam 66).
        "http://m.gt/informacion-publica/fideicomisos/?date=2026-11-3&t=list",
        "http://m.gt/web/guest/ip?p_p_id=101_INSTANCE_x&p_p_lifecycle=0&p_p_state=maximized",
        "http://m.gt/Lists/Transparencia/AllItems.aspx?SortField=Modified&SortDir=Desc",
        "http://m.gt/_layouts/15/SubNew.aspx?List=%7B1%7D&Source=%2FLists",
        "http://m.gt/(S(lit3py55t21z5v55vlm25s55))/Login.aspx?ReturnUrl=%2fDefault.aspx",
        # Other languages' copies: WPML, Polylang, Joomla's language filter (exam 23).
        "http://m.gt/transparencia/numeral-8/?lang=en",
        "http://m.gt/transparencia/?lang=kiche",
        "http://m.gt/en/budget-execution/",
        "http://m.gt/index.php/en/numeral-8",
        "http://m.gt/index.php?option=com_content&view=article&id=8&lang=en",
    ],
)
def test_calendars_copies_and_date_archives_are_side_views_read_last(url: str) -> None:
    assert is_side_view(url)
    assert is_minor(url)
    assert link_priority(url, "Numeral 8") == MINOR


@pytest.mark.parametrize(
    "url",
    [
        "http://m.gt/search/label/Numeral%208?max-results=20",  # Blogger's label pages hold items
        "http://m.gt/reportes/nomina.php?mes=10&anio=2026",  # a report of a period
        "http://m.gt/reportes/consulta.php?fecha=2026-10",  # a month's documents
        "http://m.gt/transparencia/registro/5/",
        "http://m.gt/2026/11/24/informacion-publica-de-oficio-noviembre/",  # a post, not an archive
        "http://m.gt/documentos/2026/octubre/",
        "http://m.gt/web/guest/ip?p_p_id=101_INSTANCE_x&p_p_lifecycle=0&p_p_state=normal",
        "http://m.gt/transparencia/numeral-8/?lang=es",  # the Spanish version is the portal
        "http://m.gt/es/ejecucion-presupuestaria/",
        "http://m.gt/index.php/es/numeral-8",
        "http://m.gt/entidades/",
        # Odoo Documents' share of a folder of files (exam 67), not a share button's page.
        "http://m.gt/document/share/211/d89c990e-53b1-3ca2-031e-eb1a6d92c36e",
    ],
)
def test_item_pages_are_not_side_views(url: str) -> None:
    assert not is_side_view(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://m.gt/web/guest/ip?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_delta=5&_101_INSTANCE_x_cur=2",
        "http://m.gt/Lists/Transparencia/AllItems.aspx?Paged=TRUE&p_ID=31&PageFirstRow=31",
        "http://m.gt/documentos/?page=2",
    ],
)
def test_liferay_and_sharepoint_pages_of_a_listing_are_pagination(url: str) -> None:
    """So that their "Siguiente" is a listing's next page, read one at a time as an archive."""
    assert is_pagination(url)
    assert archive_period("Siguiente", url) == ("next", None)


@pytest.mark.parametrize(
    ("label", "url", "kind"),
    [
        # WordPress's pager of posts, Custom Facebook Feed's link under its "load more" script
        # (exams 54 and 57): a listing's next page, read as an archive step.
        ("« Entradas anteriores", "http://m.gt/blog/page/2/", "next"),
        ("+ Cargar más publicaciones", "http://m.gt/muro/?pagina=5", "next"),
        ("Ver más", "http://m.gt/documentos/?page=3", "next"),
        ("Publicaciones anteriores", "http://m.gt/noticias/page/2/", "next"),
        # The same words to a page that is no listing's next one.
        ("Cargar más", "http://m.gt/noticias/", ""),
        ("Ver más noticias", "http://m.gt/noticias/", ""),
    ],
)
def test_a_feed_s_further_posts_are_its_next_page(label: str, url: str, kind: str) -> None:
    assert archive_period(label, url)[0] == kind


async def test_a_calendar_before_the_menu_leaves_the_budget_and_absent_items_are_missing() -> None:
    """An events calendar with a link to every month, placed before "Transparencia": the items'
    pages are read first, and what the portal does not publish is missing, not unknown."""
    months = [f"{year}-{month:02d}" for year in range(2020, 2032) for month in range(1, 13)]
    calendar = "".join(f'<a href="/agenda/?mes={m}">{m}</a>' for m in months)
    routes = {
        "/": html(
            f'<div class="calendario">{calendar}</div><a href="/transparencia/">Transparencia</a>'
        ),
        "/transparencia/": html(
            '<h1>Información pública de oficio</h1><a href="/ip/8/">Numeral 8</a>'
        ),
        "/ip/8/": html(
            "<h1>Numeral 8 - Ejecución presupuestaria</h1>"
            '<a href="/f/octubre-2026.pdf">Octubre 2026</a>'
        ),
        "/f/octubre-2026.pdf": pdf(),
    }
    routes |= {f"/agenda/?mes={m}": html(calendar) for m in months}
    with LoopbackServer(routes) as portal:
        result = await assess(portal.url, max_pages=10)
        read = {path for method, path in portal.traffic.requests if method == "GET"}
    assert {"/transparencia/", "/ip/8/"} <= read
    assert result.verdict("art10.n08").status == "ok"
    assert result.verdict("art10.n22").status == "missing"


async def test_a_listing_page_waiting_as_a_minor_link_is_read_as_the_archive_step_it_is() -> None:
    """Joomla's pager: "Final" (priority: pagination, read last) and then "Siguiente" to the
    same address from the page before it. Every page of the listing is read within budget."""
    pages = 5

    def listing(number: int) -> Resource:
        here = "/ip/" + (f"?start={number * 5}" if number else "")
        rows = f'<li><a href="/art/{number}">Numeral {number + 1}</a></li>'
        pager = f'<a href="/ip/?start={(pages - 1) * 5}">Final</a>'
        if number + 1 < pages:
            pager += f'<a href="/ip/?start={(number + 1) * 5}">Siguiente</a>'
        return html(f"<h1>Información pública {here}</h1><ul>{rows}</ul>{pager}")

    routes = {"/": html('<a href="/ip/">Información pública</a>')}
    routes |= {"/ip/" + (f"?start={n * 5}" if n else ""): listing(n) for n in range(pages)}
    routes |= {f"/art/{n}": html(f"<h1>Numeral {n + 1}</h1>") for n in range(pages)}
    with LoopbackServer(routes) as portal:
        outcome = await crawl_of(portal.url, max_pages=7)
    assert {portal.url + f"/art/{n}" for n in range(pages)} <= set(outcome.pages)


async def test_siguiente_between_two_articles_does_not_lend_one_items_documents_to_another() -> (
    None
):
    """Joomla's article navigation ("‹ Anterior", "Siguiente ›") leads to another item's article:
    its documents are that item's, and an empty item stays empty."""
    nav = '<a href="/art/viajes">‹ Anterior</a><a href="/art/compras">Siguiente ›</a>'
    routes = {
        "/": html('<a href="/art/planilla">Numeral 3 - Directorio de empleados</a>'),
        "/art/planilla": html(
            "<h1>Art. 10 Num. 3 Directorio de Empleados</h1>"
            "<p>Esta información se encuentra en proceso de actualización.</p>" + nav
        ),
        "/art/compras": html(
            '<h1>Art. 10 Num. 22 Compras directas</h1><a href="/f/compras-octubre-2026.pdf">'
            "Compras directas octubre 2026</a>"
        ),
        "/art/viajes": html("<h1>Art. 10 Num. 12 Viajes</h1>"),
        "/f/compras-octubre-2026.pdf": pdf(),
    }
    with LoopbackServer(routes) as portal:
        result = await assess(portal.url)
    numeral_3 = result.verdict("art10.n03")
    assert numeral_3.status == "empty", numeral_3.reason


async def test_a_filter_list_naming_every_item_does_not_split_the_results_it_filters() -> None:
    """A document repository filtered by type: the sidebar's options name every numeral with a
    count ("Numeral 16 - Contratos (1)"); the results below are numeral 16's."""
    options = "".join(
        f'<li><a href="/repositorio/?tipo={n}">☐ Numeral {n} - {name} (1)</a></li>'
        for n, name in (
            (15, "Subsidios y becas"),
            (16, "Contratos y licencias"),
            (17, "Empresas precalificadas"),
        )
    )
    routes = {
        "/": html('<a href="/repositorio/?tipo=16">Numeral 16 - Contratos y licencias</a>'),
        "/repositorio/?tipo=16": html(
            "<h1>Repositorio de documentos: Numeral 16 - Contratos, licencias o concesiones</h1>"
            f"<h3>Tipo de documento</h3><ul>{options}</ul>"
            '<h3>Contratos octubre 2026</h3><a href="/f/contratos-octubre-2026.pdf">Descargar</a>'
        ),
        "/f/contratos-octubre-2026.pdf": pdf(),
    }
    with LoopbackServer(routes) as portal:
        result = await assess(portal.url)
    assert result.verdict("art10.n16").status == "ok", result.verdict("art10.n16").reason


async def test_every_combination_of_a_listings_filters_is_read_last() -> None:
    """From "?tipo=16", the unit filter adds a parameter: those combinations wait, and the
    portal's other pages come first."""
    units = [f"unidad-{n}" for n in range(12)]
    facets = "".join(f'<a href="/repo/?tipo=16&amp;unidad={u}">Unidad {u}</a>' for u in units)
    routes = {
        "/": html('<a href="/repo/?tipo=16">Numeral 16</a><a href="/ip/">Información pública</a>'),
        "/repo/?tipo=16": html(f"<h1>Numeral 16</h1>{facets}"),
        "/ip/": html('<h1>Información pública</h1><a href="/ip/lista/">Listado</a>'),
        "/ip/lista/": html('<a href="/ip/8/">Numeral 8</a>'),
        "/ip/8/": html("<h1>Numeral 8</h1>"),
    }
    routes |= {f"/repo/?tipo=16&unidad={u}": html(facets) for u in units}
    with LoopbackServer(routes) as portal:
        outcome = await crawl_of(portal.url, max_pages=6)
    assert portal.url + "/ip/8/" in outcome.pages
    unread = outcome.unvisited
    assert unread and unread <= outcome.unvisited_minor


async def test_a_news_pages_links_wait_but_not_one_that_looks_like_an_item() -> None:
    """A news post's links wait with it; its link to "Numeral 8" does not: left unread, it still
    makes what was not found `unknown`, never `missing`."""
    routes = {
        "/": html('<a href="/noticias/feria-titular/">Feria titular</a>'),
        "/noticias/feria-titular/": html(
            '<a href="/galeria-de-fotos/">Fotos de la feria</a><a href="/ip/8/">Numeral 8</a>'
        ),
        "/galeria-de-fotos/": html("<h1>Fotos</h1>"),
        "/ip/8/": html("<h1>Numeral 8</h1>"),
    }
    with LoopbackServer(routes) as portal:
        outcome = await crawl_of(portal.url, max_pages=2)
    assert outcome.unvisited == {portal.url + "/galeria-de-fotos/", portal.url + "/ip/8/"}
    assert outcome.unvisited_minor == {portal.url + "/galeria-de-fotos/"}


async def test_what_waiting_pages_lead_to_is_read_before_the_rest_of_them() -> None:
    """A news post, read among the waiting pages, links the Unidad de Información Pública; the
    English copy of every page waits too. The office's page is read before the copies, so the
    budget is not spent on them first."""
    items = [f"/ip/{n}/" for n in range(1, 13)]
    menu = "".join(f'<a href="{path}">Numeral {n}</a>' for n, path in enumerate(items, 1))
    english = "".join(
        f'<a href="{path}?lang=en">Numeral {n}</a>' for n, path in enumerate(items, 1)
    )
    routes = {
        "/": html(f'{menu}<a href="/noticias/">Noticias</a>{english}'),
        "/noticias/": html(
            '<a href="/unidad-de-informacion-publica/">Unidad de Información Pública</a>'
        ),
        "/unidad-de-informacion-publica/": html("<h1>Unidad de Información Pública</h1>"),
    }
    routes |= {path: html(f"<h1>Numeral {path}</h1>") for path in items}
    routes |= {f"{path}?lang=en": html(f"<h1>Item {path}</h1>") for path in items}
    with LoopbackServer(routes) as portal:
        outcome = await crawl_of(portal.url, max_pages=22)
    read = {url.removeprefix(portal.url) for url in outcome.pages}
    assert {"/noticias/", "/unidad-de-informacion-publica/", *items} <= read
    assert outcome.unvisited == outcome.unvisited_minor != set()
