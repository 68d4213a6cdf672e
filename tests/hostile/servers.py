"""Hostile loopback portals for end-to-end ``check`` runs.

The raw-socket servers of ``tests.probes.servers`` (able to misbehave byte by byte) run here on a
private event loop in a background thread, so that a synchronous ``laip-monitor check`` (which
runs its own ``asyncio.run``) can be pointed at them. Added here: the handlers the probe tests did
not need (brotli bombs, endless and HTTP/1.0 bodies), a listener that only counts connections, and
a guard that records the destination of every outgoing TCP connection and refuses non-loopback
ones before any packet leaves.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import ipaddress
import socket
import ssl
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from unittest import mock

import brotli

from tests.probes.servers import Handler, LoopbackServer, Request, http_head, respond

ZEROS = b"\0" * (1 << 20)


class ServerThread:
    """An event loop in a daemon thread that hosts loopback servers while a test runs."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._servers: list[LoopbackServer | CountingListener] = []

    def __enter__(self) -> ServerThread:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for server in reversed(self._servers):
            self._run(server.__aexit__(None, None, None))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()

    def _run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=10)

    def serve(
        self, routes: dict[str, Handler], host: str, tls: ssl.SSLContext | None = None
    ) -> LoopbackServer:
        """Start a ``tests.probes.servers.LoopbackServer`` on ``host`` (port chosen by the OS)."""
        server = LoopbackServer(routes, host=host, tls=tls)
        self._run(server.__aenter__())
        self._servers.append(server)
        return server

    def count_connections(self, host: str) -> CountingListener:
        """A listener on ``host`` that counts the TCP connections it accepts."""
        listener = CountingListener(host)
        self._run(listener.__aenter__())
        self._servers.append(listener)
        return listener


class CountingListener:
    """Accepts TCP connections, counts them and closes them without reading a byte."""

    def __init__(self, host: str) -> None:
        self.host = host
        self.port = 0
        self.connections = 0
        self._server: asyncio.Server | None = None

    def url(self, path: str = "/") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{path}"

    async def __aenter__(self) -> CountingListener:
        self._server = await asyncio.start_server(self._accept, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        writer.transport.abort()


@dataclass
class ConnectionLog:
    """Every destination address the process tried to connect to, and those refused."""

    destinations: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


@contextmanager
def loopback_only() -> Iterator[ConnectionLog]:
    """Record every outgoing TCP connect; refuse (ENETUNREACH) any to a non-loopback address.

    asyncio (and so httpx, anyio and aiohttp) connects through ``socket.socket.connect``; patching
    it sees each destination before a SYN is sent, so a hostile portal can never make a test send
    traffic off the machine, and a test can prove which addresses were never even tried.
    """
    log = ConnectionLog()
    original = socket.socket.connect

    def connect(sock: socket.socket, address: Any) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0]).split("%", 1)[0]
            log.destinations.append(host)
            if not ipaddress.ip_address(host).is_loopback:
                log.refused.append(host)
                raise OSError(errno.ENETUNREACH, f"test guard: no traffic to {host}")
        original(sock, address)

    with mock.patch.object(socket.socket, "connect", connect):
        yield log


@contextmanager
def resolving(names: dict[str, str]) -> Iterator[None]:
    """Resolve the given (ASCII, punycode) host names to loopback addresses; others as usual."""
    original = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        key = host.decode("ascii") if isinstance(host, bytes) else host
        return original(names.get(str(key).lower(), host), *args, **kwargs)

    with mock.patch.object(socket, "getaddrinfo", getaddrinfo):
        yield


@functools.cache
def gzip_zeros(megabytes: int) -> bytes:
    """A gzip body that inflates to ``megabytes`` MiB of zero bytes (built without holding it)."""
    packer = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [packer.compress(ZEROS) for _ in range(megabytes)]
    return b"".join([*parts, packer.flush()])


@functools.cache
def brotli_zeros(megabytes: int) -> bytes:
    """A brotli body that decodes to ``megabytes`` MiB of zero bytes (a few hundred bytes)."""
    packer = brotli.Compressor(quality=1)
    parts = [packer.process(ZEROS) for _ in range(megabytes)]
    return b"".join([*parts, packer.finish()])


def encoded(body: bytes, encoding: str, content_type: str = "text/html") -> Handler:
    """``body`` sent as-is with a ``Content-Encoding`` header (whatever the client asked for)."""
    return respond(200, body, {"Content-Encoding": encoding, "Content-Type": content_type})


def html(text: str, *, charset: str = "utf-8", content_type: str | None = None) -> Handler:
    """An HTML page encoded in ``charset``; ``content_type`` may lie about it."""
    body = f"<html><head><title>Portal</title></head><body>{text}</body></html>"
    label = content_type or f"text/html; charset={charset}"
    return respond(200, body.encode(charset), {"Content-Type": label})


def http10(body: bytes, content_type: str = "text/html") -> Handler:
    """An HTTP/1.0 answer without Content-Length: the body ends when the connection closes."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(f"HTTP/1.0 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode())
        writer.write(body)
        await writer.drain()

    return handler


def endless(chunk: bytes = b"<p>Informaci\xc3\xb3n p\xc3\xbablica</p>" * 2048) -> Handler:
    """An HTML body without length that never ends: chunks are written until the client leaves."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(http_head(200, {"Content-Type": "text/html"}, version="1.0"))
        while True:
            writer.write(chunk)
            await writer.drain()

    return handler


def drip(body: bytes, interval: float) -> Handler:
    """An HTTP/1.0 HTML answer whose body arrives one byte every ``interval`` seconds, then ends."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(http_head(200, {"Content-Type": "text/html"}, version="1.0"))
        for byte in body:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(interval)

    return handler
