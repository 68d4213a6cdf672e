"""Fixtures: the public site published from four months of seeded history."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from monitor.opendata.export import export_month
from monitor.opendata.periods import Month
from monitor.publish.site import SiteResult, publish_site
from tests.opendata import seed


@dataclass(frozen=True)
class Site:
    result: SiteResult
    seeded: seed.Seeded

    @property
    def root(self) -> Path:
        return self.result.out


def publish(url: str, out: Path) -> Site:
    seeded = seed.seed_database(url)
    try:
        site = Site(publish_site(seeded.config, seeded.factory, out, seed.NOW), seeded)
        for month in site.result.months:  # what ``export --month`` writes, for comparison
            key = Month.parse(month, seeded.config.report.timezone)
            export_month(
                seeded.config, seeded.factory, key, out.parent / "export" / month, seed.NOW
            )
        return site
    finally:
        seeded.factory.kw["bind"].dispose()


@pytest.fixture
def site(db_url: str, tmp_path: Path) -> Site:
    """The site, published from SQLite and from PostgreSQL."""
    return publish(db_url, tmp_path / "publico")


@pytest.fixture
def sqlite_site(sqlite_url: str, tmp_path: Path) -> Site:
    return publish(sqlite_url, tmp_path / "publico")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def served(sqlite_site: Site) -> Iterator[tuple[str, Site]]:
    """The site on a plain static web server on loopback: ``(base URL, site)``."""
    handler = partial(_Quiet, directory=str(sqlite_site.root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", sqlite_site
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
