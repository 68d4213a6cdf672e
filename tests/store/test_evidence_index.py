"""The evidence index of a crawl: which answers are archived in full and which revisit what,
across crawls and within one; and which remembered answers the archive still backs.
SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker
from warcio.archiveiterator import ArchiveIterator

from monitor.compliance.digest import payload_digest
from monitor.compliance.memo import DOCUMENT, Remembered
from monitor.compliance.result import Capture, ComplianceResult, CrawlStats, SectionVerdict
from monitor.evidence.sections import capture_digest
from monitor.store.answers import load_memory
from monitor.store.crawls import record_crawl, start_crawl
from monitor.store.db import transaction
from monitor.store.evidence import write_crawl_warc
from monitor.store.models import CrawlRun, EvidenceCrawl, EvidenceRecord
from monitor.store.models import SectionVerdict as VerdictRow
from tests.store.conftest import MUNI_HOME

T0 = dt.datetime(2026, 11, 2, 12, 0, tzinfo=dt.UTC)
HOME = MUNI_HOME  # the portal the ``factory`` fixture registers (conftest.py)
NUMERAL = "https://muni.laip.gt/numeral-1"
COPY = "https://muni.laip.gt/numeral-1-copia"
OLD = b"<html><h1>Numeral 1</h1><p>Actualizado: octubre 2026</p></html>"
NEW = b"<html><h1>Numeral 1</h1><p>Actualizado: noviembre 2026</p></html>"


def _get(url: str, body: bytes, at: dt.datetime) -> Capture:
    return Capture(url, "GET", 200, (("Content-Type", "text/html"),), body, at)


def _result(*captures: Capture) -> ComplianceResult:
    # Each answer is remembered for the next crawl, as the crawler does.
    remembered = tuple(
        Remembered(capture.url, DOCUMENT, capture.status, capture_digest(capture))
        for capture in captures
    )
    return ComplianceResult(
        slug="muni",
        catalog_version="test",
        started_at=T0,
        verdicts=(SectionVerdict("art10.01", "ok", "found", NUMERAL),),
        stats=CrawlStats(pages=len(captures)),
        captures=captures,
        evidence={"art10.01": (NUMERAL, COPY)},
        remembered=remembered,
    )


def _crawl(
    factory: sessionmaker[Session],
    directory: Path,
    day: int,
    *captures: Capture,
    ahead: bool = False,
    reads: list[int] | None = None,
) -> int:
    """Store a crawl of ``captures``; ``ahead``: its WARC file written first, as the pipeline
    does (the archived originals its memory holds given, the statements it ran in ``reads``)."""
    started = T0 + dt.timedelta(days=day)
    with transaction(factory) as session:
        crawl_id = start_crawl(session, 1, started, "test").id
    archived = None
    if ahead:  # as the pipeline does: the file first, with no write, then the rows
        with factory() as session:
            memory = load_memory(session, 1, evidence=True)
            rows_before = len(session.scalars(select(EvidenceRecord.id)).all())
        statements: list[str] = []
        engine = factory.kw["bind"]

        def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", count)
        try:
            with factory() as session:
                archived = write_crawl_warc(
                    session, 1, crawl_id, started, _result(*captures), directory,
                    slug="muni", originals=memory.originals,
                )  # fmt: skip
                assert not session.new and not session.dirty
                session.rollback()
        finally:
            event.remove(engine, "before_cursor_execute", count)
        if reads is not None:
            reads.append(len(statements))
        assert (directory / archived.warc_file).is_file()
        with factory() as session:
            assert len(session.scalars(select(EvidenceRecord.id)).all()) == rows_before
    with transaction(factory) as session:
        record_crawl(
            session, crawl_id, _result(*captures), evidence_dir=directory, archived=archived
        )
    return crawl_id


@pytest.mark.parametrize("ahead", [False, True], ids=["archived-when-stored", "archived-ahead"])
def test_revisits_point_at_the_archived_original_of_the_same_url_and_content(
    factory: sessionmaker[Session], tmp_path: Path, ahead: bool
) -> None:
    day = [T0 + dt.timedelta(days=n) for n in range(3)]
    reads: list[int] = []
    crawl = functools.partial(_crawl, ahead=ahead, reads=reads)
    first = crawl(
        factory,
        tmp_path,
        0,
        _get(NUMERAL, OLD, day[0]),
        _get(COPY, OLD, day[0]),  # the same content at another URL: archived in full
        _get(NUMERAL, OLD, day[0]),  # twice in one crawl: a revisit of the first
    )
    second = crawl(factory, tmp_path, 1, _get(NUMERAL, NEW, day[1]), _get(COPY, OLD, day[1]))
    third = crawl(factory, tmp_path, 2, _get(NUMERAL, OLD, day[2]), _get(NUMERAL, NEW, day[2]))
    with factory() as session:
        records = list(session.scalars(select(EvidenceRecord).order_by(EvidenceRecord.id)))
        files = {
            crawl_id: name
            for crawl_id, name in session.execute(
                select(EvidenceCrawl.crawl_id, EvidenceCrawl.warc_file)
            )
        }
        sections = {
            crawl.crawl_id: crawl.sections for crawl in session.scalars(select(EvidenceCrawl))
        }
    by_id = {record.id: record for record in records}

    def target(record: EvidenceRecord) -> tuple[int, str, str] | None:
        if record.refers_to_id is None:
            return None
        original = by_id[record.refers_to_id]
        assert original.record_type == "response"
        return (original.crawl_id, original.url, original.digest)

    old, new = payload_digest(OLD), payload_digest(NEW)
    assert [(r.crawl_id, r.url, r.record_type, r.digest, target(r)) for r in records] == [
        (first, NUMERAL, "response", old, None),
        (first, COPY, "response", old, None),
        (first, NUMERAL, "revisit", old, (first, NUMERAL, old)),
        (second, NUMERAL, "response", new, None),
        (second, COPY, "revisit", old, (first, COPY, old)),
        (third, NUMERAL, "revisit", old, (first, NUMERAL, old)),
        (third, NUMERAL, "revisit", new, (second, NUMERAL, new)),
    ]
    # A section rests on the last record of each of its URLs in that crawl.
    assert sections[first] == {"art10.01": [records[2].id, records[1].id]}
    assert sections[third] == {"art10.01": [records[6].id]}
    # The revisit in the file names the original's URL and date.
    for record, refers_date in ((records[5], "2026-11-02T12:00:00Z"), (records[2], None)):
        data = (tmp_path / files[record.crawl_id]).read_bytes()
        chunk = data[record.offset : record.offset + record.length]
        [warc] = ArchiveIterator(io.BytesIO(chunk))
        assert warc.rec_type == "revisit"
        assert warc.rec_headers.get_header("WARC-Refers-To-Target-URI") == NUMERAL
        assert warc.rec_headers.get_header("WARC-Payload-Digest") == record.digest
        if refers_date is not None:
            assert warc.rec_headers.get_header("WARC-Refers-To-Date") == refers_date
    if ahead:
        # The first crawl looks its contents up in the archive; the second only its new page;
        # the third, whose every content the memory knows, reads nothing.
        assert reads[0] >= 1 and reads[1] >= 1 and reads[2] == 0


def test_a_remembered_answer_is_backed_only_by_an_original_of_its_own_url(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    _crawl(factory, tmp_path, 0, _get(NUMERAL, OLD, T0))
    answers = (
        Remembered(NUMERAL, DOCUMENT, 200, payload_digest(OLD)),  # archived
        Remembered(COPY, DOCUMENT, 200, payload_digest(OLD)),  # its content, at another URL
        Remembered(HOME, DOCUMENT, 200, payload_digest(NEW)),  # never archived
    )
    with transaction(factory) as session:
        crawl_id = start_crawl(session, 1, T0 + dt.timedelta(days=1), "test").id
    with transaction(factory) as session:
        record_crawl(session, crawl_id, dataclasses.replace(_result(), remembered=answers))
    with factory() as session:
        assert set(load_memory(session, 1, evidence=True).answers) == {NUMERAL}
        assert set(load_memory(session, 1, evidence=False).answers) == {NUMERAL, COPY, HOME}


def test_an_evidence_disk_that_fails_leaves_the_verdicts_stored_without_evidence(
    factory: sessionmaker[Session], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "evidence"
    blocked.mkdir()
    (blocked / "muni").write_text("a file where the portal's folder goes")  # mkdir fails
    crawl_id = _crawl(factory, blocked, 0, _get(NUMERAL, OLD, T0))
    with factory() as session:
        run = session.get(CrawlRun, crawl_id)
        assert run is not None and run.status == "complete"
        verdicts = session.scalars(select(VerdictRow).where(VerdictRow.crawl_id == crawl_id))
        assert [v.status for v in verdicts] == ["ok"]
        assert session.scalars(select(EvidenceRecord)).all() == []
        assert session.scalars(select(EvidenceCrawl)).all() == []
    assert "evidence not archived" in caplog.text
