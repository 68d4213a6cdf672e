"""Seventh exam: four more portal layouts the judge was never tuned on, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out is new, and
different from the first six exams'. Wording and structure: ``wording.toml`` here (sources there;
none of them Guatemalan: Colombia's, Mexico City's, a Chilean municipality's and a Mexican state
agency's). Layouts:

* ``ita``: Colombia's "TRANSPARENCIA Y ACCESO A LA INFORMACIÓN PÚBLICA" (Ley 1712): an index of
  NUMBERED CATEGORIES ("1. Información de la entidad", "3. Contratación", "4. Planeación,
  presupuesto e informes", "7.1 Instrumentos de gestión de la información": their numbers are not
  numerals) listing their sub-items, each category a page of its own (``/…/1informacion-de-la-
  entidad/``) holding its numerals with their words and documents; in some portals every
  sub-item is numbered within its category ("4.2.", "7.1.3"), with gaps where a numeral is not
  published.
* ``cdmx``: Mexico City's transparency portal: an "Artículo 10" list → one ``/entrada/<id>`` page
  per numeral (ids unrelated to it): "Artículo", an entry block "Fecha de creación / Vigencia /
  Validación / Autoridad que la crea o remite", the law's words, "Periodo de actualización", then
  one record per file, oldest first in some portals: "Descarga:" + a link whose whole text is
  "PDF", "Fecha de creación: 02 Enero 2026", "Actualización: 31 Marzo 2026" (dates in words, no
  "de"); files stored under hashes in some portals (the name only in the file's bytes).
* ``atacama``: a Chilean municipality's Laravel "Portal de Transparencia": every page stamped
  "Última actualización: dd/mm/aaaa" (one date for the whole site); a portada of Bootstrap cards,
  the item's label as card header and, as its only link, the LAW'S description → a "visor" page
  titled only "Portal de Transparencia" whose one naming of the item is the breadcrumb "Portada
  Transparencia Activa > <law text>", and a table "Tipo de Documento | Número | Denominación |
  Fecha de Publicación | Fecha de Modificación | Enlace Archivo" with ISO dates and "Visualizar"
  buttons — in some portals ``href="javascript:void(0)" onclick="myFunction('/…pdf')"``.
* ``seseay``: a Mexican state agency's page of year buttons "Información 2026" opening Bootstrap
  MODALS (all in the page) "… - 2026", each a table "Número | Información | 1ER | 2DO | 3ER | 4TO"
  of every numeral; a quarter cell holds icon-only links (no text, no title) to relative paths
  "./download/transparency/Dec_2026_4to_trim/articulo10/4to.Trim.26 <name>.pdf", or an ``href="#"``
  placeholder where nothing was published; the item's words only in the newest year's modal.
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

LAYOUTS = ("ita", "cdmx", "atacama", "seseay")
EXAM7 = wording(__file__)
# Which generated layout's truth conventions an exam7 layout shares (numbered labels or bare
# headings, law text on empty items, own text allowed):
# * ita: "lines" — numbered lines followed by their words and documents; own text allowed.
# * cdmx: "numbers" — an index of numerals → a page per numeral with the law's wording.
# * atacama: "joomla" — one page per numeral, the law's wording always with it; own text allowed.
# * seseay: "table" — one table, the number in its own column (bare labels allowed); no own text.
_INNER = {"ita": "lines", "cdmx": "numbers", "atacama": "joomla", "seseay": "table"}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


# -- ita (Colombia's Ley 1712 menu: numbered categories → a page per category) --------------------


def _category_title(number: str, name: str, upper: bool) -> str:
    """ "1.INFORMACION DE LA ENTIDAD" (INESIL) or "1. Información de la entidad"."""
    if upper:
        return f"{number}.{_no_accents(name).upper()}"
    return f"{number}. {name}"


def _subnumber(number: str, position: int) -> str:
    """ "1.4." (GIRARDOT's dotted sub-items) or "7.1.3" (CARTAGENA's, under a dotted category)."""
    return f"{number}.{position}" if "." in number else f"{number}.{position}."


def _ita(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM7["ita"]
    seen: set[str] = set()
    base = words["base"]["text"]
    subnumbered = draw(st.booleans())  # "4.2. Numeral 8 - …" or the label alone
    upper = draw(st.booleans())  # "1.INFORMACION DE LA ENTIDAD" or "1. Información de la entidad"
    present = {item.numeral: item for item in _present(items)}
    index_parts = []
    for category in words["categories"]:
        number, name = category["number"], category["text"]
        title = _category_title(number, name, upper)
        path = f"{base}/{number.replace('.', '')}{_slug(name)}/"
        entries, blocks = [], []
        for position, numeral in enumerate(category["numerals"], 1):
            item = present.get(numeral)
            if item is None:
                continue  # the standard's number stays unused: a gap, as GIRARDOT's 1.6
            sub = _subnumber(number, position)
            anchor = f"item-{number.replace('.', '-')}-{position}"
            heading = f"{sub} {item.label}" if subnumbered else item.label
            links = []
            for doc in item.docs:
                up = uploaded(doc, today, draw(st.integers(2, 20)))
                doc.path = unique(
                    words["documents"]["text"].format(year=up.year, stem=_slug(doc.name)[:60]),
                    seen,
                )
                links.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a></li>')
            docs = f'<ul class="documentos">{"".join(links)}</ul>' if links else ""
            blocks.append(
                f'<div class="sub-item" id="{anchor}"><h3>{_e(heading)}</h3>'
                f"{_paragraphs(item_words(item))}{docs}</div>"
            )
            entries.append(f'<li><a href="{path}#{anchor}">{_e(heading)}</a></li>')
            portal.notes[item.numeral] = (
                f"ita/category={number}/sub={sub}/subnumbered={subnumbered}/{len(links)} docs"
            )
        routes[path] = Resource(
            _page(
                title,
                f'<nav class="breadcrumb"><a href="{base}/">{_e(words["title"]["text"])}</a></nav>'
                + "".join(blocks),
                today=today,
            )
        )
        index_parts.append(
            f'<h2><a href="{path}">{_e(title)}</a></h2>'
            f'<ul class="sub-items">{"".join(entries)}</ul>'
        )
    body = (
        f"<h2>{_e(words['law']['text'])}</h2><p>{_e(words['summary']['text'])}</p>"
        f"<h3>{_e(words['objective']['text'])}</h3>"
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>{''.join(index_parts)}"
    )
    index = f"{base}/"
    routes[index] = Resource(_page(words["title"]["text"], body, today=today))
    _home(routes, index, words["title"]["text"])
    return routes


# -- cdmx (Mexico City's portal: one entrada per obligation, records "Descarga: PDF") ------------


def _words_date(day: dt.date) -> str:
    """ "02 Enero 2026", as Mexico City's portal prints a date."""
    return f"{day.day:02d} {MESES[day.month - 1]} {day.year}"


def _record_dates(item: Item, doc: Doc, today: dt.date, draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    """(created, updated) of a file's record: created at the start of the period it covers,
    updated at its end (CDMXCULT: "Fecha de creación: 02 Enero 2023", "Actualización: 31 Marzo
    2023"), neither later than today."""
    assert doc.modified is not None
    rhythm = ITEMS[item.numeral]["rhythm"]
    if rhythm == "monthly":
        start = doc.modified.replace(day=1) + dt.timedelta(days=draw(st.integers(0, 2)))
    elif rhythm == "yearly":
        start = dt.date(doc.modified.year, 1, draw(st.integers(2, 10)))
    else:
        start = doc.modified - dt.timedelta(days=draw(st.integers(0, 20)))
    end = doc.modified + dt.timedelta(days=draw(st.integers(0, 3)))
    return min(start, today), min(end, today)


def _cdmx(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM7["cdmx"]
    seen: set[str] = set()
    base = "/municipalidad"
    ascending = draw(st.booleans())  # records oldest first, as CDMXCULT lists Q1 … Q4
    hashed = draw(st.booleans())  # files stored under hashes: the name is nowhere on the page
    units = [u["text"] for u in words["units"]]
    entry = draw(st.integers(20_000, 50_000))
    links = []
    for item in _present(items):
        entry += draw(st.integers(1, 400))
        path = f"{base}/entrada/{entry}"
        unit = draw(st.sampled_from(units))
        records = []
        for doc in item.docs:
            created, updated = _record_dates(item, doc, today, draw)
            digest = f"{draw(st.integers(0, 16**12 - 1)):012x}"
            stem = digest if hashed else _slug(doc.name)[:60]
            doc.path = unique(
                words["storage"]["text"].format(
                    a=digest[:3], b=digest[3:6], c=digest[6:9], stem=stem
                ),
                seen,
            )
            records.append((created, updated, doc))
        records.sort(key=lambda record: record[0], reverse=not ascending)
        blocks = []
        for created, updated, doc in records:
            fields = [
                f"{_e(words['download']['text'])} "
                f'<a href="{_e(doc.path)}" target="_blank">{_e(words["format"]["text"])}</a>',
                _e(words["created"]["text"].format(date=_words_date(created))),
                _e(words["updated"]["text"].format(date=_words_date(updated))),
                _e(words["authority"]["text"].format(unit=unit)),
            ]
            blocks.append(
                '<ul class="archivo">' + "".join(f"<li>{f}</li>" for f in fields) + "</ul>"
            )
        rhythm = ITEMS[item.numeral]["rhythm"]
        if records:
            first = min(created for created, _u, _d in records)
            validated = max(updated for _c, updated, _d in records)
        else:
            first = today - dt.timedelta(days=draw(st.integers(30, 400)))
            validated = first
        entry_fields = [words["created"]["text"].format(date=_words_date(first))]
        dated = [d.modified for d in item.docs if d.modified is not None]
        if dated and rhythm != "on_change":
            newest = max(dated)
            valid = dt.date(newest.year, 12, 31) if rhythm == "yearly" else newest
            entry_fields.append(words["valid"]["text"].format(date=_words_date(valid)))
        entry_fields += [
            words["validated"]["text"].format(date=_words_date(validated)),
            words["authority"]["text"].format(unit=unit),
        ]
        body = (
            f'<p class="tipo">{_e(words["kind"]["text"])}</p><ul class="metadatos">'
            + "".join(f"<li>{_e(f)}</li>" for f in entry_fields)
            + f"</ul>{_paragraphs(item_words(item))}"
            + _paragraphs(
                [
                    words["rhythm"]["text"].format(rhythm=words["rhythms"][rhythm]),
                    words["keep"]["text"],
                    words["applies"]["text"],
                ]
            )
            + f'<div class="archivos">{"".join(blocks)}</div>'
            + f'<p class="pie">{_e(words["footer"]["text"])}</p>'
        )
        routes[path] = Resource(_page(item.label, body, today=today))
        links.append(f'<li><a href="{path}">{_e(item.label)}</a></li>')
        portal.notes[item.numeral] = (
            f"cdmx/entrada={entry}/ascending={ascending}/hashed={hashed}/{len(records)} records"
        )
    index = f"{base}/articulo/10"
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<ul class="entradas">{"".join(links)}</ul>'
    )
    routes[index] = Resource(_page(words["index_title"]["text"], body, today=today))
    _home(routes, index, words["index_title"]["text"])
    return routes


# -- atacama (a Chilean Laravel portal: cards → "visor" tables, one stamp for the whole site) -----

_FEATHER = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="22" height="22" viewBox="0 0 24 24" '
    'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
    'stroke-linejoin="round" class="feather feather-file-text"><path d="M14 2H6a2 2 0 0 0-2 '
    '2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"></path><polyline points="14 2 14 8 20 8"></polyline>'
    '<line x1="16" y1="13" x2="8" y2="13"></line><line x1="16" y1="17" x2="8" y2="17"></line>'
    '<polyline points="10 9 9 9 8 9"></polyline></svg>'
)


def _atacama_page(title: str, stamp: str, body: str, today: dt.date) -> bytes:
    """A page of the portal: the site-wide "Última actualización" stamp, then ``body``."""
    return _page(
        title,
        f'<small class="text-muted"><p class="text-right">{_e(stamp)}</p></small><hr>{body}',
        today=today,
    )


def _atacama(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM7["atacama"]
    seen: set[str] = set()
    base = "/transparencia-activa"
    site_day = today - dt.timedelta(days=draw(st.integers(1, 60)))
    stamp = words["stamp"]["text"].format(date=day_month_year(site_day))
    scripted = draw(st.integers(0, 2)) == 0  # "Visualizar" as javascript:void(0) + onclick
    upper = draw(st.booleans())  # card headers in capitals, as "01. PUBLICACIONES EN …"
    view = _e(words["view"]["text"])
    head = "".join(f'<th scope="col">{_e(h["text"])}</th>' for h in words["headers"])
    section = draw(st.integers(100, 900))
    cards = []
    for item in _present(items):
        section += draw(st.integers(1, 9))
        path = f"{base}/visor/{section}"
        law = ITEMS[item.numeral]["law"]["text"]
        rows = []
        docs = sorted(item.docs, key=lambda d: d.modified or today)  # the database's order
        for number, doc in enumerate(docs, 1):
            up = uploaded(doc, today, draw(st.integers(2, 25)))
            doc.path = unique(words["storage"]["text"].format(stem=_slug(doc.name)[:60]), seen)
            changed = "—"
            if draw(st.integers(0, 3)) == 0:
                changed = min(up + dt.timedelta(days=draw(st.integers(1, 30))), today).isoformat()
            if scripted:
                link = (
                    f'<a class="btn btn-info" href="javascript:void(0)" '
                    f"onclick=\"myFunction('{_e(doc.path)}')\">{view}</a>"
                )
            else:
                link = f'<a class="btn btn-info" href="{_e(doc.path)}" target="_blank">{view}</a>'
            kind = words["kinds"][ITEMS[item.numeral]["rhythm"]]
            cells = [_e(kind), str(number), _e(doc.name), up.isoformat(), changed, link]
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        breadcrumb = (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item">'
            f'<a href="{base}">{_e(words["home"]["text"])}</a></li>'
            f'<li class="breadcrumb-item active" aria-current="page">{_e(law)}</li></ol></nav>'
        )
        above = _paragraphs([item.own_text] if item.own_text else [])
        below = _paragraphs([t for t in (item.phrase, item.updated) if t])
        table = (
            f'<table class="table table-hover text-center"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        script = f"<script>{words['view_script']['text']}</script>" * (scripted and bool(rows))
        routes[path] = Resource(
            _atacama_page(
                words["title"]["text"],
                stamp,
                f"{breadcrumb}{above}{table}{below}{script}",
                today,
            )
        )
        header = item.label.upper() if upper else item.label
        cards.append(
            f'<div class="card bg-light mb-3 shadow"><div class="card-header">{_e(header)}</div>'
            f'<a href="{path}" class="list-group-item list-group-item-action '
            f'list-group-item-secondary">{_FEATHER} {_e(law)}</a></div>'
        )
        portal.notes[item.numeral] = (
            f"atacama/visor={section}/scripted={scripted}/upper={upper}/stamp={site_day}/"
            f"{len(rows)} rows"
        )
    sidebar = (
        f'<nav class="sidebar"><h5>{_e(words["links_title"]["text"])}</h5><ul class="nav">'
        f'<li class="nav-item"><a class="nav-link" href="/unidad-de-informacion-publica/">'
        f"{_e(words['request']['text'])}</a></li></ul></nav>"
    )
    routes[base] = Resource(
        _atacama_page(words["title"]["text"], stamp, sidebar + "".join(cards), today)
    )
    _home(routes, base, words["title"]["text"])
    return routes


# -- seseay (year buttons → modals of "Número | Información | 1ER … 4TO" tables) ----------------


def _seseay_file(doc: Doc, spaced: bool) -> str:
    """ "./download/transparency/Dec_2026_4to_trim/articulo10/4to.Trim.26%20<name>.pdf": the
    quarter's folder and a file named by quarter and the document's name (accents dropped, spaces
    percent-encoded or, in some portals, underscores)."""
    words = EXAM7["seseay"]
    assert doc.modified is not None
    quarter = (doc.modified.month - 1) // 3
    code = words["quarter_codes"]["text"][quarter]
    folder = words["folder"]["text"].format(
        month=words["quarter_months"]["text"][quarter], year=doc.modified.year, code=code
    )
    name = " ".join(
        "".join(ch for ch in word if ch.isalnum() or ch in "-.")
        for word in _no_accents(doc.name).split()
    )
    file = words["file"]["text"].format(code=code, yy=f"{doc.modified.year % 100:02d}", name=name)
    return folder + file.replace(" ", "%20" if spaced else "_")


def _seseay(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    routes: Routes = {}
    words = EXAM7["seseay"]
    seen: set[str] = set()
    # No trailing slash: "./download/…" then resolves to "/download/…", the served path.
    path = "/informacion-publica"
    spaced = draw(st.booleans())
    icon = words["icon"]["text"]
    present = _present(items)
    links: dict[int, str] = {}  # id(doc) -> the relative href
    for item in present:
        for doc in item.docs:
            relative = _seseay_file(doc, spaced)
            doc.path = unique(relative[1:], seen)  # "/download/…"
            links[id(doc)] = "." + doc.path
    names = {item.numeral: item.plain if draw(st.booleans()) else item.label for item in present}
    dated = [d.modified.year for i in present for d in i.docs if d.modified is not None]
    years = list(range(min(dated, default=today.year), today.year + 1))
    head = "".join(f'<th scope="col">{_e(h["text"])}</th>' for h in words["headers"]) + "".join(
        f'<td scope="col">{_e(q)}</td>' for q in words["quarters"]["text"]
    )
    placeholder = f'<a class="text-sm font-weigth-bold text-green-s1" href="#">{icon}</a>'
    modals = []
    for year in years:
        rows = []
        for item in present:
            cells = []
            for quarter in range(4):
                docs = [
                    d
                    for d in item.docs
                    if d.modified is not None
                    and d.modified.year == year
                    and (d.modified.month - 1) // 3 == quarter
                ]
                inner = "".join(
                    f'<a class="text-sm font-weigth-bold text-green-s1" '
                    f'href="{_e(links[id(d)])}" target="_blank">{icon}</a>'
                    for d in docs
                )
                cells.append(f"<td>{inner or placeholder}</td>")
            notes = ""
            if year == today.year:
                notes = "".join(f"<br><small>{_e(t)}</small>" for t in item_words(item))
            rows.append(
                f'<tr><th scope="row">{item.numeral}</th>'
                f'<th scope="row">&nbsp;{_e(names[item.numeral])}{notes}</th>{"".join(cells)}</tr>'
            )
        title = _e(words["modal_title"]["text"].format(year=year))
        modals.append(
            f'<div class="modal fade" id="info-{year}" tabindex="-1" role="dialog" '
            f'aria-hidden="true"><div class="modal-dialog modal-lg"><div class="modal-content">'
            f'<div class="modal-header"><h5 class="modal-title">{title}</h5>'
            '<button type="button" class="close" data-dismiss="modal" aria-label="Close">'
            '<span aria-hidden="true">&times;</span></button></div><div class="modal-body">'
            f'<h5 class="modal-title">{_e(words["section"]["text"])}</h5>'
            f'<table class="table table-hover table-light table-bordered"><tbody><tr>{head}</tr>'
            f"{''.join(rows)}</tbody></table></div></div></div></div>"
        )
    buttons = "".join(
        f'<div class="col-xl-4"><div class="row"><img src="/public/frontend/img/financial.svg" '
        f'alt="{_e(words["image_alt"]["text"])}"></div><div class="row">'
        f'<a class="btn btn-gModal" data-toggle="modal" data-target="#info-{year}" href="#">'
        f"{_e(words['button']['text'].format(year=year))}</a></div></div>"
        for year in reversed(years)
    )
    body = (
        f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
        f'<div class="d-flex">{buttons}</div><div class="w-100">{"".join(modals)}</div>'
    )
    routes[path] = Resource(_page(words["title"]["text"], body, today=today))
    for item in present:
        portal.notes[item.numeral] = (
            f"seseay/spaced={spaced}/years={years[0]}-{years[-1]}/{len(item.docs)} docs"
        )
    _home(routes, path, words["title"]["text"])
    return routes


_BUILDERS = {"ita": _ita, "cdmx": _cdmx, "atacama": _atacama, "seseay": _seseay}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 7 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: tuple[str, ...] = ()) -> str:
    """The kit's snippet, also looking for the capitalised card header and the law's text
    ``atacama`` prints instead of the label."""
    item = next(i for i in portal.items if i.numeral == numeral)
    extra: tuple[str, ...] = ()
    if portal.layout == "atacama":
        extra = (_e(item.label.upper()), _e(ITEMS[numeral]["law"]["text"]))
    return kit_snippet(portal, numeral, width, (*first, *extra))
