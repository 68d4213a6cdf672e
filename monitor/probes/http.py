"""The reachability probe: GET a portal's home page and say honestly what happened.

One whole-request deadline (``settings.timeout``) covers every redirect hop, connection, headers
and body. Redirects are followed hop by hop (``net.redirects``), so loops and long chains are
seen and counted.
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
* A 2xx home page that is not the portal (``compliance.placeholder``: a maintenance notice, a
  web server's default page, a suspended hosting account, a parked domain) is ``placeholder``:
  citizens find no portal there. A bot check answering 200 is ``blocked``: the monitor is
  refused, as by a 403.

Phases (seconds, from httpcore's ``trace`` extension, summed over redirect hops; a reused
keep-alive connection would have no ``connect``/``tls``, so probes use ``build_probe_client``,
which keeps none): ``connect`` (DNS lookup + TCP connect),
``tls`` (handshake), ``request`` (sending it), ``processing`` (waiting for the response headers),
``first_byte`` (probe start to the final response's headers), ``transfer`` (reading the body).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import time
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from monitor.compliance.placeholder import BOT_CHECK, answered_placeholder
from monitor.config import MonitorSettings, PortalConfig
from monitor.net.client import CappedBody, read_capped
from monitor.net.errors import Failure, classify
from monitor.net.redirects import RedirectRefused, Refusal, follow
from monitor.net.scope import public_redirect
from monitor.probes.result import ErrorClass, ProbeResult, TlsInfo
from monitor.probes.tls import fetch_certificate, tls_info_from_response

_E = TypeVar("_E", bound=BaseException)

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

    async def send(url: str) -> httpx.Response:
        state.url = url
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
        state.url = str(request.url)  # as sent: a raw UTF-8 Location is percent-encoded
        state.status_code = response.status_code
        if request.url.scheme == "https" and state.tls is None:
            state.tls = tls_info_from_response(response)
        return response

    async def allowed(current: httpx.URL, target: httpx.URL) -> bool:
        async with asyncio.timeout_at(_loop_time(deadline)):
            return await public_redirect(current, target)

    try:
        followed = await follow(
            portal.url, send, max_redirects=settings.max_redirects, allowed=allowed
        )
    except RedirectRefused as refused:
        raise _Failure(_REFUSAL_ERROR[refused.kind], _refusal_detail(refused)) from None
    state.redirects = followed.redirects
    response = followed.response
    assert response is not None  # no ``known`` URLs: the chain ends on an answer

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
    content_type = response.headers.get("content-type")
    shown = answered_placeholder(state.url, status, state.body.content, content_type)
    if shown is not None:
        raise _Failure(
            "blocked" if shown.kind == BOT_CHECK else "placeholder",
            f"HTTP {status}: the home page is {shown.kind}, not the portal ({shown.title!r})",
        )


async def _classify(
    exc: httpx.HTTPError, state: _State, timings: _Timings, deadline: float
) -> _Failure:
    """Map an httpx error raised before the body into exactly one error class."""
    url = httpx.URL(state.url)
    kind, line = classify(exc, url.host)
    if kind == "local":
        return _Failure("monitor_error", line)  # says nothing about the portal
    if kind == "tls" or timings.failed == "start_tls":
        if state.tls is None and url.host:
            remaining = min(deadline - time.monotonic(), 5.0)
            state.tls = await fetch_certificate(url.host, url.port or 443, remaining)
        return _Failure("tls", line)
    if kind in ("refused", "network"):
        return _Failure("connect", f"cannot connect: {line}")
    if kind == "reset":
        return _Failure("connect", f"connection broken before an answer: {line}")
    if kind == "protocol" and isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return _Failure("invalid_response", f"unusable redirect target: {_exc_line(exc)}")
    return _Failure(_PROBE_ERROR[kind], line)


_REFUSAL_ERROR: dict[Refusal, ErrorClass] = {
    "loop": "redirect_loop",
    "too_many": "redirect_loop",
    "off_scope": "http_status",
    "bad_location": "invalid_response",
    "scheme": "invalid_response",
}


def _refusal_detail(refused: RedirectRefused) -> str:
    if refused.kind == "off_scope":
        return f"{refused.detail} (a private address)"
    return refused.detail


# A transport failure kind -> the probe's error class (refused, reset, network are "connect").
_PROBE_ERROR: dict[Failure, ErrorClass] = {
    "dns": "dns",
    "timeout": "timeout",
    "protocol": "invalid_response",
}


def _timeout_detail(timeout: float | None, state: _State, exc: BaseException | None = None) -> str:
    if state.body is not None:
        return (
            f"HTTP {state.status_code} body still arriving at the deadline "
            f"({len(state.body.content)} bytes read)"
        )
    what = f" ({type(exc).__name__})" if exc is not None else ""
    limit = f" of {timeout:g}s" if timeout is not None else ""
    return f"no complete answer within the deadline{limit}{what}"


def _exc_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _loop_time(deadline: float) -> float:
    """Convert a time.monotonic() deadline to the running loop's clock."""
    loop = asyncio.get_running_loop()
    return loop.time() + (deadline - time.monotonic())
