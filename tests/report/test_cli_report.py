"""``laip-monitor report`` and ``contacts`` end to end: config file, database, real SMTP server."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.config import load_config
from monitor.errors import ReportError
from tests.report.conftest import seed_database
from tests.report.smtp_server import SmtpServer

runner = CliRunner()


def _config_file(tmp_path: Path, port: int) -> Path:
    path = tmp_path / "portals.toml"
    path.write_text(
        f"""
[smtp]
host = "127.0.0.1"
port = {port}
security = "none"
from = "monitor@transparencia.example.gt"

[report]
oversight = ["supervision@example.gt"]

[[portals]]
slug = "munipoptun"
name = "Municipalidad de Poptún"
url = "https://munipoptun.example.gt/"
contacts = ["alcaldia@munipoptun.example.gt", "uip@munipoptun.example.gt"]

[[portals]]
slug = "munisinmail"
name = "Municipalidad Sin Correo"
url = "https://munisinmail.example.gt/"
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def setup(tmp_path: Path, sqlite_url: str, smtp_server: SmtpServer) -> tuple[list[str], SmtpServer]:
    config = _config_file(tmp_path, smtp_server.port)
    seeded = seed_database(sqlite_url, load_config(config))
    seeded.factory.kw["bind"].dispose()
    return ["--config", str(config), "--db", sqlite_url], smtp_server


def test_report_weekly_out_writes_eml_and_html_per_portal_and_sends_nothing(
    setup: tuple[list[str], SmtpServer], tmp_path: Path
) -> None:
    options, server = setup
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["report", "weekly", *options, "--week", "2026-W47", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in out.iterdir())
    assert names == [
        f"2026-W47-{name}.{ext}"
        for name in ("munipoptun", "munisinmail", "oversight")
        for ext in ("eml", "html")
    ]
    message = email.message_from_bytes(
        (out / "2026-W47-munipoptun.eml").read_bytes(), policy=email.policy.default
    )
    assert "semana 47" in str(message["Subject"])
    assert "uip@munipoptun.example.gt" in str(message["To"])
    assert "baja%20alcaldia%40munipoptun.example.gt" in str(message["List-Unsubscribe"])
    assert "Arreglos rápidos" in (out / "2026-W47-munipoptun.html").read_text(encoding="utf-8")
    assert server.handler.messages == []
    status = runner.invoke(app, ["report", "status", *options, "--week", "2026-W47", "--json"])
    assert json.loads(status.stdout)["counts"]["sent"] == 0


def test_report_weekly_send_delivers_once_and_status_shows_it(
    setup: tuple[list[str], SmtpServer],
) -> None:
    options, server = setup
    for _ in range(2):
        result = runner.invoke(app, ["report", "weekly", *options, "--week", "2026-W47", "--send"])
        assert result.exit_code == 0, result.output
    assert len(server.handler.messages) == 3
    status = runner.invoke(app, ["report", "status", *options, "--week", "2026-W47", "--json"])
    payload = json.loads(status.stdout)
    assert payload["counts"]["sent"] == 3
    assert {d["recipient"] for d in payload["deliveries"]} == {
        "alcaldia@munipoptun.example.gt",
        "uip@munipoptun.example.gt",
        "supervision@example.gt",
    }


def test_report_weekly_exits_non_zero_while_messages_wait_for_a_retry(
    setup: tuple[list[str], SmtpServer],
) -> None:
    options, server = setup
    server.stop()
    result = runner.invoke(app, ["report", "weekly", *options, "--week", "2026-W47", "--send"])
    assert result.exit_code == 1
    status = runner.invoke(app, ["report", "status", *options, "--week", "2026-W47"])
    assert "retry 3" in status.stdout
    assert "Connection" in status.stdout


def test_report_weekly_without_out_or_send_is_an_error(setup: tuple[list[str], SmtpServer]) -> None:
    options, _ = setup
    result = runner.invoke(app, ["report", "weekly", *options])
    assert isinstance(result.exception, ReportError)


def test_an_unsubscribed_contact_is_listed_and_can_come_back(
    setup: tuple[list[str], SmtpServer],
) -> None:
    options, server = setup
    result = runner.invoke(app, ["contacts", "unsubscribe", "UIP@munipoptun.example.gt", *options])
    assert result.exit_code == 0 and "unsubscribed" in result.stdout
    listed = json.loads(runner.invoke(app, ["contacts", "list", *options, "--json"]).stdout)
    by_address = {row["address"]: row for row in listed["contacts"]}
    assert by_address["uip@munipoptun.example.gt"]["unsubscribed_at"] is not None
    assert by_address["supervision@example.gt"]["receives"] == ["oversight"]
    runner.invoke(app, ["report", "weekly", *options, "--week", "2026-W47", "--send"])
    assert server.handler.to("uip@munipoptun.example.gt") == []
    result = runner.invoke(app, ["contacts", "resubscribe", "uip@munipoptun.example.gt", *options])
    assert "resubscribed" in result.stdout
    runner.invoke(app, ["report", "weekly", *options, "--week", "2026-W47", "--send"])
    assert len(server.handler.to("uip@munipoptun.example.gt")) == 1


def test_report_weekly_exits_1_on_a_second_run_while_messages_still_wait_for_a_retry(
    setup: tuple[list[str], SmtpServer],
) -> None:
    """The second run finds nothing due yet, but the messages still wait: not done, exit 1."""
    options, server = setup
    server.stop()
    args = ["report", "weekly", *options, "--week", "2026-W47", "--send"]
    assert runner.invoke(app, args).exit_code == 1
    again = runner.invoke(app, args, env={"COLUMNS": "80"})
    assert again.exit_code == 1, again.output
    assert "3 waiting for a retry" in again.stdout
    assert "--send --force" in again.stdout


def test_report_weekly_send_without_an_smtp_section_says_what_is_missing(
    tmp_path: Path, sqlite_url: str
) -> None:
    config = tmp_path / "portals.toml"
    config.write_text(
        '[[portals]]\nslug = "muni"\nname = "Muni"\nurl = "https://muni.example.gt/"\n'
        'contacts = ["uip@muni.example.gt"]\n',
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["report", "weekly", "--config", str(config), "--db", sqlite_url, "--send"]
    )
    assert isinstance(result.exception, ReportError)
    assert "no [smtp] section" in str(result.exception)
    assert "'host'" in str(result.exception) and "'from'" in str(result.exception)
