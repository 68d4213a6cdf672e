"""JavaScript-rendered portals: app shells detected, rendered in Chromium within scope, judged.

The browser tests drive Debian's /usr/bin/chromium through Playwright (``.ci/run`` installs it);
every request a page makes goes through the crawler's own client or is aborted, so an off-scope
loopback host on 127.0.0.2 must count zero requests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from monitor.cli.app import app
from monitor.compliance.assess import guatemala_today
from monitor.compliance.catalog import load_catalog
from monitor.compliance.crawl import CrawlOutcome, crawl
from monitor.compliance.judge import judge
from monitor.compliance.page import Page, parse_page
from monitor.compliance.render import (
    MAX_PARALLEL_RENDERS,
    Answer,
    Renderer,
    RenderJob,
    current_renderer,
    shared_renderer,
)
from monitor.compliance.result import CrawlStats
from monitor.compliance.shell import _FRAMEWORKS, detect_app_shell, framework_signs
from monitor.config import Config, CrawlSettings, PortalConfig, parse_config
from monitor.errors import ConfigError
from monitor.net.client import HostLimiter, build_crawl_client
from monitor.pipeline.thread import CrawlThread
from tests.compliance.fleet.server import LoopbackServer, Resource
from tests.compliance.js_portal import PRESENT, SHELL, build_js_portal

OTHER_HOST = "127.0.0.2"
AGENT_PREFIX = "laip-monitor/"


def _shell(html: str) -> tuple[bool, tuple[str, ...]]:
    page = parse_page("https://muni.example.gt/", 200, html.encode())
    found = detect_app_shell(html.encode(), page)
    return found.is_shell, found.signs


# -- detection (pure) -------------------------------------------------------------------------


def test_a_next_js_shell_is_detected() -> None:
    is_shell, signs = _shell(SHELL.format(other="https://analitica.example.com"))
    assert is_shell
    assert "next.js" in signs and any('id="__next"' in sign for sign in signs)


@pytest.mark.parametrize(
    "html",
    [
        # Create React App: an empty root, a hashed bundle, a noscript plea.
        '<html><head><script defer src="/static/js/main.1a2b3c4d.js"></script></head><body>'
        "<noscript>You need to enable JavaScript to run this app.</noscript>"
        '<div id="root"></div></body></html>',
        # Angular: an empty custom root element.
        "<html><head><title>Municipalidad</title></head><body><app-root></app-root>"
        '<script src="runtime.js" type="module"></script><script src="main.js" type="module">'
        "</script></body></html>",
        # Vite + Vue: an empty #app and a module entry under /assets/.
        '<!doctype html><html><head><script type="module" crossorigin '
        'src="/assets/index-4f3a9c.js"></script></head><body><div id=app></div></body></html>',
        # Nuxt: the mount holds only a spinner, but the page says nothing of its own.
        '<html><body><div id="__nuxt"><div class="cargando">Cargando...</div></div>'
        '<script src="/_nuxt/entry.3b1f.js"></script></body></html>',
        # A Spanish noscript and nothing else of its own.
        "<html><body><noscript>Para ver este portal habilite JavaScript en su navegador."
        '</noscript><div id="contenido"></div><script src="/js/app.min.js"></script>'
        "</body></html>",
    ],
    ids=["create-react-app", "angular", "vite", "nuxt-spinner", "noscript"],
)
def test_app_shells_of_common_frameworks_are_detected(html: str) -> None:
    assert _shell(html)[0]


_ARTICLE = " ".join(
    [
        "La Municipalidad informa a los vecinos que la Unidad de Información Pública atiende de",
        "lunes a viernes en horario de oficina y recibe solicitudes verbales, escritas y",
        "electrónicas.",
    ]
    * 4
)


@pytest.mark.parametrize(
    "html",
    [
        # WordPress with jQuery: scripts, but a page of its own.
        f'<html><body><script src="/wp-includes/js/jquery/jquery.min.js"></script><main><h1>'
        f"Información Pública</h1><p>{_ARTICLE}</p></main></body></html>",
        # Little text, but no script to build anything: what is fetched is all there is.
        '<html><body><div id="root"></div><p>En construcción</p></body></html>',
        # Next.js rendered on the server: the marks are there, and so is the content.
        '<html><body><div id="__next"><h1>Información Pública de Oficio</h1>'
        + "".join(f'<a href="/numeral-{n}">Numeral {n}</a>' for n in range(1, 12))
        + f"<p>{_ARTICLE}</p></div>"
        '<script id="__NEXT_DATA__" type="application/json">{}</script>'
        '<script src="/_next/static/chunks/main.js"></script></body></html>',
        # A chat widget's empty mount point on a page full of text.
        f"<html><body><main><h1>Presupuesto</h1><p>{_ARTICLE}</p><p>{_ARTICLE}</p></main>"
        '<div id="app"></div><script src="https://widget.example.com/chat.js"></script>'
        "</body></html>",
    ],
    ids=["wordpress", "no-script", "next-ssr", "widget"],
)
def test_pages_with_their_own_content_are_not_shells(html: str) -> None:
    assert not _shell(html)[0]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4000) | st.text(max_size=4000).map(lambda t: t.encode()))
def test_detection_never_raises_on_any_bytes(body: bytes) -> None:
    page = parse_page("https://muni.example.gt/", 200, body)
    found = detect_app_shell(body, page)
    assert found.is_shell in (True, False)
    assert not found.is_shell or found.scripts > 0


# -- configuration ----------------------------------------------------------------------------


def test_render_javascript_defaults_on_and_is_validated() -> None:
    assert Config().crawl.render_javascript is True
    assert parse_config(b"[crawl]\nrender_javascript = false\n").crawl.render_javascript is False
    with pytest.raises(ConfigError) as caught:
        parse_config(b'[crawl]\nrender_javascript = "maybe"\n', "portals.toml")
    message = str(caught.value)
    assert "portals.toml" in message and "render_javascript" in message
    assert "\n" not in message


# -- the judge: a portal not read whole is never "missing" -------------------------------------


def test_an_unreadable_shell_makes_not_found_unknown_never_missing() -> None:
    today = dt.date(2026, 11, 20)
    html = SHELL.format(other="https://analitica.example.com")
    url = "https://muni.example.gt/"
    outcome = CrawlOutcome(start_url=url)
    outcome.pages[url] = parse_page(url, 200, html.encode())
    outcome.stats = CrawlStats(pages=1)
    read_whole = judge(outcome, load_catalog(), today=today)
    assert {v.status for v in read_whole} <= {"missing", "not_applicable"}

    outcome.unreadable[url] = f"the page {url} is built by JavaScript and rendering is off"
    verdicts = judge(outcome, load_catalog(), today=today)
    assert "missing" not in {v.status for v in verdicts}
    n01 = next(v for v in verdicts if v.section_id == "art10.n01")
    assert n01.status == "unknown" and "rendering is off" in n01.reason


def test_an_empty_verdict_on_an_unrendered_shell_becomes_unknown() -> None:
    today = dt.date(2026, 11, 20)
    home = "https://muni.example.gt/"
    item = "https://muni.example.gt/numeral-8"
    outcome = CrawlOutcome(start_url=home)
    outcome.pages[home] = parse_page(
        home, 200, b'<html><body><main><a href="/numeral-8">Numeral 8</a></main></body></html>'
    )
    shell = '<html><head><title>Numeral 8</title></head><body><div id="root"></div>'
    shell += '<script src="/static/js/main.0a1b2c3d.js"></script></body></html>'
    outcome.pages[item] = parse_page(item, 200, shell.encode())
    outcome.stats = CrawlStats(pages=2)
    before = {v.section_id: v for v in judge(outcome, load_catalog(), today=today)}
    assert before["art10.n08"].status == "empty"

    outcome.unreadable[item] = "the page is built by JavaScript and could not be rendered: x"
    after = {v.section_id: v for v in judge(outcome, load_catalog(), today=today)}
    assert after["art10.n08"].status == "unknown"
    assert "could not be rendered" in after["art10.n08"].reason


# -- the renderer on its own ------------------------------------------------------------------


def _job(routes: dict[str, Answer], html: str, **overrides: object) -> RenderJob:
    base = "http://muni.example.gt"
    asked: list[str] = []

    async def fetch(
        method: str, url: str, headers: dict[str, str], body: bytes | None, room: int
    ) -> Answer:
        asked.append(url)
        return routes.get(url.removeprefix(base), Answer(404, {}, b""))

    job = RenderJob(
        url=base + "/",
        status=200,
        body=html.encode(),
        content_type="text/html; charset=utf-8",
        in_scope=lambda url: url.startswith(base + "/"),
        allowed=lambda url: True,
        fetch=fetch,
        deadline=time.monotonic() + 30,
        user_agent="laip-monitor/test",
        max_html_bytes=3_000_000,
        max_bytes=15_000_000,
    )
    for name, value in overrides.items():
        setattr(job, name, value)
    job.asked = asked  # type: ignore[attr-defined]
    return job


async def test_the_rendered_dom_is_cut_at_the_byte_cap() -> None:
    script = b"document.body.textContent = 'informe mensual '.repeat(200000);"
    routes = {"/huge.js": Answer(200, {"content-type": "text/javascript"}, script)}
    html = '<html><body><div id="root"></div><script src="/huge.js"></script></body></html>'
    job = _job(routes, html, max_html_bytes=65_536)
    renderer = Renderer()
    try:
        result = await renderer.render(job)
    finally:
        await renderer.aclose()
    assert result.error is None and result.html is not None
    assert result.truncated and len(result.html) <= 65_536
    assert b"informe mensual" in result.html


async def test_off_scope_requests_are_aborted_and_script_navigations_become_links() -> None:
    script = b"""
        fetch("https://analitica.example.com/collect").catch(function () {});
        fetch("/api/datos.json").then(function (r) { return r.json(); }).then(function (d) {
            document.getElementById("root").textContent = d.titulo;
            setTimeout(function () { location.href = "/transparencia/"; }, 50);
        });
    """
    routes = {
        "/app.js": Answer(200, {"content-type": "text/javascript"}, script),
        "/api/datos.json": Answer(
            200, {"content-type": "application/json"}, b'{"titulo": "Acceso a la informacion"}'
        ),
    }
    html = '<html><body><div id="root"></div><script src="/app.js"></script></body></html>'
    job = _job(routes, html)
    renderer = Renderer()
    try:
        result = await renderer.render(job)
    finally:
        await renderer.aclose()
    assert result.error is None
    assert result.off_scope == {"https://analitica.example.com/collect"}
    assert "http://muni.example.gt/transparencia/" in result.navigations
    asked = job.asked  # type: ignore[attr-defined]
    assert "http://muni.example.gt/" not in asked, "the page itself is never fetched twice"
    assert all(url.startswith("http://muni.example.gt/") for url in asked)


async def test_a_render_ends_at_its_deadline() -> None:
    script = b"setInterval(function () { fetch('/poll').catch(function () {}); }, 100);"
    routes = {"/app.js": Answer(200, {"content-type": "text/javascript"}, script)}
    html = '<html><body><div id="root"></div><script src="/app.js"></script></body></html>'
    renderer = Renderer()
    try:
        await renderer.render(_job({}, "<html><body>warm</body></html>"))  # launch outside
        began = time.monotonic()
        result = await renderer.render(_job(routes, html, deadline=began + 2.0))
        elapsed = time.monotonic() - began
    finally:
        await renderer.aclose()
    # A page that never goes quiet is read as it is shortly before its time is up, and says so.
    assert elapsed < 2.0 + 3.0  # the deadline plus the close of its browser context
    assert result.error is None and result.html is not None
    assert result.settled is False


@pytest.mark.parametrize("settled", [True, False])
async def test_a_render_cut_while_its_scripts_load_counts_but_does_not_say_empty(
    settled: bool,
) -> None:
    """A render that ends before the page's network goes quiet (a slow answer, a busy machine)
    is read for what it holds, but its page is recorded as not read whole: the judge then says
    ``unknown`` rather than ``empty`` or ``missing`` for what the page may still have built."""
    from monitor.compliance.render import JsPages, Rendered
    from monitor.net.scope import Scope

    built = b'<html><body><div id="root"><h1>Numeral 8</h1></div></body></html>'

    class Cut:
        async def render(self, job: RenderJob) -> Rendered:
            return Rendered(html=built, settled=settled)

    url = "http://muni.example.gt/"
    shell = b'<html><body><div id="root"></div><script src="/app.js"></script></body></html>'
    async with httpx.AsyncClient() as client:
        pages = JsPages(
            client, HostLimiter(2, 4), Scope(url), Config(), allowed=lambda _url: True,
            deadline=time.monotonic() + 30, page_seconds=30, renderer=Cut(),  # type: ignore[arg-type]
        )  # fmt: skip
        outcome = CrawlOutcome(start_url=url)
        page, _spent = await pages.page(parse_page(url, 200, shell), shell, None, outcome)
    assert page.h1 == "Numeral 8"  # what the scripts built is read either way
    if settled:
        assert outcome.unreadable == {}
    else:
        assert "still loading" in outcome.unreadable[url]


async def test_a_pages_own_time_starts_when_its_render_does_not_while_it_waits_for_a_slot() -> None:
    """A crawl of many JavaScript pages queues them behind the process's render slots: a page
    that waited longer than its own time is still rendered with all of it (the crawl's deadline
    bounds the wait), and a page whose crawl's deadline passes while it waits says so."""
    from monitor.compliance.render import JsPages
    from monitor.net.scope import Scope

    url = "http://muni.example.gt/"
    shell = b'<html><body><div id="root"></div><script>root.textContent = "Numeral 8";</script>'
    renderer = Renderer()
    try:
        await renderer.render(_job({}, "<html><body>warm</body></html>"))  # launch outside
        async with httpx.AsyncClient() as client:

            def pages(*, crawl_seconds: float, page_seconds: float) -> JsPages:
                return JsPages(
                    client, HostLimiter(2, 4), Scope(url), Config(), allowed=lambda _url: True,
                    deadline=time.monotonic() + crawl_seconds, page_seconds=page_seconds,
                    renderer=renderer,
                )  # fmt: skip

            async def read(reader: JsPages) -> tuple[Page, CrawlOutcome]:
                outcome = CrawlOutcome(start_url=url)
                page, _spent = await reader.page(parse_page(url, 200, shell), shell, None, outcome)
                return page, outcome

            for _ in range(MAX_PARALLEL_RENDERS):
                await renderer._slots.acquire()  # other pages' renders
            began = time.monotonic()
            waiting = asyncio.create_task(read(pages(crawl_seconds=60, page_seconds=5)))
            late = asyncio.create_task(read(pages(crawl_seconds=1, page_seconds=30)))
            done, _ = await asyncio.wait({waiting, late}, return_when=asyncio.FIRST_COMPLETED)
            assert done == {late}
            # The slots stay taken for longer than the waiting page's own five seconds (a
            # render under a loaded CI machine's load fits in five).
            await asyncio.sleep(max(0.0, began + 5.5 - time.monotonic()))
            for _ in range(MAX_PARALLEL_RENDERS):
                renderer._slots.release()
            page, outcome = await waiting
    finally:
        await renderer.aclose()
    assert page.h1 == "" and "Numeral 8" in page.blocks[0].text
    assert outcome.unreadable == {}
    _shell, cut = late.result()
    assert "before it could be rendered" in cut.unreadable[url]


async def test_a_pages_own_time_does_not_pay_for_the_browser_start() -> None:
    """Starting Chromium on a busy machine can take seconds (the process's first render): the
    page still has all its own time afterwards."""
    script = '<script>root.textContent = "Numeral 8";</script>'
    html = f'<html><body><div id="root"></div>{script}</body></html>'
    renderer = Renderer()
    launch = renderer._ready

    async def slow_launch(executable: str, deadline: float) -> Any:
        began = time.monotonic()
        browser = await launch(executable, deadline)
        await asyncio.sleep(max(0.0, began + 2.5 - time.monotonic()))  # a slow start
        return browser

    renderer._ready = slow_launch  # type: ignore[method-assign]
    try:
        result = await renderer.render(_job({}, html, deadline=time.monotonic() + 60, seconds=2.0))
    finally:
        await renderer.aclose()
    assert result.error is None and b"Numeral 8" in (result.html or b"")


async def test_a_browser_that_does_not_start_in_time_is_tried_again_not_given_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A machine too busy to start Chromium in time leaves those pages unrendered (``unknown``),
    not every JavaScript portal until the service restarts: a later render starts it."""
    import playwright.async_api

    from monitor.compliance import render

    started = asyncio.Event()

    class Stuck:
        async def start(self) -> None:
            started.set()
            await asyncio.Event().wait()  # never answers

    monkeypatch.setattr(render, "LAUNCH_RETRY_SECONDS", 0.0)
    html = "<html><body><p>Numeral 8</p></body></html>"
    renderer = Renderer()
    try:
        with monkeypatch.context() as patch:
            patch.setattr(playwright.async_api, "async_playwright", Stuck)
            # Its floor, one second, for the stuck start only: the real start that follows has
            # the usual time, however busy the machine running the tests is.
            patch.setattr(render, "LAUNCH_SECONDS", 0.0)
            first = await renderer.render(_job({}, html))
        assert started.is_set()
        after = await renderer.render(_job({}, html))
    finally:
        await renderer.aclose()
    assert first.html is None and "did not start within 1s" in (first.error or "")
    assert after.error is None and b"Numeral 8" in (after.html or b"")
    assert renderer.launches == 1


async def test_a_script_that_never_returns_costs_its_deadline_and_no_more() -> None:
    html = '<html><body><div id="root"></div><script>for (;;) {}</script></body></html>'
    renderer = Renderer()
    try:
        began = time.monotonic()
        stuck = await renderer.render(_job({}, html, deadline=began + 2.0))
        elapsed = time.monotonic() - began
        after = await renderer.render(_job({}, "<html><body><p>Numeral 8</p></body></html>"))
    finally:
        await renderer.aclose()
    assert stuck.html is None and "time budget" in (stuck.error or "")
    assert elapsed < 2.0 + 3.0  # the deadline plus the close of its browser context
    assert after.error is None and b"Numeral 8" in (after.html or b"")


async def test_the_browser_has_no_network_of_its_own() -> None:
    """Only intercepted requests (made by the crawler, or aborted) can reach anything: a request
    Chromium would make by itself meets a dead proxy, for loopback addresses and names alike."""
    from playwright.async_api import async_playwright

    from monitor.compliance.render import _CHROMIUM_ARGS

    with LoopbackServer({"/": Resource(b"<p>hola</p>")}, host=OTHER_HOST) as other:
        async with async_playwright() as driver:
            browser = await driver.chromium.launch(
                executable_path="/usr/bin/chromium", args=list(_CHROMIUM_ARGS)
            )
            try:
                page = await browser.new_page()
                for url in (other.url + "/", other.url.replace(OTHER_HOST, "localhost") + "/"):
                    with pytest.raises(Exception, match="ERR_PROXY_CONNECTION_FAILED"):
                        await page.goto(url, timeout=10_000)
            finally:
                await browser.close()
        assert other.traffic.total == 0


async def test_an_unavailable_chromium_is_a_reason_not_a_crash() -> None:
    renderer = Renderer()
    try:
        first = await renderer.render(_job({}, "<html></html>", executable="/nonexistent/chrome"))
        second = await renderer.render(_job({}, "<html></html>", executable="/nonexistent/chrome"))
    finally:
        await renderer.aclose()
    assert first.html is None and "Chromium could not be started" in (first.error or "")
    assert second.error == first.error  # remembered: never relaunched for every page
    assert renderer.launches == 1


# -- crawls -----------------------------------------------------------------------------------


def _portal(url: str) -> PortalConfig:
    return PortalConfig(slug="sanejemplo", name="Municipalidad de San Ejemplo", url=url + "/")


async def test_a_crawl_renders_shells_within_scope_and_one_browser_serves_the_process() -> None:
    today = guatemala_today()
    config = Config()
    with LoopbackServer({}, host=OTHER_HOST) as other:
        with LoopbackServer(build_js_portal(today, other.url)) as portal:
            async with build_crawl_client(config.monitor) as client, shared_renderer() as shared:
                assert current_renderer() is shared and not shared.launched
                first = await crawl(client, _portal(portal.url), config)
                second = await crawl(client, _portal(portal.url), config)
                assert shared.launched and shared.launches == 1
            assert not shared.launched, "the shared browser is closed at the end"
        assert other.traffic.total == 0, "an off-scope host was requested"
    for outcome in (first, second):
        assert outcome.rendered == {portal.url + "/", portal.url + "/informacion-publica/numeral-8"}
        assert not outcome.unreadable
        assert {u.split("/")[2] for u in outcome.off_scope} == {other.url.split("/")[2]}
        assert any(u.endswith("/tracker.js") for u in outcome.off_scope)
    requests = portal.traffic.requests
    assert requests[("GET", "/api/privado/contactos.json")] == 0, "robots.txt forbids it"
    assert requests[("GET", "/api/informacion-publica/numeral-8.json")] == 2
    # Bundles are fetched once per crawl, not once per rendered page.
    assert requests[("GET", "/_next/static/chunks/main-7c1e.js")] == 2
    assert all(agent.startswith(AGENT_PREFIX) for agent in portal.traffic.agents)
    verdicts = {v.section_id: v for v in judge(first, load_catalog(), today=today)}
    for section in PRESENT:
        assert verdicts[section].status == "ok", verdicts[section]


async def test_the_service_crawl_thread_keeps_one_browser_and_closes_it() -> None:
    today = guatemala_today()
    config = Config()
    thread = CrawlThread(config.monitor, build_crawl_client, HostLimiter(2, 16))
    await asyncio.to_thread(thread.start)
    with LoopbackServer({}, host=OTHER_HOST) as other:
        with LoopbackServer(build_js_portal(today, other.url)) as portal:

            async def work(
                client: httpx.AsyncClient, limiter: HostLimiter
            ) -> tuple[CrawlOutcome, Renderer | None]:
                outcome = await crawl(client, _portal(portal.url), config, limiter=limiter)
                return outcome, current_renderer()

            try:
                outcome, shared = await thread.run(work)
                assert shared is not None and shared.launched
                again, same = await thread.run(work)
                assert same is shared and shared.launches == 1
            finally:
                await thread.close()
        assert other.traffic.total == 0
    assert not shared.launched, "closed with the thread"
    assert len(outcome.rendered) == len(again.rendered) == 2


async def test_a_portal_without_shells_never_starts_a_browser() -> None:
    home = b'<html><body><main><h1>Municipalidad</h1><a href="/numeral-8">Numeral 8</a>'
    home += b'</main><script src="/wp-includes/js/jquery.min.js"></script></body></html>'
    config = Config()
    renderer = Renderer()
    with LoopbackServer({"/": Resource(home)}) as portal:
        async with build_crawl_client(config.monitor) as client:
            outcome = await crawl(client, _portal(portal.url), config, renderer=renderer)
    assert outcome.pages and not outcome.rendered and not outcome.unreadable
    assert renderer.launches == 0 and not renderer.launched


async def test_without_chromium_the_sections_are_unknown_with_the_reason() -> None:
    today = guatemala_today()
    config = Config(crawl=CrawlSettings(chromium_path="/nonexistent/chromium"))
    with LoopbackServer({}, host=OTHER_HOST) as other:
        with LoopbackServer(build_js_portal(today, other.url)) as portal:
            async with build_crawl_client(config.monitor) as client:
                outcome = await crawl(client, _portal(portal.url), config)
        assert other.traffic.total == 0
    verdicts = judge(outcome, load_catalog(), today=today)
    assert "missing" not in {v.status for v in verdicts}
    n01 = next(v for v in verdicts if v.section_id == "art10.n01")
    assert n01.status == "unknown" and "Chromium could not be started" in n01.reason


# -- end to end: laip-monitor check --json -----------------------------------------------------


def _config(path: Path, url: str, render: bool) -> Path:
    path.write_text(
        f'[monitor]\ntimeout = "5s"\n\n[crawl]\nprocesses = 1\n'
        f"render_javascript = {'true' if render else 'false'}\n\n"
        f'[[portals]]\nslug = "sanejemplo"\nname = "Municipalidad de San Ejemplo"\n'
        f'url = "{url}/"\n',
        encoding="utf-8",
    )
    return path


def _check(tmp_path: Path, db_url: str, render: bool) -> tuple[dict[str, dict[str, str]], int]:
    with LoopbackServer({}, host=OTHER_HOST) as other:
        with LoopbackServer(build_js_portal(guatemala_today(), other.url)) as portal:
            config = _config(tmp_path / "portals.toml", portal.url, render)
            result = CliRunner().invoke(
                app, ["check", "--config", str(config), "--db", db_url, "--json"]
            )
            bundles = portal.traffic.requests[("GET", "/_next/static/chunks/main-7c1e.js")]
        assert other.traffic.total == 0, "an off-scope host was requested"
    assert result.exit_code == 0, result.output
    compliance = json.loads(result.stdout)["portals"][0]["compliance"]
    assert compliance["error"] is None
    return {s["id"]: s for s in compliance["sections"]}, bundles


def test_check_judges_a_javascript_portal_from_its_rendered_content(
    tmp_path: Path, sqlite_url: str
) -> None:
    sections, bundles = _check(tmp_path, sqlite_url, render=True)
    assert bundles == 1
    for section in PRESENT:
        assert sections[section]["status"] == "ok", sections[section]
        assert sections[section]["url"], sections[section]


def test_check_with_rendering_off_says_unknown_never_missing(
    tmp_path: Path, sqlite_url: str
) -> None:
    sections, bundles = _check(tmp_path, sqlite_url, render=False)
    assert bundles == 0, "with rendering off no script is fetched"
    assert "missing" not in {s["status"] for s in sections.values()}
    for section in PRESENT:
        assert sections[section]["status"] == "unknown"
        assert "render_javascript = false" in sections[section]["reason"]


# Pieces of every framework's marks (and near misses), to be glued in any case and order.
_MARK_PIECES = [
    "/_next/static/", "__NEXT_DATA__", "self.__next_f", "/_nuxt/", "window.__NUXT__",
    "__NUXT_DATA__", "/@vite/client", '<script type="module" src="/assets/app.js">', "/assets/",
    "ng-version=", "<app-root", "/static/js/main.3fa9.js", "data-reactroot", "react-dom",
    "data-v-app", "vue.runtime.global.prod.js", "vue.js", "___gatsby", "/page-data/",
    "<p>Numeral 4</p>", " ", "x", "-", "<script>", ".", "_",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_MARK_PIECES), st.lists(st.booleans(), max_size=30)),
        max_size=12,
    )
)
def test_framework_signs_match_the_case_insensitive_marks(
    pieces: list[tuple[str, list[bool]]],
) -> None:
    def recase(text: str, upper: list[bool]) -> str:
        return "".join(c.upper() if i < len(upper) and upper[i] else c for i, c in enumerate(text))

    raw = "".join(recase(text, upper) for text, upper in pieces).encode()
    expected = [name for name, marks in _FRAMEWORKS if marks.search(raw)]
    assert framework_signs(raw) == expected
