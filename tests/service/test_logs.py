"""Structured logs: one line per event, the portal slug on every line logged inside a job."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.logs import configure_logging, event, portal_context


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    buffer = io.StringIO()
    yield buffer
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == "laip-monitor":
            root.removeHandler(handler)


def test_json_lines_carry_the_portal_of_the_surrounding_job_and_the_event_fields(
    stream: io.StringIO,
) -> None:
    configure_logging("json", stream=stream)
    log = logging.getLogger("monitor.test")
    with portal_context("munipoptun"):
        event(log, logging.WARNING, "portal is down", error="dns")
        logging.getLogger("monitor.other").info("from another module")
    event(log, logging.INFO, "service started", portals=2)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [(line["portal"], line["message"]) for line in lines] == [
        ("munipoptun", "portal is down"),
        ("munipoptun", "from another module"),
        (None, "service started"),
    ]
    assert lines[0]["error"] == "dns" and lines[0]["level"] == "warning"
    assert lines[2]["portals"] == 2


def test_text_lines_are_key_value_with_the_portal_first(stream: io.StringIO) -> None:
    configure_logging("text", stream=stream)
    with portal_context("muni"):
        event(
            logging.getLogger("monitor.service.jobs"),
            logging.INFO,
            "probe stored",
            detail="a b",
            up=True,
        )
    line = stream.getvalue().strip()
    assert line.endswith('INFO monitor.service.jobs portal=muni probe stored detail="a b" up=True')
    assert "\n" not in line


def test_configuring_twice_keeps_one_handler(stream: io.StringIO) -> None:
    configure_logging("text", stream=stream)
    configure_logging("json", stream=stream)
    logging.getLogger("monitor.x").info("once")
    assert len(stream.getvalue().splitlines()) == 1


async def test_a_lone_replica_logs_no_warning_when_it_starts_leading_and_stops(
    stream: io.StringIO, tmp_path: Path
) -> None:
    from monitor.service.leader import LeaderElector
    from monitor.store.db import open_database

    url = f"sqlite:///{tmp_path / 'lease.db'}"
    engine, _ = open_database(url)  # migrations: Alembic stays quiet
    engine.dispose()
    configure_logging("text", stream=stream)
    elector = LeaderElector(url, ttl=2.0, renew_interval=0.2)
    task = asyncio.create_task(elector.run())
    await asyncio.wait_for(elector.elected.wait(), timeout=10)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    lines = stream.getvalue().splitlines()
    assert [line for line in lines if " WARNING " in line] == []
    assert any("is now the leader" in line and " INFO " in line for line in lines)
    assert not any("alembic" in line for line in lines)


def test_migrations_log_nothing_at_the_default_level(stream: io.StringIO, tmp_path: Path) -> None:
    from monitor.store.db import open_database

    configure_logging("text", stream=stream)
    engine, _ = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    engine.dispose()
    assert stream.getvalue() == ""
