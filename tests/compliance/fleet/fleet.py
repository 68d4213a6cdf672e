"""Serve a fleet of fixture portals on loopback and assess them, with the truth to compare."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import Catalog
from monitor.compliance.result import STATUSES, ComplianceResult
from monitor.config import Config, CrawlSettings, PortalConfig
from monitor.net.client import build_client
from tests.compliance.fleet.content import assign
from tests.compliance.fleet.designs import DESIGNS, numbered
from tests.compliance.fleet.server import LoopbackServer, Resource

# (design, rotation of the status pattern): two portals per design, each section seeing
# different statuses in each.
PLAN = [
    ("numbered", 0),
    ("numbered", 4),
    ("inline", 1),
    ("inline", 5),
    ("buttons", 2),
    ("buttons", 6),
    ("folders", 3),
    ("folders", 7),
    ("cards", 1),
    ("cards", 6),
]
BUDGET_PAGES = 4  # the page-budget portal: home, list, and two numeral pages


@dataclass
class FixturePortal:
    slug: str
    routes: dict[str, Resource]
    truth: dict[str, str]
    crawl: CrawlSettings
    server: LoopbackServer | None = None


def build_fleet(catalog: Catalog, today: dt.date, other_host: str) -> list[FixturePortal]:
    """The fixture portals with their truth per catalogue entry."""
    portals = []
    for index, (design, offset) in enumerate(PLAN):
        statuses = assign(catalog, offset)
        routes = DESIGNS[design](catalog, statuses, today, other_host=other_host)
        truth = dict(statuses)
        truth.update({e.id: "missing" for e in catalog.entries if not e.is_article10})
        if design == "inline":
            truth["extra.comude"] = "ok"
        portals.append(FixturePortal(f"{design}-{index}", routes, truth, CrawlSettings()))
    statuses = assign(catalog, 8)
    routes = numbered(catalog, statuses, today, other_host=other_host, lean=True)
    listed = [e.id for e in catalog.entries if e.is_article10 and statuses[e.id] != "missing"]
    read = set(listed[: BUDGET_PAGES - 2])
    truth = {e.id: statuses[e.id] if e.id in read else "unknown" for e in catalog.entries}
    portals.append(FixturePortal("budget", routes, truth, CrawlSettings(max_pages=BUDGET_PAGES)))
    return portals


@contextmanager
def serving(portals: list[FixturePortal]) -> Iterator[list[FixturePortal]]:
    """Start one loopback server per portal for the duration of the block."""
    with ExitStack() as stack:
        for portal in portals:
            portal.server = stack.enter_context(LoopbackServer(portal.routes))
        yield portals


async def assess_fleet(
    portals: list[FixturePortal], catalog: Catalog, today: dt.date
) -> dict[str, ComplianceResult]:
    """Assess every served portal concurrently, as the runner would."""

    async def one(portal: FixturePortal) -> tuple[str, ComplianceResult]:
        assert portal.server is not None
        config = Config(
            crawl=portal.crawl,
            portals=(
                PortalConfig(slug=portal.slug, name=portal.slug, url=portal.server.url + "/"),
            ),
        )
        async with build_client(config.monitor) as client:
            result = await assess_portal(client, config.portals[0], config, catalog, today=today)
        return portal.slug, result

    return dict(await asyncio.gather(*(one(p) for p in portals)))


def confusion(
    portals: list[FixturePortal], results: dict[str, ComplianceResult]
) -> tuple[Counter[tuple[str, str]], list[str]]:
    """(truth, verdict) counts and one line per wrong verdict."""
    matrix: Counter[tuple[str, str]] = Counter()
    wrong = []
    for portal in portals:
        result = results[portal.slug]
        for section, expected in portal.truth.items():
            verdict = result.verdict(section)
            matrix[(expected, verdict.status)] += 1
            if verdict.status != expected:
                wrong.append(
                    f"{portal.slug} {section}: expected {expected}, got {verdict.status} "
                    f"({verdict.reason}; {verdict.url})"
                )
    return matrix, wrong


def render(matrix: Counter[tuple[str, str]]) -> str:
    """The confusion matrix as text: rows are the truth, columns the verdicts."""
    short = {s: s[:7] for s in STATUSES}
    lines = ["truth \\ got  " + " ".join(f"{short[s]:>7}" for s in STATUSES)]
    for truth in STATUSES:
        lines.append(
            f"{short[truth]:<12} " + " ".join(f"{matrix[(truth, got)]:>7}" for got in STATUSES)
        )
    return "\n".join(lines)
