"""Thirty-eighth exam: four portal layouts whose theme is HEAVY PAGES, with the truth of every
section.

Real page builders and frameworks send very large HTML. The median page's HTML is 18-30 KB, but
pages of 1-4 MB are common among builder sites (``wording.toml``: ALMANAC24, JWATTE, PERFPLANET,
TECHRESOLVE): Elementor prints all its CSS inline and an SVG per icon use, menus twice (desktop and
mobile) and staff paste whole HTML with data-URI pictures into its widgets; Next.js and Nuxt
repeat the page's content (and the site's news) as JSON for hydration; ASP.NET WebForms puts a
``__VIEWSTATE`` of hundreds of kilobytes before the content; Divi sites open their pages with a
news slider and a gallery of pasted pictures and list the Article 10 items after them. Every page
here is drawn to a size (a few per portal up to ~3 MB) and served UNCOMPRESSED (a third of real
sites do not compress, ALMANAC24). The filler is what those pages really carry, drawn at random
(CSS rules, SVG path data, base64 JPEG/PNG/WOFF2, JSON records); it holds no Article 10 words,
no dates near the items and no links to documents.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``) and served at the generator's addresses; the
truth is what a browser shows: every page is rendered whole by a browser, so bytes before or
around the content change nothing. Wording from real pages (``wording.toml``). Layouts:

* ``elementor``: a WordPress + Elementor Pro site: inline CSS ("internal embedding") and base64
  fonts in the head, the header's nav menu printed twice (``elementor-nav-menu--main`` and the
  ``--dropdown`` copy, every link again) and once more in the footer, an HTML widget banner whose
  picture is a data URI, inline SVG icons per use, ``elementorFrontendConfig`` JSON at the end.
  The Article 10 page holds all numerals as an accordion, a toggle, a nested accordion
  (``<details class="e-n-accordion-item">`` holding icon-list widgets) or vertical tabs (every
  title printed twice: desktop and mobile), or icon boxes leading to a page per numeral ("<item>
  numeral <n>", as ces.gob.gt titles them). Where the content sits among the bytes is drawn.
* ``nextjs``: a Next.js (Pages Router: ``__NEXT_DATA__``; App Router: ``self.__next_f.push``
  flight chunks) or Nuxt 2 (``window.__NUXT__=(function(a,b,…){…}(…))``) site: the content is
  rendered in the body (React's ``<!-- -->`` between text nodes) and repeated, escaped, in the
  page's data with the site's whole news list (0.04-3 MB of JSON) and a styled-components
  ``<style>`` in the head: one page with every numeral, or an index of cards and a page per numeral
  (each page carrying the same site data).
* ``viewstate``: an ASP.NET WebForms portal: every page opens its form with a ``__VIEWSTATE``
  (sometimes split in ``__VIEWSTATE1``… by ``maxPageStateFieldLength``) of 20 KB to ~3 MB, then a
  GridView of the numerals (``InformacionPublica.aspx``) leading to a page per numeral with a
  "Documento | Fecha de publicación | Descargar" GridView; the index and a few numeral pages are
  the heavy ones; ``__EVENTVALIDATION`` at the end.
* ``al-final``: a WordPress site whose Article 10 content comes after most of the bytes: a news
  slider of data-URI pictures and a "Galería de fotos" of pasted photos, then the numerals at the
  end of the transparency page or of the home page, or an index at the end of such a page leading
  to a page per numeral whose documents come after that numeral's own gallery (heavy for numerals
  that publish photos: organisation, offices, staff, works, other information). Drawn between Divi
  (its slider, gallery and toggles, titles ``h5`` by default, and Divi's real body classes such as
  ``et_fixed_nav et_show_nav``) and a block theme (MetaSlider's flexslider, the core gallery,
  ``wp-block-details`` or ``wp-block-heading`` sections with ``wp-block-file`` downloads).

Menus hold only offices, services and tourism (no office named like an Article 10 item); their
entries are anchors on one page per menu section, and news pages are light, so the crawl meets a
few heavy pages per portal, not hundreds.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    item_rhythm,
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
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("elementor", "nextjs", "viewstate", "al-final")
EXAM38: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions the items follow in each layout.
_INNER = {
    "elementor": "accordion",
    "nextjs": "table",
    "viewstate": "joomla",
    "al-final": "wordpress",
}
KB = 1024

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM38[section][key]["text"]


# -- the bytes a heavy page carries ----------------------------------------------------------------

_MAGIC = {
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "woff2": b"wOF2\x00\x01\x00\x00",
}
_FONTS = ("Montserrat", "Roboto", "Open Sans", "Poppins", "Lato")
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _Heap:
    """What a heavy page is filled with, drawn from one seed: element ids, SVG path data, CSS
    rules, base64 pictures and fonts, JSON records. Never an Article 10 word, date or link."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._icons: dict[str, str] = {}

    def hex(self, digits: int = 7) -> str:
        return f"{self.rng.getrandbits(4 * digits):0{digits}x}"

    def number(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def b64(self, size: int, kind: str = "jpeg") -> str:
        """About ``size`` characters of base64 of a ``kind`` file (its magic bytes, then noise)."""
        head = _MAGIC[kind]
        raw = max(len(head), size * 3 // 4)
        return base64.b64encode(head + self.rng.randbytes(raw - len(head))).decode("ascii")

    def path_data(self, size: int) -> str:
        rng = self.rng
        out = [f"M{rng.uniform(0, 512):.1f} {rng.uniform(0, 512):.1f}"]
        total = len(out[0])
        while total < size:
            command = rng.choice("cClLsSvVhHqQ")
            count = {"c": 6, "s": 4, "q": 4, "l": 2, "v": 1, "h": 1}[command.lower()]
            numbers = "".join(
                f"{'-' if rng.random() < 0.4 else ' '}{rng.uniform(0, 300):.1f}"
                for _ in range(count)
            )
            token = command + numbers.lstrip(" ")
            out.append(token)
            total += len(token)
        return "".join(out) + "z"

    def icon(self, name: str, view: str = "0 0 512 512", css: str = "e-font-icon-svg") -> str:
        """An inline SVG icon as Elementor prints it (one copy per use; the path drawn once per
        portal and icon)."""
        if name not in self._icons:
            self._icons[name] = self.path_data(self.number(600, 1800))
        return (
            f'<svg aria-hidden="true" class="{css} e-fas-{name}" viewBox="{view}" '
            f'xmlns="http://www.w3.org/2000/svg"><path d="{self._icons[name]}"></path></svg>'
        )

    def css(self, size: int, flavour: str, page: int = 0) -> str:
        """About ``size`` characters of CSS rules of a builder (``elementor``, ``divi``,
        ``styled``, ``aspnet``)."""
        rng = self.rng
        out: list[str] = []
        total = 0
        while total < size:
            a, b, c = rng.randint(0, 60), rng.randint(8, 48), f"{rng.getrandbits(24):06X}"
            font = rng.choice(_FONTS)
            if flavour == "elementor":
                sel = f".elementor-{page} .elementor-element.elementor-element-{self.hex()}"
                kind = rng.randrange(4)
                if kind == 0:
                    rule = (
                        f"{sel}{{--display:flex;--flex-direction:column;--container-widget-width:"
                        f"100%;--container-widget-height:initial;--container-widget-flex-grow:0;"
                        f"--container-widget-align-self:initial;--flex-wrap-mobile:wrap;--gap:{a}px"
                        f" {a}px;--row-gap:{a}px;--column-gap:{a}px;--padding-top:{b}px;"
                        f"--padding-bottom:{b}px;}}"
                    )
                elif kind == 1:
                    rule = (
                        f'{sel} .elementor-heading-title{{font-family:"{font}", Sans-serif;'
                        f"font-size:{b}px;font-weight:{rng.choice((400, 500, 600, 700))};"
                        f"line-height:1.{a}em;color:#{c};}}"
                    )
                elif kind == 2:
                    rule = (
                        f"@media(max-width:767px){{{sel}{{--width:100%;--padding-top:{a}px;"
                        f"--padding-right:{a}px;--padding-bottom:{a}px;--padding-left:{a}px;}}}}"
                    )
                else:
                    rule = (
                        f"{sel}:not(.elementor-motion-effects-element-type-background), {sel} > "
                        f".elementor-motion-effects-container > .elementor-motion-effects-layer"
                        f"{{background-color:#{c};}}"
                    )
            elif flavour == "divi":
                k = rng.randint(0, 400)
                rule = rng.choice(
                    [
                        f".et_pb_section_{k}.et_pb_section{{padding-top:{a}px;padding-bottom:"
                        f"{b}px;background-color:#{c}!important}}",
                        f".et_pb_text_{k} h2{{font-family:'{font}',Helvetica,Arial,Lucida,"
                        f"sans-serif;font-size:{b}px;color:#{c}!important;line-height:1.{a}em}}",
                        f".et_pb_row_{k},body #page-container .et-db #et-boc .et-l .et_pb_row_{k}"
                        f".et_pb_row{{width:{80 + a % 20}%;max-width:{1000 + a * 10}px}}",
                        f"@media only screen and (max-width:980px){{.et_pb_image_{k}{{text-align:"
                        f"center;margin-left:auto;margin-right:auto}}}}",
                    ]
                )
            elif flavour == "styled":
                cls = "".join(rng.choice(_LETTERS) for _ in range(6))
                rule = (
                    f".{cls}{{display:flex;flex-direction:{rng.choice(('row', 'column'))};"
                    f"gap:{a}px;padding:{b}px {a}px;border-radius:{a % 12}px;background:#{c};"
                    f"font-family:'{font}',sans-serif;}}"
                )
            else:
                rule = (
                    f"#ctl00_ContentPlaceHolder1_{self.hex(4)} td{{padding:{a % 9}px;"
                    f"border:1px solid #{c};font:{b % 14 + 8}pt Tahoma,Verdana}}"
                )
            out.append(rule)
            total += len(rule)
        return "".join(out)

    def fonts(self, size: int) -> str:
        """``@font-face`` rules whose fonts are data URIs (a local-fonts plugin's output)."""
        out: list[str] = []
        total = 0
        while total < size:
            face = (
                f'@font-face{{font-family:"{self.rng.choice(_FONTS)}";font-style:normal;'
                f"font-weight:{self.rng.choice((300, 400, 500, 600, 700))};font-display:swap;"
                f"src:url(data:font/woff2;base64,{self.b64(self.number(12, 48) * KB, 'woff2')})"
                ' format("woff2");}'
            )
            out.append(face)
            total += len(face)
        return "".join(out)

    def pictures(self, size: int, wrap: Callable[[str, int], str], low: int, high: int) -> str:
        """Data-URI JPEGs of ``low``-``high`` KB, each wrapped by ``wrap(data_uri, index)``, to
        about ``size`` characters."""
        out: list[str] = []
        total = 0
        index = 0
        while total < size:
            weight = min(self.number(low, high) * KB, max(4 * KB, size - total))
            piece = wrap(f"data:image/jpeg;base64,{self.b64(weight)}", index)
            out.append(piece)
            total += len(piece)
            index += 1
        return "".join(out)

    def records(self, count: int, body: int) -> list[dict[str, Any]]:
        """``count`` CMS media records (Strapi-like formats), ``body`` characters of base64
        placeholders each."""
        out = []
        for _ in range(count):
            name = f"IMG_{self.number(1000, 9999)}"
            ident = self.hex(10)
            formats = {
                size: {
                    "ext": ".jpg",
                    "url": f"/uploads/{size}_{name}_{ident}.jpg",
                    "hash": f"{size}_{name}_{ident}",
                    "mime": "image/jpeg",
                    "name": f"{size}_{name}.jpg",
                    "size": round(self.rng.uniform(5, 300), 2),
                    "width": width,
                    "height": width * 2 // 3,
                }
                for size, width in (("thumbnail", 234), ("small", 500), ("medium", 750))
            }
            out.append(
                {
                    "id": self.number(1, 99999),
                    "name": f"{name}.jpg",
                    "hash": f"{name}_{ident}",
                    "formats": formats,
                    "blurDataURL": f"data:image/jpeg;base64,{self.b64(body)}",
                }
            )
        return out


def _kb(size: int) -> int:
    return round(size / KB)


def _numbers(numerals: Sequence[int] | set[int]) -> str:
    return ",".join(str(n) for n in sorted(numerals)) or "-"


def _split(total: int, fractions: Sequence[float]) -> list[int]:
    """``total`` bytes in parts proportional to ``fractions``."""
    whole = sum(fractions) or 1.0
    return [max(0, int(total * f / whole)) for f in fractions]


# -- the site: municipality, menu sections, news ---------------------------------------------------


@dataclass
class _News:
    title: str
    summary: str
    path: str
    day: dt.date


@dataclass
class _Section:
    title: str
    path: str
    entries: list[tuple[str, str, str]]  # (label, anchor, sentence)


@dataclass
class _Site:
    town: str
    name: str
    today: dt.date
    heap: _Heap
    sections: list[_Section]
    news: list[_News]
    index_title: str = ""
    index_path: str = ""
    index_href: str = ""  # the menu's address of the Article 10 page (index_path when empty)
    assets: dict[str, str] = field(default_factory=dict)
    routes: Routes = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)

    def put(self, path: str, html: str) -> None:
        body = html.encode("utf-8")
        self.routes[path] = Resource(body)
        self.sizes[path] = len(body)

    def menu(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """(title, address, [(entry, address)]) of the menu, the transparency entry included."""
        out: list[tuple[str, str, list[tuple[str, str]]]] = [(str(_w("site", "home")), "/", [])]
        for section in self.sections:
            entries = [(label, f"{section.path}#{anchor}") for label, anchor, _s in section.entries]
            out.append((section.title, section.path, entries))
        out.append((str(_w("site", "news")), "/noticias/", [(n.title, n.path) for n in self.news]))
        out.append((str(_w("menu", "transparency")), self.index_href or self.index_path, []))
        return out

    def date(self, day: dt.date) -> str:
        return str(_w("site", "date")).format(
            d=day.day, mes=MESES[day.month - 1].lower(), yyyy=day.year
        )


def _site(draw: st.DrawFn, today: dt.date) -> _Site:
    heap = _Heap(draw(st.integers(0, 2**32 - 1)))
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    sections = []
    for title, slug, entries in _w("menu", "sections"):
        keep = heap.number(max(2, len(entries) - 3), len(entries))
        chosen = entries[:keep]
        sections.append(
            _Section(
                str(title),
                f"/{slug}/",
                [(str(label), _slug(str(label)), str(sentence)) for label, sentence in chosen],
            )
        )
    count = draw(st.integers(5, 12))
    pool = list(_w("news", "items"))
    news = []
    back = 0
    for index in range(count):
        headline, summary = pool[index % len(pool)]
        back += heap.number(1, 9)
        day = today - dt.timedelta(days=back)
        title = str(headline).format(town=town)
        if index >= len(pool):
            title = f"{title} ({index // len(pool) + 1})"
        path = f"/noticias/{_slug(title)[:50]}-{heap.number(100, 9999)}/"
        news.append(_News(title, str(summary), path, day))
    return _Site(town, str(_w("site", "name")).format(town=town), today, heap, sections, news)


def _words(item: Item) -> str:
    return "".join(f"<p>{_e(t)}</p>" for t in item_words(item))


def _section_body(section: _Section) -> str:
    """A menu section's own page: one heading (an anchor) per entry."""
    parts = []
    for label, anchor, sentence in section.entries:
        parts.append(f'<h2 id="{anchor}">{_e(label)}</h2>')
        if sentence:
            parts.append(f"<p>{_e(sentence)}</p>")
    return "".join(parts)


def _news_body(site: _Site, news: _News) -> str:
    text = f"<p>{_e(news.summary)}</p>" if news.summary else ""
    return f'<p class="fecha">{_e(site.date(news.day))}</p>{text}'


def _notes(portal: ExamPortal, site: _Site, where: dict[int, tuple[str, str]], how: str) -> None:
    """Every item's note: the layout's variant, the page it is on, the page's size and how many
    kilobytes come before the item's name there."""
    for item in portal.items:
        path, needle = where.get(item.numeral, ("", ""))
        if not path or path not in site.routes:
            portal.notes[item.numeral] = f"{how}/{item_rhythm(item)}/ausente"
            continue
        body = site.routes[path].body
        start = max(0, body.find(b"</head>"))
        at = body.find(needle.encode("utf-8"), start) if needle else -1
        before = f"{_kb(at)}KB" if at >= 0 else "?"
        portal.notes[item.numeral] = (
            f"{how}/{item_rhythm(item)} {path} pagina={_kb(len(body))}KB antes={before}"
        )


def _doc_date(doc: Any, today: dt.date, lag: int) -> str:
    return day_month_year(uploaded(doc, today, lag) if doc.modified else today)


# -- elementor ------------------------------------------------------------------------------------


def _el_menu_items(site: _Site, heap: _Heap, *, mobile: bool) -> str:
    tab = ' tabindex="-1"' if mobile else ""
    rows = []
    for title, href, entries in site.menu():
        ident = heap.number(20, 3999)
        if entries:
            sub = "".join(
                f'<li class="menu-item menu-item-type-custom menu-item-object-custom '
                f'menu-item-{heap.number(20, 3999)}"><a href="{_e(h)}" '
                f'class="elementor-sub-item{" elementor-item-anchor" if "#" in h else ""}"{tab}>'
                f"{_e(t)}</a></li>"
                for t, h in entries
            )
            rows.append(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page '
                f'menu-item-has-children menu-item-{ident}"><a href="{_e(href)}" '
                f'class="elementor-item"{tab}>{_e(title)}</a><ul class="sub-menu '
                f'elementor-nav-menu--dropdown">{sub}</ul></li>'
            )
        else:
            rows.append(
                f'<li class="menu-item menu-item-type-post_type menu-item-object-page '
                f'menu-item-{ident}"><a href="{_e(href)}" class="elementor-item"{tab}>'
                f"{_e(title)}</a></li>"
            )
    return "".join(rows)


def _el_header(site: _Site, heap: _Heap, header_id: int) -> str:
    menu_id = heap.hex()
    desktop = _el_menu_items(site, heap, mobile=False)
    mobile = _el_menu_items(site, heap, mobile=True)
    logo = f"data:image/png;base64,{heap.b64(heap.number(3, 12) * KB, 'png')}"
    return (
        f'<div data-elementor-type="header" data-elementor-id="{header_id}" class="elementor '
        f'elementor-{header_id} elementor-location-header" data-elementor-post-type='
        f'"elementor_library"><div class="elementor-element elementor-element-{heap.hex()} '
        f'e-flex e-con-boxed e-con e-parent" data-id="{heap.hex()}" data-element_type='
        f'"container"><div class="elementor-widget elementor-widget-theme-site-logo '
        f'elementor-widget-image"><a href="/"><img width="220" height="80" src="{logo}" '
        f'alt="{_e(site.name)}"></a></div><div class="elementor-element elementor-element-'
        f'{menu_id} elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"'
        f' data-id="{menu_id}" data-element_type="widget" data-settings="{{&quot;layout&quot;:'
        f"&quot;horizontal&quot;,&quot;submenu_icon&quot;:{{&quot;value&quot;:&quot;&lt;svg "
        f"class=&quot;e-font-icon-svg e-fas-caret-down&quot;&gt;&lt;/svg&gt;&quot;,&quot;"
        f'library&quot;:&quot;fa-solid&quot;}},&quot;toggle&quot;:&quot;burger&quot;}}" '
        f'data-widget_type="nav-menu.default"><div class="elementor-widget-container">'
        f'<nav aria-label="{_e(str(_w("elementor", "menu_label")))}" '
        f'class="elementor-nav-menu--main elementor-nav-menu__container '
        f'elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">'
        f'<ul id="menu-1-{menu_id}" class="elementor-nav-menu">{desktop}'
        f'</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" '
        f'aria-label="Menu Toggle" aria-expanded="false">{heap.icon("menu-bar", "0 0 1000 1000")}'
        f'{heap.icon("close", "0 0 1000 1000")}<span class="elementor-screen-only">'
        f'{_e(str(_w("elementor", "menu_label")))}</span></div><nav class="elementor-nav-menu--'
        f'dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-{menu_id}" '
        f'class="elementor-nav-menu">{mobile}</ul></nav></div></div></div></div>'
    )


def _el_footer(site: _Site, heap: _Heap, footer_id: int) -> str:
    links = "".join(
        f'<li class="elementor-icon-list-item"><a href="{_e(h)}"><span class="elementor-icon-'
        f'list-icon">{heap.icon("angle-right", "0 0 256 512")}</span><span class="elementor-icon-'
        f'list-text">{_e(t)}</span></a></li>'
        for t, h, _entries in site.menu()
    )
    text = str(_w("site", "footer")).format(name=site.name)
    return (
        f'<div data-elementor-type="footer" data-elementor-id="{footer_id}" class="elementor '
        f'elementor-{footer_id} elementor-location-footer"><div class="elementor-widget '
        f'elementor-widget-icon-list"><ul class="elementor-icon-list-items">{links}</ul></div>'
        f'<div class="elementor-widget elementor-widget-text-editor"><p>{_e(text)}</p></div></div>'
    )


def _el_config(site: _Site, heap: _Heap, page_id: int, title: str) -> str:
    config = {
        "environmentMode": {"edit": False, "wpPreview": False, "isScriptDebug": False},
        "i18n": {
            "shareOnFacebook": "Compartir en Facebook",
            "download": str(_w("elementor", "download")),
            "previous": "Anterior",
            "next": "Siguiente",
            "close": "Cerrar",
        },
        "is_rtl": False,
        "breakpoints": {"xs": 0, "sm": 480, "md": 768, "lg": 1025, "xl": 1440, "xxl": 1600},
        "version": "3.24.7",
        "is_static": False,
        "urls": {"assets": "/wp-content/plugins/elementor/assets/"},
        "nonces": {"floatingButtonsClickTracking": heap.hex(10)},
        "swiperClass": "swiper",
        "settings": {"page": [], "editorPreferences": []},
        "post": {"id": page_id, "title": title.replace(" ", "%20"), "excerpt": ""},
    }
    return (
        '<script id="elementor-frontend-js-before">var elementorFrontendConfig = '
        f"{json.dumps(config, ensure_ascii=True)};</script>"
        '<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" '
        'id="elementor-frontend-js"></script>'
    )


def _el_banner(heap: _Heap, size: int) -> str:
    """An HTML widget holding a pasted banner: its own style and data-URI pictures."""
    if size <= 0:
        return ""
    pics = heap.pictures(
        size,
        lambda uri, i: f'<img class="banner-{i}" src="{uri}" alt="" width="1920" height="600">',
        40,
        400,
    )
    return (
        f'<div class="elementor-element elementor-element-{heap.hex()} elementor-widget '
        f'elementor-widget-html" data-element_type="widget" data-widget_type="html.default">'
        f'<div class="elementor-widget-container"><style>.banner-0{{width:100%;height:auto}}'
        f"</style>{pics}</div></div>"
    )


def _el_page(
    site: _Site,
    title: str,
    content: str,
    *,
    page_id: int,
    size: int,
    before: float,
    head: float,
) -> str:
    """A whole Elementor page of about ``size`` bytes: ``head`` of the filler as inline CSS and
    fonts, ``before`` of it as a banner before the content, the rest as CSS and JSON after."""
    heap = site.heap
    header = _el_header(site, heap, 40 + page_id % 7)
    footer = _el_footer(site, heap, 90 + page_id % 5)
    config = _el_config(site, heap, page_id, title)
    fixed = len(header) + len(footer) + len(config) + len(content) + 2000
    filler = max(0, size - fixed)
    head_part, before_part, after_part = _split(
        filler, (head, before, max(0.05, 1 - head - before))
    )
    fonts = heap.fonts(head_part // 3) if head_part > 60 * KB else ""
    css = heap.css(head_part - len(fonts), "elementor", page_id)
    late_css = heap.css(after_part, "elementor", page_id) if after_part > 0 else ""
    banner = _el_banner(heap, before_part)
    return (
        "<!doctype html><html lang='es'><head><meta charset='UTF-8'><meta name='viewport' "
        f"content='width=device-width, initial-scale=1'><title>{_e(title)} &#8211; "
        f"{_e(site.name)}</title><style id='elementor-frontend-inline-css'>{fonts}{css}</style>"
        f"</head><body class='page-template-default page page-id-{page_id} elementor-default "
        f"elementor-kit-5 elementor-page elementor-page-{page_id}'><a class='skip-link "
        f"screen-reader-text' href='#content'>{_e(str(_w('site', 'skip')))}</a>{header}"
        f"<main id='content' class='site-main post-{page_id} page type-page status-publish'>"
        f"<div class='page-header'><h1 class='entry-title'>{_e(title)}</h1></div>"
        f"<div class='page-content'><div data-elementor-type='wp-page' data-elementor-id="
        f"'{page_id}' class='elementor elementor-{page_id}'>{banner}{content}</div></div></main>"
        f"{footer}<style id='elementor-post-{page_id}-late-css'>{late_css}</style>{config}"
        "</body></html>"
    )


def _el_docs_list(heap: _Heap, item: Item) -> str:
    if not item.docs:
        return ""
    rows = "".join(
        f'<li class="elementor-icon-list-item"><a href="{_e(d.path)}" target="_blank"><span '
        f'class="elementor-icon-list-icon">{heap.icon("file-pdf", "0 0 384 512")}</span><span '
        f'class="elementor-icon-list-text">{_e(d.name)}</span></a></li>'
        for d in item.docs
    )
    return (
        f'<div class="elementor-element elementor-element-{heap.hex()} elementor-icon-list--'
        f'layout-traditional elementor-widget elementor-widget-icon-list" data-widget_type='
        f'"icon-list.default"><div class="elementor-widget-container"><ul class="elementor-icon-'
        f'list-items">{rows}</ul></div></div>'
    )


def _el_docs_text(item: Item) -> str:
    rows = "".join(
        f'<li><a href="{_e(d.path)}" target="_blank" rel="noopener">{_e(d.name)}</a></li>'
        for d in item.docs
    )
    return f"<ul>{rows}</ul>" if rows else ""


def _el_items(heap: _Heap, items: list[Item], style: str) -> str:
    """The numerals as one Elementor widget of ``style``."""
    present = _present(items)
    base = heap.number(1000, 9000)
    widget = {
        "acordeon": "accordion",
        "toggle": "toggle",
        "anidado": "n-accordion",
        "pestanas": "tabs",
    }[style]
    parts = []
    if style in ("acordeon", "toggle"):
        kind = "accordion" if style == "acordeon" else "toggle"
        for i, item in enumerate(present, start=1):
            tab = f"{base}{i}"
            parts.append(
                f'<div class="elementor-{kind}-item"><div id="elementor-tab-title-{tab}" class='
                f'"elementor-tab-title" data-tab="{i}" role="button" aria-controls='
                f'"elementor-tab-content-{tab}" aria-expanded="false"><span class='
                f'"elementor-{kind}-icon elementor-{kind}-icon-left" aria-hidden="true"><span '
                f'class="elementor-{kind}-icon-closed">{heap.icon("plus", "0 0 448 512")}</span>'
                f'<span class="elementor-{kind}-icon-opened">{heap.icon("minus", "0 0 448 512")}'
                f'</span></span><a class="elementor-{kind}-title" tabindex="0">'
                f'{_e(item.label)}</a></div><div id="elementor-tab-content-{tab}" '
                f'class="elementor-tab-content elementor-clearfix" data-tab="{i}" role="region" '
                f'aria-labelledby="elementor-tab-title-{tab}">{_words(item)}{_el_docs_text(item)}'
                "</div></div>"
            )
        inner = f'<div class="elementor-{kind}">{"".join(parts)}</div>'
    elif style == "anidado":
        for i, item in enumerate(present, start=1):
            ident = f"{base}{i}"
            parts.append(
                f'<details id="e-n-accordion-item-{ident}" class="e-n-accordion-item"><summary '
                f'class="e-n-accordion-item-title" data-accordion-index="{i}" tabindex="0" '
                f'aria-expanded="false" aria-controls="e-n-accordion-item-{ident}"><span '
                f'class="e-n-accordion-item-title-header"><div class="e-n-accordion-item-title-'
                f'text">{_e(item.label)}</div></span><span class="e-n-accordion-item-title-icon">'
                f'<span class="e-opened">{heap.icon("minus", "0 0 448 512")}</span><span '
                f'class="e-closed">{heap.icon("plus", "0 0 448 512")}</span></span></summary>'
                f'<div role="region" '
                f'aria-labelledby="e-n-accordion-item-{ident}" class="elementor-element '
                f'elementor-element-{heap.hex()} e-con-full e-flex e-con e-child"><div class='
                f'"elementor-widget elementor-widget-text-editor"><div class="elementor-widget-'
                f'container">{_words(item)}</div></div>{_el_docs_list(heap, item)}</div></details>'
            )
        inner = f'<div class="e-n-accordion" aria-label="Accordion">{"".join(parts)}</div>'
    else:
        titles = "".join(
            f'<div id="elementor-tab-title-{base}{i}" class="elementor-tab-title elementor-tab-'
            f'desktop-title" data-tab="{i}" role="tab" aria-controls="elementor-tab-content-'
            f'{base}{i}">{_e(item.label)}</div>'
            for i, item in enumerate(present, start=1)
        )
        contents = "".join(
            f'<div class="elementor-tab-title elementor-tab-mobile-title" data-tab="{i}" '
            f'role="tab">{_e(item.label)}</div><div id="elementor-tab-content-{base}{i}" class='
            f'"elementor-tab-content elementor-clearfix" data-tab="{i}" role="tabpanel">'
            f"{_words(item)}{_el_docs_list(heap, item)}</div>"
            for i, item in enumerate(present, start=1)
        )
        inner = (
            f'<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">'
            f'{titles}</div><div class="elementor-tabs-content-wrapper" role="tablist" '
            f'aria-orientation="vertical">{contents}</div></div>'
        )
    return (
        f'<div class="elementor-element elementor-element-{heap.hex()} elementor-widget '
        f'elementor-widget-{widget}" data-element_type="widget" '
        f'data-widget_type="{widget}.default"><div class="elementor-widget-container">{inner}'
        "</div></div>"
    )


def _elementor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    heap = site.heap
    site.index_title = str(draw(st.sampled_from(_w("elementor", "index_title"))))
    site.index_path = str(draw(st.sampled_from(_w("elementor", "index_path"))))
    style = draw(st.sampled_from(["acordeon", "toggle", "anidado", "pestanas", "por-numeral"]))
    where = draw(st.sampled_from(["arriba", "medio", "abajo"]))
    before = {"arriba": 0.0, "medio": 0.35, "abajo": 0.7}[where]
    head = draw(st.sampled_from([0.1, 0.25, 0.5]))
    index_size = draw(st.integers(400, 3000)) * KB
    home_size = draw(st.integers(300, 2500)) * KB
    located: dict[int, tuple[str, str]] = {}
    if style == "por-numeral":
        boxes = []
        heavy = set(draw(st.lists(st.integers(1, 29), max_size=3, unique=True)))
        page_title = str(_w("elementor", "page_title"))
        for item in _present(items):
            path = f"{site.index_path}{_slug(item.plain)[:40]}-numeral-{item.numeral}/"
            boxes.append(
                f'<div class="elementor-widget elementor-widget-icon-box"><div class="elementor-'
                f'icon-box-wrapper"><div class="elementor-icon-box-icon"><a href="{_e(path)}" '
                f'class="elementor-icon" tabindex="-1">{heap.icon("folder-open", "0 0 576 512")}'
                f'</a></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-'
                f'box-title"><a href="{_e(path)}">{_e(item.label)}</a></h3><p class="elementor-'
                f'icon-box-description"><a href="{_e(path)}">{_e(str(_w("elementor", "see")))}'
                "</a></p></div>"
                "</div></div>"
            )
            title = page_title.format(item=item.plain, numeral=item.numeral)
            content = (
                f'<div class="elementor-widget elementor-widget-icon" id="iconoinfo">'
                f"{heap.icon('info', '0 0 640 512', 'elementor-icon')}</div>"
                f'<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-'
                f'heading-title elementor-size-default">{_e(item.label)}</h2></div>'
                f'<div class="elementor-widget elementor-widget-text-editor">{_words(item)}</div>'
                f"{_el_docs_list(heap, item)}"
            )
            size = (
                draw(st.integers(800, 2200)) * KB
                if item.numeral in heavy
                else heap.number(60, 300) * KB
            )
            site.put(
                path,
                _el_page(
                    site,
                    title,
                    content,
                    page_id=2000 + item.numeral,
                    size=size,
                    before=before,
                    head=head,
                ),
            )
            located[item.numeral] = (path, _e(item.label))
        index_content = f'<div class="elementor-grid">{"".join(boxes)}</div>'
        how = f"elementor/por-numeral/{where}/pesadas={_numbers(heavy)}"
    else:
        index_content = _el_items(heap, items, style)
        for item in _present(items):
            located[item.numeral] = (site.index_path, _e(item.label))
        how = f"elementor/{style}/{where}/cabeza={head}"
    site.put(
        site.index_path,
        _el_page(
            site,
            site.index_title,
            index_content,
            page_id=1514,
            size=index_size,
            before=before,
            head=head,
        ),
    )
    _el_rest(site, home_size)
    site.routes["/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7"] = Resource(
        b"/* elementor */", content_type="application/javascript"
    )
    _notes(portal, site, located, how)
    return site.routes


def _el_rest(site: _Site, home_size: int) -> None:
    """The home page (slides of data-URI pictures, an icon box to the Article 10 page), the menu
    sections' pages and the news pages: light Elementor pages."""
    heap = site.heap
    more = str(_w("site", "more"))
    slides = "".join(
        f'<div class="elementor-repeater-item-{heap.hex()} swiper-slide" role="group" '
        f'aria-roledescription="slide"><div class="swiper-slide-bg" role="img"></div>'
        f'<a class="swiper-slide-inner" href="{_e(n.path)}"><div class="swiper-slide-contents">'
        f'<div class="elementor-slide-heading">{_e(n.title)}</div><div class="elementor-slide-'
        f'button elementor-button elementor-size-sm">{_e(more)}</div></div></a></div>'
        for n in site.news[:5]
    )
    box = (
        f'<div class="elementor-widget elementor-widget-icon-box"><div class="elementor-icon-box-'
        f'wrapper"><div class="elementor-icon-box-icon">{heap.icon("balance-scale", "0 0 640 512")}'
        f'</div><h3 class="elementor-icon-box-title"><a href="{_e(site.index_path)}">'
        f"{_e(site.index_title)}</a></h3></div></div>"
    )
    home = (
        f'<div class="elementor-widget elementor-widget-slides" data-settings="{{&quot;navigation'
        f"&quot;:&quot;both&quot;,&quot;autoplay&quot;:&quot;yes&quot;,&quot;autoplay_speed&quot;:"
        f'5000,&quot;infinite&quot;:&quot;yes&quot;,&quot;transition&quot;:&quot;slide&quot;}}" '
        f'data-widget_type="slides.default"><div class="elementor-swiper"><div class="elementor-'
        f'slides-wrapper elementor-main-swiper swiper" dir="ltr" data-animation="fadeInUp"><div '
        f'class="swiper-wrapper elementor-slides">{slides}</div></div></div></div>{box}'
    )
    site.put("/", _el_page(site, site.name, home, page_id=7, size=home_size, before=0.6, head=0.2))
    for number, section in enumerate(site.sections):
        site.put(
            section.path,
            _el_page(
                site,
                section.title,
                _section_body(section),
                page_id=300 + number,
                size=heap.number(50, 120) * KB,
                before=0.0,
                head=0.5,
            ),
        )
    for number, news in enumerate(site.news):
        site.put(
            news.path,
            _el_page(
                site,
                news.title,
                _news_body(site, news),
                page_id=5000 + number,
                size=heap.number(50, 120) * KB,
                before=0.3,
                head=0.5,
            ),
        )


# -- nextjs ---------------------------------------------------------------------------------------


_NUXT_TOKENS = re.compile(r"(?<=[:,\[])(null|true|false)(?=[,\]}])")


def _js_escape(text: str) -> str:
    """JSON inside HTML as Next.js writes it (htmlEscapeJsonString)."""
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@dataclass
class _Next:
    flavour: str  # pages | app | nuxt
    build: str
    style: str  # a styled-components <style> in the head
    news_data: list[dict[str, Any]]
    media: list[dict[str, Any]]
    css_link: str = ""
    logo: str = ""
    scripts: str = ""
    assets: dict[str, str] = field(default_factory=dict)  # address -> content type


def _nx_assets(nx: _Next, heap: _Heap) -> None:
    """The build's fixed asset addresses (the same on every page) and the head's tags."""
    if nx.flavour == "nuxt":
        nx.css_link = f"/_nuxt/css/{heap.hex(8)}.css"
        nx.logo = f"/_nuxt/img/logo.{heap.hex(7)}.png"
        chunks = [f"/_nuxt/{heap.hex(8)}.js", f"/_nuxt/{heap.hex(8)}.js"]
        nx.scripts = "".join(f'<script src="{c}" defer></script>' for c in chunks)
    else:
        nx.css_link = f"/_next/static/css/{heap.hex(16)}.css"
        nx.logo = f"/_next/static/media/logo.{heap.hex(8)}.png"
        if nx.flavour == "pages":
            chunks = [
                f"/_next/static/chunks/webpack-{heap.hex(16)}.js",
                f"/_next/static/chunks/pages/_app-{heap.hex(16)}.js",
            ]
            nx.scripts = "".join(f'<script src="{c}" defer=""></script>' for c in chunks)
        else:
            chunks = [f"/_next/static/chunks/main-app-{heap.hex(16)}.js"]
            nx.scripts = "".join(f'<script src="{c}" async=""></script>' for c in chunks)
    nx.assets = {c: "application/javascript" for c in chunks}
    nx.assets[nx.css_link] = "text/css"
    nx.assets[nx.logo] = "image/png"


def _nx_item_record(item: Item, today: dt.date, lag: int, heap: _Heap) -> dict[str, Any]:
    docs = []
    for doc in item.docs:
        day = uploaded(doc, today, lag) if doc.modified else today
        stamp = dt.datetime.combine(day, dt.time(15, heap.number(0, 59))).isoformat() + ".000Z"
        docs.append(
            {
                "id": heap.number(1, 99999),
                "nombre": doc.name,
                "archivo": {
                    "url": doc.path,
                    "mime": "application/pdf",
                    "ext": ".pdf",
                    "size": round(heap.rng.uniform(80, 4000), 2),
                    "hash": f"{_slug(doc.name)[:30].replace('-', '_')}_{heap.hex(10)}",
                    "createdAt": stamp,
                    "updatedAt": stamp,
                },
                "publicado": day_month_year(day),
            }
        )
    return {
        "id": item.numeral,
        "numeral": item.numeral,
        "titulo": item.label,
        "descripcion": item_words(item),
        "documentos": docs,
    }


def _nx_site_data(site: _Site, size: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The site's news as the CMS sends them to every page (full bodies, media records), to
    about ``size`` bytes of JSON."""
    heap = site.heap
    news = []
    total = 0
    index = 0
    while total < size and index < 2000:
        base = site.news[index % len(site.news)]
        body = "".join(
            f"<p>{_e(base.summary or base.title)}</p>" for _ in range(heap.number(2, 12))
        )
        record = {
            "id": 10000 + index,
            "titulo": base.title,
            "slug": base.path.strip("/").split("/")[-1],
            "resumen": base.summary,
            "contenido": body,
            "imagen": heap.records(1, heap.number(200, 1600))[0],
            "galeria": heap.records(heap.number(0, 6), heap.number(100, 600)),
        }
        news.append(record)
        total += len(json.dumps(record, ensure_ascii=False))
        index += 1
    media = heap.records(3, 400)
    return news, media


def _nx_nav(site: _Site) -> str:
    rows = []
    for title, href, entries in site.menu():
        sub = "".join(
            f'<li><a class="block px-4 py-2 text-sm text-slate-700 hover:bg-slate-100" '
            f'href="{_e(h)}">{_e(t)}</a></li>'
            for t, h in entries
        )
        sub_html = (
            f'<ul class="absolute left-0 z-20 hidden min-w-[16rem] rounded-md bg-white shadow-lg '
            f'group-hover:block">{sub}</ul>'
            if sub
            else ""
        )
        rows.append(
            f'<li class="group relative"><a class="px-3 py-2 font-semibold text-white" '
            f'href="{_e(href)}">{_e(title)}</a>{sub_html}</li>'
        )
    desktop = f'<ul class="hidden items-center gap-2 lg:flex">{"".join(rows)}</ul>'
    mobile = f'<ul class="flex flex-col lg:hidden" aria-hidden="true">{"".join(rows)}</ul>'
    return (
        f'<nav class="bg-[#0b3d91]"><div class="mx-auto max-w-7xl px-4">{desktop}{mobile}'
        "</div></nav>"
    )


def _nx_doc_rows(item: Item, today: dt.date, lag: int) -> str:
    published = str(_w("nextjs", "published"))
    rows = "".join(
        f'<li class="flex items-center justify-between gap-4 border-b border-slate-100 py-2">'
        f'<a class="text-[#0b3d91] underline-offset-2 hover:underline" href="{_e(d.path)}" '
        f'target="_blank" rel="noopener noreferrer">{_e(d.name)}</a><span class="text-xs '
        f'text-slate-500">{_e(published)}<!-- -->{_doc_date(d, today, lag)}</span></li>'
        for d in item.docs
    )
    return f'<ul class="mt-3 divide-y">{rows}</ul>' if rows else ""


def _nx_item_card(item: Item, today: dt.date, lag: int) -> str:
    words = "".join(
        f'<p class="mt-2 text-sm leading-6 text-slate-600">{_e(t)}</p>' for t in item_words(item)
    )
    return (
        f'<article class="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" '
        f'id="numeral-{item.numeral}"><h3 class="text-lg font-semibold text-slate-900">'
        f"{_e(item.label)}</h3>{words}{_nx_doc_rows(item, today, lag)}</article>"
    )


def _nx_page(
    site: _Site,
    nx: _Next,
    route: str,
    title: str,
    rendered: str,
    props: dict[str, Any],
    *,
    full: bool = True,
) -> str:
    """A server-rendered page: the head's styled CSS, the rendered body, then the page's data
    (``props`` and, with ``full``, the site's whole news list, else its three latest) as the
    flavour writes it."""
    heap = site.heap
    latest = "".join(
        f'<li><a class="hover:underline" href="{_e(n.path)}">{_e(n.title)}</a></li>'
        for n in site.news[:3]
    )
    footer = (
        f'<footer class="mt-16 bg-slate-900 py-10 text-slate-200"><div class="mx-auto max-w-7xl '
        f'px-4"><h4 class="font-semibold">{_e(str(_w("site", "latest")))}</h4><ul>{latest}</ul>'
        f'<p class="mt-6 text-xs">{_e(str(_w("site", "footer")).format(name=site.name))}</p>'
        "</div></footer>"
    )
    body = (
        f'<header class="bg-white"><div class="mx-auto flex max-w-7xl items-center gap-4 px-4 '
        f'py-3"><a href="/"><img alt="{_e(site.name)}" src="{nx.logo}" width="180" height="64"/>'
        f'</a><span class="text-xl font-bold">{_e(site.name)}'
        f'</span></div>{_nx_nav(site)}</header><main class="mx-auto max-w-7xl px-4 py-10">'
        f'<h1 class="text-3xl font-bold">{_e(title)}</h1>{rendered}</main>{footer}'
    )
    news = nx.news_data if full else nx.news_data[:3]
    data = {"pagina": props, "noticias": news, "medios": nx.media}
    css_link = nx.css_link
    if nx.flavour == "pages":
        payload = {
            "props": {"pageProps": data, "__N_SSG": True},
            "page": route,
            "query": {},
            "buildId": nx.build,
            "isFallback": False,
            "gsp": True,
            "scriptLoader": [],
        }
        tail = (
            '<script id="__NEXT_DATA__" type="application/json">'
            f"{_js_escape(json.dumps(payload, ensure_ascii=False, separators=(',', ':')))}</script>"
        )
        shell = f'<div id="__next">{body}</div>'
    elif nx.flavour == "app":
        tree = json.dumps(
            ["$", "main", None, {"className": "mx-auto max-w-7xl px-4 py-10", "children": data}],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        chunks = [f'1:HL["{css_link}","style"]\n', f"6:{tree}\n"]
        tail = "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" + "".join(
            "<script>self.__next_f.push([1,"
            f"{_js_escape(json.dumps(chunk, ensure_ascii=False))}])</script>"
            for chunk in chunks
        )
        shell = body
    else:
        literal = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        literal = _NUXT_TOKENS.sub(
            lambda m: {"null": "a", "true": "b", "false": "c"}[m[1]], literal
        )
        tail = (
            '<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:['
            f"{_js_escape(literal)}],fetch:{{}},error:a,state:{{}},serverRendered:b,routePath:"
            f"{json.dumps(route)}}}}}(null,true,false));</script>"
        )
        shell = f'<div id="__nuxt"><div id="__layout">{body}</div></div>'
    if nx.flavour == "nuxt":
        head = (
            f'<title>{_e(title)} - {_e(site.name)}</title><link rel="stylesheet" '
            f'href="{css_link}"><style data-vue-ssr-id="{heap.hex(8)}:0">{nx.style}</style>'
        )
    else:
        head = (
            f'<title>{_e(title)} | {_e(site.name)}</title><meta name="next-head-count" '
            f'content="3"/><link rel="preload" href="{css_link}" as="style"/><link '
            f'rel="stylesheet" href="{css_link}" data-n-g=""/><style data-styled="" '
            f'data-styled-version="5.3.11">{nx.style}</style>'
        )
    return (
        '<!DOCTYPE html><html lang="es"><head><meta charSet="utf-8"/><meta name="viewport" '
        f'content="width=device-width"/>{head}{nx.scripts}</head><body>{shell}{tail}</body>'
        "</html>"
    )


def _nextjs(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    heap = site.heap
    site.index_title = str(draw(st.sampled_from(_w("nextjs", "index_title"))))
    site.index_path = str(draw(st.sampled_from(["/transparencia", "/informacion-publica"])))
    flavour = draw(st.sampled_from(["pages", "app", "nuxt"]))
    variant = draw(st.sampled_from(["una-pagina", "por-numeral"]))
    lag = draw(st.integers(1, 12))
    if variant == "una-pagina":
        data_size = draw(st.integers(200, 2800)) * KB
    else:
        data_size = draw(st.integers(40, 450)) * KB
    style_size = draw(st.sampled_from([0, 40, 120, 250])) * KB
    news_data, media = _nx_site_data(site, data_size)
    nx = _Next(flavour, heap.hex(21), heap.css(style_size, "styled"), news_data, media)
    _nx_assets(nx, heap)
    heading = str(_w("nextjs", "heading"))
    located: dict[int, tuple[str, str]] = {}
    present = _present(items)
    if variant == "una-pagina":
        cards = "".join(_nx_item_card(item, today, lag) for item in present)
        rendered = (
            f'<h2 class="mt-6 text-xl font-semibold">{_e(heading)}</h2><div class="mt-6 grid '
            f'gap-6 md:grid-cols-2">{cards}</div>'
        )
        props: dict[str, Any] = {
            "titulo": site.index_title,
            "numerales": [_nx_item_record(i, today, lag, heap) for i in present],
        }
        site.put(
            site.index_path,
            _nx_page(site, nx, site.index_path, site.index_title, rendered, props),
        )
        for item in present:
            located[item.numeral] = (site.index_path, _e(item.label))
    else:
        boxes: list[str] = []
        for item in present:
            path = f"{site.index_path}/numeral-{item.numeral}"
            boxes.append(
                f'<a class="block rounded-lg border border-slate-200 p-5 hover:shadow" '
                f'href="{_e(path)}"><span class="text-sm text-slate-500">'
                f"{_e(str(_w('nextjs', 'numeral')).format(n=item.numeral))}</span><h3 class="
                f'"mt-1 font-semibold">{_e(item.label)}</h3><span class="mt-2 inline-block '
                f'text-[#0b3d91]">{_e(str(_w("nextjs", "open")))}</span></a>'
            )
            rendered = _nx_item_card(item, today, lag)
            props = {"numeral": _nx_item_record(item, today, lag, heap)}
            site.put(
                path,
                _nx_page(site, nx, f"{site.index_path}/[numeral]", item.label, rendered, props),
            )
            located[item.numeral] = (path, _e(item.label))
        rendered = (
            f'<h2 class="mt-6 text-xl font-semibold">{_e(heading)}</h2><div class="mt-6 grid '
            f'gap-4 md:grid-cols-3">{"".join(boxes)}</div>'
        )
        props = {
            "titulo": site.index_title,
            "numerales": [{"numeral": i.numeral, "titulo": i.label} for i in present],
        }
        site.put(
            site.index_path,
            _nx_page(site, nx, site.index_path, site.index_title, rendered, props),
        )
    # The home page, the sections and the news: the same site data on every page.
    box = (
        f'<section class="mt-8"><a class="inline-block rounded bg-[#0b3d91] px-5 py-3 text-white" '
        f'href="{_e(site.index_path)}">{_e(site.index_title)}</a></section>'
    )
    news_cards = "".join(
        f'<article class="rounded border p-4"><a href="{_e(n.path)}"><h3 class="font-semibold">'
        f'{_e(n.title)}</h3></a><p class="text-xs text-slate-500">{_e(site.date(n.day))}</p>'
        "</article>"
        for n in site.news[:6]
    )
    site.put(
        "/",
        _nx_page(site, nx, "/", site.name, box + f'<div class="grid gap-4">{news_cards}</div>', {}),
    )
    for section in site.sections:
        site.put(
            section.path,
            _nx_page(site, nx, "/[seccion]", section.title, _section_body(section), {}, full=False),
        )
    for news in site.news:
        body = _news_body(site, news)
        site.put(
            news.path, _nx_page(site, nx, "/noticias/[slug]", news.title, body, {}, full=False)
        )
    for path, kind in nx.assets.items():
        site.routes[path] = Resource(b"/* build asset */", content_type=kind)
    _notes(
        portal,
        site,
        located,
        f"nextjs/{flavour}/{variant}/datos={_kb(data_size)}KB/estilo={_kb(style_size)}KB",
    )
    return site.routes


# -- viewstate (ASP.NET WebForms) ------------------------------------------------------------------


def _vs_fields(heap: _Heap, size: int, chunk: int) -> str:
    """The hidden state fields: one ``__VIEWSTATE`` or, with ``chunk``, ``__VIEWSTATEFIELDCOUNT``
    and as many ``__VIEWSTATE<n>`` fields as it takes."""
    state = (
        "/wEPDwUKLTk2Njk3OTQxNg9kFgICAw9kFgICCQ88KwANAGQYAQUJR3JpZFZpZXcxD2dk"
        + heap.b64(max(64, size - 64), "png")[16:]
    )
    if not chunk:
        return f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />'
    parts = [state[i : i + chunk] for i in range(0, len(state), chunk)]
    out = [
        f'<input type="hidden" name="__VIEWSTATEFIELDCOUNT" id="__VIEWSTATEFIELDCOUNT" '
        f'value="{len(parts)}" />'
    ]
    for n, part in enumerate(parts):
        name = "__VIEWSTATE" if n == 0 else f"__VIEWSTATE{n}"
        out.append(f'<input type="hidden" name="{name}" id="{name}" value="{part}" />')
    return "".join(out)


def _vs_page(
    site: _Site,
    title: str,
    action: str,
    content: str,
    *,
    state: int,
    chunk: int,
    css: int,
    heading: str = "",
) -> str:
    heap = site.heap
    rows = []
    for t, h, entries in site.menu():
        sub = "".join(
            f'<li role="menuitem" class="dynamic"><a class="level2 dynamic" href="{_e(eh)}" '
            f'tabindex="-1">{_e(et)}</a></li>'
            for et, eh in entries
        )
        sub_html = f'<ul class="level2 dynamic">{sub}</ul>' if sub else ""
        rows.append(
            f'<li role="menuitem" class="static"><a class="level1 static" href="{_e(h)}" '
            f'tabindex="-1">{_e(t)}</a>{sub_html}</li>'
        )
    menu = "".join(rows)
    validation = heap.b64(heap.number(2, 60) * KB, "png")[12:]
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/'
        'xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" '
        f'lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f'<title>{_e(title)} - {_e(site.name)}</title><style type="text/css">'
        f'{heap.css(css, "aspnet")}</style></head><body><form method="post" action="{_e(action)}"'
        ' id="form1"><div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" '
        'id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" '
        f'id="__EVENTARGUMENT" value="" />{_vs_fields(heap, state, chunk)}</div>'
        "<script type=\"text/javascript\">//<![CDATA[\nvar theForm = document.forms['form1'];\n"
        "if (!theForm) { theForm = document.form1; }\nfunction __doPostBack(eventTarget, "
        "eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { "
        "theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = "
        "eventArgument; theForm.submit(); } }\n//]]></script>"
        f'<script src="{_e(site.assets["axd"])}" type="text/javascript"></script>'
        f'<div id="encabezado"><a href="/"><span class="institucion">{_e(site.name)}</span></a>'
        f'<div id="NavigationMenu" class="menu"><ul class="level1 static" role="menubar">{menu}'
        f'</ul></div></div><main id="contenido"><h1>{_e(heading or title)}</h1>{content}</main>'
        f'<div id="pie"><p>{_e(str(_w("site", "footer")).format(name=site.name))}</p></div>'
        '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" '
        f'id="__VIEWSTATEGENERATOR" value="{_w("aspnet", "generator")}" /><input type="hidden" '
        f'name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdA{validation}" /></div>'
        "</form></body></html>"
    )


def _vs_grid(ident: str, header: Sequence[str], rows: Sequence[Sequence[str]], empty: str) -> str:
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in header)
    if not rows:
        body = f'<tr><td colspan="{len(header)}">{_e(empty)}</td></tr>'
    else:
        alt = ' class="alt"'
        body = "".join(
            f"<tr{alt if n % 2 else ''}>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
            for n, row in enumerate(rows)
        )
    return (
        f'<div><table cellspacing="0" rules="all" border="1" id="ContentPlaceHolder1_{ident}" '
        f'style="border-collapse:collapse;"><tr class="gvtitle">{head}</tr>{body}</table></div>'
    )


def _viewstate(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    heap = site.heap
    site.index_title = str(draw(st.sampled_from(_w("aspnet", "title"))))
    site.index_path = str(_w("aspnet", "index"))
    pattern = str(draw(st.sampled_from(_w("aspnet", "numeral_page"))))
    chunk = draw(st.sampled_from([0, 0, 1024, 4096, 10240]))
    lag = draw(st.integers(1, 12))
    index_state = draw(st.integers(200, 2900)) * KB
    heavy = set(draw(st.lists(st.integers(1, 29), max_size=4, unique=True)))
    heavy_state = draw(st.integers(900, 2800)) * KB
    css = draw(st.sampled_from([2, 20, 80])) * KB
    site.assets["axd"] = f"/WebResource.axd?d={heap.hex(40)}&t={heap.number(10**17, 10**18)}"
    rows = []
    located: dict[int, tuple[str, str]] = {}
    download = str(_w("aspnet", "col_download"))
    for item in _present(items):
        path = pattern.format(n=item.numeral)
        rows.append(
            [
                str(item.numeral),
                _e(item.label),
                f'<a id="ContentPlaceHolder1_gvNumerales_lnkVer_{item.numeral - 1}" '
                f'href="{_e(path)}">{_e(str(_w("aspnet", "see")))}</a>',
            ]
        )
        docs = [
            [
                _e(d.name),
                _doc_date(d, today, lag),
                f'<a href="{_e(d.path)}" target="_blank">{_e(download)}</a>',
            ]
            for d in item.docs
        ]
        empty = "" if item.docs or item.truth != "empty" else str(_w("aspnet", "empty"))
        grid = (
            _vs_grid(
                "gvDocumentos",
                [
                    _w("aspnet", "col_document"),
                    _w("aspnet", "col_date"),
                    _w("aspnet", "col_download"),
                ],
                docs,
                empty,
            )
            if docs or empty
            else ""
        )
        state = heavy_state if item.numeral in heavy else heap.number(20, 300) * KB
        content = f"<h2>{_e(item.label)}</h2>{_words(item)}{grid}"
        site.put(
            path,
            _vs_page(
                site,
                item.label,
                f"./{path.rsplit('/', 1)[1]}",
                content,
                state=state,
                chunk=chunk,
                css=css,
                heading=site.index_title,
            ),
        )
        located[item.numeral] = (path, _e(item.label))
    grid = _vs_grid(
        "gvNumerales",
        [_w("aspnet", "col_number"), _w("aspnet", "col_item"), _w("aspnet", "col_see")],
        rows,
        "",
    )
    site.put(
        site.index_path,
        _vs_page(
            site,
            site.index_title,
            "./InformacionPublica.aspx",
            f"<h2>{_e(str(_w('aspnet', 'heading')))}</h2>{grid}",
            state=index_state,
            chunk=chunk,
            css=css,
        ),
    )
    latest = "".join(
        f'<li><a href="{_e(n.path)}">{_e(n.title)}</a> <span>{_e(site.date(n.day))}</span></li>'
        for n in site.news[:5]
    )
    home = (
        f'<p><a id="lnkTransparencia" href="{_e(site.index_path)}">{_e(site.index_title)}</a></p>'
        f"<h2>{_e(str(_w('site', 'latest')))}</h2><ul>{latest}</ul>"
    )
    site.put(
        "/",
        _vs_page(
            site,
            site.name,
            "./Default.aspx",
            home,
            state=heap.number(50, 400) * KB,
            chunk=chunk,
            css=css,
        ),
    )
    for section in site.sections:
        site.put(
            section.path,
            _vs_page(
                site,
                section.title,
                "./Seccion.aspx",
                _section_body(section),
                state=heap.number(10, 60) * KB,
                chunk=chunk,
                css=css,
            ),
        )
    for news in site.news:
        site.put(
            news.path,
            _vs_page(
                site,
                news.title,
                "./Noticia.aspx",
                _news_body(site, news),
                state=heap.number(10, 60) * KB,
                chunk=chunk,
                css=css,
            ),
        )
    site.routes[site.assets["axd"]] = Resource(
        b"/* WebForms */", content_type="application/javascript"
    )
    _notes(
        portal,
        site,
        located,
        f"viewstate/indice={_kb(index_state)}KB/pesadas={_numbers(heavy)}@{_kb(heavy_state)}KB"
        f"/trozos={chunk}",
    )
    return site.routes


# -- al-final (Divi: the content after the slider and the gallery) ---------------------------------

# Numerals whose pages publish photos (the council, the offices, the staff, works, other news).
_PHOTO_NUMERALS = (1, 2, 3, 18, 29)


def _dv_header(site: _Site) -> str:
    rows = []
    for title, href, entries in site.menu():
        sub = "".join(
            f'<li class="menu-item menu-item-type-custom"><a href="{_e(h)}">{_e(t)}</a></li>'
            for t, h in entries
        )
        sub_html = f'<ul class="sub-menu">{sub}</ul>' if sub else ""
        extra = " menu-item-has-children" if sub else ""
        rows.append(
            f'<li class="menu-item menu-item-type-post_type{extra}"><a href="{_e(href)}">'
            f"{_e(title)}</a>{sub_html}</li>"
        )
    return (
        '<header id="main-header" data-height-onload="66"><div class="container clearfix '
        f'et_menu_container"><div class="logo_container"><a href="/"><img src="/wp-content/'
        f'uploads/logo.png" alt="{_e(site.name)}" id="logo" /></a></div><div id="et-top-'
        f'navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">{"".join(rows)}</ul>'
        f'</nav><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class='
        f'"select_page">{_e(str(_w("divi", "select_page")))}</span><span class="mobile_menu_bar '
        'mobile_menu_bar_toggle"></span></div></div></div></div></header>'
    )


def _dv_footer(site: _Site) -> str:
    links = "".join(
        f'<li class="menu-item"><a href="{_e(h)}">{_e(t)}</a></li>' for t, h, _e2 in site.menu()
    )
    return (
        f'<footer id="main-footer"><div id="et-footer-nav"><div class="container"><ul id='
        f'"menu-footer" class="bottom-nav">{links}</ul></div></div><div id="footer-bottom"><div '
        f'class="container clearfix"><div id="footer-info">'
        f"{_e(str(_w('site', 'footer')).format(name=site.name))}</div></div></div></footer>"
    )


def _dv_slider(site: _Site, size: int) -> str:
    """A Divi slider of the news whose slide pictures are data URIs."""
    heap = site.heap
    if size <= 0:
        return ""
    more = str(_w("site", "more"))
    slides = []
    total = 0
    index = 0
    while total < size:
        news = site.news[index % len(site.news)]
        weight = min(heap.number(60, 350) * KB, max(8 * KB, size - total))
        picture = f"data:image/jpeg;base64,{heap.b64(weight)}"
        slide = (
            f'<div class="et_pb_slide et_pb_slide_{index} et_pb_bg_layout_dark et_pb_media_'
            f'alignment_center" data-slide-id="et_pb_slide_{index}"><div class="et_pb_slide_image">'
            f'<img decoding="async" src="{picture}" alt="" /></div><div class="et_pb_container '
            f'clearfix"><div class="et_pb_slider_container_inner"><div class="et_pb_slide_'
            f'description"><h2 class="et_pb_slide_title"><a href="{_e(news.path)}">{_e(news.title)}'
            f'</a></h2><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_more_button" '
            f'href="{_e(news.path)}">{_e(more)}</a></div></div></div></div></div>'
        )
        slides.append(slide)
        total += len(slide)
        index += 1
    return (
        '<div class="et_pb_module et_pb_slider et_pb_slider_0 et_pb_slider_fullwidth_off '
        f'et_slider_auto et_slider_speed_7000"><div class="et_pb_slides">{"".join(slides)}</div>'
        "</div>"
    )


def _dv_gallery(site: _Site, size: int, ident: int = 0) -> str:
    """A "Galería de fotos": a text module of pasted photos (data URIs), Divi's gallery grid."""
    heap = site.heap
    if size <= 0:
        return ""
    captions = list(_w("news", "caption"))

    def one(uri: str, index: int) -> str:
        caption = str(captions[index % len(captions)])
        return (
            f'<div class="et_pb_gallery_item et_pb_grid_item et_pb_bg_layout_light"><div class='
            f'"et_pb_gallery_image landscape"><a href="#" title="{_e(caption)}"><img '
            f'decoding="async" src="{uri}" alt="{_e(caption)}" width="400" height="284" />'
            f'<span class="et_overlay">'
            f'</span></a></div><h3 class="et_pb_gallery_title">{_e(caption)}</h3></div>'
        )

    pictures = heap.pictures(size, one, 20, 180)
    return (
        f'<div class="et_pb_module et_pb_text et_pb_text_{ident}"><div class="et_pb_text_inner">'
        f'<h2>{_e(str(_w("news", "gallery")))}</h2></div></div><div class="et_pb_module '
        f'et_pb_gallery et_pb_gallery_{ident} et_pb_gallery_grid et_pb_bg_layout_light clearfix">'
        f'<div class="et_pb_gallery_items et_post_gallery clearfix" data-per_page="60">'
        f"{pictures}</div></div>"
    )


def _dv_page(site: _Site, title: str, before: str, content: str, *, css: int, page_id: int) -> str:
    heap = site.heap
    return (
        "<!DOCTYPE html><html lang='es'><head><meta charset='UTF-8' /><title>"
        f"{_e(title)} | {_e(site.name)}</title><style id='et-builder-module-design-{page_id}-"
        f"cached-inline-styles'>{heap.css(css, 'divi')}</style></head><body class='page-template-"
        f"default page page-id-{page_id} et_pb_button_helper_class et_fixed_nav et_show_nav "
        f"et_primary_nav_dropdown_animation_fade et_pb_pagebuilder_layout'><div id='page-"
        f"container'>{_dv_header(site)}<div id='et-main-area'><main id='main-content'><article "
        f"id='post-{page_id}' class='post-{page_id} page type-page status-publish hentry'><div "
        f"class='entry-content'><div class='et-l et-l--post'><div class='et_builder_inner_content "
        f"et_pb_gutters3'><div class='et_pb_section et_pb_section_0 et_section_regular'><div "
        f"class='et_pb_row et_pb_row_0'><div class='et_pb_column et_pb_column_4_4 "
        f"et_pb_column_0'>{before}{content}</div></div></div></div></div></div></article></main>"
        f"{_dv_footer(site)}</div></div></body></html>"
    )


def _dv_toggles(items: list[Item], tag: str = "h5") -> str:
    download = str(_w("divi", "download"))
    parts = []
    for n, item in enumerate(_present(items)):
        docs = "".join(
            f'<li><a href="{_e(d.path)}" target="_blank" rel="noopener">{_e(d.name)}</a> '
            f'<a class="et_pb_button" href="{_e(d.path)}">{_e(download)}</a></li>'
            for d in item.docs
        )
        docs_html = f"<ul>{docs}</ul>" if docs else ""
        parts.append(
            f'<div class="et_pb_module et_pb_toggle et_pb_toggle_{n} et_pb_toggle_item '
            f'et_pb_toggle_close"><{tag} class="et_pb_toggle_title">{_e(item.label)}</{tag}><div '
            f'class="et_pb_toggle_content clearfix">{_words(item)}{docs_html}</div></div>'
        )
    return "".join(parts)


@dataclass
class _Theme:
    """How one WordPress theme prints the al-final pages."""

    page: Callable[..., str]  # (site, title, before, content, *, css, page_id) -> html
    slider: Callable[[_Site, int], str]
    gallery: Callable[[_Site, int, int], str]
    items: Callable[[list[Item], str], str]  # (items, style) -> html
    text: Callable[[str], str]  # a text module / group around html
    blurb: Callable[[str, str], str]  # (href, title) -> a box linking the page
    files: Callable[[Item], str]
    styles: tuple[str, ...]


def _bk_nav(site: _Site) -> str:
    """A block theme's navigation block (one list; the responsive container is the same)."""
    rows = []
    for title, href, entries in site.menu():
        sub = "".join(
            f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-'
            f'navigation-item__content" href="{_e(h)}"><span class="wp-block-navigation-item__'
            f'label">{_e(t)}</span></a></li>'
            for t, h in entries
        )
        if sub:
            rows.append(
                f'<li class="wp-block-navigation-item has-child open-on-hover-click wp-block-'
                f'navigation-submenu"><a class="wp-block-navigation-item__content" '
                f'href="{_e(href)}">{_e(title)}</a><ul class="wp-block-navigation__submenu-'
                f'container wp-block-navigation-submenu">{sub}</ul></li>'
            )
        else:
            rows.append(
                f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-'
                f'navigation-item__content" href="{_e(href)}"><span class="wp-block-navigation-'
                f'item__label">{_e(title)}</span></a></li>'
            )
    return (
        '<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" '
        f'aria-label="{_e(str(_w("elementor", "menu_label")))}"><div class="wp-block-navigation__'
        'responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-container-'
        f'content"><ul class="wp-block-navigation__container">{"".join(rows)}</ul></div></div>'
        "</nav>"
    )


def _bk_page(site: _Site, title: str, before: str, content: str, *, css: int, page_id: int) -> str:
    heap = site.heap
    footer = str(_w("site", "footer")).format(name=site.name)
    return (
        '<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8" /><title>'
        f"{_e(title)} &#8211; {_e(site.name)}</title><style id='global-styles-inline-css'>"
        f"{heap.css(css, 'styled')}</style></head><body class='page-template-default page "
        f"page-id-{page_id} wp-embed-responsive'><div class='wp-site-blocks'><header class="
        "'wp-block-template-part'><div class='wp-block-group is-layout-flex'><p class='wp-block-"
        f"site-title'><a href='/'>{_e(site.name)}</a></p>{_bk_nav(site)}</div></header><main "
        "class='wp-block-group is-layout-constrained'><h1 class='wp-block-post-title'>"
        f"{_e(title)}</h1><div class='entry-content wp-block-post-content is-layout-constrained'>"
        f"{before}{content}</div></main><footer class='wp-block-template-part'><p>{_e(footer)}"
        "</p></footer></div></body></html>"
    )


def _bk_slider(site: _Site, size: int) -> str:
    """A MetaSlider (flexslider) of the news whose slide pictures are data URIs."""
    heap = site.heap
    if size <= 0:
        return ""
    ident = heap.number(100, 9999)
    slides = []
    total = 0
    index = 0
    while total < size:
        news = site.news[index % len(site.news)]
        weight = min(heap.number(60, 350) * KB, max(8 * KB, size - total))
        slide_id = heap.number(100, 99999)
        slide = (
            f'<li style="display: block; width: 100%;" class="slide-{slide_id} ms-image"><a '
            f'href="{_e(news.path)}" target="_self"><img src="data:image/jpeg;base64,'
            f'{heap.b64(weight)}" height="600" width="1920" alt="" class="slider-{ident} '
            f'slide-{slide_id}" /></a><div class="caption-wrap"><div class="caption">'
            f"{_e(news.title)}</div></div></li>"
        )
        slides.append(slide)
        total += len(slide)
        index += 1
    return (
        f'<div id="metaslider-id-{ident}" style="max-width: 1920px;" class="ml-slider-3-60-0 '
        f'metaslider metaslider-flex metaslider-{ident} ml-slider"><div id="metaslider_container_'
        f'{ident}"><div id="metaslider_{ident}" class="flexslider"><ul aria-live="polite" '
        f'class="slides">{"".join(slides)}</ul></div></div></div>'
    )


def _bk_gallery(site: _Site, size: int, ident: int = 0) -> str:
    """A core gallery block of pasted photos (data URIs) under "Galería de fotos"."""
    if size <= 0:
        return ""
    captions = list(_w("news", "caption"))

    def one(uri: str, index: int) -> str:
        caption = str(captions[index % len(captions)])
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" src="{uri}" '
            f'alt="" /><figcaption class="wp-element-caption">{_e(caption)}</figcaption></figure>'
        )

    pictures = site.heap.pictures(size, one, 20, 180)
    return (
        f'<h2 class="wp-block-heading">{_e(str(_w("news", "gallery")))}</h2><figure class="wp-'
        f"block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-{ident + 1} "
        f'is-layout-flex wp-block-gallery-is-layout-flex">{pictures}</figure>'
    )


def _bk_files(item: Item) -> str:
    download = str(_w("divi", "download"))
    out = []
    for n, doc in enumerate(item.docs):
        ident = f"wp-block-file--media-{_slug(doc.path)[-24:]}-{n}"
        out.append(
            f'<div class="wp-block-file"><a id="{ident}" href="{_e(doc.path)}">{_e(doc.name)}</a>'
            f'<a href="{_e(doc.path)}" class="wp-block-file__button wp-element-button" download '
            f'aria-describedby="{ident}">{_e(download)}</a></div>'
        )
    return "".join(out)


def _bk_items(items: list[Item], style: str) -> str:
    parts = []
    for item in _present(items):
        body = _words(item) + _bk_files(item)
        if style == "detalles":
            parts.append(
                '<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow">'
                f"<summary>{_e(item.label)}</summary>{body}</details>"
            )
        else:
            parts.append(f'<h3 class="wp-block-heading">{_e(item.label)}</h3>{body}')
    return "".join(parts)


def _dv_files(item: Item) -> str:
    docs = "".join(
        f'<li><a href="{_e(d.path)}" target="_blank">{_e(d.name)}</a></li>' for d in item.docs
    )
    return f"<ul>{docs}</ul>" if docs else ""


_THEMES = {
    "divi": _Theme(
        page=_dv_page,
        slider=_dv_slider,
        gallery=_dv_gallery,
        items=lambda items, tag: _dv_toggles(items, tag),
        text=lambda html: (
            f'<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">{html}</div></div>'
        ),
        blurb=lambda href, title: (
            f'<div class="et_pb_module et_pb_blurb"><h4 class="et_pb_module_header"><a href='
            f'"{_e(href)}">{_e(title)}</a></h4></div>'
        ),
        files=_dv_files,
        styles=("h5", "h5", "h4", "h3"),
    ),
    "bloques": _Theme(
        page=_bk_page,
        slider=_bk_slider,
        gallery=_bk_gallery,
        items=_bk_items,
        text=lambda html: f'<div class="wp-block-group is-layout-constrained">{html}</div>',
        blurb=lambda href, title: (
            f'<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-'
            f'button__link wp-element-button" href="{_e(href)}">{_e(title)}</a></div></div>'
        ),
        files=_bk_files,
        styles=("detalles", "encabezados"),
    ),
}


def _al_final(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    heap = site.heap
    name = draw(st.sampled_from(sorted(_THEMES)))
    theme = _THEMES[name]
    style = str(draw(st.sampled_from(theme.styles)))
    site.index_title = str(draw(st.sampled_from(_w("divi", "index_title"))))
    variant = draw(st.sampled_from(["pagina", "inicio", "por-numeral"]))
    if variant == "inicio":
        site.index_path, site.index_href = "/", "/#informacion-publica"
    else:
        site.index_path = str(draw(st.sampled_from(_w("divi", "index_path"))))
    size = draw(st.integers(800, 3000)) * KB
    slider_share = draw(st.sampled_from([0.3, 0.5, 0.7]))
    css = draw(st.sampled_from([10, 60, 200])) * KB
    heading = f'<h2 id="informacion-publica">{_e(str(_w("divi", "heading")))}</h2>'
    located: dict[int, tuple[str, str]] = {}
    present = _present(items)
    heavy: list[int] = []
    if variant == "por-numeral":
        links = []
        photo = [n for n in _PHOTO_NUMERALS if any(i.numeral == n for i in present)]
        heavy = draw(st.lists(st.sampled_from(photo), max_size=3, unique=True)) if photo else []
        heavy_size = draw(st.integers(700, 2500)) * KB
        for item in present:
            path = f"{site.index_path}{_slug(item.plain)[:40]}-{item.numeral}/"
            links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
            gallery = heavy_size if item.numeral in heavy else heap.number(0, 200) * KB
            content = theme.text(f"<h2>{_e(item.label)}</h2>{_words(item)}{theme.files(item)}")
            site.put(
                path,
                theme.page(
                    site,
                    item.label,
                    theme.gallery(site, gallery, item.numeral),
                    content,
                    css=css,
                    page_id=3000 + item.numeral,
                ),
            )
            located[item.numeral] = (path, f"<h2>{_e(item.label)}")
        content = theme.text(f"{heading}<ul>{''.join(links)}</ul>")
        how = f"al-final/{name}/por-numeral"
    else:
        content = theme.text(heading) + theme.items(items, style)
        for item in present:
            located[item.numeral] = (site.index_path, _e(item.label))
        how = f"al-final/{name}-{style}/{variant}"
    filler = max(0, size - len(content) - css - 30 * KB)
    slider_size, gallery_size = _split(filler, (slider_share, 1 - slider_share))
    before = theme.slider(site, slider_size) + theme.gallery(site, gallery_size, 0)
    title = site.index_title if variant != "inicio" else site.name
    site.put(site.index_path, theme.page(site, title, before, content, css=css, page_id=2))
    if variant != "inicio":
        home_before = theme.slider(site, heap.number(100, 500) * KB)
        box = theme.blurb(site.index_path, site.index_title)
        site.put("/", theme.page(site, site.name, home_before, box, css=css, page_id=1))
    light = min(css, 20 * KB)
    for number, section in enumerate(site.sections):
        body = _section_body(section)
        site.put(
            section.path,
            theme.page(site, section.title, "", body, css=light, page_id=300 + number),
        )
    for number, news in enumerate(site.news):
        body = _news_body(site, news)
        site.put(
            news.path, theme.page(site, news.title, "", body, css=light, page_id=5000 + number)
        )
    site.routes["/wp-content/uploads/logo.png"] = Resource(
        _MAGIC["png"] + heap.rng.randbytes(2 * KB), content_type="image/png"
    )
    _notes(
        portal,
        site,
        located,
        f"{how}/pagina={_kb(size)}KB/carrusel={slider_share}/pesadas={_numbers(heavy)}",
    )
    return site.routes


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "elementor": _elementor,
    "nextjs": _nextjs,
    "viewstate": _viewstate,
    "al-final": _al_final,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 38 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
