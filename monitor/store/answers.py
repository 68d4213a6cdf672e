"""Remembered answers between crawls: loaded before a portal's crawl, written with its verdicts.

The crawler makes its requests for these URLs conditional and reuses what did not change
(``compliance.memo``). Only what changed is written: an unchanged portal's crawl adds no row here.
A page parse made by another parser version is never loaded. With the evidence archive on, an
answer is reused only while the archive still holds its original, so that a 304 is always
archived as a revisit of a record that can be read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from monitor.compliance.memo import DOCUMENT, PAGE, PARSER_FINGERPRINT, LastAnalysis, Remembered
from monitor.store.archived import CHUNK, archived_originals
from monitor.store.models import KeptAnalysis, RememberedAnswer

MAX_ETAG = 512  # a longer ETag is not remembered (the answer is then compared by digest)
MAX_LAST_MODIFIED = 64
_ANSWERS = cast(Table, RememberedAnswer.__table__)
# Statements built once (building one costs more than running it on a portal's few rows).
_LOAD = select(
    _ANSWERS.c.url,
    _ANSWERS.c.kind,
    _ANSWERS.c.status,
    _ANSWERS.c.digest,
    _ANSWERS.c.etag,
    _ANSWERS.c.last_modified,
    _ANSWERS.c.headers,
    _ANSWERS.c.page,
).where(
    _ANSWERS.c.portal_id == bindparam("portal_id"),
    or_(_ANSWERS.c.kind == DOCUMENT, _ANSWERS.c.parser == bindparam("parser")),
)
_KEYS = select(
    _ANSWERS.c.url_key,
    _ANSWERS.c.digest,
    _ANSWERS.c.etag,
    _ANSWERS.c.last_modified,
    _ANSWERS.c.parser,
).where(_ANSWERS.c.portal_id == bindparam("portal_id"))
_KEPT = cast(Table, KeptAnalysis.__table__)
_LOAD_ANALYSIS = select(_KEPT.c.content_key, _KEPT.c.analyses).where(
    _KEPT.c.portal_id == bindparam("portal_id")
)
_UPDATE = update(_ANSWERS).where(
    _ANSWERS.c.portal_id == bindparam("row_portal"), _ANSWERS.c.url_key == bindparam("row_key")
)


def url_key(url: str) -> str:
    """The row key of ``url``: its SHA-1 (URLs can be longer than an index allows)."""
    return hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()


Originals = dict[tuple[str, str], tuple[int, dt.datetime]]


@dataclass(frozen=True)
class Memory:
    """What a portal's next crawl starts from: its remembered answers, (evidence on) the
    archived response each of them repeats, ``{(url, digest): (record id, captured at)}``, and
    the last analysis of its content."""

    answers: dict[str, Remembered] = field(default_factory=dict)
    originals: Originals = field(default_factory=dict)
    analysis: LastAnalysis | None = None


def load_memory(session: Session, portal_id: int, *, evidence: bool = False) -> Memory:
    """``portal_id``'s remembered answers, for its next crawl.

    ``evidence``: keep only answers whose original the evidence archive still holds.
    """
    # Read with Core, not the ORM: no object of these tables is ever pending (no autoflush).
    connection = session.connection()
    rows = connection.execute(_LOAD, {"portal_id": portal_id, "parser": PARSER_FINGERPRINT}).all()
    archived: Originals | None = None
    if evidence and rows:
        archived = archived_originals(session, portal_id, (str(r.digest) for r in rows))
    found: dict[str, Remembered] = {}
    for url, kind, status, digest, etag, last_modified, headers, page in rows:
        if archived is not None and (url[:2048], digest) not in archived:
            continue
        if kind not in (PAGE, DOCUMENT):
            continue
        found[url] = Remembered(
            url=url,
            kind=PAGE if kind == PAGE else DOCUMENT,
            status=status,
            digest=digest,
            etag=etag,
            last_modified=last_modified,
            headers=tuple((str(name), str(value)) for name, value in headers or ()),
            page_blob=page,
        )
    kept = connection.execute(_LOAD_ANALYSIS, {"portal_id": portal_id}).first()
    analysis = LastAnalysis(kept.content_key, kept.analyses) if kept is not None else None
    return Memory(found, archived or {}, analysis)


def keep_analysis(
    session: Session, portal_id: int, analysis: LastAnalysis, now: dt.datetime
) -> None:
    """Keep ``analysis`` as the portal's last one (caller's transaction), replacing the one
    before."""
    row = session.get(KeptAnalysis, portal_id)
    if row is None:
        row = KeptAnalysis(portal_id=portal_id)
        session.add(row)
    row.content_key = analysis.key
    row.analyses = analysis.analyses
    row.analysed_at = now


def store_answers(
    session: Session,
    portal_id: int,
    answers: Iterable[Remembered],
    now: dt.datetime,
    *,
    whole: bool,
) -> int:
    """Write what changed among ``answers`` (caller's transaction); the number of rows written.

    ``whole``: the crawl read the portal to the end, so what it did not see is forgotten.
    """
    # The columns that say whether an answer changed, not the rows (their parses stay unread).
    existing: dict[str, tuple[str, str | None, str | None, str]] = {
        key: (digest, etag, modified, parser)
        for key, digest, etag, modified, parser in session.connection().execute(
            _KEYS, {"portal_id": portal_id}
        )
    }
    seen: set[str] = set()
    fresh: list[dict[str, object]] = []
    changed: list[dict[str, object]] = []
    written = 0
    for answer in answers:
        key = url_key(answer.url)
        if key in seen:
            continue
        seen.add(key)
        etag = answer.etag if answer.etag and len(answer.etag) <= MAX_ETAG else None
        modified = answer.last_modified
        modified = modified if modified and len(modified) <= MAX_LAST_MODIFIED else None
        parser = PARSER_FINGERPRINT if answer.kind == PAGE else ""
        row = existing.get(key)
        if row == (answer.digest, etag, modified, parser):
            continue  # unchanged: nothing to write
        values: dict[str, object] = {
            "url": answer.url,
            "kind": answer.kind,
            "status": answer.status,
            "digest": answer.digest,
            "etag": etag,
            "last_modified": modified,
            "headers": [list(pair) for pair in answer.headers],
            "page": answer.page_blob,
            "parser": parser,
            "seen_at": now,
        }
        if row is None:
            fresh.append({"portal_id": portal_id, "url_key": key, **values})
        else:
            changed.append({"row_portal": portal_id, "row_key": key, **values})
        written += 1
    if fresh:  # a first crawl remembers every URL: one multi-row INSERT, not one per row
        session.connection().execute(insert(_ANSWERS), fresh)
    if changed:  # every column of a changed row, as one executemany
        session.connection().execute(_UPDATE, changed)
    if whole:
        gone = [key for key in existing if key not in seen]
        for start in range(0, len(gone), CHUNK):
            session.connection().execute(
                delete(_ANSWERS).where(
                    _ANSWERS.c.portal_id == portal_id,
                    _ANSWERS.c.url_key.in_(gone[start : start + CHUNK]),
                )
            )
    return written
