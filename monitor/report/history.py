"""Read-only queries over stored history that the weekly report needs, one function per question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.store.models import CrawlRun, ProbeRun, SectionVerdict, Transition


@dataclass(frozen=True)
class Flip:
    """A portal up/down transition."""

    at: dt.datetime
    to_status: str
    cause: str | None


@dataclass(frozen=True)
class Verdict:
    """One section's verdict in one crawl, with its evidence."""

    section_id: str
    status: str
    url: str | None
    label: str | None
    last_updated: dt.date | None
    reason: str
    last_updated_precision: str | None = None


def portal_flips(
    session: Session, portal_id: int, since: dt.datetime, until: dt.datetime
) -> list[Flip]:
    """The last up/down flip before ``since`` (the state then) and every flip until ``until``."""
    portal_only = (Transition.portal_id == portal_id, Transition.section_id.is_(None))
    before = session.execute(
        select(Transition.at, Transition.to_status, Transition.cause)
        .where(*portal_only, Transition.at < since)
        .order_by(Transition.at.desc(), Transition.id.desc())
        .limit(1)
    ).all()
    during = session.execute(
        select(Transition.at, Transition.to_status, Transition.cause)
        .where(*portal_only, Transition.at >= since, Transition.at < until)
        .order_by(Transition.at, Transition.id)
    ).all()
    return [Flip(at, to_status, cause) for at, to_status, cause in [*before, *during]]


def response_times(
    session: Session, portal_id: int, since: dt.datetime, until: dt.datetime
) -> list[float]:
    """Response times (seconds) of the successful probes started in ``[since, until)``."""
    values = session.scalars(
        select(ProbeRun.response_time_seconds).where(
            ProbeRun.portal_id == portal_id,
            ProbeRun.started_at >= since,
            ProbeRun.started_at < until,
            ProbeRun.up.is_(True),
            ProbeRun.response_time_seconds.is_not(None),
        )
    ).all()
    return [value for value in values if value is not None]


def certificate_expiry(session: Session, portal_id: int, until: dt.datetime) -> dt.datetime | None:
    """Expiry of the certificate seen by the newest probe before ``until`` that saw one."""
    return session.scalars(
        select(ProbeRun.tls_expires_at)
        .where(
            ProbeRun.portal_id == portal_id,
            ProbeRun.started_at < until,
            ProbeRun.tls_expires_at.is_not(None),
        )
        .order_by(ProbeRun.started_at.desc())
        .limit(1)
    ).first()


def latest_complete_crawl(session: Session, portal_id: int, until: dt.datetime) -> CrawlRun | None:
    """The newest crawl started before ``until`` whose verdicts were written in full."""
    return session.scalars(
        select(CrawlRun)
        .where(
            CrawlRun.portal_id == portal_id,
            CrawlRun.status == "complete",
            CrawlRun.started_at < until,
        )
        .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
        .limit(1)
    ).first()


def latest_unreachable_crawl(
    session: Session, portal_id: int, since: dt.datetime, until: dt.datetime
) -> CrawlRun | None:
    """The newest crawl started in [since, until) that found no portal to judge (``unreachable``:
    the home page failed, or was a maintenance notice or the like)."""
    return session.scalars(
        select(CrawlRun)
        .where(
            CrawlRun.portal_id == portal_id,
            CrawlRun.status == "unreachable",
            CrawlRun.started_at >= since,
            CrawlRun.started_at < until,
        )
        .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
        .limit(1)
    ).first()


def crawl_verdicts(session: Session, crawl_id: int) -> list[Verdict]:
    """Every section verdict of one crawl."""
    rows = session.scalars(select(SectionVerdict).where(SectionVerdict.crawl_id == crawl_id)).all()
    return [
        Verdict(
            row.section_id,
            row.status,
            row.url,
            row.label,
            row.last_updated,
            row.reason or "",
            row.last_updated_precision,
        )
        for row in rows
    ]


def section_since(
    session: Session, portal_id: int, section_ids: Sequence[str], until: dt.datetime
) -> dict[str, tuple[str, dt.datetime]]:
    """Per section, its newest status transition before ``until``: ``{id: (to_status, at)}``."""
    if not section_ids:
        return {}
    rows = session.execute(
        select(Transition.section_id, Transition.to_status, Transition.at)
        .where(
            Transition.portal_id == portal_id,
            Transition.section_id.in_(list(section_ids)),
            Transition.at < until,
        )
        .order_by(Transition.at, Transition.id)
    ).all()
    return {section_id: (status, at) for section_id, status, at in rows if section_id is not None}
