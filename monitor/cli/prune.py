"""``laip-monitor db prune``: roll raw probes past the retention age up into daily rows, and drop
evidence (WARC) older than the evidence retention."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from monitor.cli.app import db_app
from monitor.cli.common import DEFAULT_CONFIG, ConfigOption, DbOption, load, open_db, stdout
from monitor.config import EVIDENCE_RETENTION_BOUNDS, RETENTION_BOUNDS
from monitor.durations import check_bounds, format_duration, parse_duration
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


EvidenceOlderThanOption = Annotated[
    str | None,
    typer.Option(
        "--evidence-older-than",
        help="Evidence retention age, e.g. '1825d'; default: the config's evidence.retention "
        "(5 years, as long as the verdict history it proves).",
        show_default=False,
    ),
]


def _age(text: str | None, default: float, option: str, bounds: tuple[float, float]) -> float:
    if text is None:
        return default
    try:
        return check_bounds(parse_duration(text), *bounds)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


@db_app.command("prune")
def prune(
    older_than: OlderThanOption = None,
    evidence_older_than: EvidenceOlderThanOption = None,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
) -> None:
    """Roll raw probes older than the retention age up into daily aggregates and delete them;
    delete evidence older than the evidence retention (answers still revisited are kept)."""
    from monitor.store.evidence import prune_evidence  # WARC packages: for this command only

    settings = load(config, db)
    age = _age(older_than, settings.monitor.retention, "--older-than", RETENTION_BOUNDS)
    evidence_age = _age(
        evidence_older_than,
        settings.evidence.retention,
        "--evidence-older-than",
        EVIDENCE_RETENTION_BOUNDS,
    )
    cutoff = utcnow() - dt.timedelta(seconds=age)
    with open_db(settings) as factory, factory() as session:
        report = rollup_and_prune(session, cutoff)
        evidence = prune_evidence(
            session,
            settings.evidence_dir(),
            utcnow() - dt.timedelta(seconds=evidence_age),
        )
    stdout.print(f"retention {format_duration(age)}: {report.describe()}")
    stdout.print(f"evidence retention {format_duration(evidence_age)}: {evidence.describe()}")
