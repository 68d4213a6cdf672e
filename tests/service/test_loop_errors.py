"""Errors no code awaited (procrastinate's job tasks when the database goes away) are one line."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest

from monitor.service.loop_errors import log_unawaited_error


async def test_an_unawaited_task_error_is_one_warning_line_naming_task_and_cause(
    caplog: pytest.LogCaptureFixture,
) -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(log_unawaited_error)

    async def finish_job() -> None:  # as procrastinate's worker records a job's status
        try:
            raise OSError("consuming input failed: server closed the connection unexpectedly")
        except OSError as exc:
            raise RuntimeError("\n    Database error.\n    ") from exc

    task = asyncio.create_task(finish_job(), name="process job laip.run_job[36]")
    await asyncio.wait({task})
    with caplog.at_level(logging.WARNING):
        del task  # never awaited: asyncio reports it when the task is collected
        gc.collect()
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in records] == ["background task failed"]
    fields = records[0].__dict__["fields"]
    assert fields["task"] == "process job laip.run_job[36]"
    assert fields["error"] == (
        "RuntimeError: consuming input failed: server closed the connection unexpectedly"
    )
    assert records[0].exc_info is None  # no traceback


async def test_other_loop_errors_keep_asyncios_report(caplog: pytest.LogCaptureFixture) -> None:
    loop = asyncio.get_running_loop()
    with caplog.at_level(logging.ERROR, logger="asyncio"):
        log_unawaited_error(loop, {"message": "Unclosed client session"})
    assert [r.getMessage() for r in caplog.records] == ["Unclosed client session"]
