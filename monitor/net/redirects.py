"""The one redirect loop, hop by hop, used by the probe, page fetches and document checks.

Each hop is sent by the caller's ``send`` (which holds its own deadline, limiter slot, robots rule
or tracing) and checked against the caller's scope rule before it is followed, so every hop is in
scope, counted, and loops are seen.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
Refusal = Literal["loop", "too_many", "off_scope", "bad_location", "scheme"]
ScopeRule = Callable[[httpx.URL, httpx.URL], Awaitable[bool]]


class RedirectRefused(Exception):
    """A redirect that is not followed, and why."""

    def __init__(self, kind: Refusal, status: int, target: str, detail: str) -> None:
        super().__init__(detail)
        self.kind: Refusal = kind
        self.status = status
        self.target = target
        self.detail = detail


@dataclass
class Followed:
    """The end of a redirect chain.

    ``response`` is the final answer, still open (streamed), for ``url``; None when the chain
    reached a URL the caller already knows (``known``), which is then ``url``.
    """

    response: httpx.Response | None
    url: str
    redirects: int


def join(base: str, location: str) -> str | None:
    """``location`` resolved against ``base``, without fragment; None when it is malformed."""
    try:
        target = urljoin(base, location.strip())
        urlsplit(target).port  # noqa: B018 - raises on a malformed port
        httpx.URL(target)
    except (ValueError, httpx.InvalidURL):
        return None
    return target.split("#", 1)[0]


async def follow(
    start: str,
    send: Callable[[str], Awaitable[httpx.Response]],
    *,
    max_redirects: int,
    allowed: ScopeRule,
    known: Callable[[str], bool] | None = None,
) -> Followed:
    """Send ``start`` and follow its redirects; ``RedirectRefused`` for one not followed."""
    url = start
    seen = {start}
    redirects = 0
    while True:
        response = await send(url)
        location = response.headers.get("location")
        status = response.status_code
        if status not in REDIRECT_STATUSES or not location:
            return Followed(response, url, redirects)
        await response.aclose()
        target = join(url, location)
        if target is None:
            raise RedirectRefused(
                "bad_location", status, location, f"invalid redirect Location {location[:80]!r}"
            )
        scheme = urlsplit(target).scheme
        if scheme not in ("http", "https"):
            raise RedirectRefused(
                "scheme", status, target, f"redirect to unsupported scheme {scheme!r}"
            )
        if not await allowed(httpx.URL(url), httpx.URL(target)):
            host = httpx.URL(target).host
            raise RedirectRefused(
                "off_scope", status, target, f"HTTP {status} redirect to {host} not followed"
            )
        if target in seen:
            raise RedirectRefused("loop", status, target, f"redirect loop back to {target}")
        if redirects >= max_redirects:
            raise RedirectRefused(
                "too_many", status, target, f"more than {max_redirects} redirects"
            )
        redirects += 1
        seen.add(target)
        if known is not None and known(target):
            return Followed(None, target, redirects)
        url = target
