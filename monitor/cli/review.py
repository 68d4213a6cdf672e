"""``laip-monitor review``: oversight corrections of verdicts, with their audit trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from monitor.cli.app import review_app
from monitor.cli.common import (
    DEFAULT_CONFIG,
    ConfigOption,
    DbOption,
    JsonOption,
    iso,
    load,
    open_db,
    print_json,
    stderr,
    stdout,
)
from monitor.cli.explain import section_id
from monitor.compliance.catalog import load_catalog
from monitor.compliance.result import STATUSES
from monitor.errors import LaipMonitorError
from monitor.store import reviews
from monitor.store.db import transaction

SlugArgument = Annotated[str, typer.Argument(help="The portal's slug.")]
SectionArgument = Annotated[str, typer.Argument(help="The section: 'art10.n08', 'n08' or '8'.")]
ByOption = Annotated[str, typer.Option("--by", help="Who makes the change (name of the officer).")]
ReasonOption = Annotated[str, typer.Option("--reason", help="Why (kept in the audit trail).")]


def _section(value: str) -> str:
    try:
        return section_id(value, load_catalog())
    except typer.BadParameter:
        raise typer.BadParameter(
            f"no section {value!r} in the catalogue", param_hint="SECTION"
        ) from None


def _fail(exc: LaipMonitorError) -> typer.Exit:
    stderr.print(f"laip-monitor: error: {exc}", markup=False)
    return typer.Exit(2)


@review_app.command("set")
def set_(
    slug: SlugArgument,
    section: SectionArgument,
    status: Annotated[str, typer.Option("--status", help=f"One of: {', '.join(STATUSES)}.")],
    reason: ReasonOption,
    by: ByOption,
    until: Annotated[
        str | None,
        typer.Option("--until", help="Last day the correction holds (YYYY-MM-DD, Guatemala)."),
    ] = None,
    until_change: Annotated[
        bool,
        typer.Option("--until-change", help="Hold until the section's pages or documents change."),
    ] = False,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Correct the verdict on one section of a portal (overrides the judge everywhere)."""
    wanted = _section(section)
    if status not in STATUSES:
        raise typer.BadParameter(
            f"expected one of {', '.join(STATUSES)}, got {status!r}", param_hint="--status"
        )
    day = None
    if until is not None:
        try:
            day = dt.date.fromisoformat(until)
        except ValueError:
            raise typer.BadParameter(
                f"expected a date like 2026-12-31, got {until!r}", param_hint="--until"
            ) from None
    with open_db(load(config, db)) as factory:
        try:
            with transaction(factory) as session:
                row = reviews.set_review(
                    session,
                    slug,
                    wanted,
                    status,
                    reason=reason,
                    reviewer=by,
                    until=day,
                    until_change=until_change,
                )
                event = reviews.history(session, slug)[-1]
        except LaipMonitorError as exc:
            raise _fail(exc) from None
    if json:
        print_json(event.to_json())
        return
    held = (
        f" until {row.until}"
        if row.until
        else " until its evidence changes"
        if row.until_change
        else ""
    )
    stdout.print(
        f"{slug} {wanted}: {event.before_status} → {status} (revisado por supervisión, {by}){held}",
        markup=False,
    )


@review_app.command("clear")
def clear(
    slug: SlugArgument,
    section: SectionArgument,
    by: ByOption,
    reason: ReasonOption,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Withdraw the correction on one section: the judge's verdict counts again."""
    wanted = _section(section)
    with open_db(load(config, db)) as factory:
        try:
            with transaction(factory) as session:
                reviews.clear_review(session, slug, wanted, reason=reason, reviewer=by)
                event = reviews.history(session, slug)[-1]
        except LaipMonitorError as exc:
            raise _fail(exc) from None
    if json:
        print_json(event.to_json())
        return
    stdout.print(
        f"{slug} {wanted}: correction withdrawn, {event.before_status} → {event.after_status}",
        markup=False,
    )


@review_app.command("list")
def list_(
    slug: Annotated[str | None, typer.Argument(help="Only this portal.")] = None,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """The corrections in force, with the judge's own verdict beside each."""
    with open_db(load(config, db)) as factory, factory() as session:
        found = reviews.in_force_by_slug(session, slug)
    if json:
        print_json([section.to_json() | {"portal": section.slug} for section in found])
        return
    table = Table(title="Corrections in force (revisado por supervisión)")
    for column in ("portal", "section", "status", "judge", "by", "at", "holds", "reason"):
        table.add_column(column, overflow="fold")
    for section in found:
        correction = section.correction
        assert correction is not None
        holds = (
            f"until {correction.until}"
            if correction.until
            else "until the evidence changes"
            if correction.until_change
            else "until cleared"
        )
        table.add_row(
            section.slug,
            section.section_id,
            section.status,
            section.judge_status,
            correction.reviewer,
            iso(correction.at) or "",
            holds,
            correction.reason,
        )
    stdout.print(table)


@review_app.command("history")
def history(
    slug: Annotated[str | None, typer.Argument(help="Only this portal.")] = None,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Every change to every correction, oldest first: who, when, before, after, why."""
    with open_db(load(config, db)) as factory, factory() as session:
        events = reviews.history(session, slug)
    if json:
        print_json([event.to_json() for event in events])
        return
    table = Table(title="Corrections: audit trail")
    for column in ("at", "portal", "section", "action", "before", "after", "by", "reason"):
        table.add_column(column, overflow="fold")
    for event in events:
        table.add_row(
            iso(event.at) or "",
            event.slug,
            event.section_id,
            event.action,
            event.before_status or "—",
            event.after_status or "—",
            event.reviewer,
            event.reason,
        )
    stdout.print(table)


@review_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="Directory for the regression cases.")],
    slug: Annotated[str | None, typer.Argument(help="Only this portal.")] = None,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Write every correction as a regression case (evidence + corrected verdict) in DIR."""
    # The evidence archive's packages (WARC reading, re-judging) load for this command only.
    from monitor.evidence.cases import write_case
    from monitor.store.evidence import review_cases

    settings = load(config, db)
    with open_db(settings) as factory, factory() as session:
        try:
            cases, skipped = review_cases(session, settings.evidence_dir(), slug)
        except LaipMonitorError as exc:
            raise _fail(exc) from None
    paths = [write_case(case, out) for case in cases]
    if json:
        print_json({"written": [str(p) for p in paths], "skipped": skipped})
        return
    for line in skipped:
        stderr.print(f"skipped: {line}", markup=False)
    stdout.print(f"{len(paths)} case(s) written to {out}", markup=False)
