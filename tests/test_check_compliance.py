"""``laip-monitor check`` end to end on the loopback fixture fleet: probe, crawl, judge, store."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from monitor.cli.app import app
from monitor.compliance.assess import guatemala_today
from monitor.compliance.catalog import load_catalog
from monitor.store.models import CrawlRun, SectionVerdict, Transition
from tests.compliance.fleet.content import page
from tests.compliance.fleet.fleet import build_fleet, serving
from tests.compliance.fleet.server import LoopbackServer

REQUIRED_ACCURACY = 0.95


def _config(path: Path, portals: list[tuple[str, str]], processes: int = 0) -> Path:
    lines = [f'[monitor]\ntimeout = "5s"\n\n[crawl]\nprocesses = {processes}\n']
    for slug, url in portals:
        lines.append(
            f'[[portals]]\nslug = "{slug}"\nname = "Municipalidad {slug}"\nurl = "{url}"\n'
        )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_check_crawls_judges_and_stores_the_fleet(tmp_path: Path, db_url: str) -> None:
    """Worker processes crawl the fleet (one per CPU, chunks of parallel_portals)."""
    _check_the_fleet(tmp_path, db_url, processes=2)


def test_check_crawls_the_fleet_in_process_too(tmp_path: Path, sqlite_url: str) -> None:
    _check_the_fleet(tmp_path, sqlite_url, processes=1)


def _check_the_fleet(tmp_path: Path, db_url: str, processes: int) -> None:
    catalog = load_catalog()
    today = guatemala_today()
    with LoopbackServer({}) as other_host:
        fleet = [p for p in build_fleet(catalog, today, other_host.url) if p.slug != "budget"]
        with serving(fleet):
            entries = [(p.slug, p.server.url + "/") for p in fleet if p.server is not None]
            entries.append(("caido", "http://127.0.0.1:9/"))  # nothing listens on the discard port
            config = _config(tmp_path / "portals.toml", entries, processes)
            args = ["check", "--config", str(config), "--db", db_url, "--json"]
            first = CliRunner().invoke(app, args)
            second = CliRunner().invoke(app, args)
        assert other_host.traffic.total == 0, "an off-scope host was requested"
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    by_slug = {p["slug"]: p for p in json.loads(first.stdout)["portals"]}

    wrong, total = [], 0
    for portal in fleet:
        compliance = by_slug[portal.slug]["compliance"]
        assert compliance["catalog_version"] == catalog.version
        assert compliance["crawled_pages"] > 0
        sections = {s["id"]: s for s in compliance["sections"]}
        for section_id, expected in portal.truth.items():
            total += 1
            got = sections[section_id]
            assert got["reason"], f"{portal.slug} {section_id} has no reason"
            if got["status"] != expected:
                wrong.append(
                    f"{portal.slug} {section_id}: expected {expected}, got {got['status']}"
                )
    assert 1 - len(wrong) / total >= REQUIRED_ACCURACY, "\n".join(wrong)

    down = by_slug["caido"]
    assert down["up"] is False and down["compliance"] is None
    assert "down" in down["crawl_skipped"]

    engine = create_engine(db_url)
    with engine.connect() as conn:
        complete = conn.scalar(
            select(func.count()).select_from(CrawlRun).where(CrawlRun.status == "complete")
        )
        verdicts = conn.scalar(select(func.count()).select_from(SectionVerdict))
        section_flips = conn.scalar(
            select(func.count()).select_from(Transition).where(Transition.section_id.is_not(None))
        )
    engine.dispose()
    assert complete == 2 * len(fleet)
    assert verdicts == 2 * len(fleet) * len(catalog.entries)
    # The first crawl records every section's first status; an unchanged portal adds no event.
    assert section_flips == len(fleet) * len(catalog.entries)

    explained = CliRunner().invoke(
        app, ["explain", fleet[0].slug, "--config", str(config), "--db", db_url, "--json"]
    )
    assert explained.exit_code == 0, explained.output
    assert fleet[0].slug in explained.stdout


def test_no_crawl_probes_only(tmp_path: Path, sqlite_url: str) -> None:
    home = page('<html><body><a href="/index.php/8-ejecucion">Numeral 8</a></body></html>')
    with LoopbackServer({"/": home}) as portal:
        config = _config(tmp_path / "portals.toml", [("solo", portal.url + "/")])
        result = CliRunner().invoke(
            app, ["check", "--config", str(config), "--db", sqlite_url, "--json", "--no-crawl"]
        )
        assert portal.traffic.total == 1  # the home page probe, nothing else
    assert result.exit_code == 0, result.output
    solo = json.loads(result.stdout)["portals"][0]
    assert solo["up"] is True and solo["compliance"] is None
