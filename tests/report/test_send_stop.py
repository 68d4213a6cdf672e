"""A stop during a weekly send finishes the message on the wire and leaves the rest for later.

The service sets the stop flag on SIGTERM or when it steps down; the send thread checks it between
messages, so a stop never waits for the rest of a 340-portal send, and no message is lost or sent
twice: the ones left are pending and unclaimed, and the next run sends them.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select

from monitor.report.send import retry_due, send_weekly
from monitor.store.models import Delivery
from tests.report import seed
from tests.report.conftest import Seeded, make_config
from tests.report.smtp_server import RecordingHandler, SmtpServer


@dataclass
class StopAfterFirst(RecordingHandler):
    """Accepts messages; the first one asks the sender to stop (as SIGTERM would)."""

    stop: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        answer = await super().handle_DATA(server, session, envelope)
        self.stop.set()
        return answer


def statuses(seeded: Seeded) -> list[str]:
    with seeded.factory() as session:
        return sorted(session.scalars(select(Delivery.status)).all())


def test_a_stop_mid_send_finishes_one_message_and_the_next_run_sends_the_rest_once(
    seeded: Seeded,
) -> None:
    handler = StopAfterFirst()
    server = SmtpServer(handler)
    server.start()
    try:
        config = make_config(server.port)
        first = send_weekly(config, seeded.factory, now=seed.REPORT_TIME, stop=handler.stop)
        assert first.sent == 1
        assert len(handler.messages) == 1
        assert first.stopped >= 1
        assert "sending" not in statuses(seeded)  # nothing left claimed
        assert statuses(seeded).count("pending") == first.stopped

        later = retry_due(config, seeded.factory, now=seed.REPORT_TIME, stop=threading.Event())
    finally:
        server.stop()
    assert sum(summary.sent for summary in later) == first.stopped
    recipients = [r for m in handler.messages for r in m.rcpt_tos]
    assert len(recipients) == len(set(recipients)) == 1 + first.stopped
    assert set(statuses(seeded)) == {"sent"}


@dataclass
class HoldFirst(RecordingHandler):
    """Holds the first message on the wire until the test releases it."""

    arrived: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if not self.arrived.is_set():
            self.arrived.set()
            await asyncio.to_thread(self.release.wait, 30)
        return await super().handle_DATA(server, session, envelope)


async def test_cancelling_the_report_job_stops_its_send_thread_after_the_message_on_the_wire(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.service import jobs
    from tests.service.helpers import make_context
    from tests.service.test_jobs import Switch

    handler = HoldFirst()
    server = SmtpServer(handler)
    server.start()
    monkeypatch.setattr(jobs, "utcnow", lambda: seed.REPORT_TIME)
    try:
        config = make_config(server.port)
        ctx = make_context(config, seeded.factory, Switch())
        job = asyncio.ensure_future(jobs.JOBS[jobs.JobKind.REPORT](ctx, None))
        await asyncio.to_thread(handler.arrived.wait, 30)  # a message is on the wire...
        job.cancel()  # ... when SIGTERM arrives
        await asyncio.sleep(0)
        assert ctx.stopping.is_set()
        handler.release.set()
        await asyncio.gather(job, return_exceptions=True)
        await ctx.client.aclose()
    finally:
        handler.release.set()
        server.stop()
    assert len(handler.messages) == 1  # that message, never the rest of the week
    assert "sending" not in statuses(seeded)
    assert "pending" in statuses(seeded)
