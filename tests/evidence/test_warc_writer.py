"""The WARC writer: every record its own gzip member, readable alone from its offset."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import io
import re
import zlib

import deflate
from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from monitor.compliance.digest import payload_digest
from monitor.compliance.result import Capture
from monitor.evidence.warc import GZIP_LEVEL, EvidenceWriter

AT = dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)


def _page(n: int) -> Capture:
    body = f"<html><body><h1>Numeral {n}</h1>" + "<p>año ñandú</p>" * 200 + "</body></html>"
    return Capture(
        url=f"http://127.0.0.1:8080/page-{n}",
        method="GET",
        status=200,
        headers=(("Content-Type", "text/html; charset=utf-8"),),
        body=body.encode(),
        fetched_at=AT,
    )


def test_each_record_is_one_gzip_member_that_reads_alone_from_its_offset() -> None:
    stream = io.BytesIO()
    writer = EvidenceWriter(stream)
    spans = [writer.warcinfo("x.warc.gz", {"operator": "test"})]
    pages = [_page(n) for n in range(3)]
    spans += [writer.response(page) for page in pages]
    spans.append(writer.revisit(_page(0), pages[0].url, AT))
    data = stream.getvalue()

    assert spans[0].offset == 0
    for before, after in zip(spans, spans[1:], strict=False):
        assert after.offset == before.offset + before.length  # contiguous, nothing in between
    assert spans[-1].offset + spans[-1].length == len(data)

    for span, page in zip(spans[1:4], pages, strict=True):
        member = data[span.offset : span.offset + span.length]
        # One whole gzip member: decompressing it leaves nothing unused.
        inflater = zlib.decompressobj(zlib.MAX_WBITS + 16)
        inflater.decompress(member)
        assert inflater.eof and inflater.unused_data == b""
        read = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(io.BytesIO(member))
        ]
        assert read == [("response", page.url, page.body)]

    kinds = [r.rec_type for r in ArchiveIterator(io.BytesIO(data))]
    assert kinds == ["warcinfo", "response", "response", "response", "revisit"]
    assert gzip.decompress(data).count(b"WARC/1.1\r\n") == 5


def test_records_are_compressed_at_the_chosen_level() -> None:
    stream = io.BytesIO()
    span = EvidenceWriter(stream).response(_page(1))
    member = stream.getvalue()[span.offset : span.offset + span.length]
    raw = gzip.decompress(member)
    # libdeflate at the chosen level
    assert member == deflate.gzip_compress(raw, GZIP_LEVEL)
    assert len(member) < len(raw) / 5  # compressed, not stored
    # Standard gzip: the standard library's zlib reads it.
    assert zlib.decompress(member, zlib.MAX_WBITS | 16) == raw


def _warcio_revisit(capture: Capture, refers_to_url: str, refers_to_date: dt.datetime) -> bytes:
    """The revisit record as warcio itself builds and serialises it (uncompressed)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False, warc_version="1.1")
    digest = capture.digest or payload_digest(capture.body or b"")
    record = writer.create_revisit_record(
        capture.url,
        digest,
        refers_to_url,
        datetime_to_iso_date(refers_to_date.astimezone(dt.UTC).replace(tzinfo=None)),
        warc_headers_dict={
            "WARC-Date": datetime_to_iso_date(
                capture.fetched_at.astimezone(dt.UTC).replace(tzinfo=None)
            )
        },
    )
    writer.write_record(record)
    return out.getvalue()


def test_a_revisit_record_is_byte_for_byte_the_one_warcio_writes() -> None:
    later = dt.datetime(2026, 12, 1, 9, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    cases = [
        (_page(0), _page(0).url, AT),  # digest from the body
        (
            Capture(
                url="http://127.0.0.1:8080/informes/año-2026/presupuesto-ejecución.pdf?x=1&y=ñ",
                method="GET",
                status=304,
                headers=(),
                body=None,
                fetched_at=later,
                digest="sha1:GBVEFMSWHYSTC5TBCMTBKPPFXS2DJ4S2",
            ),
            "http://127.0.0.1:8080/informes/año-2026/presupuesto-ejecución.pdf?x=1&y=ñ",
            later - dt.timedelta(days=3),
        ),
        (dataclasses.replace(_page(1), method="HEAD", body=None), _page(1).url, AT),
    ]
    uuid_pattern = re.compile(rb"<urn:uuid:[0-9a-f-]{36}>")
    for capture, refers_to_url, refers_to_date in cases:
        stream = io.BytesIO()
        EvidenceWriter(stream).revisit(capture, refers_to_url, refers_to_date)
        ours = gzip.decompress(stream.getvalue())
        theirs = _warcio_revisit(capture, refers_to_url, refers_to_date)
        assert len(uuid_pattern.findall(ours)) == 1
        assert uuid_pattern.sub(b"ID", ours) == uuid_pattern.sub(b"ID", theirs)
        [record] = ArchiveIterator(io.BytesIO(stream.getvalue()))
        assert record.rec_type == "revisit"
        assert record.rec_headers.get_header("WARC-Target-URI") == capture.url
