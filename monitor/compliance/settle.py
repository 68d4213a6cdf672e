"""When a rendered page is finished: its network quiet, and its own scripts' work done.

Playwright's "networkidle" says only that no request was in flight for half a second. A script
that waits a moment before it asks for its data (a short timer, a hydration step), or a machine
so busy that the script's request reaches the browser late, leaves that half second open, and a
page read then is an empty shell that looks finished. ``TRACKER`` runs in every page before the
page's own scripts and counts the work a script has started and not finished:

- ``fetch`` calls until they answer, and the bodies read from their answers (``json()``,
  ``text()``…) until they are read;
- ``XMLHttpRequest`` sends until they end;
- ``<script src>`` elements a script adds, until they load or fail;
- timers shorter than ``SHORT_TIMER_MS``, down to a chain of ``MAX_TIMER_CHAIN`` timers: a timer
  that re-arms itself for ever (a slider, a clock) stops counting there, and intervals and
  longer timers never count, as they are the page's schedule, not its loading.

``settle`` waits until none is left and ``QUIET_MS`` have passed since the last one ended (time
for what the page does next without a request: a promise chain, an animation frame), and until
no request of the page is being answered by the crawler, or until the render's time is up.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.async_api import Page as BrowserPage

SHORT_TIMER_MS = 1000
MAX_TIMER_CHAIN = 4
QUIET_MS = 200
POLL_MS = 25

# Installed with ``BrowserContext.add_init_script``: runs in each frame before its scripts. The
# state is one non-enumerable property, and the originals are kept for ``_WAIT``'s own timers.
TRACKER = f"""(() => {{
  if (window.__laipWork) return;
  const work = {{
    pending: 0, ended: performance.now(), timers: new Set(), setTimeout: window.setTimeout,
  }};
  Object.defineProperty(window, "__laipWork", {{ value: work }});
  const start = () => {{ work.pending += 1; }};
  const end = () => {{ work.pending -= 1; work.ended = performance.now(); }};
  const watch = (promise) => {{ start(); promise.then(end, end); return promise; }};
  if (window.fetch) {{
    const fetch = window.fetch;
    window.fetch = function () {{ return watch(fetch.apply(this, arguments)); }};
  }}
  if (window.Response) {{
    for (const name of ["json", "text", "arrayBuffer", "blob", "formData"]) {{
      const read = Response.prototype[name];
      if (!read) continue;
      Response.prototype[name] = function () {{ return watch(read.apply(this, arguments)); }};
    }}
  }}
  if (window.XMLHttpRequest) {{
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function () {{
      start();
      this.addEventListener("loadend", end, {{ once: true }});
      try {{ return send.apply(this, arguments); }} catch (error) {{ end(); throw error; }}
    }};
  }}
  const arm = window.setTimeout, disarm = window.clearTimeout;
  let chain = 0;
  window.setTimeout = function (callback, delay, ...rest) {{
    if (typeof callback !== "function") return arm.call(window, callback, delay, ...rest);
    // A timer set by a timer's callback is a link further down the chain: counted up to a point.
    const link = chain + 1;
    const counted = (Number(delay) || 0) < {SHORT_TIMER_MS} && link <= {MAX_TIMER_CHAIN};
    const id = arm.call(window, function () {{
      if (work.timers.delete(id)) work.ended = performance.now();
      const outer = chain;
      chain = link;
      try {{ return callback.apply(this, arguments); }} finally {{ chain = outer; }}
    }}, delay, ...rest);
    if (counted) work.timers.add(id);
    return id;
  }};
  window.clearTimeout = function (id) {{
    if (work.timers.delete(id)) work.ended = performance.now();
    return disarm.call(window, id);
  }};
  const seen = new WeakSet();
  const loading = (node) => {{
    if (node.tagName === "SCRIPT" && node.src && !seen.has(node)) {{
      seen.add(node);
      start();
      const done = () => {{
        node.removeEventListener("load", done);
        node.removeEventListener("error", done);
        end();
      }};
      node.addEventListener("load", done);
      node.addEventListener("error", done);
    }}
  }};
  new MutationObserver((records) => {{
    if (document.readyState === "loading") return;  // the parser's own scripts hold "load"
    for (const record of records) for (const node of record.addedNodes) loading(node);
  }}).observe(document, {{ childList: true, subtree: true }});
}})();"""

# Waits in the page, with the page's own timer function (never counted), until its work is done
# and quiet, or ``wait`` ms have passed; says which. A page without the tracker has nothing to say.
_WAIT = f"""async ([quiet, wait]) => {{
  const work = window.__laipWork;
  if (!work) return true;
  const until = performance.now() + wait;
  for (;;) {{
    const now = performance.now();
    if (work.pending <= 0 && work.timers.size === 0 && now - work.ended >= quiet) return true;
    if (now >= until) return false;
    await new Promise((resolve) => work.setTimeout.call(window, resolve, {POLL_MS}));
  }}
}}"""


async def settle(
    page: BrowserPage, deadline: float, crawler_busy: Callable[[], tuple[bool, int]]
) -> bool:
    """Wait until ``page`` has finished its work, before the monotonic ``deadline``.

    ``crawler_busy`` says whether the crawler is still answering one of the page's requests, and
    how many it was asked for so far: a request that arrives while the page waits means more to
    wait for. False when time ran out first.
    """
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        _busy, asked = crawler_busy()
        quiet = bool(await page.evaluate(_WAIT, [QUIET_MS, left * 1000]))
        busy, asked_now = crawler_busy()
        if not quiet:
            return False
        if not busy and asked_now == asked:
            return True
        await asyncio.sleep(POLL_MS / 1000)  # a request is still being answered


__all__ = ["MAX_TIMER_CHAIN", "QUIET_MS", "SHORT_TIMER_MS", "TRACKER", "settle"]
