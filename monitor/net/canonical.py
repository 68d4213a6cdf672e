"""One address per page: links without session ids and click trackers.

PHP, Java and ColdFusion sites without cookies write the visitor's session into every link
(``?PHPSESSID=…``, ``;jsessionid=…``), and pasted links carry campaign trackers (``utm_source``,
``fbclid``). Each copy is a new address to a crawler, which then reads the same page again and
again until its page budget is spent. Heritrix and Scrapy drop these parameters before deciding
whether an address was seen; the crawler drops them from the address it requests too: a server
answers the same page without them (a new session, no campaign), and the evidence names the page
once. Parameters that select content (``id``, ``mes``, ``sid`` of custom sites) are kept.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# Query parameters that never select content: server sessions (PHP, Java, classic ASP,
# ColdFusion) and the click and campaign trackers of Google, Meta, Microsoft and Mailchimp.
_VOLATILE = (
    r"phpsessid|jsessionid|aspsessionid\w*|cfid|cftoken|utm_\w+|fbclid|gclid|gbraid|wbraid|dclid"
    r"|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl"
)
_VOLATILE_NAMES = re.compile(f"(?:{_VOLATILE})$", re.I)
# A quick test that the address may hold one (the full parse runs only then).
_MAY_HOLD = re.compile(f"[?&;](?:{_VOLATILE})", re.I)
# Java's path parameter: "numeral.jsp;jsessionid=0AF3…?id=4".
_PATH_SESSION = re.compile(r";jsessionid=[^/?#]*", re.I)


def without_session(url: str) -> str:
    """``url`` without session ids and trackers (the same string when it holds none)."""
    if _MAY_HOLD.search(url) is None:
        return url
    parts = urlsplit(url)
    path = _PATH_SESSION.sub("", parts.path)
    kept = [
        field
        for field in parts.query.split("&")
        if field and not _VOLATILE_NAMES.match(field.partition("=")[0])
    ]
    return urlunsplit(parts._replace(path=path, query="&".join(kept)))
