"""What went wrong with a request, named as an operator would: refused, reset, timeout, TLS, DNS.

Transports wrap the operating system's error in their own (aiohttp reports a refused connection
as ``Cannot connect to host … ssl:default``): the cause chain is walked to the root error, so
probes, page fetches and document checks describe the same failure with the same words and no
transport internals.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import errno
import socket
import ssl
from typing import Literal

import httpx

Failure = Literal["dns", "refused", "reset", "timeout", "tls", "network", "protocol", "local"]
# Errors of the monitor's own machine, not of the portal or the network between: out of open
# files (the process's or the system's), memory or buffers, or of local ports for new
# connections. A request failing so says nothing about the portal (``local``).
LOCAL_ERRNOS = frozenset(
    {errno.EMFILE, errno.ENFILE, errno.ENOMEM, errno.ENOBUFS, errno.EADDRNOTAVAIL}
)

# Answers that say the server cannot answer now, not what it holds: a request timeout, rate
# limits (429, CloudLinux's 508 "Resource Limit Is Reached"), and a busy, restarting or
# unreachable backend (502, 503, 504; Cloudflare's 522, 524). Asked again later; still so, they
# say nothing of the item (a script's 500 for a missing file is an answer, and is not here).
BUSY_STATUSES = frozenset({408, 429, 502, 503, 504, 508, 522, 524})


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header's wait in seconds (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def cause_chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and its causes/contexts, outermost first, each once."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def tls_failure(exc: BaseException) -> ssl.SSLError | None:
    """The ssl error somewhere in ``exc``'s cause chain, when the failure was a TLS one."""
    for link in cause_chain(exc):
        if isinstance(link, ssl.SSLError):
            return link
    return None


def describe_tls_failure(error: ssl.SSLError) -> str:
    """A short human line for a failed handshake."""
    if isinstance(error, ssl.SSLCertVerificationError):
        reason = error.verify_message or error.reason or "verification failed"
        return f"certificate not valid: {reason}"
    return f"TLS handshake failed: {error.reason or error}"


def classify(exc: BaseException, host: str | None = None) -> tuple[Failure, str]:
    """The kind of a request failure and one line saying what happened."""
    chain = cause_chain(exc)
    ssl_error = tls_failure(exc)
    if ssl_error is not None:
        return "tls", describe_tls_failure(ssl_error)
    for link in chain:
        if isinstance(link, socket.gaierror):
            name = f" {host}" if host else ""
            return "dns", f"cannot resolve{name}: {link.strerror or 'unknown host'}"
    for link in reversed(chain):  # the root cause first
        if isinstance(link, OSError) and link.errno in LOCAL_ERRNOS:
            reason = link.strerror or errno.errorcode.get(link.errno or 0, "OS error")
            return "local", f"monitor-side error: {reason}"
        if isinstance(link, ConnectionRefusedError):
            return "refused", "connection refused"
        if isinstance(link, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
            return "reset", "connection reset by the server"
        if isinstance(link, OSError) and link.errno == errno.ETIMEDOUT:
            return "timeout", "connection timed out"
        if isinstance(link, OSError) and link.errno:
            return "network", f"network error: {link.strerror or errno.errorcode.get(link.errno)}"
    if any(isinstance(link, TimeoutError | httpx.TimeoutException) for link in chain):
        return "timeout", "no answer in time"
    if isinstance(exc, httpx.ConnectError):
        return "network", _line(exc)
    if isinstance(exc, httpx.ReadError | httpx.WriteError) or (
        isinstance(exc, httpx.RemoteProtocolError) and "disconnect" in str(exc).lower()
    ):
        return "reset", "connection closed before a complete answer"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return "protocol", f"unusable URL: {_line(exc)}"
    return "protocol", f"not a valid HTTP answer: {_line(exc)}"


def describe(exc: BaseException, host: str | None = None) -> str:
    """One line for a failed request (see ``classify``)."""
    return classify(exc, host)[1]


def _line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:200]
