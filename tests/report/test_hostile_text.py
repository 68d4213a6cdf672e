"""Text scraped from a portal, or typed into the config, cannot inject markup, links or headers."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import pytest

from monitor.config import Config
from monitor.report.email import header_text
from monitor.report.send import send_weekly
from monitor.report.weekly import one_line, portal_link
from monitor.store import repo
from monitor.store.db import open_database, transaction
from tests.report import seed
from tests.report.conftest import make_config
from tests.report.smtp_server import SmtpServer

HOSTILE_URL = "https://muni-hostil.example.gt/"
SCRIPT = "<script>alert('x')</script>"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]


def _hostile_config(port: int) -> Config:
    return make_config(
        port,
        portals=[
            {
                "slug": "munihostil",
                "name": f"Muni {SCRIPT}\r\nBcc: victima@example.com",
                "url": HOSTILE_URL,
                "contacts": ["uip@muni-hostil.example.gt"],
            }
        ],
    )


@pytest.fixture
def hostile(sqlite_url: str, smtp_server: SmtpServer) -> Iterator[SmtpServer]:
    config = _hostile_config(smtp_server.port)
    engine, factory = open_database(sqlite_url)
    with transaction(factory) as session:
        ids = repo.sync_portals(session, config.portals)
        seed.add_crawl(
            session,
            ids["munihostil"],
            seed.utc(2026, 11, 18),
            0.2,
            {"art10.n01": "missing", "art10.n02": "broken", "art10.n03": "empty"},
            HOSTILE_URL,
            labels={
                "art10.n01": f"{SCRIPT}\r\nBcc: otra@example.com",
                "art10.n02": '"><img src=x onerror=alert(1)>',
            },
            urls={
                "art10.n01": "javascript:alert(1)",
                "art10.n02": "https://evil.example.com/phish",
                "art10.n03": HOSTILE_URL + 'doc?a=1&b="><script>',
            },
        )
    send_weekly(config, factory, now=seed.REPORT_TIME)
    engine.dispose()
    yield smtp_server


def test_crlf_in_a_portal_name_cannot_add_a_header_or_a_recipient(hostile: SmtpServer) -> None:
    [received] = [r for r in hostile.handler.messages if "uip@muni-hostil.example.gt" in r.rcpt_tos]
    assert received.rcpt_tos == ["uip@muni-hostil.example.gt"]
    message = received.message
    assert message["Bcc"] is None
    assert "victima" not in message["To"]
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert "Bcc: victima@example.com" in message["Subject"]  # harmless text, not a header


def test_script_and_markup_from_the_portal_arrive_escaped(hostile: SmtpServer) -> None:
    message = hostile.handler.to("uip@muni-hostil.example.gt")[0]
    html = message.get_body(("html",)).get_content()
    parser = _Links()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert "&lt;script&gt;" in html
    assert "<script" not in html and "<img" not in html


def test_links_only_point_to_the_portal_itself_or_the_unsubscribe_page(hostile: SmtpServer) -> None:
    html = hostile.handler.to("uip@muni-hostil.example.gt")[0].get_body(("html",)).get_content()
    parser = _Links()
    parser.feed(html)
    assert parser.hrefs, "the e-mail should link to the portal"
    for href in parser.hrefs:
        assert href.startswith((HOSTILE_URL, "https://monitor.example.gt/baja?"))
    assert not any("javascript" in href or "evil.example.com" in href for href in parser.hrefs)


def test_the_digest_escapes_portal_names_too(hostile: SmtpServer) -> None:
    digest = hostile.handler.to("supervision@example.gt")[0]
    html = digest.get_body(("html",)).get_content()
    assert "<script" not in html and "&lt;script&gt;" in html
    assert digest["Bcc"] is None


def test_header_text_replaces_every_control_character() -> None:
    assert header_text("a\r\nBcc: x\x00y\tz") == "a Bcc: x y z"


def test_one_line_collapses_line_breaks_and_bounds_length() -> None:
    assert one_line("  Presupuesto\r\n2026\u2028vigente ") == "Presupuesto 2026 vigente"
    assert len(one_line("x" * 500, 50)) == 50


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://muni.example.gt/a/b.pdf", "https://muni.example.gt/a/b.pdf"),
        ("http://www.muni.example.gt/a", "http://www.muni.example.gt/a"),
        ("https://MUNI.example.gt/x", "https://MUNI.example.gt/x"),
        ("https://other.example.gt/a", None),
        ("https://muni.example.gt.evil.com/a", None),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("https://muni.example.gt/a\r\nb", None),
        ("", None),
        (None, None),
    ],
)
def test_portal_link_keeps_only_http_pages_on_the_portal_host(
    url: str | None, expected: str | None
) -> None:
    assert portal_link(url, "https://muni.example.gt/") == expected
