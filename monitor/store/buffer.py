"""A bounded in-memory buffer for database writes while the database is unreachable.

``submit(write)`` runs ``write(session)`` in a transaction now; when the database cannot be reached
(connection refused or cut, server shutting down, SQLite locked or unopenable) the write is kept
in a FIFO queue and replayed in order by ``flush()`` / the ``run()`` loop, with exponential backoff,
once the database answers again. While a backlog exists, new writes queue behind it, so each
portal's results are stored in the order they were produced.

Bounded: past ``max_items`` the OLDEST write is dropped and counted (``dropped``). The newest
results matter most after an outage (they decide the current state and open incidents), and a
bound in items keeps memory predictable (a probe write holds ~1-2 KB).

Delivery is at least once: a write whose COMMIT was sent just as the connection died may have been
stored and is then replayed. A write that fails for any other reason (a bug, a constraint) is not
retried: it is logged and counted as ``failed``, so one bad record cannot block the queue.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import one_line
from monitor.store.db import transaction

log = logging.getLogger(__name__)

Write = Callable[[Session], object]
# Runs a blocking callable off the event loop; asyncio.to_thread or WriteTracker.run.
ThreadRunner = Callable[[Callable[[], Any]], Awaitable[Any]]


def is_unavailable(error: BaseException) -> bool:
    """Whether ``error`` means "the database cannot be reached now" (worth retrying later)."""
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(
        error,
        sa_exc.OperationalError
        | sa_exc.InterfaceError
        | sa_exc.DisconnectionError
        | sa_exc.TimeoutError,  # the pool could not hand out a connection in time
    )


@dataclass(frozen=True)
class BufferStatus:
    """What ``/healthz`` reports about storage."""

    healthy: bool
    pending: int
    dropped: int
    failed: int
    last_error: str | None

    def describe(self) -> str:
        """``'database: up'`` or ``'database: down, 12 buffered, 0 dropped'``."""
        if self.healthy and not self.pending:
            return "database: up"
        state = "up" if self.healthy else "down"
        return f"database: {state}, {self.pending} buffered, {self.dropped} dropped"


@dataclass
class _Pending:
    write: Write
    queued_at: float


class WriteBuffer:
    """Writes now when the database answers, later (in order, bounded) when it does not."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        max_items: int = 50_000,
        *,
        retry_initial: float = 1.0,
        retry_max: float = 30.0,
        run_in_thread: ThreadRunner | None = None,
    ) -> None:
        if max_items < 1:
            raise ValueError("max_items must be at least 1")
        self._factory = factory
        self.max_items = max_items
        self._retry_initial = retry_initial
        self._retry_max = retry_max
        self._run_in_thread: ThreadRunner = run_in_thread or _to_thread
        self._queue: collections.deque[_Pending] = collections.deque()
        self._flush_lock = asyncio.Lock()
        self._backlog = asyncio.Event()
        self._batch: list[tuple[Write, asyncio.Future[bool]]] = []
        self._writer: asyncio.Future[None] | None = None
        self.healthy = True
        self.dropped = 0
        self.failed = 0
        self.last_error: str | None = None

    @property
    def pending(self) -> int:
        """Writes waiting for the database."""
        return len(self._queue)

    def status(self) -> BufferStatus:
        """A snapshot for health checks and logs."""
        return BufferStatus(self.healthy, self.pending, self.dropped, self.failed, self.last_error)

    async def submit(self, write: Write) -> bool:
        """Store ``write`` now (True) or keep it for later (False) when the database is down.

        Writes submitted while another batch is being written are committed together in one
        transaction (group commit): a burst of 300 probe results costs a few commits, not 300.
        Errors that do not mean "unreachable" propagate to the caller: they are bugs, not outages.
        """
        if self._queue:
            self._enqueue(write)
            return False
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._batch.append((write, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_batches())
        # The caller may be cancelled; the write it handed over is not.
        return await asyncio.shield(done)

    async def _write_batches(self) -> None:
        while self._batch:
            batch, self._batch = self._batch, []
            try:
                await self._run_in_thread(functools.partial(self._apply_all, [w for w, _ in batch]))
            except Exception as error:  # noqa: BLE001 - sorted out write by write below
                if is_unavailable(error):
                    self._mark_down(error)
                    for write, done in batch:
                        self._enqueue(write)
                        _settle(done, False)
                    continue
                await self._write_one_by_one(batch)
                continue
            self._mark_up()
            for _, done in batch:
                _settle(done, True)

    async def _write_one_by_one(self, batch: list[tuple[Write, asyncio.Future[bool]]]) -> None:
        """A batch that failed for another reason: find the bad write, store the others."""
        for index, (write, done) in enumerate(batch):
            if self._queue:
                self._enqueue(write)
                _settle(done, False)
                continue
            try:
                await self._run_in_thread(functools.partial(self._apply, write))
            except Exception as error:  # noqa: BLE001 - handed to the caller that submitted it
                if is_unavailable(error):
                    self._mark_down(error)
                    for later, later_done in batch[index:]:
                        self._enqueue(later)
                        _settle(later_done, False)
                    return
                if not done.done():
                    done.set_exception(error)
                continue
            _settle(done, True)

    async def flush(self) -> int:
        """Replay the backlog in order until it is empty or the database fails again.

        Returns how many writes were stored; never raises for an unreachable database.
        """
        stored = 0
        async with self._flush_lock:
            while self._queue:
                item = self._queue[0]
                try:
                    await self._run_in_thread(functools.partial(self._apply, item.write))
                except Exception as error:
                    if is_unavailable(error):
                        self._mark_down(error)
                        break
                    self.failed += 1
                    log.error("buffered write failed and is discarded: %s", one_line(error))
                else:
                    stored += 1
                    self._mark_up()
                # The head may have been dropped by _enqueue while the write ran.
                if self._queue and self._queue[0] is item:
                    self._queue.popleft()
            if not self._queue:
                self._backlog.clear()
        if stored:
            log.info("stored %d buffered writes; %d still pending", stored, self.pending)
        return stored

    async def run(self) -> None:
        """Flush the backlog whenever there is one, backing off while the database stays down.

        Runs until cancelled; start it once as a task next to the scheduler.
        """
        delay = self._retry_initial
        while True:
            await self._backlog.wait()
            await self.flush()
            if not self._queue:
                delay = self._retry_initial
                continue
            # Jitter so that replicas do not hammer a recovering server in step.
            await asyncio.sleep(delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, self._retry_max)

    async def close(self, timeout: float = 10.0) -> int:
        """A last flush attempt on shutdown; returns how many writes are lost."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                if self._writer is not None:
                    await asyncio.gather(self._writer, return_exceptions=True)
                await self.flush()
        if self._queue:
            log.error("%d buffered writes lost at shutdown (database unreachable)", self.pending)
        return self.pending

    def _apply(self, write: Write) -> None:
        with transaction(self._factory) as session:
            write(session)

    def _apply_all(self, writes: list[Write]) -> None:
        with transaction(self._factory) as session:
            for write in writes:
                write(session)

    def _enqueue(self, write: Write) -> None:
        if len(self._queue) >= self.max_items:
            self._queue.popleft()
            self.dropped += 1
            if self.dropped == 1 or self.dropped % 1000 == 0:
                log.error("write buffer full (%d): oldest writes dropped, %d so far",
                          self.max_items, self.dropped)  # fmt: skip
        self._queue.append(_Pending(write, time.monotonic()))
        self._backlog.set()

    def _mark_down(self, error: BaseException) -> None:
        self.last_error = one_line(error)
        if self.healthy:
            log.warning("database unreachable, buffering writes: %s", self.last_error)
        self.healthy = False

    def _mark_up(self) -> None:
        if not self.healthy:
            log.info("database reachable again")
        self.healthy = True
        self.last_error = None


def _settle(done: asyncio.Future[bool], stored: bool) -> None:
    if not done.done():
        done.set_result(stored)


async def _to_thread(func: Callable[[], Any]) -> Any:
    return await asyncio.to_thread(func)
