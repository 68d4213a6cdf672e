"""The evidence archive: each crawl's answers in WARC files, indexed in the database.

One ``.warc.gz`` per crawl under the evidence directory (``SLUG/YYYY/SLUG-<UTC>-<crawl>.warc.gz``).
An answer whose content (page body, or a document's describing headers) was archived before for
the same URL is written as a ``revisit`` record pointing at the original, so a daily crawl of an
unchanged portal adds a few hundred bytes per URL. ``evidence_records`` says where each record
is; ``evidence_crawls`` which records each section's verdict rests on.

``export_evidence`` writes the evidence of one crawl or one verdict as a standalone ``.warc.gz``
(warcinfo, a metadata record with the verdicts, then the records, originals of revisits
included) that ``warcio check`` / ``warcio index`` and replay tools accept.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session, aliased

from monitor.compliance.result import ComplianceResult
from monitor.errors import LaipMonitorError
from monitor.evidence.cases import Answer, ReviewCase, read_answer
from monitor.evidence.sections import capture_digest
from monitor.evidence.warc import EvidenceWriter
from monitor.store import reviews
from monitor.store.answers import Originals
from monitor.store.archived import archived_originals
from monitor.store.bulk import insert_rows, update_rows
from monitor.store.models import (
    RESPONSE,
    REVISIT,
    CrawlRun,
    EvidenceCrawl,
    EvidenceRecord,
    Portal,
    SectionReview,
    SectionVerdict,
    utcnow,
)
from monitor.store.orphans import OrphanSweep, sweep_orphans
from monitor.store.warc_names import warc_name

_RECORDS = cast(Table, EvidenceRecord.__table__)


class EvidenceError(LaipMonitorError):
    """No evidence for what was asked (portal, date, section), or the archive is unreadable."""


@dataclass(frozen=True)
class ArchivedCrawl:
    """A crawl's WARC file, written; its index rows not yet (``index_crawl_evidence``)."""

    portal_id: int
    crawl_id: int
    warc_file: str
    bytes_written: int
    rows: list[dict[str, Any]]
    # Row index -> index of the response of this crawl it repeats (its id is known once written).
    repeats: dict[int, int]


def store_crawl_evidence(
    session: Session, run: CrawlRun, result: ComplianceResult, directory: Path
) -> EvidenceCrawl:
    """Archive ``result``'s captures for crawl ``run`` and index them (caller's transaction)."""
    archived = write_crawl_warc(session, run.portal_id, run.id, run.started_at, result, directory)
    return index_crawl_evidence(session, archived, result)


def write_crawl_warc(
    session: Session,
    portal_id: int,
    crawl_id: int,
    started_at: dt.datetime,
    result: ComplianceResult,
    directory: Path,
    *,
    slug: str | None = None,
    originals: Originals | None = None,
) -> ArchivedCrawl:
    """Write ``result``'s captures as the crawl's WARC file (reads the database, writes none).

    The pipeline calls it before the transaction that stores the result, so that compressing
    a crawl's pages holds no write lock (SQLite has one writer at a time). ``slug`` and
    ``originals`` (the archived responses the crawl's memory already holds), when the caller
    knows them, spare their reads: an unchanged portal's crawl reads nothing.
    """
    if slug is None:
        stored = session.scalar(select(Portal.slug).where(Portal.id == portal_id))
        slug = stored if stored is not None else result.slug
    digests = [capture_digest(capture) for capture in result.captures]
    originals = dict(originals or {})
    unknown = {
        digest
        for capture, digest in zip(result.captures, digests, strict=True)
        if (capture.url[:2048], digest) not in originals
    }
    if unknown:
        originals.update(archived_originals(session, portal_id, unknown))
    name = warc_name(slug, crawl_id, started_at)
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    repeats: dict[int, int] = {}
    with open(path, "wb") as stream:
        writer = EvidenceWriter(stream)
        writer.warcinfo(
            os.path.basename(name),
            {"portal": slug, "crawl": str(crawl_id), "isPartOf": f"laip-monitor/{slug}"},
        )
        fresh: dict[tuple[str, str], int] = {}
        for capture, digest in zip(result.captures, digests, strict=True):
            key = (capture.url, digest)
            known = originals.get(key)
            same_crawl = fresh.get(key)
            if known is not None or same_crawl is not None:
                refers_date = known[1] if known is not None else capture.fetched_at
                written = writer.revisit(capture, capture.url, refers_date)
                kind = REVISIT
            else:
                written = writer.response(capture)
                kind = RESPONSE
            if kind == RESPONSE:
                fresh[key] = len(rows)
            elif known is None and same_crawl is not None:
                repeats[len(rows)] = same_crawl
            rows.append(
                {
                    "portal_id": portal_id,
                    "crawl_id": crawl_id,
                    "url": capture.url[:2048],
                    "method": capture.method,
                    "status": capture.status,
                    "digest": digest,
                    "record_type": kind,
                    "refers_to_id": known[0] if known is not None else None,
                    "offset": written.offset,
                    "length": written.length,
                    "captured_at": capture.fetched_at,
                }
            )
        size = stream.tell()
    return ArchivedCrawl(portal_id, crawl_id, name, size, rows, repeats)


def index_crawl_evidence(
    session: Session, archived: ArchivedCrawl, result: ComplianceResult
) -> EvidenceCrawl:
    """Index a written WARC file: its records and each section's (caller's transaction)."""
    rows, repeats = archived.rows, archived.repeats
    # Every record has its own offset in the crawl's file: it tells which id is whose.
    connection = session.connection()
    id_at = {
        offset: record_id
        for record_id, offset in insert_rows(connection, _RECORDS, rows, ("id", "offset"))
    }
    ids = [int(id_at[row["offset"]]) for row in rows]
    refer = [
        {"row_id": ids[row], "refers_to_id": ids[original]} for row, original in repeats.items()
    ]
    # A repeat within this crawl points at the response written just before.
    update_rows(connection, _RECORDS, ("id",), refer)
    by_url = {row["url"]: record_id for row, record_id in zip(rows, ids, strict=True)}
    sections = {
        section: [by_url[url] for url in urls if url in by_url]
        for section, urls in result.evidence.items()
    }
    crawl = EvidenceCrawl(
        crawl_id=archived.crawl_id,
        portal_id=archived.portal_id,
        warc_file=archived.warc_file,
        bytes_written=archived.bytes_written,
        pruned=False,
        sections=sections,
        created_at=utcnow(),
    )
    session.add(crawl)
    session.flush()
    return crawl


@dataclass(frozen=True)
class EvidenceSummary:
    """What the archive holds for one crawl: where, how much, how many records of each kind."""

    crawl_id: int
    warc_file: str
    bytes_written: int
    responses: int
    revisits: int


def evidence_summary(session: Session, crawl_id: int) -> EvidenceSummary | None:
    """The archive of crawl ``crawl_id``; None when it has none."""
    crawl = session.get(EvidenceCrawl, crawl_id)
    if crawl is None:
        return None
    counts = dict(
        session.execute(
            select(EvidenceRecord.record_type, func.count())
            .where(EvidenceRecord.crawl_id == crawl_id)
            .group_by(EvidenceRecord.record_type)
        ).all()
    )
    return EvidenceSummary(
        crawl_id,
        crawl.warc_file,
        crawl.bytes_written,
        int(counts.get(RESPONSE, 0)),
        int(counts.get(REVISIT, 0)),
    )


def section_record_ids(session: Session, crawl_id: int, section: str) -> list[int] | None:
    """The evidence records a section's verdict rests on; None when the crawl has no archive."""
    crawl = session.get(EvidenceCrawl, crawl_id)
    if crawl is None:
        return None
    return [int(i) for i in crawl.sections.get(section, [])]


def find_crawl(session: Session, slug: str, day: dt.date | None = None) -> CrawlRun:
    """The newest complete, archived crawl of ``slug`` (started on UTC day ``day`` if given)."""
    query = (
        select(CrawlRun)
        .join(Portal, Portal.id == CrawlRun.portal_id)
        .join(EvidenceCrawl, EvidenceCrawl.crawl_id == CrawlRun.id)
        .where(Portal.slug == slug, CrawlRun.status == "complete", EvidenceCrawl.pruned.is_(False))
        .order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc())
    )
    if day is not None:
        start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
        query = query.where(
            CrawlRun.started_at >= start, CrawlRun.started_at < start + dt.timedelta(days=1)
        )
    run = session.scalars(query.limit(1)).first()
    if run is None:
        when = f" on {day.isoformat()}" if day else ""
        raise EvidenceError(f"no archived crawl of {slug!r}{when}: nothing to export")
    return run


@dataclass
class ExportReport:
    """What ``export_evidence`` wrote."""

    path: Path
    crawl_id: int
    records: int = 0
    responses: int = 0
    revisits: int = 0
    urls: list[str] = field(default_factory=list)


def export_evidence(
    session: Session,
    directory: Path,
    slug: str,
    out: Path,
    *,
    section: str | None = None,
    day: dt.date | None = None,
) -> ExportReport:
    """Write the evidence of one crawl (or of one section's verdict in it) to ``out``."""
    run = find_crawl(session, slug, day)
    query = select(EvidenceRecord).where(EvidenceRecord.crawl_id == run.id)
    if section is not None:
        ids = section_record_ids(session, run.id, section) or []
        if not ids:
            raise EvidenceError(
                f"crawl {run.id} of {slug!r} archived nothing behind {section!r} "
                "(no page or document was read for it)"
            )
        query = query.where(EvidenceRecord.id.in_(ids))
    records = list(session.scalars(query.order_by(EvidenceRecord.id)))
    files = _files(session, records)
    originals = {
        row.id: row
        for row in session.scalars(
            select(EvidenceRecord).where(
                EvidenceRecord.id.in_([r.refers_to_id for r in records if r.refers_to_id])
            )
        )
    }
    files.update(_files(session, originals.values()))
    verdicts = session.scalars(
        select(SectionVerdict).where(SectionVerdict.crawl_id == run.id)
    ).all()
    corrections = reviews.by_section(
        reviews.corrections_in_force(session, [run.portal_id]), run.portal_id
    )
    payload: dict[str, Any] = {
        "portal": slug,
        "crawl_id": run.id,
        "crawl_started_at": run.started_at.isoformat(),
        "catalog_version": run.catalog_version,
        "verdicts": [
            {
                "section": v.section_id,
                "judge_status": v.status,
                "status": reviews.apply(v.status, corrections.get(v.section_id)),
                "reason": v.reason,
                "url": v.url,
                "evidence_digest": v.evidence_digest,
                "review": (
                    corrections[v.section_id].to_json() if v.section_id in corrections else None
                ),
            }
            for v in verdicts
            if section is None or v.section_id == section
        ],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    report = ExportReport(out, run.id)
    copied: set[int] = set()
    with open(out, "wb") as stream:
        writer = EvidenceWriter(stream)
        writer.warcinfo(out.name, {"portal": slug, "crawl": str(run.id)})
        writer.metadata(f"urn:laip-monitor:{slug}:crawl:{run.id}", payload, utcnow())
        for row in records:
            original = originals.get(row.refers_to_id) if row.refers_to_id else None
            if original is not None and original.id not in copied:
                stream.write(_read(directory, files, original))
                copied.add(original.id)
                report.responses += 1
            if row.id not in copied:
                stream.write(_read(directory, files, row))
                copied.add(row.id)
                if row.record_type == RESPONSE:
                    report.responses += 1
                else:
                    report.revisits += 1
            report.urls.append(row.url)
    report.records = report.responses + report.revisits
    return report


def _files(session: Session, records: Iterable[EvidenceRecord]) -> dict[int, str]:
    """``{crawl_id: warc_file}`` for the crawls of ``records``."""
    crawl_ids = {record.crawl_id for record in records}
    if not crawl_ids:
        return {}
    return dict(
        session.execute(
            select(EvidenceCrawl.crawl_id, EvidenceCrawl.warc_file).where(
                EvidenceCrawl.crawl_id.in_(crawl_ids)
            )
        ).all()
    )


def _read(directory: Path, files: dict[int, str], row: EvidenceRecord) -> bytes:
    name = files.get(row.crawl_id)
    if name is None:
        raise EvidenceError(f"record {row.id}: its crawl's archive is not indexed any more")
    path = directory / name
    try:
        with open(path, "rb") as stream:
            stream.seek(row.offset)
            data = stream.read(row.length)
    except OSError as exc:
        raise EvidenceError(f"{path}: cannot read the evidence archive ({exc.strerror})") from None
    if len(data) != row.length:
        raise EvidenceError(f"{path}: the evidence archive is shorter than its index says")
    return data


@dataclass
class PruneReport:
    """What ``prune_evidence`` removed."""

    cutoff: dt.datetime
    crawls: int = 0
    records: int = 0
    files: int = 0
    bytes: int = 0
    # Files no index row names (``store.orphans``), removed whatever the cutoff.
    unindexed: OrphanSweep = field(default_factory=OrphanSweep)

    def describe(self) -> str:
        text = (
            f"evidence before {self.cutoff:%Y-%m-%d}: {self.crawls} crawl(s), {self.records} "
            f"record(s), {self.files} file(s), {self.bytes:,} bytes removed"
        )
        if self.unindexed.files:
            text += (
                f"; {self.unindexed.files} unindexed file(s), {self.unindexed.bytes:,} bytes "
                f"removed (crawls whose result was never stored)"
            )
        return text


def prune_evidence(
    session: Session, directory: Path, cutoff: dt.datetime, now: dt.datetime | None = None
) -> PruneReport:
    """Drop the evidence of crawls started before ``cutoff`` (commits, then deletes files), and
    the files no index row names once they are ``ORPHAN_GRACE`` old (``store.orphans``).

    An archived answer that a newer crawl still revisits is kept, with its crawl's file and
    index row (marked ``pruned``), so that every remaining revisit can be resolved.
    """
    report = PruneReport(cutoff)
    old_runs = (
        select(CrawlRun.id)
        .join(EvidenceCrawl, EvidenceCrawl.crawl_id == CrawlRun.id)
        .where(CrawlRun.started_at < cutoff)
    )
    # Old records that no record of a crawl newer than the cutoff revisits: decided in SQL,
    # the archive is large.
    newer = aliased(EvidenceRecord)
    newer_run = aliased(CrawlRun)
    revisited = (
        select(newer.id)
        .join(newer_run, newer_run.id == newer.crawl_id)
        .where(newer.refers_to_id == EvidenceRecord.id, newer_run.started_at >= cutoff)
        .exists()
    )
    doomed = list(
        session.scalars(
            select(EvidenceRecord.id).where(EvidenceRecord.crawl_id.in_(old_runs), ~revisited)
        )
    )
    for start in range(0, len(doomed), 500):
        chunk = doomed[start : start + 500]
        session.execute(delete(EvidenceRecord).where(EvidenceRecord.id.in_(chunk)))
    report.records = len(doomed)
    left = select(EvidenceRecord.id).where(EvidenceRecord.crawl_id == EvidenceCrawl.crawl_id)
    empty = list(
        session.scalars(
            select(EvidenceCrawl).where(EvidenceCrawl.crawl_id.in_(old_runs), ~left.exists())
        )
    )
    unused = sorted({crawl.warc_file for crawl in empty})
    report.crawls = len(empty)
    for crawl in session.scalars(
        select(EvidenceCrawl).where(
            EvidenceCrawl.crawl_id.in_(old_runs), EvidenceCrawl.pruned.is_(False)
        )
    ):
        if crawl not in empty:
            crawl.pruned = True
            crawl.sections = {}
            report.crawls += 1
    for crawl in empty:
        session.delete(crawl)
    # Files go only once the index no longer points at them (a failed commit keeps both).
    session.commit()
    for name in unused:
        path = directory / name
        try:
            size = path.stat().st_size
            path.unlink()
        except FileNotFoundError:
            continue
        report.files += 1
        report.bytes += size
    report.unindexed = sweep_orphans(session, directory, now or utcnow())
    return report


def review_cases(
    session: Session, directory: Path, slug: str | None = None
) -> tuple[list[ReviewCase], list[str]]:
    """Every correction ever set (of ``slug`` or all portals) as a regression case, built from
    the evidence archived for the crawl it corrected; plus one line per correction skipped."""
    query = (
        select(Portal, SectionReview)
        .join(Portal, Portal.id == SectionReview.portal_id)
        .where(SectionReview.action == reviews.SET)
        .order_by(SectionReview.id)
    )
    if slug is not None:
        query = query.where(Portal.slug == slug)
    cases: list[ReviewCase] = []
    skipped: list[str] = []
    for portal, row in session.execute(query).all():
        where = f"{portal.slug} {row.section_id} (review {row.id})"
        ids = (
            None
            if row.crawl_id is None
            else section_record_ids(session, row.crawl_id, row.section_id)
        )
        if not ids:
            skipped.append(f"{where}: no archived evidence for crawl {row.crawl_id}")
            continue
        # The whole crawl goes in, the section's own answers flagged: the judge reads a page
        # against the rest of the site (menus and dates repeated on most pages are template).
        behind = set(ids)
        records = list(
            session.scalars(
                select(EvidenceRecord)
                .where(EvidenceRecord.crawl_id == row.crawl_id)
                .order_by(EvidenceRecord.id)
            )
        )
        answers = []
        for record in records:
            source = record
            if record.record_type == REVISIT and record.refers_to_id is not None:
                original = session.get(EvidenceRecord, record.refers_to_id)
                if original is None:
                    continue
                source = original
            data = _read(directory, _files(session, [source]), source)
            answer = read_answer(data, record.method, record.method == "HEAD")
            answers.append(
                Answer(
                    record.url,
                    record.method,
                    answer.status,
                    answer.headers,
                    answer.body,
                    behind_section=record.id in behind,
                )
            )
        run = session.get(CrawlRun, row.crawl_id)
        verdict = session.scalars(
            select(SectionVerdict).where(
                SectionVerdict.crawl_id == row.crawl_id, SectionVerdict.section_id == row.section_id
            )
        ).first()
        started = run.started_at if run is not None else row.at
        cases.append(
            ReviewCase(
                path=None,
                portal=portal.slug,
                portal_url=portal.url,
                section=row.section_id,
                status=row.status or "",
                judge_status=row.judge_status or "",
                reason=row.reason,
                reviewer=row.reviewer,
                judged_on=reviews.guatemala_day(started),
                answers=tuple(answers),
                extra={
                    "review_id": row.id,
                    "reviewed_at": row.at.isoformat(),
                    "crawl_id": row.crawl_id,
                    "catalog_version": run.catalog_version if run is not None else None,
                    "judge_verdict": None
                    if verdict is None
                    else {"status": verdict.status, "reason": verdict.reason, "url": verdict.url},
                },
            )
        )
    return cases, skipped
