"""``laip-monitor export``: one month of open data (CSV, JSON, Frictionless Data Package)."""

from __future__ import annotations

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
    stdout,
)
from monitor.store.models import utcnow

MonthOption = Annotated[
    str | None,
    typer.Option("--month", help="Calendar month like 2026-11 (default: the month just ended)."),
]


@app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="Directory to write the files into.")],
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    month: MonthOption = None,
    json: JsonOption = False,
) -> None:
    """Write a month of open data: portales.csv, secciones.csv, JSON and datapackage.json."""
    from monitor.opendata.export import export_month, resolve_month  # for this command only

    settings = load(config, db)
    now = utcnow()
    resolved = resolve_month(settings, month, now)
    with open_db(settings) as factory:
        files = export_month(settings, factory, resolved, out, now)
    if json:
        print_json({"month": resolved.key, "files": [str(path) for path in files]})
    else:
        stdout.print(f"wrote {len(files)} files for {resolved.key} into {out}", markup=False)
