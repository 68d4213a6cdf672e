"""A finished job's status written once the database answers again, not lost with it.

procrastinate records a finished job's status once; when the database is unreachable at that
moment the row stays ``doing`` under a worker that is still alive (its heartbeat goes on), so
the sweep never requeues it, and its lock (``probe@host``) keeps every later job of that host
waiting. ``retrying_finish`` wraps ``JobManager.finish_job``: a connection failure is retried
with backoff for a while; an answer that the job is no longer ``doing`` means the status reached
the database before the connection died (its answer was lost), which is done.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import psycopg
from procrastinate.exceptions import ConnectorException

from monitor.errors import one_line
from monitor.logs import event

log = logging.getLogger(__name__)

Finish = Callable[..., Awaitable[None]]


def retrying_finish(
    finish: Finish,
    *,
    give_up_after: float,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Finish:
    """``finish`` retried while the database cannot be reached, for ``give_up_after`` seconds."""

    async def finish_job(*args: Any, **kwargs: Any) -> None:
        deadline = clock() + give_up_after
        pause = 0.5
        while True:
            try:
                await finish(*args, **kwargs)
                return
            except ConnectorException as error:
                cause = error.__cause__
                if isinstance(cause, psycopg.errors.RaiseException):
                    # procrastinate_finish_job: "Job was not found or not in doing status".
                    event(log, logging.INFO, "job status was recorded before the connection died",
                          error=one_line(cause))  # fmt: skip
                    return
                if not isinstance(cause, psycopg.OperationalError) or clock() >= deadline:
                    raise
                event(log, logging.WARNING, "job status not recorded; retrying",
                      in_seconds=pause, error=one_line(cause))  # fmt: skip
            await sleep(pause)
            pause = min(pause * 2, 5.0)

    return finish_job
