"""Host names that hide where a request goes: names resolving to private addresses, IDN hosts
written in Unicode or in punycode. The scope rule is about the address a request would reach.
"""

from __future__ import annotations

import datetime as dt

from monitor.compliance.crawl import crawl
from monitor.config import Config, CrawlSettings, MonitorSettings, PortalConfig
from monitor.net.client import build_client
from monitor.net.scope import Scope
from monitor.probes.http import probe
from tests.hostile.fleet import budget_page
from tests.hostile.servers import CountingListener, html, resolving
from tests.probes.servers import Handler, LoopbackServer, redirect

TODAY = dt.date(2026, 11, 24)
SETTINGS = MonitorSettings(timeout=2.0)
IDN = "municipalidad-peñas.gt"
PUNYCODE = IDN.encode("idna").decode("ascii")


def portal(url: str) -> PortalConfig:
    return PortalConfig(slug="muni", name="Municipalidad", url=url)


async def test_an_idn_portal_is_probed_and_crawled_through_its_punycode_name() -> None:
    routes: dict[str, Handler] = {
        "/": html(budget_page(TODAY) + '<a href="/informacion">Numeral 8</a>'),
        "/informacion": html(budget_page(TODAY)),
    }
    async with LoopbackServer(routes, host="127.0.0.2") as server:
        config = Config(
            crawl=CrawlSettings(time_budget=5.0), portals=(portal(f"http://{IDN}:{server.port}/"),)
        )
        with resolving({PUNYCODE: "127.0.0.2"}):
            async with build_client(SETTINGS) as client:
                result = await probe(client, config.portals[0], SETTINGS)
                outcome = await crawl(client, config.portals[0], config)
    assert result.up, result.error_detail
    assert len(outcome.pages) == 2


async def test_a_link_to_the_portals_own_idn_host_in_punycode_is_crawled() -> None:
    async with LoopbackServer({}, host="127.0.0.2") as server:
        server.routes["/"] = html(
            budget_page(TODAY) + f'<a href="http://{PUNYCODE}:{server.port}/informacion">8</a>'
        )
        server.routes["/informacion"] = html(budget_page(TODAY))
        config = Config(
            crawl=CrawlSettings(time_budget=5.0), portals=(portal(f"http://{IDN}:{server.port}/"),)
        )
        with resolving({PUNYCODE: "127.0.0.2"}):
            async with build_client(SETTINGS) as client:
                outcome = await crawl(client, config.portals[0], config)
    assert len(outcome.pages) == 2, outcome.off_scope


async def test_a_redirect_to_a_name_resolving_to_a_private_address_is_not_followed() -> None:
    async with CountingListener("127.0.0.3") as trap:
        routes: dict[str, Handler] = {"/": redirect(f"http://intranet.muni.gt:{trap.port}/")}
        async with LoopbackServer(routes, host="127.0.0.2") as server:
            with resolving({"intranet.muni.gt": "127.0.0.3"}):
                async with build_client(SETTINGS) as client:
                    result = await probe(client, portal(server.url("/")), SETTINGS)
    assert trap.connections == 0
    assert (result.up, result.error) == (False, "http_status")


def test_an_idn_host_matches_in_either_spelling_but_never_its_lookalikes() -> None:
    scope = Scope("https://straße.gt/")
    assert "https://xn--strae-oqa.gt/informacion" in scope
    assert "https://STRAßE.gt/informacion" in scope
    # The standard library's IDNA 2003 codec spells straße "strasse": another host for httpx.
    assert "https://strasse.gt/informacion" not in scope
    assert f"http://{PUNYCODE}/" in Scope(f"http://{IDN}/")
