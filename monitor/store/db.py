"""Engine, sessions and schema migration to Alembic head.

One synchronous engine per process; async jobs reach it through ``asyncio.to_thread``.
SQLite runs in WAL mode with foreign keys on; PostgreSQL uses ``postgresql+psycopg://``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import DatabaseError, one_line
from monitor.secrets import redact_url, register_secret

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

# Alembic (and Mako, which it loads) is imported by the functions that migrate or read the
# schema revision, not with this module: the crawl worker processes open the database without
# migrating and so never need it (some 10 MB less in each of them).

# Inside the package, so that a wheel install (``pip install .``) migrates too.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def normalise_url(url: str) -> str:
    """Use the psycopg (v3) driver for bare ``postgresql://`` URLs."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def redact(url: str) -> str:
    """The URL with its password (also a ``?password=`` parameter) hidden, for messages and logs."""
    return redact_url(url)


def create_db_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; DatabaseError (one line) when the URL is unusable."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a non-numeric port is only noticed here or at connect
    except (ArgumentError, ValueError):
        raise DatabaseError(f"database URL {redact(url)!r} is not a valid SQLAlchemy URL") from None
    register_secret(parsed.password if isinstance(parsed.password, str) else None)
    for name in ("password", "sslpassword"):
        value = parsed.query.get(name)
        for item in (value,) if isinstance(value, str) else value or ():
            register_secret(item)
    options: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        options["connect_args"] = {"timeout": 30, "check_same_thread": False}
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            _check_sqlite_path(Path(database), redact(url))
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


def _check_sqlite_path(path: Path, shown: str) -> None:
    """A SQLite file must be creatable where it is: its directory exists and is a directory.

    Nothing is created but the file itself: a mistyped path is an error, not a new directory.
    """
    parent = path.expanduser().parent
    try:
        if path.expanduser().is_dir():
            raise DatabaseError(f"database {shown}: {path} is a directory, not a database file")
        if not parent.exists():
            raise DatabaseError(
                f"database {shown}: directory {parent} does not exist (create it, or fix the path)"
            )
        if not parent.is_dir():
            raise DatabaseError(f"database {shown}: {parent} is not a directory")
    except OSError as exc:
        raise DatabaseError(f"database {shown}: {exc.strerror or exc}") from None


# How long a SQLite connection waits for another process's lock, and how long it keeps trying
# to open a new database in WAL mode while another process is doing the same.
SQLITE_BUSY_SECONDS = 30.0


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_SECONDS * 1000)}")
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _use_wal(cursor: sqlite3.Cursor, pause: Callable[[float], None] = time.sleep) -> None:
    """Put the database in WAL mode, waiting out other processes that open it at the same time.

    While two processes open a new database together, one may be creating the WAL index
    when the other asks: SQLite then answers "database is locked" at once, without its busy
    handler, so the question is asked again (with a growing pause) for up to
    SQLITE_BUSY_SECONDS. The mode is persistent: later connections only read it.
    """
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    delay = 0.005
    while True:
        try:
            (mode,) = cursor.execute("PRAGMA journal_mode").fetchone()
            if str(mode).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + delay > deadline:
                raise
        pause(delay)
        delay = min(delay * 2, 0.25)


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
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # Alembic's options go through configparser, where '%' starts an interpolation: a
        # password with a %-encoded character would crash every command (and print itself).
        url = engine.url.render_as_string(hide_password=False)
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
        cfg.attributes["engine"] = engine
    return cfg


# pg_advisory_xact_lock key: migrations of one database run one at a time ("laipmigr").
MIGRATION_LOCK = 0x6C6169706D696772


def head_revision() -> str:
    """The newest schema revision this code knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    return head or "base"


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest migration; DatabaseError when the database refuses.

    Safe when several processes start on the same new database at once: the migration runs
    under an exclusive lock (a transaction-scoped advisory lock on PostgreSQL, ``BEGIN
    IMMEDIATE`` on SQLite), and a process that waited finds the schema at head. A database
    migrated by a newer laip-monitor is refused with both revisions named.
    """
    from alembic import command
    from alembic.util.exc import CommandError as AlembicError

    shown = redact(str(engine.url))
    try:
        if _at_head(engine, shown):
            return
        with engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                )
            if not _at_head(connection, shown):
                cfg = alembic_config(engine)
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
            connection.commit()
    except OperationalError as exc:
        raise DatabaseError(f"database {shown}: {one_line(exc)}") from None
    except (SQLAlchemyError, AlembicError) as exc:
        raise DatabaseError(f"database {shown}: migration failed: {one_line(exc)}") from None


def _at_head(bind: Engine | Connection, shown: str) -> bool:
    """True when the schema is at head; DatabaseError when it is at a revision unknown here."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError as AlembicError

    revision = current_revision(bind) if isinstance(bind, Engine) else _revision_of(bind)
    head = head_revision()
    if revision is None:
        return False
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except AlembicError:
        known = None
    if known is None:
        raise DatabaseError(
            f"database {shown} is at schema revision {revision}, which this laip-monitor does not "
            f"know (its newest is {head}): the database was migrated by a newer version; "
            "run that version, or upgrade laip-monitor"
        )
    return revision == head


def known_revision(engine: Engine) -> str | None:
    """The database's revision; DatabaseError when it is one this code does not know."""
    _at_head(engine, redact(str(engine.url)))
    return current_revision(engine)


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    try:
        with engine.connect() as connection:
            return _revision_of(connection)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"database {redact(str(engine.url))}: {one_line(exc)}") from None


def _revision_of(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def open_database(url: str, *, migrate: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory for ``url``, upgraded to head unless ``migrate`` is False."""
    engine = create_db_engine(url)
    if migrate:
        upgrade_to_head(engine)
    return engine, session_factory(engine)
