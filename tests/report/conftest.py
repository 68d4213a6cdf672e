"""Fixtures for the report tests: a seeded database and a real SMTP server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Config
from monitor.store import repo
from monitor.store.db import open_database, transaction
from tests.report import seed
from tests.report.smtp_server import RecordingHandler, SmtpServer

SENDER = "monitor@transparencia.example.gt"


def make_config(port: int = 2525, **overrides: object) -> Config:
    """Three portals: a seeded one with two contacts, one with no contacts, one hostile."""
    data: dict[str, object] = {
        "smtp": {
            "host": "127.0.0.1",
            "port": port,
            "security": "none",
            "from": SENDER,
            "timeout": "5s",
        },
        "report": {
            "oversight": ["supervision@example.gt"],
            "unsubscribe_url": "https://monitor.example.gt/baja?correo={address}",
            "max_attempts": 3,
        },
        "portals": [
            {
                "slug": "munipoptun",
                "name": "Municipalidad de Poptún",
                "department": "Petén",
                "url": "https://munipoptun.example.gt/",
                "contacts": ["alcaldia@munipoptun.example.gt", "uip@munipoptun.example.gt"],
            },
            {
                "slug": "munisinmail",
                "name": "Municipalidad Sin Correo",
                "url": "https://munisinmail.example.gt/",
            },
        ],
    }
    data.update(overrides)
    return Config.model_validate(data)


@dataclass
class Seeded:
    config: Config
    factory: sessionmaker[Session]
    probes: list[seed.Probe]


def seed_database(url: str, config: Config) -> Seeded:
    _, factory = open_database(url)
    with transaction(factory) as session:
        ids = repo.sync_portals(session, config.portals)
        generated = seed.seed(session, ids["munipoptun"], "https://munipoptun.example.gt/")
    return Seeded(config, factory, generated)


@pytest.fixture
def seeded(db_url: str) -> Iterator[Seeded]:
    """The seeded week on SQLite and on PostgreSQL."""
    result = seed_database(db_url, make_config())
    yield result
    result.factory.kw["bind"].dispose()


@pytest.fixture
def seeded_sqlite(sqlite_url: str) -> Iterator[Seeded]:
    """The seeded week on SQLite only (for the SMTP and rendering tests)."""
    result = seed_database(sqlite_url, make_config())
    yield result
    result.factory.kw["bind"].dispose()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A running aiosmtpd server on 127.0.0.1 that records every accepted message."""
    server = SmtpServer(RecordingHandler())
    server.start()
    yield server
    server.stop()
