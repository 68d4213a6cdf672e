"""The one place where HTTP clients are built, plus helpers every fetch shares.

``build_client`` sets the honest User-Agent, timeouts and connection limits; its transport can be
swapped (tests pass ``httpx.MockTransport`` or respx). ``read_capped`` streams a body with a byte
cap and a deadline so that a huge or slow-drip answer can never exhaust memory or time.
``HostLimiter`` bounds concurrent requests per host.
"""

from __future__ import annotations

import asyncio
import ssl
import time
import zlib
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx

from monitor import __version__
from monitor.config import MonitorSettings


def user_agent(settings: MonitorSettings) -> str:
    """The User-Agent every request carries: product, version and a contact URL."""
    return f"laip-monitor/{__version__} (+{settings.contact_url})"


def build_client(
    settings: MonitorSettings,
    *,
    verify: bool | ssl.SSLContext = True,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """One shared AsyncClient: HTTP/1.1 keep-alive, connection limits, no automatic redirects.

    Redirects are followed by the callers, hop by hop, so that every hop is checked against the
    portal's scope and counted.
    """
    timeout = httpx.Timeout(settings.timeout, connect=min(settings.timeout, 10.0))
    limits = httpx.Limits(
        max_connections=settings.concurrency,
        max_keepalive_connections=settings.concurrency,
        keepalive_expiry=30.0,
    )
    return httpx.AsyncClient(
        headers={"User-Agent": user_agent(settings), "Accept-Language": "es-GT,es;q=0.9"},
        timeout=timeout,
        limits=limits,
        follow_redirects=False,
        verify=verify,
        transport=transport,
        trust_env=False,
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

    The decoded (decompressed) size counts against the cap, and gzip/deflate bodies are inflated
    with a bounded output size, so a compression bomb never expands past the cap in memory.
    Reaching the deadline mid-body returns what arrived, flagged ``timed_out``. A broken body
    (reset, early close, corrupt gzip) raises its ``httpx.HTTPError`` unless ``keep_partial``.
    The response is always closed.
    """
    chunks: list[bytes] = []
    size = 0
    truncated = False
    timed_out = False
    error: httpx.HTTPError | None = None
    decoder = _BoundedInflater.for_encoding(response.headers.get("content-encoding", ""))
    source = response.aiter_raw() if decoder is not None else response.aiter_bytes()
    iterator = source.__aiter__()
    try:
        while True:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                timed_out = True
                break
            try:
                chunk = await asyncio.wait_for(iterator.__anext__(), timeout=remaining)
            except StopAsyncIteration:
                chunk = decoder.flush(max_bytes - size + 1) if decoder is not None else b""
                if len(chunk) > max_bytes - size:
                    truncated = True
                chunks.append(chunk[: max_bytes - size])
                break
            except TimeoutError:
                timed_out = True
                break
            if decoder is not None:
                # One byte past the room left tells "more was on offer" without inflating more.
                chunk = decoder.inflate(chunk, max_bytes - size + 1)
            if size + len(chunk) > max_bytes:
                chunks.append(chunk[: max_bytes - size])
                size = max_bytes
                truncated = True
                break
            chunks.append(chunk)
            size += len(chunk)
    except httpx.HTTPError as exc:
        if not keep_partial:
            raise
        error = exc
    finally:
        await response.aclose()
    return CappedBody(b"".join(chunks), truncated, timed_out, error)


class _BoundedInflater:
    """gzip/deflate decoding whose output per call is bounded (httpx's decoders are not)."""

    def __init__(self, wbits: int, *, raw_fallback: bool) -> None:
        self._inflater = zlib.decompressobj(wbits)
        self._raw_fallback = raw_fallback
        self._started = False

    @classmethod
    def for_encoding(cls, content_encoding: str) -> _BoundedInflater | None:
        """An inflater for a single gzip or deflate coding; None for anything else."""
        encoding = content_encoding.strip().lower()
        if encoding in ("gzip", "x-gzip"):
            return cls(zlib.MAX_WBITS | 16, raw_fallback=False)
        if encoding == "deflate":
            return cls(zlib.MAX_WBITS, raw_fallback=True)
        return None

    def inflate(self, data: bytes, max_length: int) -> bytes:
        """Inflate ``data``, returning at most ``max_length`` bytes."""
        try:
            out = self._inflater.decompress(data, max_length)
        except zlib.error as exc:
            if self._raw_fallback and not self._started:
                # Some servers send raw deflate without the zlib header, as httpx tolerates.
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self._raw_fallback = False
                return self.inflate(data, max_length)
            raise httpx.DecodingError(f"invalid compressed body: {exc}") from exc
        self._started = True
        return out

    def flush(self, max_length: int) -> bytes:
        """Whatever the inflater still holds, at most ``max_length`` bytes."""
        try:
            return self._inflater.flush()[:max_length]
        except zlib.error as exc:
            raise httpx.DecodingError(f"invalid compressed body: {exc}") from exc


class HostLimiter:
    """At most ``per_host`` requests in flight per host, and ``total`` overall."""

    def __init__(self, per_host: int, total: int) -> None:
        self._per_host = per_host
        self._hosts: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(self._per_host)
        )
        self._total = asyncio.Semaphore(total)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """Hold one request slot for ``host`` (and one global slot) for the block's duration."""
        async with self._hosts[host.lower()], self._total:
            yield
