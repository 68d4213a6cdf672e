"""Secrets never reach stdout, stderr, logs or JSON: database and portal passwords.

Every command runs as a real process (``python -m monitor``), so what is checked is exactly
what an operator's terminal, a log collector or a pipe would receive.
"""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from monitor.logs import configure_logging, event
from monitor.secrets import redact_data, redact_text, redact_url, register_secret

DB_SECRET = "Pa%25ss%40w0rd-Db"  # %-encoded: the password is "Pa%ss@w0rd-Db"
DB_SECRET_DECODED = "Pa%ss@w0rd-Db"
QUERY_SECRET = "Hunter2-QuerySecret"
PORTAL_SECRET = "S3cret-Portal-Pw"


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LAIP_MONITOR_DB_URL"}
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def _assert_hidden(result: subprocess.CompletedProcess[str], *secrets: str) -> None:
    for secret in secrets:
        assert secret not in result.stdout, result.stdout
        assert secret not in result.stderr, result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _with_password(url: str, password: str) -> str:
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:{password}@{host}"


def test_the_redaction_helper_hides_passwords_in_urls_query_parameters_and_text() -> None:
    assert redact_url("postgresql://laip:s%25x@db/laip") == "postgresql://laip:***@db/laip"
    assert redact_url("postgresql://laip@db/laip?password=abc&x=1") == (
        "postgresql://laip@db/laip?password=***&x=1"
    )
    assert redact_url("https://user:pw@host/a") == "https://user:***@host/a"
    assert redact_url("sqlite:////tmp/a.db") == "sqlite:////tmp/a.db"
    assert redact_url("http://host:8080/a@b") == "http://host:8080/a@b"
    register_secret("Registered-Secret/1")
    assert redact_text('failed: password "Registered-Secret/1" refused') == (
        'failed: password "***" refused'
    )
    assert redact_text("quoted Registered-Secret%2F1") == "quoted ***"
    assert redact_data({"u": ["https://a:bb@h/"], "n": 1}) == {"u": ["https://a:***@h/"], "n": 1}


def test_a_database_password_with_a_percent_encoded_character_works_and_stays_hidden(
    postgres_url: str,
) -> None:
    url = _with_password(postgres_url, DB_SECRET)
    for command in (["status", "--json"], ["db", "upgrade"], ["db", "current"]):
        result = _run(*command, "--db", url)
        assert result.returncode == 0, result.stderr
        _assert_hidden(result, DB_SECRET, DB_SECRET_DECODED)
    # The same URL on a port where nothing listens: one line, exit 2, no password.
    dead = make_url(url).set(port=_free_port()).render_as_string(hide_password=False)
    result = _run("status", "--db", dead)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    _assert_hidden(result, DB_SECRET, DB_SECRET_DECODED)


def test_a_password_given_as_a_query_parameter_is_hidden_in_errors() -> None:
    url = f"postgresql+psycopg://laip@127.0.0.1:{_free_port()}/laip?password={QUERY_SECRET}"
    for command in (["status"], ["db", "current"], ["check", "--no-crawl"]):
        result = _run(*command, "--db", url, "--config", "config/portals.toml")
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("laip-monitor: error: "), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        _assert_hidden(result, QUERY_SECRET)


@pytest.mark.slow
def test_serve_logs_service_started_without_the_query_password(
    tmp_path: Path, postgres_url: str
) -> None:
    url = f"{postgres_url}?password={QUERY_SECRET}"
    config = tmp_path / "portals.toml"
    config.write_text('[monitor]\nlog_format = "json"\n', encoding="utf-8")
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "LAIP_MONITOR_DB_URL"}
    args = [sys.executable, "-m", "monitor", "serve", "--config", str(config), "--db", url]
    args += ["--listen", f"127.0.0.1:{_free_port()}"]
    with log.open("wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 30
        while "service started" not in log.read_text(encoding="utf-8"):
            assert proc.poll() is None, log.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    text = log.read_text(encoding="utf-8")
    started = [json.loads(line) for line in text.splitlines() if "service started" in line]
    assert started and "password=***" in started[0]["database"]
    assert QUERY_SECRET not in text


class _Portal(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = b"<html><head><title>Municipalidad</title></head><body>Hola</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet."""


@pytest.fixture
def portal_port() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_credentials_in_a_portal_url_never_reach_the_output(
    tmp_path: Path, portal_port: int
) -> None:
    config = tmp_path / "portals.toml"
    config.write_text(
        f"""
[[portals]]
slug = "munisecreta"
name = "Municipalidad Secreta"
url = "http://visitante:{PORTAL_SECRET}@127.0.0.1:{portal_port}/"
crawl = false
""",
        encoding="utf-8",
    )
    options = ["--config", str(config), "--db", f"sqlite:///{tmp_path}/m.db"]
    check = _run("check", "--json", *options)
    assert check.returncode == 0, check.stderr
    portal = json.loads(check.stdout)["portals"][0]
    assert portal["up"] is True
    assert portal["url"] == f"http://visitante:***@127.0.0.1:{portal_port}/"
    _assert_hidden(check, PORTAL_SECRET)
    commands = (["check"], ["status"], ["status", "--json"], ["portals"], ["portals", "--json"])
    for command in commands:
        result = _run(*command, *(options if command[0] != "portals" else options[:2]))
        assert result.returncode == 0, result.stderr
        assert "munisecreta" in result.stdout
        _assert_hidden(result, PORTAL_SECRET)


def test_log_lines_hide_url_credentials_in_text_and_json() -> None:
    for log_format in ("text", "json"):
        stream = io.StringIO()
        configure_logging(log_format, stream=stream)  # type: ignore[arg-type]
        try:
            event(
                logging.getLogger("monitor.test"),
                logging.WARNING,
                "probe stored",
                url=f"https://user:{PORTAL_SECRET}@host/",
                database=f"postgresql://u@h/db?password={QUERY_SECRET}",
            )
        finally:
            root = logging.getLogger()
            for handler in list(root.handlers):
                if handler.get_name() == "laip-monitor":
                    root.removeHandler(handler)
        line = stream.getvalue()
        assert "user:***@host" in line and "password=***" in line
        assert PORTAL_SECRET not in line and QUERY_SECRET not in line
