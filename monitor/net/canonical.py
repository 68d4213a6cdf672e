"""One address per page: links without session ids, click trackers and return addresses.

PHP, Java and ColdFusion sites without cookies write the visitor's session into every link
(``?PHPSESSID=…``, ``;jsessionid=…``; ASP.NET into the path, ``CookielessSessions``), pasted
links carry campaign trackers (``utm_source``, ``fbclid``), and portals write where the visitor
came from into the link to an entry (Liferay's ``?redirect=/web/guest/…``, ASP.NET's
``?ReturnUrl=%2f…``: the entry's "back" link, one copy of the entry per listing that links it).
Each copy is a new address to a crawler, which then reads the same page again and again until
its page budget is spent. Heritrix and Scrapy drop these parameters before deciding
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
# Parameters that hold the address to go back to, when their value is an address of the site
# (``/…``, ``%2F…``, ``http…``): Liferay's ``redirect`` (``_<portlet>_redirect`` in 7.x) and
# ``backURL``, ASP.NET's ``ReturnUrl``, WordPress's ``redirect_to``, Plone's ``came_from``.
_RETURN = r"(?:\w*_)?(?:redirect(?:_?to)?|return_?url|back_?url|came_?from)"
_RETURN_NAMES = re.compile(f"{_RETURN}$", re.I)
_ADDRESS_VALUE = re.compile(r"(?:/|%2f|https?(?::|%3a))", re.I)
# A quick test that the address may hold one (the full parse runs only then).
_MAY_HOLD = re.compile(f"[?&;](?:{_VOLATILE}|{_RETURN})", re.I)
# Java's path parameter: "numeral.jsp;jsessionid=0AF3…?id=4".
_PATH_SESSION = re.compile(r";jsessionid=[^/?#]*", re.I)


def without_session(url: str) -> str:
    """``url`` without session ids, trackers and return addresses (the same string when it
    holds none)."""
    if ("?" not in url and ";" not in url) or _MAY_HOLD.search(url) is None:
        return url
    parts = urlsplit(url)
    path = _PATH_SESSION.sub("", parts.path)
    kept = [field for field in parts.query.split("&") if field and not _volatile(field)]
    return urlunsplit(parts._replace(path=path, query="&".join(kept)))


def _volatile(field: str) -> bool:
    """Whether one ``name=value`` of a query selects no content."""
    name, _, value = field.partition("=")
    if _VOLATILE_NAMES.match(name):
        return True
    return _RETURN_NAMES.match(name) is not None and _ADDRESS_VALUE.match(value) is not None


# ASP.NET's cookieless state, a path segment after the application's path:
# "/(S(lit3py55t21z5v55vlm25s55))/", "/(X(1)S(…))/", "/(A(…)F(…))/".
_COOKIELESS = re.compile(r"/\((?:[A-Z]\([^()/]*\))+\)(?=/)")


class CookielessSessions:
    """One ASP.NET cookieless session per application path for a whole crawl.

    Such a site writes the visitor's session into the path of every link, and may hand out a new
    one with each answer: to a crawler that keeps each id, every page again under every session.
    The session cannot simply be left out (the server answers a new one with a redirect), so the
    crawl keeps the first it was given, as a browser does, and writes it into every link.
    """

    def __init__(self) -> None:
        self._kept: dict[str, str] = {}  # application path -> its session segment

    def pin(self, url: str) -> str:
        """``url`` under the kept session of its application (learnt from ``url`` when none
        is kept yet); ``url`` itself when it holds none."""
        if "/(" not in url:
            return url
        parts = urlsplit(url)
        found = _COOKIELESS.search(parts.path)
        if found is None:
            return url
        app, segment = parts.path[: found.start()], found.group()
        kept = self._kept.setdefault(app, segment)
        if kept == segment:
            return url
        return urlunsplit(parts._replace(path=app + kept + parts.path[found.end() :]))

    def renew(self, asked: str, answered: str) -> None:
        """The server sent a request under the kept session to another one (the kept one
        expired): keep the new one."""
        old = _COOKIELESS.search(urlsplit(asked).path)
        new = _COOKIELESS.search(urlsplit(answered).path) if "/(" in answered else None
        if old is None or new is None or old.group() == new.group():
            return
        app = urlsplit(asked).path[: old.start()]
        if self._kept.get(app) == old.group():
            self._kept[app] = new.group()
