"""``laip-monitor evidence SLUG``: the archived evidence of one crawl or one verdict, as WARC."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from monitor.cli.app import app
from monitor.cli.common import (
    DEFAULT_CONFIG,
    ConfigOption,
    DbOption,
    JsonOption,
    load,
    open_db,
    print_json,
    stderr,
    stdout,
)
from monitor.cli.explain import SectionOption, section_id
from monitor.compliance.catalog import load_catalog
from monitor.errors import LaipMonitorError


@app.command()
def evidence(
    slug: Annotated[str, typer.Argument(help="The portal's slug, as in the config.")],
    out: Annotated[Path, typer.Option("--out", help="The WARC file to write (.warc.gz).")],
    section: SectionOption = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="The crawl of this UTC day (YYYY-MM-DD); default: the latest."),
    ] = None,
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Write what the monitor saw (pages, document headers) behind a crawl or one verdict."""
    wanted = section_id(section, load_catalog()) if section else None
    day = None
    if date is not None:
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            raise typer.BadParameter(
                f"expected a date like 2026-11-24, got {date!r}", param_hint="--date"
            ) from None
    if not out.name.endswith(".warc.gz"):
        raise typer.BadParameter(f"expected a file name ending in .warc.gz, got {out.name!r}",
                                 param_hint="--out")  # fmt: skip
    from monitor.store.evidence import export_evidence  # WARC packages: for this command only

    settings = load(config, db)
    with open_db(settings) as factory, factory() as session:
        try:
            report = export_evidence(
                session, settings.evidence_dir(), slug, out, section=wanted, day=day
            )
        except LaipMonitorError as exc:
            stderr.print(f"laip-monitor: error: {exc}", markup=False)
            raise typer.Exit(2) from None
    if json:
        print_json(
            {
                "path": str(report.path),
                "crawl_id": report.crawl_id,
                "records": report.records,
                "responses": report.responses,
                "revisits": report.revisits,
                "urls": report.urls,
            }
        )
        return
    stdout.print(
        f"{report.path}: crawl {report.crawl_id}, {report.responses} response(s), "
        f"{report.revisits} revisit(s)",
        markup=False,
    )
