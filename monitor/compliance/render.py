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
machine. A render ends within the crawl's remaining time budget, and each page has its own time
(``RenderJob.seconds``) counted from when its render starts, not while it waits behind other
pages for one of the process's render slots nor while the browser starts; the rendered HTML is
cut at ``max_page_bytes``. One browser serves a whole crawl process: ``shared_renderer`` launches
it lazily, when a first shell is met, and closes it at the end.

When rendering is off (``[crawl] render_javascript = false``), Chromium or Playwright is
unavailable, or a render fails, the shell stays as fetched and the crawl outcome records why
(``CrawlOutcome.unreadable``): the judge then says ``unknown``, never ``missing``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

import httpx

from monitor.compliance.addresses import is_document
from monitor.compliance.page import LOAD_MORE, Link, Page, parse_page
from monitor.compliance.settle import TRACKER, settle
from monitor.compliance.shell import ShellScan, detect_app_shell
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
# Per render: requests the page may make, and bytes they may bring, in ``max_page_bytes``.
MAX_REQUESTS = 150
BYTES_FACTOR = 5
# Renders at once per process: each is a Chromium renderer process busy with the page's script.
MAX_PARALLEL_RENDERS = 2
LAUNCH_SECONDS = 60.0
# After a start that ran out of time (a busy machine, not a missing browser): renders fail at once
# for this long, then the next one tries again.
LAUNCH_RETRY_SECONDS = 10.0
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


class RenderUnavailable(Exception):
    """Chromium or Playwright cannot be used in this process; the message says why."""


@dataclass
class Rendered:
    """One render: the DOM as HTML (cut at the byte cap), or why there is none."""

    html: bytes | None = None
    truncated: bool = False
    error: str | None = None
    settled: bool = True  # False: the network never went quiet before the deadline
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
    deadline: float  # monotonic: the render ends by then, whatever ``seconds`` says
    user_agent: str
    max_html_bytes: int
    max_bytes: int
    max_requests: int = MAX_REQUESTS
    executable: str = DEFAULT_CHROMIUM
    # The page's own time, counted from when its render starts (not while it waits for one of
    # the process's render slots behind other pages); None: until ``deadline``.
    seconds: float | None = None
    # Press its "Ver más documentos" buttons until the list is whole (``MAX_MORE_PRESSES``).
    load_more: bool = False


@dataclass
class _State:
    served: bool = False  # the page's own HTML was handed to the browser
    bytes: int = 0
    answering: int = 0  # the page's requests the crawler is answering now


class Renderer:
    """One headless Chromium for a process, launched at the first render, shared by crawls."""

    def __init__(self) -> None:
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._unavailable: str | None = None
        self._lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(MAX_PARALLEL_RENDERS)
        self._launches = 0
        self._retry_at: float | None = None  # monotonic; set when a start ran out of time
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
            if self._retry_at is not None and time.monotonic() < self._retry_at:
                raise RenderUnavailable("Chromium did not start in time; it is tried again soon")
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
            launch_began = time.monotonic()
            try:
                async with asyncio.timeout(seconds):
                    self._playwright = await async_playwright().start()
                    self._browser = await self._playwright.chromium.launch(
                        executable_path=executable,
                        headless=True,
                        args=list(_CHROMIUM_ARGS),
                        timeout=seconds * 1000,
                    )
            except Exception as exc:  # noqa: BLE001 - any other launch failure: "unavailable"
                await self._stop()
                from playwright.async_api import TimeoutError as PlaywrightTimeout

                if isinstance(exc, TimeoutError | PlaywrightTimeout):
                    # A machine too busy to start it in time: these pages go unrendered (and
                    # ``unknown``), later ones try again; a start that fails otherwise is final.
                    self._launches -= 1
                    self._retry_at = time.monotonic() + LAUNCH_RETRY_SECONDS
                    event(log, logging.WARNING, "Chromium did not start in time; trying again "
                          "later", seconds=seconds, retry_in=LAUNCH_RETRY_SECONDS)  # fmt: skip
                    raise RenderUnavailable(
                        f"Chromium did not start within {seconds:g}s (a busy machine); "
                        "it is tried again soon"
                    ) from None
                self._unavailable = f"Chromium could not be started ({_first_line(exc)})"
                event(log, logging.WARNING, "JavaScript rendering is unavailable",
                      executable=executable, error=self._unavailable)  # fmt: skip
                raise RenderUnavailable(self._unavailable) from None
            event(log, logging.INFO, "Chromium started for JavaScript-rendered pages",
                  version=self._browser.version,
                  seconds=round(time.monotonic() - launch_began, 1))  # fmt: skip
            return self._browser

    async def render(self, job: RenderJob) -> Rendered:
        """Render ``job``'s page within its deadline; never raises for the page's behaviour."""
        result = Rendered()
        left = job.deadline - time.monotonic()
        if left <= 0:
            result.error = "the time budget ran out before it could be rendered"
            return result
        context: BrowserContext | None = None
        started = False
        try:
            async with asyncio.timeout(left) as limit:
                async with self._slots:
                    started = True
                    # Launching the browser (at the process's first render, up to
                    # LAUNCH_SECONDS on a busy machine) is not the page's time either.
                    browser = await self._ready(job.executable, job.deadline)
                    if job.seconds is not None:
                        # A crawl of many JavaScript pages queues them: each page's time starts
                        # here, and the crawl's deadline still bounds the wait and the render.
                        job = replace(
                            job, deadline=min(job.deadline, time.monotonic() + job.seconds)
                        )
                        limit.reschedule(
                            asyncio.get_running_loop().time() + job.deadline - time.monotonic()
                        )
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
            result.error = (
                "the time budget ran out while it was rendered"
                if started
                else "the time budget ran out before it could be rendered"
            )
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

        await context.add_init_script(TRACKER)
        await context.route("**/*", handle)
        await context.route_web_socket(re.compile(".*"), no_websocket)
        left_ms = max(1.0, (job.deadline - time.monotonic()) * 1000)
        await page.goto(job.url, wait_until="load", timeout=left_ms)
        # Scripts fetch their data after "load": wait until the network is quiet and the
        # page's scripts have finished their work, keeping time to read the DOM of a page that
        # never goes quiet (one that keeps polling).
        settle_by = job.deadline - SETTLE_MARGIN
        left_ms = (settle_by - time.monotonic()) * 1000

        def busy() -> tuple[bool, int]:
            # Whether the crawler is answering a request of the page; how many it was asked.
            return state.answering > 0, result.requests

        try:
            await page.wait_for_load_state("networkidle", timeout=max(1.0, left_ms))
        except Exception as exc:  # noqa: BLE001 - still loading, or polling: read it as is
            if "Timeout" not in type(exc).__name__:
                raise
            result.settled = False
        else:
            result.settled = await settle(page, settle_by, busy)
        presses = MAX_MORE_PRESSES if job.load_more and result.settled else 0
        while presses and time.monotonic() < settle_by and await page.evaluate(PRESS_MORE):
            # A citizen presses "Ver más documentos" until the whole list is shown.
            presses -= 1
            result.settled = await settle(page, settle_by, busy)
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
        state.answering += 1
        try:
            answer = await job.fetch(request.method, url, headers, request.post_data_buffer, room)
            state.bytes += len(answer.body)
            result.bytes_read += len(answer.body)
            await route.fulfill(status=answer.status, headers=answer.headers, body=answer.body)
        finally:
            state.answering -= 1

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
def _lengthens_documents(page: Page) -> bool:
    """Whether a block of ``page`` lists documents and has a button loading more of them."""
    return any(
        block.loads_more and any(is_document(page.links[i].url) for i in block.links)
        for block in page.blocks
    )


# Presses the first visible control of the page that loads more of its list (``LOAD_MORE``);
# whether there was one. Only a button or a link going nowhere: a link to a page is followed as
# a link, not pressed.
PRESS_MORE = f"""() => {{
  const more = new RegExp({json.dumps(LOAD_MORE.pattern)}, "i");
  for (const el of document.querySelectorAll("a, button")) {{
    const text = (el.textContent || "").replace(/\\s+/g, " ").trim();
    const href = (el.getAttribute("href") || "").trim().toLowerCase();
    if (el.disabled || !more.test(text)) continue;
    if (el.tagName === "A" && href && !href.startsWith("#") && !href.startsWith("javascript:")) {{
      continue;
    }}
    if (!el.getClientRects().length || getComputedStyle(el).visibility === "hidden") continue;
    el.click();
    return true;
  }}
  return false;
}}"""
MAX_MORE_PRESSES = 20

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
        # What the crawl's earlier pages showed of their lines (the marks each holds, if any).
        self.shells = ShellScan()

    async def page(
        self, page: Page, body: bytes, content_type: str | None, outcome: ReadRecord
    ) -> tuple[Page, int]:
        """``page``, or its rendered version when it is an app shell; and the bytes spent."""
        shell = detect_app_shell(body, page, self.shells)
        # A page of its own whose list a button lengthens ("Ver más documentos"): rendered to
        # press it; read as fetched when it cannot be (its list then dates nothing as stale).
        more = not shell.is_shell and _lengthens_documents(page)
        if not shell.is_shell and not more:
            return page, 0
        if more:
            why = f"the page {page.url} loads more of its list by script"
        else:
            why = f"the page {page.url} is built by JavaScript ({', '.join(shell.signs)})"
        if not self.settings.render_javascript or self.renderer is None:
            if shell.is_shell:
                outcome.unreadable[page.url] = (
                    f"{why} and rendering is off (render_javascript = false)"
                )
            return page, 0
        job = RenderJob(
            url=page.url,
            status=page.status,
            body=body,
            content_type=content_type,
            in_scope=self.scope.__contains__,
            allowed=self.allowed,
            fetch=self.fetch,
            deadline=self.deadline,
            seconds=self.page_seconds,
            user_agent=self.user_agent,
            max_html_bytes=self.settings.max_page_bytes,
            max_bytes=self.settings.max_page_bytes * BYTES_FACTOR,
            executable=self.settings.chromium_path,
            load_more=more,
        )
        result = await self.renderer.render(job)
        # Requests robots.txt forbids were not made; they are resources, not pages of the portal.
        outcome.off_scope.update(result.off_scope)
        if result.html is None:
            if shell.is_shell:
                outcome.unreadable[page.url] = f"{why} and could not be rendered: {result.error}"
            return page, result.bytes_read
        rendered = parse_page(page.url, page.status, result.html, "text/html; charset=utf-8")
        rendered.truncated = result.truncated or page.truncated
        if not result.settled:
            # Its scripts may not have built everything yet (a slow answer, a busy machine): what
            # is there counts, but an item found empty or nowhere is not known to be so.
            outcome.unreadable[page.url] = (
                f"{why} and its scripts were still loading when its time ran out"
            )
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
    "current_renderer",
    "shared_renderer",
]
