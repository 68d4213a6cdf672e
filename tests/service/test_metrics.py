"""The state collector: what a scrape exports, how much it costs, and promtool's verdict."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.status import STATUS_CODES
from monitor.service.exposition import render
from monitor.service.metrics import StateCollector, build_registry
from monitor.store import repo, reviews
from monitor.store.db import open_database, transaction
from monitor.store.models import Delivery
from tests.service.helpers import make_config, parse_exposition, require_binary, seed_portal

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def database(sqlite_url: str) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    engine, factory = open_database(sqlite_url)
    yield engine, factory
    engine.dispose()


@pytest.fixture
def any_database(db_url: str) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    """SQLite, then the real PostgreSQL."""
    engine, factory = open_database(db_url)
    yield engine, factory
    engine.dispose()


def scrape(
    factory: sessionmaker[Session] | None, *, compare: bool = True
) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """What ``/metrics`` serves, parsed; ``compare``: also that it is the library's text."""
    registry = CollectorRegistry()
    registry.register(StateCollector(lambda: factory, now=lambda: NOW))
    served = render(registry)
    if compare:
        assert served == generate_latest(registry)
    return parse_exposition(served.decode())


def key(name: str, **labels: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    return name, tuple(sorted(labels.items()))


def sync(factory: sessionmaker[Session], *slugs: str) -> dict[str, int]:
    with transaction(factory) as session:
        return repo.sync_portals(session, make_config(*slugs).portals)


def test_a_scrape_exports_the_stored_state_of_each_portal_and_section(
    any_database: tuple[Engine, sessionmaker[Session]],
) -> None:
    _, factory = any_database
    ids = sync(factory, "alfa", "beta")
    at = NOW - dt.timedelta(hours=1)
    seed_portal(
        factory,
        ids["alfa"],
        "alfa",
        at=at,
        verdicts={"art10-01": ("ok", dt.date(2026, 11, 20)), "art10-02": ("outdated", None)},
        score=0.5,
    )
    with transaction(factory) as session:
        session.add_all(
            [
                Delivery(
                    kind="portal",
                    subject_key="alfa",
                    week="2026-W48",
                    recipient=f"{n}@x.gt",
                    status=s,
                )
                for n, s in enumerate(["sent", "sent", "failed", "retry", "unknown"])
            ]
        )
    samples = scrape(factory)
    alfa = {"portal": "alfa", "department": ""}
    assert samples[key("laip_database_up")] == 1
    assert samples[key("laip_portals")] == 2
    assert samples[key("laip_portal_up", **alfa)] == 1
    assert samples[key("laip_portal_last_probe_timestamp_seconds", **alfa)] == at.timestamp()
    assert samples[key("laip_portal_http_status_code", **alfa)] == 200
    assert (
        samples[key("laip_portal_tls_expiry_timestamp_seconds", **alfa)]
        == (at + dt.timedelta(days=40)).timestamp()
    )
    assert samples[key("laip_portal_compliance_score", **alfa)] == 0.5
    assert samples[key("laip_portal_crawled_pages", **alfa)] == 7
    assert samples[key("laip_portal_crawl_duration_seconds", **alfa)] == 12.5
    assert samples[key("laip_portal_sections", status="ok", **alfa)] == 1
    assert samples[key("laip_portal_sections", status="outdated", **alfa)] == 1
    assert samples[key("laip_portal_sections", status="missing", **alfa)] == 0
    assert samples[key("laip_section_status", section="art10-01", **alfa)] == 0
    assert samples[key("laip_section_status", section="art10-02", **alfa)] == 1
    age = samples[key("laip_section_last_updated_age_seconds", section="art10-01", **alfa)]
    assert age == (NOW - dt.datetime(2026, 11, 20, tzinfo=dt.UTC)).total_seconds()
    assert key("laip_section_last_updated_age_seconds", section="art10-02", **alfa) not in samples
    assert key("laip_portal_up", portal="beta", department="") not in samples  # never probed
    assert samples[key("laip_emails_sent_total")] == 2
    assert samples[key("laip_emails_failed_total")] == 1
    assert samples[key("laip_emails_pending")] == 1
    assert samples[key("laip_emails_unknown")] == 1  # claimed, outcome unknown: not "failed"


def test_a_portal_removed_from_the_config_is_no_longer_exported(
    database: tuple[Engine, sessionmaker[Session]],
) -> None:
    _, factory = database
    ids = sync(factory, "alfa", "beta")
    seed_portal(factory, ids["beta"], "beta", at=NOW)
    sync(factory, "alfa")
    samples = scrape(factory)
    assert samples[key("laip_portals")] == 1
    assert not [name for name, labels in samples if ("portal", "beta") in labels]


def test_a_scrape_costs_the_same_few_queries_for_3_or_60_portals(
    database: tuple[Engine, sessionmaker[Session]],
) -> None:
    engine, factory = database
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    counts = []
    for size in (3, 60):
        ids = sync(factory, *(f"m{n}" for n in range(size)))
        for slug in ("m0", "m1", f"m{size - 1}"):
            seed_portal(factory, ids[slug], slug, at=NOW)
        statements.clear()
        scrape(factory, compare=False)
        counts.append(len(statements))
    assert counts[0] == counts[1] <= 3


def test_registering_the_collector_reads_nothing_from_the_database() -> None:
    calls = 0

    def factory() -> None:
        nonlocal calls
        calls += 1

    registry, _ = build_registry(factory, process_collectors=False)
    assert calls == 0
    generate_latest(registry)
    assert calls == 1


def test_a_follower_exports_only_that_it_reads_the_database_and_a_leader_the_whole_state(
    database: tuple[Engine, sessionmaker[Session]],
) -> None:
    _, factory = database
    ids = sync(factory, "alfa")
    seed_portal(factory, ids["alfa"], "alfa", at=NOW)
    leading = False
    registry, metrics = build_registry(
        lambda: factory, process_collectors=False, is_leader=lambda: leading
    )
    metrics.leader.set(0)
    follower = parse_exposition(generate_latest(registry).decode())
    assert follower[key("laip_database_up")] == 1
    assert follower[key("laip_leader")] == 0
    assert not any(
        name.startswith(("laip_portal", "laip_section", "laip_emails")) for name, _ in follower
    )
    leading = True
    leader = parse_exposition(generate_latest(registry).decode())
    assert leader[key("laip_portal_up", portal="alfa", department="")] == 1
    assert leader[key("laip_portals")] == 1
    assert set(follower) < set(leader)


def test_an_unreadable_database_is_exported_as_down_instead_of_failing_the_scrape(
    tmp_path: object,
) -> None:
    engine, factory = open_database("sqlite:///" + str(tmp_path) + "/gone.db", migrate=False)
    samples = scrape(factory)  # no tables: every query fails
    engine.dispose()
    assert samples == {key("laip_database_up"): 0}


def test_the_exposition_passes_promtool_check_metrics(
    database: tuple[Engine, sessionmaker[Session]],
) -> None:
    _, factory = database
    ids = sync(factory, "alfa", "beta")
    seed_portal(factory, ids["alfa"], "alfa", at=NOW)
    registry, metrics = build_registry(lambda: factory)
    metrics.probe_duration.labels("alfa").observe(0.3)
    metrics.probe_errors.labels("alfa", "dns").inc()
    checked = subprocess.run(
        [require_binary("promtool"), "check", "metrics"],
        input=render(registry),  # what /metrics serves
        capture_output=True,
        timeout=30,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout + checked.stderr == b""


def test_info_metrics_carry_names_and_titles_for_dashboards_to_join(
    database: tuple[Engine, sessionmaker[Session]],
) -> None:
    _, factory = database
    sync(factory, "alfa", "beta")
    samples = scrape(factory)
    infos = {labels for name, labels in samples if name == "laip_portal_info"}
    assert {dict(labels)["portal"] for labels in infos} == {"alfa", "beta"}
    assert all(dict(labels)["name"] for labels in infos)
    sections = {dict(labels)["section"]: dict(labels) for name, labels in samples
                if name == "laip_section_info"}  # fmt: skip
    assert sections["art10.n08"]["numeral"] == "8"
    assert "ejecución presupuestaria" in sections["art10.n08"]["title"].lower()
    assert "extra.comude" in sections
    assert len(sections) < 40, "one series per catalogue entry: bounded"


def test_a_scrape_exports_each_sections_newest_review_across_portals(
    any_database: tuple[Engine, sessionmaker[Session]],
) -> None:
    _, factory = any_database
    ids = sync(factory, "alfa", "beta")
    judged = {"art10-01": ("outdated", NOW.date()), "art10-02": ("missing", None)}
    for slug in ("alfa", "beta"):
        seed_portal(factory, ids[slug], slug, at=NOW, verdicts=judged)
    by = {"reason": "Revisado en el portal", "reviewer": "Ana López"}
    with transaction(factory) as session:
        reviews.set_review(session, "alfa", "art10-01", "ok", **by)
        reviews.set_review(session, "alfa", "art10-01", "broken", **by)  # the newest counts
        reviews.set_review(session, "beta", "art10-02", "ok", **by)
        reviews.clear_review(session, "beta", "art10-02", **by)  # cleared: the judge's again
        reviews.set_review(session, "beta", "art10-01", "empty", **by)
    samples = scrape(factory)
    expected = {
        ("alfa", "art10-01"): ("broken", 1),
        ("alfa", "art10-02"): ("missing", 0),
        ("beta", "art10-01"): ("empty", 1),
        ("beta", "art10-02"): ("missing", 0),
    }
    for (slug, section), (status, corrected) in expected.items():
        labels = {"portal": slug, "department": "", "section": section}
        assert samples[key("laip_section_status", **labels)] == STATUS_CODES[status]
        assert samples[key("laip_section_corrected", **labels)] == corrected
