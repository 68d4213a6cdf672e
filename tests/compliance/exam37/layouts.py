"""Thirty-seventh exam: four portal layouts whose theme is NUMBERS THAT LIE, with the truth of every
section.

Staff number the Article 10 items wrongly while describing them correctly: the site's own
running numbers over only what it publishes (numeral 10's description under "9." once an earlier
item is not published), an off-by-one list (a number skipped or typed twice, every later number
shifted), numbers restarting on every page or tab, numbers of another list (a database's record
ids, the order of a previous portal), a typo in one number ("Numeral 81" for 18), a folder named
with a wrong number under a right title. A careful citizen identifies each item by its description
and the law's text: the truth of every (portal, numeral) is the truth of the item the DESCRIPTION
names, and its documents are the ones under that description, whatever number stands beside it.
Items (truth, documents, dates, phrases, law text) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only their descriptions are redrawn, from
descriptions that name one numeral and no other (``wording.toml`` [labels]; the generator's
"Dietas", "MONTOS ASIGNADOS", "ARCHIVOS" could name two), with the generator's noise (accents,
capitals, typos, abbreviations). A drawn wrong number never puts one procurement item's description
under the number of another it could be mistaken for ([confusable]); a list shifted by one keeps
its context. Every portal keeps at least three correctly numbered items and at least one wrong
number. Wording from real pages (``wording.toml``, sources there). Layouts:

* ``lista``: an index of links to one page per item, numbered by hand ("9. …", "09 - …", "09 …")
  or by the browser (an ``<ol>``): the site's running number over the items it publishes
  ("correlativo"), the numerals with one number skipped ("salto", every later item one higher) or
  typed twice ("repetido", every later item one lower). Each item's page is titled by its
  description alone, by the list's number or by the right numeral ("Numeral 10 - …"), and
  addressed by the list's number ("/informacion-publica/09-procesos-…/", where its files then sit
  too: "/files/09/…") or by the numeral.
* ``tabla``: "No. | Información | Documentos | Actualizado" whose "No." is a count: paged, every
  page restarting at 1 ("paginas", "‹ Anterior" / "Siguiente ›"); Bootstrap tabs of offices, every
  tab restarting at 1 ("pestanas"); one table counting only the published rows ("correlativo");
  or the numerals with another law's row (Decreto 101-97 Art. 17 Ter, SINACIG, Rendición de
  Cuentas) inserted and numbered among them, every later row one higher ("fila-extra").
* ``insignias``: a document system's page of category accordions, each a round badge, the item's
  description, "N carpetas" / "Sin contenido", and inside its folders ("2026", "N docs") of files
  ("archivo · NN KB · dd/mm/yyyy", "Ver PDF"), "Información no disponible aún." when empty; a
  sidebar "Con documentos publicados" ("{badge}. {description}") and sometimes "Ver todos los
  numerales del Artículo 10". The badge is the database's: the record id (items deleted and entered
  again carry ids 30, 31, …: "id"), the position among the published categories ("indice"), or the
  number a previous portal gave (a run of items rotated by one: "anterior").
* ``acordeon``: one page of Bootstrap 5 accordions or ``<details>`` titled by hand "Numeral N - …",
  mostly right, with a typo in one to four numbers (digits swapped "81" for 18, a digit doubled
  "88", a digit dropped "1" for 11), a title copied from the item above keeping its number, and one
  to three items whose files sit in a repository folder named with a wrong number ("13. Contratos de
  Mantenimiento" for numeral 14, "/documentos/articulo-10/13-contratos-…/") linked by "Ver carpeta".

A number that names a numeral the site does not publish makes nothing of that numeral: it stays
missing (unknown where the generator's noise adds a failing page).
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
    _noisy,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("lista", "tabla", "insignias", "acordeon")
EXAM37: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions the items follow in each layout: a page per item with
# the law's text (joomla), one table (table: no own text, an empty item an empty cell or a phrase),
# accordions (accordion: own text allowed, law text now and then).
_INNER = {"lista": "joomla", "tabla": "table", "insignias": "accordion", "acordeon": "accordion"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM37[section][key]["text"]


_PAIRS = {frozenset((int(a), int(b))) for a, b in _w("confusable", "pairs")}


@dataclass
class _Site:
    town: str
    name: str
    today: dt.date
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, body: str, crumbs: list[tuple[str, str]] | None) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        footer = str(_w("site", "footer")).format(name=self.name)
        self.routes[path] = Resource(site_page(title, self.name, self.nav, trail, body, footer))


def _site(draw: st.DrawFn, today: dt.date, index: str) -> _Site:
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    site = _Site(town, str(_w("site", "name")).format(town=town), today)
    links = [
        (str(_w("site", "home")), "/"),
        (str(_w("site", "menu")), index),
        (str(_w("site", "news")), "/noticias/"),
    ]
    rows = "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
    site.nav = f'<nav class="main-menu"><ul>{rows}</ul></nav>'
    return site


def _home(site: _Site, title: str, index: str) -> None:
    """The home page (its ``</main>`` is where the generator's noise may add a link)."""
    main = f'<p><a href="{_e(index)}">{_e(title)}</a></p>'
    main += '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    site.put("/", site.name, main, None)


def _title(draw: st.DrawFn, today: dt.date) -> str:
    # The page of "the year": on the exam's January day it is still last year's page.
    year = (today - dt.timedelta(days=31)).year
    return str(draw(st.sampled_from(_w("site", "titles")))).format(year=year)


def _opening(draw: st.DrawFn) -> str:
    return f"<p>{_e(str(draw(st.sampled_from(_w('site', 'openings')))))}</p>"


# -- descriptions and numbers ---------------------------------------------------------------------


def _describe(draw: st.DrawFn, items: list[Item]) -> None:
    """Every item's description drawn from those naming its numeral alone, with the generator's
    noise (its truth, documents and words stay as drawn)."""
    for item in items:
        text = str(draw(st.sampled_from(EXAM37["labels"][str(item.numeral)]["text"])))
        item.plain = draw(_noisy(text))
        item.label = item.plain


def _confusing(shown: dict[int, int]) -> bool:
    """Whether a wrong number puts a procurement item's description under the number of one it
    could be mistaken for (a shift by one keeps the list's context and is allowed)."""
    return any(frozenset((n, s)) in _PAIRS and abs(n - s) != 1 for n, s in shown.items())


def _fair(shown: dict[int, int]) -> bool:
    """A share of right numbers, at least one wrong one, none misleading."""
    right = sum(1 for n, s in shown.items() if n == s)
    return right >= 3 and right < len(shown) and not _confusing(shown)


def _running(present: Sequence[Item], start: int = 1) -> dict[int, int]:
    return {item.numeral: start + i for i, item in enumerate(present)}


def _shifted(draw: st.DrawFn, present: Sequence[Item], step: int) -> dict[int, int]:
    """The numerals, with every numeral after a drawn one ``step`` off (+1: a number skipped,
    -1: a number typed twice)."""
    shown: dict[int, int] = {}
    for _ in range(20):
        at = draw(st.integers(4, 22))
        shown = {i.numeral: i.numeral + (step if i.numeral > at else 0) for i in present}
        if _fair(shown):
            break
    return shown


def _typo(draw: st.DrawFn, numeral: int) -> str:
    """A number as typed in a hurry: digits swapped ("81" for 18, "01" for 10), the last digit
    doubled ("88", "188"), a digit dropped ("1" for 11)."""
    digits = str(numeral)
    options = [digits + digits[-1]]
    if len(digits) == 2:
        if digits[0] != digits[1]:
            options.append(digits[::-1])
        else:
            options.append(digits[0])
    options = [o for o in options if int(o) != numeral and int(o) > 0]
    return str(draw(st.sampled_from(options)))


def _note(portal: ExamPortal, item: Item, how: str, shown: str, byname: dict[int, Item]) -> None:
    """How the item was numbered, and what the number names when it lies."""
    value = int(shown) if shown.isdigit() else 0
    if value == item.numeral:
        verdict = "bien"
    elif value in byname:
        verdict = f"mal: el {value} publicado es {byname[value].truth}"
    elif 1 <= value <= 29:
        verdict = f"mal: el {value} no está publicado"
    else:
        verdict = "mal: no es un numeral"
    portal.notes[item.numeral] = f"{how}/{item_rhythm(item)} muestra={shown} ({verdict})"


def _docs_list(docs: Sequence[Doc], sizes: bool = False) -> str:
    rows = []
    for doc in docs:
        size = f" ({120 + len(doc.name) * 7}Kb)" if sizes else ""
        rows.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a>{_e(size)}</li>')
    return f"<ul>{''.join(rows)}</ul>" if rows else ""


def _move(item: Item, folder: str, seen: set[str]) -> None:
    """The item's files kept in ``folder`` (a folder named with the number the staff gave)."""
    for doc in item.docs:
        seen.discard(doc.path)
        doc.path = unique(f"{folder}{doc.path.rsplit('/', 1)[1]}", seen)


# -- lista -----------------------------------------------------------------------------------------


def _lista(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    _describe(draw, items)
    present = _present(items)
    byname = {i.numeral: i for i in present}
    mode = draw(st.sampled_from(["correlativo", "salto", "repetido"]))
    shown = _running(present)
    if mode == "correlativo" and not _fair(shown):
        mode = draw(st.sampled_from(["salto", "repetido"]))
    if mode != "correlativo":
        shown = _shifted(draw, present, 1 if mode == "salto" else -1)
    ordered = mode == "correlativo" and draw(st.booleans())
    form = str(draw(st.sampled_from(_w("lista", "forms"))))
    path_form = str(draw(st.sampled_from(_w("lista", "paths"))))
    titles = draw(st.sampled_from(["descripcion", "numero-lista", "numeral", "mixto"]))
    sizes = draw(st.booleans())
    index = "/index.php/informacion-publica"
    if not path_form.startswith("/index.php"):
        index = "/informacion-publica/"
    site = _site(draw, today, index)
    title = _title(draw, today)
    seen = {d.path for i in items for d in i.docs}
    lines = []
    page_titles = list(_w("lista", "page_titles"))
    for item in present:
        number = shown[item.numeral]
        slug = _slug(item.plain)[:40]
        path = path_form.format(shown=number, n=item.numeral, slug=slug)
        if "{shown" in path_form and item.docs and draw(st.booleans()):
            _move(item, f"/files/{number:02d}/", seen)
        text = item.plain if ordered else form.format(n=number, label=item.plain)
        item.label = text if not ordered else f"{number}. {item.plain}"
        lines.append(f'<li><a href="{_e(path)}">{_e(text)}</a></li>')
        if titles == "mixto":
            pattern = str(draw(st.sampled_from(page_titles)))
        else:
            pattern = page_titles[["descripcion", "numero-lista", "numeral"].index(titles)]
        page_title = pattern.format(label=item.plain, shown=number, n=item.numeral)
        body = paragraphs(item_words(item)) + _docs_list(item.docs, sizes)
        site.put(path, page_title, body, [(title, index), (page_title, "")])
        forms = ["punto", "guion", "espacio"]
        written = "ol" if ordered else forms[list(_w("lista", "forms")).index(form)]
        where = "numeral" if "{n}" in path_form else "numero"
        how = f"lista/{mode}/{written}/ruta={where}/titulo={titles}"
        _note(portal, item, how, str(number), byname)
    tag = "ol" if ordered else "ul"
    main = _opening(draw) + f"<{tag} class='numerales'>{''.join(lines)}</{tag}>"
    site.put(index, title, main, [(title, "")])
    _home(site, title, index)
    return site.routes


# -- tabla -----------------------------------------------------------------------------------------


def _cell(draw: st.DrawFn, item: Item) -> str:
    """The documents cell as the generator's table writes it: each document's name, "Descargar"
    or "Ver", or the item's phrase."""
    if not item.docs:
        return _e(item.phrase)
    links = list(_w("tabla", "links"))
    return " ".join(
        f'<a href="{_e(d.path)}">{_e(str(draw(st.sampled_from([*links, d.name]))))}</a>'
        for d in item.docs
    )


def _when(item: Item, today: dt.date) -> str:
    newest = max((d.modified for d in item.docs if d.modified), default=None)
    if newest is None or item.truth not in ("ok", "outdated", "broken"):
        return ""
    return f"actualizado {day_month_year(min(newest, today))}"


def _rows(
    draw: st.DrawFn, rows: Sequence[tuple[int, Item | tuple[str, Doc]]], today: dt.date
) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in [*_w("tabla", "header"), _w("tabla", "updated")])
    out = [f"<tr>{head}</tr>"]
    for number, row in rows:
        if isinstance(row, Item):
            name, cell, when = row.plain, _cell(draw, row), _when(row, today)
        else:
            name, doc = row
            link = str(draw(st.sampled_from(_w("tabla", "links"))))
            cell = f'<a href="{_e(doc.path)}">{_e(link)}</a>'
            assert doc.modified is not None
            when = f"actualizado {day_month_year(min(doc.modified, today))}"
        out.append(
            f"<tr><td>{number}</td><td>{_e(name)}</td><td>{cell}</td><td>{_e(when)}</td></tr>"
        )
    return f"<table class='table transparencia'>{''.join(out)}</table>"


def _extra(draw: st.DrawFn, today: dt.date, site: _Site) -> tuple[str, int, Doc]:
    """Another law's row staff put among the numerals, with its current document (served)."""
    name, after, doc_name = draw(st.sampled_from(_w("tabla", "extras")))
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    month_end = dt.date(year, month, 28)
    title = f"{doc_name} {MESES[month - 1]} {year}"
    doc = Doc(title, f"/files/otros/{_slug(title)}.pdf", True, month_end)
    site.routes[doc.path] = Resource(
        b"%PDF-1.4 generated " + title.encode() + b" " * 200,
        content_type="application/pdf",
        last_modified=dt.datetime.combine(month_end, dt.time(12)).timestamp(),
    )
    return str(name), int(after), doc


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    _describe(draw, items)
    present = _present(items)
    byname = {i.numeral: i for i in present}
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/", "/laip/"]))
    site = _site(draw, today, index)
    title = _title(draw, today)
    mode = draw(st.sampled_from(["paginas", "pestanas", "correlativo", "fila-extra"]))
    how = ""
    shown: dict[int, int] = {}
    if mode == "paginas":
        for _ in range(10):
            per_page = draw(st.integers(7, 12))
            shown = {i.numeral: k % per_page + 1 for k, i in enumerate(present)}
            if _fair(shown):
                break
        if _fair(shown):
            chunks = [present[k : k + per_page] for k in range(0, len(present), per_page)]
            query = str(draw(st.sampled_from(_w("tabla", "page_query"))))
            pages = [index] + [f"{index}{query.format(k=k + 1)}" for k in range(1, len(chunks))]

            def pager(at: int) -> str:
                parts = []
                if at > 0:
                    parts.append(f'<a href="{_e(pages[at - 1])}">{_e(_w("tabla", "previous"))}</a>')
                for k, page in enumerate(pages):
                    parts.append(
                        f"<span>{k + 1}</span>" if k == at else f'<a href="{_e(page)}">{k + 1}</a>'
                    )
                if at + 1 < len(pages):
                    parts.append(f'<a href="{_e(pages[at + 1])}">{_e(_w("tabla", "next"))}</a>')
                return f'<nav class="pager">{" ".join(parts)}</nav>'

            for at, chunk in enumerate(chunks):
                rows = [(shown[i.numeral], i) for i in chunk]
                main = (_opening(draw) if at == 0 else "") + _rows(draw, rows, today) + pager(at)
                site.put(pages[at], title, main, [(title, "")])
            how = f"tabla/paginas/{per_page}"
        else:
            mode = "correlativo"
    if mode == "pestanas":
        offices = [
            (str(t), [int(n) for n in ns])
            for t, ns in (v["text"] for v in EXAM37["tabla"]["offices"].values())
        ]
        offices.sort(key=lambda o: min(o[1]))
        tabs, panes = [], []
        for k, (name, numerals) in enumerate(offices):
            mine = [i for i in present if i.numeral in numerals]
            shown.update(_running(mine))
            active = " active" if k == 0 else ""
            tabs.append(
                f'<li class="nav-item"><a class="nav-link{active}" data-toggle="tab" '
                f'href="#tab-{k}">{_e(name)}</a></li>'
            )
            rows = [(shown[i.numeral], i) for i in mine]
            panes.append(
                f'<div class="tab-pane fade{" show active" if k == 0 else ""}" id="tab-{k}">'
                f"<h2>{_e(name)}</h2>{_rows(draw, rows, today)}</div>"
            )
        if _fair(shown):
            main = (
                _opening(draw)
                + f'<ul class="nav nav-tabs">{"".join(tabs)}</ul>'
                + f'<div class="tab-content">{"".join(panes)}</div>'
            )
            site.put(index, title, main, [(title, "")])
            how = "tabla/pestanas"
        else:
            mode = "fila-extra"
    if mode == "correlativo":
        shown = _running(present)
        if _fair(shown):
            rows = [(shown[i.numeral], i) for i in present]
            site.put(index, title, _opening(draw) + _rows(draw, rows, today), [(title, "")])
            how = "tabla/correlativo"
        else:
            mode = "fila-extra"
    if mode == "fila-extra":
        name, after, doc = _extra(draw, today, site)
        shown = {i.numeral: i.numeral + (1 if i.numeral > after else 0) for i in present}
        rows_all: list[tuple[int, Item | tuple[str, Doc]]] = []
        for i in present:
            if i.numeral > after and not any(isinstance(r, tuple) for _n, r in rows_all):
                rows_all.append((after + 1, (name, doc)))
            rows_all.append((shown[i.numeral], i))
        if not any(isinstance(r, tuple) for _n, r in rows_all):
            rows_all.append((after + 1, (name, doc)))
        site.put(index, title, _opening(draw) + _rows(draw, rows_all, today), [(title, "")])
        how = f"tabla/fila-extra/tras-{after}"
    for item in present:
        item.label = f"{shown[item.numeral]}. {item.plain}"
        _note(portal, item, how, str(shown[item.numeral]), byname)
    _home(site, title, index)
    return site.routes


# -- insignias -------------------------------------------------------------------------------------


def _badges(draw: st.DrawFn, present: Sequence[Item]) -> tuple[str, dict[int, int]]:
    """The badge of every category as the database holds it."""
    mode = draw(st.sampled_from(["id", "indice", "anterior"]))
    if mode == "indice":
        shown = _running(present)
        if _fair(shown):
            return mode, shown
        mode = "id"
    if mode == "anterior":
        for _ in range(20):
            size = draw(st.integers(3, 7))
            start = draw(st.integers(0, max(0, len(present) - size)))
            block = [i.numeral for i in present[start : start + size]]
            shown = {i.numeral: i.numeral for i in present}
            # The previous portal listed the block's last item first: each kept the slot it had.
            shown[block[-1]] = block[0]
            for a, b in zip(block, block[1:], strict=False):
                shown[a] = b
            if _fair(shown):
                return f"anterior/{block[0]}-{block[-1]}", shown
    # Categories deleted and entered again carry the next free record ids (30, 31, …).
    again = draw(
        st.lists(st.sampled_from([i.numeral for i in present]), min_size=2, max_size=6, unique=True)
    )
    shown = {i.numeral: i.numeral for i in present}
    for k, numeral in enumerate(again):
        shown[numeral] = 30 + k
    return "id", shown


def _insignias(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    _describe(draw, items)
    present = _present(items)
    byname = {i.numeral: i for i in present}
    index = draw(st.sampled_from(["/informacion-publica-de-oficio/", "/transparencia/"]))
    site = _site(draw, today, index)
    mode, shown = _badges(draw, present)
    lag = draw(st.integers(1, 12))
    folder_form = str(draw(st.sampled_from(_w("insignias", "folder_names"))))
    open_word = str(draw(st.sampled_from(_w("insignias", "open"))))
    listed = draw(st.booleans())
    one_folder, many_folders = _w("insignias", "folders")
    one_doc, many_docs = _w("insignias", "docs")
    cards, side, every = [], [], []
    years: set[int] = set()
    for k, item in enumerate(present):
        badge = shown[item.numeral]
        item.label = f"{badge}. {item.plain}"
        folders: dict[int, list[Doc]] = {}
        for doc in item.docs:
            year = doc.modified.year if doc.modified else today.year
            folders.setdefault(year, []).append(doc)
        years.update(folders)
        inner = paragraphs(item_words(item))
        if not item.docs and item.truth == "empty":
            count = str(_w("insignias", "nothing"))
            inner += f"<p class='vacio'>{_e(_w('insignias', 'not_yet'))}</p>"
        elif folders:
            count = (one_folder if len(folders) == 1 else many_folders).format(k=len(folders))
            side.append(f'<li><a href="#cat-LAIP-{badge}">{_e(item.label)}</a></li>')
        else:
            count = ""
        for year in sorted(folders, reverse=True):
            docs = folders[year]
            name = folder_form.format(year=year, label=item.plain)
            files = "".join(
                f"<li class='documento'><p class='titulo'>{_e(d.name)}</p>"
                f"<p class='meta'>{_e(d.path.rsplit('/', 1)[1])} · {40 + len(d.name) * 3} KB · "
                f"{day_month_year(uploaded(d, today, lag) if d.modified else today)}</p>"
                f'<a href="{_e(d.path)}">{_e(open_word)}</a></li>'
                for d in docs
            )
            ndocs = (one_doc if len(docs) == 1 else many_docs).format(k=len(docs))
            inner += (
                f"<div class='carpeta'><p class='carpeta-nombre'>{_e(name)}</p>"
                f"<span class='conteo'>{_e(ndocs)}</span><ul>{files}</ul></div>"
            )
        counter = f"<span class='conteo'>{_e(count)}</span>" if count else ""
        cards.append(
            f'<div class="categoria" id="cat-LAIP-{badge}"><button type="button" '
            f'class="categoria-btn" aria-expanded="false" aria-controls="panel-{k}">'
            f"<span class='badge-numero'>{badge}</span><span class='nombre'>{_e(item.plain)}</span>"
            f'{counter}</button><div class="panel collapse" id="panel-{k}">{inner}</div></div>'
        )
        mark = " ✓" if item.docs else ""
        every.append(f"<div class='numeral'><span>{badge}.</span> {_e(item.plain)}{mark}</div>")
        _note(portal, item, f"insignias/{mode}", str(badge), byname)
    buttons = [str(_w("insignias", "all_years")), *(str(y) for y in sorted(years, reverse=True))]
    filters = "".join(f'<button type="button" class="btn-anio">{_e(b)}</button>' for b in buttons)
    main = (
        f"<p class='hero'>{_e(_w('insignias', 'hero'))}</p>{_opening(draw)}"
        f"<div class='filtros'>{filters}</div>"
        f"<h2>{_e(_w('insignias', 'heading'))}</h2><div class='categorias'>{''.join(cards)}</div>"
        f"<aside><p>{_e(_w('insignias', 'sidebar'))}</p><ul>{''.join(side)}</ul></aside>"
    )
    if listed:
        main += (
            f"<details><summary>{_e(_w('insignias', 'all_numerals'))}</summary>"
            f"{''.join(every)}</details>"
        )
    title = _title(draw, today)
    site.put(index, title, main, [(title, "")])
    _home(site, title, index)
    return site.routes


# -- acordeon --------------------------------------------------------------------------------------


def _errors(draw: st.DrawFn, present: Sequence[Item]) -> tuple[dict[int, str], dict[int, int]]:
    """The titles' numbers as typed (a typo, a title copied from the item above) and the items whose
    files sit in a folder named with a wrong number (numeral -> the folder's number)."""
    numerals = [i.numeral for i in present]
    for _ in range(30):
        typed = {n: str(n) for n in numerals}
        for n in draw(st.lists(st.sampled_from(numerals), min_size=1, max_size=4, unique=True)):
            typed[n] = _typo(draw, n)
        copies = draw(st.integers(0, 2))
        for _k in range(copies):
            at = draw(st.integers(1, len(numerals) - 1))
            typed[numerals[at]] = typed[numerals[at - 1]]
        shown = {n: int(t) for n, t in typed.items()}
        with_docs = [i.numeral for i in present if i.docs and shown[i.numeral] == i.numeral]
        folders: dict[int, int] = {}
        if with_docs:
            for n in draw(
                st.lists(st.sampled_from(with_docs), min_size=1, max_size=3, unique=True)
            ):
                wrong = draw(st.sampled_from([n - 1, n + 1, int(_typo(draw, n))]))
                if wrong > 0 and not _confusing({n: wrong}):
                    folders[n] = wrong
        if _fair(shown) or (
            folders and not _confusing(shown) and sum(1 for n, s in shown.items() if n == s) >= 3
        ):
            return typed, folders
    return {n: str(n) for n in numerals}, {}


def _acordeon(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    _describe(draw, items)
    present = _present(items)
    byname = {i.numeral: i for i in present}
    index = draw(st.sampled_from(["/transparencia/informacion-publica/", "/informacion-publica/"]))
    site = _site(draw, today, index)
    title = _title(draw, today)
    typed, folders = _errors(draw, present)
    style = draw(st.sampled_from(["bootstrap", "details"]))
    folder_title = str(draw(st.sampled_from(_w("acordeon", "folder_title"))))
    folder_path = str(draw(st.sampled_from(_w("acordeon", "folder_path"))))
    link_word = str(draw(st.sampled_from(_w("acordeon", "folder_link"))))
    lag = draw(st.integers(1, 12))
    seen = {d.path for i in items for d in i.docs}
    repo, article = _w("acordeon", "breadcrumb")
    parts = []
    for k, item in enumerate(present):
        heading = str(_w("acordeon", "title")).format(n=typed[item.numeral], label=item.plain)
        item.label = heading
        inner = paragraphs(item_words(item))
        wrong = folders.get(item.numeral)
        if wrong is not None:
            slug = _slug(item.plain)[:40]
            folder = folder_path.format(n=wrong, slug=slug)
            _move(item, folder, seen)
            name = folder_title.format(n=wrong, label=item.plain)
            rows = "".join(
                f"<tr><td>{_e(d.name)}</td><td>"
                f"{day_month_year(uploaded(d, today, lag) if d.modified else today)}</td>"
                f'<td><a href="{_e(d.path)}">{_e(_w("acordeon", "download"))}</a></td></tr>'
                for d in item.docs
            )
            site.put(
                folder,
                name,
                f"<table class='archivos'>{rows}</table>",
                [(str(repo), ""), (str(article), index), (name, "")],
            )
            inner += f'<p><a class="btn" href="{_e(folder)}">{_e(link_word)}</a></p>'
            how = f"acordeon/{style}/carpeta={wrong}"
        else:
            inner += _docs_list(item.docs)
            how = f"acordeon/{style}"
        if style == "bootstrap":
            parts.append(
                f'<div class="accordion-item"><h2 class="accordion-header" id="h{k}">'
                f'<button class="accordion-button collapsed" type="button" '
                f'data-bs-toggle="collapse" data-bs-target="#c{k}" aria-expanded="false" '
                f'aria-controls="c{k}">{_e(heading)}</button></h2>'
                f'<div id="c{k}" class="accordion-collapse collapse" data-bs-parent="#acc">'
                f'<div class="accordion-body">{inner}</div></div></div>'
            )
        else:
            parts.append(f"<details><summary>{_e(heading)}</summary>{inner}</details>")
        _note(portal, item, how, typed[item.numeral], byname)
    wrapper = (
        '<div class="accordion" id="acc">{}</div>' if style == "bootstrap" else "<div>{}</div>"
    )
    main = _opening(draw) + wrapper.format("".join(parts))
    site.put(index, title, main, [(title, "")])
    _home(site, title, index)
    return site.routes


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "lista": _lista,
    "tabla": _tabla,
    "insignias": _insignias,
    "acordeon": _acordeon,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 37 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
