"""Raw-socket HTTP servers on loopback for probe tests, able to misbehave on purpose.

Each route is an async handler that writes whatever bytes it likes (valid HTTP or not) to the
connection. The server answers one request per connection and closes it, and counts requests in
flight so concurrency limits can be asserted.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import ssl
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

Handler = Callable[["Request", asyncio.StreamWriter], Awaitable[None]]


@dataclass(frozen=True)
class Request:
    """The request line and headers a client sent."""

    method: str
    path: str
    headers: dict[str, str]


@dataclass
class InFlight:
    """Requests being handled right now, and the most ever seen at once (may span servers)."""

    now: int = 0
    peak: int = 0
    paths: list[str] = field(default_factory=list)

    def enter(self, path: str) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)
        self.paths.append(path)

    def leave(self) -> None:
        self.now -= 1


class LoopbackServer:
    """``async with LoopbackServer(routes) as server:`` serves ``routes`` on ``host``, port 0."""

    def __init__(
        self,
        routes: dict[str, Handler],
        *,
        host: str = "127.0.0.1",
        tls: ssl.SSLContext | None = None,
        in_flight: InFlight | None = None,
    ) -> None:
        self.routes = routes
        self.host = host
        self.tls = tls
        self.in_flight = in_flight or InFlight()
        self.port = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    def url(self, path: str = "/") -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{self.host}:{self.port}{path}"

    async def __aenter__(self) -> LoopbackServer:
        self._server = await asyncio.start_server(self._connection, self.host, 0, ssl=self.tls)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            request = _parse(head)
            route = request.path.split("?", 1)[0]
            handler = self.routes.get(route, respond(404, b"not found"))
            self.in_flight.enter(request.path)
            try:
                await handler(request, writer)
            finally:
                self.in_flight.leave()
            writer.close()
            async with asyncio.timeout(1.0):
                await writer.wait_closed()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError, OSError):
            writer.transport.abort()
        except (asyncio.CancelledError, TimeoutError):
            # Ending quietly: Python 3.11's streams log a cancelled connection task as an error.
            writer.transport.abort()
        finally:
            self._tasks.discard(task)
            if not writer.is_closing():
                writer.transport.abort()


def _parse(head: bytes) -> Request:
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return Request(method, path, headers)


def http_head(status: int, headers: dict[str, str] | None = None, *, version: str = "1.1") -> bytes:
    """A status line and headers, ``Connection: close`` included."""
    lines = [f"HTTP/{version} {status} Reason"]
    for name, value in {"Connection": "close", **(headers or {})}.items():
        lines.append(f"{name}: {value}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Handler:
    """A well-formed answer with a Content-Length."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        all_headers = {"Content-Length": str(len(body)), **(headers or {})}
        writer.write(http_head(status, all_headers) + body)
        await writer.drain()

    return handler


def redirect(location: str, status: int = 302) -> Handler:
    return respond(status, headers={"Location": location})


def stall() -> Handler:
    """Accept the request and never answer."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        await asyncio.Event().wait()

    return handler


def wait_for(event: asyncio.Event, then: Handler) -> Handler:
    """Answer with ``then`` once ``event`` is set."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        await event.wait()
        await then(request, writer)

    return handler


def slow(delay: float, then: Handler) -> Handler:
    """Answer with ``then`` after ``delay`` seconds."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(delay)
        await then(request, writer)

    return handler


def drip_body(interval: float = 0.1) -> Handler:
    """Headers at once, then one body byte every ``interval`` seconds, forever."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(http_head(200, {"Content-Type": "text/html"}, version="1.0"))
        while True:
            writer.write(b"x")
            await writer.drain()
            await asyncio.sleep(interval)

    return handler


def drip_headers(interval: float = 0.1) -> Handler:
    """The status line, then one header byte every ``interval`` seconds, forever."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while True:
            writer.write(b"a")
            await writer.drain()
            await asyncio.sleep(interval)

    return handler


def big_body(size: int, chunk: int = 1 << 16) -> Handler:
    """A ``size``-byte body with a Content-Length, written chunk by chunk."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(http_head(200, {"Content-Length": str(size)}))
        block = b"a" * chunk
        sent = 0
        while sent < size:
            piece = block[: size - sent]
            writer.write(piece)
            await writer.drain()
            sent += len(piece)

    return handler


def gzip_bomb(expanded: int) -> Handler:
    """A gzip body that inflates to ``expanded`` zero bytes."""
    body = gzip.compress(b"\0" * expanded, compresslevel=9)
    return respond(200, body, {"Content-Encoding": "gzip", "Content-Type": "text/html"})


def raw(data: bytes) -> Handler:
    """Write ``data`` verbatim (e.g. garbage instead of HTTP) and close."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()

    return handler


def reset_mid_body(sent: int, promised: int) -> Handler:
    """Promise ``promised`` bytes, send ``sent``, then reset the connection (RST)."""

    async def handler(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(http_head(200, {"Content-Length": str(promised)}) + b"a" * sent)
        await writer.drain()
        await asyncio.sleep(0.05)
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    return handler


def closed_port() -> int:
    """A loopback port with nothing listening on it."""
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
