"""Prometheus metrics: state read from the database at scrape time, plus process counters.

``StateCollector`` exports what the state tables say now (so gauges survive restarts and agree
with ``laip-monitor status``); ``ProcessMetrics`` counts what this running process did. Both
live on the app's own ``CollectorRegistry``. Metric names are an API: dashboards and alert rules
depend on them (see ``dashboards/``). Identity labels are ``portal``, ``department`` and
``section``; the only other labels are closed enumerations (``status``, ``class``, ``kind``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections import Counter as Tally
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.status import ANALYSIS_OUTCOMES, CRAWL_SKIP_REASONS, STATUS_CODES, STATUSES
from monitor.probes.result import ERROR_CLASSES, NOT_COUNTED_ERRORS, ProbeResult
from monitor.report.sections import catalogue
from monitor.service.exposition import LabelledGauge
from monitor.service.plan import JOB_KINDS
from monitor.store.buffer import BufferStatus
from monitor.store.models import utcnow
from monitor.store.snapshot import Snapshot, read_snapshot

log = logging.getLogger(__name__)

PORTAL_LABELS = ["portal", "department"]
SECTION_LABELS = ["portal", "department", "section"]
STATUS_HELP = ", ".join(f"{code}={status}" for status, code in STATUS_CODES.items())
# Delivery statuses that count as a failed e-mail (given up after the last attempt).
FAILED_DELIVERY_STATUSES = ("failed",)
PENDING_DELIVERY_STATUSES = ("pending", "sending", "retry")
# Claimed, then no outcome recorded (the process died mid-send): never resent automatically.
UNKNOWN_DELIVERY_STATUSES = ("unknown",)
RESPONSE_TIME_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0)
_CODES: dict[str, int] = {str(status): code for status, code in STATUS_CODES.items()}
LAG_BUCKETS = (0.1, 0.5, 1.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 900.0, 3600.0)


def _ts(moment: dt.datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


class StateCollector(Collector):
    """Exports the latest state of every active portal and section, read at each scrape.

    Only while ``is_leader()`` is true: replicas share one database, so a follower exporting
    the same state would make every sum over the scraped replicas count each portal twice. A
    follower exports ``laip_database_up`` alone (from a ``SELECT 1``).
    """

    def __init__(
        self,
        factory: Callable[[], sessionmaker[Session] | None],
        *,
        now: Callable[[], dt.datetime] = utcnow,
        is_leader: Callable[[], bool] = lambda: True,
    ) -> None:
        self._factory = factory
        self._now = now
        self._is_leader = is_leader

    def describe(self) -> Iterable[Metric]:
        # Defined so that registering the collector does not run a scrape (and a query);
        # it names everything a leader can export.
        return [self._database_up(), *self._families()]

    def collect(self) -> Iterable[Metric]:
        factory = self._factory()
        database_up = self._database_up()
        if factory is None:
            database_up.add_metric([], 0)
            return [database_up]
        leading = self._is_leader()
        snapshot: Snapshot | None = None
        try:
            with factory() as session:
                if leading:
                    snapshot = read_snapshot(session)
                else:
                    session.execute(select(1))
        except Exception as exc:  # noqa: BLE001 - a scrape must answer even when the DB does not
            log.warning(
                "metrics scrape could not read the database",
                extra={"fields": {"error": str(exc)[:300]}},
            )
            database_up.add_metric([], 0)
            return [database_up]
        database_up.add_metric([], 1)
        if snapshot is None:
            return [database_up]
        return [database_up, *self._families(snapshot)]

    @staticmethod
    def _database_up() -> GaugeMetricFamily:
        return GaugeMetricFamily(
            "laip_database_up", "Whether the last scrape could read the monitor's database (0/1)."
        )

    def _families(self, snapshot: Snapshot | None = None) -> Iterator[Metric]:
        now = self._now()
        gauges: dict[str, LabelledGauge] = {}

        def gauge(name: str, doc: str, labels: list[str]) -> LabelledGauge:
            family = LabelledGauge(name, doc, labels)
            gauges[name] = family
            return family

        portals = GaugeMetricFamily("laip_portals", "Active portals in the configuration.")
        # Names people read, joined in PromQL (`* on (portal) group_left (name) laip_portal_info`):
        # one series per portal and per catalogue entry, so the cardinality stays bounded.
        portal_info = gauge(
            "laip_portal_info",
            "Always 1: the portal's municipality name and department, to join by `portal`.",
            ["portal", "name", "department"],
        )
        section_info_family = gauge(
            "laip_section_info",
            "Always 1: the catalogue entry's numeral and title, to join by `section`.",
            ["section", "title", "numeral"],
        )
        up = gauge(
            "laip_portal_up",
            "Whether the portal is up (1) or down (0), after the flap thresholds.",
            PORTAL_LABELS,
        )
        since = gauge(
            "laip_portal_state_since_timestamp_seconds",
            "When the portal's current up/down state began.",
            PORTAL_LABELS,
        )
        failures = gauge(
            "laip_portal_consecutive_failures",
            "Failed probes in a row (0 when the last probe succeeded).",
            PORTAL_LABELS,
        )
        last_probe = gauge(
            "laip_portal_last_probe_timestamp_seconds",
            "When the portal was last probed.",
            PORTAL_LABELS,
        )
        response = gauge(
            "laip_portal_response_time_seconds",
            "Duration of the last probe, all redirects and the body included.",
            PORTAL_LABELS,
        )
        status = gauge(
            "laip_portal_http_status_code",
            "HTTP status code of the last probe's final answer.",
            PORTAL_LABELS,
        )
        tls = gauge(
            "laip_portal_tls_expiry_timestamp_seconds",
            "When the portal's TLS certificate expires (seconds since epoch).",
            PORTAL_LABELS,
        )
        score = gauge(
            "laip_portal_compliance_score",
            "Share of applicable LAIP Article 10 sections judged ok in the last crawl (0-1).",
            PORTAL_LABELS,
        )
        weighted = gauge(
            "laip_portal_compliance_weighted_score",
            "Compliance score weighted by the catalogue's section weights (0-1).",
            PORTAL_LABELS,
        )
        last_crawl = gauge(
            "laip_portal_last_crawl_timestamp_seconds",
            "When the portal's last compliance crawl started.",
            PORTAL_LABELS,
        )
        crawl_duration = gauge(
            "laip_portal_crawl_duration_seconds",
            "Duration of the portal's last compliance crawl.",
            PORTAL_LABELS,
        )
        crawl_pages = gauge(
            "laip_portal_crawled_pages",
            "Pages fetched by the portal's last compliance crawl.",
            PORTAL_LABELS,
        )
        per_status = gauge(
            "laip_portal_sections",
            "Sections of the portal per status in the last crawl.",
            [*PORTAL_LABELS, "status"],
        )
        section_status = gauge(
            "laip_section_status",
            f"Latest verdict on a section as a code: {STATUS_HELP}.",
            SECTION_LABELS,
        )
        section_corrected = gauge(
            "laip_section_corrected",
            "1 when oversight corrected the section's verdict (revisado por supervisión): "
            "laip_section_status then carries the corrected status, not the judge's.",
            SECTION_LABELS,
        )
        section_age = gauge(
            "laip_section_last_updated_age_seconds",
            "Seconds since the newest date found in a section (from the start of that day, UTC).",
            SECTION_LABELS,
        )
        sent = CounterMetricFamily(
            "laip_emails_sent",
            "E-mails delivered to the SMTP server, ever (from the deliveries table).",
        )
        failed = CounterMetricFamily(
            "laip_emails_failed",
            "E-mails given up after their last attempt, ever (from the deliveries table).",
        )
        pending = GaugeMetricFamily(
            "laip_emails_pending", "E-mails claimed or waiting for a retry."
        )
        unknown = GaugeMetricFamily(
            "laip_emails_unknown",
            "E-mails whose sending was interrupted (claimed, no outcome recorded): they may or "
            "may not have left and are never resent automatically; check the SMTP server's log, "
            "then 'laip-monitor report --send --force' if needed. Not in laip_emails_failed.",
        )
        if snapshot is not None:
            portals.add_metric([], len(snapshot.portals))
            for entry in catalogue().values():
                numeral = str(entry.numeral) if entry.numeral is not None else ""
                section_info_family.add_metric([entry.section_id, entry.title, numeral], 1)
            for row in snapshot.portals:
                portal_info.add_metric([row.slug, row.name or row.slug, row.department or ""], 1)
                labels = [row.slug, row.department or ""]
                values: list[tuple[LabelledGauge, Any]] = [
                    (up, None if row.up is None else int(row.up)),
                    (since, _ts(row.since)),
                    (failures, row.consecutive_failures if row.last_probe_at else None),
                    (last_probe, _ts(row.last_probe_at)),
                    (response, row.last_response_time_seconds),
                    (status, row.last_status_code),
                    (tls, _ts(row.tls_expires_at)),
                    (score, row.compliance_score),
                    (weighted, row.compliance_weighted_score),
                    (last_crawl, _ts(row.last_crawl_at)),
                    (crawl_duration, row.crawl_duration_seconds),
                    (crawl_pages, row.crawled_pages),
                ]
                for family, value in values:
                    if value is not None:
                        family.add_metric(labels, float(value))
            tallies: dict[tuple[str, str], Tally[str]] = {}
            midnight = dt.time(0, tzinfo=dt.UTC)
            for section in snapshot.sections:
                labels = [section.slug, section.department or "", section.section_id]
                code = _CODES.get(section.status, _CODES["unknown"])
                section_status.add_metric(labels, code)
                section_corrected.add_metric(labels, int(section.corrected))
                if section.last_updated is not None:
                    newest = dt.datetime.combine(section.last_updated, midnight)
                    section_age.add_metric(labels, max(0.0, (now - newest).total_seconds()))
                tallies.setdefault((section.slug, section.department or ""), Tally())[
                    section.status
                ] += 1
            for (slug, department), tally in tallies.items():
                for name in STATUSES:
                    per_status.add_metric([slug, department, name], tally.get(name, 0))
            deliveries = snapshot.deliveries
            sent.add_metric([], deliveries.get("sent", 0))
            failed.add_metric([], sum(deliveries.get(name, 0) for name in FAILED_DELIVERY_STATUSES))
            pending.add_metric(
                [], sum(deliveries.get(name, 0) for name in PENDING_DELIVERY_STATUSES)
            )
            unknown.add_metric(
                [], sum(deliveries.get(name, 0) for name in UNKNOWN_DELIVERY_STATUSES)
            )

        yield portals
        yield from gauges.values()
        yield sent
        yield failed
        yield pending
        yield unknown


class ProcessMetrics:
    """Counters and histograms of what this process did since it started."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.probes = Counter(
            "laip_probes", "Probes run by this process.", ["portal"], registry=registry
        )
        self.probe_errors = Counter(
            "laip_probe_errors",
            f"Failed probes by error class ({', '.join(ERROR_CLASSES)}).",
            ["portal", "class"],
            registry=registry,
        )
        self.probe_duration = Histogram(
            "laip_probe_duration_seconds",
            "Response time of probes run by this process.",
            ["portal"],
            buckets=RESPONSE_TIME_BUCKETS,
            registry=registry,
        )
        self.crawls = Counter(
            "laip_crawls", "Compliance crawls run by this process.", ["portal"], registry=registry
        )
        self.crawl_failures = Counter(
            "laip_crawl_failures",
            "Compliance crawls that could not complete.",
            ["portal"],
            registry=registry,
        )
        self.job_lag = Histogram(
            "laip_scheduler_job_lag_seconds",
            "Delay between a job's scheduled time and its start.",
            ["kind"],
            buckets=LAG_BUCKETS,
            registry=registry,
        )
        self.jobs_missed = Counter(
            "laip_scheduler_jobs_missed",
            "Job runs dropped for starting later than the misfire grace time.",
            ["kind"],
            registry=registry,
        )
        self.jobs_skipped = Counter(
            "laip_scheduler_jobs_skipped",
            "Job runs skipped because the previous run was still going.",
            ["kind"],
            registry=registry,
        )
        self.job_failures = Counter(
            "laip_scheduler_job_failures",
            "Job runs that raised an unexpected exception.",
            ["kind"],
            registry=registry,
        )
        self.deadlines = Counter(
            "laip_scheduler_job_deadline_exceeded",
            "Job runs stopped at their deadline.",
            ["kind"],
            registry=registry,
        )
        self.scheduled_jobs = Gauge(
            "laip_scheduler_jobs", "Jobs in the schedule.", ["kind"], registry=registry
        )
        self.scheduler_running = Gauge(
            "laip_scheduler_running", "Whether the scheduler is running (0/1).", registry=registry
        )
        self.reloads = Counter(
            "laip_config_reloads", "Configuration reloads applied.", registry=registry
        )
        self.reload_failures = Counter(
            "laip_config_reload_failures",
            "Configuration reloads rejected (the last good config stays).",
            registry=registry,
        )
        self.last_reload = Gauge(
            "laip_config_last_reload_success_timestamp_seconds",
            "When the configuration was last (re)loaded.",
            registry=registry,
        )
        self.check_interval = Gauge(
            "laip_config_check_interval_seconds",
            "Configured interval between probes of a portal.",
            registry=registry,
        )
        self.crawl_interval = Gauge(
            "laip_config_crawl_interval_seconds",
            "Configured interval between crawls of a portal.",
            registry=registry,
        )
        self.crawls_skipped = Counter(
            "laip_crawls_skipped",
            "Crawls not started, by reason: portal_down (an outage is never judged), "
            "database_down (they run at the next interval), disabled.",
            ["reason"],
            registry=registry,
        )
        self.crawl_analyses = Counter(
            "laip_crawl_analyses",
            "Crawls judged, by how: new (the content analysed anew) or kept (the content was the "
            "last crawl's, so was its analysis).",
            ["outcome"],
            registry=registry,
        )
        self.leader = Gauge(
            "laip_leader",
            "Whether this replica is the leader that probes, crawls, e-mails and prunes (1) or a "
            "follower that only serves metrics (0).",
            registry=registry,
        )
        self.retention_runs = Counter(
            "laip_retention_runs", "Retention runs completed by this process.", registry=registry
        )
        self.pruned_probes = Counter(
            "laip_retention_pruned_probes",
            "Raw probe rows rolled up into daily rows and deleted by this process.",
            registry=registry,
        )
        for kind in JOB_KINDS:
            for family in (
                self.job_lag,
                self.jobs_missed,
                self.jobs_skipped,
                self.job_failures,
                self.deadlines,
            ):
                family.labels(kind)
            self.scheduled_jobs.labels(kind).set(0)
        for reason in CRAWL_SKIP_REASONS:
            self.crawls_skipped.labels(reason)
        for outcome in ANALYSIS_OUTCOMES:
            self.crawl_analyses.labels(outcome)
        # Labelled by portal alone: started with a configured portal, dropped with it.
        self._portal_counters = (self.probes, self.crawls, self.crawl_failures)

    def observe_probe(self, result: ProbeResult) -> None:
        """Count one stored probe, its error class and its response time."""
        self.probes.labels(result.slug).inc()
        if result.error is not None:
            self.probe_errors.labels(result.slug, result.error).inc()
        if result.response_time_seconds is not None and result.error not in NOT_COUNTED_ERRORS:
            self.probe_duration.labels(result.slug).observe(result.response_time_seconds)

    def know_portal(self, slug: str) -> None:
        """Start the portal's probe and crawl counters at 0, so that ``increase()`` and
        ``rate()`` count its first probe, crawl and failure (a series born at 1 loses it)."""
        for family in self._portal_counters:
            family.labels(slug)

    def forget_portal(self, slug: str) -> None:
        """Drop the per-portal series of a portal removed from the configuration."""
        for family in (*self._portal_counters, self.probe_duration):
            with contextlib.suppress(KeyError):
                family.remove(slug)
        for error in ERROR_CLASSES:
            with contextlib.suppress(KeyError):
                self.probe_errors.remove(slug, error)


def build_registry(
    factory: Callable[[], sessionmaker[Session] | None],
    *,
    process_collectors: bool = True,
    buffer: Callable[[], BufferStatus | None] | None = None,
    is_leader: Callable[[], bool] = lambda: True,
) -> tuple[CollectorRegistry, ProcessMetrics]:
    """The app's own registry with the state collector, process metrics and runtime collectors."""
    registry = CollectorRegistry(auto_describe=True)
    registry.register(StateCollector(factory, is_leader=is_leader))
    metrics = ProcessMetrics(registry)
    if buffer is not None:
        registry.register(BufferCollector(buffer))
    if process_collectors:
        for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
            registry.register(collector)
    return registry, metrics


class BufferCollector(Collector):
    """Exports the write buffer: results waiting for the database, and results dropped."""

    def __init__(self, status: Callable[[], BufferStatus | None]) -> None:
        self._status = status

    def describe(self) -> Iterable[Metric]:
        return list(self._families(None))

    def collect(self) -> Iterable[Metric]:
        return list(self._families(self._status()))

    def _families(self, status: BufferStatus | None) -> Iterator[Metric]:
        pending = GaugeMetricFamily(
            "laip_write_buffer_pending",
            "Results (probes, finished crawls) kept in memory while the database is down.",
        )
        dropped = CounterMetricFamily(
            "laip_write_buffer_dropped",
            "Results dropped because the write buffer was full (the oldest go first).",
        )
        if status is not None:
            pending.add_metric([], status.pending)
            dropped.add_metric([], status.dropped)
        yield pending
        yield dropped
