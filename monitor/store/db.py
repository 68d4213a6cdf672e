"""Engine, sessions and schema migration to Alembic head.

One synchronous engine per process; async jobs reach it through ``asyncio.to_thread``.
SQLite runs in WAL mode with foreign keys on; PostgreSQL uses ``postgresql+psycopg://``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import DatabaseError, one_line

# Inside the package, so that a wheel install (``pip install .``) migrates too.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def normalise_url(url: str) -> str:
    """Use the psycopg (v3) driver for bare ``postgresql://`` URLs."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def redact(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid database URL>"


def create_db_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; DatabaseError (one line) when the URL is unusable."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"database URL {url!r} is not a valid SQLAlchemy URL") from None
    options: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        options["connect_args"] = {"timeout": 30, "check_same_thread": False}
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    else:
        options["pool_pre_ping"] = True
        options["connect_args"] = {"connect_timeout": 10}
    options.update(kwargs)
    try:
        engine = create_engine(url, **options)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"database URL {redact(url)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded attributes after commit (results outlive the session)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work commits on success and rolls back on any error."""
    with factory() as session, session.begin():
        yield session


def alembic_config(engine: Engine | None = None) -> AlembicConfig:
    """Alembic configuration for the package's migrations; reuses ``engine`` when given."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
        cfg.attributes["engine"] = engine
    return cfg


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest migration; DatabaseError when the database refuses."""
    try:
        with engine.begin() as connection:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise DatabaseError(f"database {redact(str(engine.url))}: {one_line(exc)}") from None
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"database {redact(str(engine.url))}: migration failed: {one_line(exc)}"
        ) from None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_database(url: str, *, migrate: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory for ``url``, upgraded to head unless ``migrate`` is False."""
    engine = create_db_engine(url)
    if migrate:
        upgrade_to_head(engine)
    return engine, session_factory(engine)
