"""Oversight corrections of verdicts ("revisado por supervisión") and the effective verdict.

An officer who has looked at a portal can correct the judge's verdict on one section. Every
change is a new ``SectionReview`` row (who, when, before, after, why); nothing is updated in
place. The correction in force for a (portal, section) at a moment is its newest row up to that
moment, when that row is a 'set' still in date (``until`` is inclusive, Guatemala's calendar).

``effective_sections`` is the one reader of "the verdict as it stands": the judge's latest
verdict with the correction in force applied. Scores, metrics, e-mails, ``explain`` and exports
all go through it (or through ``corrections_in_force`` + ``apply`` for history and fleet-wide
reads), so that a correction shows everywhere or nowhere.

A correction made ``--until-change`` lapses when the evidence behind the section changes (the
digest of its URLs and their content, see ``monitor.evidence.sections``): the next crawl appends
a 'lapse' row and the judge's verdict counts again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from monitor.compliance.catalog import load_catalog
from monitor.compliance.result import STATUSES, SectionVerdict
from monitor.compliance.score import scores
from monitor.compliance.status import is_status
from monitor.errors import LaipMonitorError
from monitor.store.models import (
    CrawlRun,
    Portal,
    PortalState,
    SectionReview,
    SectionState,
    utcnow,
)
from monitor.store.models import SectionVerdict as VerdictRow
from monitor.store.sections import latest_states, section_json

GUATEMALA = ZoneInfo("America/Guatemala")
SET, CLEAR, LAPSE, EXPIRE = "set", "clear", "lapse", "expire"
SYSTEM = "laip-monitor"
REVIEWED_ES = "revisado por supervisión"


class ReviewError(LaipMonitorError):
    """A review command that cannot be carried out (unknown portal, section, status...)."""


def guatemala_day(moment: dt.datetime) -> dt.date:
    """The calendar day of ``moment`` in Guatemala (``--until`` dates are Guatemala's)."""
    return moment.astimezone(GUATEMALA).date()


@dataclass(frozen=True)
class Correction:
    """A correction in force: the status oversight gave a section, who, when and why."""

    id: int
    portal_id: int
    section_id: str
    status: str
    reason: str
    reviewer: str
    at: dt.datetime
    until: dt.date | None
    until_change: bool
    judge_status: str | None
    evidence_digest: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "reviewer": self.reviewer,
            "at": _iso(self.at),
            "reason": self.reason,
            "until": self.until.isoformat() if self.until else None,
            "until_change": self.until_change,
            "judge_status_then": self.judge_status,
        }

    def describe_es(self) -> str:
        """One Spanish line: 'revisado por supervisión (Ana López, 2026-12-01): motivo'."""
        return f"{REVIEWED_ES} ({self.reviewer}, {guatemala_day(self.at).isoformat()}): " + (
            self.reason
        )


def in_force(row: SectionReview, day: dt.date) -> bool:
    """Whether the newest row of a section makes a correction in force on ``day``."""
    return row.action == SET and row.status is not None and (row.until is None or row.until >= day)


def _correction(row: SectionReview) -> Correction:
    return Correction(
        id=row.id,
        portal_id=row.portal_id,
        section_id=row.section_id,
        status=cast(str, row.status),
        reason=row.reason,
        reviewer=row.reviewer,
        at=row.at,
        until=row.until,
        until_change=row.until_change,
        judge_status=row.judge_status,
        evidence_digest=row.evidence_digest,
    )


def latest_rows(
    session: Session, portal_ids: Iterable[int] | None = None, *, at: dt.datetime | None = None
) -> dict[tuple[int, str], SectionReview]:
    """The newest review row of every (portal, section) up to ``at`` (default: all)."""
    query = select(SectionReview).order_by(SectionReview.id)
    if portal_ids is not None:
        query = query.where(SectionReview.portal_id.in_(list(portal_ids)))
    if at is not None:
        query = query.where(SectionReview.at <= at)
    newest: dict[tuple[int, str], SectionReview] = {}
    for row in session.scalars(query):
        newest[(row.portal_id, row.section_id)] = row
    return newest


def newest_review_id(portal_id: Any, section_id: Any) -> Any:
    """A correlated scalar subquery: the id of the newest review row of (portal, section), so
    that fleet-wide readers (the /metrics scrape) join corrections in the same query."""
    newer = aliased(SectionReview)
    return (
        select(func.max(newer.id))
        .where(newer.portal_id == portal_id, newer.section_id == section_id)
        .scalar_subquery()
    )


def correction_of(row: SectionReview | None, now: dt.datetime | None = None) -> Correction | None:
    """The correction ``row`` (a section's newest review row) puts in force now, if any."""
    if row is None or not in_force(row, guatemala_day(now or utcnow())):
        return None
    return _correction(row)


def corrections_in_force(
    session: Session, portal_ids: Iterable[int] | None = None, *, at: dt.datetime | None = None
) -> dict[tuple[int, str], Correction]:
    """``{(portal_id, section_id): Correction}`` in force at ``at`` (default: now)."""
    moment = at or utcnow()
    day = guatemala_day(moment)
    return {
        key: _correction(row)
        for key, row in latest_rows(session, portal_ids, at=moment).items()
        if in_force(row, day)
    }


def apply(judge_status: str, correction: Correction | None) -> str:
    """THE rule: a correction in force replaces the judge's status; otherwise the judge's holds."""
    return correction.status if correction is not None else judge_status


@dataclass(frozen=True)
class EffectiveSection:
    """A section's verdict as it stands: the judge's, with the correction in force applied."""

    slug: str
    section_id: str
    status: str  # effective
    judge_status: str
    reason: str
    url: str | None
    label: str | None
    last_updated: dt.date | None
    since: dt.datetime
    checked_at: dt.datetime
    crawl_id: int
    correction: Correction | None = None
    last_updated_precision: str | None = None

    @property
    def corrected(self) -> bool:
        return self.correction is not None

    def to_json(self) -> dict[str, object]:
        """The section object of the JSON contract (status = effective) plus the review."""
        return {
            **section_json(self),
            "judge_status": self.judge_status,
            "review": None if self.correction is None else self.correction.to_json(),
        }


def effective_sections(
    session: Session,
    portal_id: int,
    section: str | None = None,
    *,
    at: dt.datetime | None = None,
) -> list[EffectiveSection]:
    """The latest verdict of every section of ``portal_id`` (or only ``section``), by id, with
    the correction in force at ``at`` (default: now) applied."""
    query = latest_states(Portal.id == portal_id, section)
    corrections = corrections_in_force(session, [portal_id], at=at)
    found = []
    for slug, state in session.execute(query):
        correction = corrections.get((portal_id, state.section_id))
        found.append(
            EffectiveSection(
                slug=slug,
                section_id=state.section_id,
                status=apply(state.status, correction),
                judge_status=state.status,
                reason=state.reason,
                url=state.url,
                label=state.label,
                last_updated=state.last_updated,
                since=state.since,
                checked_at=state.checked_at,
                crawl_id=state.crawl_id,
                correction=correction,
                last_updated_precision=state.last_updated_precision,
            )
        )
    return found


def effective_scores(
    statuses: Mapping[str, str], *, crawled: bool
) -> tuple[float | None, float | None]:
    """(score, weighted_score) over effective statuses, by the judge's own scoring rules."""
    verdicts = tuple(
        SectionVerdict(section_id, status, "")
        for section_id, status in statuses.items()
        if is_status(status)
    )
    return scores(verdicts, load_catalog(), crawled=crawled)


def refresh_scores(session: Session, portal_id: int, now: dt.datetime | None = None) -> None:
    """Recompute the portal's current scores (``portal_state``) from its effective sections.

    The crawl rows keep the judge's own scores; the state table holds what counts now.
    """
    state = session.get(PortalState, portal_id)
    if state is None or state.last_crawl_id is None:
        return
    run = session.get(CrawlRun, state.last_crawl_id)
    if run is None:
        return
    if not corrections_in_force(session, [portal_id], at=now):
        # No correction: the judge's own numbers, exactly as the crawl scored them.
        state.compliance_score, state.compliance_weighted_score = run.score, run.weighted_score
        return
    crawled = run.score is not None
    statuses = {s.section_id: s.status for s in effective_sections(session, portal_id, at=now)}
    state.compliance_score, state.compliance_weighted_score = effective_scores(
        statuses, crawled=crawled
    )


# -- commands ---------------------------------------------------------------------------------


def _portal(session: Session, slug: str) -> Portal:
    portal = session.scalars(select(Portal).where(Portal.slug == slug)).first()
    if portal is None:
        raise ReviewError(f"no portal {slug!r} in the database: run 'laip-monitor check' first")
    return portal


def _state(session: Session, portal: Portal, section: str) -> SectionState:
    state = session.get(SectionState, (portal.id, section))
    if state is None:
        raise ReviewError(
            f"portal {portal.slug!r} has no verdict on {section!r} yet: nothing to correct"
        )
    return state


def _verdict_digest(session: Session, crawl_id: int, section: str) -> str | None:
    return session.scalars(
        select(VerdictRow.evidence_digest).where(
            VerdictRow.crawl_id == crawl_id, VerdictRow.section_id == section
        )
    ).first()


def set_review(
    session: Session,
    slug: str,
    section: str,
    status: str,
    *,
    reason: str,
    reviewer: str,
    until: dt.date | None = None,
    until_change: bool = False,
    now: dt.datetime | None = None,
) -> SectionReview:
    """Correct the verdict on ``section`` of ``slug``; the appended row."""
    now = now or utcnow()
    if status not in STATUSES:
        raise ReviewError(f"--status: expected one of {', '.join(STATUSES)}, got {status!r}")
    if not reason.strip():
        raise ReviewError("--reason: say why the verdict is corrected")
    if not reviewer.strip():
        raise ReviewError("--by: name the officer who corrects the verdict")
    if until is not None and until_change:
        raise ReviewError("--until and --until-change: give one of them, not both")
    if until is not None and until < guatemala_day(now):
        raise ReviewError(f"--until: {until.isoformat()} is in the past")
    portal = _portal(session, slug)
    state = _state(session, portal, section)
    before = corrections_in_force(session, [portal.id], at=now).get((portal.id, section))
    row = SectionReview(
        portal_id=portal.id,
        section_id=section,
        action=SET,
        status=status,
        before_status=apply(state.status, before),
        after_status=status,
        judge_status=state.status,
        reason=reason.strip(),
        reviewer=reviewer.strip(),
        at=now,
        until=until,
        until_change=until_change,
        crawl_id=state.crawl_id,
        evidence_digest=_verdict_digest(session, state.crawl_id, section),
    )
    session.add(row)
    session.flush()
    refresh_scores(session, portal.id, now)
    return row


def clear_review(
    session: Session,
    slug: str,
    section: str,
    *,
    reason: str,
    reviewer: str,
    now: dt.datetime | None = None,
) -> SectionReview:
    """Withdraw the correction in force on ``section``: the judge's verdict counts again."""
    now = now or utcnow()
    if not reason.strip():
        raise ReviewError("--reason: say why the correction is withdrawn")
    if not reviewer.strip():
        raise ReviewError("--by: name the officer who withdraws the correction")
    portal = _portal(session, slug)
    state = _state(session, portal, section)
    current = corrections_in_force(session, [portal.id], at=now).get((portal.id, section))
    if current is None:
        raise ReviewError(f"{slug} {section}: no correction in force to clear")
    row = _ending(portal.id, section, CLEAR, current, state.status, reason, reviewer, now)
    session.add(row)
    session.flush()
    refresh_scores(session, portal.id, now)
    return row


def _ending(
    portal_id: int,
    section: str,
    action: str,
    current: Correction,
    judge_status: str,
    reason: str,
    reviewer: str,
    now: dt.datetime,
    crawl_id: int | None = None,
) -> SectionReview:
    return SectionReview(
        portal_id=portal_id,
        section_id=section,
        action=action,
        status=None,
        before_status=current.status,
        after_status=judge_status,
        judge_status=judge_status,
        reason=reason.strip(),
        reviewer=reviewer.strip(),
        at=now,
        until=None,
        until_change=False,
        crawl_id=crawl_id,
        evidence_digest=None,
    )


# Whether a portal has any review row (most have none): the one read of most crawls' settling.
_ANY_REVIEW = (
    select(SectionReview.id).where(SectionReview.portal_id == bindparam("portal_id")).limit(1)
)


def settle_after_crawl(
    session: Session,
    portal_id: int,
    crawl_id: int,
    digests: Mapping[str, str | None],
    now: dt.datetime,
    *,
    evidence_seen: bool = True,
) -> list[SectionReview]:
    """After a crawl is recorded: lapse ``--until-change`` corrections whose evidence changed,
    log corrections past their ``--until`` date, and refresh the portal's scores."""
    if session.execute(_ANY_REVIEW, {"portal_id": portal_id}).first() is None:
        return []  # never reviewed: nothing to lapse or expire, no correction in force
    newest = latest_rows(session, [portal_id])
    ended: list[SectionReview] = []
    day = guatemala_day(now)
    states: dict[str, str] | None = None
    for (_pid, section), row in newest.items():
        if row.action != SET or row.status is None:
            continue
        if states is None:  # the judge's statuses, read once and only for corrected portals
            states = {
                section_id: status
                for section_id, status in session.execute(
                    select(SectionState.section_id, SectionState.status).where(
                        SectionState.portal_id == portal_id
                    )
                )
            }
        current = _correction(row)
        judge_status = states.get(section, current.judge_status or "unknown")
        if not in_force(row, day):
            reason = f"the correction held until {row.until}; the judge's verdict counts again"
            ended.append(
                _ending(portal_id, section, EXPIRE, current, judge_status, reason, SYSTEM, now)
            )
        elif row.until_change and evidence_seen and digests.get(section) != row.evidence_digest:
            reason = (
                "the evidence behind the section changed (its pages or documents); "
                "the judge's verdict counts again"
            )
            ended.append(
                _ending(
                    portal_id, section, LAPSE, current, judge_status, reason, SYSTEM, now, crawl_id
                )
            )
    session.add_all(ended)
    session.flush()
    if ended or corrections_in_force(session, [portal_id], at=now):
        refresh_scores(session, portal_id, now)
    return ended


# -- reading the trail --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewEvent:
    """One row of the audit trail, with the portal's slug."""

    id: int
    slug: str
    section_id: str
    action: str
    status: str | None
    before_status: str | None
    after_status: str | None
    judge_status: str | None
    reason: str
    reviewer: str
    at: dt.datetime
    until: dt.date | None
    until_change: bool
    crawl_id: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "portal": self.slug,
            "section": self.section_id,
            "action": self.action,
            "status": self.status,
            "before": self.before_status,
            "after": self.after_status,
            "judge_status": self.judge_status,
            "reason": self.reason,
            "by": self.reviewer,
            "at": _iso(self.at),
            "until": self.until.isoformat() if self.until else None,
            "until_change": self.until_change,
            "crawl_id": self.crawl_id,
        }


def history(session: Session, slug: str | None = None) -> list[ReviewEvent]:
    """Every review row (of ``slug`` or all portals), oldest first."""
    query = (
        select(Portal.slug, SectionReview)
        .join(Portal, Portal.id == SectionReview.portal_id)
        .order_by(SectionReview.id)
    )
    if slug is not None:
        query = query.where(Portal.slug == slug)
    return [
        ReviewEvent(
            id=row.id,
            slug=portal_slug,
            section_id=row.section_id,
            action=row.action,
            status=row.status,
            before_status=row.before_status,
            after_status=row.after_status,
            judge_status=row.judge_status,
            reason=row.reason,
            reviewer=row.reviewer,
            at=row.at,
            until=row.until,
            until_change=row.until_change,
            crawl_id=row.crawl_id,
        )
        for portal_slug, row in session.execute(query)
    ]


def in_force_by_slug(
    session: Session, slug: str | None = None, *, at: dt.datetime | None = None
) -> list[EffectiveSection]:
    """The corrected sections (of ``slug`` or of every portal), as effective sections."""
    portals = session.scalars(
        select(Portal).where(Portal.slug == slug) if slug else select(Portal).order_by(Portal.slug)
    ).all()
    found: list[EffectiveSection] = []
    corrections = corrections_in_force(session, [p.id for p in portals], at=at)
    for portal in portals:
        if any(pid == portal.id for pid, _ in corrections):
            found += [s for s in effective_sections(session, portal.id, at=at) if s.corrected]
    return found


def with_corrections(
    verdicts: Sequence[Any], corrections: Mapping[str, Correction]
) -> list[tuple[Any, Correction | None]]:
    """Pair history verdicts (anything with ``section_id`` and ``status``) with their
    correction; ``effective_status`` of each pair is ``apply(verdict.status, correction)``."""
    return [(verdict, corrections.get(verdict.section_id)) for verdict in verdicts]


def by_section(
    corrections: Mapping[tuple[int, str], Correction], portal_id: int
) -> dict[str, Correction]:
    """The corrections of one portal, keyed by section id."""
    return {section: c for (pid, section), c in corrections.items() if pid == portal_id}


def corrected(verdict: Any, correction: Correction | None) -> Any:
    """A dataclass verdict with its status replaced by the effective one."""
    if correction is None:
        return verdict
    return replace(verdict, status=apply(verdict.status, correction))


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
