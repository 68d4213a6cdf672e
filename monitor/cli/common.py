"""Options and helpers shared by the CLI commands: config loading, database opening, output."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Annotated, Any, Literal

import typer
from rich.console import Console, ConsoleDimensions
from rich.table import Table
from rich.text import Text
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import DEFAULT_CONFIG_PATH, Config, load_config
from monitor.formats import iso_z
from monitor.secrets import redact_data, redact_text
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


class _RedactingStream:
    """The current sys.stdout / sys.stderr, with secrets hidden from everything written."""

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def _stream(self) -> IO[str]:
        stream: IO[str] = getattr(sys, self._name)
        return stream

    def write(self, text: str) -> int:
        self._stream.write(redact_text(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"


class _Stdout(Console):
    """stdout: the terminal's width, or ``COLUMNS`` (read at each print, so tests can set it).

    Piped output without ``COLUMNS`` is 200 wide: scripts and logs read the whole table.
    """

    @property
    def size(self) -> ConsoleDimensions:
        dims = super().size
        if not self.is_terminal and not os.environ.get("COLUMNS", "").isdigit():
            return ConsoleDimensions(200, dims.height)
        return dims

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        self._width, self._height = new_size


stdout = _Stdout(file=_RedactingStream("stdout"), highlight=False)  # type: ignore[arg-type]
stderr = Console(file=_RedactingStream("stderr"), highlight=False)  # type: ignore[arg-type]


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


# Characters of JSON text gathered before one write (and one redaction pass).
_JSON_BATCH = 1 << 16


def print_json(payload: Any) -> None:
    """Write ``payload`` as JSON on stdout (nothing else ever goes to stdout with --json).

    JSON is UTF-8 (RFC 8259) whatever the locale says: a cron job or a container without one
    (``PYTHONIOENCODING=ascii``, ``LANG=C`` on old systems) still gets "Poptún", not a crash.
    Written as it is encoded, in batches, never as one string: the JSON of a large ``check``
    (and the encoder's pieces of it) would otherwise take tens of megabytes at once. A batch ends
    between the encoder's pieces, and a JSON string is always within one piece, so redacting a
    batch hides exactly what redacting the whole text would.
    """
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, default=_json_default)
    batch: list[str] = []
    size = 0
    for piece in encoder.iterencode(redact_data(payload)):
        batch.append(piece)
        size += len(piece)
        if size >= _JSON_BATCH:
            _write_utf8(redact_text("".join(batch)))
            batch.clear()
            size = 0
    batch.append("\n")
    _write_utf8(redact_text("".join(batch)))
    sys.stdout.flush()


def _write_utf8(text: str) -> None:
    """``text`` on stdout as UTF-8 bytes. A lone surrogate (from a page's broken bytes) becomes
    a ``\\udcxx`` escape, which inside a JSON string is still valid JSON."""
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:  # a stdout replaced by a text-only stream
        sys.stdout.write(text)
        return
    sys.stdout.flush()  # whatever the text layer holds goes first
    binary.write(text.encode("utf-8", "backslashreplace"))


def percent(value: float | None) -> str:
    """``0.9731 -> '97.31%'``; an em dash when unknown."""
    return "—" if value is None else f"{value * 100:.2f}%"


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return iso(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def short_time(value: dt.datetime | None) -> str:
    """``2026-11-24 08:00`` (UTC): a whole timestamp that fits a narrow column."""
    if value is None:
        return "—"
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Column:
    """A table column; ``drop`` orders the columns given up when the terminal is too narrow."""

    header: str
    drop: int = 0  # 0: always kept; higher numbers go first
    justify: Literal["left", "right"] = "left"
    wrap: bool = False  # prose (a name, an error message) may wrap between words


def fit_table(
    title: str, columns: list[Column], rows: list[list[str]], width: int
) -> tuple[Table, list[str]]:
    """A table that fits ``width`` without cutting any cell: columns are dropped, never cells.

    Returns the table and the headers of the columns left out. Cells are never wrapped or
    shortened (a slug, a date or a number cut in half is worse than a missing column).
    """
    keep = list(range(len(columns)))

    def width_of(i: int, cell: str) -> int:
        if columns[i].wrap:
            return max((cell_width(word) for word in cell.split()), default=0)
        return cell_width(cell)

    def needed(indexes: list[int]) -> int:
        widths = [
            max([len(columns[i].header)] + [width_of(i, row[i]) for row in rows]) for i in indexes
        ]
        return sum(widths) + 3 * len(indexes) + 1

    for index in sorted(
        (i for i, c in enumerate(columns) if c.drop), key=lambda i: (-columns[i].drop, -i)
    ):
        if needed(keep) <= width:
            break
        keep.remove(index)
    table = Table(title=title)
    for i in keep:
        table.add_column(
            columns[i].header,
            no_wrap=not columns[i].wrap,
            overflow="fold" if columns[i].wrap else "ellipsis",
            justify=columns[i].justify,
        )
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    dropped = [columns[i].header for i in range(len(columns)) if i not in keep]
    return table, dropped


def cell_width(markup: str) -> int:
    """Printed width of a cell written in rich markup."""
    return Text.from_markup(markup).cell_len


def iso(value: dt.datetime | None) -> str | None:
    """An aware datetime as ``2026-11-24T08:00:00Z`` (seconds)."""
    return iso_z(value, "seconds")
