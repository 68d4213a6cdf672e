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

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session, defer

from monitor.compliance.memo import DOCUMENT, PAGE, PARSER_FINGERPRINT, Remembered
from monitor.store.models import RESPONSE, EvidenceRecord, RememberedAnswer

MAX_ETAG = 512  # a longer ETag is not remembered (the answer is then compared by digest)
MAX_LAST_MODIFIED = 64


def url_key(url: str) -> str:
    """The row key of ``url``: its SHA-1 (URLs can be longer than an index allows)."""
    return hashlib.sha1(url.encode("utf-8", "surrogatepass")).hexdigest()


def load_answers(
    session: Session, portal_id: int, *, evidence: bool = False
) -> dict[str, Remembered]:
    """``{url: Remembered}`` of ``portal_id``'s last crawls, for its next one.

    ``evidence``: keep only answers whose original the evidence archive still holds.
    """
    rows = session.execute(
        select(
            RememberedAnswer.url,
            RememberedAnswer.kind,
            RememberedAnswer.status,
            RememberedAnswer.digest,
            RememberedAnswer.etag,
            RememberedAnswer.last_modified,
            RememberedAnswer.headers,
            RememberedAnswer.page,
        ).where(
            RememberedAnswer.portal_id == portal_id,
            or_(RememberedAnswer.kind == DOCUMENT, RememberedAnswer.parser == PARSER_FINGERPRINT),
        )
    ).all()
    archived: set[tuple[str, str]] | None = None
    if evidence and rows:
        archived = {
            (str(url), str(digest))
            for url, digest in session.execute(
                select(EvidenceRecord.url, EvidenceRecord.digest).where(
                    EvidenceRecord.portal_id == portal_id,
                    EvidenceRecord.record_type == RESPONSE,
                )
            )
        }
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
    return found


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
    existing = {
        row.url_key: row
        for row in session.scalars(
            select(RememberedAnswer)
            .where(RememberedAnswer.portal_id == portal_id)
            .options(defer(RememberedAnswer.page))
        )
    }
    seen: set[str] = set()
    fresh: list[dict[str, object]] = []
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
        row = existing.get(key)
        if row is None:
            fresh.append({"portal_id": portal_id, "url_key": key, **values})
        elif (row.digest, row.etag, row.last_modified, row.parser) != (
            answer.digest,
            etag,
            modified,
            parser,
        ):
            for name, value in values.items():
                setattr(row, name, value)
        else:
            continue  # unchanged: nothing to write
        written += 1
    if fresh:  # a first crawl remembers every URL: one multi-row INSERT, not one per row
        session.execute(insert(RememberedAnswer), fresh)
    if whole:
        gone = [key for key in existing if key not in seen]
        for start in range(0, len(gone), 500):
            session.execute(
                delete(RememberedAnswer).where(
                    RememberedAnswer.portal_id == portal_id,
                    RememberedAnswer.url_key.in_(gone[start : start + 500]),
                )
            )
    return written
