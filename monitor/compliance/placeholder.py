"""A home page that is not the portal: a maintenance notice, a web server's default page, a
hosting provider's suspended-account page, a parked domain, a bot check.

Such a page answers 200 but holds nothing of the portal; judging it would make every item
``missing`` and accuse the body of publishing nothing. The crawl reports it as an outage instead
(no verdicts: the sections keep theirs). A page is taken for one only when it says so and holds
almost nothing else: a real home page mentioning "mantenimiento" (numeral 14's contracts) links
to the rest of the portal.

Wording, each where it was read:

* Joomla's offline page: "Sistema cerrado por tareas de mantenimiento.<br />Por favor,
  inténtelo nuevamente más tarde." (a site's configuration.php, GitHub file id 57842330011);
* WordPress core's maintenance page: "Briefly unavailable for scheduled maintenance. Check back
  in a minute." (GitHub file ids 67222103360, 223196360);
* web servers' default pages by title: "Apache2 Debian Default Page: It works", "Apache2 Ubuntu
  Default Page: It works", "HTTP Server Test Page powered by CentOS" (GitHub file id 10698070806,
  a scanner's list), "Welcome to nginx!" (Debian's /var/www/html/index.nginx-debian.html);
* parking services' pages: Sedo's "This domain may be for sale", GoDaddy's "This domain name is
  currently parked free, courtesy of GoDaddy.com", Porkbun's "The domain … is for sale" (quoted
  by parked-page detectors, GitHub file ids 47389557467, 68876358797, 8871365927);
* cPanel's suspended account ("This Account has been suspended."), registrars' parked domains
  and Cloudflare's check ("Just a moment...", "Checking your browser before accessing"), as
  their pages print them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.compliance.page import HTML_TYPES, Page, parse_page
from monitor.net.scope import Scope

BOT_CHECK = "a bot check"  # the monitor refused, not the portal gone: a probe's ``blocked``
_DEFAULT_PAGE = "a web server's default page"
# Apache's or nginx's listing of the web root ("Index of /"): when it lists nothing, no site is
# installed, a server's default page as much as "It works!" is.
_ROOT_LISTING = re.compile(r"index of /(?:\s|$)", re.I)
# What the page is, by the words it shows (title, heading, text).
_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a maintenance notice",
        re.compile(
            r"mantenimiento|maintenance|en construcci[oó]n|under construction"
            r"|volveremos pronto|we'?ll be back|sitio cerrado",
            re.I,
        ),
    ),
    (
        _DEFAULT_PAGE,
        re.compile(
            r"default page|it works!|welcome to nginx|test page powered by|iis windows server"
            r"|p[aá]gina (?:predeterminada|por defecto) del servidor",
            re.I,
        ),
    ),
    (
        "a hosting provider's suspended-account page",
        re.compile(
            r"account (?:has been )?suspended|cuenta (?:ha sido )?suspendida"
            r"|bandwidth limit exceeded|l[ií]mite de ancho de banda",
            re.I,
        ),
    ),
    (
        "a parked or expired domain",
        re.compile(
            r"domain (?:name )?(?:is |may be )?(?:currently )?(?:parked|for sale)|parked free"
            r"|domain \S+ is for sale|buy this domain|this domain (?:name )?has expired"
            r"|dominio (?:est[aá] )?(?:a la venta|en venta|estacionado|expirado|vencido)",
            re.I,
        ),
    ),
    (
        BOT_CHECK,
        re.compile(
            r"just a moment\.\.\.|checking your browser|verify(?:ing)? you are (?:a )?human"
            r"|attention required|comprobando (?:su|tu) navegador|verifica(?:ndo)? que (?:eres|es)"
            r" (?:un )?humano",
            re.I,
        ),
    ),
)
# Each kind as the weekly e-mail names it to municipal staff.
SPANISH: dict[str, str] = {
    "a maintenance notice": "un aviso de mantenimiento",
    _DEFAULT_PAGE: "la página de prueba del servidor web",
    "a hosting provider's suspended-account page": "un aviso de cuenta suspendida del proveedor",
    "a parked or expired domain": "la página de un dominio vencido o en venta",
    "a bot check": "una verificación contra robots",
}
# A placeholder links to nothing of the portal (a log-in form at most) and says little: a home
# page with more of either is the portal, whatever words it shows.
MAX_OWN_LINKS = 2
MAX_WORDS = 120
# A probe reads every home page whole but parses only one that could be a placeholder: small,
# and with few anchors of any host (a home page's menu alone has dozens). Counting costs ~20 µs
# a page, parsing ~1 ms; a page past either bound is taken for the portal, as the crawl, which
# parses every page anyway, would still tell.
MAX_PROBED_BYTES = 256 * 1024
MAX_PROBED_ANCHORS = 40


@dataclass(frozen=True)
class Placeholder:
    """What a home page is instead of the portal, and the title it shows."""

    kind: str
    title: str


def placeholder_kind(page: Page, scope: Scope) -> str | None:
    """What ``page`` (a portal's home page) is instead of the portal ("a maintenance notice"),
    or None when it may be the portal."""
    own_links = {
        link.url
        for link in page.links
        if link.url in scope and link.url != page.url and not _asks_itself(link.url, page.url)
    }
    if len(own_links) > MAX_OWN_LINKS:
        return None
    text = " ".join(part for block in page.blocks for part in block.text_parts)
    if len(text.split()) > MAX_WORDS:
        return None
    for link in page.links:
        if link.url in own_links and link.text:
            # What a link into the portal names is the portal's ("Contratos de mantenimiento"),
            # not a notice about it.
            text = text.replace(link.text, " ")
    shown = f"{page.title} {page.h1} {text}"
    if not own_links and _ROOT_LISTING.match(page.title or page.h1):
        return _DEFAULT_PAGE
    for kind, sign in _SIGNS:
        if sign.search(shown):
            return kind
    return None


# Query keys of a page asking itself again: a directory listing's sort ("?C=N;O=D"), a parked
# domain's "related searches" ("/?q=Hosting+Barato").
_SELF_QUERIES = frozenset(["c", "q", "query", "search", "kw", "term"])


def _asks_itself(url: str, page_url: str) -> bool:
    """Whether ``url`` is ``page_url`` asked again with a sort or a search: the same page, not
    a page of the portal."""
    path, _, query = url.partition("?")
    key = query.partition("=")[0].lower()
    return bool(query) and path == page_url.partition("?")[0] and key in _SELF_QUERIES


def answered_placeholder(
    url: str, status: int, body: bytes, content_type: str | None
) -> Placeholder | None:
    """What a probe's answer from ``url`` is instead of the portal, or None when it may be it
    (the crawl's ``placeholder_kind``, on a page read whole by the probe)."""
    if len(body) > MAX_PROBED_BYTES:
        return None
    if content_type and not content_type.lower().startswith(HTML_TYPES):
        return None
    if body.lower().count(b"<a") > MAX_PROBED_ANCHORS:
        return None
    page = parse_page(url, status, body, content_type)
    kind = placeholder_kind(page, Scope(url))
    return None if kind is None else Placeholder(kind, page.title or page.h1 or "")


def spanish_kind(error: str | None) -> str | None:
    """The placeholder a crawl's stored error names (``SPANISH``), in Spanish, or None."""
    return next((spanish for kind, spanish in SPANISH.items() if kind in (error or "")), None)
