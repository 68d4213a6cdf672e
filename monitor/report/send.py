"""Send the week's e-mails exactly once per (subject, week, recipient), or write them to files.

Each message: render, claim its delivery row (committed), talk SMTP, record the outcome. A
temporary failure is retried by later runs after an exponential backoff, up to
``[report] max_attempts``; see :mod:`monitor.store.deliveries` for the claim rules.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Config, PortalConfig
from monitor.errors import ReportError
from monitor.report.email import (
    Rendered,
    build_message,
    new_message_id,
    render_digest,
    render_summary,
    unsubscribe_targets,
)
from monitor.report.periods import Week
from monitor.report.smtp import SendError, SmtpSender
from monitor.report.weekly import OversightDigest, WeeklySummary, build_digest, build_summaries
from monitor.store import deliveries
from monitor.store.db import transaction
from monitor.store.deliveries import Kind
from monitor.store.models import utcnow

# A claim older than this without an outcome is recorded as 'unknown' and never resent on its
# own: one message takes seconds (SMTP timeout 30 s), so the process must have died mid-send.
STALE_CLAIM = dt.timedelta(minutes=30)
RETRY_BASE = dt.timedelta(minutes=5)
RETRY_CAP = dt.timedelta(hours=6)
DIGEST_KEY = "oversight"
PROBLEM_LABELS = {
    "retry": "reintento pendiente",
    "failed": "rechazado",
    "unknown": "resultado desconocido",
    "pending": "sin enviar",
}


@dataclass
class SendSummary:
    """What one run did, for the CLI, the logs and the service metrics."""

    week: str
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    unknown: int = 0
    not_due: int = 0
    unsubscribed: int = 0
    stale_claims: int = 0
    stopped: int = 0  # left pending (not claimed) because a stop was requested; sent later
    without_contacts: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "sent": self.sent,
            "retrying": self.retrying,
            "failed": self.failed,
            "unknown": self.unknown,
            "not_due": self.not_due,
            "unsubscribed": self.unsubscribed,
            "stale_claims": self.stale_claims,
            "stopped": self.stopped,
            "without_contacts": self.without_contacts,
            "errors": self.errors,
        }


@dataclass(frozen=True)
class _Outgoing:
    kind: Kind
    key: str
    recipient: str
    render: Callable[[], Rendered]


def backoff(attempts: int) -> dt.timedelta:
    """Wait before attempt ``attempts + 1``: 5 min, 10, 20, ... capped at 6 h."""
    return min(RETRY_BASE * (1 << min(max(attempts - 1, 0), 16)), RETRY_CAP)


def resolve_week(config: Config, week: Week | str | None, now: dt.datetime) -> Week:
    """The requested week, or the week that just ended in the report time zone."""
    timezone = config.report.timezone
    if isinstance(week, Week):
        return week
    if week:
        return Week.parse(week, timezone)
    return Week.last_completed(now, timezone)


def send_weekly(
    config: Config,
    factory: sessionmaker[Session],
    *,
    now: dt.datetime | None = None,
    week: Week | str | None = None,
    force: bool = False,
    portals: Sequence[str] | None = None,
    recipients: Sequence[str] | None = None,
    stop: threading.Event | None = None,
) -> SendSummary:
    """Send the week's summaries (and, for the whole fleet, the digest); safe to re-run.

    Synchronous: the service calls it from a thread. ``portals`` limits the run to those slugs
    (no digest then), ``recipients`` to those addresses. ``force`` resends messages already sent.
    ``stop`` set (the service is stopping): the message on the wire is finished, the others are
    left pending, unclaimed, for the next run.
    """
    now = now or utcnow()
    resolved = resolve_week(config, week, now)
    selected = config.select(list(portals) if portals else None)
    to = {deliveries.normalise_address(a) for a in recipients} if recipients else None
    return _run(
        config, factory, resolved, now, selected, force=force, digest=not portals, to=to, stop=stop
    )


def retry_due(
    config: Config,
    factory: sessionmaker[Session],
    *,
    now: dt.datetime | None = None,
    stop: threading.Event | None = None,
) -> list[SendSummary]:
    """Send every delivery that is pending or due for retry, whatever its week."""
    now = now or utcnow()
    with factory() as session:
        rows = deliveries.due(session, now)
    wanted: dict[str, set[tuple[str, str, str]]] = {}
    for week_key, kind, key, recipient in rows:
        wanted.setdefault(week_key, set()).add((kind, key, recipient))
    summaries = []
    for week_key, only in sorted(wanted.items()):
        if stop is not None and stop.is_set():
            break
        week = Week.parse(week_key, config.report.timezone)
        slugs = {key for kind, key, _ in only if kind == "portal"}
        selected = [portal for portal in config.portals if portal.slug in slugs]
        has_digest = any(kind == "digest" for kind, _, _ in only)
        summaries.append(
            _run(
                config,
                factory,
                week,
                now,
                selected,
                force=False,
                digest=has_digest,
                only=only,
                stop=stop,
            )
        )
    return summaries


def write_previews(
    config: Config,
    factory: sessionmaker[Session],
    out_dir: Path,
    *,
    now: dt.datetime | None = None,
    week: Week | str | None = None,
    portals: Sequence[str] | None = None,
) -> list[Path]:
    """Write ``<week>-<slug>.eml`` and ``.html`` per portal (and the digest); send nothing."""
    now = now or utcnow()
    resolved = resolve_week(config, week, now)
    selected = config.select(list(portals) if portals else None)
    with factory() as session:
        summaries = build_summaries(session, selected, resolved, now)
        blocked = deliveries.unsubscribed(session)
    try:
        out_dir.mkdir(exist_ok=True)  # DIR itself only: a mistyped parent is an error
    except OSError as exc:
        raise ReportError(f"cannot create {out_dir}: {exc.strerror or exc}") from None
    written: list[Path] = []
    # A preview shows the message as its first recipient would get it (unsubscribe link too).
    items: list[tuple[str, Rendered, list[str]]] = []
    for summary in summaries:
        recipients = _recipients(summary.contacts, blocked)
        rendered = render_summary(summary, config, next(iter(recipients), None))
        items.append((summary.slug, rendered, recipients))
    if not portals:
        digest = build_digest(summaries, resolved, now)
        recipients = _recipients(config.report.oversight, blocked)
        rendered = render_digest(digest, config, next(iter(recipients), None))
        items.append((DIGEST_KEY, rendered, recipients))
    for name, rendered, recipients in items:
        message = build_message(
            rendered,
            sender=config.smtp.from_,
            recipients=recipients,
            message_id=new_message_id(config, f"{resolved.key}.{name}"),
            date=now,
            unsubscribe=unsubscribe_targets(config, next(iter(recipients), None)),
        )
        stem = out_dir / f"{resolved.key}-{name}"
        try:
            stem.with_suffix(".eml").write_bytes(message.as_bytes())
            stem.with_suffix(".html").write_text(rendered.html, encoding="utf-8")
        except OSError as exc:
            raise ReportError(f"cannot write {stem}.eml: {exc.strerror or exc}") from None
        written += [stem.with_suffix(".eml"), stem.with_suffix(".html")]
    return written


def _run(
    config: Config,
    factory: sessionmaker[Session],
    week: Week,
    now: dt.datetime,
    portals: Sequence[PortalConfig],
    *,
    force: bool,
    digest: bool,
    only: set[tuple[str, str, str]] | None = None,
    to: set[str] | None = None,
    stop: threading.Event | None = None,
) -> SendSummary:
    result = SendSummary(week=week.key)
    with factory() as session:
        summaries = build_summaries(session, portals, week, now)
        blocked = deliveries.unsubscribed(session)
    with transaction(factory) as session:
        result.stale_claims = deliveries.expire_stale_claims(session, now - STALE_CLAIM, now)
    outgoing: list[_Outgoing] = []
    for summary in summaries:
        if not summary.contacts:
            result.without_contacts.append(summary.slug)
            continue
        outgoing += _plan(
            config, "portal", summary.slug, summary.contacts, blocked, only, result, summary, to
        )
    with SmtpSender(config.smtp) as sender:
        _deliver_all(config, factory, week, now, outgoing, sender, result, force=force, stop=stop)
        if digest and config.report.oversight and not (stop is not None and stop.is_set()):
            problems = _problems(factory, week)
            everything = summaries
            if only is not None:  # a retry run built only some portals; rank the whole fleet
                with factory() as session:
                    everything = build_summaries(session, config.portals, week, now)
            fleet = build_digest(everything, week, now, problems)
            planned = _plan(
                config,
                "digest",
                DIGEST_KEY,
                config.report.oversight,
                blocked,
                only,
                result,
                fleet,
                to,
            )
            _deliver_all(
                config, factory, week, now, planned, sender, result, force=force, stop=stop
            )
    return result


def _plan(
    config: Config,
    kind: Kind,
    key: str,
    addresses: Iterable[str],
    blocked: set[str],
    only: set[tuple[str, str, str]] | None,
    result: SendSummary,
    content: WeeklySummary | OversightDigest,
    to: set[str] | None = None,
) -> list[_Outgoing]:
    planned = []
    for address in _recipients(addresses, set()):
        if deliveries.normalise_address(address) in blocked:
            result.unsubscribed += 1
            continue
        if only is not None and (kind, key, address) not in only:
            continue
        if to is not None and deliveries.normalise_address(address) not in to:
            continue

        def render(address: str = address) -> Rendered:
            if isinstance(content, WeeklySummary):
                return render_summary(content, config, address)
            return render_digest(content, config, address)

        planned.append(_Outgoing(kind, key, address, render))
    return planned


def _deliver_all(
    config: Config,
    factory: sessionmaker[Session],
    week: Week,
    now: dt.datetime,
    outgoing: Sequence[_Outgoing],
    sender: SmtpSender,
    result: SendSummary,
    *,
    force: bool,
    stop: threading.Event | None = None,
) -> None:
    groups: dict[tuple[Kind, str], list[tuple[str, str]]] = {}
    for item in outgoing:
        message_id = new_message_id(config, f"{week.key}.{item.key}")
        groups.setdefault((item.kind, item.key), []).append((item.recipient, message_id))
    with transaction(factory) as session:
        for (kind, key), rows in groups.items():
            deliveries.ensure_rows(session, kind, key, week.key, rows, now)
    for item in outgoing:
        if stop is not None and stop.is_set():
            result.stopped += 1  # its row stays pending and unclaimed: the next run sends it
            continue
        rendered = item.render()
        with transaction(factory) as session:
            claim = deliveries.claim(
                session,
                item.kind,
                item.key,
                week.key,
                item.recipient,
                now,
                force=force,
                new_message_id=new_message_id(config, f"{week.key}.{item.key}") if force else None,
            )
        if claim is None:
            result.not_due += 1
            continue
        message = build_message(
            rendered,
            sender=config.smtp.from_,
            recipients=[item.recipient],
            message_id=claim.message_id,
            date=now,
            unsubscribe=unsubscribe_targets(config, item.recipient),
        )
        try:
            sender.send(message, item.recipient)
        except SendError as exc:
            result.errors.append(f"{item.key} -> {item.recipient}: {exc}")
            if exc.unknown:
                with transaction(factory) as session:
                    deliveries.record_unknown(session, claim, now, str(exc))
                result.unknown += 1
                continue
            with transaction(factory) as session:
                status = deliveries.record_failure(
                    session,
                    claim,
                    now,
                    str(exc),
                    permanent=exc.permanent,
                    max_attempts=config.report.max_attempts,
                    backoff=backoff(claim.attempts),
                )
            if status == "failed":
                result.failed += 1
            else:
                result.retrying += 1
            continue
        with transaction(factory) as session:
            deliveries.record_sent(session, claim, now)
        result.sent += 1


def _problems(factory: sessionmaker[Session], week: Week) -> list[str]:
    with factory() as session:
        rows = deliveries.deliveries(session, week.key)
    return [
        f"{row.subject_key} → {row.recipient}: {PROBLEM_LABELS[row.status]}"
        + (f" ({row.last_error[:120]})" if row.last_error else "")
        for row in rows
        if row.kind == "portal" and row.status in ("retry", "failed", "unknown")
    ]


def _recipients(addresses: Iterable[str], blocked: set[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for address in addresses:
        normal = deliveries.normalise_address(address)
        if normal in seen or normal in blocked:
            continue
        seen.add(normal)
        kept.append(address.strip())
    return kept
