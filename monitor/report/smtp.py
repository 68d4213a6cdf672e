"""Send messages over SMTP (stdlib smtplib, synchronous) and classify failures.

One connection is reused for a whole run. Failures while connecting (refused, timeout, TLS,
EHLO, AUTH) are temporary and stop the run from trying the server again: every later message
of the run is recorded as the same temporary failure. A 5xx answer to a message is permanent;
4xx and lost connections are temporary.

Once the whole message and its final ``.`` have left, a lost reply (timeout, dropped
connection) leaves the outcome *unknown* (RFC 1047): the server may have accepted the message.
Such a failure carries ``unknown=True`` and must never be retried automatically.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from types import TracebackType
from typing import Any

from monitor.config import SmtpSettings
from monitor.errors import ReportError


class SendError(Exception):
    """A message was not accepted; ``permanent`` when the server rejected it with a 5xx code.

    ``unknown`` when the message was sent in full but the server's answer to it never came:
    it may have been delivered, so it is neither a failure to retry nor a success.
    """

    def __init__(self, message: str, *, permanent: bool, unknown: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.unknown = unknown


class _DataTracking:
    """Mixin for smtplib.SMTP: remembers when the end of a message's DATA has been sent."""

    data_sent = False
    _in_data = False

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.data_sent = False
        self._in_data = True
        try:
            return super().data(msg)  # type: ignore[misc, no-any-return]
        finally:
            self._in_data = False

    def send(self, s: Any) -> None:
        super().send(s)  # type: ignore[misc]
        # smtplib.SMTP.data sends the whole quoted body, ending "\r\n.\r\n", in one call.
        if self._in_data and isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            self.data_sent = True


class _SMTP(_DataTracking, smtplib.SMTP):
    pass


class _SMTP_SSL(_DataTracking, smtplib.SMTP_SSL):  # noqa: N801 - mirrors smtplib's name
    pass


class SmtpSender:
    """A lazily opened SMTP connection for one run; use as a context manager."""

    def __init__(self, settings: SmtpSettings, context: ssl.SSLContext | None = None) -> None:
        self._settings = settings
        self._context = context or ssl.create_default_context()
        self._password = settings.password()
        if settings.username and self._password is None:
            raise ReportError(
                f"[smtp] username is set but the environment variable "
                f"{settings.password_env or '(password_env not configured)'} holds no password"
            )
        self._connection: _SMTP | _SMTP_SSL | None = None
        self._unreachable: SendError | None = None

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Deliver ``message`` to ``recipient`` only; SendError when it was not accepted."""
        connection = self._connect()
        connection.data_sent = False
        try:
            refused = connection.send_message(
                message, from_addr=self._settings.from_, to_addrs=[recipient]
            )
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = next(iter(exc.recipients.values()), (0, b""))
            raise SendError(_reply(code, reply), permanent=code >= 500) from None
        except smtplib.SMTPServerDisconnected as exc:
            self._drop()
            raise _lost(exc, connection.data_sent) from None
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code < 400:
                self._drop()
            raise SendError(
                _reply(exc.smtp_code, exc.smtp_error), permanent=exc.smtp_code >= 500
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            raise _lost(exc, connection.data_sent) from None
        if refused:
            code, reply = next(iter(refused.values()))
            raise SendError(_reply(code, reply), permanent=code >= 500)

    def close(self) -> None:
        """Say QUIT when connected; errors while leaving are irrelevant."""
        if self._connection is not None:
            try:
                self._connection.quit()
            except (smtplib.SMTPException, OSError):
                self._connection.close()
            self._connection = None

    def _connect(self) -> _SMTP | _SMTP_SSL:
        if self._unreachable is not None:
            raise self._unreachable
        if self._connection is not None:
            try:
                if self._connection.noop()[0] == 250:
                    return self._connection
            except (smtplib.SMTPException, OSError):
                pass
            self._drop()
        settings = self._settings
        try:
            connection = self._open()
            try:
                if settings.username and self._password is not None:
                    connection.login(settings.username, self._password)
            except BaseException:
                connection.close()
                raise
        except (smtplib.SMTPException, OSError) as exc:
            where = f"{settings.host}:{settings.port}"
            self._unreachable = SendError(
                f"SMTP server {where} unusable: {type(exc).__name__}: {exc}", permanent=False
            )
            raise self._unreachable from None
        self._connection = connection
        return connection

    def _open(self) -> _SMTP | _SMTP_SSL:
        settings = self._settings
        if settings.security == "tls":
            return _SMTP_SSL(
                settings.host,
                settings.port,
                timeout=settings.timeout,
                context=self._context,
            )
        connection = _SMTP(settings.host, settings.port, timeout=settings.timeout)
        try:
            connection.ehlo()
            if settings.security == "starttls":
                connection.starttls(context=self._context)
                connection.ehlo()
        except BaseException:
            connection.close()
            raise
        return connection

    def _drop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _lost(exc: BaseException, data_sent: bool) -> SendError:
    """The error for a connection lost mid-conversation; unknown once the message has left."""
    if data_sent:
        return SendError(
            "outcome unknown: the whole message was sent but the server's answer to it was lost "
            f"({type(exc).__name__}: {exc}); it may have been delivered",
            permanent=False,
            unknown=True,
        )
    return SendError(f"{type(exc).__name__}: {exc}", permanent=False)


def _reply(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return f"{code} {' '.join(text.split())}".strip()
