"""What the evidence archive holds of a portal's contents: its archived responses, by digest.

The crawl's memory (``store.answers``: is a remembered answer's original still archived?) and
the archive (``store.evidence``: what can a capture be a revisit of?) both ask this, for the
contents at stake only, never the portal's whole archive, which grows with every change it had.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import cast

from sqlalchemy import String, Table, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from monitor.store.models import RESPONSES_ONLY, EvidenceRecord

CHUNK = 500  # digests asked at once
_RECORDS = cast(Table, EvidenceRecord.__table__)
# Served by the partial index of responses by (portal, digest); built once. SQLite gets an
# IN (...) list; PostgreSQL one array, so that the statement's text never changes with the number
# of digests and the server can keep it prepared.
_COLUMNS = (_RECORDS.c.id, _RECORDS.c.url, _RECORDS.c.digest, _RECORDS.c.captured_at)
_OF_PORTAL = (_RECORDS.c.portal_id == bindparam("portal_id"), RESPONSES_ONLY)
_BY_DIGEST = select(*_COLUMNS).where(
    *_OF_PORTAL, _RECORDS.c.digest.in_(bindparam("digests", expanding=True))
)
_BY_DIGEST_ARRAY = select(*_COLUMNS).where(
    *_OF_PORTAL, _RECORDS.c.digest == any_(bindparam("digests", type_=ARRAY(String)))
)


def archived_originals(
    session: Session, portal_id: int, digests: Iterable[str]
) -> dict[tuple[str, str], tuple[int, dt.datetime]]:
    """``{(url, digest): (id, captured_at)}``: the newest archived response of ``portal_id``
    for each URL and content among ``digests`` (URLs as stored: at most 2,048 characters)."""
    wanted = sorted(set(digests))
    originals: dict[tuple[str, str], tuple[int, dt.datetime]] = {}
    newest: dict[tuple[str, str], int] = {}
    connection = session.connection()  # no evidence record is ever pending in the ORM
    query = _BY_DIGEST_ARRAY if connection.dialect.name == "postgresql" else _BY_DIGEST
    for start in range(0, len(wanted), CHUNK):
        chunk = {"portal_id": portal_id, "digests": wanted[start : start + CHUNK]}
        for record_id, url, digest, captured_at in connection.execute(query, chunk):
            key = (url, digest)
            if newest.get(key, -1) < record_id:  # the newest one, as the archive grows
                newest[key] = record_id
                originals[key] = (record_id, captured_at)
    return originals
