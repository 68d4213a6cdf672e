"""store.reviews directly: date-bound corrections, the trail as of a moment, scores that follow."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.result import ComplianceResult, CrawlStats, SectionVerdict
from monitor.config import PortalConfig
from monitor.store import reviews
from monitor.store.crawls import record_crawl, start_crawl
from monitor.store.db import open_database, transaction
from monitor.store.models import PortalState, SectionState, Transition
from monitor.store.repo import sync_portals

T0 = dt.datetime(2026, 11, 24, 14, 0, tzinfo=dt.UTC)  # 08:00 in Guatemala
PORTAL = PortalConfig(slug="muni", name="Muni", url="https://muni.example.gt/")


def _crawl(factory: object, portal_id: int, at: dt.datetime) -> None:
    result = ComplianceResult(
        slug="muni",
        catalog_version="test",
        started_at=at,
        verdicts=(
            SectionVerdict("art10.n01", "ok", "holds text"),
            SectionVerdict("art10.n02", "missing", "not found on any of the 9 pages read"),
        ),
        stats=CrawlStats(pages=9),
        score=0.5,
        weighted_score=0.5,
    )
    with transaction(factory) as session:  # type: ignore[arg-type]
        run = start_crawl(session, portal_id, at, "test")
        record_crawl(session, run.id, result, finished_at=at)


def _corrected(
    db_url: str, until: dt.date | None = None
) -> tuple[Engine, sessionmaker[Session], int]:
    """A database where ``muni`` was crawled at T0 (n02 missing) and Ana corrected n02 to ok an
    hour later, until ``until`` when given."""
    engine, factory = open_database(db_url)
    with transaction(factory) as session:
        portal_id = sync_portals(session, [PORTAL])["muni"]
    _crawl(factory, portal_id, T0)
    with transaction(factory) as session:
        reviews.set_review(session, "muni", "art10.n02", "ok", reason="visto", reviewer="Ana",
                           until=until, now=T0 + dt.timedelta(hours=1))  # fmt: skip
    return engine, factory, portal_id


def test_a_correction_until_a_date_holds_through_that_day_then_the_crawl_logs_its_end(
    db_url: str,
) -> None:
    engine, factory, portal_id = _corrected(db_url, until=dt.date(2026, 11, 25))
    with factory() as session:
        assert session.get(PortalState, portal_id).compliance_score == 1.0  # type: ignore[union-attr]
        last_day = dt.datetime(2026, 11, 26, 5, 59, tzinfo=dt.UTC)  # 23:59 on the 25th, Guatemala
        day_after = last_day + dt.timedelta(minutes=2)
        [held] = [s for s in reviews.effective_sections(session, portal_id, at=last_day)
                  if s.section_id == "art10.n02"]  # fmt: skip
        [ended] = [s for s in reviews.effective_sections(session, portal_id, at=day_after)
                   if s.section_id == "art10.n02"]  # fmt: skip
        before = reviews.corrections_in_force(session, at=T0)
    assert (held.status, held.judge_status, held.corrected) == ("ok", "missing", True)
    assert (ended.status, ended.corrected) == ("missing", False)
    assert before == {}  # the trail as of a moment before the correction: nothing in force

    _crawl(factory, portal_id, T0 + dt.timedelta(days=3))
    with factory() as session:
        trail = [(e.action, e.before_status, e.after_status, e.reviewer)
                 for e in reviews.history(session, "muni")]  # fmt: skip
        score = session.get(PortalState, portal_id).compliance_score  # type: ignore[union-attr]
    engine.dispose()
    assert trail == [("set", "missing", "ok", "Ana"), ("expire", "ok", "missing", "laip-monitor")]
    assert score == 0.5  # the judge's own again


def test_crawls_stored_in_one_transaction_score_on_the_newest_verdicts(db_url: str) -> None:
    """The write buffer stores a batch of results in one session: a crawl written after another
    of the same corrected portal is scored on its own verdicts, not on what the session read."""
    engine, factory, portal_id = _corrected(db_url)

    def result(n01: str, at: dt.datetime) -> ComplianceResult:
        return ComplianceResult(
            slug="muni",
            catalog_version="test",
            started_at=at,
            verdicts=(
                SectionVerdict("art10.n01", n01, "judged"),  # type: ignore[arg-type]
                SectionVerdict("art10.n02", "missing", "not found"),
            ),
            stats=CrawlStats(pages=9),
            score=0.5,
            weighted_score=0.5,
        )

    with transaction(factory) as session:
        # The session holds the portal's states, as an earlier write of the batch may.
        held = session.scalars(select(SectionState).where(SectionState.portal_id == portal_id))
        states = {state.section_id: state for state in held}
        for day, n01 in ((1, "ok"), (2, "missing"), (3, "outdated")):
            at = T0 + dt.timedelta(days=day)
            run = start_crawl(session, portal_id, at, "test")
            record_crawl(session, run.id, result(n01, at), finished_at=at)
            state = session.get(PortalState, portal_id)
            assert state is not None
            expected = reviews.effective_scores({"art10.n01": n01, "art10.n02": "ok"}, crawled=True)
            assert (state.compliance_score, state.compliance_weighted_score) == expected
            sections = reviews.effective_sections(session, portal_id, at=at)
            assert [(s.section_id, s.judge_status, s.status) for s in sections] == [
                ("art10.n01", n01, n01),
                ("art10.n02", "missing", "ok"),
            ]
            assert (states["art10.n01"].status, states["art10.n01"].checked_at) == (n01, at)
    with factory() as session:
        statuses = {(t.section_id, t.from_status, t.to_status) for t in session.scalars(
            select(Transition).where(Transition.portal_id == portal_id))}  # fmt: skip
        since = session.get(SectionState, (portal_id, "art10.n02"))
    engine.dispose()
    assert ("art10.n01", "ok", "missing") in statuses
    assert ("art10.n01", "missing", "outdated") in statuses
    assert since is not None and since.since == T0  # held since the first crawl
