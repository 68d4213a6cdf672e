"""Whether a document's first bytes are a file a citizen can open.

A PDF viewer opens a file only when "%PDF" stands in its first 1,024 bytes (PDF.js's and
Chrome's tolerance for what precedes the header): a script's error message ("ERROR", a PHP
"Warning: readfile(): failed to open stream") sent as ``application/pdf`` under a ``.pdf``
address is a download that fails. And a file whose server sends its headers, then closes (or
stalls) before the first byte, is one no one receives. The crawl reads the first bytes of every
document it checks (one byte asked by ``Range``; up to ``FIRST_BYTES`` when the server ignores
Range), and asks for ``FIRST_BYTES`` only when the one byte is not the start of the header.
"""

from __future__ import annotations

from posixpath import splitext
from urllib.parse import unquote, urlsplit

PDF_MARK = b"%PDF"
FIRST_BYTES = 1024
# Why such a file fails, as a check's error says it (``report.reasons`` translates them).
NOT_A_PDF = "not a PDF: it begins"
NOTHING_SENT = "the server closed the answer before sending any content"
NOTHING_IN_TIME = "its content did not start within"
_HTML = ("text/html", "application/xhtml+xml")


def claims_pdf(url: str, content_type: str | None) -> bool:
    """Whether the answer says it is a PDF: its type, or a ``.pdf`` address sent as a generic
    download (``application/octet-stream``, ``force-download``, no type). An HTML answer is
    judged as a page elsewhere."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind == "application/pdf":
        return True
    if kind.startswith(_HTML) or (kind.startswith("text/") and kind != "text/plain"):
        return False
    return splitext(unquote(urlsplit(url).path))[1].lower() == ".pdf"


def may_begin_a_pdf(prefix: bytes) -> bool:
    """Whether a file beginning with ``prefix`` (its first bytes, maybe only one) may be a
    PDF: the header is there, or ``prefix`` is the start of it."""
    return PDF_MARK in prefix[:FIRST_BYTES] or PDF_MARK.startswith(prefix[: len(PDF_MARK)])


def not_a_pdf(window: bytes) -> str | None:
    """Why a file whose first ``FIRST_BYTES`` (or whole body) are ``window`` is no PDF a
    viewer opens, or None when it is one."""
    if PDF_MARK in window[:FIRST_BYTES]:
        return None
    shown = window[:24].decode("latin-1").encode("unicode_escape").decode("ascii")
    return f"{NOT_A_PDF} {shown!r}"
