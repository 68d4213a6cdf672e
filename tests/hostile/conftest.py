"""Every hostile test runs behind the loopback guard: a portal pointing the monitor at another
address can make a test fail, never make it send traffic off the machine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.hostile.servers import ConnectionLog, loopback_only


@pytest.fixture(autouse=True)
def _loopback_guard() -> Iterator[ConnectionLog]:
    with loopback_only() as log:
        yield log
