"""E-mail delivery rows and unsubscribes: every query the report makes on those tables.

A message is sent only by the run that *claims* its row with a conditional UPDATE (pending, or
due for retry -> 'sending'), committed before the SMTP conversation starts. A second run, or a
restart mid-run, finds the row claimed or sent and sends nothing. A claim that never got an
outcome (the process died mid-send), and a message whose final "." left but whose answer was
lost (RFC 1047), becomes 'unknown' and is never resent automatically: the message may have
left. ``--force`` resends on purpose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from monitor.store.models import Delivery, Unsubscribe

Kind = Literal["portal", "digest"]
# pending: not tried yet; sending: claimed by a run; sent; retry: temporary failure, due again at
# next_attempt_at; failed: permanent (5xx or attempts exhausted); unknown: claim with no outcome.
STATUSES = ("pending", "sending", "sent", "retry", "failed", "unknown")
RESENDABLE = ("pending", "retry", "sent", "failed", "unknown")


@dataclass(frozen=True)
class Claim:
    """Proof that this run owns one delivery until it records the outcome."""

    id: int
    kind: str
    subject_key: str
    week: str
    recipient: str
    message_id: str
    attempts: int
    claimed_at: dt.datetime


def ensure_rows(
    session: Session,
    kind: Kind,
    subject_key: str,
    week: str,
    recipients: Iterable[tuple[str, str]],
    now: dt.datetime,
) -> None:
    """Insert a 'pending' row per ``(recipient, message_id)`` unless one exists (no error)."""
    values = [
        {
            "kind": kind,
            "subject_key": subject_key,
            "week": week,
            "recipient": recipient,
            "message_id": message_id,
            "status": "pending",
            "attempts": 0,
            "created_at": now,
            "updated_at": now,
        }
        for recipient, message_id in recipients
    ]
    if not values:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(Delivery).values(values)
    session.execute(
        statement.on_conflict_do_nothing(
            index_elements=["kind", "subject_key", "week", "recipient"]
        )
    )


def claim(
    session: Session,
    kind: Kind,
    subject_key: str,
    week: str,
    recipient: str,
    now: dt.datetime,
    *,
    force: bool = False,
    new_message_id: str | None = None,
) -> Claim | None:
    """Take the row for sending; None when another run holds it or nothing is due.

    Without ``force`` only 'pending' rows and 'retry' rows whose time has come are claimed.
    With ``force`` any row not currently being sent is claimed, with a new Message-ID when
    given, and its attempts start again from one.
    """
    key = (
        Delivery.kind == kind,
        Delivery.subject_key == subject_key,
        Delivery.week == week,
        Delivery.recipient == recipient,
    )
    values: dict[str, object] = {"status": "sending", "claimed_at": now, "updated_at": now}
    condition: ColumnElement[bool]
    if force:
        condition = Delivery.status.in_(RESENDABLE)
        values["attempts"] = 1
        if new_message_id is not None:
            values["message_id"] = new_message_id
    else:
        condition = (Delivery.status == "pending") | (
            (Delivery.status == "retry")
            & (Delivery.next_attempt_at.is_(None) | (Delivery.next_attempt_at <= now))
        )
        values["attempts"] = Delivery.attempts + 1
    result = session.execute(
        update(Delivery)
        .where(*key, condition)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        return None
    row = session.execute(
        select(Delivery.id, Delivery.message_id, Delivery.attempts).where(*key)
    ).one()
    return Claim(
        row.id, kind, subject_key, week, recipient, row.message_id or "", row.attempts, now
    )


def record_sent(session: Session, claim: Claim, now: dt.datetime) -> bool:
    """Mark a claimed delivery sent; False when the claim was lost (expired meanwhile)."""
    return _finish(session, claim, now, status="sent", sent_at=now, last_error=None)


def record_failure(
    session: Session,
    claim: Claim,
    now: dt.datetime,
    error: str,
    *,
    permanent: bool,
    max_attempts: int,
    backoff: dt.timedelta,
) -> str:
    """Record a failed attempt: 'failed' when permanent or out of attempts, else 'retry'."""
    if permanent or claim.attempts >= max_attempts:
        status, next_at = "failed", None
    else:
        status, next_at = "retry", now + backoff
    _finish(session, claim, now, status=status, last_error=error[:2000], next_attempt_at=next_at)
    return status


def record_unknown(session: Session, claim: Claim, now: dt.datetime, error: str) -> bool:
    """The message left but its answer was lost: 'unknown', never retried automatically."""
    return _finish(
        session, claim, now, status="unknown", last_error=error[:2000], next_attempt_at=None
    )


def expire_stale_claims(session: Session, older_than: dt.datetime, now: dt.datetime) -> int:
    """Claims taken before ``older_than`` with no outcome become 'unknown'; how many."""
    result = session.execute(
        update(Delivery)
        .where(Delivery.status == "sending", Delivery.claimed_at < older_than)
        .values(
            status="unknown",
            updated_at=now,
            last_error="no outcome recorded (process stopped while sending?); not resent",
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def due(session: Session, now: dt.datetime) -> list[tuple[str, str, str, str]]:
    """``(week, kind, subject_key, recipient)`` of every pending row or retry now due."""
    rows = session.execute(
        select(Delivery.week, Delivery.kind, Delivery.subject_key, Delivery.recipient)
        .where(
            (Delivery.status == "pending")
            | ((Delivery.status == "retry") & (Delivery.next_attempt_at <= now))
        )
        .order_by(Delivery.week, Delivery.kind, Delivery.subject_key, Delivery.recipient)
    ).all()
    return [(r.week, r.kind, r.subject_key, r.recipient) for r in rows]


def deliveries(session: Session, week: str | None = None) -> list[Delivery]:
    """Delivery rows (of one week when given), in a stable order."""
    query = select(Delivery)
    if week is not None:
        query = query.where(Delivery.week == week)
    return list(
        session.scalars(
            query.order_by(Delivery.week, Delivery.kind, Delivery.subject_key, Delivery.recipient)
        )
    )


def status_counts(session: Session, week: str | None = None) -> dict[str, int]:
    """``{status: rows}`` for every status (zero included): what the service metrics export."""
    query = select(Delivery.status, func.count()).group_by(Delivery.status)
    if week is not None:
        query = query.where(Delivery.week == week)
    counts = dict.fromkeys(STATUSES, 0)
    counts.update({status: int(count) for status, count in session.execute(query)})
    return counts


def normalise_address(address: str) -> str:
    """Addresses compare case-insensitively and without surrounding spaces."""
    return address.strip().lower()


def unsubscribed(session: Session) -> set[str]:
    """Every unsubscribed address, normalised."""
    return {normalise_address(a) for a in session.scalars(select(Unsubscribe.address))}


def unsubscribe(
    session: Session, address: str, now: dt.datetime, reason: str | None = None
) -> bool:
    """Record that ``address`` receives nothing more; False when it already was."""
    address = normalise_address(address)
    if session.get(Unsubscribe, address) is not None:
        return False
    session.add(Unsubscribe(address=address, at=now, reason=reason))
    session.flush()
    return True


def resubscribe(session: Session, address: str) -> bool:
    """Remove ``address`` from the unsubscribes; False when it was not there."""
    result = session.execute(
        delete(Unsubscribe).where(Unsubscribe.address == normalise_address(address))
    )
    return bool(getattr(result, "rowcount", 0))


def unsubscribes(session: Session) -> Sequence[Unsubscribe]:
    """All unsubscribe rows, by address."""
    return session.scalars(select(Unsubscribe).order_by(Unsubscribe.address)).all()


def _finish(session: Session, claim: Claim, now: dt.datetime, **values: object) -> bool:
    result = session.execute(
        update(Delivery)
        .where(
            Delivery.id == claim.id,
            Delivery.status == "sending",
            Delivery.claimed_at == claim.claimed_at,
        )
        .values(updated_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    return getattr(result, "rowcount", 0) == 1
