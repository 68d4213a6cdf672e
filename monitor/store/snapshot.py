"""Read-only queries of the service: the snapshot every /metrics scrape exports, last runs.

Set-based queries whatever the size of the fleet (portals with their state, section states with
the id of their newest oversight review, delivery counts, and the reviewed sections' newest
review rows when there are any), so a scrape costs the same at 3 or 340 portals. Section
statuses are effective ones: a correction in force replaces the judge's (``store.reviews``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.store import reviews
from monitor.store.models import Delivery, Portal, PortalState, SectionReview, SectionState


@dataclass(frozen=True)
class PortalRow:
    """One active portal and its latest state (all None before its first probe)."""

    slug: str
    department: str | None
    up: bool | None = None
    name: str = ""
    since: dt.datetime | None = None
    consecutive_failures: int = 0
    last_probe_at: dt.datetime | None = None
    last_status_code: int | None = None
    last_response_time_seconds: float | None = None
    tls_expires_at: dt.datetime | None = None
    last_crawl_at: dt.datetime | None = None
    compliance_score: float | None = None
    compliance_weighted_score: float | None = None
    crawled_pages: int | None = None
    crawl_duration_seconds: float | None = None


@dataclass(frozen=True)
class SectionRow:
    """The latest verdict on one section of one active portal."""

    slug: str
    department: str | None
    section_id: str
    status: str
    last_updated: dt.date | None
    corrected: bool = False


@dataclass(frozen=True)
class Snapshot:
    """Everything a scrape exports from the database."""

    portals: list[PortalRow]
    sections: list[SectionRow]
    deliveries: dict[str, int]


def read_snapshot(session: Session) -> Snapshot:
    """Read the state tables of the active portals and the delivery counts per status."""
    state_rows = session.execute(
        select(Portal.slug, Portal.department, Portal.name, PortalState)
        .outerjoin(PortalState, PortalState.portal_id == Portal.id)
        .where(Portal.active.is_(True))
        .order_by(Portal.slug)
    ).all()
    portals = [
        _portal_row(slug, department, state, name) for slug, department, name, state in state_rows
    ]
    section_rows = session.execute(
        select(
            Portal.slug,
            Portal.department,
            SectionState.section_id,
            SectionState.status,
            SectionState.last_updated,
            SectionState.portal_id,
            reviews.newest_review_id(SectionState.portal_id, SectionState.section_id),
        )
        .join(SectionState, SectionState.portal_id == Portal.id)
        .where(Portal.active.is_(True))
        .order_by(Portal.slug, SectionState.section_id)
    ).all()
    # Few sections were ever reviewed: their newest rows are read in one more query, if any.
    newest: dict[tuple[int, str], SectionReview] = {}
    if any(row[-1] is not None for row in section_rows):
        latest = reviews.newest_review_id(SectionReview.portal_id, SectionReview.section_id)
        newest = {
            (row.portal_id, row.section_id): row
            for row in session.scalars(select(SectionReview).where(SectionReview.id == latest))
        }
    sections = []
    for slug, department, section_id, status, last_updated, portal_id, _ in section_rows:
        correction = reviews.correction_of(newest.get((portal_id, section_id)))
        sections.append(
            SectionRow(
                slug,
                department,
                section_id,
                reviews.apply(status, correction),
                last_updated,
                corrected=correction is not None,
            )
        )
    deliveries = {
        status: int(count)
        for status, count in session.execute(
            select(Delivery.status, func.count()).group_by(Delivery.status)
        )
    }
    return Snapshot(portals=portals, sections=sections, deliveries=deliveries)


def _portal_row(
    slug: str, department: str | None, state: PortalState | None, name: str = ""
) -> PortalRow:
    if state is None:
        return PortalRow(slug, department, name=name)
    return PortalRow(
        slug=slug,
        department=department,
        name=name,
        up=state.up,
        since=state.since,
        consecutive_failures=state.consecutive_failures or 0,
        last_probe_at=state.last_probe_at,
        last_status_code=state.last_status_code,
        last_response_time_seconds=state.last_response_time_seconds,
        tls_expires_at=state.tls_expires_at,
        last_crawl_at=state.last_crawl_at,
        compliance_score=state.compliance_score,
        compliance_weighted_score=state.compliance_weighted_score,
        crawled_pages=state.crawled_pages,
        crawl_duration_seconds=state.crawl_duration_seconds,
    )


def last_runs(session: Session) -> dict[str, tuple[dt.datetime | None, dt.datetime | None]]:
    """``{slug: (last_probe_at, last_crawl_at)}`` of every portal that has a state row."""
    rows = session.execute(
        select(Portal.slug, PortalState.last_probe_at, PortalState.last_crawl_at).join(
            PortalState, PortalState.portal_id == Portal.id
        )
    ).all()
    return {slug: (probe, crawl) for slug, probe, crawl in rows}
