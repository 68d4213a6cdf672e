"""A finished job's status is retried while the database cannot be reached."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from procrastinate.exceptions import ConnectorException

from monitor.service.job_status import retrying_finish


def _failure(cause: BaseException) -> ConnectorException:
    try:
        raise ConnectorException("Database error.") from cause
    except ConnectorException as error:
        return error


class _Finish:
    def __init__(self, *failures: BaseException) -> None:
        self.failures = list(failures)
        self.calls: list[tuple[Any, ...]] = []

    async def __call__(self, *args: Any) -> None:
        self.calls.append(args)
        if self.failures:
            raise self.failures.pop(0)


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


LOST = psycopg.OperationalError("consuming input failed: server closed the connection")


async def test_a_status_is_written_once_the_database_answers_again() -> None:
    finish, clock = _Finish(_failure(LOST), _failure(LOST)), _Clock()
    wrapped = retrying_finish(finish, give_up_after=60, sleep=clock.sleep, clock=clock)
    await wrapped("job", "succeeded", True)
    assert finish.calls == [("job", "succeeded", True)] * 3
    assert clock.sleeps == [0.5, 1.0]


async def test_a_status_stored_before_the_connection_died_is_done() -> None:
    gone = psycopg.errors.RaiseException('Job was not found or not in "doing" status')
    finish, clock = _Finish(_failure(LOST), _failure(gone)), _Clock()
    await retrying_finish(finish, give_up_after=60, sleep=clock.sleep, clock=clock)("job")
    assert len(finish.calls) == 2


async def test_other_errors_and_a_long_outage_are_raised() -> None:
    clock = _Clock()
    bug = _Finish(_failure(psycopg.errors.UndefinedColumn("no column")))
    with pytest.raises(ConnectorException):
        await retrying_finish(bug, give_up_after=60, sleep=clock.sleep, clock=clock)("job")
    assert len(bug.calls) == 1 and clock.sleeps == []
    down = _Finish(*[_failure(LOST)] * 50)
    with pytest.raises(ConnectorException):
        await retrying_finish(down, give_up_after=20, sleep=clock.sleep, clock=clock)("job")
    assert clock.sleeps[:5] == [0.5, 1.0, 2.0, 4.0, 5.0] and sum(clock.sleeps) >= 20
