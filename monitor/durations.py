"""Human durations such as ``"10s"``, ``"5m"``, ``"1h30m"`` or ``"90d"`` as seconds."""

from __future__ import annotations

import math
import re

_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d|w)")


def parse_duration(text: str) -> float:
    """Return the number of seconds in ``text``; raise ValueError when it is not a duration."""
    compact = text.strip().lower().replace(" ", "")
    if not compact:
        raise ValueError("empty duration")
    pos = 0
    total = 0.0
    for match in _PART.finditer(compact):
        if match.start() != pos:
            break
        total += float(match.group(1)) * _UNITS[match.group(2)]
        pos = match.end()
    if pos != len(compact) or total <= 0:
        raise ValueError(f"{text!r} is not a duration like '30s', '5m', '24h' or '90d'")
    return total


def format_duration(seconds: float) -> str:
    """Render seconds compactly, e.g. ``3725 -> '1h2m5s'``."""
    if seconds < 1:
        return f"{seconds * 1000:.0f}ms"
    rest = int(round(seconds))
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if rest >= size:
            parts.append(f"{rest // size}{unit}")
            rest %= size
    return "".join(parts) or "0s"


def check_bounds(seconds: float, low: float, high: float) -> float:
    """``seconds`` when ``low <= seconds <= high``; ValueError naming the bounds otherwise."""
    if not math.isfinite(seconds) or not low <= seconds <= high:
        raise ValueError(
            f"must be between {format_duration(low)} and {format_duration(high)}"
            + (
                f", got {format_duration(seconds)}"
                if math.isfinite(seconds) and seconds < 1e12
                else ""
            )
        )
    return seconds
