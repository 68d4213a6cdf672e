"""The server got the whole message but its answer to the final "." was lost (RFC 1047).

A real aiosmtpd server on loopback accepts the message for one recipient and then drops the
connection, or never answers. The delivery must be ``unknown``: never resent by later
``--send`` runs nor by the retry ticks, shown by ``report status`` with the command that
resends exactly that message, and resent only when an operator forces it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from monitor.cli import commands  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.config import load_config
from monitor.report.send import retry_due
from monitor.store.db import open_database
from tests.report.conftest import seed_database
from tests.report.smtp_server import RecordingHandler, SmtpServer

runner = CliRunner()
WEEK = "2026-W47"
LOST = "alcaldia@munipoptun.example.gt"
UIP = "uip@munipoptun.example.gt"
OVERSIGHT = "supervision@example.gt"


@dataclass
class LosingHandler(RecordingHandler):
    """Records every message; for ``LOST`` it then drops the connection or stays silent."""

    mode: str = "drop"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        answer = await super().handle_DATA(server, session, envelope)
        if LOST in envelope.rcpt_tos:
            if self.mode == "drop":
                server.transport.abort()
            elif self.mode == "silent":  # the client times out; the server holds the line
                await asyncio.Event().wait()  # cancelled when the server stops
        return answer


def _config_file(tmp_path: Path, port: int) -> Path:
    path = tmp_path / "portals.toml"
    path.write_text(
        f"""
[smtp]
host = "127.0.0.1"
port = {port}
security = "none"
from = "monitor@transparencia.example.gt"
timeout = "1s"

[report]
oversight = ["{OVERSIGHT}"]

[[portals]]
slug = "munipoptun"
name = "Municipalidad de Poptún"
url = "https://munipoptun.example.gt/"
contacts = ["{LOST}", "{UIP}"]
""",
        encoding="utf-8",
    )
    return path


@pytest.fixture(params=["drop", "silent"])
def setup(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_url: str
) -> Iterator[tuple[list[str], SmtpServer, str]]:
    server = SmtpServer(LosingHandler(mode=request.param))
    server.start()
    config = _config_file(tmp_path, server.port)
    seeded = seed_database(sqlite_url, load_config(config))
    seeded.factory.kw["bind"].dispose()
    try:
        yield ["--config", str(config), "--db", sqlite_url], server, sqlite_url
    finally:
        server.stop()


def _copies(server: SmtpServer, address: str) -> int:
    return len(server.handler.to(address))


def test_a_lost_answer_after_data_is_unknown_and_never_resent_automatically(
    setup: tuple[list[str], SmtpServer, str],
) -> None:
    options, server, url = setup
    first = runner.invoke(app, ["report", "weekly", *options, "--week", WEEK, "--send"])
    assert first.exit_code == 1, first.output
    assert "outcome unknown 1" in first.stdout
    assert (_copies(server, LOST), _copies(server, UIP), _copies(server, OVERSIGHT)) == (1, 1, 1)

    # Later runs and the service's retry ticks, hours later, send nothing again (the runs
    # still exit 1: the week has a message whose outcome is unknown).
    for _ in range(3):
        again = runner.invoke(app, ["report", "weekly", *options, "--week", WEEK, "--send"])
        assert again.exit_code == 1, again.output
        assert "sent 0" in again.stdout and "1 with an unknown outcome" in again.stdout
    config = load_config(options[1])
    engine, factory = open_database(url)
    try:
        start = dt.datetime(2026, 11, 23, 13, tzinfo=dt.UTC)
        for hours in (1, 7, 30, 200):
            summaries = retry_due(config, factory, now=start + dt.timedelta(hours=hours))
            assert sum(s.sent + s.retrying + s.failed + s.unknown for s in summaries) == 0
    finally:
        engine.dispose()
    assert (_copies(server, LOST), _copies(server, UIP), _copies(server, OVERSIGHT)) == (1, 1, 1)

    status = runner.invoke(app, ["report", "status", *options, "--week", WEEK, "--json"])
    rows = {d["recipient"]: d for d in json.loads(status.stdout)["deliveries"]}
    assert rows[LOST]["status"] == "unknown"
    assert "outcome unknown" in rows[LOST]["last_error"]
    action = (
        f"laip-monitor report weekly --send --force --week {WEEK} --portal munipoptun --to {LOST}"
    )
    assert rows[LOST]["action"] == action
    assert rows[UIP]["status"] == "sent" and rows[UIP]["action"] is None
    table = runner.invoke(app, ["report", "status", *options, "--week", WEEK])
    assert "unknown 1" in table.stdout
    assert "never resent" in table.stdout and action in table.stdout

    # The operator checked the mailbox and resends that one message on purpose.
    server.handler.mode = "accept"
    forced = runner.invoke(app, ["report", *action.split()[2:], *options])
    assert forced.exit_code == 0, forced.output
    assert "sent 1" in forced.stdout
    assert (_copies(server, LOST), _copies(server, UIP), _copies(server, OVERSIGHT)) == (2, 1, 1)
