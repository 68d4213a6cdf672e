"""A month of open data, read from stored history: one row per portal, one per portal and section.

Verdicts are read through ``effective_verdicts`` only: the oversight corrections in force at the
end of the month (``monitor/store/reviews.py``, the one rule) are applied there, and each row says
whether one applied.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from monitor.compliance.catalog import Catalog, load_catalog
from monitor.compliance.score import CREDIT
from monitor.config import PortalConfig
from monitor.formats import iso_z
from monitor.opendata.periods import Month
from monitor.report import history
from monitor.report.sections import section_info
from monitor.report.weekly import one_line
from monitor.store import repo, reviews
from monitor.store.models import CrawlRun

MAX_LABEL = 300


@dataclass(frozen=True)
class EffectiveVerdict:
    """A stored verdict with any human correction applied."""

    verdict: history.Verdict
    corrected: bool


@dataclass(frozen=True)
class MonthData:
    """Both tables of one month, as rows of plain JSON-able values keyed by column name."""

    month: Month
    generated_at: dt.datetime
    catalog_version: str
    portals: list[dict[str, Any]]
    sections: list[dict[str, Any]]


def effective_verdicts(
    session: Session, crawl: CrawlRun, *, at: dt.datetime
) -> list[EffectiveVerdict]:
    """The verdicts of ``crawl`` as the public should see them: corrections in force at ``at``
    replace the judge's status (``reviews.apply``), flagged ``corrected``."""
    corrections = reviews.corrections_in_force(session, [crawl.portal_id], at=at)
    found = []
    for verdict in history.crawl_verdicts(session, crawl.id):
        correction = corrections.get((crawl.portal_id, verdict.section_id))
        if correction is None:
            found.append(EffectiveVerdict(verdict, False))
        else:
            status = reviews.apply(verdict.status, correction)
            found.append(EffectiveVerdict(dataclasses.replace(verdict, status=status), True))
    return found


def build_month(
    session: Session,
    portals: Sequence[PortalConfig],
    month: Month,
    now: dt.datetime,
    catalog: Catalog | None = None,
) -> MonthData:
    """Both tables for ``month`` from the history stored up to ``now`` (a month in progress ends
    at ``now``). Portals the monitor never saw get a row with empty measures."""
    catalog = catalog or load_catalog()
    until = min(month.end, now)
    ids = repo.portal_ids(session, [portal.slug for portal in portals])
    totals = repo.probe_totals(session, month.start, until)
    portal_rows: list[dict[str, Any]] = []
    section_rows: list[dict[str, Any]] = []
    for portal in portals:
        portal_id = ids.get(portal.slug)
        counted, up = totals.get(portal_id, (0, 0)) if portal_id is not None else (0, 0)
        flips = (
            []
            if portal_id is None
            else history.portal_flips(session, portal_id, month.start, until)
        )
        incidents, downtime = _downtime(flips, month.start, until)
        crawl = (
            None if portal_id is None else history.latest_complete_crawl(session, portal_id, until)
        )
        verdicts = [] if crawl is None else effective_verdicts(session, crawl, at=until)
        score, weighted = _scores(crawl, verdicts, catalog)
        portal_rows.append(
            {
                "month": month.key,
                "portal": portal.slug,
                "name": portal.name,
                "department": portal.department,
                "url": portal.url,
                "uptime": _round(up / counted) if counted else None,
                "probes": counted,
                "incidents": incidents,
                "downtime_seconds": int(downtime.total_seconds()),
                "score": _round(score),
                "weighted_score": _round(weighted),
                "crawled_at": None if crawl is None else iso_z(crawl.started_at, "seconds"),
                "catalog_version": None if crawl is None else crawl.catalog_version,
                "corrected_sections": sum(1 for item in verdicts if item.corrected),
            }
        )
        for item in sorted(verdicts, key=lambda v: _section_order(v.verdict.section_id)):
            assert crawl is not None
            verdict = item.verdict
            info = section_info(verdict.section_id)
            section_rows.append(
                {
                    "month": month.key,
                    "portal": portal.slug,
                    "section": verdict.section_id,
                    "numeral": info.numeral,
                    "article_10": verdict.section_id.startswith("art10."),
                    "title": info.title,
                    "status": verdict.status,
                    "corrected": item.corrected,
                    "last_updated": None
                    if verdict.last_updated is None
                    else verdict.last_updated.isoformat(),
                    "evidence_url": _http_url(verdict.url),
                    "label": one_line(verdict.label, MAX_LABEL) or None,
                    "crawled_at": iso_z(crawl.started_at, "seconds"),
                    "catalog_version": crawl.catalog_version,
                }
            )
    return MonthData(month, now, catalog.version, portal_rows, section_rows)


def _downtime(
    flips: Sequence[history.Flip], start: dt.datetime, end: dt.datetime
) -> tuple[int, dt.timedelta]:
    """(down periods that began in ``[start, end)``, time down inside it)."""
    began = 0
    down = dt.timedelta()
    opened: dt.datetime | None = None
    for flip in flips:
        if flip.to_status == "down" and opened is None:
            opened = flip.at
            began += start <= flip.at < end
        elif flip.to_status == "up" and opened is not None:
            down += _overlap(opened, flip.at, start, end)
            opened = None
    if opened is not None:
        down += _overlap(opened, end, start, end)
    return began, down


def _overlap(a: dt.datetime, b: dt.datetime, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    return max(min(b, end) - max(a, start), dt.timedelta())


def _scores(
    crawl: CrawlRun | None, verdicts: Sequence[EffectiveVerdict], catalog: Catalog
) -> tuple[float | None, float | None]:
    """The crawl's stored scores; recomputed from the effective verdicts when one is corrected."""
    if crawl is None:
        return None, None
    if not any(item.corrected for item in verdicts) or crawl.score is None:
        return crawl.score, crawl.weighted_score
    ok = applicable = 0
    credit = weights = 0.0
    for item in verdicts:
        status = item.verdict.status
        try:
            entry = catalog.entry(item.verdict.section_id)
        except KeyError:
            continue
        if not entry.is_article10 or status == "not_applicable" or status not in CREDIT:
            continue
        applicable += 1
        ok += status == "ok"
        weights += entry.weight
        credit += entry.weight * CREDIT[status]
    if not applicable:
        return None, None
    return ok / applicable, credit / weights


def _section_order(section_id: str) -> tuple[int, str]:
    numeral = section_info(section_id).numeral
    return (numeral if numeral is not None else 100, section_id)


def _http_url(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    return url if url.startswith(("http://", "https://")) and " " not in url else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
