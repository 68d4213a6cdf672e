"""ISO weeks in Guatemala time, and the weekly schedule as CronTrigger arguments."""

from __future__ import annotations

import datetime as dt

import pytest
from apscheduler.triggers.cron import CronTrigger

from monitor.config import ReportSettings, parse_config
from monitor.errors import ConfigError, ReportError
from monitor.report.periods import Week
from monitor.report.schedule import cron_kwargs

UTC = dt.UTC


def test_a_week_starts_at_monday_midnight_guatemala_which_is_six_in_the_morning_utc() -> None:
    week = Week.parse("2026-W47")
    assert (week.first_day, week.last_day) == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert week.start == dt.datetime(2026, 11, 16, 6, tzinfo=UTC)
    assert week.end == dt.datetime(2026, 11, 23, 6, tzinfo=UTC)


def test_sunday_evening_in_guatemala_still_belongs_to_the_week_in_progress() -> None:
    sunday_night = dt.datetime(2026, 11, 23, 5, 59, tzinfo=UTC)  # Sun 22 Nov 23:59 local
    assert Week.last_completed(sunday_night).key == "2026-W46"
    monday = dt.datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    assert Week.last_completed(monday).key == "2026-W47"


def test_weeks_roll_over_the_year_with_iso_numbering() -> None:
    assert Week.parse("2026-W53").next().key == "2027-W01"
    assert Week.parse("2027-W01").previous().key == "2026-W53"
    assert Week.parse("2026-W01").first_day == dt.date(2025, 12, 29)


@pytest.mark.parametrize("text", ["2026-47", "2026-W7", "W47", "2025-W53", "2026-W00"])
def test_malformed_or_impossible_weeks_are_rejected(text: str) -> None:
    with pytest.raises(ReportError):
        Week.parse(text)


def test_the_default_schedule_is_monday_seven_in_guatemala() -> None:
    kwargs = cron_kwargs(ReportSettings())
    assert kwargs == {"day_of_week": "mon", "hour": 7, "minute": 0, "timezone": "America/Guatemala"}
    trigger = CronTrigger(**kwargs)
    fire = trigger.get_next_fire_time(None, dt.datetime(2026, 11, 20, tzinfo=UTC))
    assert fire is not None
    assert fire.astimezone(UTC) == dt.datetime(2026, 11, 23, 13, tzinfo=UTC)


def test_spanish_weekday_names_are_accepted() -> None:
    kwargs = cron_kwargs(ReportSettings(schedule="Miércoles 18:30"))
    assert (kwargs["day_of_week"], kwargs["hour"], kwargs["minute"]) == ("wed", 18, 30)


@pytest.mark.parametrize("schedule", ["monday", "mon 25:00", "someday 07:00", "07:00 mon"])
def test_a_malformed_schedule_is_a_config_error(schedule: str) -> None:
    with pytest.raises(ConfigError, match="schedule"):
        parse_config(f'[report]\nschedule = "{schedule}"\n'.encode())


def test_an_unknown_time_zone_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="timezone"):
        parse_config(b'[report]\ntimezone = "America/Nowhere"\n')
