"""Remembered answers between crawls: written with the crawl, only what changed, forgotten when
gone, never a parse of another parser, and only while the evidence archive holds the original.
SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.memo import LastAnalysis, Remembered, remember_document, remember_page
from monitor.compliance.page import parse_page
from monitor.compliance.result import ComplianceResult, CrawlStats, SectionVerdict
from monitor.store import answers as answers_module
from monitor.store.answers import load_memory
from monitor.store.crawls import record_crawl, start_crawl
from monitor.store.db import transaction
from monitor.store.models import KeptAnalysis, RememberedAnswer
from tests.store.conftest import MUNI_HOME

T0 = dt.datetime(2026, 11, 1, 6, 0, tzinfo=dt.UTC)
# Wording from a real portal's numeral page (https://munixela.laip.gt, "Estructura orgánica").
PAGE_BODY = (
    "<html><head><title>Estructura orgánica y funciones</title></head><body>"
    "<h1>Numeral 1: Estructura orgánica y funciones</h1>"
    '<p><a href="/docs/organigrama-2026.pdf">Organigrama Municipal 2026</a></p></body></html>'
).encode()
HOME = MUNI_HOME  # the portal the ``factory`` fixture registers (conftest.py)
NUMERAL = "https://muni.laip.gt/numeral-1"
ORGANIGRAMA = "https://muni.laip.gt/docs/organigrama-2026.pdf"


def _answers(etag: str = '"v1"') -> tuple[Remembered, ...]:
    page = parse_page(NUMERAL, 200, PAGE_BODY, "text/html")
    document_headers = {"content-type": "application/pdf", "content-range": "bytes 0-0/2048"}
    return (
        remember_page(HOME, {"etag": '"home"'}, "sha1:HOME", parse_page(HOME, 200, b"<p>x</p>")),
        remember_page(NUMERAL, {"etag": etag, "last-modified": "Sun, 01 Nov 2026"}, "sha1:N", page),
        remember_document(ORGANIGRAMA, 206, {**document_headers, "etag": '"doc"'}),
    )


def _result(answers: tuple[Remembered, ...], stop_reason: str | None = None) -> ComplianceResult:
    return ComplianceResult(
        slug="muni",
        catalog_version="test",
        started_at=T0,
        verdicts=(SectionVerdict("art10.01", "ok", "found"),),
        stats=CrawlStats(pages=2, documents=1, stop_reason=stop_reason),
        remembered=answers,
    )


def _crawl(factory: sessionmaker[Session], result: ComplianceResult) -> None:
    with transaction(factory) as session:
        crawl_id = start_crawl(session, 1, T0, "test").id
    with transaction(factory) as session:
        record_crawl(session, crawl_id, result)


def _rows(factory: sessionmaker[Session]) -> dict[str, tuple[str, dt.datetime]]:
    with factory() as session:
        return {
            row.url: (row.digest, row.seen_at) for row in session.scalars(select(RememberedAnswer))
        }


def test_a_crawl_writes_what_it_remembers_and_the_next_crawl_reads_it_back(
    factory: sessionmaker[Session],
) -> None:
    answers = _answers()
    _crawl(factory, _result(answers))
    with factory() as session:
        loaded = load_memory(session, 1).answers
    assert loaded == {answer.url: answer for answer in answers}
    assert loaded[NUMERAL].page() == parse_page(NUMERAL, 200, PAGE_BODY, "text/html")
    assert loaded[NUMERAL].conditional_headers() == {
        "If-None-Match": '"v1"',
        "If-Modified-Since": "Sun, 01 Nov 2026",
    }


def test_an_unchanged_crawl_writes_nothing_and_a_changed_answer_replaces_its_row(
    factory: sessionmaker[Session],
) -> None:
    _crawl(factory, _result(_answers()))
    before = _rows(factory)
    _crawl(factory, _result(_answers()))
    assert _rows(factory) == before  # same digests and validators: no row touched
    changed = _answers(etag='"v2"')
    changed = (changed[0], dataclasses.replace(changed[1], digest="sha1:N2"), changed[2])
    _crawl(factory, _result(changed))
    after = _rows(factory)
    assert after[NUMERAL][0] == "sha1:N2"
    assert after[HOME] == before[HOME] and after[ORGANIGRAMA] == before[ORGANIGRAMA]


def test_what_a_whole_crawl_no_longer_sees_is_forgotten_but_a_cut_crawl_forgets_nothing(
    factory: sessionmaker[Session],
) -> None:
    home, numeral, document = _answers()
    _crawl(factory, _result((home, numeral, document)))
    _crawl(factory, _result((home,), stop_reason="max_pages"))
    assert set(_rows(factory)) == {HOME, NUMERAL, ORGANIGRAMA}
    _crawl(factory, _result((home, numeral)))
    assert set(_rows(factory)) == {HOME, NUMERAL}


def test_a_parse_by_another_parser_is_not_reused(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    _crawl(factory, _result(_answers()))
    monkeypatch.setattr(answers_module, "PARSER_FINGERPRINT", "another-parser")
    with factory() as session:
        loaded = load_memory(session, 1).answers
    assert set(loaded) == {ORGANIGRAMA}  # documents carry no parse


def test_with_evidence_an_answer_is_reused_only_while_its_original_is_archived(
    factory: sessionmaker[Session],
) -> None:
    _crawl(factory, _result(_answers()))  # no evidence directory: nothing archived
    with factory() as session:
        assert load_memory(session, 1, evidence=True).answers == {}
        assert len(load_memory(session, 1, evidence=False).answers) == 3


def test_the_last_analysis_is_kept_with_its_crawl_and_read_back_before_the_next(
    factory: sessionmaker[Session],
) -> None:
    def crawl_with(analysis: LastAnalysis | None) -> None:
        _crawl(factory, dataclasses.replace(_result(_answers()), analysis=analysis))

    def kept() -> LastAnalysis | None:
        with factory() as session:
            return load_memory(session, 1).analysis

    assert kept() is None
    first = LastAnalysis("k" * 64, '{"evidence":[],"entries":[]}')
    crawl_with(first)
    assert kept() == first
    crawl_with(None)  # the content did not change: the last analysis stands
    assert kept() == first
    second = LastAnalysis("j" * 64, '{"evidence":[[1]],"entries":[]}')
    crawl_with(second)
    assert kept() == second
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(KeptAnalysis)) == 1
