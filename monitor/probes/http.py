"""The reachability probe: GET a portal's home page and say honestly what happened.

One whole-request deadline (``settings.timeout``) covers every redirect hop, connection, headers
and body. Redirects are followed hop by hop here, so loops and long chains are seen and counted.
Anything a portal does ends up as a ``ProbeResult``; ``probe`` never raises for it.

Decisions worth knowing:

* A body still arriving at the deadline (slow drip) is ``timeout``: the page did not load within
  the deadline. The status code and the bytes read so far are still reported, ``truncated`` set.
* A body over ``settings.max_body_bytes`` is read up to the cap and flagged ``truncated``; the
  portal is still up (a big page is an answer).
* A connection reset or closed early mid-body is ``invalid_response`` (the answer is incomplete,
  so not a valid HTTP message); status code and the bytes that arrived are kept.
* A reset before any answer is ``connect``; bytes that are not HTTP are ``invalid_response``.
* A redirect to a private, loopback or link-local address of another host is not followed
  (the scope rule): the result is ``http_status`` with the redirect's status code.

Phases (seconds, from httpcore's ``trace`` extension, summed over redirect hops; a reused
keep-alive connection has no ``connect``/``tls``): ``connect`` (DNS lookup + TCP connect),
``tls`` (handshake), ``request`` (sending it), ``processing`` (waiting for the response headers),
``first_byte`` (probe start to the final response's headers), ``transfer`` (reading the body).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import ipaddress
import os
import socket
import time
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from monitor.config import MonitorSettings, PortalConfig
from monitor.net.client import CappedBody, read_capped
from monitor.probes.result import ErrorClass, ProbeResult, TlsInfo
from monitor.probes.tls import (
    describe_tls_failure,
    fetch_certificate,
    tls_failure,
    tls_info_from_response,
)

_E = TypeVar("_E", bound=BaseException)

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
BLOCKED_STATUSES = frozenset({401, 403, 429})


class _Failure(Exception):
    """Internal: a classified failure that ends the probe."""

    def __init__(self, error: ErrorClass, detail: str) -> None:
        super().__init__(detail)
        self.error = error
        self.detail = detail


@dataclass
class _Timings:
    """Phase durations summed over every hop, from httpcore's ``trace`` events.

    ``failed`` names the httpcore step that raised, e.g. "start_tls".
    """

    start: float
    phases: dict[str, float] = field(default_factory=dict)
    failed: str | None = None
    _started: dict[str, float] = field(default_factory=dict)

    async def trace(self, event: str, info: dict[str, Any]) -> None:
        name, _, state = event.rpartition(".")
        step = name.rpartition(".")[2]
        now = time.monotonic()
        if state == "started":
            self._started[step] = now
            return
        if state == "failed":
            self.failed = step
        began = self._started.pop(step, None)
        phase = _PHASE_OF_STEP.get(step)
        if began is not None and phase is not None:
            self.phases[phase] = self.phases.get(phase, 0.0) + (now - began)

    def add(self, phase: str, seconds: float) -> None:
        self.phases[phase] = self.phases.get(phase, 0.0) + seconds


# httpcore step -> reported phase. "connect" includes the DNS lookup (anyio resolves inside it).
_PHASE_OF_STEP = {
    "connect_tcp": "connect",
    "start_tls": "tls",
    "send_request_headers": "request",
    "send_request_body": "request",
    "receive_response_headers": "processing",
}


@dataclass
class _State:
    """What the probe learned so far; turned into a ProbeResult whatever happens."""

    url: str
    status_code: int | None = None
    redirects: int = 0
    tls: TlsInfo | None = None
    body: CappedBody | None = None


async def probe(
    client: httpx.AsyncClient,
    portal: PortalConfig,
    settings: MonitorSettings,
    *,
    now: dt.datetime | None = None,
) -> ProbeResult:
    """Probe ``portal``'s home page once; every outcome, however broken, is a ProbeResult."""
    started_at = now or dt.datetime.now(dt.UTC)
    start = time.monotonic()
    deadline = start + settings.timeout
    timings = _Timings(start)
    state = _State(url=portal.url)
    error: ErrorClass | None = None
    detail: str | None = None
    try:
        try:
            await _fetch(client, portal, settings, deadline, timings, state)
        except TimeoutError:
            raise _Failure("timeout", _timeout_detail(settings.timeout, state)) from None
        except httpx.HTTPError as exc:
            raise await _classify(exc, state, timings, deadline) from None
    except _Failure as failure:
        error, detail = failure.error, failure.detail
    except Exception as exc:  # noqa: BLE001 - the boundary: a portal must never crash a check
        error, detail = "invalid_response", f"unexpected {type(exc).__name__}: {_exc_line(exc)}"
    elapsed = time.monotonic() - start
    body = state.body
    return ProbeResult(
        slug=portal.slug,
        url=portal.url,
        started_at=started_at,
        up=error is None,
        error=error,
        error_detail=detail,
        status_code=state.status_code,
        final_url=state.url,
        response_time_seconds=elapsed,
        phases=dict(timings.phases),
        redirects=state.redirects,
        tls=state.tls,
        body_bytes=None if body is None else len(body.content),
        body_sha256=None if body is None else hashlib.sha256(body.content).hexdigest(),
        truncated=body is not None and (body.truncated or body.timed_out),
    )


async def _fetch(
    client: httpx.AsyncClient,
    portal: PortalConfig,
    settings: MonitorSettings,
    deadline: float,
    timings: _Timings,
    state: _State,
) -> None:
    """Follow the redirect chain from the portal URL and read the final body into ``state``."""
    url = httpx.URL(portal.url)
    seen = {str(url)}
    while True:
        state.url = str(url)
        hop_start = time.monotonic()
        request = client.build_request(
            "GET",
            url,
            timeout=httpx.Timeout(max(deadline - hop_start, 0.001)),
            extensions={"trace": timings.trace},
        )
        # The whole-request deadline, even against a server dripping its headers byte by byte;
        # the body is bounded by read_capped's own deadline so that partial bytes are kept.
        async with asyncio.timeout_at(_loop_time(deadline)):
            response = await client.send(request, stream=True)
        timings.phases["first_byte"] = time.monotonic() - timings.start
        state.status_code = response.status_code
        if url.scheme == "https" and state.tls is None:
            state.tls = tls_info_from_response(response)
        location = response.headers.get("location")
        if response.status_code not in REDIRECT_STATUSES or not location:
            break
        await response.aclose()
        target = _redirect_target(url, location)
        async with asyncio.timeout_at(_loop_time(deadline)):
            may_follow = await _may_follow(url, target)
        if not may_follow:
            raise _Failure(
                "http_status",
                f"HTTP {response.status_code} redirect to {target.host} (a private address) "
                "not followed",
            )
        if str(target) in seen:
            raise _Failure("redirect_loop", f"redirect loop back to {target}")
        if state.redirects >= settings.max_redirects:
            raise _Failure("redirect_loop", f"more than {settings.max_redirects} redirects")
        state.redirects += 1
        seen.add(str(target))
        url = target

    body_start = time.monotonic()
    state.body = await read_capped(response, settings.max_body_bytes, deadline, keep_partial=True)
    timings.add("transfer", time.monotonic() - body_start)
    if state.body.error is not None:
        raise _Failure(
            "invalid_response",
            f"HTTP {response.status_code} body broken after {len(state.body.content)} bytes: "
            f"{_exc_line(state.body.error)}",
        )
    if state.body.timed_out:
        raise _Failure("timeout", _timeout_detail(settings.timeout, state))
    status = response.status_code
    if status in BLOCKED_STATUSES:
        raise _Failure("blocked", f"HTTP {status} {response.reason_phrase}: the portal refuses")
    if not 200 <= status < 300:
        raise _Failure("http_status", f"HTTP {status} {response.reason_phrase}".strip())


async def _classify(
    exc: httpx.HTTPError, state: _State, timings: _Timings, deadline: float
) -> _Failure:
    """Map an httpx error raised before the body into exactly one error class."""
    if isinstance(exc, httpx.TimeoutException):
        return _Failure("timeout", _timeout_detail(None, state, exc))
    ssl_error = tls_failure(exc)
    if ssl_error is not None or timings.failed == "start_tls":
        url = httpx.URL(state.url)
        if state.tls is None and url.host:
            remaining = min(deadline - time.monotonic(), 5.0)
            state.tls = await fetch_certificate(url.host, url.port or 443, remaining)
        line = describe_tls_failure(ssl_error) if ssl_error else _exc_line(exc)
        return _Failure("tls", line)
    if isinstance(exc, httpx.ConnectError):
        gai = _find(exc, socket.gaierror)
        if gai is not None:
            return _Failure("dns", f"cannot resolve {httpx.URL(state.url).host}: {gai.strerror}")
        return _Failure("connect", f"cannot connect: {_os_reason(exc)}")
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return _Failure("connect", f"connection broken before an answer: {_os_reason(exc)}")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return _Failure("invalid_response", f"unusable redirect target: {_exc_line(exc)}")
    return _Failure("invalid_response", f"not a valid HTTP answer: {_exc_line(exc)}")


def _redirect_target(url: httpx.URL, location: str) -> httpx.URL:
    try:
        return url.join(location)
    except (httpx.InvalidURL, ValueError) as exc:
        raise _Failure("invalid_response", f"invalid redirect Location {location[:80]!r}") from exc


async def _may_follow(current: httpx.URL, target: httpx.URL) -> bool:
    """Whether a redirect is in scope: same host, or another host that is not a private address.

    Another host's name is resolved first, so that a name pointing at a private, loopback or
    link-local address is refused before any connection, like an address written literally.
    A name that does not resolve is followed: the connection attempt then reports ``dns``.
    """
    if target.scheme not in ("http", "https"):
        raise _Failure("invalid_response", f"redirect to unsupported scheme {target.scheme!r}")
    host = target.host.lower().rstrip(".")
    if host == current.host.lower().rstrip("."):
        return True
    if host == "localhost" or host.endswith(".localhost"):
        return False
    address = _ip_literal(host)
    if address is not None:
        return _public(address)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            host, target.port or (443 if target.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (OSError, UnicodeError):
        return True
    return all(_public(ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])) for info in infos)


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_unspecified
        or address.is_reserved
    )


def _ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host names literally, including legacy IPv4 forms like ``2130706433``."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:
            # Resolvers accept "127.1", "0x7f.1", "2130706433": the same forms inet_aton does.
            address = ipaddress.ip_address(socket.inet_aton(host))
        except OSError:
            return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _timeout_detail(timeout: float | None, state: _State, exc: BaseException | None = None) -> str:
    if state.body is not None:
        return (
            f"HTTP {state.status_code} body still arriving at the deadline "
            f"({len(state.body.content)} bytes read)"
        )
    what = f" ({type(exc).__name__})" if exc is not None else ""
    limit = f" of {timeout:g}s" if timeout is not None else ""
    return f"no complete answer within the deadline{limit}{what}"


def _find(exc: BaseException, kind: type[_E]) -> _E | None:
    """The first exception of type ``kind`` in ``exc``'s cause chain."""
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _os_reason(exc: BaseException) -> str:
    """The innermost OS-level reason, e.g. "Connection refused", else the exception's line."""
    reason = _exc_line(exc)
    current: BaseException | None = exc
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno:
            reason = os.strerror(current.errno)
        current = current.__cause__ or current.__context__
    return reason


def _exc_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _loop_time(deadline: float) -> float:
    """Convert a time.monotonic() deadline to the running loop's clock."""
    loop = asyncio.get_running_loop()
    return loop.time() + (deadline - time.monotonic())
