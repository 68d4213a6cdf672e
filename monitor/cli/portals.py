"""``laip-monitor portals``: the registry as a table."""

from __future__ import annotations

from rich.table import Table

from monitor.cli.app import app
from monitor.cli.common import DEFAULT_CONFIG, ConfigOption, JsonOption, print_json, stdout
from monitor.config import load_config


@app.command()
def portals(config: ConfigOption = DEFAULT_CONFIG, json: JsonOption = False) -> None:
    """List the portals of the registry."""
    cfg = load_config(config)
    if json:
        print_json([portal.model_dump(by_alias=True) for portal in cfg.portals])
        return
    table = Table(title=f"{len(cfg.portals)} portals in {config}")
    for column in ("slug", "name", "department", "url", "contacts"):
        table.add_column(column)
    for portal in cfg.portals:
        table.add_row(
            portal.slug,
            portal.name,
            portal.department or "—",
            portal.url,
            str(len(portal.contacts)),
        )
    stdout.print(table)
