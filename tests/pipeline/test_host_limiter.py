"""One per-host limiter shared by the probes (service loop) and the crawls (crawl thread's loop)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from monitor.net.client import HostLimiter


async def _hold(limiter: HostLimiter, host: str, peak: list[int], lock: threading.Lock) -> None:
    async with limiter.slot(host):
        with lock:
            peak.append(limiter.in_flight(host))
        await asyncio.sleep(0)  # let the other loop try while this slot is held
        await asyncio.sleep(0.001)


def test_two_event_loops_in_two_threads_never_exceed_the_per_host_limit() -> None:
    limiter = HostLimiter(per_host=2, total=64)
    peak: list[int] = []
    lock = threading.Lock()

    def loop_in_thread() -> None:
        async def many() -> None:
            await asyncio.gather(*(_hold(limiter, "muni.laip.gt", peak, lock) for _ in range(40)))

        asyncio.run(many())

    threads = [threading.Thread(target=loop_in_thread) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(peak) == 80
    assert max(peak) == 2
    assert limiter.in_flight("muni.laip.gt") == 0


async def test_a_waiter_cancelled_while_queued_does_not_take_a_slot() -> None:
    limiter = HostLimiter(per_host=1, total=8)
    async with limiter.slot("a"):
        waiter = asyncio.ensure_future(_hold(limiter, "a", [], threading.Lock()))
        await asyncio.sleep(0)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
        assert limiter.in_flight("a") == 1
    assert limiter.in_flight("a") == 0
    async with limiter.slot("a"):  # the slot is free again
        assert limiter.in_flight("a") == 1


async def test_the_global_bound_holds_across_hosts() -> None:
    limiter = HostLimiter(per_host=4, total=2)
    running = 0
    peak = 0

    async def one(host: str) -> None:
        nonlocal running, peak
        async with limiter.slot(host):
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.001)
            running -= 1

    await asyncio.gather(*(one(f"h{i % 5}") for i in range(30)))
    assert peak == 2


async def test_a_freed_slot_goes_to_the_first_waiter_and_wakes_no_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from monitor.net import client

    woken: list[object] = []
    wake = client._wake
    monkeypatch.setattr(client, "_wake", lambda waiter: (woken.append(waiter), wake(waiter)))
    limiter = HostLimiter(per_host=1, total=64)
    order: list[int] = []

    async def one(index: int) -> None:
        async with limiter.slot("muni.laip.gt"):
            order.append(index)
            await asyncio.sleep(0)

    await asyncio.gather(*(one(i) for i in range(30)))
    assert order == list(range(30))  # first come, first served
    assert len(woken) == 29  # one wake-up per freed slot, not one per waiter


async def test_waiters_for_the_global_bound_are_woken_whichever_host_frees_a_slot() -> None:
    limiter = HostLimiter(per_host=4, total=2)
    first_two = asyncio.Event()
    done: list[str] = []

    async def hold(host: str) -> None:
        async with limiter.slot(host):
            done.append(host)
            await first_two.wait()

    holders = [asyncio.ensure_future(hold(h)) for h in ("x", "y")]
    waiters = [asyncio.ensure_future(hold(h)) for h in ("b", "c")]
    await asyncio.sleep(0)
    assert done == ["x", "y"]
    first_two.set()
    await asyncio.wait_for(asyncio.gather(*holders, *waiters), timeout=5)
    assert sorted(done) == ["b", "c", "x", "y"]


async def test_a_waiter_cancelled_after_its_wake_up_passes_the_slot_on() -> None:
    limiter = HostLimiter(per_host=1, total=8)
    got: list[str] = []

    async def take(name: str) -> None:
        async with limiter.slot("a"):
            got.append(name)

    async with limiter.slot("a"):
        second = asyncio.ensure_future(take("second"))
        third = asyncio.ensure_future(take("third"))
        await asyncio.sleep(0)
    # The slot was handed to "second"; it is cancelled before it could run.
    second.cancel()
    await asyncio.wait_for(asyncio.gather(second, third, return_exceptions=True), timeout=5)
    assert got == ["third"]
    assert limiter.in_flight("a") == 0
