"""``laip-monitor check`` end to end on the loopback fixture fleet: probe, crawl, judge, store."""

from __future__ import annotations

import json
from collections.abc import Callable
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
from tests.support.python import run_python

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


def test_check_as_a_command_crawls_the_fleet_in_forked_workers(tmp_path: Path, db_url: str) -> None:
    """The command as run: one thread when it starts its workers, so they are forked (in this
    test process the fleet's server threads make ``CliRunner`` runs spawn theirs)."""
    _check_the_fleet(tmp_path, db_url, processes=2, invoke=_as_a_command)


def _in_process(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout, result.output


def _as_a_command(args: list[str]) -> tuple[int, str, str]:
    done = run_python("-m", "monitor", *args)
    return done.returncode, done.stdout, done.stderr


def _check_the_fleet(
    tmp_path: Path,
    db_url: str,
    processes: int,
    invoke: Callable[[list[str]], tuple[int, str, str]] = _in_process,
) -> None:
    catalog = load_catalog()
    today = guatemala_today()
    with LoopbackServer({}) as other_host:
        fleet = [p for p in build_fleet(catalog, today, other_host.url) if p.slug != "budget"]
        with serving(fleet):
            entries = [(p.slug, p.server.url + "/") for p in fleet if p.server is not None]
            entries.append(("caido", "http://127.0.0.1:9/"))  # nothing listens on the discard port
            config = _config(tmp_path / "portals.toml", entries, processes)
            args = ["check", "--config", str(config), "--db", db_url, "--json"]
            first_code, first_out, first_log = invoke(args)
            second_code, _, second_log = invoke(args)
        assert other_host.traffic.total == 0, "an off-scope host was requested"
    assert first_code == 0, first_log
    assert second_code == 0, second_log
    by_slug = {p["slug"]: p for p in json.loads(first_out)["portals"]}

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
