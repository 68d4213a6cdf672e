"""How ``check`` splits a round's portals over its worker processes."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.result import ComplianceResult
from monitor.config import Config, CrawlSettings, MonitorSettings, PortalConfig
from monitor.pipeline.context import STORE_SLOTS_PER_CRAWL, Pipeline, open_pipeline
from monitor.store import repo
from monitor.store.answers import Memory
from monitor.store.db import open_database, transaction
from tests.support.python import REPO, run_python


def _portals(count: int) -> list[PortalConfig]:
    return [
        PortalConfig(slug=f"muni-{i}", name=f"Muni {i}", url=f"http://127.0.0.{i % 250 + 1}/")
        for i in range(count)
    ]


def _registered(
    tmp_path: Path, portals: list[PortalConfig]
) -> tuple[Config, Engine, sessionmaker[Session], dict[str, int]]:
    """A config of ``portals`` (two crawl slots) on a new SQLite database that knows them."""
    config = Config(
        monitor=MonitorSettings(database_url=f"sqlite:///{tmp_path}/m.db"),
        crawl=CrawlSettings(parallel_portals=2),
        portals=tuple(portals),
    )
    engine, factory = open_database(config.monitor.database_url)
    with transaction(factory) as session:
        ids = repo.sync_portals(session, portals)
    return config, engine, factory, ids


async def test_results_waiting_to_be_stored_hold_back_new_crawls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database that does not take the results stops new crawls after four per crawl slot:
    what waits to be stored (pages, bodies for the evidence) stays bounded."""
    from monitor.pipeline import crawl as crawl_step

    portals = _portals(30)
    config, engine, factory, ids = _registered(tmp_path, portals)
    started: list[str] = []
    database_back = asyncio.Event()

    async def assess(pipe: object, portal: PortalConfig, *args: object) -> ComplianceResult:
        started.append(portal.slug)
        return ComplianceResult(portal.slug, "v1", dt.datetime.now(dt.UTC), ())

    entered: list[str] = []
    all_entered = asyncio.Event()
    crawl_inner = crawl_step._crawl

    async def counting_crawl(
        pipe: Pipeline, portal: PortalConfig, started: object, *rest: object
    ) -> object:
        entered.append(portal.slug)  # past the database reads and the crawl row
        if len(entered) == len(portals):
            all_entered.set()
        return await crawl_inner(pipe, portal, started, *rest)  # type: ignore[arg-type]

    async def no_memory(pipe: Pipeline, portal: PortalConfig) -> Memory:
        return Memory()

    monkeypatch.setattr(crawl_step, "_assess", assess)
    monkeypatch.setattr(crawl_step, "_crawl", counting_crawl)
    monkeypatch.setattr(crawl_step, "_memory", no_memory)
    try:
        async with open_pipeline(config, factory, ids) as pipe:

            async def slow_store(write: object) -> bool:
                await database_back.wait()
                return True

            monkeypatch.setattr(pipe, "store", slow_store)
            crawls = asyncio.gather(*(crawl_step.crawl_and_record(pipe, p) for p in portals))
            await asyncio.wait_for(all_entered.wait(), timeout=30)
            for _ in range(100):  # no thread left in the way: let every crawl go as far as it can
                await asyncio.sleep(0)
            waiting = len(started)
            database_back.set()
            await crawls
    finally:
        engine.dispose()
    # 8 results wait for the database (4 per slot) and 2 more are held in the crawl slots.
    assert waiting == STORE_SLOTS_PER_CRAWL * 2 + 2
    assert len(started) == len(portals)  # once the database is back, every crawl runs


async def test_a_worker_takes_a_portal_only_when_a_crawl_slot_frees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Portals stay on the shared queue (for any worker) until this worker has room to crawl."""
    import queue

    from monitor.pipeline import crawl as crawl_step
    from monitor.pipeline import pool

    portals = _portals(12)
    config, engine, _, ids = _registered(tmp_path, portals)
    engine.dispose()
    tasks: queue.Queue[tuple[int, None] | None] = queue.Queue()
    results: queue.Queue[tuple[str, object]] = queue.Queue()
    for index in range(len(portals)):
        tasks.put((index, None))  # no state read by check: the worker reads it
    tasks.put(None)
    monkeypatch.setattr(pool, "_TASKS", tasks)

    async def next_task() -> tuple[int, None] | None:
        return tasks.get_nowait()  # filled beforehand: read on the loop, no thread in the way

    monkeypatch.setattr(pool, "_next_task", next_task)
    monkeypatch.setattr(pool, "_RESULTS", results)
    crawling: list[str] = []
    finish: dict[str, asyncio.Event] = {p.slug: asyncio.Event() for p in portals}
    reached = [asyncio.Event() for _ in range(len(portals) + 1)]

    async def crawl_and_record(pipe: Pipeline, portal: PortalConfig, **kwargs: object) -> str:
        crawling.append(portal.slug)
        reached[len(crawling)].set()
        await finish[portal.slug].wait()
        on_crawled = kwargs["on_crawled"]
        assert callable(on_crawled)
        on_crawled()
        await asyncio.sleep(0)  # storing: the slot is free already
        return "skipped in this test"

    async def settle(count: int) -> None:
        await asyncio.wait_for(reached[count].wait(), timeout=30)
        # Let the worker go as far as it can (everything runs on this loop).
        for _ in range(100):
            await asyncio.sleep(0)

    monkeypatch.setattr(crawl_step, "crawl_and_record", crawl_and_record)
    worker = asyncio.create_task(pool._crawl_from_queue_async(config, portals, ids))
    await settle(2 + pool.PREFETCH)
    # Two crawl slots and PREFETCH portals taken ahead: the others wait on the queue.
    taken = 2 + pool.PREFETCH
    assert crawling == [p.slug for p in portals[:taken]]
    assert tasks.qsize() == len(portals) - taken + 1
    finish["muni-0"].set()
    await settle(taken + 1)
    assert crawling == [p.slug for p in portals[: taken + 1]]
    for event in finish.values():
        event.set()
    await asyncio.wait_for(worker, timeout=30)
    assert crawling == [p.slug for p in portals]
    sent = [results.get_nowait() for _ in range(results.qsize())]
    assert sorted(slug for slug, _ in sent) == sorted(p.slug for p in portals)


# A ``check`` that starts its workers, says their process ids, then waits to be killed.
WORKERS_THEN_WAIT = """
import os, sys, time
from monitor.pipeline.pool import start_workers
pool = start_workers(2)
pool.executor.submit(os.getpid).result(timeout=60)
print(*pool.executor._processes, flush=True)
time.sleep(600)
"""


SECOND_THREAD = (
    "import threading\nthreading.Thread(target=threading.Event().wait, daemon=True).start()\n"
)


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal")
@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_workers_end_with_their_check_even_when_it_is_killed(start: str) -> None:
    # A check killed with SIGKILL (or by the out-of-memory killer) cannot stop its workers: they
    # used to wait for the next portal for ever, each holding its database connections.
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    script = WORKERS_THEN_WAIT
    if start == "spawn":  # a second thread running: workers are spawned, not forked
        script = SECOND_THREAD + script
    command = [sys.executable, "-c", script]
    with subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, text=True) as check:
        try:
            assert check.stdout is not None
            workers = [int(pid) for pid in check.stdout.readline().split()]
            assert len(workers) == 2 and all(_running(pid) for pid in workers)
        finally:
            check.kill()
    deadline = time.monotonic() + 30
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:  # do not leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert left == []


# What ``check`` has done when it starts its workers: imported its modules, and (asyncio.run)
# put a SIGINT handler of its own in place; here a handler that swallows Ctrl-C stands in.
START_WORKERS = """
import signal, sys, threading
import monitor.cli.check
from monitor.pipeline.pool import start_workers
from tests.pipeline.pool_probe import worker_facts
signal.signal(signal.SIGINT, lambda *_: None)
if sys.argv[1] == "threaded":
    threading.Thread(target=threading.Event().wait, daemon=True).start()
pool = start_workers(2)
print(*pool.executor.submit(worker_facts).result(timeout=60))
pool.shutdown()
"""


@pytest.mark.parametrize(("threads", "forked"), [("single", True), ("threaded", False)])
def test_workers_are_forked_only_from_a_single_threaded_process(threads: str, forked: bool) -> None:
    """Forked workers inherit the imports (no start-up of their own) but not the parent's
    Ctrl-C handling; with a second thread running, a fork is not safe and they are spawned."""
    done = run_python("-c", START_WORKERS, threads, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(forked), "True"]


async def test_a_worker_takes_the_portal_state_check_sent_instead_of_reading_it_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import queue

    from monitor.pipeline import pool
    from monitor.pipeline.crawl import crawl_skip_reason

    tasks: queue.Queue[object] = queue.Queue()
    tasks.put((3, (False, False, "dns")))
    tasks.put((4, None))
    tasks.put(None)
    monkeypatch.setattr(pool, "_TASKS", tasks)
    index, state = await pool._next_task() or (None, None)
    assert index == 3 and state is not None
    reason = crawl_skip_reason(_portals(1)[0], state)
    assert reason is not None and "down (dns)" in reason  # the state check read, as it was
    assert await pool._next_task() == (4, None)  # nothing read by check: the worker reads it
    assert await pool._next_task() is None
