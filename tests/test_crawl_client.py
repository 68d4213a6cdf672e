"""The crawl client's direct path (``open_stream``): the same request on the wire as httpx's.

A loopback server records each request's head; the direct path and httpx's own path through the
same client must send the same request line and headers, and keep cookies the same way.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from yarl import URL

from monitor.config import MonitorSettings
from monitor.net.client import (
    _PLAIN_URL,
    build_crawl_client,
    open_stream,
    plain_form,
    read_capped,
)
from monitor.net.errors import classify

SETTINGS = MonitorSettings(timeout=2.0, contact_url="https://example.test/laip")


@given(st.from_regex(_PLAIN_URL, fullmatch=True))
@settings(max_examples=400, deadline=None)
def test_a_plain_url_means_the_same_request_to_httpx_and_to_aiohttp(url: str) -> None:
    try:
        ours = URL(url, encoded=True)
        assert ours.host is not None
    except ValueError:  # a port past 65535: open_stream leaves such a URL to httpx's path
        assert int(urlsplit(url).netloc.rpartition(":")[2]) > 65535
        return
    theirs = httpx.URL(url)
    assert ours.raw_path_qs.encode("ascii") == theirs.raw_path
    assert ours.host_port_subcomponent == theirs.netloc.decode("ascii")
    assert (ours.scheme, ours.port) == (theirs.scheme, theirs.port or ours.port)


@given(
    st.from_regex(_PLAIN_URL, fullmatch=True),
    st.text(min_size=1, max_size=6),
    st.integers(min_value=0),
)
@settings(max_examples=300, deadline=None)
def test_a_url_beyond_ascii_is_sent_as_httpx_encodes_it(plain: str, text: str, at: int) -> None:
    start = plain.find("/", len("https://"))
    if start < 0:
        plain, start = plain + "/", len(plain)
    rest = plain[start + 1 :]
    at %= len(rest) + 1
    url = plain[: start + 1] + rest[:at] + text + rest[at:]  # text anywhere in path or query
    sent = plain_form(url)
    if sent is None:
        return  # left to httpx's own path
    assert sent == url or not url.isascii()
    assert URL(sent, encoded=True).raw_path_qs.encode("ascii") == httpx.URL(url).raw_path


def test_accented_file_names_take_the_direct_path() -> None:
    # Real portals name documents in Spanish (the bench fleet: a fifth of its URLs).
    url = "http://muni.example/wp-content/uploads/2019/06/dirección-2019.pdf?anio=año"
    sent = plain_form(url)
    assert sent == (
        "http://muni.example/wp-content/uploads/2019/06/direcci%C3%B3n-2019.pdf?anio=a%C3%B1o"
    )
    assert httpx.URL(url).raw_path.decode() == sent.removeprefix("http://muni.example")


@given(
    st.from_regex(r"http://[0-9]{1,4}.[0-9]{1,4}.[0-9]{1,4}.[0-9]{1,4}(:8080)?/", fullmatch=True)
)
@settings(max_examples=300, deadline=None)
def test_a_host_httpx_refuses_as_an_address_is_not_plain(url: str) -> None:
    try:
        httpx.URL(url)
    except httpx.InvalidURL:
        assert not _PLAIN_URL.match(url)
    else:
        if _PLAIN_URL.match(url):
            assert URL(url, encoded=True).host == httpx.URL(url).host


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:1/a b",  # a space httpx encodes
        "http://127.0.0.1:1/información",
        "http://Portal.example:1/",  # httpx lower-cases the host
        "http://127.0.0.1:80/",  # httpx drops the default port
        "http://user:secret@127.0.0.1:1/",
        "http://127.0.0.1:1/#section",
        "http://127.0.0.1:1/100%",  # a lone % httpx encodes
        "http://127.0.0.1:1/buscar?",  # httpx keeps an empty query, yarl drops it
        "http://127.0.0.1:1/a/../b",  # httpx resolves dot segments
        "http://127.0.0.1:1/.",
        "http://127.0.0.256/",  # not an address, and httpx refuses it as a name
        "http://127.000.0.1/",
        "http://1a2b3c4/",  # httpx's address pattern takes any character between the digits
    ],
)
def test_urls_httpx_would_rewrite_are_not_plain(url: str) -> None:
    assert not _PLAIN_URL.match(url)


Heads = list[tuple[str, dict[str, str]]]


@asynccontextmanager
async def recording_server(
    set_cookie_on: str | None = None,
) -> AsyncIterator[tuple[int, Heads]]:
    """A loopback HTTP/1.1 server answering 200 "hola" to anything; each request's head kept."""
    heads: Heads = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                line, *fields = head.decode("latin-1").split("\r\n")[:-2]
                headers = {}
                for field in fields:
                    name, _, value = field.partition(":")
                    headers[name.strip().lower()] = value.strip()
                heads.append((line, headers))
                extra = b""
                if set_cookie_on and line.split()[1] == set_cookie_on:
                    extra = b"Set-Cookie: sesion=abc123; Path=/\r\n"
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\nContent-Type: text/plain\r\n"
                    + extra
                    + b"\r\nhola"
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield port, heads
    finally:
        server.close()
        await server.wait_closed()


async def test_the_direct_path_sends_what_httpx_sends() -> None:
    async with recording_server() as (port, heads), build_crawl_client(SETTINGS) as client:
        base = f"http://127.0.0.1:{port}"
        for url, headers in [
            (f"{base}/", None),
            (f"{base}/transparencia/art10.php?numeral=1&anio=2026", {"Accept": "text/html"}),
            (f"{base}/docs/informe%20anual.pdf", {"Range": "bytes=0-0"}),
            (f"{base}/p", {"If-None-Match": '"abc"', "Accept-Language": "es"}),
        ]:
            assert _PLAIN_URL.match(url)
            direct = await open_stream(client, "GET", url, headers)
            assert (await read_capped(direct, 100)).content == b"hola"
            request = client.build_request("GET", url, headers=headers)
            via_httpx = await client.send(request, stream=True)
            assert (await read_capped(via_httpx, 100)).content == b"hola"
            (line_direct, sent_direct), (line_httpx, sent_httpx) = heads[-2:]
            assert line_direct == line_httpx
            assert sent_direct == sent_httpx
    assert sent_direct["user-agent"].startswith("laip-monitor/")


async def test_an_idle_connection_is_closed_after_the_keep_alive_time() -> None:
    # Requests close together share one connection; once the crawl is idle, the crawler closes
    # it (the server sees the end of the stream) instead of holding it.
    connections: list[asyncio.Event] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        closed = asyncio.Event()
        connections.append(closed)
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nhola")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            closed.set()
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/"
    async with server, build_crawl_client(SETTINGS, keepalive_expiry=0.2) as client:
        for _ in range(3):
            await read_capped(await open_stream(client, "GET", url), 9)
        assert len(connections) == 1 and not connections[0].is_set()
        async with asyncio.timeout(5):
            await connections[0].wait()  # closed by the client, which is still open


async def test_a_url_that_is_not_plain_is_sent_as_httpx_writes_it() -> None:
    async with recording_server() as (port, heads), build_crawl_client(SETTINGS) as client:
        response = await open_stream(client, "GET", f"http://127.0.0.1:{port}/información 1")
        await read_capped(response, 100)
    assert heads[0][0] == "GET /informaci%C3%B3n%201 HTTP/1.1"


async def test_a_session_cookie_is_kept_and_sent_back_on_the_direct_path() -> None:
    async with (
        recording_server(set_cookie_on="/inicio") as (port, heads),
        build_crawl_client(SETTINGS) as client,
    ):
        for path in ("/inicio", "/transparencia", "/documentos"):
            await read_capped(await open_stream(client, "GET", f"http://127.0.0.1:{port}{path}"), 9)
    assert [head.get("cookie") for _line, head in heads] == [None, "sesion=abc123", "sesion=abc123"]


async def test_a_refused_connection_on_the_direct_path_is_named_as_such() -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    async with build_crawl_client(SETTINGS) as client:
        with pytest.raises(httpx.ConnectError) as raised:
            await open_stream(client, "GET", f"http://127.0.0.1:{port}/")
    assert classify(raised.value) == ("refused", "connection refused")


async def test_a_cookie_of_one_portal_leaves_the_others_on_the_direct_path() -> None:
    async with (
        recording_server(set_cookie_on="/inicio") as (port, heads),
        build_crawl_client(SETTINGS) as client,
    ):
        await read_capped(await open_stream(client, "GET", f"http://127.0.0.1:{port}/inicio"), 9)
        assert client.cookies.jar and heads[0][1].get("cookie") is None
        other = f"http://localhost:{port}/transparencia"  # another host, same server
        direct = await client.send_direct("GET", other, None)  # type: ignore[attr-defined]
        assert direct is not None
        await read_capped(direct, 9)
        same = await client.send_direct("GET", f"http://127.0.0.1:{port}/x", None)  # type: ignore[attr-defined]
        assert same is None  # its cookie is sent by httpx's path
    assert heads[1][1].get("cookie") is None


async def test_waiting_for_a_free_connection_is_not_the_portals_slowness(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The monitor's own connections all in use (one here, held by an answer whose body has not
    # come) is no answer the next portal failed to give in time: before, such a wait counted
    # against ``timeout``, and a portal that answered at once was stored unreachable ("no answer
    # in time") when a round's crawls were many or the machine was busy.
    settings = MonitorSettings(timeout=0.2, concurrency=1, contact_url=SETTINGS.contact_url)

    async def headers_only(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n")  # the body never comes
        await writer.drain()
        await reader.read()  # until the client closes the connection
        writer.close()

    busy = await asyncio.start_server(headers_only, "127.0.0.1", 0)
    busy_url = f"http://127.0.0.1:{busy.sockets[0].getsockname()[1]}/"
    async with busy, recording_server() as (port, heads), build_crawl_client(settings) as client:
        held = await open_stream(client, "GET", busy_url)  # the only connection, in use
        # From here the loop's clock is the test's: time passes only when the test moves it.
        loop = asyncio.get_running_loop()
        now = [loop.time()]
        monkeypatch.setattr(loop, "time", lambda: now[0])
        waiting = asyncio.create_task(open_stream(client, "GET", f"http://127.0.0.1:{port}/"))
        for _ in range(20):
            await asyncio.sleep(0)  # the request reaches the wait for a connection
        now[0] += 60.0  # three hundred timeouts
        for _ in range(20):
            await asyncio.sleep(0)  # timers due by now run
        assert not waiting.done(), waiting.exception()  # still waiting, not failed
        assert heads == []
        monkeypatch.undo()  # the real clock again, for the rest of the exchange
        await held.aclose()  # the connection is free again
        assert (await read_capped(await waiting, 9)).content == b"hola"
