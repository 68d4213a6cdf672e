"""Set-up shared by the storage tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import PortalConfig
from monitor.store.db import open_database, transaction
from monitor.store.repo import sync_portals

MUNI_HOME = "https://muni.laip.gt/"


@pytest.fixture
def factory(db_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on a new database (SQLite and PostgreSQL) with one portal, ``muni``, at
    ``MUNI_HOME``."""
    engine, factory = open_database(db_url)
    with transaction(factory) as session:
        sync_portals(session, [PortalConfig(slug="muni", name="Muni", url=MUNI_HOME)])
    yield factory
    engine.dispose()
