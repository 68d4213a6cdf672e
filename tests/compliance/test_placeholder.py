"""A home page that is not the portal (maintenance, a server's default page, a suspended account,
a parked domain, a bot check) is an outage: never every item ``missing``.

The placeholder pages are written as the software that serves them prints them (sources in
``monitor/compliance/placeholder.py``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from monitor.cli.app import app
from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import load_catalog
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.net.client import build_client
from monitor.store.models import CrawlRun, ProbeRun, SectionState
from tests.compliance.fleet.server import LoopbackServer, Resource
from tests.support.placeholders import (
    BOT_CHECK,
    EMPTY_ROOT_LISTING,
    JOOMLA_OFFLINE,
    NOT_THE_PORTAL,
    NOT_THE_PORTAL_IDS,
)

TODAY = dt.date(2026, 11, 24)


def config_for(url: str) -> Config:
    return Config(portals=(PortalConfig(slug="muni", name="Muni", url=url + "/"),))


async def assess(url: str) -> ComplianceResult:
    config = config_for(url)
    async with build_client(config.monitor) as client:
        return await assess_portal(client, config.portals[0], config, load_catalog(), today=TODAY)


@pytest.mark.parametrize(
    ("body", "kind"),
    [*NOT_THE_PORTAL, (BOT_CHECK, "a bot check")],
    ids=[*NOT_THE_PORTAL_IDS, "bot"],
)
async def test_a_home_page_that_is_not_the_portal_is_an_outage_not_every_item_missing(
    body: str, kind: str
) -> None:
    with LoopbackServer({"/": Resource(body.encode(), 200)}) as portal:
        result = await assess(portal.url)
    assert result.stats.unreachable
    assert result.stats.error is not None and kind in result.stats.error
    assert {v.status for v in result.verdicts} <= {"unknown", "not_applicable"}


async def test_a_home_page_speaking_of_maintenance_is_still_the_portal() -> None:
    menu = (
        "".join(f'<li><a href="/ip/{n}/">Numeral {n}</a></li>' for n in (1, 2, 14))
        + '<li><a href="/contacto/">Contacto</a></li>'
    )
    home = (
        "<html><head><title>Municipalidad de San José</title></head><body>"
        f"<ul>{menu}</ul><p>Contratos de mantenimiento de equipo y vehículos.</p></body></html>"
    )
    with LoopbackServer({"/": Resource(home.encode(), 200)}) as portal:
        result = await assess(portal.url)
    assert not result.stats.unreachable and result.stats.error is None


async def test_a_small_home_page_whose_link_names_maintenance_is_the_portal() -> None:
    home = (
        "<html><head><title>Municipalidad de San José</title></head><body>"
        '<a href="/ip/14/">Numeral 14 - Contratos de mantenimiento</a></body></html>'
    )
    inside = "<html><body><h1>Numeral 14 - Contratos de mantenimiento</h1></body></html>"
    routes = {"/": Resource(home.encode(), 200), "/ip/14/": Resource(inside.encode(), 200)}
    with LoopbackServer(routes) as portal:
        result = await assess(portal.url)
    assert not result.stats.unreachable and result.stats.error is None


async def test_a_root_listing_of_files_is_the_portal() -> None:
    """An "Index of /" that lists folders and files is how some bodies publish (exam 8's
    directory listings): the portal, not a server's default page."""
    listing = EMPTY_ROOT_LISTING.replace(
        "</table>",
        '<tr><td></td><td><a href="transparencia/">transparencia/</a></td></tr><tr><td></td>'
        '<td><a href="presupuesto-2026.pdf">presupuesto-2026.pdf</a></td></tr><tr><td></td>'
        '<td><a href="planilla-octubre-2026.pdf">planilla-octubre-2026.pdf</a></td></tr></table>',
    )
    with LoopbackServer({"/": Resource(listing.encode(), 200)}) as portal:
        result = await assess(portal.url)
    assert not result.stats.unreachable and result.stats.error is None


async def test_a_splash_page_leading_into_the_portal_is_the_portal() -> None:
    splash = (
        "<html><head><title>Municipalidad de San José - Bienvenidos</title></head><body>"
        '<h1>Bienvenidos</h1><a href="/inicio/">Entrar</a></body></html>'
    )
    inside = '<html><body><a href="/ip/8/">Numeral 8 - Ejecución presupuestaria</a></body></html>'
    routes = {"/": Resource(splash.encode(), 200), "/inicio/": Resource(inside.encode(), 200)}
    with LoopbackServer(routes) as portal:
        result = await assess(portal.url)
    assert not result.stats.unreachable and result.stats.error is None


def test_check_keeps_every_verdict_while_the_portal_shows_a_maintenance_page(
    tmp_path: Path, sqlite_url: str
) -> None:
    home = '<html><body><a href="/ip/8/">Numeral 8 - Ejecución presupuestaria</a></body></html>'
    with LoopbackServer({"/": Resource(home.encode(), 200)}) as portal:
        config = tmp_path / "portals.toml"
        config.write_text(
            f'[[portals]]\nslug = "muni"\nname = "Muni"\nurl = "{portal.url}/"\n',
            encoding="utf-8",
        )
        args = ["check", "--config", str(config), "--db", sqlite_url, "--json"]
        first = CliRunner().invoke(app, args)
        assert first.exit_code == 0, first.output
        engine = create_engine(sqlite_url)
        with engine.connect() as conn:
            before = dict(conn.execute(select(SectionState.section_id, SectionState.status)).all())
        portal.routes["/"] = Resource(JOOMLA_OFFLINE.encode(), 200)
        second = CliRunner().invoke(app, args)
        assert second.exit_code == 0, second.output
    with engine.connect() as conn:
        after = dict(conn.execute(select(SectionState.section_id, SectionState.status)).all())
        crawls = conn.execute(select(CrawlRun.status)).scalars().all()
        probe = conn.execute(select(ProbeRun).order_by(ProbeRun.id.desc()).limit(1)).one()
    engine.dispose()
    assert before["art10.n22"] == "missing"
    assert after == before
    # The probe already saw the notice: the portal is down for citizens, so it is not crawled.
    assert (probe.up, probe.error) == (False, "placeholder")
    assert "maintenance notice" in (probe.error_detail or "")
    assert crawls == ["complete"]
    entry = json.loads(second.output)["portals"][0]
    assert (entry["up"], entry["error"]) == (False, "placeholder")
    assert entry["crawl_skipped"].startswith("portal is down (placeholder)")
