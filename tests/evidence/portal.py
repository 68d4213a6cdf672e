"""One fixture portal on loopback, checked with the real CLI (review and evidence tests)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.compliance.assess import guatemala_today
from monitor.compliance.catalog import load_catalog
from tests.compliance.fleet.fleet import FixturePortal, build_fleet
from tests.compliance.fleet.server import LoopbackServer

runner = CliRunner()


@dataclass
class Served:
    portal: FixturePortal
    server: LoopbackServer
    options: list[str]
    evidence: Path

    @property
    def slug(self) -> str:
        return self.portal.slug

    def cli(self, *args: str) -> Any:
        """Run ``laip-monitor ARGS`` on this portal's config and database."""
        return runner.invoke(app, [*args, *self.options])

    def json(self, *args: str) -> Any:
        outcome = self.cli(*args, "--json")
        assert outcome.exit_code == 0, outcome.output
        return json.loads(outcome.stdout)

    def check(self) -> dict[str, Any]:
        payload = self.json("check")
        [portal] = payload["portals"]
        assert portal["compliance"] is not None, portal
        return dict(portal["compliance"])


@contextmanager
def served_portal(
    tmp_path: Path, db_url: str, design_index: int = 0, *, validators: bool = False
) -> Iterator[Served]:
    """Serve one fixture portal (a laip.gt-style 'numbered' design by default) and write a
    config for it whose evidence directory is ``tmp_path/evidence``. ``validators``: the server
    sends ETags and answers conditional requests with 304, as nginx does."""
    catalog = load_catalog()
    with LoopbackServer({}) as other_host:
        portal = build_fleet(catalog, guatemala_today(), other_host.url)[design_index]
        with LoopbackServer(portal.routes, validators=validators) as server:
            portal.server = server
            evidence = tmp_path / "evidence"
            config = tmp_path / "portals.toml"
            config.write_text(
                f'[monitor]\ntimeout = "5s"\n\n[crawl]\nprocesses = 1\n\n'
                f'[evidence]\ndir = "{evidence}"\n\n'
                f'[[portals]]\nslug = "{portal.slug}"\nname = "Municipalidad {portal.slug}"\n'
                f'url = "{server.url}/"\ncontacts = ["uip@{portal.slug}.example.gt"]\n',
                encoding="utf-8",
            )
            yield Served(portal, server, ["--config", str(config), "--db", db_url], evidence)


def current_week() -> str:
    year, week, _ = dt.datetime.now(dt.UTC).isocalendar()
    return f"{year}-W{week:02d}"
