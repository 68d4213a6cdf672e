"""Sixth exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first five exams'. Wording and structure: ``wording.toml`` here (sources
there; none of them Guatemalan, the shapes are El Salvador's, Ecuador's and Mexico's). Layouts:

* ``oficiosa``: El Salvador's Portal de Transparencia: an "Información oficiosa" index of
  categories (one per numeral) → a category page: the law's wording as its description, "Se
  recomienda hacer uso de los filtros o el buscador…", a GET filter form, then server-rendered
  results, each an icon-only download link (``<img alt="Icon download small gray">``) to an
  extension-less endpoint ``/documents/<id>/download`` (file name only in Content-Disposition),
  "pdf | 2 MB", the document's description, "Año: 2026", "Vigente", "Creación: dd/mm/aaaa",
  "Actualización: dd/mm/aaaa" (in some portals one bulk date on every record); items without
  documents get a "Nota(s) aclaratoria(s)" block.
* ``periodos``: an Ecuadorian ministry's transparency tree, PERIOD FIRST: "+Transparencia 2026" →
  "+Enero" → "+Artículo 10" → "+4-Informes-mensuales-de-ejecucion" (the numeral's name as a
  hyphenated slug, or its label) → the documents of that month, linked by their FILE NAMES
  ("Numeral_4-Informes_mensuales_Enero_2026.PDF"); a numeral repeats under every month it has
  documents for; items without documents sit under the newest month.
* ``fracciones``: a Mexican municipality's single page: each numeral printed as the LAW'S TEXT
  with its number (or its label), "Periodo de actualización", "Fecha de actualización", "Fecha
  de validación" (in some portals one quarter-end date for every numeral), "Área responsable" and
  one "Descarga de archivo" link per document; in some portals files are named only by codes
  ("Art.10-num4-NOV26.pdf").
* ``vigencia``: a ColdFusion list "Art.10 Información Pública de Oficio" of numerals linking to
  ``infoficio.cfm?fr=N``, some followed by 'Fecha de actualización: "Información vigente de
  enero a octubre 2026"' and "Responsable: Lic. …"; the numeral page holds its words and a table
  "Periodo | Documento".
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
    paragraphs as _paragraphs,
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
    _no_accents,
    _page,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("oficiosa", "periodos", "fracciones", "vigencia")
EXAM6 = wording(__file__)
# Which generated layout's truth conventions an exam6 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * oficiosa: "joomla" — one page per numeral titled with its number, the law's wording on it.
# * periodos: "archive" — item → year → month → documents; no own text, law text on empty items.
# * fracciones: "lines" — one page of numbered lines followed by their words; own text allowed.
# * vigencia: "numbers" — an index of numerals → a page per numeral with the law's wording.
_INNER = {"oficiosa": "joomla", "periodos": "archive", "fracciones": "lines", "vigencia": "numbers"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


# -- oficiosa (El Salvador's Portal de Transparencia: categories of result records) ---------------


def _rounded_size(draw: st.DrawFn) -> str:
    """ "200 KB" / "2 MB", rounded as the Salvadoran portal prints sizes."""
    kb = draw(st.integers(60, 9_000))
    return f"{max(1, round(kb / 1000))} MB" if kb >= 1000 else f"{max(100, kb // 100 * 100)} KB"


def _oficiosa(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM6["oficiosa"]
    seen: set[str] = set()
    pages: set[str] = set()
    base = "/institutions/municipalidad"
    # Some portals re-saved every record on one day, long after the documents were created.
    bulk = today - dt.timedelta(days=draw(st.integers(5, 150))) if draw(st.booleans()) else None
    document_id = draw(st.integers(300_000, 480_000))
    links = []
    for item in _present(items):
        path = unique(f"{base}/documents/{_slug(item.plain)[:50]}", pages)
        records = []
        for doc in item.docs:
            assert doc.modified is not None
            document_id += draw(st.integers(1, 40))
            doc.path = unique(words["download_path"]["text"].format(id=document_id), seen)
            portal.headers[doc.path] = {
                "Content-Disposition": f'attachment; filename="{_slug(doc.name)[:60]}.pdf"'
            }
            created = uploaded(doc, today, draw(st.integers(2, 25)))
            changed = max(bulk, created) if bulk else created
            metadata = [
                words["year_field"]["text"].format(year=doc.modified.year),
                words["current"]["text"],
                words["created"]["text"].format(date=day_month_year(created)),
                words["updated"]["text"].format(date=day_month_year(changed)),
            ]
            records.append(
                (
                    created,
                    f'<div class="document-item"><a class="download" href="{_e(doc.path)}">'
                    f'<img src="/assets/icon-download-small-gray.svg" alt="'
                    f'{_e(words["icon_alt"]["text"])}"></a>'
                    f'<p class="file-info"><span class="file-type">pdf</span> | '
                    f'<span class="file-size">{_rounded_size(draw)}</span></p>'
                    f'<p class="description">{_e(doc.name)}</p><ul class="metadata">'
                    + "".join(f"<li>{_e(m)}</li>" for m in metadata)
                    + "</ul></div>",
                )
            )
        records.sort(key=lambda record: record[0], reverse=True)
        description = f'<p class="category-description">{_e(item.law_text)}</p>' * bool(
            item.law_text
        )
        extra = _paragraphs([t for t in (item.own_text, item.updated) if t])
        notes = ""
        if item.phrase:
            notes = (
                f'<div class="notas"><h4>{_e(words["notes_title"]["text"])}</h4>'
                f'<p class="nota-titulo">{_e(words["note_title"]["text"].format(name=item.plain))}'
                f"</p><p>{_e(item.phrase)}</p></div>"
            )
        years = sorted({d.modified.year for d in item.docs if d.modified}, reverse=True)
        options = "".join(f'<option value="{y}">{y}</option>' for y in years)
        form = (
            f'<form class="filtros" method="get" action="{path}">'
            f'<input type="search" name="q" placeholder="{_e(words["search"]["text"])}">'
            f'<select name="year"><option value="">{_e(words["year"]["text"])}</option>'
            f'{options}</select><button type="submit">{_e(words["filter_button"]["text"])}'
            "</button></form>"
        )
        body = (
            f'<p class="institution">{_e(words["institution"]["text"])}</p>{description}{extra}'
            f"<p>{_e(words['filters']['text'])}</p>{form}{notes}"
            f'<div class="documents">{"".join(html for _day, html in records)}</div>'
        )
        routes[path] = Resource(_page(item.label, body, today=today))
        count = words["count"]["text"].format(n=len(item.docs))
        links.append(f'<li><a href="{path}">{_e(item.label)}</a> <small>{_e(count)}</small></li>')
        portal.notes[item.numeral] = f"oficiosa/bulk={bulk}/{len(records)} records"
    index = f"{base}/"
    body = (
        f'<p class="institution">{_e(words["institution"]["text"])}</p>'
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="categories">{"".join(links)}</ul>'
    )
    routes[index] = Resource(_page(words["index_title"]["text"], body, today=today))
    _home(routes, index, words["index_title"]["text"])
    return routes


# -- periodos (an Ecuadorian tree: year → month → article → numeral → file names) ----------------


def _hyphenated(item: Item) -> str:
    """ "4-Informes-mensuales-de-ejecucion-presupuestaria", as the Ecuadorian tree names items."""
    name = "-".join(_no_accents(item.plain).split())
    return f"{item.numeral}-{name[:1].upper()}{name[1:].lower()}"


def _file_name(item: Item, doc: Doc, draw: st.DrawFn) -> str:
    words = EXAM6["periodos"]
    prefix = words["file_prefix"]["text"].format(n=item.numeral)
    if draw(st.booleans()):
        prefix = prefix.lower()
    stem = "_".join(
        "".join(ch for ch in word if ch.isalnum() or ch in "-.")
        for word in _no_accents(doc.name).split()
    )
    suffix = draw(st.sampled_from(words["file_suffixes"]["text"]))
    extension = draw(st.sampled_from(words["file_extensions"]["text"]))
    return f"{prefix}{stem}{suffix}{extension}"


def _folder(title: str, inner: str) -> str:
    toggle = _e(EXAM6["periodos"]["toggle"]["text"])
    return f'<li class="folder"><span class="toggle">{toggle}</span>{title}<ul>{inner}</ul></li>'


def _periodos(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM6["periodos"]
    seen: set[str] = set()
    hyphen = draw(st.booleans())  # "4-Informes-mensuales-…" or the label
    newest = (today.year, today.month)
    tree: dict[int, dict[int, list[str]]] = {today.year: {today.month: []}}
    for item in _present(items):
        name = _hyphenated(item) if hyphen else item.label
        groups: dict[tuple[int, int], list[Doc]] = {}
        for doc in item.docs:
            assert doc.modified is not None
            groups.setdefault((doc.modified.year, doc.modified.month), []).append(doc)
        keys = sorted(groups, reverse=True) or [newest]
        for number, (year, month) in enumerate(keys):
            links = []
            for doc in groups.get((year, month), []):
                folder = f"/images/transparencia/{year}/{MESES[month - 1].lower()}/"
                doc.path = unique(folder + _file_name(item, doc, draw), seen)
                links.append(
                    f'<li><a href="{_e(doc.path)}">{_e(doc.path.rsplit("/", 1)[1])}</a></li>'
                )
            said = item_words(item) if number == 0 else []
            notes = "".join(f'<li class="nota">{_e(text)}</li>' for text in said)
            entry = _folder(_e(name), notes + "".join(links))
            tree.setdefault(year, {}).setdefault(month, []).append(entry)
        portal.notes[item.numeral] = f"periodos/hyphen={hyphen}/months={keys}"
    years = []
    for year in sorted(tree, reverse=True):
        months = []
        for month in sorted(tree[year]):
            article = _folder(_e(words["article"]["text"]), "".join(tree[year][month]))
            siblings = "".join(_folder(_e(s["text"]), "") for s in words["siblings"])
            months.append(_folder(_e(MESES[month - 1]), article + siblings))
        years.append(_folder(_e(words["year"]["text"].format(year=year)), "".join(months)))
    body = f'<p>{_e(words["intro"]["text"])}</p><ul class="arbol">{"".join(years)}</ul>'
    path = "/transparencia"
    routes[path] = Resource(_page(words["title"]["text"], body, today=today))
    _home(routes, path, words["title"]["text"])
    return routes


# -- fracciones (one page: the law's text, update fields, "Descarga de archivo") -----------------


def _quarter_end(today: dt.date) -> dt.date:
    """The last quarter end on or before ``today``."""
    month = (today.month - 1) // 3 * 3  # 0, 3, 6 or 9: the quarter that ended before this one
    if month == 0:
        return dt.date(today.year - 1, 12, 31)
    return dt.date(today.year, month + 1, 1) - dt.timedelta(days=1)


def _code(item: Item, doc: Doc, index: int) -> str:
    """ "Art.10-num4-NOV26", "Art.10-num8-2026", "Art.10-num1-2": the file named by codes."""
    assert doc.modified is not None
    rhythm = ITEMS[item.numeral]["rhythm"]
    if rhythm == "monthly":
        period = f"{MESES[doc.modified.month - 1][:3].upper()}{doc.modified.year % 100:02d}"
    elif rhythm == "yearly":
        period = str(doc.modified.year)
    else:
        period = str(index + 1)
    return str(EXAM6["fracciones"]["code"]["text"].format(n=item.numeral, period=period))


def _fracciones(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM6["fracciones"]
    seen: set[str] = set()
    law_titles = draw(st.booleans())  # "4. <the law's text>" or the label
    uniform = draw(st.booleans())  # one quarter-end date on every numeral
    coded = draw(st.booleans())  # files named "Art.10-num4-NOV26.pdf"
    units = [u["text"] for u in words["units"]]
    quarter = _quarter_end(today)
    parts = []
    for item in _present(items):
        title = item.label
        if law_titles:
            title = f"{item.numeral}. {ITEMS[item.numeral]['law']['text']}"
        newest: dt.date | None = None
        links = []
        for index, doc in enumerate(item.docs):
            up = uploaded(doc, today, draw(st.integers(3, 25)))
            newest = max(newest, up) if newest else up
            stem = _code(item, doc, index) if coded else _slug(doc.name)[:60]
            doc.path = unique(f"/transparencia/formatos/{up.year}/{stem}.pdf", seen)
            download = _e(words["download"]["text"])
            links.append(f'<p><a href="{_e(doc.path)}" target="_blank">{download}</a></p>')
        if uniform:
            changed = validated = quarter
        else:
            changed = newest or today - dt.timedelta(days=draw(st.integers(10, 200)))
            validated = min(changed + dt.timedelta(days=draw(st.integers(0, 5))), today)
        rhythm = words["rhythms"][ITEMS[item.numeral]["rhythm"]]
        fields = [
            words["rhythm"]["text"].format(rhythm=rhythm),
            words["updated"]["text"].format(date=day_month_year(changed)),
            words["validated"]["text"].format(date=day_month_year(validated)),
            words["unit"]["text"].format(unit=draw(st.sampled_from(units))),
        ]
        said = item_words(item, law=not law_titles)
        parts.append(
            f'<div class="fraccion"><p><strong>{_e(title)}</strong></p>{_paragraphs(said)}'
            f"{_paragraphs(fields)}{''.join(links)}</div>"
        )
        portal.notes[item.numeral] = (
            f"fracciones/law_titles={law_titles}/uniform={uniform}/coded={coded}"
        )
    body = (
        f"<h2>{_e(words['subtitle']['text'])}</h2>"
        f"<p><strong>{_e(words['article']['text'])}</strong> "
        f"{_e(WORDING['article']['opening']['text'])}</p>{''.join(parts)}"
    )
    path = "/transparencia/ley-general"
    routes[path] = Resource(_page(words["title"]["text"], body, today=today))
    _home(routes, path, words["title"]["text"])
    return routes


# -- vigencia (a ColdFusion list with "Información vigente de … a …" lines) ---------------------


def _period(item: Item, doc: Doc) -> str:
    assert doc.modified is not None
    if ITEMS[item.numeral]["rhythm"] == "monthly":
        return f"{MESES[doc.modified.month - 1]} {doc.modified.year}"
    return str(doc.modified.year)


def _current(item: Item) -> str:
    """ "Información vigente de enero a octubre 2026": the months the newest year's documents
    cover (the whole year for yearly and standing documents)."""
    dated = [d.modified for d in item.docs if d.modified is not None]
    year = max(day.year for day in dated)
    start, end = "enero", "diciembre"
    if ITEMS[item.numeral]["rhythm"] == "monthly":
        months = sorted(day.month for day in dated if day.year == year)
        start, end = MESES[months[0] - 1].lower(), MESES[months[-1] - 1].lower()
    text = EXAM6["vigencia"]["current"]["text"]
    return str(text.format(start=start, end=end, year=year))


def _vigencia(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM6["vigencia"]
    seen: set[str] = set()
    index = "/transparencia/infoficio.cfm"
    people = [p["text"] for p in words["people"]]
    head = "".join(f"<th>{_e(h['text'])}</th>" for h in words["headers"])
    entries = []
    for item in _present(items):
        path = f"{index}?fr={item.numeral}"
        rows = []
        for doc in item.docs:
            doc.path = unique(
                f"/transparencia/documentos/fr{item.numeral:02d}/{_slug(doc.name)[:60]}.pdf", seen
            )
            rows.append(
                f"<tr><td>{_e(_period(item, doc))}</td>"
                f'<td><a href="{_e(doc.path)}">{_e(doc.name)}</a></td></tr>'
            )
        table = f'<table class="documentos"><tr>{head}</tr>{"".join(rows)}</table>' * bool(rows)
        routes[path] = Resource(
            _page(item.label, _paragraphs(item_words(item)) + table, today=today)
        )
        line = f'<li><a href="{path}">{_e(item.label)}</a>'
        shown = bool(item.docs) and draw(st.integers(0, 2)) > 0
        if shown:
            person = words["responsible"]["text"].format(person=draw(st.sampled_from(people)))
            line += f"<br>{_e(_current(item))}<br>{_e(person)}"
        entries.append(line + "</li>")
        portal.notes[item.numeral] = f"vigencia/current_shown={shown}/{len(rows)} rows"
    body = (
        f"<p>{_e(words['pages']['text'])}</p><p>{_e(words['current_year']['text'])}</p>"
        f"<p>{_e(words['calendar']['text'])}</p><p>{_e(words['single']['text'])}</p>"
        f"<h2>{_e(words['article']['text'])}</h2>"
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="fracciones">{"".join(entries)}</ul>'
    )
    routes[index] = Resource(_page(words["title"]["text"], body, today=today))
    _home(routes, index, words["title"]["text"])
    return routes


_BUILDERS = {
    "oficiosa": _oficiosa,
    "periodos": _periodos,
    "fracciones": _fracciones,
    "vigencia": _vigencia,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 6 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: tuple[str, ...] = ()) -> str:
    """The kit's snippet, also looking for the hyphenated name ``periodos`` may print instead of
    the label."""
    item = next(i for i in portal.items if i.numeral == numeral)
    extra = (_e(_hyphenated(item)),) if portal.layout == "periodos" else ()
    return kit_snippet(portal, numeral, width, (*first, *extra))
