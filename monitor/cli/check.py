"""``laip-monitor check``: probe (and crawl) now, store the results, print a table or JSON."""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
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
    print_json,
    stderr,
    stdout,
)
from monitor.config import Config
from monitor.probes.result import ProbeResult
from monitor.runner import CheckReport, run_check

PortalOption = Annotated[
    list[str] | None,
    typer.Option("--portal", "-p", help="Check only this portal (slug); repeatable."),
]


@app.command()
def check(
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    portal: PortalOption = None,
    json: JsonOption = False,
) -> None:
    """Probe every portal now, store the results and print them.

    Exit status is 0 even when portals are down; non-zero only for usage, config or database errors.
    """
    cfg = load(config, db)
    portals = cfg.select(portal)
    with open_db(cfg) as factory, _progress(len(portals)) as progress:
        task = progress.add_task("probing", total=len(portals))

        def advance(result: ProbeResult) -> None:
            progress.advance(task)

        report = asyncio.run(run_check(cfg, factory, portals, on_probe=advance))
    if json:
        print_json(report_json(report))
    else:
        stdout.print(_table(cfg, report))


def report_json(report: CheckReport) -> dict[str, Any]:
    """The ``check --json`` contract: ``checked_at`` and one object per portal, in config order."""
    portals = []
    for portal in report.portals:
        probe = report.probes[portal.slug]
        entry: dict[str, Any] = {
            "slug": portal.slug,
            "name": portal.name,
            "department": portal.department,
            "url": portal.url,
        }
        entry.update(probe.to_json(now=report.checked_at))
        entry["compliance"] = None
        portals.append(entry)
    return {"checked_at": iso(report.checked_at), "portals": portals}


def _table(cfg: Config, report: CheckReport) -> Table:
    table = Table(title=f"laip-monitor check — {iso(report.checked_at)}")
    for column in ("portal", "state", "error", "HTTP", "time", "TLS days", "url"):
        table.add_column(column, no_wrap=column in ("portal", "state"), overflow="fold")
    for portal in report.portals:
        probe = report.probes[portal.slug]
        state = "[green]up[/]" if probe.up else "[red]down[/]"
        days = probe.tls.days_left(report.checked_at) if probe.tls else None
        table.add_row(
            portal.slug,
            state,
            probe.error or "",
            str(probe.status_code or ""),
            f"{probe.response_time_seconds:.2f}s" if probe.response_time_seconds else "",
            "" if days is None else str(days),
            probe.final_url or portal.url,
        )
    return table


def _progress(total: int) -> Progress:
    """A progress bar on stderr, shown only when stderr is a terminal."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        disable=not sys.stderr.isatty() or total == 0,
    )
