"""The one place where HTTP clients are built, plus helpers every fetch shares.

``build_client`` sets the honest User-Agent, timeouts and connection limits; its transport can be
swapped (tests pass ``httpx.MockTransport`` or respx). ``read_capped`` streams a body with a byte
cap and a deadline so that a huge or slow-drip answer can never exhaust memory or time.
``HostLimiter`` bounds concurrent requests per host.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import threading
import time
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import aiohttp
import brotli
import httpx
from yarl import URL

from monitor import __version__
from monitor.config import MonitorSettings
from monitor.net.transport import CrawlTransport


def user_agent(settings: MonitorSettings) -> str:
    """The User-Agent every request carries: product, version and a contact URL."""
    return f"laip-monitor/{__version__} (+{settings.contact_url})"


def build_client(
    settings: MonitorSettings,
    *,
    verify: bool | ssl.SSLContext = True,
    transport: httpx.AsyncBaseTransport | None = None,
    keep_alive: bool = True,
) -> httpx.AsyncClient:
    """One shared AsyncClient: HTTP/1.1 keep-alive, connection limits, no automatic redirects.

    Redirects are followed by the callers, hop by hop, so that every hop is checked against the
    portal's scope and counted. ``keep_alive=False``: every request opens its own connection.
    """
    timeout = httpx.Timeout(settings.timeout, connect=min(settings.timeout, 10.0), pool=None)
    limits = httpx.Limits(
        max_connections=settings.concurrency,
        max_keepalive_connections=settings.concurrency if keep_alive else 0,
        keepalive_expiry=30.0,
    )
    return _Client(
        headers={
            "User-Agent": user_agent(settings),
            "Accept-Language": "es-GT,es;q=0.9",
            # Only what read_capped inflates with a bound; httpx would add whatever is installed.
            "Accept-Encoding": "gzip, deflate",
        },
        timeout=timeout,
        limits=limits,
        follow_redirects=False,
        verify=verify,
        transport=transport,
        trust_env=False,
    )


def build_probe_client(settings: MonitorSettings) -> httpx.AsyncClient:
    """The probes' client: ``build_client`` without keep-alive.

    A probe asks whether the portal answers a visitor now, so each one opens a connection of its
    own (as blackbox_exporter's does): one kept alive from the last probe would hide a server
    that no longer accepts connections, and its connect and TLS phases. It is also cheaper: a
    pool of idle connections, one per portal probed, is scanned on every request (a 340-portal
    round's probes: 0.73 -> 0.50 CPU s).
    """
    return build_client(settings, keep_alive=False)


class _AnsweredCookies(httpx.Cookies):
    """A cookie jar that only looks at answers which set a cookie.

    httpx hands every response to the standard library's cookie jar, which builds request and
    response adapters (URL parsing included) even when there is no ``Set-Cookie`` header: about
    a sixth of the client's CPU for a crawl's 304s and one-byte document checks.
    """

    def __init__(self, cookies: httpx._types.CookieTypes | None = None) -> None:
        super().__init__(cookies)
        self._domains = self._read_domains()

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)
            self._domains = self._read_domains()

    def set(self, name: str, value: str, domain: str = "", path: str = "/") -> None:
        super().set(name, value, domain, path)
        self._domains = self._read_domains()

    def may_apply_to(self, host: str) -> bool:
        """Whether a cookie here may be sent to ``host`` (its domain or a parent's); kept up to
        date as cookies arrive, so asking costs nothing while the jar is empty."""
        if not self._domains:
            return False
        host = host.lower()
        return any(host == d or host.endswith("." + d) for d in self._domains)

    def _read_domains(self) -> frozenset[str]:
        return frozenset(cookie.domain.lstrip(".").lower() for cookie in self.jar)


class _Client(httpx.AsyncClient):
    """httpx's client with the jar above (a session cookie is kept and sent back as before).

    ``fast``: the crawl client's aiohttp transport, which ``open_stream`` may use directly.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._jar = _AnsweredCookies(kwargs.get("cookies"))
        self.fast: CrawlTransport | None = None
        self._default_headers: list[tuple[str, str]] | None = None
        self._timeouts: aiohttp.ClientTimeout | None = None

    async def send_direct(
        self, method: str, url: str, headers: Mapping[str, str] | None
    ) -> httpx.Response | None:
        """The request sent straight to the ``fast`` transport, or None (nothing sent) when it
        needs httpx's own path: no fast transport, a URL httpx would rewrite, a host the jar
        holds a cookie for."""
        fast = self.fast
        sent = None if fast is None else plain_form(url)
        if fast is None or sent is None:
            return None
        try:
            target = URL(sent, encoded=True)
            host = target.host or ""  # parsed lazily: a bad port raises here
        except ValueError:  # httpx's path names the error
            return None
        if self._jar.may_apply_to(host):
            return None
        if self._timeouts is None:
            self._timeouts = fast.timeout_for(self.timeout.as_dict())
        response = await fast.open(method, target, self._headers_with(headers), self._timeouts)
        if "set-cookie" in response.headers:
            response.request = httpx.Request(method, url)
            self._jar.extract_cookies(response)
        return response

    def _headers_with(self, headers: Mapping[str, str] | None) -> list[tuple[str, str]]:
        """The client's headers with ``headers`` over them, as httpx merges them."""
        if self._default_headers is None:
            self._default_headers = list(self.headers.items())
        if not headers:
            return self._default_headers
        names = {name.lower() for name in headers}
        kept = [pair for pair in self._default_headers if pair[0].lower() not in names]
        return [*kept, *headers.items()]

    @property
    def cookies(self) -> httpx.Cookies:
        return self._jar

    @cookies.setter
    def cookies(self, cookies: httpx._types.CookieTypes) -> None:
        self._jar = _AnsweredCookies(cookies)


# How long the crawler keeps an idle connection. A crawl's requests to its portal follow each
# other within milliseconds, so they still share connections; once the crawl ends, they are closed
# within seconds instead of being held for half a minute (a descriptor each here: 1,400 at 2,000
# portals; a server slot each on the portal's side). Below Apache's default KeepAliveTimeout (5 s),
# so the crawler rarely reuses a connection the server is closing.
CRAWL_KEEPALIVE_SECONDS = 4.0


def build_crawl_client(
    settings: MonitorSettings, *, keepalive_expiry: float = CRAWL_KEEPALIVE_SECONDS
) -> httpx.AsyncClient:
    """The crawler's client: the same httpx API over aiohttp's HTTP/1.1 transport.

    It costs about half the CPU per request of httpx's own transport (measured in bench/README.md:
    a 340-portal round 57 s -> 32 s), and ``open_stream`` through it skips httpx's request
    objects for plain URLs (below). Bodies still reach ``read_capped`` undecoded (the transport
    turns aiohttp's decompression off), so the byte caps hold. The probe keeps httpx's transport:
    it needs the TLS facts and phase timings only httpcore exposes.
    """
    transport = CrawlTransport(
        max_connections=settings.concurrency, keepalive_expiry=keepalive_expiry
    )
    client = build_client(settings, transport=transport)
    assert isinstance(client, _Client)
    client.fast = transport
    return client


async def open_stream(
    client: httpx.AsyncClient, method: str, url: str, headers: Mapping[str, str] | None = None
) -> httpx.Response:
    """Send one request with ``client``; the answer with its body still to read.

    With the crawl client and a plain URL (one httpx would send exactly as written), the request
    goes straight to the transport: httpx's URL parsing and request and header objects cost more
    CPU than aiohttp's whole request (bench/README.md). The same headers, timeouts and cookie
    jar apply; a host the jar holds a cookie for takes httpx's own path, which sends it.
    """
    if isinstance(client, _Client):
        response = await client.send_direct(method, url, headers)
        if response is not None:
            return response
    return await client.send(client.build_request(method, url, headers=headers), stream=True)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _percent_encoded(match: re.Match[str]) -> str:
    return quote(match.group(), safe="")


def plain_form(url: str) -> str | None:
    """``url`` as httpx sends it, when that is ``url`` with its characters beyond ASCII
    percent-encoded (UTF-8) and nothing else changed (``_PLAIN_URL``); None otherwise."""
    if not url.isascii():
        try:
            url = _NON_ASCII.sub(_percent_encoded, url)
        except UnicodeEncodeError:  # a lone surrogate: left to httpx
            return None
    return url if _PLAIN_URL.match(url) else None


# A URL that httpx sends as written: http(s), a lower-case ASCII host (an IPv4 address httpx
# accepts, or a name httpx does not take for one), a port other than the default ones, nothing
# in path or query that httpx would percent-encode or resolve (dot segments), no credentials,
# fragment or empty query. tests/test_crawl_client.py checks the equivalence on generated URLs.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_END_OF_HOST = r"(?=[:/?]|\Z)"
_HOST = (
    rf"(?:{_OCTET}(?:\.{_OCTET}){{3}}{_END_OF_HOST}"
    rf"|(?![0-9]+.[0-9]+.[0-9]+.[0-9]+{_END_OF_HOST})[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)"
)
_PCHAR = r"(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})"
_SEGMENT = rf"(?!\.\.?(?:[/?]|\Z)){_PCHAR}*"  # not "." or "..", which httpx resolves
_PLAIN_URL = re.compile(
    rf"https?://{_HOST}(?::(?!80/|80\Z|443/|443\Z)[1-9][0-9]{{0,4}})?"
    rf"(?:/{_SEGMENT})*(?:\?(?:{_PCHAR}|[/?])+)?\Z"
)


@dataclass(frozen=True)
class CappedBody:
    """A body read up to a cap. ``truncated`` when more bytes were on offer than were read.

    ``error`` is only ever set when ``read_capped`` was asked to ``keep_partial``: the transport
    or decoding error that ended the body early, with ``content`` holding what arrived before it.
    """

    content: bytes
    truncated: bool
    timed_out: bool = False
    error: httpx.HTTPError | None = None


async def read_capped(
    response: httpx.Response,
    max_bytes: int,
    deadline: float | None = None,
    *,
    keep_partial: bool = False,
) -> CappedBody:
    """Read at most ``max_bytes`` of a streamed response, stopping at ``deadline`` (monotonic).

    The decoded (decompressed) size counts against the cap, and the body is always read raw and
    decoded here with a bounded output size (gzip, deflate and br, also stacked), never by httpx's
    unbounded decoders, so a compression bomb never expands past the cap in memory. A coding
    not known here is kept as sent, as httpx does. Reaching the deadline mid-body returns what
    arrived, flagged ``timed_out``. A broken body (reset, early close, corrupt gzip) raises its
    ``httpx.HTTPError`` unless ``keep_partial``. The response is always closed.
    """
    chunks: list[bytes] = []
    size = 0
    truncated = False
    timed_out = False
    error: httpx.HTTPError | None = None
    decoder = _BoundedDecoder.for_encoding(response.headers.get("content-encoding", ""))
    source = response.aiter_raw()
    if response.is_stream_consumed:
        # Read whole by the transport already (httpx.MockTransport does): httpx decoded it.
        decoder, source = None, response.aiter_bytes()
    # One timer for the whole body (asyncio.wait_for per chunk made a task of every read).
    loop = asyncio.get_running_loop()
    when = None if deadline is None else loop.time() + (deadline - time.monotonic())
    try:
        if when is not None and when <= loop.time():
            raise TimeoutError
        async with asyncio.timeout_at(when):
            async for raw in source:
                chunk = raw
                if decoder is not None:
                    # One byte past the room left tells "more was on offer" without inflating
                    # more.
                    decoder.feed(raw)
                    chunk = decoder.read(max_bytes - size + 1)
                if size + len(chunk) > max_bytes:
                    chunks.append(chunk[: max_bytes - size])
                    size = max_bytes
                    truncated = True
                    break
                chunks.append(chunk)
                size += len(chunk)
            else:
                chunk = decoder.read(max_bytes - size + 1) if decoder is not None else b""
                if len(chunk) > max_bytes - size:
                    truncated = True
                chunks.append(chunk[: max_bytes - size])
    except TimeoutError:
        timed_out = True
    except httpx.HTTPError as exc:
        if not keep_partial:
            raise
        error = exc
    finally:
        await response.aclose()
    return CappedBody(b"".join(chunks), truncated, timed_out, error)


class _Inflater:
    """One gzip/deflate or br step whose output per call is bounded (httpx's decoders are not)."""

    def __init__(self, coding: str) -> None:
        self._brotli = brotli.Decompressor() if coding == "br" else None
        wbits = zlib.MAX_WBITS | 16 if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._zlib = zlib.decompressobj(wbits)
        self._raw_fallback = coding == "deflate"
        self._pending = b""

    def feed(self, data: bytes) -> None:
        self._pending += data

    def read(self, limit: int) -> bytes:
        """At most about ``limit`` bytes of output (br may overshoot by a block); b"" when idle."""
        try:
            if self._brotli is not None:
                if not self._brotli.can_accept_more_data():
                    data = b""  # first drain what the last call held back
                elif self._pending:
                    data, self._pending = self._pending, b""
                else:
                    return b""
                return bytes(self._brotli.process(data, output_buffer_limit=limit))
            if not self._pending:
                return b""  # zlib holds back input (unconsumed_tail), never output
            out = self._zlib.decompress(self._pending, limit)
        except zlib.error as exc:
            if self._raw_fallback:
                # Some servers send raw deflate without the zlib header, as httpx tolerates.
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self._raw_fallback = False
                return self.read(limit)
            raise httpx.DecodingError(f"invalid compressed body: {exc}") from exc
        except brotli.error as exc:
            raise httpx.DecodingError(f"invalid compressed body: {exc}") from exc
        self._pending = self._zlib.unconsumed_tail
        self._raw_fallback = False
        return out


_STEP = 1 << 16  # bytes an inner step hands to the next one at a time


class _BoundedDecoder:
    """The codings of a Content-Encoding list, undone last-applied first, each step bounded."""

    def __init__(self, steps: list[_Inflater]) -> None:
        self._steps = steps

    @classmethod
    def for_encoding(cls, content_encoding: str) -> _BoundedDecoder | None:
        """A decoder for the codings named; None when there is nothing to decode.

        Unknown codings (and ``identity``) are skipped, as httpx does.
        """
        known = ("gzip", "x-gzip", "deflate", "br")
        codings = [c.strip().lower() for c in content_encoding.split(",")]
        steps = [_Inflater(c) for c in reversed(codings) if c in known]
        return cls(steps) if steps else None

    def feed(self, data: bytes) -> None:
        self._steps[0].feed(data)

    def read(self, limit: int) -> bytes:
        """Up to about ``limit`` decoded bytes from what was fed so far."""
        parts: list[bytes] = []
        size = 0
        while size < limit:
            out = self._pull(len(self._steps) - 1, limit - size)
            if not out:
                break
            parts.append(out)
            size += len(out)
        return b"".join(parts)

    def _pull(self, index: int, limit: int) -> bytes:
        step = self._steps[index]
        while True:
            out = step.read(limit)
            if out or index == 0:
                return out
            inner = self._pull(index - 1, _STEP)
            if not inner:
                return b""
            step.feed(inner)


_Waiter = tuple[asyncio.AbstractEventLoop, "asyncio.Future[None]"]


class HostLimiter:
    """At most ``per_host`` requests in flight per host, and ``total`` overall.

    Thread-safe and loop-agnostic, so that one limiter is shared by the probes on the service's
    loop and the crawls on the crawl thread's loop: per-host politeness holds across both. A freed
    slot wakes one waiter (first come, first served), not every waiter of the host: a portal
    with hundreds of queued document checks costs one wake-up per request, not one per waiter.
    """

    def __init__(self, per_host: int, total: int) -> None:
        self._per_host = per_host
        self._total = total
        self._lock = threading.Lock()
        self._active: Counter[str] = Counter()
        self._in_flight = 0
        self._waiters: defaultdict[str, deque[_Waiter]] = defaultdict(deque)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """Hold one request slot for ``host`` (and one global slot) for the block's duration."""
        key = host.lower()
        await self._acquire(key)
        try:
            yield
        finally:
            self._release(key)

    def in_flight(self, host: str) -> int:
        """Requests to ``host`` holding a slot now."""
        with self._lock:
            return self._active[host.lower()]

    def waiting(self, host: str) -> int:
        """Requests to ``host`` waiting for a slot now."""
        with self._lock:
            return len(self._waiters.get(host.lower(), ()))

    async def _acquire(self, host: str) -> None:
        loop = asyncio.get_running_loop()
        while True:
            with self._lock:
                if self._active[host] < self._per_host and self._in_flight < self._total:
                    self._active[host] += 1
                    self._in_flight += 1
                    return
                waiter: asyncio.Future[None] = loop.create_future()
                self._waiters[host].append((loop, waiter))
            try:
                await waiter
            except asyncio.CancelledError:
                with self._lock:
                    queue = self._waiters.get(host)
                    if queue is not None and (loop, waiter) in queue:
                        queue.remove((loop, waiter))
                        if not queue:
                            del self._waiters[host]
                        woken = None
                    else:
                        # Woken, then cancelled before it ran: the wake-up passes on.
                        woken = self._next_waiter(host)
                if woken is not None:
                    _notify(woken)
                raise

    def _release(self, host: str) -> None:
        with self._lock:
            self._active[host] -= 1
            if not self._active[host]:
                del self._active[host]
            self._in_flight -= 1
            woken = self._next_waiter(host)
        if woken is not None:
            _notify(woken)

    def _next_waiter(self, host: str) -> _Waiter | None:
        """The waiter a freed slot of ``host`` goes to (lock held): this host's first, else the
        first of a host below its own bound (one that waits for the global bound)."""
        name = host if host in self._waiters else None
        if name is None:
            name = next((h for h in self._waiters if self._active[h] < self._per_host), None)
        if name is None:
            return None
        queue = self._waiters[name]
        woken = queue.popleft()
        if not queue:
            del self._waiters[name]
        return woken


def _notify(woken: _Waiter) -> None:
    """Wake ``woken`` on its own loop: directly from that loop's thread, else thread-safely."""
    loop, waiter = woken
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        _wake(waiter)
    elif not loop.is_closed():
        loop.call_soon_threadsafe(_wake, waiter)


def _wake(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)
