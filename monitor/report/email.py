"""Render the weekly e-mails (Jinja2: subject, text and HTML templates) and build EmailMessages.

HTML templates autoescape everything; the text and subject templates are plain text. Anything
that reaches a header goes through :func:`header_text`, so no scraped text can add a header.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from functools import cache
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from monitor.config import Config
from monitor.report import spanish
from monitor.report.weekly import OversightDigest, WeeklySummary

LAW = "Ley de Acceso a la Información Pública (LAIP, Decreto 57-2008), Artículo 10"
SENDER_NAME = "Monitoreo de portales de transparencia (LAIP)"


@dataclass(frozen=True)
class Rendered:
    """The three parts of one e-mail."""

    subject: str
    text: str
    html: str


@cache
def environment() -> Environment:
    """The template environment: HTML autoescaped, missing variables are errors."""
    env = Environment(
        loader=PackageLoader("monitor.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        long_date=spanish.long_date,
        short_date=spanish.short_date,
        period=spanish.period,
        duration=spanish.duration,
        percent=spanish.percent,
        points=spanish.points,
        seconds=spanish.seconds,
        verdict=spanish.verdict,
        cause=spanish.cause,
    )
    env.globals["advice"] = spanish.advice
    return env


def render_summary(
    summary: WeeklySummary, config: Config, recipient: str | None = None
) -> Rendered:
    """The e-mail for one portal's contacts."""
    return _render("portal", config, recipient, s=summary, week=summary.week)


def render_digest(
    digest: OversightDigest, config: Config, recipient: str | None = None
) -> Rendered:
    """The e-mail for oversight staff."""
    return _render("digest", config, recipient, d=digest, week=digest.week)


def build_message(
    rendered: Rendered,
    *,
    sender: str,
    recipients: Sequence[str],
    message_id: str,
    date: dt.datetime,
    unsubscribe: Sequence[str] = (),
) -> EmailMessage:
    """A multipart/alternative message (text, then HTML) with the list headers set."""
    message = EmailMessage()
    message["From"] = formataddr((SENDER_NAME, header_text(sender)))
    if recipients:
        message["To"] = ", ".join(header_text(address) for address in recipients)
    message["Subject"] = header_text(rendered.subject)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = header_text(message_id)
    message["Auto-Submitted"] = "auto-generated"
    if unsubscribe:
        message["List-Unsubscribe"] = ", ".join(f"<{header_text(u)}>" for u in unsubscribe)
        if any(u.startswith("https://") for u in unsubscribe):
            message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(rendered.text, charset="utf-8")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8")
    message["Content-Language"] = "es"  # after set_content, which drops Content-* headers
    return message


def new_message_id(config: Config, key: str) -> str:
    """A fresh ``<...@domain>`` Message-ID on the sender's domain."""
    domain = config.smtp.from_.rsplit("@", 1)[-1]
    return make_msgid(idstring=header_text(key).replace(" ", ""), domain=domain)


def unsubscribe_targets(config: Config, recipient: str | None) -> list[str]:
    """``List-Unsubscribe`` targets: a mailto: to the sender and the configured URL, if any.

    ``{address}`` in ``[report] unsubscribe_url`` is replaced by the recipient, URL-encoded.
    """
    subject = "baja" if recipient is None else f"baja {recipient}"
    targets = [f"mailto:{config.smtp.from_}?subject={quote(subject)}"]
    url = config.report.unsubscribe_url
    if url:
        targets.append(url.replace("{address}", quote(recipient or "", safe="")))
    return targets


def header_text(value: str) -> str:
    """``value`` with every control character (CR, LF, NUL, ...) replaced by a space."""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in value)
    return " ".join(cleaned.split())


def _render(name: str, config: Config, recipient: str | None, **context: Any) -> Rendered:
    env = environment()
    week = context["week"]
    unsubscribe = unsubscribe_targets(config, recipient)
    context.update(
        law=LAW,
        tz_label="hora de Guatemala" if week.timezone == "America/Guatemala" else week.timezone,
        date_time=lambda moment: spanish.date_time(moment, week.timezone),
        local_date=lambda moment: spanish.local(moment, week.timezone).date(),
        days=spanish.day_range(week.first_day, week.last_day),
        unsubscribe_url=unsubscribe[-1],
    )
    context["subject"] = header_text(env.get_template(f"{name}.subject.txt.j2").render(context))
    return Rendered(
        subject=context["subject"],
        text=env.get_template(f"{name}.text.txt.j2").render(context),
        html=env.get_template(f"{name}.html.j2").render(context),
    )
