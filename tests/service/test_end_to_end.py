"""End to end: ``laip-monitor serve`` (a real process) scraped by a real Prometheus.

Loopback portals (one up, one refusing connections, one on TLS with an untrusted certificate,
one crawled for real) feed the service; Prometheus scrapes it every second and evaluates the
alert rules. Then every PromQL expression of the dashboards and the rules goes through
Prometheus' HTTP API: each must be valid, and every dashboard query must return data.

One portal carries a crawl and a certificate stored beforehand through the store functions, as
a previous run of the service would have left them, so that the section panels have dates.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import math
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from PIL import Image

from monitor.config import load_config
from monitor.store import repo
from monitor.store.db import open_database, transaction
from tests.probes.servers import LoopbackServer, respond
from tests.service.helpers import require_binary, seed_portal
from tests.service.panels import draw, panel_lines
from tests.service.promql import (
    DASHBOARD_FILES,
    DASHBOARDS,
    alert_rules,
    dashboard_queries,
    load_dashboard,
    panels,
    substitute,
)

pytestmark = pytest.mark.slow

PORTAL = "muni-a"  # the portal the Portal dashboard is checked with
HOME = (
    "<html><head><title>Municipalidad</title></head><body>"
    '<a href="/transparencia">Información pública de oficio</a></body></html>'
).encode()
TRANSPARENCIA = (
    "<html><body><h1>Artículo 10</h1><ul>"
    '<li><a href="/estructura">1. Estructura orgánica</a> actualizado 15/10/2026</li>'
    '<li><a href="/presupuesto">8. Presupuesto</a></li></ul></body></html>'
).encode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def process(args: list[str], log: Path, **kwargs: Any) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``args`` with output in ``log``; terminated (then killed) on exit."""
    with log.open("wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, **kwargs)
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


async def wait_until_ok(
    client: httpx.AsyncClient, url: str, proc: subprocess.Popen[bytes], log: Path
) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
        with contextlib.suppress(httpx.HTTPError):
            if (await client.get(url)).status_code == 200:
                return
        await asyncio.sleep(0.2)
    raise AssertionError(f"{url} never answered 200:\n" + log.read_text(errors="replace")[-3000:])


@pytest.fixture
async def portals() -> AsyncIterator[dict[str, str]]:
    ca = trustme.CA(organization_name="Autoridad de Prueba")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    routes = {"/": respond(200, HOME), "/transparencia": respond(200, TRANSPARENCIA)}
    async with (
        LoopbackServer(routes) as plain,
        LoopbackServer(routes) as crawled,
        LoopbackServer({"/": respond(200, HOME)}, tls=context) as secure,
    ):
        yield {
            "muni-a": plain.url(),
            "muni-b": f"http://127.0.0.1:{free_port()}/",
            "muni-c": crawled.url(),
            "muni-tls": secure.url(),
        }


def write_config(path: Path, urls: dict[str, str]) -> None:
    lines = [
        "[monitor]",
        'check_interval = "1s"',
        'crawl_interval = "3s"',
        'timeout = "2s"',
        "down_after = 1",
        "[crawl]",
        "max_pages = 5",
        'time_budget = "5s"',
        "respect_robots = false",
    ]
    for slug, url in urls.items():
        lines += [
            "[[portals]]",
            f'slug = "{slug}"',
            f'name = "Municipalidad {slug}"',
            'department = "Petén"',
            f'url = "{url}"',
            f"crawl = {'true' if slug == 'muni-c' else 'false'}",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def seed(config_path: Path, db_url: str) -> None:
    """What an earlier run left: a crawl with dated sections and a certificate for muni-a."""
    engine, factory = open_database(db_url)
    with transaction(factory) as session:
        ids = repo.sync_portals(session, load_config(config_path).portals)
    at = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2)
    seed_portal(
        factory,
        ids[PORTAL],
        PORTAL,
        at=at,
        verdicts={
            "art10.n01": ("ok", at.date() - dt.timedelta(days=20)),
            "art10.n08": ("outdated", at.date() - dt.timedelta(days=200)),
            "art10.n09": ("missing", None),
        },
        score=1 / 3,
    )
    engine.dispose()


def prometheus_config(path: Path, target: str) -> None:
    path.write_text(
        "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        f"rule_files:\n  - {DASHBOARDS / 'alerts.yml'}\n"
        "scrape_configs:\n  - job_name: laip-monitor\n"
        f"    static_configs:\n      - targets: ['{target}']\n",
        encoding="utf-8",
    )


def has_data(payload: dict[str, Any]) -> bool:
    """A query result with at least one sample that is a number (not NaN)."""
    data = payload["data"]
    if data["resultType"] == "scalar":
        return not math.isnan(float(data["result"][1]))
    for series in data["result"]:
        values = series.get("values") or [series["value"]]
        if any(not math.isnan(float(value)) for _, value in values):
            return True
    return False


async def evaluate(
    client: httpx.AsyncClient, base: str, expr: str, *, instant: bool
) -> dict[str, Any]:
    if instant:
        response = await client.get(f"{base}/api/v1/query", params={"query": expr})
    else:
        now = time.time()
        params = {"query": expr, "start": now - 120, "end": now, "step": "1"}
        response = await client.get(f"{base}/api/v1/query_range", params=params)
    payload: dict[str, Any] = response.json()
    return payload


def dashboard_targets() -> list[tuple[str, str, str, bool]]:
    """``(dashboard, panel title, expr with variables substituted, instant)`` of every query."""
    found = []
    for name in DASHBOARD_FILES:
        for panel in panels(load_dashboard(name)):
            for target in panel["targets"]:
                expr = substitute(target["expr"], PORTAL)
                found.append((name, panel["title"], expr, bool(target.get("instant"))))
    assert len(found) == sum(len(dashboard_queries(name)) for name in DASHBOARD_FILES)
    return found


async def test_every_dashboard_query_returns_data_and_every_alert_rule_is_valid_on_prometheus(
    tmp_path: Path, portals: dict[str, str]
) -> None:
    binary = require_binary("prometheus")
    config = tmp_path / "portals.toml"
    write_config(config, portals)
    db_url = f"sqlite:///{tmp_path}/monitor.db"
    seed(config, db_url)
    listen = f"127.0.0.1:{free_port()}"
    prom_listen = f"127.0.0.1:{free_port()}"
    prometheus_config(tmp_path / "prometheus.yml", listen)
    serve_args = [sys.executable, "-m", "monitor", "serve", "--config", str(config)]
    serve_args += ["--db", db_url, "--listen", listen]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("LAIP_MONITOR_DB_URL", None)
    prom_args = [
        binary,
        f"--config.file={tmp_path / 'prometheus.yml'}",
        f"--storage.tsdb.path={tmp_path / 'tsdb'}",
        f"--web.listen-address={prom_listen}",
        "--log.level=warn",
    ]
    base = f"http://{prom_listen}"
    async with httpx.AsyncClient(trust_env=False, timeout=10) as client:
        with (
            process(serve_args, tmp_path / "serve.log", env=env) as serve,
            process(prom_args, tmp_path / "prometheus.log") as prometheus,
        ):
            await wait_until_ok(client, f"http://{listen}/healthz", serve, tmp_path / "serve.log")
            await wait_until_ok(client, f"{base}/-/ready", prometheus, tmp_path / "prometheus.log")

            # Beyond the dashboards: the real crawl and the real certificate facts reach Prometheus.
            live = [
                (
                    "live",
                    "crawl of muni-c",
                    'laip_portal_last_crawl_timestamp_seconds{portal="muni-c"}',
                    True,
                ),
                (
                    "live",
                    "certificate of muni-tls",
                    'laip_portal_tls_expiry_timestamp_seconds{portal="muni-tls"}',
                    True,
                ),
                ("live", "muni-b is down", 'laip_portal_up{portal="muni-b"} == 0', True),
            ]
            targets = dashboard_targets() + live
            empty: list[str] = []
            deadline = time.monotonic() + 40
            while True:
                empty = []
                for name, title, expr, instant in targets:
                    payload = await evaluate(client, base, expr, instant=instant)
                    assert payload["status"] == "success", f"{name} / {title}: {expr}: {payload}"
                    if not has_data(payload):
                        empty.append(f"{name} / {title}: {expr}")
                if not empty or time.monotonic() > deadline:
                    break
                await asyncio.sleep(1)
            assert empty == [], "dashboard panels without data:\n" + "\n".join(empty)
            await draw_panels(client, base, artefacts(tmp_path))

            values = await client.get(
                f"{base}/api/v1/label/portal/values", params={"match[]": "laip_portal_up"}
            )
            assert sorted(values.json()["data"]) == sorted(portals)

            for rule in alert_rules():
                payload = await evaluate(client, base, rule["expr"], instant=True)
                assert payload["status"] == "success", f"{rule['alert']}: {payload}"
            rules_state = (await client.get(f"{base}/api/v1/rules")).json()["data"]["groups"]
            evaluated = {r["name"]: r for group in rules_state for r in group["rules"]}
            assert sorted(evaluated) == sorted(rule["alert"] for rule in alert_rules())
            assert {name: r["health"] for name, r in evaluated.items() if r["health"] != "ok"} == {}

            serve.send_signal(signal.SIGTERM)
            assert serve.wait(timeout=10) == 0
    log = (tmp_path / "serve.log").read_text(errors="replace")
    assert "service stopped" in log
    assert "portal=muni-c crawl stored" in log
    assert "portal=muni-tls probe stored up=False error=tls" in log


def artefacts(tmp_path: Path) -> Path:
    """Where the panel images go: ``LAIP_TEST_ARTEFACTS`` when set (CI keeps it), else tmp."""
    root = os.environ.get("LAIP_TEST_ARTEFACTS")
    return (Path(root) if root else tmp_path) / "dashboard-panels"


async def draw_panels(client: httpx.AsyncClient, base: str, out: Path) -> None:
    """Every panel's query results drawn to a PNG: names, titles and status words, not ids."""
    legends: list[str] = []
    for name in DASHBOARD_FILES:
        for number, panel in enumerate(panels(load_dashboard(name)), start=1):
            results = []
            for target in panel["targets"]:
                expr = substitute(target["expr"], PORTAL)
                payload = await evaluate(client, base, expr, instant=True)
                results.append((target, payload["data"]["result"]))
            lines = panel_lines(panel, results)
            png = out / f"{name.removesuffix('.json')}-{number:02d}.png"
            draw(panel["title"], lines, png)
            with Image.open(png) as image:
                assert image.size[0] == 900 and image.getbbox() is not None
            legends += [line.legend for line in lines] + [line.value for line in lines]
    shown = " ".join(legends)
    assert f"Municipalidad {PORTAL}" in shown  # names, joined from laip_portal_info
    assert "Informes mensuales de ejecución presupuestaria" in shown  # a section title
    assert "Desactualizado" in shown and "No encontrado" in shown  # statuses as words
    assert "arriba" in shown or "caído" in shown
