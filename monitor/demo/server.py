"""A real loopback HTTP server for sample portals: the demo's and the tests' fixture fleets.

Documents answer HEAD with Content-Length and Last-Modified (or 405 when ``head_allowed`` is
False) and honour ``Range: bytes=0-0``; every GET body byte written is counted so that tests can
prove documents are never downloaded whole. With ``validators``, every answer carries an ETag
(as nginx and Apache send for files) and conditional requests (If-None-Match, If-Modified-Since)
are answered ``304 Not Modified`` when nothing changed, as those servers do.
"""

from __future__ import annotations

import email.utils
import hashlib
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote


class _QuietServer(ThreadingHTTPServer):
    """A client closing its connection early (as the crawler does after HEAD) is not an error."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if not isinstance(exc, ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Resource:
    """One path's answer."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    last_modified: float | None = None  # a Unix timestamp
    head_allowed: bool = True
    honour_range: bool = True
    location: str | None = None
    delay: float = 0.0  # seconds to wait before answering (a slow portal)
    head_status: int | None = None  # HEAD answers this instead (servers that lie on HEAD)


@dataclass
class Traffic:
    """What the server saw: requests per (method, path) and GET body bytes per path."""

    requests: Counter[tuple[str, str]] = field(default_factory=Counter)
    body_bytes: Counter[str] = field(default_factory=Counter)
    agents: Counter[str] = field(default_factory=Counter)  # User-Agent headers seen
    not_modified: Counter[str] = field(default_factory=Counter)  # 304 answers per path
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def total(self) -> int:
        return sum(self.requests.values())


class LoopbackServer:
    """Serve ``routes`` (path with query -> Resource) on 127.0.0.1 at an OS-chosen port."""

    def __init__(
        self, routes: dict[str, Resource], host: str = "127.0.0.1", *, validators: bool = False
    ) -> None:
        # Keys are matched on the decoded path, so a route may be written with accents or %XX.
        self.routes = {unquote(path): resource for path, resource in routes.items()}
        self.traffic = Traffic()
        self.validators = validators
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                server._answer(self, head=False)

            def do_HEAD(self) -> None:  # noqa: N802
                server._answer(self, head=True)

        self._httpd = _QuietServer((host, 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._running = False

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        self._running = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._running:  # stopping twice (stop(), then the with block) is harmless
            self._running = False
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler, *, head: bool) -> None:
        method = "HEAD" if head else "GET"
        with self.traffic.lock:
            self.traffic.requests[(method, handler.path)] += 1
            self.traffic.agents[handler.headers.get("User-Agent", "")] += 1
        resource = self.routes.get(unquote(handler.path))
        if resource is None:
            resource = Resource(b"<html><body><h1>404 No encontrado</h1></body></html>", 404)
        if head and not resource.head_allowed:
            resource = Resource(b"", 405)
        elif head and resource.head_status is not None:
            resource = Resource(resource.body, resource.head_status)
        if resource.delay:
            time.sleep(resource.delay)
        status = resource.status
        body = resource.body
        headers = {"Content-Type": resource.content_type}
        ranged = handler.headers.get("Range")
        if not head and ranged == "bytes=0-0" and resource.honour_range and status == 200 and body:
            status = 206
            headers["Content-Range"] = f"bytes 0-0/{len(body)}"
            body = body[:1]
        if self.validators and resource.status == 200:
            etag = f'"{hashlib.sha1(resource.body).hexdigest()[:16]}"'
            headers["ETag"] = etag
            if _not_modified(handler, etag, resource.last_modified):
                status, body = 304, b""
                headers.pop("Content-Range", None)
                with self.traffic.lock:
                    self.traffic.not_modified[handler.path] += 1
        headers["Content-Length"] = str(len(body))
        if resource.last_modified is not None:
            headers["Last-Modified"] = email.utils.formatdate(resource.last_modified, usegmt=True)
        if resource.location is not None:
            headers["Location"] = resource.location
        try:
            handler.send_response(status)
            for name, value in headers.items():
                if status != 304 or name != "Content-Length":
                    handler.send_header(name, value)
            handler.end_headers()
            if not head and status != 304:
                for start in range(0, len(body), 16384):
                    handler.wfile.write(body[start : start + 16384])
                    with self.traffic.lock:
                        self.traffic.body_bytes[handler.path] += len(body[start : start + 16384])
                handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True


def _not_modified(handler: BaseHTTPRequestHandler, etag: str, last_modified: float | None) -> bool:
    """Whether a conditional request's validators match (RFC 9110: If-None-Match first)."""
    match = handler.headers.get("If-None-Match")
    if match is not None:
        return etag in {tag.strip().removeprefix("W/") for tag in match.split(",")} or match == "*"
    since = handler.headers.get("If-Modified-Since")
    if since is None or last_modified is None:
        return False
    try:
        return int(last_modified) <= email.utils.parsedate_to_datetime(since).timestamp()
    except (TypeError, ValueError):
        return False


class PortalServer(LoopbackServer):
    """The demo's server: ``url`` ends with ``/``; ``stop`` closes the port (the portal is down)."""

    @property
    def url(self) -> str:
        return super().url + "/"

    def start(self) -> PortalServer:
        return self.__enter__()

    def stop(self) -> None:
        """Stop answering and close the port: the portal is down from now on."""
        self.__exit__(None, None, None)
