"""The reachability probe against real misbehaving HTTP servers on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
from collections.abc import AsyncIterator

import httpx
import pytest

from monitor.config import MonitorSettings, PortalConfig
from monitor.net.client import build_client, build_probe_client
from monitor.probes.http import probe
from tests.probes.servers import (
    Handler,
    LoopbackServer,
    big_body,
    closed_port,
    drip_body,
    drip_headers,
    gzip_bomb,
    raw,
    redirect,
    reset_mid_body,
    respond,
    stall,
)

CAP = 1_000_000
HOME = b"<html><body><h1>Municipalidad</h1></body></html>"


@pytest.fixture
def settings() -> MonitorSettings:
    return MonitorSettings(timeout=1.0, max_body_bytes=CAP)


@pytest.fixture
async def client(settings: MonitorSettings) -> AsyncIterator[httpx.AsyncClient]:
    async with build_client(settings) as client:
        yield client


def portal(url: str) -> PortalConfig:
    return PortalConfig(slug="muniprueba", name="Municipalidad de Prueba", url=url)


async def test_a_healthy_portal_is_up_with_status_hash_final_url_and_phases(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": respond(200, HOME)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert result.up and result.error is None and result.error_detail is None
    assert result.status_code == 200
    assert result.final_url == server.url()
    assert result.body_bytes == len(HOME)
    assert result.body_sha256 == hashlib.sha256(HOME).hexdigest()
    assert not result.truncated
    assert {"connect", "request", "processing", "first_byte", "transfer"} <= set(result.phases)
    assert result.response_time_seconds is not None
    assert result.response_time_seconds >= result.phases["connect"]
    assert result.tls is None


@contextlib.asynccontextmanager
async def _keep_alive_server(connections: list[int]) -> AsyncIterator[str]:
    """The URL of a server that keeps each connection open for further requests (as nginx
    does); it appends to ``connections`` for every connection it accepts."""
    handlers: set[asyncio.Task[None]] = set()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        task = asyncio.current_task()
        assert task is not None
        handlers.add(task)
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(HOME)}\r\n\r\n"
                writer.write(head.encode() + HOME)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.transport.abort()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
    finally:
        server.close()
        for task in handlers:
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        await server.wait_closed()


async def test_every_probe_opens_a_connection_of_its_own(settings: MonitorSettings) -> None:
    # A connection kept alive from the last probe would hide a server that no longer accepts
    # new ones, and the connect phase: each probe connects, as a new visitor does.
    connections: list[int] = []
    async with _keep_alive_server(connections) as url, build_probe_client(settings) as client:
        results = [await probe(client, portal(url), settings) for _ in range(3)]
    assert all(result.up for result in results)
    assert len(connections) == 3
    assert all("connect" in result.phases for result in results)


async def test_the_given_time_is_the_probe_start(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    at = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)
    async with LoopbackServer({"/": respond(200, HOME)}) as server:
        result = await probe(client, portal(server.url()), settings, now=at)
    assert result.started_at == at


async def test_a_server_error_is_http_status(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": respond(500, b"boom")}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert not result.up
    assert result.error == "http_status"
    assert result.status_code == 500
    assert result.error_detail is not None and "500" in result.error_detail


@pytest.mark.parametrize("status", [401, 403, 429])
async def test_a_refusal_of_the_monitor_is_blocked(
    client: httpx.AsyncClient, settings: MonitorSettings, status: int
) -> None:
    async with LoopbackServer({"/": respond(status)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error, result.status_code) == (False, "blocked", status)


async def test_a_not_found_home_page_is_http_status(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({}) as server:
        result = await probe(client, portal(server.url("/missing")), settings)
    assert (result.error, result.status_code) == ("http_status", 404)


async def test_redirects_are_followed_to_the_final_url(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    routes = {
        "/": redirect("/inicio", 301),
        "/inicio": redirect("/portal/"),
        "/portal/": respond(200, HOME),
    }
    async with LoopbackServer(routes) as server:
        result = await probe(client, portal(server.url()), settings)
    assert result.up
    assert result.redirects == 2
    assert result.final_url == server.url("/portal/")
    assert result.body_sha256 == hashlib.sha256(HOME).hexdigest()


async def test_a_redirect_loop_is_redirect_loop(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    routes = {"/": redirect("/a"), "/a": redirect("/b"), "/b": redirect("/")}
    async with LoopbackServer(routes) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error) == (False, "redirect_loop")
    assert result.error_detail is not None and "loop" in result.error_detail


def _chain(length: int) -> dict[str, Handler]:
    routes: dict[str, Handler] = {f"/{i}": redirect(f"/{i + 1}") for i in range(length)}
    routes[f"/{length}"] = respond(200, HOME)
    return routes


async def test_ten_redirects_are_followed(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer(_chain(10)) as server:
        result = await probe(client, portal(server.url("/0")), settings)
    assert result.up
    assert result.redirects == 10
    assert result.final_url == server.url("/10")


async def test_eleven_redirects_are_too_many(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer(_chain(11)) as server:
        result = await probe(client, portal(server.url("/0")), settings)
    assert (result.up, result.error) == (False, "redirect_loop")
    assert result.error_detail == "more than 10 redirects"


async def test_a_server_that_never_answers_times_out(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": stall()}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error, result.status_code) == (False, "timeout", None)


async def test_headers_dripped_byte_by_byte_time_out_at_the_deadline(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": drip_headers(0.05)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error) == (False, "timeout")


async def test_a_body_dripped_forever_stops_at_the_deadline_as_timeout(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": drip_body(0.1)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error, result.status_code) == (False, "timeout", 200)
    assert result.truncated
    assert result.body_bytes is not None and 0 < result.body_bytes < 100
    assert result.error_detail is not None and "body still arriving" in result.error_detail


async def test_a_huge_body_is_read_up_to_the_cap_and_still_up(
    client: httpx.AsyncClient,
) -> None:
    settings = MonitorSettings(timeout=5.0, max_body_bytes=CAP)
    async with LoopbackServer({"/": big_body(30_000_000)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert result.up
    assert result.truncated
    assert result.body_bytes == CAP
    assert result.body_sha256 == hashlib.sha256(b"a" * CAP).hexdigest()


async def test_a_gzip_bomb_is_inflated_only_up_to_the_cap(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": gzip_bomb(30_000_000)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert result.up
    assert result.truncated
    assert result.body_bytes == CAP


async def test_a_small_gzip_body_is_decoded_whole(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": gzip_bomb(1000)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert result.up and not result.truncated
    assert result.body_sha256 == hashlib.sha256(b"\0" * 1000).hexdigest()


async def test_a_corrupt_gzip_body_is_an_invalid_response(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    handler = respond(200, b"\x1f\x8b\x08\x00garbage-not-deflate", {"Content-Encoding": "gzip"})
    async with LoopbackServer({"/": handler}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error, result.status_code) == (False, "invalid_response", 200)


async def test_a_body_of_invalid_bytes_is_still_an_answer(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    junk = bytes(range(256)) * 4 + b"\xff\xfe\xc3\x28"
    handler = respond(200, junk, {"Content-Type": "text/html; charset=utf-8"})
    async with LoopbackServer({"/": handler}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert result.up
    assert result.body_sha256 == hashlib.sha256(junk).hexdigest()


async def test_garbage_instead_of_http_is_an_invalid_response(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": raw(b"\x00\x01SSH-2.0-nonsense\xff\r\n\r\n")}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error, result.status_code) == (False, "invalid_response", None)


async def test_a_connection_reset_mid_body_is_an_invalid_response_with_what_arrived(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    async with LoopbackServer({"/": reset_mid_body(1000, 100_000)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.up, result.error, result.status_code) == (False, "invalid_response", 200)
    assert result.body_bytes == 1000
    assert result.error_detail is not None and "after 1000 bytes" in result.error_detail


async def test_an_http_1_0_server_without_content_length_is_read_to_the_close(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    answer = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + HOME
    async with LoopbackServer({"/": raw(answer)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert result.up
    assert result.body_sha256 == hashlib.sha256(HOME).hexdigest()


async def test_a_closed_port_is_a_connect_failure(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    result = await probe(client, portal(f"http://127.0.0.1:{closed_port()}/"), settings)
    assert (result.up, result.error) == (False, "connect")
    assert result.error_detail == "cannot connect: connection refused"


async def test_an_unresolvable_name_is_a_dns_failure(client: httpx.AsyncClient) -> None:
    settings = MonitorSettings(timeout=0.5)
    result = await probe(client, portal("http://munisinnombre.invalid/"), settings)
    assert (result.up, result.error) == (False, "dns")
    assert result.error_detail is not None and "munisinnombre.invalid" in result.error_detail


async def test_a_body_shorter_than_its_content_length_is_an_invalid_response(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\nshort"
    async with LoopbackServer({"/": raw(answer)}) as server:
        result = await probe(client, portal(server.url()), settings)
    assert (result.error, result.status_code, result.body_bytes) == ("invalid_response", 200, 5)


async def test_a_redirect_with_a_raw_utf8_location_is_followed_percent_encoded(
    client: httpx.AsyncClient, settings: MonitorSettings
) -> None:
    moved = b"HTTP/1.1 302 Found\r\nLocation: /p\xc3\xa1gina?a=%zz&b=1\r\nContent-Length: 0\r\n\r\n"
    routes = {"/": raw(moved), "/p%C3%A1gina": respond(200, HOME)}
    async with LoopbackServer(routes) as server:
        result = await probe(client, portal(server.url()), settings)
    assert result.up, result.error_detail
    assert result.final_url is not None and result.final_url.startswith(server.url("/p%C3%A1gina?"))


async def test_an_idn_host_that_does_not_resolve_is_a_dns_failure(
    client: httpx.AsyncClient,
) -> None:
    settings = MonitorSettings(timeout=0.5)
    result = await probe(client, portal("http://municipalidad-poptún.invalid/"), settings)
    assert (result.up, result.error) == (False, "dns")
