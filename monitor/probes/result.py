"""ProbeResult: what one reachability probe of a portal's home page found."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from monitor.formats import iso_z

ErrorClass = Literal[
    "dns",
    "connect",
    "timeout",
    "tls",
    "blocked",
    "http_status",
    "redirect_loop",
    "invalid_response",
    "placeholder",
    "monitor_offline",
    "monitor_error",
]
ERROR_CLASSES: tuple[ErrorClass, ...] = (
    "dns",
    "connect",
    "timeout",
    "tls",
    "blocked",
    "http_status",
    "redirect_loop",
    "invalid_response",
    "placeholder",
    "monitor_offline",
    "monitor_error",
)
# Probes that say nothing about the portal, stored but left out of its state and uptime: the
# monitor itself was offline, or its own machine failed (out of open files, memory, local ports).
NOT_COUNTED_ERRORS: tuple[ErrorClass, ...] = ("monitor_offline", "monitor_error")


@dataclass(frozen=True)
class TlsInfo:
    """Facts of the server certificate of an https portal."""

    expires_at: dt.datetime | None
    issuer: str | None
    subject: str | None = None

    def days_left(self, now: dt.datetime) -> int | None:
        """Whole days until expiry (negative once expired), or None when unknown."""
        if self.expires_at is None:
            return None
        return int((self.expires_at - now).total_seconds() // 86400)


@dataclass(frozen=True)
class ProbeResult:
    """The outcome of one probe. ``up`` is True exactly when ``error`` is None."""

    slug: str
    url: str
    started_at: dt.datetime
    up: bool
    error: ErrorClass | None = None
    error_detail: str | None = None
    status_code: int | None = None
    final_url: str | None = None
    response_time_seconds: float | None = None
    phases: dict[str, float] = field(default_factory=dict)
    redirects: int = 0
    tls: TlsInfo | None = None
    body_bytes: int | None = None
    body_sha256: str | None = None
    truncated: bool = False

    def to_json(self, now: dt.datetime | None = None) -> dict[str, Any]:
        """The probe fields of the ``check --json`` contract."""
        now = now or self.started_at
        tls = None
        if self.tls is not None:
            tls = {
                "expires_at": iso_z(self.tls.expires_at),
                "days_left": self.tls.days_left(now),
                "issuer": self.tls.issuer,
            }
        return {
            "up": self.up,
            "error": self.error,
            "error_detail": self.error_detail,
            "status_code": self.status_code,
            "final_url": self.final_url,
            "response_time_seconds": _round(self.response_time_seconds),
            "phases": {name: _round(value) for name, value in self.phases.items()},
            "redirects": self.redirects,
            "tls": tls,
            "body_bytes": self.body_bytes,
            "body_sha256": self.body_sha256,
            "truncated": self.truncated,
            "probed_at": iso_z(self.started_at),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
