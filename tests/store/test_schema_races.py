"""A schema newer than the code, and two first runs on one new database at the same time."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from monitor.store.db import _use_wal, create_db_engine, head_revision, open_database
from monitor.store.models import Portal

NEWER = "f00dfacefeed"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _config(tmp_path: Path, portals: int = 6) -> Path:
    dead = _free_port()  # nothing listens: every probe is a quick 'connect' failure
    lines = ["[monitor]", 'timeout = "2s"']
    for index in range(portals):
        lines += [
            "[[portals]]",
            f'slug = "muni{index}"',
            f'name = "Muni {index}"',
            f'url = "http://127.0.0.1:{dead}/"',
            "crawl = false",
        ]
    path = tmp_path / "portals.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "monitor", *args]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "LAIP_MONITOR_DB_URL"}


def test_a_database_migrated_by_a_newer_version_is_one_line_naming_both_revisions(
    tmp_path: Path, db_url: str
) -> None:
    engine, _ = open_database(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": NEWER})
    engine.dispose()
    config = _config(tmp_path, portals=1)
    options = ["--config", str(config), "--db", db_url]
    commands = [
        ["status"],
        ["check", "--no-crawl", "--json"],
        ["db", "upgrade"],
        ["db", "current"],
        ["db", "prune"],
        ["report", "status"],
        ["explain", "muni0"],
    ]
    for command in commands:
        result = subprocess.run(
            _command(*command, *options),
            capture_output=True,
            text=True,
            timeout=60,
            env=_env(),
            check=False,
        )
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (command, result.stderr)
        assert NEWER in lines[0] and head_revision() in lines[0], lines[0]
        assert "newer" in lines[0]
        assert result.stdout == ""


@pytest.mark.slow
def test_serve_on_a_newer_schema_exits_2_with_that_line(tmp_path: Path, sqlite_url: str) -> None:
    engine, _ = open_database(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": NEWER})
    engine.dispose()
    config = _config(tmp_path, portals=1)
    listen = f"127.0.0.1:{_free_port()}"
    result = subprocess.run(
        _command("serve", "--config", str(config), "--db", sqlite_url, "--listen", listen),
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        check=False,
    )
    assert result.returncode == 2, result.stderr
    errors = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert errors and NEWER in errors[-1] and head_revision() in errors[-1]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("attempt", range(3))
def test_two_first_runs_on_a_new_database_at_the_same_time_both_succeed(
    tmp_path: Path, db_url: str, attempt: int
) -> None:
    config = _config(tmp_path)
    start = threading.Barrier(2)
    results: list[subprocess.CompletedProcess[str]] = []

    def run() -> None:
        start.wait()
        results.append(
            subprocess.run(
                _command("check", "--no-crawl", "--config", str(config), "--db", db_url),
                capture_output=True,
                text=True,
                timeout=120,
                env=_env(),
                check=False,
            )
        )

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    engine = create_db_engine(db_url)
    with engine.connect() as connection:
        slugs = connection.execute(select(Portal.slug)).scalars().all()
    engine.dispose()
    assert sorted(slugs) == [f"muni{i}" for i in range(6)]


class _Cursor:
    """A sqlite3 cursor whose database answers "locked" a given number of times."""

    def __init__(self, locked_answers: int, mode: str = "delete") -> None:
        self.locked_answers = locked_answers
        self.mode = mode
        self.statements: list[str] = []

    def execute(self, statement: str) -> _Cursor:
        self.statements.append(statement)
        if self.locked_answers:
            self.locked_answers -= 1
            raise sqlite3.OperationalError("database is locked")
        if statement == "PRAGMA journal_mode=WAL":
            self.mode = "wal"
        return self

    def fetchone(self) -> tuple[str]:
        return (self.mode,)


def test_a_new_database_locked_while_another_process_creates_its_wal_is_asked_again() -> None:
    cursor = _Cursor(locked_answers=3)
    pauses: list[float] = []
    _use_wal(cursor, pauses.append)  # type: ignore[arg-type]
    assert cursor.mode == "wal"
    assert len(pauses) == 3 and pauses == sorted(pauses)


def test_a_database_already_in_wal_mode_is_only_read() -> None:
    cursor = _Cursor(locked_answers=0, mode="wal")
    _use_wal(cursor, lambda _: None)  # type: ignore[arg-type]
    assert cursor.statements == ["PRAGMA journal_mode"]


def test_an_error_other_than_locked_is_not_retried() -> None:
    class Broken(_Cursor):
        def execute(self, statement: str) -> _Cursor:
            raise sqlite3.OperationalError("disk I/O error")

    pauses: list[float] = []
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _use_wal(Broken(0), pauses.append)  # type: ignore[arg-type]
    assert pauses == []
