"""An outage is never a compliance result, in ``serve`` exactly as in ``check``.

A real service (scheduler, dispatcher, crawl thread, write buffer) watches a loopback portal that
goes down after its first crawl: through several probe and crawl intervals every section keeps its
verdict, no section transition is written (so no LaipSectionNoLongerOk alert can fire), and the
weekly e-mail reports the outage instead of "No se pudo verificar".
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.catalog import load_catalog
from monitor.config import Config, load_config
from monitor.report.email import render_summary
from monitor.report.periods import Week
from monitor.report.weekly import build_summaries
from monitor.service.app import MonitorService
from monitor.store.db import open_database
from monitor.store.models import CrawlRun, PortalState, SectionState, Transition, utcnow
from tests.compliance.fleet.fleet import build_fleet
from tests.compliance.fleet.server import LoopbackServer
from tests.service.helpers import parse_exposition, sample


async def eventually(condition: Callable[[], object], timeout: float = 60.0) -> None:
    """Wait until ``condition`` holds, checking on every loop turn of 50 ms."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def write_config(path: Path, url: str) -> Path:
    path.write_text(
        "\n".join(
            [
                "[monitor]",
                'check_interval = "300ms"',
                'crawl_interval = "1s"',
                'timeout = "1s"',
                "down_after = 2",
                'listen = "127.0.0.1:0"',
                "[crawl]",
                'time_budget = "20s"',
                "[[portals]]",
                'slug = "muni"',
                'name = "Municipalidad de Prueba"',
                'department = "Petén"',
                f'url = "{url}/"',
                'contacts = ["uip@muni.example"]',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def sections(factory: sessionmaker[Session]) -> dict[str, str]:
    with factory() as session:
        return {s.section_id: s.status for s in session.scalars(select(SectionState))}


def state(factory: sessionmaker[Session]) -> PortalState | None:
    with factory() as session:
        return session.scalars(select(PortalState)).first()


async def test_a_portal_that_goes_down_keeps_every_verdict_and_its_email_says_it_was_down(
    tmp_path: Path, db_url: str
) -> None:
    today = dt.date.today()
    fixture = build_fleet(load_catalog(), today, other_host="127.0.0.2")[0]
    server = LoopbackServer(fixture.routes).__enter__()
    config_path = write_config(tmp_path / "portals.toml", server.url)
    config: Config = load_config(config_path).with_database_url(db_url)
    service = MonitorService(config, config_path=config_path, db_override=db_url)
    engine, factory = open_database(db_url)
    stopped = False
    try:
        await service.start()
        await eventually(lambda: sections(factory))
        before = sections(factory)
        assert "ok" in before.values()
        score_before = state(factory).compliance_score  # type: ignore[union-attr]
        scraped = parse_exposition(await _metrics(service))
        gauges_before = {k: v for k, v in scraped.items() if k[0] == "laip_section_status"}

        server.__exit__(None, None, None)  # the portal goes down
        stopped = True
        outage_began = utcnow()
        registry = service.registry

        def skipped() -> float:
            return sample(registry, "laip_crawls_skipped_total", reason="portal_down") or 0.0

        def judged_after_outage() -> int:
            with factory() as session:
                return len(
                    session.scalars(
                        select(CrawlRun).where(
                            CrawlRun.started_at >= outage_began, CrawlRun.status == "complete"
                        )
                    ).all()
                )

        # Several crawl intervals pass while it is down: each crawl job runs and is skipped (a
        # crawl that started before any probe saw the outage is stored as unreachable).
        await eventually(lambda: (s := state(factory)) is not None and s.up is False)
        await eventually(lambda: skipped() >= 3 or judged_after_outage() > 0)
        assert judged_after_outage() == 0

        assert sections(factory) == before
        assert state(factory).compliance_score == score_before  # type: ignore[union-attr]
        with factory() as session:
            section_flips = session.scalars(
                select(Transition).where(
                    Transition.section_id.is_not(None), Transition.at >= outage_began
                )
            ).all()
            judged_during_outage = session.scalars(
                select(CrawlRun).where(
                    CrawlRun.started_at >= outage_began, CrawlRun.status == "complete"
                )
            ).all()
        assert section_flips == []
        assert judged_during_outage == []
        scraped = parse_exposition(await _metrics(service))
        assert {k: v for k, v in scraped.items() if k[0] == "laip_section_status"} == gauges_before
    finally:
        await service.stop()
        if not stopped:
            server.__exit__(None, None, None)

    now = utcnow()
    with factory() as session:
        summary = build_summaries(
            session, config.portals, Week.containing(now, config.report.timezone), now
        )[0]
    engine.dispose()
    text = render_summary(summary, config).text
    assert summary.incidents, "the outage is an incident of the week"
    assert "INTERRUPCIONES DEL SERVICIO" in text
    assert "No se pudo verificar" not in text
    assert "no tuvo interrupciones" not in text


async def _metrics(service: MonitorService) -> str:
    async with httpx.AsyncClient(trust_env=False) as client:
        response = await client.get(f"http://127.0.0.1:{service.port}/metrics")
    return response.text
