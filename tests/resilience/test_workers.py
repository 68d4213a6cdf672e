"""Three ``serve`` instances on one PostgreSQL share the work through the job queue (procrastinate).

Each test starts real processes on a private database and a loopback fleet (one address of
127.0.0.0/8 per portal, so that each portal is its own host for the per-host queue lock).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from tests.report.smtp_server import RecordingHandler, SmtpServer
from tests.resilience.serve_process import Serve, wait_for, write_config
from tests.resilience.test_serve_replicas import due_an_hour_ago, probe_times

pytestmark = pytest.mark.slow
RECIPIENTS = [f"alcaldia@p{number}.example" for number in range(2, 8)]  # fleet(6)


class _Fleet(BaseHTTPRequestHandler):
    """200 at once; the portal whose server has a ``hold`` event answers its first GET only
    once the event is set (a probe that is still running when its worker is killed)."""

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        hold: threading.Event | None = getattr(self.server, "hold", None)
        if hold is not None and not getattr(self.server, "held", False):
            self.server.held = True  # type: ignore[attr-defined]
            hold.wait(30)
        body = b"<html><title>Municipalidad</title><body>Portal</body></html>"
        with contextlib.suppress(OSError):  # the prober may have been killed meanwhile
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass


@contextlib.contextmanager
def fleet(count: int, hold: dict[str, threading.Event] | None = None) -> Iterator[dict[str, str]]:
    """``count`` portals ``p2``, ``p3``... each on its own loopback address (127.0.0.2, ...)."""
    servers: list[ThreadingHTTPServer] = []
    urls: dict[str, str] = {}
    try:
        for number in range(2, 2 + count):
            slug = f"p{number}"
            server = ThreadingHTTPServer((f"127.0.0.{number}", 0), _Fleet)
            server.daemon_threads = True
            server.hold = (hold or {}).get(slug)  # type: ignore[attr-defined]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
            urls[slug] = f"http://127.0.0.{number}:{server.server_address[1]}/"
        yield urls
    finally:
        for event in (hold or {}).values():
            event.set()
        for server in servers:
            server.shutdown()
            server.server_close()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(RecordingHandler())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def job_status(url: str, queue_id: int) -> str | None:
    """The queue row's status; None once it is gone (succeeded jobs are deleted)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            status = conn.execute(
                text("SELECT status::text FROM procrastinate_jobs WHERE id = :id"), {"id": queue_id}
            ).scalar()
    finally:
        engine.dispose()
    return None if status is None else str(status)


def complete_crawls(url: str) -> Counter[str]:
    """Complete crawls per portal slug."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT p.slug FROM crawl_runs c JOIN portals p ON p.id = c.portal_id"
                    " WHERE c.status = 'complete'"
                )
            ).all()
    finally:
        engine.dispose()
    return Counter(str(slug) for (slug,) in rows)


def done(serves: list[Serve], job: str | None = None) -> list[dict[str, Any]]:
    """Every "queued job done" log line of ``serves`` (of job ``job`` when given)."""
    return [
        line
        for serve in serves
        for line in serve.events("queued job done")
        if job is None or line["job"] == job
    ]


def running_spans(serves: list[Serve], kind: str) -> dict[str, list[tuple[str, str]]]:
    """Per job id, the (started, done) log timestamps of its finished runs of ``kind``, in order."""
    started = {
        (line["instance"], line["queue_id"]): line["ts"]
        for serve in serves
        for line in serve.events("queued job started")
        if line["kind"] == kind
    }
    spans: dict[str, list[tuple[str, str]]] = {}
    for line in done(serves, None):
        if line["kind"] == kind:
            begun = started[line["instance"], line["queue_id"]]
            spans.setdefault(line["job"], []).append((begun, line["ts"]))
    return {job: sorted(runs) for job, runs in spans.items()}


def test_three_instances_share_the_work_probe_each_portal_once_per_interval_and_mail_once(
    tmp_path: Path, postgres_url: str, smtp: SmtpServer
) -> None:
    interval = 1.0
    extra = (
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
        'from = "laip@example.org"\n'
        f'[report]\nschedule = "{due_an_hour_ago()}"\n'
        f'[evidence]\ndir = "{tmp_path / "evidence"}"\n'
        "[crawl]\nrender_javascript = false\nrespect_robots = false\n"
    )
    # p7's first probe hangs until its 2 s timeout: its next run, due meanwhile, must wait for it.
    with fleet(6, hold={"p7": threading.Event()}) as urls:
        config = write_config(tmp_path / "portals.toml", urls, extra=extra, crawl_interval="8s")
        # Two portals are crawled too (through the crawl queue), the others only probed.
        text_ = config.read_text(encoding="utf-8").replace("crawl = false", "crawl = true", 2)
        config.write_text(text_, encoding="utf-8")
        serves = [Serve(config, postgres_url, tmp_path / f"serve-{n}.log") for n in range(3)]
        try:
            wait_for(
                lambda: sorted(str(s.role()) for s in serves) == ["follower", "follower", "leader"],
                "one leader and two followers",
            )
            wait_for(lambda: len(smtp.handler.messages) >= len(RECIPIENTS), "the weekly e-mails")
            wait_for(
                lambda: (
                    len(times := probe_times(postgres_url)) == len(urls)
                    and min(map(len, times.values())) >= 8
                ),
                "eight probes of every portal",
            )
            wait_for(
                lambda: len(complete_crawls(postgres_url)) == 2, "a complete crawl of p2 and p3"
            )
            # Every instance reports its worker and its instance name.
            instances = {serve.health()[1]["instance"] for serve in serves}  # type: ignore[index]
            assert len(instances) == 3
            # The leader exports the shared queue once; followers leave it out.
            leader = next(serve for serve in serves if serve.role() == "leader")
            assert 'laip_queue_jobs{status="doing"}' in leader.metrics()
            assert all(
                "laip_queue_jobs" not in serve.metrics() for serve in serves if serve is not leader
            )
            for serve in serves:
                assert serve.terminate() == 0
        finally:
            for serve in serves:
                serve.close()

    ran = done(serves)
    # Work is spread: probes ran on more than one instance (each log line names its instance).
    probers = Counter(line["instance"] for line in ran if line["kind"] == "probe")
    assert len(probers) >= 2, probers
    assert set(probers) <= instances
    # Each deferred run ran exactly once, on one instance (its queue id is done once).
    runs = Counter(line["queue_id"] for line in ran)
    assert runs and max(runs.values()) == 1
    # Never two probes of one portal at once, on any instance: each run starts after the previous
    # one ended (its "started" and "done" lines, from the one clock of this machine), the held p7
    # included. This is the queue's lock at work, so it holds however loaded the machine is.
    spans = running_spans(serves, "probe")
    held = [dt.datetime.fromisoformat(ts.replace("Z", "+00:00")) for ts in spans["probe:p7"][0]]
    assert (held[1] - held[0]).total_seconds() >= interval  # a next run fell due while it hung
    for job, history in spans.items():
        for (_, ended), (started, _) in itertools.pairwise(history):
            assert started >= ended, (job, history)
    # Each portal probed once per interval: in its whole history no more probes than intervals
    # (+ the two ends, + one run that queue latency under load shifted next to the following
    # one: a late run then an on-time one, never a run twice).
    probes = probe_times(postgres_url)
    for slug, series in probes.items():
        span = (series[-1] - series[0]).total_seconds()
        assert len(series) <= span / interval + 2.5, (slug, len(series), span)
    # Each stored probe is one queued probe run: as many ProbeRun rows as probe runs done.
    assert sum(map(len, probes.values())) == sum(1 for line in ran if line["kind"] == "probe")
    # Crawls ran through the queue too, each run once, none of them left 'running'.
    crawled = Counter(line["job"].removeprefix("crawl:") for line in ran if line["kind"] == "crawl")
    assert set(crawled) == {"p2", "p3"}
    assert complete_crawls(postgres_url) == crawled
    # The weekly report: one message per recipient, whichever worker ran it.
    received = Counter(rcpt for message in smtp.handler.messages for rcpt in message.rcpt_tos)
    assert received == Counter(RECIPIENTS)
    # A new leader (as each instance stops, another takes over) runs it again: it sends nothing.
    sent = [line["sent"] for serve in serves for line in serve.events("weekly report run")]
    assert sum(sent) == len(RECIPIENTS), sent


def test_a_killed_instance_s_running_job_finishes_on_another_within_one_interval(
    tmp_path: Path, postgres_url: str
) -> None:
    interval = 5.0
    release = threading.Event()
    with fleet(4, hold={"p5": release}) as urls:
        config = write_config(
            tmp_path / "portals.toml",
            urls,
            check_interval="5s",
            timeout="20s",
            leader_ttl="2s",
        )
        serves = [Serve(config, postgres_url, tmp_path / f"serve-{n}.log") for n in range(3)]
        try:
            # Whichever instance took p5's first probe hangs in it: that one is killed.
            victim = wait_for(
                lambda: next(
                    (s for s in serves if any(e["job"] == "probe:p5" for e in
                                              s.events("queued job started"))), None),
                "the held probe to start",
            )  # fmt: skip
            (started,) = [e for e in victim.events("queued job started") if e["job"] == "probe:p5"]
            victim.kill()  # kill -9: no heartbeat, no clean-up
            killed_at = dt.datetime.now(dt.UTC)
            release.set()
            survivors = [serve for serve in serves if serve is not victim]
            finished = wait_for(
                lambda: [e for e in done(survivors, "probe:p5")],
                "p5's probe on a surviving instance",
            )
            first = dt.datetime.fromisoformat(finished[0]["ts"].replace("Z", "+00:00"))
            assert (first - killed_at).total_seconds() <= interval
            assert finished[0]["instance"] != started["instance"]
            # The leader (maybe a new one) saw the dead worker's job and put it right.
            wait_for(
                lambda: any(
                    e["message"].startswith("job of a dead worker")
                    for s in survivors
                    for e in s.events()
                ),
                "the dead worker's job to be handled",
            )
            # The dead worker's job does not stay 'doing' (done and deleted, or closed as failed).
            wait_for(
                lambda: job_status(postgres_url, started["queue_id"]) in (None, "failed"),
                "the dead worker's job to be closed",
            )
            p5 = probe_times(postgres_url)["p5"]
            assert p5 and p5[-1] > killed_at - dt.timedelta(seconds=1)
            for serve in survivors:
                assert serve.terminate() == 0
        finally:
            for serve in serves:
                serve.close()
