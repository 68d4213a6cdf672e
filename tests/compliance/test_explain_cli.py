"""``laip-monitor explain``: the latest verdicts with their evidence, as a table or JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.compliance.result import ComplianceResult, CrawlStats, SectionVerdict
from monitor.config import PortalConfig
from monitor.store.crawls import record_crawl, start_crawl
from monitor.store.db import open_database, transaction
from monitor.store.repo import sync_portals

T0 = dt.datetime(2026, 11, 24, 6, 0, tzinfo=dt.UTC)


@pytest.fixture
def config_file(tmp_path: Path, sqlite_url: str) -> Path:
    path = tmp_path / "portals.toml"
    path.write_text(
        f'[monitor]\ndatabase_url = "{sqlite_url}"\n\n[[portals]]\nslug = "munisanandres"\n'
        'name = "San Andrés"\nurl = "https://munisanandres.laip.gt/"\n',
        encoding="utf-8",
    )
    engine, factory = open_database(sqlite_url)
    result = ComplianceResult(
        slug="munisanandres",
        catalog_version="2026.11.1",
        started_at=T0,
        verdicts=(
            SectionVerdict(
                "art10.n08",
                "outdated",
                "holds 3 document(s); newest date 2026-03 is too old for a monthly item",
                url="https://munisanandres.laip.gt/index.php/08-ejecucion",
                label="8. Informes Mensuales de Ejecución Presupuestaria",
                last_updated=dt.date(2026, 3, 31),
            ),
            SectionVerdict("art10.n22", "missing", "not found on any of the 41 pages read"),
        ),
        stats=CrawlStats(pages=41),
        score=0.0,
        weighted_score=0.25,
    )
    with transaction(factory) as session:
        ids = sync_portals(
            session,
            [
                PortalConfig(
                    slug="munisanandres", name="San Andrés", url="https://munisanandres.laip.gt/"
                )
            ],
        )
        run = start_crawl(session, ids["munisanandres"], T0, "2026.11.1")
        record_crawl(session, run.id, result, finished_at=T0)
    engine.dispose()
    return path


def test_explain_prints_every_section_with_its_reason(config_file: Path) -> None:
    outcome = CliRunner().invoke(app, ["explain", "munisanandres", "--config", str(config_file)])
    assert outcome.exit_code == 0, outcome.output
    assert "art10.n08" in outcome.output and "outdated" in outcome.output
    assert "not found on any of the 41 pages read" in outcome.output


def test_explain_json_for_one_section_carries_the_evidence(config_file: Path) -> None:
    outcome = CliRunner().invoke(
        app, ["explain", "munisanandres", "--section", "8", "--json", "--config", str(config_file)]
    )
    assert outcome.exit_code == 0, outcome.output
    payload = json.loads(outcome.stdout)
    assert payload["catalog_version"] == "2026.11.1"
    assert payload["weighted_score"] == 0.25
    [section] = payload["sections"]
    assert section["id"] == "art10.n08"
    assert section["status"] == "outdated"
    assert section["url"].endswith("/index.php/08-ejecucion")
    assert section["last_updated"] == "2026-03-31"
    assert "too old for a monthly item" in section["reason"]


def test_explain_for_a_portal_never_crawled_says_what_to_run(config_file: Path) -> None:
    outcome = CliRunner().invoke(app, ["explain", "otra", "--config", str(config_file)])
    assert outcome.exit_code == 1
    assert "laip-monitor check otra" in outcome.output


def test_explain_refuses_a_section_not_in_the_catalogue(config_file: Path) -> None:
    outcome = CliRunner().invoke(
        app, ["explain", "munisanandres", "--section", "art10.n31", "--config", str(config_file)]
    )
    assert outcome.exit_code == 2
