"""Sixty-eighth exam: four portal layouts whose theme is THE ITEMS' CONTENT FRAMED FROM THE PORTAL'S
OWN HOST, with the truth of every section.

Municipal sites often build the transparency section as a separate small application (a PHP app, an
older static site) and show it inside a page of their CMS: an ``<iframe>`` (sized by a script,
``loading="lazy"``, or a ``srcdoc`` placeholder with a link to the app), ``<object
type="text/html">`` / ``<embed>`` of an old page per item, a jQuery ``.load()`` placeholder per item
with a ``<noscript>`` link, a frameset kept from an older site. The framed pages are also reachable
directly; their relative links resolve against the frame's own address, not the outer page's
(documents linked ``../documentos/…`` from ``/laip/…``). Items (truth, labels, documents, dates,
phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is where the item's content is shown.
The portal's host is the only host served; the monitor never requests another.

Truth conventions (a careful citizen reading every page, frames included; how each item was laid
out is in ``portal.notes``):

* ``inline``: the item written on the CMS page itself (unframed): the generator's truth.
* ``framed``: the item's words and documents shown by the frame (the app's page, the embedded old
  page, the loaded fragment, the frameset's content page), its documents files of the portal's own
  host: the generator's truth (ok / outdated / broken / empty / not_applicable / own text).
* ``dead`` (drawn ``broken`` items only): the item is named (a row of the app's list, a heading of
  the CMS page, a link of the old site's menu) but the page that should show it answers 404 (the
  server's "Not Found" page inside the frame, or nothing loaded under the heading): its content is a
  dead address: ``broken``.
* ``vacio`` (drawn ``empty`` items only): the framed page shows the item's name (and the law's text
  where drawn) over an empty table "No hay registros para mostrar." / "No hay datos cargados por el
  momento ...": ``empty``.
* ``error``: the page that should show the item answers 500 with PHP's fatal error (a database
  connection failed): what it holds cannot be read: ``unknown``; and as the generator does when a
  page fails, every item found nowhere is then ``unknown``, not ``missing`` (the portal could not be
  read whole).
* ``carpeta``: the reverse, the CMS page frames ANOTHER host for the item (a Google Drive folder
  view, the entity's listing on GUATECOMPRAS): a page of another host that is not one document,
  its content only there: ``unknown`` (as exam 58, README "the item lives on another host").
* ``drive``: the CMS page frames each of the item's documents as a Google Drive file preview named
  by its words (the frame's ``title``, a caption above it): documents published on another host,
  dated by those words: the generator's truth (ok / outdated), as exam 58's ``hosted``.
* an item the site names nowhere is ``missing`` (``unknown`` when a page failed).

Wording and markup: ``wording.toml`` here (sources there). Layouts:

* ``iframe``: a WordPress page whose content is an ``<iframe>`` of a PHP app at ``/laip/`` (or
  ``/ipo/``, ``/transparencia-app/``): ``index.php`` lists the framed items "Numeral | Descripción |
  Ver", each leading (relative ``numeral.php?n=8`` / ``ver.php?id=8``, ``target="_self"`` or none)
  to the item's page (documents in a table with "Descargar", or by name), "Regresar" back and "Ir al
  sitio" ``target="_parent"``; the frame plain, lazy, sized by iframe-resizer, or a ``srcdoc``
  placeholder linking the app; some items written on the CMS page above or below the frame, the
  reverse frames there too.
* ``objeto``: a Joomla-like page of a heading per item, each item written there or shown by
  ``<object data="/laip/numeral-08.html" type="text/html">`` (with a fallback link) or ``<embed
  src=… type="text/html">`` of an old static page, or by frames of other hosts.
* ``carga``: an accordion of items whose panels are filled by jQuery ``.load('/ipo/numeral8.html')``
  (a fragment, or a whole old page ``' #contenido'``), with "Cargando…" and a ``<noscript>`` link,
  with or without an error callback ("No se pudo cargar la información: 404 Not Found"); some
  panels written in the page. The page's jQuery is a small stand-in implementing ``$(fn)``,
  ``.each``, ``.data``, ``.html`` and ``.load`` as jQuery does (ADAPTED: the library is not served).
* ``marcos``: the CMS page frames (or links) an older site's frameset (``index.htm``: a banner
  frame, a menu frame ``menu.htm`` whose links open in ``principal`` by ``<base target>`` or per
  link, the content frame); the menu also leads (``target="_top"``) to the new CMS pages of some
  items (unframed), and those pages frame other hosts for some.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
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
    _e,
    _present,
    item_words,
)

LAYOUTS = ("iframe", "objeto", "carga", "marcos")
EXAM68: dict[str, Any] = wording(__file__)
# iframe / marcos: a page per numeral holding the law's text; objeto: headings; carga: accordion.
_INNER = {"iframe": "joomla", "objeto": "wordpress", "carga": "accordion", "marcos": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_PROCUREMENT = {10, 11, 14, 16, 17, 19, 20, 22}
_B64 = string.ascii_letters + string.digits + "-_"
_OPENING: str = WORDING["article"]["opening"]["text"]


def _w(section: str, key: str) -> Any:
    return EXAM68[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _rng(draw: st.DrawFn) -> random.Random:
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_B64) for _ in range(length))


# -- how each item is published --------------------------------------------------------------------


@dataclass
class _Pub:
    item: Item
    how: str  # inline | framed | dead | vacio | error | carpeta | drive
    frames: list[tuple[Doc, str]] = field(default_factory=list)  # Drive previews (doc, address)
    system: tuple[str, str] | None = None  # (kind, framed address) of another host's page

    @property
    def in_frame(self) -> bool:
        return self.how in ("framed", "dead", "vacio", "error")


def _plan(items: list[Item], draw: st.DrawFn, rng: random.Random, inline: int) -> list[_Pub]:
    """How each present item is published, and its truth under the conventions above; ``inline``
    is the share (in %) of ordinary items written on the CMS page itself."""
    pubs: list[_Pub] = []
    failed = False
    for item in _present(items):
        pub = _Pub(item, "framed")
        roll = draw(st.integers(0, 11))
        current = bool(item.docs) and item.truth in ("ok", "outdated")
        if item.truth == "broken" and item.docs and roll < 5:
            pub.how = "dead"
        elif item.truth == "empty" and roll < 6:
            pub.how = "vacio"
            item.phrase = ""
        elif current and roll == 0 and not failed and draw(st.integers(0, 2)) == 0:
            pub.how = "error"
            failed = True
            item.docs, item.updated, item.truth = [], "", "unknown"
        elif current and roll == 1:
            pub.how = "carpeta"
            if item.numeral in _PROCUREMENT and draw(st.booleans()):
                url = str(_w("externo", "guatecompras_entity")).format(
                    ent=rng.randint(100, 999), tipo=rng.choice([1, 4, 5, 7])
                )
                pub.system = ("guatecompras", url)
            else:
                url = str(_w("externo", "drive_folder_embed")).format(id="1" + _token(rng, 32))
                pub.system = ("drive-carpeta", url)
            item.docs, item.updated, item.truth = [], "", "unknown"
        elif current and roll == 2:
            pub.how = "drive"
            pub.frames = [
                (doc, str(_w("externo", "drive_file_preview")).format(id="1" + _token(rng, 32)))
                for doc in item.docs
            ]
            item.docs = []
        elif draw(st.integers(0, 99)) < inline:
            pub.how = "inline"
        pubs.append(pub)
    if failed:
        for item in items:
            if item.truth == "missing":
                item.truth = "unknown"
    return pubs


def _move(pubs: list[_Pub], today: dt.date, draw: st.DrawFn, framed_root: str) -> None:
    """Give every own document the address its part of the site gives it: the CMS's uploads for
    items written on the CMS page, ``framed_root`` (the app's or old site's folder) for the rest."""
    lag = draw(st.integers(2, 12))
    rng = _rng(draw)
    seen: set[str] = set()
    for pub in pubs:
        for doc in pub.item.docs:
            stem = file_stem(doc.name)
            if pub.how == "inline":
                up = uploaded(doc, today, lag + rng.randint(0, 8))
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{stem}.pdf"
            else:
                path = f"{framed_root}/{pub.item.numeral:02d}/{stem}.pdf"
            doc.path = unique(path, seen)


def _notes(portal: ExamPortal, layout: str, pubs: list[_Pub]) -> None:
    for item in portal.items:
        portal.notes[item.numeral] = f"{layout}/{item_rhythm(item)}/ausente"
    for pub in pubs:
        item = pub.item
        detail = f"/{pub.system[0]}" if pub.system else ""
        count = len(item.docs) or len(pub.frames)
        portal.notes[item.numeral] = (
            f"{layout}/{item_rhythm(item)}/{pub.how}{detail}/{count} docs"
            + ("/texto-propio" if item.own_text else "")
        )


# -- the CMS site ----------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    index: str
    title: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, index: str) -> _Site:
    town = str(_pick(draw, "site", "towns"))
    title = str(_pick(draw, "site", "titles"))
    site = _Site(str(_w("site", "name")).format(town=town), index, title)
    links = [
        (str(_w("site", "home")), "/"),
        (title, index),
        ("Noticias", "/noticias/"),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul class="menu">{rows}</ul></nav>'
    return site


def _home(site: _Site) -> Routes:
    body = (
        f"<p>{_e(_w('site', 'welcome'))}</p>"
        f'<p><a href="{_e(site.index)}">{_e(site.title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body, None)
    return site.routes


def _paras(item: Item) -> str:
    return "".join(f"<p>{_e(t)}</p>" for t in item_words(item, law=True))


def _doc_list(docs: Sequence[Doc], href: Callable[[Doc], str], blank: bool = True) -> str:
    if not docs:
        return ""
    attrs = ' target="_blank"' if blank else ""
    rows = "".join(f'<li><a href="{_e(href(d))}"{attrs}>{_e(d.name)}</a></li>' for d in docs)
    return f"<ul>{rows}</ul>"


def _absolute(doc: Doc) -> str:
    return doc.path


def _dotted(doc: Doc) -> str:
    """The address written relative to a page one folder deep (``/laip/x.html``): ``../…``."""
    return ".." + doc.path


def _external(pub: _Pub, draw: st.DrawFn) -> str:
    """What the CMS page shows for an item framed from another host."""
    if pub.system is not None:
        lead = f"<p>{_e(_pick(draw, 'externo', 'lead'))}</p>" if draw(st.booleans()) else ""
        return (
            f'{lead}<iframe src="{_e(pub.system[1])}" style="width:100%; height:600px; border:0;"'
            ' loading="lazy"></iframe>'
        )
    parts = []
    for doc, url in pub.frames:
        frame = (
            f'<iframe src="{_e(url)}" title="{_e(doc.name)}" width="100%" height="480"'
            ' allow="autoplay"></iframe>'
        )
        if draw(st.booleans()):
            frame = f"<p><strong>{_e(doc.name)}</strong></p>{frame}"
        parts.append(frame)
    if pub.item.updated:
        parts.append(f"<p>{_e(pub.item.updated)}</p>")
    return "".join(parts)


def _error_pages(how: str, app: str) -> Resource | None:
    if how == "dead":
        return Resource(str(_w("errors", "not_found")).encode(), 404)
    if how == "error":
        return Resource(str(_w("errors", "server")).replace("{app}", app.strip("/")).encode(), 500)
    return None


def _none_row(draw: st.DrawFn, cols: int) -> str:
    return (
        f'<tr><td colspan="{cols}" class="text-center">{_e(_pick(draw, "app", "none"))}</td></tr>'
    )


# -- iframe: a PHP app in a frame ------------------------------------------------------------------

_RESIZER_HOST = (
    "/*! iFrame Resizer (iframeSizer.min.js ) - v4.2.11 - 2020-06-02 */\n"
    "window.iFrameResize=function(o,s){var f=document.querySelector(s);if(!f)return;"
    "f.addEventListener('load',function(){try{f.style.height="
    "f.contentWindow.document.body.scrollHeight+'px'}catch(e){}})};"
)
_RESIZER_GUEST = "/*! iFrame Resizer (iframeSizer.contentWindow.min.js) - v4.2.11 */\n"


def _app_page(title: str, app_title: str, town: str, menu: str, body: str, resizer: bool) -> bytes:
    guest = '<script src="js/iframeResizer.contentWindow.min.js"></script>' if resizer else ""
    html = (
        "<!DOCTYPE html><html lang='es'><head><meta charset='utf-8'>"
        f"<title>{_e(title)}</title><link rel='stylesheet' href='css/bootstrap.min.css'></head>"
        f"<body><div class='container'><div class='encabezado'><h1>{_e(app_title)}</h1>"
        f"<p>{_e(town)}</p></div>{menu}<div class='contenido'>{body}</div></div>{guest}"
        "</body></html>"
    )
    return html.encode("utf-8")


def _iframe(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(
        draw(
            st.sampled_from(
                [
                    "/transparencia/informacion-publica-de-oficio/",
                    "/index.php/transparencia/articulo-10",
                    "/informacion-publica/ley-de-acceso/",
                ]
            )
        )
    )
    site = _site(draw, index)
    app = str(draw(st.sampled_from(["/laip/", "/ipo/", "/transparencia-app/"])))
    rng = _rng(draw)
    pubs = _plan(items, draw, rng, draw(st.sampled_from([0, 0, 20, 35])))
    root = str(draw(st.sampled_from(["/documentos", "/archivos"])))
    _move(pubs, today, draw, root)
    href = _dotted if draw(st.booleans()) else _absolute
    script = str(draw(st.sampled_from(["numeral.php?n=", "ver.php?id="])))
    self_target = ' target="_self"' if draw(st.booleans()) else ""
    sizing = str(draw(st.sampled_from(["plain", "lazy", "resizer", "srcdoc"])))
    table_docs = draw(st.booleans())
    app_title = str(_pick(draw, "app", "title"))
    town = site.name
    head = list(_pick(draw, "app", "head"))
    see = str(_pick(draw, "app", "see"))
    link_label = draw(st.booleans())
    back = str(_pick(draw, "app", "back"))
    parent = str(_pick(draw, "app", "parent"))
    docs_head = list(_pick(draw, "app", "docs_head"))
    download = str(_pick(draw, "app", "download"))
    resizer = sizing == "resizer"
    menu_items = "".join(
        f'<li><a href="{h}"{self_target}>{_e(t)}</a></li>'
        for t, h in zip(
            _w("app", "menu"), ["index.php", "index.php", "solicitudes.php"], strict=True
        )
    )
    menu = (
        f'<ul class="nav nav-pills">{menu_items}'
        f'<li><a href="/" target="_parent">{_e(parent)}</a></li></ul>'
    )
    # The app's pages.
    rows = []
    lag = draw(st.integers(1, 9))
    for pub in pubs:
        if not pub.in_frame:
            continue
        item = pub.item
        path = f"{app}{script}{item.numeral}"
        rel = f"{script}{item.numeral}"
        shown = item.label if link_label else see
        rows.append(
            f"<tr><td>{item.numeral}</td><td>{_e(item.label if not link_label else item.plain)}"
            f'</td><td><a href="{_e(rel)}"{self_target}>{_e(shown)}</a></td></tr>'
        )
        failing = _error_pages(pub.how, app)
        if failing is not None:
            site.routes[path] = failing
            continue
        if table_docs or pub.how == "vacio":
            trs = "".join(
                f"<tr><td>{_e(d.name)}</td><td>{_e(day_month_year(uploaded(d, today, lag)))}</td>"
                f'<td><a href="{_e(href(d))}" target="_blank">{_e(download)}</a></td></tr>'
                for d in item.docs
            )
            if not item.docs and (pub.how == "vacio" or not item_words(item, law=False)):
                trs = _none_row(draw, 3)
            ths = "".join(f"<th>{_e(h)}</th>" for h in docs_head)
            docs = f'<table class="table table-bordered"><tr>{ths}</tr>{trs}</table>'
        else:
            docs = _doc_list(item.docs, href)
        body = (
            f"<h2>{_e(item.label)}</h2>{_paras(item)}{docs}"
            f'<p><a href="index.php"{self_target}>{_e(back)}</a></p>'
        )
        site.routes[path] = Resource(_app_page(item.label, app_title, town, menu, body, resizer))
    ths = "".join(f"<th>{_e(h)}</th>" for h in head)
    listing = (
        f"<h2>{_e(_w('site', 'subtitle'))}</h2><p>{_e(_OPENING)}</p>"
        f'<table class="table table-striped"><thead><tr>{ths}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    site.routes[f"{app}index.php"] = Resource(
        _app_page(app_title, app_title, town, menu, listing, resizer)
    )
    site.routes[f"{app}solicitudes.php"] = Resource(
        _app_page(app_title, app_title, town, menu, f"<p>{_e(_w('site', 'welcome'))}</p>", resizer)
    )
    if resizer:
        site.routes[f"{app}js/iframeResizer.contentWindow.min.js"] = Resource(
            _RESIZER_GUEST.encode(), content_type="application/javascript"
        )
    # The CMS page.
    src = f"{app}index.php"
    if sizing == "plain":
        frame = (
            f'<iframe id="laip" src="{src}" width="100%" height="1800" frameborder="0"'
            ' scrolling="auto"></iframe>'
        )
    elif sizing == "lazy":
        frame = (
            f'<iframe src="{src}" loading="lazy" title="{_e(site.title)}"'
            ' style="width:100%;height:2400px;border:0"></iframe>'
        )
    elif sizing == "resizer":
        frame = (
            "<style>iframe{width: 1px;min-width: 100%;}</style>"
            f'<iframe id="frame-laip" src="{src}" scrolling="no" frameborder="0"></iframe>'
            '<script src="/wp-content/plugins/iframe/js/iframeResizer.min.js"></script>'
            "<script>iFrameResize({log:false, checkOrigin:false}, '#frame-laip')</script>"
        )
        site.routes["/wp-content/plugins/iframe/js/iframeResizer.min.js"] = Resource(
            _RESIZER_HOST.encode(), content_type="application/javascript"
        )
    else:
        placeholder = (
            "<style>body{font-family:sans-serif;text-align:center;padding-top:4em}</style>"
            f'<a href="{src}">{_e(_pick(draw, "app", "srcdoc"))}</a>'
        )
        frame = (
            f'<iframe src="{src}" srcdoc="{_e(placeholder)}" loading="lazy"'
            ' style="width:100%;height:2000px;border:0"></iframe>'
        )
    if draw(st.booleans()):
        frame += f'<p><a href="{src}" target="_blank">{_e(_pick(draw, "site", "fallback"))}</a></p>'
    written = []
    for pub in pubs:
        item = pub.item
        if pub.how == "inline":
            written.append(
                f'<h3 class="wp-block-heading">{_e(item.label)}</h3>{_paras(item)}'
                + _doc_list(item.docs, _absolute)
            )
        elif pub.how in ("carpeta", "drive"):
            written.append(
                f'<h3 class="wp-block-heading">{_e(item.label)}</h3>{_paras(item)}'
                + _external(pub, draw)
            )
    before = draw(st.booleans())
    content = (
        f"<p>{_e(_w('site', 'subtitle'))}</p>"
        + ("".join(written) if before else "")
        + frame
        + ("" if before else "".join(written))
    )
    site.put(index, site.title, f'<div class="entry-content">{content}</div>', [(site.title, "")])
    _notes(portal, f"iframe-{sizing}", pubs)
    return _home(site)


# -- objeto: <object> / <embed> of an old page per item --------------------------------------------


def _old_page(title: str, body: str) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>{_e(title)}</title></head><body bgcolor="#FFFFFF"><font face="Arial">{body}'
        "</font></body></html>"
    )
    return html.encode("utf-8")


def _objeto(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(
        draw(
            st.sampled_from(
                ["/index.php/transparencia/informacion-publica", "/transparencia/ley-de-acceso/"]
            )
        )
    )
    site = _site(draw, index)
    old = str(draw(st.sampled_from(["/laip/", "/sitio2015/", "/ipo/"])))
    naming = str(draw(st.sampled_from(["numeral-{n:02d}.html", "num{n}.htm"])))
    rng = _rng(draw)
    pubs = _plan(items, draw, rng, draw(st.sampled_from([0, 15, 30])))
    _move(pubs, today, draw, "/documentos")
    href = _dotted if draw(st.booleans()) else _absolute
    prefer = str(draw(st.sampled_from(["object", "embed", "mixed"])))
    repeat = draw(st.booleans())  # the old page repeats the item's name
    tag = str(draw(st.sampled_from(["h2", "h3"])))
    old_title = str(_pick(draw, "objeto", "old_title"))
    parts = [f"<p>{_e(_w('site', 'subtitle'))}</p><p>{_e(_OPENING)}</p>"]
    kinds = []
    for pub in pubs:
        item = pub.item
        head = f"<{tag}>{_e(item.label)}</{tag}>"
        if pub.how == "inline":
            parts.append(head + _paras(item) + _doc_list(item.docs, _absolute))
            continue
        if pub.how in ("carpeta", "drive"):
            parts.append(head + _external(pub, draw))
            continue
        path = old + naming.format(n=item.numeral)
        kind = prefer if prefer != "mixed" else str(draw(st.sampled_from(["object", "embed"])))
        kinds.append(kind)
        height = draw(st.sampled_from([300, 400, 600]))
        if kind == "object":
            fallback = str(_pick(draw, "objeto", "fallback")).format(href=_e(path))
            shown = (
                f'<object data="{_e(path)}" type="text/html" width="100%" height="{height}">'
                f"<p>{fallback}</p></object>"
            )
        else:
            shown = f'<embed src="{_e(path)}" type="text/html" width="100%" height="{height}">'
        parts.append(head + shown)
        failing = _error_pages(pub.how, old)
        if failing is not None:
            site.routes[path] = failing
            continue
        name = f"<p><b><font size='4'>{_e(item.label)}</font></b></p>" if repeat else ""
        if pub.how == "vacio":
            docs = f"<table border='1' width='100%'>{_none_row(draw, 1)}</table>"
        else:
            docs = _doc_list(item.docs, href)
        site.routes[path] = Resource(_old_page(old_title, name + _paras(item) + docs))
    body = f'<div class="item-page"><div itemprop="articleBody">{"".join(parts)}</div></div>'
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, f"objeto-{prefer}", pubs)
    return _home(site)


# -- carga: jQuery .load placeholders --------------------------------------------------------------

# A stand-in for jQuery 3 (the real library is not served on loopback): $(fn), $(selector), .each,
# .data, .attr, .html and .load(url[, callback]) with the " #selector" form, as jQuery behaves
# (the content replaced only on success; the callback gets (responseText, status, xhr)).
_JQUERY = r"""/*! jQuery stand-in: $(fn) .each .data .attr .html .load */
(function(w){
function Q(n){this.n=n;this.length=n.length;}
Q.prototype.each=function(f){this.n.forEach(function(e,i){f.call(e,i,e);});return this;};
Q.prototype.data=function(k){var e=this.n[0];return e?e.getAttribute('data-'+k):undefined;};
Q.prototype.attr=function(k){var e=this.n[0];return e?e.getAttribute(k):undefined;};
Q.prototype.html=function(h){this.n.forEach(function(e){e.innerHTML=h;});return this;};
Q.prototype.load=function(u,cb){var self=this,p=u.indexOf(' '),sel=null;
 if(p>=0){sel=u.slice(p+1).trim();u=u.slice(0,p);}
 var x=new XMLHttpRequest();x.open('GET',u);x.onreadystatechange=function(){
  if(x.readyState!==4)return;var ok=x.status>=200&&x.status<300,t=x.responseText;
  if(ok){var h=t;if(sel){var d=document.createElement('div');d.innerHTML=t;
   var f=d.querySelector(sel);h=f?f.outerHTML:'';}
   self.n.forEach(function(e){e.innerHTML=h;});}
  if(cb){self.n.forEach(function(e){cb.call(e,t,ok?'success':'error',x);});}};
 x.send();return this;};
function $(a){if(typeof a==='function'){if(document.readyState!=='loading')a();
 else document.addEventListener('DOMContentLoaded',a);return;}
 if(typeof a==='string')return new Q(Array.prototype.slice.call(document.querySelectorAll(a)));
 return new Q([a]);}
w.$=w.jQuery=$;})(window);
"""


def _carga(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = str(draw(st.sampled_from(["/transparencia/", "/informacion-publica-de-oficio/"])))
    site = _site(draw, index)
    frag = "/ipo/"
    rng = _rng(draw)
    pubs = _plan(items, draw, rng, draw(st.sampled_from([0, 20, 40])))
    _move(pubs, today, draw, "/ipo/archivos")
    href = _dotted if draw(st.booleans()) else _absolute  # "../ipo/…": the same from both pages
    whole = draw(st.booleans())  # full old pages cut by " #contenido", or bare fragments
    script_style = str(draw(st.sampled_from(["each", "per-item"])))
    on_error = draw(st.booleans())
    style = str(draw(st.sampled_from(["accordion-title", "elementor-tab-title", "panel-heading"])))
    loading = str(_pick(draw, "carga", "loading"))
    noscript_words = str(_pick(draw, "carga", "noscript"))
    panels = []
    calls = []
    for pub in pubs:
        item = pub.item
        if pub.how == "inline":
            inner = _paras(item) + _doc_list(item.docs, _absolute)
        elif pub.how in ("carpeta", "drive"):
            inner = _external(pub, draw)
        else:
            path = f"{frag}numeral{item.numeral}.html"
            box = f"contenido-{item.numeral}"
            inner = (
                f'<div id="{box}" class="laip-contenido" data-url="{_e(path)}">'
                f"<p>{_e(loading)}</p></div>"
                f'<noscript><a href="{_e(path)}">{_e(noscript_words)}</a></noscript>'
            )
            target = f"{path} #contenido" if whole else path
            calls.append((box, target))
            failing = _error_pages(pub.how, "ipo")
            if failing is not None:
                site.routes[path] = failing
            else:
                if pub.how == "vacio":
                    docs = f"<p>{_e(_pick(draw, 'app', 'none'))}</p>"
                else:
                    docs = _doc_list(item.docs, href)
                content = f'<div id="contenido">{_paras(item)}{docs}</div>'
                if whole:
                    body = (
                        f"<div id='menu'><a href='/'>{_e(_w('site', 'home'))}</a></div>{content}"
                        f"<div id='pie'>{_e(site.name)}</div>"
                    )
                    site.routes[path] = Resource(_old_page(item.label, body))
                else:
                    site.routes[path] = Resource(content.encode("utf-8"))
        panels.append(
            f'<div class="item"><div class="{style}"><a href="#tab-{item.numeral}">'
            f"{_e(item.label)}</a></div>"
            f'<div class="panel-body" id="tab-{item.numeral}">{inner}</div></div>'
        )
    error = str(_w("carga", "error"))
    callback = ""
    if on_error:
        callback = (
            ', function(r, status, xhr){ if (status == "error") { $(this).html('
            + f"\"<p class='error'>{error}\""
            + ' + xhr.status + " " + xhr.statusText + "</p>"); } }'
        )
    if script_style == "each":
        suffix = " + ' #contenido'" if whole else ""
        js = (
            "$(function(){ $('.laip-contenido').each(function(){ "
            f"$(this).load($(this).data('url'){suffix}{callback}); }}); }});"
        )
    else:
        lines = [f"$('#{box}').load('{target}'{callback});" for box, target in calls]
        js = "$(function(){ " + " ".join(lines) + " });"
    site.routes["/wp-includes/js/jquery/jquery.min.js"] = Resource(
        _JQUERY.encode(), content_type="application/javascript"
    )
    body = (
        f"<p>{_e(_w('site', 'subtitle'))}</p><p>{_e(_OPENING)}</p>"
        f'<div class="accordion">{"".join(panels)}</div>'
        '<script src="/wp-includes/js/jquery/jquery.min.js"></script>'
        f"<script>{js}</script>"
    )
    site.put(index, site.title, body, [(site.title, "")])
    _notes(portal, f"carga-{'pagina' if whole else 'fragmento'}-{script_style}", pubs)
    return _home(site)


# -- marcos: an older site's frameset --------------------------------------------------------------


def _marcos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = "/transparencia/"
    site = _site(draw, index)
    old = str(draw(st.sampled_from(["/laip/", "/sitioanterior/", "/portal2015/"])))
    rng = _rng(draw)
    pubs = _plan(items, draw, rng, draw(st.sampled_from([0, 20, 40])))
    _move(pubs, today, draw, "/documentos")
    href = _dotted if draw(st.booleans()) else _absolute
    base_target = draw(st.booleans())
    banner = draw(st.booleans())
    shown = str(draw(st.sampled_from(["iframe", "enlace"])))
    links = []
    for pub in pubs:
        item = pub.item
        if pub.in_frame:
            page = f"numeral{item.numeral:02d}.htm"
            path = old + page
            target = "" if base_target else ' target="principal"'
            links.append(f'<a href="{page}"{target}>{_e(item.label)}</a><br>')
            failing = _error_pages(pub.how, old)
            if failing is not None:
                site.routes[path] = failing
                continue
            if pub.how == "vacio":
                docs = f"<table border='1' width='100%'>{_none_row(draw, 1)}</table>"
            else:
                docs = _doc_list(item.docs, href)
            body = (
                f'<p align="center"><u><font size="4"><b>{_e(item.label)}</b></font></u></p>'
                f"{_paras(item)}{docs}"
            )
            site.routes[path] = Resource(_old_page(item.label, body))
        else:
            path = f"{index}numeral-{item.numeral}/"
            links.append(f'<a href="{path}" target="_top">{_e(item.label)}</a><br>')
            if pub.how == "inline":
                inner = _paras(item) + _doc_list(item.docs, _absolute)
            else:
                inner = _paras(item) + _external(pub, draw)
            site.put(path, item.label, inner, [(site.title, index), (item.label, "")])
    base = '<base target="principal">' if base_target else ""
    menu = (
        f'<html><head><meta charset="utf-8">{base}<title>Menu</title></head>'
        f'<body bgcolor="#E8F0F8"><font face="Arial" size="2">'
        f"<p><b>{_e(_pick(draw, 'marcos', 'menu_title'))}</b></p>{''.join(links)}"
        "</font></body></html>"
    )
    site.routes[old + "menu.htm"] = Resource(menu.encode("utf-8"))
    site.routes[old + "inicio.htm"] = Resource(
        _old_page(site.title, f"<p>{_e(_pick(draw, 'marcos', 'welcome'))}</p>")
    )
    noframes = str(_w("marcos", "noframes")).format(menu="menu.htm")
    noframes = f"<noframes><body><p>{noframes}</p></body></noframes>"
    columns = (
        '<frameset cols="230,*" frameborder="1">'
        '<frame name="menu" src="menu.htm" scrolling="auto" target="principal">'
        '<frame name="principal" src="inicio.htm" scrolling="auto">'
    )
    if banner:
        site.routes[old + "encabezado.htm"] = Resource(
            _old_page(site.name, f"<h2>{_e(site.name)}</h2><p>{_e(_w('site', 'subtitle'))}</p>")
        )
        frames = (
            '<frameset rows="100,*" frameborder="0">'
            '<frame name="encabezado" src="encabezado.htm" scrolling="no" noresize>'
            f"{columns}</frameset>{noframes}</frameset>"
        )
    else:
        frames = f"{columns}{noframes}</frameset>"
    frameset = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{_e(site.title)}</title></head>{frames}</html>"
    )
    site.routes[old + "index.htm"] = Resource(frameset.encode("utf-8"))
    src = old + "index.htm"
    if shown == "iframe":
        frame = (
            f'<iframe name="laip" src="{src}" width="100%" height="900" frameborder="0"></iframe>'
        )
    else:
        frame = f'<p><a href="{src}">{_e(_pick(draw, "marcos", "link"))}</a></p>'
    body = f"<p>{_e(_w('site', 'subtitle'))}</p><p>{_e(_OPENING)}</p>{frame}"
    site.put(index, site.title, f'<div class="entry-content">{body}</div>', [(site.title, "")])
    _notes(portal, f"marcos-{shown}{'-base' if base_target else ''}", pubs)
    return _home(site)


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "iframe": _iframe,
    "objeto": _objeto,
    "carga": _carga,
    "marcos": _marcos,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 68 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
