"""Thirty-ninth exam: four portal layouts whose theme is WIDGETS THAT LIST OTHER ITEMS' DOCUMENTS,
with the truth of every section.

Download plugins and page builders put blocks in the content area of an item's page that list the
downloads or posts of the WHOLE site, not of the item: WordPress Download Manager's "WPDM New
Packages" / "WPDM Top Downloads" widgets, Download Monitor's downloads-list widget (featured,
newest, most downloaded), jDownloads' "Latest" / "Top" modules, Elementor Pro's Posts widget,
YARPP's related posts, WordPress's tag cloud and a "Novedades" ticker of the newest uploads. They
sit before or after the item's own list, on every item page or only on some, each under its own
title ("Últimas descargas", "Descargas populares", "Descargas destacadas", "Últimas publicaciones de
transparencia", "Documentos relacionados:", "Etiquetas", "Novedades") and in the plugin's own
markup; their entries are other items' documents, current as often as not while the item's own are
stale, empty, broken or absent. Items (truth, labels, documents, dates, phrases) are drawn exactly
as the generated portals draw them (``tests.compliance.generated.portals._item``); the truth of a
section is its own list, under the item's title, as a careful citizen reads it: a widget is the
site's, never the item's. A widget lists only documents that are served (a broken file is in no
widget). Wording and markup
from the plugins' templates and Spanish strings (``wording.toml``, sources there). Layouts:

* ``wpdm``: WordPress with WordPress Download Manager: an index page of links → a page per item
  whose documents are WPDM cards (h3 package title → the package page ``/download/<slug>/``, "1
  archivo(s)", a "Descargar" button → ``/download/<slug>/?wpdmdl=<id>&refresh=…``); widgets "New
  Packages" ("Últimas descargas" / "Descargas recientes": the five or so newest packages of the
  site) and "Top Downloads" ("Descargas populares"), printed through the WPDM widget template (links
  to OTHER items' package pages, whose button downloads the file), as an Elementor "WordPress"
  element (title in ``<h5>``) or a block editor Legacy Widget (``<h2 class="widgettitle">``).
* ``dlm``: WordPress with Download Monitor: a page per item whose ``[downloads]`` list is "Title (N
  descargas)" links to ``/download/<ID>/``; the downloads-list widget (``dlm_widget_downloads``)
  titled "Descargas destacadas" (featured, by title), "Descargas recientes" / "Lista de descargas"
  (newest first) or "Descargas más populares" (by count), linking the other items' files directly.
* ``jdownloads``: Joomla 4 (Cassiopeia) with jDownloads: a categories view → a category per item
  (its words, files with "Fecha de creación", "Tamaño del archivo", a "Descargar" button →
  ``?task=download.send&id=…``; the title → the download's details page); the "jDownloads Latest"
  and "jDownloads Top" modules in the ``main-top`` (above the category) or ``main-bottom`` (below)
  card positions: other categories' newest / most downloaded files with their date, hits and the
  category they belong to (details pages carry a breadcrumb to their own category).
* ``elementor``: WordPress posts, one per item, in an Elementor Pro single template: the post's
  date, its words and WordPress File blocks; around them an Elementor Posts widget ("Últimas
  publicaciones de transparencia": other items' posts with their dates, excerpts and "Leer más »"),
  YARPP's related posts ("Documentos relacionados:" — posts sharing a topic tag, after the
  content), a tag cloud
  ("Etiquetas": "Numeral 8", "Presupuesto", … → tag archives) and a "Novedades" marquee of the
  newest uploads (direct links to other items' PDF files).

Some widgets also follow the index's list of items (after its last link). The truth is the item's
own section in every layout.
"""

from __future__ import annotations

import datetime as dt
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

LAYOUTS = ("wpdm", "dlm", "jdownloads", "elementor")
EXAM39: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: pages per item whose
# titles may be bare labels (WordPress) or numbered ones (Download Monitor's, Joomla's menus).
_INNER = {"wpdm": "wordpress", "dlm": "joomla", "jdownloads": "joomla", "elementor": "wordpress"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM39[section][key]["text"]


@dataclass
class _File:
    """One document of the site as its download plugin knows it."""

    doc: Doc
    item: Item
    up: dt.date  # when it was uploaded
    hits: int  # how often it was downloaded
    size: int  # KB
    page: str = ""  # the page a widget links for it (package, details, post), "" for the file


@dataclass
class _Site:
    name: str
    today: dt.date
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, today: dt.date, index: str) -> tuple[_Site, str]:
    """The municipality's site, its menu leading to ``index``, and the menu's word."""
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    site = _Site(str(_w("site", "name")).format(town=town), today)
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


def _files(items: list[Item], today: dt.date, draw: st.DrawFn) -> list[_File]:
    """Every document of the site with its upload date, downloads and size."""
    lag = draw(st.integers(1, 12))
    out = []
    for item in _present(items):
        for doc in item.docs:
            up = uploaded(doc, today, lag + draw(st.integers(0, 6)))
            out.append(_File(doc, item, up, draw(st.integers(0, 480)), draw(st.integers(60, 4800))))
    return out


def _newest(files: Sequence[_File], count: int) -> list[_File]:
    """The ``count`` newest served files of the site (what a "latest" widget lists)."""
    served = [f for f in files if f.doc.ok]
    return sorted(served, key=lambda f: (f.up, f.doc.name), reverse=True)[:count]


def _popular(files: Sequence[_File], count: int) -> list[_File]:
    """The ``count`` most downloaded served files of the site."""
    served = [f for f in files if f.doc.ok]
    return sorted(served, key=lambda f: (f.hits, f.doc.name), reverse=True)[:count]


def _long_date(day: dt.date) -> str:
    """ "3 de noviembre de 2026": WordPress es_ES's date format."""
    return f"{day.day} de {MESES[day.month - 1].lower()} de {day.year}"


def _kb(size: int) -> str:
    return f"{size / 1024:.2f} MB" if size >= 1024 else f"{size:.2f} KB"


def _slots(
    draw: st.DrawFn, kinds: Sequence[str], mode: str, after_only: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """Which widgets an item page shows and where ("antes" / "despues" the item's own list): on
    every page in mode "todas", on about half of them in mode "algunas"."""
    if not kinds or (mode == "algunas" and draw(st.booleans())):
        return []
    chosen = draw(
        st.lists(st.sampled_from(list(kinds)), min_size=1, max_size=len(kinds), unique=True)
    )
    return [
        (kind, "despues" if kind in after_only else draw(st.sampled_from(["antes", "despues"])))
        for kind in chosen
    ]


def _assemble(draw: st.DrawFn, item: Item, own: str, widgets: Sequence[tuple[str, str]]) -> str:
    """The item's words and own list, with the widgets before and after them. When a widget comes
    first, the editor's heading ("Documentos") opens the item's own part again."""
    before = "".join(html for html, where in widgets if where == "antes")
    after = "".join(html for html, where in widgets if where == "despues")
    head = f"<h2>{_e(str(draw(st.sampled_from(_w('site', 'own_heading')))))}</h2>" if before else ""
    return before + head + paragraphs(item_words(item)) + own + after


def _notes(portal: ExamPortal, items: list[Item], style: str, shown: dict[int, str]) -> None:
    for item in portal.items:
        where = shown.get(item.numeral, "ausente")
        portal.notes[item.numeral] = f"{style}/{where or 'sin-widgets'}/{item_rhythm(item)}"


def _wp_widget(
    draw: st.DrawFn, wrap: str, id_base: str, classname: str, title: str, inner: str
) -> str:
    """A WordPress widget in the page's content: an Elementor "WordPress" element (title as
    ``<h5>``) or a block editor Legacy Widget block (``the_widget()``'s default wrapper)."""
    if wrap == "elementor":
        eid = hex_digits(draw, 7)
        return (
            f'<div class="elementor-element elementor-element-{eid} elementor-widget '
            f'elementor-widget-wp-widget-{id_base}" data-id="{eid}" data-element_type="widget" '
            f'data-widget_type="wp-widget-{id_base}.default">'
            f'<div class="elementor-widget-container"><h5>{_e(title)}</h5>{inner}</div></div>'
        )
    return f'<div class="widget {classname}"><h2 class="widgettitle">{_e(title)}</h2>{inner}</div>'


def _index(
    site: _Site, path: str, title: str, links: Sequence[tuple[str, str]], extra: str, menu: str
) -> None:
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    body = _opening(site) + f"<ul class='list-numerales'>{rows}</ul>" + extra
    site.put(path, title, body, [(menu, "")])


# -- wpdm ----------------------------------------------------------------------------------------


def _wpdm(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site, menu = _site(draw, today, index)
    files = _files(items, today, draw)
    mode = draw(st.sampled_from(["todas", "algunas"]))
    wrap = draw(st.sampled_from(["elementor", "bloque"]))
    naming = draw(st.sampled_from(["numeral", "slug"]))
    titles = {
        "nuevas": str(draw(st.sampled_from(_w("wpdm", "latest")))),
        "top": str(draw(st.sampled_from(_w("wpdm", "top")))),
    }
    count = draw(st.integers(3, 6))
    button = str(_w("wpdm", "button"))
    icon = str(_w("wpdm", "icon"))
    number = draw(st.integers(100, 3000))
    slugs: set[str] = set()
    for f in files:
        number += draw(st.integers(1, 9))
        slug = unique(_slug(f.doc.name)[:60], slugs)
        f.page = f"/download/{slug}/"
        f.doc.path = f"{f.page}?wpdmdl={number}&refresh={hex_digits(draw, 13)}"
        portal.headers[f.doc.path] = {
            "Content-Disposition": f'attachment; filename="{file_stem(f.doc.name)}.pdf"'
        }
        package = (
            f'<div class="w3eden"><div class="wpdm-package"><p>'
            f"{_e(str(_w('wpdm', 'files')).format(count=1))} · {_kb(f.size)}</p>"
            f'<a class="wpdm-download-link btn btn-primary" rel="nofollow" '
            f'href="{_e(f.doc.path)}">{_e(button)}</a></div></div>'
        )
        site.put(f.page, f.doc.name, package, [(menu, index), (f.doc.name, "")])

    def card(f: _File) -> str:
        return (
            '<div class="link-template-default card mb-2"><div class="card-body">'
            '<div class="media">'
            f'<div class="mr-3 img-48"><img src="{icon}" alt="pdf"></div><div class="media-body">'
            f'<h3 class="package-title"><a href="{_e(f.page)}">{_e(f.doc.name)}</a></h3>'
            '<div class="text-muted text-small"><i class="fas fa-copy"></i> '
            f"{_e(str(_w('wpdm', 'files')).format(count=1))} "
            f'<i class="fas fa-hdd ml-3"></i> {_kb(f.size)}</div></div><div class="ml-3">'
            f'<a class="wpdm-download-link btn btn-primary" rel="nofollow" '
            f'href="{_e(f.doc.path)}">{_e(button)}</a></div></div></div></div>'
        )

    def entry(f: _File) -> str:
        return (
            '<!-- WPDM Link Template: Widget Template -->\n<div class="media well '
            f'link-template-widget"><a class="mr-3 img-48" href="{_e(f.page)}"><img src="{icon}" '
            f'alt="pdf"></a><div class="media-body"><a href="{_e(f.page)}" style="display: block;'
            f'clear: bottom;font-size: 11pt;font-weight: bold;">{_e(f.doc.name)}</a><div '
            f'style="font-size: 9pt;"><i class="fas fa-hdd color-green"></i> {_kb(f.size)} '
            f'<i class="fa fa-copy ml-3"></i>\n            '
            f"{_e(str(_w('wpdm', 'widget_files')).format(count=1))}\n        </div></div></div>"
        )

    def widget(kind: str) -> str:
        chosen = _newest(files, count) if kind == "nuevas" else _popular(files, count)
        id_base = str(_w("wpdm", "id_new" if kind == "nuevas" else "id_top"))
        inner = "<div class='w3eden'>" + "".join(entry(f) for f in chosen) + "</div>"
        return _wp_widget(draw, wrap, id_base, f"widget_{id_base}", titles[kind], inner)

    by_item = {id(f.doc): f for f in files}
    links = []
    shown: dict[int, str] = {}
    seen_pages: set[str] = set()
    for item in _present(items):
        name = f"numeral-{item.numeral}" if naming == "numeral" else _slug(item.plain)[:40]
        page = unique(f"{index}{name}/", seen_pages)
        links.append((item.label, page))
        slots = _slots(draw, ["nuevas", "top"], mode)
        own = "".join(card(by_item[id(d)]) for d in item.docs)
        body = _assemble(draw, item, own, [(widget(k), where) for k, where in slots])
        site.put(page, item.label, body, [(menu, index), (item.label, "")])
        shown[item.numeral] = ",".join(f"{k}:{w}" for k, w in slots)
    extra = widget("nuevas") if draw(st.integers(0, 2)) == 0 else ""
    title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    _index(site, index, title, links, extra, menu)
    _home(site, menu, index)
    _notes(portal, items, f"wpdm/{mode}/{wrap}/indice={'si' if extra else 'no'}", shown)
    return site.routes


# -- dlm -----------------------------------------------------------------------------------------


def _dlm(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    index = draw(st.sampled_from(["/informacion-publica/", "/transparencia/"]))
    site, menu = _site(draw, today, index)
    files = _files(items, today, draw)
    mode = draw(st.sampled_from(["todas", "algunas"]))
    wrap = draw(st.sampled_from(["elementor", "bloque"]))
    kinds = draw(
        st.lists(
            st.sampled_from(["destacadas", "recientes", "populares", "lista"]),
            min_size=1,
            max_size=2,
            unique=True,
        )
    )
    limit = draw(st.integers(4, 8))
    number = draw(st.integers(40, 900))
    seen: set[str] = set()
    featured: set[int] = set()
    for f in files:
        number += draw(st.integers(1, 6))
        f.doc.path = unique(f"/download/{number}/", seen)
        portal.headers[f.doc.path] = {
            "Content-Disposition": f'attachment; filename="{file_stem(f.doc.name)}.pdf"'
        }
        if draw(st.integers(0, 2)) == 0:
            featured.add(id(f))

    def link(f: _File) -> str:
        downloads = (
            str(_w("dlm", "one")) if f.hits == 1 else str(_w("dlm", "many")).format(n=f.hits)
        )
        return (
            f'<a class="download-link" title="" href="{_e(f.doc.path)}" rel="nofollow">\n\t'
            f"{_e(f.doc.name)}\n\t({_e(downloads)}\n\t)\n</a>"
        )

    def widget(kind: str) -> str:
        served = [f for f in files if f.doc.ok]
        if kind == "destacadas":
            chosen = sorted((f for f in served if id(f) in featured), key=lambda f: f.doc.name)
            chosen = chosen[:limit]
        elif kind == "populares":
            chosen = _popular(files, limit)
        else:
            chosen = _newest(files, limit)
        if not chosen:
            return ""  # the widget prints nothing when no download matches
        title = {
            "destacadas": _w("dlm", "featured"),
            "recientes": _w("dlm", "recent"),
            "populares": _w("dlm", "popular"),
            "lista": _w("dlm", "listing"),
        }[kind]
        rows = "".join(f"<li>{link(f)}</li>" for f in chosen)
        inner = f'<ul class="dlm-downloads">{rows}</ul>'
        id_base = str(_w("dlm", "id_base"))
        return _wp_widget(draw, wrap, id_base, id_base, str(title), inner)

    by_item = {id(f.doc): f for f in files}
    links = []
    shown: dict[int, str] = {}
    seen_pages: set[str] = set()
    for item in _present(items):
        page = unique(f"{index}numeral-{item.numeral}/", seen_pages)
        links.append((item.label, page))
        slots = _slots(draw, kinds, mode)
        own = ""
        if item.docs:
            rows = "".join(f"<li>{link(by_item[id(d)])}</li>" for d in item.docs)
            own = f'<ul class="dlm-downloads">{rows}</ul>'
        widgets = [(html, where) for k, where in slots if (html := widget(k))]
        body = _assemble(draw, item, own, widgets)
        site.put(page, item.label, body, [(menu, index), (item.label, "")])
        shown[item.numeral] = ",".join(f"{k}:{w}" for k, w in slots)
    extra = widget(kinds[0]) if draw(st.integers(0, 2)) == 0 else ""
    title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    _index(site, index, title, links, extra, menu)
    _home(site, menu, index)
    _notes(portal, items, f"dlm/{mode}/{wrap}/{'+'.join(kinds)}", shown)
    return site.routes


# -- jdownloads ----------------------------------------------------------------------------------


def _jdownloads(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM39["jdownloads"]
    menu_path = str(words["menu"]["text"])
    site, menu = _site(draw, today, menu_path)
    page_title = str(words["page_title"]["text"])
    files = _files(items, today, draw)
    mode = draw(st.sampled_from(["todas", "algunas"]))
    kinds = draw(st.lists(st.sampled_from(["latest", "top"]), min_size=1, max_size=2, unique=True))
    titles = {
        "latest": str(draw(st.sampled_from(words["latest"]["text"]))),
        "top": str(draw(st.sampled_from(words["top"]["text"]))),
    }
    module_ids = {"latest": draw(st.integers(87, 120)), "top": draw(st.integers(121, 160))}
    count = draw(st.integers(4, 6))
    cat_show = draw(st.sampled_from(["enlace", "texto", "no"]))
    show_date = draw(st.booleans())
    icon = str(words["icon"]["text"])
    button = str(words["button"]["text"])
    catid = draw(st.integers(2, 40))
    file_id = draw(st.integers(20, 400))
    seen: set[str] = set()
    categories: dict[int, tuple[int, str, str]] = {}  # numeral -> (catid, alias, url)
    for item in _present(items):
        catid += draw(st.integers(1, 4))
        alias = _slug(item.plain)[:40].strip("-")
        url = str(words["category"]["text"]).format(menu=menu_path, id=catid, alias=alias)
        categories[item.numeral] = (catid, alias, url)
    for f in files:
        file_id += draw(st.integers(1, 9))
        cat, cat_alias, url = categories[f.item.numeral]
        alias = _slug(f.doc.name)[:50]
        f.doc.path = unique(
            str(words["send"]["text"]).format(category=url, id=file_id, alias=alias, catid=cat),
            seen,
        )
        portal.headers[f.doc.path] = {
            "Content-Disposition": f'attachment; filename="{file_stem(f.doc.name)}.pdf"'
        }
        if not f.doc.ok:
            site.routes[f.doc.path] = Resource(
                site_page(
                    page_title, site.name, "", "", f"<p>{_e(words['missing']['text'])}</p>", ""
                ),
                404,
            )
        f.page = str(words["details"]["text"]).format(
            menu=menu_path, catid=cat, cat_alias=cat_alias, id=file_id, alias=alias
        )
        crumbs = [(page_title, menu_path), (f.item.label, url), (f.doc.name, "")]
        site.put(
            f.page,
            f.doc.name,
            '<div class="jd_download_title"><div class="jd_left">'
            f'<img src="{icon}" style="text-align:top;border:0px;" alt="pdf"/> <b>'
            f'{_e(f.doc.name)}</b></div></div><div class="jd_words_left"><span style="font-weight: '
            f'600">{_e(words["created"]["text"])}:&#160;</span><span>{day_month_year(f.up)}</span>'
            f'</div><div class="jd_words_left"><span style="font-weight: 600">'
            f"{_e(words['size']['text'])}:&#160;</span><span>{f.size} KB</span></div>"
            f'<div class="jd_words_right"><a href="{_e(f.doc.path)}" '
            'class="jdbutton jblue jmedium" '
            f'title="{_e(button)}">{_e(button)}</a></div>',
            crumbs,
        )

    def file_block(f: _File) -> str:
        return (
            f'<div class=" jd_download_title"><div class="jd_left"> <img src="{icon}" '
            f'style="text-align:top;border:0px;" alt="pdf"/> <b><a href="{_e(f.page)}">'
            f'{_e(f.doc.name)}</a></b></div></div><div class="jd_download_wrapper"><div class=" '
            'jd_clear"><div class="jd_words_wrapper"><div class="jd_words_left" '
            'style="padding-left:5px;"><span style="font-weight: 600">'
            f"{_e(words['created']['text'])}:&#160;</span><span>{day_month_year(f.up)}</span></div>"
            f'<div class="jd_words_left"><span style="font-weight: 600">{_e(words["size"]["text"])}'
            f':&#160;</span><span>{f.size} KB</span></div><div class="jd_words_right">'
            f'<a href="{_e(f.doc.path)}" class="jdbutton jblue jmedium" title="{_e(button)}">'
            f"{_e(button)}</a></div></div></div></div>"
        )

    def module_entries(kind: str) -> str:
        chosen = _newest(files, count) if kind == "latest" else _popular(files, count)
        html = '<div style="width:100%;" class="moduletable">'
        for i, f in enumerate(chosen):
            pic = (
                f'<a href="{_e(f.page)}"><img src="{icon}" style="text-align:top;border:0px;" '
                f'width="18" height="18" alt="pdf-{i}" /></a>'
            )
            date = (
                f'<div class ="jd_module_date_newline">{day_month_year(f.up)}</div>'
                if show_date or kind == "latest"
                else ""
            )
            hits = (
                '<div class="jd_module_hits_newline" style="text-align:left;">'
                f"{_e(words['hits']['text'])}{f.hits}</div>"
                if kind == "top"
                else ""
            )
            html += (
                f'<div style="clear:both;"></div><div style="text-align:left">{pic}'
                f'<a href="{_e(f.page)}">{_e(f.doc.name)}</a>{date if kind == "latest" else ""}'
                f"</div>{hits}{date if kind == 'top' else ''}"
            )
            if cat_show != "no":
                _cat, _alias, url = categories[f.item.numeral]
                name = (
                    f'<a href="{_e(url)}">{_e(f.item.label)}</a>'
                    if cat_show == "enlace"
                    else _e(f.item.label)
                )
                html += (
                    '<div style="text-align:left;font-size:8pt; color:#808080;">'
                    f"{_e(words['category_label']['text'])}{name}</div>"
                )
        return html + '<div style="clear:both;"></div></div>'

    def module(kind: str, where: str) -> str:
        position = "main-top" if where == "antes" else "main-bottom"
        mid = module_ids[kind]
        return (
            f'<div class="{position} card " aria-labelledby="mod-{mid}"><h3 class="card-header " '
            f'id="mod-{mid}">{_e(titles[kind])}</h3><div class="card-body">{module_entries(kind)}'
            "</div></div>"
        )

    by_item = {id(f.doc): f for f in files}
    blocks = []
    shown: dict[int, str] = {}
    for item in _present(items):
        cat, _alias, url = categories[item.numeral]
        own = "".join(file_block(by_item[id(d)]) for d in item.docs)
        if not item.docs and not item_words(item):
            own = f"<p>{_e(words['empty']['text'])}</p>"
        slots = _slots(draw, kinds, mode)
        top = "".join(module(k, w) for k, w in slots if w == "antes")
        bottom = "".join(module(k, w) for k, w in slots if w == "despues")
        component = (
            '<div class="jd_cats_subheader"><div class="jd_subheader_wrap">'
            f'<h2 class="jd_cat_subheader_title">{_e(item.label)}</h2></div></div>'
            f'<div class="jd_cat_description">{paragraphs(item_words(item))}</div>{own}'
        )
        site.put(
            url, item.label, top + component + bottom, [(page_title, menu_path), (item.label, "")]
        )
        blocks.append(
            '<div class="jd_cat_main"><div class="jd_categories_title_v46">'
            f'<a href="{_e(url)}">{_e(item.label)}</a></div></div>'
        )
        shown[item.numeral] = ",".join(f"{k}:{w}" for k, w in slots)
        del cat
    extra = module(kinds[0], "despues") if draw(st.integers(0, 2)) == 0 else ""
    site.put(menu_path, page_title, _opening(site) + "".join(blocks) + extra, [(page_title, "")])
    _home(site, menu, menu_path)
    _notes(portal, items, f"jdownloads/{mode}/{'+'.join(kinds)}/categoria={cat_show}", shown)
    return site.routes


# -- elementor -----------------------------------------------------------------------------------


@dataclass
class _Post:
    item: Item
    path: str
    date: dt.date
    pid: int
    excerpt: str
    tags: list[tuple[str, str]]  # (name, slug)


def _excerpt(item: Item, words: int = 25) -> str:
    """wp_trim_words() of the post's text: its words, or its files' names and buttons."""
    texts = item_words(item) or [f"{d.name} {_w('elementor', 'download')}" for d in item.docs]
    split = " ".join(texts).split()
    return " ".join(split[:words]) + ("…" if len(split) > words else "")


def _elementor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM39["elementor"]
    index = str(words["index"]["text"])
    site, menu = _site(draw, today, index)
    files = _files(items, today, draw)
    mode = draw(st.sampled_from(["todas", "algunas"]))
    kinds = draw(
        st.lists(
            st.sampled_from(["posts", "related", "tags", "ticker"]),
            min_size=2,
            max_size=4,
            unique=True,
        )
    )
    posts_title = str(draw(st.sampled_from(words["latest_posts"]["text"])))
    related_title = str(draw(st.sampled_from(words["related"]["text"])))
    posts_count = draw(st.integers(3, 6))
    ticker_count = draw(st.integers(4, 7))
    download = str(words["download"]["text"])
    read_more = str(words["read_more"]["text"])
    topics = {int(n): str(name) for name, numbers in words["topics"]["text"] for n in numbers}
    seen: set[str] = set()
    for f in files:
        stem = file_stem(f.doc.name)
        f.doc.path = unique(f"/wp-content/uploads/{f.up.year}/{f.up.month:02d}/{stem}.pdf", seen)
    by_item = {id(f.doc): f for f in files}
    posts: list[_Post] = []
    slugs: set[str] = set()
    pid = draw(st.integers(300, 4000))
    for item in _present(items):
        pid += draw(st.integers(2, 40))
        mine = [by_item[id(d)] for d in item.docs]
        date = max(
            (f.up for f in mine), default=today - dt.timedelta(days=draw(st.integers(60, 900)))
        )
        path = "/" + unique(_slug(item.label)[:50].strip("-"), slugs) + "/"
        tags = [(f"Numeral {item.numeral}", f"numeral-{item.numeral}")]
        topic = topics.get(item.numeral)
        if topic:
            tags.append((topic, _slug(topic)))
        posts.append(_Post(item, path, date, pid, _excerpt(item), tags))
    for post in posts:
        for f in files:
            if f.item is post.item:
                f.page = post.path

    def element(kind: str, inner: str, widget_type: str) -> str:
        eid = hex_digits(draw, 7)
        return (
            f'<div class="elementor-element elementor-element-{eid} elementor-widget '
            f'elementor-widget-{kind}" data-id="{eid}" data-element_type="widget" '
            f'data-widget_type="{widget_type}"><div class="elementor-widget-container">{inner}'
            "</div></div>"
        )

    def article(post: _Post) -> str:
        title = _e(post.item.label)
        return (
            f'<article class="elementor-post elementor-grid-item post-{post.pid} post type-post '
            'status-publish format-standard hentry category-transparencia"><div '
            f'class="elementor-post__text"><h3 class="elementor-post__title"><a href="{post.path}">'
            f'{title}</a></h3><div class="elementor-post__meta-data">'
            '<span class="elementor-post-date">'
            f'{_long_date(post.date)}</span></div><div class="elementor-post__excerpt"><p>'
            f'{_e(post.excerpt)}</p></div><a class="elementor-post__read-more" href="{post.path}" '
            f'aria-label="Más información sobre {title}" tabindex="-1">{_e(read_more)}</a></div>'
            "</article>"
        )

    def posts_widget(current: _Post | None) -> str:
        others = [p for p in posts if p is not current]
        chosen = sorted(others, key=lambda p: (p.date, p.pid), reverse=True)[:posts_count]
        heading = element(
            "heading",
            f'<h2 class="elementor-heading-title elementor-size-default">{_e(posts_title)}</h2>',
            "heading.default",
        )
        grid = element(
            "posts",
            '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic '
            f'elementor-grid">{"".join(article(p) for p in chosen)}</div>',
            "posts.classic",
        )
        return heading + grid

    def related_widget(current: _Post) -> str:
        topic = current.tags[1][0] if len(current.tags) > 1 else None
        others = [p for p in posts if p is not current and topic and len(p.tags) > 1]
        chosen = [p for p in others if p.tags[1][0] == topic][:4]
        if not chosen:
            return ""
        rows = "".join(
            f'<li><a href="{p.path}" rel="bookmark" title="{_e(p.item.label)}">'
            f"{_e(p.item.label)}</a></li>"
            for p in chosen
        )
        return (
            "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n"
            f"<!-- YARPP List -->\n<h3>{_e(related_title)}</h3><ol>{rows}</ol>\n</div>"
        )

    tag_posts: dict[str, tuple[str, list[_Post]]] = {}
    for post in posts:
        for name, slug in post.tags:
            tag_posts.setdefault(slug, (name, []))[1].append(post)
    tag_ids = {slug: 3 + n for n, slug in enumerate(sorted(tag_posts))}

    def tags_widget() -> str:
        ordered = sorted(tag_posts.items(), key=lambda kv: kv[1][0])
        counts = [len(ps) for _s, (_n, ps) in ordered]
        low, high = min(counts), max(counts)
        links = []
        for position, (slug, (name, tagged)) in enumerate(ordered, start=1):
            size = 8 + (len(tagged) - low) * (22 - 8) / (high - low) if high > low else 8
            label = (
                str(words["item_label"]["text"]).format(name=name)
                if len(tagged) == 1
                else str(words["items_label"]["text"]).format(name=name, n=len(tagged))
            )
            links.append(
                f'<a href="/tag/{slug}/" class="tag-cloud-link tag-link-{tag_ids[slug]} '
                f'tag-link-position-{position}" style="font-size: {size:.14g}pt;" '
                f'aria-label="{_e(label)}">{_e(name)}</a>'
            )
        title = str(words["tags"]["text"])
        inner = (
            f'<h5>{_e(title)}</h5><nav aria-label="{_e(title)}"><div class="tagcloud">'
            + "\n".join(links)
            + "</div></nav>"
        )
        return element("wp-widget-tag_cloud", inner, "wp-widget-tag_cloud.default")

    def ticker_widget() -> str:
        newest = _newest(files, ticker_count)
        if not newest:
            return ""
        entries = " &nbsp;|&nbsp; ".join(
            f'<a href="{_e(f.doc.path)}" target="_blank">{_e(f.doc.name)}</a> '
            f"({day_month_year(f.up)})"
            for f in newest
        )
        inner = (
            f'<div class="ticker-novedades"><strong>{_e(str(words["ticker"]["text"]))}</strong> '
            '<marquee behavior="scroll" direction="left" scrollamount="4" '
            f'onmouseover="this.stop();" onmouseout="this.start();">{entries}</marquee></div>'
        )
        return element("html", inner, "html.default")

    def widget(kind: str, current: _Post) -> str:
        if kind == "posts":
            return posts_widget(current)
        if kind == "related":
            return related_widget(current)
        if kind == "tags":
            return tags_widget()
        return ticker_widget()

    def file_block(f: _File) -> str:
        ident = f"wp-block-file--media-{hex_digits(draw, 8)}-{hex_digits(draw, 4)}"
        return (
            f'<div class="wp-block-file"><a id="{ident}" href="{_e(f.doc.path)}">{_e(f.doc.name)}'
            f'</a><a href="{_e(f.doc.path)}" class="wp-block-file__button wp-element-button" '
            f'download aria-describedby="{ident}">{_e(download)}</a></div>'
        )

    shown: dict[int, str] = {}
    for post in posts:
        item = post.item
        slots = _slots(draw, kinds, mode, after_only=["related"])
        own = "".join(file_block(by_item[id(d)]) for d in item.docs)
        widgets = [(html, where) for k, where in slots if (html := widget(k, post))]
        content = _assemble(draw, item, own, [])
        before = "".join(html for html, where in widgets if where == "antes")
        after = "".join(html for html, where in widgets if where == "despues")
        head = (
            f"<h2>{_e(str(draw(st.sampled_from(_w('site', 'own_heading')))))}</h2>"
            if before
            else ""
        )
        info = (
            '<div class="elementor-widget-post-info"><ul class="elementor-inline-items '
            'elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item '
            'elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text '
            'elementor-post-info__item elementor-post-info__item--type-date">'
            f"{_long_date(post.date)}</span></li></ul></div>"
        )
        body = (
            info
            + before
            + element("theme-post-content", head + content, "theme-post-content.default")
            + after
        )
        site.put(post.path, item.label, body, [(menu, index), (item.label, "")])
        shown[item.numeral] = ",".join(f"{k}:{w}" for k, w in slots)
    for slug, (name, tagged) in tag_posts.items():
        listing = "".join(
            f'<article class="post-{p.pid} post type-post"><h2 class="entry-title"><a '
            f'href="{p.path}">{_e(p.item.label)}</a></h2><div class="entry-summary"><p>'
            f'{_e(p.excerpt)}</p></div><a class="more-link" href="{p.path}">{_e(read_more)}</a>'
            "</article>"
            for p in sorted(tagged, key=lambda p: (p.date, p.pid), reverse=True)
        )
        title = str(words["archive"]["text"]).format(name=name)
        site.put(f"/tag/{slug}/", title, listing, [(title, "")])
    links = [(p.item.label, p.path) for p in posts]
    extra = ""
    if draw(st.integers(0, 2)) == 0:
        extra = ticker_widget() if "ticker" in kinds else posts_widget(None)
    rows = "".join(
        f'<li class="elementor-icon-list-item"><a href="{_e(h)}"><span '
        f'class="elementor-icon-list-text">{_e(t)}</span></a></li>'
        for t, h in links
    )
    title = str(draw(st.sampled_from(_w("site", "index_titles"))))
    body = _opening(site) + f'<ul class="elementor-icon-list-items">{rows}</ul>' + extra
    site.put(index, title, body, [(menu, "")])
    _home(site, menu, index)
    _notes(portal, items, f"elementor/{mode}/{'+'.join(kinds)}", shown)
    return site.routes


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "wpdm": _wpdm,
    "dlm": _dlm,
    "jdownloads": _jdownloads,
    "elementor": _elementor,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 39 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
