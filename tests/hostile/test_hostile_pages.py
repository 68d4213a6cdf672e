"""Hostile pages behind a healthy home page: the crawl stays within its budgets, keeps to the
portal's host, reads Spanish text right whatever the bytes claim, and one portal's monster pages
never decide another portal's result.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import load_catalog
from monitor.compliance.crawl import CrawlOutcome, crawl
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, CrawlSettings, MonitorSettings, PortalConfig
from monitor.net.client import HostLimiter, build_client
from tests.hostile.fleet import budget_page
from tests.hostile.servers import CountingListener, endless, html
from tests.probes.servers import (
    Handler,
    LoopbackServer,
    drip_body,
    drip_headers,
    reset_mid_body,
    respond,
    slow,
)

TODAY = dt.date(2026, 11, 24)
MONITOR = MonitorSettings(timeout=2.0, max_body_bytes=1_000_000)


def config(url: str, **crawl: object) -> Config:
    settings = CrawlSettings(**{"time_budget": 5.0, **crawl})  # type: ignore[arg-type]
    portal = PortalConfig(slug="muni", name="Municipalidad", url=url)
    return Config(monitor=MONITOR, crawl=settings, portals=(portal,))


async def crawl_routes(routes: dict[str, Handler], **crawl_settings: object) -> CrawlOutcome:
    async with LoopbackServer(routes, host="127.0.0.2") as server:
        cfg = config(server.url("/"), **crawl_settings)
        async with build_client(cfg.monitor) as client:
            return await crawl(client, cfg.portals[0], cfg)


async def assess_routes(routes: dict[str, Handler]) -> ComplianceResult:
    async with LoopbackServer(routes, host="127.0.0.2") as server:
        cfg = config(server.url("/"))
        async with build_client(cfg.monitor) as client:
            return await assess_portal(client, cfg.portals[0], cfg, load_catalog(), today=TODAY)


def home_linking(*paths: str) -> Handler:
    links = "".join(f'<a href="{path}">Numeral {n}</a>' for n, path in enumerate(paths))
    return html(budget_page(TODAY) + links)


async def test_a_page_dripping_forever_stops_the_crawl_at_its_time_budget() -> None:
    outcome = await crawl_routes(
        {"/": home_linking("/goteo", "/otra"), "/goteo": drip_body(0.05), "/otra": html("x")},
        time_budget=1.5,
    )
    assert outcome.stats.duration_seconds < 1.5 + MONITOR.timeout
    assert outcome.stats.stop_reason == "time_budget"
    assert len(outcome.pages) >= 2  # the home page and the healthy sibling were read
    goteo = next(url for url in outcome.unvisited | set(outcome.pages) if url.endswith("/goteo"))
    # Never counted as a page read whole: either cut off (and said so) or left unvisited.
    assert goteo not in outcome.pages or outcome.pages[goteo].truncated


async def test_an_endless_page_is_read_up_to_the_page_cap() -> None:
    outcome = await crawl_routes(
        {"/": home_linking("/infinito"), "/infinito": endless()}, max_page_bytes=300_000
    )
    endless_page = next(page for url, page in outcome.pages.items() if url.endswith("/infinito"))
    assert endless_page.truncated
    assert outcome.stats.bytes_read <= 2 * 300_000
    assert outcome.stats.error is None


async def test_twenty_thousand_links_on_one_page_stay_within_the_page_budget() -> None:
    many = "".join(f'<a href="/p/{i}">Página {i}</a>' for i in range(20_000))
    routes: dict[str, Handler] = {"/": html(budget_page(TODAY) + many)}
    async with LoopbackServer(routes, host="127.0.0.2") as server:
        cfg = config(server.url("/"), max_pages=30)
        async with build_client(cfg.monitor) as client:
            outcome = await crawl(client, cfg.portals[0], cfg)
    assert outcome.stats.stop_reason == "max_pages"
    assert len(outcome.pages) + len(outcome.failures) <= 30
    assert len(server.in_flight.paths) <= 30 + 1  # the pages and robots.txt


async def test_links_and_redirects_to_other_addresses_are_never_requested() -> None:
    async with CountingListener("127.0.0.3") as trap:
        targets = [
            trap.url("/"),
            trap.url("/informe.pdf"),
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/",
            "http://[::1]/",
        ]
        anchors = "".join(f'<a href="{t}">Numeral 8 Ejecución presupuestaria</a>' for t in targets)
        routes: dict[str, Handler] = {
            "/": html(budget_page(TODAY) + anchors + '<a href="/salida">Salida</a>'),
            "/salida": respond(302, headers={"Location": trap.url("/salida")}),
        }
        outcome = await crawl_routes(routes)
    assert trap.connections == 0
    assert set(targets) <= outcome.off_scope
    assert trap.url("/salida") in outcome.off_scope


@pytest.mark.parametrize(
    ("name", "body", "content_type"),
    [
        ("cut mid-character by the byte cap", "utf-8-cut", "text/html"),
        ("a stray invalid byte in utf-8", "utf-8-stray", "text/html; charset=utf-8"),
        ("windows-1252 labelled utf-8", "cp1252", "text/html; charset=utf-8"),
        ("utf-8 labelled windows-1252", "utf-8", "text/html; charset=windows-1252"),
        ("latin-1 without any label", "latin-1", "text/html"),
    ],
)
async def test_spanish_accents_come_out_right_whatever_the_bytes_claim(
    name: str, body: str, content_type: str
) -> None:
    text = f"<html><body>{budget_page(TODAY)}</body></html>"
    if body == "utf-8-cut":
        raw = text.encode() + ("<p>" + "Información pública " * 40_000).encode()
        raw = raw[: raw.index("ó".encode(), 600_000) + 1]  # the cap fell inside an "ó"
    elif body == "utf-8-stray":
        raw = text.encode().replace(b"</table>", b"</table>\xff")
    else:
        raw = text.encode(body)
    result = await assess_routes({"/": respond(200, raw, {"Content-Type": content_type})})
    verdict = result.verdict("art10.n08")
    assert verdict.status == "ok", (name, verdict)
    assert "Ejecución presupuestaria" in (verdict.label or ""), name


async def test_a_monster_page_on_one_portal_does_not_starve_another_portals_crawl() -> None:
    catalog = load_catalog()
    text = "<p>Información pública de oficio del municipio.</p>" * 80_000  # ~4 MB of text
    heavy: dict[str, Handler] = {"/": home_linking("/a", "/b", "/c")}
    heavy.update({f"/{name}": html(text) for name in "abc"})
    # The healthy portal needs about 3.2 s: a chain of four pages, each answered after 0.8 s.
    healthy: dict[str, Handler] = {"/": home_linking("/0")}
    healthy.update({f"/{n}": slow(0.8, home_linking(f"/{n + 1}")) for n in range(3)})
    healthy["/3"] = slow(0.8, html(budget_page(TODAY)))
    async with (
        LoopbackServer(heavy, host="127.0.0.2") as monster,
        LoopbackServer(healthy, host="127.0.0.4") as fine,
    ):
        cfg = Config(
            monitor=MonitorSettings(timeout=2.0, max_body_bytes=5_000_000),
            crawl=CrawlSettings(time_budget=6.0, max_page_bytes=5_000_000),
            portals=(
                PortalConfig(slug="monstruo", name="Monstruo", url=monster.url("/")),
                PortalConfig(slug="sano", name="Sano", url=fine.url("/")),
            ),
        )
        limiter = HostLimiter(2, 64)
        async with build_client(cfg.monitor) as client:
            results = await asyncio.gather(
                *(
                    assess_portal(client, portal, cfg, catalog, today=TODAY, limiter=limiter)
                    for portal in cfg.portals
                )
            )
    assert results[1].stats.stop_reason is None, results[1].stats
    assert results[1].stats.pages == 5


async def test_a_connection_reset_mid_page_is_a_failure_of_that_page_only() -> None:
    outcome = await crawl_routes(
        {"/": home_linking("/corte", "/sana"), "/corte": reset_mid_body(5000, 100_000)}
        | {"/sana": html(budget_page(TODAY))}
    )
    failure = next(f for url, f in outcome.failures.items() if url.endswith("/corte"))
    assert failure.status is None and failure.error
    assert len(outcome.pages) == 2 and outcome.stats.error is None


async def test_headers_dripped_forever_on_a_crawled_page_stop_at_the_time_budget() -> None:
    outcome = await crawl_routes(
        {"/": home_linking("/lento", "/sana"), "/lento": drip_headers(0.05)}
        | {"/sana": html(budget_page(TODAY))},
        time_budget=1.5,
    )
    assert outcome.stats.stop_reason == "time_budget"
    assert outcome.stats.duration_seconds < 1.5 + MONITOR.timeout
    assert len(outcome.pages) == 2


async def test_a_redirect_loop_on_a_crawled_page_is_a_failure_not_a_hang() -> None:
    outcome = await crawl_routes(
        {
            "/": home_linking("/a"),
            "/a": respond(302, headers={"Location": "/b"}),
            "/b": respond(301, headers={"Location": "/a"}),
        }
    )
    failure = next(f for url, f in outcome.failures.items() if url.endswith("/a"))
    assert "redirect" in failure.error
    assert outcome.stats.error is None


async def test_text_inside_deeply_nested_markup_is_not_judged_missing() -> None:
    nested = "<div>" * 100_000 + budget_page(TODAY) + "</div>" * 100_000
    result = await assess_routes({"/": html(nested)})
    assert result.verdict("art10.n08").status != "missing"
