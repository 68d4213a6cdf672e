"""Fifth exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first four exams'. Wording and structure: ``wording.toml`` here (sources
there). Layouts:

* ``anual``: a ministry's WordPress posts, one per year (``/?p=72143``, "2026 | INFORMACIÓN
  PÚBLICA DE OFICIO", as the Ministerio de Energía y Minas publishes them) hanging from a hub of
  year links; each post lists the numerals with that year's documents, a document printed as its
  name followed by a link whose text is only "(PDF, 1,2 MB)" (or the name itself).
* ``iconos``: one table "Numeral | Descripción | Descarga" under the information office's page;
  the download cell holds only icons (``<img alt="pdf">`` or the Material ligature
  "file_download"), the document's name only in the link's ``title`` and its file name.
* ``anclas``: one long page (law principles, objects, links to the law) with an on-page table of
  contents of anchor links "Artículo 10 Numeral 8" → ``#numeral-8`` and the sections after it,
  each ending in "Volver al índice".
* ``fichas``: a CMS of records ``/transparencia/ficha.php?id=N`` (ids unrelated to the numeral),
  each a definition list of fields: Numeral, Descripción, Unidad responsable, Periodicidad,
  "Fecha de última modificación (dd/mm/aaaa)", "Enlace a la publicación o archivo".
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
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
    _home,
    _page,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("anual", "iconos", "anclas", "fichas")
EXAM5 = wording(__file__)
# Which generated layout's truth conventions an exam5 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * anual: "lines" — lines naming a numeral followed by their documents; own text allowed.
# * iconos: "table" — one table, the number in its own column (bare labels allowed); no own text.
# * anclas: "wordpress" — one page, a heading per item (bare labels allowed), own text allowed.
# * fichas: "joomla" — one page per numeral titled with its number, the law's wording on it.
_INNER = {"anual": "lines", "iconos": "table", "anclas": "wordpress", "fichas": "joomla"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _size(draw: st.DrawFn) -> str:
    kb = draw(st.integers(60, 9_000))
    return f"{kb / 1000:.1f} MB".replace(".", ",") if kb >= 1000 else f"{kb} KB"


# -- anual (MEM: one WordPress post per year) ----------------------------------------------------


def _anual(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM5["anual"]
    seen: set[str] = set()
    size_links = draw(st.booleans())  # link text "(PDF, 1,2 MB)" after the name, or the name
    present = _present(items)
    years = sorted({d.modified.year for i in present for d in i.docs if d.modified} | {today.year})
    years.reverse()
    post_ids = {year: 72143 - 389 * i for i, year in enumerate(years)}
    sections: dict[int, list[str]] = {year: [] for year in years}
    for item in present:
        by_year: dict[int, list[Doc]] = {}
        for doc in item.docs:
            assert doc.modified is not None
            by_year.setdefault(doc.modified.year, []).append(doc)
        shown = sorted(by_year, reverse=True) or [today.year]
        for number, year in enumerate(shown):
            lines = []
            for doc in by_year.get(year, []):
                up = uploaded(doc, today, draw(st.integers(3, 20)))
                doc.path = unique(
                    f"/wp-content/uploads/{up.year}/{up.month:02d}/{_slug(doc.name)[:60]}.pdf",
                    seen,
                )
                size = _size(draw)
                if size_links:
                    lines.append(
                        f'<li>{_e(doc.name)} <a href="{_e(doc.path)}" target="_blank">'
                        f"(PDF, {size})</a></li>"
                    )
                else:
                    lines.append(
                        f'<li><a href="{_e(doc.path)}" target="_blank">{_e(doc.name)}</a> '
                        f"<small>({size})</small></li>"
                    )
            said = "".join(f"<p>{_e(w)}</p>" for w in item_words(item)) if number == 0 else ""
            docs = f"<ul>{''.join(lines)}</ul>" if lines else ""
            sections[year].append(f"<p><strong>{_e(item.label)}</strong></p>{said}{docs}")
        portal.notes[item.numeral] = f"anual/years={shown}/size_links={size_links}"
    hub_links = []
    for year in years:
        path = f"/?p={post_ids[year]}"
        title = words["post_title"]["text"].format(year=year)
        posted = dt.date(year, 1, 15) if year < today.year else min(today, dt.date(year, 1, 15))
        stamp = words["posted"]["text"].format(
            day=posted.day, month=MESES[posted.month - 1].lower(), year=posted.year
        )
        body = (
            f'<article class="post type-post"><p class="entry-meta"><time datetime="'
            f'{posted.isoformat()}">{_e(stamp)}</time></p>'
            f'<div class="entry-content"><h2>{_e(words["portal"]["text"])}</h2>'
            f"<p>{_e(words['intro']['text'])}</p><h3>{_e(words['decree']['text'])}</h3>"
            f"<h4>{_e(words['article']['text'])}</h4>{''.join(sections[year])}</div></article>"
        )
        routes[path] = Resource(_page(title, body, today=today))
        hub_links.append(f'<li><a href="{path}">{_e(title)}</a></li>')
    hub = "/?page_id=715"
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="anios">{"".join(hub_links)}</ul>'
    )
    routes[hub] = Resource(_page(words["hub_title"]["text"], body, today=today))
    _home(routes, hub, words["hub_title"]["text"])
    return routes


# -- iconos (one table whose download cell holds only icons) -------------------------------------


def _iconos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM5["iconos"]
    seen: set[str] = set()
    ligature = draw(st.booleans())  # Material icon "file_download", or <img alt="pdf">
    head = "".join(f"<th>{_e(h['text'])}</th>" for h in words["headers"])
    rows = []
    for item in _present(items):
        name = item.plain if draw(st.booleans()) else item.label
        icons = []
        for doc in item.docs:
            doc.path = unique(
                f"/archivos/transparencia/{item.numeral:02d}/{_slug(doc.name)[:60]}.pdf", seen
            )
            icon = (
                f'<i class="material-icons">{_e(words["icon_ligature"]["text"])}</i>'
                if ligature
                else '<img src="/images/iconos/pdf.png" alt="pdf" width="28" height="28">'
            )
            icons.append(
                f'<a href="{_e(doc.path)}" title="{_e(doc.name)}" target="_blank">{icon}</a>'
            )
        said = [w for w in item_words(item) if w != item.phrase]
        small = "".join(f"<br><small>{_e(w)}</small>" for w in said)
        cell = " ".join(icons) if icons else _e(item.phrase)
        rows.append(
            f"<tr><td>{item.numeral}</td><td>{_e(name)}{small}</td>"
            f'<td class="descarga">{cell}</td></tr>'
        )
        portal.notes[item.numeral] = f"iconos/ligature={ligature}/{len(icons)} icons"
    functions = "".join(f"<li>{_e(f['text'])}</li>" for f in words["functions"])
    body = (
        f"<p>{_e(words['intro']['text'])}</p><p>{_e(words['coordinator']['text'])}</p>"
        f"<p>{_e(words['functions_title']['text'])}</p><ul>{functions}</ul>"
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<table class="table table-bordered"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    path = "/unidad/"
    routes[path] = Resource(_page(words["title"]["text"], body, today=today))
    _home(routes, path, words["title"]["text"])
    return routes


# -- anclas (one long page, table of contents of anchor links) -----------------------------------


def _anclas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM5["anclas"]
    seen: set[str] = set()
    heading = draw(st.sampled_from(["h3", "h4", "strong"]))
    size_links = draw(st.booleans())
    toc, parts = [], []
    for item in _present(items):
        anchor = f"numeral-{item.numeral}"
        toc.append(
            f'<li><a href="#{anchor}">{_e(words["toc_entry"]["text"].format(n=item.numeral))}'
            "</a></li>"
        )
        lines = []
        for doc in item.docs:
            doc.path = unique(f"/documentos/laip/{_slug(doc.name)[:60]}.pdf", seen)
            size = _size(draw)
            if size_links:
                lines.append(f'<li>{_e(doc.name)} <a href="{_e(doc.path)}">(PDF, {size})</a></li>')
            else:
                lines.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a> ({size})</li>')
        title = (
            f"<p><strong>{_e(item.label)}</strong></p>"
            if heading == "strong"
            else f"<{heading}>{_e(item.label)}</{heading}>"
        )
        said = "".join(f"<p>{_e(w)}</p>" for w in item_words(item))
        docs = f"<ul>{''.join(lines)}</ul>" if lines else ""
        parts.append(
            f'<section id="{anchor}" class="numeral">{title}{said}{docs}'
            f'<p class="volver"><a href="#indice">{_e(words["back"]["text"])}</a></p></section>'
        )
        portal.notes[item.numeral] = f"anclas/{heading}/size_links={size_links}"
    principles = "".join(f"<li>{_e(p['text'])}</li>" for p in words["principles"])
    objects = "".join(f"<li>{_e(o['text'])}</li>" for o in words["objects"])
    law_links = []
    for i, law in enumerate(words["law_links"]):
        path = f"/wp-content/uploads/2019/0{i + 3}/{_slug(law['text'])}.pdf"
        routes[path] = Resource(
            b"%PDF-1.4 ley " + b" " * 200,
            content_type="application/pdf",
            last_modified=dt.datetime(2019, i + 3, 4, 12).timestamp(),
        )
        law_links.append(f'<p><a href="{path}">{_e(law["text"])}</a></p>')
    body = (
        f"<h2>{_e(words['principles_title']['text'])}</h2><ol>{principles}</ol>"
        f"<h2>{_e(words['object_title']['text'])}</h2><ol>{objects}</ol>{''.join(law_links)}"
        f'<h2 id="indice">{_e(words["index_title"]["text"])}</h2>'
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="indice">{"".join(toc)}</ul>{"".join(parts)}'
    )
    path = "/informacion-publica-de-oficio/"
    routes[path] = Resource(_page(words["title"]["text"], body, today=today))
    _home(routes, path, words["title"]["text"])
    return routes


# -- fichas (a record per item, fields in a definition list) -------------------------------------


def _fichas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM5["fichas"]
    seen: set[str] = set()
    ids = draw(st.permutations(list(range(31, 60))))
    units = [u["text"] for u in words["units"]]
    links = []
    for item in _present(items):
        record = ids[item.numeral - 1]
        path = f"/transparencia/ficha.php?id={record}"
        files = []
        newest: dt.date | None = None
        for doc in item.docs:
            up = uploaded(doc, today, draw(st.integers(2, 25)))
            newest = max(newest, up) if newest else up
            doc.path = unique(f"/transparencia/archivos/{record}/{_slug(doc.name)[:60]}.pdf", seen)
            files.append(
                f'<li><span class="nombre">{_e(doc.name)}</span> <a class="btn" href='
                f'"{_e(doc.path)}">{_e(words["download"]["text"])} (PDF, {_size(draw)})</a></li>'
            )
        if newest is None:
            newest = today - dt.timedelta(days=draw(st.integers(20, 500)))
        rhythm = words["rhythms"][ITEMS[item.numeral]["rhythm"]]
        description = item.law_text or item.plain
        fields = [
            (words["field_numeral"]["text"], f"Artículo 10, numeral {item.numeral}"),
            (words["field_description"]["text"], _e(description)),
            (words["field_unit"]["text"], _e(draw(st.sampled_from(units)))),
            (words["field_rhythm"]["text"], _e(rhythm)),
            (words["field_updated"]["text"], day_month_year(newest)),
        ]
        if item.own_text:
            fields.append((words["field_content"]["text"], _e(item.own_text)))
        fields.append(
            (
                words["field_files"]["text"],
                f"<ul>{''.join(files)}</ul>" if files else _e(item.phrase),
            )
        )
        if item.updated:
            fields.append((words["field_notes"]["text"], _e(item.updated)))
        dl = "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in fields)
        body = '<nav class="breadcrumb"><a href="/transparencia/">Transparencia</a></nav>'
        body += f'<dl class="ficha">{dl}</dl>'
        routes[path] = Resource(_page(item.label, body, today=today))
        links.append(
            f'<tr><td>{_e(item.label)}</td><td><a href="{path}">{_e(words["see"]["text"])}'
            "</a></td></tr>"
        )
        portal.notes[item.numeral] = f"fichas/id={record}/{len(files)} files"
    index = "/transparencia/"
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<table class="fichas">{"".join(links)}</table>'
    )
    routes[index] = Resource(_page(words["index_title"]["text"], body, today=today))
    _home(routes, index, words["index_title"]["text"])
    return routes


_BUILDERS = {"anual": _anual, "iconos": _iconos, "anclas": _anclas, "fichas": _fichas}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 5 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


snippet = kit_snippet
