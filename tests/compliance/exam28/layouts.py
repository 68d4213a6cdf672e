"""Twenty-eighth exam: four portal layouts whose host ANSWERS BUT DOES NOT SERVE THE PORTAL (a
suspended hosting account, a parked domain, a default server page, a maintenance page, a firewall's
challenge, a soft 404), with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``). An outage is never a compliance result: when
the portal is not serving its own content, nobody (citizen or monitor) can see what it publishes,
so every item it hides is ``unknown``. Each layout draws per portal whether it is (a) wholly in
such a state: every item ``unknown`` and no item content served; (b) healthy but with part of it in
such a state (the truth of those items is stated below); or (c) healthy. Wording and server pages:
``wording.toml`` here (sources there). ``bench.exam`` starts this module's ``server`` (an
``ExamServer`` that answers a whole address space with one page) instead of the plain one. Layouts:

* ``suspendida``: (a) in 4 portals of 5: cPanel's suspension (every address answers ``302`` to
  ``/cgi-sys/suspendedpage.cgi``, which answers 200 "This Account has been suspended."), a hosting
  provider's Spanish "Sitio Web Suspendido Temporalmente" page (200 on every address), a parked
  domain ("Este dominio está a la venta", ad links, 200 on every address), or a default server page
  at ``/`` (nginx's "Welcome to nginx!", Apache's "It works!", an empty Apache "Index of /") with
  the server's own 404 everywhere else. Truth: every item ``unknown``. (c) otherwise: a WordPress
  page of headings (Santa Lucía La Reforma), each item's words and its documents; drawn truth.
* ``mantenimiento``: WordPress pages per numeral behind an index (Playa Grande Ixcán). (a) the
  whole site answers a maintenance page on every address: WordPress core's "Briefly unavailable
  for scheduled maintenance. Check back in a minute." (503, ``Retry-After: 600``), a maintenance
  plugin's Spanish page ("Estamos mejorando el sitio", 200 or 503, with or without Retry-After) or
  Joomla's offline page ("Este sitio está cerrado por tareas de mantenimiento.", a login form, 200
  or 503): every item ``unknown``. (b1) "section": the municipality's site is healthy (home, news,
  the information office's page) but its transparency sub-site ``/transparencia/`` (a Joomla of
  its own) answers Joomla's offline page on every address under it: every item ``unknown``. (b2)
  "cache": the site is stuck in WordPress maintenance mode behind a page cache: the home page, the
  index and some numeral pages come from the cache (200), the other numeral pages answer core's
  503 page. Truth: items whose page answers 503 ``unknown`` (their documents are not linked from
  anything a visitor can open); items on cached pages their drawn truth; items never published
  ``unknown`` (the portal cannot be read whole, the generator's convention for a failing page).
  (c) "healthy": every page served; drawn truth.
* ``desafio``: a firewall in front of the whole site answering every request without a browser:
  Cloudflare's managed challenge ("Just a moment...", 403 or 503, ``cf-mitigated: challenge``, a
  JavaScript challenge and a form), Sucuri's "Access Denied - Sucuri Website Firewall" (403, "Block
  reason: Fake bot access.") or Wordfence's "Your access to this site has been limited by the site
  owner" (503 or 403). Modelled as (a) in 3 portals of 4: every request gets the page, every item
  ``unknown``. (c) otherwise: an accordion page (San Juan Sacatepéquez); drawn truth.
* ``soft404``: a healthy Joomla-like portal (one of the three municipalities) of an index and a
  page per numeral whose missing addresses do not answer 404, one behaviour per portal: the site's
  own "Página no encontrada" page with 200 (menu, search box, "Volver al inicio"), the home page's
  HTML served at the missing address with 200, a ``301`` to ``/``, or a ``302`` to
  ``/pagina-no-encontrada/`` (200). Every address the portal does not hold answers so (the
  documents of broken items, and, for a third of the broken items, the item's page itself: the
  index still links "Numeral N", the page is gone). Truth: broken items ``broken`` (a citizen
  clicking sees no document), never-published items ``missing`` (not listed), others drawn.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    hex_digits,
    paragraphs,
    site_page,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("suspendida", "mantenimiento", "desafio", "soft404")
EXAM28: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam28 layout shares (see exam24).
_INNER = {
    "suspendida": "wordpress",
    "mantenimiento": "joomla",
    "desafio": "accordion",
    "soft404": "joomla",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "portals", "server", "snippet"]

_HTML = "text/html; charset=UTF-8"
_LATIN = "text/html; charset=iso-8859-1"


def _w(section: str, key: str) -> Any:
    return EXAM28[section][key]["text"]


def _page_text(key: str, **values: str) -> bytes:
    text = str(EXAM28["pages"][key]["text"])
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text.encode("utf-8")


# -- the server: one answer for a whole address space ------------------------------------------


@dataclass
class Wall:
    """What a portal's host answers beyond its routes: ``page`` for every address under
    ``prefix`` that is not a route (a suspension, a maintenance page, a challenge), and
    ``fallback`` for any other address it does not hold (a default server's 404, a soft 404)."""

    page: Resource | None = None
    prefix: str = "/"
    page_headers: dict[str, str] = field(default_factory=dict)
    fallback: Resource | None = None
    fallback_headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Portal28(ExamPortal):
    wall: Wall = field(default_factory=Wall)
    state: str = "healthy"  # "down", "section", "cache", "healthy", or the soft 404's kind


class Server28(ExamServer):
    """The exam's server plus the portal's wall. ``{path}`` and ``{agent}`` in a wall page are
    filled with the request's address and User-Agent (as a firewall's block page shows them)."""

    def __init__(self, routes: Routes, headers: dict[str, dict[str, str]], wall: Wall) -> None:
        super().__init__(routes, headers)
        self.wall = wall

    def _answer(self, handler: Any, *, head: bool) -> None:
        path = unquote(handler.path)
        wall = self.wall
        if path not in self.routes:
            if wall.page is not None and path.split("?", 1)[0].startswith(wall.prefix):
                self._send(handler, head, wall.page, wall.page_headers)
                return
            if wall.fallback is not None:
                self._send(handler, head, wall.fallback, wall.fallback_headers)
                return
        super()._answer(handler, head=head)

    def _send(self, handler: Any, head: bool, resource: Resource, headers: dict[str, str]) -> None:
        with self.traffic.lock:
            self.traffic.requests[("HEAD" if head else "GET", handler.path)] += 1
            self.traffic.agents[handler.headers.get("User-Agent", "")] += 1
        agent = handler.headers.get("User-Agent", "") or "-"
        body = resource.body.replace(b"{path}", html.escape(handler.path).encode("utf-8"))
        body = body.replace(b"{agent}", html.escape(agent).encode("utf-8"))
        try:
            handler.send_response(resource.status)
            handler.send_header("Content-Type", resource.content_type)
            if resource.location is not None:
                handler.send_header("Location", resource.location)
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if not head:
                handler.wfile.write(body)
                with self.traffic.lock:
                    self.traffic.body_bytes[handler.path] += len(body)
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    wall = portal.wall if isinstance(portal, Portal28) else Wall()
    return Server28(portal.routes, portal.headers, wall)


# -- what a builder leaves for _finish ---------------------------------------------------------


@dataclass
class _Plan:
    wall: Wall = field(default_factory=Wall)
    state: str = "healthy"
    # Routes that replace everything the builder and the generator's noise made (a portal that is
    # wholly down serves only these), or None.
    only: dict[str, Resource] | None = None
    only_headers: dict[str, dict[str, str]] = field(default_factory=dict)
    # The soft 404 that is the home page itself: filled from the final home page.
    home_fallback: bool = False


_PENDING: dict[int, _Plan] = {}


def _hide(items: list[Item]) -> None:
    """The portal cannot be seen: every item unknown, nothing of it served."""
    for item in items:
        item.truth = "unknown"
        item.docs = []


# -- a municipality's healthy site -------------------------------------------------------------


@dataclass
class _Site:
    name: str
    host: str
    index: str
    nav: str

    def page(self, title: str, body: str, trail: str = "") -> bytes:
        return site_page(title, self.name, self.nav, trail, body, f"{self.name} - {_office()}")


def _office() -> str:
    return str(_w("site", "office"))


def _municipality(draw: st.DrawFn) -> dict[str, str]:
    chosen = draw(st.sampled_from(EXAM28["site"]["municipalities"]))
    return {"name": chosen["name"], "host": chosen["host"]}


def _site(draw: st.DrawFn, index: str, municipality: dict[str, str] | None = None) -> _Site:
    where = municipality or _municipality(draw)
    nav = (
        "<nav class='menu'><ul><li><a href='/'>Inicio</a></li>"
        f"<li><a href='{_e(index)}'>{_e(_w('site', 'index'))}</a></li>"
        "<li><a href='/noticias/'>Noticias</a></li>"
        f"<li><a href='/unidad-de-informacion-publica/'>{_e(_office())}</a></li></ul></nav>"
    )
    return _Site(where["name"], where["host"], index, nav)


def _opening(site: _Site) -> str:
    return f"<p>{_e(str(_w('site', 'opening')).replace('{name}', site.name))}</p>"


def _home(routes: Routes, site: _Site) -> None:
    routes["/"] = Resource(
        site.page(
            "Bienvenidos",
            f"<p>{_e(site.name)}</p>"
            f'<p><a href="{_e(site.index)}">{_e(_w("site", "index"))}</a> - '
            f"{_e(_w('site', 'law'))}</p>"
            f"<h2>{_e(_office())}</h2><p>{_e(_w('site', 'office_text'))}</p>"
            '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>',
        )
    )


def _doc_list(item: Item) -> str:
    if not item.docs:
        return ""
    download = _e(_w("site", "download"))
    rows = "".join(
        f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a> (PDF) '
        f'<a href="{_e(doc.path)}" class="btn">{download}</a></li>'
        for doc in item.docs
    )
    return f"<ul class='documentos'>{rows}</ul>"


def _one_page(items: list[Item], site: _Site, style: str) -> Routes:
    """Every item on one page: headings (``wordpress``) or accordion cards (``accordion``)."""
    parts = [_opening(site)]
    for item in _present(items):
        inner = paragraphs(item_words(item)) + _doc_list(item)
        if style == "accordion":
            parts.append(
                f'<div class="card"><div class="card-header"><button class="btn btn-link" '
                f'data-toggle="collapse" data-target="#n{item.numeral}">{_e(item.label)}</button>'
                f'</div><div id="n{item.numeral}" class="collapse"><div class="card-body">{inner}'
                "</div></div></div>"
            )
        else:
            parts.append(f"<h3>{_e(item.label)}</h3>{inner}")
    routes: Routes = {site.index: Resource(site.page(_w("site", "index"), "".join(parts)))}
    _home(routes, site)
    return routes


def _numeral_path(site: _Site, item: Item) -> str:
    return f"{site.index}numeral-{item.numeral}-{_slug(item.plain)[:30]}/"


def _numeral_pages(
    items: list[Item], site: _Site, gone: set[int] | None = None
) -> tuple[Routes, dict[int, str]]:
    """An index of links to a page per numeral; the pages of ``gone`` numerals are not served."""
    routes: Routes = {}
    pages: dict[int, str] = {}
    links = []
    for item in _present(items):
        path = _numeral_path(site, item)
        pages[item.numeral] = path
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        if gone and item.numeral in gone:
            continue
        trail = (
            f'<p class="breadcrumb"><a href="/">Inicio</a> › '
            f'<a href="{_e(site.index)}">{_e(_w("site", "index"))}</a></p>'
        )
        body = paragraphs(item_words(item)) + _doc_list(item)
        routes[path] = Resource(site.page(item.label, body, trail))
    index = _opening(site) + f"<ul class='numerales'>{''.join(links)}</ul>"
    routes[site.index] = Resource(site.page(_w("site", "index"), index))
    _home(routes, site)
    return routes, pages


# -- suspendida ---------------------------------------------------------------------------------


def _suspended_plan(draw: st.DrawFn, site: _Site) -> _Plan:
    kind = draw(st.sampled_from(["cpanel", "suspendido", "parking", "nginx", "apache", "index"]))
    plan = _Plan(state=f"down/{kind}")
    host = site.host
    if kind == "cpanel":
        page = Resource(_page_text("cpanel"), 200, _HTML)
        hop = Resource(b"", 302, _LATIN, location="/cgi-sys/suspendedpage.cgi")
        plan.only = {"/cgi-sys/suspendedpage.cgi": page, "/": hop}
        plan.wall.page = hop
    elif kind in ("suspendido", "parking"):
        page = Resource(_page_text(kind, host=host), 200, _HTML)
        plan.only = {"/": page}
        plan.wall.page = page
    else:
        key, missing = {
            "nginx": ("nginx_welcome", "nginx_404"),
            "apache": ("apache_works", "apache_404"),
            "index": ("apache_index", "apache_404"),
        }[kind]
        plan.only = {"/": Resource(_page_text(key, host=host), 200, "text/html")}
        not_found = _page_text(missing, host=host)
        plan.wall.fallback = Resource(not_found, 404, "text/html" if kind == "nginx" else _LATIN)
    return plan


def _suspendida(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    state = draw(st.sampled_from(["down", "down", "down", "down", "healthy"]))
    site = _site(draw, "/informacion-publica/")
    if state == "down":
        _hide(items)
        plan = _suspended_plan(draw, site)
    else:
        plan = _Plan()
    routes = _one_page(items, site, "wordpress")
    _note(portal, items, plan.state)
    _PENDING[id(portal)] = plan
    return routes


# -- mantenimiento ------------------------------------------------------------------------------


def _maintenance_page(
    draw: st.DrawFn, site: _Site, base: str, kind: str = ""
) -> tuple[Resource, dict[str, str]]:
    kind = kind or draw(st.sampled_from(["wordpress", "plugin", "joomla"]))
    if kind == "wordpress":
        return Resource(_page_text("wp_maintenance"), 503, _HTML), {"Retry-After": "600"}
    if kind == "plugin":
        status = draw(st.sampled_from([200, 503]))
        headers = {"Retry-After": "3600"} if status == 503 and draw(st.booleans()) else {}
        return Resource(_page_text("plugin_maintenance", name=site.name), status, _HTML), headers
    token = hex_digits(draw, 32)
    page = _page_text("joomla_offline", name=site.name, base=base, token=token)
    return Resource(page, draw(st.sampled_from([200, 503])), "text/html; charset=utf-8"), {}


def _mantenimiento(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal
) -> Routes:
    state = draw(st.sampled_from(["down", "down", "section", "cache", "healthy"]))
    plan = _Plan(state=state)
    if state == "section":
        site = _site(draw, "/transparencia/")
        _hide(items)
        page, headers = _maintenance_page(draw, site, "/transparencia", "joomla")
        plan.wall = Wall(page, "/transparencia/", headers)
        routes: Routes = {}
        _home(routes, site)
        plan.state = f"section/joomla-offline/{page.status}"
    else:
        site = _site(draw, "/informacion-publica/")
        if state == "down":
            _hide(items)
            page, headers = _maintenance_page(draw, site, "")
            plan.only = {"/": page}
            plan.only_headers = {"/": headers}
            plan.wall = Wall(page, "/", headers)
            plan.state = f"down/{_kind_of(page)}/{page.status}"
        cached: set[int] = set()
        present = [item.numeral for item in _present(items)]
        if state == "cache":
            cached = {n for n in present if draw(st.booleans())}
            if cached == set(present) and present:
                cached.discard(draw(st.sampled_from(present)))
            for item in items:
                if item.numeral not in cached:
                    item.truth = "unknown"
                    item.docs = []
        routes, pages = _numeral_pages(items, site)
        if state == "cache":
            down = Resource(_page_text("wp_maintenance"), 503, _HTML)
            for numeral, path in pages.items():
                if numeral not in cached:
                    routes[path] = down
                    portal.headers[path] = {"Retry-After": "600"}
        _note(portal, items, plan.state)
    _PENDING[id(portal)] = plan
    return routes


def _kind_of(page: Resource) -> str:
    body = page.body
    if b"com_users" in body:
        return "joomla-offline"
    if b"wp-die-message" in body:
        return "wordpress-core"
    return "plugin"


# -- desafio ------------------------------------------------------------------------------------


def _challenge(
    draw: st.DrawFn, site: _Site, today: dt.date
) -> tuple[Resource, dict[str, str], str]:
    kind = draw(st.sampled_from(["cloudflare", "sucuri", "wordfence"]))
    stamp = f"{today.isoformat()} 1{draw(st.integers(0, 9))}:{draw(st.integers(10, 59))}:07"
    if kind == "cloudflare":
        ray = f"{hex_digits(draw, 16)}-MIA"
        body = _page_text(
            "cloudflare",
            host=site.host,
            token=hex_digits(draw, 40),
            nonce=str(draw(st.integers(10000, 99999))),
            ray=ray,
        )
        headers = {
            "Server": "cloudflare",
            "CF-RAY": ray,
            "cf-mitigated": "challenge",
            "Cache-Control": "private, max-age=0, no-store, no-cache, must-revalidate",
        }
        status = draw(st.sampled_from([403, 503]))
        return Resource(body, status, _HTML), headers, f"cloudflare/{status}"
    if kind == "sucuri":
        body = _page_text("sucuri", host=site.host, time=stamp, year=str(today.year))
        headers = {"Server": "Sucuri/Cloudproxy", "X-Sucuri-Block": "FBP007"}
        return Resource(body, 403, _HTML), headers, "sucuri/403"
    status = draw(st.sampled_from([503, 403]))
    body = _page_text("wordfence", time=stamp)
    if status == 403:
        body = body.replace(b"(HTTP response code 503)", b"(HTTP response code 403)")
    return Resource(body, status, _HTML), {}, f"wordfence/{status}"


def _desafio(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    state = draw(st.sampled_from(["down", "down", "down", "healthy"]))
    site = _site(draw, "/transparencia/informacion-publica-de-oficio/")
    plan = _Plan(state=state)
    if state == "down":
        _hide(items)
        page, headers, kind = _challenge(draw, site, today)
        plan.only = {"/": page}
        plan.only_headers = {"/": headers}
        plan.wall = Wall(page, "/", headers)
        plan.state = f"down/{kind}"
    routes = _one_page(items, site, "accordion")
    _note(portal, items, plan.state)
    _PENDING[id(portal)] = plan
    return routes


# -- soft404 ------------------------------------------------------------------------------------


def _soft404(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    kind = draw(st.sampled_from(["page200", "home200", "redirect_home", "redirect_page"]))
    site = _site(draw, "/index.php/transparencia/")
    broken = [item.numeral for item in items if item.truth == "broken"]
    gone = {n for n in broken if draw(st.integers(0, 2)) == 0}
    for item in items:
        if item.numeral in gone:
            for doc in item.docs:
                doc.ok = False
    routes, _pages = _numeral_pages(items, site, gone)
    titles = EXAM28["soft404"]["titles"]["texts"]
    sentences = EXAM28["soft404"]["sentences"]["texts"]
    title = draw(st.sampled_from(titles))
    body = (
        f"<p>{_e(draw(st.sampled_from(sentences)))}</p>"
        '<form action="/index.php/buscar" method="get"><input type="search" name="q">'
        "<button>Buscar</button></form>"
        f'<p><a href="/">{_e(_w("soft404", "back"))}</a></p>'
    )
    not_found = Resource(site.page(title, body), 200, _HTML)
    plan = _Plan(state=f"soft404/{kind}")
    if kind == "page200":
        plan.wall.fallback = not_found
    elif kind == "home200":
        plan.home_fallback = True
    elif kind == "redirect_home":
        plan.wall.fallback = Resource(b"", 301, _HTML, location="/")
    else:
        routes["/pagina-no-encontrada/"] = not_found
        plan.wall.fallback = Resource(b"", 302, _HTML, location="/pagina-no-encontrada/")
    for item in items:
        how = plan.state + ("/page-gone" if item.numeral in gone else "")
        portal.notes[item.numeral] = f"{how}: truth {item.truth}"
    _PENDING[id(portal)] = plan
    return routes


# -- the draw -----------------------------------------------------------------------------------


def _note(portal: ExamPortal, items: list[Item], state: str) -> None:
    for item in items:
        portal.notes[item.numeral] = f"{state}: truth {item.truth}"


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "suspendida": _suspendida,
    "mantenimiento": _mantenimiento,
    "desafio": _desafio,
    "soft404": _soft404,
}


def _finish(portal: ExamPortal) -> Portal28:
    """Apply the builder's plan after the generator's noise: a wholly-down portal serves only its
    wall; a soft 404 that is the home page copies the final home page."""
    plan = _PENDING.pop(id(portal), _Plan())
    if plan.only is not None:
        portal.routes = dict(plan.only)
        portal.headers = dict(plan.only_headers)
        for item in portal.items:  # the noise may have turned "missing" into "unknown" already
            item.truth = "unknown"
    if plan.home_fallback:
        home = portal.routes["/"]
        plan.wall.fallback = Resource(home.body, 200, home.content_type)
    values = {f.name: getattr(portal, f.name) for f in fields(portal)}
    return Portal28(**values, wall=plan.wall, state=plan.state)


def portals(layout: str | None = None) -> st.SearchStrategy[Portal28]:
    """Exam 28 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_finish)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports), or what the host answers."""
    if isinstance(portal, Portal28) and portal.wall.page is not None:
        text = portal.wall.page.body.decode("utf-8", "replace")
        return (
            f"(every address under {portal.wall.prefix}: {portal.wall.page.status}) {text[:width]}"
        )
    return kit_snippet(portal, numeral, width, first)
