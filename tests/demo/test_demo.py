"""``laip-monitor demo`` end to end: sample portals on loopback, checked, then looked at."""

from __future__ import annotations

import ast
import json
import shlex
from collections import Counter
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

import monitor.demo.portals
from monitor.cli.app import app
from monitor.demo.run import run_demo
from monitor.store.crawls import latest_verdicts
from monitor.store.db import open_database

ALL = {"ok", "outdated", "empty", "broken", "missing", "not_applicable", "unknown"}


@pytest.fixture(scope="module")
def demo_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    directory = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(app, ["demo", "--dir", str(directory)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return directory, result.stdout


def test_demo_judges_every_sample_portal_as_planned(tmp_path: Path) -> None:
    result = run_demo(tmp_path)
    engine, factory = open_database(result.database_url, migrate=False)
    seen: Counter[str] = Counter()
    wrong = []
    with factory() as session:
        for portal in result.portals:
            got = {v.section_id: v.status for v in latest_verdicts(session, portal.slug, None)}
            for section, expected in portal.expected().items():
                seen[got[section]] += 1
                if got[section] != expected:
                    wrong.append(f"{portal.slug} {section}: {expected} != {got[section]}")
    engine.dispose()
    assert wrong == []
    assert set(seen) == ALL, "every verdict is represented"
    assert any(p.goes_down for p in result.portals)
    assert {p.layout for p in result.portals} >= {"numbered", "inline", "folders"}


def test_demo_prints_commands_that_work(demo_output: tuple[Path, str]) -> None:
    directory, stdout = demo_output
    assert (directory / "demo.db").exists()
    assert sorted(p.suffix for p in (directory / "correo").iterdir()).count(".html") >= 5
    commands = [
        line.strip() for line in stdout.splitlines() if line.strip().startswith("laip-monitor ")
    ]
    assert [c.split()[1] for c in commands] == ["status", "explain", "explain", "report", "serve"]
    for command in commands[:4]:
        args = shlex.split(command)[1:]
        result = CliRunner().invoke(app, args, env={"COLUMNS": "80"})
        assert result.exit_code == 0, (command, result.output)


def test_the_portal_that_went_down_keeps_its_verdicts(demo_output: tuple[Path, str]) -> None:
    directory, stdout = demo_output
    down_row = next(line for line in stdout.splitlines() if line.strip().startswith("sanmiguel"))
    assert "down" in down_row
    config = str(directory / "portals.toml")
    result = CliRunner().invoke(
        app, ["explain", "sanmiguel", "--config", config, "--json"], env={"COLUMNS": "80"}
    )
    statuses = {s["status"] for s in json.loads(result.stdout)["sections"]}
    assert "ok" in statuses and "unknown" not in statuses


def test_demo_portals_never_read_the_catalogue() -> None:
    """Sample wording drawn from the catalogue would only prove the judge agrees with itself."""
    package = Path(monitor.demo.portals.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert "catalog" not in (node.module or ""), path
            if isinstance(node, ast.Import):
                assert all("catalog" not in alias.name for alias in node.names), path
        assert "catalog.toml" not in path.read_text(encoding="utf-8"), path


def test_keep_serving_holds_the_sample_portals_up_until_it_returns(tmp_path: Path) -> None:
    answers: list[int] = []

    def first_url() -> str:
        config = (tmp_path / "portals.toml").read_text(encoding="utf-8")
        return next(line.split('"')[1] for line in config.splitlines() if line.startswith("url"))

    def look() -> None:
        response = httpx.get(first_url(), follow_redirects=True, trust_env=False)
        answers.append(response.status_code)

    run_demo(tmp_path, keep_serving=look)
    assert answers == [200]
    with pytest.raises(httpx.ConnectError):
        httpx.get(first_url(), trust_env=False)
