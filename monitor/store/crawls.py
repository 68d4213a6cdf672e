"""Crawl and verdict queries: record a compliance crawl, read the latest verdicts and scores.

A crawl is written in two steps. ``start_crawl`` inserts a ``CrawlRun`` in status 'running';
``record_crawl`` writes every section verdict, moves ``SectionState``, records a ``Transition``
for each section whose status changed against the previous complete crawl, updates the portal's
compliance fields in ``PortalState`` and only then marks the run 'complete' — all in the caller's
transaction, so a crash mid-way leaves a 'running' run that no query counts.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from monitor.compliance.result import ComplianceResult
from monitor.compliance.status import ABORTED, COMPLETE, RUNNING, UNREACHABLE, CrawlRunStatus
from monitor.errors import one_line
from monitor.evidence.sections import latest_digests, section_digest
from monitor.logs import event
from monitor.store import reviews
from monitor.store.answers import keep_analysis, store_answers
from monitor.store.bulk import insert_rows, update_rows
from monitor.store.models import (
    CrawlRun,
    Portal,
    PortalState,
    SectionState,
    Transition,
    utcnow,
)
from monitor.store.models import SectionVerdict as VerdictRow
from monitor.store.repo import portal_state_for_update
from monitor.store.sections import latest_states, section_json

if TYPE_CHECKING:
    from monitor.store.evidence import ArchivedCrawl

log = logging.getLogger(__name__)
_STATES = cast(Table, SectionState.__table__)
_VERDICTS = cast(Table, VerdictRow.__table__)
_TRANSITIONS = cast(Table, Transition.__table__)
# Statements of every crawl, built once.
_STATUSES = select(_STATES.c.section_id, _STATES.c.status).where(
    _STATES.c.portal_id == bindparam("portal_id")
)


def start_crawl(
    session: Session, portal_id: int, started_at: dt.datetime, catalog_version: str
) -> CrawlRun:
    """Insert a 'running' crawl for ``portal_id`` and return it (its id is set)."""
    run = CrawlRun(
        portal_id=portal_id,
        started_at=started_at,
        status=RUNNING,
        catalog_version=catalog_version,
    )
    session.add(run)
    session.flush()
    return run


def record_crawl(
    session: Session,
    crawl_id: int,
    result: ComplianceResult,
    finished_at: dt.datetime | None = None,
    evidence_dir: Path | None = None,
    archived: ArchivedCrawl | None = None,
) -> list[Transition]:
    """Write ``result`` for the running crawl ``crawl_id``; the Transitions it caused (written as
    rows, so not in ``session``).

    With ``evidence_dir``, the answers behind the verdicts are archived there as WARC (see
    ``monitor.store.evidence``), or, when ``archived`` says the WARC file was already written
    (``write_crawl_warc``, before this transaction), only indexed. Corrections whose evidence
    changed lapse (``store.reviews``).
    ValueError when the crawl does not exist or was already recorded.
    """
    run = session.get(CrawlRun, crawl_id)
    if run is None:
        raise ValueError(f"no crawl with id {crawl_id}")
    if run.status == COMPLETE:
        raise ValueError(f"crawl {crawl_id} is already recorded")
    now = finished_at or utcnow()
    stats = result.stats
    if stats.without_verdicts:
        # An outage is never a compliance result, nor is the monitor's own failure: no verdict,
        # no transition, the score stays.
        _finish(run, result, now, UNREACHABLE if stats.unreachable else ABORTED)
        session.flush()
        return []
    portal_id = run.portal_id
    # Each section's state is read and written as columns (Core), not as ORM objects.
    states: dict[str, str] = {
        section_id: status
        for section_id, status in session.execute(_STATUSES, {"portal_id": portal_id})
    }
    unreadable = bool(result.stats.error or result.stats.blocked_by_robots)
    cause = "portal_unreadable" if unreadable else "crawl"
    seen = latest_digests(result.captures)
    digests: dict[str, str | None] = {
        verdict.section_id: section_digest(result.evidence[verdict.section_id], seen)
        if verdict.section_id in result.evidence
        else None
        for verdict in result.verdicts
    }
    transitions: list[Transition] = []
    transition_rows: list[dict[str, object]] = []
    rows = [
        {
            "crawl_id": crawl_id,
            "section_id": verdict.section_id,
            "status": verdict.status,
            "url": _cut(verdict.url, 2048),
            "label": _cut(verdict.label, 500),
            "last_updated": verdict.last_updated,
            "last_updated_precision": verdict.last_updated_precision,
            "reason": verdict.reason,
            "evidence_digest": digests[verdict.section_id],
        }
        for verdict in result.verdicts
    ]
    connection = session.connection()
    insert_rows(connection, _VERDICTS, rows)  # history: nothing reads them back here
    new_states: list[dict[str, object]] = []
    flipped_states: list[dict[str, object]] = []
    held_states: list[dict[str, object]] = []
    for verdict in result.verdicts:
        previous = states.get(verdict.section_id)
        if previous != verdict.status:
            # Written as rows (a first crawl moves every section); returned as objects.
            moved: dict[str, object] = {
                "portal_id": portal_id,
                "section_id": verdict.section_id,
                "from_status": previous,
                "to_status": verdict.status,
                "at": now,
                "cause": cause,
                "crawl_id": crawl_id,
            }
            transition_rows.append(moved)
            transitions.append(Transition(**moved))
        values: dict[str, object] = {
            "status": verdict.status,
            "crawl_id": crawl_id,
            "url": _cut(verdict.url, 2048),
            "label": _cut(verdict.label, 500),
            "last_updated": verdict.last_updated,
            "last_updated_precision": verdict.last_updated_precision,
            "reason": verdict.reason,
            "checked_at": now,
        }
        if previous is None:
            key = {"portal_id": portal_id, "section_id": verdict.section_id, "since": now}
            new_states.append({**key, **values})
        elif previous != verdict.status:
            key = {"row_portal_id": portal_id, "row_section_id": verdict.section_id, "since": now}
            flipped_states.append({**key, **values})
        else:  # the status holds, and since when it holds
            key = {"row_portal_id": portal_id, "row_section_id": verdict.section_id}
            held_states.append({**key, **values})
    _forget_states(session, portal_id)
    insert_rows(connection, _TRANSITIONS, transition_rows)
    insert_rows(connection, _STATES, new_states)
    for known in (flipped_states, held_states):  # one statement per set of columns written
        update_rows(connection, _STATES, ("portal_id", "section_id"), known)

    portal_state = portal_state_for_update(session, portal_id)
    portal_state.last_crawl_id = crawl_id
    portal_state.last_crawl_at = now
    portal_state.compliance_score = result.score
    portal_state.compliance_weighted_score = result.weighted_score
    portal_state.catalog_version = result.catalog_version
    portal_state.crawled_pages = stats.pages
    portal_state.crawl_duration_seconds = stats.duration_seconds

    _finish(run, result, now, COMPLETE)
    whole = stats.error is None and stats.stop_reason is None
    store_answers(session, portal_id, result.remembered, now, whole=whole)
    if result.analysis is not None:
        keep_analysis(session, portal_id, result.analysis, now)
    session.flush()
    if evidence_dir is not None and result.captures:
        # warcio only when archiving
        from monitor.store.evidence import index_crawl_evidence, store_crawl_evidence

        if archived is not None and archived.crawl_id == crawl_id:
            index_crawl_evidence(session, archived, result)
        else:
            try:
                store_crawl_evidence(session, run, result, evidence_dir)
            except OSError as exc:  # the file only: no row of the archive is written before it
                _archive_failed(exc)
    reviews.settle_after_crawl(
        session, portal_id, crawl_id, digests, now, evidence_seen=not unreadable
    )
    return transitions


def _forget_states(session: Session, portal_id: int) -> None:
    """Expire the portal's SectionState objects this session holds (an earlier write of the
    same transaction may have loaded them): their rows are rewritten without the ORM."""
    identities = session.identity_map
    for key in list(identities.keys()):
        if key[0] is SectionState and key[1][0] == portal_id:
            state = identities.get(key)
            if state is not None:
                session.expire(state)


def _archive_failed(error: OSError) -> None:
    """The evidence disk failed (full, unwritable): the verdicts are stored without it."""
    event(log, logging.WARNING, "evidence not archived; the verdicts are stored without it",
          error=one_line(error))  # fmt: skip


def _finish(
    run: CrawlRun, result: ComplianceResult, now: dt.datetime, status: CrawlRunStatus
) -> None:
    stats = result.stats
    complete = status == COMPLETE
    run.finished_at = now
    run.catalog_version = result.catalog_version
    run.pages = stats.pages
    run.documents = stats.documents
    run.bytes_read = stats.bytes_read
    run.duration_seconds = stats.duration_seconds
    run.score = result.score if complete else None
    run.weighted_score = result.weighted_score if complete else None
    run.stop_reason = _cut(stats.stop_reason, 64)
    run.error = _cut(stats.error, 2000)
    run.off_scope_links = stats.off_scope_links
    run.status = status


@dataclass(frozen=True)
class StoredVerdict:
    """The latest verdict on one section of one portal, with its evidence."""

    slug: str
    section_id: str
    status: str
    reason: str
    url: str | None
    label: str | None
    last_updated: dt.date | None
    since: dt.datetime
    checked_at: dt.datetime
    crawl_id: int
    last_updated_precision: str | None = None

    def to_json(self) -> dict[str, object]:
        """The section object of the JSON contract, plus since / checked_at."""
        return section_json(self)


def latest_verdicts(session: Session, slug: str, section: str | None = None) -> list[StoredVerdict]:
    """The latest verdict of every section of portal ``slug`` (or only ``section``), by id."""
    query = latest_states(Portal.slug == slug, section)
    return [
        StoredVerdict(
            slug=portal_slug,
            section_id=state.section_id,
            status=state.status,
            reason=state.reason,
            url=state.url,
            label=state.label,
            last_updated=state.last_updated,
            last_updated_precision=state.last_updated_precision,
            since=state.since,
            checked_at=state.checked_at,
            crawl_id=state.crawl_id,
        )
        for portal_slug, state in session.execute(query)
    ]


@dataclass(frozen=True)
class PortalCompliance:
    """A portal's latest complete crawl: scores, catalogue version and verdict counts."""

    slug: str
    score: float | None
    weighted_score: float | None
    catalog_version: str | None
    crawled_at: dt.datetime | None
    crawled_pages: int | None
    crawl_id: int | None
    counts: dict[str, int]
    stop_reason: str | None = None
    error: str | None = None


def latest_compliance(session: Session) -> dict[str, PortalCompliance]:
    """``{slug: PortalCompliance}`` for every portal that has a complete crawl; scores and
    counts with oversight corrections applied."""
    rows = session.execute(
        select(Portal.slug, PortalState, CrawlRun.stop_reason, CrawlRun.error)
        .join(PortalState, PortalState.portal_id == Portal.id)
        .outerjoin(CrawlRun, CrawlRun.id == PortalState.last_crawl_id)
        .where(PortalState.last_crawl_id.is_not(None))
        .order_by(Portal.slug)
    ).all()
    counts: dict[int, Counter[str]] = {}
    corrections = reviews.corrections_in_force(session)
    for portal_id, section_id, status in session.execute(
        select(SectionState.portal_id, SectionState.section_id, SectionState.status)
    ):
        effective = reviews.apply(status, corrections.get((portal_id, section_id)))
        counts.setdefault(portal_id, Counter())[effective] += 1
    return {
        slug: PortalCompliance(
            slug=slug,
            score=state.compliance_score,
            weighted_score=state.compliance_weighted_score,
            catalog_version=state.catalog_version,
            crawled_at=state.last_crawl_at,
            crawled_pages=state.crawled_pages,
            crawl_id=state.last_crawl_id,
            counts=dict(counts.get(state.portal_id, Counter())),
            stop_reason=stop_reason,
            error=error,
        )
        for slug, state, stop_reason, error in rows
    }


def complete_crawls(session: Session, slug: str, limit: int = 20) -> list[CrawlRun]:
    """The newest complete crawls of ``slug``, newest first; 'running' ones never count."""
    return list(
        session.scalars(
            select(CrawlRun)
            .join(Portal, Portal.id == CrawlRun.portal_id)
            .where(Portal.slug == slug, CrawlRun.status == COMPLETE)
            .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
            .limit(limit)
        )
    )


def _cut(text: str | None, size: int) -> str | None:
    return None if text is None else text[:size]
