"""``[report] schedule`` strings like ``"mon 07:00"`` (English or Spanish weekday) checked once."""

from __future__ import annotations

import re

_DAYS = {
    "mon": "mon", "monday": "mon", "lunes": "mon",
    "tue": "tue", "tuesday": "tue", "martes": "tue",
    "wed": "wed", "wednesday": "wed", "miercoles": "wed", "miércoles": "wed",
    "thu": "thu", "thursday": "thu", "jueves": "thu",
    "fri": "fri", "friday": "fri", "viernes": "fri",
    "sat": "sat", "saturday": "sat", "sabado": "sat", "sábado": "sat",
    "sun": "sun", "sunday": "sun", "domingo": "sun",
}  # fmt: skip
_SCHEDULE = re.compile(r"^\s*([^\s\d]+)\s+(\d{1,2}):(\d{2})\s*$")


def check_schedule(schedule: str) -> tuple[str, int, int]:
    """``"mon 07:00"`` -> ``("mon", 7, 0)``; ValueError (one line) when malformed."""
    match = _SCHEDULE.match(schedule.lower())
    if not match or match.group(1) not in _DAYS:
        raise ValueError(f"{schedule!r}: expected a weekday and a time, like 'mon 07:00'")
    hour, minute = int(match.group(2)), int(match.group(3))
    if hour > 23 or minute > 59:
        raise ValueError(f"{schedule!r}: the time must be between 00:00 and 23:59")
    return _DAYS[match.group(1)], hour, minute
