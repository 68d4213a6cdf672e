from __future__ import annotations

import asyncio
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import PortalConfig
from monitor.probes.result import ProbeResult
from monitor.store import repo
from monitor.store.buffer import WriteBuffer, is_unavailable
from monitor.store.db import open_database, transaction
from monitor.store.models import CrawlRun, Portal, ProbeRun
from monitor.store.recovery import mark_abandoned_crawls
from tests.support.postgres_instance import PostgresInstance, private_postgres  # noqa: F401

T0 = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def probe_write(portal_id: int, minute: int, up: bool = True) -> Callable[[Session], object]:
    result = ProbeResult(
        slug="mixco",
        url="https://mixco.laip.gt/",
        started_at=T0 + dt.timedelta(minutes=minute),
        up=up,
        error=None if up else "connect",
        status_code=200 if up else None,
        response_time_seconds=0.25 if up else None,
    )
    return functools.partial(repo.record_probe, portal_id=portal_id, result=result)


def add_portal(factory: sessionmaker[Session]) -> int:
    config = PortalConfig(slug="mixco", name="Municipalidad de Mixco", url="https://mixco.laip.gt/")
    with transaction(factory) as session:
        return repo.sync_portals(session, [config])["mixco"]


def stored_minutes(factory: sessionmaker[Session]) -> list[int]:
    with factory() as session:
        times = session.scalars(select(ProbeRun.started_at).order_by(ProbeRun.id)).all()
    return [int((at - T0).total_seconds() // 60) for at in times]


@pytest.mark.slow
async def test_probes_submitted_while_postgresql_is_stopped_are_all_stored_after_restart(
    private_postgres: PostgresInstance,  # noqa: F811
) -> None:
    engine, factory = open_database(private_postgres.url)
    try:
        portal_id = add_portal(factory)
        buffer = WriteBuffer(factory, max_items=100)
        assert await buffer.submit(probe_write(portal_id, 0))
        assert await buffer.submit(probe_write(portal_id, 5))

        await asyncio.to_thread(private_postgres.stop)
        outage = [await buffer.submit(probe_write(portal_id, m, up=False)) for m in (10, 15, 20)]
        assert outage == [False, False, False]
        assert not buffer.healthy
        assert buffer.pending == 3
        assert buffer.status().describe() == "database: down, 3 buffered, 0 dropped"
        assert await buffer.flush() == 0  # still down: nothing stored, nothing lost
        assert buffer.pending == 3

        await asyncio.to_thread(private_postgres.start)
        assert await buffer.flush() == 3
        assert buffer.healthy
        assert buffer.pending == 0
        assert buffer.status().describe() == "database: up"
        assert stored_minutes(factory) == [0, 5, 10, 15, 20]
        with factory() as session:
            transitions = repo.portal_statuses(session, T0 + dt.timedelta(minutes=21))
        # The buffered failures were replayed through record_probe: the portal is down now.
        assert transitions[0].up is False
    finally:
        engine.dispose()


class FlakyDatabase:
    """Runs writes for real on SQLite, or fails them as an unreachable server would."""

    def __init__(self) -> None:
        self.down = False

    async def __call__(self, func: Callable[[], Any]) -> Any:
        if self.down:
            raise OperationalError("INSERT ...", {}, ConnectionRefusedError("connection refused"))
        return await asyncio.to_thread(func)


@pytest.fixture
def sqlite_factory(sqlite_url: str) -> Iterator[sessionmaker[Session]]:
    engine, factory = open_database(sqlite_url)
    yield factory
    engine.dispose()


async def test_a_full_buffer_drops_the_oldest_writes_and_counts_them(
    sqlite_factory: sessionmaker[Session],
) -> None:
    portal_id = add_portal(sqlite_factory)
    database = FlakyDatabase()
    buffer = WriteBuffer(sqlite_factory, max_items=3, run_in_thread=database)
    database.down = True
    for minute in range(0, 25, 5):
        await buffer.submit(probe_write(portal_id, minute))
    assert (buffer.pending, buffer.dropped) == (3, 2)
    assert buffer.status().describe() == "database: down, 3 buffered, 2 dropped"
    database.down = False
    await buffer.flush()
    assert stored_minutes(sqlite_factory) == [10, 15, 20]


async def test_writes_submitted_behind_a_backlog_keep_their_order(
    sqlite_factory: sessionmaker[Session],
) -> None:
    portal_id = add_portal(sqlite_factory)
    database = FlakyDatabase()
    buffer = WriteBuffer(sqlite_factory, run_in_thread=database)
    database.down = True
    await buffer.submit(probe_write(portal_id, 0))
    database.down = False
    # The database is back, but an older write waits: the new one must not overtake it.
    assert await buffer.submit(probe_write(portal_id, 5)) is False
    assert stored_minutes(sqlite_factory) == []
    await buffer.flush()
    assert stored_minutes(sqlite_factory) == [0, 5]


async def test_the_flusher_loop_stores_the_backlog_once_the_database_answers(
    sqlite_factory: sessionmaker[Session],
) -> None:
    portal_id = add_portal(sqlite_factory)
    database = FlakyDatabase()
    buffer = WriteBuffer(sqlite_factory, retry_initial=0.01, retry_max=0.05, run_in_thread=database)
    flusher = asyncio.create_task(buffer.run())
    try:
        database.down = True
        await buffer.submit(probe_write(portal_id, 0))
        await buffer.submit(probe_write(portal_id, 5))
        await asyncio.sleep(0.1)  # several failed retries
        assert buffer.pending == 2
        database.down = False
        async with asyncio.timeout(10):
            while buffer.pending:
                await asyncio.sleep(0.01)
        assert buffer.healthy
        assert stored_minutes(sqlite_factory) == [0, 5]
    finally:
        flusher.cancel()


async def test_a_write_that_fails_for_another_reason_raises_and_is_not_buffered(
    sqlite_factory: sessionmaker[Session],
) -> None:
    buffer = WriteBuffer(sqlite_factory)

    def duplicate_slug(session: Session) -> None:
        session.add_all([Portal(slug="x", name="X", url="u"), Portal(slug="x", name="X", url="u")])

    with pytest.raises(IntegrityError):
        await buffer.submit(duplicate_slug)
    assert (buffer.pending, buffer.healthy) == (0, True)


async def test_a_broken_buffered_write_is_discarded_without_blocking_the_rest(
    sqlite_factory: sessionmaker[Session],
) -> None:
    portal_id = add_portal(sqlite_factory)
    database = FlakyDatabase()
    buffer = WriteBuffer(sqlite_factory, run_in_thread=database)

    def broken(session: Session) -> None:
        raise IntegrityError("INSERT ...", {}, ValueError("duplicate"))

    database.down = True
    await buffer.submit(probe_write(portal_id, 0))
    await buffer.submit(broken)
    await buffer.submit(probe_write(portal_id, 10))
    database.down = False
    assert await buffer.flush() == 2
    assert (buffer.pending, buffer.failed) == (0, 1)
    assert stored_minutes(sqlite_factory) == [0, 10]


def test_only_connection_errors_count_as_the_database_being_unavailable() -> None:
    assert is_unavailable(OperationalError("SELECT 1", {}, OSError("refused")))
    assert not is_unavailable(IntegrityError("INSERT", {}, ValueError("duplicate")))
    assert not is_unavailable(ValueError("bug"))


def test_crawls_left_running_by_a_killed_process_are_marked_aborted(db_url: str) -> None:
    engine, factory = open_database(db_url)
    try:
        portal_id = add_portal(factory)
        with transaction(factory) as session:
            for hours_ago, status in ((5, "running"), (5, "complete"), (0, "running")):
                started = T0 - dt.timedelta(hours=hours_ago)
                session.add(CrawlRun(portal_id=portal_id, started_at=started, status=status))
        with transaction(factory) as session:
            assert mark_abandoned_crawls(session, older_than=T0 - dt.timedelta(hours=1)) == 1
        with factory() as session:
            rows = session.execute(
                select(CrawlRun.status, func.count()).group_by(CrawlRun.status)
            ).all()
        assert dict(rows) == {"aborted": 1, "complete": 1, "running": 1}
    finally:
        engine.dispose()
