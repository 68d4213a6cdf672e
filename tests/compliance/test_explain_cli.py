"""``laip-monitor explain``: the latest verdicts with their evidence, as a table or JSON."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.compliance.result import ComplianceResult, CrawlStats, SectionVerdict
from monitor.config import PortalConfig
from monitor.errors import ConfigError
from monitor.store.crawls import record_crawl, start_crawl
from monitor.store.db import open_database, transaction
from monitor.store.repo import sync_portals

T0 = dt.datetime(2026, 11, 24, 6, 0, tzinfo=dt.UTC)
NARROW = {"COLUMNS": "80"}


def _joined(text: str) -> str:
    """The output with wrapped lines joined again."""
    return " ".join(line.strip() for line in text.splitlines())


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
                last_updated_precision="month",
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


def test_explain_speaks_spanish_by_default_in_the_words_of_the_email(config_file: Path) -> None:
    outcome = CliRunner().invoke(
        app, ["explain", "munisanandres", "--config", str(config_file)], env=NARROW
    )
    assert outcome.exit_code == 0, outcome.output
    text = _joined(outcome.stdout)
    assert "art10.n08" in text and "Desactualizado" in text
    assert "fecha más reciente: marzo de 2026" in text
    assert "la fecha más reciente, marzo de 2026, es demasiado antigua" in text
    assert "No encontrado" in text
    assert "no se encontró en ninguna de las 41 páginas leídas" in text
    assert "outdated" not in text and "pages read" not in text


def test_explain_lang_en_prints_the_stored_english_reasons(config_file: Path) -> None:
    outcome = CliRunner().invoke(
        app, ["explain", "munisanandres", "--lang", "en", "--config", str(config_file)], env=NARROW
    )
    assert outcome.exit_code == 0, outcome.output
    text = _joined(outcome.stdout)
    assert "outdated" in text and "not found on any of the 41 pages read" in text
    assert "newest date: 2026-03 " in text


def test_explain_at_80_columns_never_cuts_a_date(config_file: Path) -> None:
    outcome = CliRunner().invoke(
        app, ["explain", "munisanandres", "--config", str(config_file)], env=NARROW
    )
    lines = outcome.stdout.splitlines()
    for line in lines:
        if not line.strip().startswith("http"):
            assert len(line) <= 80, line
    dates = re.findall(
        r"(?:\d{1,2} de )?marzo de \d{4}|\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", _joined(outcome.stdout)
    )
    assert len(dates) >= 4
    for date in dates:
        assert any(date in line for line in lines), f"{date!r} is split across lines"


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


def test_explain_for_a_configured_portal_never_crawled_gives_a_command_that_works(
    config_file: Path, tmp_path: Path
) -> None:
    with config_file.open("a", encoding="utf-8") as handle:
        handle.write('\n[[portals]]\nslug = "otra"\nname = "Otra"\nurl = "http://127.0.0.1:9/"\n')
    outcome = CliRunner().invoke(app, ["explain", "otra", "--config", str(config_file)])
    assert outcome.exit_code == 1
    hint = re.search(r"'(laip-monitor check [^']+)'", outcome.stderr)
    assert hint is not None, outcome.stderr
    args = shlex.split(hint.group(1))[1:] + ["--no-crawl"]
    assert CliRunner().invoke(app, args).exit_code == 0


def test_explain_of_a_slug_not_in_the_registry_says_so(config_file: Path) -> None:
    outcome = CliRunner().invoke(app, ["explain", "nosuch", "--config", str(config_file)])
    assert isinstance(outcome.exception, ConfigError)
    assert "no portal 'nosuch' in the registry" in str(outcome.exception)
    assert "munisanandres" in str(outcome.exception)


def test_explain_refuses_a_section_not_in_the_catalogue(config_file: Path) -> None:
    outcome = CliRunner().invoke(
        app, ["explain", "munisanandres", "--section", "art10.n31", "--config", str(config_file)]
    )
    assert outcome.exit_code == 2
