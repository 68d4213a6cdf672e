"""The weekly numbers, built from a seeded week and checked against values computed here."""

from __future__ import annotations

import datetime as dt
import statistics

from sqlalchemy import select

from monitor.report.email import render_summary
from monitor.report.history import Flip
from monitor.report.periods import Week
from monitor.report.weekly import WeeklySummary, build_digest, build_summaries, incidents_in_week
from monitor.store.models import CrawlRun, Portal
from tests.report import seed
from tests.report.conftest import Seeded

WEEK = Week.parse("2026-W47")


def _summaries(seeded: Seeded) -> dict[str, WeeklySummary]:
    with seeded.factory() as session:
        built = build_summaries(session, seeded.config.portals, WEEK, seed.REPORT_TIME)
    return {summary.slug: summary for summary in built}


def test_week_47_runs_from_monday_to_monday_midnight_guatemala_time() -> None:
    assert WEEK.start == seed.WEEK_START
    assert WEEK.end == seed.WEEK_END


def test_uptime_counts_the_probes_of_the_guatemalan_week_and_ignores_monitor_offline(
    seeded: Seeded,
) -> None:
    counted = [
        p
        for p in seeded.probes
        if seed.WEEK_START <= p.at < seed.WEEK_END and p.error != "monitor_offline"
    ]
    summary = _summaries(seeded)["munipoptun"]
    assert summary.uptime is not None
    assert abs(summary.uptime - sum(p.up for p in counted) / len(counted)) < 1e-9
    assert summary.uptime < 1.0


def test_incidents_crossing_the_week_bounds_keep_their_real_start_and_end(seeded: Seeded) -> None:
    summary = _summaries(seeded)["munipoptun"]
    expected = [
        (start, end, cause)
        for start, end, cause in seed.INCIDENTS
        if start < seed.WEEK_END and end > seed.WEEK_START
    ]
    assert [(i.start, i.end, i.cause) for i in summary.incidents] == expected
    assert [i.duration for i in summary.incidents] == [end - start for start, end, _ in expected]
    assert [i.started_before_week for i in summary.incidents] == [True, False, False]
    assert [i.ended_after_week for i in summary.incidents] == [False, False, True]


def test_downtime_counts_only_the_part_of_each_incident_inside_the_week(seeded: Seeded) -> None:
    expected = dt.timedelta()
    for start, end, _ in seed.INCIDENTS:
        overlap = min(end, seed.WEEK_END) - max(start, seed.WEEK_START)
        expected += max(overlap, dt.timedelta())
    assert (
        _summaries(seeded)["munipoptun"].downtime == expected == dt.timedelta(hours=6, minutes=30)
    )


def test_median_and_p95_come_from_the_successful_probes_of_the_week(seeded: Seeded) -> None:
    times = [
        p.seconds
        for p in seeded.probes
        if seed.WEEK_START <= p.at < seed.WEEK_END and p.up and p.seconds is not None
    ]
    summary = _summaries(seeded)["munipoptun"]
    assert summary.response_median == statistics.median(times)
    assert summary.response_p95 is not None
    assert (
        abs(summary.response_p95 - statistics.quantiles(times, n=100, method="inclusive")[94])
        < 1e-9
    )


def test_certificate_expiring_in_under_30_days_is_flagged(seeded: Seeded) -> None:
    summary = _summaries(seeded)["munipoptun"]
    assert summary.tls_expires_at == seed.TLS_EXPIRY
    assert summary.tls_days_left == (seed.TLS_EXPIRY - seed.REPORT_TIME).days == 11
    assert summary.tls_warning


def test_score_compares_the_last_complete_crawls_of_this_and_last_week(seeded: Seeded) -> None:
    summary = _summaries(seeded)["munipoptun"]
    assert summary.score == 0.6
    assert summary.previous_score == 0.5
    assert summary.score_change is not None and abs(summary.score_change - 0.1) < 1e-9


def test_quick_fixes_come_first_broken_outdated_then_empty_missing(seeded: Seeded) -> None:
    issues = _summaries(seeded)["munipoptun"].issues
    assert [(i.section_id, i.status) for i in issues] == [
        ("art10.n04", "broken"),
        ("art10.n03", "outdated"),
        ("art10.n05", "empty"),
        ("art10.n02", "missing"),
    ]
    found = {i.section_id: i.found_at for i in issues}
    assert found == {
        "art10.n02": seed.utc(2026, 11, 20, 3),
        "art10.n04": seed.utc(2026, 11, 10, 15),
        "art10.n05": seed.utc(2026, 11, 20, 3),  # no flip recorded: the crawl that saw it
        "art10.n03": seed.utc(2026, 10, 1, 12),
    }
    assert [i.new_this_week for i in issues] == [False, False, True, True]
    assert issues[3].reference == "Art. 10, numeral 2" and issues[3].requirement
    assert issues[3].url == "https://munipoptun.example.gt/transparencia/art10.n02"
    assert [i.quick_fix for i in issues] == [True, True, False, False]


def test_a_section_that_became_ok_is_listed_as_improved(seeded: Seeded) -> None:
    improved = _summaries(seeded)["munipoptun"].improved
    assert [(i.section_id, i.previous_status) for i in improved] == [("art10.n01", "missing")]


def test_a_portal_without_history_gets_an_empty_summary(seeded: Seeded) -> None:
    summary = _summaries(seeded)["munisinmail"]
    assert not summary.has_history
    assert summary.uptime is None and summary.incidents == () and summary.score is None


def test_digest_ranks_by_score_and_lists_portals_without_contacts(seeded: Seeded) -> None:
    with seeded.factory() as session:
        built = build_summaries(session, seeded.config.portals, WEEK, seed.REPORT_TIME)
    digest = build_digest(built, WEEK, seed.REPORT_TIME)
    assert [row.summary.slug for row in digest.ranking] == ["munipoptun", "munisinmail"]
    assert [s.slug for s in digest.without_contacts] == ["munisinmail"]
    assert [s.slug for s in digest.changes] == ["munipoptun"]


def test_an_incident_still_open_at_report_time_has_no_end_and_lasts_until_now() -> None:
    flips = [
        Flip(seed.utc(2026, 11, 10), "down", "dns"),  # down since the week before
        Flip(seed.utc(2026, 11, 16, 8), "up", None),
        Flip(seed.utc(2026, 11, 22, 12), "down", "tls"),
    ]
    first, second = incidents_in_week(flips, WEEK, seed.REPORT_TIME)
    assert (first.start, first.end, first.cause) == (
        seed.utc(2026, 11, 10),
        seed.utc(2026, 11, 16, 8),
        "dns",
    )
    assert first.started_before_week and not first.ended_after_week
    assert second.end is None and second.ended_after_week
    assert second.duration == seed.REPORT_TIME - seed.utc(2026, 11, 22, 12)


def test_a_portal_up_all_week_has_no_incident() -> None:
    flips = [
        Flip(seed.utc(2026, 11, 1), "up", None),
        Flip(seed.utc(2026, 11, 23, 7), "down", "dns"),
    ]
    assert incidents_in_week(flips, WEEK, seed.REPORT_TIME) == []


def _add_unreachable(seeded: Seeded, at: dt.datetime, error: str) -> None:
    with seeded.factory() as session:
        portal_id = session.scalars(select(Portal.id).where(Portal.slug == "munipoptun")).one()
        session.add(
            CrawlRun(
                portal_id=portal_id,
                started_at=at,
                finished_at=at,
                status="unreachable",
                error=error,
            )  # fmt: skip
        )
        session.commit()


def test_a_crawl_that_found_a_maintenance_page_is_told_in_spanish_and_the_verdicts_stay(
    seeded: Seeded,
) -> None:
    """After the week's last complete crawl (20 November), the portal showed Joomla's offline
    page: the e-mail says so, and that the sections keep that crawl's results."""
    error = "the home page is a maintenance notice, not the portal ('Municipalidad de Poptún')"
    _add_unreachable(seeded, seed.utc(2026, 11, 21, 10), error)
    summary = _summaries(seeded)["munipoptun"]
    assert summary.unread_at is not None
    assert summary.unread_at.replace(tzinfo=dt.UTC) == seed.utc(2026, 11, 21, 10)
    assert (
        summary.unread_reason == "la página de inicio era un aviso de mantenimiento y no el portal"
    )
    assert summary.score == 0.6  # the complete crawl's
    mail = render_summary(summary, seeded.config)
    for part in (mail.text, mail.html):
        assert "un aviso de mantenimiento y no el portal" in part
        assert "Las secciones conservan el resultado de la revisión del" in part


def test_an_unreachable_crawl_followed_by_a_complete_one_is_not_told(seeded: Seeded) -> None:
    _add_unreachable(seeded, seed.utc(2026, 11, 18, 10), "home page failed: HTTP 503")
    summary = _summaries(seeded)["munipoptun"]
    assert summary.unread_at is None and summary.unread_reason is None
    assert "no se pudo revisar su portal" not in render_summary(summary, seeded.config).text
