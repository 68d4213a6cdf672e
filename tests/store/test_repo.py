from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import PortalConfig
from monitor.probes.result import ErrorClass, ProbeResult
from monitor.store import repo
from monitor.store.db import open_database, transaction
from monitor.store.models import Portal, PortalState, ProbeDaily, ProbeRun, Transition

T0 = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def portal(slug: str, **extra: object) -> PortalConfig:
    return PortalConfig.model_validate(
        {"slug": slug, "name": f"Municipalidad {slug}", "url": f"https://{slug}.laip.gt/", **extra}
    )


def probe(slug: str, at: dt.datetime, up: bool, error: ErrorClass | None = None) -> ProbeResult:
    return ProbeResult(
        slug=slug,
        url=f"https://{slug}.laip.gt/",
        started_at=at,
        up=up,
        error=None if up else (error or "connect"),
        status_code=200 if up else None,
        response_time_seconds=0.2 if up else None,
    )


@pytest.fixture
def factory(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine, factory = open_database(db_url)
    yield factory
    engine.dispose()


def test_sync_keeps_a_removed_portal_and_its_history(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as session:
        ids = repo.sync_portals(session, [portal("a"), portal("b")], now=T0)
        repo.record_probe(session, ids["b"], probe("b", T0, True))
    with transaction(factory) as session:
        ids2 = repo.sync_portals(session, [portal("a")], now=T0 + dt.timedelta(hours=1))
    assert ids2 == {"a": ids["a"]}
    with factory() as session:
        removed = session.scalars(select(Portal).where(Portal.slug == "b")).one()
        assert removed.active is False
        assert removed.removed_at == T0 + dt.timedelta(hours=1)
        assert session.scalar(select(func.count()).select_from(ProbeRun)) == 1
        assert [s.slug for s in repo.portal_statuses(session, T0)] == ["a"]
    with transaction(factory) as session:
        ids3 = repo.sync_portals(session, [portal("a"), portal("b", department="Petén")])
    assert ids3["b"] == ids["b"]
    with factory() as session:
        back = session.get(Portal, ids["b"])
        assert back is not None and back.active and back.department == "Petén"


def test_state_flips_down_only_after_consecutive_failures_dated_from_the_first(
    factory: sessionmaker[Session],
) -> None:
    minute = dt.timedelta(minutes=5)
    with transaction(factory) as session:
        pid = repo.sync_portals(session, [portal("a")])["a"]
        flips = [
            repo.record_probe(session, pid, probe("a", T0, True), down_after=2, up_after=1),
            repo.record_probe(session, pid, probe("a", T0 + minute, False), down_after=2),
            repo.record_probe(session, pid, probe("a", T0 + 2 * minute, True), down_after=2),
            repo.record_probe(
                session, pid, probe("a", T0 + 3 * minute, False, "dns"), down_after=2
            ),
            repo.record_probe(session, pid, probe("a", T0 + 4 * minute, False), down_after=2),
            repo.record_probe(session, pid, probe("a", T0 + 5 * minute, True), down_after=2),
        ]
    kinds = [(f.from_status, f.to_status, f.at, f.cause) if f else None for f in flips]
    assert kinds == [
        (None, "up", T0, None),
        None,  # one lost packet pages nobody
        None,
        None,
        ("up", "down", T0 + 3 * minute, "connect"),  # the incident starts at the first failure
        ("down", "up", T0 + 5 * minute, None),
    ]
    with factory() as session:
        state = session.get(PortalState, pid)
        assert state is not None and state.up is True and state.since == T0 + 5 * minute
        assert session.scalar(select(func.count()).select_from(Transition)) == 3
        assert session.scalar(select(func.count()).select_from(ProbeRun)) == 6


@pytest.mark.parametrize("error", ["monitor_offline", "monitor_error"])
def test_probes_that_say_nothing_about_the_portal_are_stored_but_change_nothing(
    factory: sessionmaker[Session], error: ErrorClass
) -> None:
    with transaction(factory) as session:
        pid = repo.sync_portals(session, [portal("a")])["a"]
        repo.record_probe(session, pid, probe("a", T0, True))
        for i in range(1, 4):
            at = T0 + dt.timedelta(minutes=i)
            assert repo.record_probe(session, pid, probe("a", at, False, error)) is None
    with factory() as session:
        state = session.get(PortalState, pid)
        assert state is not None and state.up is True and state.consecutive_failures == 0
        uptime = repo.uptime_by_portal(
            session, T0 - dt.timedelta(hours=1), T0 + dt.timedelta(hours=1)
        )
        assert uptime == {pid: 1.0}


def test_uptime_counts_probes_inside_the_window_edges_only(factory: sessionmaker[Session]) -> None:
    since = T0 - dt.timedelta(hours=24)
    with transaction(factory) as session:
        pid = repo.sync_portals(session, [portal("a")])["a"]
        # Outside: just before the window, and exactly at its (exclusive) end.
        repo.record_probe(session, pid, probe("a", since - dt.timedelta(seconds=1), False))
        repo.record_probe(session, pid, probe("a", T0, False))
        # Inside: exactly at the (inclusive) start, and three more.
        repo.record_probe(session, pid, probe("a", since, True))
        repo.record_probe(session, pid, probe("a", since + dt.timedelta(hours=1), True))
        repo.record_probe(session, pid, probe("a", since + dt.timedelta(hours=2), False))
        repo.record_probe(session, pid, probe("a", T0 - dt.timedelta(seconds=1), True))
    with factory() as session:
        assert repo.uptime_by_portal(session, since, T0) == {pid: 0.75}


def test_uptime_adds_rolled_up_days_to_raw_probes(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as session:
        pid = repo.sync_portals(session, [portal("a")])["a"]
        session.add(
            ProbeDaily(
                portal_id=pid,
                day=dt.date(2026, 11, 18),
                probes=288,
                up_probes=144,
                counted_probes=288,
                incidents=1,
            )
        )
        repo.record_probe(session, pid, probe("a", T0, True))
    with factory() as session:
        since = dt.datetime(2026, 11, 18, tzinfo=dt.UTC)
        got = repo.uptime_by_portal(session, since, T0 + dt.timedelta(hours=1))
        assert got == {pid: pytest.approx(145 / 289)}
        later = dt.datetime(2026, 11, 18, 6, tzinfo=dt.UTC)
        # A rolled-up day cannot be split: a window starting inside it counts the whole day.
        assert repo.uptime_by_portal(session, later, T0 + dt.timedelta(hours=1)) == {
            pid: pytest.approx(145 / 289)
        }
        after = dt.datetime(2026, 11, 19, tzinfo=dt.UTC)
        assert repo.uptime_by_portal(session, after, T0 + dt.timedelta(hours=1)) == {pid: 1.0}


def test_status_reports_each_window(factory: sessionmaker[Session]) -> None:
    now = T0
    with transaction(factory) as session:
        pid = repo.sync_portals(session, [portal("a"), portal("b")])["a"]
        repo.record_probe(session, pid, probe("a", now - dt.timedelta(days=20, hours=1), False))
        repo.record_probe(session, pid, probe("a", now - dt.timedelta(days=20), False))
        repo.record_probe(session, pid, probe("a", now - dt.timedelta(days=3), False))
        repo.record_probe(session, pid, probe("a", now - dt.timedelta(hours=1), True))
    with factory() as session:
        rows = {row.slug: row for row in repo.portal_statuses(session, now)}
    assert rows["a"].uptime == {"24h": 1.0, "7d": 0.5, "30d": 0.25}
    assert rows["a"].up is True
    assert rows["a"].since == now - dt.timedelta(hours=1)
    assert rows["b"].up is None and rows["b"].uptime == {"24h": None, "7d": None, "30d": None}
