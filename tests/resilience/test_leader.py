from __future__ import annotations

import asyncio
import datetime as dt
import math
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text, update

from monitor.service.leader import LeaderElector
from monitor.store.db import open_database
from monitor.store.models import Lease, utcnow
from tests.support.postgres_instance import PostgresInstance, private_postgres  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
TTL, RENEW = 2.0, 0.3
# A liveness bound for the waits below, not a performance claim: takeover needs at most TTL+RENEW.
PATIENCE = 30.0


class Replica:
    """One ``elector_process`` subprocess and the role lines it reports."""

    def __init__(self, url: str, events: Path) -> None:
        self.events = events
        self.stderr = events.with_suffix(".stderr")
        self._stderr_file = self.stderr.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.resilience.elector_process", url, str(TTL), str(RENEW),
             str(events)],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stderr=self._stderr_file,
        )  # fmt: skip

    def roles(self) -> list[str]:
        if not self.events.exists():
            return []
        return [line.split()[-1] for line in self.events.read_text().splitlines()]

    def role(self) -> str | None:
        roles = self.roles()
        return roles[-1] if roles else None

    def wait_for(self, role: str) -> None:
        deadline = time.monotonic() + PATIENCE
        while self.role() != role:
            if self.process.poll() is not None:
                raise AssertionError(f"replica exited: {self.stderr.read_text()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"replica never became {role}: {self.roles()}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self._stderr_file.close()


@pytest.fixture
def replicas(tmp_path: Path) -> Iterator[list[Replica]]:
    started: list[Replica] = []
    yield started
    for replica in started:
        replica.stop()


def election_url(request: pytest.FixtureRequest, kind: str) -> str:
    url = str(request.getfixturevalue(f"{kind}_url"))
    if kind == "sqlite":
        engine, _ = open_database(url)  # the lease table; the service migrates at start-up
        engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest) -> str:
    """SQLite elects with the lease table, PostgreSQL with an advisory lock."""
    return election_url(request, str(request.param))


@pytest.mark.slow
def test_two_replicas_elect_exactly_one_leader_and_the_survivor_takes_over_after_kill_9(
    url: str, replicas: list[Replica], tmp_path: Path
) -> None:
    first = Replica(url, tmp_path / "first.log")
    replicas.append(first)
    first.wait_for("leader")
    second = Replica(url, tmp_path / "second.log")
    replicas.append(second)
    second.wait_for("follower")
    time.sleep(TTL + 2 * RENEW)  # several renewals: the follower must stay a follower
    assert (first.roles(), second.roles()) == (["leader"], ["follower"])

    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=10)
    second.wait_for("leader")
    assert second.roles() == ["follower", "leader"]


@pytest.mark.slow
def test_a_leader_that_stops_cleanly_hands_over_to_the_other_replica(
    url: str, replicas: list[Replica], tmp_path: Path
) -> None:
    first = Replica(url, tmp_path / "first.log")
    replicas.append(first)
    first.wait_for("leader")
    second = Replica(url, tmp_path / "second.log")
    replicas.append(second)
    second.wait_for("follower")
    first.process.send_signal(signal.SIGTERM)
    assert first.process.wait(timeout=PATIENCE) == 0
    assert first.roles() == ["leader", "follower"]
    second.wait_for("leader")


@pytest.mark.slow
def test_a_frozen_leader_is_replaced_and_steps_down_when_it_wakes_up(
    url: str, replicas: list[Replica], tmp_path: Path
) -> None:
    first = Replica(url, tmp_path / "first.log")
    replicas.append(first)
    first.wait_for("leader")
    second = Replica(url, tmp_path / "second.log")
    replicas.append(second)
    second.wait_for("follower")
    # Frozen: its lease expires (SQLite), or PostgreSQL ends its idle session and frees the lock.
    first.process.send_signal(signal.SIGSTOP)
    try:
        second.wait_for("leader")
    finally:
        first.process.send_signal(signal.SIGCONT)
    first.wait_for("follower")
    assert first.roles() == ["leader", "follower"]
    assert second.roles() == ["follower", "leader"]


async def test_a_postgresql_leader_whose_connection_dies_is_demoted(postgres_url: str) -> None:
    demotions: list[str] = []
    elector = LeaderElector(
        postgres_url, ttl=TTL, renew_interval=0.1, on_demoted=lambda: demotions.append("demoted")
    )
    task = asyncio.create_task(elector.run())
    try:
        async with asyncio.timeout(PATIENCE):
            await elector.elected.wait()
        admin = create_engine(postgres_url)
        with admin.connect() as conn:
            killed = conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name LIKE 'laip-monitor leader %'"
                    " AND datname = current_database()"
                )
            ).all()
        admin.dispose()
        assert killed == [(True,)]
        async with asyncio.timeout(PATIENCE):
            await elector.demoted.wait()
        assert demotions == ["demoted"]
        # Nobody else holds the lock: the next check wins it back on a new connection.
        async with asyncio.timeout(PATIENCE):
            await elector.elected.wait()
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_a_lease_leader_whose_lease_was_taken_over_is_demoted(sqlite_url: str) -> None:
    engine, factory = open_database(sqlite_url)
    elector = LeaderElector(sqlite_url, ttl=TTL, renew_interval=0.1)
    task = asyncio.create_task(elector.run())
    try:
        async with asyncio.timeout(PATIENCE):
            await elector.elected.wait()
        with factory.begin() as session:
            # What another replica does once this one's lease has expired (e.g. it was frozen).
            session.execute(
                update(Lease).values(
                    holder="other:1:abcd", expires_at=utcnow() + dt.timedelta(minutes=5)
                )
            )
        async with asyncio.timeout(PATIENCE):
            await elector.demoted.wait()
        assert not elector.is_leader
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    with factory() as session:
        # Stepping down never deletes a lease held by someone else.
        assert session.scalars(select(Lease.holder)).all() == ["other:1:abcd"]
    engine.dispose()


def test_renewing_less_often_than_the_lease_lasts_is_refused(sqlite_url: str) -> None:
    with pytest.raises(ValueError, match="renew_interval"):
        LeaderElector(sqlite_url, ttl=10, renew_interval=10)


async def wait_until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(PATIENCE):
        while not condition():
            await asyncio.sleep(0.02)


@pytest.mark.slow
@pytest.mark.parametrize("grace", [0.0, math.inf])
async def test_a_leader_keeps_leading_through_a_database_outage_only_within_its_grace(
    private_postgres: PostgresInstance,  # noqa: F811
    grace: float,
) -> None:
    roles: list[str] = []
    elector = LeaderElector(
        private_postgres.url,
        ttl=TTL,
        renew_interval=0.1,
        outage_grace=grace,
        on_elected=lambda: roles.append("leader"),
        on_demoted=lambda: roles.append("follower"),
    )
    task = asyncio.create_task(elector.run())
    try:
        await wait_until(lambda: elector.is_leader)
        await asyncio.to_thread(private_postgres.stop)
        await wait_until(lambda: elector.last_error is not None)  # a check failed
        await asyncio.sleep(0.3)  # and a few more
        assert elector.is_leader is (grace > 0)
        await asyncio.to_thread(private_postgres.start)
        await wait_until(lambda: elector.last_error is None and elector.is_leader)
        assert roles == (["leader"] if grace > 0 else ["leader", "follower", "leader"])
        engine = create_engine(private_postgres.url)
        with engine.connect() as conn:
            locks = conn.execute(
                text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")
            ).scalar_one()
        engine.dispose()
        assert locks == 1  # leadership is backed by the lock again, not just remembered
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
