"""Serve generated portals on loopback, assess them and compare with their truth."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from typing import TypeVar

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from monitor.compliance.assess import assess_portal
from monitor.compliance.render import shared_renderer
from monitor.compliance.result import ComplianceResult
from monitor.compliance.status import STATUSES
from monitor.config import Config, CrawlSettings, PortalConfig
from monitor.net.client import build_client
from tests.compliance.fleet.server import LoopbackServer
from tests.compliance.generated.portals import LAYOUTS, GeneratedPortal, portals

P = TypeVar("P", bound=GeneratedPortal)
STATIC_LAYOUTS = [layout for layout in LAYOUTS if layout != "javascript"]


def draw_static(count: int) -> list[GeneratedPortal]:
    """``count`` portals of the layouts served without JavaScript, the same ones every run."""
    drawn: list[GeneratedPortal] = []

    @settings(
        max_examples=count,
        derandomize=True,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.sampled_from(STATIC_LAYOUTS).flatmap(portals))
    def collect(portal: GeneratedPortal) -> None:
        drawn.append(portal)

    collect()
    return drawn


async def _assess(
    portal: GeneratedPortal, server: LoopbackServer, slug: str, crawl: CrawlSettings
) -> ComplianceResult:
    config = Config(
        crawl=crawl, portals=(PortalConfig(slug=slug, name=slug, url=server.url + "/"),)
    )
    async with build_client(config.monitor) as client:
        return await assess_portal(client, config.portals[0], config, today=portal.today)


def _serve(portal: GeneratedPortal) -> LoopbackServer:
    return LoopbackServer(portal.routes)


def assess_all(
    portals: Sequence[P],
    crawl: CrawlSettings | None = None,
    serve: Callable[[P], LoopbackServer] = _serve,
) -> list[ComplianceResult]:
    """Crawl and judge every portal (concurrently, each on its own loopback server, which
    ``serve`` starts)."""
    settings = crawl or CrawlSettings()
    with ExitStack() as stack:
        servers = [stack.enter_context(serve(p)) for p in portals]

        async def main() -> list[ComplianceResult]:
            jobs = [
                _assess(p, s, f"{p.layout}-{i}", settings)
                for i, (p, s) in enumerate(zip(portals, servers, strict=True))
            ]
            # One browser for every crawl, as a `check` or `serve` process has.
            async with shared_renderer():
                return list(await asyncio.gather(*jobs))

        return asyncio.run(main())


Matrix = Counter[tuple[str, str]]


def compare(
    portals: list[GeneratedPortal], results: list[ComplianceResult]
) -> tuple[dict[str, Matrix], list[str]]:
    """Per layout, (truth, verdict) counts; and one line per wrong verdict."""
    matrices: dict[str, Matrix] = {}
    wrong = []
    for index, (portal, result) in enumerate(zip(portals, results, strict=True)):
        matrix = matrices.setdefault(portal.layout, Counter())
        for section, expected in portal.truth.items():
            verdict = result.verdict(section)
            matrix[(expected, verdict.status)] += 1
            if verdict.status != expected:
                item = next(i for i in portal.items if section.endswith(f"{i.numeral:02d}"))
                wrong.append(
                    f"{portal.layout}-{index} {section} [{item.label!r}]: expected {expected}, "
                    f"got {verdict.status} ({verdict.reason}; {verdict.url})"
                )
    return matrices, wrong


def accuracy(matrix: Matrix) -> float:
    total = sum(matrix.values())
    right = sum(n for (truth, got), n in matrix.items() if truth == got)
    return right / total if total else 1.0


def render(matrix: Matrix) -> str:
    """The confusion matrix as text: rows are the truth, columns the verdicts."""
    short = {s: s[:7] for s in STATUSES}
    lines = ["truth \\ got  " + " ".join(f"{short[s]:>7}" for s in STATUSES)]
    for truth in STATUSES:
        lines.append(
            f"{short[truth]:<12} " + " ".join(f"{matrix[(truth, got)]:>7}" for got in STATUSES)
        )
    return "\n".join(lines)
