"""Accuracy of crawl + judge on a loopback fleet of four portal designs with known truth."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.compliance.catalog import load_catalog
from tests.compliance.fleet.fleet import assess_fleet, build_fleet, confusion, render, serving
from tests.compliance.fleet.server import LoopbackServer

REQUIRED_ACCURACY = 0.95
REQUIRED_PER_DESIGN = 0.90


@pytest.mark.parametrize(
    "today",
    [dt.date(2026, 11, 24), dt.date(2027, 1, 6), dt.date(2026, 3, 1)],
    ids=["november", "january-year-boundary", "first-of-march"],
)
async def test_fleet_sections_are_classified_at_least_95_percent_right(today: dt.date) -> None:
    catalog = load_catalog()
    with LoopbackServer({}) as other_host:
        portals = build_fleet(catalog, today, other_host.url)
        with serving(portals):
            results = await assess_fleet(portals, catalog, today)
        matrix, wrong = confusion(portals, results)
        total = sum(matrix.values())
        accuracy = 1 - len(wrong) / total
        assert accuracy >= REQUIRED_ACCURACY, (
            f"accuracy {accuracy:.1%} over {total} (portal, section) pairs\n"
            + render(matrix)
            + "\n"
            + "\n".join(wrong)
        )
        assert other_host.traffic.total == 0, "an off-scope host was requested"
        # No design may hide behind the others' average.
        for design in {portal.slug.rsplit("-", 1)[0] for portal in portals}:
            mine = [line for line in wrong if line.startswith(design + "-")]
            pairs = sum(len(p.truth) for p in portals if p.slug.startswith(design))
            assert 1 - len(mine) / pairs >= REQUIRED_PER_DESIGN, "\n".join(mine)
    truths = {status for portal in portals for status in portal.truth.values()}
    assert truths >= {"ok", "outdated", "empty", "broken", "missing", "not_applicable", "unknown"}
