"""What one ``/metrics`` scrape of the leader costs at N portals: the library's text against ours.

    .venv/bin/python -m bench.scrape                     # 340 and 2,000 portals, SQLite
    .venv/bin/python -m bench.scrape --portals 2000 --db postgresql+psycopg://postgres@127.0.0.1/postgres

Seeds a fresh database with N portals, each with a probe state and a verdict on every catalogue
section (as after a crawl), builds the service's registry (as ``build_registry`` does, with a
probe histogram per portal as a running leader has, and the clock held), and times
``prometheus_client.generate_latest`` against ``monitor.service.exposition.render`` (what
``/metrics`` serves) in turns, checking that both give the same bytes. Prints a Markdown table
of medians: seconds a scrape, series, bytes.
A PostgreSQL URL gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from prometheus_client import CollectorRegistry, generate_latest  # noqa: E402
from sqlalchemy import create_engine, insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from monitor.config import Config  # noqa: E402
from monitor.report.sections import catalogue  # noqa: E402
from monitor.service.exposition import render  # noqa: E402
from monitor.service.metrics import ProcessMetrics, StateCollector  # noqa: E402
from monitor.store import repo  # noqa: E402
from monitor.store.db import open_database, transaction  # noqa: E402
from monitor.store.models import PortalState, SectionState  # noqa: E402

STATUSES = ("ok", "ok", "ok", "outdated", "empty", "missing", "broken", "not_applicable")


def seed(url: str, portals: int) -> None:
    """N portals with a probe state and a verdict on every section."""
    engine, factory = open_database(url)
    config = Config.model_validate(
        {
            "portals": [
                {
                    "slug": f"muni-{n:04d}",
                    "name": f"Municipalidad {n}",
                    "url": f"https://muni-{n:04d}.laip.gt/",
                    "department": f"Departamento {n % 22}",
                }
                for n in range(portals)
            ]
        }
    )
    now = dt.datetime.now(dt.UTC)
    sections = list(catalogue())
    with transaction(factory) as session:
        ids = repo.sync_portals(session, config.portals)
        session.execute(
            insert(PortalState),
            [
                {
                    "portal_id": pid,
                    "up": True,
                    "since": now,
                    "last_probe_at": now,
                    "last_status_code": 200,
                    "last_response_time_seconds": 0.2,
                    "tls_expires_at": now + dt.timedelta(days=60),
                    "last_crawl_at": now,
                    "compliance_score": 0.7,
                    "compliance_weighted_score": 0.65,
                    "crawled_pages": 30,
                    "crawl_duration_seconds": 12.5,
                }
                for pid in ids.values()
            ],
        )
        session.execute(
            insert(SectionState),
            [
                {
                    "portal_id": pid,
                    "section_id": section,
                    "status": STATUSES[(pid + k) % len(STATUSES)],
                    "since": now,
                    "crawl_id": 1,
                    "last_updated": dt.date(2026, 10, 31) if (pid + k) % 3 else None,
                    "checked_at": now,
                }
                for pid in ids.values()
                for k, section in enumerate(sections)
            ],
        )
    engine.dispose()


def measure(url: str, portals: int, runs: int) -> dict[str, float]:
    seed(url, portals)
    engine, factory = open_database(url)
    # The service's registry (``build_registry``) with the clock held, so both texts are equal.
    now = dt.datetime.now(dt.UTC)
    registry = CollectorRegistry(auto_describe=True)
    registry.register(StateCollector(lambda: factory, now=lambda: now))
    metrics = ProcessMetrics(registry)
    for n in range(portals):
        metrics.know_portal(f"muni-{n:04d}")
        metrics.probe_duration.labels(f"muni-{n:04d}").observe(0.2)
    library: list[float] = []
    ours: list[float] = []
    body = b""
    for _ in range(runs):
        began = time.perf_counter()
        expected = generate_latest(registry)
        library.append(time.perf_counter() - began)
        began = time.perf_counter()
        body = render(registry)
        ours.append(time.perf_counter() - began)
        if body != expected:
            raise SystemExit("render and generate_latest disagree")
    engine.dispose()
    return {
        "library": statistics.median(library),
        "ours": statistics.median(ours),
        "series": float(sum(1 for line in body.splitlines() if not line.startswith(b"#"))),
        "bytes": float(len(body)),
    }


def fresh_database(base: str | None, portals: int, directory: Path) -> tuple[str, str | None]:
    """A URL of an empty database and, for PostgreSQL, the name to drop afterwards."""
    if base is None:
        return f"sqlite:///{directory / f'scrape-{portals}.db'}", None
    name = f"laip_scrape_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False), name


def drop(base: str, name: str) -> None:
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--portals", type=int, nargs="+", default=[340, 2000])
    parser.add_argument("--db", help="PostgreSQL URL (a fresh database per size)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print("| portals | series | MB | generate_latest s | render s | ratio |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as directory:
        for portals in args.portals:
            url, name = fresh_database(args.db, portals, Path(directory))
            try:
                got = measure(url, portals, args.runs)
            finally:
                if name is not None and args.db is not None:
                    drop(args.db, name)
            print(
                f"| {portals:,} | {got['series']:,.0f} | {got['bytes'] / 1e6:.1f} "
                f"| {got['library']:.2f} | {got['ours']:.2f} | {got['ours'] / got['library']:.2f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
