"""``check`` when storage fails mid-run: everything the database took is kept, what it did not take
is counted in one line on stderr, and the exit status is non-zero; never a traceback.

PostgreSQL is a private instance stopped while ``check`` crawls; the full disk is a small tmpfs.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from monitor.compliance.catalog import load_catalog
from monitor.store.models import CrawlRun, ProbeRun
from tests.compliance.fleet.fleet import build_fleet
from tests.compliance.fleet.server import LoopbackServer
from tests.probes.servers import closed_port
from tests.support.postgres_instance import PostgresInstance, private_postgres  # noqa: F401

REPO = Path(__file__).resolve().parents[2]


def portal_lines(slug: str, url: str) -> list[str]:
    return ["[[portals]]", f'slug = "{slug}"', f'name = "Municipalidad {slug}"', f'url = "{url}"']


def counts(url: str) -> tuple[int, int]:
    """(probe rows, complete crawls) stored."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            probes = conn.execute(select(func.count()).select_from(ProbeRun)).scalar_one()
            crawls = conn.execute(
                select(func.count()).select_from(CrawlRun).where(CrawlRun.status == "complete")
            ).scalar_one()
    finally:
        engine.dispose()
    return int(probes), int(crawls)


def check(config: Path, db: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", "check", "--json", "--config", str(config), "--db", db],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


@pytest.fixture
def slow_fleet() -> Iterator[list[str]]:
    """Twelve fixture portals whose pages each take a little while (crawls overlap the stop)."""
    import datetime as dt

    base = build_fleet(load_catalog(), dt.date.today(), other_host="127.0.0.2")[0].routes
    routes = {path: dataclasses.replace(r, delay=0.05) for path, r in base.items()}
    servers = [LoopbackServer(routes).__enter__() for _ in range(12)]
    try:
        yield [server.url + "/" for server in servers]
    finally:
        for server in servers:
            server.__exit__(None, None, None)


@pytest.mark.slow
def test_postgresql_stopping_mid_check_keeps_what_was_stored_and_says_what_was_not(
    tmp_path: Path,
    private_postgres: PostgresInstance,  # noqa: F811
    slow_fleet: list[str],
) -> None:
    lines = ["[monitor]", 'timeout = "2s"', "[crawl]", "processes = 1", "parallel_portals = 2"]
    for index, url in enumerate(slow_fleet):
        lines += portal_lines(f"muni{index}", url)
    config = tmp_path / "portals.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = private_postgres.url

    run = check(config, db)
    try:
        deadline = time.monotonic() + 120
        while counts_or_zero(db)[1] < 2:  # some crawls are stored, most are still to come
            assert run.poll() is None, run.communicate()
            assert time.monotonic() < deadline, "no crawl was stored in time"
            time.sleep(0.1)
        private_postgres.stop()
        stdout, stderr = run.communicate(timeout=300)
    finally:
        if run.poll() is None:
            run.kill()
            run.communicate()
    assert run.returncode == 1, stderr
    assert "Traceback" not in stderr
    error_lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1, stderr
    assert error_lines[0].startswith("laip-monitor: error: ")
    assert "could not be stored" in error_lines[0]
    unstored = int(error_lines[0].split("error: ", 1)[1].split()[0])
    report = json.loads(stdout)
    assert len(report["portals"]) == 12
    judged = sum(1 for entry in report["portals"] if entry["compliance"] is not None)

    private_postgres.start()
    probes, crawls = counts(db)
    assert probes == 12  # the probes were all stored before the stop
    assert crawls >= 2
    assert crawls + unstored == judged  # every crawl judged is stored or counted as lost


def counts_or_zero(url: str) -> tuple[int, int]:
    try:
        return counts(url)
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return (0, 0)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MiB tmpfs (root only: CI runs as root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.slow
def test_a_full_disk_mid_check_keeps_what_was_stored_and_says_what_was_not(
    tmp_path: Path, small_disk: Path
) -> None:
    lines = ["[monitor]", 'timeout = "2s"']
    port = closed_port()
    for index in range(300):
        lines += portal_lines(f"muni{index:03d}", f"http://127.0.0.1:{port}/p{index}")
    config = tmp_path / "portals.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = f"sqlite:///{small_disk}/laip.db"
    first = check(config, db)
    _, first_errors = first.communicate(timeout=300)
    assert first.returncode == 0, first_errors  # the registry and a first round fit
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    (small_disk / "filler").write_bytes(b"\0" * max(0, free - 48 * 1024))  # ~48 KiB left

    run = check(config, db)
    stdout, stderr = run.communicate(timeout=300)
    assert run.returncode == 1, stderr
    assert "Traceback" not in stderr
    error_lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1, stderr
    assert "could not be stored" in error_lines[0]
    assert "full" in error_lines[0]
    unstored = int(error_lines[0].split("error: ", 1)[1].split()[0])
    assert len(json.loads(stdout)["portals"]) == 300

    (small_disk / "filler").unlink()
    probes, _ = counts(db)
    assert probes - 300 + unstored == 300  # the second round: each probe stored or counted
