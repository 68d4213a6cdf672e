"""Structured logging: one line per event, as ``key=value`` text or JSON.

The portal a line is about travels in a context variable (set by ``portal_context`` around a
job), so every line a job logs, in any module, carries ``portal=<slug>`` without passing it
around. Extra fields go through ``extra={"fields": {...}}`` or the ``event`` helper.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Literal, TextIO

from monitor.formats import iso_z
from monitor.secrets import redact_data, redact_text

LogFormat = Literal["text", "json"]

_PORTAL: ContextVar[str | None] = ContextVar("laip_portal", default=None)
_HANDLER_NAME = "laip-monitor"


@contextmanager
def portal_context(slug: str) -> Iterator[None]:
    """Tag every log line emitted inside the block (in this task) with ``portal=slug``."""
    token = _PORTAL.set(slug)
    try:
        yield
    finally:
        _PORTAL.reset(token)


def event(logger: logging.Logger, level: int, message: str, **fields: Any) -> None:
    """Log ``message`` with structured ``fields`` (rendered ``key=value`` or as JSON keys)."""
    logger.log(level, message, extra={"fields": fields})


class _PortalFilter(logging.Filter):
    """Copies the context's portal slug onto each record (unless the record names one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "portal", None) is None:
            record.portal = _PORTAL.get()
        return True


def _timestamp(record: logging.LogRecord) -> str:
    return str(iso_z(dt.datetime.fromtimestamp(record.created, dt.UTC), "milliseconds"))


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    fields = getattr(record, "fields", None)
    return dict(fields) if isinstance(fields, dict) else {}


def _text_value(value: Any) -> str:
    text = str(value)
    if not text or any(ch in text for ch in ' "=\n\t'):
        return json.dumps(text, ensure_ascii=False)
    return text


class TextFormatter(logging.Formatter):
    """``2026-11-24T08:00:00.000Z INFO monitor.service.jobs portal=x probe stored error=dns``."""

    def format(self, record: logging.LogRecord) -> str:
        parts = [_timestamp(record), record.levelname, record.name]
        portal = getattr(record, "portal", None)
        if portal:
            parts.append(f"portal={portal}")
        parts.append(record.getMessage().replace("\n", " "))
        fields = _fields(record).items()
        parts.extend(f"{key}={_text_value(value)}" for key, value in fields if value is not None)
        line = " ".join(parts)
        if record.exc_info:
            line += " exception=" + json.dumps(self.formatException(record.exc_info))
        return redact_text(line)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, portal, message, then the event's fields."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": _timestamp(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "portal": getattr(record, "portal", None),
            "message": record.getMessage(),
        }
        for key, value in _fields(record).items():
            payload.setdefault(key, value)
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return redact_text(json.dumps(redact_data(payload), ensure_ascii=False, default=str))


def configure_logging(
    log_format: LogFormat = "text", *, level: int = logging.INFO, stream: TextIO | None = None
) -> None:
    """Send every log line to ``stream`` (stderr) in ``log_format``; safe to call again."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(_PortalFilter())
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    root.addHandler(handler)
    root.setLevel(level)
    # APScheduler's own lines carry no portal; the service logs missed/failed jobs itself (its
    # executor's "Job ... raised an exception" would repeat each failure with a traceback).
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    logging.getLogger("apscheduler.executors").setLevel(logging.CRITICAL)
    # Alembic narrates every migration check at INFO ("Context impl SQLiteImpl.", …).
    for noisy in ("httpx", "httpcore", "aiohttp.access", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
