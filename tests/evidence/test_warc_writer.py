"""The WARC writer: every record its own gzip member, readable alone from its offset."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import zlib

from warcio.archiveiterator import ArchiveIterator

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
    again = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    assert member == again.compress(raw) + again.flush()
    assert len(member) < len(raw) / 5  # compressed, not stored
