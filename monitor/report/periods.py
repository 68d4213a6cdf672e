"""ISO weeks in the reporting time zone (America/Guatemala) and their UTC bounds."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from monitor.errors import ReportError

DEFAULT_TIMEZONE = "America/Guatemala"
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
# Weeks a report can be about: the law is from 2008; a far-future year is a typo.
MIN_YEAR, MAX_YEAR = 2000, 2999


@dataclass(frozen=True, order=True)
class Week:
    """One ISO week, Monday 00:00 to the next Monday 00:00 in ``timezone``."""

    year: int
    number: int
    timezone: str = DEFAULT_TIMEZONE

    @classmethod
    def parse(cls, text: str, timezone: str = DEFAULT_TIMEZONE) -> Week:
        """``'2026-W47'`` -> Week; ReportError when malformed or not a real ISO week."""
        match = _WEEK.fullmatch(text.strip())
        if not match:
            raise ReportError(f"week {text!r} is not an ISO week like '2026-W47'")
        year, number = int(match.group(1)), int(match.group(2))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ReportError(f"week {text!r}: the year must be between {MIN_YEAR} and {MAX_YEAR}")
        try:
            dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            raise ReportError(f"week {text!r} does not exist") from None
        return cls(year, number, timezone)

    @classmethod
    def containing(cls, moment: dt.datetime, timezone: str = DEFAULT_TIMEZONE) -> Week:
        """The week that contains the aware datetime ``moment`` in ``timezone``."""
        year, number, _ = moment.astimezone(ZoneInfo(timezone)).isocalendar()
        return cls(year, number, timezone)

    @classmethod
    def last_completed(cls, now: dt.datetime, timezone: str = DEFAULT_TIMEZONE) -> Week:
        """The week that ended most recently at ``now`` (the one a Monday report covers)."""
        return cls.containing(now, timezone).previous()

    @property
    def key(self) -> str:
        """``'2026-W47'``: the form stored in ``deliveries.week``."""
        return f"{self.year}-W{self.number:02d}"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def first_day(self) -> dt.date:
        """Monday of the week (local date)."""
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def last_day(self) -> dt.date:
        """Sunday of the week (local date)."""
        return self.first_day + dt.timedelta(days=6)

    @property
    def start(self) -> dt.datetime:
        """Monday 00:00 local, as an aware UTC datetime (inclusive)."""
        return _local_midnight(self.first_day, self.zone)

    @property
    def end(self) -> dt.datetime:
        """The next Monday 00:00 local, as an aware UTC datetime (exclusive)."""
        return _local_midnight(self.first_day + dt.timedelta(days=7), self.zone)

    def previous(self) -> Week:
        year, number, _ = (self.first_day - dt.timedelta(days=7)).isocalendar()
        return Week(year, number, self.timezone)

    def next(self) -> Week:
        year, number, _ = (self.first_day + dt.timedelta(days=7)).isocalendar()
        return Week(year, number, self.timezone)

    def __str__(self) -> str:
        return self.key


def _local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=zone).astimezone(dt.UTC)
