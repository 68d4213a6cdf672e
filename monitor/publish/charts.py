"""Server-side SVG charts as plain geometry: templates draw them, no JavaScript is needed.

Every chart carries a Spanish title and description for screen readers, and the page shows the
same numbers in a table next to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH = 640
HEIGHT = 260
LEFT, RIGHT, TOP, BOTTOM = 64, 48, 16, 40
HBAR_LEFT = 230
MONTHS_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str  # the x-axis label (a month)
    value: str  # the value as text, e.g. "62 %"


@dataclass(frozen=True)
class Series:
    name: str
    css: str  # class name that gives the colour and the line style
    points: tuple[Point, ...]

    @property
    def path(self) -> str:
        """SVG path data joining the months that have a value."""
        return " ".join(
            f"{'L' if i else 'M'}{point.x:.1f},{point.y:.1f}" for i, point in enumerate(self.points)
        )


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True)
class LineChart:
    """One or more percentage series over months."""

    id: str
    title: str
    description: str
    series: tuple[Series, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    bottom: float = HEIGHT - BOTTOM
    right: float = WIDTH - RIGHT


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: str


@dataclass(frozen=True)
class BarChart:
    """Counts per category (e.g. municipalities per score band)."""

    id: str
    title: str
    description: str
    bars: tuple[Bar, ...]
    y_ticks: tuple[Tick, ...]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    bottom: float = HEIGHT - BOTTOM
    right: float = WIDTH - RIGHT


def month_label(key: str) -> str:
    """``'2026-11'`` -> ``'nov 2026'``."""
    year, month = key.split("-")
    return f"{MONTHS_ES[int(month) - 1]} {year}"


def percent(value: float | None, digits: int = 0) -> str:
    """``0.625 -> '62,5 %'`` in Spanish notation (digits after the comma); a dash when unknown."""
    if value is None:
        return "—"
    text = f"{value * 100:.{digits}f}".replace(".", ",")
    return f"{text} %"


def _y(value: float) -> float:
    return TOP + (1 - value) * (HEIGHT - TOP - BOTTOM)


def _percent_ticks() -> tuple[Tick, ...]:
    return tuple(Tick(_y(step / 4), f"{step * 25} %") for step in range(5))


def line_chart(
    chart_id: str,
    title: str,
    description: str,
    months: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float | None]]],
) -> LineChart:
    """A chart of ``series`` (name, css class, one share 0..1 or None per month) over ``months``."""
    span = WIDTH - LEFT - RIGHT
    step = span / max(len(months) - 1, 1)
    xs = [LEFT + (step * i if len(months) > 1 else span / 2) for i in range(len(months))]
    drawn = []
    for name, css, values in series:
        points = tuple(
            Point(xs[i], _y(value), month_label(months[i]), percent(value))
            for i, value in enumerate(values)
            if value is not None
        )
        drawn.append(Series(name, css, points))
    # At most ~6 month labels, so that they never overlap on a phone.
    every = max(1, -(-len(months) // 6))
    x_ticks = tuple(Tick(xs[i], month_label(key)) for i, key in enumerate(months) if i % every == 0)
    return LineChart(chart_id, title, description, tuple(drawn), x_ticks, _percent_ticks())


def bar_chart(
    chart_id: str, title: str, description: str, counts: Sequence[tuple[str, int]]
) -> BarChart:
    """Vertical bars, one per (label, count); the y axis counts from zero."""
    top = max([count for _, count in counts] + [1])
    span = WIDTH - LEFT - RIGHT
    slot = span / max(len(counts), 1)
    bars = []
    for i, (label, count) in enumerate(counts):
        height = (HEIGHT - TOP - BOTTOM) * count / top
        bars.append(
            Bar(
                x=LEFT + slot * i + slot * 0.15,
                y=HEIGHT - BOTTOM - height,
                width=slot * 0.7,
                height=height,
                label=label,
                value=str(count),
            )
        )
    steps = sorted({round(top * k / 4) for k in range(5)})
    ticks = tuple(
        Tick(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / top, str(value)) for value in steps
    )
    return BarChart(chart_id, title, description, tuple(bars), ticks)


@dataclass(frozen=True)
class HBar:
    y: float
    width: float
    height: float
    label: str
    value: str


@dataclass(frozen=True)
class HBarChart:
    """Horizontal bars with their labels on the left: long Spanish labels stay readable."""

    id: str
    title: str
    description: str
    bars: tuple[HBar, ...]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = HBAR_LEFT


def hbar_chart(
    chart_id: str, title: str, description: str, counts: Sequence[tuple[str, int]]
) -> HBarChart:
    """One horizontal bar per (label, count), longest bar = the largest count."""
    top = max([count for _, count in counts] + [1])
    row = 34
    height = TOP + row * len(counts) + 8
    span = WIDTH - HBAR_LEFT - 60
    bars = tuple(
        HBar(TOP + row * i, span * count / top, row * 0.7, label, str(count))
        for i, (label, count) in enumerate(counts)
    )
    return HBarChart(chart_id, title, description, bars, height=height)
