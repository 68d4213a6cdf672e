"""Delivery rows and unsubscribes on SQLite and PostgreSQL: the claim is what makes sends unique."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.store import deliveries
from monitor.store.db import open_database, transaction

NOW = dt.datetime(2026, 11, 23, 13, tzinfo=dt.UTC)
KEY = ("portal", "munipoptun", "2026-W47")
ADDRESS = "uip@munipoptun.example.gt"


@pytest.fixture
def factory(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine, made = open_database(db_url)
    yield made
    engine.dispose()


def _ensure(factory: sessionmaker[Session], message_id: str = "<first@example.gt>") -> None:
    with transaction(factory) as session:
        deliveries.ensure_rows(session, "portal", KEY[1], KEY[2], [(ADDRESS, message_id)], NOW)


def _claim(
    factory: sessionmaker[Session],
    now: dt.datetime = NOW,
    *,
    force: bool = False,
    new_message_id: str | None = None,
) -> deliveries.Claim | None:
    with transaction(factory) as session:
        return deliveries.claim(
            session,
            "portal",
            KEY[1],
            KEY[2],
            ADDRESS,
            now,
            force=force,
            new_message_id=new_message_id,
        )


def test_ensuring_rows_twice_keeps_one_row_and_its_first_message_id(
    factory: sessionmaker[Session],
) -> None:
    _ensure(factory)
    _ensure(factory, "<second@example.gt>")
    with factory() as session:
        rows = deliveries.deliveries(session, "2026-W47")
    assert [(r.recipient, r.message_id, r.status) for r in rows] == [
        (ADDRESS, "<first@example.gt>", "pending")
    ]


def test_only_one_claim_wins(factory: sessionmaker[Session]) -> None:
    _ensure(factory)
    first = _claim(factory)
    assert first is not None and first.attempts == 1 and first.message_id == "<first@example.gt>"
    assert _claim(factory) is None


def test_concurrent_claims_of_the_same_message_have_exactly_one_winner(
    factory: sessionmaker[Session],
) -> None:
    _ensure(factory)
    barrier = threading.Barrier(6)
    results: list[deliveries.Claim | None] = []
    lock = threading.Lock()

    def contend() -> None:
        barrier.wait()
        claim = _claim(factory)
        with lock:
            results.append(claim)

    threads = [threading.Thread(target=contend) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(claim is not None for claim in results) == 1


def test_a_retry_is_claimable_only_once_its_time_has_come(factory: sessionmaker[Session]) -> None:
    _ensure(factory)
    claim = _claim(factory)
    assert claim is not None
    with transaction(factory) as session:
        status = deliveries.record_failure(
            session,
            claim,
            NOW,
            "421 try later",
            permanent=False,
            max_attempts=3,
            backoff=dt.timedelta(minutes=5),
        )
    assert status == "retry"
    assert _claim(factory, NOW + dt.timedelta(minutes=4)) is None
    again = _claim(factory, NOW + dt.timedelta(minutes=5))
    assert again is not None and again.attempts == 2
    with factory() as session:
        assert deliveries.due(session, NOW + dt.timedelta(days=1)) == []


def test_the_last_allowed_attempt_that_fails_is_final(factory: sessionmaker[Session]) -> None:
    _ensure(factory)
    claim = _claim(factory)
    assert claim is not None
    with transaction(factory) as session:
        status = deliveries.record_failure(
            session, claim, NOW, "421", permanent=False, max_attempts=1, backoff=dt.timedelta(0)
        )
    assert status == "failed"
    assert _claim(factory, NOW + dt.timedelta(days=1)) is None


def test_an_outcome_for_a_claim_that_expired_meanwhile_is_not_recorded(
    factory: sessionmaker[Session],
) -> None:
    _ensure(factory)
    claim = _claim(factory)
    assert claim is not None
    with transaction(factory) as session:
        assert deliveries.expire_stale_claims(session, NOW + dt.timedelta(seconds=1), NOW) == 1
    with transaction(factory) as session:
        assert not deliveries.record_sent(session, claim, NOW)
    with factory() as session:
        assert deliveries.status_counts(session)["unknown"] == 1


def test_force_claims_a_sent_message_again_with_a_new_id_and_fresh_attempts(
    factory: sessionmaker[Session],
) -> None:
    _ensure(factory)
    claim = _claim(factory)
    assert claim is not None
    with transaction(factory) as session:
        assert deliveries.record_sent(session, claim, NOW)
    assert _claim(factory) is None
    forced = _claim(factory, NOW + dt.timedelta(seconds=1), force=True, new_message_id="<new@x>")
    assert forced is not None and forced.attempts == 1 and forced.message_id == "<new@x>"


def test_status_counts_name_every_status(factory: sessionmaker[Session]) -> None:
    _ensure(factory)
    with factory() as session:
        counts = deliveries.status_counts(session)
    assert counts == {s: (1 if s == "pending" else 0) for s in deliveries.STATUSES}


def test_unsubscribe_and_resubscribe_ignore_case_and_spaces(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as session:
        assert deliveries.unsubscribe(session, " UIP@MuniPoptun.example.gt", NOW, "pidió la baja")
        assert not deliveries.unsubscribe(session, ADDRESS, NOW)
    with factory() as session:
        assert deliveries.unsubscribed(session) == {ADDRESS}
    with transaction(factory) as session:
        assert deliveries.resubscribe(session, "Uip@munipoptun.example.gt")
        assert not deliveries.resubscribe(session, ADDRESS)
    with factory() as session:
        assert deliveries.unsubscribed(session) == set()
