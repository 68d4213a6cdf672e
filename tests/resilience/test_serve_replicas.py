"""Two ``serve`` processes on one PostgreSQL database: one leader plans, the other takes over."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, select

from monitor.store.models import Portal, ProbeRun
from tests.report.smtp_server import RecordingHandler, SmtpServer
from tests.resilience.serve_process import Serve, loopback_portal, wait_for, write_config

pytestmark = pytest.mark.slow
INTERVAL = 1.0
RECIPIENTS = ["alcaldia@uno.example", "alcaldia@dos.example", "supervision@example.org"]


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(RecordingHandler())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def due_an_hour_ago() -> str:
    """A weekly schedule whose time passed an hour ago: the report runs right after start."""
    moment = dt.datetime.now(ZoneInfo("America/Guatemala")) - dt.timedelta(hours=1)
    return moment.strftime("%a %H:%M").lower()


def probe_times(url: str) -> dict[str, list[dt.datetime]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(Portal.slug, ProbeRun.started_at)
                .join(ProbeRun, ProbeRun.portal_id == Portal.id)
                .order_by(ProbeRun.started_at)
            ).all()
    finally:
        engine.dispose()
    times: dict[str, list[dt.datetime]] = {}
    for slug, started in rows:
        times.setdefault(slug, []).append(started)
    return times


def closest_gap(times: dict[str, list[dt.datetime]]) -> float:
    """The shortest time between two probes of the same portal, in seconds."""
    return min(
        (later - earlier).total_seconds()
        for series in times.values()
        for earlier, later in zip(series, series[1:], strict=False)
    )


@pytest.mark.parametrize("queue", [True, False], ids=["queue", "leader-runs-jobs"])
def test_two_replicas_elect_one_leader_never_double_probe_or_mail_and_the_other_takes_over(
    tmp_path: Path, postgres_url: str, smtp: SmtpServer, queue: bool
) -> None:
    mail = smtp.handler
    extra = (
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
        'from = "laip@example.org"\n'
        f'[report]\nschedule = "{due_an_hour_ago()}"\noversight = ["supervision@example.org"]\n'
        f"[queue]\nenabled = {'true' if queue else 'false'}\n"
    )
    with loopback_portal() as url:
        config = write_config(tmp_path / "portals.toml", {"uno": url, "dos": url}, extra=extra)
        # Started together: they migrate the empty database and sync the portals one at a time.
        first = Serve(config, postgres_url, tmp_path / "first.log")
        second = Serve(config, postgres_url, tmp_path / "second.log")
        try:
            roles = wait_for(
                lambda: (r := sorted(str(s.role()) for s in (first, second))) == [
                    "follower", "leader"] and r, "one leader and one follower")  # fmt: skip
            assert roles == ["follower", "leader"]
            leader, follower = (first, second) if first.role() == "leader" else (second, first)
            wait_for(lambda: len(mail.messages) >= len(RECIPIENTS), "the weekly e-mails")
            wait_for(lambda: min(map(len, probe_times(postgres_url).values())) >= 4, "probes")
            assert follower.role() == "follower"
            if queue:  # both replicas' workers run the jobs the leader queues
                assert follower.health()[1]["queue"] == "working"  # type: ignore[index]
            else:  # without the queue, a follower never probes
                assert follower.events("probe stored") == []
            # Only the leader exports the shared state: sums over both replicas count it once.
            led, followed = leader.metrics(), follower.metrics()
            assert "laip_leader 1.0" in led
            assert 'laip_portal_up{department="",portal="uno"} 1.0' in led
            assert "laip_leader 0.0" in followed
            assert "laip_database_up 1.0" in followed
            assert "laip_portal_up" not in followed

            leader.process.kill()  # kill -9: no chance to step down
            leader.process.wait(timeout=30)
            killed_at = dt.datetime.now(dt.UTC)
            wait_for(lambda: follower.role() == "leader", "the follower to take over")
            wait_for(lambda: follower.events("weekly report run"), "the new leader's report run")
            wait_for(
                lambda: all(t[-1] > killed_at for t in probe_times(postgres_url).values()),
                "probes by the new leader",
            )
            # /metrics shares one collection for a second: the follower's may still be served.
            wait_for(
                lambda: 'laip_portal_up{department="",portal="uno"} 1.0' in follower.metrics(),
                "the new leader to export the portals' state",
            )
            assert follower.terminate() == 0
        finally:
            first.close()
            second.close()

    # Never doubled: no portal probed twice within half an interval, before or after takeover.
    assert closest_gap(probe_times(postgres_url)) >= INTERVAL / 2
    # Exactly one message per recipient, although both leaders ran the weekly report.
    received = Counter(rcpt for message in mail.messages for rcpt in message.rcpt_tos)
    assert received == Counter(RECIPIENTS)
    rerun = follower.events("weekly report run")[-1]
    assert rerun["sent"] == 0
