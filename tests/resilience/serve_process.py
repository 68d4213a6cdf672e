"""``laip-monitor serve`` as a real subprocess, and loopback portals for it to probe."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
# A liveness bound for the waits, not a performance claim.
PATIENCE = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Portal(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        body = b"<html><title>Municipalidad</title><body>Portal</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass


@contextlib.contextmanager
def loopback_portal() -> Iterator[str]:
    """A portal answering 200 on 127.0.0.1 (in a thread); yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def write_config(path: Path, portals: dict[str, str], *, extra: str = "", **monitor: str) -> Path:
    """A config probing every second (leader lease 3 s) with JSON logs."""
    settings = {
        "check_interval": "1s",
        "timeout": "2s",
        "leader_ttl": "3s",
        "leader_renew_interval": "500ms",
        "log_format": "json",
        **monitor,
    }
    lines = ["[monitor]", *(f'{key} = "{value}"' for key, value in settings.items())]
    for slug, url in portals.items():
        lines += ["[[portals]]", f'slug = "{slug}"', f'name = "Muni {slug}"', f'url = "{url}"']
        lines += ["crawl = false", f'contacts = ["alcaldia@{slug}.example"]']
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


class Serve:
    """One ``laip-monitor serve`` process with its JSON log and its endpoints."""

    def __init__(self, config: Path, db_url: str, log: Path) -> None:
        self.listen = f"127.0.0.1:{free_port()}"
        self.log = log
        env = {k: v for k, v in os.environ.items() if k != "LAIP_MONITOR_DB_URL"}
        env["PYTHONPATH"] = str(REPO)
        args = [sys.executable, "-m", "monitor", "serve", "--config", str(config)]
        args += ["--db", db_url, "--listen", self.listen]
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                args, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=REPO
            )
        self._client = httpx.Client(trust_env=False, timeout=10.0)

    def alive(self) -> None:
        if self.process.poll() is not None:
            raise AssertionError(f"serve exited ({self.process.returncode}): {self.log_text()}")

    def health(self) -> tuple[int, dict[str, Any]] | None:
        """``(status code, body)`` of /healthz, or None while it does not answer."""
        self.alive()
        try:
            response = self._client.get(f"http://{self.listen}/healthz")
        except httpx.HTTPError:
            return None
        return response.status_code, response.json()

    def metrics(self) -> str:
        return self._client.get(f"http://{self.listen}/metrics").text

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-6000:]

    def events(self, message: str | None = None) -> list[dict[str, Any]]:
        """The JSON log lines (those with ``message`` when given)."""
        found = []
        for line in self.log.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                if message is None or event.get("message") == message:
                    found.append(event)
        return found

    def role(self) -> str | None:
        health = self.health()
        return None if health is None or health[0] != 200 else str(health[1]["role"])

    def terminate(self) -> int:
        """SIGTERM and wait; the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)

    def close(self) -> None:
        self.kill()
        self._client.close()


def wait_for(condition: Callable[[], object], what: str, timeout: float = PATIENCE) -> Any:
    """Poll ``condition`` until it returns something truthy (returned); fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")
