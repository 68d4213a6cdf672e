"""Turn ``[report] schedule = "mon 07:00"`` into APScheduler ``CronTrigger`` keyword arguments."""

from __future__ import annotations

from typing import TypedDict
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.config import ReportSettings
from monitor.errors import ConfigError
from monitor.weekdays import check_schedule


class CronKwargs(TypedDict):
    """Arguments for ``apscheduler.triggers.cron.CronTrigger(**kwargs)``."""

    day_of_week: str
    hour: int
    minute: int
    timezone: str


def cron_kwargs(settings: ReportSettings) -> CronKwargs:
    """``"mon 07:00"`` -> CronTrigger kwargs in the report time zone; ConfigError if malformed.

    The config already validated both when it was loaded; this also guards settings built in code.
    """
    try:
        day, hour, minute = check_schedule(settings.schedule)
    except ValueError as exc:
        raise ConfigError(f"[report] schedule {exc}") from None
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ConfigError(
            f"[report] timezone {settings.timezone!r} is not a known time zone"
        ) from None
    return CronKwargs(day_of_week=day, hour=hour, minute=minute, timezone=settings.timezone)
