"""Crawl + judge + score one portal: the compliance check the runner and the CLI call."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import time
from collections.abc import Mapping
from zoneinfo import ZoneInfo

import httpx

from monitor.compliance.catalog import Catalog, load_catalog
from monitor.compliance.crawl import CrawlOutcome, crawl
from monitor.compliance.judge import judge_again
from monitor.compliance.memo import LastAnalysis, Remembered
from monitor.compliance.result import ComplianceResult, CrawlStats, SectionVerdict
from monitor.compliance.score import scores
from monitor.config import Config, PortalConfig
from monitor.evidence.sections import section_urls
from monitor.net.client import HostLimiter

log = logging.getLogger(__name__)
GUATEMALA = ZoneInfo("America/Guatemala")
THREAD_JUDGE_BYTES = 4_000_000


def guatemala_today() -> dt.date:
    """Today's date in Guatemala, the calendar the portals' monthly rhythm follows."""
    return dt.datetime.now(GUATEMALA).date()


async def assess_portal(
    client: httpx.AsyncClient,
    portal: PortalConfig,
    config: Config,
    catalog: Catalog | None = None,
    *,
    today: dt.date | None = None,
    limiter: HostLimiter | None = None,
    memory: Mapping[str, Remembered] | None = None,
    analysis: LastAnalysis | None = None,
) -> ComplianceResult:
    """Crawl ``portal``, judge every catalogue entry and score it; never raises for the portal.

    ``today`` fixes the date freshness is judged against (tests pass it; default: Guatemala's).
    ``memory`` is what the portal's last crawl remembered (``compliance.memo``), ``analysis``
    the last analysis of its content (``compliance.analysis``), which stands if the content did
    not change.
    """
    catalog = catalog or load_catalog()
    today = today or guatemala_today()
    started_at = dt.datetime.now(dt.UTC)
    began = time.monotonic()
    try:
        outcome = await crawl(
            client, portal, config, limiter=limiter, catalog=catalog, memory=memory, today=today
        )
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - a crawler bug must not take the runner down
        log.exception("crawl of %s failed unexpectedly", portal.slug)
        outcome = CrawlOutcome(start_url=portal.url)
        outcome.stats = CrawlStats(
            duration_seconds=time.monotonic() - began,
            error=f"internal error while crawling: {type(exc).__name__}",
        )
    kept: LastAnalysis | None = None
    try:
        if outcome.stats.bytes_read > THREAD_JUDGE_BYTES:
            # Judging megabytes of text takes long enough to stall other crawls: off the loop.
            verdicts, kept = await asyncio.to_thread(
                judge_again, outcome, catalog, analysis, today=today
            )
        else:
            verdicts, kept = judge_again(outcome, catalog, analysis, today=today)
        if kept is None:
            outcome.stats = dataclasses.replace(outcome.stats, analysis_kept=True)
    except Exception as exc:  # noqa: BLE001 - same: one odd page must not lose the whole round
        log.exception("judging %s failed unexpectedly", portal.slug)
        reason = f"internal error while judging: {type(exc).__name__}"
        verdicts = tuple(SectionVerdict(e.id, "unknown", reason) for e in catalog.entries)
        outcome.stats = dataclasses.replace(outcome.stats, error=reason)
    crawled = outcome.stats.error is None and not outcome.stats.blocked_by_robots
    score, weighted = scores(verdicts, catalog, crawled=crawled)
    return ComplianceResult(
        slug=portal.slug,
        catalog_version=catalog.version,
        started_at=started_at,
        verdicts=verdicts,
        stats=outcome.stats,
        score=score,
        weighted_score=weighted,
        captures=tuple(outcome.captures),
        evidence=section_urls(outcome, verdicts),
        remembered=tuple(outcome.remembered.values()),
        analysis=kept,
    )
