"""Forty-sixth exam: five portal layouts whose theme is MODERN COMPONENT MARKUP AND ACCESSIBILITY
PATTERNS in the site's Article 10 section, with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); what is new is the component markup around
them and the way each document is linked. The truth is what a careful citizen reading the page in a
normal browser concludes: clicking a tab, an accordion header, a radio tab's label or a
``<summary>`` is reading; a panel hidden until then (``hidden``, ``aria-hidden="true"`` with the
theme's CSS, a class the CSS hides, ``.collapse`` without ``.show``, a radio not checked) holds the
item of the tab or header that controls it (``aria-controls``, ``data-bs-target``, ``for``),
wherever the two stand in the source; an icon whose only words are an ``aria-label``, a ``title``
or a visually-hidden span is a link to the document those words name; a GET form's button opens the
file its ``action`` names (static files ignore the query, ``Server46`` answers like Apache); a
"(abre en una nueva ventana)" note is no part of a document's name. Documents sit at the
generator's paths or in WordPress's uploads folder of the month they were put on the site; an item
drawn ``broken`` links files the server does not have (404). One page of the site holds the items,
reached from the home page. Wording and markup: ``wording.toml`` here (sources there). Every layout
links its documents in one or two drawn ways: the document's name (sometimes opening a new window,
said only to screen readers: ``<span class="sr-only">(abre en una nueva ventana)</span>``), an icon
with an ``aria-label`` / ``title`` / ``visually-hidden`` "Descargar …", WordPress's core/file block
(``<div class="wp-block-file"><a id="wp-block-file--media-…">name</a><a
class="wp-block-file__button wp-element-button" download aria-describedby=…>Descargar</a></div>``,
sometimes with the PDF embedded in an ``<object>``), the name as text beside an ``<a
role="button">`` "Descargar" / "Ver documento", or a ``<form method="get" action="….pdf">`` whose
``<button>`` styled as a link shows the name.
Layouts:

* ``ariatabs``: WAI-ARIA tabs: the APG pattern (``role="tablist"``, ``<button role="tab"
  aria-selected aria-controls>``, ``role="tabpanel"`` panels hidden by ``hidden``, by
  ``aria-hidden="true"`` and CSS or by ``class="is-hidden"``, only the first shown), Bootstrap 5
  nav-tabs (``data-bs-toggle="tab" data-bs-target``, ``.tab-pane fade`` without ``show active``) or
  vertical nav-pills; one tab per item (the item's name only in the tab, or the tab "Numeral 8"
  and the name heading the panel) or per range of numerals ("Numerales 1 al 10", the items headed
  in the panel); a small script switches the panels.
* ``acordeon``: Bootstrap 5 accordions (``.accordion-item``, ``<button class="accordion-button
  collapsed" data-bs-toggle="collapse" data-bs-target="#collapse8">``, ``.accordion-collapse
  collapse`` not ``.show``; flush or not), Bootstrap 4 card accordions (``data-toggle``), or
  WordPress core/details blocks (``<details class="wp-block-details"><summary>``); all closed or the
  first open; sometimes an item's documents in inner collapsibles per year ("INFORMACIÓN AÑO
  2026"), newest first.
* ``radios``: CSS-only tabs of radio inputs and labels (``<input type="radio" id="tab8"><label
  for="tab8">``), each panel after its label, or every input and label first and the panels after
  them in a ``.tab-content`` (CSS ``#tab8:checked ~ … #panel8``), or a checkbox accordion; one tab
  per item, or per range of numerals with a ``<dl>`` inside (the item in a ``<dt>``, its words and
  each document in ``<dd>``).
* ``tarjetas``: description cards laid out by CSS grid (``display:grid``): the item's name as the
  card's title, its words and documents, or a ``<dl>`` of fields ("Descripción", "Documentos",
  "Fecha de publicación" the newest upload); the cards in numeral order or in another order in the
  source that CSS ``order`` puts back, sometimes a decorative ``aria-hidden`` number.
* ``bloques``: a WordPress block-editor page mixing, item by item, core/table blocks whose
  ``<figcaption class="wp-element-caption">`` UNDER the table names the item (documents as rows:
  the name, then an icon link), headings (``wp-block-heading``) over core/file blocks, and
  core/details blocks, with ``wp-block-separator`` rules between items.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

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
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    item_words,
)

LAYOUTS = ("ariatabs", "acordeon", "radios", "tarjetas", "bloques")
EXAM46: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: tab and accordion titles
# (bare names allowed, statements of the municipality's own), a definition list, headed sections.
_INNER = {
    "ariatabs": "accordion",
    "acordeon": "accordion",
    "radios": "dl",
    "tarjetas": "wordpress",
    "bloques": "wordpress",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM46[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> Any:
    return draw(st.sampled_from(list(_w(section, key))))


class Server46(ExamServer):
    """The exam's server: a static file answers whatever query follows its path (a GET form's
    "?" or its fields), as Apache and nginx serve files."""

    def _answer(self, handler: Any, *, head: bool) -> None:
        path = unquote(handler.path)
        if path not in self.routes and "?" in path:
            base = path.split("?", 1)[0]
            resource = self.routes.get(base)
            if resource is not None and not resource.content_type.startswith("text/html"):
                handler.path = base
        super()._answer(handler, head=head)


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    return Server46(portal.routes, portal.headers)


# -- the site --------------------------------------------------------------------------------------


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


def _site(draw: st.DrawFn) -> _Site:
    town = str(_pick(draw, "site", "towns"))
    site = _Site(
        str(_w("site", "name")).format(town=town),
        str(_pick(draw, "site", "menu")),
        str(_pick(draw, "site", "pages")),
    )
    links = [
        (str(_w("site", "home")), "/"),
        (site.menu, site.index),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu" aria-label="Menú principal"><ul>{rows}</ul></nav>'
    return site


def _publish(site: _Site, draw: st.DrawFn, today: dt.date, body: str, css: str) -> Routes:
    """The items' page (heading, the law's opening, ``body``, the theme's CSS and the component
    script) and the home page leading to it (its ``</main>`` is where the generator's noise may
    add a link)."""
    if draw(st.booleans()):
        title = str(_w("site", "year_title")).format(year=today.year)
    else:
        title = str(draw(st.sampled_from([t["text"] for t in WORDING["article"]["index_titles"]])))
    heading = str(_pick(draw, "site", "heading"))
    opening = f"<h2>{_e(heading)}</h2><p>{_e(WORDING['article']['opening']['text'])}</p>"
    style = f"<style>{css}</style>" if css else ""
    script = f"<script>{_SCRIPT}</script>"
    site.put(site.index, title, style + opening + body + script, [(site.menu, "")])
    home = (
        f'<p><a href="{_e(site.index)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, home, None)
    return site.routes


# What the theme's bundle does when a tab, an accordion header or a summary is clicked: show the
# panel it controls and hide the tab's siblings (every hiding device at once).
_SCRIPT = (
    "document.addEventListener('click',function(e){"
    "var t=e.target.closest('[role=tab],[data-bs-toggle=collapse],[data-toggle=collapse]');"
    "if(!t)return;e.preventDefault();"
    "var id=t.getAttribute('aria-controls')||(t.getAttribute('data-bs-target')||"
    "t.getAttribute('data-target')||'#').slice(1);var p=document.getElementById(id);if(!p)return;"
    "function show(q,on){q.hidden=!on;q.classList.toggle('is-hidden',!on);"
    "q.classList.toggle('active',on);q.classList.toggle('show',on);"
    "if(on){q.removeAttribute('aria-hidden');}else{q.setAttribute('aria-hidden','true');}}"
    "if(t.getAttribute('role')==='tab'){"
    "t.closest('[role=tablist]').querySelectorAll('[role=tab]').forEach(function(o){"
    "var q=document.getElementById(o.getAttribute('aria-controls'));"
    "o.setAttribute('aria-selected',o===t);o.classList.toggle('active',o===t);"
    "if(o!==t){o.setAttribute('tabindex','-1');}else{o.removeAttribute('tabindex');}"
    "if(q)show(q,o===t);});}"
    "else{var on=!p.classList.contains('show');p.classList.toggle('show',on);"
    "t.classList.toggle('collapsed',!on);t.setAttribute('aria-expanded',on);}});"
)


# -- documents -------------------------------------------------------------------------------------


def _relocate(items: list[Item], today: dt.date, draw: st.DrawFn) -> dict[int, dt.date]:
    """Each document's upload day (by ``id``); its address the generator's own or WordPress's
    uploads folder of the month it was put on the site."""
    scheme = draw(st.sampled_from(["uploads", "generador"]))
    lag = draw(st.integers(2, 12))
    seen: set[str] = set()
    ups: dict[int, dt.date] = {}
    for item in items:
        for doc in item.docs:
            up = uploaded(doc, today, lag)
            ups[id(doc)] = up
            if scheme == "uploads":
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{file_stem(doc.name)}.pdf"
            else:
                path = doc.path
            doc.path = unique(path, seen)
    return ups


_TABINDEX = ' tabindex="-1"'
_STYLES = ("nombre", "aria", "title", "oculto", "archivo", "rolboton", "formulario")
_ICONIC = ("aria", "title", "oculto")


@dataclass
class _Links:
    """How this portal links a document (one or two ways, drawn per document)."""

    styles: list[str]
    rng: random.Random
    hidden: str  # the visually-hidden class
    icon: str
    download_of: str
    new_window: str
    view: str
    blank: bool  # links open a new window (said to screen readers only)
    embed: bool  # core/file blocks embed the PDF
    wrap: str  # ul | div

    def attrs(self) -> str:
        return ' target="_blank" rel="noopener noreferrer"' if self.blank else ""

    def note(self) -> str:
        return f'<span class="{self.hidden}"> {_e(self.new_window)}</span>' if self.blank else ""

    def one(self, doc: Doc, style: str | None = None) -> str:
        style = style or self.rng.choice(self.styles)
        href, name = _e(doc.path), _e(doc.name)
        words = _e(self.download_of.format(name=doc.name))
        if style == "nombre":
            return f'<a href="{href}"{self.attrs()}>{name}{self.note()}</a>'
        if style == "aria":
            return (
                f'<a href="{href}" class="btn btn-sm btn-outline-danger" aria-label="{words}"'
                f"{self.attrs()}>{self.icon}</a>"
            )
        if style == "title":
            return f'<a href="{href}" title="{words}"{self.attrs()}>{self.icon}</a>'
        if style == "oculto":
            return (
                f'<a href="{href}" class="descarga"{self.attrs()}>{self.icon}'
                f'<span class="{self.hidden}">{words}</span></a>'
            )
        if style == "archivo":
            return self.file_block(doc)
        if style == "rolboton":
            return (
                f'<span class="documento-nombre">{name}</span> <a href="{href}" role="button" '
                f'class="btn btn-primary btn-sm"{self.attrs()}>{_e(self.view)}</a>'
            )
        field_ = (
            '<input type="hidden" name="descarga" value="1">' if self.rng.random() < 0.5 else ""
        )
        target = ' target="_blank"' if self.blank else ""
        return (
            f'<form method="get" action="{href}" class="d-inline"{target}>{field_}'
            f'<button type="submit" class="btn btn-link p-0 align-baseline">{name}</button></form>'
        )

    def file_block(self, doc: Doc) -> str:
        """WordPress's core/file block: the name link, the "Descargar" button described by it."""
        media = f"wp-block-file--media-{self.rng.getrandbits(128):032x}"
        media = f"{media[:30]}-{media[30:34]}-{media[34:38]}-{media[38:42]}-{media[42:54]}"
        embed = ""
        if self.embed:
            label = _e(str(_w("blocks", "embed_label")).format(name=doc.name))
            embed = (
                f'<object class="wp-block-file__embed" data="{_e(doc.path)}" '
                f'type="application/pdf" style="width:100%;height:600px" '
                f'aria-label="{label}"></object>'
            )
        blank = ' target="_blank" rel="noreferrer noopener"' if self.blank else ""
        return (
            f'<div class="wp-block-file">{embed}<a id="{media}" href="{_e(doc.path)}"{blank}>'
            f'{_e(doc.name)}</a><a href="{_e(doc.path)}" class="wp-block-file__button '
            f'wp-element-button" download aria-describedby="{media}">'
            f"{_e(str(_w('links', 'download')))}</a></div>"
        )

    def many(self, docs: Sequence[Doc]) -> str:
        if not docs:
            return ""
        if self.wrap == "ul":
            rows = "".join(f"<li>{self.one(d)}</li>" for d in docs)
            return f'<ul class="documentos">{rows}</ul>'
        return "".join(f'<div class="documento">{self.one(d)}</div>' for d in docs)


def _links(draw: st.DrawFn, styles: Sequence[str] = _STYLES) -> _Links:
    chosen = draw(st.lists(st.sampled_from(list(styles)), min_size=1, max_size=2, unique=True))
    return _Links(
        styles=chosen,
        rng=random.Random(draw(st.integers(0, 2**31 - 1))),
        hidden=str(_pick(draw, "links", "hidden_classes")),
        icon=str(_pick(draw, "links", "icons")),
        download_of=str(_pick(draw, "links", "download_of")),
        new_window=str(_pick(draw, "links", "new_window")),
        view=str(_pick(draw, "links", "view")),
        blank=draw(st.booleans()),
        embed=draw(st.integers(0, 3)) == 0,
        wrap=draw(st.sampled_from(["ul", "div"])),
    )


def _words(item: Item, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{_e(t)}</p>" for t in item_words(item))


def _body(item: Item, links: _Links) -> str:
    return _words(item) + links.many(item.docs)


def _newest_first(docs: Sequence[Doc]) -> list[Doc]:
    return sorted(docs, key=lambda d: d.modified or dt.date.min, reverse=True)


def _note(portal: ExamPortal, items: list[Item], how: str, links: _Links) -> None:
    for item in items:
        portal.notes[item.numeral] = f"{how}/enlaces={'+'.join(links.styles)}/{item_rhythm(item)}"


def _groups(present: list[Item], size: int) -> list[tuple[int, int, list[Item]]]:
    out = []
    for start in range(1, 30, size):
        end = min(start + size - 1, 29)
        chunk = [i for i in present if start <= i.numeral <= end]
        if chunk:
            out.append((start, end, chunk))
    return out


# -- ariatabs --------------------------------------------------------------------------------------


def _ariatabs(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    _relocate(items, today, draw)
    links = _links(draw)
    markup = draw(st.sampled_from(["apg", "apg", "bootstrap", "pills"]))
    hide = draw(st.sampled_from(["hidden", "aria-hidden", "is-hidden"]))
    grouping = draw(st.sampled_from(["numeral", "numeral", "grupos"]))
    tab_text = draw(st.sampled_from(["nombre", "numero"]))
    number_form = str(_pick(draw, "tabs", "tab_numeral"))
    present = _present(items)
    tabs: list[tuple[str, str, str]] = []  # (id, tab text, panel html)
    if grouping == "grupos":
        form = str(_pick(draw, "tabs", "groups"))
        size = draw(st.sampled_from([5, 10]))
        for start, end, chunk in _groups(present, size):
            panel = "".join(f"<h3>{_e(i.label)}</h3>{_body(i, links)}" for i in chunk)
            tabs.append((f"g{start}", form.format(a=start, b=end), panel))
    else:
        for item in present:
            if tab_text == "numero":
                text = number_form.format(n=item.numeral)
                panel = f"<h3>{_e(item.label)}</h3>{_body(item, links)}"
            else:
                text, panel = item.label, _body(item, links)
            tabs.append((f"n{item.numeral}", text, panel))

    if markup == "apg":
        label = str(_pick(draw, "tabs", "list_label"))
        buttons, panels = [], []
        for k, (key, text, panel) in enumerate(tabs):
            first = k == 0
            buttons.append(
                f'<button id="tab-{key}" type="button" role="tab" aria-selected="'
                f'{"true" if first else "false"}" aria-controls="tabpanel-{key}"'
                f"{'' if first else _TABINDEX}>"
                f'<span class="focus">{_e(text)}</span></button>'
            )
            hidden = ""
            if not first:
                hidden = {
                    "hidden": " hidden",
                    "aria-hidden": ' aria-hidden="true"',
                    "is-hidden": ' class="is-hidden"',
                }[hide]
            panels.append(
                f'<div id="tabpanel-{key}" role="tabpanel" tabindex="0" '
                f'aria-labelledby="tab-{key}"{hidden}>{panel}</div>'
            )
        body = (
            f'<div class="tabs"><h3 id="tablist-1">{_e(label)}</h3>'
            f'<div role="tablist" aria-labelledby="tablist-1" class="automatic">'
            f"{''.join(buttons)}</div>{''.join(panels)}</div>"
        )
        css = (
            '[role="tabpanel"][aria-hidden="true"]{display:none}.is-hidden{display:none}'
            '[role="tab"][aria-selected="true"]{border-bottom:3px solid #0b5394}'
        )
        how = f"ariatabs/apg/{hide}/{grouping}/{tab_text}"
    else:
        vertical = markup == "pills"
        stem = "v-pills" if vertical else "laip"
        buttons, panels = [], []
        for k, (key, text, panel) in enumerate(tabs):
            first = k == 0
            pane = f"{stem}-{key}" if vertical else f"{key}-tab-pane"
            tab_id = f"{stem}-{key}-tab" if vertical else f"{key}-tab"
            button = (
                f'<button class="nav-link{" active" if first else ""}" id="{tab_id}" '
                f'data-bs-toggle="{"pill" if vertical else "tab"}" data-bs-target="#{pane}" '
                f'type="button" role="tab" aria-controls="{pane}" '
                f'aria-selected="{"true" if first else "false"}">{_e(text)}</button>'
            )
            buttons.append(
                button if vertical else f'<li class="nav-item" role="presentation">{button}</li>'
            )
            panels.append(
                f'<div class="tab-pane fade{" show active" if first else ""}" id="{pane}" '
                f'role="tabpanel" aria-labelledby="{tab_id}" tabindex="0">{panel}</div>'
            )
        if vertical:
            body = (
                '<div class="d-flex align-items-start"><div class="nav flex-column nav-pills '
                'me-3" id="v-pills-tab" role="tablist" aria-orientation="vertical">'
                f"{''.join(buttons)}</div>"
                f'<div class="tab-content" id="v-pills-tabContent">{"".join(panels)}</div></div>'
            )
        else:
            body = (
                f'<ul class="nav nav-tabs" id="laipTab" role="tablist">{"".join(buttons)}</ul>'
                f'<div class="tab-content" id="laipTabContent">{"".join(panels)}</div>'
            )
        css = (
            ".tab-content>.tab-pane{display:none}.tab-content>.active{display:block}"
            ".fade:not(.show){opacity:0}.nav-link.active{font-weight:bold}"
        )
        how = f"ariatabs/{markup}/{grouping}/{tab_text}"
    _note(portal, items, how, links)
    return _publish(site, draw, today, body, css)


# -- acordeon --------------------------------------------------------------------------------------


def _collapsible(markup: str, uid: str, title: str, inner: str, is_open: bool, parent: str) -> str:
    """One collapsible section of ``markup`` (bs5 | bs5flush | bs4 | details)."""
    if markup == "details":
        return (
            f'<details class="wp-block-details"{" open" if is_open else ""}>'
            f"<summary>{_e(title)}</summary>{inner}</details>"
        )
    expanded = "true" if is_open else "false"
    if markup == "bs4":
        return (
            f'<div class="card"><div class="card-header" id="heading{uid}"><h5 class="mb-0">'
            f'<button class="btn btn-link{"" if is_open else " collapsed"}" data-toggle="collapse" '
            f'data-target="#collapse{uid}" aria-expanded="{expanded}" '
            f'aria-controls="collapse{uid}">'
            f"{_e(title)}</button></h5></div>"
            f'<div id="collapse{uid}" class="collapse{" show" if is_open else ""}" '
            f'aria-labelledby="heading{uid}" data-parent="#{parent}">'
            f'<div class="card-body">{inner}</div></div></div>'
        )
    return (
        f'<div class="accordion-item"><h2 class="accordion-header" id="heading{uid}">'
        f'<button class="accordion-button{"" if is_open else " collapsed"}" type="button" '
        f'data-bs-toggle="collapse" data-bs-target="#collapse{uid}" aria-expanded="{expanded}" '
        f'aria-controls="collapse{uid}">{_e(title)}</button></h2>'
        f'<div id="collapse{uid}" class="accordion-collapse collapse{" show" if is_open else ""}" '
        f'aria-labelledby="heading{uid}" data-bs-parent="#{parent}">'
        f'<div class="accordion-body">{inner}</div></div></div>'
    )


def _wrap(markup: str, parent: str, sections: str) -> str:
    if markup == "details":
        return f'<div class="wp-block-group">{sections}</div>'
    if markup == "bs4":
        return f'<div id="{parent}">{sections}</div>'
    flush = " accordion-flush" if markup == "bs5flush" else ""
    return f'<div class="accordion{flush}" id="{parent}">{sections}</div>'


def _acordeon(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    _relocate(items, today, draw)
    links = _links(draw)
    markup = draw(st.sampled_from(["bs5", "bs5", "bs5flush", "bs4", "details"]))
    first_open = draw(st.booleans())
    by_year = draw(st.booleans())
    year_form = str(_pick(draw, "accordion", "year"))
    sections = []
    for k, item in enumerate(_present(items)):
        n = item.numeral
        inner = _words(item)
        years = sorted({d.modified.year for d in item.docs if d.modified}, reverse=True)
        if by_year and years:
            parent = f"anios{n}"
            nested = "".join(
                _collapsible(
                    markup,
                    f"{n}y{year}",
                    year_form.format(year=year),
                    links.many(
                        _newest_first([d for d in item.docs if (d.modified or today).year == year])
                    ),
                    False,
                    parent,
                )
                for year in years
            )
            inner += _wrap(markup, parent, nested)
        else:
            inner += links.many(item.docs)
        opened = first_open and k == 0
        sections.append(_collapsible(markup, str(n), item.label, inner, opened, "accordionLaip"))
    body = _wrap(markup, "accordionLaip", "".join(sections))
    css = ".collapse:not(.show){display:none}.accordion-button{width:100%;text-align:left}"
    _note(
        portal,
        items,
        f"acordeon/{markup}/{'primero-abierto' if first_open else 'cerrado'}/años={by_year}",
        links,
    )
    return _publish(site, draw, today, body, css)


# -- radios ----------------------------------------------------------------------------------------


def _dl(chunk: list[Item], links: _Links) -> str:
    parts = ['<dl class="numerales">']
    for item in chunk:
        parts.append(f"<dt>{_e(item.label)}</dt>")
        parts += [f"<dd>{_e(t)}</dd>" for t in item_words(item)]
        parts += [f"<dd>{links.one(d)}</dd>" for d in item.docs]
    parts.append("</dl>")
    return "".join(parts)


def _radios(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    _relocate(items, today, draw)
    links = _links(draw)
    variant = draw(st.sampled_from(["intercalado", "separado", "casillas"]))
    grouping = draw(st.sampled_from(["numeral", "grupos"]))
    name = draw(st.sampled_from(["laip", "tabs", "tabGroup1"]))
    present = _present(items)
    tabs: list[tuple[str, str, str]] = []
    if grouping == "grupos":
        form = str(_pick(draw, "tabs", "groups"))
        for start, end, chunk in _groups(present, draw(st.sampled_from([5, 10]))):
            tabs.append((f"g{start}", form.format(a=start, b=end), _dl(chunk, links)))
    else:
        tabs = [(str(i.numeral), i.label, _body(i, links)) for i in present]
    if variant == "intercalado":
        body = (
            '<div class="tabs">'
            + "".join(
                f'<input type="radio" name="{name}" id="tab{key}"{" checked" if k == 0 else ""}>'
                f'<label for="tab{key}">{_e(text)}</label><div class="tab-content">{panel}</div>'
                for k, (key, text, panel) in enumerate(tabs)
            )
            + "</div>"
        )
        css = (
            ".tabs input{position:absolute;opacity:0}.tabs .tab-content{display:none}"
            ".tabs input:checked+label+.tab-content{display:block}"
        )
    elif variant == "separado":
        heads = "".join(
            f'<input type="radio" id="tab{key}" name="{name}" class="tab"'
            f'{" checked" if k == 0 else ""}><label for="tab{key}">{_e(text)}</label>'
            for k, (key, text, _p) in enumerate(tabs)
        )
        panes = "".join(
            f'<div class="tab-content" id="panel{key}">{panel}</div>' for key, _t, panel in tabs
        )
        css = ".tabs input.tab{display:none}.tabs .tab-content{display:none}" + "".join(
            f"#tab{key}:checked~.contenidos #panel{key}{{display:block}}" for key, _t, _p in tabs
        )
        body = f'<div class="tabs">{heads}<div class="contenidos">{panes}</div></div>'
    else:
        body = "".join(
            f'<div class="acordeon"><input type="checkbox" id="acc{key}">'
            f'<label for="acc{key}">{_e(text)}</label><div class="contenido">{panel}</div></div>'
            for key, text, panel in tabs
        )
        css = (
            ".acordeon input{display:none}.acordeon .contenido{display:none}"
            ".acordeon input:checked~.contenido{display:block}"
        )
    _note(portal, items, f"radios/{variant}/{grouping}", links)
    return _publish(site, draw, today, body, css)


# -- tarjetas --------------------------------------------------------------------------------------


def _tarjetas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    ups = _relocate(items, today, draw)
    links = _links(draw)
    fields = draw(st.sampled_from(["libre", "campos"]))
    shuffled = draw(st.booleans())
    badge = draw(st.booleans())
    columns = draw(
        st.sampled_from(["repeat(auto-fill,minmax(18rem,1fr))", "repeat(3,1fr)", "1fr 1fr"])
    )
    cards = []
    for item in _present(items):
        number = ""
        if badge:
            number = f'<span class="tarjeta-numero" aria-hidden="true">{item.numeral:02d}</span>'
        title = f'<h3 class="card-title h5">{_e(item.label)}</h3>'
        if fields == "campos":
            rows = []
            words = item_words(item)
            if words:
                rows.append(
                    f"<dt>{_e(str(_w('cards', 'description')))}</dt>"
                    f"<dd>{'<br>'.join(_e(t) for t in words)}</dd>"
                )
            if item.docs:
                rows.append(
                    f"<dt>{_e(str(_w('cards', 'documents')))}</dt><dd>{links.many(item.docs)}</dd>"
                )
                newest = max(ups[id(d)] for d in item.docs)
                rows.append(
                    f"<dt>{_e(str(_w('cards', 'published')))}</dt>"
                    f'<dd><time datetime="{newest.isoformat()}">'
                    f"{day_month_year(newest)}</time></dd>"
                )
            datos = f'<dl class="tarjeta-datos">{"".join(rows)}</dl>'
            inside = f'<div class="card-body">{number}{title}{datos}</div>'
        else:
            footer = f'<div class="card-footer">{links.many(item.docs)}</div>' if item.docs else ""
            inside = (
                f'<div class="card-body">{number}{title}{_words(item, "card-text")}</div>{footer}'
            )
        cards.append(
            (
                item.numeral,
                f'<article class="card h-100 tarjeta" style="order:{item.numeral}">'
                f"{inside}</article>",
            )
        )
    if shuffled:
        random.Random(draw(st.integers(0, 2**31 - 1))).shuffle(cards)
    body = (
        f'<div class="tarjetas" style="display:grid;grid-template-columns:{columns};gap:1.5rem">'
        + "".join(card for _n, card in cards)
        + "</div>"
    )
    css = (
        ".tarjeta{border:1px solid #ddd;border-radius:.5rem}"
        ".tarjeta-numero{font-size:2rem;color:#0b5394}"
    )
    _note(
        portal,
        items,
        f"tarjetas/{fields}/{'desordenadas' if shuffled else 'en-orden'}/numero={badge}",
        links,
    )
    return _publish(site, draw, today, body, css)


# -- bloques ---------------------------------------------------------------------------------------


def _bloques(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    _relocate(items, today, draw)
    links = _links(draw)
    icons = _links(draw, _ICONIC)
    kinds = draw(
        st.lists(
            st.sampled_from(["tabla", "archivo", "detalles"]), min_size=1, max_size=3, unique=True
        )
    )
    heads = [str(h) for h in _pick(draw, "blocks", "head")]
    level = draw(st.sampled_from(["h2", "h3", "h4"]))
    separated = draw(st.booleans())
    rng = random.Random(draw(st.integers(0, 2**31 - 1)))
    blocks = []
    for item in _present(items):
        kind = rng.choice(kinds)
        if kind == "tabla":
            if item.docs:
                rows = "".join(
                    f"<tr><td>{_e(d.name)}</td><td>{icons.one(d)}</td></tr>" for d in item.docs
                )
            else:
                said = [t for t in (item.phrase, item.own_text) if t]
                rows = f'<tr><td colspan="2">{"<br>".join(_e(t) for t in said)}</td></tr>'
            caption = [f"<strong>{_e(item.label)}</strong>"] + [
                _e(t) for t in (item.law_text, item.updated) if t
            ]
            blocks.append(
                '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>'
                + "".join(f"<th>{_e(h)}</th>" for h in heads)
                + f"</tr></thead><tbody>{rows}</tbody></table>"
                f'<figcaption class="wp-element-caption">{"<br>".join(caption)}</figcaption>'
                "</figure>"
            )
        elif kind == "archivo":
            files = "".join(links.file_block(d) for d in item.docs)
            blocks.append(
                f'<{level} class="wp-block-heading"><strong>{_e(item.label)}</strong></{level}>'
                f"{_words(item, 'wp-block-paragraph')}{files}"
            )
        else:
            blocks.append(
                f'<details class="wp-block-details"><summary>{_e(item.label)}</summary>'
                f"{_words(item, 'wp-block-paragraph')}{links.many(item.docs)}</details>"
            )
        portal.notes[item.numeral] = (
            f"bloques/{kind}/enlaces={'+'.join(links.styles)}/iconos={'+'.join(icons.styles)}/"
            f"{item_rhythm(item)}"
        )
    rule = '<hr class="wp-block-separator has-alpha-channel-opacity is-style-wide"/>'
    spacer = '<div style="height:25px" aria-hidden="true" class="wp-block-spacer"></div>'
    joiner = spacer + rule if separated else spacer
    body = f'<div class="entry-content">{joiner.join(blocks)}</div>'
    return _publish(site, draw, today, body, "")


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "ariatabs": _ariatabs,
    "acordeon": _acordeon,
    "radios": _radios,
    "tarjetas": _tarjetas,
    "bloques": _bloques,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 46 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
