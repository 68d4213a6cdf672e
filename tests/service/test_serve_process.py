"""``laip-monitor serve`` as a real process: signals, JSON logs, a clean stop."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(path: Path, slugs: list[str], port: int) -> None:
    lines = ["[monitor]", 'check_interval = "1s"', 'log_format = "json"']
    for slug in slugs:
        lines += [
            "[[portals]]",
            f'slug = "{slug}"',
            f'name = "Muni {slug}"',
            f'url = "http://127.0.0.1:{port}/"',
            "crawl = false",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def wait_for(condition: object, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def log_events(path: Path) -> list[dict[str, object]]:
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)  # every line is one JSON object
        events.append(event)
    return events


def test_sighup_reloads_the_config_and_sigterm_stops_the_service_cleanly(
    tmp_path: Path,
) -> None:
    dead_port = free_port()
    config = tmp_path / "portals.toml"
    write_config(config, ["uno"], dead_port)
    listen = f"127.0.0.1:{free_port()}"
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "LAIP_MONITOR_DB_URL"}
    args = [sys.executable, "-m", "monitor", "serve", "--config", str(config)]
    args += ["--db", f"sqlite:///{tmp_path}/m.db", "--listen", listen]
    with log.open("wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        with httpx.Client(trust_env=False) as client:

            def healthy() -> bool:
                assert proc.poll() is None, log.read_text()
                try:
                    return client.get(f"http://{listen}/healthz").status_code == 200
                except httpx.HTTPError:
                    return False

            wait_for(healthy, "/healthz")
            write_config(config, ["uno", "dos"], dead_port)
            proc.send_signal(signal.SIGHUP)

            def reloaded() -> bool:
                metrics = client.get(f"http://{listen}/metrics").text
                return 'laip_scheduler_jobs{kind="probe"} 2.0' in metrics

            wait_for(reloaded, "the reload")
            wait_for(lambda: '"portal": "dos"' in log.read_text(), "a probe of the new portal")
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=10) == 0

    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    events = log_events(log)
    messages = [event["message"] for event in events]
    assert "config reloaded" in messages
    reload = next(event for event in events if event["message"] == "config reloaded")
    assert (reload["reason"], reload["added"]) == ("SIGHUP", "probe:dos")
    assert messages[-1] == "service stopped"
    probes = [event for event in events if event["message"] == "probe stored"]
    assert probes and all(event["portal"] in ("uno", "dos") for event in probes)
