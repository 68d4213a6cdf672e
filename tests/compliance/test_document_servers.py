"""How the servers holding a portal's documents answer the monitor (exam 24).

A document is what a citizen gets by clicking its link: the browser sends the linking page as
Referer, asks without Range, and opens one file after another. Hosting that refuses a file
without Referer (hotlink protection), refuses a Range (416, 501) or refuses a burst (503, 508,
429) still serves that citizen; the monitor must not call such a file broken. A file refused to
everyone (404, a script's 500) is broken; a server still too busy when asked again says nothing
of the item.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import load_catalog
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, CrawlSettings, PortalConfig
from monitor.net.client import build_client
from monitor.net.errors import retry_after_seconds
from monitor.report.reasons import spanish_reason
from tests.compliance.fleet.server import LoopbackServer, Resource

TODAY = dt.date(2026, 11, 24)
PDF = b"%PDF-1.4 informe " + b"0" * 4096
# A handler's answer: (status, headers, body).
Answer = tuple[int, dict[str, str], bytes]
Rule = Callable[[Any, int], Answer]  # the request's handler and how many times it was asked


class DocumentServer(LoopbackServer):
    """The loopback server, with paths answered by the request (``rules``)."""

    def __init__(self, routes: dict[str, Resource], rules: dict[str, Rule]) -> None:
        super().__init__(routes)
        self.rules = rules
        self.asked: Counter[str] = Counter()
        self.referers: dict[str, list[str | None]] = {}
        self._lock = threading.Lock()

    def _answer(self, handler: Any, *, head: bool) -> None:
        rule = self.rules.get(handler.path)
        if rule is None:
            super()._answer(handler, head=head)
            return
        with self._lock:
            self.asked[handler.path] += 1
            count = self.asked[handler.path]
            self.referers.setdefault(handler.path, []).append(handler.headers.get("Referer"))
        status, headers, body = rule(handler, count)
        handler.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            handler.send_header(name, value)
        handler.end_headers()
        if not head:
            handler.wfile.write(body)


def page(body: str) -> Resource:
    html = f"<html><head><title>Municipalidad</title></head><body><main>{body}</main></body></html>"
    return Resource(html.encode(), 200)


def pdf_answer(body: bytes = PDF) -> Answer:
    return 200, {"Content-Type": "application/pdf"}, body


async def assess(server: DocumentServer) -> ComplianceResult:
    config = Config(
        crawl=CrawlSettings(),
        portals=(PortalConfig(slug="muni", name="Muni", url=server.url + "/"),),
    )
    async with build_client(config.monitor) as client:
        return await assess_portal(client, config.portals[0], config, load_catalog(), today=TODAY)


HOME = page(
    '<h2>Numeral 1 - Estructura orgánica</h2><p><a href="/uploads/organigrama-2026.pdf">'
    "Organigrama 2026</a></p>"
    "<h2>Numeral 6 - Manuales de procedimientos</h2><p>Manual de procedimientos 2026 "
    '<a href="/docs/manual-2026.pdf">Descargar</a></p>'
    '<h2>Numeral 13 - Inventario de bienes</h2><p><a href="/docs/inventario-2026.pdf">'
    "Inventario 2026</a></p>"
)


async def test_a_file_behind_hotlink_protection_is_asked_with_its_page_as_referer() -> None:
    """cPanel's Hotlink Protection without "Allow direct requests": 403 without the site's page
    as Referer (https://docs.cpanel.net/cpanel/security/hotlink-protection/)."""

    def hotlinked(handler: Any, _count: int) -> Answer:
        referer = handler.headers.get("Referer") or ""
        if referer.startswith(f"http://127.0.0.1:{handler.server.server_port}/"):
            return pdf_answer()
        return 403, {"Content-Type": "text/html"}, b"<h1>Forbidden</h1>"

    rules = {path: hotlinked for path in ("/uploads/organigrama-2026.pdf", "/docs/manual-2026.pdf")}
    with DocumentServer({"/": HOME, "/docs/inventario-2026.pdf": Resource(b"", 404)}, rules) as s:
        result = await assess(s)
    assert result.verdict("art10.n01").status == "ok"
    assert result.verdict("art10.n06").status == "ok"
    assert result.verdict("art10.n13").status == "broken"  # refused to everyone
    assert s.referers["/uploads/organigrama-2026.pdf"] == [f"{s.url}/"]


async def test_a_server_refusing_the_range_is_asked_without_it() -> None:
    """A 416 to "Range: bytes=0-0" (with "bytes */0": a zero-byte file) or a 501 to any Range,
    while a plain GET answers the file."""

    def refuses_range(status: int, body: bytes) -> Rule:
        def rule(handler: Any, _count: int) -> Answer:
            if handler.headers.get("Range"):
                return status, {"Content-Range": f"bytes */{len(body)}"}, b""
            return pdf_answer(body)

        return rule

    rules = {
        "/uploads/organigrama-2026.pdf": refuses_range(416, PDF),
        "/docs/manual-2026.pdf": refuses_range(501, PDF),
        "/docs/inventario-2026.pdf": refuses_range(416, b""),
    }
    with DocumentServer({"/": HOME}, rules) as server:
        result = await assess(server)
    assert result.verdict("art10.n01").status == "ok"
    assert result.verdict("art10.n06").status == "ok"
    empty = result.verdict("art10.n13")
    assert (empty.status, empty.reason) == ("empty", "1 document(s) are empty files")
    assert server.asked == {path: 2 for path in rules}  # once with Range, once without


async def test_files_a_busy_server_refused_are_asked_again_one_at_a_time() -> None:
    """A shared host's limits: 503 with Retry-After, CloudLinux's 508 without it. What still
    fails when asked again is not broken: the server said nothing of it."""

    def busy_once(status: int, headers: dict[str, str]) -> Rule:
        def rule(_handler: Any, count: int) -> Answer:
            return (status, headers, b"busy") if count == 1 else pdf_answer()

        return rule

    def always_busy(_handler: Any, _count: int) -> Answer:
        return 503, {"Retry-After": "0"}, b"<h1>Service Unavailable</h1>"

    rules = {
        "/uploads/organigrama-2026.pdf": busy_once(503, {"Retry-After": "0"}),
        "/docs/manual-2026.pdf": busy_once(508, {}),
        "/docs/inventario-2026.pdf": always_busy,
    }
    with DocumentServer({"/": HOME}, rules) as server:
        result = await assess(server)
    assert result.verdict("art10.n01").status == "ok"
    assert result.verdict("art10.n06").status == "ok"
    busy = result.verdict("art10.n13")
    assert busy.status == "unknown"
    assert busy.reason == (
        "the portal answered HTTP 503 to the monitor (too busy to answer), also when asked again"
    )
    assert spanish_reason(busy.reason).startswith("el portal respondió HTTP 503 al monitor")
    assert server.asked["/docs/inventario-2026.pdf"] == 3  # the first time and two retries
    assert server.asked["/uploads/organigrama-2026.pdf"] == 2


async def test_an_items_page_a_busy_server_refused_once_is_read_when_asked_again() -> None:
    def busy_once(_handler: Any, count: int) -> Answer:
        if count == 1:
            return 503, {"Retry-After": "0"}, b"<h1>Service Unavailable</h1>"
        body = page('<h1>Numeral 6 - Manuales</h1><a href="/docs/manual-2026.pdf">Manual 2026</a>')
        return 200, {"Content-Type": "text/html; charset=utf-8"}, body.body

    home = page('<a href="/numeral-6/">Numeral 6 - Manuales de procedimientos</a>')
    routes = {"/": home, "/docs/manual-2026.pdf": Resource(PDF, 200, "application/pdf")}
    with DocumentServer(routes, {"/numeral-6/": busy_once}) as server:
        result = await assess(server)
    assert result.verdict("art10.n06").status == "ok"


async def test_a_download_link_that_fails_is_its_items_broken_file_not_an_unread_page() -> None:
    """A download script ("ver_archivo.php?doc=736") is no document by its address; its link
    "Ver archivo" names no item (not numeral 26's "archivo"), and its 500 is the file broken, not
    a page that might have held the items the portal does not publish."""
    home = page(
        "<h5>Art. 10 Num. 4 DIETAS</h5><ul><li>Funcionarios Ejercicio Fiscal 2026 Mes de "
        'DICIEMBRE <a href="/transparencia/ver_archivo.php?doc=736">Ver archivo</a></li></ul>'
        "<h5>06 - MANUALES</h5><ul><li>Manual 2026 "
        '<a href="/transparencia/ver_archivo.php?doc=737">Ver archivo</a></li></ul>'
    )

    def script_error(_handler: Any, _count: int) -> Answer:
        return 500, {"Content-Type": "text/html"}, b"<h1>Internal Server Error</h1>"

    routes = {
        "/": home,
        "/transparencia/ver_archivo.php?doc=737": Resource(PDF, 200, "application/pdf"),
    }
    with DocumentServer(routes, {"/transparencia/ver_archivo.php?doc=736": script_error}) as s:
        result = await assess(s)
    broken = result.verdict("art10.n04")
    assert (broken.status, broken.reason) == (
        "broken",
        "1 document(s) fail to open (Ver archivo: HTTP 500)",
    )
    manual = result.verdict("art10.n06")
    assert manual.status == "ok"
    # The file's line names its year: "Manual 2026 [Ver archivo]".
    assert manual.last_updated is not None
    assert (manual.last_updated.year, manual.last_updated_precision) == (2026, "year")
    assert result.verdict("art10.n26").status == "missing"
    assert result.verdict("art10.n15").status == "missing"


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("", None),
        ("Mon", None),
        ("-1", None),
        ("1.5", None),
        (None, None),
    ],
)
def test_a_retry_after_header_is_read_as_seconds_or_not_at_all(
    header: str | None, seconds: float | None
) -> None:
    assert retry_after_seconds(header) == seconds
