"""What the archive holds of a portal's contents (``monitor.store.archived``), on SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.config import PortalConfig
from monitor.store import archived
from monitor.store.archived import archived_originals
from monitor.store.bulk import insert_rows
from monitor.store.crawls import start_crawl
from monitor.store.db import open_database, transaction
from monitor.store.models import Portal
from monitor.store.repo import sync_portals
from tests.store.conftest import MUNI_HOME
from tests.store.test_bulk import RECORDS, _statements

DAY = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def _record(portal: int, crawl: int, name: str, digest: str, kind: str, day: int) -> dict[str, Any]:
    return {
        "portal_id": portal,
        "crawl_id": crawl,
        "url": f"{MUNI_HOME}{name}",
        "method": "GET",
        "status": 200,
        "digest": digest,
        "record_type": kind,
        "refers_to_id": None,
        "offset": 0,  # set by _fill: unique, to tell the returned ids apart
        "length": 50,
        "captured_at": DAY + dt.timedelta(days=day),
    }


def _fill(session: Session) -> tuple[int, dict[str, int]]:
    """Two portals' archives: ``muni``'s id, and the ids of its records by a short name."""
    sync_portals(
        session,
        [
            PortalConfig(slug="muni", name="Muni", url=MUNI_HOME),
            PortalConfig(slug="otra", name="Otra", url="https://otra.laip.gt/"),
        ],
    )
    ids = {slug: portal_id for slug, portal_id in session.execute(select(Portal.slug, Portal.id))}
    muni, other = ids["muni"], ids["otra"]
    crawl = start_crawl(session, muni, DAY, "test").id
    other_crawl = start_crawl(session, other, DAY, "test").id
    rows = {
        "a-old": _record(muni, crawl, "a.html", "sha1:A", "response", 0),
        "a-new": _record(muni, crawl, "a.html", "sha1:A", "response", 2),
        "a-revisit": _record(muni, crawl, "a.html", "sha1:A", "revisit", 3),
        "b": _record(muni, crawl, "b.pdf", "sha1:B", "response", 1),
        "b-elsewhere": _record(muni, crawl, "copia/b.pdf", "sha1:B", "response", 1),
        "c": _record(muni, crawl, "c.pdf", "sha1:C", "response", 1),
        "other-d": _record(other, other_crawl, "d.pdf", "sha1:D", "response", 1),
    }
    for offset, row in enumerate(rows.values()):
        row["offset"] = offset
    returned = insert_rows(session.connection(), RECORDS, list(rows.values()), ("id", "offset"))
    ids = {offset: record_id for record_id, offset in returned}
    return muni, {name: ids[row["offset"]] for name, row in rows.items()}


@pytest.mark.parametrize("chunk", [500, 1])
def test_the_newest_response_of_each_url_and_content_asked_for(
    db_url: str, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archived, "CHUNK", chunk)
    engine, factory = open_database(db_url)
    try:
        with transaction(factory) as session:
            muni, ids = _fill(session)
        with transaction(factory) as session:
            found = archived_originals(session, muni, ["sha1:A", "sha1:B", "sha1:D", "sha1:A"])
    finally:
        engine.dispose()
    assert found == {
        (f"{MUNI_HOME}a.html", "sha1:A"): (ids["a-new"], DAY + dt.timedelta(days=2)),
        (f"{MUNI_HOME}b.pdf", "sha1:B"): (ids["b"], DAY + dt.timedelta(days=1)),
        (f"{MUNI_HOME}copia/b.pdf", "sha1:B"): (ids["b-elsewhere"], DAY + dt.timedelta(days=1)),
    }


def test_postgresql_is_asked_with_one_statement_text_whatever_the_number_of_digests(
    postgres_url: str,
) -> None:
    engine, factory = open_database(postgres_url)
    try:
        with transaction(factory) as session:
            muni, _ids = _fill(session)
        with transaction(factory) as session, _statements(session.get_bind()) as seen:
            one = archived_originals(session, muni, ["sha1:C"])
            three = archived_originals(session, muni, ["sha1:A", "sha1:B", "sha1:C"])
    finally:
        engine.dispose()
    assert len(one) == 1 and len(three) == 4
    texts = [text for text, _many in seen if text.startswith("SELECT")]
    assert len(texts) == 2 and texts[0] == texts[1]
