"""Fifty-second exam: four portal layouts whose theme is CLIENT-SIDE FILTERS AND SEARCH OVER A FULL
LIST, with the truth of every section.

Every document of every Article 10 item is in the page's HTML, one card, list line or table row
per document, all items' documents mixed in one list (newest upload first, by name, by numeral or
in no order); the page shows them through a JavaScript filter UI, and the item a document belongs
to is said only by a class, a data attribute, a column or a badge on the document's own card, never
by a heading above it. Items (truth, labels, documents, dates, phrases) are drawn exactly as the
generated portals draw them (``tests.compliance.generated.portals._item``); what is new is the
filter UI around them. The truth is what a careful citizen reads using the filters: a filter
button, option or category naming an item with no document under it (the script answers "No hay
documentos" / "No se encontraron resultados") is an item published empty; a "No aplica" card in
an item's category is the item not applying; an item the page names nowhere (no control, no card)
is missing; the law's text of an item, shown when its filter is chosen, is never content. Wording
and markup: ``wording.toml`` here (sources there). Layouts:

* ``mixitup``: MixItUp 3 (``mixitup('#documentos', {load: {filter: …}, callbacks: {onMixFail:
  …}})``) or MixItUp 2 (``$('#Container').mixItUp()``, every ``.mix`` hidden by the page's CSS
  until the script runs): ``<button type="button" class="control" data-filter=".numeral-8">``
  buttons ("Todos" first; the item's label, its bare name, or "Numeral 8" with the label in a
  ``title``), sometimes a second group of year buttons (``.anio-2026``); cards ``<div class="mix
  numeral-8 anio-2026">`` holding the document's name, sometimes a badge "Numeral 8", an upload
  date and a "Descargar" button; the page opening on "Todos" or on the first item's filter; the
  law's text of an item in a hidden ``<div class="descripcion-numeral">`` the buttons reveal.
* ``isotope``: Isotope (``.filters-button-group`` buttons ``data-filter=".<key>"``, items
  ``.element-item <key>``) or Shuffle.js (``.filter-options`` buttons ``data-group``, items
  ``<figure class="picture-item" data-groups='["<key>"]'>``) over a grid of document cards and
  text cards (the municipality's own statement, "No aplica", an empty phrase); the key a numeral
  class or the WordPress category's slug made from the item's name.
* ``listjs``: a List.js searchable list (``<input class="search">``, ``<ul class="list">`` of
  ``<li>`` with ``<span class="numeral">8</span>``, the document's name and date, paged by the
  script ``page: 10``), with or without a "Filtrar por numeral" ``<select>`` calling
  ``lista.filter()``; without it, an item with nothing has its own line ("8 · No aplica", its
  phrase, or its law's text).
* ``tabla``: every document a table row with the item in a column: Document Library Pro's
  ``document-library-table`` (``col-title``, ``col-doc_categories``, ``col-date``, ``col-link``
  with ``dlp-download-link``), a DataTables table "Numeral | Descripción | Documento | Fecha de
  publicación" searched by a column filter, or rows ``<tr data-numeral="8">`` with a badge cell
  hidden by a small script; a "Filtrar por numeral" ``<select>`` above listing every published item
  (those without documents too); rows "No aplica" or with an empty phrase in their category.
"""

from __future__ import annotations

import datetime as dt
import json
import random
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
    _slug,
)

LAYOUTS = ("mixitup", "isotope", "listjs", "tabla")
EXAM52: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: a filter control is a
# cell-like name (bare names allowed); the isotope grid also carries text cards of the
# municipality's own (as an accordion's panels do).
_INNER = {"mixitup": "table", "isotope": "accordion", "listjs": "table", "tabla": "table"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM52[section][key]["text"]


def _pick(draw: st.DrawFn, section: str, key: str) -> str:
    return str(draw(st.sampled_from(list(_w(section, key)))))


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


def _site(draw: st.DrawFn) -> _Site:
    town = _pick(draw, "site", "towns")
    site = _Site(str(_w("site", "name")).format(town=town), "", "")
    site.menu = _pick(draw, "site", "menu")
    site.index = _pick(draw, "site", "pages")
    links = [
        (str(_w("site", "home")), "/"),
        (site.menu, site.index),
        (str(_w("site", "uip")), "/unidad-de-informacion-publica/"),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _publish(site: _Site, draw: st.DrawFn, body: str) -> Routes:
    """The items' page (the law's opening, then ``body``) and the home page leading to it (its
    ``</main>`` is where the generator's noise may add a link)."""
    title = str(draw(st.sampled_from([t["text"] for t in WORDING["article"]["index_titles"]])))
    opening = f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
    site.put(site.index, title, opening + body, [(site.menu, "")])
    home = (
        f'<p><a href="{_e(site.index)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, home, None)
    return site.routes


# -- the full list: one entry per document or per text card ------------------------------------


@dataclass
class _Entry:
    item: Item
    doc: Doc | None = None
    text: str = ""  # a card without a document: own statement, "No aplica", an empty phrase
    up: dt.date | None = None  # the upload day of the document


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for cosmetic details (order of the list), seeded by one draw."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _paths(items: list[Item], today: dt.date, draw: st.DrawFn) -> dict[int, dt.date]:
    """Each document's upload day (by ``id``); its address WordPress's uploads folder of that
    month, a folder per numeral, or the generator's own."""
    scheme = draw(st.sampled_from(["uploads", "laip", "generator"]))
    lag = draw(st.integers(2, 15))
    seen: set[str] = set()
    ups: dict[int, dt.date] = {}
    for item in _present(items):
        for doc in item.docs:
            up = uploaded(doc, today, lag + draw(st.integers(0, 8)))
            ups[id(doc)] = up
            stem = file_stem(doc.name)
            if scheme == "uploads":
                path = f"/wp-content/uploads/{up.year}/{up.month:02d}/{stem}.pdf"
            elif scheme == "laip":
                path = f"/documentos/laip/numeral-{item.numeral:02d}/{stem}.pdf"
            else:
                path = doc.path
            doc.path = unique(path, seen)
    return ups


def _entries(
    items: list[Item],
    ups: dict[int, dt.date],
    draw: st.DrawFn,
    rng: random.Random,
    *,
    every_item: bool,
) -> tuple[list[_Entry], dict[int, str]]:
    """The list's entries in the page's order, and how each item shows (for the notes).
    ``every_item``: an item without documents gets a line of its own (its phrase, its law's text,
    or "No hay documentos") because no filter control names it."""
    entries: list[_Entry] = []
    how: dict[int, str] = {}
    for item in _present(items):
        if item.docs:
            entries += [_Entry(item, doc, up=ups.get(id(doc))) for doc in item.docs]
            how[item.numeral] = f"docs{len(item.docs)}"
        elif item.own_text:
            entries.append(_Entry(item, text=item.own_text))
            how[item.numeral] = "texto-propio"
        elif item.truth == "not_applicable":
            entries.append(_Entry(item, text=item.phrase))
            how[item.numeral] = "no-aplica"
        elif item.phrase and (every_item or draw(st.booleans())):
            entries.append(_Entry(item, text=item.phrase))
            how[item.numeral] = "frase"
        elif every_item:
            text = item.law_text or _pick(draw, "filters", "none")
            entries.append(_Entry(item, text=text))
            how[item.numeral] = "linea-ley" if item.law_text else "linea-vacia"
        else:
            how[item.numeral] = "solo-filtro"
    order = draw(st.sampled_from(["fecha", "nombre", "numeral", "desorden"]))
    if order == "fecha":
        entries.sort(key=lambda e: e.up or dt.date.min, reverse=True)
    elif order == "nombre":
        entries.sort(key=lambda e: (e.doc.name if e.doc else e.text).lower())
    elif order == "numeral":
        entries.sort(key=lambda e: e.item.numeral)
    else:
        rng.shuffle(entries)
    for numeral in how:
        how[numeral] += f"/orden={order}"
    return entries, how


def _keys(items: list[Item], draw: st.DrawFn, *, slugs: bool) -> dict[int, str]:
    """Each present item's filter key: a numeral class ("numeral-8", "num08", "art10-n08") or,
    with ``slugs``, possibly the WordPress category slug made from the item's name."""
    forms = list(_w("filters", "keys")) + (["slug"] if slugs else [])
    form = str(draw(st.sampled_from(forms)))
    keys: dict[int, str] = {}
    seen: set[str] = set()
    for item in _present(items):
        if form == "slug":
            key = _slug(item.plain)[:40].strip("-") or f"categoria-{item.numeral}"
            if key[0].isdigit():
                key = "c-" + key
            while key in seen:
                key += "-2"
        else:
            key = form.format(n=item.numeral, nn=f"{item.numeral:02d}")
        seen.add(key)
        keys[item.numeral] = key
    return keys


def _control_text(item: Item, form: str) -> tuple[str, str]:
    """A filter control's text and its ``title``: the item's label, its bare name, or "Numeral
    8" with the label in the title."""
    if form == "label":
        return item.label, ""
    if form == "plain":
        return item.plain, item.label if item.label != item.plain else ""
    return str(_w("filters", "short")).format(n=item.numeral), item.label


def _option_text(item: Item, form: str) -> str:
    label = item.plain if "{n}" in form else item.label
    return form.format(n=item.numeral, label=label)


def _date(entry: _Entry, draw_form: str) -> str:
    if entry.up is None or not draw_form:
        return ""
    return draw_form.format(date=day_month_year(entry.up))


def _descriptions(items: list[Item], keys: dict[int, str], attr: str) -> str:
    """The law's text of each item, hidden until its filter is chosen."""
    return "".join(
        f'<div class="descripcion-numeral" {attr}="{_e(keys[i.numeral])}" hidden>'
        f"<p>{_e(i.law_text)}</p></div>"
        for i in _present(items)
        if i.law_text
    )


def _notes(portal: ExamPortal, variant: str, how: dict[int, str]) -> None:
    for item in portal.items:
        portal.notes[item.numeral] = (
            f"{variant}/{item_rhythm(item)}/{how.get(item.numeral, 'ausente')}"
        )


@dataclass
class _CardStyle:
    badge: bool
    date: str  # "" or a "Fecha de publicación: {date}" pattern
    button: str  # "" (the name is the link) or the button's word
    year_class: bool


def _card_style(draw: st.DrawFn) -> _CardStyle:
    button = draw(st.sampled_from(["", *_w("cards", "download")]))
    return _CardStyle(
        badge=draw(st.booleans()),
        date=draw(st.sampled_from(["", *_w("cards", "published")])),
        button=button,
        year_class=draw(st.booleans()),
    )


def _card_inner(entry: _Entry, style: _CardStyle) -> str:
    """A card's content: badge, the document's name (linked, or with a button), date; or a text
    card's words."""
    badge = ""
    if style.badge:
        badge = (
            f'<span class="badge badge-numeral">'
            f"{_e(str(_w('filters', 'short')).format(n=entry.item.numeral))}</span>"
        )
    if entry.doc is None:
        return (
            f'<div class="card card-aviso">{badge}<p class="card-text">{_e(entry.text)}</p></div>'
        )
    doc = entry.doc
    if style.button:
        title = f'<h4 class="card-title">{_e(doc.name)}</h4>'
        link = (
            f'<a class="btn btn-primary btn-sm" href="{_e(doc.path)}" target="_blank">'
            f"{_e(style.button)}</a>"
        )
    else:
        title = (
            f'<h4 class="card-title"><a href="{_e(doc.path)}" target="_blank">'
            f"{_e(doc.name)}</a></h4>"
        )
        link = ""
    when = _date(entry, style.date)
    date = f'<p class="card-date"><small>{_e(when)}</small></p>' if when else ""
    return f'<div class="card"><div class="card-body">{badge}{title}{date}{link}</div></div>'


def _years(entry: _Entry) -> str:
    if entry.doc is not None and entry.doc.modified is not None:
        return str(_w("filters", "year_key")).format(year=entry.doc.modified.year)
    return ""


# -- mixitup -------------------------------------------------------------------------------------


def _mixitup(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    rng = _rng(draw)
    ups = _paths(items, today, draw)
    entries, how = _entries(items, ups, draw, rng, every_item=False)
    keys = _keys(items, draw, slugs=False)
    version = draw(st.sampled_from(["3", "2"]))
    form = draw(st.sampled_from(["label", "plain", "short"]))
    style = _card_style(draw)
    every = _pick(draw, "filters", "all")
    none = _pick(draw, "filters", "none")
    control = "control" if version == "3" else "filter"
    attr = " data-mixitup-control" if version == "3" and draw(st.booleans()) else ""
    buttons = [
        f'<button type="button" class="{control}"{attr} data-filter="all">{_e(every)}</button>'
    ]
    for item in _present(items):
        text, title = _control_text(item, form)
        tip = f' title="{_e(title)}"' if title else ""
        buttons.append(
            f'<button type="button" class="{control}"{attr} data-filter=".{_e(keys[item.numeral])}"'
            f"{tip}>{_e(text)}</button>"
        )
    controls = f'<div class="controls" id="filtros">{"".join(buttons)}</div>'
    year_group: bool = draw(st.booleans())
    years = sorted({y for e in entries if (y := _years(e))}, reverse=True)
    if years and year_group:
        year_buttons = "".join(
            f'<button type="button" class="{control}" data-filter=".{y}">{y[5:]}</button>'
            for y in years
        )
        controls += f'<div class="controls controles-anio">{year_buttons}</div>'
    cards = []
    for entry in entries:
        classes = ["mix", keys[entry.item.numeral]]
        if style.year_class and (year := _years(entry)):
            classes.append(year)
        order = f' data-order="{entry.up.isoformat()}"' if entry.up else ""
        cards.append(f'<div class="{" ".join(classes)}"{order}>{_card_inner(entry, style)}</div>')
    first = f".{keys[_present(items)[0].numeral]}" if _present(items) else "all"
    load = draw(st.sampled_from(["all", first]))
    empty = f'<p class="sin-documentos" style="display:none">{_e(none)}</p>'
    describe = (
        "document.querySelectorAll('#filtros button').forEach(function (b) {"
        " b.addEventListener('click', function () {"
        " document.querySelectorAll('.descripcion-numeral').forEach(function (d) {"
        " d.hidden = '.' + d.getAttribute('data-categoria') !== b.getAttribute('data-filter'); });"
        " }); });"
    )
    if version == "3":
        grid = f'<div class="container" id="documentos">{"".join(cards)}</div>'
        script = (
            '<script src="https://cdn.jsdelivr.net/npm/mixitup@3.3.1/dist/mixitup.min.js"></script>'
            "<script>var mixer = mixitup('#documentos', { load: { filter: "
            f"{json.dumps(load)} }}, callbacks: {{ onMixStart: function () {{"
            " document.querySelector('.sin-documentos').style.display = 'none'; },"
            " onMixFail: function () {"
            " document.querySelector('.sin-documentos').style.display = 'block'; } } });"
            f"{describe}</script>"
        )
        css = ""
    else:
        grid = f'<div id="Container" class="container">{"".join(cards)}</div>'
        script = (
            '<script src="https://code.jquery.com/jquery-1.12.4.min.js"></script>'
            '<script src="https://cdn.jsdelivr.net/jquery.mixitup/latest/jquery.mixitup.min.js">'
            "</script><script>$(function () { $('#Container').mixItUp({ selectors: { target:"
            f" '.mix', filter: '.filter' }}, load: {{ filter: {json.dumps(load)} }},"
            " callbacks: { onMixStart: function () { $('.sin-documentos').hide(); },"
            " onMixFail: function () { $('.sin-documentos').show(); } } }); });"
            f"{describe}</script>"
        )
        css = "<style>#Container .mix { display: none; }</style>"
    body = css + controls + _descriptions(items, keys, "data-categoria") + grid + empty + script
    _notes(portal, f"mixitup{version}/{form}/carga={load}", how)
    return _publish(site, draw, body)


# -- isotope / shuffle ---------------------------------------------------------------------------


def _isotope(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    rng = _rng(draw)
    ups = _paths(items, today, draw)
    entries, how = _entries(items, ups, draw, rng, every_item=False)
    keys = _keys(items, draw, slugs=True)
    lib = draw(st.sampled_from(["isotope", "shuffle"]))
    form = draw(st.sampled_from(["label", "plain", "short"]))
    style = _card_style(draw)
    every = _pick(draw, "filters", "all")
    none = _pick(draw, "filters", "none")
    empty = f'<p class="sin-resultados" style="display:none">{_e(none)}</p>'
    buttons = []
    for item in _present(items):
        text, title = _control_text(item, form)
        tip = f' title="{_e(title)}"' if title else ""
        key = keys[item.numeral]
        if lib == "isotope":
            buttons.append(
                f'<button class="button" data-filter=".{_e(key)}"{tip}>{_e(text)}</button>'
            )
        else:
            buttons.append(
                f'<button class="btn btn-outline-primary" data-group="{_e(key)}"{tip}>'
                f"{_e(text)}</button>"
            )
    cards = []
    for entry in entries:
        key = keys[entry.item.numeral]
        inner = _card_inner(entry, style)
        name = entry.doc.name if entry.doc else entry.text[:40]
        if lib == "isotope":
            year = f" {y}" if style.year_class and (y := _years(entry)) else ""
            cards.append(
                f'<div class="element-item {_e(key)}{year}" data-category="{_e(key)}">{inner}</div>'
            )
        else:
            created = f' data-date-created="{entry.up.isoformat()}"' if entry.up else ""
            groups = _e(json.dumps([key]))
            cards.append(
                f'<figure class="col-sm-6 col-md-4 picture-item" data-groups="{groups}"'
                f'{created} data-title="{_e(name)}">{inner}</figure>'
            )
    if lib == "isotope":
        group = (
            '<div class="button-group filters-button-group">'
            f'<button class="button is-checked" data-filter="*">{_e(every)}</button>'
            f"{''.join(buttons)}</div>"
        )
        grid = f'<div class="grid">{"".join(cards)}</div>'
        script = (
            '<script src="https://code.jquery.com/jquery-3.6.0.min.js"></script>'
            '<script src="https://unpkg.com/isotope-layout@3/dist/isotope.pkgd.min.js"></script>'
            "<script>var $grid = $('.grid').isotope({ itemSelector: '.element-item',"
            " layoutMode: 'fitRows' });"
            " $('.filters-button-group').on('click', 'button', function () {"
            " var filterValue = $(this).attr('data-filter');"
            " $grid.isotope({ filter: filterValue });"
            " $('.sin-resultados').toggle(!$grid.data('isotope').filteredItems.length);"
            " $('.descripcion-numeral').each(function () {"
            " this.hidden = '.' + $(this).attr('data-categoria') !== filterValue; }); });"
            " $('.button-group').each(function (i, buttonGroup) { var $buttonGroup ="
            " $(buttonGroup); $buttonGroup.on('click', 'button', function () {"
            " $buttonGroup.find('.is-checked').removeClass('is-checked');"
            " $(this).addClass('is-checked'); }); });</script>"
        )
        descriptions = _descriptions(items, keys, "data-categoria")
    else:
        group = (
            '<div class="filter-options btn-group">'
            f'<button class="btn btn-outline-primary active" data-group="all">{_e(every)}</button>'
            f"{''.join(buttons)}</div>"
        )
        grid = (
            f'<div id="grid" class="row my-shuffle-container">{"".join(cards)}'
            '<div class="col-1 my-sizer-element"></div></div>'
        )
        script = (
            '<script src="https://unpkg.com/shufflejs@6"></script>'
            "<script>var Shuffle = window.Shuffle; var element = document.querySelector('#grid');"
            " var shuffleInstance = new Shuffle(element, { itemSelector: '.picture-item',"
            " sizer: element.querySelector('.my-sizer-element') });"
            " document.querySelectorAll('.filter-options button').forEach(function (button) {"
            " button.addEventListener('click', function () {"
            " var group = button.getAttribute('data-group');"
            " shuffleInstance.filter(group === 'all' ? Shuffle.ALL_ITEMS : group);"
            " document.querySelector('.sin-resultados').style.display ="
            " shuffleInstance.visibleItems ? 'none' : 'block';"
            " document.querySelectorAll('.descripcion-numeral').forEach(function (d) {"
            " d.hidden = d.getAttribute('data-group') !== group; }); }); });</script>"
        )
        descriptions = _descriptions(items, keys, "data-group")
    body = group + descriptions + grid + empty + script
    _notes(portal, f"{lib}/{form}", how)
    return _publish(site, draw, body)


# -- list.js -------------------------------------------------------------------------------------


def _listjs(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    rng = _rng(draw)
    ups = _paths(items, today, draw)
    with_select = draw(st.booleans())
    entries, how = _entries(items, ups, draw, rng, every_item=not with_select)
    number = draw(st.sampled_from(["{n}", "{nn}", "Numeral {n}"]))
    named = draw(st.booleans())  # the item's name in its own span beside the number
    date_form = draw(st.sampled_from(["", *_w("cards", "published")]))
    button = draw(st.sampled_from(["", *_w("cards", "download")]))
    none = _pick(draw, "filters", "none")
    lines = []
    for entry in entries:
        item = entry.item
        numeral = number.format(n=item.numeral, nn=f"{item.numeral:02d}")
        parts = [f'<span class="numeral">{_e(numeral)}</span>']
        if named:
            parts.append(f'<span class="categoria">{_e(item.plain)}</span>')
        if entry.doc is None:
            parts.append(f'<span class="nombre">{_e(entry.text)}</span>')
        elif button:
            parts.append(f'<span class="nombre">{_e(entry.doc.name)}</span>')
            parts.append(
                f'<a class="enlace" href="{_e(entry.doc.path)}" target="_blank">{_e(button)}</a>'
            )
        else:
            parts.append(
                f'<a class="nombre enlace" href="{_e(entry.doc.path)}" target="_blank">'
                f"{_e(entry.doc.name)}</a>"
            )
        when = _date(entry, date_form)
        if when:
            parts.append(f'<span class="fecha">{_e(when)}</span>')
        lines.append(f"<li>{' '.join(parts)}</li>")
    select = ""
    filter_js = ""
    if with_select:
        option_form = _pick(draw, "filters", "option")
        options = [f'<option value="">{_e(_pick(draw, "filters", "all"))}</option>']
        for item in _present(items):
            value = number.format(n=item.numeral, nn=f"{item.numeral:02d}")
            options.append(
                f'<option value="{_e(value)}">{_e(_option_text(item, option_form))}</option>'
            )
        label = _pick(draw, "filters", "select_label")
        select = (
            f'<label for="filtro-numeral">{_e(label)}</label> '
            f'<select id="filtro-numeral" class="form-control">{"".join(options)}</select>'
        )
        filter_js = (
            " document.getElementById('filtro-numeral').addEventListener('change', function () {"
            " var v = this.value; lista.filter(function (item) {"
            " return !v || item.values().numeral === v; });"
            " document.querySelectorAll('.descripcion-numeral').forEach(function (d) {"
            " d.hidden = d.getAttribute('data-numeral') !== v; }); });"
        )
        keys = {
            i.numeral: number.format(n=i.numeral, nn=f"{i.numeral:02d}") for i in _present(items)
        }
        select += _descriptions(items, keys, "data-numeral")
    search = _pick(draw, "filters", "search")
    sorts = (
        f'<button class="sort" data-sort="numeral">{_e(_w("filters", "sort_numeral"))}</button> '
        f'<button class="sort" data-sort="fecha">{_e(_w("filters", "sort_date"))}</button>'
    )
    page = draw(st.sampled_from([10, 15, 20]))
    names = ["numeral", "nombre", "fecha"] + (["categoria"] if named else [])
    body = (
        f'<div id="lista-documentos"><input type="text" class="search form-control"'
        f' placeholder="{_e(search)}"> {select} {sorts}'
        f'<ul class="list">{"".join(lines)}</ul><ul class="pagination"></ul>'
        f'<p class="no-result" style="display:none">{_e(none)}</p></div>'
        '<script src="//cdnjs.cloudflare.com/ajax/libs/list.js/2.3.1/list.min.js"></script>'
        f"<script>var lista = new List('lista-documentos', {{ valueNames: {json.dumps(names)},"
        f" page: {page}, pagination: true }});"
        " lista.on('updated', function (l) { document.querySelector('.no-result').style.display ="
        f" l.matchingItems.length ? 'none' : 'block'; }});{filter_js}</script>"
    )
    variant = "select" if with_select else "busqueda"
    _notes(portal, f"listjs-{variant}/{number}/nombre={named}/pagina={page}", how)
    return _publish(site, draw, body)


# -- tables --------------------------------------------------------------------------------------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw)
    rng = _rng(draw)
    ups = _paths(items, today, draw)
    entries, how = _entries(items, ups, draw, rng, every_item=False)
    kind = draw(st.sampled_from(["dlp", "datatables", "filas"]))
    cat_form = draw(st.sampled_from(["label", "plain", "short"]))
    option_form = _pick(draw, "filters", "option")
    button = _pick(draw, "cards", "download")
    date_form = _pick(draw, "cards", "published")
    zero = str(_w("tabla", "zero"))

    def category(item: Item) -> str:
        text, _title = _control_text(item, cat_form)
        return text

    def link(entry: _Entry, css: str) -> str:
        if entry.doc is None:
            return ""
        return f'<a class="{css}" href="{_e(entry.doc.path)}" target="_blank">{_e(button)}</a>'

    def title(entry: _Entry) -> str:
        return _e(entry.doc.name if entry.doc else entry.text)

    options = [f'<option value="">{_e(_pick(draw, "filters", "all"))}</option>']
    for item in _present(items):
        value = category(item) if kind != "filas" else str(item.numeral)
        options.append(
            f'<option value="{_e(value)}">{_e(_option_text(item, option_form))}</option>'
        )
    label = _pick(draw, "filters", "select_label")
    select = (
        f'<div class="filtro"><label for="filtro-numeral">{_e(label)}</label> '
        f'<select id="filtro-numeral">{"".join(options)}</select></div>'
    )
    rows = []
    language = json.dumps(
        {
            "zeroRecords": zero,
            "search": _w("filters", "search")[1],
            "lengthMenu": _w("tabla", "length"),
            "info": _w("tabla", "info"),
            "paginate": {"next": "Siguiente", "previous": "Anterior"},
        },
        ensure_ascii=False,
    )
    if kind == "dlp":
        head = "".join(
            f'<th class="col-{c}">{_e(t)}</th>'
            for c, t in zip(
                ["title", "doc_categories", "date", "link"], _w("tabla", "dlp_head"), strict=True
            )
        )
        for entry in entries:
            rows.append(
                f'<tr class="post-row"><td class="col-title">{title(entry)}</td>'
                f'<td class="col-doc_categories"><span>{_e(category(entry.item))}</span></td>'
                f'<td class="col-date">{_e(_date(entry, "{date}"))}</td>'
                f'<td class="col-link">{link(entry, "dlp-download-link document-library-button")}'
                "</td></tr>"
            )
        length = draw(st.sampled_from([20, 25, 50]))
        table = (
            f'<table id="document-library-1" class="document-library-table"'
            f' data-page-length="{length}" data-click-filter="true" data-scroll-offset="15"'
            f' data-order="[]" cellspacing="0" width="100%"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        script = (
            "<script>jQuery(function ($) { var tabla = $('#document-library-1').DataTable({"
            f" language: {language} }}); $('#filtro-numeral').on('change', function () {{"
            " tabla.column(1).search(this.value).draw(); }); });</script>"
        )
    elif kind == "datatables":
        heads = list(draw(st.sampled_from(list(_w("tabla", "dt_head")))))
        head = "".join(f"<th>{_e(t)}</th>" for t in heads)
        for entry in entries:
            when = _date(entry, date_form)
            rows.append(
                f"<tr><td>{entry.item.numeral}</td><td>{_e(category(entry.item))}</td>"
                f"<td>{title(entry)} {link(entry, 'btn btn-sm btn-primary')}</td>"
                f"<td>{_e(when)}</td></tr>"
            )
        table = (
            f'<table id="tabla-laip" class="table table-striped display" style="width:100%">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
        script = (
            "<script>$(document).ready(function () { var tabla = $('#tabla-laip').DataTable({"
            f" pageLength: 10, language: {language} }});"
            " $('#filtro-numeral').on('change', function () { tabla.column(1).search("
            " this.value ? '^' + $.fn.dataTable.util.escapeRegex(this.value) + '$' : '',"
            " true, false).draw(); }); });</script>"
        )
    else:
        heads = _w("tabla", "rows_head")
        head = "".join(f"<th>{_e(t)}</th>" for t in heads)
        for entry in entries:
            when = _date(entry, date_form)
            badge = _e(category(entry.item))
            rows.append(
                f'<tr class="fila-documento" data-numeral="{entry.item.numeral}">'
                f'<td><span class="badge bg-primary">{badge}</span></td>'
                f"<td>{title(entry)}</td><td>{_e(when)}</td>"
                f"<td>{link(entry, 'btn btn-outline-primary btn-sm')}</td></tr>"
            )
        none = _pick(draw, "filters", "none")
        table = (
            f'<table class="table documentos"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
            f'<p id="sin-documentos" hidden>{_e(none)}</p>'
        )
        script = (
            "<script>document.getElementById('filtro-numeral').addEventListener('change',"
            " function () { var v = this.value, visibles = 0;"
            " document.querySelectorAll('tr.fila-documento').forEach(function (tr) {"
            " var ver = !v || tr.getAttribute('data-numeral') === v;"
            " tr.style.display = ver ? '' : 'none'; if (ver) { visibles++; } });"
            " document.getElementById('sin-documentos').hidden = visibles > 0; });</script>"
        )
    libs = ""
    if kind != "filas":
        libs = (
            '<link rel="stylesheet" href="https://cdn.datatables.net/1.13.6/css/jquery.dataTables.min.css">'
            '<script src="https://code.jquery.com/jquery-3.7.0.min.js"></script>'
            '<script src="https://cdn.datatables.net/1.13.6/js/jquery.dataTables.min.js"></script>'
        )
    body = select + libs + table + script
    _notes(portal, f"tabla-{kind}/{cat_form}", how)
    return _publish(site, draw, body)


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "mixitup": _mixitup,
    "isotope": _isotope,
    "listjs": _listjs,
    "tabla": _tabla,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 52 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
