"""The export as the CLI and the service run it: resolve the month, read, write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Config
from monitor.errors import ReportError
from monitor.opendata.build import build_month
from monitor.opendata.periods import Month
from monitor.opendata.write import write_month


def resolve_month(config: Config, month: str | None, now: dt.datetime) -> Month:
    """The month asked for (not one that has not begun), or the month that just ended."""
    timezone = config.report.timezone
    if not month:
        return Month.last_completed(now, timezone)
    resolved = Month.parse(month, timezone)
    if resolved.start > now:
        raise ReportError(f"--month {resolved.key}: that month has not begun")
    return resolved


def export_month(
    config: Config, factory: sessionmaker[Session], month: Month, out: Path, now: dt.datetime
) -> list[Path]:
    """Write ``month``'s open data into ``out``; the files written."""
    with factory() as session:
        data = build_month(session, config.portals, month, now)
    try:
        return write_month(data, out)
    except OSError as exc:
        raise ReportError(f"{out}: cannot write: {exc.strerror or exc}") from None
