"""Compressed bodies from hostile portals: bombs stay within the byte cap in memory, whatever the
coding (gzip, brotli, stacked or sloppily listed codings), on the home page and on crawled pages.
"""

from __future__ import annotations

import gzip
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager

import brotli
import httpx
import pytest

from monitor.compliance.crawl import crawl
from monitor.config import Config, CrawlSettings, MonitorSettings, PortalConfig
from monitor.net.client import build_client
from monitor.probes.http import probe
from tests.hostile.servers import brotli_zeros, encoded, gzip_zeros, html
from tests.probes.servers import LoopbackServer

CAP = 1_000_000
SETTINGS = MonitorSettings(timeout=5.0, max_body_bytes=CAP)
# Generous next to the cap, far below what any of these bombs expands to (200 MB and more).
MEMORY_BOUND = 20 * CAP
PAGE = "<h2>Ejecución presupuestaria</h2><p>Informe de octubre de 2026.</p>"


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    """Yield a list that holds the traced peak (bytes) once the block has run."""
    peak: list[int] = []
    tracemalloc.start()
    try:
        yield peak
    finally:
        peak.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()


def portal(url: str) -> PortalConfig:
    return PortalConfig(slug="bomba", name="Municipalidad bomba", url=url)


def double_gzip(megabytes: int) -> bytes:
    return gzip.compress(gzip_zeros(megabytes), compresslevel=9)


BOMBS = {
    "br": brotli_zeros(400),
    "gzip, gzip": double_gzip(400),
    "identity, gzip": gzip_zeros(100),
    "gzip,": gzip_zeros(100),
    "deflate, br": brotli_zeros(400),  # stacked; the deflate step is corrupt: an error, bounded
}


@pytest.mark.parametrize("coding", list(BOMBS))
async def test_a_bomb_home_page_is_read_up_to_the_cap_without_expanding_in_memory(
    coding: str,
) -> None:
    async with (
        LoopbackServer({"/": encoded(BOMBS[coding], coding)}) as server,
        build_client(SETTINGS) as client,
    ):
        with peak_memory() as peak:
            result = await probe(client, portal(server.url("/")), SETTINGS)
    assert peak[0] < MEMORY_BOUND
    if coding == "deflate, br":
        assert result.error == "invalid_response"
    else:
        assert result.up and result.truncated
        assert result.body_bytes == CAP


async def test_bombs_on_crawled_pages_are_read_up_to_the_page_cap() -> None:
    routes = {
        "/": html(PAGE + "".join(f'<a href="/{n}.html">Numeral {n}</a>' for n in range(4))),
        "/0.html": encoded(BOMBS["br"], "br"),
        "/1.html": encoded(BOMBS["gzip, gzip"], "gzip, gzip"),
        "/2.html": encoded(gzip_zeros(100), "gzip"),
        "/3.html": encoded(gzip_zeros(100), "x-gzip"),
    }
    config = Config(
        monitor=SETTINGS,
        crawl=CrawlSettings(max_page_bytes=CAP, time_budget=20.0),
        portals=(portal("http://127.0.0.1/"),),
    )
    async with LoopbackServer(routes) as server, build_client(SETTINGS) as client:
        with peak_memory() as peak:
            outcome = await crawl(client, portal(server.url("/")), config)
    assert peak[0] < MEMORY_BOUND
    assert outcome.stats.error is None
    bombs = [page for url, page in outcome.pages.items() if url.endswith(".html")]
    assert len(bombs) == 4 and all(page.truncated for page in bombs)
    assert outcome.stats.bytes_read <= 5 * CAP


@pytest.mark.parametrize(
    ("coding", "pack"),
    [
        ("gzip, gzip", lambda body: gzip.compress(gzip.compress(body))),
        ("br", brotli.compress),
        ("gzip, br", lambda body: brotli.compress(gzip.compress(body))),
        ("identity, gzip", gzip.compress),
    ],
)
async def test_small_compressed_pages_are_decoded_whole(coding: str, pack: object) -> None:
    body = f"<html><body>{PAGE * 2000}</body></html>".encode()
    packed = pack(body)  # type: ignore[operator]
    async with (
        LoopbackServer({"/": encoded(packed, coding)}) as server,
        build_client(SETTINGS) as client,
    ):
        result = await probe(client, portal(server.url("/")), SETTINGS)
    assert result.up and not result.truncated
    assert result.body_bytes == len(body)


async def test_a_coding_the_monitor_cannot_decode_is_kept_as_sent_within_the_cap() -> None:
    body = b"\x28\xb5\x2f\xfd" + bytes(range(256)) * 16_000  # zstd magic, then anything
    async with (
        LoopbackServer({"/": encoded(body, "zstd")}) as server,
        build_client(SETTINGS) as client,
    ):
        result = await probe(client, portal(server.url("/")), SETTINGS)
    assert result.up and result.truncated
    assert result.body_bytes == CAP


async def test_the_monitor_asks_only_for_codings_it_inflates_with_a_bound() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["accept-encoding"])
        return httpx.Response(200, text="hola")

    async with build_client(SETTINGS, transport=httpx.MockTransport(answer)) as client:
        await client.get("http://127.0.0.1/")
    assert seen == ["gzip, deflate"]
