"""Fixtures: four months of seeded history on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.opendata.seed import Seeded, seed_database


@pytest.fixture
def seeded(db_url: str) -> Iterator[Seeded]:
    result = seed_database(db_url)
    yield result
    result.factory.kw["bind"].dispose()


@pytest.fixture
def seeded_sqlite(sqlite_url: str) -> Iterator[Seeded]:
    result = seed_database(sqlite_url)
    yield result
    result.factory.kw["bind"].dispose()
