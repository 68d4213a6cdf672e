"""Forty-third exam: four portal layouts whose theme is SINGLE-PAGE APPLICATIONS, with the truth of
every section.

Newer portals are built with Vue, React or AngularJS: the server answers an app shell (a
``<noscript>`` sentence, an empty mount point, a script bundle) and the browser builds the page
from JSON fetched from the portal's own host. Items (truth, labels, documents, dates, phrases) are
drawn exactly as the generated portals draw them (``tests.compliance.generated.portals._item``);
the truth of a section is what a careful citizen concludes in a browser that runs the scripts:
the item's view (its name, the law's words, the office's phrase or statement, its documents), a
broken document being one whose link fails (a 404, or the app's own "Página no encontrada" view
answered with 200 where the server sends the shell for every unknown address). The bundles are
small plain JavaScript served as ``.js`` (no framework is loaded: they do what the frameworks'
routers do). The APIs are PHP scripts that never set a Content-Type, so their JSON is answered as
``text/html; charset=UTF-8``, PHP's default. Wording and markup from real shells and Spanish
application strings (``wording.toml``, sources there). Layouts:

* ``hash``: a Vue 2 (``#/``) or AngularJS 1.6 (``#!/``) application with hash routes, either the
  whole site (its home, news and information-office pages are views too) or a transparency
  sub-site at ``/transparencia/`` linked from a classic home page; every link is ``<a
  href="#/…">``; the index view lists the items (``#/numeral/8``, ``#/transparencia/numeral/8``, or
  ``#/informacion/37`` / ``#/transparencia/detalle/37`` with a record id), each item view is
  fetched from ``/api/numeral.php?id=8`` or ``/api/index.php?r=numeral&id=8`` (in some portals
  after a delay of 0.3-0.8 s) and shows the documents as a list or a "Documento | Fecha de
  publicación | Descargar" table; unknown addresses answer 404.
* ``history``: a React (Create React App) or Vue 3 (Vite) application with history routes
  (``/transparencia/numeral-8``, ``/transparencia/8-ejecucion-presupuestaria``, or with a record
  id ``/informacion-publica/37``, ``/transparencia/detalle/37``), the whole site or under
  ``/transparencia/``, whose server answers the same shell with 200 for every address it does not
  know (``try_files … /index.html``), including, in some whole-site portals, the missing PDF files
  of broken items; the app fetches ``/api/numerales/8`` and shows its own "Página no encontrada"
  view for routes it does not know; links are intercepted (pushState) except those to documents
  and to pages outside the app.
* ``loadmore``: a server-rendered index of links to a page per item whose list shows the first 3-5
  documents in HTML and loads the rest with a "Cargar más" / "Ver más documentos" button (a
  ``<button>`` or an ``<a href="#">``) fetching ``/api/documentos?numeral=8&page=2`` or
  ``/transparencia/documentos.php?numeral=8&pagina=2`` (an HTML fragment or JSON), newest first or
  oldest first (then the newest document is on the last page, found only by pressing the button
  until it disappears), a "Mostrando 5 de 12 documentos" counter in some portals; each item's
  history is lengthened with older documents of the same item (older months, years or versions),
  so that the truth stays the newest's.
* ``clickable``: items as Bootstrap cards or list items without links: ``onclick="location.href=
  '…'"`` / ``onclick="window.location='…'"``, Vue in-DOM templates whose ``@click="ir('…')"`` the
  bundle compiles into event listeners (removing the attribute; the content hidden by ``v-cloak``
  until then), ``data-href`` read by a script, or a single-page application (hash or history
  routes, as above) whose cards call ``router.push`` from listeners; documents opened by buttons
  (``window.open('/files/…pdf')``, ``abrirArchivo('…')``, ``@click="abrir('…')"``,
  ``data-archivo``, or listeners) beside their names in a table or list.

Empty / ``not_applicable`` items keep the kit's phrases and law text (an app prints "No hay
documentos disponibles." under an item without documents and without a statement of its own); a
missing item has no card, link or record; a broken item's documents are linked and fail.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any
from urllib.parse import unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    hex_digits,
    item_rhythm,
    paragraphs,
    site_page,
    unique,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    WORDING,
    Doc,
    Item,
    Routes,
    _doc_name,
    _e,
    _month_doc,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("hash", "history", "loadmore", "clickable")
EXAM43: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: numbered menus (joomla:
# the law's words with every item) or headings that may be bare labels (wordpress).
_INNER = {"hash": "joomla", "history": "wordpress", "loadmore": "joomla", "clickable": "wordpress"}
# A PHP script that echoes json_encode() without header('Content-Type: application/json').
_PHP_JSON = "text/html; charset=UTF-8"
_JS = "application/javascript; charset=utf-8"
_CSS = "text/css; charset=utf-8"
# The generator's noise pages (tests/compliance/generated/portals.py _add_noise).
_NOISE = ("/unidad-de-informacion-publica/", "/noticias/", "/noticias/obra-calle-principal/")
_FAILING = "/transparencia/otros-documentos/"

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM43[section][key]["text"]


def _s(section: str, key: str) -> str:
    return str(_w(section, key))


# -- the portal, its pending parts and its server --------------------------------------------------


@dataclass
class Portal43(ExamPortal):
    # Which unknown addresses the server answers with the app's shell (200): "" none, "app" the
    # app's own addresses, "app+files" those and the documents' folder (a missing PDF).
    fallback: str = ""
    base: str = "/"  # where the app is mounted
    shell: bytes = b""


@dataclass
class _App:
    """A single-page application: what ``_finish`` turns into its shell, bundle and API answers
    once the generator's noise has been added."""

    modo: str  # "hash" | "hashbang" | "history"
    mount: str  # "/" (the whole site) or "/transparencia/" (a sub-site)
    whole: bool
    config: dict[str, Any]
    shell: str
    bundle_path: str
    page_api: str  # the address of a page's JSON, "{slug}" in it
    delay: float
    fallback: str = ""


_PENDING: dict[int, _App] = {}


class Server43(ExamServer):
    """The exam's server, answering the app's shell for the addresses it does not know when the
    portal is deployed that way (nginx ``try_files $uri $uri/ /index.html``)."""

    def __init__(self, portal: ExamPortal) -> None:
        super().__init__(portal.routes, portal.headers)
        self.fallback = portal.fallback if isinstance(portal, Portal43) else ""
        self.base = portal.base if isinstance(portal, Portal43) else "/"
        self.app_shell = Resource(portal.shell if isinstance(portal, Portal43) else b"")

    def _in_app(self, path: str) -> bool:
        if path.startswith("/api/"):
            return False
        if path.startswith("/files/"):
            return self.fallback == "app+files"
        return path.startswith(self.base) or path + "/" == self.base

    def _answer(self, handler: Any, *, head: bool) -> None:
        if self.fallback:
            path = unquote(handler.path)
            if path not in self.routes and self._in_app(path.split("?", 1)[0]):
                self.routes[path] = self.app_shell
        super()._answer(handler, head=head)


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    return Server43(portal)


# -- shared parts ----------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    today: dt.date
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(_s("site", "home"), crumbs)
        footer = _s("site", "footer").format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, today: dt.date, index: str) -> tuple[_Site, str]:
    """The municipality's site, its menu leading to ``index``, and the menu's word."""
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    site = _Site(_s("site", "name").format(town=town), today)
    menu = str(draw(st.sampled_from(_w("site", "menu"))))
    links = [
        (_s("site", "home"), "/"),
        (menu, index),
        (_s("site", "news"), "/noticias/"),
        (_s("site", "uip"), "/unidad-de-informacion-publica/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site, menu


def _home(site: _Site, menu: str, index: str) -> None:
    """A classic home page (its ``</main>`` is where the generator's noise may add a link)."""
    main = (
        f"<p>{_e(_s('site', 'welcome'))}</p>"
        f'<p><a href="{_e(index)}">{_e(menu)}</a></p>'
        f'<p><a href="/noticias/obra-calle-principal/">{_e(_s("site", "news_link"))}</a></p>'
    )
    site.put("/", site.name, main, None)


def _safe(path: str) -> str:
    """An address fit to print inside a quoted script string."""
    assert not set(path) & set("'\"\\<>"), path
    return path


def _api(data: Any, delay: float) -> Resource:
    """A PHP script's JSON, answered with PHP's default Content-Type."""
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Resource(body, content_type=_PHP_JSON, delay=delay)


def _no_docs(item: Item) -> bool:
    """Whether an app prints its "no documents" sentence under the item: nothing to open and no
    statement of the municipality's own (an address, a vision) in its place."""
    return not item.docs and not item.own_text


def _notes(portal: ExamPortal, items: list[Item], style: str) -> None:
    for item in portal.items:
        portal.notes[item.numeral] = f"{style}/{item_rhythm(item)}"


_CSS_TEXT = (
    "body{font-family:Arial,sans-serif;margin:0}.encabezado,.site-header{background:#0b3d6e;"
    "color:#fff;padding:8px 16px}.menu ul,.main-menu ul{list-style:none;display:flex;gap:16px}"
    ".menu a,.main-menu a{color:#fff}main{padding:16px}.cargando{color:#777}.card{border:1px solid"
    " #ddd;border-radius:4px;margin:8px;padding:8px;cursor:pointer}[v-cloak]{display:none}"
)


# -- the single-page application -------------------------------------------------------------------

# The bundle: a router (hash, hashbang or history) and its views, configured by ``C``. It does what
# Vue Router / ngRoute / React Router do for these portals: build the layout once, fetch each
# view's JSON and print it; cards navigate with ``ir`` (router.push), document buttons open their
# file with window.open from a listener.
_BUNDLE = r"""(function () {
  "use strict";
  var C = /*CONFIG*/null;
  var raiz = document.getElementById(C.montaje);
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  function enlace(ruta) {
    if (C.modo === "history") { return C.base + ruta.replace(/^\//, ""); }
    return (C.modo === "hashbang" ? "#!" : "#") + ruta;
  }
  function actual() {
    var p;
    if (C.modo === "history") {
      p = decodeURIComponent(location.pathname);
      if (p + "/" === C.base) { p = C.base; }
      if (p.indexOf(C.base) !== 0) { return ""; }
      p = "/" + p.slice(C.base.length);
    } else {
      p = location.hash.replace(/^#!?/, "");
      if (p.charAt(0) !== "/") { p = "/" + p; }
    }
    return p.replace(/\/+$/, "") || "/";
  }
  function ir(ruta) {
    if (C.modo === "history") {
      history.pushState(null, "", enlace(ruta));
      mostrar();
      window.scrollTo(0, 0);
    } else {
      location.hash = (C.modo === "hashbang" ? "!" : "") + ruta;
    }
  }
  function ancla(e) {
    if (e[2] === "externo") {
      return '<a href="' + esc(e[1]) + '" data-externo="">' + esc(e[0]) + "</a>";
    }
    return '<a href="' + esc(enlace(e[1])) + '">' + esc(e[0]) + "</a>";
  }
  raiz.innerHTML = '<header class="encabezado"><p class="institucion">' + esc(C.sitio) +
    '</p><nav class="menu"><ul>' + C.menu.map(function (e) { return "<li>" + ancla(e) + "</li>"; })
    .join("") + '</ul></nav></header><main id="contenido"></main><footer class="pie"><p>' +
    esc(C.pie) + "</p></footer>";
  var vista = document.getElementById("contenido");
  var turno = 0;
  function titulo(t) { document.title = t ? t + " - " + C.sitio : C.sitio; }
  function parrafos(lista) {
    return lista.filter(Boolean).map(function (t) { return "<p>" + esc(t) + "</p>"; }).join("");
  }
  function obtener(url) {
    return fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (r) {
        if (!r.ok) { var e = new Error("HTTP " + r.status); e.estado = r.status; throw e; }
        return r.json();
      });
  }
  function cargar(url, pintar) {
    var mio = ++turno;
    vista.innerHTML = '<p class="cargando">' + esc(C.textos.cargando) + "</p>";
    obtener(url).then(function (d) { if (mio === turno) { pintar(d); } }, function (e) {
      if (mio !== turno) { return; }
      if (e.estado === 404) { noEncontrada(); return; }
      vista.innerHTML = '<p class="error">' + esc(C.textos.error) + "</p>";
    });
  }
  function fecha(iso) { var p = iso.split("-"); return p[2] + "/" + p[1] + "/" + p[0]; }
  function publicado(x) { return esc(C.textos.publicado.replace("{date}", fecha(x.fecha))); }
  function inicio() {
    var d = C.inicio;
    titulo("");
    vista.innerHTML = "<h1>" + esc(d.titulo) + "</h1>" + parrafos(d.parrafos) +
      '<ul class="accesos">' + d.enlaces.map(function (e) { return "<li>" + ancla(e) + "</li>"; })
      .join("") + "</ul>";
  }
  function indice() {
    cargar(C.api.indice, function (d) {
      titulo(d.titulo);
      var h = "<h1>" + esc(d.titulo) + "</h1>" + parrafos([d.descripcion]);
      if (C.tarjetas) {
        h += '<div class="row tarjetas">' + d.numerales.map(function (n, i) {
          return '<div class="col-md-4"><div class="card tarjeta" role="button" tabindex="0" ' +
            'data-indice="' + i + '"><div class="card-body"><h5 class="card-title">' +
            esc(n.titulo) + "</h5></div></div></div>";
        }).join("") + "</div>";
        vista.innerHTML = h;
        Array.prototype.forEach.call(vista.querySelectorAll(".tarjeta"), function (el) {
          var n = d.numerales[Number(el.getAttribute("data-indice"))];
          el.removeAttribute("data-indice");
          el.addEventListener("click", function () { ir(n.ruta); });
          el.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ir(n.ruta); } });
        });
        return;
      }
      vista.innerHTML = h + '<ul class="numerales">' + d.numerales.map(function (n) {
        return '<li><a href="' + esc(enlace(n.ruta)) + '">' + esc(n.titulo) + "</a></li>";
      }).join("") + "</ul>";
    });
  }
  function documentos(docs) {
    if (C.documentos === "tabla") {
      return '<table class="table documentos"><thead><tr><th>' + esc(C.textos.documento) +
        "</th>" + (C.fechas ? "<th>" + esc(C.textos.fecha) + "</th>" : "") +
        "<th></th></tr></thead><tbody>" + docs.map(function (x) {
          return "<tr><td>" + esc(x.nombre) + "</td>" + (C.fechas ? "<td>" + fecha(x.fecha) +
            "</td>" : "") + '<td><a href="' + esc(x.url) + '" target="_blank" rel="noopener">' +
            esc(C.textos.descargar) + "</a></td></tr>";
        }).join("") + "</tbody></table>";
    }
    if (C.documentos === "botones") {
      return '<ul class="list-group documentos">' + docs.map(function (x, i) {
        return '<li class="list-group-item"><span class="nombre">' + esc(x.nombre) + "</span>" +
          (C.fechas ? ' <small class="text-muted">' + publicado(x) + "</small>" : "") +
          ' <button type="button" class="btn btn-sm btn-primary" data-indice="' + i + '">' +
          esc(C.textos.descargar) + "</button></li>";
      }).join("") + "</ul>";
    }
    return '<ul class="documentos">' + docs.map(function (x) {
      return '<li><a href="' + esc(x.url) + '" target="_blank" rel="noopener">' + esc(x.nombre) +
        "</a>" + (C.fechas ? ' <small class="text-muted">(' + publicado(x) + ")</small>" : "") +
        "</li>";
    }).join("") + "</ul>";
  }
  function numeral(id) {
    cargar(C.api.numeral.replace("{id}", id), function (d) {
      titulo(d.titulo);
      var h = "<h1>" + esc(d.titulo) + "</h1>" +
        parrafos([d.descripcion, d.nota, d.contenido, d.actualizado]);
      if (d.documentos.length) {
        h += documentos(d.documentos);
      } else if (!d.contenido) {
        h += '<p class="sin-documentos">' + esc(C.textos.sin_documentos) + "</p>";
      }
      vista.innerHTML = h;
      Array.prototype.forEach.call(vista.querySelectorAll("button[data-indice]"), function (b) {
        var x = d.documentos[Number(b.getAttribute("data-indice"))];
        b.removeAttribute("data-indice");
        b.addEventListener("click", function () { window.open(x.url, "_blank"); });
      });
    });
  }
  function pagina(url) {
    cargar(url, function (d) { titulo(d.titulo); vista.innerHTML = "<h1>" + esc(d.titulo) +
      "</h1>" + d.html; });
  }
  function noEncontrada() {
    turno++;
    titulo(C.textos.no_encontrada);
    vista.innerHTML = '<div class="no-encontrada"><h1>404</h1><h2>' + esc(C.textos.no_encontrada) +
      "</h2><p>" + esc(C.textos.no_existe) + '</p><a href="' + esc(enlace("/")) + '">' +
      esc(C.textos.volver) + "</a></div>";
  }
  var patron = new RegExp(C.rutas.numeral);
  function mostrar() {
    var p = actual(), m;
    if (p === C.rutas.indice) { indice(); }
    else if (p === "/" && C.inicio) { inicio(); }
    else if ((m = patron.exec(p))) { numeral(m[1]); }
    else if (Object.prototype.hasOwnProperty.call(C.paginas, p)) { pagina(C.paginas[p]); }
    else { noEncontrada(); }
  }
  if (C.modo === "history") {
    window.addEventListener("popstate", mostrar);
    document.addEventListener("click", function (ev) {
      if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey ||
          ev.altKey) { return; }
      var a = ev.target.closest ? ev.target.closest("a") : null;
      if (!a || a.hasAttribute("data-externo") || a.getAttribute("target")) { return; }
      var url = new URL(a.getAttribute("href"), location.href);
      if (url.origin !== location.origin || /^\/(api|files)\//.test(url.pathname) ||
          (url.pathname + "/").indexOf(C.base) !== 0) { return; }
      ev.preventDefault();
      history.pushState(null, "", url.pathname + url.search);
      mostrar();
    });
  } else {
    if (!location.hash) {
      history.replaceState(null, "", (C.modo === "hashbang" ? "#!" : "#") + "/");
    }
    window.addEventListener("hashchange", mostrar);
  }
  mostrar();
})();
"""


def _href(modo: str, base: str, route: str) -> str:
    """The address of an app route, as the bundle's ``enlace`` writes it."""
    if modo == "history":
        return base + route.lstrip("/")
    return ("#!" if modo == "hashbang" else "#") + route


def _route_regex(template: str) -> str:
    """The bundle's pattern for an item route ``template`` ("{id}" the record, "{slug}" a name)."""
    pattern = re.escape(template).replace(r"\{id\}", r"(\d+)").replace(r"\{slug\}", "[a-z0-9-]+")
    return f"^{pattern}$"


def _shell(kind: str, title: str, noscript: str, js: str, css: str) -> str:
    """The app shell the server answers: Vue CLI's, AngularJS's, Create React App's or Vite's."""
    if kind == "vue":
        return (
            '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta '
            'http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" '
            'content="width=device-width,initial-scale=1.0"><link rel="icon" href="/favicon.ico">'
            f'<title>{_e(title)}</title><link href="{css}" rel="preload" as="style"><link '
            f'href="{js}" rel="preload" as="script"><link href="{css}" rel="stylesheet"></head>'
            f'<body><noscript><strong>{_e(noscript)}</strong></noscript><div id="app"></div>'
            f'<script src="{js}"></script></body></html>'
        )
    if kind == "angular":
        return (
            '<!DOCTYPE html><html lang="es" ng-app="transparencia"><head><meta charset="utf-8">'
            f'<title>{_e(title)}</title><link rel="stylesheet" href="{css}"></head><body>'
            f"<noscript><strong>{_e(noscript)}</strong></noscript>"
            '<div class="container"><div id="vista" ng-view></div></div>'
            f'<script src="{js}"></script></body></html>'
        )
    if kind == "cra":
        return (
            '<!doctype html><html lang="es"><head><meta charset="utf-8"/><link rel="icon" '
            'href="/favicon.ico"/><meta name="viewport" content="width=device-width,'
            'initial-scale=1"/><meta name="theme-color" content="#000000"/>'
            f'<title>{_e(title)}</title><script defer="defer" src="{js}"></script><link '
            f'href="{css}" rel="stylesheet"></head><body><noscript>{_e(noscript)}</noscript>'
            '<div id="root"></div></body></html>'
        )
    return (
        '<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"><link rel="icon" '
        'href="/favicon.ico"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f'<title>{_e(title)}</title><script type="module" crossorigin src="{js}"></script><link '
        f'rel="stylesheet" crossorigin href="{css}"></head><body><noscript>{_e(noscript)}'
        '</noscript><div id="app"></div></body></html>'
    )


def _spa(
    items: list[Item],
    today: dt.date,
    draw: st.DrawFn,
    portal: ExamPortal,
    *,
    layout: str,
    routing: str,
    cards: bool,
    buttons: bool,
) -> Routes:
    """A single-page application (``routing``: "hash" or "history") publishing the items; its
    shell, bundle and pages are finished by ``_finish`` after the generator's noise."""
    whole = draw(st.booleans())
    mount = "/" if whole else "/transparencia/"
    if routing == "hash":
        kind = draw(st.sampled_from(["vue", "angular"]))
        modo = "hashbang" if kind == "angular" else "hash"
    else:
        kind = draw(st.sampled_from(["cra", "vite"]))
        modo = "history"
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    name = _s("site", "name").format(town=town)
    app_name = str(draw(st.sampled_from(_w("site", "app_name"))))
    menu = str(draw(st.sampled_from(_w("site", "menu"))))
    index_title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    delay = draw(st.sampled_from([0.0, 0.0, 0.3, 0.8]))
    show_dates = draw(st.booleans())
    docs_style = "botones" if buttons else draw(st.sampled_from(["lista", "tabla"]))
    lag = draw(st.integers(2, 15))
    ids_are_numerals = draw(st.booleans())
    next_id = draw(st.integers(11, 300))
    if modo == "history":
        api_index, api_item, api_page = draw(
            st.sampled_from(
                [
                    ("/api/numerales", "/api/numerales/{id}", "/api/paginas/{slug}"),
                    (
                        "/api/v1/transparencia/numerales",
                        "/api/v1/transparencia/numerales/{id}",
                        "/api/v1/paginas/{slug}",
                    ),
                ]
            )
        )
        index_route = (
            draw(st.sampled_from(["/transparencia", "/informacion-publica"])) if whole else "/"
        )
        # "numeral-N" only where the record is the numeral; a record id goes elsewhere.
        tails = (
            ["/numeral-{id}", "/{id}-{slug}"] if ids_are_numerals else ["/detalle/{id}", "/{id}"]
        )
        tail = draw(st.sampled_from(tails))
        item_route = (index_route.rstrip("/") + tail) if whole else tail
        if item_route == "/{id}":
            item_route = "/detalle/{id}"
    else:
        api_index, api_item, api_page = draw(
            st.sampled_from(
                [
                    (
                        "/api/numerales.php",
                        "/api/numeral.php?id={id}",
                        "/api/pagina.php?slug={slug}",
                    ),
                    (
                        "/api/index.php?r=numerales",
                        "/api/index.php?r=numeral&id={id}",
                        "/api/index.php?r=pagina&slug={slug}",
                    ),
                ]
            )
        )
        index_route = "/transparencia" if whole else "/"
        if ids_are_numerals:
            item_route = draw(st.sampled_from(["/numeral/{id}", "/transparencia/numeral/{id}"]))
        else:
            item_route = draw(st.sampled_from(["/informacion/{id}", "/transparencia/detalle/{id}"]))
    fallback = ""
    if modo == "history":
        fallback = "app+files" if whole and draw(st.booleans()) else "app"
    hexa = hex_digits(draw, 8)
    if kind == "vue":
        js, css = f"{mount}js/app.{hexa}.js", f"{mount}css/app.{hexa}.css"
        noscript = _s("app", "noscript_vue").format(app=app_name)
    elif kind == "angular":
        js = f"{mount}js/app.js?v=1.{draw(st.integers(0, 9))}.{draw(st.integers(0, 20))}"
        css = f"{mount}css/estilos.css"
        noscript = _s("app", "noscript_app")
    elif kind == "cra":
        js, css = f"{mount}static/js/main.{hexa}.js", f"{mount}static/css/main.{hexa}.css"
        noscript = _s("app", "noscript_cra")
    else:
        js, css = f"{mount}assets/index-{hexa}.js", f"{mount}assets/index-{hexa}.css"
        noscript = str(
            draw(st.sampled_from([_s("app", "noscript_app"), _s("app", "noscript_blade")]))
        )
    routes: Routes = {}
    routes[css.split("?")[0]] = Resource(_CSS_TEXT.encode(), content_type=_CSS)
    entries = []
    for item in _present(items):
        if ids_are_numerals:
            rid = item.numeral
        else:
            next_id += draw(st.integers(1, 3))
            rid = next_id
        route = item_route.format(id=rid, slug=_slug(item.plain)[:40].strip("-") or "numeral")
        entries.append({"id": rid, "titulo": item.label, "ruta": route})
        documents = [
            {
                "nombre": doc.name,
                "url": _safe(doc.path),
                "fecha": uploaded(doc, today, lag + draw(st.integers(0, 5))).isoformat(),
            }
            for doc in item.docs
        ]
        record = {
            "id": rid,
            "titulo": item.label,
            "descripcion": item.law_text or None,
            "nota": item.phrase or None,
            "contenido": item.own_text or None,
            "actualizado": item.updated or None,
            "documentos": documents,
        }
        routes[api_item.format(id=rid)] = _api(record, delay)
    opening = _s("site", "opening").format(name=name)
    routes[api_index] = _api(
        {"titulo": index_title, "descripcion": opening, "numerales": entries}, delay
    )
    home, news, uip = _s("site", "home"), _s("site", "news"), _s("site", "uip")
    if whole:
        nav = [
            [home, "/", "app"],
            [menu, index_route, "app"],
            [news, "/noticias", "app"],
            [uip, "/unidad-de-informacion-publica", "app"],
        ]
        start: dict[str, Any] | None = {
            "titulo": name,
            "parrafos": [_s("site", "welcome")],
            "enlaces": [
                [index_title, index_route, "app"],
                [_s("site", "news_link"), "/noticias/obra-calle-principal", "app"],
            ],
        }
    else:
        nav = [
            [home, "/", "externo"],
            [menu, "/", "app"],
            [news, "/noticias/", "externo"],
            [uip, "/unidad-de-informacion-publica/", "externo"],
        ]
        start = None
        site = _Site(name, today)
        rows = "".join(
            f'<li><a href="{_e(h)}">{_e(t)}</a></li>'
            for t, h in [(home, "/"), (menu, mount), (news, "/noticias/"), (uip, _NOISE[0])]
        )
        site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
        _home(site, menu, mount)
        routes.update(site.routes)
    download = str(
        draw(
            st.sampled_from(
                _w("clickable" if buttons else "app", "buttons" if buttons else "download")
            )
        )
    )
    config: dict[str, Any] = {
        "modo": modo,
        "base": mount if modo == "history" else "/",
        "montaje": {"vue": "app", "angular": "vista", "cra": "root", "vite": "app"}[kind],
        "sitio": name,
        "menu": nav,
        "pie": _s("site", "footer").format(name=name),
        "api": {"indice": api_index, "numeral": api_item, "pagina": api_page},
        "rutas": {"indice": index_route, "numeral": _route_regex(item_route)},
        "paginas": {},
        "inicio": start,
        "tarjetas": cards,
        "documentos": docs_style,
        "fechas": show_dates,
        "textos": {
            "cargando": _s("app", "loading"),
            "error": _s("app", "error"),
            "sin_documentos": _s("app", "no_docs"),
            "no_encontrada": _s("app", "not_found_title"),
            "no_existe": _s("app", "not_found_text"),
            "volver": _s("app", "back_home"),
            "documento": _s("app", "doc_header"),
            "fecha": _s("app", "date_header"),
            "descargar": download,
            "publicado": _s("app", "published"),
        },
    }
    shell = _shell(kind, app_name, noscript, js, css)
    routes[mount] = Resource(shell.encode())
    _PENDING[id(portal)] = _App(
        modo, mount, whole, config, shell, js, api_page, delay, fallback=fallback
    )
    style = (
        f"{layout}/{kind}/{'sitio' if whole else 'subsitio'}/{docs_style}/"
        f"{'tarjetas' if cards else 'enlaces'}/"
        f"{'id=numeral' if ids_are_numerals else 'id=registro'}/"
        f"espera{delay}/{fallback or 'sin-fallback'}"
    )
    _notes(portal, items, style)
    return routes


def _main_of(body: bytes) -> tuple[str, str]:
    """The title and the content after it of a generated noise page's ``<main>``."""
    text = body.decode("utf-8")
    main = text.split("<main>", 1)[1].split("</main>", 1)[0]
    title = main.split("<h1>", 1)[1].split("</h1>", 1)[0]
    rest = main.split("</h1>", 1)[1]
    return title, rest


def _finish(portal: ExamPortal) -> Portal43:
    """Turn a pending application's noise pages into views, link the failing page from its home,
    and write its bundle and shell; every portal becomes a ``Portal43``."""
    values = {f.name: getattr(portal, f.name) for f in fields(portal)}
    app = _PENDING.pop(id(portal), None)
    if app is None:
        return Portal43(**values)
    routes = portal.routes
    config = app.config
    if app.whole:
        found = {path: routes.pop(path) for path in _NOISE if path in routes}
        for path, resource in found.items():
            title, html = _main_of(resource.body)
            for other in _NOISE:
                target = _href(app.modo, app.mount, other.rstrip("/"))
                html = html.replace(f'href="{other}"', f'href="{target}"')
            route = path.rstrip("/")
            api = app.page_api.format(slug=route.strip("/").replace("/", "-"))
            routes[api] = _api({"titulo": title, "html": html}, app.delay)
            config["paginas"][route] = api
        if _FAILING in routes:
            config["inicio"]["enlaces"].append([_s("site", "other_docs"), _FAILING, "externo"])
    bundle = _BUNDLE.replace("/*CONFIG*/null", json.dumps(config, ensure_ascii=False))
    routes[app.bundle_path] = Resource(bundle.encode("utf-8"), content_type=_JS)
    routes[app.mount] = Resource(app.shell.encode("utf-8"))
    return Portal43(**values, fallback=app.fallback, base=app.mount, shell=app.shell.encode())


# -- hash and history ------------------------------------------------------------------------------


def _hash(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    return _spa(
        items, today, draw, portal, layout="hash", routing="hash", cards=False, buttons=False
    )


def _history(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    return _spa(
        items, today, draw, portal, layout="history", routing="history", cards=False, buttons=False
    )


# -- loadmore --------------------------------------------------------------------------------------


def _lengthen(draw: st.DrawFn, item: Item, seen: set[str]) -> None:
    """Older documents of the item (earlier months, years or versions), failing like the rest
    when the item is broken: its newest document, and so its truth, stays what it was."""
    dated = [d.modified for d in item.docs if d.modified is not None]
    if not dated:
        return
    oldest = min(dated)
    broken = not any(d.ok for d in item.docs)
    numeral = item.numeral
    base = str(ITEMS[numeral]["labels"][0]["text"]).split(",")[0][:40]
    prefix = f"/files/{numeral:02d}"
    rhythm = item_rhythm(item)
    count = draw(st.integers(2, 8))
    extra: list[Doc] = []
    if rhythm == "monthly":
        pattern = str(draw(st.sampled_from([d["text"] for d in WORDING["documents"]["monthly"]])))
        pattern = pattern.replace("{numeral}", str(numeral))
        year, month = oldest.year, oldest.month
        for k in range(count):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            extra.append(_month_doc(base, year, month, prefix, 100 + k, pattern))
    elif rhythm == "yearly":
        pattern = str(draw(st.sampled_from([d["text"] for d in WORDING["documents"]["yearly"]])))
        for k in range(1, count + 1):
            name = _doc_name(pattern, base, oldest.year - k, None, numeral)
            extra.append(
                Doc(name, f"{prefix}/{_slug(name)}.pdf", True, dt.date(oldest.year - k, 1, 20))
            )
    else:
        for k in range(1, count + 1):
            name = f"{base} {oldest.year - k}"
            path = f"{prefix}/{_slug(name)}-{100 + k}.pdf"
            extra.append(Doc(name, path, True, dt.date(oldest.year - k, 3, 2)))
    for doc in extra:
        doc.ok = not broken
        doc.path = unique(doc.path, seen)
    item.docs.extend(extra)


_LOADMORE_JS = r"""(function () {
  var boton = document.getElementById("cargar-mas");
  if (!boton) { return; }
  var FORMATO = /*FORMATO*/"", FECHAS = /*FECHAS*/false, CONTADOR = /*CONTADOR*/"",
    CARGANDO = /*CARGANDO*/"";
  var lista = document.getElementById("lista-documentos");
  var contador = document.getElementById("contador-documentos");
  var texto = boton.textContent;
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  }
  function fila(d) {
    return '<li class="documento"><a href="' + esc(d.url) + '" target="_blank">' + esc(d.nombre) +
      "</a>" + (FECHAS ? ' <span class="fecha">' + esc(d.fecha) + "</span>" : "") + "</li>";
  }
  boton.addEventListener("click", function (ev) {
    ev.preventDefault();
    if (boton.getAttribute("aria-busy") === "true") { return; }
    var pagina = Number(boton.getAttribute("data-pagina"));
    var paginas = Number(boton.getAttribute("data-paginas"));
    var url = boton.getAttribute("data-url") + "?numeral=" + boton.getAttribute("data-numeral") +
      "&" + boton.getAttribute("data-param") + "=" + pagina;
    boton.setAttribute("aria-busy", "true");
    boton.textContent = CARGANDO;
    fetch(url).then(function (r) { return FORMATO === "json" ? r.json() : r.text(); })
      .then(function (d) {
        lista.insertAdjacentHTML("beforeend", FORMATO === "json" ?
          d.documentos.map(fila).join("") : d);
        if (contador) {
          contador.textContent = CONTADOR.replace("{shown}", String(lista.children.length))
            .replace("{total}", boton.getAttribute("data-total"));
        }
        if (pagina >= paginas) { boton.parentNode.removeChild(boton); return; }
        boton.setAttribute("data-pagina", String(pagina + 1));
        boton.removeAttribute("aria-busy");
        boton.textContent = texto;
      });
  });
})();
"""


def _loadmore(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, today, index)
    newest_first = draw(st.booleans())
    per_page = draw(st.integers(3, 5))
    fmt = draw(st.sampled_from(["fragmento", "json"]))
    endpoint, param = draw(
        st.sampled_from([("/api/documentos", "page"), ("/transparencia/documentos.php", "pagina")])
    )
    button_text = str(draw(st.sampled_from(_w("loadmore", "button"))))
    tag = draw(st.sampled_from(["button", "a"]))
    show_counter = draw(st.booleans())
    show_dates = draw(st.booleans())
    naming = draw(st.sampled_from(["numeral", "slug"]))
    lag = draw(st.integers(2, 15))
    seen = {doc.path for item in items for doc in item.docs}
    for item in _present(items):
        if item.docs:
            _lengthen(draw, item, seen)
    script = "/js/cargar-mas.js"
    counter = _s("loadmore", "counter")
    source = (
        _LOADMORE_JS.replace('/*FORMATO*/""', json.dumps(fmt))
        .replace("/*FECHAS*/false", json.dumps(show_dates))
        .replace('/*CONTADOR*/""', json.dumps(counter, ensure_ascii=False))
        .replace('/*CARGANDO*/""', json.dumps(_s("app", "loading"), ensure_ascii=False))
    )
    site.routes[script] = Resource(source.encode("utf-8"), content_type=_JS)

    def row(doc: Doc, when: str) -> str:
        date = f' <span class="fecha">{_e(when)}</span>' if show_dates else ""
        return (
            f'<li class="documento"><a href="{_e(doc.path)}" target="_blank">{_e(doc.name)}</a>'
            f"{date}</li>"
        )

    links = []
    where: dict[int, str] = {}
    slugs: set[str] = set()
    for item in _present(items):
        name = (
            f"numeral-{item.numeral}" if naming == "numeral" else _slug(item.plain)[:40].strip("-")
        )
        page = unique(f"{index}{name}/", slugs)
        links.append((item.label, page))
        docs = sorted(
            item.docs, key=lambda d: (d.modified or dt.date.min, d.name), reverse=newest_first
        )
        dates = {id(d): day_month_year(uploaded(d, today, lag)) for d in docs}
        chunks = [docs[i : i + per_page] for i in range(0, len(docs), per_page)]
        body = paragraphs(item_words(item))
        if docs:
            first = "".join(row(d, dates[id(d)]) for d in chunks[0])
            body += f'<ul id="lista-documentos" class="documentos">{first}</ul>'
            if show_counter and len(chunks) > 1:
                shown = counter.format(shown=len(chunks[0]), total=len(docs))
                body += f'<p class="contador" id="contador-documentos">{_e(shown)}</p>'
            if len(chunks) > 1:
                data = (
                    f'id="cargar-mas" data-url="{endpoint}" data-param="{param}" '
                    f'data-numeral="{item.numeral}" data-pagina="2" '
                    f'data-paginas="{len(chunks)}" data-total="{len(docs)}"'
                )
                if tag == "button":
                    control = (
                        f'<button type="button" class="btn btn-outline-primary" {data}>'
                        f"{_e(button_text)}</button>"
                    )
                else:
                    control = f'<a href="#" class="btn btn-link" {data}>{_e(button_text)}</a>'
                body += f'<p class="text-center">{control}</p><script src="{script}"></script>'
            for number, chunk in enumerate(chunks[1:], start=2):
                url = f"{endpoint}?numeral={item.numeral}&{param}={number}"
                if fmt == "fragmento":
                    fragment = "".join(row(d, dates[id(d)]) for d in chunk)
                    site.routes[url] = Resource(fragment.encode("utf-8"), content_type=_PHP_JSON)
                else:
                    rows = [{"nombre": d.name, "url": d.path, "fecha": dates[id(d)]} for d in chunk]
                    site.routes[url] = _api(
                        {"documentos": rows, "pagina": number, "total": len(docs)}, 0.0
                    )
            newest = max(range(len(docs)), key=lambda i: docs[i].modified or dt.date.min)
            where[item.numeral] = (
                f"{len(docs)}docs/la-mas-reciente-en-pagina-{newest // per_page + 1}"
            )
        elif _no_docs(item):
            body += f"<p>{_e(_s('app', 'no_docs'))}</p>"
        site.put(page, item.label, body, [(menu, index), (item.label, "")])
    rows_html = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    opening = f"<p>{_e(_s('site', 'opening').format(name=site.name))}</p>"
    title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    site.put(index, title, opening + f"<ul class='list-numerales'>{rows_html}</ul>", [(menu, "")])
    _home(site, menu, index)
    order = "recientes-primero" if newest_first else "antiguos-primero"
    for item in portal.items:
        portal.notes[item.numeral] = (
            f"loadmore/{fmt}/{order}/por-pagina-{per_page}/{tag}/"
            f"{where.get(item.numeral, 'sin-documentos')}/{item_rhythm(item)}"
        )
    return site.routes


# -- clickable -------------------------------------------------------------------------------------


# Vue 2 mounted on a server-printed in-DOM template: its compiler turns each @click into an event
# listener and drops the attribute (and v-cloak), so the rendered page keeps no address at all.
_VUE_JS = r"""(function () {
  var metodos = {
    ir: function (url) { window.location.href = url; },
    abrir: function (url) { window.open(url, "_blank"); }
  };
  var raiz = document.getElementById("app");
  if (!raiz) { return; }
  Array.prototype.forEach.call(raiz.querySelectorAll("*"), function (el) {
    var expr = el.getAttribute("@click");
    if (expr === null) { return; }
    el.removeAttribute("@click");
    var m = /^\s*(\w+)\('([^']*)'\)\s*$/.exec(expr);
    if (!m || !metodos[m[1]]) { return; }
    el.addEventListener("click", function (ev) { ev.preventDefault(); metodos[m[1]](m[2]); });
  });
  raiz.removeAttribute("v-cloak");
})();
"""

# jQuery-style delegation: cards carry data-href, buttons data-archivo.
_MAIN_JS = r"""document.addEventListener("DOMContentLoaded", function () {
  Array.prototype.forEach.call(document.querySelectorAll("[data-href]"), function (el) {
    el.addEventListener("click", function () {
      window.location.href = el.getAttribute("data-href");
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-archivo]"), function (el) {
    el.addEventListener("click", function () {
      window.open(el.getAttribute("data-archivo"), "_blank");
    });
  });
});
"""


def _clickable(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    mode = draw(st.sampled_from(["onclick", "vue", "datos", "spa"]))
    if mode == "spa":
        routing = draw(st.sampled_from(["hash", "history"]))
        return _spa(
            items,
            today,
            draw,
            portal,
            layout="clickable",
            routing=routing,
            cards=True,
            buttons=True,
        )
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, today, index)
    container = draw(st.sampled_from(["tarjetas", "lista"]))
    doc_call = draw(st.sampled_from(["window.open", "abrirArchivo"]))
    button = str(draw(st.sampled_from(_w("clickable", "buttons"))))
    show_dates = draw(st.booleans())
    naming = draw(st.sampled_from(["numeral", "slug"]))
    lag = draw(st.integers(2, 15))

    def go(path: str) -> str:
        path = _safe(path)
        if mode == "onclick":
            code = (
                f"location.href='{path}'"
                if container == "tarjetas"
                else f"window.location='{path}'"
            )
            return f'onclick="{code}" style="cursor: pointer;"'
        if mode == "vue":
            return f"@click=\"ir('{path}')\""
        return f'data-href="{path}" style="cursor: pointer;"'

    def opener(path: str) -> str:
        path = _safe(path)
        if mode == "onclick":
            if doc_call == "abrirArchivo":
                return f"onclick=\"abrirArchivo('{path}')\""
            return f"onclick=\"window.open('{path}')\""
        if mode == "vue":
            return f"@click=\"abrir('{path}')\""
        return f'data-archivo="{path}"'

    def wrap(html: str) -> str:
        if mode == "vue":
            return (
                "<style>[v-cloak]{display:none}</style>"
                f'<div id="app" v-cloak>{html}</div><script src="/js/app.js"></script>'
            )
        if mode == "datos":
            return html + '<script src="/js/main.js"></script>'
        if doc_call == "abrirArchivo":
            return (
                html + '<script>function abrirArchivo(url) { window.open(url, "_blank"); }</script>'
            )
        return html

    if mode == "vue":
        site.routes["/js/app.js"] = Resource(_VUE_JS.encode(), content_type=_JS)
    if mode == "datos":
        site.routes["/js/main.js"] = Resource(_MAIN_JS.encode(), content_type=_JS)
    cards = []
    slugs: set[str] = set()
    for item in _present(items):
        name = (
            f"numeral/{item.numeral}" if naming == "numeral" else _slug(item.plain)[:40].strip("-")
        )
        page = unique(f"{index}{name}/", slugs)
        if container == "tarjetas":
            cards.append(
                f'<div class="col-md-4 mb-3"><div class="card h-100" {go(page)}><div '
                f'class="card-body"><h5 class="card-title">{_e(item.label)}</h5></div></div></div>'
            )
        else:
            cards.append(f'<li class="list-group-item" {go(page)}>{_e(item.label)}</li>')
        body = paragraphs(item_words(item))
        if item.docs:
            head = f"<th>{_e(_s('app', 'doc_header'))}</th>"
            if show_dates:
                head += f"<th>{_e(_s('app', 'date_header'))}</th>"
            rows = ""
            for doc in item.docs:
                when = f"<td>{day_month_year(uploaded(doc, today, lag))}</td>" if show_dates else ""
                rows += (
                    f'<tr><td>{_e(doc.name)}</td>{when}<td><button type="button" '
                    f'class="btn btn-primary btn-sm" {opener(doc.path)}>{_e(button)}</button>'
                    "</td></tr>"
                )
            body += (
                f'<table class="table table-striped"><thead><tr>{head}<th></th></tr></thead>'
                f"<tbody>{rows}</tbody></table>"
            )
        elif _no_docs(item):
            body += f"<p>{_e(_s('app', 'no_docs'))}</p>"
        site.put(page, item.label, wrap(body), [(menu, index), (item.label, "")])
    if container == "tarjetas":
        listing = f'<div class="row">{"".join(cards)}</div>'
    else:
        listing = f'<ul class="list-group">{"".join(cards)}</ul>'
    opening = f"<p>{_e(_s('site', 'opening').format(name=site.name))}</p>"
    hint = f"<p>{_e(_s('clickable', 'hint'))}</p>"
    title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    site.put(index, title, opening + hint + wrap(listing), [(menu, "")])
    _home(site, menu, index)
    _notes(portal, items, f"clickable/{mode}/{container}/{doc_call if mode == 'onclick' else ''}")
    return site.routes


# -- the strategy ----------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "hash": _hash,
    "history": _history,
    "loadmore": _loadmore,
    "clickable": _clickable,
}


def portals(layout: str | None = None) -> st.SearchStrategy[Portal43]:
    """Exam 43 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_finish)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML (or the API's JSON) around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
