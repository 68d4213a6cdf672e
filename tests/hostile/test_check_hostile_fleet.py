"""``laip-monitor check`` over a fleet of hostile portals: no crash, bounded, honest, stored.

One real ``check --json`` run (probe + crawl + judge + store) over every portal of
``tests.hostile.fleet``, each on its own loopback address. The run must exit 0 within a bound
derived from the config, keep the process's peak memory bounded, store a probe row for every
portal and a complete crawl for every portal that was up, classify each misbehaviour honestly
and never contact an address that is not one of the portals'.
"""

from __future__ import annotations

import json
import resource
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import certifi
import pytest
from sqlalchemy import create_engine, select
from typer.testing import CliRunner, Result

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.store.db import normalise_url
from monitor.store.models import CrawlRun, Portal, ProbeRun
from tests.hostile.fleet import CRAWL, MONITOR, HostileFleet, ipv6_loopback, start_fleet
from tests.hostile.servers import ConnectionLog, ServerThread, loopback_only, resolving

MEMORY_BOUND_BYTES = 200 * 1024 * 1024
# Probes run concurrently within ``timeout``, then crawls concurrently within ``time_budget``;
# the rest (parsing, judging, storing) gets the same again plus a fixed allowance for slow CI.
RUN_BOUND_SECONDS = 2 * (MONITOR.timeout + CRAWL.time_budget) + 30


@dataclass
class HostileRun:
    """The fleet, the CLI's outcome and JSON, what was stored and which addresses were tried."""

    fleet: HostileFleet
    result: Result
    report: dict[str, dict[str, Any]]
    probes: dict[str, list[ProbeRun]]
    crawls: dict[str, list[CrawlRun]]
    connections: ConnectionLog
    peak_rss_growth: int


def write_config(path: Path, fleet: HostileFleet, db_url: str) -> Path:
    monitor, crawl = MONITOR, CRAWL
    text = (
        f'[monitor]\ndatabase_url = "{db_url}"\ntimeout = {monitor.timeout}\n'
        f"max_body_bytes = {monitor.max_body_bytes}\nmax_redirects = {monitor.max_redirects}\n"
        f"[crawl]\ntime_budget = {crawl.time_budget}\nmax_pages = {crawl.max_pages}\n"
        f"max_depth = {crawl.max_depth}\nmax_page_bytes = {crawl.max_page_bytes}\n"
        # In-process: the loopback guard and the test resolver patch this process's sockets only.
        "processes = 1\n\n"
    )
    for slug, url in fleet.urls.items():
        text += f'[[portals]]\nslug = "{slug}"\nname = "Portal {slug}"\nurl = "{url}"\n\n'
    path.write_text(text, encoding="utf-8")
    return path


def invoke_within(args: list[str], seconds: float) -> Result:
    """Run the CLI in a worker thread; fail the test if it has not returned within ``seconds``."""
    outcome: list[Result] = []
    worker = threading.Thread(
        target=lambda: outcome.append(CliRunner().invoke(app, args)), daemon=True
    )
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"check still running after {seconds:g} s (the config bound)"
    return outcome[0]


def peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB


def stored(db_url: str) -> tuple[dict[str, list[ProbeRun]], dict[str, list[CrawlRun]]]:
    engine = create_engine(normalise_url(db_url))
    probes: dict[str, list[ProbeRun]] = {}
    crawls: dict[str, list[CrawlRun]] = {}
    with engine.connect() as connection:
        slugs = {row.id: row.slug for row in connection.execute(select(Portal.id, Portal.slug))}
        for row in connection.execute(select(ProbeRun)).all():
            probes.setdefault(slugs[row.portal_id], []).append(row)  # type: ignore[arg-type]
        for row in connection.execute(select(CrawlRun)).all():
            crawls.setdefault(slugs[row.portal_id], []).append(row)  # type: ignore[arg-type]
    engine.dispose()
    return probes, crawls


def run_hostile_check(tmp_path: Path, db_url: str) -> Iterator[HostileRun]:
    with ServerThread() as thread:
        fleet = start_fleet(thread)
        bundle = tmp_path / "ca.pem"
        fleet.ca.cert_pem.write_to_path(str(bundle))
        config = write_config(tmp_path / "portals.toml", fleet, db_url)
        before = peak_rss()
        with (
            loopback_only() as connections,
            resolving(fleet.idn),
            mock.patch.object(certifi, "where", lambda: str(bundle)),
        ):
            result = invoke_within(["check", "--json", "--config", str(config)], RUN_BOUND_SECONDS)
        growth = peak_rss() - before
        assert result.exit_code == 0, result.output
        report = {entry["slug"]: entry for entry in json.loads(result.stdout)["portals"]}
        probes, crawls = stored(db_url)
        yield HostileRun(fleet, result, report, probes, crawls, connections, growth)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileRun]:
    """One ``check`` over the whole fleet on SQLite, shared by the assertions below."""
    tmp_path = tmp_path_factory.mktemp("hostile")
    yield from run_hostile_check(tmp_path, f"sqlite:///{tmp_path}/laip.db")


DOWN = {
    "bucle": "redirect_loop",
    "esquemas-bucle": "redirect_loop",
    "redirige-a-otra-ip": "http_status",
    "redirige-a-metadatos": "http_status",
    "redirige-a-privada": "http_status",
    "tls-vencido": "tls",
    "tls-autofirmado": "tls",
    "tls-otro-host": "tls",
    "mudo": "timeout",
    "basura": "invalid_response",
}
if ipv6_loopback():
    DOWN["redirige-a-ipv6"] = "http_status"


def found(entry: dict[str, Any], section: str = "art10.n08") -> dict[str, Any]:
    return next(s for s in entry["compliance"]["sections"] if s["id"] == section)


@pytest.mark.slow
def test_every_portal_has_a_stored_probe_and_up_portals_a_complete_crawl(
    hostile: HostileRun,
) -> None:
    assert set(hostile.report) == set(hostile.fleet.urls)
    for slug, entry in hostile.report.items():
        assert len(hostile.probes.get(slug, [])) == 1, slug
        crawls = hostile.crawls.get(slug, [])
        if entry["up"]:
            assert [run.status for run in crawls] == ["complete"], (
                slug,
                [(run.status, run.error) for run in crawls],
            )
            assert entry["compliance"] is not None, slug
        else:
            assert crawls == [], slug
            assert entry["compliance"] is None, slug


@pytest.mark.slow
def test_broken_portals_are_down_with_the_honest_error_class(hostile: HostileRun) -> None:
    errors = {slug: entry["error"] for slug, entry in hostile.report.items() if not entry["up"]}
    assert errors == DOWN
    for slug in (slug for slug in DOWN if slug.startswith("redirige-a-")):
        assert hostile.report[slug]["redirects"] == 0
        assert "not followed" in hostile.report[slug]["error_detail"]
    assert hostile.report["tls-vencido"]["tls"]["days_left"] < 0


@pytest.mark.slow
def test_no_address_but_the_portals_own_is_ever_contacted(hostile: HostileRun) -> None:
    assert set(hostile.connections.destinations) <= hostile.fleet.hosts
    assert hostile.connections.refused == []
    assert [trap.connections for trap in hostile.fleet.traps] == [0] * len(hostile.fleet.traps)
    assert hostile.report["enlaces-privados"]["compliance"]["error"] is None
    assert hostile.crawls["enlaces-privados"][0].off_scope_links >= len(hostile.fleet.traps) + 1


@pytest.mark.slow
def test_decompression_bombs_are_read_up_to_the_cap_and_memory_stays_bounded(
    hostile: HostileRun,
) -> None:
    for slug in ("bomba-gzip", "bomba-br"):
        entry = hostile.report[slug]
        assert entry["up"] and entry["truncated"], slug
        assert entry["body_bytes"] == MONITOR.max_body_bytes, slug
    bombs = hostile.crawls["bomba-en-pagina"][0]
    assert bombs.pages == 3
    assert bombs.bytes_read <= 3 * CRAWL.max_page_bytes
    assert hostile.peak_rss_growth < MEMORY_BOUND_BYTES


@pytest.mark.slow
def test_endless_and_dripping_pages_are_read_within_the_crawl_bounds(hostile: HostileRun) -> None:
    endless = hostile.crawls["cuerpo-infinito"][0]
    assert (endless.pages, endless.error) == (2, None)
    assert endless.bytes_read <= 2 * CRAWL.max_page_bytes
    drip = hostile.crawls["goteo"][0]
    assert (drip.pages, drip.error, drip.stop_reason) == (2, None, None)


@pytest.mark.slow
def test_a_redirect_chain_across_schemes_is_followed_by_the_probe(hostile: HostileRun) -> None:
    entry = hostile.report["esquemas-cadena"]
    assert entry["up"] and entry["redirects"] == 2
    assert entry["final_url"] == hostile.fleet.servers["esquemas-cadena"].url("/fin")
    # The https hop is another port, so another site for the crawler: said, not followed.
    assert "another host" in entry["compliance"]["error"]


@pytest.mark.slow
def test_spanish_text_is_read_right_whatever_the_charset_label_says(hostile: HostileRun) -> None:
    for slug in ("sano", "cp1252-como-utf8", "utf8-como-cp1252", "utf8-invalido", "linea-mega"):
        section = found(hostile.report[slug])
        assert section["status"] == "ok", (slug, section)
        assert "Ejecución presupuestaria" in (section["label"] or ""), (slug, section)


@pytest.mark.slow
def test_pages_that_lie_about_their_type_are_judged_for_what_they_are(
    hostile: HostileRun,
) -> None:
    for slug in ("html-como-pdf", "png-en-portada"):
        assert hostile.report[slug]["up"], slug
        assert hostile.report[slug]["compliance"]["error"] == "home page is not an HTML page"
    lies = hostile.report["tipos-mentirosos"]["compliance"]
    assert lies["error"] is None and lies["crawled_pages"] == 2
    assert lies["documents_checked"] == 1


@pytest.mark.slow
def test_thousands_of_links_stay_within_the_page_budget(hostile: HostileRun) -> None:
    run = hostile.crawls["miles-de-enlaces"][0]
    assert run.stop_reason == "max_pages"
    requested = hostile.fleet.servers["miles-de-enlaces"].in_flight.paths
    assert len(requested) <= CRAWL.max_pages + 2  # + robots.txt and the probe's GET
    assert run.duration_seconds is not None and run.duration_seconds < CRAWL.time_budget


@pytest.mark.slow
def test_odd_pages_and_servers_are_crawled_without_error(hostile: HostileRun) -> None:
    pages = {
        "anidado": 1,
        "escapes-raros": 1,
        "idn": 2,
        "http-1-0": 2,
        "reinicio": 1,
        "pagina-muda": 1,
        "robots-enorme": 2,
        "robots-binario": 2,
    }
    for slug, count in pages.items():
        compliance = hostile.report[slug]["compliance"]
        assert compliance["error"] is None, (slug, compliance["error"])
        assert compliance["crawled_pages"] >= count, (slug, compliance)
    for path in hostile.fleet.servers["escapes-raros"].in_flight.paths:
        assert path.startswith("/"), path


@pytest.mark.slow
@pytest.mark.postgres
def test_the_hostile_fleet_is_stored_the_same_on_postgresql(
    tmp_path: Path, postgres_url: str
) -> None:
    for run in run_hostile_check(tmp_path, postgres_url):
        assert set(run.probes) == set(run.fleet.urls)
        up = {slug for slug, entry in run.report.items() if entry["up"]}
        unfinished = {
            slug: (runs[0].status, runs[0].error, runs[0].stop_reason)
            for slug, runs in run.crawls.items()
            if runs[0].status != "complete"
        }
        assert {slug for slug in run.crawls if slug not in unfinished} == up, unfinished
        assert {slug for slug in run.report if slug not in up} == set(DOWN)
