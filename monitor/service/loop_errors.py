"""The service loop's handler for errors no code awaited, as one log line instead of a traceback.

procrastinate's worker runs each job in a task it never awaits: when the database goes away while
it records a finished job's status, asyncio reports "Task exception was never retrieved" with the
whole traceback at ERROR. The job itself ran (its results went through the write buffer); what
the operator needs is one line saying what failed.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from monitor.errors import one_line
from monitor.logs import event

log = logging.getLogger(__name__)


def log_unawaited_error(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """``loop.set_exception_handler``: an exception with a task or future, as one WARNING line
    naming the task and the first line of the error's cause; anything else, asyncio's way."""
    error = context.get("exception")
    future = context.get("future") or context.get("task")
    if not isinstance(error, Exception) or future is None:
        loop.default_exception_handler(context)
        return
    cause = error.__cause__ if isinstance(error.__cause__, Exception) else error
    name = future.get_name() if isinstance(future, asyncio.Task) else type(future).__name__
    event(
        log,
        logging.WARNING,
        "background task failed",
        task=name,
        error=f"{type(error).__name__}: {one_line(cause)}",
    )
