"""A home page that answers 200 but is not the portal is not ``up``: citizens find no portal there.

The pages are real placeholders (``tests/support/placeholders.py``); the crawl treats the same
pages as an outage (``tests/compliance/test_placeholder.py``), so probe and crawl agree.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from monitor.config import MonitorSettings, PortalConfig
from monitor.net.client import build_client
from monitor.probes.http import probe
from monitor.probes.result import ProbeResult
from tests.probes.servers import LoopbackServer, respond
from tests.support.placeholders import BOT_CHECK, NOT_THE_PORTAL, NOT_THE_PORTAL_IDS

HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def settings() -> MonitorSettings:
    return MonitorSettings(timeout=2.0)


@pytest.fixture
async def client(settings: MonitorSettings) -> AsyncIterator[httpx.AsyncClient]:
    async with build_client(settings) as client:
        yield client


async def probe_page(
    client: httpx.AsyncClient, settings: MonitorSettings, body: str, headers: dict[str, str]
) -> ProbeResult:
    async with LoopbackServer({"/": respond(200, body.encode(), headers)}) as server:
        portal = PortalConfig(slug="muni", name="Municipalidad", url=server.url())
        return await probe(client, portal, settings)


@pytest.mark.parametrize(("body", "kind"), NOT_THE_PORTAL, ids=NOT_THE_PORTAL_IDS)
async def test_a_placeholder_home_page_is_not_up(
    client: httpx.AsyncClient, settings: MonitorSettings, body: str, kind: str
) -> None:
    result = await probe_page(client, settings, body, HTML)
    assert (result.up, result.error, result.status_code) == (False, "placeholder", 200)
    assert result.error_detail is not None and kind in result.error_detail
    assert result.body_bytes == len(body.encode())


async def test_a_bot_check_answering_200_is_the_monitor_blocked(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    result = await probe_page(client, settings, BOT_CHECK, HTML)
    assert (result.up, result.error) == (False, "blocked")
    assert result.error_detail is not None and "a bot check" in result.error_detail


async def test_a_home_page_with_its_menu_speaking_of_maintenance_is_up(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    menu = "".join(f'<li><a href="/ip/{n}/">Numeral {n}</a></li>' for n in (1, 2, 14))
    home = (
        "<html><head><title>Municipalidad de San José</title></head><body>"
        f"<ul>{menu}</ul><p>Sitio en mantenimiento parcial: contratos de mantenimiento.</p>"
        "</body></html>"
    )
    result = await probe_page(client, settings, home, HTML)
    assert result.up and result.error is None
