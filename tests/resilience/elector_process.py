"""A stand-in replica for the leader-election tests: campaigns and reports its role changes.

``python -m tests.resilience.elector_process URL TTL RENEW EVENTS_FILE`` appends lines
``<holder> leader`` / ``<holder> follower`` to EVENTS_FILE; SIGTERM steps down and exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from pathlib import Path

from monitor.service.leader import LeaderElector


async def main(url: str, ttl: float, renew: float, events: Path) -> None:
    def record(role: str) -> None:
        with events.open("a") as out:
            out.write(f"{elector.holder} {role}\n")

    elector = LeaderElector(
        url,
        ttl=ttl,
        renew_interval=renew,
        on_elected=lambda: record("leader"),
        on_demoted=lambda: record("follower"),
    )
    task = asyncio.create_task(elector.run())
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    await elector.ready.wait()
    if not elector.is_leader:
        record("follower")
    with contextlib.suppress(asyncio.CancelledError):
        await task


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), Path(sys.argv[4])))
