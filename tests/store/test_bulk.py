"""Many rows by one statement (``monitor.store.bulk``), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Engine, Table, event, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import PortalConfig
from monitor.store.bulk import insert_rows, update_rows
from monitor.store.crawls import start_crawl
from monitor.store.db import open_database, transaction
from monitor.store.models import EvidenceRecord, Portal, SectionState
from monitor.store.repo import sync_portals
from tests.store.conftest import MUNI_HOME

STATES = cast(Table, SectionState.__table__)
RECORDS = cast(Table, EvidenceRecord.__table__)
NOW = dt.datetime(2026, 12, 5, 8, 0, tzinfo=dt.UTC)


def _state(portal_id: int, section: str, status: str, updated: dt.date | None) -> dict[str, Any]:
    return {
        "portal_id": portal_id,
        "section_id": section,
        "status": status,
        "since": NOW,
        "crawl_id": 1,
        "url": f"{MUNI_HOME}{section}",
        "label": None,
        "last_updated": updated,
        "last_updated_precision": "month" if updated else None,
        "reason": "",
        "checked_at": NOW,
    }


def _portal_id(session: Session) -> int:
    return int(session.scalars(select(Portal.id).where(Portal.slug == "muni")).one())


def test_rows_are_inserted_and_each_update_reaches_its_own_row_only(
    factory: sessionmaker[Session],
) -> None:
    with transaction(factory) as session:
        portal = _portal_id(session)
        rows = [
            _state(portal, "art10_01", "ok", dt.date(2026, 11, 1)),
            _state(portal, "art10_02", "missing", None),
            _state(portal, "art10_03", "outdated", dt.date(2025, 1, 1)),
        ]
        insert_rows(session.connection(), STATES, rows)
        update_rows(
            session.connection(),
            STATES,
            ("portal_id", "section_id"),
            [
                {"row_portal_id": portal, "row_section_id": "art10_03", "status": "ok",
                 "last_updated": dt.date(2026, 12, 1)},
                {"row_portal_id": portal, "row_section_id": "art10_01", "status": "broken",
                 "last_updated": None},
            ],
        )  # fmt: skip
    with transaction(factory) as session:
        found = {
            state.section_id: (state.status, state.last_updated, state.url, state.since)
            for state in session.scalars(select(SectionState))
        }
    assert found == {
        "art10_01": ("broken", None, f"{MUNI_HOME}art10_01", NOW),
        "art10_02": ("missing", None, f"{MUNI_HOME}art10_02", NOW),
        "art10_03": ("ok", dt.date(2026, 12, 1), f"{MUNI_HOME}art10_03", NOW),
    }


def test_returned_columns_name_every_inserted_row(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as session:
        portal = _portal_id(session)
        crawl = start_crawl(session, portal, NOW, "test").id
        rows = [
            {
                "portal_id": portal,
                "crawl_id": crawl,
                "url": f"{MUNI_HOME}{n}.pdf",
                "method": "GET",
                "status": 200,
                "digest": f"sha1:{n:032d}",
                "record_type": "response",
                "refers_to_id": None,
                "offset": 1000 * n + 7,
                "length": 500 + n,
                "captured_at": NOW,
            }
            for n in range(12)
        ]
        returned = insert_rows(session.connection(), RECORDS, rows, ("id", "offset"))
        stored = {
            i: o for i, o in session.execute(select(EvidenceRecord.id, EvidenceRecord.offset))
        }
    assert len(returned) == len(rows)
    assert dict(returned) == stored
    assert sorted(stored.values()) == [row["offset"] for row in rows]


def test_no_rows_is_no_statement(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as session, _statements(session.get_bind()) as seen:
        assert insert_rows(session.connection(), STATES, [], ("section_id",)) == []
        update_rows(session.connection(), STATES, ("portal_id", "section_id"), [])
    assert seen == []


def test_postgresql_gets_one_statement_of_one_text_whatever_the_number_of_rows(
    postgres_url: str,
) -> None:
    """The point of the module: psycopg converts the text once and the server prepares it,
    instead of a new multi-row VALUES text per row count or an execution per row."""
    engine, factory = open_database(postgres_url)
    try:
        with transaction(factory) as session:
            sync_portals(session, [PortalConfig(slug="muni", name="Muni", url=MUNI_HOME)])
        with transaction(factory) as session, _statements(session.get_bind()) as seen:
            portal = _portal_id(session)
            for count, status in ((3, "ok"), (40, "missing")):
                rows = [_state(portal, f"s{count}_{n}", status, None) for n in range(count)]
                insert_rows(session.connection(), STATES, rows)
                match = [
                    {"row_portal_id": portal, "row_section_id": row["section_id"], "status": "ok"}
                    for row in rows
                ]
                update_rows(session.connection(), STATES, ("portal_id", "section_id"), match)
        inserts = [s for s in seen if s[0].startswith("INSERT")]
        updates = [s for s in seen if s[0].startswith("UPDATE")]
        assert len(inserts) == len(updates) == 2
        assert inserts[0] == inserts[1] and updates[0] == updates[1]
        assert not any(many for _text, many in seen)
        with transaction(factory) as session:
            statuses = set(session.scalars(select(SectionState.status)))
            assert statuses == {"ok"}
            assert len(list(session.scalars(select(SectionState.section_id)))) == 43
    finally:
        engine.dispose()


class _statements:
    """The (text, executemany) of every statement sent to the database inside the block."""

    def __init__(self, engine: Engine | Any) -> None:
        self.engine = engine
        self.seen: list[tuple[str, bool]] = []

    def _record(self, *args: Any) -> None:
        statement, many = args[2], args[5]
        self.seen.append((str(statement), bool(many)))

    def __enter__(self) -> list[tuple[str, bool]]:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self.seen

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)
