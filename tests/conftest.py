"""Shared fixtures: a fresh database per test on SQLite and on the real PostgreSQL.

PostgreSQL is mandatory: when it cannot be reached the PostgreSQL-backed tests fail (not skip),
unless ``LAIP_TEST_POSTGRES=skip`` is set explicitly on a machine without it. CI never sets it.
Each test gets its own PostgreSQL database, so parallel runs never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ADMIN_URL = os.environ.get(
    "LAIP_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_error() -> str | None:
    engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return str(exc).splitlines()[0]
    finally:
        engine.dispose()
    return None


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """The URL of the maintenance database; fails the test when PostgreSQL is unreachable."""
    error = _postgres_error()
    if error is not None:
        if os.environ.get("LAIP_TEST_POSTGRES") == "skip":
            pytest.skip(f"PostgreSQL unreachable and LAIP_TEST_POSTGRES=skip: {error}")
        pytest.fail(
            f"PostgreSQL at {make_url(PG_ADMIN_URL).render_as_string()} is required: {error}",
            pytrace=False,
        )
    return PG_ADMIN_URL


def create_postgres_database(admin_url: str) -> str:
    """Create an empty database for one test and return its URL."""
    name = f"laip_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(admin_url: str, url: str) -> None:
    """Drop a test database, ending any connection still open on it."""
    name = make_url(url).database
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": name},
        )
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test."""
    url = create_postgres_database(postgres_admin_url)
    try:
        yield url
    finally:
        drop_postgres_database(postgres_admin_url, url)


@pytest.fixture
def sqlite_url(tmp_path: os.PathLike[str]) -> str:
    """A fresh SQLite database file for this test."""
    return f"sqlite:///{os.fspath(tmp_path)}/laip-test.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each storage test runs twice: on SQLite and on the real PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture(autouse=True)
def _no_db_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose their database explicitly; an exported LAIP_MONITOR_DB_URL must not leak in."""
    monkeypatch.delenv("LAIP_MONITOR_DB_URL", raising=False)


@pytest.fixture(autouse=True)
def _evidence_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: os.PathLike[str]) -> None:
    """Crawls archive their evidence under the test's own directory, never in the checkout."""
    monkeypatch.setenv("LAIP_MONITOR_EVIDENCE_DIR", os.path.join(tmp_path, "evidence"))
