"""Crawl benchmark: a generated loopback fleet in the four fixture designs, crawled and judged.

    .venv/bin/python bench/crawl_bench.py --portals 40 [--transport aiohttp] [--profile out.prof]

The portals are served by a separate process (so the figures are the monitor's own CPU), every
HTML page padded to a realistic 30-150 KB with template markup that does not change verdicts.
Reports wall time, pages and documents per second, CPU seconds per page, and the accuracy
against the designs' truth as a sanity check.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import multiprocessing as mp
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.compliance.assess import assess_portal  # noqa: E402
from monitor.compliance.catalog import load_catalog  # noqa: E402
from monitor.compliance.page import parse_page  # noqa: E402
from monitor.config import Config, MonitorSettings, PortalConfig  # noqa: E402
from monitor.net.client import HostLimiter, build_client, build_crawl_client  # noqa: E402
from tests.compliance.fleet.content import assign  # noqa: E402
from tests.compliance.fleet.designs import DESIGNS  # noqa: E402
from tests.compliance.fleet.server import LoopbackServer, Resource  # noqa: E402

TODAY = dt.date(2026, 11, 24)
_WORD_TEXT = (
    "municipalidad vecinos servicios agua potable drenaje mercado alcaldía concejo desarrollo "
    "comunidad aldea caserío proyecto salud educación cultura deporte turismo feria patronal"
)
WORDS = _WORD_TEXT.split()


def pad(html: bytes, rng: random.Random) -> bytes:
    """Grow a page to 30-150 KB with a sidebar widget, inline script and styles, as CMSs do."""
    target = rng.randint(30_000, 150_000)
    if len(html) >= target:
        return html
    chunks = ['<aside class="widget-area"><div class="widget">']
    size = len(html)
    while size < target:
        words = " ".join(rng.choice(WORDS) for _ in range(40))
        piece = (
            f'<div class="widget-item"><span class="icon"></span><p>{words}</p>'
            f'<a href="#" class="share">Compartir</a></div>'
            f"<script>var w{size}={{a:1,b:'{words[:60]}'}};</script>"
            f"<style>.w{size}{{margin:0;padding:2px}}</style>"
        )
        chunks.append(piece)
        size += len(piece)
    chunks.append("</div></aside>")
    return html.replace(b"</body>", "".join(chunks).encode("ascii", "ignore") + b"</body>", 1)


def build(count: int) -> list[tuple[str, dict[str, Resource], dict[str, str]]]:
    catalog = load_catalog()
    rng = random.Random(57)
    designs = list(DESIGNS)
    fleet = []
    for index in range(count):
        design = designs[index % len(designs)]
        statuses = assign(catalog, index)
        routes = DESIGNS[design](catalog, statuses, TODAY, other_host="http://127.0.0.1:9")
        for res in routes.values():
            if res.content_type.startswith("text/html") and res.status == 200:
                res.body = pad(res.body, rng)
        truth = dict(statuses)
        truth.update({e.id: "missing" for e in catalog.entries if not e.is_article10})
        if design == "inline":
            truth["extra.comude"] = "ok"
        fleet.append((f"{design}-{index}", routes, truth))
    return fleet


def parse_cost(fleet: list[tuple[str, dict[str, Resource], dict[str, str]]]) -> tuple[float, float]:
    """Mean CPU milliseconds and size of parsing one generated page, offline (no network)."""
    bodies = [
        (res.body, res.content_type)
        for _slug, routes, _truth in fleet
        for res in routes.values()
        if res.content_type.startswith("text/html") and res.status == 200
    ]
    began = time.process_time()
    for body, content_type in bodies:
        parse_page("http://bench.example/", 200, body, content_type)
    spent = time.process_time() - began
    return 1000 * spent / len(bodies), sum(len(b) for b, _ in bodies) / len(bodies) / 1000


def serve(count: int, urls: mp.Queue, stop: mp.Event) -> None:  # type: ignore[type-arg]
    servers = [LoopbackServer(routes) for _slug, routes, _truth in build(count)]
    for server in servers:
        server.__enter__()
    urls.put([server.url for server in servers])
    stop.wait()
    for server in servers:
        server.__exit__(None, None, None)


async def crawl_fleet(urls: list[str], transport: str) -> tuple[list, float]:  # type: ignore[type-arg]
    catalog = load_catalog()
    settings = MonitorSettings(concurrency=128, per_host_concurrency=2)
    portals = tuple(
        PortalConfig(slug=f"p{i}", name=f"p{i}", url=url + "/") for i, url in enumerate(urls)
    )
    config = Config(monitor=settings, portals=portals)
    # "aiohttp": the crawl client the monitor uses; "httpx": httpx's own transport.
    client = build_crawl_client(settings) if transport == "aiohttp" else build_client(settings)
    limiter = HostLimiter(settings.per_host_concurrency, settings.concurrency)
    began = time.perf_counter()
    async with client:
        results = await asyncio.gather(
            *(
                assess_portal(client, p, config, catalog, today=TODAY, limiter=limiter)
                for p in portals
            )
        )
    return results, time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--portals", type=int, default=40)
    parser.add_argument("--transport", choices=["httpx", "aiohttp"], default="httpx")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the crawl here")
    args = parser.parse_args()

    fleet = build(args.portals)
    truths = [truth for _slug, _routes, truth in fleet]
    parse_ms, parse_kb = parse_cost(fleet)
    urls_queue: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    stop = mp.Event()
    server = mp.Process(target=serve, args=(args.portals, urls_queue, stop), daemon=True)
    server.start()
    urls = urls_queue.get(timeout=120)

    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    results, wall = asyncio.run(crawl_fleet(urls, args.transport))
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    stop.set()
    server.join(timeout=10)

    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    pages = sum(r.stats.pages for r in results)
    documents = sum(r.stats.documents for r in results)
    megabytes = sum(r.stats.bytes_read for r in results) / 1e6
    right = total = 0
    for result, truth in zip(results, truths, strict=True):
        for section, expected in truth.items():
            total += 1
            right += result.verdict(section).status == expected
    print(f"portals            {len(results)}  (transport: {args.transport})")
    print(f"pages / documents  {pages} / {documents}  ({megabytes:.1f} MB of HTML read)")
    print(f"wall time          {wall:.2f} s")
    print(
        f"pages per second   {pages / wall:.1f}  (requests incl. documents: "
        f"{(pages + documents) / wall:.1f}/s)"
    )
    print(
        f"CPU                {cpu:.2f} s  = {1000 * cpu / max(pages, 1):.2f} ms per page, "
        f"{1000 * cpu / max(pages + documents, 1):.2f} ms per request"
    )
    print(f"parse alone        {parse_ms:.2f} ms CPU per page (mean page {parse_kb:.0f} KB)")
    print(f"peak RSS           {cpu1.ru_maxrss / 1024:.0f} MB")
    print(f"accuracy           {right / total:.1%} of {total} (portal, section) pairs")


if __name__ == "__main__":
    main()
