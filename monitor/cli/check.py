"""``laip-monitor check``: probe (and crawl) now, store the results, print a table or JSON."""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
    print_json,
    stderr,
    stdout,
)
from monitor.compliance.result import ComplianceResult
from monitor.pipeline.check import CheckReport, run_check
from monitor.pipeline.pool import crawl_pool
from monitor.probes.result import ProbeResult

PortalOption = Annotated[
    list[str] | None,
    typer.Option("--portal", "-p", help="Check only this portal (slug); repeatable."),
]


@app.command()
def check(
    config: ConfigOption = DEFAULT_CONFIG,
    db: DbOption = None,
    portal: PortalOption = None,
    no_crawl: Annotated[
        bool, typer.Option("--no-crawl", help="Probe reachability only; skip the compliance crawl.")
    ] = False,
    json: JsonOption = False,
) -> None:
    """Probe every portal now, crawl and judge those that are up, store and print the results.

    Exit status is 0 even when portals are down; non-zero only for usage, config or database errors.
    """
    cfg = load(config, db)
    portals = cfg.select(portal)
    # Crawl workers first, while this process runs one thread: they are forked (crawl_pool).
    with (
        crawl_pool(cfg, len(portals), crawl=not no_crawl) as pool,
        open_db(cfg) as factory,
        _progress(len(portals)) as progress,
    ):
        probing = progress.add_task("probing", total=len(portals))
        crawling = progress.add_task("crawling", total=None, visible=False)

        def probed(result: ProbeResult) -> None:
            progress.advance(probing)

        def crawl_started(count: int) -> None:
            progress.update(crawling, total=count, visible=count > 0)

        def crawled(result: ComplianceResult) -> None:
            progress.advance(crawling)

        report = asyncio.run(
            run_check(
                cfg,
                factory,
                portals,
                crawl=not no_crawl,
                on_probe=probed,
                on_crawl=crawled,
                on_crawl_start=crawl_started,
                pool=pool,
            )
        )
    if json:
        print_json(report_json(report))
    else:
        _print_table(report)
    if report.unstored:
        # Everything the database took is stored; say in one line what it did not take.
        reason = f": {report.store_error}" if report.store_error else ""
        print(
            f"laip-monitor: error: {report.unstored} results could not be stored "
            f"(database unavailable{reason}); the rest is stored",
            file=sys.stderr,
        )
        raise typer.Exit(1)


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
        compliance = report.compliance.get(portal.slug)
        entry["compliance"] = compliance.to_json() if compliance else None
        if portal.slug in report.crawl_skipped:
            entry["crawl_skipped"] = report.crawl_skipped[portal.slug]
        portals.append(entry)
    return {"checked_at": iso(report.checked_at), "portals": portals}


CHECK_COLUMNS = [
    Column("portal"),
    Column("state"),
    Column("error", 3),
    Column("HTTP", 4, "right"),
    Column("time", 5, "right"),
    Column("TLS days", 6, "right"),
    Column("score", 2, "right"),
    Column("url", 7),
]


def _print_table(report: CheckReport) -> None:
    rows = []
    for portal in report.portals:
        probe = report.probes[portal.slug]
        days = probe.tls.days_left(report.checked_at) if probe.tls else None
        rows.append(
            [
                portal.slug,
                "[green]up[/]" if probe.up else "[red]down[/]",
                probe.error or "",
                str(probe.status_code or ""),
                f"{probe.response_time_seconds:.2f}s" if probe.response_time_seconds else "",
                "" if days is None else str(days),
                _score(report.compliance.get(portal.slug)),
                escape(probe.final_url or portal.url),
            ]
        )
    title = f"laip-monitor check — {iso(report.checked_at)}"
    table, dropped = fit_table(title, CHECK_COLUMNS, rows, stdout.width)
    stdout.print(table)
    if dropped:
        stdout.print(f"Hidden to fit {stdout.width} columns: {', '.join(dropped)}.", markup=False)


def _score(result: ComplianceResult | None) -> str:
    if result is None:
        return ""
    if result.score is None:
        return "unknown"
    counts = Counter(verdict.status for verdict in result.verdicts)
    return f"{result.score * 100:.0f}% ({counts['ok']} ok)"


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
