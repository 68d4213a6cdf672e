"""Builders shared by the service tests: configs, job contexts and metric readers."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.result import ComplianceResult, CrawlStats, SectionVerdict
from monitor.config import Config
from monitor.net.client import HostLimiter, build_client
from monitor.pipeline.context import ConnectivityGate, Pipeline, WriteTracker
from monitor.probes.result import ProbeResult, TlsInfo
from monitor.service.metrics import ProcessMetrics
from monitor.store import repo
from monitor.store.buffer import WriteBuffer
from monitor.store.crawls import record_crawl, start_crawl
from monitor.store.db import transaction

Handler = Callable[[httpx.Request], Any]


def make_config(*slugs: str, **monitor: Any) -> Config:
    """A config with one portal per slug, all under ``https://{slug}.laip.gt/``."""
    portals = [
        {"slug": slug, "name": f"Municipalidad {slug}", "url": f"https://{slug}.laip.gt/"}
        for slug in slugs
    ]
    return Config.model_validate({"monitor": monitor, "portals": portals})


def make_context(
    config: Config,
    factory: sessionmaker[Session],
    handler: Handler,
    *,
    gate: ConnectivityGate | None = None,
) -> Pipeline:
    """A pipeline whose HTTP client answers through ``handler`` (httpx.MockTransport)."""
    with transaction(factory) as session:
        ids = repo.sync_portals(session, config.portals)
    client = build_client(config.monitor, transport=httpx.MockTransport(handler))
    writes = WriteTracker()
    return Pipeline(
        config=config,
        factory=factory,
        client=client,
        metrics=ProcessMetrics(CollectorRegistry()),
        ids=ids,
        limiter=HostLimiter(2, 16),
        crawl_slots=asyncio.Semaphore(2),
        buffer=WriteBuffer(factory, 1000, run_in_thread=writes.run),
        writes=writes,
        connectivity=gate,
    )


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    """The value of one sample in ``registry`` (None when absent)."""
    value = registry.get_sample_value(name, labels)
    return None if value is None else float(value)


def parse_exposition(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """``{(sample name, sorted labels): value}`` of a Prometheus text exposition."""
    samples = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = float(s.value)
    return samples


def seed_portal(
    factory: sessionmaker[Session],
    portal_id: int,
    slug: str,
    *,
    at: dt.datetime,
    up: bool = True,
    tls_days: float | None = 40.0,
    verdicts: dict[str, tuple[str, dt.date | None]] | None = None,
    score: float = 0.5,
) -> None:
    """Store one probe and one complete crawl for a portal through the real store functions."""
    tls = (
        TlsInfo(expires_at=at + dt.timedelta(days=tls_days), issuer="Test CA") if tls_days else None
    )
    probe = ProbeResult(
        slug=slug,
        url=f"https://{slug}.laip.gt/",
        started_at=at,
        up=up,
        error=None if up else "connect",
        status_code=200 if up else None,
        response_time_seconds=0.25,
        tls=tls,
    )
    sections = verdicts or {"art10-01": ("ok", at.date()), "art10-02": ("missing", None)}
    result = ComplianceResult(
        slug=slug,
        catalog_version="test-1",
        started_at=at,
        verdicts=tuple(
            SectionVerdict(section, status, "seeded", last_updated=day)  # type: ignore[arg-type]
            for section, (status, day) in sections.items()
        ),
        stats=CrawlStats(pages=7, duration_seconds=12.5),
        score=score,
        weighted_score=score,
    )
    with transaction(factory) as session:
        repo.record_probe(session, portal_id, probe, down_after=1)
        run = start_crawl(session, portal_id, at, "test-1")
        record_crawl(session, run.id, result, finished_at=at)


def require_binary(name: str) -> str:
    """The path of a Prometheus tool; a failure (not a skip) when missing, as CI must have it.

    ``LAIP_TEST_PROMETHEUS=skip`` turns the failure into a skip on a machine without it.
    """
    found = shutil.which(name) or (
        f"/usr/bin/{name}" if os.path.exists(f"/usr/bin/{name}") else None
    )
    if found:
        return found
    if os.environ.get("LAIP_TEST_PROMETHEUS") == "skip":
        pytest.skip(f"{name} not installed and LAIP_TEST_PROMETHEUS=skip")
    pytest.fail(f"{name} is required: apt-get install -y prometheus", pytrace=False)
