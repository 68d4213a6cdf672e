"""Calendar months in the reporting time zone (America/Guatemala) and their UTC bounds."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from monitor.errors import ReportError
from monitor.report.periods import DEFAULT_TIMEZONE

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Month:
    """One calendar month, the 1st 00:00 to the next 1st 00:00 in ``timezone``."""

    year: int
    number: int
    timezone: str = DEFAULT_TIMEZONE

    @classmethod
    def parse(cls, text: str, timezone: str = DEFAULT_TIMEZONE) -> Month:
        """``'2026-11'`` -> Month; ReportError when it is not a month like that."""
        match = _MONTH.match(text.strip())
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ReportError(f"--month {text!r}: expected a month like '2026-11'")
        return cls(int(match.group(1)), int(match.group(2)), timezone)

    @classmethod
    def containing(cls, moment: dt.datetime, timezone: str = DEFAULT_TIMEZONE) -> Month:
        """The month that contains the aware datetime ``moment`` in ``timezone``."""
        local = moment.astimezone(ZoneInfo(timezone))
        return cls(local.year, local.month, timezone)

    @classmethod
    def last_completed(cls, now: dt.datetime, timezone: str = DEFAULT_TIMEZONE) -> Month:
        """The month that ended most recently at ``now``."""
        return cls.containing(now, timezone).previous()

    @property
    def key(self) -> str:
        """``'2026-11'``: the form used in file names and in the ``month`` column."""
        return f"{self.year}-{self.number:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.number, 1)

    @property
    def start(self) -> dt.datetime:
        """The 1st, 00:00 local, as an aware UTC datetime (inclusive)."""
        return _local_midnight(self.first_day, self.timezone)

    @property
    def end(self) -> dt.datetime:
        """The next month's 1st, 00:00 local, as an aware UTC datetime (exclusive)."""
        return self.next().start

    def previous(self) -> Month:
        if self.number == 1:
            return Month(self.year - 1, 12, self.timezone)
        return Month(self.year, self.number - 1, self.timezone)

    def next(self) -> Month:
        if self.number == 12:
            return Month(self.year + 1, 1, self.timezone)
        return Month(self.year, self.number + 1, self.timezone)

    def __str__(self) -> str:
        return self.key


def months_between(first: Month, last: Month) -> list[Month]:
    """Every month from ``first`` to ``last``, both included, oldest first."""
    out: list[Month] = []
    current = first
    while current <= last:
        out.append(current)
        current = current.next()
    return out


def _local_midnight(day: dt.date, timezone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=ZoneInfo(timezone)).astimezone(dt.UTC)
