"""Is a fetched page the empty shell of an app its scripts build in the browser?

``detect_app_shell`` is a pure function of the page's bytes and its parse. It reads every page a
crawl fetches, so it is cheap where it can be: most pages hold plenty of their own and are ruled
out by a word count, then by the search for an empty mount element when they do not hold little;
the scans of a page that holds little (a framework's marks, a ``<noscript>`` asking for
JavaScript) each run only when one of their literals is present, and a ``ShellScan`` lets a
crawl search only the lines its earlier pages did not already show to hold none of those
literals (a portal's pages share their theme, most of their bytes).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

from monitor.compliance.page import Page

# Shell detection: below these counts a page "holds little" of its own.
SHELL_MAX_WORDS = 40
SHELL_MAX_LINKS = 5
# A page with an empty mount point but this much text of its own is a page with a widget.
MOUNT_MAX_WORDS = 150

_SCRIPT_TAG = re.compile(rb"<script\b[^>]*>", re.I)
_EXTERNAL_SCRIPT = re.compile(rb"""\bsrc\s*=|\btype\s*=\s*["']?module""", re.I)
_MOUNT_IDS = (
    rb"__next|__nuxt|___gatsby|root|app|application|main-app|react-root|vue-app|q-app|svelte"
    rb"|appRoot|app-root"
)
_EMPTY_MOUNT = re.compile(
    rb"<(?P<tag>div|main|section)\b[^>]*\bid\s*=\s*[\"']?(?:"
    + _MOUNT_IDS
    + rb")(?=[\"'\s>/])[^>]*>"
    rb"\s*(?:<!--.{0,300}?-->\s*)*</(?P=tag)\s*>"
    rb"|<(?P<element>app-root|app|ion-app|[a-z][a-z0-9]*-(?:root|app))\b[^>]*>"
    rb"\s*(?:<!--.{0,300}?-->\s*)*</(?P=element)\s*>",
    re.I | re.S,
)
_FRAMEWORKS = (
    ("next.js", re.compile(rb"/_next/static/|__NEXT_DATA__|self\.__next_f", re.I)),
    ("nuxt", re.compile(rb"/_nuxt/|window\.__NUXT__|__NUXT_DATA__", re.I)),
    ("vite", re.compile(rb"/@vite/client|<script[^>]+type=[\"']?module[^>]+/assets/", re.I)),
    ("angular", re.compile(rb"\bng-version=|<app-root\b", re.I)),
    ("angularjs", re.compile(rb"\bng-(?:app|view)\b", re.I)),
    ("react", re.compile(rb"/static/js/main\.[0-9a-f]+\.js|data-reactroot|\breact-dom\b", re.I)),
    ("vue", re.compile(rb"\bdata-v-app\b|\bvue(?:\.runtime)?(?:\.global)?(?:\.prod)?\.js", re.I)),
    ("gatsby", re.compile(rb"___gatsby|/page-data/", re.I)),
)
# The sentence may be in bold or a paragraph ("<noscript><strong>Esta aplicación no funciona
# correctamente sin JavaScript…").
_NOSCRIPT_JS = re.compile(
    rb"<noscript\b[^>]*>(?:[^<]|<(?!/noscript)[^<>]{0,80}>){0,300}?(?:javascript|java script)",
    re.I | re.S,
)


def _lowered(pattern: re.Pattern[bytes]) -> re.Pattern[bytes]:
    """``pattern`` without ``re.I``, for searching an ASCII-lowercased copy of the page.

    Same matches: bytes patterns fold ASCII letters only, and ``bytes.lower()`` lowers exactly
    those (keeping every offset). An escape with an upper-case letter (``\\S``) would change
    meaning when lowered, so none is allowed.
    """
    if re.search(rb"\\[A-Z]", pattern.pattern):
        raise ValueError(f"cannot lower {pattern.pattern!r}")
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.I)


# Literals at least one of which every match of the framework's marks contains (lower case):
# ``bytes.find`` rules most pages out at memory speed. Searched with ``re.I`` the marks cost
# ~5 ms per 60 KB page (alternations defeat the engine's literal search), a third of the CPU
# of a fleet round; tests/compliance/test_render.py checks the two ways agree.
_FRAMEWORK_NEEDLES: dict[str, tuple[bytes, ...]] = {
    "next.js": (b"/_next/static/", b"__next_data__", b"self.__next_f"),
    "nuxt": (b"/_nuxt/", b"window.__nuxt__", b"__nuxt_data__"),
    "vite": (b"/@vite/client", b"/assets/"),
    "angular": (b"ng-version=", b"<app-root"),
    "angularjs": (b"ng-app", b"ng-view"),
    "react": (b"/static/js/main.", b"data-reactroot", b"react-dom"),
    "vue": (b"data-v-app", b"vue"),
    "gatsby": (b"___gatsby", b"/page-data/"),
}
_FRAMEWORKS_LOWER = tuple(
    (name, _FRAMEWORK_NEEDLES[name], _lowered(marks)) for name, marks in _FRAMEWORKS
)


# A literal every match of the ``<noscript>`` test contains, in lower case. An empty mount
# element has no such gate: its ids ("app", "root") are in most lines of a theme ("wrapper",
# "whatsapp", "apple-touch-icon"), so ``_EMPTY_MOUNT`` searches the page itself.
_NOSCRIPT_NEEDLE = b"<noscript"
_ALL_LITERALS = (
    *(needle for needles in _FRAMEWORK_NEEDLES.values() for needle in needles),
    _NOSCRIPT_NEEDLE,
)


@dataclass
class ShellScan:
    """A crawl's memory of the lines (split at ``\\n``) its pages were made of, and of the shell
    scans' literals each line holds. A portal's pages share their theme, most of their bytes:
    a later page is searched only in its lines not seen before. No literal holds a newline, so the
    literals found are those of a search of the whole page. Bounded: once ``max_bytes`` of lines
    are known (the theme is learnt from the first pages), new lines are searched every time."""

    max_bytes: int = 1 << 20
    clean: set[bytes] = field(default_factory=set)
    marked: dict[bytes, frozenset[bytes]] = field(default_factory=dict)
    known_bytes: int = 0

    def literals(self, raw: bytes) -> set[bytes]:
        """The literals of ``_ALL_LITERALS`` that ``raw`` holds, in any case."""
        lines = set(raw.split(b"\n"))
        known = lines & self.marked.keys()
        lines.difference_update(self.clean)
        lines.difference_update(known)
        found: set[bytes] = set()
        for line in known:
            found |= self.marked[line]
        if not lines:
            return found
        new = list(lines)
        text = b"\n".join(new).lower()
        starts = [0, *accumulate(len(line) + 1 for line in new)]
        in_line: dict[int, set[bytes]] = {}
        for literal in _ALL_LITERALS:
            at = text.find(literal)
            while at != -1:
                index = bisect_right(starts, at) - 1
                in_line.setdefault(index, set()).add(literal)
                found.add(literal)
                at = text.find(literal, starts[index + 1])  # its next line
        size = len(text)
        if self.known_bytes + size <= self.max_bytes:
            self.known_bytes += size
            for index, line in enumerate(new):
                if index in in_line:
                    self.marked[line] = frozenset(in_line[index])
                else:
                    self.clean.add(line)
        return found


def page_literals(raw: bytes) -> set[bytes]:
    """The literals of ``_ALL_LITERALS`` that ``raw`` holds, in any case (no memory)."""
    lowered = raw.lower()
    return {literal for literal in _ALL_LITERALS if literal in lowered}


def framework_signs(raw: bytes, literals: set[bytes] | None = None) -> list[str]:
    """The frameworks whose marks ``raw`` holds (``_FRAMEWORKS``, case-insensitive), in order.

    ``literals``: those of ``raw`` (``page_literals``, ``ShellScan.literals``), found here when
    not given."""
    present = page_literals(raw) if literals is None else literals
    lowered: bytes | None = None
    found: list[str] = []
    for name, needles, marks in _FRAMEWORKS_LOWER:
        if not present.isdisjoint(needles):
            if lowered is None:
                lowered = raw.lower()
            if marks.search(lowered):
                found.append(name)
    return found


_WORD = re.compile(r"\w{2,}")


@dataclass(frozen=True)
class Shell:
    """What ``detect_app_shell`` saw: whether the page is an app shell, and the signs of it."""

    is_shell: bool
    signs: tuple[str, ...] = ()
    words: int = 0
    scripts: int = 0


def detect_app_shell(html: bytes | str, page: Page, scan: ShellScan | None = None) -> Shell:
    """Whether a fetched page is the empty shell of an app its scripts build in the browser.

    A shell has scripts and little of its own (text, content links), and says it is an app: an
    empty mount element (``<div id="__next"></div>``, ``<div id="root"></div>``,
    ``<app-root></app-root>``), or a framework's marks (Next.js, Nuxt, Vite, Angular,
    AngularJS, React, Vue, Gatsby) or a ``<noscript>`` asking for JavaScript on a page with
    almost no text. Pure:
    ``page`` is ``html`` parsed by ``parse_page``; ``scan``, the crawl's ``ShellScan``, changes
    only how much is searched, never the answer.
    """
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    scripts = _SCRIPT_TAG.findall(raw)
    if not scripts:
        return Shell(False)
    # Most pages hold plenty of their own: counting stops there, before any other scan.
    words = _count_words([page.title, page.h1, *(f"{b.heading} {b.text}" for b in page.blocks)])
    if words >= MOUNT_MAX_WORDS:
        return Shell(False, (), words, len(scripts))
    external = sum(1 for tag in scripts if _EXTERNAL_SCRIPT.search(tag))
    content_links = sum(1 for link in page.links if not link.in_template)
    little = words < SHELL_MAX_WORDS and content_links < SHELL_MAX_LINKS
    signs: list[str] = []
    mount = _EMPTY_MOUNT.search(raw)
    if mount is None and not little:
        # Not a shell whatever other signs it bears: the scans below are not needed.
        return Shell(False, (), words, len(scripts))
    literals = scan.literals(raw) if scan is not None else page_literals(raw)
    if mount is not None:
        opening = mount.group(0).split(b">", 1)[0][:60] + b">"
        signs.append("empty " + opening.decode("utf-8", "replace"))
    signs += framework_signs(raw, literals)
    if _NOSCRIPT_NEEDLE in literals and _NOSCRIPT_JS.search(raw):
        signs.append("noscript asks for JavaScript")
    shell = bool((mount is not None and (external or little)) or (little and signs))
    return Shell(shell, tuple(signs), words, len(scripts))


def _count_words(texts: Iterable[str]) -> int:
    """Words in ``texts``, counted up to ``MOUNT_MAX_WORDS`` (enough to tell a page of its own)."""
    count = 0
    for text in texts:
        for _word in _WORD.finditer(text):
            count += 1
            if count >= MOUNT_MAX_WORDS:
                return count
    return count


__all__ = ["Shell", "ShellScan", "detect_app_shell", "framework_signs", "page_literals"]
