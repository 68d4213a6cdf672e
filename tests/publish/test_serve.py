"""``serve`` publishes the site (a monthly ``export`` job, and once after start) at /publico/."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import httpx

from monitor.config import Config, load_config
from monitor.service.app import MonitorService
from monitor.service.plan import EXPORT, EXPORT_JOB_ID, plan_jobs
from tests.probes.servers import LoopbackServer, respond
from tests.service.test_service import eventually, write_config

NOW = dt.datetime(2026, 11, 15, 12, tzinfo=dt.UTC)


def _config(publish: dict[str, str]) -> Config:
    return Config.model_validate(
        {"publish": publish, "portals": [{"slug": "muni", "name": "M", "url": "https://m.gt/"}]}
    )


def test_the_export_job_runs_on_the_first_of_each_month_and_soon_after_start() -> None:
    plan = plan_jobs(_config({"dir": "publico"}), {}, NOW, maintenance=True)
    job = plan[EXPORT_JOB_ID]
    assert job.kind == EXPORT == "export"
    assert NOW <= job.first_run <= NOW + dt.timedelta(seconds=60)
    # 1 December 06:00 in Guatemala is 12:00 UTC.
    fire = job.trigger().get_next_fire_time(None, NOW)
    assert fire == dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
    assert EXPORT_JOB_ID not in plan_jobs(_config({}), {}, NOW, maintenance=True)
    assert EXPORT_JOB_ID not in plan_jobs(_config({"dir": "publico"}), {}, NOW)


async def _raw_get(port: int, target: str) -> bytes:
    """A request line sent as is (clients normalise ``..`` away)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    answer = await reader.read()
    writer.close()
    await writer.wait_closed()
    return answer.split(b"\r\n", 1)[0]


async def test_serve_publishes_the_site_and_serves_it_at_publico(
    tmp_path: Path, db_url: str
) -> None:
    public = tmp_path / "publico"
    (tmp_path / "secreto.txt").write_text("no", encoding="utf-8")
    async with LoopbackServer({"/": respond(200, b"<html><title>Muni</title></html>")}) as portal:
        path = write_config(tmp_path / "portals.toml", {"muni": portal.url()},
                            extra=f"[publish]\ndir = '{public}'\n")  # fmt: skip
        service = MonitorService(load_config(path).with_database_url(db_url), config_path=path)
        await service.start()
        try:
            assert service.scheduler is not None
            assert EXPORT_JOB_ID in {job.id for job in service.scheduler.get_jobs()}
            await eventually(lambda: (public / "municipio" / "muni.html").is_file(), timeout=30)
            async with httpx.AsyncClient(trust_env=False) as client:
                base = f"http://127.0.0.1:{service.port}"
                home = await client.get(f"{base}/publico/")
                page = await client.get(f"{base}/publico/municipio/muni.html")
                data = await client.get(f"{base}/publico/datos/index.html")
                bare = await client.get(f"{base}/publico")
                missing = await client.get(f"{base}/publico/municipio/otro.html")
            assert service.port is not None
            escape = await _raw_get(service.port, "/publico/../secreto.txt")
            escape_encoded = await _raw_get(service.port, "/publico/%2e%2e/secreto.txt")
        finally:
            await service.stop()
    assert home.status_code == 200 and "Portales municipales de transparencia" in home.text
    assert home.headers["content-type"].startswith("text/html")
    assert page.status_code == 200 and "<h1>Muni muni</h1>" in page.text
    assert data.status_code == 200
    assert bare.status_code == 301 and bare.headers["location"] == "/publico/"
    assert missing.status_code == 404
    assert b" 404 " in escape and b" 404 " in escape_encoded
