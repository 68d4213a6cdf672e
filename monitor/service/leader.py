"""Leader election between replicas of ``serve`` sharing one database: one leader does the work.

On PostgreSQL the leader holds a session-level advisory lock (``pg_try_advisory_lock``) on a
dedicated connection that is not part of any pool. The lock lives exactly as long as that session:
a leader killed with -9 loses it at once (the server sees the socket close), and a leader that
hangs or is cut off loses it after ``ttl`` (``idle_session_timeout`` ends its idle session). The
leader checks its connection every ``renew_interval``; a failed check demotes it immediately.

Elsewhere (SQLite: one host) the leader holds a row of the ``leases`` table with an expiry,
renewed by a conditional UPDATE every ``renew_interval``; a lease not renewed for ``ttl`` may be
taken by another replica. A leader whose renewal fails or does not answer in time demotes itself
before its lease can expire, so two leaders never act at once (barring a process frozen for
longer than ``ttl``, which the next check then demotes).

Usage::

    elector = LeaderElector(url, on_elected=start_leader_work, on_demoted=stop_leader_work)
    task = asyncio.create_task(elector.run())   # cancel the task to step down and release
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import inspect
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from sqlalchemy import Connection, Engine, delete, insert, or_, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from monitor.store.db import create_db_engine, normalise_url
from monitor.store.models import Lease, utcnow

log = logging.getLogger(__name__)

Callback = Callable[[], Awaitable[None] | None]
DEFAULT_NAME = "laip-monitor"


def default_holder() -> str:
    """``hostname:pid:random``: unique per process, readable in ``leases`` and pg_stat_activity."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{secrets.token_hex(4)}"


def advisory_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for ``name``."""
    digest = hashlib.sha256(f"laip-monitor:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class ElectionBackend(Protocol):
    """Blocking primitives; the elector calls them from a worker thread, one at a time."""

    def acquire(self) -> bool:
        """Take or keep leadership; True while this process holds it. May raise."""
        ...

    def release(self) -> None:
        """Give leadership up (best effort) and close connections."""
        ...


class AdvisoryLockBackend:
    """PostgreSQL: a session advisory lock held on one dedicated, unpooled connection."""

    def __init__(self, url: str, *, name: str, holder: str, ttl: float) -> None:
        self._key = advisory_key(name)
        self._holder = holder
        self._ttl = ttl
        self._engine: Engine = create_db_engine(
            url,
            poolclass=NullPool,
            connect_args={
                "connect_timeout": max(1, int(ttl / 3)),
                "application_name": f"laip-monitor leader {holder}"[:63],
                # A dead peer (cable cut, host frozen) is noticed by TCP within about ttl.
                "keepalives": 1,
                "keepalives_idle": max(1, int(ttl / 3)),
                "keepalives_interval": max(1, int(ttl / 6)),
                "keepalives_count": 3,
            },
        )
        self._conn: Connection | None = None
        self._held = False
        self._lock = threading.Lock()

    def acquire(self) -> bool:
        with self._lock:
            try:
                conn = self._connection()
                if self._held:
                    conn.execute(text("SELECT 1"))
                    return True
                held = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key})
                self._held = bool(held.scalar())
                return self._held
            except BaseException:
                self._drop()
                raise

    def release(self) -> None:
        with self._lock:
            if self._conn is not None and self._held:
                # Closing the session below releases the lock anyway.
                with contextlib.suppress(SQLAlchemyError):
                    self._conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})
            self._drop()
            self._engine.dispose()

    def _connection(self) -> Connection:
        if self._conn is None:
            conn = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            millis = int(self._ttl * 1000)
            # The server ends a session left idle for ttl (its process hung or was cut off), which
            # frees the lock for another replica; statement_timeout bounds a check that hangs.
            conn.execute(text(f"SET statement_timeout = {max(1000, millis // 3)}"))
            with contextlib.suppress(SQLAlchemyError):  # PostgreSQL 14+; keepalives cover older
                conn.execute(text(f"SET idle_session_timeout = {millis}"))
            self._conn = conn
        return self._conn

    def _drop(self) -> None:
        self._held = False
        if self._conn is not None:
            with contextlib.suppress(SQLAlchemyError):
                self._conn.invalidate()
                self._conn.close()
            self._conn = None


class LeaseBackend:
    """Any database with the ``leases`` table: a row with an expiry, renewed conditionally."""

    def __init__(self, url: str, *, name: str, holder: str, ttl: float) -> None:
        self._name = name
        self._holder = holder
        self._ttl = dt.timedelta(seconds=ttl)
        self._engine = create_db_engine(url)
        self._lock = threading.Lock()

    def acquire(self) -> bool:
        with self._lock:
            now = utcnow()
            values = {"holder": self._holder, "expires_at": now + self._ttl, "renewed_at": now}
            with self._engine.begin() as conn:
                renewed = conn.execute(
                    update(Lease)
                    .where(
                        Lease.name == self._name,
                        or_(Lease.holder == self._holder, Lease.expires_at < now),
                    )
                    .values(**values)
                )
                if renewed.rowcount == 1:
                    return True
            try:
                with self._engine.begin() as conn:
                    conn.execute(insert(Lease).values(name=self._name, **values))
            except IntegrityError:
                return False  # another replica holds a lease that has not expired
            return True

    def release(self) -> None:
        with self._lock:
            try:
                with self._engine.begin() as conn:
                    conn.execute(
                        delete(Lease).where(Lease.name == self._name, Lease.holder == self._holder)
                    )
            except SQLAlchemyError as exc:
                log.warning("could not release the leader lease: %s", exc)
            finally:
                self._engine.dispose()


def backend_for(url: str, *, name: str, holder: str, ttl: float) -> ElectionBackend:
    """The advisory lock on PostgreSQL, the lease table anywhere else."""
    if make_url(normalise_url(url)).get_backend_name() == "postgresql":
        return AdvisoryLockBackend(url, name=name, holder=holder, ttl=ttl)
    return LeaseBackend(url, name=name, holder=holder, ttl=ttl)


class LeaderElector:
    """Campaigns for leadership every ``renew_interval`` seconds until its ``run()`` is cancelled.

    ``is_leader``, the ``elected`` / ``demoted`` events (exactly one is set at any time) and the
    ``on_elected`` / ``on_demoted`` callbacks (plain or async) tell the service when to start and
    stop leader-only work. ``ready`` is set once the first attempt has been decided.

    ``outage_grace``: how long a leader keeps leading while the database cannot be reached at all
    (a refused or dead connection, a check that times out; not another replica holding the lock).
    0 demotes at once. A larger value keeps a lone replica probing (into its write buffer) through
    a database outage; the price is that a replica cut off from the database, but not from the
    portals, may work alongside the new leader until it can reach the database again.
    """

    def __init__(
        self,
        url: str,
        *,
        name: str = DEFAULT_NAME,
        ttl: float = 30.0,
        renew_interval: float = 10.0,
        holder: str | None = None,
        on_elected: Callback | None = None,
        on_demoted: Callback | None = None,
        backend: ElectionBackend | None = None,
        outage_grace: float = 0.0,
    ) -> None:
        if not 0 < renew_interval < ttl:
            raise ValueError("renew_interval must be positive and shorter than ttl")
        self.holder = holder or default_holder()
        self.ttl = ttl
        self.renew_interval = renew_interval
        # A check still unanswered by then demotes: well before the lease could expire.
        self.check_timeout = (ttl - renew_interval) * 0.75
        self._backend = backend or backend_for(url, name=name, holder=self.holder, ttl=ttl)
        self._on_elected = on_elected
        self._on_demoted = on_demoted
        self.is_leader = False
        self.elected = asyncio.Event()
        self.demoted = asyncio.Event()
        self.demoted.set()
        self.ready = asyncio.Event()
        self.last_error: str | None = None
        self.outage_grace = outage_grace
        self._unreachable_since: float | None = None

    @property
    def role(self) -> str:
        """``'leader'`` or ``'follower'`` (for health and logs)."""
        return "leader" if self.is_leader else "follower"

    async def run(self) -> None:
        """Campaign until cancelled; then step down and release leadership for the others."""
        try:
            while True:
                started = time.monotonic()
                held = self._decide(await self._attempt(), started)
                if held and not self.is_leader:
                    # Leading from the first decision is the normal start of a lone replica;
                    # taking over after following is worth a warning.
                    await self._set_leader(True, notable=self.ready.is_set())
                elif not held and self.is_leader:
                    await self._set_leader(False, notable=True)
                elif not self.ready.is_set():
                    log.info("%s starts as the follower", self.holder)
                self.ready.set()
                elapsed = time.monotonic() - started
                await asyncio.sleep(max(0.0, self.renew_interval - elapsed))
        finally:
            if self.is_leader:
                await self._set_leader(False, notable=False)  # stepping down on a clean stop
            await asyncio.shield(asyncio.to_thread(self._backend.release))

    def _decide(self, answer: bool | None, now: float) -> bool:
        """Whether to lead; ``answer`` None means the database could not be asked."""
        if answer is not None:
            self._unreachable_since = None
            return answer
        if not self.is_leader:
            return False
        if self._unreachable_since is None:
            self._unreachable_since = now
        return now - self._unreachable_since < self.outage_grace

    async def _attempt(self) -> bool | None:
        try:
            async with asyncio.timeout(self.check_timeout):
                held = await asyncio.shield(asyncio.to_thread(self._backend.acquire))
        except TimeoutError:
            self._note_error(f"leadership check unanswered after {self.check_timeout:g}s")
            return None
        except Exception as exc:  # noqa: BLE001 - any failure to confirm means "cannot tell"
            original = getattr(exc, "orig", None) or exc
            self._note_error(str(original).strip().split("\n")[0] or type(original).__name__)
            return None
        self.last_error = None
        return held

    def _note_error(self, message: str) -> None:
        if message != self.last_error:
            log.warning("leader election: %s", message)
        self.last_error = message

    async def _set_leader(self, leader: bool, *, notable: bool) -> None:
        """Change role; ``notable`` (a takeover, a lost lead) logs a warning, the rest info."""
        self.is_leader = leader
        (self.elected if leader else self.demoted).set()
        (self.demoted if leader else self.elected).clear()
        log.log(
            logging.WARNING if notable else logging.INFO, "%s is now the %s", self.holder, self.role
        )
        callback = self._on_elected if leader else self._on_demoted
        if callback is None:
            return
        try:
            result = callback()
            if inspect.isawaitable(result):
                await result
        except Exception:
            log.exception("leader election callback failed")
