"""What a person reads in an 80-column terminal: nothing cut, nothing made up, one vocabulary."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli.app import app
from monitor.store.repo import PortalStatus

NARROW = {"COLUMNS": "80"}
LONG_SLUGS = ["munilascruces", "munilalibertadpeten", "muniesquipulaspalogordo"]


class _Portal(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server API
        body = b"<html><body>Portal municipal</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def portal_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def config(tmp_path: Path, portal_url: str) -> Path:
    entries = [
        ("munilascruces", portal_url),
        ("munilalibertadpeten", "http://127.0.0.1:9/"),  # nothing listens on the discard port
        ("muniesquipulaspalogordo", portal_url),
    ]
    text = '[monitor]\ntimeout = "3s"\n\n[crawl]\nprocesses = 1\n'
    for slug, url in entries:
        text += f'\n[[portals]]\nslug = "{slug}"\nname = "Municipalidad {slug}"\nurl = "{url}"\n'
        text += "crawl = false\n"
    path = tmp_path / "portals.toml"
    path.write_text(text, encoding="utf-8")
    return path


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=NARROW)
    return result.exit_code, result.stdout, result.stderr


def test_status_lists_configured_portals_before_any_check(config: Path, sqlite_url: str) -> None:
    code, out, _ = invoke("status", "--config", str(config), "--db", sqlite_url)
    assert code == 0
    for slug in LONG_SLUGS:
        assert re.search(rf"\b{slug}\b", out), f"{slug} is missing or cut:\n{out}"
    assert out.count("no data") == 3


def test_status_at_80_columns_cuts_nothing_and_agrees_with_check(
    config: Path, sqlite_url: str
) -> None:
    code, checked, _ = invoke("check", "--config", str(config), "--db", sqlite_url)
    assert code == 0
    code, out, _ = invoke("status", "--config", str(config), "--db", sqlite_url)
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 80, out
    assert "…" not in out
    rows = {line.split()[1]: line for line in out.splitlines() if line.startswith("│")}
    assert set(rows) == set(LONG_SLUGS), out
    for line in rows.values():
        assert re.search(r"n/d\s+│\s+n/d\s+│\s+n/d", line), "one probe covers no window"
        assert "0.00%" not in line
        for stamp in re.findall(r"20\d\d-[\d-]*[\d: ]*", line):
            assert re.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d\s*", stamp), stamp
    assert " down " in rows["munilalibertadpeten"]
    assert " up " in rows["munilascruces"]
    check_row = next(line for line in checked.splitlines() if "munilalibertadpeten" in line)
    assert "down" in check_row


def test_an_uptime_window_counts_once_monitoring_covers_it() -> None:
    now = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
    row = PortalStatus(
        slug="muni",
        name="Muni",
        department=None,
        url="http://127.0.0.1:9/",
        active=True,
        up=True,
        since=None,
        last_probe_at=now,
        last_error=None,
        last_status_code=200,
        last_response_time_seconds=0.1,
        tls_expires_at=None,
        compliance_score=None,
        uptime={"24h": 1.0, "7d": 1.0, "30d": 1.0},
        monitored_since=now - dt.timedelta(days=8),
    )
    assert [row.covered(window, now) for window in ("24h", "7d", "30d")] == [True, True, False]


def test_portals_at_80_columns_shows_every_slug_whole() -> None:
    shipped = Path(__file__).resolve().parent.parent / "config" / "portals.toml"
    code, out, _ = invoke("portals", "--config", str(shipped))
    assert code == 0
    assert "…" not in out and max(len(line) for line in out.splitlines()) <= 80
    for slug in [*LONG_SLUGS, "munidolorespeten", "munisantaanapeten"]:
        assert re.search(rf"│ {slug}\s+│", out), f"{slug} is cut:\n{out}"
    assert "Hidden to fit 80 columns: url" in out
