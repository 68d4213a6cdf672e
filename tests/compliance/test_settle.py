"""When a rendered page is finished: the network quiet *and* the page's own work done.

Playwright's "networkidle" only says that no request was in flight for half a second. A script
that waits a moment before asking for its data (a short timer, a hydration step) or a machine so
busy that the script's request reaches the browser late, leaves that half second open, and a page
read then looks empty. These tests build such pages and check that the render waits for the
page's own work (its fetches and XHRs, the bodies it reads, the scripts it adds and its short
timers) and no longer than that.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from monitor.compliance.render import Answer, Rendered, Renderer, RenderJob
from tests.compliance.test_render import _job

DATA = Answer(200, {"content-type": "application/json"}, b'{"titulo": "Ejecucion presupuestaria"}')
SHELL = '<html><body><div id="root"></div><script src="/app.js"></script></body></html>'
MOUNT = "function (d) { document.getElementById('root').textContent = d.titulo; }"


def _app(script: str, **answers: Answer) -> dict[str, Answer]:
    routes = {"/app.js": Answer(200, {"content-type": "text/javascript"}, script.encode())}
    routes["/api/datos.json"] = DATA
    for path, answer in answers.items():
        routes[path] = answer
    return routes


async def _render(job: RenderJob) -> Rendered:
    renderer = Renderer()
    try:
        return await renderer.render(job)
    finally:
        await renderer.aclose()


# Each script asks for its data only after the network has been quiet for longer than the half
# second "networkidle" waits: read at networkidle, the page would hold an empty root.
LATE_STARTS = {
    "chained short timers before the fetch": f"""
        addEventListener("load", function () {{
            setTimeout(function () {{ setTimeout(function () {{ setTimeout(function () {{
                fetch("/api/datos.json").then(function (r) {{ return r.json(); }}).then({MOUNT});
            }}, 300); }}, 300); }}, 300);
        }});""",
    "a timer between the data and the page": f"""
        fetch("/api/datos.json").then(function (r) {{ return r.json(); }}).then(function (d) {{
            setTimeout(function () {{ ({MOUNT})(d); }}, 900);
        }});""",
    "an XHR after a timer": f"""
        setTimeout(function () {{
            var x = new XMLHttpRequest();
            x.open("GET", "/api/datos.json");
            x.onload = function () {{ ({MOUNT})(JSON.parse(x.responseText)); }};
            x.send();
        }}, 900);""",
    "a script added after a timer": """
        setTimeout(function () {
            var tag = document.createElement("script");
            tag.src = "/chunk.js";
            document.head.appendChild(tag);
        }, 900);""",
}


@pytest.mark.parametrize("script", LATE_STARTS.values(), ids=LATE_STARTS.keys())
async def test_a_page_that_asks_for_its_data_late_is_read_once_built(script: str) -> None:
    chunk = Answer(
        200,
        {"content-type": "text/javascript"},
        f"""setTimeout(function () {{
            fetch("/api/datos.json").then(function (r) {{ return r.json(); }}).then({MOUNT});
        }}, 400);""".encode(),
    )
    job = _job(_app(script, **{"/chunk.js": chunk}), SHELL)
    result = await _render(job)
    assert result.error is None
    assert b"Ejecucion presupuestaria" in (result.html or b"")
    assert result.settled is True


async def test_a_slow_answer_read_by_the_script_is_waited_for() -> None:
    """The body of an answer arrives late; the page builds itself when it has read it."""
    script = f"fetch('/api/datos.json').then(function (r) {{ return r.json(); }}).then({MOUNT});"
    job = _job(_app(script), SHELL)
    quick = job.fetch

    async def slow(
        method: str, url: str, headers: dict[str, str], body: bytes | None, room: int
    ) -> Answer:
        if url.endswith("/api/datos.json"):
            await asyncio.sleep(1.2)
        return await quick(method, url, headers, body, room)

    job.fetch = slow
    result = await _render(job)
    assert b"Ejecucion presupuestaria" in (result.html or b"")
    assert result.settled is True


PERPETUAL = {
    # A clock or a slider: work that never ends but never asks for content either.
    "an interval that rewrites a clock": """
        var c = document.createElement("p"); document.body.appendChild(c);
        setInterval(function () { c.textContent = new Date().toISOString(); }, 50);""",
    "a timer that re-arms itself": """
        var n = 0;
        (function tick() { n += 1; document.title = "t" + n; setTimeout(tick, 40); })();""",
    "a timer of a whole second that re-arms itself": """
        (function tick() { document.title = String(Date.now()); setTimeout(tick, 1000); })();""",
}


@pytest.mark.parametrize("script", PERPETUAL.values(), ids=PERPETUAL.keys())
async def test_work_that_never_ends_does_not_hold_the_render(script: str) -> None:
    """Endless timers and intervals are not the page still loading: the render settles (a page
    held until its deadline would count as not read whole, and all its items as unknown)."""
    job = _job(_app(script), SHELL.replace('<div id="root"></div>', "<h1>Presupuesto</h1>"))
    job.deadline = time.monotonic() + 60
    result = await _render(job)
    assert result.error is None
    assert result.settled is True
    assert b"Presupuesto" in (result.html or b"")
