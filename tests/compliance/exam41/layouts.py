"""Forty-first exam: four portal layouts whose theme is DOCUMENTS SHOWN THROUGH VIEWER PLUGINS AND
EMBEDS, with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); what is new is how a document is put on the
page: not as a plain ``<a href>`` but through the markup of a viewer plugin, the document's address
sitting in a ``<div>``'s attribute, a JSON object (in an attribute or a ``<script>``, with PHP's
escaped slashes ``\\/`` or without), the query of a viewer's iframe (on the portal's own host, or
Google's document viewer on another host, the portal's own PDF in its ``url=``, percent-encoded or
not) or a lightbox's ``data-src``. Pages write the portal's own absolute address
(``http://127.0.0.1:<port>/…``, as WordPress does); ``server`` starts ``Server41``, which puts its
port there and answers a viewer page on the portal's host (pdf.js, whatever its query) as PHP and
static servers do. Every document is served at its address unless its item is drawn ``broken``
(the viewer then loads nothing: a 404); a viewer whose markup holds the address only in a form a
browser's address bar would not show (escaped JSON, a percent-encoded query) always has a plain
"Descargar" link beside it, others have one now and then. Captions (the document's name, or its
month under a year heading) are always visible: a citizen dates what a viewer shows by them.
Wording: ``wording.toml`` (sources there). Layouts:

* ``flipbook``: WordPress pages per item with flipbook plugins: dFlip 1.4 (``<div
  class="_df_book …" source=http://…pdf wpoptions=true >``, unquoted), DearFlip 2
  (``source="…"``, ``_df_thumb`` thumbnails and ``_df_button`` buttons whose text is the document's
  title, or a book made as a post whose ``source`` is in ``window.option_df_<id> = {…}`` with
  ``\\/``), Real3D Flipbook (``data-flipbook-options`` of escaped JSON, or a ``<script
  type="application/json" class="real3dflipbook-options">``, in normal or lightbox mode); the
  document's name as a heading or the thumbnail's text; on a third of the portals some documents
  have a "Descargar PDF" link, a File block or a button beside them (the escaped JSON ones
  always). Some items drawn ``empty`` hold a book left without a source.
* ``embedder``: one page of headings or pages per item, documents in PDF Embedder (``<a
  class="pdfemb-viewer" href=…>file-name<br/></a>`` or the older ``<div class="pdfemb-viewer"
  data-pdf-url=…>``), PDF.js Viewer (a fullscreen link and an iframe of
  ``/wp-content/plugins/pdfjs-viewer-shortcode/pdfjs/web/viewer.php?file=<the PDF>&…`` on the
  portal's host), Embed Any Document (``//docs.google.com/viewer?url=<percent-encoded PDF>`` iframes
  with the plugin's preloader "Abrir en una nueva pestaña", or older without it, or its browser
  viewer's ``data-pdf-src``), the Elementor "PDF Viewer" widget (a Google viewer iframe with the
  address not encoded) and the "Visionneuse PDF" widget (``data-settings`` JSON, empty iframe).
  Some items drawn ``empty`` show Embed Any Document's "No Url Found".
* ``lightbox``: an index of cards → a page per item whose documents are a grid of thumbnail cards
  opening the PDF in a lightbox: Fancybox (``data-fancybox data-type="iframe" data-src="…pdf"
  href="javascript:;"``), Magnific Popup (``class="mfp-iframe" href=…``) or GLightbox
  (``class="glightbox" data-type="external"``); a card's caption is its month (under a year
  heading, or "Octubre 2026"), or the document's name for yearly and other items.
* ``joomla``: a Joomla category list of articles, one per numeral (the law's text, then the
  documents): working embeds (``<object data=…pdf>`` with or without a fallback "Descargar PDF"
  link, ``<embed src>``, the "Embed Google Docs Viewer" plugin's iframe with a percent-encoded
  address, the "pdfviewer" plugin's pdf.js iframe or "Ver PDF" link on the portal's host) and
  plugin tags left as text by a disabled plugin (``{pdf=images/…|100%|600}``, ``{google_docs}…``,
  ``{pdfviewer file=… }``). A citizen sees only the tag's text: an item whose documents are ONLY
  such tags (one item in eight with documents; the tag alone, no title typed above it) shows no
  document, its truth is ``empty`` (whatever was drawn; the files uploaded for an item drawn ok /
  outdated are still on the server); with the document's title and a "Descargar" link beside the
  tag (another one in eight) the truth is as drawn. ``{phocapdf}`` (Phoca PDF's button, disabled)
  is left in some articles.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    exam_portal,
    file_stem,
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
    MESES,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("flipbook", "embedder", "lightbox", "joomla")
EXAM41: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: WordPress pages whose
# titles may be bare labels, or Joomla articles that print the law's text.
_INNER = {
    "flipbook": "wordpress",
    "embedder": "wordpress",
    "lightbox": "wordpress",
    "joomla": "joomla",
}
# Written where a page names the portal's own host; the server puts its port there when it starts.
PORT = "__PUERTO__"
ORIGIN = f"http://127.0.0.1:{PORT}"

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM41[section][key]["text"]


# -- the server ------------------------------------------------------------------------------------

# Mozilla's pdf.js viewer page as the plugins ship it (trimmed): the page a viewer iframe loads.
# It links no document; its script reads the file from the query.
_PDFJS_PAGE = (
    '<!DOCTYPE html>\n<html dir="ltr" mozdisallowselectionprint>\n<head>\n'
    '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1, '
    'maximum-scale=1">\n<meta name="google" content="notranslate">\n<title>PDF.js viewer</title>\n'
    '<link rel="stylesheet" href="viewer.css">\n<link rel="resource" type="application/l10n" '
    'href="locale/locale.properties">\n<script src="l10n.js"></script>\n'
    '<script src="../build/pdf.js"></script>\n<script src="viewer.js"></script>\n</head>\n'
    '<body tabindex="1" class="loadingInProgress">\n<div id="outerContainer">\n'
    '<div id="sidebarContainer"><div id="toolbarSidebar"><div class="splitToolbarButton toggled">'
    '<button id="viewThumbnail" class="toolbarButton toggled" title="Show Thumbnails" tabindex="2" '
    'data-l10n-id="thumbs"><span data-l10n-id="thumbs_label">Thumbnails</span></button>'
    '<button id="viewOutline" class="toolbarButton" title="Show Document Outline" tabindex="3" '
    'data-l10n-id="document_outline"><span data-l10n-id="document_outline_label">Document '
    "Outline</span></button></div></div>"
    '<div id="sidebarContent"><div id="thumbnailView"></div><div id="outlineView" '
    'class="hidden"></div></div></div>\n<div id="mainContainer">\n<div class="toolbar"><div '
    'id="toolbarContainer"><div id="toolbarViewer"><div id="toolbarViewerLeft">'
    '<button id="sidebarToggle" class="toolbarButton" title="Toggle Sidebar" tabindex="11" '
    'data-l10n-id="toggle_sidebar"><span data-l10n-id="toggle_sidebar_label">Toggle Sidebar</span>'
    '</button><button id="viewFind" class="toolbarButton" title="Find in Document" tabindex="12" '
    'data-l10n-id="findbar"><span data-l10n-id="findbar_label">Find</span></button>'
    '<input type="number" id="pageNumber" class="toolbarField pageNumber" title="Page" value="1" '
    'size="4" min="1" tabindex="15" data-l10n-id="page" autocomplete="off">'
    '<span id="numPages" class="toolbarLabel"></span></div><div id="toolbarViewerRight">'
    '<button id="print" class="toolbarButton print hiddenMediumView" title="Print" tabindex="33" '
    'data-l10n-id="print"><span data-l10n-id="print_label">Print</span></button>'
    '<button id="download" class="toolbarButton download hiddenMediumView" title="Download" '
    'tabindex="34" data-l10n-id="download"><span data-l10n-id="download_label">Download</span>'
    '</button><a href="#" id="viewBookmark" class="toolbarButton bookmark hiddenSmallView" '
    'title="Current view (copy or open in new window)" tabindex="35" data-l10n-id="bookmark">'
    '<span data-l10n-id="bookmark_label">Current View</span></a></div>'
    '<div id="toolbarViewerMiddle"><div class="splitToolbarButton"><button id="zoomOut" '
    'class="toolbarButton zoomOut" title="Zoom Out" tabindex="21" data-l10n-id="zoom_out"><span '
    'data-l10n-id="zoom_out_label">Zoom Out</span></button><button id="zoomIn" '
    'class="toolbarButton zoomIn" title="Zoom In" tabindex="22" data-l10n-id="zoom_in"><span '
    'data-l10n-id="zoom_in_label">Zoom In</span></button></div></div></div>'
    '<div id="loadingBar"><div class="progress"><div class="glimmer"></div></div></div>'
    "</div></div>\n"
    '<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div>\n'
    '<div id="errorWrapper" hidden=\'true\'><div id="errorMessageLeft"><span '
    'id="errorMessage"></span><button id="errorShowMore" data-l10n-id="error_more_info">More '
    "Information</button></div></div>\n</div>\n</div>\n</body>\n</html>\n"
)


def _viewer_paths() -> tuple[str, ...]:
    return (str(_w("embedder", "pdfjs_viewer")), str(_w("joomla", "pdfviewer_js")))


class Server41(ExamServer):
    """The exam's server as the portal's host answers: pages naming the portal's own address get
    the port the server listens on; a viewer page (pdf.js) answers whatever its query, as a PHP
    script or a static file does."""

    def __init__(self, routes: Routes, headers: dict[str, dict[str, str]]) -> None:
        super().__init__(routes, headers)
        port = self.url.rsplit(":", 1)[1].encode()
        fixed: dict[str, Resource] = {}
        for path, resource in self.routes.items():
            if PORT.encode() in resource.body:
                resource = dataclasses.replace(
                    resource, body=resource.body.replace(PORT.encode(), port)
                )
            fixed[path] = resource
        self.routes = fixed
        self.viewers = {path for path in _viewer_paths() if path in fixed}

    def _answer(self, handler: Any, *, head: bool) -> None:
        path = unquote(handler.path)
        base = path.split("?", 1)[0]
        if path not in self.routes and base in self.viewers:
            self.routes[path] = self.routes[base]
        super()._answer(handler, head=head)


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    return Server41(portal.routes, portal.headers)


# -- the site --------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, index: str) -> tuple[_Site, str]:
    """The municipality's site, its menu leading to ``index``, and the menu's word."""
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    site = _Site(str(_w("site", "name")).format(town=town))
    menu = str(draw(st.sampled_from(_w("site", "menu"))))
    links = [(str(_w("site", "home")), "/"), (menu, index), (str(_w("site", "news")), "/noticias/")]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site, menu


def _home(site: _Site, menu: str, index: str) -> None:
    """The home page (its ``</main>`` is where the generator's noise may add a link)."""
    main = (
        f'<p><a href="{_e(index)}">{_e(menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, main, None)


def _opening(site: _Site) -> str:
    return f"<p>{_e(str(_w('site', 'opening')).format(name=site.name))}</p>"


def _index(site: _Site, path: str, title: str, menu: str, links: Sequence[tuple[str, str]]) -> None:
    """The index page listing the items' pages."""
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.put(path, title, _opening(site) + f"<ul class='list-numerales'>{rows}</ul>", [(menu, "")])


@dataclass
class _File:
    """One document of the site: where it was put and what a viewer needs of it."""

    doc: Doc
    up: dt.date  # when it was uploaded
    size: int  # KB
    thumb: str = ""  # its preview picture (WordPress makes one per PDF)

    @property
    def url(self) -> str:
        return ORIGIN + self.doc.path

    @property
    def stem(self) -> str:
        return self.doc.path.rsplit("/", 1)[1].rsplit(".", 1)[0]


def _wp_files(items: list[Item], today: dt.date, draw: st.DrawFn, site: _Site) -> dict[int, _File]:
    """Every document put in WordPress's uploads (``/wp-content/uploads/<year>/<month>/``) with
    its preview picture; by ``id`` of the document."""
    lag = draw(st.integers(1, 12))
    seen: set[str] = set()
    out: dict[int, _File] = {}
    for item in _present(items):
        for doc in item.docs:
            up = uploaded(doc, today, lag + draw(st.integers(0, 6)))
            stem = file_stem(doc.name)
            path = str(_w("site", "uploads")).format(year=up.year, month=up.month, stem=stem)
            doc.path = unique(path, seen)
            f = _File(doc, up, draw(st.integers(60, 4800)))
            thumb = str(_w("site", "thumb")).format(year=up.year, month=up.month, stem=f.stem)
            f.thumb = ORIGIN + thumb
            site.routes[thumb] = Resource(b"\xff\xd8\xff\xe0 thumbnail", content_type="image/jpeg")
            out[id(doc)] = f
    return out


def _mb(size: int) -> str:
    return f"{size / 1024:.2f} MB" if size >= 1024 else f"{size:.2f} KB"


def _caption(tag: str, text: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(text)}</strong></p>"
    return f"<{tag}>{_e(text)}</{tag}>"


def _download(draw: st.DrawFn, f: _File) -> str:
    """A plain link to the document beside its viewer: a paragraph, a WordPress File block or an
    Elementor button."""
    kind = draw(st.sampled_from(["p", "file", "button"]))
    words = str(draw(st.sampled_from(_w("site", "download"))))
    if kind == "file":
        ident = f"wp-block-file--media-{hex_digits(draw, 8)}-{hex_digits(draw, 4)}"
        return (
            f'<div class="wp-block-file"><a id="{ident}" href="{_e(f.url)}">{_e(f.stem)}</a>'
            f'<a href="{_e(f.url)}" class="wp-block-file__button wp-element-button" download '
            f'aria-describedby="{ident}">{_e(str(_w("site", "file_button")))}</a></div>'
        )
    if kind == "button":
        return (
            '<div class="elementor-button-wrapper"><a class="elementor-button '
            f'elementor-button-link elementor-size-sm" href="{_e(f.url)}" target="_blank"><span '
            'class="elementor-button-content-wrapper"><span class="elementor-button-text">'
            f"{_e(words)}</span></span></a></div>"
        )
    return f'<p><a href="{_e(f.url)}" target="_blank" rel="noopener">{_e(words)}</a></p>'


def _php_json(value: Any) -> str:
    """PHP's ``json_encode``: slashes escaped, non-ASCII letters as ``\\u`` escapes."""
    return json.dumps(value, separators=(",", ":")).replace("/", "\\/")


def _wp_json(value: Any) -> str:
    """``wp_json_encode(…, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)``."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _element(draw: st.DrawFn, name: str, inner: str) -> str:
    """An Elementor widget's wrapper."""
    eid = hex_digits(draw, 7)
    return (
        f'<div class="elementor-element elementor-element-{eid} elementor-widget '
        f'elementor-widget-{name}" data-id="{eid}" data-element_type="widget" '
        f'data-widget_type="{name}.default"><div class="elementor-widget-container">{inner}'
        "</div></div>"
    )


def _note(portal: ExamPortal, item: Item, how: str) -> None:
    portal.notes[item.numeral] = f"{how}/{item_rhythm(item)}"


def _item_pages(
    site: _Site, items: list[Item], index: str, menu: str, body: Callable[[Item], str]
) -> list[tuple[str, str]]:
    """A page per present item under ``index`` (``body`` gives its content); the index's links."""
    links = []
    seen: set[str] = set()
    for item in _present(items):
        page = unique(f"{index}{_slug(item.plain)[:40]}/", seen)
        links.append((item.label, page))
        site.put(page, item.label, body(item), [(menu, index), (item.label, "")])
    return links


# -- flipbook --------------------------------------------------------------------------------------

_FLIPBOOK_KINDS = {
    "dflip": ("df14", "df2", "df2-post", "df2-thumb", "df2-button"),
    "real3d": ("r3d-attr", "r3d-json", "r3d-lightbox"),
}
# Markup that holds the document's address only with escaped slashes: a plain link goes beside it.
_ESCAPED = {"df2-post", "r3d-attr", "eac", "gdocs", "pdfviewer", "pdfviewer-link"}


def _flipbook(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, index)
    files = _wp_files(items, today, draw, site)
    plugins = draw(st.sampled_from([("dflip",), ("real3d",), ("dflip", "real3d")]))
    kinds = [k for p in plugins for k in _FLIPBOOK_KINDS[p]]
    tag = draw(st.sampled_from(["h3", "h4", "strong"]))
    beside = draw(st.sampled_from(["nunca", "nunca", "a-veces"]))
    r3d_version = str(draw(st.sampled_from(_w("flipbook", "r3d_versions"))))
    root = ORIGIN + str(_w("flipbook", "r3d_root"))

    def book(kind: str, f: _File) -> str:
        slug = _slug(f.doc.name)
        rand = draw(st.integers(10**8, 2 * 10**9))
        if kind == "df14":
            return (
                _caption(tag, f.doc.name)
                + f'<div class="_df_book df-container df-loading " id="df_rand{rand}"  '
                f"source={f.url} wpoptions=true ></div>"
            )
        if kind == "df2":
            return (
                _caption(tag, f.doc.name)
                + f'<div class="_df_book df-lite" id="df_rand{rand}"  data-title="{slug}" '
                f'wpoptions="true" thumbtype="" source="{_e(f.url)}" ></div>'
            )
        if kind == "df2-post":
            pid = draw(st.integers(100, 9000))
            post = {"source": f.url, "outline": [], "wpOptions": "true"}
            return (
                _caption(tag, f.doc.name)
                + f'<div class="_df_book df-lite" id="df_{pid}"  _slug="{slug}" '
                f'data-title="{slug}" wpoptions="true" thumbtype="" ></div>'
                '<script class="df-shortcode-script" '
                f'type="application/javascript">window.option_df_{pid} = {_php_json(post)}; '
                "if(window.DFLIP && window.DFLIP.parseBooks){window.DFLIP.parseBooks();}</script>"
            )
        if kind in ("df2-thumb", "df2-button"):
            which = kind.rsplit("-", 1)[1]
            thumb = (
                f'thumb="{_e(f.thumb)}" thumbtype="img" ' if which == "thumb" else 'thumbtype="" '
            )
            return (
                f'<div class="_df_{which}  " id="df_rand{rand}"  data-title="{slug}" '
                f'wpoptions="true" {thumb}source="{_e(f.url)}" >{_e(f.doc.name)}</div>'
            )
        book_id = f"{draw(st.integers(1, 60))}_{hex_digits(draw, 13)}"
        options: dict[str, Any] = {
            "pages": [],
            "pdfUrl": f.url,
            "mode": "lightbox" if kind == "r3d-lightbox" else "normal",
            "viewMode": "webgl",
            "name": f.doc.name,
        }
        if kind == "r3d-lightbox":
            options["lightboxThumbnailUrl"] = f.thumb
            options["lightboxText"] = f.doc.name
        options.update({"rootFolder": root, "version": r3d_version, "uniqueId": book_id})
        if kind == "r3d-attr":
            return (
                _caption(tag, f.doc.name)
                + f'<div class="real3dflipbook" id="{book_id}" style="position:absolute;" '
                f'data-flipbook-options="{html.escape(_php_json(options))}"></div>'
            )
        return (
            _caption(tag, f.doc.name)
            + f'<div class="real3dflipbook" id="{book_id}" style="position:absolute;"></div>'
            f'<script type="application/json" class="real3dflipbook-options" '
            f'data-book-id="{book_id}">{_wp_json(options)}</script>'
        )

    def body(item: Item) -> str:
        words = paragraphs(item_words(item))
        if not item.docs:
            if item.truth == "empty" and "dflip" in plugins and draw(st.integers(0, 3)) == 0:
                # [dflip] inserted without a file: an empty book, nothing to read.
                rand = draw(st.integers(10**8, 2 * 10**9))
                _note(portal, item, "flipbook/libro-sin-archivo")
                return words + (
                    f'<div class="_df_book df-lite" id="df_rand{rand}"  data-title="" '
                    'wpoptions="true" thumbtype="" ></div>'
                )
            _note(portal, item, "flipbook/sin-visor")
            return words
        kind = draw(st.sampled_from(kinds))
        parts = []
        plain = False
        for doc in item.docs:
            f = files[id(doc)]
            parts.append(book(kind, f))
            if (
                kind in _ESCAPED
                or beside == "siempre"
                or (beside == "a-veces" and draw(st.booleans()))
            ):
                parts.append(_download(draw, f))
                plain = True
        if kind in ("df2-thumb", "df2-button"):
            parts = [f'<div class="dflip-books">{"".join(parts)}</div>']
        _note(portal, item, f"flipbook/{kind}/{'con-enlace' if plain else 'sin-enlace'}")
        return words + "".join(parts)

    links = _item_pages(site, items, index, menu, body)
    _index(site, index, str(draw(st.sampled_from(_w("site", "index_titles")))), menu, links)
    _home(site, menu, index)
    return site.routes


# -- embedder --------------------------------------------------------------------------------------

_EMBEDDERS = ("pdfemb", "pdfemb-old", "pdfjs", "ead", "ead-old", "ead-browser", "el-pdf", "eac")


def _embedder(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/informacion-publica-de-oficio/", "/transparencia/"]))
    site, menu = _site(draw, index)
    files = _wp_files(items, today, draw, site)
    installed = draw(st.lists(st.sampled_from(_EMBEDDERS), min_size=2, max_size=4, unique=True))
    structure = draw(st.sampled_from(["una-pagina", "paginas"]))
    heading = draw(st.sampled_from(["h2", "h3"]))
    # A document's caption sits below the item's heading on a page of sections.
    below = ["h4", "strong"] if structure == "una-pagina" and heading == "h3" else ["h3", "h4"]
    tag = draw(st.sampled_from([*below, "strong"]))
    fullscreen = str(draw(st.sampled_from(_w("embedder", "fullscreen"))))
    viewer = str(_w("embedder", "pdfjs_viewer"))
    if "pdfjs" in installed:
        site.routes[viewer] = Resource(_PDFJS_PAGE.encode("utf-8"))
    icons = ORIGIN + str(_w("embedder", "ead_icons"))
    if {"ead", "ead-browser"} & set(installed):
        for icon in ("loading.svg", "EAD-logo.svg", "reload.svg", "open.svg"):
            site.routes[str(_w("embedder", "ead_icons")) + icon] = Resource(
                b'<svg xmlns="http://www.w3.org/2000/svg"/>', content_type="image/svg+xml"
            )

    def gview(f: _File) -> str:
        return f"//docs.google.com/viewer?url={quote(f.url, safe='')}&amp;embedded=true&amp;hl=es"

    def preloader(f: _File) -> str:
        return (
            '<div class="ead-document-loading" style="width:100%;height:100%;position:absolute;'
            'left:0;top:0;z-index:10;"><div class="ead-loading-wrap"><div class="ead-loading-main">'
            f'<div class="ead-loading"><img src="{icons}loading.svg" width="55" height="55" '
            f'alt="Loader"><span>{_e(str(_w("embedder", "ead_loading")))}</span></div></div>'
            '<div class="ead-loading-foot"><div class="ead-loading-foot-title">'
            f'<img src="{icons}EAD-logo.svg" alt="EAD Logo" width="36" height="23"/>'
            f"<span>{_e(str(_w('embedder', 'ead_slow')))}</span></div><p>"
            '<div class="ead-document-btn ead-reload-btn" role="button">'
            f'<img src="{icons}reload.svg" alt="Reload" width="12" height="12"/> '
            f"{_e(str(_w('embedder', 'ead_reload')))}</div><span>|</span>"
            f'<a href="{_e(f.url)}" class="ead-document-btn" target="_blank">'
            f'<img src="{icons}open.svg" alt="Open" width="12" height="12"/> '
            f"{_e(str(_w('embedder', 'ead_open')))}</a></div></div></div>"
        )

    def ead_download(f: _File) -> str:
        return (
            f'<p class="embed_download"><a href="{_e(f.url)}" download >'
            f"{_e(str(_w('embedder', 'ead_download')))} [{_mb(f.size)}] </a></p>"
        )

    def embed(kind: str, f: _File) -> str:
        caption = _caption(tag, f.doc.name)
        if kind == "pdfemb":
            # The link's text is the file's name (the plugin's title from the URL).
            head = caption if draw(st.booleans()) else ""
            return head + (
                f'<a href="{_e(f.url)}" class="pdfemb-viewer" style="" data-width="max" '
                'data-height="max"  data-toolbar="bottom" data-toolbar-fixed="off">'
                f"{_e(f.stem)}<br/></a>"
            )
        if kind == "pdfemb-old":
            return caption + (
                f'<div class="pdfemb-viewer" data-pdf-url="{_e(f.url)}" style="border:1px solid '
                'black; " data-width="max" data-height="auto"></div>'
            )
        if kind == "pdfjs":
            aid = draw(st.integers(200, 9000))
            final = (
                f"{ORIGIN}{viewer}?file={f.url}&attachment_id={aid}&dButton=true&pButton=true"
                "&oButton=false&sButton=true#zoom=auto&pagemode=none"
                f"&_wpnonce={hex_digits(draw, 10)}"
            )
            shown = final.replace("&", "&#038;")
            link = (
                f'<div class="pdfjs-fullscreen"><a href="{shown}" >{_e(fullscreen)}</a></div>'
                if draw(st.booleans())
                else ""
            )
            return (
                caption
                + link
                + (
                    f'<div><iframe width="100%" height="800px" src="{shown}" '
                    f'title="{_e(str(_w("embedder", "pdfjs_title")))}" class="pdfjs-iframe">'
                    "</iframe></div>"
                )
            )
        title = _e(str(_w("embedder", "ead_title")))
        if kind in ("ead", "ead-old"):
            style = "width: 100%;height: 100%;border: none;position: absolute;left: 0;top: 0;" + (
                "visibility: hidden;" if kind == "ead" else ""
            )
            frame = (
                f'<iframe src="{gview(f)}" title="{title}" class="ead-iframe" '
                f'style="{style}"></iframe>'
            )
            inner = (
                f'<div class="ead-iframe-wrapper">{frame}</div>{preloader(f)}'
                if kind == "ead"
                else frame
            )
            down = ead_download(f) if kind == "ead-old" or draw(st.booleans()) else ""
            return caption + (
                '<div class="ead-preview"><div class="ead-document" style="position: relative;'
                f'padding-top: 90%;">{inner}</div>{down}</div>'
            )
        if kind == "ead-browser":
            style = "position: relative;width: 100%;height: 100%;border: none;min-height: 500px;"
            frame = (
                f'<iframe src="{gview(f)}" title="{title}" class="ead-iframe" style="width: 100%;'
                'height: 100%;border: none;min-height: 500px;visibility: hidden;"></iframe>'
            )
            return caption + (
                f'<div class="ead-preview"><div class="ead-document" style="{style}" '
                f'data-pdf-src="{_e(f.url)}" data-viewer="browser"><div class="ead-iframe-wrapper">'
                f"{frame}</div>{preloader(f)}</div></div>"
            )
        if kind == "el-pdf":
            return caption + _element(
                draw,
                "pdf_viewer",
                f'<iframe src="https://docs.google.com/viewer?url={_e(f.url)}&amp;embedded=true" '
                'style="display: block; margin-left: auto; margin-right: auto; width: 640px; '
                'height: 1020px;" frameborder="1" marginheight="0px" marginwidth="0px" '
                "allowfullscreen></iframe>",
            )
        eid = hex_digits(draw, 7)
        settings = {
            "data_id": eid,
            "data_mobile": False,
            "data_url": f.url,
            "data_display": "iframe",
            "data_toolleft": True,
            "data_toolright": True,
            "data_download": True,
            "data_print": True,
            "data_zoom": "page-width",
        }
        return caption + _element(
            draw,
            "eac-addon-pdf-viewer",
            '<div class="eac-pdf-viewer"><input type="hidden" id="pdf_nonce" name="pdf_nonce" '
            f'value="{hex_digits(draw, 10)}" /><div class="fv-viewer__wrapper" id="{eid}" '
            f'data-settings="{html.escape(_php_json(settings))}"><div id="fv-viewer_loader-wheel" '
            f'class="eac__loader-spin"></div><iframe id="iframe-{eid}" '
            'class="fv-viewer__wrapper-iframe" src="" type="application/pdf"></iframe></div></div>',
        )

    def content(item: Item) -> str:
        words = paragraphs(item_words(item))
        if not item.docs:
            if item.truth == "empty" and "ead" in installed and draw(st.integers(0, 3)) == 0:
                _note(portal, item, "embedder/ead-sin-url")
                return words + f"<p>{_e(str(_w('embedder', 'ead_no_url')))}</p>"
            _note(portal, item, "embedder/sin-visor")
            return words
        kind = draw(st.sampled_from(installed))
        parts = []
        plain = False
        for doc in item.docs:
            f = files[id(doc)]
            parts.append(embed(kind, f))
            if kind in _ESCAPED or draw(st.integers(0, 3)) == 0:
                parts.append(_download(draw, f))
                plain = True
        _note(
            portal, item, f"embedder/{structure}/{kind}/{'con-enlace' if plain else 'sin-enlace'}"
        )
        return words + "".join(parts)

    if structure == "paginas":
        links = _item_pages(site, items, index, menu, content)
        title = str(draw(st.sampled_from(_w("site", "index_titles"))))
        _index(site, index, title, menu, links)
    else:
        sections = "".join(
            f"<{heading}>{_e(item.label)}</{heading}>{content(item)}" for item in _present(items)
        )
        title = str(draw(st.sampled_from(_w("site", "index_titles"))))
        site.put(index, title, _opening(site) + sections, [(menu, "")])
    _home(site, menu, index)
    return site.routes


# -- lightbox --------------------------------------------------------------------------------------


def _lightbox(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, index)
    files = _wp_files(items, today, draw, site)
    library = draw(st.sampled_from(["fancybox", "fancybox", "magnific", "glightbox"]))
    months = draw(st.sampled_from(["bajo-anio", "mes-anio"]))
    view = str(draw(st.sampled_from(_w("lightbox", "view"))))
    kind_label = str(_w("lightbox", "kind"))

    def opener(f: _File, caption: str, gallery: str, inner: str, css: str = "") -> str:
        cls = f' class="{css}"' if css else ""
        if library == "fancybox":
            return (
                f'<a data-fancybox="{gallery}" data-type="iframe" data-src="{_e(f.url)}" '
                f'data-caption="{_e(caption)}" href="javascript:;"{cls}>{inner}</a>'
            )
        if library == "magnific":
            return (
                f'<a class="mfp-iframe popup-pdf {css}" href="{_e(f.url)}" '
                f'data-mfp-title="{_e(caption)}">{inner}</a>'
            )
        return (
            f'<a href="{_e(f.url)}" class="glightbox {css}" data-type="external" '
            f'data-gallery="{gallery}" data-glightbox="title: {_e(caption)}">{inner}</a>'
        )

    def card(f: _File, caption: str, gallery: str) -> str:
        picture = f'<img class="card-img-top" src="{_e(f.thumb)}" alt="" loading="lazy">'
        button = ""
        if library == "fancybox" and draw(st.booleans()):
            button = opener(f, caption, gallery, _e(view), "btn btn-primary btn-sm")
        return (
            '<div class="col-6 col-md-3"><div class="card doc-card h-100">'
            + opener(f, caption, gallery, picture)
            + f'<div class="card-body"><h5 class="card-title">{_e(caption)}</h5>'
            f'<p class="card-text"><small class="text-muted">{kind_label} · {_mb(f.size)}</small>'
            f"</p>{button}</div></div></div>"
        )

    def content(item: Item) -> str:
        words = paragraphs(item_words(item))
        if not item.docs:
            _note(portal, item, "lightbox/sin-tarjetas")
            return words
        gallery = f"numeral-{item.numeral}"
        monthly = item_rhythm(item) == "monthly"
        if monthly and months == "bajo-anio":
            years: dict[int, list[str]] = {}
            for doc in item.docs:
                assert doc.modified is not None
                caption = MESES[doc.modified.month - 1]
                years.setdefault(doc.modified.year, []).append(
                    card(files[id(doc)], caption, gallery)
                )
            grid = "".join(
                f'<h3 class="anio">{year}</h3><div class="row g-3">{"".join(cards)}</div>'
                for year, cards in sorted(years.items(), reverse=True)
            )
        else:
            cards: list[str] = []
            for doc in item.docs:
                assert doc.modified is not None
                caption = (
                    f"{MESES[doc.modified.month - 1]} {doc.modified.year}" if monthly else doc.name
                )
                cards.append(card(files[id(doc)], caption, gallery))
            grid = f'<div class="row g-3">{"".join(cards)}</div>'
        _note(portal, item, f"lightbox/{library}/{months if monthly else 'nombre'}")
        return words + grid

    links = _item_pages(site, items, index, menu, content)
    # The index as a grid of cards too, one per item.
    rows = "".join(
        f'<div class="col-md-4"><div class="card"><div class="card-body"><h5 class="card-title">'
        f'<a href="{_e(h)}">{_e(t)}</a></h5></div></div></div>'
        for t, h in links
    )
    title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    site.put(index, title, _opening(site) + f'<div class="row">{rows}</div>', [(menu, "")])
    _home(site, menu, index)
    return site.routes


# -- joomla ----------------------------------------------------------------------------------------

_JOOMLA_WORKING = ("object", "object-bare", "embed", "gdocs", "pdfviewer", "pdfviewer-link")
_JOOMLA_TAGS = ("pdf", "gdocs", "pdfviewer")


def _joomla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    category = str(_w("joomla", "category"))
    site, menu = _site(draw, category)
    working = draw(st.lists(st.sampled_from(_JOOMLA_WORKING), min_size=1, max_size=3, unique=True))
    disabled = draw(st.sampled_from(_JOOMLA_TAGS))
    folder_by = draw(st.sampled_from(["anio", "numeral"]))
    phoca = draw(st.booleans())
    viewer = str(_w("joomla", "pdfviewer_js"))
    if "pdfviewer" in working or "pdfviewer-link" in working:
        site.routes[viewer] = Resource(_PDFJS_PAGE.encode("utf-8"))
    seen: set[str] = set()

    def place(item: Item, doc: Doc) -> str:
        """The file's Joomla path as typed in the editor (``images/…``, no leading slash)."""
        assert doc.modified is not None
        folder = str(doc.modified.year) if folder_by == "anio" else f"numeral-{item.numeral:02d}"
        typed = str(_w("joomla", "images")).format(folder=folder, stem=file_stem(doc.name))
        return unique("/" + typed, seen)[1:]

    def tag(path: str) -> str:
        if disabled == "pdf":
            return str(draw(st.sampled_from(_w("joomla", "pdf_tag")))).format(path=path)
        key = "gdocs_tag" if disabled == "gdocs" else "pdfviewer_tag"
        return str(_w("joomla", key)).format(path=path)

    def download(path: str) -> str:
        words = str(draw(st.sampled_from(_w("joomla", "download"))))
        return f'<p><a href="/{_e(path)}" target="_blank">{_e(words)}</a></p>'

    def show(kind: str, path: str) -> str:
        url = "/" + path
        if kind in ("object", "object-bare"):
            fallback = ""
            if kind == "object":
                sorry = str(draw(st.sampled_from(_w("joomla", "no_pdf"))))
                link = str(_w("joomla", "no_pdf_link"))
                fallback = f'<p>{_e(sorry)} <a href="{_e(url)}">{_e(link)}</a>.</p>'
            return (
                f'<object data="{_e(url)}" type="application/pdf" width="100%" height="600">'
                f"{fallback}</object>"
            )
        if kind == "embed":
            return f'<embed src="{_e(url)}" type="application/pdf" width="100%" height="600">'
        encoded = quote(ORIGIN + url, safe="")
        if kind == "gdocs":
            return (
                "\n<iframe width='100%' height='600' style='border: 0px solid #000000' "
                f"src='http://docs.google.com/viewer?url={encoded}&amp;embedded=true'></iframe>\n"
            )
        address = f"{ORIGIN}{viewer}?file={encoded}#pagemode=none"
        if kind == "pdfviewer":
            return (
                f'<iframe src="{address}" style="width:100%;height:800px;" frameborder=0> </iframe>'
            )
        words = str(draw(st.sampled_from(_w("joomla", "pdfviewer_link"))))
        return f'<a class="pdfviewer_button" target=_blank href="{address}">{_e(words)}</a>'

    articles: list[tuple[str, str]] = []
    number = draw(st.integers(20, 400))
    for item in _present(items):
        number += draw(st.integers(1, 5))
        alias = _slug(item.plain)[:40]
        path = f"{category}/{number}-{alias}"
        parts = [paragraphs(item_words(item))]
        if item.docs:
            # One item in eight keeps only a disabled plugin's tag, one in eight the tag and a
            # link beside it; the others show their documents through a working embed.
            roll = draw(st.integers(0, 7))
            mode = {0: "etiqueta-sola", 1: "etiqueta+enlace"}.get(roll) or draw(
                st.sampled_from(working)
            )
            tag_name = str(draw(st.sampled_from(["strong", "h3"])))
            ghosts: list[Doc] = []
            for doc in item.docs:
                typed = place(item, doc)
                doc.path = "/" + typed
                if mode != "etiqueta-sola":
                    # The editor typed the document's name above its embed; a tag left alone
                    # is all that was typed.
                    parts.append(_caption(tag_name, doc.name))
                if mode.startswith("etiqueta"):
                    parts.append(f"<p>{_e(tag(typed))}</p>")
                    if mode == "etiqueta+enlace":
                        parts.append(download(typed))
                    else:
                        ghosts.append(doc)
                    continue
                parts.append(show(mode, typed))
                if mode in _ESCAPED:
                    parts.append(download(typed))
            if mode == "etiqueta-sola":
                # Only the tag's text is on the page: no document shows. The files of an item
                # drawn ok / outdated were uploaded and stay on the server.
                for doc in ghosts:
                    if doc.ok:
                        site.routes[doc.path] = Resource(
                            b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
                            content_type="application/pdf",
                        )
                drawn = item.truth
                item.docs = []
                item.truth = "empty"
                _note(portal, item, f"joomla/etiqueta-sola-{disabled}/dibujado-{drawn}")
            else:
                _note(portal, item, f"joomla/{mode}{'-' + disabled if 'etiqueta' in mode else ''}")
        else:
            _note(portal, item, "joomla/sin-documentos")
        if phoca and draw(st.integers(0, 2)) == 0:
            parts.append(f"<p>{_e(str(_w('joomla', 'phocapdf')))}</p>")
        hits = str(_w("joomla", "hits")).format(n=draw(st.integers(3, 900)))
        body = (
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<dl class="article-info muted"><dd class="hits">{_e(hits)}</dd></dl>'
            f'<div itemprop="articleBody">{"".join(parts)}</div></div>'
        )
        site.put(path, item.label, body, [(menu, category), (item.label, "")])
        articles.append((item.label, path))
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}"><td headers="categorylist_header_title" '
        f'class="list-title"><a href="{_e(h)}">{_e(t)}</a></td></tr>'
        for n, (t, h) in enumerate(articles)
    )
    table = (
        '<table class="category table table-striped table-bordered table-hover"><thead><tr>'
        f'<th id="categorylist_header_title">{_e(str(_w("joomla", "title_header")))}</th></tr>'
        f"</thead><tbody>{rows}</tbody></table>"
    )
    title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    site.put(category, title, _opening(site) + table, [(menu, "")])
    _home(site, menu, category)
    return site.routes


# -- the strategy ----------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "flipbook": _flipbook,
    "embedder": _embedder,
    "lightbox": _lightbox,
    "joomla": _joomla,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 41 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
