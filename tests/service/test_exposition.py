"""The served exposition is ``prometheus_client``'s text format, byte for byte."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Enum,
    Gauge,
    Histogram,
    Info,
    Summary,
    generate_latest,
)
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    Metric,
    UnknownMetricFamily,
)
from prometheus_client.registry import Collector

from monitor.service.exposition import LabelledGauge, render

# Label values as portals and titles hold them, and the three characters the format escapes.
VALUES = st.text(
    alphabet=st.sampled_from(list('ab-_ ñáÉ.\\"\n{},=') + ["\u2013", "\U0001f600"]), max_size=8
)
NUMBERS = st.one_of(
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e6, 1.5e9, 123456.7, 1e-7]),
)


class Families(Collector):
    """Collector of the given families, as the state collector yields its own."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> list[Metric]:
        return self.families


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.tuples(VALUES, VALUES, NUMBERS), max_size=6),
    values=st.lists(st.tuples(VALUES, NUMBERS), max_size=4),
    timestamp=st.none() | st.floats(0, 2e9),
)
def test_every_kind_of_family_is_written_as_generate_latest_writes_it(
    rows: list[tuple[str, str, float]],
    values: list[tuple[str, float]],
    timestamp: float | None,
) -> None:
    registry = CollectorRegistry()
    labelled = LabelledGauge("laip_row", 'A row "gauge"\nwith \\ help.', ["zeta", "alpha"])
    unlabelled = LabelledGauge("laip_single", "No labels.", [])
    plain = GaugeMetricFamily("laip_plain", "Plain.", labels=["portal", "department"])
    counted = CounterMetricFamily("laip_counted", "Counted.", labels=["kind"], created=1.0)
    unknown = UnknownMetricFamily("laip_unknown", "Unknown.", labels=["x"])
    for first, second, number in rows:
        labelled.add_metric([first, second], number)
        plain.add_metric([first, second], number, timestamp=timestamp)
    if rows:
        unlabelled.add_metric([], rows[0][2])
    for value, number in values:
        counted.add_metric([value], abs(number) if number == number else 0.0)
        unknown.add_metric([value], number)
    # Rows share label sets across families, as a portal's labels do in the state collector.
    again = LabelledGauge("laip_row_again", "Same labels.", ["zeta", "alpha"])
    for first, second, number in rows:
        again.add_metric([first, second], -number)
    registry.register(Families([labelled, unlabelled, plain, counted, unknown, again]))
    hits = Counter("laip_hits", "Hits.", ["portal", "class"], registry=registry)
    level = Gauge("laip_level", "Level.", registry=registry)
    lag = Histogram("laip_lag_seconds", "Lag.", ["kind"], buckets=(0.1, 1.0), registry=registry)
    size = Summary("laip_size_bytes", "Size.", registry=registry)
    build = Info("laip_build", "Build.", registry=registry)
    state = Enum("laip_state", "State.", states=["up", "down"], registry=registry)
    for value, number in values:
        finite = number == number and abs(number) < 1e300
        hits.labels(value, "dns").inc(abs(number) if finite else 1)
        lag.labels(value).observe(0.5)
    level.set(3)
    size.observe(10)
    build.info({"version": "0.2", "commit": 'a"b'})
    state.state("down")

    assert render(registry) == generate_latest(registry)


def test_a_labelled_gauge_reads_as_the_library_family_with_the_same_samples() -> None:
    ours = LabelledGauge("laip_portal_up", "Up.", ["portal", "department"])
    theirs = GaugeMetricFamily("laip_portal_up", "Up.", labels=["portal", "department"])
    for family in (ours, theirs):
        family.add_metric(["alfa", "Petén"], 1)
        family.add_metric(["beta", ""], 0.5)
    assert ours.samples == theirs.samples
    registry = CollectorRegistry()
    registry.register(Families([ours]))
    assert registry.get_sample_value("laip_portal_up", {"portal": "beta", "department": ""}) == 0.5
