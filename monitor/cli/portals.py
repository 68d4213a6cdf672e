"""``laip-monitor portals``: the registry as a table."""

from __future__ import annotations

from rich.markup import escape

from monitor.cli.app import app
from monitor.cli.common import (
    DEFAULT_CONFIG,
    Column,
    ConfigOption,
    JsonOption,
    fit_table,
    print_json,
    stdout,
)
from monitor.config import load_config


@app.command()
def portals(config: ConfigOption = DEFAULT_CONFIG, json: JsonOption = False) -> None:
    """List the portals of the registry."""
    cfg = load_config(config)
    if json:
        print_json([portal.model_dump(by_alias=True) for portal in cfg.portals])
        return
    columns = [
        Column("slug"),
        Column("name", wrap=True),
        Column("department", 2, wrap=True),
        Column("url", 4),
        Column("contacts", 3, "right"),
    ]
    rows = [
        [
            portal.slug,
            escape(portal.name),
            escape(portal.department or "—"),
            escape(portal.url),
            str(len(portal.contacts)),
        ]
        for portal in cfg.portals
    ]
    table, dropped = fit_table(
        f"{len(cfg.portals)} portals in {config}", columns, rows, stdout.width
    )
    stdout.print(table)
    if dropped:
        stdout.print(f"Hidden to fit {stdout.width} columns: {', '.join(dropped)} (see --json).")
