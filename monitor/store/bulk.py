"""Many rows written by one statement, whatever their number.

On PostgreSQL the rows travel as one array per column and the statement unnests them
(``INSERT ... SELECT unnest(...)``, ``UPDATE ... FROM (SELECT unnest(...))``): its text is the
same for every crawl, so psycopg converts it once and the server prepares it, where a multi-row
``VALUES`` list (a new text for every row count) or an ``executemany`` (one execution per row)
cost both sides per row. Elsewhere (SQLite, in-process) the rows go as an ``executemany``.
For plain columns only (numbers, text, dates): JSON and binary columns are not unnested.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Executable, Table, bindparam, func, insert, select, update
from sqlalchemy.dialects.postgresql import ARRAY

# The prefix of an update's bound parameters that select the row (``row_<column>``).
MATCH = "row_"


def insert_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    returning: Sequence[str] = (),
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (every row with the same keys); the ``returning`` columns of each row
    inserted, in no set order (select by a column known to the caller, never by position)."""
    if not rows:
        return []
    columns = tuple(rows[0])
    if connection.dialect.name == "postgresql":
        statement = _unnest_insert(table, columns, tuple(returning))
        result = connection.execute(statement, _as_arrays(rows, columns))
    else:
        plain = insert(table)
        if returning:
            plain = plain.returning(*(table.c[name] for name in returning))
        result = connection.execute(plain, list(rows))
    return [tuple(row) for row in result] if returning else []


def update_rows(
    connection: Connection,
    table: Table,
    match: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
) -> None:
    """Update one row per item of ``rows``: the row whose ``match`` columns equal the item's
    ``row_<column>`` values gets the item's other values (every item with the same keys)."""
    if not rows:
        return
    keys = tuple(rows[0])
    if connection.dialect.name == "postgresql":
        connection.execute(_unnest_update(table, tuple(match), keys), _as_arrays(rows, keys))
    else:
        connection.execute(_plain_update(table, tuple(match)), list(rows))


def _as_arrays(rows: Sequence[Mapping[str, Any]], keys: Sequence[str]) -> dict[str, list[Any]]:
    return {key: [row[key] for row in rows] for key in keys}


def _array(table: Table, key: str) -> Any:
    """``unnest`` of the bound array ``key``, typed as its column (``row_<column>``'s too)."""
    column = table.c[key.removeprefix(MATCH)]
    return func.unnest(bindparam(key, type_=ARRAY(column.type))).label(key)


@functools.cache
def _unnest_insert(
    table: Table, columns: tuple[str, ...], returning: tuple[str, ...]
) -> Executable:
    rows = select(*(_array(table, key) for key in columns))
    statement = insert(table).from_select(list(columns), rows)
    if returning:
        statement = statement.returning(*(table.c[name] for name in returning))
    return statement


@functools.cache
def _unnest_update(table: Table, match: tuple[str, ...], keys: tuple[str, ...]) -> Executable:
    given = select(*(_array(table, key) for key in keys)).subquery("given")
    matched = {MATCH + name for name in match}
    return (
        update(table)
        .where(*(table.c[name] == given.c[MATCH + name] for name in match))
        .values({key: given.c[key] for key in keys if key not in matched})
    )


@functools.cache
def _plain_update(table: Table, match: tuple[str, ...]) -> Executable:
    return update(table).where(*(table.c[name] == bindparam(MATCH + name) for name in match))
