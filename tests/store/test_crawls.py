"""Recording crawls: verdicts, section state, transitions, portal state; SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.result import ComplianceResult, CrawlStats, SectionVerdict
from monitor.config import PortalConfig
from monitor.store.crawls import (
    complete_crawls,
    latest_compliance,
    latest_verdicts,
    record_crawl,
    start_crawl,
)
from monitor.store.db import open_database, transaction
from monitor.store.models import CrawlRun, PortalState, SectionState, Transition
from monitor.store.models import SectionVerdict as VerdictRow
from monitor.store.repo import sync_portals

T0 = dt.datetime(2026, 11, 1, 6, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2026, 11, 2, 6, 0, tzinfo=dt.UTC)


def result(
    statuses: dict[str, str], *, score: float | None = 0.5, error: str | None = None
) -> ComplianceResult:
    verdicts = tuple(
        SectionVerdict(
            section,
            status,  # type: ignore[arg-type]
            f"reason for {section}",
            url=f"https://muni.laip.gt/{section}",
            label=f"label {section}",
            last_updated=dt.date(2026, 10, 31) if status == "ok" else None,
        )
        for section, status in statuses.items()
    )
    return ComplianceResult(
        slug="muni",
        catalog_version="2026.11.1",
        started_at=T0,
        verdicts=verdicts,
        stats=CrawlStats(
            pages=12, documents=30, bytes_read=9000, duration_seconds=3.5, error=error
        ),
        score=score,
        weighted_score=score,
    )


@pytest.fixture
def factory(db_url: str) -> sessionmaker[Session]:
    engine, factory = open_database(db_url)
    yield factory
    engine.dispose()


def portal_id(factory: sessionmaker[Session]) -> int:
    with transaction(factory) as session:
        ids = sync_portals(
            session, [PortalConfig(slug="muni", name="Muni", url="https://muni.laip.gt/")]
        )
    return ids["muni"]


def crawl_once(
    factory: sessionmaker[Session], pid: int, res: ComplianceResult, at: dt.datetime
) -> list[tuple[str | None, str | None, str]]:
    with transaction(factory) as session:
        run = start_crawl(session, pid, at, res.catalog_version)
        transitions = record_crawl(session, run.id, res, finished_at=at)
        return [(t.section_id, t.from_status, t.to_status) for t in transitions]


def test_the_first_crawl_records_every_section_as_a_transition_from_nothing(
    factory: sessionmaker[Session],
) -> None:
    pid = portal_id(factory)
    flips = crawl_once(factory, pid, result({"art10.n08": "ok", "art10.n21": "missing"}), T0)
    assert sorted(flips) == [("art10.n08", None, "ok"), ("art10.n21", None, "missing")]
    with factory() as session:
        run = session.scalars(select(CrawlRun)).one()
        assert run.status == "complete"
        assert (run.pages, run.documents, run.score) == (12, 30, 0.5)
        assert run.catalog_version == "2026.11.1"
        assert session.scalar(select(func.count()).select_from(VerdictRow)) == 2
        state = session.get(PortalState, pid)
        assert state is not None and state.compliance_score == 0.5
        assert state.last_crawl_id == run.id and state.crawled_pages == 12


def test_a_second_crawl_records_only_the_sections_that_changed(
    factory: sessionmaker[Session],
) -> None:
    pid = portal_id(factory)
    crawl_once(factory, pid, result({"art10.n08": "ok", "art10.n21": "missing"}), T0)
    flips = crawl_once(factory, pid, result({"art10.n08": "outdated", "art10.n21": "missing"}), T1)
    assert flips == [("art10.n08", "ok", "outdated")]
    with factory() as session:
        states = {s.section_id: s for s in session.scalars(select(SectionState))}
        assert states["art10.n08"].since == T1
        assert states["art10.n21"].since == T0
        assert session.scalar(select(func.count()).select_from(Transition)) == 3
        verdicts = latest_verdicts(session, "muni", "art10.n08")
        assert [(v.status, v.since, v.checked_at) for v in verdicts] == [("outdated", T1, T1)]


def test_a_crawl_that_never_completes_is_not_counted(factory: sessionmaker[Session]) -> None:
    pid = portal_id(factory)
    crawl_once(factory, pid, result({"art10.n08": "ok"}), T0)
    with pytest.raises(RuntimeError), transaction(factory) as session:
        run = start_crawl(session, pid, T1, "2026.11.1")
        record_crawl(session, run.id, result({"art10.n08": "broken"}), finished_at=T1)
        raise RuntimeError("killed mid-write")
    with transaction(factory) as session:
        start_crawl(session, pid, T1, "2026.11.1")  # committed, but its verdicts never written
    with factory() as session:
        assert [v.status for v in latest_verdicts(session, "muni")] == ["ok"]
        assert [run.started_at for run in complete_crawls(session, "muni")] == [T0]
        assert latest_compliance(session)["muni"].crawled_at == T0


@pytest.mark.parametrize(
    ("stats", "stored_as"),
    [
        (CrawlStats(error="home page failed: connection refused", unreachable=True), "unreachable"),
        (
            CrawlStats(error="monitor-side error: Too many open files", monitor_fault=True),
            "aborted",
        ),
    ],
)
def test_a_crawl_that_says_nothing_about_the_portal_leaves_its_verdicts_alone(
    factory: sessionmaker[Session], stats: CrawlStats, stored_as: str
) -> None:
    """An outage, or requests failing on the monitor's own machine: judged ``broken`` and
    ``unknown`` by a judge that saw failures, but neither verdict is stored."""
    pid = portal_id(factory)
    crawl_once(factory, pid, result({"art10.n08": "ok", "art10.n21": "missing"}), T0)
    failed = result({"art10.n08": "broken", "art10.n21": "unknown"}, score=0.0)
    assert crawl_once(factory, pid, dataclasses.replace(failed, stats=stats), T1) == []
    with factory() as session:
        verdicts = latest_verdicts(session, "muni")
        assert [(v.section_id, v.status, v.checked_at) for v in verdicts] == [
            ("art10.n08", "ok", T0),
            ("art10.n21", "missing", T0),
        ]
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.started_at)).all()
        assert [(r.status, r.error) for r in runs] == [("complete", None), (stored_as, stats.error)]
        assert latest_compliance(session)["muni"].score == 0.5


def test_a_crawl_is_recorded_once(factory: sessionmaker[Session]) -> None:
    pid = portal_id(factory)
    with transaction(factory) as session:
        run = start_crawl(session, pid, T0, "v")
        record_crawl(session, run.id, result({"art10.n08": "ok"}))
        with pytest.raises(ValueError, match="already recorded"):
            record_crawl(session, run.id, result({"art10.n08": "ok"}))


def test_latest_compliance_gives_scores_and_counts_per_portal(
    factory: sessionmaker[Session],
) -> None:
    pid = portal_id(factory)
    crawl_once(
        factory, pid, result({"art10.n01": "ok", "art10.n02": "ok", "art10.n03": "empty"}), T0
    )
    with factory() as session:
        summary = latest_compliance(session)["muni"]
    assert summary.score == 0.5
    assert summary.catalog_version == "2026.11.1"
    assert summary.counts == {"ok": 2, "empty": 1}
    assert summary.stop_reason is None and summary.error is None


def test_an_unreadable_portal_stores_no_score_and_says_why_it_flipped(
    factory: sessionmaker[Session],
) -> None:
    pid = portal_id(factory)
    crawl_once(factory, pid, result({"art10.n08": "ok"}), T0)
    crawl_once(factory, pid, result({"art10.n08": "unknown"}, score=None, error="HTTP 503"), T1)
    with factory() as session:
        state = session.get(PortalState, pid)
        assert state is not None and state.compliance_score is None
        last = session.scalars(select(Transition).order_by(Transition.id.desc())).first()
        assert last is not None and last.cause == "portal_unreadable"
        assert latest_compliance(session)["muni"].error == "HTTP 503"
