"""``laip-monitor status``: latest state of every portal with uptime over 24 h, 7 d and 30 d."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
    percent,
    print_json,
    short_time,
    stdout,
)
from monitor.config import Config
from monitor.store import repo
from monitor.store.models import utcnow

COLUMNS = [
    Column("portal"),
    Column("state"),
    Column("24h", 2, "right"),
    Column("7d", 4, "right"),
    Column("30d", 5, "right"),
    Column("score", 3, "right"),
    Column("last error", 6),
    Column("since (UTC)", 7),
    Column("last probe (UTC)", 8),
]


@app.command()
def status(
    config: ConfigOption = DEFAULT_CONFIG, db: DbOption = None, json: JsonOption = False
) -> None:
    """Show the latest state of every portal and its uptime (computed in SQL).

    An uptime window the monitor has not watched for yet shows n/d (no data).
    """
    now = utcnow()
    settings = load(config, db)
    with open_db(settings) as factory, factory() as session:
        rows = with_configured(settings, repo.portal_statuses(session, now))
    if json:
        print_json({"generated_at": iso(now), "portals": [_row_json(row) for row in rows]})
        return
    cells = [_cells(row, now) for row in rows]
    table, dropped = fit_table(f"laip-monitor status — {iso(now)}", COLUMNS, cells, stdout.width)
    stdout.print(table)
    if dropped:
        stdout.print(
            f"Hidden to fit {stdout.width} columns: {', '.join(dropped)} (see --json).",
            markup=False,
        )


def with_configured(settings: Config, rows: list[repo.PortalStatus]) -> list[repo.PortalStatus]:
    """The stored rows plus every configured portal that has no data yet, in slug order."""
    known = {row.slug for row in rows}
    missing = [
        repo.PortalStatus(
            slug=portal.slug,
            name=portal.name,
            department=portal.department,
            url=portal.url,
            active=True,
            up=None,
            since=None,
            last_probe_at=None,
            last_error=None,
            last_status_code=None,
            last_response_time_seconds=None,
            tls_expires_at=None,
            compliance_score=None,
            uptime=dict.fromkeys(repo.UPTIME_WINDOWS),
        )
        for portal in settings.portals
        if portal.slug not in known
    ]
    return sorted(rows + missing, key=lambda row: row.slug)


def _cells(row: repo.PortalStatus, now: dt.datetime) -> list[str]:
    if row.last_probe_at is None:
        state = "[dim]no data[/]"
    elif row.up is None:
        state = "unknown"
    else:
        state = "[green]up[/]" if row.up else "[red]down[/]"
    uptime = [
        percent(row.uptime[name]) if row.covered(name, now) else "n/d"
        for name in repo.UPTIME_WINDOWS
    ]
    return [
        row.slug,
        state,
        *uptime,
        percent(row.compliance_score),
        row.last_error or "",
        short_time(row.since),
        short_time(row.last_probe_at) if row.last_probe_at else "never",
    ]


def _row_json(row: repo.PortalStatus) -> dict[str, Any]:
    return {
        "slug": row.slug,
        "name": row.name,
        "department": row.department,
        "url": row.url,
        "up": row.up,
        "since": iso(row.since),
        "last_probe_at": iso(row.last_probe_at),
        "monitored_since": iso(row.monitored_since),
        "last_error": row.last_error,
        "last_status_code": row.last_status_code,
        "last_response_time_seconds": row.last_response_time_seconds,
        "tls_expires_at": iso(row.tls_expires_at),
        "compliance_score": row.compliance_score,
        "uptime": {f"{name}": value for name, value in row.uptime.items()},
    }
