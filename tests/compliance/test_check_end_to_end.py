"""``laip-monitor check --json`` over the loopback fleet: accuracy, evidence and stored history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.compliance.assess import guatemala_today
from monitor.compliance.catalog import load_catalog
from monitor.store.db import normalise_url
from monitor.store.models import CrawlRun, Transition
from tests.compliance.fleet.fleet import build_fleet, serving
from tests.compliance.fleet.server import LoopbackServer


@pytest.mark.slow
def test_check_json_classifies_the_fleet_and_stores_verdicts(tmp_path: Path, db_url: str) -> None:
    catalog = load_catalog()
    today = guatemala_today()  # check judges against today's date, so the fleet is built for it
    with LoopbackServer({}) as other:
        portals = [p for p in build_fleet(catalog, today, other.url) if p.slug != "budget"]
        with serving(portals):
            config = tmp_path / "portals.toml"
            config.write_text(
                f'[monitor]\ndatabase_url = "{db_url}"\ntimeout = "5s"\n\n'
                + "".join(
                    f'[[portals]]\nslug = "{p.slug}"\nname = "{p.slug}"\n'
                    f'url = "{p.server.url}/"\n\n'  # type: ignore[union-attr]
                    for p in portals
                ),
                encoding="utf-8",
            )
            outcome = CliRunner().invoke(app, ["check", "--json", "--config", str(config)])
        assert outcome.exit_code == 0, outcome.output
        assert other.traffic.total == 0
    report = {entry["slug"]: entry for entry in json.loads(outcome.stdout)["portals"]}
    right = total = 0
    for portal in portals:
        compliance = report[portal.slug]["compliance"]
        assert compliance["catalog_version"] == catalog.version
        assert compliance["crawled_pages"] > 0
        sections = {s["id"]: s for s in compliance["sections"]}
        for section, expected in portal.truth.items():
            total += 1
            right += sections[section]["status"] == expected
            assert sections[section]["reason"]
    assert right / total >= 0.95, f"{right}/{total}"

    explained = CliRunner().invoke(
        app, ["explain", portals[0].slug, "--json", "--config", str(config)]
    )
    assert explained.exit_code == 0, explained.output
    assert len(json.loads(explained.stdout)["sections"]) == len(catalog.entries)

    engine = create_engine(normalise_url(db_url))
    with engine.connect() as connection:
        complete = connection.scalar(
            select(func.count()).select_from(CrawlRun).where(CrawlRun.status == "complete")
        )
        flips = connection.scalar(select(func.count()).select_from(Transition))
    engine.dispose()
    assert complete == len(portals)
    assert flips >= len(portals) * len(catalog.entries)  # the first crawl flips every section
