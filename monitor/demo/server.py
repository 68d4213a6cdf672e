"""A tiny loopback HTTP server for the demo portals (standard library only).

Documents answer HEAD with Content-Length and Last-Modified and honour ``Range: bytes=0-0``,
as the crawler expects from a real web server.
"""

from __future__ import annotations

import email.utils
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import unquote


@dataclass(frozen=True)
class Resource:
    """One path's answer."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    last_modified: float | None = None  # a Unix timestamp
    location: str | None = None


NOT_FOUND = Resource(b"<html><body><h1>404 No encontrado</h1></body></html>", 404)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client closing early (the crawler does after HEAD) is not worth a traceback."""


class PortalServer:
    """Serve ``routes`` (decoded path with query -> Resource) on ``host`` at an OS-chosen port."""

    def __init__(self, routes: dict[str, Resource], host: str = "127.0.0.1") -> None:
        self.routes = {unquote(path): resource for path, resource in routes.items()}
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
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._running = False

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> PortalServer:
        self._thread.start()
        self._running = True
        return self

    def stop(self) -> None:
        """Stop answering and close the port: the portal is down from now on."""
        if self._running:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._running = False
        self._httpd.server_close()

    def __enter__(self) -> PortalServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _answer(self, handler: BaseHTTPRequestHandler, *, head: bool) -> None:
        resource = self.routes.get(unquote(handler.path), NOT_FOUND)
        status, body = resource.status, resource.body
        headers = {"Content-Type": resource.content_type}
        if not head and handler.headers.get("Range") == "bytes=0-0" and status == 200 and body:
            status = 206
            headers["Content-Range"] = f"bytes 0-0/{len(body)}"
            body = body[:1]
        headers["Content-Length"] = str(len(body))
        if resource.last_modified is not None:
            headers["Last-Modified"] = email.utils.formatdate(resource.last_modified, usegmt=True)
        if resource.location is not None:
            headers["Location"] = resource.location
        try:
            handler.send_response(status)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            if not head:
                handler.wfile.write(body)
                handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True
