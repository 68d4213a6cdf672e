"""How much a compliance crawl delays probes in ``serve``: crawl on the loop vs in the crawl thread.

    .venv/bin/python -m bench.serve_loop_lag

A loopback portal (``python -m http.server`` in a child process, so its CPU is not ours) serves
either 35 realistic pages of ~120 KB or three 3 MB monster pages. While the service's job body
crawls and judges it, a ticker measures the event loop's lag (how late a 5 ms sleep wakes up)
and a probe job runs every 200 ms against a small page, timing each probe as the service sees it.
Prints a Markdown table: crawl wall time, loop lag p50/p99/max and probe duration p50/max, per
mode (``inline``: assess_portal on the service's loop; ``thread``: in ``CrawlThread``).

Measured on the 2-core machine at commit 35e6cbe (two runs, ranges), which is why ``serve``
crawls in the thread:

| site | mode | crawl s | loop lag p99 / max ms | probe p50 / max ms |
|---|---|---|---|---|
| 35 pages x 120 KB | inline | 3.1-3.2 | 1,465-1,585 / same | 1,426-1,514 / 2,795-2,969 |
| 35 pages x 120 KB | thread | 3.5-3.6 | 50-54 / 106-117 | 17-62 / 36-119 |
| 3 pages x 3 MB | inline | 1.0-1.3 | 71-99 / same | 96-127 / 187-229 |
| 3 pages x 3 MB | thread | 1.0-1.6 | 87-103 / same | 81-83 / 152-292 |

(Before the compliance code's own speed-ups, at 1bf5df5: 3.4-3.5 s stalls inline, under 0.2 s in
the thread.) Monster pages already parse and judge in worker threads inside monitor.compliance;
what remains there is single C calls holding the GIL for ~0.1 s, which only a process would remove.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.config import Config  # noqa: E402
from monitor.net.client import build_client  # noqa: E402
from monitor.pipeline.thread import CrawlThread  # noqa: E402
from monitor.service.jobs import crawl_job, probe_job  # noqa: E402
from monitor.store.db import open_database  # noqa: E402
from tests.resilience.serve_process import free_port  # noqa: E402
from tests.service.helpers import make_context  # noqa: E402

ROW = (
    '<tr><td><a href="/doc{n}.pdf">Informe {n}</a></td><td>Dirección de Finanzas</td>'
    "<td>actualizado 15/10/2026</td><td>Q {n},000.00 presupuesto ejecutado</td></tr>\n"
)


def write_site(root: Path, kind: str) -> None:
    if kind == "realistic":
        names = [f"p{n}.html" for n in range(34)]
        body = "<table>" + "".join(ROW.format(n=n) for n in range(500)) + "</table>"  # ~120 KB
    else:
        names = ["a.html", "b.html", "c.html"]
        body = "<p>Información pública de oficio del municipio.</p>" * 56_000  # ~3 MB
    links = "".join(
        f'<li><a href="/{name}">Numeral {i + 1}</a></li>' for i, name in enumerate(names)
    )
    (root / "index.html").write_text(
        f"<html><body><h1>Información pública de oficio</h1><ul>{links}</ul></body></html>",
        encoding="utf-8",
    )
    for name in names:
        page = f"<html><body><h1>Artículo 10</h1>{body}</body></html>"
        (root / name).write_text(page, encoding="utf-8")
    (root / "ping.html").write_text("<html><title>ok</title></html>", encoding="utf-8")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


async def measure(base: str, mode: str, db: str) -> dict[str, float]:
    config = Config.model_validate(
        {
            "monitor": {"timeout": "20s", "max_body_bytes": 5_000_000},
            "crawl": {"max_pages": 40, "time_budget": "120s", "max_documents": 0},
            "portals": [
                {"slug": "grande", "name": "Grande", "url": base + "index.html"},
                {"slug": "ping", "name": "Ping", "url": base + "ping.html", "crawl": False},
            ],
        }
    )
    engine, factory = open_database(db)
    ctx = make_context(config, factory, lambda request: None)
    await ctx.client.aclose()
    ctx.client = build_client(config.monitor)
    crawler = None
    if mode == "thread":
        crawler = CrawlThread(config.monitor, build_client, ctx.limiter)
        crawler.start()
        ctx.crawler = crawler
    lags: list[float] = []
    probes: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        while not done.is_set():
            began = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append(time.perf_counter() - began - 0.005)

    async def prober() -> None:
        while not done.is_set():
            began = time.perf_counter()
            await probe_job(ctx, "ping")
            probes.append(time.perf_counter() - began)
            await asyncio.sleep(0.2)

    tasks = [asyncio.create_task(ticker()), asyncio.create_task(prober())]
    began = time.perf_counter()
    await crawl_job(ctx, "grande")
    wall = time.perf_counter() - began
    done.set()
    await asyncio.gather(*tasks)
    if crawler is not None:
        await crawler.close()
    await ctx.client.aclose()
    engine.dispose()
    return {
        "crawl_s": wall,
        "lag_p50_ms": 1000 * statistics.median(lags),
        "lag_p99_ms": 1000 * pct(lags, 0.99),
        "lag_max_ms": 1000 * max(lags),
        "probe_p50_ms": 1000 * statistics.median(probes),
        "probe_max_ms": 1000 * max(probes),
    }


def main() -> None:
    print("| site | mode | crawl s | loop lag p50 / p99 / max ms | probe p50 / max ms |")
    print("|---|---|---|---|---|")
    for kind in ("realistic", "monster"):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            write_site(root, kind)
            port = free_port()
            server = subprocess.Popen(
                [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                 "--directory", str(root)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                time.sleep(0.5)
                for mode in ("inline", "thread"):
                    db = f"sqlite:///{root}/{mode}.db"
                    r = asyncio.run(measure(f"http://127.0.0.1:{port}/", mode, db))
                    print(
                        f"| {kind} | {mode} | {r['crawl_s']:.2f} | {r['lag_p50_ms']:.1f} / "
                        f"{r['lag_p99_ms']:.0f} / {r['lag_max_ms']:.0f} | "
                        f"{r['probe_p50_ms']:.0f} / {r['probe_max_ms']:.0f} |",
                        flush=True,
                    )
            finally:
                server.terminate()
                server.wait()


if __name__ == "__main__":
    main()
