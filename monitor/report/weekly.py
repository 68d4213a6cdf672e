"""The content of the weekly e-mails, built from stored history: WeeklySummary and OversightDigest.

Everything here is plain data (no markup); templates decide how it looks. Scraped text is made
single-line and bounded here, and escaped by the templates.
"""

from __future__ import annotations

import datetime as dt
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from monitor.compliance.placeholder import spanish_kind
from monitor.config import PortalConfig
from monitor.formats import percentile
from monitor.report import history
from monitor.report.periods import Week
from monitor.report.reasons import spanish_reason
from monitor.report.sections import COUNT_ORDER, QUICK_FIXES, fix_order, section_info
from monitor.store import repo, reviews
from monitor.store.evidence import evidence_summary

CERT_WARNING = dt.timedelta(days=30)
NOT_PROBLEMS = ("ok", "not_applicable")
MAX_TEXT = 200


@dataclass(frozen=True)
class Incident:
    """A period the portal was down; ``end`` is None while unresolved at report time."""

    start: dt.datetime
    end: dt.datetime | None
    cause: str | None
    duration: dt.timedelta
    started_before_week: bool
    ended_after_week: bool


@dataclass(frozen=True)
class ReviewNote:
    """A verdict corrected by oversight ("revisado por supervisión"): who, when, why."""

    section_id: str
    reference: str
    title: str
    status: str
    judge_status: str
    reviewer: str
    at: dt.datetime
    reason: str


@dataclass(frozen=True)
class SectionIssue:
    """A catalogue entry that is not ``ok`` at the end of the week: what to fix and the evidence."""

    section_id: str
    reference: str
    title: str
    requirement: str
    update: str
    status: str
    reason: str  # the judge's technical reason (English); e-mails show Spanish advice instead
    url: str | None  # only ever a page of the portal itself
    label: str | None
    last_updated: dt.date | None
    found_at: dt.datetime
    new_this_week: bool
    last_updated_precision: str | None = None
    required: bool = True  # Article 10; False for recommended entries (COMUDE, …)
    detail: str = ""  # what the monitor saw, in Spanish ("Viajes Noviembre 2026.pdf: HTTP 404")
    review: ReviewNote | None = None  # set when oversight corrected the verdict

    @property
    def quick_fix(self) -> bool:
        """A broken link or an old document: minutes of work, listed first."""
        return self.status in QUICK_FIXES


@dataclass(frozen=True)
class SectionImprovement:
    """A catalogue entry that became ``ok`` during the week."""

    section_id: str
    reference: str
    title: str
    previous_status: str


@dataclass(frozen=True)
class WeeklySummary:
    """One portal's week: availability, speed, certificate and Article 10 compliance."""

    week: Week
    generated_at: dt.datetime
    slug: str
    name: str
    department: str | None
    url: str
    contacts: tuple[str, ...]
    has_history: bool
    uptime: float | None
    downtime: dt.timedelta
    incidents: tuple[Incident, ...]
    response_median: float | None
    response_p95: float | None
    tls_expires_at: dt.datetime | None
    score: float | None
    previous_score: float | None
    crawled_at: dt.datetime | None
    sections_checked: int
    issues: tuple[SectionIssue, ...]
    improved: tuple[SectionImprovement, ...]
    # Article 10 verdicts per status, in COUNT_ORDER, zeros left out.
    status_counts: tuple[tuple[str, int], ...] = ()
    reviewed: tuple[ReviewNote, ...] = ()
    # The crawl's evidence archive (WARC file, relative to the evidence directory) and its size.
    evidence_file: str | None = None
    evidence_records: int = 0
    # The week's last crawl, when it found no portal to judge and came after the last complete
    # one: when, and why in Spanish (the sections keep the complete crawl's verdicts).
    unread_at: dt.datetime | None = None
    unread_reason: str | None = None

    @property
    def probed(self) -> bool:
        """Whether any probe counted this week (no probe: no claim about interruptions)."""
        return self.uptime is not None

    @property
    def required_issues(self) -> tuple[SectionIssue, ...]:
        return tuple(issue for issue in self.issues if issue.required)

    @property
    def recommended_issues(self) -> tuple[SectionIssue, ...]:
        return tuple(issue for issue in self.issues if not issue.required)

    @property
    def score_change(self) -> float | None:
        if self.score is None or self.previous_score is None:
            return None
        return self.score - self.previous_score

    @property
    def tls_days_left(self) -> int | None:
        if self.tls_expires_at is None:
            return None
        return (self.tls_expires_at - self.generated_at) // dt.timedelta(days=1)

    @property
    def tls_warning(self) -> bool:
        """True when the certificate expires in under 30 days (or already has)."""
        return (
            self.tls_expires_at is not None
            and self.tls_expires_at - self.generated_at < CERT_WARNING
        )

    @property
    def new_issues(self) -> int:
        return sum(1 for issue in self.issues if issue.new_this_week)


@dataclass(frozen=True)
class DigestRow:
    """One portal in the oversight ranking."""

    rank: int
    summary: WeeklySummary


@dataclass(frozen=True)
class OversightDigest:
    """The whole fleet's week for oversight staff."""

    week: Week
    generated_at: dt.datetime
    ranking: tuple[DigestRow, ...]
    changes: tuple[WeeklySummary, ...]
    without_contacts: tuple[WeeklySummary, ...]
    delivery_problems: tuple[str, ...] = ()

    @property
    def fleet_uptime(self) -> float | None:
        values = [row.summary.uptime for row in self.ranking if row.summary.uptime is not None]
        return statistics.fmean(values) if values else None

    @property
    def fleet_score(self) -> float | None:
        values = [row.summary.score for row in self.ranking if row.summary.score is not None]
        return statistics.fmean(values) if values else None


def build_summaries(
    session: Session, portals: Sequence[PortalConfig], week: Week, now: dt.datetime
) -> list[WeeklySummary]:
    """A WeeklySummary per portal, in the given order, from the history stored up to ``now``."""
    ids = repo.portal_ids(session, [portal.slug for portal in portals])
    uptimes = repo.uptime_by_portal(session, week.start, min(week.end, now))
    return [
        build_summary(
            session, portal, ids.get(portal.slug), week, now, uptimes.get(ids.get(portal.slug, -1))
        )
        for portal in portals
    ]


def build_summary(
    session: Session,
    portal: PortalConfig,
    portal_id: int | None,
    week: Week,
    now: dt.datetime,
    uptime: float | None,
) -> WeeklySummary:
    """One portal's week; a portal never seen by the monitor gets an empty summary."""
    flips = [] if portal_id is None else history.portal_flips(session, portal_id, week.start, now)
    incidents = incidents_in_week(flips, week, now)
    times = (
        []
        if portal_id is None
        else history.response_times(session, portal_id, week.start, week.end)
    )
    crawl = (
        None if portal_id is None else history.latest_complete_crawl(session, portal_id, week.end)
    )
    before = (
        None if portal_id is None else history.latest_complete_crawl(session, portal_id, week.start)
    )
    unread = (
        None
        if portal_id is None
        else history.latest_unreachable_crawl(session, portal_id, week.start, week.end)
    )
    if unread is not None and crawl is not None and unread.started_at < crawl.started_at:
        unread = None  # a complete crawl came after it
    issues: tuple[SectionIssue, ...] = ()
    improved: tuple[SectionImprovement, ...] = ()
    checked = 0
    counts: tuple[tuple[str, int], ...] = ()
    reviewed: tuple[ReviewNote, ...] = ()
    score = crawl.score if crawl else None
    previous_score = before.score if before else None
    archive = None
    if portal_id is not None and crawl is not None:
        # Oversight corrections in force at the end of the week (and at its start, for the
        # week before) replace the judge's verdicts, and the score follows them.
        now_corrections = _corrections(session, portal_id, min(week.end, now))
        verdicts, score = _effective(history.crawl_verdicts(session, crawl.id), now_corrections,
                                     crawl.score)  # fmt: skip
        previous: dict[str, str] = {}
        if before is not None:
            then = _corrections(session, portal_id, week.start)
            earlier, previous_score = _effective(
                history.crawl_verdicts(session, before.id), then, before.score
            )
            previous = {v.section_id: v.status for v in earlier}
        notes = {
            v.section_id: _note(v, now_corrections[v.section_id])
            for v in verdicts
            if v.section_id in now_corrections
        }
        reviewed = tuple(notes[k] for k in sorted(notes, key=lambda k: fix_order(k, "ok")))
        checked = sum(1 for verdict in verdicts if verdict.status != "not_applicable")
        issues = _issues(session, portal, portal_id, verdicts, previous, week, crawl.started_at)
        issues = tuple(replace(issue, review=notes.get(issue.section_id)) for issue in issues)
        improved = _improvements(verdicts, previous)
        archive = evidence_summary(session, crawl.id)
        tally = Counter(v.status for v in verdicts if section_info(v.section_id).required)
        counts = tuple((status, tally[status]) for status in COUNT_ORDER if tally[status])
    return WeeklySummary(
        week=week,
        generated_at=now,
        slug=portal.slug,
        name=portal.name,
        department=portal.department,
        url=portal.url,
        contacts=portal.contacts,
        has_history=bool(flips or times or crawl or uptime is not None),
        uptime=uptime,
        downtime=sum((_overlap(i, week, now) for i in incidents), dt.timedelta()),
        incidents=tuple(incidents),
        response_median=statistics.median(times) if times else None,
        response_p95=percentile(times, 0.95),
        tls_expires_at=None
        if portal_id is None
        else history.certificate_expiry(session, portal_id, week.end),
        score=score,
        previous_score=previous_score,
        crawled_at=crawl.started_at if crawl else None,
        sections_checked=checked,
        issues=issues,
        improved=improved,
        status_counts=counts,
        reviewed=reviewed,
        evidence_file=archive.warc_file if archive else None,
        evidence_records=archive.responses + archive.revisits if archive else 0,
        unread_at=unread.started_at if unread else None,
        unread_reason=_unread_reason(unread.error) if unread else None,
    )


def _unread_reason(error: str | None) -> str:
    """Why a crawl found no portal to judge, as the e-mail says it."""
    shown = spanish_kind(error)
    if shown is not None:
        return f"la página de inicio era {shown} y no el portal"
    return "el portal no respondió a la revisión"


def _corrections(
    session: Session, portal_id: int, at: dt.datetime
) -> dict[str, reviews.Correction]:
    return reviews.by_section(reviews.corrections_in_force(session, [portal_id], at=at), portal_id)


def _effective(
    verdicts: Sequence[history.Verdict],
    corrections: dict[str, reviews.Correction],
    judge_score: float | None,
) -> tuple[list[history.Verdict], float | None]:
    """The verdicts with corrections applied, and the score they give."""
    if not any(v.section_id in corrections for v in verdicts):
        return list(verdicts), judge_score
    effective = [reviews.corrected(v, corrections.get(v.section_id)) for v in verdicts]
    statuses = {v.section_id: v.status for v in effective}
    return effective, reviews.effective_scores(statuses, crawled=judge_score is not None)[0]


def _note(verdict: history.Verdict, correction: reviews.Correction) -> ReviewNote:
    info = section_info(verdict.section_id)
    return ReviewNote(
        section_id=verdict.section_id,
        reference=info.reference,
        title=info.title,
        status=correction.status,
        judge_status=correction.judge_status or "",
        reviewer=one_line(correction.reviewer, 100),
        at=correction.at,
        reason=one_line(correction.reason, 300),
    )


def build_digest(
    summaries: Sequence[WeeklySummary],
    week: Week,
    now: dt.datetime,
    delivery_problems: Sequence[str] = (),
) -> OversightDigest:
    """Rank the fleet by score, then uptime; list changes and portals without contacts."""

    def key(summary: WeeklySummary) -> tuple[bool, float, bool, float, str]:
        return (
            summary.score is None,
            -(summary.score or 0.0),
            summary.uptime is None,
            -(summary.uptime or 0.0),
            summary.slug,
        )

    ranked = sorted(summaries, key=key)
    changes = [
        s
        for s in ranked
        if (s.score_change or 0.0) != 0.0
        or s.improved
        or s.new_issues
        or s.incidents
        or s.tls_warning
    ]
    return OversightDigest(
        week=week,
        generated_at=now,
        ranking=tuple(DigestRow(rank, s) for rank, s in enumerate(ranked, start=1)),
        changes=tuple(changes),
        without_contacts=tuple(s for s in summaries if not s.contacts),
        delivery_problems=tuple(delivery_problems),
    )


def incidents_in_week(
    flips: Sequence[history.Flip], week: Week, now: dt.datetime
) -> list[Incident]:
    """Down periods overlapping the week, with their real start and end even across its bounds."""
    periods: list[tuple[dt.datetime, dt.datetime | None, str | None]] = []
    opened: tuple[dt.datetime, str | None] | None = None
    for flip in flips:
        if flip.to_status == "down" and opened is None:
            opened = (flip.at, flip.cause)
        elif flip.to_status == "up" and opened is not None:
            periods.append((opened[0], flip.at, opened[1]))
            opened = None
    if opened is not None:
        periods.append((opened[0], None, opened[1]))
    return [
        Incident(
            start=start,
            end=end,
            cause=cause,
            duration=(end or now) - start,
            started_before_week=start < week.start,
            ended_after_week=end is None or end > week.end,
        )
        for start, end, cause in periods
        if start < week.end and (end is None or end > week.start)
    ]


def portal_link(url: str | None, portal_url: str) -> str | None:
    """``url`` when it is an http(s) page on the portal's own host; None for anything else."""
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url):
        return None
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    own = (urlsplit(portal_url).hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return None
    return url if host.removeprefix("www.") == own.removeprefix("www.") else None


def one_line(text: str | None, limit: int = MAX_TEXT) -> str:
    """Scraped text made safe to place anywhere: control characters and line breaks become
    spaces, runs of spaces collapse, and the result is cut at ``limit`` characters."""
    if not text:
        return ""
    cleaned = "".join(" " if unicodedata.category(ch)[0] in ("C", "Z") else ch for ch in text)
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def _issues(
    session: Session,
    portal: PortalConfig,
    portal_id: int,
    verdicts: Sequence[history.Verdict],
    previous: dict[str, str],
    week: Week,
    crawled_at: dt.datetime,
) -> tuple[SectionIssue, ...]:
    problems = sorted(
        (v for v in verdicts if v.status not in NOT_PROBLEMS),
        key=lambda v: fix_order(v.section_id, v.status),
    )
    since = history.section_since(session, portal_id, [v.section_id for v in problems], week.end)
    issues = []
    for verdict in problems:
        info = section_info(verdict.section_id)
        status_since = since.get(verdict.section_id)
        found = (
            status_since[1] if status_since and status_since[0] == verdict.status else crawled_at
        )
        issues.append(
            SectionIssue(
                section_id=verdict.section_id,
                reference=info.reference,
                title=info.title,
                requirement=info.requirement,
                update=info.update,
                status=verdict.status,
                reason=one_line(verdict.reason, 300),
                url=portal_link(verdict.url, portal.url),
                label=one_line(verdict.label) or None,
                last_updated=verdict.last_updated,
                last_updated_precision=verdict.last_updated_precision,
                required=info.required,
                detail=one_line(spanish_reason(verdict.reason), 300),
                found_at=found,
                new_this_week=previous.get(verdict.section_id, "ok") != verdict.status
                and found >= week.start,
            )
        )
    return tuple(issues)


def _improvements(
    verdicts: Sequence[history.Verdict], previous: dict[str, str]
) -> tuple[SectionImprovement, ...]:
    improved = []
    for verdict in sorted(verdicts, key=lambda v: fix_order(v.section_id, "ok")):
        before = previous.get(verdict.section_id)
        if verdict.status == "ok" and before is not None and before not in NOT_PROBLEMS:
            info = section_info(verdict.section_id)
            improved.append(
                SectionImprovement(verdict.section_id, info.reference, info.title, before)
            )
    return tuple(improved)


def _overlap(incident: Incident, week: Week, now: dt.datetime) -> dt.timedelta:
    start = max(incident.start, week.start)
    end = min(incident.end or now, week.end)
    return max(end - start, dt.timedelta())
