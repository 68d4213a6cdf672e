"""SQLAlchemy 2.0 typed models.

State tables (``portal_state``, ``section_state``) hold "now" and feed metrics; history tables
(``probe_runs``, ``crawl_runs``, ``section_verdicts``, ``transitions``, ``probe_daily``) hold
"then" and feed uptime, reports and dashboards. Every timestamp is stored in UTC.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    literal_column,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always returned timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so that Alembic names constraints stably."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON}


class Portal(Base):
    """A portal as last synced from the config; kept (inactive) when removed from it."""

    __tablename__ = "portals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(100))
    url: Mapped[str] = mapped_column(String(2048))
    contacts: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    removed_at: Mapped[dt.datetime | None]


class ProbeRun(Base):
    """One reachability probe of a portal's home page."""

    __tablename__ = "probe_runs"
    __table_args__ = (
        Index("ix_probe_runs_portal_started", "portal_id", "started_at"),
        Index("ix_probe_runs_started", "started_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    portal_id: Mapped[int] = mapped_column(ForeignKey("portals.id", ondelete="CASCADE"))
    started_at: Mapped[dt.datetime]
    up: Mapped[bool] = mapped_column(Boolean)
    error: Mapped[str | None] = mapped_column(String(32))
    error_detail: Mapped[str | None] = mapped_column(Text)
    status_code: Mapped[int | None] = mapped_column(Integer)
    final_url: Mapped[str | None] = mapped_column(String(2048))
    response_time_seconds: Mapped[float | None] = mapped_column(Float)
    phases: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    redirects: Mapped[int] = mapped_column(Integer, default=0)
    tls_expires_at: Mapped[dt.datetime | None]
    tls_issuer: Mapped[str | None] = mapped_column(String(500))
    body_bytes: Mapped[int | None] = mapped_column(Integer)
    body_sha256: Mapped[str | None] = mapped_column(String(64))
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)


class PortalState(Base):
    """The latest known state of a portal: what /metrics and ``status`` read."""

    __tablename__ = "portal_state"

    portal_id: Mapped[int] = mapped_column(
        ForeignKey("portals.id", ondelete="CASCADE"), primary_key=True
    )
    up: Mapped[bool | None] = mapped_column(Boolean)
    since: Mapped[dt.datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    consecutive_successes: Mapped[int] = mapped_column(Integer, default=0)
    last_probe_at: Mapped[dt.datetime | None]
    last_probe_up: Mapped[bool | None] = mapped_column(Boolean)
    last_error: Mapped[str | None] = mapped_column(String(32))
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_response_time_seconds: Mapped[float | None] = mapped_column(Float)
    tls_expires_at: Mapped[dt.datetime | None]
    incident_started_at: Mapped[dt.datetime | None]
    last_crawl_id: Mapped[int | None] = mapped_column(Integer)
    last_crawl_at: Mapped[dt.datetime | None]
    compliance_score: Mapped[float | None] = mapped_column(Float)
    compliance_weighted_score: Mapped[float | None] = mapped_column(Float)
    catalog_version: Mapped[str | None] = mapped_column(String(64))
    crawled_pages: Mapped[int | None] = mapped_column(Integer)
    crawl_duration_seconds: Mapped[float | None] = mapped_column(Float)


class CrawlRun(Base):
    """One compliance crawl; ``status`` is 'running' until the verdicts are written in full."""

    __tablename__ = "crawl_runs"
    __table_args__ = (Index("ix_crawl_runs_portal_started", "portal_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    portal_id: Mapped[int] = mapped_column(ForeignKey("portals.id", ondelete="CASCADE"))
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="running")
    catalog_version: Mapped[str | None] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer, default=0)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    bytes_read: Mapped[int] = mapped_column(BigInteger, default=0)
    duration_seconds: Mapped[float | None] = mapped_column(Float)
    score: Mapped[float | None] = mapped_column(Float)
    weighted_score: Mapped[float | None] = mapped_column(Float)
    stop_reason: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    off_scope_links: Mapped[int] = mapped_column(Integer, default=0)


class SectionVerdict(Base):
    """The verdict on one catalogue entry in one crawl, with its evidence."""

    __tablename__ = "section_verdicts"
    __table_args__ = (
        UniqueConstraint("crawl_id", "section_id", name="uq_section_verdicts_crawl_section"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    crawl_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"))
    section_id: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(String(2048))
    label: Mapped[str | None] = mapped_column(String(500))
    last_updated: Mapped[dt.date | None] = mapped_column(Date)
    last_updated_precision: Mapped[str | None] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 over the URLs behind the verdict and their content digests (monitor/evidence).
    evidence_digest: Mapped[str | None] = mapped_column(String(64))


class SectionState(Base):
    """The latest verdict per (portal, section), and since when it holds."""

    __tablename__ = "section_state"

    portal_id: Mapped[int] = mapped_column(
        ForeignKey("portals.id", ondelete="CASCADE"), primary_key=True
    )
    section_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    since: Mapped[dt.datetime]
    crawl_id: Mapped[int] = mapped_column(Integer)
    url: Mapped[str | None] = mapped_column(String(2048))
    label: Mapped[str | None] = mapped_column(String(500))
    last_updated: Mapped[dt.date | None] = mapped_column(Date)
    last_updated_precision: Mapped[str | None] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[dt.datetime]


class Transition(Base):
    """A status change: of a portal (``section_id`` null, up/down) or of one section."""

    __tablename__ = "transitions"
    __table_args__ = (
        Index("ix_transitions_portal_at", "portal_id", "at"),
        Index("ix_transitions_at", "at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    portal_id: Mapped[int] = mapped_column(ForeignKey("portals.id", ondelete="CASCADE"))
    section_id: Mapped[str | None] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime]
    cause: Mapped[str | None] = mapped_column(String(64))
    crawl_id: Mapped[int | None] = mapped_column(Integer)


class ProbeDaily(Base):
    """Raw probes of one portal and UTC day rolled up, once past the retention age."""

    __tablename__ = "probe_daily"

    portal_id: Mapped[int] = mapped_column(
        ForeignKey("portals.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    probes: Mapped[int] = mapped_column(Integer)
    up_probes: Mapped[int] = mapped_column(Integer)
    counted_probes: Mapped[int] = mapped_column(Integer)
    latency_p50_seconds: Mapped[float | None] = mapped_column(Float)
    latency_p95_seconds: Mapped[float | None] = mapped_column(Float)
    latency_max_seconds: Mapped[float | None] = mapped_column(Float)
    incidents: Mapped[int] = mapped_column(Integer, default=0)


class Delivery(Base):
    """One e-mail to one recipient for one (portal or digest, ISO week); claimed before sending."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("kind", "subject_key", "week", "recipient", name="uq_deliveries_message"),
        Index("ix_deliveries_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # 'portal' or 'digest'
    subject_key: Mapped[str] = mapped_column(String(64))  # portal slug, or 'oversight'
    week: Mapped[str] = mapped_column(String(8))  # ISO week, e.g. '2026-W47'
    recipient: Mapped[str] = mapped_column(String(320))
    message_id: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[dt.datetime | None]
    claimed_at: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Unsubscribe(Base):
    """An address that asked to receive nothing more."""

    __tablename__ = "unsubscribes"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)


class Lease(Base):
    """A named lease (leader election where advisory locks are not available)."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))
    expires_at: Mapped[dt.datetime]
    renewed_at: Mapped[dt.datetime]


class SectionReview(Base):
    """One change to an oversight correction of a verdict; rows are only ever appended.

    ``action``: 'set' (a correction), 'clear' (withdrawn by an officer), 'lapse' (its evidence
    changed: the judge speaks again) or 'expire' (its ``until`` date passed). The correction in
    force for a (portal, section) is its newest row when that row is a 'set' still in date.
    """

    __tablename__ = "section_reviews"
    __table_args__ = (Index("ix_section_reviews_portal_section", "portal_id", "section_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    portal_id: Mapped[int] = mapped_column(ForeignKey("portals.id", ondelete="CASCADE"))
    section_id: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(16))  # the corrected status ('set' only)
    before_status: Mapped[str | None] = mapped_column(String(16))  # effective status before
    after_status: Mapped[str | None] = mapped_column(String(16))  # effective status after
    judge_status: Mapped[str | None] = mapped_column(String(16))  # the judge's, at that moment
    reason: Mapped[str] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime]
    until: Mapped[dt.date | None] = mapped_column(Date)
    until_change: Mapped[bool] = mapped_column(Boolean, default=False)
    crawl_id: Mapped[int | None] = mapped_column(Integer)  # the crawl whose verdict it reviews
    evidence_digest: Mapped[str | None] = mapped_column(String(64))


# ``EvidenceRecord.record_type``: an answer archived in full, or a pointer to an identical one.
RESPONSE, REVISIT = "response", "revisit"
# The partial index's condition, written out: SQLite uses a partial index only for a query that
# names its condition with the same literal (a bound parameter is not known when planning).
_RESPONSES_ONLY = f"record_type = '{RESPONSE}'"


class EvidenceRecord(Base):
    """One WARC record of the evidence archive: an answer of one crawl, or a revisit of it.

    It lives in its crawl's file (``evidence_crawls.warc_file``), at ``offset``.
    """

    __tablename__ = "evidence_records"
    __table_args__ = (
        Index("ix_evidence_records_crawl", "crawl_id"),
        # The originals of a crawl's contents are looked up by digest (store.evidence,
        # store.answers). Only responses: most records of a daily crawl are revisits, and an
        # index of them all would cost ~40 B a record (about 0.2 GB a year for 340 portals).
        Index(
            "ix_evidence_records_portal_response_digest",
            "portal_id",
            "digest",
            sqlite_where=text(_RESPONSES_ONLY),
            postgresql_where=text(_RESPONSES_ONLY),
        ),
        Index("ix_evidence_records_refers_to", "refers_to_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    portal_id: Mapped[int] = mapped_column(ForeignKey("portals.id", ondelete="CASCADE"))
    crawl_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(String(2048))
    method: Mapped[str] = mapped_column(String(8))
    status: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    record_type: Mapped[str] = mapped_column(String(16))  # RESPONSE or REVISIT
    refers_to_id: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    offset: Mapped[int] = mapped_column(BigInteger)
    length: Mapped[int] = mapped_column(BigInteger)
    captured_at: Mapped[dt.datetime]


# ``WHERE`` condition of the queries the partial index above serves.
RESPONSES_ONLY = literal_column(f"'{RESPONSE}'") == EvidenceRecord.__table__.c.record_type


class EvidenceCrawl(Base):
    """The evidence of one crawl: its WARC file and which records each section rests on."""

    __tablename__ = "evidence_crawls"

    crawl_id: Mapped[int] = mapped_column(
        ForeignKey("crawl_runs.id", ondelete="CASCADE"), primary_key=True
    )
    portal_id: Mapped[int] = mapped_column(ForeignKey("portals.id", ondelete="CASCADE"))
    warc_file: Mapped[str] = mapped_column(String(500))
    bytes_written: Mapped[int] = mapped_column(BigInteger, default=0)
    # Past the evidence retention: only the answers newer crawls still revisit are left.
    pruned: Mapped[bool] = mapped_column(Boolean, default=False)
    # {section_id: [evidence_records.id, ...]}
    sections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class KeptAnalysis(Base):
    """A portal's last analysis (``compliance.analysis``): what its content says of each
    catalogue entry, whatever the day, and the key of the content it was made from. A crawl
    that reads the same content again judges from it (only freshness is worked out anew)."""

    __tablename__ = "kept_analyses"

    portal_id: Mapped[int] = mapped_column(
        ForeignKey("portals.id", ondelete="CASCADE"), primary_key=True
    )
    content_key: Mapped[str] = mapped_column(String(64))  # compliance.analysis.content_key
    analyses: Mapped[str] = mapped_column(Text)  # compliance.analysis.dump_analyses
    analysed_at: Mapped[dt.datetime]


class RememberedAnswer(Base):
    """What the last crawl of a portal read at one URL, for the next crawl to reuse if unchanged.

    A page's parse or a document's describing headers, with the validators (ETag, Last-Modified)
    that make the next request conditional and the content digest (``compliance.memo``).
    """

    __tablename__ = "remembered_answers"

    portal_id: Mapped[int] = mapped_column(
        ForeignKey("portals.id", ondelete="CASCADE"), primary_key=True
    )
    url_key: Mapped[str] = mapped_column(String(40), primary_key=True)  # SHA-1 of the URL
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # 'page' or 'document'
    status: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(64))
    headers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    page: Mapped[bytes | None] = mapped_column(LargeBinary)
    parser: Mapped[str] = mapped_column(String(16))  # compliance.memo.PARSER_FINGERPRINT
    seen_at: Mapped[dt.datetime]
