"""How ``check`` splits a round's portals over its worker processes."""

from __future__ import annotations

import pytest

from monitor.config import PortalConfig
from monitor.pipeline.pool import guided_chunks


def _portals(count: int) -> list[PortalConfig]:
    return [
        PortalConfig(slug=f"muni-{i}", name=f"Muni {i}", url=f"http://127.0.0.{i % 250 + 1}/")
        for i in range(count)
    ]


@pytest.mark.parametrize(("count", "workers", "parallel"), [(340, 2, 8), (1000, 3, 8), (5, 2, 8)])
def test_every_portal_once_in_order_largest_chunks_first(
    count: int, workers: int, parallel: int
) -> None:
    portals = _portals(count)
    chunks = guided_chunks(portals, workers, parallel)
    assert [p.slug for chunk in chunks for p in chunk] == [p.slug for p in portals]
    sizes = [len(chunk) for chunk in chunks]
    assert sizes == sorted(sizes, reverse=True)
    assert all(size >= parallel for size in sizes[:-1])  # only the remainder may be smaller
    # Few chunk ends while much is left, and the last ones no larger than the crawls at once.
    assert sizes[0] == min(count, max(parallel, -(-count // (2 * workers))))
    assert sizes[-1] <= parallel
