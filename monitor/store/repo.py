"""Portal and probe queries: every read and write on those tables, named for what it answers.

Crawl and verdict queries live in ``store/crawls.py``; e-mail deliveries in the report package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Integer, case, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from monitor.config import PortalConfig
from monitor.probes.result import NOT_COUNTED_ERRORS, ProbeResult
from monitor.store.models import Portal, PortalState, ProbeDaily, ProbeRun, Transition, utcnow

UPTIME_WINDOWS: dict[str, dt.timedelta] = {
    "24h": dt.timedelta(hours=24),
    "7d": dt.timedelta(days=7),
    "30d": dt.timedelta(days=30),
}


def sync_portals(
    session: Session, portals: Sequence[PortalConfig], now: dt.datetime | None = None
) -> dict[str, int]:
    """Make the portals table match the config; ``{slug: portal_id}`` of the config's portals.

    Portals missing from the config are marked inactive (``removed_at`` set), never deleted, so
    their history stays queryable; a portal that comes back is reactivated. Safe when two
    processes sync the same new database at once: new portals are inserted first, with
    ON CONFLICT DO NOTHING (on SQLite that first write also takes the write lock, before any
    read), so the slower process finds the rows instead of failing on the unique slug.
    """
    now = now or utcnow()
    _insert_missing(session, portals, now)
    existing = {row.slug: row for row in session.scalars(select(Portal))}
    wanted = {portal.slug for portal in portals}
    for portal in portals:
        row = existing.get(portal.slug)
        if row is None:
            row = Portal(slug=portal.slug, created_at=now)
            session.add(row)
            existing[portal.slug] = row
        fields = {
            "name": portal.name,
            "department": portal.department,
            "url": portal.url,
            "contacts": list(portal.contacts),
            "active": True,
            "removed_at": None,
        }
        if any(getattr(row, key, None) != value for key, value in fields.items()):
            for key, value in fields.items():
                setattr(row, key, value)
            row.updated_at = now
    for slug, row in existing.items():
        if slug not in wanted and row.active:
            row.active = False
            row.removed_at = now
            row.updated_at = now
    session.flush()
    return {slug: existing[slug].id for slug in wanted}


def _insert_missing(session: Session, portals: Sequence[PortalConfig], now: dt.datetime) -> None:
    if not portals:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = [
        {
            "slug": portal.slug,
            "name": portal.name,
            "department": portal.department,
            "url": portal.url,
            "contacts": list(portal.contacts),
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for portal in portals
    ]
    session.execute(insert(Portal).values(values).on_conflict_do_nothing(index_elements=["slug"]))


def portal_state_for_update(session: Session, portal_id: int) -> PortalState:
    """The portal's state row, created when missing, locked for this transaction.

    Created with ON CONFLICT DO NOTHING, so two processes storing the first result of the same
    portal at once both succeed (one creates the row, the other waits for it and updates it).
    """
    state = session.get(PortalState, portal_id, with_for_update=True)
    if state is not None:
        return state
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(PortalState)
        .values(portal_id=portal_id, consecutive_failures=0, consecutive_successes=0)
        .on_conflict_do_nothing(index_elements=["portal_id"])
    )
    state = session.get(PortalState, portal_id, with_for_update=True, populate_existing=True)
    assert state is not None
    return state


def portal_ids(session: Session, slugs: Sequence[str] | None = None) -> dict[str, int]:
    """``{slug: id}`` of the given portals (all known portals when ``slugs`` is None)."""
    query = select(Portal.slug, Portal.id)
    if slugs is not None:
        query = query.where(Portal.slug.in_(list(slugs)))
    return {slug: pid for slug, pid in session.execute(query)}


def record_probe(
    session: Session,
    portal_id: int,
    result: ProbeResult,
    *,
    down_after: int = 2,
    up_after: int = 1,
) -> Transition | None:
    """Store one probe, update the portal's state and return the Transition when it flipped.

    The state flips to down only after ``down_after`` consecutive failures and back up after
    ``up_after`` successes; the incident is dated from the first failure. A probe that says
    nothing about the portal (``NOT_COUNTED_ERRORS``) is stored but leaves the state untouched.
    """
    session.add(
        ProbeRun(
            portal_id=portal_id,
            started_at=result.started_at,
            up=result.up,
            error=result.error,
            error_detail=(result.error_detail or None) and result.error_detail[:2000],
            status_code=result.status_code,
            final_url=result.final_url,
            response_time_seconds=result.response_time_seconds,
            phases=dict(result.phases) or None,
            redirects=result.redirects,
            tls_expires_at=result.tls.expires_at if result.tls else None,
            tls_issuer=result.tls.issuer[:500] if result.tls and result.tls.issuer else None,
            body_bytes=result.body_bytes,
            body_sha256=result.body_sha256,
            truncated=result.truncated,
        )
    )
    if result.error in NOT_COUNTED_ERRORS:
        return None
    state = portal_state_for_update(session, portal_id)
    if result.up:
        state.consecutive_successes = (state.consecutive_successes or 0) + 1
        state.consecutive_failures = 0
    else:
        if not state.consecutive_failures:
            state.incident_started_at = result.started_at
        state.consecutive_failures = (state.consecutive_failures or 0) + 1
        state.consecutive_successes = 0
    state.last_probe_at = result.started_at
    state.last_probe_up = result.up
    state.last_error = result.error
    state.last_status_code = result.status_code
    state.last_response_time_seconds = result.response_time_seconds
    if result.tls is not None and result.tls.expires_at is not None:
        state.tls_expires_at = result.tls.expires_at
    transition = _flip(state, result, down_after=down_after, up_after=up_after)
    if transition is not None:
        transition.portal_id = portal_id
        session.add(transition)
    session.flush()
    return transition


def _flip(
    state: PortalState, result: ProbeResult, *, down_after: int, up_after: int
) -> Transition | None:
    """Apply the flap thresholds; a Transition when the portal's up/down state changes."""
    new_up: bool
    if state.up is None:
        # A portal without a state yet takes its first probe's answer at once: the thresholds
        # damp flapping between known states, and `check` has just reported this very probe.
        new_up = result.up
    elif state.up and not result.up and state.consecutive_failures >= down_after:
        new_up = False
    elif not state.up and result.up and state.consecutive_successes >= up_after:
        new_up = True
    else:
        return None
    at = result.started_at if new_up else (state.incident_started_at or result.started_at)
    previous = None if state.up is None else ("up" if state.up else "down")
    state.up = new_up
    state.since = at
    if new_up:
        state.incident_started_at = None
    return Transition(
        from_status=previous,
        to_status="up" if new_up else "down",
        at=at,
        cause=None if new_up else result.error,
    )


@dataclass(frozen=True)
class PortalStatus:
    """One row of ``laip-monitor status``."""

    slug: str
    name: str
    department: str | None
    url: str
    active: bool
    up: bool | None
    since: dt.datetime | None
    last_probe_at: dt.datetime | None
    last_error: str | None
    last_status_code: int | None
    last_response_time_seconds: float | None
    tls_expires_at: dt.datetime | None
    compliance_score: float | None
    uptime: dict[str, float | None]
    monitored_since: dt.datetime | None = None

    def covered(self, window: str, now: dt.datetime) -> bool:
        """Whether monitoring spans (at least 95 % of) the uptime ``window`` ending ``now``."""
        if self.monitored_since is None:
            return False
        span = UPTIME_WINDOWS[window]
        return self.monitored_since <= now - span * 0.95


def monitored_since(session: Session) -> dict[int, dt.datetime]:
    """When each portal's first stored probe (raw or rolled up into a daily row) was taken."""
    first: dict[int, dt.datetime] = {}
    for portal_id, day in session.execute(
        select(ProbeDaily.portal_id, func.min(ProbeDaily.day)).group_by(ProbeDaily.portal_id)
    ):
        first[portal_id] = dt.datetime.combine(day, dt.time(), dt.UTC)
    for portal_id, started in session.execute(
        select(ProbeRun.portal_id, func.min(ProbeRun.started_at)).group_by(ProbeRun.portal_id)
    ):
        started = started if started.tzinfo else started.replace(tzinfo=dt.UTC)
        first[portal_id] = min(first.get(portal_id, started), started)
    return first


def portal_statuses(
    session: Session, now: dt.datetime | None = None, *, include_inactive: bool = False
) -> list[PortalStatus]:
    """Latest state of every portal with uptime over 24 h, 7 d and 30 d."""
    now = now or utcnow()
    query = select(Portal, PortalState).outerjoin(PortalState, PortalState.portal_id == Portal.id)
    if not include_inactive:
        query = query.where(Portal.active.is_(True))
    rows = session.execute(query.order_by(Portal.slug)).all()
    windows = {
        name: uptime_by_portal(session, now - span, now) for name, span in UPTIME_WINDOWS.items()
    }
    since_first = monitored_since(session)
    statuses = []
    for portal, state in rows:
        statuses.append(
            PortalStatus(
                slug=portal.slug,
                name=portal.name,
                department=portal.department,
                url=portal.url,
                active=portal.active,
                up=state.up if state else None,
                since=state.since if state else None,
                last_probe_at=state.last_probe_at if state else None,
                last_error=state.last_error if state else None,
                last_status_code=state.last_status_code if state else None,
                last_response_time_seconds=state.last_response_time_seconds if state else None,
                tls_expires_at=state.tls_expires_at if state else None,
                compliance_score=state.compliance_score if state else None,
                uptime={name: values.get(portal.id) for name, values in windows.items()},
                monitored_since=since_first.get(portal.id),
            )
        )
    return statuses


def uptime_by_portal(
    session: Session, since: dt.datetime, until: dt.datetime
) -> dict[int, float | None]:
    """Share of counted probes that were up in ``[since, until)``, per portal, computed in SQL.

    UTC days already rolled up into ``probe_daily`` are read from there, the rest from the raw
    probes, so the answer is the same before and after retention for windows starting at midnight.
    """
    totals = probe_totals(session, since, until)
    return {pid: (up / total if total else None) for pid, (total, up) in totals.items()}


def probe_totals(
    session: Session, since: dt.datetime, until: dt.datetime
) -> dict[int, tuple[int, int]]:
    """(counted probes, of which up) in ``[since, until)`` per portal, raw and rolled-up alike."""
    counted = ~ProbeRun.error.in_(NOT_COUNTED_ERRORS) | ProbeRun.error.is_(None)
    raw = session.execute(
        select(
            ProbeRun.portal_id,
            func.count().label("total"),
            func.sum(case((ProbeRun.up.is_(True), 1), else_=0)).label("up"),
        )
        .where(ProbeRun.started_at >= since, ProbeRun.started_at < until, counted)
        .group_by(ProbeRun.portal_id)
    ).all()
    totals: dict[int, list[int]] = {pid: [int(total), int(up or 0)] for pid, total, up in raw}
    # A day is either raw or rolled up, never both, so the day holding ``since`` is read from
    # whichever place has it; a rolled-up partial first day counts whole (the closest available).
    first_day = since.date()
    daily = session.execute(
        select(
            ProbeDaily.portal_id,
            func.sum(ProbeDaily.counted_probes).cast(Integer),
            func.sum(ProbeDaily.up_probes).cast(Integer),
        )
        .where(ProbeDaily.day >= first_day, ProbeDaily.day < until.date())
        .group_by(ProbeDaily.portal_id)
    ).all()
    for pid, total, up in daily:
        entry = totals.setdefault(pid, [0, 0])
        entry[0] += int(total or 0)
        entry[1] += int(up or 0)
    return {pid: (total, up) for pid, (total, up) in totals.items()}
