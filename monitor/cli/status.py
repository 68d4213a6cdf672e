"""``laip-monitor status``: latest state of every portal with uptime over 24 h, 7 d and 30 d."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from monitor.cli.app import app
from monitor.cli.common import (
    DEFAULT_CONFIG,
    ConfigOption,
    DbOption,
    JsonOption,
    iso,
    load,
    open_db,
    percent,
    print_json,
    stdout,
)
from monitor.store import repo
from monitor.store.models import utcnow


@app.command()
def status(
    config: ConfigOption = DEFAULT_CONFIG, db: DbOption = None, json: JsonOption = False
) -> None:
    """Show the latest state of every portal and its uptime (computed in SQL)."""
    now = utcnow()
    with open_db(load(config, db)) as factory, factory() as session:
        rows = repo.portal_statuses(session, now)
    if json:
        print_json({"generated_at": iso(now), "portals": [_row_json(row) for row in rows]})
        return
    table = Table(title=f"laip-monitor status — {iso(now)}")
    for column in (
        "portal",
        "state",
        "since",
        "last error",
        "last probe",
        "24h",
        "7d",
        "30d",
        "score",
    ):
        table.add_column(column)
    for row in rows:
        state = "unknown" if row.up is None else ("[green]up[/]" if row.up else "[red]down[/]")
        table.add_row(
            row.slug,
            state,
            iso(row.since) or "—",
            row.last_error or "",
            iso(row.last_probe_at) or "never",
            percent(row.uptime["24h"]),
            percent(row.uptime["7d"]),
            percent(row.uptime["30d"]),
            percent(row.compliance_score),
        )
    stdout.print(table)


def _row_json(row: repo.PortalStatus) -> dict[str, Any]:
    return {
        "slug": row.slug,
        "name": row.name,
        "department": row.department,
        "url": row.url,
        "up": row.up,
        "since": iso(row.since),
        "last_probe_at": iso(row.last_probe_at),
        "last_error": row.last_error,
        "last_status_code": row.last_status_code,
        "last_response_time_seconds": row.last_response_time_seconds,
        "tls_expires_at": iso(row.tls_expires_at),
        "compliance_score": row.compliance_score,
        "uptime": {f"{name}": value for name, value in row.uptime.items()},
    }
