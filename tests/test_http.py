"""The shared HTTP helpers: the client factory, capped streaming reads, the host limiter."""

from __future__ import annotations

import asyncio
import gzip
import http.cookiejar
import ssl
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from monitor.config import MonitorSettings
from monitor.net.client import HostLimiter, build_client, read_capped

SETTINGS = MonitorSettings(timeout=1.0, contact_url="https://example.test/laip")


async def streamed(
    content: bytes | Callable[[], AsyncIterator[bytes]], headers: dict[str, str] | None = None
) -> httpx.Response:
    """A streamed response from a mock transport."""

    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(content, bytes):
            # A stream, not content=: httpx would read and decode bytes content at once.
            return httpx.Response(200, headers=headers, stream=httpx.ByteStream(content))
        return httpx.Response(200, headers=headers, content=content())

    client = build_client(SETTINGS, transport=httpx.MockTransport(handler))
    return await client.send(client.build_request("GET", "http://portal.test/"), stream=True)


async def test_a_small_body_is_read_whole() -> None:
    body = await read_capped(await streamed(b"hola mundo"), 1024)
    assert (body.content, body.truncated, body.timed_out, body.error) == (
        b"hola mundo",
        False,
        False,
        None,
    )


async def test_a_body_over_the_cap_stops_exactly_at_the_cap() -> None:
    response = await streamed(b"x" * 5000)
    body = await read_capped(response, 1024)
    assert (len(body.content), body.truncated) == (1024, True)
    assert response.is_closed


async def test_a_body_exactly_at_the_cap_is_not_truncated() -> None:
    body = await read_capped(await streamed(b"x" * 1024), 1024)
    assert (len(body.content), body.truncated) == (1024, False)


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, no zlib header
    ],
)
async def test_compressed_bodies_are_decoded(
    encoding: str, compress: Callable[[bytes], bytes]
) -> None:
    page = b"<html>" + b"Acceso a la informacion publica " * 100 + b"</html>"
    response = await streamed(compress(page), {"Content-Encoding": encoding})
    body = await read_capped(response, 1_000_000)
    assert (body.content, body.truncated) == (page, False)


async def test_a_compressed_body_is_inflated_only_up_to_the_cap() -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)
    body = await read_capped(await streamed(bomb, {"Content-Encoding": "gzip"}), 4096)
    assert (len(body.content), body.truncated) == (4096, True)


async def test_a_compression_bomb_never_expands_in_memory() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    response = await streamed(bomb, {"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        await read_capped(response, 100_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000


async def test_a_corrupt_compressed_body_raises_a_decoding_error() -> None:
    response = await streamed(b"\x1f\x8b\x08\x00not gzip at all", {"Content-Encoding": "gzip"})
    with pytest.raises(httpx.DecodingError):
        await read_capped(response, 1024)
    assert response.is_closed


async def test_a_broken_body_is_kept_with_its_error_when_asked() -> None:
    async def breaks() -> AsyncIterator[bytes]:
        yield b"primera parte"
        raise httpx.ReadError("connection reset")

    body = await read_capped(await streamed(breaks), 1024, keep_partial=True)
    assert body.content == b"primera parte"
    assert isinstance(body.error, httpx.ReadError)


async def test_a_body_still_arriving_at_the_deadline_returns_what_arrived() -> None:
    async def drips() -> AsyncIterator[bytes]:
        while True:
            yield b"x"
            await asyncio.sleep(0.02)

    body = await read_capped(await streamed(drips), 1024, deadline=time.monotonic() + 0.2)
    assert body.timed_out and not body.truncated
    assert 0 < len(body.content) < 1024


async def test_a_deadline_already_past_reads_nothing() -> None:
    body = await read_capped(await streamed(b"hola"), 1024, deadline=time.monotonic() - 1)
    assert body.timed_out and body.content == b""


async def test_a_session_cookie_is_kept_and_sent_back(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[str | None] = []
    extracted: list[str] = []
    original = http.cookiejar.CookieJar.extract_cookies

    def counting(jar: http.cookiejar.CookieJar, response: Any, request: Any) -> None:
        extracted.append(request.get_full_url())
        original(jar, response, request)

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", counting)

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("Cookie"))
        if request.url.path == "/inicio":
            return httpx.Response(200, headers={"Set-Cookie": "sesion=abc123; Path=/"})
        return httpx.Response(200)

    async with build_client(SETTINGS, transport=httpx.MockTransport(handler)) as client:
        for path in ("/inicio", "/transparencia", "/documentos", "/transparencia"):
            await client.get(f"http://portal.test{path}")
    assert sent == [None, "sesion=abc123", "sesion=abc123", "sesion=abc123"]
    # Only the answer that set a cookie went through the standard library's jar.
    assert extracted == ["http://portal.test/inicio"]


async def test_the_client_identifies_itself_and_does_not_follow_redirects() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "/otra"})

    async with build_client(SETTINGS, transport=httpx.MockTransport(handler)) as client:
        response = await client.get("http://portal.test/")
    assert response.status_code == 302
    assert len(seen) == 1
    agent = seen[0].headers["User-Agent"]
    assert agent.startswith("laip-monitor/") and "https://example.test/laip" in agent


async def test_the_client_accepts_a_custom_trust_store() -> None:
    context = ssl.create_default_context()
    async with build_client(SETTINGS, verify=context) as client:
        assert not client.is_closed


async def test_the_host_limiter_shares_one_limit_across_host_name_case() -> None:
    limiter = HostLimiter(per_host=1, total=10)
    order: list[str] = []

    async def hold(host: str, label: str) -> None:
        async with limiter.slot(host):
            order.append(f"{label} in")
            await asyncio.sleep(0.01)
            order.append(f"{label} out")

    await asyncio.gather(hold("Portal.TEST", "a"), hold("portal.test", "b"))
    assert order == ["a in", "a out", "b in", "b out"]
