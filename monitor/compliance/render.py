"""JavaScript-rendered portals: tell an app shell from a page, and render it in headless Chromium.

A portal built with Next.js, Nuxt, Vite/React or Angular sends an almost empty HTML page (an
empty ``<div id="__next">``, script bundles) and builds its content in the browser. Read as
fetched, such a page holds nothing, and every item would be judged ``missing``.
``detect_app_shell`` recognises such a page (a pure function of its HTML); ``JsPages``, the
crawler's hook, renders it with Playwright driving Debian's Chromium and hands the rendered DOM to
the same parser, so that the judge reads it as any other page.

Rendering keeps the crawl's rules. Every request the page makes is intercepted: a request to
another host is aborted and counted as off-scope, never made; a request on the portal's host is
made by the crawler itself (its httpx client, honest User-Agent, per-host limiter, robots.txt,
byte caps) and its answer handed to the browser. The browser gets a dead proxy and no name
resolution, so nothing it might try on its own (favicons, preconnects, prefetches) leaves the
machine. A render ends within the crawl's remaining time budget; the rendered HTML is cut at
``max_page_bytes``. One browser serves a whole crawl process: ``shared_renderer`` launches it
lazily, when a first shell is met, and closes it at the end.

When rendering is off (``[crawl] render_javascript = false``), Chromium or Playwright is
unavailable, or a render fails, the shell stays as fetched and the crawl outcome records why
(``CrawlOutcome.unreadable``): the judge then says ``unknown``, never ``missing``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

import httpx

from monitor.compliance.page import Link, Page, parse_page
from monitor.logs import event
from monitor.net.client import HostLimiter, read_capped, user_agent

if TYPE_CHECKING:
    from playwright.async_api import (
        Browser,
        BrowserContext,
        Playwright,
        Request,
        Route,
        WebSocketRoute,
    )
    from playwright.async_api import Page as BrowserPage

    from monitor.config import Config
    from monitor.net.scope import Scope


class ReadRecord(Protocol):
    """What a render records on the crawl's outcome (``crawl.CrawlOutcome`` is one)."""

    unreadable: dict[str, str]
    off_scope: set[str]


log = logging.getLogger(__name__)
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# Shell detection: below these counts a page "holds little" of its own.
SHELL_MAX_WORDS = 40
SHELL_MAX_LINKS = 5
# A page with an empty mount point but this much text of its own is a page with a widget.
MOUNT_MAX_WORDS = 150
# Per render: requests the page may make, and bytes they may bring, in ``max_page_bytes``.
MAX_REQUESTS = 150
BYTES_FACTOR = 5
# Renders at once per process: each is a Chromium renderer process busy with the page's script.
MAX_PARALLEL_RENDERS = 2
LAUNCH_SECONDS = 30.0
SETTLE_MARGIN = 1.0  # seconds kept, before a render's deadline, to read its DOM
CLOSE_SECONDS = 5.0
# Never needed to build the DOM: aborted without a request (not off-scope, just not wanted).
_SKIPPED_RESOURCES = frozenset({"image", "media", "font"})
_METHODS = frozenset({"GET", "HEAD", "POST", "OPTIONS"})
_DROPPED_REQUEST_HEADERS = frozenset(
    {"user-agent", "host", "connection", "content-length", "accept-encoding", "keep-alive"}
)
_DROPPED_RESPONSE_HEADERS = frozenset(
    {"content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"}
)
# The browser reaches nothing by itself: a proxy nobody listens on (the discard port), also for
# loopback addresses, and no host name resolves. Intercepted requests never reach its network.
_CHROMIUM_ARGS = (
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--disable-extensions",
    "--mute-audio",
)

_ASSET_TYPES = ("javascript", "ecmascript", "text/css", "wasm")
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
    ("react", re.compile(rb"/static/js/main\.[0-9a-f]+\.js|data-reactroot|\breact-dom\b", re.I)),
    ("vue", re.compile(rb"\bdata-v-app\b|\bvue(?:\.runtime)?(?:\.global)?(?:\.prod)?\.js", re.I)),
    ("gatsby", re.compile(rb"___gatsby|/page-data/", re.I)),
)
_NOSCRIPT_JS = re.compile(rb"<noscript\b[^>]*>[^<]{0,300}?(?:javascript|java script)", re.I | re.S)


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
    "react": (b"/static/js/main.", b"data-reactroot", b"react-dom"),
    "vue": (b"data-v-app", b"vue"),
    "gatsby": (b"___gatsby", b"/page-data/"),
}
_FRAMEWORKS_LOWER = tuple(
    (name, _FRAMEWORK_NEEDLES[name], _lowered(marks)) for name, marks in _FRAMEWORKS
)


def framework_signs(raw: bytes) -> list[str]:
    """The frameworks whose marks ``raw`` holds (``_FRAMEWORKS``, case-insensitive), in order."""
    lowered = raw.lower()
    return [
        name
        for name, needles, marks in _FRAMEWORKS_LOWER
        if any(needle in lowered for needle in needles) and marks.search(lowered)
    ]


_WORD = re.compile(r"\w{2,}")


@dataclass(frozen=True)
class Shell:
    """What ``detect_app_shell`` saw: whether the page is an app shell, and the signs of it."""

    is_shell: bool
    signs: tuple[str, ...] = ()
    words: int = 0
    scripts: int = 0


def detect_app_shell(html: bytes | str, page: Page) -> Shell:
    """Whether a fetched page is the empty shell of an app its scripts build in the browser.

    A shell has scripts and little of its own (text, content links), and says it is an app: an
    empty mount element (``<div id="__next"></div>``, ``<div id="root"></div>``,
    ``<app-root></app-root>``), or a framework's marks (Next.js, Nuxt, Vite, Angular, React,
    Vue, Gatsby) or a ``<noscript>`` asking for JavaScript on a page with almost no text. Pure:
    ``page`` is ``html`` parsed by ``parse_page``.
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
    if mount is not None:
        opening = mount.group(0).split(b">", 1)[0][:60] + b">"
        signs.append("empty " + opening.decode("utf-8", "replace"))
    signs += framework_signs(raw)
    if _NOSCRIPT_JS.search(raw):
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


class RenderUnavailable(Exception):
    """Chromium or Playwright cannot be used in this process; the message says why."""


@dataclass
class Rendered:
    """One render: the DOM as HTML (cut at the byte cap), or why there is none."""

    html: bytes | None = None
    truncated: bool = False
    error: str | None = None
    requests: int = 0  # in-scope requests made for the page
    bytes_read: int = 0
    off_scope: set[str] = field(default_factory=set)
    robots_denied: set[str] = field(default_factory=set)
    skipped: int = 0  # images, fonts, media, surplus requests: aborted, never made
    navigations: set[str] = field(default_factory=set)  # in-scope pages the script went to


@dataclass(frozen=True)
class Answer:
    """An in-scope request's answer, as the crawler's client read it."""

    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class RenderJob:
    """Everything one render needs: the page as fetched, and the crawl's rules for requests."""

    url: str
    status: int
    body: bytes
    content_type: str | None
    in_scope: Callable[[str], bool]
    allowed: Callable[[str], bool]
    # (method, url, headers, body, byte room) -> the answer, fetched by the crawler's rules
    fetch: Callable[[str, str, dict[str, str], bytes | None, int], Awaitable[Answer]]
    deadline: float  # monotonic
    user_agent: str
    max_html_bytes: int
    max_bytes: int
    max_requests: int = MAX_REQUESTS
    executable: str = DEFAULT_CHROMIUM


@dataclass
class _State:
    served: bool = False  # the page's own HTML was handed to the browser
    bytes: int = 0


class Renderer:
    """One headless Chromium for a process, launched at the first render, shared by crawls."""

    def __init__(self) -> None:
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._unavailable: str | None = None
        self._lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(MAX_PARALLEL_RENDERS)
        self._launches = 0
        self.renders = 0

    @property
    def launches(self) -> int:
        """Browsers started so far (a crash is followed by a new one, up to three)."""
        return self._launches

    @property
    def launched(self) -> bool:
        """Whether a browser was started (and not closed yet)."""
        return self._browser is not None

    async def _ready(self, executable: str, deadline: float) -> Browser:
        async with self._lock:
            if self._unavailable is not None:
                raise RenderUnavailable(self._unavailable)
            if self._browser is not None and self._browser.is_connected():
                return self._browser
            if self._launches >= 3:
                raise RenderUnavailable("Chromium stopped 3 times; rendering is off")
            self._launches += 1
            await self._stop()
            try:
                from playwright.async_api import async_playwright
            except ImportError as exc:  # pragma: no cover - a dependency, but be explicit
                self._unavailable = f"Playwright is not installed ({exc})"
                raise RenderUnavailable(self._unavailable) from None
            seconds = max(1.0, min(LAUNCH_SECONDS, deadline - time.monotonic()))
            try:
                async with asyncio.timeout(seconds):
                    self._playwright = await async_playwright().start()
                    self._browser = await self._playwright.chromium.launch(
                        executable_path=executable,
                        headless=True,
                        args=list(_CHROMIUM_ARGS),
                        timeout=seconds * 1000,
                    )
            except Exception as exc:  # noqa: BLE001 - any launch failure means "unavailable"
                await self._stop()
                self._unavailable = f"Chromium could not be started ({_first_line(exc)})"
                event(log, logging.WARNING, "JavaScript rendering is unavailable",
                      executable=executable, error=self._unavailable)  # fmt: skip
                raise RenderUnavailable(self._unavailable) from None
            event(log, logging.INFO, "Chromium started for JavaScript-rendered pages",
                  version=self._browser.version)  # fmt: skip
            return self._browser

    async def render(self, job: RenderJob) -> Rendered:
        """Render ``job``'s page within its deadline; never raises for the page's behaviour."""
        result = Rendered()
        left = job.deadline - time.monotonic()
        if left <= 0:
            result.error = "the time budget ran out before it could be rendered"
            return result
        context: BrowserContext | None = None
        try:
            async with asyncio.timeout(left):
                async with self._slots:
                    browser = await self._ready(job.executable, job.deadline)
                    self.renders += 1
                    context = await browser.new_context(
                        user_agent=job.user_agent,
                        locale="es-GT",
                        service_workers="block",
                        accept_downloads=False,
                        extra_http_headers={"Accept-Language": "es-GT,es;q=0.9"},
                    )
                    await self._render(context, job, result)
        except RenderUnavailable as exc:
            result.error = str(exc)
        except TimeoutError:
            result.error = "the time budget ran out while it was rendered"
        except Exception as exc:  # noqa: BLE001 - a page crashing the renderer is the page's fault
            result.error = f"rendering failed ({_first_line(exc)})"
        finally:
            if context is not None:
                # Outside the page's deadline: a stuck page is closed even when its time is up.
                with contextlib.suppress(Exception):
                    async with asyncio.timeout(CLOSE_SECONDS):
                        await context.close()
        if result.error is not None:
            result.html = None
        return result

    async def _render(self, context: BrowserContext, job: RenderJob, result: Rendered) -> None:
        page = await context.new_page()
        target = job.url.split("#", 1)[0]
        state = _State()

        async def handle(route: Route, request: Request) -> None:
            try:
                await self._route(route, request, job, result, state, page, target)
            except Exception:  # noqa: BLE001 - the page goes on without this resource
                with contextlib.suppress(Exception):
                    await route.abort("failed")

        async def no_websocket(socket: WebSocketRoute) -> None:
            # Never connected to a server: a live socket is not content, and not scoped.
            result.skipped += 1
            with contextlib.suppress(Exception):
                await socket.close()

        await context.route("**/*", handle)
        await context.route_web_socket(re.compile(".*"), no_websocket)
        left_ms = max(1.0, (job.deadline - time.monotonic()) * 1000)
        await page.goto(job.url, wait_until="load", timeout=left_ms)
        # Scripts fetch their data after "load": wait until the network is quiet, keeping
        # time to read the DOM of a page that never goes quiet (one that keeps polling).
        left_ms = (job.deadline - time.monotonic() - SETTLE_MARGIN) * 1000
        try:
            await page.wait_for_load_state("networkidle", timeout=max(1.0, left_ms))
        except Exception as exc:  # noqa: BLE001 - a page that keeps polling: read it as is
            if "Timeout" not in type(exc).__name__:
                raise
        size, html = await page.evaluate(_SERIALISE, job.max_html_bytes)
        body = str(html).encode("utf-8", "replace")
        result.truncated = int(size) > job.max_html_bytes or len(body) > job.max_html_bytes
        result.html = body[: job.max_html_bytes]

    async def _route(
        self,
        route: Route,
        request: Request,
        job: RenderJob,
        result: Rendered,
        state: _State,
        page: BrowserPage,
        target: str,
    ) -> None:
        url = request.url.split("#", 1)[0]
        if request.is_navigation_request() and request.frame.parent_frame is None:
            if not state.served and request.frame.page == page and url == target:
                # The page itself: the crawler fetched it already, never twice.
                state.served = True
                headers = {"content-type": job.content_type or "text/html; charset=utf-8"}
                await route.fulfill(status=job.status, headers=headers, body=job.body)
                return
            # The script leaves the page (a redirect, a popup): a link for the crawl to follow.
            if job.in_scope(url):
                result.navigations.add(url)
            else:
                result.off_scope.add(url)
            await route.abort("blockedbyclient")
            return
        if not job.in_scope(url):
            result.off_scope.add(url)
            await route.abort("blockedbyclient")
            return
        if request.resource_type in _SKIPPED_RESOURCES or request.method not in _METHODS:
            result.skipped += 1
            await route.abort("blockedbyclient")
            return
        if not job.allowed(url):
            result.robots_denied.add(url)
            await route.abort("blockedbyclient")
            return
        room = job.max_bytes - state.bytes
        if result.requests >= job.max_requests or room <= 0:
            result.skipped += 1
            await route.abort("blockedbyclient")
            return
        result.requests += 1
        headers = {
            name: value
            for name, value in request.headers.items()
            if name.lower() not in _DROPPED_REQUEST_HEADERS
        }
        answer = await job.fetch(request.method, url, headers, request.post_data_buffer, room)
        state.bytes += len(answer.body)
        result.bytes_read += len(answer.body)
        await route.fulfill(status=answer.status, headers=answer.headers, body=answer.body)

    async def _stop(self) -> None:
        browser, self._browser = self._browser, None
        driver, self._playwright = self._playwright, None
        if browser is not None:
            with contextlib.suppress(Exception):
                async with asyncio.timeout(CLOSE_SECONDS):
                    await browser.close()
        if driver is not None:
            with contextlib.suppress(Exception):
                async with asyncio.timeout(CLOSE_SECONDS):
                    await driver.stop()

    async def aclose(self) -> None:
        """Close the browser and its driver, if they were started."""
        async with self._lock:
            await self._stop()


# The document as HTML, cut in the browser so that a monstrous DOM never crosses whole.
_SERIALISE = """(cap) => {
    const doctype = document.doctype ? '<!DOCTYPE ' + document.doctype.name + '>' : '';
    const html = doctype + document.documentElement.outerHTML;
    return [html.length, html.slice(0, cap)];
}"""

_SHARED: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Renderer] = (
    weakref.WeakKeyDictionary()
)


@asynccontextmanager
async def shared_renderer() -> AsyncIterator[Renderer]:
    """Make one Renderer serve every crawl on this event loop for the block, then close it.

    The browser starts only if a crawl meets an app shell. Crawls on a loop without one get a
    Renderer of their own, closed when the crawl ends.
    """
    loop = asyncio.get_running_loop()
    renderer = Renderer()
    previous = _SHARED.get(loop)
    _SHARED[loop] = renderer
    try:
        yield renderer
    finally:
        if previous is None:
            _SHARED.pop(loop, None)
        else:
            _SHARED[loop] = previous
        await renderer.aclose()


def current_renderer() -> Renderer | None:
    """The Renderer ``shared_renderer`` set up for the running loop, if any."""
    return _SHARED.get(asyncio.get_running_loop())


class JsPages:
    """The crawler's hook: an app shell it fetched is replaced by its rendered DOM."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        limiter: HostLimiter,
        scope: Scope,
        config: Config,
        allowed: Callable[[str], bool],
        deadline: float,
        page_seconds: float,
        renderer: Renderer | None,
    ) -> None:
        self.client = client
        self.limiter = limiter
        self.scope = scope
        self.settings = config.crawl
        self.allowed = allowed
        self.deadline = deadline
        self.page_seconds = page_seconds
        self.renderer = renderer
        self.user_agent = user_agent(config.monitor)
        self.rendered: set[str] = set()
        # Script bundles and stylesheets repeat on every page of an app: fetched once per crawl.
        self.assets: dict[str, Answer] = {}
        self.asset_bytes = 0

    async def page(
        self, page: Page, body: bytes, content_type: str | None, outcome: ReadRecord
    ) -> tuple[Page, int]:
        """``page``, or its rendered version when it is an app shell; and the bytes spent."""
        shell = detect_app_shell(body, page)
        if not shell.is_shell:
            return page, 0
        why = f"the page {page.url} is built by JavaScript ({', '.join(shell.signs)})"
        if not self.settings.render_javascript or self.renderer is None:
            outcome.unreadable[page.url] = f"{why} and rendering is off (render_javascript = false)"
            return page, 0
        job = RenderJob(
            url=page.url,
            status=page.status,
            body=body,
            content_type=content_type,
            in_scope=self.scope.__contains__,
            allowed=self.allowed,
            fetch=self.fetch,
            deadline=min(self.deadline, time.monotonic() + self.page_seconds),
            user_agent=self.user_agent,
            max_html_bytes=self.settings.max_page_bytes,
            max_bytes=self.settings.max_page_bytes * BYTES_FACTOR,
            executable=self.settings.chromium_path,
        )
        result = await self.renderer.render(job)
        # Requests robots.txt forbids were not made; they are resources, not pages of the portal.
        outcome.off_scope.update(result.off_scope)
        if result.html is None:
            outcome.unreadable[page.url] = f"{why} and could not be rendered: {result.error}"
            return page, result.bytes_read
        rendered = parse_page(page.url, page.status, result.html, "text/html; charset=utf-8")
        rendered.truncated = result.truncated or page.truncated
        if result.navigations:
            # Where the script sent the browser is a link of the page, as a redirect would be.
            rendered.links += [Link(url, "", False, -1) for url in sorted(result.navigations)]
        self.rendered.add(page.url)
        return rendered, result.bytes_read

    async def fetch(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None, room: int
    ) -> Answer:
        """Make one in-scope request of the page as the crawler makes its own: same client,
        User-Agent, per-host limit and byte cap, never past the deadline."""
        if method == "GET" and url in self.assets:
            return self.assets[url]
        cap = max(1, min(self.settings.max_page_bytes, room))
        host = urlsplit(url).hostname or ""
        request = self.client.build_request(method, url, headers=headers, content=body)
        left = self.deadline - time.monotonic()
        try:
            async with asyncio.timeout(max(0.001, left)), self.limiter.slot(host):
                response = await self.client.send(request, stream=True)
                capped = await read_capped(response, cap, self.deadline)
        except (httpx.HTTPError, OSError, TimeoutError):
            return Answer(502, {"content-type": "text/plain"}, b"")
        answer_headers = {
            name: value
            for name, value in response.headers.items()
            if name.lower() not in _DROPPED_RESPONSE_HEADERS
        }
        answer = Answer(response.status_code, answer_headers, capped.content)
        kind = response.headers.get("content-type", "").lower()
        if (
            method == "GET"
            and response.status_code == 200
            and not capped.truncated
            and any(asset in kind for asset in _ASSET_TYPES)
            and self.asset_bytes + len(capped.content) <= self.settings.max_page_bytes
        ):
            self.assets[url] = answer
            self.asset_bytes += len(capped.content)
        return answer


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else type(exc).__name__
    return text[:200]


__all__ = [
    "Answer",
    "JsPages",
    "RenderJob",
    "RenderUnavailable",
    "Rendered",
    "Renderer",
    "Shell",
    "current_renderer",
    "detect_app_shell",
    "shared_renderer",
]
