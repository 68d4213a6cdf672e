"""``laip-monitor report weekly|status``: write or send the weekly e-mails, and show deliveries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from sqlalchemy.orm import Session, sessionmaker

from monitor.cli.app import app
from monitor.cli.common import (
    DEFAULT_CONFIG,
    Column,
    ConfigOption,
    DbOption,
    JsonOption,
    fit_table,
    iso,
    load,
    open_db,
    print_json,
    short_time,
    stdout,
)
from monitor.config import Config
from monitor.errors import ReportError
from monitor.report.periods import Week
from monitor.store import deliveries
from monitor.store.models import utcnow

report_app = typer.Typer(help="Weekly e-mail summaries.", no_args_is_help=True)
app.add_typer(report_app, name="report")

WeekOption = Annotated[
    str | None,
    typer.Option("--week", help="ISO week like 2026-W47 (default: the week just ended)."),
]


@report_app.command("weekly")
def weekly(
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    week: WeekOption = None,
    portal: Annotated[
        list[str] | None, typer.Option("--portal", help="Only this portal (repeatable); no digest.")
    ] = None,
    to: Annotated[
        list[str] | None,
        typer.Option("--to", help="Only this recipient address (repeatable).", metavar="ADDRESS"),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write each message as .eml and .html here.")
    ] = None,
    send: Annotated[bool, typer.Option("--send", help="Deliver over SMTP (once each).")] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="With --send: send now what waits for a retry, and resend what was sent.",
        ),
    ] = False,
    json: JsonOption = False,
) -> None:
    """Write the week's summaries to --out, and/or deliver them with --send."""
    if not send and out is None:
        raise ReportError("nothing to do: pass --out DIR to write the messages, --send to deliver")
    if force and not send:
        raise ReportError("--force only makes sense with --send")
    settings = load(config, db)
    if send and "smtp" not in settings.model_fields_set:
        raise ReportError(
            f"{config}: no [smtp] section: --send needs at least 'host' and 'from' "
            "(see README, 'Weekly e-mail summaries'); --out DIR writes the messages without sending"
        )
    # The e-mail packages (templates, SMTP, evidence archives) load for the report commands only.
    from monitor.report.send import resolve_week

    now = utcnow()
    resolved = resolve_week(settings, week, now)
    with open_db(settings) as factory:
        _weekly(settings, factory, resolved, now, portal, to, out, send, force, json)


def _weekly(
    settings: Config,
    factory: sessionmaker[Session],
    resolved: Week,
    now: dt.datetime,
    portal: list[str] | None,
    to: list[str] | None,
    out: Path | None,
    send: bool,
    force: bool,
    json: bool,
) -> None:
    from monitor.report.send import send_weekly, write_previews

    payload: dict[str, Any] = {"week": resolved.key}
    if out is not None:
        files = write_previews(settings, factory, out, now=now, week=resolved, portals=portal)
        payload["files"] = [str(path) for path in files]
        if not json:
            stdout.print(f"wrote {len(files)} files for {resolved.key} into {out}")
    if send:
        summary = send_weekly(
            settings, factory, now=now, week=resolved, force=force, portals=portal, recipients=to
        )
        payload["delivery"] = summary.to_json()
        if not json:
            stdout.print(
                f"{resolved.key}: sent {summary.sent}, retrying {summary.retrying}, "
                f"failed {summary.failed}, outcome unknown {summary.unknown}, "
                f"already done or not due {summary.not_due}, "
                f"unsubscribed {summary.unsubscribed}"
            )
            if summary.without_contacts:
                stdout.print("no contacts: " + ", ".join(summary.without_contacts))
            for error in summary.errors:
                stdout.print(f"  {error}", markup=False)
        with factory() as session:
            counts = deliveries.status_counts(session, resolved.key)
        waiting = {status: counts.get(status, 0) for status in ("retry", "failed", "unknown")}
        payload["waiting"] = waiting
        if not json and any(waiting.values()):
            stdout.print(
                f"{resolved.key} still has {waiting['retry']} waiting for a retry, "
                f"{waiting['failed']} failed, {waiting['unknown']} with an unknown outcome: "
                "see 'laip-monitor report status'; '--send --force' sends them now "
                "(and resends those already sent)",
                markup=False,
            )
        if summary.failed or summary.retrying or summary.unknown or any(waiting.values()):
            if json:
                print_json(payload)
            raise typer.Exit(1)
    if json:
        print_json(payload)


@report_app.command("status")
def status(
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    week: WeekOption = None,
    json: JsonOption = False,
) -> None:
    """Show the deliveries of a week: counts by status and every message not sent."""
    from monitor.report.send import resolve_week

    settings = load(config, db)
    resolved = resolve_week(settings, week, utcnow())
    with open_db(settings) as factory, factory() as session:
        counts = deliveries.status_counts(session, resolved.key)
        rows = deliveries.deliveries(session, resolved.key)
        blocked = len(deliveries.unsubscribed(session))
    if json:
        print_json(
            {
                "week": resolved.key,
                "counts": counts,
                "unsubscribed_addresses": blocked,
                "deliveries": [
                    {
                        "kind": row.kind,
                        "subject": row.subject_key,
                        "recipient": row.recipient,
                        "status": row.status,
                        "attempts": row.attempts,
                        "message_id": row.message_id,
                        "last_error": row.last_error,
                        "next_attempt_at": iso(row.next_attempt_at),
                        "sent_at": iso(row.sent_at),
                        "action": unknown_action(
                            row.kind, row.subject_key, resolved.key, row.recipient
                        )
                        if row.status == "unknown"
                        else None,
                    }
                    for row in rows
                ],
            }
        )
        return
    summary = ", ".join(f"{name} {count}" for name, count in counts.items())
    stdout.print(f"{resolved.key}: {summary}; unsubscribed addresses: {blocked}", markup=False)
    pending = [row for row in rows if row.status != "sent"]
    if not pending:
        return
    columns = [
        Column("subject"),
        Column("recipient"),
        Column("status"),
        Column("attempts", 3, "right"),
        Column("next attempt (UTC)", 4),
        Column("last error", 2, wrap=True),
    ]
    cells = [
        [
            escape(row.subject_key),
            escape(row.recipient),
            row.status,
            str(row.attempts),
            short_time(row.next_attempt_at) if row.next_attempt_at else "",
            escape(row.last_error or ""),
        ]
        for row in pending
    ]
    title = f"deliveries not sent — {resolved.key}"
    table, dropped = fit_table(title, columns, cells, stdout.width)
    stdout.print(table)
    if dropped:
        stdout.print(f"Hidden to fit {stdout.width} columns: {', '.join(dropped)} (see --json).")
    unknown = [row for row in pending if row.status == "unknown"]
    if unknown:
        stdout.print(
            f"{len(unknown)} message(s) with status 'unknown': the server may have received them "
            "(its answer was lost, or the sender stopped mid-send); they are never resent "
            "automatically. Ask the recipient or check the SMTP server's log, then resend if "
            "needed:",
            markup=False,
        )
        for row in unknown:
            stdout.print(
                f"  {unknown_action(row.kind, row.subject_key, resolved.key, row.recipient)}",
                markup=False,
            )


def unknown_action(kind: str, subject_key: str, week: str, recipient: str) -> str:
    """The command that resends exactly one delivery whose outcome is unknown."""
    only = f"--to {recipient}" if kind == "digest" else f"--portal {subject_key} --to {recipient}"
    return f"laip-monitor report weekly --send --force --week {week} {only}"
