"""Sixty-seventh exam: four portal layouts whose theme is HOW PLATFORMS OTHER THAN WORDPRESS AND
JOOMLA ADDRESS THEIR DOCUMENTS AND ITEM PAGES, with the truth of every section.

Municipal sites are also built on TYPO3, Concrete CMS, Odoo Website or as a custom Django / Laravel
application; each prints its own markup around the items and gives its documents its own addresses,
often without a file extension (``index.php?eID=dumpFile&t=f&f=<uid>&token=<hex>``,
``/download_file/view/<fid>/<cid>``, ``/web/content/<id>?download=true``,
``/documentos/<pk>/descargar/``, ``/descargar/<uuid>``), served with a Content-Disposition naming
the file (``attachment``, ``inline``, ``filename*=UTF-8''…``, sometimes none) and the right or a
generic Content-Type (``application/pdf``, ``application/octet-stream``). Items (truth, labels,
documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); what is new is the software around them.

Truth conventions (a careful citizen reading every page and opening every document): an item's
place is its content elements / news record (TYPO3), its page (Concrete, the custom app), its
section and documents share (Odoo); every document of an item is one link there, whatever its
address looks like, uploaded a few days after the period it covers (its "Fecha de publicación" in
tables), so the document's name says its period and the upload day never makes it newer; a
document the server does not have (404 from the platform's own download route) is broken; the
item's own text (the address, the Visión) publishes it; only an empty or "No aplica" phrase, or
only the law's text, is the item published empty / not applying (also beside a table's "No hay
documentos registrados." row); an item with no place is missing (unknown when the generator's
noise made a page fail). Dates that are not the documents' (a TYPO3 news record's date, the
creation date Concrete's page list prints beside each numeral's page) date no document. Wording and
markup: ``wording.toml`` here (sources there). Layouts:

* ``typo3``: a TYPO3 site (``<meta name="generator" content="TYPO3 CMS">``, speaking URLs or
  ``/index.php?id=<pid>``): one page of content elements (``frame-type-text`` with the item's label
  as its header and its words, then a ``frame-type-uploads`` "File links" element ``ce-uploads``
  whose lines show the file's title or only its file name, a description and a size), or a
  "menu_subpages" list leading to a page per numeral holding those elements, or tx_news records (a
  paged list view "f3-widget-paginator" of records dated by their own date, each detail view with
  "Archivos relacionados"). Files at ``/fileadmin/user_upload/transparencia/…pdf`` (application/pdf)
  or ``/index.php?eID=dumpFile&t=f&f=<uid>&token=<40 hex>`` (``inline; filename="…"``).
* ``concrete``: a Concrete CMS site: a Page List block (title, the page's creation date) leading to
  a page per numeral (its words in a content block), the documents as File blocks
  (``ccm-block-file``) named by the document or "Descargar" under a bold name, or a Document Library
  table (Título | Fecha de publicación | Tamaño); addresses ``/download_file/view/<fid>/<cid>``,
  ``/download_file/force/<uuid>/<cid>`` (``attachment``, application/pdf or octet-stream) or
  ``/application/files/<4>/<4>/<4>/<name>.pdf``; pretty URLs or ``/index.php/…``.
* ``odoo``: an Odoo Website page ``/transparencia`` of ``s_text_block`` sections (a heading per
  item, its words), the documents linked as ``/web/content/<id>?download=true``,
  ``/web/content/ir.attachment/<id>/datas`` or ``/web/content/<id>/<name>.pdf`` (by the document's
  name, or as the editor's empty ``o_image`` icon link titled with the file name followed by the
  name), or a button to a Documents share ``/document/share/<sid>/<token>`` whose cards download
  ``/document/download/<sid>/<token>/<doc>`` (``attachment; filename*=UTF-8''…``), "Descargar todo".
* ``app``: a custom Django or Laravel portal: a Bootstrap list of the numerals leading to a page per
  numeral (the law's text under "Descripción del numeral", the item's words) with a table "# |
  Documento | Fecha de publicación | Descargar" ("No hay documentos registrados." when empty);
  downloads ``/documentos/<pk>/descargar/`` (FileResponse, ``attachment; filename="…"``),
  ``/media/documentos/<y>/<m>/<name>.pdf``, ``/descargar/<uuid>`` (Storage::download,
  application/pdf or octet-stream) or ``/storage/documentos/<40 random characters>.pdf``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import string
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
    day_month_year,
    exam_portal,
    file_stem,
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
    _slug,
    item_words,
)

LAYOUTS = ("typo3", "concrete", "odoo", "app")
EXAM67: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow.
_INNER = {"typo3": "wordpress", "concrete": "lines", "odoo": "dl", "app": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

# What each builder serves at its documents' addresses (the generator's noise serves every ok
# document there as a plain PDF afterwards; ``_deliver`` puts these back on top).
_DELIVERED: dict[int, Routes] = {}


def _w(section: str, key: str) -> Any:
    return EXAM67[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (ids, tokens, sizes, lags), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _hex(rng: random.Random, digits: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(digits))


def _size(rng: random.Random) -> str:
    size = rng.randint(90_000, 4_800_000)
    return f"{size / 1024:.0f} KB" if size < 1_048_576 else f"{size / 1_048_576:.1f} MB"


def _words(item: Item) -> str:
    return "".join(f"<p>{_e(text)}</p>" for text in item_words(item))


def _pdf(doc: Doc, content_type: str = "application/pdf") -> Resource:
    """The document as a server sends it."""
    stamp = None
    if doc.modified is not None:
        stamp = dt.datetime.combine(doc.modified, dt.time(12)).timestamp()
    return Resource(
        b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
        content_type=content_type,
        last_modified=stamp,
    )


def _uploads(items: list[Item], today: dt.date, rng: random.Random) -> dict[int, dt.date]:
    """Each document's upload day (by ``id``): a few days after the period it covers."""
    lag = rng.randint(2, 10)
    return {
        id(doc): uploaded(doc, today, lag + rng.randint(0, 8))
        for item in _present(items)
        for doc in item.docs
    }


def _file_names(items: list[Item]) -> dict[int, str]:
    """Each document's file name (by ``id``): its name as a file, unique in the portal (two
    documents of one item may share a name: two files on the server)."""
    seen: set[str] = set()
    return {
        id(doc): unique(file_stem(doc.name) + ".pdf", seen)
        for item in _present(items)
        for doc in item.docs
    }


def _how(item: Item) -> str:
    if item.truth == "missing":
        return "ausente"
    if item.docs:
        return f"docs{len(item.docs)}"
    if item.own_text:
        return "texto-propio"
    if item.truth == "not_applicable":
        return "no-aplica"
    return "frase" if item.phrase else "solo-ley"


def _notes(portal: ExamPortal, variant: str, items: list[Item]) -> None:
    for item in items:
        portal.notes[item.numeral] = f"{portal.layout}/{variant}/{_how(item)}"


@dataclass
class _Delivery:
    """What the portal's download routes answer: documents with their headers, and 404 pages for
    the documents the server no longer has."""

    portal: ExamPortal
    routes: Routes = field(default_factory=dict)

    def serve(
        self, doc: Doc, content_type: str, disposition: str | None, missing: Resource | None
    ) -> None:
        if doc.ok:
            self.routes[doc.path] = _pdf(doc, content_type)
            if disposition:
                self.portal.headers[doc.path] = {"Content-Disposition": disposition}
        elif missing is not None:
            self.routes[doc.path] = missing

    def done(self) -> None:
        _DELIVERED[id(self.portal)] = self.routes


def _deliver(portal: ExamPortal) -> ExamPortal:
    portal.routes.update(_DELIVERED.pop(id(portal), {}))
    return portal


def _town(draw: st.DrawFn) -> tuple[str, str]:
    town = str(_pick(draw, "site", "towns"))
    return town, str(_w("site", "name")).format(town=town)


def _intro(name: str) -> str:
    return f"<p>{_e(str(_w('site', 'intro')).format(name=name))}</p>"


# -- typo3 ---------------------------------------------------------------------------------------


def _typo3(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    variant = draw(st.sampled_from(["pagina", "subpaginas", "noticias"]))
    files = draw(st.sampled_from(["fileadmin", "dumpfile"]))
    addressing = draw(st.sampled_from(["slug", "id"]))
    shown = draw(st.sampled_from(["title", "filename"]))
    rng = _rng(draw)
    _town_name, name = _town(draw)
    title = str(_pick(draw, "site", "index_titles"))
    ups = _uploads(items, today, rng)
    delivery = _Delivery(portal)
    fname = _file_names(items)
    routes: Routes = {}
    pids = [rng.randint(8, 40)]
    uids = [rng.randint(100, 900)]

    def page_path(slug: str, parent: str = "") -> str:
        if addressing == "id":
            pids[0] += rng.randint(1, 3)
            return f"/index.php?id={pids[0]}"
        return f"{parent}/{slug}"

    def ce_id() -> int:
        uids[0] += rng.randint(1, 9)
        return uids[0]

    index = page_path(_slug(title))
    uip = page_path("unidad-de-informacion-publica")
    menu = [(str(_w("site", "home")), "/"), (title, index), (str(_w("site", "uip")), uip)]
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{_e(h)}">{_e(t)}</a></li>' for t, h in menu
    )

    def page(path: str, page_title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        html = (
            "<!DOCTYPE html><html lang='es-GT'><head><meta charset='utf-8'>"
            f"<!--\n\t{_e(_w('typo3', 'powered'))}\n-->"
            f"<title>{_e(page_title)}: {_e(name)}</title>"
            f"<meta name='generator' content='{_e(_w('typo3', 'generator'))}'></head>"
            f"<body id='p{rng.randint(1, 99)}' class='page-{rng.randint(1, 99)} pagelevel-1"
            " language-0 backendlayout-default layout-default'>"
            "<header id='page-header' class='bp-page-header navbar navbar-mainnavigation'>"
            f"<a class='navbar-brand' href='/'>{_e(name)}</a>"
            f"<nav><ul class='navbar-nav'>{nav}</ul></nav></header>"
            "<div id='page-content' class='bp-page-content main-section'>"
            f"<main id='page-main'>{trail}"
            f"<h1 class='page-title'>{_e(page_title)}</h1>{body}</main></div>"
            f"<footer id='page-footer'><p>{_e(str(_w('site', 'footer')).format(name=name))}</p>"
            "</footer></body></html>"
        )
        routes[path] = Resource(html.encode("utf-8"))
        routes[unquote(path)] = routes[path]

    seen: set[str] = set()
    for item in _present(items):
        for doc in item.docs:
            stem = fname[id(doc)]
            if files == "fileadmin":
                folder = f"numeral-{item.numeral:02d}" if rng.random() < 0.5 else "documentos"
                doc.path = unique(f"/fileadmin/user_upload/transparencia/{folder}/{stem}", seen)
                delivery.serve(doc, "application/pdf", None, None)
            else:
                uid = rng.randint(300, 30000)
                doc.path = unique(
                    f"/index.php?eID=dumpFile&t=f&f={uid}&token={_hex(rng, 40)}", seen
                )
                missing = Resource(
                    str(_w("typo3", "dump_missing")).encode(),
                    404,
                    content_type="text/plain; charset=utf-8",
                )
                delivery.serve(doc, "application/pdf", f'inline; filename="{stem}"', missing)

    def uploads(item: Item, header: str) -> str:
        if not item.docs:
            return ""
        lines = []
        for doc in item.docs:
            stem = fname[id(doc)]
            label = doc.name if shown == "title" else stem
            desc = ""
            if shown == "filename" and rng.random() < 0.5:
                desc = f'<span class="ce-uploads-description">{_e(doc.name)}</span>'
            lines.append(
                f'<li><a href="{_e(doc.path)}" title="{_e(label)}"><img'
                ' src="/typo3/sysext/frontend/Resources/Public/Icons/FileIcons/pdf.gif"'
                ' alt="" width="16" height="16"></a><div><a href="'
                f'{_e(doc.path)}" title="{_e(label)}"><span class="ce-uploads-fileName">'
                f"{_e(label)}</span></a>{desc}"
                f'<span class="ce-uploads-filesize">{_e(_size(rng))}</span></div></li>'
            )
        head = f"<header><h3>{_e(header)}</h3></header>" if header else ""
        return (
            f'<div id="c{ce_id()}" class="frame frame-default frame-type-uploads frame-layout-0">'
            f'{head}<ul class="ce-uploads">{"".join(lines)}</ul></div>'
        )

    def text(item: Item, tag: str = "h2") -> str:
        return (
            f'<div id="c{ce_id()}" class="frame frame-default frame-type-text frame-layout-0">'
            f'<header><{tag} class="">{_e(item.label)}</{tag}></header>{_words(item)}</div>'
        )

    header = str(_pick(draw, "typo3", "uploads_header")) if draw(st.booleans()) else ""
    intro = (
        f'<div id="c{ce_id()}" class="frame frame-default frame-type-text frame-layout-0">'
        f"{_intro(name)}</div>"
    )
    present = _present(items)
    if variant == "pagina":
        body = intro + "".join(text(item) + uploads(item, header) for item in present)
        page(index, title, body, [(title, "")])
    elif variant == "subpaginas":
        entries = []
        for item in present:
            path = page_path(f"{item.numeral}-{_slug(item.plain)[:40]}", index)
            entries.append(
                f'<li><a href="{_e(path)}" title="{_e(item.label)}"><span>{_e(item.label)}'
                "</span></a></li>"
            )
            page(
                path,
                item.label,
                text(item) + uploads(item, header),
                [(title, index), (item.label, "")],
            )
        body = intro + (
            f'<div id="c{ce_id()}" class="frame frame-default frame-type-menu_subpages'
            f' frame-layout-0"><ul>{"".join(entries)}</ul></div>'
        )
        page(index, title, body, [(title, "")])
    else:
        records = []
        for item in present:
            if item.docs:
                day = max(ups[id(d)] for d in item.docs)
            else:
                day = dt.date(
                    today.year - rng.randint(1, 4), rng.randint(1, 12), rng.randint(1, 28)
                )
            records.append((day, item))
        records.sort(key=lambda pair: pair[0], reverse=True)
        detail_base = index.split("?")[0] if addressing == "slug" else "/noticias"
        details: dict[int, str] = {}
        for day, item in records:
            if addressing == "slug":
                path = f"{detail_base}/detalle/{_slug(item.plain)[:50]}-{item.numeral}"
            else:
                path = (
                    f"/index.php?id={pids[0] + 1}&tx_news_pi1%5Bnews%5D={rng.randint(10, 999)}"
                    "&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail"
                    f"&cHash={_hex(rng, 32)}"
                )
            details[item.numeral] = path
            related = ""
            if item.docs:
                lines = "".join(
                    f'<li><span class="news-related-files-link"><a href="{_e(d.path)}"'
                    f' target="_blank">{_e(d.name if shown == "title" else fname[id(d)])}'
                    f'</a></span><span class="news-related-files-fileext">pdf</span>'
                    f'<span class="news-related-files-size">{_e(_size(rng))}</span></li>'
                    for d in item.docs
                )
                related = (
                    '<div class="news-related news-related-files"><h4>'
                    f"{_e(_w('typo3', 'related'))}</h4><ul>{lines}</ul></div>"
                )
            body = (
                '<div class="news news-single"><div class="article" itemscope="itemscope"'
                ' itemtype="http://schema.org/Article"><div class="footer"><p>'
                f'<span class="news-list-date"><time itemprop="datePublished"'
                f' datetime="{day.isoformat()}">{day_month_year(day)}</time></span>'
                f'<span class="news-list-category">{_e(_w("typo3", "category"))}</span></p>'
                f'</div><div class="news-text-wrap" itemprop="articleBody">{_words(item)}</div>'
                f'{related}<div class="news-backlink-wrap"><a href="{_e(index)}">'
                f"{_e(_w('typo3', 'back'))}</a></div></div></div>"
            )
            page(path, item.label, body, [(title, index), (item.label, "")])
        chunks = [records[i : i + 10] for i in range(0, len(records), 10)] or [[]]
        pages = [index] + [
            f"{index}/page-{n + 1}"
            if addressing == "slug"
            else f"{index}&tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D={n + 1}"
            for n in range(1, len(chunks))
        ]
        for number, chunk in enumerate(chunks):
            entries = []
            for day, item in chunk:
                link = details[item.numeral]
                entries.append(
                    '<div class="article articletype-0" itemscope="itemscope"'
                    ' itemtype="http://schema.org/Article"><div class="header"><h3>'
                    f'<a class="news-header-link" title="{_e(item.label)}" href="{_e(link)}">'
                    f'<span itemprop="headline">{_e(item.label)}</span></a></h3></div>'
                    '<div class="footer"><p><span class="news-list-date"><time'
                    f' itemprop="datePublished" datetime="{day.isoformat()}">'
                    f"{day_month_year(day)}</time></span></p></div>"
                    f'<a class="more" title="{_e(item.label)}" href="{_e(link)}">'
                    f"{_e(_w('typo3', 'more'))}</a></div>"
                )
            pager = [
                f'<li class="current">{number + 1}</li>'
                if k == number
                else f'<li><a href="{_e(p)}">{k + 1}</a></li>'
                for k, p in enumerate(pages)
            ]
            if number + 1 < len(pages):
                pager.append(
                    f'<li class="next"><a href="{_e(pages[number + 1])}">'
                    f"{_e(_w('typo3', 'next'))}</a></li>"
                )
            body = (
                (intro if number == 0 else "")
                + f'<div id="c{ce_id()}" class="frame frame-default frame-type-news_pi1'
                f' frame-layout-0"><div class="news"><div class="news-list-view"'
                f' id="news-container-{rng.randint(10, 99)}">{"".join(entries)}'
                f'<div class="news-pagination"><ul class="f3-widget-paginator">'
                f"{''.join(pager)}</ul></div></div></div></div>"
            )
            page(pages[number], title, body, [(title, "")])
    page(
        uip,
        str(_w("site", "uip")),
        f"<p>{_e(WORDING['uip']['functions']['text'])}</p>",
        [(str(_w("site", "uip")), "")],
    )
    welcome = (
        f'<p>{_e(_w("site", "welcome"))}</p><p><a href="{_e(index)}">{_e(title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    page("/", name, welcome, None)
    _notes(portal, f"{variant}/{files}/{addressing}/{shown}", items)
    delivery.done()
    return routes


# -- concrete ------------------------------------------------------------------------------------


def _concrete(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    pretty = draw(st.booleans())
    files = draw(st.sampled_from(["view", "uuid", "direct"]))
    shape = draw(st.sampled_from(["bloques", "descargar", "biblioteca"]))
    generic = draw(st.booleans())
    rng = _rng(draw)
    _town_name, name = _town(draw)
    title = str(_pick(draw, "site", "index_titles"))
    ups = _uploads(items, today, rng)
    delivery = _Delivery(portal)
    fname = _file_names(items)
    routes: Routes = {}
    root = "" if pretty else "/index.php"
    index = f"{root}/{_slug(title)}"
    uip = f"{root}/unidad-de-informacion-publica"
    menu = [(str(_w("site", "home")), "/"), (title, index), (str(_w("site", "uip")), uip)]
    nav = "".join(
        f'<li class=""><a href="{_e(h)}" target="_self">{_e(t)}</a></li>' for t, h in menu
    )
    created = dt.date(today.year - rng.randint(2, 5), rng.randint(1, 12), rng.randint(1, 28))
    cids = [rng.randint(150, 400)]

    def page(path: str, page_title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        cids[0] += rng.randint(1, 4)
        html = (
            "<!DOCTYPE html><html lang='es'><head><meta charset='UTF-8'>"
            f"<title>{_e(name)} :: {_e(page_title)}</title>"
            f"<meta name='generator' content='{_e(_w('concrete', 'generator'))}'></head><body>"
            f"<div class='ccm-page ccm-page-id-{cids[0]} page-type-page page-template-full'>"
            f"<header><div class='ccm-custom-style-container'><a href='/'>{_e(name)}</a></div>"
            f"<nav class='ccm-responsive-navigation original'><ul>{nav}</ul></nav></header>"
            f"<main>{trail}<h1 class='page-title'>{_e(page_title)}</h1>{body}</main>"
            f"<footer id='footer-theme'><p>{_e(str(_w('site', 'footer')).format(name=name))}</p>"
            "</footer></div></body></html>"
        )
        routes[path] = Resource(html.encode("utf-8"))

    not_found = (
        "<!DOCTYPE html><html lang='es'><head><meta charset='UTF-8'><title>"
        f"{_e(name)} :: {_e(_w('site', 'not_found'))}</title></head><body><div class='ccm-page'>"
        f"<main><h1>{_e(_w('site', 'not_found'))}</h1><p>{_e(_w('concrete', 'not_found'))}</p>"
        "</main></div></body></html>"
    ).encode()
    seen: set[str] = set()
    present = _present(items)
    paths: dict[int, str] = {}
    kind = "application/octet-stream" if generic else "application/pdf"
    for item in present:
        paths[item.numeral] = f"{index}/{item.numeral}-{_slug(item.plain)[:40]}"
        cid = rng.randint(150, 900)
        for doc in item.docs:
            stem = fname[id(doc)]
            mode = "force" if shape == "biblioteca" else "view"
            if files == "view":
                doc.path = unique(
                    f"{root}/download_file/{mode}/{rng.randint(20, 4000)}/{cid}", seen
                )
            elif files == "uuid":
                doc.path = unique(
                    f"{root}/download_file/{mode}/{uuid.UUID(int=rng.getrandbits(128))}/{cid}", seen
                )
            else:
                digits = "/".join(f"{rng.randint(1000, 9999)}" for _ in range(3))
                doc.path = unique(f"/application/files/{digits}/{stem}", seen)
            if files == "direct":
                delivery.serve(doc, "application/pdf", None, None)
            else:
                delivery.serve(
                    doc, kind, f'attachment; filename="{stem}"', Resource(not_found, 404)
                )
    label_text = str(_pick(draw, "concrete", "download"))
    for item in present:
        blocks = [
            f'<div class="ccm-block-content">{_words(item)}</div>' if item_words(item) else ""
        ]
        if shape == "bloques":
            for doc in item.docs:
                blocks.append(
                    f'<div class="ccm-block-file"><a href="{_e(doc.path)}">{_e(doc.name)}</a></div>'
                )
        elif shape == "descargar":
            for doc in item.docs:
                blocks.append(
                    f"<p><strong>{_e(doc.name)}</strong></p>"
                    f'<div class="ccm-block-file"><a href="{_e(doc.path)}"> <i class="fa'
                    f' fa-paperclip"></i> &nbsp; &nbsp; {_e(label_text)}</a></div>'
                )
        elif item.docs or rng.random() < 0.5:
            cols = list(_w("concrete", "library_columns"))
            heads = "".join(
                f'<th class="ccm-block-document-library-column-{c}">{_e(h)}</th>'
                for c, h in zip(["title", "date", "filesize", "download"], cols, strict=True)
            )
            rows = "".join(
                f'<tr class="ccm-block-document-library-row-{"odd" if k % 2 else "even"}">'
                f'<td class="ccm-block-document-library-column-title">'
                f'<a href="{_e(d.path)}">{_e(d.name)}</a></td>'
                f'<td class="ccm-block-document-library-column-date">'
                f"{day_month_year(ups[id(d)])}</td>"
                f'<td class="ccm-block-document-library-column-filesize">{_e(_size(rng))}</td>'
                f'<td class="ccm-block-document-library-column-download"><a href="'
                f'{_e(d.path)}">{_e(label_text)}</a></td></tr>'
                for k, d in enumerate(sorted(item.docs, key=lambda d: ups[id(d)], reverse=True))
            )
            table = (
                f'<table class="ccm-block-document-library-table table"><thead><tr>{heads}</tr>'
                f"</thead><tbody>{rows}</tbody></table>"
                if rows
                else f"<p>{_e(_w('concrete', 'library_empty'))}</p>"
            )
            blocks.append(f'<div class="ccm-block-document-library-wrapper">{table}</div>')
        page(paths[item.numeral], item.label, "".join(blocks), [(title, index), (item.label, "")])
    entries = "".join(
        '<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-'
        f'text"><div class="ccm-block-page-list-title"><a href="{_e(paths[item.numeral])}"'
        f' target="_self">{_e(item.label)}</a></div><div class="ccm-block-page-list-date">'
        f"{day_month_year(created + dt.timedelta(days=k // 6))}</div></div></div>"
        for k, item in enumerate(present)
    )
    body = (
        f'<div class="ccm-block-content">{_intro(name)}</div>'
        '<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header">'
        f"<h5>{_e(_w('concrete', 'list_header'))}</h5></div>"
        f'<div class="ccm-block-page-list-pages">{entries}</div></div>'
    )
    page(index, title, body, [(title, "")])
    page(
        uip,
        str(_w("site", "uip")),
        f"<p>{_e(WORDING['uip']['functions']['text'])}</p>",
        [(str(_w("site", "uip")), "")],
    )
    welcome = (
        f'<p>{_e(_w("site", "welcome"))}</p><p><a href="{_e(index)}">{_e(title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    page("/", name, welcome, None)
    _notes(portal, f"{shape}/{files}/{'pretty' if pretty else 'index.php'}/{kind}", items)
    delivery.done()
    return routes


# -- odoo ----------------------------------------------------------------------------------------


def _odoo(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    variant = draw(st.sampled_from(["enlaces", "iconos", "compartido"]))
    files = draw(st.sampled_from(["download", "model", "named"]))
    rng = _rng(draw)
    _town_name, name = _town(draw)
    title = str(_pick(draw, "site", "index_titles"))
    delivery = _Delivery(portal)
    fname = _file_names(items)
    routes: Routes = {}
    index = "/transparencia"
    uip = "/unidad-de-informacion-publica"
    menu = [(str(_w("site", "home")), "/"), (title, index), (str(_w("site", "uip")), uip)]
    nav = "".join(
        f'<li class="nav-item"><a role="menuitem" href="{_e(h)}" class="nav-link">'
        f"<span>{_e(t)}</span></a></li>"
        for t, h in menu
    )
    page_ids = [rng.randint(2, 30)]

    def wrap(page_title: str, inner: str) -> bytes:
        page_ids[0] += 1
        html = (
            f"<!DOCTYPE html><html lang='es-GT' data-website-id='1'"
            f" data-main-object='website.page({page_ids[0]},)'><head><meta charset='utf-8'>"
            f"<meta name='generator' content='{_e(_w('odoo', 'generator'))}'>"
            f"<title>{_e(page_title)} | {_e(name)}</title></head><body><div id='wrapwrap'>"
            "<header id='top' data-anchor='true' data-name='Header' class='o_header_standard'>"
            f"<nav class='navbar navbar-expand-lg'><a href='/' class='navbar-brand logo'>"
            f"<span>{_e(name)}</span></a><ul id='top_menu' role='menu' class='nav navbar-nav'>"
            f"{nav}</ul></nav></header><main>{inner}</main>"
            "<footer id='bottom' data-anchor='true' data-name='Footer' class='o_footer'>"
            f"<div class='o_footer_copyright'><span class='o_footer_copyright_name'>"
            f"{_e(str(_w('site', 'footer')).format(name=name))}</span>"
            f"<div class='o_brand_promotion'>{_e(_w('odoo', 'brand'))} <a target='_blank'"
            " class='badge text-bg-light' href='http://www.odoo.com?utm_source=db&amp;"
            "utm_medium=website'><span class='o_logo o_logo_inverse'></span>Odoo</a></div>"
            "</div></footer></div></body></html>"
        )
        return html.encode("utf-8")

    def section(inner: str, snippet: str = "s_text_block") -> str:
        return (
            f'<section class="{snippet} pt16 pb16 o_colored_level" data-snippet="{snippet}"'
            f' data-name="Texto"><div class="container s_allow_columns">{inner}</div></section>'
        )

    def page(path: str, page_title: str, inner: str) -> None:
        title_block = section(f"<h1>{_e(page_title)}</h1>", "s_title")
        routes[path] = Resource(
            wrap(
                page_title,
                f'<div id="wrap" class="oe_structure oe_empty">{title_block}{inner}</div>',
            )
        )

    not_found = wrap(str(_w("odoo", "not_found")), f"<h1>{_e(_w('odoo', 'not_found'))}</h1>")
    missing = Resource(not_found, 404)
    seen: set[str] = set()
    present = _present(items)
    shares: dict[int, tuple[int, str]] = {}
    for item in present:
        if variant == "compartido" and item.docs:
            shares[item.numeral] = (rng.randint(3, 300), str(uuid.UUID(int=rng.getrandbits(128))))
        for doc in item.docs:
            stem = fname[id(doc)]
            att = rng.randint(400, 9000)
            if variant == "compartido":
                sid, token = shares[item.numeral]
                doc.path = unique(f"/document/download/{sid}/{token}/{att}", seen)
                disposition = f"attachment; filename*=UTF-8''{quote(stem)}"
            elif files == "download":
                doc.path = unique(f"/web/content/{att}?download=true", seen)
                disposition = f"attachment; filename*=UTF-8''{quote(stem)}"
            elif files == "model":
                doc.path = unique(f"/web/content/ir.attachment/{att}/datas", seen)
                disposition = f"inline; filename*=UTF-8''{quote(stem)}"
            else:
                doc.path = unique(f"/web/content/{att}/{stem}", seen)
                disposition = f"inline; filename*=UTF-8''{quote(stem)}"
            delivery.serve(doc, "application/pdf", disposition, missing)
    parts = [section(_intro(name))]
    for item in present:
        inner = f"<h3>{_e(item.label)}</h3>{_words(item)}"
        if variant == "compartido" and item.numeral in shares:
            sid, token = shares[item.numeral]
            share = f"/document/share/{sid}/{token}"
            inner += (
                f'<p><a href="{_e(share)}" class="btn btn-primary o_default_snippet_text"'
                f' target="_blank">{_e(_pick(draw, "odoo", "share_open"))}</a></p>'
            )
            cards = "".join(
                '<div class="o_docs_card col-md-3"><div class="card"><div class="o_image'
                ' o_image_thumbnail" data-mimetype="application/pdf"></div><div'
                f' class="card-body"><span class="o_card_title" title="'
                f'{_e(fname[id(d)])}">{_e(fname[id(d)])}</span>'
                f'<a class="o_docs_download float-end" href="{_e(d.path)}"'
                f' title="{_e(_w("odoo", "download"))}"><i class="fa fa-download"></i></a>'
                "</div></div></div>"
                for d in item.docs
            )
            everything = f"/document/download/all/{sid}/{token}"
            head = str(_w("odoo", "share_by")).format(owner=_w("odoo", "share_owner"))
            routes[share] = Resource(
                wrap(
                    item.label,
                    f'<div class="o_docs_share_page container"><div class="o_docs_header">'
                    f"<h4>{_e(head)}</h4>"
                    f'<a class="btn btn-primary o_download_all" href="{_e(everything)}">'
                    f'<i class="fa fa-download"></i> {_e(_w("odoo", "download_all"))}</a></div>'
                    f'<div class="o_docs_cards row">{cards}</div></div>',
                )
            )
            if all(d.ok for d in item.docs):
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w") as archive:
                    for d in item.docs:
                        archive.writestr(fname[id(d)], _pdf(d).body)
                delivery.routes[everything] = Resource(
                    buffer.getvalue(), content_type="application/zip"
                )
                zip_name = quote(_slug(item.plain)) + ".zip"
                portal.headers[everything] = {
                    "Content-Disposition": f"attachment; filename*=UTF-8''{zip_name}"
                }
        elif item.docs:
            lines = []
            for doc in item.docs:
                stem = fname[id(doc)]
                if variant == "iconos":
                    lines.append(
                        f'<p><a href="{_e(doc.path)}" class="o_image" title="{_e(stem)}"'
                        ' data-mimetype="application/pdf"></a> '
                        f"{_e(doc.name)}</p>"
                    )
                else:
                    lines.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a></li>')
            inner += "".join(lines) if variant == "iconos" else f"<ul>{''.join(lines)}</ul>"
        parts.append(section(inner))
    page(index, title, "".join(parts))
    page(uip, str(_w("site", "uip")), section(f"<p>{_e(WORDING['uip']['functions']['text'])}</p>"))
    welcome = section(
        f'<p>{_e(_w("site", "welcome"))}</p><p><a href="{_e(index)}">{_e(title)}</a></p>'
    )
    # The generator's noise may add a link before </main>: the home's content ends the <main>.
    routes["/"] = Resource(
        wrap(
            name,
            f'<div id="wrap" class="oe_structure">{welcome}</div>'
            '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>',
        )
    )
    _notes(portal, f"{variant}/{files}", items)
    delivery.done()
    return routes


# -- app (Django / Laravel) ----------------------------------------------------------------------


def _app(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    framework = draw(st.sampled_from(["django", "laravel"]))
    files = draw(st.sampled_from(["route", "storage"]))
    generic = framework == "laravel" and draw(st.booleans())
    rng = _rng(draw)
    _town_name, name = _town(draw)
    title = str(_pick(draw, "site", "index_titles"))
    ups = _uploads(items, today, rng)
    delivery = _Delivery(portal)
    fname = _file_names(items)
    routes: Routes = {}
    slash = "/" if framework == "django" else ""
    index = f"/transparencia{slash}"
    uip = f"/unidad-de-informacion-publica{slash}"
    menu = [(str(_w("site", "home")), "/"), (title, index), (str(_w("site", "uip")), uip)]
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{_e(h)}">{_e(t)}</a></li>' for t, h in menu
    )
    csrf = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(40))

    def wrap(page_title: str, body: str, crumbs: list[tuple[str, str]] | None) -> bytes:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        meta = f"<meta name='csrf-token' content='{csrf}'>" if framework == "laravel" else ""
        html = (
            "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"{meta}<title>{_e(page_title)} - {_e(name)}</title>"
            "<link href='/static/css/bootstrap.min.css' rel='stylesheet'></head><body>"
            "<nav class='navbar navbar-expand-lg navbar-dark bg-primary'><div class='container'>"
            f"<a class='navbar-brand' href='/'>{_e(name)}</a><ul class='navbar-nav'>{nav}</ul>"
            f"</div></nav><main class='container py-4'>{trail}<h1>{_e(page_title)}</h1>{body}"
            "</main><footer class='footer bg-light py-3'><div class='container'>"
            f"<p>{_e(str(_w('site', 'footer')).format(name=name))}</p></div></footer>"
            "</body></html>"
        )
        return html.encode("utf-8")

    if framework == "django":
        missing = Resource(
            (
                "<!doctype html><html lang='en'><head><title>Not Found</title></head><body>"
                f"<h1>Not Found</h1><p>{_e(_w('app', 'django_not_found'))}</p></body></html>"
            ).encode(),
            404,
        )
    else:
        missing = Resource(
            (
                f"<!DOCTYPE html><html lang='es'><head><title>Not Found</title></head><body>"
                f"<div class='flex-center'>{_e(_w('app', 'laravel_not_found'))}</div></body></html>"
            ).encode(),
            404,
        )
    seen: set[str] = set()
    present = _present(items)
    pk = [rng.randint(20, 300)]
    for item in present:
        for doc in item.docs:
            stem = fname[id(doc)]
            day = ups[id(doc)]
            pk[0] += rng.randint(1, 5)
            if framework == "django" and files == "route":
                doc.path = unique(f"/documentos/{pk[0]}/descargar/", seen)
                delivery.serve(doc, "application/pdf", f'attachment; filename="{stem}"', missing)
            elif framework == "django":
                doc.path = unique(f"/media/documentos/{day.year}/{day.month:02d}/{stem}", seen)
                delivery.serve(doc, "application/pdf", None, missing)
            elif files == "route":
                doc.path = unique(f"/descargar/{uuid.UUID(int=rng.getrandbits(128))}", seen)
                kind = "application/octet-stream" if generic else "application/pdf"
                delivery.serve(doc, kind, f"attachment; filename={stem}", missing)
            else:
                hashed = "".join(
                    rng.choice(string.ascii_letters + string.digits) for _ in range(40)
                )
                doc.path = unique(f"/storage/documentos/{hashed}.pdf", seen)
                delivery.serve(doc, "application/pdf", None, missing)
    cols = list(_w("app", "columns"))
    button = str(_pick(draw, "app", "download"))
    links = []
    for item in present:
        if framework == "django":
            path = f"/transparencia/articulo-10/{item.numeral}/"
        else:
            path = f"/transparencia/numeral/{item.numeral}-{_slug(item.plain)[:40]}"
        links.append(
            f'<a href="{_e(path)}" class="list-group-item list-group-item-action">'
            f"{_e(item.label)}</a>"
        )
        law = ""
        if item.law_text:
            law = (
                f'<div class="card mb-3"><div class="card-header">{_e(_w("app", "law_heading"))}'
                f'</div><div class="card-body"><p class="card-text">{_e(item.law_text)}</p>'
                "</div></div>"
            )
        words = "".join(f"<p>{_e(t)}</p>" for t in (item.phrase, item.own_text, item.updated) if t)
        rows = (
            "".join(
                f"<tr><td>{k}</td><td>{_e(d.name)}</td><td>{day_month_year(ups[id(d)])}</td>"
                f'<td><a class="btn btn-sm btn-outline-primary" href="{_e(d.path)}">'
                f'<i class="bi bi-download"></i> {_e(button)}</a></td></tr>'
                for k, d in enumerate(
                    sorted(item.docs, key=lambda d: ups[id(d)], reverse=True), start=1
                )
            )
            or f'<tr><td colspan="4" class="text-center">{_e(_w("app", "empty_row"))}</td></tr>'
        )
        heads = "".join(f"<th scope='col'>{_e(c)}</th>" for c in cols)
        body = (
            f"{law}{words}<div class='table-responsive'><table class='table table-striped"
            f" table-hover'><thead class='table-dark'><tr>{heads}</tr></thead><tbody>{rows}"
            "</tbody></table></div>"
            f'<a href="{_e(index)}" class="btn btn-secondary">&laquo; {_e(title)}</a>'
        )
        routes[path] = Resource(wrap(item.label, body, [(title, index), (item.label, "")]))
    body = f'{_intro(name)}<div class="list-group">{"".join(links)}</div>'
    routes[index] = Resource(wrap(title, body, [(title, "")]))
    routes[uip] = Resource(
        wrap(
            str(_w("site", "uip")),
            f"<p>{_e(WORDING['uip']['functions']['text'])}</p>",
            [(str(_w("site", "uip")), "")],
        )
    )
    welcome = (
        f'<p>{_e(_w("site", "welcome"))}</p><p><a href="{_e(index)}">{_e(title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    routes["/"] = Resource(wrap(name, welcome, None))
    kind = "octet-stream" if generic else "pdf"
    _notes(portal, f"{framework}/{files}/{kind}", items)
    delivery.done()
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "typo3": _typo3,
    "concrete": _concrete,
    "odoo": _odoo,
    "app": _app,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 67 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_deliver)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
