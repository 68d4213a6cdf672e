"""A bounded, polite crawl of one portal, focused on its transparency items.

Level by level, transparency-looking links first. Archive listings (year and month folders,
"Siguiente" pages) are descended newest first: an item's own archive only until a folder holds
documents (older folders wait, and are read only if the newer ones are empty), an archive shared
by every item whole; archive steps use ``max_archive_pages``, not ``max_pages``, and do not count
against ``max_depth``.

Scope is the portal's site (``net.scope``: its host, that host's ``www.`` twin and the config's
``hosts``): a link or redirect to any other host (loopback and private ones too) is recorded and
counted, never requested. The crawl honours each host's robots.txt (unless the portal's config
says ``ignore_robots``) and stops at ``CrawlSettings`` limits: pages, depth, bytes per page, time
and documents. HTML pages are parsed once into ``Page``; documents are checked with one ``Range:
bytes=0-0`` GET for existence, size and Last-Modified, never downloaded. Whatever the portal does
ends up in the ``CrawlOutcome``; ``crawl`` never raises for it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import re
import time
import urllib.robotparser
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

import httpx

from monitor.compliance.addresses import DOCUMENT_EXTENSIONS, is_document, is_scan, url_extension
from monitor.compliance.bodies import names_other_body
from monitor.compliance.catalog import Catalog, load_catalog
from monitor.compliance.dates import FoundDate, archive_period, document_dates, from_http_date
from monitor.compliance.digest import payload_digest
from monitor.compliance.document_text import is_readable_document
from monitor.compliance.memo import (
    DOCUMENT,
    PAGE,
    Remembered,
    remember_document,
    remember_page,
    validators,
)
from monitor.compliance.page import HTML_TYPES, LinkCache, Page, parse_page
from monitor.compliance.placeholder import placeholder_kind
from monitor.compliance.render import JsPages, Renderer, current_renderer
from monitor.compliance.result import Capture, CrawlStats
from monitor.compliance.signatures import (
    FIRST_BYTES,
    NOTHING_IN_TIME,
    NOTHING_SENT,
    claims_pdf,
    may_begin_a_pdf,
    not_a_pdf,
)
from monitor.compliance.status import is_minor, is_news_path, is_pagination, is_side_view
from monitor.compliance.text import fold
from monitor.config import Config, PortalConfig
from monitor.net.canonical import CookielessSessions
from monitor.net.client import CappedBody, HostLimiter, open_stream, read_capped
from monitor.net.errors import BUSY_STATUSES, Failure, classify, retry_after_seconds
from monitor.net.redirects import REDIRECT_STATUSES, RedirectRefused, follow
from monitor.net.scope import Scope, host_of, without_userinfo

ROBOTS_AGENT = "laip-monitor"
# Never requested: neither pages nor documents a citizen would read as transparency information.
_SKIPPED_TEXT = (
    ".jpg .jpeg .png .gif .webp .svg .ico .bmp .css .js .mp3 .mp4 .avi .mov .wmv .woff .woff2"
    " .ttf .eot .exe .msi .apk .iso .dmg .txt .xml"
)
SKIPPED_EXTENSIONS = frozenset(_SKIPPED_TEXT.split())
ROBOTS_MAX_BYTES = 512_000
ROBOTS_SECONDS = 10.0
THREAD_PARSE_BYTES = 400_000
_ACCEPT_HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}


@dataclass(frozen=True)
class FetchFailure:
    """A page that could not be read: an HTTP error status or a transport error."""

    url: str
    status: int | None
    error: str
    off_scope_target: str | None = None  # set when a redirect left the portal's host
    gone: bool = False  # the host refused the connection or stopped resolving: the portal is down
    local: bool = False  # the monitor's own machine failed (out of open files...): not the portal


@dataclass(frozen=True)
class DocumentCheck:
    """What a HEAD (or one-byte ranged GET) said about a document."""

    url: str
    ok: bool
    status: int | None
    size: int | None = None
    last_modified: FoundDate | None = None
    content_type: str | None = None
    error: str | None = None
    gone: bool = False  # as FetchFailure.gone
    local: bool = False  # as FetchFailure.local


@dataclass(frozen=True)
class _Probe:
    """One GET of a document: its check, the first bytes of its body that were read, whether
    they are its first ``FIRST_BYTES`` (or the whole file), and what to remember of it."""

    check: DocumentCheck
    first: bytes = b""
    whole: bool = False
    remember: Remembered | None = None


@dataclass
class CrawlOutcome:
    """Everything the crawl saw, for the judge: pages, failures, documents and what it skipped."""

    start_url: str
    scope_hosts: tuple[str, ...] = ()  # the portal's ``hosts`` setting: its scope beyond its url
    pages: dict[str, Page] = field(default_factory=dict)
    failures: dict[str, FetchFailure] = field(default_factory=dict)
    documents: dict[str, DocumentCheck] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    off_scope: set[str] = field(default_factory=set)
    robots_denied: set[str] = field(default_factory=set)
    unvisited: set[str] = field(default_factory=set)
    # The unvisited pages that look like news, blog or pagination: leaving them unread does not
    # make the transparency part of the portal unseen.
    unvisited_minor: set[str] = field(default_factory=set)
    unchecked_documents: set[str] = field(default_factory=set)
    # Pages read only in part, with why (an app shell left unrendered): the portal was not read
    # whole, so what is not found is ``unknown``, never ``missing``.
    unreadable: dict[str, str] = field(default_factory=dict)
    rendered: set[str] = field(default_factory=set)  # app shells read from their rendered DOM
    stats: CrawlStats = field(default_factory=CrawlStats)
    # Every answer used, raw (pages with their bodies, documents' headers): the evidence.
    captures: list[Capture] = field(default_factory=list)
    # What the next crawl may reuse when nothing changed (``compliance.memo``), and how many
    # answers this crawl reused (304 Not Modified, or a page body identical to the last one).
    remembered: dict[str, Remembered] = field(default_factory=dict)
    reused: int = 0

    def resolve(self, url: str) -> str:
        """The URL a request for ``url`` ended on (after in-scope redirects)."""
        seen = 0
        while url in self.redirects and seen < 32:
            url = self.redirects[url]
            seen += 1
        return url


MINOR = 2  # the priority of news, side views and pagination
MINOR_BATCH = 8  # waiting (minor) pages read at a time once everything else is read
# A ranged request the server refuses (416: a zero-byte file has no byte 0; 501): asked again
# without Range.
RANGE_REFUSED = frozenset({416, 501})
RETRY_WAIT_SECONDS = 1.0  # before asking again what a busy server refused without Retry-After
MAX_RETRY_WAIT_SECONDS = 10.0  # the longest Retry-After waited for
RETRIES = 2  # times an address a busy server refused is asked again


def link_priority(url: str, text: str) -> int:
    """0 for links that look like transparency sections, 2 for news, side views (calendars,
    print and feed copies...) and pagination, else 1."""
    if is_minor(url) or is_pagination(url):
        return MINOR
    if _HIGH_PRIORITY.search(text) or _HIGH_PRIORITY.search(unquote(url)):
        return 0
    return 1


_HIGH_PRIORITY = re.compile(
    r"numeral|inciso|art(?:[ií]culo|\.)?\s*10|transparencia|informaci[oó]n[\s_-]+p[uú]blica|"
    r"acceso[\s_-]+a[\s_-]+la[\s_-]+informaci|laip|ley[\s_-]+de[\s_-]+acceso|^\s*\d{1,2}\s*[.)-]",
    re.I,
)


def take_turns(
    level: list[str], ranks: Mapping[str, int], referers: Mapping[str, str]
) -> list[str]:
    """``level`` (sorted by rank) in the order the page budget reads it when it cannot read it
    all: links that look like the transparency part as they are, then the others with the pages
    that link them taking turns, first link of each page first. Fifteen years of an item's
    posts, newest first, under each of 29 categories: the newest post of every item is read
    before the second of any."""
    first = [url for url in level if ranks.get(url, 1) == 0]
    turns: dict[str, list[str]] = {}
    for url in level:
        if ranks.get(url, 1) != 0:
            turns.setdefault(referers.get(url, ""), []).append(url)
    return first + _in_turns(list(turns.values()))


def newest_first(
    documents: list[str], referers: Mapping[str, str], names: Mapping[str, str]
) -> list[str]:
    """``documents`` in the order the budget checks them when it cannot check them all: the
    newest of each page first, the pages taking turns. A body that has published since 2009
    lists hundreds of files per item, oldest first as often as not; what the judge needs is
    each item's newest (its freshness), and every item's page gets its share of the checks.
    Documents dated by nothing come after the dated ones of their page, in page order."""
    pages: dict[str, list[tuple[dt.date, int, str]]] = {}
    for index, url in enumerate(documents):
        dates = document_dates(names.get(url, ""), url)
        end = max((date.end for date in dates), default=dt.date.min)
        pages.setdefault(referers.get(url, ""), []).append((end, -index, url))
    return _in_turns([[url for *_, url in sorted(found, reverse=True)] for found in pages.values()])


def _in_turns(queues: list[list[str]]) -> list[str]:
    """The queues' items taking turns: every queue's first, then every queue's second, …"""
    ordered: list[str] = []
    for index in range(max((len(queue) for queue in queues), default=0)):
        ordered += [queue[index] for queue in queues if index < len(queue)]
    return ordered


def _refines(page: SplitResult, filters: set[str], url: str) -> bool:
    """Whether ``url`` is ``page``, a filtered listing, narrowed by one more filter ("?tipo=16"
    -> "?anio=2026&tipo=16"): faceted search offers every combination of its filters, each a new
    address of documents the listing already shows. A listing's first filter ("?tipo=16" from
    the unfiltered listing) may be the one page of an item: not a refinement."""
    target = urlsplit(url)
    if not filters or (target.netloc, target.path) != (page.netloc, page.path):
        return False
    names = {name for name, _value in parse_qsl(target.query, keep_blank_values=True)}
    return names > filters


def _skipped(url: str) -> bool:
    return url_extension(url) in SKIPPED_EXTENSIONS


# Failures that mean the portal itself went away (down mid-crawl), not one broken page.
_GONE: frozenset[Failure] = frozenset({"refused", "dns"})
# How long a document's first byte may take after its headers: past it, no one receives it.
FIRST_BYTE_SECONDS = 10
MAX_ARCHIVE_HOPS = 8  # folder and listing-page steps below one page (year, month, page 2...)
# Steps toward the transparency part ("Unidad de Información Pública" -> "Información Pública de
# Oficio" -> "Artículo 10" -> "Numeral 8") that do not count against ``max_depth``, per path: a
# municipality that files its section four menus deep still has it read.
MAX_TOWARD_STEPS = 4
# Download addresses answering a page are read as pages, and what those list checked, this many
# times over (a category listing subcategories).
MAX_DOWNLOAD_PAGE_ROUNDS = 2
# A document whose link names the whole article, not one item ("Información Pública de Oficio -
# Octubre 2026.pdf", "Índice de Información Pública de Oficio 2026.docx"): it may hold the items
# themselves, so it is also read whole as a page (``document_text``), at most this many a crawl.
_WHOLE_ARTICLE = re.compile(
    r"\binformacion publica de oficio\b|\barticulo 10\b|\bart 10\b"
    r"|\bindice\b.{0,40}\binformacion publica\b"
)
# The law itself ("Ley de Acceso a la Información Pública, Artículo 10", "Decreto 57-2008"):
# its text names every numeral and publishes none, so it is not read, unless the link also says
# it is an index or the information itself.
_THE_LAW = re.compile(r"\bley de acceso\b|\bdecreto\b|\b57 2008\b")
_NOT_THE_LAW = re.compile(r"\bindice\b|\binformacion publica de oficio\b")
_READ_INSIDE = frozenset({".pdf", ".docx"})
MAX_INSIDE_READS = 6


class _Stop(Exception):
    """Internal: the time budget is spent."""


class _RobotsDenied(Exception):
    """Internal: robots.txt forbids a hop of the request."""


class _Crawler:
    def __init__(
        self,
        client: httpx.AsyncClient,
        portal: PortalConfig,
        config: Config,
        limiter: HostLimiter,
        renderer: Renderer | None = None,
        memory: Mapping[str, Remembered] | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.client = client
        # Month folders that begin after it are read last (a query form offers every month of
        # the year); None: no folder is taken for the future.
        self.today = today
        self.memory: Mapping[str, Remembered] = memory or {}
        self.reusable: dict[str, Page] = {}  # remembered pages decoded for a conditional GET
        self.links: LinkCache = {}  # links shared by remembered pages (a site's menu)
        self.portal = portal
        self.settings = config.crawl
        self.max_redirects = config.monitor.max_redirects
        self.page_seconds = max(3 * config.monitor.timeout, 30.0)
        self.limiter = limiter
        self.scope = Scope(portal.url, portal.hosts)
        self.outcome = CrawlOutcome(start_url=portal.url, scope_hosts=portal.hosts)
        # Each host's robots.txt once read (None: nothing forbidden), asked before the first
        # request to the host.
        self.obey_robots = config.crawl.respect_robots and not portal.ignore_robots
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.robots_locks: dict[str, asyncio.Lock] = {}
        self.deadline = time.monotonic() + self.settings.time_budget
        self.bytes_read = 0
        self.captured_bytes = 0
        self.capture_budget = config.evidence.max_crawl_bytes if config.evidence.enabled else 0
        self.documents_seen: dict[str, int] = {}  # each document, the depth of its first link
        # Each document's first link's words ("Octubre 2026", or its row's): what it is dated by
        # when there are more documents than the budget checks (``newest_first``).
        self.document_names: dict[str, str] = {}
        self.documents_checked = 0
        self.stop_reason: str | None = None
        self.priorities: dict[str, int] = {}
        self.sessions = CookielessSessions()
        # Each address, the page that first linked it: sent as Referer, as a browser does
        # (hotlink protection refuses a file asked without its site's page as Referer).
        self.referers: dict[str, str] = {}
        # The longest Retry-After of the busy answers (BUSY_STATUSES) since the last wait.
        self.retry_after: float | None = None
        # News, side views and pagination, read last (``MINOR``), in the order found.
        self.minor: dict[str, None] = {}
        self.js = JsPages(
            client, limiter, self.scope, config, self.allowed, self.deadline, self.page_seconds,
            renderer,
        )  # fmt: skip
        # Archive descent: older folders and further listing pages wait here, per listing
        # page, until the newer ones turn out empty.
        self.deferred: dict[str, list[str]] = {}
        self.parent: dict[str, str] = {}
        self.hops: dict[str, int] = {}
        self.toward: dict[str, int] = {}  # free steps toward the transparency part, per URL
        self.archive_pages = 0
        self.catalog: Catalog | None = None
        self.via: dict[str, str] = {}  # the text of the first link that led to a page
        self.archive_read = 0
        self.deferred_unread: set[str] = set()
        self.inside: set[str] = set()  # documents read as pages too (``holds_the_items``)
        # Links in the content of the transparency part's pages (a year's button, an item's
        # page): read before the rest of a level when the page budget cannot read it all.
        self.inherited: set[str] = set()
        self.held: list[str] = []  # the rest of such a level, read after the transparency part

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _Stop
        return left

    def allowed(self, url: str) -> bool:
        parser = self.robots.get(host_of(url))
        return parser is None or parser.can_fetch(ROBOTS_AGENT, url)

    async def robots_ready(self, url: str) -> None:
        """Read the robots.txt of ``url``'s host unless it has been read."""
        if not self.obey_robots:
            return
        host = host_of(url)
        if host in self.robots:
            return
        async with self.robots_locks.setdefault(host, asyncio.Lock()):
            if host not in self.robots:
                self.robots[host] = await self._read_robots(url)

    async def _read_robots(self, site: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(without_userinfo(site))
        url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(url)
        # robots.txt gets a small deadline of its own: one dripping a byte a second must not
        # eat the crawl's budget.
        until = min(self.deadline, time.monotonic() + ROBOTS_SECONDS)
        try:
            async with asyncio.timeout(until - time.monotonic()):
                async with self.limiter.slot(self.scope.host):
                    response = await open_stream(self.client, "GET", url)
                    body = await read_capped(response, ROBOTS_MAX_BYTES, until)
        except (httpx.HTTPError, OSError, TimeoutError):
            return None  # no readable robots.txt: nothing is forbidden
        if body.timed_out:
            return None  # not read whole in time: nothing is forbidden
        self.bytes_read += len(body.content)
        if response.status_code in (401, 403):
            # The standard library's reading of these answers: everything is forbidden.
            parser.parse(["User-agent: *", "Disallow: /"])
        elif response.status_code < 300:
            parser.parse(body.content.decode("utf-8", "replace").splitlines())
        else:
            return None
        return parser

    async def _send(self, url: str, method: str, headers: dict[str, str]) -> httpx.Response:
        """One hop of a request: robots rule, per-host slot, the crawl's time budget.

        Whatever the URL holds, a failure is this request's result, never the crawl's: a
        transport that refuses a URL (credentials in it, an odd port) raises ``RequestError``.
        """
        await self.robots_ready(url)
        if not self.allowed(url):
            raise _RobotsDenied(url)
        try:
            # Credentials written into a link (a visitor's comment) are never sent; nor is a
            # single-page app's view ("/#/numeral/8"), which its browser side reads.
            target = without_userinfo(url).partition("#")[0]
            async with asyncio.timeout(self.remaining()), self.limiter.slot(self.scope.host):
                response = await open_stream(self.client, method, target, headers)
        except (httpx.HTTPError, OSError, TimeoutError, _Stop):
            raise
        except Exception as exc:  # noqa: BLE001 - a transport's own refusal of one request
            raise httpx.RequestError(
                f"request refused by the client: {type(exc).__name__}"
            ) from exc
        if response.status_code in REDIRECT_STATUSES:
            self._capture(url, method, response, None)  # the hop, for replay; headers only
        elif response.status_code in BUSY_STATUSES:
            wait = retry_after_seconds(response.headers.get("retry-after"))
            if wait is not None:
                self.retry_after = max(self.retry_after or 0.0, wait)
        return response

    def _gone(self, kind: Failure, url: str) -> bool:
        """Whether a failure of ``url`` says the portal went down: its own host stopped
        answering (another host of the scope failing only fails its links)."""
        return kind in _GONE and self.scope.is_home_host(url)

    def _known(self, url: str) -> bool:
        return url in self.outcome.pages or url in self.outcome.failures

    async def fetch_page(self, url: str) -> None:
        """GET one page, following in-scope redirects hop by hop; record what happened."""
        referer = self._referer(url)
        try:
            followed = await follow(
                url,
                lambda hop: self._send(hop, "GET", {**self._page_headers(hop), **referer}),
                max_redirects=self.max_redirects,
                allowed=self.scope.allows_redirect,
                known=self._known,
            )
            response, current = followed.response, followed.url
            if response is None:  # redirected to a page already read
                self.outcome.redirects[url] = current
                return
            if response.status_code == 304 and current in self.reusable:
                # Not modified: the page as parsed by the last crawl.
                await response.aclose()
                if self._reads_inside(url, current):
                    # A compendium unchanged: still a working document.
                    self._record_document(current, _document_from(current, response.headers, 200))
                kept = self.memory[current]
                self._capture(current, "GET", response, None, kept.digest)
                self._reuse_page(url, current, self.reusable.pop(current), kept)
                return
            async with asyncio.timeout(self.remaining()):
                body = await self._read_page(url, current, response)
            digest = None if body is None else payload_digest(body.content)
            self._capture(current, "GET", response, body, digest)
        except _RobotsDenied:
            self.outcome.robots_denied.add(url)
            return
        except RedirectRefused as refused:
            if refused.kind == "off_scope":
                self.outcome.off_scope.add(refused.target)
                error = f"redirect to another host not followed: {refused.target}"
                self.outcome.failures[url] = FetchFailure(
                    url, refused.status, error, refused.target
                )
            else:
                self.outcome.failures[url] = FetchFailure(url, refused.status, refused.detail)
            return
        except _Stop:
            self.outcome.unvisited.add(url)
            raise
        except TimeoutError:
            self.outcome.failures[url] = FetchFailure(url, None, "timeout: time budget spent")
            self.outcome.unvisited.add(url)
            raise _Stop from None
        except (httpx.HTTPError, OSError) as exc:
            kind, line = classify(exc, host_of(url))
            self.outcome.failures[url] = FetchFailure(
                url, None, line, gone=self._gone(kind, url), local=kind == "local"
            )
            return
        if body is None or digest is None:
            return
        status, content_type = response.status_code, response.headers.get("content-type", "")
        self.bytes_read += len(body.content)
        known = self.memory.get(current)
        if known is not None and known.kind == PAGE and known.digest == digest:
            # The same bytes as last time (a server without validators): the same parse.
            same = known.page(self.links)
            if same is not None:
                etag, last_modified = validators(response.headers)
                again = replace(known, etag=etag, last_modified=last_modified)
                self._reuse_page(url, current, same, again)
                return
        args = (current, status, body.content, content_type or None)
        if len(body.content) > THREAD_PARSE_BYTES or is_readable_document(None, body.content):
            # A monster page is parsed in a worker thread so that it cannot stall every other
            # crawl on the event loop; typical pages parse faster inline than a thread hop.
            page = await asyncio.to_thread(parse_page, *args)
        else:
            page = parse_page(*args, self.links)
        page.truncated = body.truncated
        parsed = page
        page, spent = await self.js.page(page, body.content, content_type or None, self.outcome)
        self.bytes_read += spent
        self.outcome.pages[current] = self._pinned(url, current, page)
        if page is parsed and status == 200 and current not in self.outcome.unreadable:
            # Read as served (no app shell): the next crawl may reuse this parse.
            self.outcome.remembered[current] = remember_page(
                current, response.headers, digest, page
            )
        if current != url:
            self.outcome.redirects[url] = current

    def _page_headers(self, url: str) -> dict[str, str]:
        """A page request's headers: conditional when a parse of it is remembered with an ETag.

        A page's Last-Modified alone is not trusted: a CMS may send its template's date on every
        page, forever, and answer 304 to it while the content changes (exam 25). Without an
        ETag the page is asked in full; identical bytes still reuse the parse."""
        known = self.memory.get(url)
        if known is None or known.kind != PAGE or not known.etag:
            return _ACCEPT_HTML
        conditions = known.conditional_headers()
        if not conditions:
            return _ACCEPT_HTML
        page = self.reusable.get(url) or known.page(self.links)
        if page is None:
            return _ACCEPT_HTML
        self.reusable[url] = page
        return {**_ACCEPT_HTML, **conditions}

    def _reuse_page(self, url: str, current: str, page: Page, known: Remembered) -> None:
        """Use the last crawl's parse of ``current`` (unchanged), and remember it again."""
        self.outcome.pages[current] = self._pinned(url, current, page)
        self.outcome.remembered[current] = known
        self.outcome.reused += 1
        if current != url:
            self.outcome.redirects[url] = current

    def _pinned(self, url: str, current: str, page: Page) -> Page:
        """``page`` with its links under the crawl's ASP.NET cookieless session, if it has one
        (``net.canonical.CookielessSessions``); ``page`` itself when no link holds one."""
        if "/(" not in current and not any("/(" in link.url for link in page.links):
            return page
        self.sessions.renew(url, current)
        self.sessions.pin(current)
        links = [replace(link, url=self.sessions.pin(link.url)) for link in page.links]
        return replace(page, links=links)

    async def _read_page(
        self, url: str, current: str, response: httpx.Response
    ) -> CappedBody | None:
        """The body of an HTML answer; None (response closed) for errors and non-HTML answers."""
        status = response.status_code
        content_type = response.headers.get("content-type", "")
        if status >= 400:
            await response.aclose()
            self.outcome.failures[url] = FetchFailure(url, status, f"HTTP {status}")
            return None
        if content_type and not content_type.lower().startswith(HTML_TYPES):
            if self._reads_inside(url, current):
                # A compendium or an index: a document, and read whole as the page it is.
                self._record_document(current, _document_from(current, response.headers, status))
                until = min(self.deadline, time.monotonic() + self.page_seconds)
                return await read_capped(response, self.settings.max_page_bytes, until)
            # Not HTML (a document behind an extension-less link): headers suffice. Kept at the
            # address that answered, where the link resolves ("/d/116" -> "/uploads/…pdf").
            await response.aclose()
            self._record_document(current, _document_from(current, response.headers, status))
            if current != url:
                self.outcome.redirects[url] = current
            return None
        # A slow-drip body may not eat the whole budget: one page gets a few request timeouts
        # at most; what arrived by then is parsed.
        until = min(self.deadline, time.monotonic() + self.page_seconds)
        return await read_capped(response, self.settings.max_page_bytes, until)

    def _reads_inside(self, url: str, current: str) -> bool:
        """Whether the document answering ``url`` (at ``current``) is read as a page: marked so
        by its link (``holds_the_items``), or read so by the last crawl."""
        if url in self.inside or current in self.inside:
            return True
        known = self.memory.get(current)
        return known is not None and known.kind == PAGE and url_extension(current) in _READ_INSIDE

    def _capture(
        self,
        url: str,
        method: str,
        response: httpx.Response,
        body: CappedBody | None,
        digest: str | None = None,
    ) -> None:
        """Keep the raw answer (headers, and the body when read) for the evidence archive.

        Bodies are kept up to ``[evidence] max_crawl_bytes`` per crawl; past it only their
        digest is, so a hostile portal of huge pages cannot make the crawl hold them all.
        ``digest`` is the content's digest when the caller knows it (computed once; for a 304,
        the remembered answer's).
        """
        content = None if body is None else body.content
        if content is not None and self.captured_bytes + len(content) > self.capture_budget:
            digest, content = digest or payload_digest(content), None
        self.captured_bytes += len(content or b"")
        self.outcome.captures.append(
            Capture(
                url=url,
                method=method,
                status=response.status_code,
                headers=tuple(response.headers.multi_items()),
                body=content,
                fetched_at=dt.datetime.now(dt.UTC),
                truncated=bool(body is not None and (body.truncated or content is None)),
                http_version=response.http_version or "HTTP/1.1",
                digest=digest,
            )
        )

    def _record_document(self, url: str, check: DocumentCheck) -> None:
        self.outcome.documents[url] = check

    async def check_document(self, url: str) -> None:
        """A one-byte ranged GET of a document, reading no more of its body than its first
        bytes (``signatures``).

        Not HEAD: servers answer HEAD 200 for files whose GET is a 404 (or the reverse), and a
        citizen gets what GET gets. A server ignoring Range is closed after ``FIRST_BYTES``.
        """
        try:
            probe = await self._probe_document(url, "bytes=0-0")
            if probe.check.status in RANGE_REFUSED:
                # "416 Range Not Satisfiable" (a zero-byte file: "bytes */0"), "501": asked
                # as a browser opens the file, without Range.
                probe = await self._probe_document(url, None)
            check = probe.check
            if check.ok and probe.first and claims_pdf(check.url, check.content_type):
                if not probe.whole and not may_begin_a_pdf(probe.first):
                    # Its first byte begins no PDF header: the first kilobyte decides.
                    wider = await self._probe_document(url, f"bytes=0-{FIRST_BYTES - 1}")
                    if wider.check.ok and wider.first:
                        probe = wider
                problem = not_a_pdf(probe.first) if probe.whole else None
                if problem is not None:
                    check = replace(check, ok=False, error=problem)
            if check.ok and probe.remember is not None:
                self.outcome.remembered[probe.remember.url] = probe.remember
        except _Stop:
            self.outcome.unchecked_documents.add(url)
            raise
        except TimeoutError:
            self.outcome.unchecked_documents.add(url)
            raise _Stop from None
        self.outcome.documents[url] = check

    async def _probe_document(self, url: str, byte_range: str | None) -> _Probe:
        """One GET of a document (``byte_range``: its ``Range``, or None), reading at most its
        first ``FIRST_BYTES``."""
        headers = self._referer(url)
        if byte_range is not None:
            headers = {"Range": byte_range, **headers}
        first: CappedBody | None = None
        try:
            followed = await follow(
                url,
                lambda hop: self._send(hop, "GET", {**headers, **self._document_headers(hop)}),
                max_redirects=self.max_redirects,
                allowed=self.scope.allows_redirect,
            )
            response = followed.response
            assert response is not None  # no ``known`` URLs: the chain ends on an answer
            if response.status_code in (200, 206):
                until = min(self.deadline, time.monotonic() + FIRST_BYTE_SECONDS)
                first = await read_capped(response, FIRST_BYTES, until, keep_partial=True)
            else:
                await response.aclose()  # headers are all there is to read
            known = self.memory.get(followed.url)
            if response.status_code == 304 and known is not None and known.kind == DOCUMENT:
                # Not modified: the check as the last crawl read it.
                self._capture(followed.url, "GET", response, None, known.digest)
                self.outcome.remembered[followed.url] = known
                self.outcome.reused += 1
                return _Probe(_document_from(url, dict(known.headers), known.status))
            self._capture(followed.url, "GET", response, None)
        except _RobotsDenied:
            self.outcome.robots_denied.add(url)
            return _Probe(DocumentCheck(url, False, None, error="robots"))
        except RedirectRefused as refused:
            if refused.kind == "off_scope":
                self.outcome.off_scope.add(refused.target)
                error = "redirect to another host"
                return _Probe(DocumentCheck(url, False, refused.status, error=error))
            return _Probe(DocumentCheck(url, False, None, error=refused.detail))
        except (httpx.HTTPError, OSError) as exc:
            kind, line = classify(exc, host_of(url))
            return _Probe(
                DocumentCheck(
                    url, False, None, error=line, gone=self._gone(kind, url), local=kind == "local"
                )
            )
        check = _document_from(url, response.headers, response.status_code)
        if not check.ok or first is None:
            return _Probe(check)
        content = first.content
        if not content and check.size != 0:
            # Headers, then nothing: the connection closed or stalled before the first byte.
            if first.timed_out and time.monotonic() >= self.deadline:
                raise TimeoutError  # the crawl's time ran out, not the file's
            slow = f"{NOTHING_IN_TIME} {FIRST_BYTE_SECONDS} s"
            error = slow if first.timed_out else NOTHING_SENT
            return _Probe(replace(check, ok=False, error=error))
        whole = len(content) >= FIRST_BYTES or (
            not (first.truncated or first.timed_out or first.error)
            and (check.size is None or check.size <= len(content))
        )
        memory = remember_document(followed.url, response.status_code, response.headers)
        return _Probe(check, content, whole, memory)

    def _referer(self, url: str) -> dict[str, str]:
        """The Referer a browser sends for ``url``: the page that linked it, if any, as ASCII
        (an IDN host in punycode, the path percent-encoded)."""
        page = self.referers.get(url)
        sent = None if page is None else _ascii_url(page)
        return {} if sent is None else {"Referer": sent}

    def _document_headers(self, url: str) -> dict[str, str]:
        """Validators of a document checked before: the server may answer 304 Not Modified."""
        known = self.memory.get(url)
        return known.conditional_headers() if known is not None and known.kind == DOCUMENT else {}

    def priority(self, url: str, rank: int) -> int:
        """Remember ``url``'s crawl priority (the best it was found with), so that unread minor
        pages can be told apart."""
        self.priorities[url] = min(rank, self.priorities.get(url, rank))
        return rank

    def discover(
        self,
        page: Page,
        depth: int,
        seen: set[str],
        next_level: list[tuple[int, str]],
        depths: dict[str, int],
    ) -> None:
        folders: list[tuple[FoundDate | None, int, str]] = []
        following: list[str] = []
        documents = 0
        context = f"{page.h1} {page.title} {unquote(urlsplit(page.url).path)}"
        # Another body's section on the site (a municipal company's, the Juzgado's): read last,
        # with everything it leads to, as a side view is.
        side = is_side_view(page.url) or names_other_body(page.h1) or names_other_body(page.url)
        news = is_news_path(page.url)
        here = urlsplit(page.url)
        filters = {name for name, _value in parse_qsl(here.query, keep_blank_values=True)}
        for link in page.links:
            url = link.url
            if url not in self.scope:
                self.outcome.off_scope.add(url)
                continue
            known = self.memory.get(url)
            document = is_document(url) or (not link.in_template and is_scan(url))
            self.referers.setdefault(url, page.url)
            if document and (known is None or known.kind != PAGE):
                self.documents_seen.setdefault(url, depth + 1)
                self.document_names.setdefault(url, f"{link.text} {link.context}")
                if not link.in_template:
                    documents += 1
                    if (
                        url not in seen
                        and depth + 1 <= self.settings.max_depth
                        and self.holds_the_items(url, f"{link.text} {link.context}")
                    ):
                        seen.add(url)
                        next_level.append((self.priority(url, 0), url))
                        depths[url] = depth + 1
                continue
            if _skipped(url) or (url in seen and url not in self.minor):
                continue
            # A listing's page waiting as a minor link ("Final", "5") is taken as the archive
            # step it is when a page links it as its next page or a folder.
            if (
                not link.in_template
                and self.hops.get(page.url, 0) < MAX_ARCHIVE_HOPS
                and not is_side_view(url)  # a blog's months, a calendar's: not an item's archive
            ):
                kind, period = archive_period(link.text, url, context)
                if kind == "folder":
                    seen.add(url)
                    self.minor.pop(url, None)
                    folders.append((period, len(folders), url))
                    continue
                if kind == "next":
                    # Seen only when queued: a pager lists pages 2, 3, … at once, and the
                    # ones not read now are read from the page before them.
                    following.append(url)
                    continue
            if url in seen:
                continue
            seen.add(url)
            # Every link of a side view waits (a tag page's copies of the articles), and so does
            # a news page's, unless it looks like the transparency part ("Numeral 8").
            rank = link_priority(url, link.text)
            if (
                side
                or (news and rank != 0)
                or _refines(here, filters, url)
                or names_other_body(link.text)
                or names_other_body(url)
            ):
                rank = MINOR
            if rank == 1 and not link.in_template and not news and self.toward_part(page.url):
                self.inherited.add(url)
            used = self.toward.get(page.url, 0)
            free = rank == 0 and used < MAX_TOWARD_STEPS
            step = 0 if free else 1
            if depth + step > self.settings.max_depth:
                self.priority(url, rank)
                self.outcome.unvisited.add(url)
                self.stop_reason = self.stop_reason or "max_depth"
            else:
                next_level.append((self.priority(url, rank), url))
                depths[url] = depth + step
                if used or free:
                    self.toward[url] = used + free
                self.via.setdefault(url, link.text)
        if folders or following:
            following = list(dict.fromkeys(following))
            self._descend(page, depth, folders, following, documents, next_level, depths, seen)

    def toward_part(self, url: str) -> bool:
        """Whether ``url`` was linked as the transparency part ("Transparencia", "Información
        Pública de Oficio", "Numeral 8") or from its content."""
        return self.priorities.get(url, 1) == 0 or url in self.inherited

    def holds_the_items(self, url: str, said: str) -> bool:
        """Whether the document at ``url``, linked as ``said``, may hold the items themselves
        (its link names the whole article, no one item: a compendium, an index); the first
        ``MAX_INSIDE_READS`` such documents are marked to be read as pages."""
        if url in self.inside:
            return True
        if len(self.inside) >= MAX_INSIDE_READS or url_extension(url) not in _READ_INSIDE:
            return False
        said = said.strip() or unquote(urlsplit(url).path.rsplit("/", 1)[-1])
        folded = fold(said)
        if not _WHOLE_ARTICLE.search(folded):
            return False
        if _THE_LAW.search(folded) and not _NOT_THE_LAW.search(folded):
            return False
        if (self.catalog or load_catalog()).match(said) is not None:
            return False  # one item's ("Índice de la información clasificada")
        self.inside.add(url)
        return True

    def _descend(
        self,
        page: Page,
        depth: int,
        folders: list[tuple[FoundDate | None, int, str]],
        following: list[str],
        documents: int,
        next_level: list[tuple[int, str]],
        depths: dict[str, int],
        seen: set[str],
    ) -> None:
        """Queue an archive listing's folders newest first: only the newest now, the others
        when it turns out empty. A listing in ascending order continues on its next page, so
        that page comes first. Archive steps do not count against the depth limit: it applies
        to the path into an item, not to how deep its archive goes."""
        dated = [f for f in folders if f[0] is not None]
        ascending = (
            len(dated) >= 2
            and all(
                a[0] <= b[0]  # type: ignore[operator]
                for a, b in zip(dated, dated[1:], strict=False)
            )
        )
        ordered = sorted(
            folders,
            key=lambda f: (not self._future(f[0]), f[0] is not None, f[0] or 0, -f[1]),
            reverse=True,
        )
        queue = [url for _p, _i, url in ordered]
        if following and (ascending or not folders):
            queue = following[:1] + queue
        elif following and not documents:
            queue = queue + following[:1]
        hops = self.hops.get(page.url, 0) + 1
        for url in queue:
            seen.add(url)
            self.minor.pop(url, None)
            self.parent[url] = page.url
            self.hops[url] = hops
        if not queue:
            return
        if not self._owned(page):
            # An archive shared by every item ("Documentos" -> 2026 -> Octubre, each month
            # holding all items' files): the newest folder says nothing about the other items'
            # newest content, so every folder is read, newest first, within the archive budget.
            for url in queue:
                self._release(url, depth, next_level, depths)
            return
        first, rest = queue[0], queue[1:]
        self.deferred[page.url] = rest
        self._release(first, depth, next_level, depths)

    def _future(self, period: FoundDate | None) -> bool:
        """Whether ``period`` is a month that has not begun ("Diciembre 2027" in January 2027:
        nothing can be published in it yet)."""
        return (
            period is not None
            and self.today is not None
            and period.precision == "month"
            and period.end.replace(day=1) > self.today
        )

    def _owned(self, page: Page) -> bool:
        """Whether an archive listing belongs to one catalogue item: the page that opens the
        archive is named for an item (its link text, heading or title)."""
        root = page.url
        seen = 0
        while root in self.parent and seen < MAX_ARCHIVE_HOPS + 2:
            root = self.parent[root]
            seen += 1
        catalog = self.catalog
        if catalog is None:
            return True
        opening = self.outcome.pages.get(root)
        names = [self.via.get(root, "")]
        if opening is not None:
            names += [opening.h1, opening.title.split(" - ")[0]]
        return any(name and catalog.match(name) is not None for name in names)

    def _release(
        self, url: str, depth: int, next_level: list[tuple[int, str]], depths: dict[str, int]
    ) -> None:
        if self.archive_pages >= self.settings.max_archive_pages:
            self.outcome.unvisited.add(url)
            self.stop_reason = self.stop_reason or "max_pages"
            return
        self.archive_pages += 1
        self.priorities[url] = 0
        next_level.append((0, url))
        depths[url] = depth

    def dead_end(self, url: str, page: Page | None) -> bool:
        """Whether an archive page led nowhere: no document and no further folder of its own (a
        query's answer offering the same form again links its sibling periods, not deeper)."""
        if page is None:
            return True
        if self.deferred.get(page.url) or self.deferred.get(url):
            return False
        return not any(
            is_document(link.url) or self.parent.get(link.url) in (page.url, url)
            for link in page.links
            if not link.in_template
        )

    async def run(self) -> CrawlOutcome:
        started = time.monotonic()
        try:
            await self._run()
        except _Stop:
            self.stop_reason = "time_budget"
        outcome = self.outcome
        outcome.unvisited_minor = {u for u in outcome.unvisited if self.priorities.get(u) == MINOR}
        outcome.rendered = set(self.js.rendered)
        outcome.unvisited_minor |= self.deferred_unread & outcome.unvisited
        error = None
        unreachable = False
        failed: list[FetchFailure | DocumentCheck] = [
            *outcome.failures.values(),
            *outcome.documents.values(),
        ]
        local = [f.error or "" for f in failed if f.local]
        start = outcome.resolve(self.portal.url)
        blocked = bool(outcome.robots_denied) and self.portal.url in outcome.robots_denied
        if start not in outcome.pages and not blocked:
            failure = outcome.failures.get(self.portal.url)
            if failure is not None and failure.off_scope_target:
                error = (
                    f"home page redirects to another host ({failure.off_scope_target}); the crawl "
                    "stays on the configured host: set the portal's url to the new address"
                )
            elif failure is not None:
                error = f"home page failed: {failure.error}"
                unreachable = failure.status is None or failure.status >= 500
            elif self.portal.url in outcome.documents:
                error = "home page is not an HTML page"
            else:
                error = "home page not read before the time budget ran out"
                unreachable = True
        home = outcome.pages.get(start)
        shown = placeholder_kind(home, self.scope) if home is not None and not blocked else None
        if error is None and shown is not None and home is not None:
            # A maintenance notice, a server's default page, a suspended account: the portal is
            # not there to be judged, which is an outage, not every item missing.
            error = f"the home page is {shown}, not the portal ({home.title or home.h1!r})"
            unreachable = True
        gone = [f.error or "" for f in failed if f.gone]
        if error is None and gone:
            # The portal went down during the crawl: what it could not serve says nothing about
            # what it publishes, so the crawl is an outage, not a judgement.
            error = f"portal stopped answering during the crawl ({gone[0]})"
            unreachable = True
        if local:
            # Requests failed on the monitor's own machine: neither an outage nor a judgement.
            error = f"the monitor could not make its requests ({local[0]}); nothing was judged"
            unreachable = False
        outcome.stats = CrawlStats(
            pages=len(outcome.pages),
            documents=len(outcome.documents),
            bytes_read=self.bytes_read,
            duration_seconds=time.monotonic() - started,
            off_scope_links=len(outcome.off_scope),
            stop_reason="robots" if blocked else self.stop_reason,
            blocked_by_robots=blocked,
            error=error,
            unreachable=unreachable,
            monitor_fault=bool(local),
            reused=outcome.reused,
        )
        return outcome

    async def _run(self) -> None:
        await self.robots_ready(self.portal.url)
        seen = {self.portal.url}
        depths: dict[str, int] = {self.portal.url: 0}
        await self._read_pages([self.portal.url], seen, depths)
        for _round in range(MAX_DOWNLOAD_PAGE_ROUNDS):
            pages = await self._check_documents()
            if not pages:
                break
            # A download address that answered a page (a Phoca or Download Manager category
            # listing "/descargas/category/16-..."): read it as the page it is, and check the
            # documents it lists.
            level = []
            for url, depth in pages.items():
                if depth > self.settings.max_depth:
                    self.outcome.unvisited.add(url)
                    self.stop_reason = self.stop_reason or "max_depth"
                    continue
                seen.add(url)
                depths[url] = depth
                level.append(url)
            await self._read_pages(level, seen, depths)
        # Older archive folders left unread: the newest content of their item is known.
        for waiting in self.deferred.values():
            self.outcome.unvisited.update(waiting)
            self.deferred_unread.update(waiting)

    async def _read_pages(self, level: list[str], seen: set[str], depths: dict[str, int]) -> None:
        """Read ``level`` and what its links lead to, level by level, within the page budget."""
        while level:
            # Archive pages have their own budget (max_archive_pages, counted when queued).
            archive = [u for u in level if u in self.parent]
            level = [u for u in level if u not in self.parent]
            spent = len(self.outcome.pages) + len(self.outcome.failures) - self.archive_read
            budget = self.settings.max_pages - spent
            if budget <= 0 and level:
                self.outcome.unvisited.update(level)
                self.stop_reason = "max_pages"
                level = []
            if len(level) > budget:
                # More pages than the budget reads (a big city's menu of a hundred offices on
                # every page): the transparency part goes on first, four or five levels down;
                # the rest waits, read after it if the budget allows.
                urgent = [url for url in level if self.toward_part(url)]
                if 0 < len(urgent) < len(level):
                    self.held += [url for url in level if not self.toward_part(url)]
                    level = urgent
            if len(level) > budget:
                level = take_turns(level, self.priorities, self.referers)
                self.outcome.unvisited.update(level[budget:])
                self.stop_reason = "max_pages"
                level = level[:budget]
            level = archive + level
            self.archive_read += len(archive)
            if not level:
                break
            results = await asyncio.gather(
                *(self.fetch_page(url) for url in level), return_exceptions=True
            )
            if any(isinstance(r, _Stop) for r in results):
                raise _Stop
            for r in results:
                if isinstance(r, BaseException):
                    raise r
            await self._again(
                [url for url in level if self._busy_page(url)], self._fetch_again, self._busy_page
            )
            next_level: list[tuple[int, str]] = []
            for url in level:
                page = self.outcome.pages.get(self.outcome.resolve(url))
                depth = depths.get(url, 0)
                if page is not None and self.outcome.resolve(url) == page.url:
                    seen.add(page.url)
                    self.hops.setdefault(page.url, self.hops.get(url, 0))
                    self.discover(page, depth, seen, next_level, depths)
                parent = self.parent.get(url)
                if parent is not None and self.dead_end(url, page):
                    # Empty folder: try the next older one of the same listing.
                    waiting = self.deferred.get(parent)
                    if waiting:
                        self._release(waiting.pop(0), depths.get(url, 0), next_level, depths)
            # Transparency links first. News, side views and pagination wait for the end of
            # the crawl (``self.minor``): a calendar of endless months or a tag cloud linked
            # before the menu must not spend the page budget of the levels below. The sort is
            # stable, so page order breaks ties.
            next_level.sort(key=lambda item: item[0])
            self.minor.update(
                (u, None) for p, u in next_level if p == MINOR and u not in self.parent
            )
            # A page reached by two links is fetched once: drop what redirects already resolved.
            level = [
                u
                for p, u in next_level
                if (p != MINOR or u in self.parent) and u not in self.outcome.pages
            ]
            if self.held and not any(self.toward_part(url) for url in level):
                level, self.held = level + self.held, []  # the transparency part is read
            if not level:
                # The waiting pages, a few at a time: what they lead to that is not minor itself
                # (a news article's link to "Unidad de Información Pública") is read before the
                # rest of them (another language's copy of every page).
                waiting = [u for u in self.minor if u not in self.outcome.pages]
                level, self.minor = waiting[:MINOR_BATCH], dict.fromkeys(waiting[MINOR_BATCH:])
            if self.stop_reason == "max_pages" and not any(u in self.parent for u in level):
                self.outcome.unvisited.update(level)
                break
        self.outcome.unvisited.update(u for u in self.minor if u not in self.outcome.pages)
        self.outcome.unvisited.update(u for u in self.held if u not in self.outcome.pages)
        self.minor, self.held = {}, []

    async def _check_documents(self) -> dict[str, int]:
        """Check the documents seen and not checked yet, within the document budget; those that
        answered an HTML page at an address without a document extension, with their depth, taken
        out of the documents."""
        documents = list(self.documents_seen)[self.documents_checked :]
        self.documents_checked += len(documents)
        # A compendium read whole as a page (``holds_the_items``) was checked by that read.
        documents = [url for url in documents if url not in self.outcome.documents]
        room = max(0, self.settings.max_documents - len(self.outcome.documents))
        if len(documents) > room:
            documents = newest_first(documents, self.referers, self.document_names)
        to_check = documents[:room]
        self.outcome.unchecked_documents.update(documents[room:])
        results = await asyncio.gather(
            *(self.check_document(url) for url in to_check), return_exceptions=True
        )
        pages: dict[str, int] = {}
        for url, r in zip(to_check, results, strict=True):
            if isinstance(r, _Stop):
                self.outcome.unchecked_documents.add(url)
                self.stop_reason = self.stop_reason or "time_budget"
            elif isinstance(r, BaseException):
                raise r
            elif _answered_a_page(self.outcome.documents[url]):
                del self.outcome.documents[url]
                self.outcome.remembered.pop(url, None)
                pages[url] = self.documents_seen[url]
        await self._again(
            [url for url in to_check if self._busy_document(url)],
            self.check_document,
            self._busy_document,
        )
        return pages

    def _busy_document(self, url: str) -> bool:
        check = self.outcome.documents.get(url)
        return check is not None and check.status in BUSY_STATUSES

    def _busy_page(self, url: str) -> bool:
        failure = self.outcome.failures.get(url)
        return failure is not None and failure.status in BUSY_STATUSES

    async def _fetch_again(self, url: str) -> None:
        del self.outcome.failures[url]
        await self.fetch_page(url)

    async def _again(
        self,
        urls: list[str],
        ask: Callable[[str], Awaitable[None]],
        busy: Callable[[str], bool],
    ) -> None:
        """Ask again, one at a time, for what the server refused as too busy
        (``BUSY_STATUSES``), each after the wait it asked for (``Retry-After``;
        RETRY_WAIT_SECONDS without one, never more than MAX_RETRY_WAIT_SECONDS) and at most
        RETRIES times: a citizen opening one file, then another, gets them. What is still
        refused, or left when the time budget cannot hold the wait, stays as answered."""
        for url in urls:
            for _attempt in range(RETRIES):
                asked = RETRY_WAIT_SECONDS if self.retry_after is None else self.retry_after
                pause = min(asked, MAX_RETRY_WAIT_SECONDS)
                if self.remaining() <= pause + RETRY_WAIT_SECONDS:
                    return
                self.retry_after = None
                await asyncio.sleep(pause)
                await ask(url)
                if not busy(url):
                    break


def _document_from(url: str, headers: Mapping[str, str], status: int) -> DocumentCheck:
    """A document check from the answer's status and (lower-case keyed) headers."""
    content_type = headers.get("content-type", "")
    if status < 300 and content_type.lower().startswith(HTML_TYPES) and _has_extension(url):
        # "informe.pdf" answering an HTML page: a soft 404 (an error page sent with 200).
        return DocumentCheck(
            url, False, status, content_type=content_type, error="an HTML page, not the document"
        )
    size: int | None = None
    content_range = headers.get("content-range", "")
    if "/" in content_range and content_range.rsplit("/", 1)[1].strip().isdigit():
        size = int(content_range.rsplit("/", 1)[1])
    elif headers.get("content-length", "").isdigit() and status != 206:
        size = int(headers["content-length"])
    return DocumentCheck(
        url=url,
        ok=status < 400,
        status=status,
        size=size,
        last_modified=from_http_date(headers.get("last-modified")),
        content_type=headers.get("content-type"),
        error=None if status < 400 else f"HTTP {status}",
    )


def _answered_a_page(check: DocumentCheck) -> bool:
    """A download address without a document extension ("/descargas/category/16-...",
    "/download/informe/") that answered an HTML page: a listing to read, not a document."""
    content_type = (check.content_type or "").lower()
    return check.ok and content_type.startswith(HTML_TYPES) and not _has_extension(check.url)


@functools.lru_cache(maxsize=1024)
def _ascii_url(url: str) -> str | None:
    """``url`` as a header may carry it (punycode host, percent-encoded path), or None."""
    try:
        sent = str(httpx.URL(url))
    except (httpx.InvalidURL, ValueError):
        return None
    return sent if sent.isascii() else None


def _has_extension(url: str) -> bool:
    return url_extension(url) in DOCUMENT_EXTENSIONS


async def crawl(
    client: httpx.AsyncClient,
    portal: PortalConfig,
    config: Config,
    *,
    limiter: HostLimiter | None = None,
    renderer: Renderer | None = None,
    catalog: Catalog | None = None,
    memory: Mapping[str, Remembered] | None = None,
    today: dt.date | None = None,
) -> CrawlOutcome:
    """Crawl ``portal`` within ``config.crawl``'s bounds; never raises for portal behaviour.

    App shells are rendered with ``renderer``, else the process's shared one
    (``render.shared_renderer``), else a browser of this crawl's own, closed at its end.
    ``catalog`` (default: the shipped one) tells an item's own archive, read newest first only
    until its newest content is found, from an archive shared by all items, read whole.
    ``memory`` is what the last crawl remembered (``compliance.memo``): requests for those URLs
    are conditional and unchanged answers are reused. ``today``: month folders that begin after
    it are read after every other folder of their listing.
    """
    settings = config.monitor
    limiter = limiter or HostLimiter(settings.per_host_concurrency, settings.concurrency)
    renderer = renderer or current_renderer()
    catalog = catalog or load_catalog()
    if renderer is not None or not config.crawl.render_javascript:
        crawler = _Crawler(client, portal, config, limiter, renderer, memory, today)
        return await _run(crawler, catalog)
    own = Renderer()
    try:
        return await _run(_Crawler(client, portal, config, limiter, own, memory, today), catalog)
    finally:
        await own.aclose()


async def _run(crawler: _Crawler, catalog: Catalog) -> CrawlOutcome:
    crawler.catalog = catalog
    try:
        return await crawler.run()
    finally:
        # The render helper holds the crawler's bound ``allowed``: a cycle that would keep every
        # page and body of the crawl alive until a rare full garbage collection.
        crawler.js.allowed = _nothing_allowed
        crawler.reusable.clear()


def _nothing_allowed(url: str) -> bool:
    return False
