"""Small formatting and arithmetic helpers shared by the CLI, JSON contracts, logs and reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence


def iso_z(value: dt.datetime | None, timespec: str = "auto") -> str | None:
    """An aware datetime in UTC as ISO 8601 with ``Z``, e.g. ``2026-11-24T08:00:00Z``."""
    if value is None:
        return None
    return value.astimezone(dt.UTC).isoformat(timespec=timespec).replace("+00:00", "Z")


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Linear-interpolation percentile (numpy's default); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
