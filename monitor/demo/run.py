"""Run the demo: serve the sample portals, check them twice (one goes down), write the e-mails."""

from __future__ import annotations

import asyncio
import datetime as dt
import shlex
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from monitor.compliance.assess import guatemala_today
from monitor.config import load_config
from monitor.demo.portals import DemoPortal, fleet
from monitor.demo.server import PortalServer
from monitor.pipeline.check import run_check
from monitor.report.periods import Week
from monitor.report.send import write_previews
from monitor.store.db import open_database
from monitor.store.models import utcnow


@dataclass
class DemoResult:
    """What the demo left behind and the commands that show it."""

    directory: Path
    config: Path
    database_url: str
    week: str
    portals: list[DemoPortal]
    previews: list[Path] = field(default_factory=list)

    def commands(self) -> list[tuple[str, str]]:
        """(what it shows, the exact command), in the order a newcomer should try them."""
        opts = f"--config {shlex.quote(str(self.config))} --db {shlex.quote(self.database_url)}"
        first = self.portals[0].slug
        down = next(p.slug for p in self.portals if p.goes_down)
        return [
            ("every portal's state and uptime", f"laip-monitor status {opts}"),
            ("why each numeral got its verdict", f"laip-monitor explain {first} {opts}"),
            ("a portal that went down keeps its verdicts", f"laip-monitor explain {down} {opts}"),
            (
                "the weekly e-mails (open the .html in a browser)",
                f"laip-monitor report weekly {opts} --week {self.week} "
                f"--out {shlex.quote(str(self.directory / 'correo'))}",
            ),
            (
                "the service and its metrics at http://127.0.0.1:9877/metrics",
                f"laip-monitor serve {opts} --listen 127.0.0.1:9877",
            ),
        ]


def write_config(directory: Path, portals: list[tuple[DemoPortal, str]], database_url: str) -> Path:
    """The demo's registry: its own database, short timeouts, portals flagged down at once."""
    lines = [
        "# laip-monitor demo: sample portals served on loopback by `laip-monitor demo`.",
        "[monitor]",
        f'database_url = "{database_url}"',
        'timeout = "5s"',
        "down_after = 1",
        'check_interval = "1m"',
        'crawl_interval = "1h"',
        "",
        "[crawl]",
        "processes = 1",
        'time_budget = "60s"',
        "",
    ]
    for portal, url in portals:
        lines += [
            "[[portals]]",
            f'slug = "{portal.slug}"',
            f'name = "{portal.name}"',
            f'department = "{portal.department}"',
            f'url = "{url}"',
            "contacts = []",
            "",
        ]
    path = directory / "portals.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run_demo(
    directory: Path,
    *,
    today: dt.date | None = None,
    keep_serving: Callable[[], None] | None = None,
) -> DemoResult:
    """Serve the fleet, check it, take one portal down, probe again, write the e-mail previews.

    ``keep_serving`` is called while the portals still answer (the CLI waits there for Ctrl-C).
    """
    today = today or guatemala_today()
    directory.mkdir(parents=True, exist_ok=True)
    database = (directory / "demo.db").resolve()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database_url = f"sqlite:///{database}"
    portals = fleet(today)
    with ExitStack() as stack:
        servers = {p.slug: stack.enter_context(PortalServer(p.routes)) for p in portals}
        config_path = write_config(
            directory, [(p, servers[p.slug].url) for p in portals], database_url
        )
        config = load_config(config_path)
        engine, factory = open_database(database_url)
        try:
            asyncio.run(run_check(config, factory, config.portals))
            for portal in portals:
                if portal.goes_down:
                    servers[portal.slug].stop()
            asyncio.run(run_check(config, factory, config.portals, crawl=False))
            now = utcnow()
            week = Week.containing(now, config.report.timezone)
            previews = write_previews(config, factory, directory / "correo", now=now, week=week)
        finally:
            engine.dispose()
        if keep_serving is not None:
            keep_serving()
    return DemoResult(directory, config_path, database_url, week.key, portals, previews)
