"""``laip-monitor demo``: check sample portals served on loopback, then show where to look."""

from __future__ import annotations

import signal
import threading
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from monitor.cli.app import app
from monitor.cli.common import stderr, stdout
from monitor.store.crawls import latest_verdicts
from monitor.store.db import open_database
from monitor.store.models import utcnow
from monitor.store.repo import portal_statuses

if TYPE_CHECKING:
    from monitor.demo.run import DemoResult

STATUSES = ("ok", "outdated", "empty", "broken", "missing", "not_applicable", "unknown")


@app.command()
def demo(
    directory: Annotated[
        Path, typer.Option("--dir", help="Where the demo writes its config, database and e-mails.")
    ] = Path("laip-demo"),
    keep_serving: Annotated[
        bool,
        typer.Option(
            "--keep-serving",
            help="Keep the sample portals answering until Ctrl-C (to try `serve` against them).",
        ),
    ] = False,
) -> None:
    """Serve sample portals on loopback, check them into a demo database, and show where to look.

    Needs no internet: the portals run inside this process on 127.0.0.1.
    """
    stderr.print("Serving 5 sample portals on 127.0.0.1 and checking them…")
    from monitor.demo.run import run_demo  # its server and report packages: for the demo only

    result = run_demo(directory, keep_serving=_wait_for_ctrl_c if keep_serving else None)
    stdout.print(_table(result))
    stdout.print(f"\nConfig: {result.config}\nDatabase: {result.database_url}")
    stdout.print(f"E-mail previews: {result.directory / 'correo'} ({len(result.previews)} files)\n")
    stdout.print("Where to look:")
    for what, command in result.commands():
        stdout.print(f"  # {what}", markup=False)
        stdout.print(f"  {command}", markup=False, soft_wrap=True)
    if not keep_serving:
        stdout.print(
            "\nThe sample portals stopped with the demo: `serve` will find them down. "
            "Run `laip-monitor demo --keep-serving` to keep them up.",
            markup=False,
        )


def _wait_for_ctrl_c() -> None:
    """Block until Ctrl-C or SIGTERM, then let the demo stop its portals and print its summary."""
    stderr.print("The sample portals keep answering; press Ctrl-C to stop them.")
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


def _table(result: DemoResult) -> Table:
    engine, factory = open_database(result.database_url, migrate=False)
    try:
        with factory() as session:
            states = {row.slug: row for row in portal_statuses(session, utcnow())}
            counts = {
                p.slug: Counter(v.status for v in latest_verdicts(session, p.slug, None))
                for p in result.portals
            }
    finally:
        engine.dispose()
    table = Table(title="Sample portals (verdicts per status)", show_edge=False)
    table.add_column("portal", no_wrap=True)
    table.add_column("layout", no_wrap=True)
    table.add_column("state", no_wrap=True)
    for status in STATUSES:
        table.add_column(status.replace("_", " "), justify="right")
    for portal in result.portals:
        state = states.get(portal.slug)
        up = state is not None and state.up
        table.add_row(
            portal.slug,
            portal.layout,
            "[green]up[/]" if up else "[red]down[/]",
            *(str(counts[portal.slug][status]) for status in STATUSES),
        )
    return table
