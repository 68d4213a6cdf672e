"""Fifty-first exam: four portal layouts whose theme is YEAR FIRST, THEN ITEMS, with the truth of
every section.

Many Guatemalan portals publish Article 10 once per year ("Información Pública de Oficio 2026",
"2023 | INFORMACIÓN PÚBLICA DE OFICIO"), or once per month, each year's (month's) page holding its
own list of numerals with that period's documents. Items (truth, labels, documents, dates,
phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); an item's documents are then spread over the
periods they belong to, and the older years made complete (monthly reports of every month, yearly
documents of earlier years; a broken item's old files are broken too), which changes no truth: the
newest document still rules. The current year's list is incomplete: an item whose newest
documents are last year's (a yearly item in January, December's report in January, an outdated
item) is absent from this year's list, printed there with "Pendiente" or with its name alone; an
item with nothing (empty, "No aplica", the municipality's own text) is printed in the current
period with its words, sometimes in older ones too; a missing item is on no period's list. Older
years name the numerals as their staff did (another label of the same numeral, another numeral
form). The truth is what a careful citizen reading every period concludes (the newest document
across the periods, judged by the item's rhythm). Wording: ``wording.toml`` (sources there).
Layouts:

* ``paginas``: a WordPress page per year ("Información Pública de Oficio 2026", "2025 |
  INFORMACIÓN PÚBLICA DE OFICIO", "… correspondiente al Año 2024"), reached from the menu's
  sub-menu of years and from an index page; the oldest years behind "Años anteriores" (a page of
  links to their pages, or one page of year sections); documents grouped by the year they cover or
  by the year they were uploaded (December's report on the next year's page), as ``<ul>`` lists or
  File blocks ("Descargar"); items as ``wp-block-heading`` headings or bold paragraphs.
* ``pestanas``: one page whose years are tabs (Bootstrap ``nav-tabs`` / ``tab-pane``, Elementor
  Tabs printing each title twice, or ``<details>`` per year), the active tab the current year or
  last year's, the hidden panes in the page; the oldest years in one "Años anteriores" tab of year
  headings, or tabs of their own; inside a pane the items as headings or a collapsed Bootstrap card
  accordion.
* ``categorias``: WordPress posts, one per numeral and year, in one category per year ("LAIP
  2026", "Información Pública 2025", "2024"): a category archive per year (``Categoría: …``, posts
  newest first with their date, excerpt ending "[…]" and "Leer más", paged by "« Entradas
  antiguas"), the "Categorías" widget with post counts on every page, an index page of the years;
  a post's permalink date is when it was published, its documents and words in its content; the
  current year's category lacks the items not yet published (or holds a "Pendiente" post).
* ``meses``: month first: the current and last year each a page of month links ("Noviembre 2026"
  … newest or oldest first; plain paths or Joomla's "<id>-noviembre"), each month's page listing
  the numerals with that month's documents (a table "Numeral | Información | Documentos" or a
  list): monthly reports in the month they cover or the month they were uploaded, yearly and
  on-change documents in the month they were uploaded; every item on every month ("—" for a month
  without documents, "Pendiente" in the current month) or only the items with something that
  month; older years as year pages under "Años anteriores".
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
    exam_portal,
    hex_digits,
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
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _month_doc,
    _numeral_form,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("paginas", "pestanas", "categorias", "meses")
EXAM51: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: pages and posts of
# headings (bare names allowed, the municipality's own text allowed), tabs and accordions, and a
# month's table (bare names allowed, no own text).
_INNER = {
    "paginas": "wordpress",
    "pestanas": "accordion",
    "categorias": "wordpress",
    "meses": "table",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

Key = tuple[int, int]  # (year, month); month 0 for a whole year's page


def _w(section: str, key: str) -> Any:
    return EXAM51[section][key]["text"]


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


def _site(draw: st.DrawFn, index: str, sub: Sequence[tuple[str, str]]) -> _Site:
    """The municipality's site; its menu leads to ``index`` and its sub-menu to ``sub``."""
    town = _pick(draw, "site", "towns")
    site = _Site(str(_w("site", "name")).format(town=town), _pick(draw, "site", "menu"), index)
    children = "".join(
        f'<li class="menu-item menu-item-type-post_type"><a href="{_e(h)}">{_e(t)}</a></li>'
        for t, h in sub
    )
    submenu = f'<ul class="sub-menu">{children}</ul>' if children else ""
    site.nav = (
        '<nav class="main-navigation"><ul id="primary-menu" class="menu">'
        f'<li class="menu-item"><a href="/">{_e(_w("site", "home"))}</a></li>'
        f'<li class="menu-item menu-item-has-children"><a href="{_e(index)}">{_e(site.menu)}</a>'
        f"{submenu}</li>"
        f'<li class="menu-item"><a href="/noticias/">{_e(_w("site", "news"))}</a></li>'
        "</ul></nav>"
    )
    return site


def _home(site: _Site) -> None:
    """The home page (its ``</main>`` is where the generator's noise may add a link)."""
    body = (
        f'<p><a href="{_e(site.index)}">{_e(site.menu)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    )
    site.put("/", site.name, body, None)


def _opening() -> str:
    return f"<p>{_e(WORDING['article']['opening']['text'])}</p>"


# -- documents over the periods ------------------------------------------------------------------


def _complete(items: list[Item], draw: st.DrawFn, seen: set[str]) -> None:
    """Older years made complete: a monthly item's reports of every month of up to two earlier
    years, a yearly item's documents of earlier years (broken when the item is)."""
    for item in _present(items):
        if item.truth not in ("ok", "outdated", "broken") or not item.docs:
            continue
        rhythm = item_rhythm(item)
        if rhythm == "on_change":
            continue
        oldest = min(d.modified.year for d in item.docs if d.modified is not None)
        base = str(ITEMS[item.numeral]["labels"][0]["text"]).split(",")[0][:40]
        prefix = f"/files/{item.numeral:02d}/anteriores"
        for year in range(oldest - draw(st.integers(0, 2)), oldest):
            if rhythm == "monthly":
                added = [_month_doc(base, year, m, prefix, m) for m in range(1, 13)]
            else:
                name = f"{base} {year}"
                added = [Doc(name, f"{prefix}/{_slug(name)}.pdf", True, dt.date(year, 1, 20))]
            for doc in added:
                doc.ok = item.truth != "broken"
                doc.path = unique(doc.path, seen)
                item.docs.append(doc)


def _uploads(items: list[Item], today: dt.date, draw: st.DrawFn) -> dict[int, dt.date]:
    """Each document's upload day (by ``id``): some days after the period it covers."""
    lag = draw(st.integers(2, 12))
    ups: dict[int, dt.date] = {}
    for item in _present(items):
        for doc in item.docs:
            ups[id(doc)] = uploaded(doc, today, lag + draw(st.integers(0, 8)))
    return ups


@dataclass
class _Entry:
    """What one period's list shows for an item."""

    item: Item
    label: str
    docs: list[Doc]
    words: list[str]


def _other_label(draw: st.DrawFn, item: Item, bare_ok: bool) -> str:
    """Another year's name of the numeral: another of its labels in another numeral form."""
    data = ITEMS[item.numeral]
    text = draw(st.sampled_from([label["text"] for label in data["labels"]]))
    return str(draw(_numeral_form(item.numeral, text, data["law"]["text"], bare_ok)))


def _plan(
    items: list[Item],
    draw: st.DrawFn,
    keys: Sequence[Key],
    key_of: Callable[[Doc], Key],
    *,
    bare_ok: bool,
    fill: str,
    newest_first: bool,
    portal: ExamPortal,
    layout: str,
) -> dict[Key, list[_Entry]]:
    """Each period's list: the items with documents in it; items with nothing at all in the
    current period (and in older ones, drawn or under ``fill == "completa"``); items published
    before but not yet in a period after their newest one: absent, "Pendiente" or their name alone
    (``completa``: "Pendiente" in the current period, a dash in older ones); a missing item
    nowhere."""
    current = max(keys)
    pending = str(_w("years", "pending"))
    dash = str(_w("months", "nothing"))
    labels: dict[tuple[int, int], str] = {}
    plan: dict[Key, list[_Entry]] = {key: [] for key in keys}
    for item in _present(items):
        by_key: dict[Key, list[Doc]] = {}
        for doc in item.docs:
            by_key.setdefault(key_of(doc), []).append(doc)
        newest_doc = max(item.docs, key=lambda d: d.modified or dt.date.min, default=None)
        shown: list[str] = []
        for key in keys:
            year = key[0]
            if key[0] == current[0]:
                label = item.label
            else:
                if (item.numeral, year) not in labels:
                    labels[item.numeral, year] = (
                        _other_label(draw, item, bare_ok) if draw(st.booleans()) else item.label
                    )
                label = labels[item.numeral, year]
            docs = by_key.get(key, [])
            law = [item.law_text] if item.law_text else []
            if docs:
                ordered = sorted(
                    docs, key=lambda d: (d.modified or dt.date.min, d.name), reverse=newest_first
                )
                has_newest = any(d is newest_doc for d in docs)
                words = law + ([item.updated] if item.updated and has_newest else [])
                plan[key].append(_Entry(item, label, ordered, words))
                shown.append(f"{key[0]}-{key[1]}:{len(docs)}")
                continue
            if not item.docs:
                if key == current or fill == "completa" or draw(st.booleans()):
                    plan[key].append(_Entry(item, label, [], item_words(item)))
                    shown.append(f"{key[0]}-{key[1]}:palabras")
                continue
            newest_key = max(by_key)
            if key < newest_key and fill != "completa":
                continue  # before or between its periods: not listed
            if fill == "completa":
                mark = pending if key == current else dash
                plan[key].append(_Entry(item, label, [], law + [mark]))
                shown.append(f"{key[0]}-{key[1]}:{mark}")
                continue
            how = draw(st.sampled_from(["ausente", "pendiente", "nombre"]))
            if how == "pendiente":
                plan[key].append(_Entry(item, label, [], law + [pending]))
            elif how == "nombre":
                plan[key].append(_Entry(item, label, [], law))
            shown.append(f"{key[0]}-{key[1]}:{how}")
        portal.notes[item.numeral] = (
            f"{layout}/{item_rhythm(item)}/relleno={fill}/"
            f"{'recientes' if newest_first else 'antiguos'}/{','.join(shown)}"
        )
    return plan


def _years(items: list[Item], today: dt.date, key_of: Callable[[Doc], Key]) -> list[Key]:
    """The year pages: every year with documents, and at least the last three."""
    years = {today.year, today.year - 1, today.year - 2}
    for item in _present(items):
        years.update(key_of(doc)[0] for doc in item.docs)
    return [(year, 0) for year in sorted(years)]


# -- markup of an item ---------------------------------------------------------------------------


def _heading(label: str, tag: str) -> str:
    if tag == "strong":
        return f"<p><strong>{_e(label)}</strong></p>"
    css = ' class="wp-block-heading"' if tag in ("h2", "h3") else ""
    return f"<{tag}{css}>{_e(label)}</{tag}>"


def _doc_list(docs: Sequence[Doc], style: str, draw: st.DrawFn) -> str:
    if not docs:
        return ""
    if style == "archivo":
        download = _e(_w("wordpress", "download"))
        blocks = []
        for doc in docs:
            media = f"wp-block-file--media-{hex_digits(draw, 8)}-{hex_digits(draw, 4)}"
            blocks.append(
                f'<div class="wp-block-file"><a id="{media}" href="{_e(doc.path)}">'
                f"{_e(doc.name)}</a>"
                f'<a href="{_e(doc.path)}" class="wp-block-file__button wp-element-button" '
                f'download aria-describedby="{media}">{download}</a></div>'
            )
        return "".join(blocks)
    rows = "".join(
        f'<li><a href="{_e(d.path)}" target="_blank" rel="noopener">{_e(d.name)}</a></li>'
        for d in docs
    )
    return f'<ul class="wp-block-list">{rows}</ul>'


def _entry_html(entry: _Entry, tag: str, style: str, draw: st.DrawFn) -> str:
    words = "".join(f"<p>{_e(text)}</p>" for text in entry.words)
    return _heading(entry.label, tag) + words + _doc_list(entry.docs, style, draw)


def _year_title(draw: st.DrawFn, year: int) -> str:
    return _pick(draw, "years", "titles").format(year=year)


# -- paginas -------------------------------------------------------------------------------------


def _paginas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    seen = {d.path for i in items for d in i.docs}
    _complete(items, draw, seen)
    ups = _uploads(items, today, draw)
    by_upload = draw(st.booleans())

    def key_of(doc: Doc) -> Key:
        day = ups[id(doc)] if by_upload else doc.modified
        assert day is not None
        return (day.year, 0)

    keys = _years(items, today, key_of)
    fill = draw(st.sampled_from(["parcial", "parcial", "completa"]))
    newest_first = draw(st.booleans())
    plan = _plan(
        items,
        draw,
        keys,
        key_of,
        bare_ok=True,
        fill=fill,
        newest_first=newest_first,
        portal=portal,
        layout=f"paginas/{'subida' if by_upload else 'periodo'}",
    )
    scheme = draw(
        st.sampled_from(
            ["/informacion-publica-de-oficio-{y}/", "/transparencia/{y}/", "/laip-{y}/"]
        )
    )
    recent_count = draw(st.integers(2, 3))
    recent = [k for k in keys if k[0] > today.year - recent_count]
    old = [k for k in keys if k[0] <= today.year - recent_count]
    years_desc = draw(st.booleans())

    def order(ks: Sequence[Key]) -> list[Key]:
        return sorted(ks, reverse=years_desc)

    titles = {k: _year_title(draw, k[0]) for k in keys}
    older_text = str(_w("years", "older"))
    older_path = "/anos-anteriores/"
    archive = draw(st.sampled_from(["enlaces", "secciones"]))
    sub = [(str(k[0]), scheme.format(y=k[0])) for k in order(recent)]
    if old:
        sub.append((older_text, older_path))
    index = "/informacion-publica/"
    site = _site(draw, index, sub)
    tag = draw(st.sampled_from(["h2", "h3", "h4", "strong"]))
    style = draw(st.sampled_from(["lista", "archivo"]))
    welcome = str(_w("years", "welcome"))

    def year_body(key: Key) -> str:
        intro = f"<p>{_e(welcome.format(name=site.name, year=key[0]))}</p>"
        if draw(st.booleans()):
            intro += _opening()
        return intro + "".join(_entry_html(e, tag, style, draw) for e in plan[key])

    for key in recent:
        crumbs = [(site.menu, index), (titles[key], "")]
        site.put(scheme.format(y=key[0]), titles[key], year_body(key), crumbs)
    if old:
        if archive == "enlaces":
            links = "".join(
                f'<li><a href="{_e(scheme.format(y=k[0]))}">{_e(titles[k])}</a></li>'
                for k in order(old)
            )
            for key in old:
                crumbs = [(site.menu, index), (older_text, older_path), (titles[key], "")]
                site.put(scheme.format(y=key[0]), titles[key], year_body(key), crumbs)
            site.put(older_path, older_text, f"<ul>{links}</ul>", [(site.menu, index)])
        else:
            sections = "".join(
                f'<h2 class="wp-block-heading">{_e(titles[k])}</h2>{year_body(k)}'
                for k in order(old)
            )
            site.put(older_path, older_text, sections, [(site.menu, index)])
    links = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in sub)
    body = _opening() + f"<ul>{links}</ul>"
    site.put(index, _pick(draw, "site", "index_title"), body, [(site.menu, "")])
    _home(site)
    for item in _present(items):
        portal.notes[item.numeral] += f"/{tag}/{style}/archivo={archive}/recientes={recent_count}"
    return site.routes


# -- pestanas -----------------------------------------------------------------------------------


def _pane_items(entries: Sequence[_Entry], inner: str, pane: str, draw: st.DrawFn) -> str:
    if inner == "titulos":
        tag = draw(st.sampled_from(["h4", "h3", "strong"]))
        return "".join(_entry_html(e, tag, "lista", draw) for e in entries)
    cards = []
    for entry in entries:
        n = entry.item.numeral
        words = "".join(f"<p>{_e(text)}</p>" for text in entry.words)
        cards.append(
            f'<div class="card"><div class="card-header" id="h-{pane}-{n}"><h5 class="mb-0">'
            f'<button class="btn btn-link collapsed" type="button" data-toggle="collapse" '
            f'data-target="#c-{pane}-{n}" aria-expanded="false" aria-controls="c-{pane}-{n}">'
            f"{_e(entry.label)}</button></h5></div>"
            f'<div id="c-{pane}-{n}" class="collapse" aria-labelledby="h-{pane}-{n}" '
            f'data-parent="#acc-{pane}"><div class="card-body">{words}'
            f"{_doc_list(entry.docs, 'lista', draw)}</div></div></div>"
        )
    return f'<div class="accordion" id="acc-{pane}">{"".join(cards)}</div>'


def _tabs(panes: Sequence[tuple[str, str, str]], style: str, active: int, draw: st.DrawFn) -> str:
    """Tabs of (id, title, content) in ``style``; ``active`` the open one."""
    if style == "details":
        return "".join(
            f"<details{' open' if i == active else ''}><summary>{_e(t)}</summary>{c}</details>"
            for i, (_p, t, c) in enumerate(panes)
        )
    if style == "bootstrap":
        heads = "".join(
            f'<li class="nav-item"><a class="nav-link{" active" if i == active else ""}" '
            f'id="{p}-tab" data-toggle="tab" href="#{p}" role="tab" aria-controls="{p}" '
            f'aria-selected="{"true" if i == active else "false"}">{_e(t)}</a></li>'
            for i, (p, t, _c) in enumerate(panes)
        )
        bodies = "".join(
            f'<div class="tab-pane fade{" show active" if i == active else ""}" id="{p}" '
            f'role="tabpanel" aria-labelledby="{p}-tab">{c}</div>'
            for i, (p, _t, c) in enumerate(panes)
        )
        return (
            f'<ul class="nav nav-tabs" id="anios" role="tablist">{heads}</ul>'
            f'<div class="tab-content" id="aniosContent">{bodies}</div>'
        )
    widget = draw(st.integers(1000, 9999))
    heads = ""
    bodies = ""
    for i, (_p, title, content) in enumerate(panes):
        tab = f"{widget}{i + 1}"
        on = " elementor-active" if i == active else ""
        heads += (
            f'<div id="elementor-tab-title-{tab}" class="elementor-tab-title '
            f'elementor-tab-desktop-title{on}" aria-selected="{"true" if on else "false"}" '
            f'data-tab="{i + 1}" role="tab" tabindex="0" aria-controls="elementor-tab-content-'
            f'{tab}"><a href="">{_e(title)}</a></div>'
        )
        hidden = "" if on else ' hidden="hidden"'
        bodies += (
            f'<div class="elementor-tab-title elementor-tab-mobile-title{on}" data-tab="{i + 1}" '
            f'role="tab">{_e(title)}</div><div id="elementor-tab-content-{tab}" '
            f'class="elementor-tab-content elementor-clearfix{on}" data-tab="{i + 1}" '
            f'role="tabpanel" aria-labelledby="elementor-tab-title-{tab}" tabindex="0" '
            f"{hidden}>{content}</div>"
        )
    return (
        f'<div class="elementor-widget elementor-widget-tabs"><div class="elementor-tabs">'
        f'<div class="elementor-tabs-wrapper" role="tablist">{heads}</div>'
        f'<div class="elementor-tabs-content-wrapper" role="tablist" '
        f'aria-orientation="vertical">{bodies}</div></div></div>'
    )


def _pestanas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    seen = {d.path for i in items for d in i.docs}
    _complete(items, draw, seen)

    def key_of(doc: Doc) -> Key:
        assert doc.modified is not None
        return (doc.modified.year, 0)

    keys = _years(items, today, key_of)
    newest_first = draw(st.booleans())
    fill = draw(st.sampled_from(["parcial", "parcial", "completa"]))
    plan = _plan(
        items,
        draw,
        keys,
        key_of,
        bare_ok=True,
        fill=fill,
        newest_first=newest_first,
        portal=portal,
        layout="pestanas",
    )
    style = draw(st.sampled_from(["bootstrap", "elementor", "details"]))
    inner = draw(st.sampled_from(["titulos", "acordeon"]))
    years_desc = draw(st.booleans())
    grouped = draw(st.booleans())
    ordered = sorted(keys, reverse=years_desc)
    old = [k for k in ordered if k[0] <= today.year - 2] if grouped else []
    panes: list[tuple[str, str, str]] = []
    for key in ordered:
        if key in old:
            continue
        content = _pane_items(plan[key], inner, f"y{key[0]}", draw)
        panes.append((f"y{key[0]}", str(key[0]), content))
    if old:
        sections = "".join(
            f"<h2>{_e(_year_title(draw, k[0]))}</h2>{_pane_items(plan[k], inner, f'y{k[0]}', draw)}"
            for k in old
        )
        older = ("anteriores", str(_w("years", "older")), sections)
        if years_desc:
            panes.append(older)
        else:
            panes.insert(0, older)
    # The open tab: this year's, or last year's (left open when the staff last worked on it).
    open_year = str(today.year if draw(st.booleans()) else today.year - 1)
    active = next((i for i, p in enumerate(panes) if p[1] == open_year), 0)
    index = draw(st.sampled_from(["/informacion-publica/", "/transparencia/ley-de-acceso/"]))
    site = _site(draw, index, [])
    body = _opening() + _tabs(panes, style, active, draw)
    site.put(index, _pick(draw, "site", "index_title"), body, [(site.menu, "")])
    _home(site)
    for item in _present(items):
        portal.notes[item.numeral] += f"/{style}/{inner}/abierta={open_year}/anteriores={grouped}"
    return site.routes


# -- categorias ----------------------------------------------------------------------------------


def _long_date(day: dt.date) -> str:
    return f"{day.day} {MESES[day.month - 1].lower()}, {day.year}"


def _categorias(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    seen = {d.path for i in items for d in i.docs}
    _complete(items, draw, seen)
    ups = _uploads(items, today, draw)

    def key_of(doc: Doc) -> Key:
        assert doc.modified is not None
        return (doc.modified.year, 0)

    keys = _years(items, today, key_of)
    newest_first = draw(st.booleans())
    plan = _plan(
        items,
        draw,
        keys,
        key_of,
        bare_ok=True,
        fill="parcial",
        newest_first=newest_first,
        portal=portal,
        layout="categorias",
    )
    cat_form = _pick(draw, "years", "categories")
    per_page = draw(st.integers(5, 10))
    suffix = draw(st.booleans())
    more = _e(_w("wordpress", "more"))
    posted = _e(_w("wordpress", "posted"))
    cats = {k: cat_form.format(year=k[0]) for k in keys}
    cat_paths = {k: f"/category/{_slug(cats[k])}/" for k in keys}
    if cat_form == "{year}":
        cat_paths = {k: f"/category/laip/{k[0]}/" for k in keys}
    index = "/informacion-publica-de-oficio/"
    site = _site(draw, index, [(cats[k], cat_paths[k]) for k in sorted(keys, reverse=True)][:3])
    post_id = draw(st.integers(300, 4000))

    # Posts: one per entry, dated when published.
    posts: dict[Key, list[tuple[dt.date, int, str, str, str]]] = {k: [] for k in keys}
    for key in keys:
        for entry in plan[key]:
            post_id += draw(st.integers(1, 9))
            if entry.docs:
                day = max(ups[id(d)] for d in entry.docs)
            else:
                day = min(
                    dt.date(key[0], 2, 1) + dt.timedelta(days=draw(st.integers(0, 300))), today
                )
            title = entry.label + (f" – {key[0]}" if suffix else "")
            path = f"/{day.year}/{day.month:02d}/{day.day:02d}/{_slug(title)[:50]}-{post_id}/"
            words = "".join(f"<p>{_e(text)}</p>" for text in entry.words)
            content = words + _doc_list(
                entry.docs, "archivo" if draw(st.booleans()) else "lista", draw
            )
            meta = (
                f'<div class="entry-meta"><span class="posted-on">{posted} <time class="entry-date '
                f'published" datetime="{day.isoformat()}T10:{post_id % 60:02d}:00-06:00">'
                f"{_long_date(day)}</time></span></div>"
            )
            cat_link = f'<a href="{cat_paths[key]}" rel="category tag">{_e(cats[key])}</a>'
            site.put(
                path,
                title,
                f'<article id="post-{post_id}" class="post-{post_id} post type-post '
                f'status-publish format-standard hentry category-{_slug(cats[key])}">{meta}'
                f'<div class="entry-content">{content}</div><footer class="entry-footer">'
                f'<span class="cat-links">{cat_link}</span></footer></article>',
                [(cats[key], cat_paths[key]), (title, "")],
            )
            text = " ".join(entry.words + [d.name for d in entry.docs]).split()
            excerpt = _e(" ".join(text[:40])) + (" [&hellip;]" if len(text) > 40 else "")
            posts[key].append((day, post_id, path, title, excerpt))
    widget_rows = "".join(
        f'<li class="cat-item"><a href="{cat_paths[k]}">{_e(cats[k])}</a> ({len(posts[k])})</li>'
        for k in sorted(keys, reverse=True)
        if posts[k]
    )
    widget = (
        f'<aside class="widget widget_categories"><h2 class="widget-title">'
        f"{_e(_w('wordpress', 'widget'))}</h2><ul>{widget_rows}</ul></aside>"
    )
    for key in keys:
        listed = sorted(posts[key], key=lambda p: (p[0], p[1]), reverse=True)
        pages = [listed[i : i + per_page] for i in range(0, len(listed), per_page)] or [[]]
        for number, chunk in enumerate(pages):
            path = cat_paths[key] + (f"page/{number + 1}/" if number else "")
            rows = "".join(
                f'<article id="post-{pid}" class="post-{pid} post type-post status-publish '
                f'format-standard hentry category-{_slug(cats[key])}"><header class="entry-header">'
                f'<h2 class="entry-title"><a href="{p}" rel="bookmark">{_e(t)}</a></h2>'
                f'<div class="entry-meta"><time class="entry-date published" '
                f'datetime="{d.isoformat()}">{_long_date(d)}</time></div></header>'
                f'<div class="entry-summary"><p>{s}</p></div>'
                f'<a class="more-link" href="{p}">{more}</a></article>'
                for d, pid, p, t, s in chunk
            )
            nav = []
            if number + 1 < len(pages):
                nav.append(
                    f'<span class="in-left"><a href="{cat_paths[key]}page/{number + 2}/">'
                    f"{_e(_w('wordpress', 'older'))}</a></span>"
                )
            if number:
                back = cat_paths[key] + (f"page/{number}/" if number > 1 else "")
                nav.append(
                    f'<span class="in-right"><a href="{back}">{_e(_w("wordpress", "newer"))}'
                    "</a></span>"
                )
            title = str(_w("wordpress", "category")) + cats[key]
            body = f'{rows}<div class="pagination">{"".join(nav)}</div>{widget}'
            site.put(path, title, body, [(site.menu, index), (cats[key], "")])
    links = "".join(
        f'<li><a href="{cat_paths[k]}">{_e(_year_title(draw, k[0]))}</a></li>'
        for k in sorted(keys, reverse=True)
    )
    site.put(
        index,
        _pick(draw, "site", "index_title"),
        _opening() + f"<ul>{links}</ul>{widget}",
        [(site.menu, "")],
    )
    _home(site)
    for item in _present(items):
        portal.notes[item.numeral] += f"/{cat_form}/por-pagina={per_page}"
    return site.routes


# -- meses ---------------------------------------------------------------------------------------


def _meses(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    seen = {d.path for i in items for d in i.docs}
    _complete(items, draw, seen)
    ups = _uploads(items, today, draw)
    placing = draw(st.sampled_from(["periodo", "subida"]))
    first_monthly = today.year - 1

    monthly = {id(d) for i in items if item_rhythm(i) == "monthly" for d in i.docs}

    def key_of(doc: Doc) -> Key:
        assert doc.modified is not None
        by_period = placing == "periodo" and id(doc) in monthly
        day = doc.modified if by_period else ups[id(doc)]
        if day.year < first_monthly:
            return (day.year, 0)
        return (day.year, day.month)

    months = [
        (y, m)
        for y in (first_monthly, today.year)
        for m in range(1, 13)
        if (y, m) <= (today.year, today.month)
    ]
    old_years = {key_of(d)[0] for i in _present(items) for d in i.docs}
    old = [(y, 0) for y in sorted(old_years) if y < first_monthly]
    keys = old + months
    newest_first = draw(st.booleans())
    fill = draw(st.sampled_from(["parcial", "completa"]))
    plan = _plan(
        items,
        draw,
        keys,
        key_of,
        bare_ok=True,
        fill=fill,
        newest_first=newest_first,
        portal=portal,
        layout=f"meses/{placing}",
    )
    months_desc = draw(st.booleans())
    joomla = draw(st.booleans())
    base_id = draw(st.integers(120, 900))
    markup = draw(st.sampled_from(["tabla", "lista"]))
    headers = [str(h) for h in _w("months", "headers")]
    index = "/index.php/informacion-publica" if joomla else "/informacion-publica/"

    def month_path(key: Key) -> str:
        name = _slug(MESES[key[1] - 1])
        if joomla:
            return f"{index}/{key[0]}/{base_id + key[0] % 100 * 12 + key[1]}-{name}"
        return f"/informacion-publica/{key[0]}/{name}/"

    def year_path(year: int) -> str:
        return f"{index}/{year}" if joomla else f"/informacion-publica/{year}/"

    older_path = f"{index}/anos-anteriores" if joomla else "/informacion-publica/anos-anteriores/"
    sub = [(str(y), year_path(y)) for y in (today.year, first_monthly)]
    site = _site(draw, index, sub)
    month_form = _pick(draw, "months", "titles")

    def listing(entries: Sequence[_Entry]) -> str:
        if markup == "tabla":
            head = "".join(f"<th>{_e(h)}</th>" for h in headers)
            rows = []
            for e in entries:
                links = "<br>".join(f'<a href="{_e(d.path)}">{_e(d.name)}</a>' for d in e.docs)
                words = "<br>".join(_e(t) for t in e.words)
                cell = "<br>".join(x for x in (words, links) if x)
                rows.append(
                    f"<tr><td>{e.item.numeral}</td><td>{_e(e.label)}</td><td>{cell}</td></tr>"
                )
            return (
                f'<table class="table table-bordered"><thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        return "".join(_entry_html(e, "h3", "lista", draw) for e in entries)

    for key in months:
        title = month_form.format(
            month=MESES[key[1] - 1], MONTH=MESES[key[1] - 1].upper(), year=key[0]
        )
        crumbs = [(site.menu, index), (str(key[0]), year_path(key[0])), (title, "")]
        site.put(month_path(key), title, listing(plan[key]), crumbs)
    for year in (first_monthly, today.year):
        keys_y = sorted((k for k in months if k[0] == year), reverse=months_desc)
        links = "".join(
            f'<li><a href="{_e(month_path(k))}">{_e(MESES[k[1] - 1])} {k[0]}</a></li>'
            for k in keys_y
        )
        site.put(
            year_path(year),
            _year_title(draw, year),
            f"<ul class='meses'>{links}</ul>",
            [(site.menu, index), (str(year), "")],
        )
    older = str(_w("years", "older"))
    if old:
        links = ""
        for key in sorted(old, reverse=True):
            path = f"{older_path}/{key[0]}" if joomla else f"{older_path}{key[0]}/"
            title = _year_title(draw, key[0])
            links += f'<li><a href="{_e(path)}">{_e(title)}</a></li>'
            crumbs = [(site.menu, index), (older, older_path), (title, "")]
            site.put(path, title, listing(plan[key]), crumbs)
        site.put(older_path, older, f"<ul>{links}</ul>", [(site.menu, index), (older, "")])
    links = "".join(
        f'<li><a href="{_e(h)}">{_e(_year_title(draw, int(t)))}</a></li>' for t, h in sub
    )
    if old:
        links += f'<li><a href="{_e(older_path)}">{_e(older)}</a></li>'
    site.put(
        index,
        _pick(draw, "site", "index_title"),
        _opening() + f"<ul>{links}</ul>",
        [(site.menu, "")],
    )
    _home(site)
    for item in _present(items):
        portal.notes[item.numeral] += f"/{markup}/joomla={joomla}"
    return site.routes


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "paginas": _paginas,
    "pestanas": _pestanas,
    "categorias": _categorias,
    "meses": _meses,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 51 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
