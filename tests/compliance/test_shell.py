"""App-shell detection with a crawl's memory of lines (``ShellScan``): the same answers as
without it, on pages that share their theme the way a portal's pages do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.compliance.page import parse_page
from monitor.compliance.shell import (
    _ALL_LITERALS,
    _EMPTY_MOUNT,
    _FRAMEWORKS,
    _NOSCRIPT_JS,
    _NOSCRIPT_NEEDLE,
    ShellScan,
    detect_app_shell,
    framework_signs,
    page_literals,
)

# Lines a theme or a page may hold: every literal the scans look for, whole mount elements and
# framework marks, near misses, and plain markup (some lines carry several pieces).
_PIECES = [
    '<div id="__next"></div>', '<div id="root"></div>', '<div id="root">', "<react-root>",
    "</react-root>", '<noscript class="aviso">Active Java Script', '<div id="___gatsby"></div>',
    "</div>", "<app-root></app-root>",
    '<section id="App"><!-- vacío --></section>', "<x-app></x-app>", '<main id=svelte></main>',
    "<noscript>Habilite JavaScript</noscript>", "<NOSCRIPT>", "javascript",
    '<script src="/_next/static/chunks/main.js"></script>', "__NEXT_DATA__", "self.__next_f",
    '<script src="/_nuxt/entry.js"></script>', "window.__NUXT__", "__nuxt_data__",
    "/@vite/client", '<script type="module" src="/assets/app.js">', "/assets/", "ng-version=",
    "/static/js/main.3fa9.js", "data-reactroot", "react-dom", "data-v-app", "vue.js", "Vue",
    "___gatsby", "/page-data/", "whatsapp", "application/ld+json", "gatsby", "svelte",
    "<script>", "<script src=/js/x.js>", "<p>Numeral 4: Presupuesto 2026</p>", "<h1>Inicio</h1>",
    '<a href="/informacion-publica">Información pública</a>', " ", "-", "_", ".", "<", ">",
]  # fmt: skip


def _recase(text: str, upper: list[bool]) -> str:
    return "".join(c.upper() if i < len(upper) and upper[i] else c for i, c in enumerate(text))


_LINE = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.lists(st.booleans(), max_size=12)), max_size=4
).map(lambda parts: "".join(_recase(text, upper) for text, upper in parts))


@st.composite
def _portal(draw: st.DrawFn) -> list[bytes]:
    """Pages of one portal: each mixes lines of a shared theme with lines of its own."""
    theme = draw(st.lists(_LINE, max_size=8))
    pages = []
    for _ in range(draw(st.integers(1, 5))):
        own = draw(st.lists(_LINE, max_size=6))
        lines = draw(st.permutations(theme + own)) if theme or own else []
        newline = draw(st.sampled_from(["\n", "\r\n"]))
        pages.append(newline.join(lines).encode())
    return pages


@settings(max_examples=300, deadline=None)
@given(_portal(), st.sampled_from([1 << 20, 60]))
def test_a_scan_finds_what_a_whole_page_search_finds(pages: list[bytes], max_bytes: int) -> None:
    scan = ShellScan(max_bytes=max_bytes)
    for raw in pages:
        page = parse_page("https://muni.example.gt/", 200, raw)
        literals = scan.literals(raw)
        assert literals == page_literals(raw)
        # The literal gate lets through every page its scan would find something in.
        if _NOSCRIPT_JS.search(raw):
            assert _NOSCRIPT_NEEDLE in literals
        expected = [name for name, marks in _FRAMEWORKS if marks.search(raw)]
        assert framework_signs(raw, literals) == framework_signs(raw) == expected
        assert detect_app_shell(raw, page, scan) == detect_app_shell(raw, page)
        held = sum(map(len, scan.clean)) + sum(map(len, scan.marked))
        assert held <= scan.known_bytes <= max_bytes


def test_a_later_page_is_searched_only_in_its_own_lines() -> None:
    theme = [f'<div class="menu-{n}"><a href="/m{n}">Menú {n}</a></div>' for n in range(50)]
    theme.append('<a href="https://wa.me/502">WhatsApp</a>')
    scan = ShellScan()
    theme.append('<noscript><img src="/pixel.gif"></noscript>')
    first = "\n".join([*theme, '<script src="/_next/static/a.js"></script>']).encode()
    assert scan.literals(first) == {b"/_next/static/", b"<noscript"}
    # Every theme line is now known: all clean but one, holding "<noscript".
    assert len(scan.clean) == 51 and set(scan.marked.values()) == {
        frozenset({b"<noscript"}),
        frozenset({b"/_next/static/"}),
    }
    second = "\n".join([*theme, "<p>Numeral 4</p>"]).encode()
    assert scan.literals(second) == {b"<noscript"}
    assert b"<p>numeral 4</p>" not in {line.lower() for line in scan.marked}
    assert b"<p>Numeral 4</p>" in scan.clean


def test_every_literal_has_no_newline_and_is_lower_case() -> None:
    # Both are what make a search line by line the same as a search of the whole page.
    assert all(b"\n" not in literal and literal == literal.lower() for literal in _ALL_LITERALS)


def test_every_mount_element_is_recognised() -> None:
    ids = "__next __nuxt ___gatsby root app application main-app react-root vue-app q-app svelte"
    mounts = [f'<DIV ID="{mount_id}"></DIV>' for mount_id in [*ids.split(), "appRoot", "app-root"]]
    mounts += ["<app-root></app-root>", "<app></app>", "<ion-app></ion-app>", "<x-root></x-root>"]
    for raw in (mount.encode() for mount in mounts):
        assert _EMPTY_MOUNT.search(raw), raw
