"""The job queue's listener (``monitor.service.connector``) outlives a database outage."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

import psycopg
import pytest
from procrastinate import PsycopgConnector
from procrastinate.exceptions import ConnectorException

from monitor.service.connector import LOST, ListeningConnector
from monitor.service.queue import conninfo
from tests.support.postgres_instance import PostgresInstance, private_postgres  # noqa: F401

CHANNEL = "procrastinate_queue_v1#laip"


def _lost(error: str) -> ConnectorException:
    exc = ConnectorException()
    exc.__cause__ = psycopg.OperationalError(error)
    return exc


async def test_the_listener_listens_again_after_each_failure_with_growing_pauses(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """procrastinate's own listener fails three times (the database is down), then listens."""
    now = [0.0]
    heard: list[list[str]] = []
    pauses: list[float] = []
    listening = asyncio.Event()
    # Seconds each call "listens" before it fails (None: it listens until cancelled).
    listens: list[float | None] = [0.0, 0.0, 100.0, 0.0, None]

    async def parent_listen(self: Any, on_notification: Any, channels: Iterable[str]) -> None:
        heard.append(list(channels))
        seconds = listens.pop(0)
        if seconds is None:
            listening.set()
            await asyncio.Event().wait()
        now[0] += seconds
        raise _lost("connection failed: the database system is shutting down")

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(PsycopgConnector, "listen_notify", parent_listen)
    connector = ListeningConnector(conninfo="postgresql://x@127.0.0.1/x", sleep=sleep,
                                   clock=lambda: now[0])  # fmt: skip
    channels = (name for name in [CHANNEL, "procrastinate_queue_v1#laip-crawl"])  # read once
    caplog.set_level(logging.WARNING, logger="monitor.service.connector")
    task = asyncio.create_task(connector.listen_notify(on_notification=_ignore, channels=channels))
    await asyncio.wait_for(listening.wait(), 5)
    # 1 s, 2 s, then 1 s again after a listen longer than the longest pause, then 2 s.
    assert pauses == [1.0, 2.0, 1.0, 2.0]
    assert heard == [[CHANNEL, "procrastinate_queue_v1#laip-crawl"]] * 5
    warnings = [r for r in caplog.records if r.getMessage() == LOST]
    assert len(warnings) == 4
    assert "shutting down" in warnings[0].__dict__["fields"]["error"]
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task  # the worker's shutdown ends it, and nothing else does


async def _ignore(*, channel: str, payload: str) -> None:
    del channel, payload


@pytest.mark.slow
async def test_notifications_are_heard_again_after_postgresql_restarts(
    private_postgres: PostgresInstance,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = conninfo(private_postgres.url)
    connector = ListeningConnector(conninfo=url, min_size=1, max_size=2)
    await connector.open_async()
    heard: asyncio.Queue[str] = asyncio.Queue()

    async def on_notification(*, channel: str, payload: str) -> None:
        await heard.put(payload)

    caplog.set_level(logging.WARNING, logger="monitor.service.connector")
    listener = asyncio.create_task(
        connector.listen_notify(on_notification=on_notification, channels=[CHANNEL])
    )
    try:
        assert await _notify_until_heard(url, heard, "before") == "before"
        # Stopped: the listener's connection is cut, and its first reconnection fails.
        await asyncio.to_thread(private_postgres.stop)
        await _until(lambda: any(r.getMessage() == LOST for r in caplog.records), "a retry")
        await asyncio.to_thread(private_postgres.start)
        assert await _notify_until_heard(url, heard, "after") == "after"
        assert not listener.done()
    finally:
        listener.cancel()
        await asyncio.gather(listener, return_exceptions=True)
        await connector.close_async()


async def _notify_until_heard(url: str, heard: asyncio.Queue[str], text: str) -> str:
    """NOTIFY ``text`` every half second (the listener may not listen yet) until it is heard."""
    for _attempt in range(120):
        try:
            async with await psycopg.AsyncConnection.connect(url, autocommit=True) as connection:
                await connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, text))
        except psycopg.OperationalError:
            pass  # the server is still starting
        with contextlib.suppress(TimeoutError):
            while (payload := await asyncio.wait_for(heard.get(), 0.5)) != text:
                pass  # an earlier attempt's notification, heard late
            return payload
    raise AssertionError(f"the listener never heard {text!r}")


async def _until(condition: Callable[[], bool], what: str) -> None:
    for _attempt in range(600):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")
