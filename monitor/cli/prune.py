"""``laip-monitor db prune``: roll raw probes past the retention age up into daily rows."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from monitor.cli.app import db_app
from monitor.cli.common import DEFAULT_CONFIG, ConfigOption, DbOption, load, open_db, stdout
from monitor.durations import format_duration, parse_duration
from monitor.store.models import utcnow
from monitor.store.retention import rollup_and_prune

OlderThanOption = Annotated[
    str | None,
    typer.Option(
        "--older-than",
        help="Retention age, e.g. '90d'; default: the config's monitor.retention (90d).",
        show_default=False,
    ),
]


@db_app.command("prune")
def prune(
    older_than: OlderThanOption = None, config: ConfigOption = DEFAULT_CONFIG, db: DbOption = None
) -> None:
    """Roll raw probes older than the retention age up into daily aggregates and delete them."""
    settings = load(config, db)
    if older_than is None:
        age = settings.monitor.retention
    else:
        try:
            age = parse_duration(older_than)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--older-than") from None
    cutoff = utcnow() - dt.timedelta(seconds=age)
    with open_db(settings) as factory, factory() as session:
        report = rollup_and_prune(session, cutoff)
    stdout.print(f"retention {format_duration(age)}: {report.describe()}")
