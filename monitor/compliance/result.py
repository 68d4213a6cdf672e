"""Verdicts of the judge: one SectionVerdict per catalogue entry, gathered in a ComplianceResult."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from monitor.compliance.memo import LastAnalysis, Remembered
from monitor.compliance.status import STATUS_CODES, STATUSES, Status


@dataclass(frozen=True)
class SectionVerdict:
    """The judgement on one catalogue entry, with the evidence a human can check."""

    section_id: str
    status: Status
    reason: str
    url: str | None = None
    label: str | None = None
    last_updated: dt.date | None = None
    # How the date was written: "day", "month" or "year" ("Octubre 2026" is a month).
    last_updated_precision: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The section object of the ``check --json`` contract."""
        return {
            "id": self.section_id,
            "status": self.status,
            "url": self.url,
            "label": self.label,
            "last_updated": self.last_updated.isoformat() if self.last_updated else None,
            "last_updated_precision": self.last_updated_precision,
            "reason": self.reason,
        }


__all__ = ["STATUSES", "STATUS_CODES", "Status", "SectionVerdict", "CrawlStats", "ComplianceResult"]


@dataclass(frozen=True)
class Capture:
    """One HTTP answer the crawl used, kept raw so that the pipeline can archive it (WARC).

    ``body`` is the decoded body as read (capped) for pages; None for documents, whose headers
    are all the crawl reads. The crawler only records; storage happens in the pipeline/store.
    """

    url: str
    method: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    fetched_at: dt.datetime
    truncated: bool = False
    http_version: str = "HTTP/1.1"
    # The content's digest (``compliance.digest.payload_digest``): of ``body`` when it is kept,
    # else of the content not kept (over the capture budget) or a 304's remembered one.
    digest: str | None = None


@dataclass(frozen=True)
class CrawlStats:
    """What the crawl of one portal did and why it stopped."""

    pages: int = 0
    documents: int = 0
    bytes_read: int = 0
    duration_seconds: float = 0.0
    off_scope_links: int = 0
    stop_reason: str | None = (
        None  # None: exhausted the portal; else 'max_pages', 'time_budget', ...
    )
    blocked_by_robots: bool = False
    error: str | None = None  # set when the portal could not be crawled at all
    # The home page did not answer (transport error, timeout, 5xx): an outage, not a compliance
    # result. Such a crawl is stored without verdicts; the sections keep the ones they had.
    unreachable: bool = False
    # Requests failed on the monitor's own machine (out of open files, memory, local ports): the
    # crawl says nothing about the portal and is stored as aborted, without verdicts.
    monitor_fault: bool = False
    # Answers reused from the last crawl: 304 Not Modified, or a page identical to the last one.
    reused: int = 0
    # Judged from the portal's kept analysis: the content was the one it was made from.
    analysis_kept: bool = False

    @property
    def without_verdicts(self) -> bool:
        """Stored without verdicts (the sections keep theirs): an outage or the monitor's fault."""
        return self.unreachable or self.monitor_fault


@dataclass(frozen=True)
class ComplianceResult:
    """All verdicts of one crawl, the catalogue version that judged them and the score."""

    slug: str
    catalog_version: str
    started_at: dt.datetime
    verdicts: tuple[SectionVerdict, ...]
    stats: CrawlStats = field(default_factory=CrawlStats)
    score: float | None = None
    weighted_score: float | None = None
    # The raw answers behind the verdicts and, per section, the URLs whose captures it rests on.
    captures: tuple[Capture, ...] = ()
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What the next crawl may reuse when nothing changed (``compliance.memo``).
    remembered: tuple[Remembered, ...] = ()
    # A new analysis of the content, to keep for the next crawl (``compliance.analysis``); None
    # when the last one stood, or none could be made.
    analysis: LastAnalysis | None = None

    def verdict(self, section_id: str) -> SectionVerdict:
        """The verdict for ``section_id``; KeyError when the catalogue had no such entry."""
        for verdict in self.verdicts:
            if verdict.section_id == section_id:
                return verdict
        raise KeyError(section_id)

    def to_json(self) -> dict[str, Any]:
        """The ``compliance`` object of the ``check --json`` contract."""
        return {
            "score": None if self.score is None else round(self.score, 4),
            "weighted_score": None
            if self.weighted_score is None
            else round(self.weighted_score, 4),
            "catalog_version": self.catalog_version,
            "crawled_pages": self.stats.pages,
            "documents_checked": self.stats.documents,
            "stop_reason": self.stats.stop_reason,
            "error": self.stats.error,
            "sections": [verdict.to_json() for verdict in self.verdicts],
        }
