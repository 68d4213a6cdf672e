"""The bench's naive reference crawler and profile summary (bench/ is timed by hand; these check
that what it counts is right, never how fast)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bench.reference_crawler import crawl, portal_urls
from bench.round import profile_summary
from tests.compliance.fleet.server import LoopbackServer, Resource

HTML = "text/html; charset=utf-8"


def test_it_fetches_every_linked_page_and_document_of_the_portal_once() -> None:
    routes = {
        "/": Resource(
            b'<html><body><a href="/a">A</a><a href="/informe.pdf">PDF</a>'
            b'<a href="http://127.0.0.2:9/elsewhere">other host</a><a href="#top">top</a>'
            b'<a href="/missing">gone</a></body></html>',
            200,
            HTML,
        ),
        "/a": Resource(
            b'<html><body><a href="/">home</a><a href="/a#x">self</a></body></html>', 200, HTML
        ),  # fmt: skip
        "/informe.pdf": Resource(b"%PDF-1.4 " + b"x" * 5000, 200, "application/pdf"),
    }
    with LoopbackServer(routes) as server:
        totals = asyncio.run(crawl([server.url + "/"], parallel=2, timeout=5.0))
        requests = dict(server.traffic.requests)
    assert (totals.portals, totals.pages, totals.documents, totals.errors) == (1, 2, 1, 1)
    assert totals.bytes >= 5009  # the document is read whole
    assert all(count == 1 for count in requests.values())  # nothing fetched twice
    assert ("GET", "/informe.pdf") in requests


def test_it_refuses_a_portal_that_is_not_on_loopback(tmp_path: Path) -> None:
    config = tmp_path / "portals.toml"
    config.write_text('[[portals]]\nslug = "x"\nname = "X"\nurl = "https://example.org/"\n')
    with pytest.raises(SystemExit, match="only loopback addresses"):
        portal_urls(config)


def test_profile_summary_groups_samples_and_leaves_idle_threads_out(tmp_path: Path) -> None:
    raw = tmp_path / "full.txt"
    raw.write_text(
        "main (a.py:1);fetch_page (monitor/compliance/crawl.py:10);"
        "parse_page (monitor/compliance/page.py:300) 30\n"
        "main (a.py:1);_write (monitor/evidence/warc.py:56) 10\n"
        "_bootstrap (threading.py:1);_worker (concurrent/futures/thread.py:81) 60\n"
    )
    categories, functions = profile_summary(str(raw))
    assert categories == [
        " 75.0%  HTML parse (parse_page)",
        " 25.0%  evidence archive (WARC, gzip)",
    ]
    assert functions[0] == " 75.0%  parse_page (monitor/compliance/page.py:300)"
