"""The CLI end to end: real loopback portals, a real database, the JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from monitor.cli.app import app
from monitor.store.db import alembic_config
from monitor.store.models import ProbeRun

REPO = Path(__file__).resolve().parent.parent


class _Portal(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.path == "/broken/":
            self.send_response(500)
            self.end_headers()
            return
        body = "<html><title>Municipalidad</title><body>Información pública</body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def portal_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def config_file(tmp_path: Path, portal_server: str) -> Path:
    path = tmp_path / "portals.toml"
    path.write_text(
        f"""
[monitor]
timeout = "5s"

[[portals]]
slug = "muniuno"
name = "Municipalidad de Uno"
department = "Petén"
url = "{portal_server}/"

[[portals]]
slug = "munidos"
name = "Municipalidad de Dos"
url = "{portal_server}/broken/"
""",
        encoding="utf-8",
    )
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_check_json_matches_the_contract_and_adds_rows(config_file: Path, db_url: str) -> None:
    code, out, _ = run("check", "--config", str(config_file), "--db", db_url, "--json")
    assert code == 0, out
    payload = json.loads(out)
    assert payload["checked_at"].endswith("Z")
    by_slug = {portal["slug"]: portal for portal in payload["portals"]}
    assert list(by_slug) == ["muniuno", "munidos"]
    up = by_slug["muniuno"]
    for key in (
        "slug",
        "name",
        "url",
        "up",
        "error",
        "status_code",
        "final_url",
        "response_time_seconds",
        "tls",
        "compliance",
    ):
        assert key in up
    assert up["up"] is True and up["error"] is None and up["status_code"] == 200
    assert up["response_time_seconds"] > 0
    assert up["tls"] is None  # plain http
    down = by_slug["munidos"]
    assert down["up"] is False and down["error"] == "http_status" and down["status_code"] == 500

    code, _, _ = run("check", "--config", str(config_file), "--db", db_url, "--portal", "muniuno")
    assert code == 0
    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ProbeRun)) == 3
    engine.dispose()


def test_status_shows_uptime_after_checks(config_file: Path, db_url: str) -> None:
    for _ in range(2):
        assert run("check", "--config", str(config_file), "--db", db_url)[0] == 0
    code, out, _ = run("status", "--config", str(config_file), "--db", db_url, "--json")
    assert code == 0
    rows = {row["slug"]: row for row in json.loads(out)["portals"]}
    assert rows["muniuno"]["up"] is True
    assert rows["muniuno"]["uptime"] == {"24h": 1.0, "7d": 1.0, "30d": 1.0}
    assert rows["munidos"]["up"] is False  # two consecutive failures reach down_after = 2
    assert rows["munidos"]["uptime"]["24h"] == 0.0
    code, out, _ = run("status", "--config", str(config_file), "--db", db_url)
    assert code == 0 and "muniuno" in out and "n/d" in out  # two probes cover no window yet


def test_env_database_url_overrides_the_flag(
    config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("LAIP_MONITOR_DB_URL", f"sqlite:///{env_db}")
    code, _, _ = run("check", "--config", str(config_file), "--db", f"sqlite:///{tmp_path}/flag.db")
    assert code == 0
    assert env_db.exists() and not (tmp_path / "flag.db").exists()


def test_portals_lists_the_registry(config_file: Path) -> None:
    code, out, _ = run("portals", "--config", str(config_file), "--json")
    assert code == 0
    assert [p["slug"] for p in json.loads(out)] == ["muniuno", "munidos"]


def test_json_is_utf8_whatever_the_locale_says(config_file: Path, tmp_path: Path) -> None:
    # A cron job or a container may run with an ASCII stdout: JSON is UTF-8 all the same
    # ("Petén"), where a text write of it crashed with a UnicodeEncodeError traceback.
    ascii_only = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    result = subprocess.run(
        [sys.executable, "-m", "monitor", "portals", "--config", str(config_file), "--json"],
        cwd=tmp_path,
        capture_output=True,
        env=ascii_only,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Petén".encode() in result.stdout
    assert json.loads(result.stdout.decode("utf-8"))[0]["department"] == "Petén"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_bad_config_is_one_line_on_stderr_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[portals]]\nslug = "x"\nname = "X"\nurl = "ftp://x"\n', encoding="utf-8")
    result = _cli("check", "--config", str(bad), "--db", f"sqlite:///{tmp_path}/x.db", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"laip-monitor: error: {bad}: portal 'x'")
    assert "'url'" in lines[0]


def test_an_unknown_portal_slug_is_a_usage_error(config_file: Path, tmp_path: Path) -> None:
    result = _cli(
        "check",
        "--config",
        str(config_file),
        "--portal",
        "nope",
        "--db",
        f"sqlite:///{tmp_path}/x.db",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "no portal with slug 'nope'" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_database_is_one_line_and_exit_2(config_file: Path, tmp_path: Path) -> None:
    result = _cli(
        "status",
        "--config",
        str(config_file),
        "--db",
        "postgresql+psycopg://nobody@127.0.0.1:1/none",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "127.0.0.1:1" in result.stderr


def test_db_upgrade_reports_the_revision(tmp_path: Path) -> None:
    result = _cli(
        "db",
        "upgrade",
        "--config",
        str(REPO / "config" / "portals.toml"),
        "--db",
        f"sqlite:///{tmp_path}/new.db",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    # The console wraps long lines where a long temporary path puts the break.
    assert f"is at revision {head}" in " ".join(result.stdout.split())


def test_a_database_password_never_reaches_the_output(config_file: Path, tmp_path: Path) -> None:
    result = _cli(
        "status",
        "--config",
        str(config_file),
        "--db",
        "postgresql+psycopg://laip:s3cr3t-pw@127.0.0.1:1/laip",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "127.0.0.1:1" in result.stderr
    assert "s3cr3t-pw" not in result.stderr + result.stdout
