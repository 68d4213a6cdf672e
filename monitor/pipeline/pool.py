"""Crawl many portals on every CPU: worker processes that take portals from one shared queue.

Parsing and judging are CPU-bound Python, so one process uses one core. ``check`` puts the
round's portals on a queue that a pool of worker processes share; each worker runs the same
``crawl_and_record`` step on one pipeline of its own (event loop, client, buffered writes) for
the whole round, takes the next portal whenever one of its crawl slots frees, and sends each
result back as soon as it is stored. No worker waits at a chunk's end for its slowest crawl
while there is work left, and the round's last portals spread over every worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.store.db import open_database
from monitor.store.models import PortalState

if TYPE_CHECKING:
    from monitor.pipeline.context import Pipeline

# Portals a worker takes beyond its crawl slots, so that a freed slot never waits for the queue
# or for the crawl's row: inserting it waits for SQLite's one writer (~50 ms, measured).
PREFETCH = 4
# A worker's first collection threshold (objects allocated and not freed): CPython's 700 makes a
# crawl, which builds and drops millions of small objects, collect thousands of times; crawls
# leave no reference cycles worth collecting early (a 24-portal round left 293 unreachable
# objects, sockets and the like). Measured on the bench fleet's first crawl: 9 % less CPU.
GC_THRESHOLD = (20_000, 20, 20)
# How long a blocked queue read waits before it looks again (for a stop, or a dead worker).
POLL_SECONDS = 0.5


@dataclass(repr=False)
class PoolOutcome:
    """What the worker processes produced, merged.

    A one-line repr, as CheckReport's: a worker's ``asyncio.run`` may format its result.
    """

    results: dict[str, ComplianceResult] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    unstored: int = 0
    store_error: str | None = None

    def __repr__(self) -> str:
        return (
            f"PoolOutcome(results={len(self.results)}, skipped={len(self.skipped)}, "
            f"unstored={self.unstored})"
        )


def worker_count(config: Config, portals: int) -> int:
    """Processes to use: ``[crawl] processes`` (0 = one per CPU), never more than chunks."""
    wanted = config.crawl.processes or os.cpu_count() or 1
    chunks = -(-portals // config.crawl.parallel_portals)
    return max(1, min(wanted, chunks))


@dataclass
class CrawlPool:
    """Worker processes and the two queues they share with ``check``: portals out, results back."""

    executor: ProcessPoolExecutor
    tasks: Any  # multiprocessing.Queue[int | None]: indexes into the round's portals; None: stop
    results: Any  # multiprocessing.Queue[_Message]
    workers: int

    def shutdown(self) -> None:
        """Stop the workers: what is still queued is dropped, each worker ends its crawls."""
        with contextlib.suppress(queue.Empty):
            while True:
                self.tasks.get_nowait()
        for _ in range(self.workers):
            self.tasks.put(None)
        self.executor.shutdown(cancel_futures=True)
        self.tasks.close()
        self.results.close()


# (slug, what crawl_and_record returned): a stored result, why it was skipped, or None.
_Message = tuple[str, ComplianceResult | str | None]

_TASKS: Any = None  # the worker's ends of the queues, set by ``_start_worker``
_RESULTS: Any = None


def _die_with(parent: int) -> None:
    """Have the kernel stop this worker (SIGTERM) when ``parent`` ends, however it ends: a
    ``check`` killed with SIGKILL, or by the out-of-memory killer, leaves no worker behind,
    idle for ever (Linux; elsewhere a worker still ends with the round it was told to end)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # it ended before the line above
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _start_worker(tasks: Any, results: Any, parent: int) -> None:
    """Worker initializer: stop with ``parent``, keep the queues, import the crawl's modules,
    freeze what they made.

    Frozen objects are left out of every later collection, so that collections only walk what
    the crawls made; and collections are rarer (``GC_THRESHOLD``). A forked worker starts with
    its parent's modules and objects, and its parent's signal handling: Ctrl-C must stop it as
    it stops a spawned one.
    """
    global _TASKS, _RESULTS
    _die_with(parent)
    _TASKS, _RESULTS = tasks, results
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.set_wakeup_fd(-1)
    # Everything a worker sends is read before ``check`` stops it; at exit it need not wait.
    results.cancel_join_thread()
    import monitor.pipeline.context
    import monitor.pipeline.crawl  # noqa: F401

    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def start_method() -> str:
    """How to start worker processes: forked while this process runs a single thread, else
    spawned.

    A forked worker inherits the modules its parent imported (a spawned one imports them again:
    ~0.6 s of CPU each, a tenth of a steady-state round's CPU on the bench). A fork copies
    other threads' locks in whatever state they are, so with more than one thread it is not
    safe: then the workers are spawned.
    """
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def start_workers(workers: int) -> CrawlPool:
    """``workers`` crawl processes, starting now (see ``start_method``)."""
    context = multiprocessing.get_context(start_method())
    tasks, results = context.Queue(), context.Queue()
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(tasks, results, os.getpid()),
    )
    for _ in range(workers):
        executor.submit(_ready)  # each submit with no idle worker starts one process
    return CrawlPool(executor, tasks, results, workers)


def start_pool(config: Config, portals: int) -> CrawlPool | None:
    """Worker processes for a round of ``portals`` crawls, starting now; None when one
    process is enough (``worker_count``)."""
    workers = worker_count(config, portals)
    return start_workers(workers) if workers > 1 else None


@contextlib.contextmanager
def crawl_pool(config: Config, portals: int, *, crawl: bool = True) -> Iterator[CrawlPool | None]:
    """The worker processes a ``check`` round of ``portals`` crawls in; None for one process.

    Started by the command before it opens the database or shows progress, while it runs one
    thread, so that the workers are forked (``start_method``).
    """
    pool = start_pool(config, portals) if crawl else None
    try:
        yield pool
    finally:
        if pool is not None:
            pool.shutdown()


def _ready() -> None:
    """A no-op task: the worker has started and imported (``_start_worker``)."""


@dataclass
class _WorkerEnd:
    """What a worker reports when the queue is empty: writes it could not store."""

    unstored: int = 0
    store_error: str | None = None


def _crawl_from_queue(
    config: Config, portals: list[PortalConfig], ids: dict[str, int]
) -> _WorkerEnd:
    """Worker body: crawl, judge and store portals from the queue until told to stop."""
    try:
        return asyncio.run(_crawl_from_queue_async(config, portals, ids))
    finally:
        gc.collect()


async def _crawl_from_queue_async(
    config: Config, portals: list[PortalConfig], ids: dict[str, int]
) -> _WorkerEnd:
    from monitor.pipeline.context import open_pipeline

    engine, factory = open_database(config.monitor.database_url, migrate=False)
    permits = asyncio.Semaphore(config.crawl.parallel_portals + PREFETCH)
    running: set[asyncio.Task[None]] = set()
    failures: list[BaseException] = []
    end = _WorkerEnd()
    try:
        async with open_pipeline(config, factory, ids) as pipe:
            try:
                while not failures:
                    await permits.acquire()
                    sent = await _next_task()
                    if sent is None:
                        break
                    index, state = sent
                    portal = portals[index]
                    task = asyncio.create_task(_crawl_one(pipe, portal, state, permits, failures))
                    running.add(task)
                    task.add_done_callback(running.discard)
                await asyncio.gather(*running)
            finally:
                end.unstored = await pipe.buffer.close()
                end.store_error = pipe.buffer.last_error
    finally:
        engine.dispose()
    if failures:
        raise failures[0]
    return end


async def _next_task() -> tuple[int, PortalState | None] | None:
    """The next portal's index from the shared queue, with its state as ``check`` read it after
    the probe (None: read it here); None when the round is over."""
    while True:
        sent = await asyncio.to_thread(_get, _TASKS)
        if sent is _NOTHING:
            continue
        if sent is None:
            return None
        index, fields = cast(tuple[int, _StateFields | None], sent)
        if fields is None:
            return index, None
        up, last_probe_up, last_error = fields
        return index, PortalState(up=up, last_probe_up=last_probe_up, last_error=last_error)


# What a crawl's skip rule reads of a portal's state (``crawl_skip_reason``), sent with the
# portal so that the worker need not read again what ``check`` has just read.
_StateFields = tuple[bool | None, bool | None, str | None]


def _state_fields(state: PortalState | None) -> _StateFields | None:
    return None if state is None else (state.up, state.last_probe_up, state.last_error)


_NOTHING = object()
_ALL_SENT = "all portals sent"  # crosses a process boundary as itself: a plain string


def _get(source: Any) -> object:
    """One item of ``source``, or ``_NOTHING`` after POLL_SECONDS (a thread never blocks for
    good: the event loop can always end)."""
    try:
        return source.get(timeout=POLL_SECONDS)
    except queue.Empty:
        return _NOTHING


async def _crawl_one(
    pipe: Pipeline,
    portal: PortalConfig,
    state: PortalState | None,
    permits: asyncio.Semaphore,
    failures: list[BaseException],
) -> None:
    """Crawl and store ``portal``; free its permit once its crawl slot is free again."""
    from monitor.pipeline.crawl import crawl_and_record

    released = False

    def release() -> None:
        nonlocal released
        if not released:
            released = True
            permits.release()

    try:
        outcome = await crawl_and_record(pipe, portal, state=state, on_crawled=release)
    except Exception as exc:  # noqa: BLE001 - raised by the worker once its crawls end
        failures.append(exc)
        return
    finally:
        release()
    _RESULTS.put((portal.slug, outcome))


async def crawl_in_processes(
    pool: CrawlPool,
    config: Config,
    portals: Sequence[PortalConfig],
    ready: asyncio.Queue[int | None],
    states: Mapping[str, PortalState | None],
    *,
    ids: dict[str, int],
    workers: int,
    on_result: Callable[[ComplianceResult], None] | None = None,
) -> PoolOutcome:
    """Crawl, in ``pool``'s worker processes (at most ``workers`` of them), the portals whose
    indexes into ``portals`` arrive on ``ready``, as they arrive; None says no more will.
    ``states``: each portal's state as read after its probe (the workers do not read it again)."""
    loop = asyncio.get_running_loop()
    listed = list(portals)
    workers = min(workers, pool.workers)
    wanted = {p.slug: ids[p.slug] for p in listed}
    ends = [
        loop.run_in_executor(pool.executor, _crawl_from_queue, config, listed, wanted)
        for _ in range(workers)
    ]
    sent = 0

    async def forward() -> None:
        nonlocal sent
        while (index := await ready.get()) is not None:
            pool.tasks.put((index, _state_fields(states.get(listed[index].slug))))
            sent += 1
        for _ in range(workers):
            pool.tasks.put(None)
        # Through the results queue: once this arrives, the count of portals sent is final.
        pool.results.put(_ALL_SENT)

    forwarding = asyncio.create_task(forward())
    merged = PoolOutcome()
    received = 0
    all_sent = False
    try:
        while not all_sent or received < sent:
            message = await asyncio.to_thread(_get, pool.results)
            if message is _NOTHING:
                if forwarding.done() and forwarding.exception():
                    break  # raised below
                if any(end.done() and end.exception() for end in ends):
                    break  # a worker failed or died: its error is raised below
                continue
            if message == _ALL_SENT:
                all_sent = True
                continue
            slug, outcome = cast(_Message, message)
            received += 1
            if isinstance(outcome, ComplianceResult):
                merged.results[slug] = outcome
                if on_result is not None:
                    on_result(outcome)
            elif isinstance(outcome, str):
                merged.skipped[slug] = outcome
        await forwarding
        for worker_end in await asyncio.gather(*ends):
            merged.unstored += worker_end.unstored
            merged.store_error = merged.store_error or worker_end.store_error
    finally:
        forwarding.cancel()
        for running in ends:
            running.cancel()
    return merged
