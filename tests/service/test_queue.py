"""The job queue's pieces: when it is used, its locks, its schema, its metric."""

from __future__ import annotations

import contextlib

import psycopg
import pytest
from procrastinate.exceptions import ConnectorException
from procrastinate.jobs import Status
from prometheus_client import CollectorRegistry, generate_latest
from sqlalchemy import create_engine, text

from monitor.config import Config, MonitorSettings, QueueSettings, parse_config
from monitor.errors import ConfigError, DatabaseError
from monitor.service.app import uses_queue, worker_settings
from monitor.service.plan import CRAWL, PROBE, REPORT, JobKind
from monitor.service.queue import (
    CRAWL_QUEUE,
    QUEUE,
    SCHEMA_MARK,
    STATUSES,
    JobQueue,
    QueueCollector,
    WorkerSettings,
    conninfo,
    ensure_schema,
    lock_for,
)


def config(url: str, enabled: bool = True) -> Config:
    return Config(monitor=MonitorSettings(database_url=url), queue=QueueSettings(enabled=enabled))


def test_the_queue_is_used_with_postgresql_only_and_can_be_switched_off() -> None:
    assert uses_queue(config("postgresql+psycopg://laip@db/laip"))
    assert uses_queue(config("postgresql://laip@db/laip"))
    assert not uses_queue(config("sqlite:///laip-monitor.db"))  # the one-machine default
    assert not uses_queue(config("postgresql+psycopg://laip@db/laip", enabled=False))
    assert not uses_queue(Config())


def test_queue_settings_parse_and_bad_values_name_the_field() -> None:
    parsed = parse_config(b"[queue]\nenabled = false\nconcurrency = 4\n")
    assert parsed.queue == QueueSettings(enabled=False, concurrency=4)
    with pytest.raises(ConfigError, match=r"queue.*enabled"):
        parse_config(b'[queue]\nenabled = "sometimes"\n')


def test_the_worker_is_timed_like_the_election_and_sized_like_the_process() -> None:
    parsed = parse_config(
        b'[monitor]\ncheck_interval = "5m"\nleader_ttl = "30s"\nleader_renew_interval = "10s"\n'
    )
    settings = worker_settings(parsed)
    assert (settings.heartbeat, settings.stalled_after) == (10.0, 30.0)
    assert settings.concurrency == parsed.monitor.concurrency
    assert settings.crawl_concurrency == parsed.crawl.parallel_portals
    assert settings.poll == 5.0
    assert worker_settings(parse_config(b"[queue]\nconcurrency = 3\n")).concurrency == 3


def test_probes_and_crawls_lock_per_host_and_kind_other_jobs_per_job() -> None:
    assert lock_for(PROBE, "uno", "muni.gob.gt") == "probe@muni.gob.gt"
    assert lock_for(CRAWL, "uno", "muni.gob.gt") == "crawl@muni.gob.gt"
    # Two portals on one host share the lock: never probed at the same moment.
    assert lock_for(PROBE, "dos", "muni.gob.gt") == lock_for(PROBE, "uno", "muni.gob.gt")
    assert lock_for(REPORT, None, None) == "report:*"


def test_conninfo_is_a_libpq_url_with_the_password() -> None:
    url = "postgresql+psycopg://laip:s3cret@db:5432/laip?sslmode=require"
    assert conninfo(url) == "postgresql://laip:s3cret@db:5432/laip?sslmode=require"


def test_the_schema_is_applied_once_and_a_foreign_version_is_one_clear_error(
    postgres_url: str,
) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            assert ensure_schema(connection) is True
            assert ensure_schema(connection) is False  # already there: nothing to do
            mark = connection.execute(
                text("SELECT obj_description('procrastinate_jobs'::regclass, 'pg_class')")
            ).scalar_one()
            assert mark == SCHEMA_MARK
            connection.execute(
                text("COMMENT ON TABLE procrastinate_jobs IS 'laip-monitor: procrastinate 0.1'")
            )
            with pytest.raises(DatabaseError, match="procrastinate 0.1.*migrations"):
                ensure_schema(connection)
    finally:
        engine.dispose()


def test_laip_queue_jobs_has_every_status_and_nothing_on_a_follower() -> None:
    counts: dict[str, int] | None = {"todo": 3, "doing": 1}
    registry = CollectorRegistry()
    registry.register(QueueCollector(lambda: counts))
    exposed = generate_latest(registry).decode()
    assert 'laip_queue_jobs{status="todo"} 3.0' in exposed
    assert 'laip_queue_jobs{status="doing"} 1.0' in exposed
    assert all(f'laip_queue_jobs{{status="{status}"}}' in exposed for status in STATUSES)
    counts = None  # a follower (or an unreadable database) exports nothing
    assert "laip_queue_jobs{" not in generate_latest(registry).decode()


async def _nothing(kind: JobKind, slug: str | None) -> None:
    raise AssertionError("no job runs in this test")


async def test_the_sweep_requeues_a_dead_workers_job_or_closes_it_when_its_next_run_waits(
    postgres_url: str,
) -> None:
    engine = create_engine(postgres_url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        ensure_schema(connection)
    settings = WorkerSettings(
        concurrency=1,
        crawl_concurrency=1,
        heartbeat=1,
        stalled_after=30,
        poll=1,
        shutdown_timeout=1,
    )
    queue = JobQueue(postgres_url, _nothing, settings)
    await queue.open()
    try:
        manager = queue.app.job_manager
        assert await queue.defer(PROBE, "uno", "probe:uno", "uno.example")
        assert not await queue.defer(PROBE, "uno", "probe:uno", "uno.example")  # queued once
        assert await queue.defer(PROBE, "dos", "probe:dos", "dos.example")
        worker = await manager.register_worker()
        lost_uno = await manager.fetch_job([QUEUE], worker)
        lost_dos = await manager.fetch_job([QUEUE], worker)
        assert lost_uno is not None and lost_dos is not None
        assert {lost_uno.queueing_lock, lost_dos.queueing_lock} == {"probe:uno", "probe:dos"}
        assert await queue.sweep() == 0  # a live worker's jobs are left alone
        # The scheduler queues uno's next run meanwhile; then the worker dies (no heartbeat).
        assert await queue.defer(PROBE, "uno", "probe:uno", "uno.example")
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE procrastinate_workers SET last_heartbeat = now() - interval '1 hour'")
            )
        assert await queue.sweep() == 1
        statuses = {
            (row.queueing_lock, row.id): row.status
            for row in await manager.list_jobs_async(queue=QUEUE)
        }
        assert statuses[("probe:dos", lost_dos.id)] == "todo"  # back in the queue, same job
        assert statuses[("probe:uno", lost_uno.id)] == "failed"  # its next run does the work
        assert sorted(statuses.values()) == ["failed", "todo", "todo"]
        # Crawls go to a queue of their own (each replica takes only as many as it can run).
        assert await queue.defer(CRAWL, "uno", "crawl:uno", "uno.example")
        (crawl,) = await manager.list_jobs_async(queue=CRAWL_QUEUE)
        assert (crawl.queueing_lock, crawl.lock) == ("crawl:uno", "crawl@uno.example")
    finally:
        await queue.close()
        engine.dispose()


async def test_a_status_lost_with_the_connection_does_not_hold_the_hosts_lock(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database drops the connection as a live worker records a finished probe: had the row
    stayed ``doing``, its lock (``probe@uno.example``) would keep the host's next probes waiting
    for as long as the worker lives (the sweep only requeues dead workers' jobs)."""
    engine = create_engine(postgres_url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        ensure_schema(connection)
    settings = WorkerSettings(
        concurrency=1, crawl_concurrency=1, heartbeat=1, stalled_after=30, poll=1,
        shutdown_timeout=1,
    )  # fmt: skip
    queue = JobQueue(postgres_url, _nothing, settings)
    await queue.open()
    try:
        connector = queue.app.connector
        execute = connector.execute_query_async
        dropped: list[str] = []

        async def drops_once(query: str, **arguments: object) -> None:
            if "finish_job" in query and not dropped:
                dropped.append(query)
                try:
                    raise psycopg.OperationalError("server closed the connection unexpectedly")
                except psycopg.OperationalError as lost:
                    raise ConnectorException("Database error.") from lost
            await execute(query, **arguments)

        monkeypatch.setattr(connector, "execute_query_async", drops_once)
        manager = queue.app.job_manager
        assert await queue.defer(PROBE, "uno", "probe:uno", "uno.example")
        worker = await manager.register_worker()
        first = await manager.fetch_job([QUEUE], worker)
        assert first is not None
        with contextlib.suppress(ConnectorException):  # as procrastinate's worker drops it
            await manager.finish_job(first, Status.SUCCEEDED, delete_job=True)
        assert dropped  # the first attempt was lost with the connection
        assert await queue.defer(PROBE, "uno", "probe:uno", "uno.example")
        following = await manager.fetch_job([QUEUE], worker)
        assert following is not None and following.queueing_lock == "probe:uno"
    finally:
        await queue.close()
        engine.dispose()
