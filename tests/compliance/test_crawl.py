"""The crawler against real loopback servers: scope, robots, budgets, charsets, documents."""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from monitor.compliance import crawl as crawler
from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import load_catalog
from monitor.compliance.crawl import CrawlOutcome, crawl, link_priority
from monitor.compliance.memo import PAGE
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, CrawlSettings, PortalConfig
from monitor.net.client import build_client, build_crawl_client
from monitor.net.scope import Scope
from tests.compliance.fleet.server import LoopbackServer, Resource
from tests.probes.servers import Handler, Request, big_body, drip_body, http_head, respond
from tests.probes.servers import LoopbackServer as ScriptedServer

TODAY = dt.date(2026, 11, 24)


def html(body: str, charset: str = "utf-8") -> Resource:
    return Resource(f"<html><body>{body}</body></html>".encode(charset), 200)


def config_for(url: str, **crawl: object) -> Config:
    return Config(
        crawl=CrawlSettings(**crawl),  # type: ignore[arg-type]
        portals=(PortalConfig(slug="muni", name="Muni", url=url + "/"),),
    )


async def run(url: str, **crawl: object) -> CrawlOutcome:
    config = config_for(url, **crawl)
    async with build_client(config.monitor) as client:
        return await crawl_portal(client, config)


async def crawl_portal(client: object, config: Config) -> CrawlOutcome:
    return await crawl(client, config.portals[0], config)  # type: ignore[arg-type]


async def test_links_and_redirects_to_other_hosts_are_recorded_but_never_requested() -> None:
    with (
        LoopbackServer({"/": html("otro"), "/x.pdf": Resource(b"%PDF")}) as other_port,
        LoopbackServer({"/": html("otro")}, host="127.0.0.2") as other_address,
    ):
        port = other_port.url.rsplit(":", 1)[1]
        routes = {
            "/": html(
                f'<a href="{other_port.url}/">Otro puerto</a>'
                f'<a href="{other_port.url}/x.pdf">Numeral 8 Octubre 2026.pdf</a>'
                f'<a href="{other_address.url}/">Otra dirección</a>'
                f'<a href="http://localhost:{port}/">Otro nombre</a>'
                '<a href="/salto">Salto</a>'
            ),
            "/salto": Resource(b"", 302, location=f"{other_address.url}/privado"),
        }
        with LoopbackServer(routes) as portal:
            outcome = await run(portal.url)
        assert other_port.traffic.total == 0
        assert other_address.traffic.total == 0
    assert f"{other_address.url}/privado" in outcome.off_scope
    assert outcome.stats.off_scope_links >= 4
    assert "redirect to another host" in outcome.failures[portal.url + "/salto"].error


def test_scope_is_the_portal_host_its_www_twin_and_port() -> None:
    scope = Scope("http://muni.laip.gt/")
    assert "https://muni.laip.gt/index.php/08-ejecucion" in scope
    assert "http://MUNI.laip.gt./x" in scope
    assert "http://www.muni.laip.gt/wp-content/uploads/x.pdf" in scope
    assert "http://www.www.muni.laip.gt/" not in scope
    assert "http://archivos.muni.laip.gt/" not in scope
    assert "http://laip.gt/" not in scope
    assert "http://muni.laip.gt:8080/" not in scope
    assert "http://www.muni.laip.gt:8080/" not in scope
    assert "ftp://muni.laip.gt/" not in scope
    assert "http://muni.gob.gt/" in Scope("https://www.muni.gob.gt/")
    assert "http://www.gt/" not in Scope("https://gt/")  # no site name without its dot
    loopback = Scope("http://127.0.0.1:8000/")
    assert "http://127.0.0.1:8000/a" in loopback
    assert "http://127.0.0.1:8001/a" not in loopback
    assert "http://127.0.0.1/a" not in loopback
    assert "http://www.127.0.0.1:8000/a" not in loopback


def test_the_portals_hosts_setting_widens_the_scope_to_those_hosts_only() -> None:
    scope = Scope("https://transparencia.mem.gob.gt/", ("mem.gob.gt", "127.0.0.3:8080"))
    assert "https://mem.gob.gt/wp-content/uploads/2026/11/x.pdf" in scope
    assert "http://MEM.gob.gt./x" in scope
    assert "https://www.mem.gob.gt/x" not in scope  # a named host has no twin
    assert "https://mem.gob.gt:8443/x" not in scope
    assert "http://127.0.0.3:8080/x" in scope
    assert "http://127.0.0.3/x" not in scope
    assert "https://otro.gob.gt/" not in scope
    assert scope.is_home_host("https://transparencia.mem.gob.gt/n8")
    assert not scope.is_home_host("https://mem.gob.gt/n8")


def _file_server_portal(files_url: str, stranger_url: str) -> dict[str, Resource]:
    """A laip.gt-like portal whose numeral 8 documents sit on the body's file server; the link
    words are the Flores report's on its laip.gt portal ("Numeral 8 MES DE OCTUBRE-2,020")."""
    return {
        "/": html('<a href="/index.php/numeral-8">Numeral 8</a>'),
        "/index.php/numeral-8": html(
            "<h1>Numeral 8</h1>"
            f'<p><a href="{files_url}/docs/2026/numeral-8-octubre.pdf">'
            "Numeral 8 MES DE OCTUBRE-2026</a></p>"
            f'<p><a href="{files_url}/privado/borrador.pdf">Borrador</a></p>'
            f'<p><a href="{stranger_url}/copia.pdf">Copia en otro sitio</a></p>'
        ),
    }


def _file_server() -> dict[str, Resource]:
    pdf = Resource(b"%PDF-1.4\n" + b"0" * 2000, content_type="application/pdf")
    return {
        "/robots.txt": Resource(b"User-agent: *\nDisallow: /privado/\n", content_type="text/plain"),
        "/docs/2026/numeral-8-octubre.pdf": pdf,
        "/privado/borrador.pdf": pdf,
    }


async def test_a_host_named_in_the_portals_hosts_is_crawled_under_its_own_robots_txt() -> None:
    with (
        LoopbackServer(_file_server(), host="127.0.0.2") as files,
        LoopbackServer({"/copia.pdf": Resource(b"%PDF")}, host="127.0.0.3") as stranger,
        LoopbackServer(_file_server_portal(files.url, stranger.url)) as portal,
    ):
        files_host = files.url.removeprefix("http://")
        config = Config(
            portals=(PortalConfig(slug="m", name="M", url=portal.url + "/", hosts=(files_host,)),)
        )
        async with build_client(config.monitor) as client:
            outcome = await crawl_portal(client, config)
    document = f"{files.url}/docs/2026/numeral-8-octubre.pdf"
    assert outcome.documents[document].ok
    assert outcome.scope_hosts == (files_host,)
    assert files.traffic.requests[("GET", "/robots.txt")] == 1
    assert f"{files.url}/privado/borrador.pdf" in outcome.robots_denied
    assert not any(path.startswith("/privado/") for _, path in files.traffic.requests)
    assert stranger.traffic.total == 0
    assert f"{stranger.url}/copia.pdf" in outcome.off_scope


async def test_the_items_documents_on_the_bodys_file_server_are_judged_only_with_hosts() -> None:
    with (
        LoopbackServer(_file_server(), host="127.0.0.2") as files,
        LoopbackServer({}, host="127.0.0.3") as stranger,
        LoopbackServer(_file_server_portal(files.url, stranger.url)) as portal,
    ):
        verdicts, requests = [], []
        for hosts in ((), (files.url.removeprefix("http://"),)):
            config = Config(
                portals=(PortalConfig(slug="m", name="M", url=portal.url + "/", hosts=hosts),)
            )
            async with build_client(config.monitor) as client:
                result = await assess_portal(client, config.portals[0], config, today=TODAY)
            verdicts.append(next(v for v in result.verdicts if v.section_id == "art10.n08"))
            requests.append(files.traffic.total)
    without, with_hosts = verdicts
    # Without the setting the file server is another host, never asked (on loopback, a
    # private one: its links fail for a citizen too).
    assert requests[0] == 0
    assert without.status != "ok"
    assert with_hosts.status == "ok", with_hosts.reason
    assert with_hosts.last_updated == dt.date(2026, 10, 31)


async def test_a_file_server_that_stops_answering_fails_its_links_not_the_portal() -> None:
    with (
        LoopbackServer({}, host="127.0.0.2") as files,
        LoopbackServer({}, host="127.0.0.3") as stranger,
    ):
        gone_files = files.url  # the server stops: its port refuses connections
    with LoopbackServer(_file_server_portal(gone_files, stranger.url)) as portal:
        config = Config(
            portals=(
                PortalConfig(
                    slug="m", name="M", url=portal.url + "/",
                    hosts=(gone_files.removeprefix("http://"),),
                ),
            )
        )  # fmt: skip
        async with build_client(config.monitor) as client:
            result = await assess_portal(client, config.portals[0], config, today=TODAY)
    assert result.stats.error is None
    verdict = next(v for v in result.verdicts if v.section_id == "art10.n08")
    assert verdict.status == "broken", verdict.reason


async def test_a_portal_whose_robots_txt_forbids_everything_is_reported_not_crawled() -> None:
    routes = {
        "/robots.txt": Resource(b"User-agent: *\nDisallow: /\n", content_type="text/plain"),
        "/": html('<a href="/n8">Numeral 8</a>'),
    }
    with LoopbackServer(routes) as portal:
        config = config_for(portal.url)
        async with build_client(config.monitor) as client:
            result = await assess_portal(client, config.portals[0], config, today=TODAY)
        assert set(portal.traffic.requests) == {("GET", "/robots.txt")}
    assert result.stats.blocked_by_robots
    assert result.score is None
    assert {v.status for v in result.verdicts} == {"unknown"}
    assert "robots.txt" in result.verdicts[0].reason


async def test_ignore_robots_lets_the_crawl_through() -> None:
    routes = {
        "/robots.txt": Resource(b"User-agent: *\nDisallow: /\n", content_type="text/plain"),
        "/": html('<a href="/n8">Numeral 8</a>'),
        "/n8": html("<h1>Numeral 8</h1>"),
    }
    with LoopbackServer(routes) as portal:
        config = Config(
            portals=(PortalConfig(slug="m", name="M", url=portal.url + "/", ignore_robots=True),)
        )
        async with build_client(config.monitor) as client:
            outcome = await crawl(client, config.portals[0], config)
    assert not outcome.stats.blocked_by_robots
    assert outcome.stats.pages == 2


async def test_pages_forbidden_by_robots_are_skipped_and_make_not_found_unknown() -> None:
    routes = {
        "/robots.txt": Resource(b"User-agent: *\nDisallow: /privado/\n", content_type="text/plain"),
        "/": html('<a href="/privado/n8">Documentos</a>'),
        "/privado/n8": html("<h1>Numeral 8</h1>"),
    }
    with LoopbackServer(routes) as portal:
        config = config_for(portal.url)
        async with build_client(config.monitor) as client:
            result = await assess_portal(client, config.portals[0], config, today=TODAY)
        assert ("GET", "/privado/n8") not in portal.traffic.requests
    verdict = result.verdict("art10.n08")
    assert verdict.status == "unknown"
    assert "robots.txt" in verdict.reason


async def test_the_page_budget_stops_the_crawl_and_says_so() -> None:
    links = "".join(f'<a href="/p{i}">p{i}</a>' for i in range(10))
    routes = {"/": html(links)} | {f"/p{i}": html(f"pagina {i}") for i in range(10)}
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url, max_pages=3)
        assert portal.traffic.total <= 4  # robots.txt + 3 pages
    assert outcome.stats.pages == 3
    assert outcome.stats.stop_reason == "max_pages"
    assert len(outcome.unvisited) == 8


async def test_the_depth_limit_leaves_deeper_pages_unrequested() -> None:
    routes = {
        "/": html('<a href="/a">a</a>'),
        "/a": html('<a href="/b">b</a>'),
        "/b": html("fondo"),
    }
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url, max_depth=1)
        assert ("GET", "/b") not in portal.traffic.requests
    assert outcome.stats.stop_reason == "max_depth"


async def test_steps_toward_the_transparency_part_do_not_use_up_the_depth() -> None:
    """A municipality files its section four menus deep (exam 27's ``profundo``: "La
    Municipalidad" -> "Unidad de Información Pública" -> "Información Pública de Oficio" ->
    "Artículo 10" -> the numeral): those steps are read whatever ``max_depth``; a path of
    other pages stops there, and so does a path of such steps past ``MAX_TOWARD_STEPS``."""
    routes = {
        "/": html('<a href="/municipalidad/">La Municipalidad</a> <a href="/galeria/">Galería</a>'),
        "/municipalidad/": html('<a href="/municipalidad/uip/">Unidad de Información Pública</a>'),
        "/municipalidad/uip/": html(
            '<a href="/municipalidad/uip/ipo/">Información Pública de Oficio</a>'
        ),
        "/municipalidad/uip/ipo/": html('<a href="/municipalidad/uip/ipo/art10/">Artículo 10</a>'),
        "/municipalidad/uip/ipo/art10/": html('<a href="/n08/">Numeral 8 - Ejecución</a>'),
        "/n08/": html('<a href="/n08/transparencia/">Transparencia</a>'),
        "/n08/transparencia/": html("Ejecución presupuestaria"),
        "/galeria/": html('<a href="/galeria/2026/">Fotos 2026</a>'),
        "/galeria/2026/": html("fotos"),
    }
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url, max_depth=1)
        requested = {path for _method, path in portal.traffic.requests}
    assert "/n08/" in requested  # four free steps, then one counted
    assert "/galeria/2026/" not in requested and "/n08/transparencia/" not in requested
    assert outcome.stats.stop_reason == "max_depth"
    assert crawler.MAX_TOWARD_STEPS == 4


async def test_a_page_over_the_byte_cap_is_read_up_to_the_cap_and_still_parsed() -> None:
    big = html("<h1>Numeral 8</h1>" + "<p>relleno</p>" * 20_000)
    with LoopbackServer({"/": big}) as portal:
        outcome = await run(portal.url, max_page_bytes=4096)
    page = outcome.pages[portal.url + "/"]
    assert page.truncated
    assert page.blocks[-1].heading == "Numeral 8"
    assert outcome.stats.bytes_read <= 4096 + 1024


async def test_mislabelled_charsets_are_decoded_right() -> None:
    routes = {
        "/": html('<a href="/a">a</a><a href="/b">b</a><a href="/c">c</a>'),
        # Latin-1 bytes served as UTF-8.
        "/a": Resource("<h1>Información pública</h1>".encode("latin-1"), 200),
        # UTF-8 bytes served as ISO-8859-1.
        "/b": Resource(
            "<h1>Dirección y teléfonos</h1>".encode(), 200, "text/html; charset=iso-8859-1"
        ),
        # Windows-1252 with no label at all.
        "/c": Resource(
            "<h1>Ejecución presupuestaria – año</h1>".encode("cp1252"), 200, "text/html"
        ),
    }
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url)
    titles = {url.rsplit("/", 1)[1]: p.h1 for url, p in outcome.pages.items()}
    assert titles["a"] == "Información pública"
    assert titles["b"] == "Dirección y teléfonos"
    assert titles["c"].startswith("Ejecución presupuestaria")


async def test_documents_are_checked_by_one_ranged_get_and_never_downloaded() -> None:
    body = b"%PDF-1.4\n" + b"0" * 2_000_000
    routes = {
        "/": html('<a href="/a.pdf">Numeral 8 Octubre 2026</a><a href="/b.xlsx">Numeral 4</a>'),
        "/a.pdf": Resource(body, content_type="application/pdf", last_modified=1_790_000_000),
        "/b.xlsx": Resource(body, content_type="application/vnd.ms-excel", head_allowed=False),
    }
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url)
        traffic = portal.traffic
    a = outcome.documents[portal.url + "/a.pdf"]
    b = outcome.documents[portal.url + "/b.xlsx"]
    assert a.ok and a.size == len(body) and a.last_modified is not None
    assert b.ok and b.size == len(body)
    assert traffic.requests[("GET", "/a.pdf")] == 1
    assert traffic.requests[("GET", "/b.xlsx")] == 1
    assert traffic.requests[("HEAD", "/a.pdf")] == traffic.requests[("HEAD", "/b.xlsx")] == 0
    assert traffic.body_bytes["/a.pdf"] <= 1
    assert traffic.body_bytes["/b.xlsx"] <= 1


async def test_a_document_whose_head_says_200_but_get_says_404_is_broken() -> None:
    routes = {
        "/": html('<a href="/viajes-noviembre-2026.pdf">Numeral 12 Viajes Noviembre 2026</a>'),
        "/viajes-noviembre-2026.pdf": Resource(b"x", 404, head_status=200),
    }
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url)
    check = outcome.documents[portal.url + "/viajes-noviembre-2026.pdf"]
    assert (check.ok, check.status, check.error) == (False, 404, "HTTP 404")


async def test_a_broken_document_is_recorded_with_its_status() -> None:
    routes = {"/": html('<a href="/roto.pdf">Numeral 8</a>'), "/roto.pdf": Resource(b"x", 404)}
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url)
    check = outcome.documents[portal.url + "/roto.pdf"]
    assert not check.ok and check.status == 404


async def test_a_portal_that_is_down_gives_unknown_verdicts_and_no_score() -> None:
    with LoopbackServer({"/": Resource(b"mantenimiento", 503)}) as portal:
        config = config_for(portal.url)
        async with build_client(config.monitor) as client:
            result = await assess_portal(client, config.portals[0], config, today=TODAY)
    assert result.score is None and result.weighted_score is None
    assert {v.status for v in result.verdicts} == {"unknown"}
    assert "HTTP 503" in result.verdicts[0].reason
    assert result.stats.error is not None


async def test_an_unreachable_portal_is_a_result_not_an_exception() -> None:
    with LoopbackServer({}) as gone:
        url = gone.url
    config = config_for(url, time_budget="5s")
    async with build_client(config.monitor) as client:
        result = await assess_portal(client, config.portals[0], config, load_catalog(), today=TODAY)
    assert result.score is None
    assert all(v.status == "unknown" for v in result.verdicts)


async def test_a_portal_slower_than_the_time_budget_leaves_unseen_items_unknown() -> None:
    routes = {
        "/": html('<a href="/lento">Documentos</a>'),
        "/lento": Resource(b"<html><body><h1>Numeral 8</h1></body></html>", delay=2.0),
    }
    with LoopbackServer(routes) as portal:
        config = config_for(portal.url, time_budget="1s")
        async with build_client(config.monitor) as client:
            result = await assess_portal(client, config.portals[0], config, today=TODAY)
    assert result.stats.stop_reason == "time_budget"
    verdict = result.verdict("art10.n08")
    assert verdict.status == "unknown"
    assert "time budget" in verdict.reason
    assert result.score is not None  # the portal was read, if not whole


async def test_a_home_page_redirecting_to_another_host_says_how_to_fix_the_config() -> None:
    with LoopbackServer({"/": html("nuevo")}) as new_home:
        with LoopbackServer({"/": Resource(b"", 301, location=new_home.url + "/")}) as portal:
            config = config_for(portal.url)
            async with build_client(config.monitor) as client:
                result = await assess_portal(client, config.portals[0], config, today=TODAY)
        assert new_home.traffic.total == 0
    assert result.score is None
    assert result.stats.error is not None and "set the portal's url" in result.stats.error
    assert {v.status for v in result.verdicts} == {"unknown"}


async def test_when_the_page_budget_is_short_transparency_links_are_read_before_news() -> None:
    news = "".join(f'<a href="/noticias/{i}">Noticia {i}</a>' for i in range(20))
    items = '<a href="/ver?id=7">Numeral 8</a><a href="/ver?id=9">Información Pública</a>'
    routes = {"/": html(news + items)} | {f"/noticias/{i}": html("n") for i in range(20)}
    routes |= {"/ver?id=7": html("<h1>Numeral 8</h1>"), "/ver?id=9": html("<h1>IP</h1>")}
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url, max_pages=3)
    assert set(outcome.pages) == {portal.url + p for p in ("/", "/ver?id=7", "/ver?id=9")}


async def test_a_big_sites_menu_does_not_spend_the_budget_before_the_transparency_part() -> None:
    """A big city's portal (exam 78): a menu of sixty offices and services on every page, the
    items four levels down ("Transparencia" → "Ley de Acceso" → "Información Pública de Oficio"
    → a year → the items). The transparency part is read to its items first; the offices wait
    and are read with what budget is left."""
    offices = [f"/dependencias/oficina-{i}/" for i in range(60)]
    menu = "<nav>" + "".join(f'<a href="{o}">Oficina {i}</a>' for i, o in enumerate(offices))
    menu += '<a href="/transparencia/">Transparencia</a></nav>'

    def page(body: str) -> Resource:
        return html(menu + f"<main>{body}</main>")

    items = "".join(f'<li><a href="/ip/2026/numeral-{n}/">Numeral {n}</a></li>' for n in (8, 9))
    routes = {"/": page("<h1>Municipalidad</h1>")} | {o: page("<p>Servicios</p>") for o in offices}
    routes |= {
        "/transparencia/": page('<a href="/transparencia/laip/">Ley de Acceso</a>'),
        "/transparencia/laip/": page('<a href="/ip/">Información Pública de Oficio</a>'),
        "/ip/": page('<a href="/ip/2026/">2026</a> <a href="/ip/2025/">2025</a>'),
        "/ip/2026/": page(f"<ul>{items}</ul>"),
        "/ip/2025/": page("<p>Año 2025</p>"),
        "/ip/2026/numeral-8/": page("<h1>Numeral 8</h1>"),
        "/ip/2026/numeral-9/": page("<h1>Numeral 9</h1>"),
    }
    with LoopbackServer(routes) as portal:
        outcome = await run(portal.url, max_pages=20, max_depth=6)
    read = {url.removeprefix(portal.url) for url in outcome.pages}
    assert {"/ip/2026/numeral-8/", "/ip/2026/numeral-9/", "/ip/2025/"} <= read
    assert outcome.stats.stop_reason == "max_pages"
    assert any(url.startswith("/dependencias/") for url in read)  # with the budget left


def test_link_priority_ranks_sections_before_plain_pages_before_news() -> None:
    assert link_priority("http://m.gt/index.php/08-ejecucion", "8. Ejecución") == 0
    assert link_priority("http://m.gt/x", "Ley de Acceso a la Información") == 0
    assert link_priority("http://m.gt/contacto", "Contacto") == 1
    assert link_priority("http://m.gt/noticias/feria", "Feria patronal") == 2
    assert link_priority("http://m.gt/blog/?page=3", "Más") == 2


async def assess_failing_after_home(failure: OSError) -> ComplianceResult:
    """Assess a portal whose every request after the home page fails with ``failure``."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/":
            links = '<a href="/numeral-8">Numeral 8</a><a href="/informe.pdf">Informe</a>'
            return httpx.Response(200, html=f"<html><body>{links}</body></html>")
        raise httpx.ConnectError("Cannot connect to host") from failure

    config = config_for("http://muni.example")
    async with build_client(config.monitor, transport=httpx.MockTransport(handler)) as client:
        return await assess_portal(client, config.portals[0], config, load_catalog(), today=TODAY)


async def test_a_portal_that_goes_down_mid_crawl_is_an_outage_not_a_judgement() -> None:
    # After the home page the server is gone: every connection is refused.
    refused = ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
    result = await assess_failing_after_home(refused)
    assert result.stats.unreachable
    assert result.stats.error == ("portal stopped answering during the crawl (connection refused)")


async def test_requests_failing_on_the_monitors_machine_are_neither_outage_nor_judgement() -> None:
    """Out of open files after the home page: the judge would call the item ``broken`` (its
    link and document fail), but the crawl says nothing about the portal and is kept from it."""
    result = await assess_failing_after_home(OSError(errno.EMFILE, "Too many open files"))
    assert result.stats.monitor_fault and not result.stats.unreachable
    assert result.stats.without_verdicts
    assert result.stats.error == (
        "the monitor could not make its requests (monitor-side error: Too many open files); "
        "nothing was judged"
    )


def test_a_process_out_of_file_descriptors_fails_its_own_requests_as_local(tmp_path: Path) -> None:
    """The real path: aiohttp's connector under a hard open-files limit it cannot raise. The
    home page takes the last free descriptor; the second page at once needs another."""
    routes = {
        "/": html('<a href="/numeral-1">1. Estructura</a><a href="/numeral-8">8. Informes</a>'),
        "/numeral-1": html("Estructura orgánica"),
        "/numeral-8": html("Informes mensuales"),
    }
    script = tmp_path / "crawl.py"
    script.write_text(_OUT_OF_FILES_CRAWL)
    with LoopbackServer(routes) as portal:
        done = subprocess.run(
            [sys.executable, str(script), portal.url],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=Path(__file__).parents[2],
        )
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    assert stats["monitor_fault"] is True, stats
    assert stats["unreachable"] is False
    assert "Too many open files" in stats["error"]


_OUT_OF_FILES_CRAWL = """
import asyncio, dataclasses, json, os, resource, sys

from monitor.compliance.crawl import crawl
from monitor.config import Config, CrawlSettings, MonitorSettings, PortalConfig
from monitor.net.client import build_crawl_client


def is_open(fd: int) -> bool:
    try:
        os.fstat(fd)  # opens nothing, unlike a listing of /proc/self/fd
    except OSError:
        return False
    return True


async def main(url: str) -> None:
    config = Config(
        monitor=MonitorSettings(per_host_concurrency=2),
        crawl=CrawlSettings(render_javascript=False, respect_robots=False),
        portals=(PortalConfig(slug="muni", name="Muni", url=url + "/"),),
    )
    async with build_crawl_client(config.monitor) as client:
        client.fast._client()  # the aiohttp session and its SSL context, before the limit
        # The limit that leaves exactly one descriptor free (the kernel hands out the lowest).
        limit = next(n for n in range(1, 1 << 16) if n - sum(map(is_open, range(n))) == 1)
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))
        outcome = await crawl(client, config.portals[0], config)
    print(json.dumps(dataclasses.asdict(outcome.stats)))


asyncio.run(main(sys.argv[1]))
"""


async def test_a_link_with_credentials_fails_alone_and_its_credentials_are_never_sent() -> None:
    routes = {"/comentario": html("comentario"), "/numeral-1": html("Estructura orgánica")}
    with LoopbackServer(routes) as portal:
        host = portal.url.split("//", 1)[1]
        portal.routes["/"] = html(
            f'<a href="http://visitante:clave@{host}/comentario">un comentario</a>'
            '<a href="/numeral-1">1. Estructura orgánica</a>'
        )
        config = config_for(portal.url)
        async with build_crawl_client(config.monitor) as client:
            outcome = await crawl_portal(client, config)
    assert outcome.stats.error is None
    assert f"{portal.url}/numeral-1" in outcome.pages
    assert "comentario" in outcome.pages[f"http://visitante:clave@{host}/comentario"].text


async def test_a_robots_txt_dripping_forever_does_not_eat_the_crawl_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(crawler, "ROBOTS_SECONDS", 0.3)
    home = b"<html><body><a href='/numeral-1'>1. Estructura</a></body></html>"
    routes = {
        "/robots.txt": drip_body(0.05),
        "/": respond(200, home),
        "/numeral-1": respond(200, home),
    }
    async with ScriptedServer(routes) as server:
        config = config_for(server.url().rstrip("/"), time_budget="5s")
        async with build_client(config.monitor) as client:
            outcome = await crawl_portal(client, config)
    assert outcome.stats.error is None
    assert len(outcome.pages) == 2


async def test_a_download_address_answering_a_page_is_read_and_remembered_as_a_page() -> None:
    category = "/index.php/descargas/category/16-ejecucion"
    routes = {
        "/": html(f'<a href="{category}">Ejecución Presupuestaria 2026</a>'),
        category: html(f'<a href="{category}?download=31:octubre">Descargar</a>'),
        f"{category}?download=31:octubre": Resource(b"%PDF-1.4", content_type="application/pdf"),
    }
    with LoopbackServer(routes) as portal:
        config = config_for(portal.url)
        async with build_client(config.monitor) as client:
            first = await crawl(client, config.portals[0], config)
            first_gets = portal.traffic.requests[("GET", category)]
            again = await crawl(client, config.portals[0], config, memory=first.remembered)
        second_gets = portal.traffic.requests[("GET", category)] - first_gets
    for outcome in (first, again):
        assert portal.url + category in outcome.pages
        assert portal.url + category not in outcome.documents
        assert outcome.documents[f"{portal.url}{category}?download=31:octubre"].ok
    assert first.remembered[portal.url + category].kind == PAGE
    # The first crawl asked for it as a document (one byte), then read it; the next reads it.
    assert (first_gets, second_gets) == (2, 1)


async def test_a_file_that_is_no_pdf_or_sends_nothing_is_broken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a citizen's PDF viewer gets (exam 29): a script's "ERROR" or PHP warning sent as
    ``application/pdf`` opens no document; headers and then a closed connection deliver nothing;
    a stall past ``FIRST_BYTE_SECONDS`` neither. A PDF after a stray line break opens (the
    first kilobyte is asked for when the first byte begins no header), and so does one whose
    server ignores Range (read no further than ``FIRST_BYTES``)."""
    monkeypatch.setattr(crawler, "FIRST_BYTE_SECONDS", 0.3)
    pdf = {"Content-Type": "application/pdf"}
    warning = (
        b"<br />\n<b>Warning</b>:  readfile(/home/muni/public_html/archivos/obras.pdf): "
        b"Failed to open stream: No such file or directory in <b>/home/muni/public_html/"
        b"descargar.php</b> on line <b>12</b><br />\n"
    )

    def headers_then_close(size: int) -> Handler:
        async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
            writer.write(http_head(200, {**pdf, "Content-Length": str(size)}))
            await writer.drain()

        return handler

    def headers_then_stall(size: int) -> Handler:
        async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
            writer.write(http_head(200, {**pdf, "Content-Length": str(size)}))
            await writer.drain()
            await asyncio.Event().wait()

        return handler

    home = "".join(
        f'<a href="/{name}">Numeral {n} archivo</a>'
        for n, name in enumerate(
            ["error.pdf", "warn.pdf", "nada.pdf", "lento.pdf", "ok.pdf", "salto.pdf", "grande.pdf"],
            start=1,
        )
    )
    routes = {
        "/": respond(200, home.encode(), {"Content-Type": "text/html"}),
        "/error.pdf": respond(200, b"ERROR", pdf),
        "/warn.pdf": respond(200, warning, {"Content-Type": "application/force-download"}),
        "/nada.pdf": headers_then_close(48_000),
        "/lento.pdf": headers_then_stall(48_000),
        "/ok.pdf": respond(200, b"%PDF-1.7\n" + b"0" * 5000, pdf),
        "/salto.pdf": respond(200, b"\r\n%PDF-1.4\n" + b"0" * 5000, pdf),
        "/grande.pdf": big_body(3_000_000),
    }
    async with ScriptedServer(routes) as server:
        base = server.url().rstrip("/")
        outcome = await run(base)
    checks = {url.rsplit("/", 1)[1]: check for url, check in outcome.documents.items()}
    assert not checks["error.pdf"].ok and "not a PDF: it begins 'ERROR'" in str(
        checks["error.pdf"].error
    )
    assert not checks["warn.pdf"].ok and "not a PDF" in str(checks["warn.pdf"].error)
    assert not checks["nada.pdf"].ok and "before sending any content" in str(
        checks["nada.pdf"].error
    )
    assert not checks["lento.pdf"].ok and "did not start within" in str(checks["lento.pdf"].error)
    assert checks["ok.pdf"].ok and checks["salto.pdf"].ok
    assert not checks["grande.pdf"].ok  # 3 MB of "a": no PDF, and read only up to a kilobyte


def test_the_document_budget_checks_each_pages_newest_first_the_pages_taking_turns() -> None:
    referers = {}
    names = {}
    documents = []
    for item in ("n08", "n09"):
        for year in range(2010, 2027):  # oldest first, as the table lists them
            url = f"http://m/docs/{item}-{year}.pdf"
            documents.append(url)
            referers[url] = f"http://m/{item}/"
            names[url] = f"Informe {year} Ver"
    undated = "http://m/docs/n09-informe.pdf"
    documents.append(undated)
    referers[undated] = "http://m/n09/"
    ordered = crawler.newest_first(documents, referers, names)
    assert sorted(ordered) == sorted(documents)
    assert ordered[:4] == [
        "http://m/docs/n08-2026.pdf",
        "http://m/docs/n09-2026.pdf",
        "http://m/docs/n08-2025.pdf",
        "http://m/docs/n09-2025.pdf",
    ]
    assert ordered[-1] == undated  # dated by nothing: after its page's dated files


def test_the_page_budget_reads_the_first_link_of_every_page_before_the_second_of_any() -> None:
    level = ["http://m/n08/", *(f"http://m/c{c}/post-{p}/" for c in (1, 2, 3) for p in (1, 2))]
    ranks = {"http://m/n08/": 0}
    referers = {url: url.rsplit("/post-", 1)[0] for url in level[1:]}
    assert crawler.take_turns(level, ranks, referers) == [
        "http://m/n08/",  # what looks like the transparency part keeps its place
        "http://m/c1/post-1/",
        "http://m/c2/post-1/",
        "http://m/c3/post-1/",
        "http://m/c1/post-2/",
        "http://m/c2/post-2/",
        "http://m/c3/post-2/",
    ]


MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto")
MONTHS += ("septiembre", "octubre", "noviembre", "diciembre")


async def test_an_item_of_long_history_is_judged_by_its_newest_files_within_the_budget() -> None:
    rows = "".join(
        f'<tr><td>{month:02}/{year}</td><td><a href="/n8/ejecucion-{year}-{month:02}.pdf">'
        f"Ejecución {MONTHS[month - 1]} {year}</a></td></tr>"
        for year in range(2019, 2027)
        for month in range(1, 13)
        if (year, month) <= (2026, 10)
    )
    routes = {
        "/": Resource(b'<a href="/n8/">8. Informes mensuales de ejecucion presupuestaria</a>', 200),
        "/n8/": Resource(f"<h1>Numeral 8</h1><table>{rows}</table>".encode(), 200),
    }
    for year in range(2019, 2027):
        for month in range(1, 13):
            routes[f"/n8/ejecucion-{year}-{month:02}.pdf"] = Resource(
                b"%PDF-1.4", 200, "application/pdf"
            )
    with LoopbackServer(routes) as portal:
        config = Config(
            crawl=CrawlSettings(max_documents=10),
            portals=(PortalConfig(slug="m", name="M", url=portal.url + "/"),),
        )
        async with build_client(config.monitor) as client:
            result = await assess_portal(
                client, config.portals[0], config, today=dt.date(2026, 11, 24)
            )
        asked = {path for _method, path in portal.traffic.requests if path.endswith(".pdf")}
    verdict = result.verdict("art10.n08")
    assert verdict.status == "ok", verdict.reason
    assert verdict.last_updated == dt.date(2026, 10, 31)
    assert len(asked) == 10 and "/n8/ejecucion-2026-10.pdf" in asked
    assert "/n8/ejecucion-2019-01.pdf" not in asked
