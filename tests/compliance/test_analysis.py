"""A portal's analysis is kept between crawls: a crawl that reads the same content again judges
from it, and its verdicts are exactly those of a judge working from scratch, on any day.

Portals are the generated ones (layouts and wordings of real Guatemalan portals, drawn at random
with hypothesis), served by the loopback server with ETags and 304 answers as nginx gives them.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import random
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from monitor.compliance import judge as judge_module
from monitor.compliance.analysis import Analysis, content_key, dump_analyses, load_analyses
from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import Catalog, load_catalog
from monitor.compliance.crawl import CrawlOutcome, DocumentCheck, FetchFailure, crawl
from monitor.compliance.judge import analyse, judge, judge_again, settle_all
from monitor.compliance.memo import LastAnalysis, Remembered
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.net.client import build_crawl_client
from tests.compliance.fleet.server import LoopbackServer, Resource
from tests.compliance.generated.portals import GeneratedPortal
from tests.compliance.generated.run import draw_static

CATALOG = load_catalog()


DRAWN = draw_static(6)


def _config(server: LoopbackServer) -> Config:
    return Config(portals=(PortalConfig(slug="muni", name="Muni", url=server.url + "/"),))


def _assess(
    server: LoopbackServer,
    portal: GeneratedPortal,
    memory: Mapping[str, Remembered] | None = None,
    analysis: LastAnalysis | None = None,
) -> ComplianceResult:
    config = _config(server)

    async def main() -> ComplianceResult:
        async with build_crawl_client(config.monitor) as client:
            return await assess_portal(
                client,
                config.portals[0],
                config,
                today=portal.today,
                memory=memory,
                analysis=analysis,
            )

    return asyncio.run(main())


def _outcome(portal: GeneratedPortal) -> CrawlOutcome:
    with LoopbackServer(portal.routes) as server:
        config = _config(server)

        async def main() -> CrawlOutcome:
            async with build_crawl_client(config.monitor) as client:
                return await crawl(client, config.portals[0], config, catalog=CATALOG)

        return asyncio.run(main())


def _counting_analyses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []
    real: Callable[[CrawlOutcome, Catalog], tuple[Analysis, ...]] = judge_module.analyse

    def counting(outcome: CrawlOutcome, catalog: Catalog) -> tuple[Analysis, ...]:
        made.append(outcome.start_url)
        return real(outcome, catalog)

    monkeypatch.setattr(judge_module, "analyse", counting)
    return made


@pytest.mark.parametrize("portal", DRAWN, ids=[p.layout for p in DRAWN])
def test_an_unchanged_portal_is_judged_from_its_last_analysis(
    portal: GeneratedPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LoopbackServer(portal.routes, validators=True) as server:
        first = _assess(server, portal)
        made = _counting_analyses(monkeypatch)
        # Read from 304s this time, in whatever order they come back.
        memory = {answer.url: answer for answer in first.remembered}
        second = _assess(server, portal, memory, first.analysis)
    assert first.analysis is not None
    assert made == []  # the content was the same: no analysis made
    assert second.analysis is None  # nothing new to keep
    assert second.verdicts == first.verdicts
    assert second.evidence == first.evidence


@pytest.mark.parametrize("portal", DRAWN[:3], ids=[p.layout for p in DRAWN[:3]])
def test_a_changed_portal_is_analysed_again(
    portal: GeneratedPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    routes = dict(portal.routes)
    with LoopbackServer(routes, validators=True) as server:
        first = _assess(server, portal)
        memory = {answer.url: answer for answer in first.remembered}
        pages = [path for path, r in server.routes.items() if r.content_type.startswith("text/")]
        for path in pages:
            if path != "/":
                server.routes[path] = Resource(b"<html><body><p>En mantenimiento</p></body></html>")
        made = _counting_analyses(monkeypatch)
        second = _assess(server, portal, memory, first.analysis)
        fresh = _assess(server, portal)
    assert len(made) == 2  # the crawl with the last analysis, and the one from scratch
    assert second.analysis is not None and first.analysis is not None
    assert second.analysis.key != first.analysis.key
    assert second.verdicts == fresh.verdicts != first.verdicts


@pytest.mark.parametrize("portal", DRAWN, ids=[p.layout for p in DRAWN])
def test_a_kept_analysis_is_judged_on_the_day_as_the_judge_would(portal: GeneratedPortal) -> None:
    outcome = _outcome(portal)
    kept = load_analyses(dump_analyses(analyse(outcome, CATALOG)))
    days = [portal.today + dt.timedelta(days=d) for d in (0, 1, 45, 400, -40)]
    for day in days:
        assert settle_all(CATALOG, kept, day) == judge(outcome, CATALOG, today=day), day


def test_verdicts_from_a_kept_analysis_change_with_the_day() -> None:
    # The analysis holds no day: what was current becomes outdated as time passes.
    changed = 0
    for portal in DRAWN:
        kept = load_analyses(dump_analyses(analyse(_outcome(portal), CATALOG)))
        now = [v.status for v in settle_all(CATALOG, kept, portal.today)]
        later = [v.status for v in settle_all(CATALOG, kept, portal.today.replace(year=2029))]
        changed += sum(1 for a, b in zip(now, later, strict=True) if (a, b) == ("ok", "outdated"))
    assert changed > 0


def _shuffled(outcome: CrawlOutcome, seed: int) -> CrawlOutcome:
    rng = random.Random(seed)

    def shuffle(mapping: dict[str, Any]) -> dict[str, Any]:
        items = list(mapping.items())
        rng.shuffle(items)
        return dict(items)

    return dataclasses.replace(
        outcome,
        pages=shuffle(outcome.pages),
        documents=shuffle(outcome.documents),
        failures=shuffle(outcome.failures),
        redirects=shuffle(outcome.redirects),
    )


@pytest.mark.parametrize("portal", DRAWN[:3], ids=[p.layout for p in DRAWN[:3]])
def test_the_content_key_ignores_the_crawls_order_and_sees_what_the_judge_reads(
    portal: GeneratedPortal,
) -> None:
    outcome = _outcome(portal)
    key = content_key(outcome, CATALOG)
    verdicts = judge(outcome, CATALOG, today=portal.today)
    for seed in range(3):  # the network decides the order answers arrive in
        shuffled = _shuffled(outcome, seed)
        assert content_key(shuffled, CATALOG) == key
        assert judge(shuffled, CATALOG, today=portal.today) == verdicts
    document = next(iter(outcome.documents.values()))
    page_url, page = next((u, p) for u, p in outcome.pages.items() if p.blocks)
    block = page.blocks[-1]
    edited_block = dataclasses.replace(block, text_parts=[*block.text_parts, "Enero 2030"])
    edited_page = dataclasses.replace(page, blocks=[*page.blocks[:-1], edited_block])
    changes = {
        "a document now fails": {
            "documents": {
                **outcome.documents,
                document.url: DocumentCheck(document.url, ok=False, status=404, error="HTTP 404"),
            }
        },
        "a page's text changed": {"pages": {**outcome.pages, page_url: edited_page}},
        "a page now fails": {
            "failures": {**outcome.failures, page_url + "x": FetchFailure(page_url + "x", 500, "")}
        },
        "the crawl stopped early": {
            "stats": dataclasses.replace(outcome.stats, stop_reason="time_budget")
        },
        "a page was left unread": {"unvisited": {*outcome.unvisited, page_url + "y"}},
    }
    for what, fields in changes.items():
        changed = dataclasses.replace(outcome, **fields)  # type: ignore[arg-type]
        assert content_key(changed, CATALOG) != key, what


def test_an_unreadable_kept_analysis_is_made_again(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    portal = DRAWN[0]
    outcome = _outcome(portal)
    made = _counting_analyses(monkeypatch)
    broken = LastAnalysis(content_key(outcome, CATALOG), '{"evidence": [], "entries": [[')
    with caplog.at_level(logging.WARNING, logger="monitor.compliance.judge"):
        verdicts, kept = judge_again(outcome, CATALOG, broken, today=portal.today)
    assert "kept analysis unreadable" in caplog.text
    assert len(made) == 1 and kept is not None and kept.key == broken.key
    assert verdicts == judge(outcome, CATALOG, today=portal.today)
