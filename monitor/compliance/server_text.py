"""Words a site's software prints instead of, or among, the body's content: PHP's diagnostics, a
database's errors, a CMS's failure notice.

They are not the body's words (an item's place holding the law's text and a "Deprecated: …" line
holds no text of its own), and where a failure stands the content failed on the server: the
item's list was not printed, or the page stops there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

# PHP's own lines printed into the page ("<b>Deprecated</b>: strpos(): Passing null to parameter
# #1 … in <b>/home/…/elementor.php</b> on line <b>197</b>"): each ends naming a file and a line.
_PHP_LINE = re.compile(
    r"(?:PHP\s+)?(?P<kind>Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?"
    r"Fatal error|Parse error)\s*:\s.{0,800}?\bin\s+\S+\s+on\s+line\s+\d+",
    re.IGNORECASE | re.DOTALL,
)
# Where a list should be, an error instead: a database's (PDO's "SQLSTATE[HY000] [2002] …",
# MySQL's, Joomla's "Error displaying the error page: Application Instantiation Error",
# "Table 'db.jos_x' doesn't exist SQL=…", WordPress's "Error establishing a database connection",
# a Spanish script's "Error de conexión a la base de datos") or WordPress's notice that a fatal
# error stopped the page ("Ha habido un error crítico en esta web.").
_FAILURE = re.compile(
    r"\bSQLSTATE\[[0-9A-Z]{5}\]"
    r"|\bError displaying the error page\b"
    r"|\bApplication Instantiation Error\b"
    r"|\bTable '[^']{1,160}' doesn't exist\b"
    r"|\bYou have an error in your SQL syntax\b"
    r"|\bMySQL server has gone away\b"
    r"|\bCould not connect to (?:MySQL|the database)\b"
    r"|\bError establishing a database connection\b"
    r"|\berror (?:de|al) conectar?(?:se)? (?:a|con) la base de datos\b"
    r"|\berror de conexi[oó]n (?:a|con) la base de datos\b"
    r"|\bha habido un error cr[ií]tico en (?:esta|este) (?:web|sitio)\b"
    r"|\bthere has been a critical error on (?:this|your) website\b"
    # A plugin's shortcode printed as text, the plugin switched off: what it lists (a Download
    # Manager package or category, a TablePress table, WP File Download's folder, Download
    # Monitor's file) is not on the page.
    r"|\[\s*(?:wpdm_[a-z_]+|table|wpdatatable|ninja_tables|wpfd_[a-z_]+|download|mdocs"
    r"|pdf-embedder|embeddoc|pdfjs-viewer)\b[^\[\]]{0,300}\]",
    re.IGNORECASE,
)
_FATAL = re.compile(r"fatal error|parse error", re.IGNORECASE)
MAX_NAMED = 120  # characters of a failure quoted in a reason
MAX_MESSAGE = 400  # characters of a failure's message (a database error with its query)


def without_diagnostics(text: str) -> str:
    """``text`` without PHP's diagnostic lines (a page's own words are what is left)."""
    if " line " not in text:
        return text
    return _PHP_LINE.sub(" ", text)


def parts_without_diagnostics(parts: Sequence[str]) -> list[str]:
    """A block's text parts without those that make up PHP's diagnostic lines ("Deprecated",
    ":  strpos(): … in ", "/home/…/helper.php", " on line ", "2205")."""
    joined = " ".join(parts)
    if " line " not in joined:
        return list(parts)
    spans = [line.span() for line in _PHP_LINE.finditer(joined)]
    kept: list[str] = []
    at = 0
    for part in parts:
        start, end = at, at + len(part)
        at = end + 1
        if not any(first <= start and end <= last for first, last in spans):
            kept.append(part)
    return kept


class Failure(NamedTuple):
    """A server's failure shown in a text."""

    quoted: str  # its message, short
    rest: str  # the text without its message (up to ``MAX_MESSAGE`` characters from its start)
    stops: bool  # PHP's fatal error: the page was not printed past it
    before: str  # the text before it


def server_failure(text: str) -> Failure | None:
    """The failure ``text`` shows where content should be (a database error, PHP's fatal error,
    WordPress's critical-error notice); None when it shows none."""
    found = _FAILURE.search(text)
    stops = found is None
    if found is None:
        found = _fatal_line(text)
    if found is None:
        return None
    start = found.start()
    quoted = " ".join(text[start : start + MAX_NAMED].split())
    return Failure(quoted, f"{text[:start]} {text[start + MAX_MESSAGE :]}", stops, text[:start])


def stops_the_page(text: str) -> str | None:
    """PHP's fatal error when ``text`` shows one: PHP stopped there, and the rest of the page
    was never printed. Quoted short; None when there is none."""
    line = _fatal_line(text)
    return None if line is None else " ".join(line[0].split())[:MAX_NAMED]


def _fatal_line(text: str) -> re.Match[str] | None:
    """PHP's first fatal or parse error line in ``text`` (sought only where those words are)."""
    if _FATAL.search(text) is None:
        return None
    return next((line for line in _PHP_LINE.finditer(text) if _FATAL.search(line["kind"])), None)


__all__ = [
    "MAX_MESSAGE",
    "Failure",
    "MAX_NAMED",
    "parts_without_diagnostics",
    "server_failure",
    "stops_the_page",
    "without_diagnostics",
]
