"""Where a crawl's WARC file lives under the evidence directory, and the way back from a name.

``SLUG/YYYY/SLUG-<UTC start>-<crawl id>.warc.gz``: written by ``store.evidence``, recognised by
``store.orphans`` (which removes only files named so).
"""

from __future__ import annotations

import datetime as dt
import re

_NAME = re.compile(r"(?P<slug>[^/]+)/\d{4}/[^/]+-(?P<stamp>\d{8}T\d{6}Z)-(?P<crawl>\d+)\.warc\.gz")


def warc_name(slug: str, crawl_id: int, started_at: dt.datetime) -> str:
    """The file's path relative to the evidence directory."""
    moment = started_at.astimezone(dt.UTC)
    return f"{slug}/{moment:%Y}/{slug}-{moment:%Y%m%dT%H%M%SZ}-{crawl_id}.warc.gz"


def crawl_of(name: str) -> int | None:
    """The crawl id of a path ``warc_name`` gives; None for any other name."""
    found = _NAME.fullmatch(name)
    if found is None:
        return None
    crawl_id = int(found["crawl"])
    started_at = dt.datetime.strptime(found["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    return crawl_id if warc_name(found["slug"], crawl_id, started_at) == name else None
