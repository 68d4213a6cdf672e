"""``laip-monitor publish``: the static public scoreboard, in Spanish, with its open data."""

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
from monitor.errors import ReportError
from monitor.publish import DEFAULT_MONTHS
from monitor.store.models import utcnow


@app.command("publish")
def publish(
    out: Annotated[Path, typer.Option("--out", help="Directory to write the site into.")],
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    months: Annotated[
        int, typer.Option("--months", help="Months of history to publish (up to this month).")
    ] = DEFAULT_MONTHS,
    json: JsonOption = False,
) -> None:
    """Write the public site: national, department and municipality pages, and the open data."""
    if months < 1:
        raise ReportError(f"--months {months}: expected at least 1")
    from monitor.publish.site import publish_site  # templates and charts: for this command only

    settings = load(config, db)
    with open_db(settings) as factory:
        result = publish_site(settings, factory, out, utcnow(), months=months)
    if json:
        print_json(
            {
                "out": str(out),
                "months": result.months,
                "pages": [str(path) for path in result.pages],
                "data_files": [str(path) for path in result.data_files],
            }
        )
    else:
        stdout.print(
            f"wrote {len(result.pages)} pages and {len(result.data_files)} data files "
            f"({result.months[0]} to {result.months[-1]}) into {out}",
            markup=False,
        )
