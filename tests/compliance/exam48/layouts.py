"""Forty-eighth exam: four portal layouts whose theme is PAGE BUILDERS' OWN COMPONENTS around the
Article 10 items, with the truth of every section.

Guatemalan WordPress and Joomla sites are built with page builders, and the Article 10 list is laid
out with the builder's own components: tabs whose titles all come before the panels (the panel of
the n-th title is the n-th panel), accordions and toggles whose closed panels are in the page but
hidden until opened, buttons and icon boxes as the way to each document. Items (truth, labels,
documents, dates, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``; numbered titles in the WPBakery and Divi layouts,
bare names allowed in the others); documents are uploaded to WordPress's ``/wp-content/uploads/
<year>/<month>/`` (or Joomla's ``/images/transparencia/numeral-NN/``) or kept at the generator's
address; a broken document is linked but not served. The truth is what a careful citizen reading
the page in a browser concludes: opening a tab, an accordion panel or a year's toggle is reading;
the open panel is no more the item's than the closed ones; a year's toggle inside an item's panel
holds that item's documents; the shortcodes of a deactivated builder printed as text are read as
the headings they name (the text and links between them are still the page's). Wording and markup:
``wording.toml`` (sources there). Every layout is one page of the site. Layouts:

* ``wpbakery``: WPBakery's (Visual Composer's) TTA tabs, tour or accordion (``vc_tta-tabs-list``
  titles ``<span class="vc_tta-title-text">``, then ``vc_tta-panel`` s with ``data-vc-content=
  ".vc_tta-panel-body"``, each repeating its title in ``vc_tta-panel-heading`` for small screens);
  one panel per item, or tabs per group of numerals ("Numerales 1 al 10") each holding an accordion
  of its items; the item's words in ``wpb_text_column``; documents as a list of links, as
  ``vc_btn3`` buttons showing the document's name, or "Descargar" buttons under the document's
  name; the documents grouped by year under headings or in ``vc_toggle`` s ("Año 2026", "INFORMACIÓN
  AÑO 2026", …, open or closed); or the builder deactivated: ``[vc_row][vc_column][vc_tta_tabs …]
  [vc_tta_section title="…"][vc_column_text]`` printed as paragraphs around the words and links.
* ``divi``: Divi's tabs (``et_pb_tabs_controls`` then ``et_pb_all_tabs``), accordion or separate
  toggles (``h5`` … ``h3.et_pb_toggle_title``, ``et_pb_toggle_open`` / ``_close``), their rich text
  holding the words and links, year headings, or "Descargar" links styled ``et_pb_button``; or one
  row per item (a text module with the item's name, then blurbs or button modules per document,
  the years in toggle modules); or Divi deactivated: ``[et_pb_section fb_built="1" …][et_pb_tabs]
  [et_pb_tab title="…"]`` printed as text.
* ``elementor``: Elementor's classic tabs (desktop titles first, then each panel after a mobile copy
  of its title, inactive panels ``hidden``), accordion or toggle widgets (rich text: words, links,
  year headings), or its nested tabs (``e-n-tabs``: all ``<button class="e-n-tab-title">`` first,
  then the ``e-con`` panels) or nested accordion (``<details class="e-n-accordion-item">``) whose
  panels hold widgets: a text editor with the words, the documents as an icon list, buttons
  ("Descargar" under a heading with the name, or the name as the button's text) or icon boxes (the
  name as the box's linked title), and the years in a toggle widget; nested tabs per group of
  numerals holding a nested accordion of the items.
* ``otros``: the other builders, one per portal: Avada's fusion tabs (mobile copies of the titles
  inside ``tab-content``) or "fusion-accordian" (sic) panels (``panel-title`` … ``fusion-toggle-
  heading``, ``panel-collapse collapse in`` when open) with ``fusion-button`` s and nested year
  toggles; Kadence's accordion block (``kt-blocks-accordion-title`` in a button) with Kadence
  buttons and nested year accordions; Spectra's (UAG) FAQ block (``uagb-question``, answers as
  rich text); SiteOrigin's accordion widget in a Page Builder grid; SP Page Builder's accordion in
  a Joomla page (``sppb-panel-heading`` / ``sppb-panel-collapse`` ``display: none``, ``sppb-btn``
  links); years as headings or nested toggles where the builder can nest.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    breadcrumb,
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

LAYOUTS = ("wpbakery", "divi", "elementor", "otros")
EXAM48: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: WPBakery and Divi titles
# carry the numeral (as the generator's shortcode layout, which a deactivated builder prints), the
# other builders' titles may be the item's bare name (the generator's accordion layout).
_INNER = {"wpbakery": "builder", "divi": "builder", "elementor": "accordion", "otros": "accordion"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM48[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> str:
    return str(draw(st.sampled_from(list(_w(section, key)))))


_ACTIVE = ' class="active"'
_HIDDEN = ' style="display: none;"'


def _rng(draw: st.DrawFn) -> random.Random:
    """Ids and other details nobody reads, from one drawn seed."""
    return random.Random(draw(st.integers(0, 2**32 - 1)))


def _hex(rng: random.Random, digits: int = 7) -> str:
    return f"{rng.randrange(16**digits):0{digits}x}"


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    menu: str
    index: str
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, joomla: bool = False) -> _Site:
    town = _pick(draw, "site", "towns")
    name = str(_w("site", "name")).format(town=town)
    menu = _pick(draw, "site", "menu")
    index = _pick(draw, "site", "joomla_pages" if joomla else "wp_pages")
    site = _Site(name, menu, index)
    links = [
        (str(_w("site", "home")), "/"),
        (menu, index),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _publish(site: _Site, draw: st.DrawFn, body: str) -> Routes:
    """The items' page (the law's opening, then ``body``) and the home page leading to it."""
    title = str(draw(st.sampled_from([t["text"] for t in WORDING["article"]["index_titles"]])))
    opening = f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
    site.put(site.index, title, opening + body, [(site.menu, "")])
    home = (
        f'<p><a href="{_e(site.index)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, home, None)
    return site.routes


# -- documents -------------------------------------------------------------------------------------


def _paths(items: list[Item], today: dt.date, draw: st.DrawFn, scheme: str) -> None:
    """Each document's address: WordPress's uploads folder of the month it was uploaded, Joomla's
    images folder per numeral, or the generator's own."""
    lag = draw(st.integers(2, 15))
    seen: set[str] = set()
    for item in _present(items):
        for doc in item.docs:
            up = uploaded(doc, today, lag)
            stem = file_stem(doc.name)
            if scheme == "uploads":
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{stem}.pdf"
            elif scheme == "joomla":
                path = f"/images/transparencia/numeral-{item.numeral:02d}/{stem}.pdf"
            else:
                path = doc.path
            doc.path = unique(path, seen)


@dataclass
class _Style:
    """How one portal lays out the documents under an item."""

    docs: str  # lista | nombre (a button / box showing the name) | palabra ("Descargar" under it)
    years: str  # no | titulos (year headings) | toggle (a collapsible per year)
    newest_first: bool
    year_title: str
    word: str
    title: str  # texto | strong | icono: how a panel's title is marked up
    opened: str  # ninguno | primero | otro: which panel is open when the page loads


def _style(draw: st.DrawFn, docs: Sequence[str], years: Sequence[str]) -> _Style:
    return _Style(
        docs=str(draw(st.sampled_from(list(docs)))),
        years=str(draw(st.sampled_from(list(years)))),
        newest_first=draw(st.booleans()),
        year_title=_pick(draw, "years", "titles"),
        word=_pick(draw, "buttons", "download"),
        title=str(draw(st.sampled_from(["texto", "texto", "strong", "icono"]))),
        opened=str(draw(st.sampled_from(["ninguno", "primero", "otro"]))),
    )


def _ordered(docs: Sequence[Doc], newest_first: bool) -> list[Doc]:
    return sorted(docs, key=lambda d: (d.modified or dt.date.min, d.name), reverse=newest_first)


def _by_year(docs: Sequence[Doc], newest_first: bool) -> list[tuple[int, list[Doc]]]:
    years: dict[int, list[Doc]] = {}
    for doc in _ordered(docs, newest_first):
        assert doc.modified is not None
        years.setdefault(doc.modified.year, []).append(doc)
    return sorted(years.items(), reverse=newest_first)


def _links(docs: Sequence[Doc]) -> str:
    rows = "".join(
        f'<li><a href="{_e(d.path)}" target="_blank" rel="noopener">{_e(d.name)}</a></li>'
        for d in docs
    )
    return f"<ul>{rows}</ul>"


def _words(item: Item) -> str:
    return "".join(f"<p>{_e(text)}</p>" for text in item_words(item))


def _title(text: str, style: str) -> str:
    if style == "strong":
        return f"<strong>{_e(text)}</strong>"
    if style == "icono":
        return f'<i class="fa fa-folder-open"></i> {_e(text)}'
    return _e(text)


def _open_index(style: _Style, count: int, rng: random.Random, tabs: bool) -> int:
    """Which panel is open when the page loads (-1: none; tabs always show one)."""
    if count == 0:
        return -1
    if style.opened == "primero" or (style.opened == "ninguno" and tabs):
        return 0
    if style.opened == "otro":
        return rng.randrange(count)
    return -1


@dataclass
class _Panel:
    title: str
    body: str


Container = Callable[[list[_Panel], int], str]


def _rich_body(item: Item, style: _Style, button: Callable[[str, str], str] | None) -> str:
    """The item's words and documents as one piece of rich text: links, links styled as the
    builder's buttons, year headings."""
    out = _words(item)

    def docs_html(docs: Sequence[Doc]) -> str:
        if style.docs == "lista" or button is None:
            return _links(docs)
        if style.docs == "nombre":
            return "".join(f"<p>{button(d.path, d.name)}</p>" for d in docs)
        return "".join(
            f"<p><strong>{_e(d.name)}</strong></p><p>{button(d.path, style.word)}</p>" for d in docs
        )

    if not item.docs:
        return out
    if style.years == "no":
        return out + docs_html(_ordered(item.docs, style.newest_first))
    for year, docs in _by_year(item.docs, style.newest_first):
        out += f"<h4><strong>{_e(style.year_title.format(year=year))}</strong></h4>"
        out += docs_html(docs)
    return out


def _note(portal: ExamPortal, items: list[Item], how: str, style: _Style) -> None:
    for item in _present(items):
        portal.notes[item.numeral] = (
            f"{how}/docs={style.docs}/años={style.years}/abierto={style.opened}/"
            f"{'recientes' if style.newest_first else 'antiguos'}/{item_rhythm(item)}/"
            f"{len(item.docs)} docs"
        )


def _groups(items: list[Item], size: int) -> list[tuple[str, list[Item]]]:
    """The items in groups of numerals ("Numerales 1 al 10"), named by the law's range."""
    out = []
    for first in range(1, 30, size):
        last = min(first + size - 1, 29)
        members = [item for item in items if first <= item.numeral <= last]
        if members:
            out.append((f"{first}|{last}", members))
    return out


# -- WPBakery --------------------------------------------------------------------------------------


def _vc_tta(kind: str, rng: random.Random, title_style: str) -> Container:
    """WPBakery's tabs / tour / accordion (``kind``): the tab list (not for an accordion), then
    every panel with its heading (the title again, for small screens) and body."""
    color = rng.choice(["grey", "white", "blue", "juicy-pink"])
    shape = rng.choice(["rounded", "square", "round"])
    style = rng.choice(["classic", "modern", "flat", "outline"])

    def render(panels: list[_Panel], active: int) -> str:
        ids = [
            f"{rng.randrange(10**12, 10**13)}-{_hex(rng, 4)}-{rng.randrange(10, 99)}"
            for _ in panels
        ]
        position = {
            "tabs": "vc_tta-tabs vc_tta-tabs-position-top",
            "tour": "vc_tta-tabs vc_tta-tabs-position-left",
            "accordion": "vc_tta-accordion",
        }[kind]
        tabs = ""
        if kind != "accordion":
            lis = "".join(
                f'<li class="vc_tta-tab{" vc_active" if n == active else ""}" data-vc-tab>'
                f'<a href="#{i}" data-vc-tabs data-vc-container=".vc_tta">'
                f'<span class="vc_tta-title-text">{_title(p.title, title_style)}</span></a></li>'
                for n, (p, i) in enumerate(zip(panels, ids, strict=True))
            )
            tabs = (
                f'<div class="vc_tta-tabs-container"><ul class="vc_tta-tabs-list">{lis}</ul></div>'
            )
        icon = (
            '<i class="vc_tta-controls-icon vc_tta-controls-icon-plus"></i>'
            if kind == "accordion"
            else ""
        )
        body = "".join(
            f'<div class="vc_tta-panel{" vc_active" if n == active else ""}" id="{i}" '
            'data-vc-content=".vc_tta-panel-body"><div class="vc_tta-panel-heading">'
            f'<h4 class="vc_tta-panel-title vc_tta-controls-icon-position-left"><a href="#{i}" '
            'data-vc-accordion data-vc-container=".vc_tta-container">'
            f'<span class="vc_tta-title-text">{_title(p.title, title_style)}</span>{icon}</a></h4>'
            f'</div><div class="vc_tta-panel-body">{p.body}</div></div>'
            for n, (p, i) in enumerate(zip(panels, ids, strict=True))
        )
        return (
            '<div class="vc_tta-container" data-vc-action="collapse"><div class="vc_general vc_tta '
            f"{position} vc_tta-color-{color} vc_tta-style-{style} vc_tta-shape-{shape} "
            'vc_tta-spacing-1 vc_tta-controls-align-left">'
            f'{tabs}<div class="vc_tta-panels-container"><div class="vc_tta-panels">{body}</div>'
            "</div></div></div>"
        )

    return render


def _vc_text(html: str) -> str:
    return (
        f'<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">{html}</div>'
        "</div>"
    )


def _vc_button(href: str, text: str) -> str:
    return (
        '<div class="vc_btn3-container vc_btn3-left"><a class="vc_general vc_btn3 vc_btn3-size-md '
        'vc_btn3-shape-rounded vc_btn3-style-flat vc_btn3-icon-left vc_btn3-color-primary" '
        f'href="{_e(href)}" title="" target="_blank"><i class="vc_btn3-icon fa fa-file-pdf-o">'
        f"</i> {_e(text)}</a></div>"
    )


def _vc_toggle(title: str, html: str, opened: bool) -> str:
    active = " vc_toggle_active" if opened else ""
    return (
        '<div class="vc_toggle vc_toggle_default vc_toggle_color_default '
        f'vc_toggle_size_md{active}">'
        f'<div class="vc_toggle_title"><h4>{_e(title)}</h4><i class="vc_toggle_icon"></i></div>'
        f'<div class="vc_toggle_content">{html}</div></div>'
    )


def _vc_body(item: Item, style: _Style, rng: random.Random) -> str:
    """An item's TTA section: its words in a text block, its documents as links, buttons or
    year toggles (whose rich text holds links)."""
    out = _vc_text(_words(item)) if item_words(item) else ""
    if not item.docs:
        return out

    def docs_html(docs: Sequence[Doc]) -> str:
        if style.docs == "lista":
            return _vc_text(_links(docs))
        if style.docs == "nombre":
            return "".join(_vc_button(d.path, d.name) for d in docs)
        return "".join(
            _vc_text(f"<p><strong>{_e(d.name)}</strong></p>") + _vc_button(d.path, style.word)
            for d in docs
        )

    if style.years == "no":
        return out + docs_html(_ordered(item.docs, style.newest_first))
    years = _by_year(item.docs, style.newest_first)
    for n, (year, docs) in enumerate(years):
        title = style.year_title.format(year=year)
        if style.years == "toggle":
            out += _vc_toggle(title, _links(docs), n == 0 and rng.random() < 0.5)
        else:
            out += _vc_text(f"<h4>{_e(title)}</h4>") + docs_html(docs)
    return out


def _vc_shortcodes(items: list[Item], kind: str, style: _Style, active: int) -> str:
    """WPBakery deactivated: its shortcodes printed as text (wpautop puts each line in a
    ``<p>``), the words and links between them as the editor saved them."""
    parts = [
        "<p>" + _e(str(_w("shortcodes", "vc_open")).format(kind=kind, active=active + 1)) + "</p>"
    ]
    for item in items:
        title = item.label.replace('"', "'")
        parts.append(
            f'<p>[vc_tta_section title="{_e(title)}" tab_id="{item.numeral}-{item.numeral * 7919}"]'
            "[vc_column_text]</p>"
        )
        parts.append(_words(item))
        if item.docs and style.years == "no":
            parts.append(_links(_ordered(item.docs, style.newest_first)))
        elif item.docs:
            for year, docs in _by_year(item.docs, style.newest_first):
                title = style.year_title.format(year=year)
                if style.years == "toggle":
                    parts.append(f'<p>[/vc_column_text][vc_toggle title="{_e(title)}"]</p>')
                    parts.append(_links(docs))
                    parts.append("<p>[/vc_toggle][vc_column_text]</p>")
                else:
                    parts.append(f"<h4>{_e(title)}</h4>{_links(docs)}")
        parts.append("<p>[/vc_column_text][/vc_tta_section]</p>")
    parts.append("<p>" + _e(str(_w("shortcodes", "vc_close")).format(kind=kind)) + "</p>")
    return '<div class="entry-content">' + "".join(parts) + "</div>"


def _wpbakery(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    _paths(items, today, draw, str(draw(st.sampled_from(["uploads", "uploads", "generador"]))))
    state = str(draw(st.sampled_from(["activo", "activo", "desactivado"])))
    kind = str(draw(st.sampled_from(["tabs", "tour", "accordion"])))
    style = _style(draw, ["lista", "nombre", "palabra"], ["no", "titulos", "toggle"])
    grouped = kind != "accordion" and state == "activo" and draw(st.booleans())
    size = draw(st.sampled_from([5, 10]))
    group_form = _pick(draw, "groups", "titles")
    rng = _rng(draw)
    present = _present(items)
    if state == "desactivado":
        style.docs = "lista"
        active = _open_index(style, len(present), rng, kind != "accordion")
        body = _vc_shortcodes(present, kind, style, max(active, 0))
        _note(portal, items, f"wpbakery/desactivado/{kind}", style)
        return _publish(site, draw, body)
    if grouped:
        outer = _vc_tta(kind, rng, style.title)
        inner = _vc_tta("accordion", rng, style.title)
        panels = []
        for span, members in _groups(present, size):
            first, last = span.split("|")
            sub = [_Panel(i.label, _vc_body(i, style, rng)) for i in members]
            open_sub = _open_index(style, len(sub), rng, False)
            panels.append(_Panel(group_form.format(first=first, last=last), inner(sub, open_sub)))
        content = outer(panels, _open_index(style, len(panels), rng, True))
    else:
        tta = _vc_tta(kind, rng, style.title)
        panels = [_Panel(i.label, _vc_body(i, style, rng)) for i in present]
        content = tta(panels, _open_index(style, len(panels), rng, kind != "accordion"))
    row = (
        '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container '
        f'vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">{content}</div>'
        "</div></div></div>"
    )
    _note(portal, items, f"wpbakery/{kind}/grupos={grouped}", style)
    return _publish(site, draw, f'<div class="entry-content">{row}</div>')


# -- Divi ------------------------------------------------------------------------------------------


def _divi_button_link(href: str, text: str) -> str:
    return f'<a class="et_pb_button" href="{_e(href)}" target="_blank">{_e(text)}</a>'


def _divi_tabs(panels: list[_Panel], active: int, title_style: str) -> str:
    controls = "".join(
        f'<li class="et_pb_tab_{n}{" et_pb_tab_active" if n == active else ""}"><a href="#">'
        f"{_title(p.title, title_style)}</a></li>"
        for n, p in enumerate(panels)
    )
    tabs = "".join(
        f'<div class="et_pb_tab et_pb_tab_{n} '
        f'clearfix{" et_pb_active_content" if n == active else ""}">'
        f'<div class="et_pb_tab_content">{p.body}</div></div> <!-- .et_pb_tab -->'
        for n, p in enumerate(panels)
    )
    return (
        '<div class="et_pb_module et_pb_tabs et_pb_tabs_0"><ul class="et_pb_tabs_controls '
        f'clearfix">{controls}</ul><div class="et_pb_all_tabs">{tabs}</div> <!-- '
        ".et_pb_all_tabs -->"
        "</div> <!-- .et_pb_tabs -->"
    )


def _divi_toggle(
    title: str, body: str, opened: bool, n: int, accordion: bool, tag: str, title_style: str
) -> str:
    kind = f"et_pb_accordion_item et_pb_accordion_item_{n}" if accordion else f"et_pb_toggle_{n}"
    state = "et_pb_toggle_open" if opened else "et_pb_toggle_close"
    return (
        f'<div class="et_pb_module et_pb_toggle {kind} et_pb_toggle_item {state}">'
        f'<{tag} class="et_pb_toggle_title">{_title(title, title_style)}</{tag}>'
        f'<div class="et_pb_toggle_content clearfix">{body}</div></div>'
    )


def _divi_section(modules: str, n: int = 0) -> str:
    return (
        f'<div class="et_pb_section et_pb_section_{n} et_section_regular"><div class="et_pb_row '
        f'et_pb_row_{n}"><div class="et_pb_column et_pb_column_4_4 et_pb_column_{n} '
        f'et_pb_css_mix_blend_mode_passthrough et-last-child">{modules}</div></div></div>'
    )


def _divi_text(html: str, n: int) -> str:
    return (
        f'<div class="et_pb_module et_pb_text et_pb_text_{n} et_pb_text_align_left '
        f'et_pb_bg_layout_light"><div class="et_pb_text_inner">{html}</div></div>'
    )


def _divi_row_item(item: Item, style: _Style, n: int, rng: random.Random) -> str:
    """One row per item: a text module (the item's name as a heading, its words), then a blurb or
    a button module per document, or a toggle module per year."""
    modules = [_divi_text(f"<h3>{_e(item.label)}</h3>{_words(item)}", n)]

    def doc_modules(docs: Sequence[Doc]) -> list[str]:
        out = []
        for k, d in enumerate(docs):
            if style.docs == "nombre":
                out.append(
                    f'<div class="et_pb_module et_pb_blurb et_pb_blurb_{n}_{k} '
                    "et_pb_text_align_left "
                    'et_pb_blurb_position_left et_pb_bg_layout_light"><div '
                    'class="et_pb_blurb_content">'
                    f'<div class="et_pb_main_blurb_image"><a href="{_e(d.path)}" target="_blank">'
                    '<span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top '
                    'et-pb-icon">&#xe0e5;</span></span></a></div><div '
                    'class="et_pb_blurb_container">'
                    f'<h4 class="et_pb_module_header"><a href="{_e(d.path)}" target="_blank">'
                    f"{_e(d.name)}</a></h4></div></div></div>"
                )
            else:
                text = d.name if style.docs == "lista" else style.word
                before = "" if style.docs == "lista" else _divi_text(f"<p>{_e(d.name)}</p>", n)
                out.append(
                    before
                    + f'<div class="et_pb_button_module_wrapper et_pb_button_{n}_{k}_wrapper '
                    'et_pb_button_alignment_left et_pb_module"><a class="et_pb_button '
                    f'et_pb_button_{n}_{k} et_pb_bg_layout_light" href="{_e(d.path)}" '
                    f'target="_blank">{_e(text)}</a></div>'
                )
        return out

    if item.docs and style.years == "toggle":
        for k, (year, docs) in enumerate(_by_year(item.docs, style.newest_first)):
            title = style.year_title.format(year=year)
            opened = k == 0 and rng.random() < 0.5
            modules.append(_divi_toggle(title, _links(docs), opened, k, False, "h5", "texto"))
    elif item.docs:
        for year, docs in (
            _by_year(item.docs, style.newest_first)
            if style.years == "titulos"
            else [(0, _ordered(item.docs, style.newest_first))]
        ):
            if year:
                modules.append(_divi_text(f"<h4>{_e(style.year_title.format(year=year))}</h4>", n))
            modules.extend(doc_modules(docs))
    return _divi_section("".join(modules), n)


def _divi(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    _paths(items, today, draw, str(draw(st.sampled_from(["uploads", "uploads", "generador"]))))
    kind = str(draw(st.sampled_from(["tabs", "acordeon", "toggles", "filas", "desactivado"])))
    tag = str(draw(st.sampled_from(["h5", "h5", "h3", "h4"])))
    if kind == "filas":
        style = _style(draw, ["lista", "nombre", "palabra"], ["no", "titulos", "toggle"])
    else:
        style = _style(draw, ["lista", "palabra"], ["no", "titulos"])
    rng = _rng(draw)
    present = _present(items)
    if kind == "filas":
        body = "".join(_divi_row_item(item, style, n, rng) for n, item in enumerate(present))
    elif kind == "desactivado":
        style.docs = "lista"
        tabs = draw(st.booleans())
        parts = [
            "<p>"
            + _e(str(_w("shortcodes", "divi_open")).format())
            + (
                '[et_pb_tabs _builder_version="4.16"]'
                if tabs
                else '[et_pb_accordion _builder_version="4.16"]'
            )
            + "</p>"
        ]
        active = _open_index(style, len(present), rng, tabs)
        for n, item in enumerate(present):
            title = _e(item.label.replace('"', "'"))
            if tabs:
                parts.append(f'<p>[et_pb_tab title="{title}" _builder_version="4.16"]</p>')
            else:
                state = "on" if n == active else "off"
                parts.append(
                    f'<p>[et_pb_accordion_item title="{title}" open="{state}" '
                    '_builder_version="4.16"]</p>'
                )
            parts.append(_rich_body(item, style, None))
            parts.append("<p>[/et_pb_tab]</p>" if tabs else "<p>[/et_pb_accordion_item]</p>")
        closing = "[/et_pb_tabs]" if tabs else "[/et_pb_accordion]"
        parts.append("<p>" + closing + _e(str(_w("shortcodes", "divi_close"))) + "</p>")
        body = '<div class="entry-content">' + "".join(parts) + "</div>"
        kind = f"desactivado/{'tabs' if tabs else 'acordeon'}"
    else:
        panels = [_Panel(i.label, _rich_body(i, style, _divi_button_link)) for i in present]
        active = _open_index(style, len(panels), rng, kind == "tabs")
        if kind == "tabs":
            module = _divi_tabs(panels, active, style.title)
        else:
            toggles = "".join(
                _divi_toggle(p.title, p.body, n == active, n, kind == "acordeon", tag, style.title)
                for n, p in enumerate(panels)
            )
            module = (
                f'<div class="et_pb_module et_pb_accordion et_pb_accordion_0">{toggles}</div>'
                if kind == "acordeon"
                else toggles
            )
        body = _divi_section(module)
    if not kind.startswith("desactivado"):
        body = (
            '<div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div '
            f'class="et_builder_inner_content et_pb_gutters3">{body}</div></div></div>'
        )
    _note(portal, items, f"divi/{kind}/{tag}", style)
    return _publish(site, draw, body)


# -- Elementor -------------------------------------------------------------------------------------


def _el_widget(name: str, inner: str, rng: random.Random, extra: str = "") -> str:
    wid = _hex(rng)
    return (
        f'<div class="elementor-element elementor-element-{wid}{extra} elementor-widget '
        f'elementor-widget-{name}" data-id="{wid}" data-element_type="widget" '
        f'data-widget_type="{name}.default"><div '
        f'class="elementor-widget-container">{inner}</div></div>'
    )


def _el_classic(kind: str, rng: random.Random, title_style: str, hide: bool) -> Container:
    """Elementor's classic tabs, accordion or toggle widget (rich text panels)."""

    def render(panels: list[_Panel], active: int) -> str:
        base = rng.randrange(100, 999) * 10
        if kind == "tabs":
            titles = "".join(
                f'<div id="elementor-tab-title-{base + n + 1}" class="elementor-tab-title '
                f'elementor-tab-desktop-title{" elementor-active" if n == active else ""}" '
                f'aria-selected="{"true" if n == active else "false"}" data-tab="{n + 1}" '
                f'role="tab" tabindex="{0 if n == active else -1}" '
                f'aria-controls="elementor-tab-content-{base + n + 1}" aria-expanded="false">'
                f"{_title(p.title, title_style)}</div>"
                for n, p in enumerate(panels)
            )
            contents = "".join(
                f'<div class="elementor-tab-title elementor-tab-mobile-title'
                f'{" elementor-active" if n == active else ""}" aria-selected="'
                f'{"true" if n == active else "false"}" data-tab="{n + 1}" role="tab" '
                'tabindex="-1" '
                f'aria-controls="elementor-tab-content-{base + n + 1}" aria-expanded="false">'
                f"{_title(p.title, title_style)}</div>"
                f'<div id="elementor-tab-content-{base + n + 1}" class="elementor-tab-content '
                f'elementor-clearfix{" elementor-active" if n == active else ""}" '
                f'data-tab="{n + 1}" role="tabpanel" aria-labelledby="elementor-tab-title-'
                f'{base + n + 1}" tabindex="0"{" hidden" if hide and n != active else ""}>'
                f"{p.body}</div>"
                for n, p in enumerate(panels)
            )
            inner = (
                '<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">'
                f'{titles}</div><div class="elementor-tabs-content-wrapper" role="tablist" '
                f'aria-orientation="vertical">{contents}</div></div>'
            )
            return _el_widget("tabs", inner, rng, " elementor-tabs-view-horizontal")
        word = "accordion" if kind == "accordion" else "toggle"
        icons = (
            f'<span class="elementor-{word}-icon elementor-{word}-icon-left" aria-hidden="true">'
            f'<span class="elementor-{word}-icon-closed"><i class="fas fa-plus"></i></span>'
            f'<span class="elementor-{word}-icon-opened"><i class="fas fa-minus"></i></span></span>'
        )
        rows = "".join(
            f'<div class="elementor-{word}-item"><div id="elementor-tab-title-{base + n + 1}" '
            f'class="elementor-tab-title{" elementor-active" if n == active else ""}" '
            f'data-tab="{n + 1}" role="button" '
            f'aria-controls="elementor-tab-content-{base + n + 1}" '
            f'aria-expanded="{"true" if n == active else "false"}">{icons}'
            f'<a class="elementor-{word}-title" '
            f'tabindex="0">{_title(p.title, title_style)}</a></div>'
            f'<div id="elementor-tab-content-{base + n + 1}" class="elementor-tab-content '
            f'elementor-clearfix{" elementor-active" if n == active else ""}" data-tab="{n + 1}" '
            f'role="region" aria-labelledby="elementor-tab-title-{base + n + 1}"'
            f"{' hidden' if hide and n != active else ''}>{p.body}</div></div>"
            for n, p in enumerate(panels)
        )
        return _el_widget(word, f'<div class="elementor-{word}">{rows}</div>', rng)

    return render


def _el_container(inner: str, rng: random.Random, extra: str = "") -> str:
    cid = _hex(rng)
    return (
        f'<div{extra} class="elementor-element elementor-element-{cid} e-con-full e-flex e-con '
        f'e-child" data-id="{cid}" data-element_type="container">{inner}</div>'
    )


def _el_ntabs(rng: random.Random, title_style: str) -> Container:
    """Elementor's nested tabs: every title a button, all of them first; then the panels."""

    def render(panels: list[_Panel], active: int) -> str:
        number = rng.randrange(10**8, 10**9)
        heads = "".join(
            f'<button id="e-n-tab-title-{number}{n + 1}" data-tab-title-id="e-n-tab-title-'
            f'{number}{n + 1}" class="e-n-tab-title" aria-selected="'
            f'{"true" if n == active else "false"}" data-tab-index="{n + 1}" role="tab" '
            f'tabindex="{0 if n == active else -1}" '
            f'aria-controls="e-n-tab-content-{number}{n + 1}" '
            f'style="--n-tabs-title-order: {n + 1};"><span class="e-n-tab-title-text">'
            f"{_title(p.title, title_style)}</span></button>"
            for n, p in enumerate(panels)
        )
        bodies = "".join(
            _el_container(
                p.body,
                rng,
                f' id="e-n-tab-content-{number}{n + 1}" role="tabpanel" aria-labelledby='
                f'"e-n-tab-title-{number}{n + 1}" data-tab-index="{n + 1}" style="--n-tabs-title-'
                f'order: {n + 1};"' + (' data-active="true"' if n == active else ""),
            ).replace("e-con-full", "e-active e-con-full" if n == active else "e-con-full", 1)
            for n, p in enumerate(panels)
        )
        inner = (
            f'<div class="e-n-tabs" data-widget-number="{number}" aria-label="Pestañas. Abre '
            'elementos con Enter o Espacio, cierra con Escape y navega con las flechas.">'
            f'<div class="e-n-tabs-heading" role="tablist">{heads}</div>'
            f'<div class="e-n-tabs-content">{bodies}</div></div>'
        )
        return _el_widget("n-tabs", inner, rng, " e-n-tabs-mobile")

    return render


def _el_naccordion(rng: random.Random, title_style: str) -> Container:
    """Elementor's nested accordion: a ``<details>`` per item, its panel a container."""

    def render(panels: list[_Panel], active: int) -> str:
        number = rng.randrange(1000, 9999)
        rows = "".join(
            f'<details id="e-n-accordion-item-{number}{n}" class="e-n-accordion-item"'
            f'{" open" if n == active else ""}><summary class="e-n-accordion-item-title" '
            f'data-accordion-index="{n + 1}" tabindex="{0 if n == 0 else -1}" aria-expanded="'
            f'{"true" if n == active else "false"}" aria-controls="e-n-accordion-item-{number}{n}">'
            '<span class="e-n-accordion-item-title-header"><div '
            'class="e-n-accordion-item-title-text">'
            f"{_title(p.title, title_style)}</div></span>"
            '<span class="e-n-accordion-item-title-icon"><span class="e-opened"><i '
            'aria-hidden="true" class="fas fa-minus"></i></span><span class="e-closed"><i '
            'aria-hidden="true" class="fas fa-plus"></i></span></span></summary>'
            + _el_container(
                p.body,
                rng,
                f' role="region" aria-labelledby="e-n-accordion-item-{number}{n}"',
            )
            + "</details>"
            for n, p in enumerate(panels)
        )
        return _el_widget("n-accordion", f'<div class="e-n-accordion">{rows}</div>', rng)

    return render


def _el_docs(docs: Sequence[Doc], style: _Style, rng: random.Random) -> str:
    if style.docs == "lista":
        rows = "".join(
            f'<li class="elementor-icon-list-item"><a href="{_e(d.path)}" target="_blank">'
            '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far '
            f'fa-file-pdf"></i></span><span class="elementor-icon-list-text">{_e(d.name)}</span>'
            "</a></li>"
            for d in docs
        )
        return _el_widget("icon-list", f'<ul class="elementor-icon-list-items">{rows}</ul>', rng)
    out = ""
    for d in docs:
        if style.docs == "caja":
            out += _el_widget(
                "icon-box",
                '<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon">'
                f'<a href="{_e(d.path)}" class="elementor-icon elementor-animation-" tabindex="-1">'
                '<i aria-hidden="true" class="far fa-file-pdf"></i></a></div>'
                '<div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title">'
                f'<a href="{_e(d.path)}">{_e(d.name)}</a></h3>'
                f'<p class="elementor-icon-box-description">{_e(style.word)}</p></div></div>',
                rng,
                " elementor-position-left elementor-view-default",
            )
            continue
        text = d.name if style.docs == "nombre" else style.word
        if style.docs == "palabra":
            out += _el_widget(
                "heading",
                f'<h4 class="elementor-heading-title elementor-size-default">{_e(d.name)}</h4>',
                rng,
            )
        out += _el_widget(
            "button",
            '<div class="elementor-button-wrapper"><a class="elementor-button '
            "elementor-button-link "
            f'elementor-size-sm" href="{_e(d.path)}" target="_blank"><span class="elementor-button-'
            'content-wrapper"><span class="elementor-button-icon"><i aria-hidden="true" class="fas '
            'fa-download"></i></span><span class="elementor-button-text">'
            f"{_e(text)}</span></span></a></div>",
            rng,
        )
    return out


def _el_widgets_body(item: Item, style: _Style, rng: random.Random, hide: bool) -> str:
    """A nested panel: a text editor with the words, the documents as widgets, the years in a
    toggle widget (rich text links) or under heading widgets."""
    out = _el_widget("text-editor", _words(item), rng) if item_words(item) else ""
    if not item.docs:
        return out
    if style.years == "no":
        return out + _el_docs(_ordered(item.docs, style.newest_first), style, rng)
    years = _by_year(item.docs, style.newest_first)
    if style.years == "toggle":
        toggle = _el_classic("toggle", rng, "texto", hide)
        panels = [_Panel(style.year_title.format(year=y), _links(docs)) for y, docs in years]
        return out + toggle(panels, 0 if rng.random() < 0.5 else -1)
    for year, docs in years:
        title = _e(style.year_title.format(year=year))
        out += _el_widget(
            "heading",
            f'<h3 class="elementor-heading-title elementor-size-default">{title}</h3>',
            rng,
        )
        out += _el_docs(docs, style, rng)
    return out


def _elementor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    _paths(items, today, draw, str(draw(st.sampled_from(["uploads", "uploads", "generador"]))))
    kind = str(draw(st.sampled_from(["tabs", "accordion", "toggle", "ntabs", "nacordeon"])))
    hide = draw(st.booleans())
    nested = kind in ("ntabs", "nacordeon")
    if nested:
        style = _style(draw, ["lista", "nombre", "palabra", "caja"], ["no", "titulos", "toggle"])
    else:
        style = _style(draw, ["lista"], ["no", "titulos"])
    grouped = kind == "ntabs" and draw(st.booleans())
    size = draw(st.sampled_from([5, 10]))
    group_form = _pick(draw, "groups", "titles")
    rng = _rng(draw)
    present = _present(items)
    if grouped:
        outer = _el_ntabs(rng, style.title)
        inner = _el_naccordion(rng, style.title)
        panels = []
        for span, members in _groups(present, size):
            first, last = span.split("|")
            sub = [_Panel(i.label, _el_widgets_body(i, style, rng, hide)) for i in members]
            panels.append(
                _Panel(
                    group_form.format(first=first, last=last),
                    inner(sub, _open_index(style, len(sub), rng, False)),
                )
            )
        widget = outer(panels, _open_index(style, len(panels), rng, True))
    elif nested:
        container = (
            _el_ntabs(rng, style.title) if kind == "ntabs" else _el_naccordion(rng, style.title)
        )
        panels = [_Panel(i.label, _el_widgets_body(i, style, rng, hide)) for i in present]
        widget = container(panels, _open_index(style, len(panels), rng, kind == "ntabs"))
    else:
        container = _el_classic(kind, rng, style.title, hide)
        panels = [_Panel(i.label, _rich_body(i, style, None)) for i in present]
        widget = container(panels, _open_index(style, len(panels), rng, kind == "tabs"))
    page_id = rng.randrange(100, 20000)
    parent = _hex(rng)
    body = (
        f'<div data-elementor-type="wp-page" data-elementor-id="{page_id}" class="elementor '
        f'elementor-{page_id}" data-elementor-post-type="page"><div class="elementor-element '
        f'elementor-element-{parent} e-con-full e-flex e-con e-parent" data-id="{parent}" '
        f'data-element_type="container">{widget}</div></div>'
    )
    _note(portal, items, f"elementor/{kind}/grupos={grouped}/hidden={hide}", style)
    return _publish(site, draw, body)


# -- other builders -------------------------------------------------------------------------------


def _fusion_button(href: str, text: str) -> str:
    return (
        '<div class="fusion-aligncenter"><a class="fusion-button button-flat fusion-button-default-'
        "size button-default fusion-button-default button-1 fusion-button-default-span "
        f'fusion-button-default-type" target="_blank" rel="noopener noreferrer" href="{_e(href)}">'
        f'<span class="fusion-button-text">{_e(text)}</span></a></div>'
    )


def _fusion_accordion(rng: random.Random, title_style: str) -> Container:
    def render(panels: list[_Panel], active: int) -> str:
        group = f"accordion-{rng.randrange(1000, 9999)}-{rng.randrange(1, 9)}"
        rows = ""
        for n, p in enumerate(panels):
            pid = _hex(rng, 8)
            rows += (
                f'<div class="fusion-panel panel-default panel-{pid} fusion-toggle-has-divider">'
                f'<div class="panel-heading"><h4 class="panel-title toggle" id="toggle_{pid}">'
                f'<a aria-expanded="{"true" if n == active else "false"}" aria-controls="{pid}" '
                f'role="button" data-toggle="collapse" data-parent="#{group}" data-target="#{pid}" '
                f'href="#{pid}"{_ACTIVE if n == active else ""}>'
                '<span class="fusion-toggle-icon-wrapper" aria-hidden="true"><i '
                'class="fa-fusion-box '
                'active-icon awb-icon-minus" aria-hidden="true"></i><i class="fa-fusion-box '
                'inactive-icon awb-icon-plus" aria-hidden="true"></i></span>'
                "<span "
                f'class="fusion-toggle-heading">{_title(p.title, title_style)}</span></a></h4>'
                f'</div><div id="{pid}" class="panel-collapse '
                f'collapse{" in" if n == active else ""}" '
                f'aria-labelledby="toggle_{pid}"><div class="panel-body toggle-content '
                f'fusion-clearfix">{p.body}</div></div></div>'
            )
        return (
            '<div class="accordian fusion-accordian"><div class="panel-group fusion-toggle-icon-'
            f'boxed" id="{group}">{rows}</div></div>'
        )

    return render


def _fusion_tabs(rng: random.Random, title_style: str) -> Container:
    """Avada's tabs: the tab list, then in ``tab-content`` each pane after a mobile copy of its
    own title."""

    def render(panels: list[_Panel], active: int) -> str:
        ids = [f"tab-{_hex(rng, 8)}" for _ in panels]

        def li(n: int, p: _Panel, i: str) -> str:
            return (
                f'<li{_ACTIVE if n == active else ""}><a class="tab-link" '
                f'data-toggle="tab" id="fusion-{i}" href="#{i}"><h4 class="fusion-tab-heading">'
                f"{_title(p.title, title_style)}</h4></a></li>"
            )

        lis = "".join(li(n, p, i) for n, (p, i) in enumerate(zip(panels, ids, strict=True)))
        panes = "".join(
            f'<div class="nav fusion-mobile-tab-nav"><ul class="nav-tabs nav-justified">'
            f"{li(n, p, i)}</ul></div>"
            f'<div class="tab-pane fade fusion-clearfix{" in active" if n == active else ""}" '
            f'role="tabpanel" tabindex="0" id="{i}">{p.body}</div>'
            for n, (p, i) in enumerate(zip(panels, ids, strict=True))
        )
        return (
            f'<div class="fusion-tabs fusion-tabs-{rng.randrange(1, 5)} classic nav-not-justified '
            'horizontal-tabs icon-position-left"><div class="nav"><ul class="nav-tabs">'
            f'{lis}</ul></div><div class="tab-content">{panes}</div></div>'
        )

    return render


def _kadence_button(href: str, text: str) -> str:
    return (
        '<div class="wp-block-kadence-advancedbtn kb-buttons-wrap"><a class="kb-button kt-button '
        f'button kb-btn-global-fill kt-btn-size-standard" href="{_e(href)}" target="_blank">'
        f'<span class="kt-btn-inner-text">{_e(text)}</span></a></div>'
    )


def _kadence(rng: random.Random, title_style: str) -> Container:
    def render(panels: list[_Panel], active: int) -> str:
        uid = f"_{_hex(rng, 6)}-{_hex(rng, 2)}"
        panes = "".join(
            f'<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{n + 1} '
            f'kt-pane{uid}{n}"><div class="kt-accordion-header-wrap"><button class="kt-blocks-'
            "accordion-header "
            "kt-acccordion-button-label-show"
            f'{" kt-accordion-panel-active" if n == active else ""}" '
            f'id="kt-accordion-header-{uid}{n}" aria-controls="kt-accordion-panel-{uid}{n}" '
            f'data-kt-accordion-header-id="{n}" '
            f'aria-expanded="{"true" if n == active else "false"}" '
            'type="button"><span class="kt-blocks-accordion-title-wrap"><span class="kt-blocks-'
            f'accordion-title">{_title(p.title, title_style)}</span></span><span class="kt-blocks-'
            'accordion-icon-trigger"></span></button></div><div class="kt-accordion-panel'
            f'{" kt-accordion-panel-active" if n == active else " kt-accordion-panel-hidden"}" '
            f'id="kt-accordion-panel-{uid}{n}"><div class="kt-accordion-panel-inner">{p.body}</div>'
            "</div></div>"
            for n, p in enumerate(panels)
        )
        return (
            '<div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap '
            f"kt-accordion-id{uid} kt-accordion-has-{len(panels)}-panes kt-active-pane-{active} "
            "kt-accordion-block kt-pane-header-alignment-left kt-accodion-icon-style-arrow "
            'kt-accodion-icon-side-right"><div class="kt-accordion-inner-wrap" '
            f'data-allow-multiple-open="false" data-start-open="{active}">{panes}</div></div></div>'
        )

    return render


_SVG_PLUS = (
    '<svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M432 256c0 17.69-14.33'
    " 32.01-32 32.01H256v144c0 17.69-14.33 31.99-32 31.99s-32-14.3-32-31.99v-144H48c-17.67 "
    "0-32-14.32-32-32.01s14.33-31.99 32-31.99H192v-144c0-17.69 14.33-32.01 32-32.01s32 14.32 32 "
    '32.01v144h144C417.7 224 432 238.3 432 256z"></path></svg>'
)


def _spectra(rng: random.Random, title_style: str, tag: str) -> Container:
    def render(panels: list[_Panel], active: int) -> str:
        rows = "".join(
            f'<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-faq-item '
            f'uagb-block-{_hex(rng, 8)}{" uagb-faq-item-active" if n == active else ""}" '
            'role="tab" '
            'tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions">'
            f'<span class="uagb-icon uagb-faq-icon-wrap">{_SVG_PLUS}</span>'
            f'<span class="uagb-icon-active uagb-faq-icon-wrap">{_SVG_PLUS}</span>'
            f'<{tag} class="uagb-question">{_title(p.title, title_style)}</{tag}></div>'
            f'<div class="uagb-faq-content">{p.body}</div></div>'
            for n, p in enumerate(panels)
        )
        expand = "true" if active == 0 else "false"
        return (
            f'<div class="wp-block-uagb-faq uagb-faq__outer-wrap uagb-block-{_hex(rng, 8)} '
            f"uagb-faq-icon-row uagb-faq-layout-accordion uagb-faq-expand-first-{expand} "
            "uagb-faq-inactive-other-true uagb-faq__wrap uagb-buttons-layout-wrap "
            f'uagb-faq-equal-height" data-faqtoggle="true" role="tablist">{rows}</div>'
        )

    return render


def _siteorigin(rng: random.Random, title_style: str) -> Container:
    def render(panels: list[_Panel], active: int) -> str:
        widget = rng.randrange(100, 999)
        rows = ""
        for n, p in enumerate(panels):
            aid = f"{widget}{n}"
            is_open = n == active
            rows += (
                f'<div class="sow-accordion-panel{" sow-accordion-panel-open" if is_open else ""}" '
                f'data-anchor="{aid}"><div class="sow-accordion-panel-header-container" '
                'role="heading" aria-level="2"><div class="sow-accordion-panel-header" '
                'tabindex="0" '
                f'role="button" id="accordion-label-{aid}" aria-controls="accordion-content-{aid}" '
                f'aria-expanded="{"true" if is_open else "false"}"><div class="sow-accordion-title '
                f'sow-accordion-title-icon-left">{_title(p.title, title_style)}</div>'
                '<div class="sow-accordion-open-close-button"><div '
                'class="sow-accordion-open-button">'
                '<span class="sow-icon-ionicons" data-sow-icon="&#xf218;"></span></div>'
                '<div class="sow-accordion-close-button"><span class="sow-icon-ionicons" '
                'data-sow-icon="&#xf209;"></span></div></div></div></div>'
                '<div class="sow-accordion-panel-content" role="region" '
                f'id="accordion-content-{aid}" '
                f'aria-labelledby="accordion-label-{aid}"'
                f"{'' if is_open else _HIDDEN}><div "
                f'class="sow-accordion-panel-border">{p.body}</div></div></div>'
            )
        page = rng.randrange(100, 999)
        return (
            f'<div id="pl-{page}" class="panel-layout"><div id="pg-{page}-0" class="panel-grid '
            f'panel-no-style"><div id="pgc-{page}-0-0" class="panel-grid-cell"><div '
            f'id="panel-{page}-0-0-0" class="so-panel widget widget_sow-accordion '
            'panel-first-child panel-last-child" data-index="0"><div class="so-widget-sow-'
            f'accordion so-widget-sow-accordion-default-{_hex(rng, 12)}"><div '
            f'class="sow-accordion">{rows}</div></div></div></div></div></div>'
        )

    return render


def _sppb_button(href: str, text: str) -> str:
    return (
        f'<a href="{_e(href)}" target="_blank" class="sppb-btn sppb-btn-primary sppb-btn-rounded">'
        f'<i class="fa fa-download"></i> {_e(text)}</a>'
    )


def _sppb(rng: random.Random, title_style: str) -> Container:
    def render(panels: list[_Panel], active: int) -> str:
        addon = rng.randrange(10**12, 10**13)
        rows = "".join(
            f'<div class="sppb-panel sppb-panel-modern"><div class="sppb-panel-heading'
            f'{" active" if n == active else ""}" id="sppb-ac-heading-{addon}-key-{n}" '
            f'aria-expanded="{"true" if n == active else "false"}" aria-controls="sppb-ac-content-'
            f'{addon}-key-{n}"><span class="sppb-panel-title" aria-label="{_e(p.title)}">'
            f'{_title(p.title, title_style)}</span><span class="sppb-toggle-direction" '
            'aria-label="Toggle Direction Icon"><i class="fa fa-chevron-right" aria-hidden="true">'
            '</i></span></div><div id="sppb-ac-content-'
            f'{addon}-key-{n}" class="sppb-panel-collapse"'
            f'{"" if n == active else _HIDDEN} aria-labelledby="sppb-ac-heading-'
            f'{addon}-key-{n}"><div class="sppb-panel-body">{p.body}</div></div></div>'
            for n, p in enumerate(panels)
        )
        return (
            f'<div id="sp-page-builder" class="sp-page-builder  page-{rng.randrange(2, 60)}">'
            '<div class="page-content"><section class="sppb-section"><div '
            'class="sppb-row-container">'
            '<div class="sppb-row"><div class="sppb-col-md-12"><div class="sppb-column"><div '
            f'class="sppb-column-addons"><div id="sppb-addon-{addon}" class="clearfix"><div '
            'class="sppb-addon sppb-addon-accordion "><div class="sppb-addon-content"><div '
            f'class="sppb-panel-group">{rows}</div></div></div></div></div></div></div></div>'
            "</div></section></div></div>"
        )

    return render


def _nested_body(
    item: Item,
    style: _Style,
    rng: random.Random,
    toggle: Container,
    button: Callable[[str, str], str],
) -> str:
    """A panel that can hold blocks (Avada, Kadence): words, buttons or links, and the years in a
    nested accordion of the same builder."""
    if style.years != "toggle" or not item.docs:
        return _rich_body(item, style, button)
    years = _by_year(item.docs, style.newest_first)
    panels = [_Panel(style.year_title.format(year=y), _links(docs)) for y, docs in years]
    return _words(item) + toggle(panels, 0 if rng.random() < 0.5 else -1)


def _otros(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    builder = str(draw(st.sampled_from(["fusion", "kadence", "spectra", "siteorigin", "sppb"])))
    joomla = builder == "sppb"
    site = _site(draw, joomla)
    scheme = "joomla" if joomla else "uploads"
    _paths(items, today, draw, str(draw(st.sampled_from([scheme, scheme, "generador"]))))
    rng = _rng(draw)
    present = _present(items)
    how = builder
    if builder in ("fusion", "kadence"):
        style = _style(draw, ["lista", "nombre", "palabra"], ["no", "titulos", "toggle"])
        if builder == "fusion":
            tabs = draw(st.booleans())
            how += "/tabs" if tabs else "/acordeon"
            outer = _fusion_tabs(rng, style.title) if tabs else _fusion_accordion(rng, style.title)
            inner = _fusion_accordion(rng, "texto")
            button = _fusion_button
        else:
            tabs = False
            outer = _kadence(rng, style.title)
            inner = _kadence(rng, "texto")
            button = _kadence_button
        panels = [_Panel(i.label, _nested_body(i, style, rng, inner, button)) for i in present]
        widget = outer(panels, _open_index(style, len(panels), rng, tabs))
        if builder == "fusion":
            widget = (
                '<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 fusion-flex-'
                'container nonhundred-percent-fullwidth non-hundred-percent-height-scrolling">'
                '<div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start">'
                '<div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 '
                'fusion_builder_column_1_1 1_1 fusion-flex-column"><div '
                'class="fusion-column-wrapper '
                f'fusion-flex-justify-content-flex-start fusion-content-layout-column">{widget}'
                "</div></div></div></div>"
            )
    else:
        docs = ["lista", "palabra"] if builder == "sppb" else ["lista"]
        style = _style(draw, docs, ["no", "titulos"])
        rich_button = _sppb_button if builder == "sppb" else None
        if builder == "spectra":
            tag = str(draw(st.sampled_from(["span", "h3", "h4"])))
            how += f"/{tag}"
            container = _spectra(rng, style.title, tag)
        elif builder == "siteorigin":
            container = _siteorigin(rng, style.title)
        else:
            container = _sppb(rng, style.title)
        panels = [_Panel(i.label, _rich_body(i, style, rich_button)) for i in present]
        widget = container(panels, _open_index(style, len(panels), rng, False))
    _note(portal, items, how, style)
    return _publish(site, draw, f'<div class="entry-content">{widget}</div>')


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "wpbakery": _wpbakery,
    "divi": _divi,
    "elementor": _elementor,
    "otros": _otros,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 48 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
