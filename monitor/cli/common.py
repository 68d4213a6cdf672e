"""Options and helpers shared by the CLI commands: config loading, database opening, output."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import DEFAULT_CONFIG_PATH, Config, load_config
from monitor.formats import iso_z
from monitor.store.db import open_database

ConfigOption = Annotated[
    Path,
    typer.Option("--config", "-c", help="Portal registry (TOML).", show_default=True),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL; overrides the config. LAIP_MONITOR_DB_URL overrides both.",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON on stdout instead of a table.")
]

DEFAULT_CONFIG = DEFAULT_CONFIG_PATH
# Piped output is not cut to 80 columns: scripts and logs read the whole table.
stdout = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
stderr = Console(stderr=True, highlight=False)


def load(config_path: Path, db: str | None = None) -> Config:
    """The validated config with ``--db`` and ``LAIP_MONITOR_DB_URL`` applied."""
    return load_config(config_path).with_database_url(db)


@contextmanager
def open_db(config: Config) -> Iterator[sessionmaker[Session]]:
    """A session factory on the configured database, migrated to head; disposed on exit."""
    engine, factory = open_database(config.monitor.database_url)
    try:
        yield factory
    finally:
        engine.dispose()


def print_json(payload: Any) -> None:
    """Write ``payload`` as JSON on stdout (nothing else ever goes to stdout with --json)."""
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=_json_default))
    sys.stdout.write("\n")


def percent(value: float | None) -> str:
    """``0.9731 -> '97.31%'``; an em dash when unknown."""
    return "—" if value is None else f"{value * 100:.2f}%"


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return iso(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def iso(value: dt.datetime | None) -> str | None:
    """An aware datetime as ``2026-11-24T08:00:00Z`` (seconds)."""
    return iso_z(value, "seconds")
