"""``laip-monitor db upgrade|current``: explicit schema management."""

from __future__ import annotations

from monitor.cli.app import db_app
from monitor.cli.common import DEFAULT_CONFIG, ConfigOption, DbOption, load, stdout
from monitor.store.db import (
    create_db_engine,
    current_revision,
    known_revision,
    redact,
    upgrade_to_head,
)


@db_app.command("upgrade")
def upgrade(config: ConfigOption = DEFAULT_CONFIG, db: DbOption = None) -> None:
    """Upgrade the database schema to the newest revision."""
    url = load(config, db).monitor.database_url
    engine = create_db_engine(url)
    try:
        upgrade_to_head(engine)
        stdout.print(f"database {redact(url)} is at revision {current_revision(engine)}")
    finally:
        engine.dispose()


@db_app.command("current")
def current(config: ConfigOption = DEFAULT_CONFIG, db: DbOption = None) -> None:
    """Print the schema revision the database is at."""
    url = load(config, db).monitor.database_url
    engine = create_db_engine(url)
    try:
        stdout.print(known_revision(engine) or "empty (no revision)")
    finally:
        engine.dispose()
