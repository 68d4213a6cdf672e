"""A naive reference crawler: what fetching a fleet costs without laip-monitor's work.

    .venv/bin/python -m bench.reference_crawler --config /tmp/laip-bench-fleet-340/portals.toml

The yardstick of ``bench/round.py``'s side-by-side figures (issue 15): for every portal of a
``portals.toml`` it fetches the home page and then every page and document of the same host that
the pages link to, breadth-first, with the most ordinary tools — ``httpx.AsyncClient`` (default
transport) and ``lxml.html`` (``iterlinks``) — and nothing else: no probe, no judging, no storage,
no politeness beyond one request at a time per portal. Documents are fetched whole (``GET``,
bodies read and dropped); pages are parsed only for their links. ``--parallel`` portals are
crawled at once (default 32). It prints one JSON line: pages, documents, errors, bytes, seconds.

Loopback only: it refuses any portal URL outside 127.0.0.0/8, so it can never load a real portal.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import sys
import time
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from posixpath import splitext
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import httpx
import lxml.html

DOCUMENTS = frozenset(
    (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".xlsm", ".csv", ".ods")
    + (".odt", ".odp", ".ppt", ".pptx", ".zip", ".rar", ".rtf")
)
MAX_URLS_PER_PORTAL = 2000  # a guard against a generator bug, far above a fleet portal's ~41


@dataclass
class Totals:
    portals: int = 0
    pages: int = 0
    documents: int = 0
    errors: int = 0
    bytes: int = 0
    seconds: float = 0.0


def portal_urls(config: Path) -> list[str]:
    """The ``url`` of every ``[[portals]]`` entry; each must be a loopback address."""
    data = tomllib.loads(config.read_text())
    urls = [str(p["url"]) for p in data.get("portals", [])]
    for url in urls:
        host = urlsplit(url).hostname or ""
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise SystemExit(f"{config}: portal url {url!r}: only loopback addresses are crawled")
    return urls


def is_document(url: str) -> bool:
    return splitext(unquote(urlsplit(url).path).lower())[1] in DOCUMENTS


def links(base: str, body: bytes) -> list[str]:
    """Absolute http(s) URLs, without fragments, of every link in ``body``."""
    try:
        root = lxml.html.document_fromstring(body)
    except (lxml.etree.ParserError, ValueError):
        return []
    found = []
    for _el, attr, href, _pos in root.iterlinks():
        if attr not in ("href", "src") or not href:
            continue
        try:
            url = urldefrag(urljoin(base, href.strip())).url
        except ValueError:
            continue
        if url.startswith(("http://", "https://")):
            found.append(url)
    return found


async def crawl_portal(client: httpx.AsyncClient, start: str, totals: Totals) -> None:
    """Fetch ``start`` and every same-host page and document reachable from it."""
    netloc = urlsplit(start).netloc
    seen = {start}
    queue = [start]
    while queue:
        url = queue.pop(0)
        try:
            async with client.stream("GET", url) as response:
                kind = response.headers.get("content-type", "")
                if kind.startswith("text/html") and response.status_code == 200:
                    body = await response.aread()
                    totals.pages += 1
                    totals.bytes += len(body)
                    for found in links(str(response.url), body):
                        if urlsplit(found).netloc != netloc or found in seen:
                            continue
                        if len(seen) >= MAX_URLS_PER_PORTAL:
                            break
                        seen.add(found)
                        queue.append(found)
                else:
                    async for chunk in response.aiter_raw():
                        totals.bytes += len(chunk)
                    if response.status_code == 200 and is_document(url):
                        totals.documents += 1
                    elif response.status_code >= 400:
                        totals.errors += 1
        except httpx.HTTPError:
            totals.errors += 1
    totals.portals += 1


async def crawl(urls: list[str], parallel: int, timeout: float) -> Totals:
    totals = Totals()
    began = time.monotonic()
    slots = asyncio.Semaphore(parallel)
    limits = httpx.Limits(max_connections=parallel * 2, max_keepalive_connections=parallel * 2)
    async with httpx.AsyncClient(
        follow_redirects=True, timeout=timeout, limits=limits, trust_env=False
    ) as client:

        async def one(url: str) -> None:
            async with slots:
                await crawl_portal(client, url, totals)

        await asyncio.gather(*(one(url) for url in urls))
    totals.seconds = time.monotonic() - began
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", type=Path, required=True, help="a bench fleet's portals.toml")
    parser.add_argument("--parallel", type=int, default=32, help="portals crawled at once")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args(argv)
    totals = asyncio.run(crawl(portal_urls(args.config), args.parallel, args.timeout))
    print(json.dumps(asdict(totals)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
