"""STARTTLS and AUTH against aiosmtpd with a trustme CA: the password comes from the environment."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from monitor.config import SmtpSettings
from monitor.report.smtp import SendError, SmtpSender
from tests.report.smtp_server import RecordingHandler, free_port

PASSWORD_ENV = "LAIP_TEST_SMTP_PASSWORD"


class _Authenticator:
    def __call__(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            b"monitor",
            b"s3cret",
        )
        return AuthResult(success=ok, handled=False)


@pytest.fixture
def tls_server() -> Iterator[tuple[int, RecordingHandler, ssl.SSLContext]]:
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_context,
        require_starttls=True,
        authenticator=_Authenticator(),
        auth_required=True,
    )
    controller.start()
    yield port, handler, client_context
    controller.stop()


def _settings(port: int) -> SmtpSettings:
    return SmtpSettings.model_validate(
        {
            "host": "127.0.0.1",
            "port": port,
            "security": "starttls",
            "username": "monitor",
            "password_env": PASSWORD_ENV,
            "from": "monitor@transparencia.example.gt",
        }
    )


def _message() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "monitor@transparencia.example.gt"
    message["To"] = "uip@muni.example.gt"
    message["Subject"] = "Prueba"
    message.set_content("Hola")
    return message


def test_starttls_and_login_with_the_password_from_the_environment_deliver(
    tls_server: tuple[int, RecordingHandler, ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, handler, context = tls_server
    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    with SmtpSender(_settings(port), context) as sender:
        sender.send(_message(), "uip@muni.example.gt")
        sender.send(_message(), "alcaldia@muni.example.gt")  # same connection, reused
    assert [r.rcpt_tos for r in handler.messages] == [
        ["uip@muni.example.gt"],
        ["alcaldia@muni.example.gt"],
    ]


def test_a_wrong_password_is_a_temporary_failure_and_nothing_is_sent(
    tls_server: tuple[int, RecordingHandler, ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, handler, context = tls_server
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    with SmtpSender(_settings(port), context) as sender, pytest.raises(SendError) as error:
        sender.send(_message(), "uip@muni.example.gt")
    assert not error.value.permanent
    assert "SMTPAuthenticationError" in str(error.value)
    assert handler.messages == []


def test_an_untrusted_certificate_is_refused(
    tls_server: tuple[int, RecordingHandler, ssl.SSLContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, handler, _ = tls_server
    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    with SmtpSender(_settings(port)) as sender, pytest.raises(SendError, match="SSL"):
        sender.send(_message(), "uip@muni.example.gt")
    assert handler.messages == []
