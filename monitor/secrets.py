"""Keep secrets out of everything a person or a program reads: stdout, stderr, logs, JSON.

One helper for every output path:

- :func:`redact_url` hides the password of one URL (``user:***@``) and the value of query
  parameters that carry secrets (``?password=***``); it never raises, whatever the text.
- :func:`redact_text` does the same for every URL inside free text (an error message, a log
  line, a table cell) and also hides every secret :func:`register_secret` was told about, in
  its literal, %-encoded and %-decoded forms (a password quoted in a driver's error message).
- :func:`redact_data` applies :func:`redact_text` to every string of a JSON-like value.

Passwords are registered where they enter the program: the database URL when an engine is
made, a portal URL when the config is validated, the SMTP password when it is read.
"""

from __future__ import annotations

import re
import threading
from typing import Any
from urllib.parse import quote, unquote

MASK = "***"
# Query parameters whose values are secrets (libpq's ``password``, common token names).
_SECRET_PARAMS = (
    r"(?:password|passwd|pwd|pass|secret|token|api_key|apikey|access_token|sslpassword)"
)
# scheme://user:password@ - the password runs to the last '@' before the path, so a raw '@'
# inside it (an invalid but common URL) is hidden too.
_USERINFO = re.compile(
    r"""(?P<head>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^:/?#@\s"'<>]*:)(?P<password>[^/?#\s"'<>]*)@"""
)
_PARAM = re.compile(rf"(?P<head>[?&;]{_SECRET_PARAMS}=)(?P<value>[^&#\s'\"]*)", re.IGNORECASE)
# Literal secrets shorter than this are only hidden inside URLs: masking every "ab" of a text
# would garble it while protecting nothing.
_MIN_LITERAL = 4

_lock = threading.Lock()
_secrets: set[str] = set()
_longest_first: tuple[str, ...] = ()  # _secrets, longest first (a secret inside another one)


def register_secret(value: str | None) -> None:
    """Hide ``value`` (and its %-encoded / %-decoded forms) from every later redaction."""
    if not value:
        return
    global _longest_first
    forms = {value, quote(value, safe=""), unquote(value)}
    with _lock:
        _secrets.update(form for form in forms if len(form) >= _MIN_LITERAL)
        _longest_first = tuple(sorted(_secrets, key=len, reverse=True))


def redact_url(url: str) -> str:
    """``url`` with its password and secret query parameters replaced by ``***``."""
    return redact_text(url)


def redact_text(text: str) -> str:
    """``text`` with every URL password, secret query parameter and registered secret hidden."""
    if not text:
        return text
    # Each pattern needs its one character: most texts (a label, a status) skip both scans.
    if "@" in text:
        text = _USERINFO.sub(lambda m: f"{m['head']}{MASK}@" if m["password"] else m[0], text)
    if "=" in text:
        text = _PARAM.sub(lambda m: f"{m['head']}{MASK}" if m["value"] else m[0], text)
    for secret in _longest_first:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def redact_data(value: Any) -> Any:
    """A copy of a JSON-like value with :func:`redact_text` applied to every string in it."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {redact_data(key): redact_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_data(item) for item in value]
    return value
