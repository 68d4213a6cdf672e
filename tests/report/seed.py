"""A week of history for one portal, written straight into the tables.

Week 2026-W47 in America/Guatemala (UTC-6) runs from 2026-11-16 06:00 UTC to 2026-11-23 06:00
UTC. The seeded incidents straddle both bounds, so that a report that ignored the time zone or
clipped at UTC midnight would get different numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from monitor.store.models import CrawlRun, ProbeRun, SectionVerdict, Transition


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


WEEK_START = utc(2026, 11, 16, 6)
WEEK_END = utc(2026, 11, 23, 6)
REPORT_TIME = utc(2026, 11, 23, 13)  # Monday 07:00 in Guatemala
TLS_EXPIRY = utc(2026, 12, 5)
# (down at, up at, cause): before, across the start, inside, across the end, after the week.
INCIDENTS = [
    (utc(2026, 11, 15, 10), utc(2026, 11, 15, 11), "dns"),
    (utc(2026, 11, 16, 4), utc(2026, 11, 16, 9, 30), "timeout"),
    (utc(2026, 11, 18, 14), utc(2026, 11, 18, 16), "http_status"),
    (utc(2026, 11, 23, 5), utc(2026, 11, 23, 7), "connect"),
    (utc(2026, 11, 23, 10), utc(2026, 11, 23, 11), "dns"),
]


@dataclass(frozen=True)
class Probe:
    at: dt.datetime
    up: bool
    error: str | None
    seconds: float | None


def probes() -> list[Probe]:
    """A probe every 20 minutes from 14 Nov to 24 Nov UTC; down inside incidents."""
    out = []
    at = utc(2026, 11, 14)
    index = 0
    while at < utc(2026, 11, 24):
        down = next((cause for start, end, cause in INCIDENTS if start <= at < end), None)
        if index % 97 == 13 and down is None:
            out.append(Probe(at, False, "monitor_offline", None))  # not counted in uptime
        elif down is not None:
            out.append(Probe(at, False, down, None))
        else:
            out.append(Probe(at, True, None, 0.15 + ((index * 37) % 100) / 80))
        at += dt.timedelta(minutes=20)
        index += 1
    return out


SECTIONS_BEFORE = {  # crawl of 2026-11-12 (week 46), score 0.5
    "art10.n01": "missing",
    "art10.n02": "ok",
    "art10.n03": "outdated",
    "art10.n04": "broken",
    "art10.n05": "ok",
    "art10.n06": "not_applicable",
}
SECTIONS_AFTER = {  # crawl of 2026-11-20 (week 47), score 0.6
    "art10.n01": "ok",
    "art10.n02": "missing",
    "art10.n03": "outdated",
    "art10.n04": "broken",
    "art10.n05": "empty",
    "art10.n06": "not_applicable",
}
SECTION_FLIPS = [  # (section, to_status, at)
    ("art10.n03", "outdated", utc(2026, 10, 1, 12)),
    ("art10.n04", "broken", utc(2026, 11, 10, 15)),
    ("art10.n01", "ok", utc(2026, 11, 20, 3)),
    ("art10.n02", "missing", utc(2026, 11, 20, 3)),
]


def seed(session: Session, portal_id: int, portal_url: str) -> list[Probe]:
    """Write probes, flips, crawls and verdicts for ``portal_id``; return the probes."""
    generated = probes()
    for probe in generated:
        session.add(
            ProbeRun(
                portal_id=portal_id,
                started_at=probe.at,
                up=probe.up,
                error=probe.error,
                response_time_seconds=probe.seconds,
                tls_expires_at=TLS_EXPIRY if probe.up else None,
            )
        )
    session.add(Transition(portal_id=portal_id, to_status="up", at=utc(2026, 11, 1)))
    for start, end, cause in INCIDENTS:
        session.add(
            Transition(
                portal_id=portal_id, from_status="up", to_status="down", at=start, cause=cause
            )
        )
        session.add(Transition(portal_id=portal_id, from_status="down", to_status="up", at=end))
    for section, status, at in SECTION_FLIPS:
        session.add(Transition(portal_id=portal_id, section_id=section, to_status=status, at=at))
    add_crawl(session, portal_id, utc(2026, 11, 12, 3), 0.5, SECTIONS_BEFORE, portal_url)
    add_crawl(session, portal_id, utc(2026, 11, 20, 3), 0.6, SECTIONS_AFTER, portal_url)
    # Neither of these may be used for week 47: one is unfinished, one is after the week.
    add_crawl(
        session, portal_id, utc(2026, 11, 21, 3), 0.1, SECTIONS_BEFORE, portal_url, status="running"
    )
    add_crawl(session, portal_id, utc(2026, 11, 23, 8), 0.9, SECTIONS_BEFORE, portal_url)
    session.flush()
    return generated


def add_crawl(
    session: Session,
    portal_id: int,
    at: dt.datetime,
    score: float,
    sections: dict[str, str],
    portal_url: str,
    *,
    status: str = "complete",
    labels: dict[str, str] | None = None,
    urls: dict[str, str] | None = None,
) -> CrawlRun:
    crawl = CrawlRun(portal_id=portal_id, started_at=at, finished_at=at, status=status, score=score)
    session.add(crawl)
    session.flush()
    for section, verdict in sections.items():
        session.add(
            SectionVerdict(
                crawl_id=crawl.id,
                section_id=section,
                status=verdict,
                url=(urls or {}).get(section, f"{portal_url}transparencia/{section}"),
                label=(labels or {}).get(section, f"Numeral {section[-2:]}"),
                last_updated=dt.date(2026, 1, 31) if verdict == "outdated" else None,
                reason=f"reason for {section}",
            )
        )
    session.flush()
    return crawl
