"""Delivery against a real SMTP server (aiosmtpd on loopback): headers, once-only, retries.

The once-only, retry and 5xx tests run on SQLite and PostgreSQL (fixture `seeded`)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from monitor.config import Config
from monitor.errors import ReportError
from monitor.report.send import backoff, retry_due, send_weekly
from monitor.store import deliveries
from monitor.store.db import transaction
from monitor.store.models import Delivery
from tests.report import seed
from tests.report.conftest import SENDER, Seeded, make_config
from tests.report.smtp_server import SmtpServer

WEEK = "2026-W47"
ALCALDIA = "alcaldia@munipoptun.example.gt"
UIP = "uip@munipoptun.example.gt"
OVERSIGHT = "supervision@example.gt"


def _config(server: SmtpServer) -> Config:
    return make_config(server.port)


def _rows(seeded: Seeded) -> dict[tuple[str, str], Delivery]:
    with seeded.factory() as session:
        return {(r.subject_key, r.recipient): r for r in session.scalars(select(Delivery))}


def test_each_contact_and_oversight_receive_one_message_with_the_expected_headers(
    seeded_sqlite: Seeded, smtp_server: SmtpServer
) -> None:
    summary = send_weekly(_config(smtp_server), seeded_sqlite.factory, now=seed.REPORT_TIME)
    assert (summary.sent, summary.failed, summary.retrying) == (3, 0, 0)
    assert summary.without_contacts == ["munisinmail"]
    handler = smtp_server.handler
    assert [r.rcpt_tos for r in handler.messages] == [[ALCALDIA], [UIP], [OVERSIGHT]]
    message = handler.to(ALCALDIA)[0]
    assert message["From"].addresses[0].addr_spec == SENDER
    assert (
        message["From"].addresses[0].display_name == "Monitoreo de portales de transparencia (LAIP)"
    )
    assert message["To"] == ALCALDIA
    assert "semana 47" in message["Subject"] and "Poptún" in message["Subject"]
    assert "noviembre" in message["Subject"]
    assert message["Date"] is not None
    assert re.fullmatch(r"<[^<>@\s]+@transparencia\.example\.gt>", message["Message-ID"])
    assert message.get_content_type() == "multipart/alternative"
    parts = [part.get_content_type() for part in message.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    unsubscribe = message["List-Unsubscribe"]
    assert f"<mailto:{SENDER}?subject=baja%20alcaldia%40munipoptun.example.gt>" in unsubscribe
    assert (
        "<https://monitor.example.gt/baja?correo=alcaldia%40munipoptun.example.gt>" in unsubscribe
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    rows = _rows(seeded_sqlite)
    assert rows[("munipoptun", ALCALDIA)].status == "sent"
    assert rows[("munipoptun", ALCALDIA)].message_id == message["Message-ID"]


def test_the_message_carries_the_numbers_of_the_seeded_week(
    seeded_sqlite: Seeded, smtp_server: SmtpServer
) -> None:
    send_weekly(_config(smtp_server), seeded_sqlite.factory, now=seed.REPORT_TIME)
    message = smtp_server.handler.to(UIP)[0]
    text = message.get_body(("plain",)).get_content()
    counted = [
        p
        for p in seeded_sqlite.probes
        if seed.WEEK_START <= p.at < seed.WEEK_END and p.error != "monitor_offline"
    ]
    uptime = 100 * sum(p.up for p in counted) / len(counted)
    assert f"Disponibilidad: {uptime:.2f} %" in text
    assert "fuera de servicio 6 h 30 min" in text
    # Incident times are shown in Guatemala time (UTC-6, no daylight saving).
    for start, end, _ in seed.INCIDENTS[1:4]:
        local_start = start - dt.timedelta(hours=6)
        local_end = end - dt.timedelta(hours=6)
        assert f"{local_start:%H:%M}" in text and f"{local_end:%H:%M}" in text
    assert "dom. 15 nov., 22:00 hasta lun. 16 nov., 03:30: 5 h 30 min" in text
    assert "Cumplimiento del Artículo 10: 60 % (+10 puntos" in text
    assert "vence el 4 de diciembre de 2026 (en 11 días)" in text  # 5 Dec 00:00 UTC = 4 Dec local
    assert text.index("numeral 4:") < text.index("numeral 5:") < text.index("numeral 2:")
    assert "Art. 10, numeral 1:" in text.split("GRACIAS")[1].split("ARREGLOS RÁPIDOS")[0]


def test_a_second_run_sends_no_second_copy(seeded: Seeded, smtp_server: SmtpServer) -> None:
    config = _config(smtp_server)
    send_weekly(config, seeded.factory, now=seed.REPORT_TIME)
    again = send_weekly(config, seeded.factory, now=seed.REPORT_TIME + dt.timedelta(hours=1))
    assert (again.sent, again.not_due) == (0, 3)
    assert len(smtp_server.handler.messages) == 3


def test_force_resends_with_a_new_message_id(
    seeded_sqlite: Seeded, smtp_server: SmtpServer
) -> None:
    config = _config(smtp_server)
    send_weekly(config, seeded_sqlite.factory, now=seed.REPORT_TIME, portals=["munipoptun"])
    forced = send_weekly(
        config, seeded_sqlite.factory, now=seed.REPORT_TIME, portals=["munipoptun"], force=True
    )
    assert forced.sent == 2
    ids = [m["Message-ID"] for m in smtp_server.handler.to(ALCALDIA)]
    assert len(ids) == 2 and ids[0] != ids[1]


def test_a_run_while_the_server_is_down_is_retried_later_and_delivers_exactly_once(
    seeded: Seeded, smtp_server: SmtpServer
) -> None:
    config = _config(smtp_server)
    smtp_server.stop()
    down = send_weekly(config, seeded.factory, now=seed.REPORT_TIME)
    assert (down.sent, down.retrying) == (0, 3)
    rows = _rows(seeded)
    assert {r.status for r in rows.values()} == {"retry"}
    assert all(r.attempts == 1 and r.last_error for r in rows.values())
    assert rows[("munipoptun", ALCALDIA)].next_attempt_at == seed.REPORT_TIME + backoff(1)

    smtp_server.start()
    too_early = send_weekly(config, seeded.factory, now=seed.REPORT_TIME + dt.timedelta(minutes=1))
    assert (too_early.sent, too_early.not_due) == (0, 3)
    later = seed.REPORT_TIME + backoff(1)
    retried = retry_due(config, seeded.factory, now=later)
    assert [s.sent for s in retried] == [3]
    again = send_weekly(config, seeded.factory, now=later + dt.timedelta(hours=1))
    assert again.sent == 0
    assert [r.rcpt_tos for r in smtp_server.handler.messages] == [[ALCALDIA], [UIP], [OVERSIGHT]]
    assert {(r.status, r.attempts) for r in _rows(seeded).values()} == {("sent", 2)}


def test_temporary_failures_stop_after_max_attempts(
    seeded_sqlite: Seeded, smtp_server: SmtpServer
) -> None:
    config = _config(smtp_server)  # max_attempts = 3
    smtp_server.stop()
    now = seed.REPORT_TIME
    for _ in range(3):
        send_weekly(config, seeded_sqlite.factory, now=now, portals=["munipoptun"])
        now += dt.timedelta(days=1)
    rows = _rows(seeded_sqlite)
    assert {(r.status, r.attempts) for r in rows.values()} == {("failed", 3)}


def test_a_5xx_rejection_is_recorded_as_permanent_and_not_retried(
    seeded: Seeded, smtp_server: SmtpServer
) -> None:
    smtp_server.handler.reject.add(UIP)
    config = _config(smtp_server)
    first = send_weekly(config, seeded.factory, now=seed.REPORT_TIME)
    assert (first.sent, first.failed) == (2, 1)
    row = _rows(seeded)[("munipoptun", UIP)]
    assert (
        row.status == "failed" and row.last_error is not None and row.last_error.startswith("550")
    )
    later = send_weekly(config, seeded.factory, now=seed.REPORT_TIME + dt.timedelta(days=1))
    assert later.sent == 0
    assert retry_due(config, seeded.factory, now=seed.REPORT_TIME + dt.timedelta(days=1)) == []
    assert smtp_server.handler.to(UIP) == []
    digest = smtp_server.handler.to(OVERSIGHT)[0].get_body(("plain",)).get_content()
    assert f"munipoptun → {UIP}: rechazado" in digest


def test_an_unsubscribed_address_receives_nothing(
    seeded_sqlite: Seeded, smtp_server: SmtpServer
) -> None:
    with transaction(seeded_sqlite.factory) as session:
        deliveries.unsubscribe(session, "  UIP@MuniPoptun.example.gt ", seed.REPORT_TIME)
    summary = send_weekly(_config(smtp_server), seeded_sqlite.factory, now=seed.REPORT_TIME)
    assert (summary.sent, summary.unsubscribed) == (2, 1)
    assert smtp_server.handler.to(UIP) == []
    assert ("munipoptun", UIP) not in _rows(seeded_sqlite)


def test_a_claim_left_without_outcome_becomes_unknown_and_is_not_resent(
    seeded_sqlite: Seeded, smtp_server: SmtpServer
) -> None:
    config = _config(smtp_server)
    with transaction(seeded_sqlite.factory) as session:
        deliveries.ensure_rows(
            session, "portal", "munipoptun", WEEK, [(ALCALDIA, "<x@y>")], seed.REPORT_TIME
        )
        claim = deliveries.claim(session, "portal", "munipoptun", WEEK, ALCALDIA, seed.REPORT_TIME)
    assert claim is not None  # ...and the process dies here, mid-send.
    summary = send_weekly(
        config, seeded_sqlite.factory, now=seed.REPORT_TIME + dt.timedelta(hours=1)
    )
    assert summary.stale_claims == 1
    assert smtp_server.handler.to(ALCALDIA) == []
    assert _rows(seeded_sqlite)[("munipoptun", ALCALDIA)].status == "unknown"


def test_a_username_without_its_password_variable_is_an_error_before_anything_is_claimed(
    seeded_sqlite: Seeded, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LAIP_TEST_SMTP_PASSWORD", raising=False)
    config = make_config(
        smtp_server.port,
        smtp={
            "host": "127.0.0.1",
            "port": smtp_server.port,
            "security": "none",
            "username": "monitor",
            "password_env": "LAIP_TEST_SMTP_PASSWORD",
        },
    )
    with pytest.raises(ReportError, match="LAIP_TEST_SMTP_PASSWORD"):
        send_weekly(config, seeded_sqlite.factory, now=seed.REPORT_TIME)
    assert smtp_server.handler.messages == []


def test_the_text_and_html_parts_carry_the_same_facts(
    seeded_sqlite: Seeded, smtp_server: SmtpServer
) -> None:
    send_weekly(_config(smtp_server), seeded_sqlite.factory, now=seed.REPORT_TIME)
    message = smtp_server.handler.to(ALCALDIA)[0]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    facts = [
        "60 %",
        "+10 puntos",
        "6 h 30 min",
        "4 de diciembre de 2026",
        "dom. 22 nov., 23:00",
        "lun. 23 nov., 01:00",
        "Decreto 57-2008",
        *(f"numeral {n}: " for n in (1, 2, 3, 4, 5)),
        "https://munipoptun.example.gt/transparencia/art10.n02",
    ]
    for fact in facts:
        assert fact in text, fact
        assert fact in html, fact
    assert "numeral 6:" not in text  # not applicable: nothing to fix
