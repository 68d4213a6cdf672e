"""How big the database stays with retention: a year of 5-minute probes of a fleet.

A year of probes of 340 portals every 5 minutes is 35.7 M raw rows. With retention (90 days by
default) only the newest 90 days stay raw; older days are one ``probe_daily`` row per portal. The
script builds that steady state directly instead of inserting 35.7 M rows and deleting most:

1. ``days - raw_days - rollup_days`` days of synthetic ``probe_daily`` rows (what retention leaves),
2. ``raw_days + rollup_days`` days of realistic raw probes (phases JSON, TLS facts, body hash),
3. a timed ``rollup_and_prune(now - raw_days)``, which rolls the ``rollup_days`` oldest raw days up
   (the daily job's work, and its throughput),

then reports the database size, the bytes per raw and per daily row, and what a year would take
without retention (bytes per raw row x 35.7 M, extrapolated from the measured rows).

    .venv/bin/python bench/retention_size.py                      # SQLite in a temporary dir
    .venv/bin/python bench/retention_size.py --postgres postgresql+psycopg://postgres@127.0.0.1/postgres
    .venv/bin/python bench/retention_size.py --portals 34 --raw-days 9   # a quick smoke run

SQLite never shrinks its file on DELETE: freed pages are reused by the next day's probes, so the
file stays at its high-water mark (about raw_days + 1 days of raw rows); ``live`` is what the
data occupies. PostgreSQL likewise reuses the space after autovacuum.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.config import PortalConfig  # noqa: E402
from monitor.store import repo  # noqa: E402
from monitor.store.db import open_database, transaction  # noqa: E402
from monitor.store.models import ProbeDaily, ProbeRun  # noqa: E402
from monitor.store.retention import rollup_and_prune  # noqa: E402

DAY = dt.timedelta(days=1)
CHUNK = 20_000


def raw_rows(
    ids: list[int], start: dt.datetime, days: int, interval: int, rng: random.Random
) -> Iterator[dict[str, Any]]:
    """Probes as the real prober stores them: mostly up, a few outages with error classes."""
    per_day = 86400 // interval
    expires = start + 200 * DAY
    for step in range(days * per_day):
        at = start + dt.timedelta(seconds=step * interval)
        for portal_id in ids:
            up = rng.random() > 0.02
            latency = rng.lognormvariate(-1.2, 0.6)
            body = f"{portal_id}:{step // 288}".encode()
            yield {
                "portal_id": portal_id,
                "started_at": at + dt.timedelta(milliseconds=portal_id * 37 % 60_000),
                "up": up,
                "error": None if up else rng.choice(["connect", "timeout", "http_status"]),
                "error_detail": None if up else "connection refused by 203.0.113.10:443",
                "status_code": 200 if up else None,
                "final_url": f"https://muni{portal_id}.gob.gt/transparencia/",
                "response_time_seconds": round(latency, 4),
                "phases": {
                    "dns": round(latency * 0.1, 4),
                    "connect": round(latency * 0.2, 4),
                    "tls": round(latency * 0.3, 4),
                    "first_byte": round(latency * 0.9, 4),
                },
                "redirects": 1,
                "tls_expires_at": expires,
                "tls_issuer": "C=US, O=Let's Encrypt, CN=R11",
                "body_bytes": 48_000 + portal_id,
                "body_sha256": hashlib.sha256(body).hexdigest(),
                "truncated": False,
            }


def daily_rows(
    ids: list[int], first: dt.date, days: int, per_day: int, rng: random.Random
) -> Iterator[dict[str, Any]]:
    """What retention leaves for a day: one aggregate per portal."""
    for offset in range(days):
        for portal_id in ids:
            up = per_day - rng.randint(0, 8)
            yield {
                "portal_id": portal_id,
                "day": first + dt.timedelta(days=offset),
                "probes": per_day,
                "up_probes": up,
                "counted_probes": per_day,
                "latency_p50_seconds": round(rng.uniform(0.2, 0.5), 4),
                "latency_p95_seconds": round(rng.uniform(0.6, 2.0), 4),
                "latency_max_seconds": round(rng.uniform(2.0, 10.0), 4),
                "incidents": rng.randint(0, 1),
            }


def insert_all(engine: Engine, table: Any, rows: Iterator[dict[str, Any]]) -> int:
    """Insert in chunks, one transaction each (COPY on PostgreSQL); how many rows."""
    count = 0
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            count += _insert_chunk(engine, table, chunk)
            chunk = []
    if chunk:
        count += _insert_chunk(engine, table, chunk)
    return count


def _insert_chunk(engine: Engine, table: Any, chunk: list[dict[str, Any]]) -> int:
    if engine.dialect.name != "postgresql":
        with engine.begin() as conn:
            conn.execute(insert(table), chunk)
        return len(chunk)
    # executemany costs ~30 us a row through the driver; COPY is several times faster.
    columns = list(chunk[0])
    raw = engine.raw_connection()
    try:
        with raw.cursor() as cursor:  # type: ignore[attr-defined]
            statement = f"COPY {table.__tablename__} ({', '.join(columns)}) FROM STDIN"
            with cursor.copy(statement) as copy:
                for row in chunk:
                    copy.write_row([_copy_value(row[c]) for c in columns])
        raw.commit()
    finally:
        raw.close()
    return len(chunk)


def _copy_value(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict) else value


def sizes(engine: Engine) -> dict[str, int]:
    """Bytes used: the whole database (``total``), live data, and per table with its indexes."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            page = conn.execute(text("PRAGMA page_size")).scalar_one()
            pages = conn.execute(text("PRAGMA page_count")).scalar_one()
            free = conn.execute(text("PRAGMA freelist_count")).scalar_one()
            query = text("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")
            by_name = {name: int(size) for name, size in conn.execute(query)}
            tables = {
                "probe_runs": sum(v for k, v in by_name.items() if "probe_runs" in k),
                "probe_daily": sum(v for k, v in by_name.items() if "probe_daily" in k),
            }
            return {"total": page * pages, "live": page * (pages - free), **tables}
        conn.execute(text("ANALYZE"))
        total = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        tables = {
            name: conn.execute(text(f"SELECT pg_total_relation_size('{name}')")).scalar_one()
            for name in ("probe_runs", "probe_daily")
        }
        return {"total": total, "live": total, **tables}


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def mib(value: float) -> str:
    return f"{value / 2**20:,.1f} MiB"


def run(url: str, args: argparse.Namespace) -> None:
    rng = random.Random(57_2008)
    engine, factory = open_database(url)
    portals = [
        PortalConfig(slug=f"muni{i:04d}", name=f"Municipalidad {i}", url=f"https://muni{i}.gob.gt/")
        for i in range(args.portals)
    ]
    with transaction(factory) as session:
        ids = sorted(repo.sync_portals(session, portals).values())
    per_day = 86400 // args.interval
    today = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    raw_span = args.raw_days + args.rollup_days
    daily_span = args.days - raw_span
    first_raw = today - raw_span * DAY

    began = time.perf_counter()
    n_daily = insert_all(engine, ProbeDaily, daily_rows(ids, (today - args.days * DAY).date(),
                                                        daily_span, per_day, rng))  # fmt: skip
    n_raw = insert_all(engine, ProbeRun, raw_rows(ids, first_raw, raw_span, args.interval, rng))
    load_seconds = time.perf_counter() - began
    before = sizes(engine)

    began = time.perf_counter()
    cpu = time.process_time()
    with factory() as session:
        report = rollup_and_prune(session, today - args.raw_days * DAY)
    retention_seconds = time.perf_counter() - began
    retention_cpu = time.process_time() - cpu
    after = sizes(engine)
    raw_left = count(engine, "probe_runs")
    daily_left = count(engine, "probe_daily")
    engine.dispose()

    year_rows = args.portals * per_day * args.days
    raw_bytes = after["probe_runs"] / raw_left
    daily_bytes = after["probe_daily"] / daily_left
    print(f"database: {engine.dialect.name} ({engine.url.render_as_string()})")
    print(f"fleet: {args.portals} portals, a probe every {args.interval}s, {args.days} days "
          f"= {year_rows:,} probes; retention {args.raw_days} days")  # fmt: skip
    print(f"loaded {n_daily:,} daily rows ({daily_span} days) and {n_raw:,} raw probes "
          f"({raw_span} days) in {load_seconds:.0f}s")  # fmt: skip
    print(f"retention: {report.describe()}")
    print(f"retention took {retention_seconds:.1f}s wall, {retention_cpu:.1f}s CPU: "
          f"{report.deleted / retention_seconds:,.0f} raw rows/s")  # fmt: skip
    print(f"after retention: {raw_left:,} raw probes, {daily_left:,} daily rows")
    print(f"size before retention: {mib(before['total'])}; after: {mib(after['total'])} "
          f"(live data {mib(after['live'])})")  # fmt: skip
    print(f"  probe_runs + indexes: {mib(after['probe_runs'])} ({raw_bytes:,.0f} B per raw row)")
    print(f"  probe_daily + indexes: {mib(after['probe_daily'])} ({daily_bytes:,.0f} B per row)")
    print(f"without retention a year would need about {mib(raw_bytes * year_rows)} of raw probes")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--portals", type=int, default=340)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--raw-days", type=int, default=90, help="the retention age")
    parser.add_argument("--rollup-days", type=int, default=1, help="raw days for retention to do")
    parser.add_argument("--interval", type=int, default=300, help="seconds between probes")
    parser.add_argument(
        "--postgres", metavar="ADMIN_URL", help="use PostgreSQL: a fresh database is made there"
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    if args.postgres:
        name = f"laip_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
        try:
            run(url, args)
        finally:
            if not args.keep:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        return
    directory = tempfile.mkdtemp(prefix="laip-retention-")
    path = Path(directory) / "bench.db"
    try:
        run(f"sqlite:///{path}", args)
        print(f"SQLite file: {mib(os.path.getsize(path))}")
    finally:
        if not args.keep:
            for leftover in Path(directory).iterdir():
                leftover.unlink()
            os.rmdir(directory)


if __name__ == "__main__":
    main()
