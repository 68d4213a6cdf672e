"""Property tests: any HTML and any URL go through the parser and the judge without raising."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from monitor.compliance.catalog import load_catalog
from monitor.compliance.crawl import CrawlOutcome, DocumentCheck, FetchFailure
from monitor.compliance.judge import judge
from monitor.compliance.page import parse_page
from monitor.compliance.result import STATUSES

CATALOG = load_catalog()
BASE = "http://muni.example.gt/"
WORDS = [
    "Numeral 8",
    "Art. 10 Num. 4",
    "10.26",
    "Inciso 12",
    "EJECUCION PRESUPUESTARIA",
    "Compras directas",
    "No aplica",
    "No hay información",
    "Octubre 2026",
    "15/10/2026",
    "2026/Octubre",
    "presupuesto",
    "ñandú",
    "\u202e\u0000\ufeff",
    "&amp; &#x0; &bogus;",
    "Numeral 04.04 Dietas",
]
TAGS = [
    "div",
    "p",
    "h1",
    "h2",
    "h3",
    "h6",
    "a",
    "table",
    "tr",
    "td",
    "th",
    "nav",
    "footer",
    "main",
    "article",
    "ul",
    "li",
    "strong",
    "script",
    "summary",
    "dt",
    "img",
    "iframe",
]
HREFS = st.one_of(
    st.sampled_from(
        [
            "/index.php/08-ejecucion",
            "doc.pdf",
            "//other.example/x",
            "http://[::1]:99999/",
            "http://xn--mun-gla.gt/%zz",
            "javascript:alert(1)",
            "mailto:a@b.c",
            "http://muni.example.gt:0/",
            "http://muni.example.gt/%E0%A4%A/",
            "#top",
            "?a=1&b=2",
            "http://münï.gt/ñ",
            "http://muni.example.gt/a b\tc",
            "http://256.256.256.256/",
        ]
    ),
    st.text(max_size=40),
)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        text = draw(st.one_of(st.sampled_from(WORDS), st.text(max_size=30)))
        attrs = ""
        if tag in ("a", "iframe"):
            attrs = f' href="{draw(HREFS)}" src="{draw(HREFS)}"'
        if draw(st.booleans()):
            attrs += f' class="{draw(st.sampled_from(["menu", "footer", "entry-header", "x"]))}"'
        close = draw(st.booleans())
        parts.append(f"<{tag}{attrs}>{text}" + (f"</{tag}>" if close else ""))
    return "<html><head><title>t</title></head><body>" + "".join(parts) + "</body></html>"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_documents(), st.sampled_from(["utf-8", "latin-1", "utf-16"]))
def test_the_page_parser_never_raises_and_keeps_links_consistent(html: str, charset: str) -> None:
    page = parse_page(BASE, 200, html.encode(charset, "replace"), f"text/html; charset={charset}")
    for link in page.links:
        assert link.url.startswith(("http://", "https://"))
        assert -1 <= link.block < len(page.blocks)
        assert (link.block == -1) == link.in_template


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_parse_into_a_page(body: bytes) -> None:
    page = parse_page(BASE, 200, body, None)
    assert page.url == BASE


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(html_documents(), min_size=1, max_size=5),
    st.dictionaries(st.sampled_from(["/doc.pdf", "/a.xlsx"]), st.integers(0, 599), max_size=2),
    st.sampled_from([None, "max_pages", "time_budget"]),
    st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
)
def test_the_judge_gives_exactly_one_valid_verdict_per_entry(
    documents: list[str], statuses: dict[str, int], stop: str | None, today: dt.date
) -> None:
    outcome = CrawlOutcome(start_url=BASE)
    for index, html in enumerate(documents):
        url = BASE if index == 0 else f"{BASE}p{index}"
        outcome.pages[url] = parse_page(url, 200, html.encode(), "text/html")
    for path, code in statuses.items():
        url = BASE.rstrip("/") + path
        outcome.documents[url] = DocumentCheck(url, code < 400, code, size=code % 3)
    outcome.failures[BASE + "index.php/08-ejecucion"] = FetchFailure(BASE, 500, "HTTP 500")
    outcome.stats = type(outcome.stats)(pages=len(documents), stop_reason=stop)
    verdicts = judge(outcome, CATALOG, today=today)
    assert [v.section_id for v in verdicts] == [e.id for e in CATALOG.entries]
    assert all(v.status in STATUSES and v.reason for v in verdicts)


_URL_PIECES = st.sampled_from(
    ["", "/", "//", "a", "b.html", "..", ".", "?", "?q=1", "#f", ";p", "%41", "ñ", " ", ":", "@"]
)
_BASES = st.builds(
    lambda scheme, host, path, tail: f"{scheme}://{host}{path}{tail}",
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["muni.example.gt", "127.0.0.1:8080", "u@h.gt", "[::1]", "h.gt:"]),
    st.lists(_URL_PIECES, max_size=4).map("".join),
    st.sampled_from(["", "?x=1", "#top", ";a=b"]),
)
_HREFS = st.builds(
    lambda head, rest: head + rest,
    st.sampled_from(
        ["", "/", "//", "///", "http://", "https://", "http:", "HTTP://", "mailto:", "#", " /"]
    ),
    st.lists(_URL_PIECES | st.sampled_from(["other.gt", "h.gt:99", "x/../y"]), max_size=5).map(
        "".join
    ),
)


@settings(max_examples=400, deadline=None)
@given(_BASES, _HREFS)
def test_joined_links_are_the_same_from_the_cache_as_computed(base: str, href: str) -> None:
    """``join_url`` caches site-wide hrefs under the base's origin: never a different answer."""
    from monitor.compliance.addresses import join_url, join_url_uncached

    assert join_url(base, href) == join_url_uncached(base, href.strip())
    assert join_url(base + "x/y.html", href) == join_url_uncached(base + "x/y.html", href.strip())


def _lxml_html_tree(text: str) -> object:
    """The tree as ``lxml.html`` built it before ``_build_tree`` used lxml.etree's parser."""
    import lxml.etree
    import lxml.html

    from monitor.compliance.page import _CONTAINERS

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
        if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
            flat = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
            root = lxml.html.document_fromstring(_CONTAINERS.sub(" ", text), parser=flat)
    except (lxml.etree.ParserError, ValueError):
        return None
    return root


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_documents())
# Where the parser reads an element's whole text: the title, a bold line acting as a heading,
# table cells (layouts seen on laip.gt item pages).
@example(
    "<html><head><title> Portal de\n Transparencia </title></head><body>"
    "<p><strong>NUMERAL <span>4</span> Presupuesto</strong></p><table>"
    "<tr><td><a href='/a.pdf'>Enero <b>2026</b></a></td><td><span>Q 1,000</span></td></tr>"
    "<tr><td><span></span></td><td> </td></tr></table></body></html>"
)
def test_the_page_is_the_same_as_lxml_html_parsed_it(html: str) -> None:
    """lxml.etree's HTML parser (no lxml.html element classes) reads every page the same."""
    from unittest import mock

    body = html.encode()
    fast = parse_page(BASE, 200, body, "text/html")
    with (
        mock.patch("monitor.compliance.page._build_tree", _lxml_html_tree),
        mock.patch("monitor.compliance.page.all_text", lambda el: el.text_content()),
    ):
        assert parse_page(BASE, 200, body, "text/html") == fast
