"""Thirtieth exam: four portal layouts whose theme is LONG HISTORIES: bodies that have published
their Article 10 information since 2009, so that an item holds hundreds of documents (a monthly
report for every month since 2009, a plan for every year), with the truth of every section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); the item's drawn documents are its NEWEST
ones (they carry the truth) and are served at the generator's addresses. Each item with documents
also gets its OLDER documents, back to a first year drawn per portal (2009-2014) and per item (up
to four years later): one per month for a monthly item, one per year for a yearly item, a few
earlier versions for an item renewed on change whose document names carry a year. They are named
after the item's drawn documents with the period changed, dated as the generator dates documents
(the period's last day; 20 January; 2 March) and served (``/files/NN/<year>/…``), except for a
broken item, whose older files are gone as well (its truth stays broken: nothing opens). An
outdated item's newest document stays its drawn one: the archive only adds older ones, so the item
stays outdated, and an ok item's newest stays current. Items without documents (empty, not
applicable, the municipality's own text) keep their words; missing items are not published. So
the truth is the items' truth everywhere: every document is reachable by a citizen who pages,
opens year folders or follows categories, however long the way. Portals are big: hundreds of
pages and ~1,000-2,000 documents. Wording: ``wording.toml`` (sources there). Layouts:

* ``tabla-historica``: an index of the items' labels leading to one page per item holding a
  "No. | Documento | Fecha de publicación | Descargar" table of every document since the first
  year, oldest first (the newest at the bottom, or on the LAST page) or newest first; on one page,
  or paged 10/12/20/25/50 rows a page (``?pagina=N`` or ``page/N/``) by a full pager
  ("Página 1 2 3 … 18 Siguiente »" with every number), an ellipsis pager (first pages, the
  current page's neighbours, "…", the last) or only "« Anterior" / "Siguiente »" with
  "Página 1 de 18" (the last page reached only by walking every page).
* ``carpetas-anuales``: one page per item listing its years "2009 … 2026" as links in ascending or
  descending order, as tabs, as a year ``<select>`` in a GET form with a "Ver" button, or only the
  last one to three years with an "Años anteriores" / "Archivo histórico" page listing the rest;
  each year page ("Información Pública de Oficio correspondiente al Año 2026") lists the year's
  documents under month headings in calendar or reverse order. In January some items already have
  the new year's folder, still empty ("No hay documentos publicados en este año.").
* ``gestor``: a file manager (document library): a root folder holding one folder per item, each
  holding year folders, a monthly item's years holding month folders ("11 - Noviembre",
  "Noviembre" or "11"), the files at the bottom; listings "Nombre | Tamaño | Modificado" sorted by
  name (so "Abril, Agosto, Diciembre, Enero, …" where months are only named) or by date, newest
  first; folders addressed ``?carpeta=<id>`` or by path. An empty or not-applicable item's folder
  holds its words and "Esta carpeta está vacía.".
* ``blog``: a WordPress-like blog of posts, ten a page newest first over fifteen years ("«
  Entradas anteriores" or numbered pages), one post per item and period ("Ejecución presupuestaria
  – octubre 2026") or one post per month holding every monthly item's document of that month
  under the item's label ("Publicación de información pública de oficio – octubre 2026") beside
  posts of the yearly and other items; a "Categorías" sidebar on every page names one category per
  numeral (the item's label) whose pages list its posts, ten a page. An item without documents has
  one post with its words.
"""

from __future__ import annotations

import datetime as dt
import zlib
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
    MESES,
    WORDING,
    Doc,
    Item,
    Routes,
    _e,
    _last_day,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("tabla-historica", "carpetas-anuales", "gestor", "blog")
EXAM30: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam30 layout shares.
_INNER = {
    "tabla-historica": "joomla",
    "carpetas-anuales": "archive",
    "gestor": "archive",
    "blog": "wordpress",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM30[section][key]["text"]


# -- the site ----------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    today: dt.date
    nav: str = ""
    routes: Routes = field(default_factory=dict)

    def put(
        self,
        path: str,
        title: str,
        body: str,
        crumbs: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        trail = breadcrumb(str(_w("site", "home")), crumbs)
        self.routes[path] = Resource(
            site_page(title, self.name, self.nav, trail, body, str(_w("site", "footer")))
        )


def _site(draw: st.DrawFn, today: dt.date, index: str, title: str) -> _Site:
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    site = _Site(str(_w("site", "name")).format(town=town), today)
    links = [
        (str(_w("site", "home")), "/"),
        (title, index),
        (str(_w("site", "news")), "/noticias/"),
    ]
    site.nav = (
        '<nav class="main-menu"><ul>'
        + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in links)
        + "</ul></nav>"
    )
    return site


def _home(site: _Site, index: str, title: str) -> None:
    """``/`` (it holds ``</main>``: the kit's noise may add a link there)."""
    site.put(
        "/",
        site.name,
        f'<p><a href="{_e(index)}">{_e(title)}</a></p>'
        '<p><a href="/noticias/obra-calle-principal/">Noticias</a></p>',
    )


def _intro() -> str:
    return (
        f"<h2>{_e(str(_w('section', 'office')))}</h2>"
        f"<p>{_e(str(_w('section', 'created')))}</p>"
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f"<p>{_e(str(_w('section', 'request')))}</p>"
    )


# -- the history of an item --------------------------------------------------------------------


def _seen(items: list[Item]) -> set[str]:
    return {doc.path for item in items for doc in item.docs}


def _template(doc: Doc, monthly: bool) -> str | None:
    """``doc``'s name with its period as fields ({year}, {month}, {MONTH}), or None when the name
    does not carry it."""
    assert doc.modified is not None
    name, year = doc.name, str(doc.modified.year)
    at = name.rfind(year)
    if at < 0:
        return None
    name = name[:at] + "{year}" + name[at + len(year) :]
    if not monthly:
        return name
    month = MESES[doc.modified.month - 1]
    for word, key in ((month.upper(), "{MONTH}"), (month, "{month}")):
        at = name.rfind(word)
        if at >= 0:
            return name[:at] + key + name[at + len(word) :]
    return None


def _named(template: str, year: int, month: int = 1) -> str:
    word = MESES[month - 1]
    return (
        template.replace("{year}", str(year))
        .replace("{MONTH}", word.upper())
        .replace("{month}", word)
    )


def _history(item: Item, first: int, draw: st.DrawFn, seen: set[str]) -> list[Doc]:
    """The item's documents older than its drawn ones, back to ``first`` (oldest first); kept in
    ``item.archive`` (the kit's noise serves the ok ones)."""
    dated = [d for d in item.docs if d.modified is not None]
    if not dated or item.truth not in ("ok", "outdated", "broken"):
        return []
    rhythm = item_rhythm(item)
    oldest = min(dated, key=lambda d: d.modified or dt.date.min)
    assert oldest.modified is not None
    template = _template(oldest, rhythm == "monthly")
    if template is None:
        return []
    ok = item.truth != "broken"
    prefix = f"/files/{item.numeral:02d}"
    out: list[Doc] = []
    if rhythm == "monthly":
        index = oldest.modified.year * 12 + oldest.modified.month - 1
        for at in range(first * 12, index):
            year, month = divmod(at, 12)
            name = _named(template, year, month + 1)
            path = unique(f"{prefix}/{year}/{_slug(name)[:50]}.pdf", seen)
            out.append(Doc(name, path, ok, _last_day(year, month + 1)))
    elif rhythm == "yearly":
        for year in range(first, oldest.modified.year):
            name = _named(template, year)
            path = unique(f"{prefix}/{year}/{_slug(name)[:50]}.pdf", seen)
            out.append(Doc(name, path, ok, dt.date(year, 1, 20)))
    else:
        years = list(range(first, oldest.modified.year))
        chosen = draw(st.lists(st.sampled_from(years), max_size=4, unique=True)) if years else []
        for year in sorted(chosen):
            name = _named(template, year)
            path = unique(f"{prefix}/{year}/{_slug(name)[:50]}.pdf", seen)
            out.append(Doc(name, path, ok, dt.date(year, 3, 2)))
    item.archive = [
        (d.modified.year, d.modified.month if rhythm == "monthly" else None, [d])
        for d in out
        if d.modified is not None
    ]
    return out


def _when(doc: Doc) -> dt.date:
    return doc.modified or dt.date.min


def _timeline(item: Item, history: list[Doc]) -> list[Doc]:
    """Every document of the item, oldest first."""
    return sorted([*history, *item.docs], key=_when)


def _histories(
    items: list[Item], draw: st.DrawFn, today: dt.date
) -> tuple[int, dict[int, list[Doc]]]:
    """The portal's first year and every item's older documents."""
    first = draw(st.integers(2009, 2014))
    seen = _seen(items)
    out = {}
    for item in items:
        start = min(first + draw(st.integers(0, 4)), today.year - 2)
        out[item.numeral] = _history(item, start, draw, seen)
    return first, out


def _size(doc: Doc) -> str:
    kb = 90 + zlib.crc32(doc.path.encode()) % 4000
    return f"{kb} KB" if kb < 1024 else f"{kb / 1024:.1f} MB".replace(".", ",")


def _note(item: Item, how: str, docs: int) -> str:
    return f"{how}/{item_rhythm(item)}/docs={docs} truth={item.truth}"


def _words(item: Item) -> str:
    return paragraphs(item_words(item))


# -- tabla-historica ---------------------------------------------------------------------------


def _pager(
    kind: str, number: int, total: int, address: Callable[[int], str], window: int = 2
) -> str:
    """The pager under page ``number`` of ``total``."""
    if total <= 1:
        return ""
    page, nxt, prev = _w("tabla", "page"), _w("tabla", "next"), _w("tabla", "previous")
    parts: list[str] = []
    if number > 1:
        parts.append(f'<a class="prev" href="{_e(address(number - 1))}">{_e(prev)}</a>')
    if kind == "siguiente":
        parts.append(f"<span>{_e(str(_w('tabla', 'of')).format(n=number, total=total))}</span>")
    else:
        parts.append(f"<span>{_e(page)}</span>")
        shown = list(range(1, total + 1))
        if kind == "elipsis":
            keep = {1, 2, 3, total, *range(number - window, number + window + 1)}
            shown = [n for n in shown if n in keep]
        last = 0
        for n in shown:
            if n - last > 1:
                parts.append("<span>…</span>")
            if n == number:
                parts.append(f'<span class="current">{n}</span>')
            else:
                parts.append(f'<a href="{_e(address(n))}">{n}</a>')
            last = n
    if number < total:
        parts.append(f'<a class="next" href="{_e(address(number + 1))}">{_e(nxt)}</a>')
    return f'<nav class="paginacion">{" ".join(parts)}</nav>'


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    title = str(draw(st.sampled_from(_w("section", "titles"))))
    index = draw(st.sampled_from(["/informacion-publica-de-oficio/", "/index.php/articulo-10/"]))
    site = _site(draw, today, index, title)
    _first, histories = _histories(items, draw, today)
    newest_first = draw(st.booleans())
    per_page = draw(st.sampled_from([0, 10, 12, 20, 25, 50]))
    kind = draw(st.sampled_from(["completo", "elipsis", "siguiente"]))
    query = draw(st.booleans())
    link_word = draw(st.sampled_from([*_w("tabla", "links"), ""]))
    lag = draw(st.integers(3, 20))
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w("tabla", "headers"))
    how = (
        f"tabla/{'recientes' if newest_first else 'antiguos'}-primero/"
        f"por-pagina={per_page or 'todo'}/{kind}/{'query' if query else 'path'}"
    )
    links = []
    for item in _present(items):
        base = f"{index}{item.numeral:02d}-{_slug(item.plain)[:30]}/"
        links.append(f'<li><a href="{_e(base)}">{_e(item.label)}</a></li>')
        docs = _timeline(item, histories[item.numeral])
        if newest_first:
            docs.reverse()
        rows = []
        for number, doc in enumerate(docs, 1):
            day = uploaded(doc, today, lag)
            text = link_word or doc.name
            rows.append(
                f"<tr><td>{number}</td><td>{_e(doc.name)}</td><td>{day_month_year(day)}</td>"
                f'<td><a href="{_e(doc.path)}" target="_blank">{_e(text)}</a></td></tr>'
            )
        size = per_page or max(1, len(rows))
        chunks = [rows[i : i + size] for i in range(0, len(rows), size)] or [[]]

        def address(n: int, base: str = base) -> str:
            if n == 1:
                return base
            return f"{base}?pagina={n}" if query else f"{base}page/{n}/"

        for number, chunk in enumerate(chunks, 1):
            table = (
                f"<table class='documentos'><thead><tr>{heads}</tr></thead>"
                f"<tbody>{''.join(chunk)}</tbody></table>"
                if chunk
                else ""
            )
            body = _words(item) + table + _pager(kind, number, len(chunks), address)
            site.put(address(number), item.label, body, [(title, index), (item.label, "")])
        portal.notes[item.numeral] = _note(item, f"{how}/paginas={len(chunks)}", len(docs))
    for item in items:
        portal.notes.setdefault(item.numeral, _note(item, how, 0))
    site.put(index, title, _intro() + f"<ul class='numerales'>{''.join(links)}</ul>", [(title, "")])
    _home(site, index, title)
    return site.routes


# -- carpetas-anuales --------------------------------------------------------------------------


def _carpetas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    title = str(draw(st.sampled_from(_w("section", "titles"))))
    index = draw(st.sampled_from(["/transparencia/", "/informacion-publica/"]))
    site = _site(draw, today, index, title)
    _first, histories = _histories(items, draw, today)
    style = draw(st.sampled_from(["asc", "desc", "tabs", "select", "anteriores"]))
    months_desc = draw(st.booleans())
    older_word = str(draw(st.sampled_from(_w("carpetas", "older"))))
    recent = draw(st.integers(1, 3))
    year_title = draw(st.booleans())
    lag = draw(st.integers(3, 20))
    how = f"carpetas/{style}/meses-{'desc' if months_desc else 'asc'}"
    links = []
    for item in _present(items):
        base = f"{index}{_slug(item.plain)[:30]}-{item.numeral}/"
        links.append(f'<li><a href="{_e(base)}">{_e(item.label)}</a></li>')
        docs = _timeline(item, histories[item.numeral])
        monthly = item_rhythm(item) == "monthly"
        by_year: dict[int, list[Doc]] = {}
        for doc in docs:
            by_year.setdefault(_when(doc).year, []).append(doc)
        empty_year = bool(docs) and today.month == 1 and today.year not in by_year
        if empty_year and item_rhythm(item) != "on_change" and draw(st.booleans()):
            by_year[today.year] = []
        else:
            empty_year = False
        years = sorted(by_year, reverse=style != "asc")

        def year_path(year: int, base: str = base) -> str:
            return f"{base}?anio={year}" if style == "select" else f"{base}{year}/"

        crumbs = [(title, index), (item.label, base)]
        for year in years:
            parts = []
            chunk = by_year[year]
            if monthly:
                months: dict[int, list[Doc]] = {}
                for doc in chunk:
                    months.setdefault(_when(doc).month, []).append(doc)
                for month in sorted(months, reverse=months_desc):
                    lis = "".join(
                        f'<li><a href="{_e(d.path)}">{_e(d.name)}</a> '
                        f"({day_month_year(uploaded(d, today, lag))})</li>"
                        for d in months[month]
                    )
                    parts.append(f"<h3>{_e(MESES[month - 1])}</h3><ul>{lis}</ul>")
            elif chunk:
                ordered = sorted(chunk, key=_when, reverse=months_desc)
                lis = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in ordered)
                parts.append(f"<ul>{lis}</ul>")
            if not chunk:
                parts.append(f"<p>{_e(str(_w('carpetas', 'none')))}</p>")
            heading = (
                str(_w("section", "year_title")).format(year=year) if year_title else str(year)
            )
            site.put(
                year_path(year),
                heading,
                f"<h2>{_e(item.label)}</h2>" + "".join(parts),
                [*crumbs, (str(year), "")],
            )
        page = _words(item)
        if years:
            page += _year_nav(style, years, year_path, base, older_word, recent)
        if style == "anteriores" and len(years) > recent:
            older = years[recent:]
            lis = "".join(f'<li><a href="{_e(year_path(y))}">{y}</a></li>' for y in older)
            site.put(
                f"{base}anteriores/",
                older_word,
                f"<h2>{_e(item.label)}</h2><ul class='anios'>{lis}</ul>",
                [*crumbs, (older_word, "")],
            )
        site.put(base, item.label, page, [(title, index), (item.label, "")])
        note = f"{how}/anios={len(years)}{'/anio-nuevo-vacio' if empty_year else ''}"
        portal.notes[item.numeral] = _note(item, note, len(docs))
    for item in items:
        portal.notes.setdefault(item.numeral, _note(item, how, 0))
    site.put(index, title, _intro() + f"<ul class='numerales'>{''.join(links)}</ul>", [(title, "")])
    _home(site, index, title)
    return site.routes


def _year_nav(
    style: str,
    years: list[int],
    year_path: Callable[[int], str],
    base: str,
    older_word: str,
    recent: int,
) -> str:
    label = _e(str(_w("carpetas", "years")))
    if style in ("asc", "desc"):
        lis = "".join(f'<li><a href="{_e(year_path(y))}">{y}</a></li>' for y in years)
        return f"<h3>{label}</h3><ul class='anios'>{lis}</ul>"
    if style == "tabs":
        lis = "".join(
            f'<li class="nav-item"><a class="nav-link{" active" if i == 0 else ""}" '
            f'href="{_e(year_path(y))}">{y}</a></li>'
            for i, y in enumerate(years)
        )
        return f'<ul class="nav nav-tabs" role="tablist">{lis}</ul>'
    if style == "select":
        options = "".join(f'<option value="{y}">{y}</option>' for y in years)
        return (
            f'<form method="get" action="{_e(base)}"><label for="anio">'
            f"{_e(str(_w('carpetas', 'choose')))}</label> "
            f'<select name="anio" id="anio">{options}</select> '
            f'<button type="submit">{_e(str(_w("carpetas", "go")))}</button></form>'
        )
    shown = years[:recent]
    lis = "".join(f'<li><a href="{_e(year_path(y))}">{y}</a></li>' for y in shown)
    more = ""
    if len(years) > recent:
        more = f'<p><a href="{_e(base)}anteriores/">{_e(older_word)}</a></p>'
    return f"<h3>{label}</h3><ul class='anios'>{lis}</ul>{more}"


# -- gestor ------------------------------------------------------------------------------------


@dataclass
class _Folder:
    name: str
    path: str
    modified: dt.date
    folders: list[_Folder] = field(default_factory=list)
    files: list[Doc] = field(default_factory=list)
    words: str = ""


def _gestor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    title = str(draw(st.sampled_from(_w("gestor", "titles"))))
    root_path = draw(st.sampled_from(["/documentos/", "/archivos/transparencia/"]))
    site = _site(draw, today, root_path, title)
    _first, histories = _histories(items, draw, today)
    by_id = draw(st.booleans())
    sort = draw(st.sampled_from(["nombre", "nombre", "fecha"]))
    month_names = draw(st.sampled_from(["numero-nombre", "nombre", "numero"]))
    file_names = draw(st.booleans())
    lag = draw(st.integers(3, 20))
    counter = [draw(st.integers(10, 900))]
    how = f"gestor/{'id' if by_id else 'ruta'}/orden={sort}/meses={month_names}"

    def path_of(parent: str, slug: str) -> str:
        if by_id:
            counter[0] += 1
            return f"{root_path}?carpeta={counter[0]}"
        return f"{parent}{slug}/"

    root = _Folder(title, root_path, today)
    for item in _present(items):
        docs = _timeline(item, histories[item.numeral])
        newest = max((uploaded(d, today, lag) for d in docs), default=today)
        folder = _Folder(
            item.label, path_of(root_path, _slug(item.label)[:40]), newest, words=_words(item)
        )
        root.folders.append(folder)
        rhythm = item_rhythm(item)
        if rhythm == "on_change":
            folder.files = docs
        by_year: dict[int, list[Doc]] = {}
        for doc in docs if rhythm != "on_change" else []:
            by_year.setdefault(_when(doc).year, []).append(doc)
        for year, chunk in by_year.items():
            last = max(uploaded(d, today, lag) for d in chunk)
            year_folder = _Folder(str(year), path_of(folder.path, str(year)), last)
            folder.folders.append(year_folder)
            if rhythm != "monthly":
                year_folder.files = chunk
                continue
            months: dict[int, list[Doc]] = {}
            for doc in chunk:
                months.setdefault(_when(doc).month, []).append(doc)
            for month, files in months.items():
                word = MESES[month - 1]
                name = {
                    "numero-nombre": f"{month:02d} - {word}",
                    "nombre": word,
                    "numero": f"{month:02d}",
                }[month_names]
                month_folder = _Folder(
                    name,
                    path_of(year_folder.path, f"{month:02d}-{_slug(word)}"),
                    max(uploaded(d, today, lag) for d in files),
                    files=files,
                )
                year_folder.folders.append(month_folder)
        portal.notes[item.numeral] = _note(item, how, len(docs))
    for item in items:
        portal.notes.setdefault(item.numeral, _note(item, how, 0))
    _put_folder(site, root, [], sort, file_names, today, lag)
    _home(site, root_path, title)
    return site.routes


def _put_folder(
    site: _Site,
    folder: _Folder,
    trail: list[tuple[str, str]],
    sort: str,
    file_names: bool,
    today: dt.date,
    lag: int,
) -> None:
    crumbs = [*trail, (folder.name, "")]
    if sort == "nombre":
        folders = sorted(folder.folders, key=lambda f: f.name.lower())
        files = sorted(folder.files, key=lambda d: d.name.lower())
    else:
        folders = sorted(folder.folders, key=lambda f: f.modified, reverse=True)
        files = sorted(folder.files, key=_when, reverse=True)
    kind = _e(str(_w("gestor", "folder")))
    rows = []
    if trail:
        rows.append(
            f'<tr class="up"><td colspan="3"><a href="{_e(trail[-1][1])}">'
            f"{_e(str(_w('gestor', 'up')))}</a></td></tr>"
        )
    for sub in folders:
        rows.append(
            f'<tr class="carpeta"><td><span class="icono-carpeta" title="{kind}"></span> '
            f'<a href="{_e(sub.path)}">{_e(sub.name)}</a></td><td>{kind}</td>'
            f"<td>{day_month_year(sub.modified)}</td></tr>"
        )
    for doc in files:
        text = file_stem(doc.name) + ".pdf" if file_names else doc.name
        rows.append(
            f'<tr class="archivo"><td><span class="icono-pdf"></span> '
            f'<a href="{_e(doc.path)}">{_e(text)}</a></td><td>{_size(doc)}</td>'
            f"<td>{day_month_year(uploaded(doc, today, lag))}</td></tr>"
        )
    heads = "".join(f"<th>{_e(h)}</th>" for h in _w("gestor", "columns"))
    body = folder.words
    if folders or files:
        body += (
            f"<table class='gestor-archivos'><thead><tr>{heads}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    else:
        body += (
            f"<table class='gestor-archivos'><tbody>{''.join(rows)}</tbody></table>"
            f"<p class='vacia'>{_e(str(_w('gestor', 'empty')))}</p>"
        )
    site.put(folder.path, folder.name, body, crumbs)
    for sub in folder.folders:
        _put_folder(site, sub, [*trail, (folder.name, folder.path)], sort, file_names, today, lag)


# -- blog --------------------------------------------------------------------------------------


@dataclass
class _Post:
    title: str
    day: dt.date
    numerals: list[int]
    body: str
    path: str = ""


def _blog(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    title = str(_w("blog", "blog"))
    index = draw(st.sampled_from(["/publicaciones/", "/informacion-publica/", "/blog/"]))
    site = _site(draw, today, index, title)
    _first, histories = _histories(items, draw, today)
    monthly_posts = draw(st.booleans())
    per_item = str(draw(st.sampled_from(_w("blog", "per_item"))))
    numbered = draw(st.booleans())
    lag = draw(st.integers(3, 20))
    pages = "numeros" if numbered else "entradas"
    how = f"blog/{'mensual' if monthly_posts else 'por-numeral'}/{pages}"
    present = _present(items)
    category = {item.numeral: f"/category/numeral-{item.numeral}/" for item in present}
    posts: list[_Post] = []
    grouped: dict[tuple[int, int], list[tuple[Item, Doc]]] = {}
    for item in present:
        docs = _timeline(item, histories[item.numeral])
        rhythm = item_rhythm(item)
        portal.notes[item.numeral] = _note(item, how, len(docs))
        if not docs:
            day = today - dt.timedelta(days=draw(st.integers(20, 900)))
            posts.append(_Post(item.label, day, [item.numeral], _words(item)))
            continue
        for doc in docs:
            day = uploaded(doc, today, lag)
            when = _when(doc)
            link = f'<p><a href="{_e(doc.path)}">{_e(doc.name)}</a></p>'
            if rhythm == "monthly" and monthly_posts:
                grouped.setdefault((when.year, when.month), []).append((item, doc))
                continue
            if rhythm == "monthly":
                heading = per_item.format(
                    label=item.plain, mes=MESES[when.month - 1].lower(), year=when.year
                )
            elif rhythm == "yearly":
                heading = str(_w("blog", "per_item_year")).format(label=item.plain, year=when.year)
            else:
                heading = doc.name
            posts.append(_Post(heading, day, [item.numeral], _words(item) + link))
    for (year, month), entries in grouped.items():
        heading = str(_w("blog", "monthly")).format(mes=MESES[month - 1].lower(), year=year)
        day = max(uploaded(doc, today, lag) for _i, doc in entries)
        body = "".join(
            f"<h3>{_e(item.label)}</h3>"
            f'<ul><li><a href="{_e(doc.path)}">{_e(doc.name)}</a></li></ul>'
            for item, doc in sorted(entries, key=lambda e: e[0].numeral)
        )
        posts.append(_Post(heading, day, sorted({i.numeral for i, _d in entries}), body))
    posts.sort(key=lambda p: (p.day, p.title), reverse=True)
    seen: set[str] = set()
    for post in posts:
        d = post.day
        post.path = unique(f"/{d.year}/{d.month:02d}/{d.day:02d}/{_slug(post.title)[:60]}/", seen)
    labels = {item.numeral: item.label for item in present}
    sidebar = (
        f'<aside class="widget widget_categories"><h2>{_e(str(_w("blog", "categories")))}</h2><ul>'
        + "".join(
            f'<li><a href="{_e(category[n])}">{_e(labels[n])}</a></li>' for n in sorted(category)
        )
        + "</ul></aside>"
    )
    for post in posts:
        cats = ", ".join(f'<a href="{_e(category[n])}">{_e(labels[n])}</a>' for n in post.numerals)
        meta = str(_w("blog", "published")).format(
            d=post.day.day, mes=MESES[post.day.month - 1].lower(), yyyy=post.day.year
        )
        body = (
            f"<p class='entry-meta'>{_e(meta)}</p>{post.body}"
            f"<p class='cat-links'>{_e(str(_w('blog', 'category')).format(name=''))}{cats}</p>"
            + sidebar
        )
        site.put(post.path, post.title, body, [(title, index), (post.title, "")])
    _listing(site, index, title, posts, numbered, sidebar, [(title, "")])
    for n, path in category.items():
        mine = [p for p in posts if n in p.numerals]
        _listing(site, path, labels[n], mine, numbered, sidebar, [(title, index), (labels[n], "")])
    for item in items:
        portal.notes.setdefault(item.numeral, _note(item, how, 0))
    _home(site, index, title)
    return site.routes


def _listing(
    site: _Site,
    base: str,
    title: str,
    posts: list[_Post],
    numbered: bool,
    sidebar: str,
    crumbs: list[tuple[str, str]],
) -> None:
    """``posts`` ten a page, newest first, at ``base`` and ``base``page/N/."""
    chunks = [posts[i : i + 10] for i in range(0, len(posts), 10)] or [[]]

    def address(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    more = str(_w("blog", "more"))
    for number, chunk in enumerate(chunks, 1):
        articles = "".join(
            f'<article class="post"><h2 class="entry-title"><a href="{_e(p.path)}">'
            f"{_e(p.title)}</a></h2><p class='entry-meta'>{day_month_year(p.day)}</p>"
            f'<p><a class="more-link" href="{_e(p.path)}">{_e(more)}</a></p></article>'
            for p in chunk
        )
        if numbered:
            nav = _pager("elipsis", number, len(chunks), address, window=1)
        else:
            links = []
            if number < len(chunks):
                links.append(
                    f'<a class="next" href="{_e(address(number + 1))}">'
                    f"{_e(str(_w('blog', 'older')))}</a>"
                )
            if number > 1:
                links.append(
                    f'<a class="prev" href="{_e(address(number - 1))}">'
                    f"{_e(str(_w('blog', 'newer')))}</a>"
                )
            nav = f'<nav class="navigation posts-navigation">{" ".join(links)}</nav>'
        site.put(address(number), title, articles + nav + sidebar, crumbs)


# -- the strategy ------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "tabla-historica": _tabla,
    "carpetas-anuales": _carpetas,
    "gestor": _gestor,
    "blog": _blog,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 30 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
