"""``check`` decides whether to crawl a portal from the state its probe's write just left (the
flap thresholds applied), handed over by that write rather than read back."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from monitor.cli.app import app


class _Portal(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server API
        status = 500 if self.path.startswith("/caido/") else 200
        body = "<html><title>Municipalidad</title><body>Información pública</body></html>"
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def portal() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _config(path: Path, url: str) -> Path:
    path.write_text(
        f"""
[monitor]
timeout = "5s"
down_after = 2
up_after = 2

[[portals]]
slug = "munitres"
name = "Municipalidad de Tres"
url = "{url}"
""",
        encoding="utf-8",
    )
    return path


def _check(config: Path, db: str) -> tuple[dict[str, object], list[str]]:
    """One ``check --json`` of the portal, and the statements it sent that read its state (on
    SQLite the probe's write reads it without ``FOR UPDATE``)."""
    reads: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        text = " ".join(statement.split()).upper()
        if text.startswith("SELECT") and "FROM PORTAL_STATE" in text:
            reads.append(statement)

    event.listen(Engine, "before_cursor_execute", note)
    try:
        result = CliRunner().invoke(app, ["check", "--config", str(config), "--db", db, "--json"])
    finally:
        event.remove(Engine, "before_cursor_execute", note)
    assert result.exit_code == 0, result.stdout
    [entry] = json.loads(result.stdout)["portals"]
    return entry, reads


def test_check_crawls_only_once_the_state_its_probe_left_is_up(
    tmp_path: Path, portal: str
) -> None:
    db = f"sqlite:///{tmp_path / 'laip.db'}"
    config = tmp_path / "portals.toml"
    for _ in range(2):  # two failures: down
        entry, _reads = _check(_config(config, f"{portal}/caido/"), db)
        assert entry["up"] is False
    # Answering again, but one success is not enough to be up (up_after = 2): no crawl.
    entry, reads = _check(_config(config, f"{portal}/"), db)
    assert entry["up"] is True
    assert "portal is down" in str(entry["crawl_skipped"])
    # The probe's write reads the state to update it; nothing reads it back after.
    assert len(reads) == 1, reads
    entry, reads = _check(config, db)
    assert "crawl_skipped" not in entry and entry["compliance"] is not None
    assert len(reads) == 2, reads  # the probe's write, and storing the crawl
