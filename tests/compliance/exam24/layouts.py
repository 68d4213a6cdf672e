"""Twenty-fourth exam: four portal layouts that vary HOW THE SERVERS HOLDING THE DOCUMENTS ANSWER,
with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``). What is new is the server: ``Server24``
answers a request by what it carries (Referer, cookies, Range, how many requests came just before),
as real hosting does. The truth is what a citizen with a browser gets: a browser clicking a link
sends the linking page as Referer, keeps the cookies the portal's pages set, sends no Range header
for a document it opens, and opens one document, then another. Wording and server pages:
``wording.toml`` here (sources there). ``bench.exam`` starts this module's ``server`` (an
``ExamServer`` with the portal's conduct) instead of the plain ``ExamServer``. Layouts:

* ``hotlink``: a WordPress page of headings (Palestina de Los Altos) whose documents are Gutenberg
  file blocks (the name and a "Descargar" button) under ``/wp-content/uploads/<yyyy>/<mm>/``, behind
  hotlink protection, one kind per portal: cPanel's "Hotlink Protection" (.htaccess
  ``RewriteCond %{HTTP_REFERER}``; protected: the default image list plus pdf, xlsx, docx) WITH
  "Allow direct requests" (no Referer: served) or WITHOUT it (no Referer: refused), refusing with
  Apache's 403 page or, with "Redirect the request to the following URL", a 302 to the home page;
  or nginx's ``valid_referers none blocked server_names`` (no Referer or a stripped one: served) or
  ``valid_referers server_names`` (no Referer: refused), refusing with nginx's 403 page. A Referer
  from the portal's own host (with or without ``www.``) is always served. Truth: the item's drawn
  truth (a browser sends the page as Referer). Broken documents answer 404, or 403 for every
  visitor (the file's permissions), the same 403 page the hotlink rule sends.
* ``rangos``: Joomla-like pages per numeral (Huité) with a "Documento | Descargar" table of files
  under ``/images/transparencia/``, one Range behaviour per portal: Range ignored (200 with the
  whole file, 0.3–2 MB); ``416`` with ``Content-Range: bytes */<size>`` to any Range while a plain
  GET works; ``501`` to any Range while a plain GET works; or 206 / 200 without Content-Length
  (chunked, as a PHP ``readfile`` behind output buffering sends). Some empty items also link a
  zero-byte file named as the period's report: a Range on it answers ``416`` with
  ``Content-Range: bytes */0`` (or 200 with Content-Length 0); a zero-byte file holds nothing, so
  the item's truth stays ``empty`` (they are put only on items drawn empty). Broken documents
  answer nginx's 404 or Apache's 410 Gone.
* ``limites``: a shared-hosting site (Santa Lucía La Reforma): an index of numeral pages whose
  documents are served by the CMS (``/documentos/descargar/<id>/<file>.pdf``), every request
  counted by the host's limit, one per portal: CloudLinux's entry-process limit (more than K of 2–6
  requests in progress at once: ``508 Resource Limit Is Reached``, no Retry-After; pages take
  0.3 s to build) or a per-client rate limit (more than K of 2–6 requests accepted within 1 s:
  ``503 Service Unavailable`` with ``Retry-After: 1``–``3``). Documents' first byte comes after
  1–2 s (the slow host). A citizen opening one page or document at a time gets each one: truth is
  the drawn truth. TIMING-DEPENDENT: what the monitor gets depends on how many requests it has in
  flight; the figures of this layout can vary from run to run. Broken documents: Apache's 404.
* ``sesion``: a home-made PHP portal (Nebaj): one page of Bootstrap collapse cards, every page
  setting a session cookie (``PHPSESSID`` or CodeIgniter's ``ci_session``); documents at
  ``/transparencia/ver_archivo.php?doc=<n>`` (inline, 1–1.5 s to the first byte) need a session the
  server issued: without it a 302 back to the page or a 403 "Acceso Denegado" page. In some portals
  documents are S3 links signed when the page was built (``X-Amz-Date`` of the portal's day,
  ``X-Amz-Expires=1800``; they work for whoever opens the page). A browser that opened the page has
  the cookie: truth is the drawn truth. Broken documents: the script's permanent 500 (Apache's
  page), Apache's 410 Gone, or an S3 link pasted months before (403 ``AccessDenied`` "Request has
  expired"): refused to every visitor.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import unquote, urlsplit

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    file_stem,
    hex_digits,
    paragraphs,
    site_page,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("hotlink", "rangos", "limites", "sesion")
EXAM24: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam24 layout shares: "wordpress" (one page of
# headings, bare names and own text allowed), "joomla" / "numbers" (a page per numeral, the law's
# text with the item), "accordion" (sections of one page, bare names, own text, empty phrases).
_INNER = {"hotlink": "wordpress", "rangos": "joomla", "limites": "numbers", "sesion": "accordion"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM24[section][key]["text"]


def _error(key: str, **values: str) -> bytes:
    text = str(_w("errors", key))
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text.encode("utf-8")


# -- how the portal's server behaves ---------------------------------------------------------------


@dataclass
class Conduct:
    """How one portal's server answers beyond its routes."""

    # Hotlink protection: "" (none), "cpanel" or "nginx"; which extensions; whether an empty Referer
    # is served; cPanel's "Redirect the request to the following URL" ("" = refuse with 403).
    hotlink: str = ""
    protected: tuple[str, ...] = ()
    allow_direct: bool = True
    hotlink_redirect: str = ""
    # Range handling of ``ranged`` paths: "" (the loopback server's), "ignore", "416", "501",
    # "nolength"; the size each is served with; zero-byte files and how a Range on them is answered.
    ranges: str = ""
    ranged: dict[str, int] = field(default_factory=dict)
    zero: set[str] = field(default_factory=set)
    zero_range: str = "416"
    # Resource limits: "" (none), "508" (concurrent requests) or "503" (requests per window).
    limit: str = ""
    limit_k: int = 0
    window: float = 1.0
    retry_after: int = 1
    # Session gate: the cookie's name ("" = none), the paths that need it, how they refuse.
    cookie: str = ""
    gated: set[str] = field(default_factory=set)
    gate: str = "302"
    gate_page: str = "/"
    denied: bytes = b""


@dataclass
class Portal24(ExamPortal):
    conduct: Conduct = field(default_factory=Conduct)


_FILLER = b"\n% " + b"0" * 4093  # 4 KiB of a PDF's padding


class Server24(ExamServer):
    """The exam's server plus the portal's conduct: Referer checks, Range quirks, resource limits
    and session gates. Thread-safe: the loopback server answers every request on its own thread."""

    def __init__(
        self, routes: Routes, headers: dict[str, dict[str, str]], conduct: Conduct
    ) -> None:
        super().__init__(routes, headers)
        self.conduct = conduct
        self._lock = threading.Lock()
        self._in_flight = 0
        self._recent: deque[float] = deque()
        self._sessions: set[str] = set()
        self._serial = 0

    # The entry point: resource limits first (the host refuses before the site runs).
    def _answer(self, handler: Any, *, head: bool) -> None:
        conduct = self.conduct
        if conduct.limit == "508":
            with self._lock:
                self._in_flight += 1
                over = self._in_flight > conduct.limit_k
                if over:
                    self._in_flight -= 1
            if over:
                self._send(handler, head, 508, _error("lve_508"), "text/html")
                return
            try:
                self._site(handler, head)
            finally:
                with self._lock:
                    self._in_flight -= 1
            return
        if conduct.limit == "503":
            now = time.monotonic()
            with self._lock:
                while self._recent and now - self._recent[0] > conduct.window:
                    self._recent.popleft()
                over = len(self._recent) >= conduct.limit_k
                if not over:
                    self._recent.append(now)
            if over:
                self._send(
                    handler,
                    head,
                    503,
                    _error("apache_503"),
                    "text/html; charset=iso-8859-1",
                    {"Retry-After": str(conduct.retry_after)},
                )
                return
        self._site(handler, head)

    def _site(self, handler: Any, head: bool) -> None:
        conduct = self.conduct
        path = unquote(handler.path)
        resource = self.routes.get(path)
        if conduct.cookie:
            session = self._session(handler)
            if path in conduct.gated and session is None:
                if conduct.gate == "302":
                    self._send(
                        handler,
                        head,
                        302,
                        b"",
                        "text/html; charset=UTF-8",
                        {"Location": conduct.gate_page},
                    )
                else:
                    self._send(handler, head, 403, conduct.denied, "text/html; charset=UTF-8")
                return
            if session is None and resource and resource.content_type.startswith("text/html"):
                self._set_cookie(handler, self._new_session())
        protected = conduct.hotlink and _extension(path) in conduct.protected
        if protected and not self._referer_allowed(handler):
            self._refuse_hotlink(handler, head)
            return
        if resource is not None and resource.status == 200:
            if path in conduct.zero:
                self._zero(handler, head, resource)
                return
            if conduct.ranges and path in conduct.ranged:
                self._ranged(handler, head, resource, conduct.ranged[path])
                return
        super()._answer(handler, head=head)

    # -- sessions --

    def _session(self, handler: Any) -> str | None:
        name = self.conduct.cookie
        for part in (handler.headers.get("Cookie") or "").split(";"):
            key, _eq, value = part.strip().partition("=")
            if key == name:
                with self._lock:
                    if value in self._sessions:
                        return value
        return None

    def _new_session(self) -> str:
        with self._lock:
            self._serial += 1
            value = f"{zlib.crc32(str(self._serial).encode()):08x}{self._serial:06d}k3q9mrv2"
            self._sessions.add(value)
        return value

    def _set_cookie(self, handler: Any, value: str) -> None:
        original = handler.end_headers
        name = self.conduct.cookie

        def end_headers() -> None:
            handler.send_header("Set-Cookie", f"{name}={value}; path=/; HttpOnly")
            handler.send_header("Expires", "Thu, 19 Nov 1981 08:52:00 GMT")
            handler.send_header("Cache-Control", "no-store, no-cache, must-revalidate")
            handler.end_headers = original
            original()

        handler.end_headers = end_headers

    # -- hotlink protection --

    def _referer_allowed(self, handler: Any) -> bool:
        conduct = self.conduct
        referer = (handler.headers.get("Referer") or "").strip()
        if not referer:
            return conduct.allow_direct
        if not referer.lower().startswith(("http://", "https://")):
            # nginx's "blocked": a Referer a proxy stripped; cPanel's rule refuses it.
            return conduct.hotlink == "nginx" and conduct.allow_direct
        own = (handler.headers.get("Host") or "").rsplit(":", 1)[0].lower()
        try:
            host = (urlsplit(referer).hostname or "").lower()
        except ValueError:
            return False
        return host in (own, f"www.{own}")

    def _refuse_hotlink(self, handler: Any, head: bool) -> None:
        conduct = self.conduct
        if conduct.hotlink == "nginx":
            self._send(handler, head, 403, _error("nginx_403"), "text/html")
        elif conduct.hotlink_redirect:
            self._send(
                handler,
                head,
                302,
                b"",
                "text/html; charset=iso-8859-1",
                {"Location": conduct.hotlink_redirect},
            )
        else:
            host = (handler.headers.get("Host") or "").rsplit(":", 1)[0]
            page = _error("apache_403", host=host)
            self._send(handler, head, 403, page, "text/html; charset=iso-8859-1")

    # -- Range quirks and zero-byte files --

    def _zero(self, handler: Any, head: bool, resource: Resource) -> None:
        ranged = handler.headers.get("Range")
        if ranged and not head and self.conduct.zero_range == "416":
            self._send(
                handler,
                head,
                416,
                _error("apache_416"),
                "text/html; charset=iso-8859-1",
                {"Content-Range": "bytes */0"},
            )
            return
        self._send(handler, head, 200, b"", resource.content_type, _modified(resource))

    def _ranged(self, handler: Any, head: bool, resource: Resource, size: int) -> None:
        mode = self.conduct.ranges
        ranged = handler.headers.get("Range")
        extra = _modified(resource)
        if ranged and not head and mode == "416":
            extra["Content-Range"] = f"bytes */{size}"
            page = _error("apache_416")
            self._send(handler, head, 416, page, "text/html; charset=iso-8859-1", extra)
            return
        if ranged and not head and mode == "501":
            self._send(handler, head, 501, _error("apache_501"), "text/html; charset=iso-8859-1")
            return
        if mode == "nolength":
            body = _padded(resource.body, size)
            status = 200
            span = _span(ranged, size) if ranged and not head else None
            if span is not None:
                status = 206
                extra["Content-Range"] = f"bytes {span[0]}-{span[1]}/{size}"
                body = body[span[0] : span[1] + 1]
            self._send(handler, head, status, body, resource.content_type, extra, chunked=True)
            return
        # "ignore" (and a plain GET on the other modes): the whole file.
        self._stream(handler, head, resource, size, extra)

    # -- writing answers --

    def _count(self, handler: Any, head: bool) -> None:
        with self.traffic.lock:
            self.traffic.requests[("HEAD" if head else "GET", handler.path)] += 1
            self.traffic.agents[handler.headers.get("User-Agent", "")] += 1

    def _send(
        self,
        handler: BaseHTTPRequestHandler,
        head: bool,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
        *,
        chunked: bool = False,
    ) -> None:
        self._count(handler, head)
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            if chunked:
                handler.send_header("Transfer-Encoding", "chunked")
            else:
                handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if not head:
                if chunked:
                    for start in range(0, len(body), 16384):
                        piece = body[start : start + 16384]
                        handler.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                    handler.wfile.write(b"0\r\n\r\n")
                else:
                    handler.wfile.write(body)
                with self.traffic.lock:
                    self.traffic.body_bytes[handler.path] += len(body)
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True

    def _stream(
        self, handler: Any, head: bool, resource: Resource, size: int, headers: dict[str, str]
    ) -> None:
        """The whole file (``size`` bytes: its body, then a PDF's padding), written as it goes."""
        self._count(handler, head)
        if resource.delay:
            time.sleep(resource.delay)
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", resource.content_type)
            handler.send_header("Content-Length", str(size))
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            if not head:
                sent = 0
                first = resource.body[:size]
                handler.wfile.write(first)
                sent = len(first)
                while sent < size:
                    piece = _FILLER[: size - sent]
                    handler.wfile.write(piece)
                    sent += len(piece)
                    with self.traffic.lock:
                        self.traffic.body_bytes[handler.path] += len(piece)
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True


def _extension(path: str) -> str:
    name = path.split("?", 1)[0].rsplit("/", 1)[-1]
    return name.rpartition(".")[2].lower() if "." in name else ""


def _modified(resource: Resource) -> dict[str, str]:
    if resource.last_modified is None:
        return {}
    return {"Last-Modified": email.utils.formatdate(resource.last_modified, usegmt=True)}


def _padded(body: bytes, size: int) -> bytes:
    out = bytearray(body[:size])
    while len(out) < size:
        out += _FILLER[: size - len(out)]
    return bytes(out)


def _span(header: str, size: int) -> tuple[int, int] | None:
    """The first range of a ``bytes=a-b`` header, clipped to the file, or None."""
    unit, _eq, spec = header.partition("=")
    first = spec.split(",")[0].strip()
    start_text, dash, end_text = first.partition("-")
    if unit.strip() != "bytes" or not dash:
        return None
    try:
        if not start_text:
            length = int(end_text)
            return (max(0, size - length), size - 1) if length else None
        start = int(start_text)
        end = int(end_text) if end_text else size - 1
    except ValueError:
        return None
    if start >= size or end < start:
        return None
    return start, min(end, size - 1)


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    conduct = portal.conduct if isinstance(portal, Portal24) else Conduct()
    return Server24(portal.routes, portal.headers, conduct)


# -- shared page parts -----------------------------------------------------------------------------


@dataclass
class _Build:
    """What a builder leaves for ``_finish``: the conduct and the routes to put back after the
    generator's noise (which serves every ok document as a plain PDF)."""

    conduct: Conduct = field(default_factory=Conduct)
    keep: dict[str, Resource] = field(default_factory=dict)


_PENDING: dict[int, _Build] = {}


def _stamp(day: dt.date | None) -> float | None:
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(12)).timestamp()


def _pdf(doc: Doc, day: dt.date | None, delay: float = 0.0) -> Resource:
    return Resource(
        b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=_stamp(day),
        delay=delay,
    )


def _note(item: Item, how: str) -> str:
    return f"{how} truth={item.truth} docs={len(item.docs)}"


def _nav(links: Sequence[tuple[str, str]]) -> str:
    return (
        "<nav><ul>"
        + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for h, t in links)
        + "</ul></nav>"
    )


def _home(routes: Routes, body: str, index: str, title: str, nav: str) -> None:
    """The body's home page (it holds ``</main>``: the kit's noise may add a link there)."""
    main = f'<p><a href="{_e(index)}">{_e(title)}</a></p>'
    main += '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>'
    routes["/"] = Resource(site_page(body, body, nav, "", main, body))


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


# -- hotlink: WordPress file blocks behind hotlink protection --------------------------------------


def _hotlink(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    build = _Build()
    conduct = build.conduct
    kind = draw(st.sampled_from(["cpanel", "cpanel", "nginx"]))
    conduct.hotlink = kind
    conduct.protected = tuple(_w("hotlink", "extensions"))
    conduct.allow_direct = draw(st.booleans())
    if kind == "cpanel" and draw(st.integers(0, 2)) == 0:
        conduct.hotlink_redirect = "/"
    how = f"hotlink/{kind}/direct={conduct.allow_direct}/redirect={bool(conduct.hotlink_redirect)}"
    lag = draw(st.integers(1, 12))
    seen: set[str] = set()
    routes: Routes = {}
    body, path, title = _w("hotlink", "body"), _w("hotlink", "path"), _w("hotlink", "title")
    parts = [f"<h2>{_e(_w('hotlink', 'heading'))}</h2><p>{_e(_w('hotlink', 'intro'))}</p>"]
    parts.append(f"<p>{_e(_w('hotlink', 'office'))}</p>")
    media = 400 + draw(st.integers(0, 3000))
    for item in _present(items):
        tag = draw(st.sampled_from(["h3", "h4", "strong"]))
        head = (
            f"<p><strong>{_e(item.label)}</strong></p>"
            if tag == "strong"
            else f"<{tag}>{_e(item.label)}</{tag}>"
        )
        blocks = []
        for doc in item.docs:
            day = uploaded(doc, today, lag) if doc.modified else today
            doc.path = unique(
                f"/wp-content/uploads/{day.year}/{day.month:02d}/{file_stem(doc.name)}.pdf", seen
            )
            media += 1
            anchor = f"wp-block-file--media-{hex_digits(draw, 8)}-{media:04x}"
            blocks.append(
                f'<div class="wp-block-file"><a id="{anchor}" href="{_e(doc.path)}" '
                f'target="_blank" rel="noopener">{_e(doc.name)}</a><a href="{_e(doc.path)}" '
                'class="wp-block-file__button wp-element-button" download '
                f'aria-describedby="{anchor}">{_e(_w("hotlink", "button"))}</a></div>'
            )
            if doc.ok:
                build.keep[doc.path] = _pdf(doc, day)
            else:
                gone = draw(st.sampled_from(["404", "403"]))
                if kind == "nginx":
                    page, ctype = _error(f"nginx_{gone}"), "text/html"
                elif gone == "403":
                    page, ctype = (
                        _error("apache_403", host="www.munipalestinadelosaltos.gob.gt"),
                        "text/html; charset=iso-8859-1",
                    )
                else:
                    page, ctype = _error("apache_404"), "text/html; charset=iso-8859-1"
                build.keep[doc.path] = Resource(page, int(gone), ctype)
        portal.notes[item.numeral] = _note(item, how)
        parts.append(head + paragraphs(item_words(item)) + "".join(blocks))
    nav = _nav([("/", "Inicio"), (path, title), ("/noticias/", "Noticias")])
    routes[path] = Resource(site_page(title, body, nav, "", "".join(parts), body))
    _home(routes, body, path, title, nav)
    _PENDING[id(portal)] = build
    return routes


# -- rangos: Joomla pages per numeral, files with Range quirks -------------------------------------


def _rangos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    build = _Build()
    conduct = build.conduct
    conduct.ranges = draw(st.sampled_from(["ignore", "416", "501", "nolength"]))
    conduct.zero_range = draw(st.sampled_from(["416", "200"]))
    nginx = draw(st.booleans())  # which server's 404 page
    how = f"rangos/{conduct.ranges}/zero={conduct.zero_range}"
    body, title = _w("rangos", "body"), _w("rangos", "title")
    index = "/index.php/informacion-publica/decreto-57-2008-art-10"
    seen: set[str] = set()
    routes: Routes = {}
    links = []
    head_cells = "".join(f"<th>{_e(c)}</th>" for c in _w("rangos", "columns"))
    nav = _nav([("/", "Inicio"), (index, _w("rangos", "index")), ("/noticias/", "Noticias")])
    for item in _present(items):
        page = f"{index}/{item.numeral}-{_slug(item.plain)[:30]}"
        links.append(f'<li><a href="{_e(page)}">{_e(item.label)}</a></li>')
        folder = f"/images/transparencia/art10/numeral-{item.numeral}"
        rows = []
        for doc in item.docs:
            doc.path = unique(f"{folder}/{file_stem(doc.name)}.pdf", seen)
            rows.append((doc.name, doc.path))
            if doc.ok:
                build.keep[doc.path] = _pdf(doc, doc.modified)
                size = 300_000 + zlib.crc32(doc.path.encode()) % 1_700_000
                conduct.ranged[doc.path] = size
            elif draw(st.booleans()):
                build.keep[doc.path] = Resource(
                    _error("apache_410"), 410, "text/html; charset=iso-8859-1"
                )
            elif nginx:
                build.keep[doc.path] = Resource(_error("nginx_404"), 404, "text/html")
            else:
                build.keep[doc.path] = Resource(
                    _error("apache_404"), 404, "text/html; charset=iso-8859-1"
                )
        zero = item.truth == "empty" and draw(st.booleans())
        if zero:
            rhythm = ITEMS[item.numeral]["rhythm"]
            label = ITEMS[item.numeral]["labels"][0]["text"].split(",")[0][:40]
            month = today.month - 1 or 12
            year = today.year if today.month > 1 else today.year - 1
            name = (
                f"{label} {MESES[month - 1]} {year}"
                if rhythm == "monthly"
                else f"{label} {today.year}"
            )
            path = unique(f"{folder}/{file_stem(name)}.pdf", seen)
            build.keep[path] = Resource(b"", 200, "application/pdf", last_modified=_stamp(today))
            conduct.zero.add(path)
            rows.append((name, path))
        portal.notes[item.numeral] = _note(item, f"{how}/zero_file={zero}")
        table = ""
        if rows:
            cells = "".join(
                f'<tr><td>{_e(name)}</td><td><a href="{_e(p)}" class="btn btn-primary">'
                f"{_e(_w('rangos', 'columns')[1])}</a></td></tr>"
                for name, p in rows
            )
            table = f"<table class='table table-striped'><tr>{head_cells}</tr>{cells}</table>"
        main = paragraphs(item_words(item)) + table
        crumb = f'<a href="{_e(index)}">{_e(_w("rangos", "index"))}</a>'
        trail = f'<ol class="breadcrumb"><li>{crumb}</li></ol>'
        routes[page] = Resource(site_page(item.label, body, nav, trail, main, body))
    main = (
        f"<h2>{_e(_w('rangos', 'law'))}</h2>{_opening()}"
        f"<ul class='list-numerales'>{''.join(links)}</ul>"
    )
    routes[index] = Resource(site_page(_w("rangos", "index"), body, nav, "", main, body))
    _home(routes, body, index, title, nav)
    _PENDING[id(portal)] = build
    return routes


# -- limites: a shared host's resource limits ------------------------------------------------------


def _limites(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    build = _Build()
    conduct = build.conduct
    conduct.limit = draw(st.sampled_from(["508", "503"]))
    conduct.limit_k = draw(st.integers(2, 6))
    conduct.retry_after = draw(st.integers(1, 3))
    slow = draw(st.sampled_from([1.0, 1.5, 2.0]))
    page_delay = 0.3 if conduct.limit == "508" else 0.0
    how = f"limites/{conduct.limit}/k={conduct.limit_k}/retry={conduct.retry_after}/slow={slow}"
    body, title = _w("limites", "body"), _w("limites", "title")
    index = "/unidad/articulo-10/"
    routes: Routes = {}
    links = []
    number = draw(st.integers(100, 900))
    seen: set[str] = set()
    nav = _nav([("/", "Inicio"), ("/unidad/", title), (index, _w("limites", "index"))])
    for item in _present(items):
        page = f"{index}numeral-{item.numeral}/"
        links.append(f'<li><a href="{_e(page)}">{_e(item.label)}</a></li>')
        rows = []
        for doc in item.docs:
            number += 1
            doc.path = unique(f"/documentos/descargar/{number}/{file_stem(doc.name)}.pdf", seen)
            when = uploaded(doc, today, 5) if doc.modified else today
            rows.append(
                f"<tr><td>{_e(doc.name)}</td><td>{when.day:02d}/{when.month:02d}/{when.year}</td>"
                f'<td><a href="{_e(doc.path)}">{_e(_w("limites", "view"))}</a></td></tr>'
            )
            if doc.ok:
                build.keep[doc.path] = _pdf(doc, when, delay=slow)
            else:
                build.keep[doc.path] = Resource(
                    _error("apache_404"), 404, "text/html; charset=iso-8859-1"
                )
        portal.notes[item.numeral] = _note(item, how)
        table = f"<table class='documentos'>{''.join(rows)}</table>" if rows else ""
        main = paragraphs(item_words(item)) + table
        routes[page] = Resource(site_page(item.label, body, nav, "", main, body), delay=page_delay)
    routes[index] = Resource(
        site_page(
            _w("limites", "index"),
            body,
            nav,
            "",
            _opening() + f"<ul class='numerales'>{''.join(links)}</ul>",
            body,
        ),
        delay=page_delay,
    )
    routes["/unidad/"] = Resource(
        site_page(
            title,
            body,
            nav,
            "",
            f"<p>{_e(_w('limites', 'intro'))}</p>"
            f'<p><a href="{index}">{_e(_w("limites", "index"))}</a></p>',
            body,
        ),
        delay=page_delay,
    )
    _home(routes, body, "/unidad/", title, nav)
    routes["/"].delay = page_delay
    _PENDING[id(portal)] = build
    return routes


# -- sesion: a PHP portal's session gate and signed links ------------------------------------------


def _amz(draw: st.DrawFn, key: str, day: dt.date, hour: int, expires: int) -> str:
    stamp = f"{day.year}{day.month:02d}{day.day:02d}"
    return (
        f"/muninebaj-transparencia.s3.amazonaws.com/{key}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential=AKIA{hex_digits(draw, 12).upper()}%2F{stamp}%2Fus-east-1%2Fs3%2F"
        f"aws4_request&X-Amz-Date={stamp}T{hour:02d}1507Z&X-Amz-Expires={expires}"
        f"&X-Amz-SignedHeaders=host&X-Amz-Signature={hex_digits(draw, 32)}{hex_digits(draw, 32)}"
    )


def _sesion(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    build = _Build()
    conduct = build.conduct
    conduct.cookie = draw(st.sampled_from(["PHPSESSID", "ci_session"]))
    conduct.gate = draw(st.sampled_from(["302", "403"]))
    storage = draw(st.sampled_from(["local", "s3", "mixed"]))
    slow = draw(st.sampled_from([1.0, 1.25, 1.5]))
    page = "/transparencia/informacion-publica-de-oficio.php"
    conduct.gate_page = page
    how = f"sesion/{conduct.cookie}/gate={conduct.gate}/storage={storage}"
    body, title = _w("sesion", "body"), _w("sesion", "title")
    heading, sentence = _w("sesion", "denied")
    nav = _nav([("/", "Inicio"), (page, title), ("/noticias/", "Noticias")])
    conduct.denied = site_page(heading, body, nav, "", f"<p>{_e(sentence)}</p>", body)
    routes: Routes = {}
    cards = []
    number = draw(st.integers(200, 900))
    for item in _present(items):
        lis = []
        for doc in item.docs:
            number += 1
            s3 = storage == "s3" or (storage == "mixed" and draw(st.booleans()))
            name = f"{file_stem(doc.name)}.pdf"
            if s3:
                key = f"art10/{item.numeral:02d}/{hex_digits(draw, 10)}-{name}"
                if doc.ok:
                    doc.path = _amz(draw, key, today, 8, 1800)
                else:  # a link pasted from the bucket's console months before
                    old = today - dt.timedelta(days=draw(st.integers(40, 400)))
                    doc.path = _amz(draw, key, old, 15, 604800)
                    expired = (old + dt.timedelta(days=7)).isoformat() + "T15:15:07Z"
                    page_text = _error(
                        "s3_expired",
                        expires="604800",
                        expired=expired,
                        now=f"{today.isoformat()}T16:02:44Z",
                        request=hex_digits(draw, 16).upper(),
                        host=hex_digits(draw, 24),
                    )
                    build.keep[doc.path] = Resource(page_text, 403, "application/xml")
                if doc.ok:
                    build.keep[doc.path] = _pdf(doc, doc.modified)
            else:
                doc.path = f"/transparencia/ver_archivo.php?doc={number}"
                conduct.gated.add(doc.path)
                if doc.ok:
                    build.keep[doc.path] = _pdf(doc, doc.modified, delay=slow)
                    portal.headers[doc.path] = {"Content-Disposition": f'inline; filename="{name}"'}
                elif draw(st.booleans()):
                    build.keep[doc.path] = Resource(
                        _error("apache_500"), 500, "text/html; charset=iso-8859-1"
                    )
                else:
                    build.keep[doc.path] = Resource(
                        _error("apache_410"), 410, "text/html; charset=iso-8859-1"
                    )
            lis.append(
                f'<li>{_e(doc.name)} <a href="{_e(doc.path)}" target="_blank" '
                f'class="btn btn-sm btn-info">{_e(_w("sesion", "view"))}</a></li>'
            )
        portal.notes[item.numeral] = _note(item, how)
        docs = f"<ul class='list-unstyled'>{''.join(lis)}</ul>" if lis else ""
        cards.append(
            f'<div class="card"><div class="card-header" id="h{item.numeral}"><h5 class="mb-0">'
            f'<button class="btn btn-link" data-toggle="collapse" data-target="#c{item.numeral}">'
            f'{_e(item.label)}</button></h5></div><div id="c{item.numeral}" class="collapse" '
            f'data-parent="#numerales"><div class="card-body">{paragraphs(item_words(item))}{docs}'
            "</div></div></div>"
        )
    main = f"{_opening()}<div class='accordion' id='numerales'>{''.join(cards)}</div>"
    routes[page] = Resource(
        site_page(title, body, nav, "", main, f"{body} - {_w('sesion', 'office')}")
    )
    _home(routes, body, page, title, nav)
    _PENDING[id(portal)] = build
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "hotlink": _hotlink,
    "rangos": _rangos,
    "limites": _limites,
    "sesion": _sesion,
}


def _finish(portal: ExamPortal) -> Portal24:
    """Put the builder's document answers back over the noise's plain PDFs; attach the conduct."""
    build = _PENDING.pop(id(portal), _Build())
    portal.routes.update(build.keep)
    values = {f.name: getattr(portal, f.name) for f in fields(portal)}
    return Portal24(**values, conduct=build.conduct)


def portals(layout: str | None = None) -> st.SearchStrategy[Portal24]:
    """Exam 24 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_finish)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
