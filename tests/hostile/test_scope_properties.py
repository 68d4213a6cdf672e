"""Generated URLs against the crawler's scope rule and link resolution (hypothesis).

Whatever a hostile page writes in a link or a ``Location`` header (odd escapes, userinfo tricks,
IDN and legacy IPv4 hosts, other schemes, ports, backslashes, control characters), resolving it
never raises, and a URL the scope admits is one httpx sends to the portal's own host and port:
the address the request would really go to, never another host.
"""

from __future__ import annotations

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.compliance.page import parse_page
from monitor.net.redirects import join as _join
from monitor.net.scope import Scope, private_place

PORTALS = (
    "http://127.0.0.2:8080/",
    "https://municipalidad.gt/",
    "http://municipalidad-peñas.gt/transparencia/",
    "https://straße.gt:8443/",
    "http://ς.gt/",
)

_hosts = st.sampled_from(
    [
        "127.0.0.2",
        "127.0.0.2.",
        "127.0.0.3",
        "127.1",
        "2130706434",
        "0x7f.0.0.2",
        "[::1]",
        "[::ffff:127.0.0.2]",
        "169.254.169.254",
        "10.0.0.1",
        "municipalidad.gt",
        "MUNICIPALIDAD.GT",
        "municipalidad.gt.",
        "municipalidad.gt%2e",
        "municipalidad.gt\u3002",
        "xn--municipalidad-peas-20b.gt",
        "municipalidad-peñas.gt",
        "MUNICIPALIDAD-PEÑAS.gt",
        "municipalidad-penas.gt",
        "ｍｕｎｉｃｉｐａｌｉｄａｄ.gt",
        "evil.gt",
        "straße.gt",
        "strasse.gt",
        "xn--strae-oqa.gt",
        "STRASSE.gt",
        "ς.gt",
        "σ.gt",
        "",
    ]
)
_ODD = list("aZ09.-_~:@/\\?#[]%!$&'()*+,;= \t\n\x00ñé\u3002\uff0e")
_junk = st.lists(st.sampled_from([*_ODD, "%zz", "%00", "%2e", "%40"]), max_size=12).map("".join)
_userinfo = st.one_of(st.just(""), _hosts.map(lambda h: h + "@"), _junk.map(lambda j: j + "@"))
_port = st.one_of(
    st.just(""),
    st.sampled_from([":8080", ":80", ":443", ":08080", ":", ":99999", ":-1", ":8080:80", ":٨٠"]),
    st.integers(0, 70000).map(lambda p: f":{p}"),
)
_path = st.one_of(
    st.sampled_from(["/", "", "/%zz", "/%00", "/a%2", "/ruta/ñandú", "\\\\x\\y", "/..//../"]),
    st.just("/" + "x" * 3000),
    _junk.map(lambda j: "/" + j),
)
_scheme = st.sampled_from(
    ["http://", "https://", "HTTP://", "ftp://", "//", "http:/", "http:\\\\", ""]
)


@st.composite
def urls(draw: st.DrawFn) -> str:
    """Absolute, scheme-relative and relative URLs a hostile page might write."""
    built = draw(_scheme) + draw(_userinfo) + draw(_hosts) + draw(_port) + draw(_path) + draw(_junk)
    return draw(st.one_of(st.just(built), _junk, st.text(max_size=40)))


def sent_to_portal(portal: str, url: str) -> bool:
    """Whether httpx would send a request for ``url`` to ``portal``'s host (and port)."""
    try:
        target = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return True  # httpx refuses it: no request is sent anywhere
    home = httpx.URL(portal)
    if target.scheme not in ("http", "https"):
        return False

    def port(u: httpx.URL) -> int:
        return u.port or (443 if u.scheme == "https" else 80)

    def host(u: httpx.URL) -> bytes:
        return u.raw_host.lower().rstrip(b".")

    def default(u: httpx.URL) -> bool:
        return u.port is None  # httpx drops a port that is the scheme's default

    # The same host on its default ports is one site served over http and https.
    same_port = port(target) == port(home) or (default(target) and default(home))
    return host(target) == host(home) and same_port


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(portal=st.sampled_from(PORTALS), url=urls())
def test_the_scope_never_raises_and_never_admits_another_host(portal: str, url: str) -> None:
    if url in Scope(portal):
        assert sent_to_portal(portal, url), url


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(portal=st.sampled_from(PORTALS), location=urls())
def test_redirect_locations_resolve_without_raising_and_stay_honest(
    portal: str, location: str
) -> None:
    target = _join(portal + "pagina", location)
    if target is not None:
        assert "#" not in target
        if target in Scope(portal):
            assert sent_to_portal(portal, target), (location, target)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(portal=st.sampled_from(PORTALS), hrefs=st.lists(urls(), max_size=8))
def test_links_of_a_page_resolve_to_http_urls_and_in_scope_ones_stay_on_the_portal(
    portal: str, hrefs: list[str]
) -> None:
    anchors = "".join(f'<a href="{href.replace(chr(34), "%22")}">x</a>' for href in hrefs)
    page = parse_page(portal, 200, f"<html><body>{anchors}</body></html>".encode())
    for link in page.links:
        assert link.url.split(":", 1)[0].lower() in ("http", "https"), link.url
        if link.url in Scope(portal):
            assert sent_to_portal(portal, link.url), link.url


@pytest.mark.parametrize(
    ("url", "private"),
    [
        ("file:///C:/Users/UIP/Documents/informe.pdf", True),
        ("file://servidor-muni/compartida/informe.pdf", True),
        ("http://192.168.1.20/transparencia/informe.pdf", True),
        ("http://10.24.2.25/informe.pdf", True),
        ("http://localhost/muni/wp-content/uploads/informe.pdf", True),
        ("http://servidor-muni/transparencia/", True),
        ("http://intranet.muni.local/informe.pdf", True),
        ("http://[::1]:8080/informe.pdf", True),
        ("http://2130706433/informe.pdf", True),  # 127.0.0.1 as an integer
        ("https://munixela.laip.gt/informe.pdf", False),
        ("http://200.12.34.56/informe.pdf", False),
        ("mailto:uip@muni.gob.gt", False),
    ],
)
def test_a_place_no_citizen_reaches_is_known_by_its_address(url: str, private: bool) -> None:
    assert (private_place(url) is not None) is private
