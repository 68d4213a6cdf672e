"""The monthly open data: numbers from seeded history, files, and the Frictionless package."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import frictionless
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.compliance.catalog import load_catalog
from monitor.opendata.build import build_month
from monitor.opendata.periods import Month
from monitor.opendata.schema import PORTAL_COLUMNS, SECTION_COLUMNS
from monitor.opendata.write import write_month
from monitor.store import reviews
from monitor.store.models import CrawlRun, SectionState
from tests.opendata import seed
from tests.opendata.seed import Seeded

NOVEMBER = Month(2026, 11)
OCTOBER = Month(2026, 10)
runner = CliRunner()


def _month(
    seeded: Seeded, month: Month
) -> tuple[dict[str, dict[str, object]], list[dict[str, object]]]:
    with seeded.factory() as session:
        data = build_month(session, seeded.config.portals, month, seed.NOW)
    return {row["portal"]: row for row in data.portals}, data.sections  # type: ignore[misc]


def _expected_uptime(slug: str, month: Month) -> tuple[int, float]:
    at, total, up = seed.START, 0, 0
    while at < seed.END:
        if month.start <= at < month.end:
            total += 1
            up += seed.down_cause(slug, at) is None
        at += seed.PROBE_EVERY
    return total, up / total


def test_uptime_incidents_and_downtime_follow_guatemala_months(seeded: Seeded) -> None:
    november, _ = _month(seeded, NOVEMBER)
    october, _ = _month(seeded, OCTOBER)
    # The outage from 31 Oct 21:00 to 1 Nov 03:00 (Guatemala) began in October: counted there,
    # its downtime split 3 h / 3 h between the months.
    assert october["munipoptun"]["incidents"] == 1
    assert november["munipoptun"]["incidents"] == 0
    assert october["munipoptun"]["downtime_seconds"] == 3 * 3600
    assert november["munipoptun"]["downtime_seconds"] == 3 * 3600
    assert november["munidolorespeten"]["incidents"] == 1
    assert november["munidolorespeten"]["downtime_seconds"] == 48 * 3600
    for slug in ("munipoptun", "munidolorespeten", "municoncepcion", "munixela"):
        probes, uptime = _expected_uptime(slug, NOVEMBER)
        assert november[slug]["probes"] == probes == 360
        assert november[slug]["uptime"] == pytest.approx(uptime, abs=1e-4)
    assert november["munipoptun"]["uptime"] == pytest.approx(358 / 360, abs=1e-4)


def test_scores_and_verdicts_come_from_the_last_complete_crawl_of_the_month(
    seeded: Seeded,
) -> None:
    november, sections = _month(seeded, NOVEMBER)
    with seeded.factory() as session:
        last = session.scalars(
            select(CrawlRun)
            .where(
                CrawlRun.portal_id == seeded.ids["munixela"],
                CrawlRun.status == "complete",
                CrawlRun.started_at < NOVEMBER.end,
            )
            .order_by(CrawlRun.started_at.desc())
        ).first()
    assert last is not None
    row = november["munixela"]
    assert row["score"] == pytest.approx(last.score, abs=1e-4)
    assert row["weighted_score"] == pytest.approx(last.weighted_score, abs=1e-4)
    assert row["crawled_at"] == last.started_at.isoformat().replace("+00:00", "Z")
    assert row["corrected_sections"] == 0
    xela = [s for s in sections if s["portal"] == "munixela"]
    assert [s["section"] for s in xela] == seed.SECTIONS  # numeral order, extras last
    assert {s["crawled_at"] for s in xela} == {row["crawled_at"]}
    assert all(s["corrected"] is False for s in sections)
    comude = next(s for s in xela if s["section"] == "extra.comude")
    assert comude["article_10"] is False and comude["numeral"] is None
    # Never crawled: measured uptime, no score, no verdicts. Blocked: unknown everywhere, no score.
    assert november["municoncepcion"]["score"] is None
    assert november["municoncepcion"]["crawled_at"] is None
    assert not [s for s in sections if s["portal"] == "municoncepcion"]
    assert november["munilascruces"]["score"] is None
    assert {s["status"] for s in sections if s["portal"] == "munilascruces"} == {"unknown"}
    # Evidence is only ever an http(s) address; scraped labels are kept as data.
    n29 = [s for s in sections if s["section"] == "art10.n29" and s["status"] == "ok"]
    assert n29 and all(s["evidence_url"] is None for s in n29)
    n08 = [s for s in sections if s["section"] == "art10.n08" and s["label"]]
    assert n08 and all(s["label"] == seed.HOSTILE_LABEL.strip() for s in n08)


def test_written_package_validates_with_frictionless(seeded: Seeded, tmp_path: Path) -> None:
    with seeded.factory() as session:
        data = build_month(session, seeded.config.portals, NOVEMBER, seed.NOW)
    write_month(data, tmp_path)
    report = frictionless.validate(tmp_path / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    with open(tmp_path / "portales.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [column.name for column in PORTAL_COLUMNS]
    assert len(rows) == 6
    with open(tmp_path / "secciones.csv", encoding="utf-8", newline="") as handle:
        sections = list(csv.DictReader(handle))
    assert list(sections[0]) == [column.name for column in SECTION_COLUMNS]
    assert len(sections) == 5 * len(seed.SECTIONS)  # every portal but the uncrawled one
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    # The package names the catalogue that judges now (the shipped one), not the seed's rows.
    assert {"version": load_catalog().version}.items() <= package["sources"][2].items()
    assert json.loads((tmp_path / "secciones.json").read_text(encoding="utf-8")) == [
        {k: v for k, v in row.items()} for row in data.sections
    ]


def test_a_broken_file_fails_validation(seeded_sqlite: Seeded, tmp_path: Path) -> None:
    """The validation in the test above can fail: a bad status is caught by the schema."""
    with seeded_sqlite.factory() as session:
        data = build_month(session, seeded_sqlite.config.portals, NOVEMBER, seed.NOW)
    data.sections[0]["status"] = "great"
    write_month(data, tmp_path)
    assert not frictionless.validate(tmp_path / "datapackage.json").valid


def _config_file(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "portals.toml"
    lines = [f'[monitor]\ndatabase_url = "{url}"\n']
    for portal in seed.portal_config().portals:
        lines.append(f'[[portals]]\nslug = "{portal.slug}"\nname = "{portal.name}"\n'
                     f'url = "{portal.url}"\ncrawl = {str(portal.crawl).lower()}\n')  # fmt: skip
        if portal.department:
            lines.append(f'department = "{portal.department}"\n')
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_export_command_writes_the_month(seeded_sqlite: Seeded, tmp_path: Path) -> None:
    url = str(seeded_sqlite.factory.kw["bind"].url)
    config = _config_file(tmp_path, url)
    out = tmp_path / "datos"
    result = runner.invoke(
        app, ["export", "--config", str(config), "--month", "2026-11", "--out", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["month"] == "2026-11"
    assert sorted(Path(p).name for p in payload["files"]) == [
        "datapackage.json", "portales.csv", "portales.json", "secciones.csv", "secciones.json"
    ]  # fmt: skip
    assert frictionless.validate(out / "datapackage.json").valid


@pytest.mark.parametrize(
    ("month", "message"),
    [("2026-13", "expected a month like '2026-11'"), ("2999-01", "has not begun")],
)
def test_export_rejects_a_bad_month_in_one_line(
    tmp_path: Path, month: str, message: str, capfd: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    config = _config_file(tmp_path, f"sqlite:///{tmp_path}/x.db")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "monitor",
            "export",
            "--config",
            str(config),
            "--month",
            month,
            "--out",
            str(tmp_path / "o"),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert not (tmp_path / "o").exists()


def test_the_readme_documents_every_column_in_order() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Open data and the public scoreboard", 1)[1].split("\n## ", 1)[0]
    tables = section.split("`secciones` —", 1)
    for text, columns in zip(tables, (PORTAL_COLUMNS, SECTION_COLUMNS), strict=True):
        documented = re.findall(r"^\| `([a-z_0-9]+)` \|", text, flags=re.M)
        assert documented == [column.name for column in columns]


def test_a_correction_in_force_at_the_end_of_the_month_is_applied_and_flagged(
    seeded: Seeded,
) -> None:
    _, before = _month(seeded, NOVEMBER)
    judged = next(s for s in before if s["portal"] == "munixela" and s["section"] == "art10.n08")
    corrected_to = "ok" if judged["status"] != "ok" else "outdated"
    made = NOVEMBER.end - dt.timedelta(days=2)
    with seeded.factory() as session, session.begin():
        crawl_id = session.scalars(
            select(CrawlRun.id)
            .where(CrawlRun.portal_id == seeded.ids["munixela"], CrawlRun.status == "complete")
            .order_by(CrawlRun.started_at.desc())
        ).first()
        assert crawl_id is not None
        # The seed writes crawls directly; the section's current state is what an officer sees.
        session.add(
            SectionState(
                portal_id=seeded.ids["munixela"],
                section_id="art10.n08",
                status=judged["status"],
                since=made,
                crawl_id=crawl_id,
                checked_at=made,
            )
        )
        session.flush()
        reviews.set_review(
            session,
            "munixela",
            "art10.n08",
            corrected_to,
            reason="El informe de octubre está publicado en la sección de finanzas.",
            reviewer="Supervisión INFOM",
            now=made,
        )
    november, sections = _month(seeded, NOVEMBER)
    row = next(s for s in sections if s["portal"] == "munixela" and s["section"] == "art10.n08")
    assert (row["status"], row["corrected"]) == (corrected_to, True)
    assert november["munixela"]["corrected_sections"] == 1
    others = [s for s in sections if s is not row]
    assert all(s["corrected"] is False for s in others)
    _, october = _month(seeded, OCTOBER)  # not in force before it was made
    assert all(s["corrected"] is False for s in october)
