"""procrastinate's PostgreSQL connector, with a job listener that outlives a database outage.

A worker hears of new jobs at once through ``LISTEN``/``NOTIFY``, and otherwise finds them by
polling (``[queue]``'s poll, at most 5 s). procrastinate's listener reconnects once when its
connection dies; if PostgreSQL is still down at that moment, the listener's task ends with the
error, and the worker goes on polling only until it is restarted (the error surfaces as a
traceback when the service stops). Here the listener keeps trying, with a growing pause, for as
long as the worker runs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from procrastinate import PsycopgConnector
from procrastinate.connector import Notify
from procrastinate.exceptions import ConnectorException

from monitor.errors import one_line
from monitor.logs import event

log = logging.getLogger(__name__)
FIRST_PAUSE = 1.0
MAX_PAUSE = 30.0
LOST = "job queue listener lost the database; listening again (jobs are polled meanwhile)"


class ListeningConnector(PsycopgConnector):
    """A ``PsycopgConnector`` whose ``listen_notify`` only ends when it is cancelled."""

    def __init__(
        self,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._sleep = sleep
        self._clock = clock

    async def listen_notify(self, on_notification: Notify, channels: Iterable[str]) -> None:
        """Listen on ``channels``; when the database goes away, listen again once it is back
        (pauses of 1 s, 2 s ... 30 s between attempts, from 1 s again after a long listen)."""
        channels = list(channels)  # listened to again after every reconnection
        pause = FIRST_PAUSE
        while True:
            began = self._clock()
            try:
                await super().listen_notify(on_notification=on_notification, channels=channels)
            except ConnectorException as exc:
                if self._clock() - began > MAX_PAUSE:
                    pause = FIRST_PAUSE
                error = one_line(exc.__cause__ or exc)
                event(log, logging.WARNING, LOST, in_seconds=pause, error=error)
                await self._sleep(pause)
                pause = min(pause * 2, MAX_PAUSE)
            else:
                return  # procrastinate's listener does not return on its own; if it does, so do we
