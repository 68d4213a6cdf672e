"""Thirty-second exam: four portal layouts whose theme is FRESHNESS AT THE EDGES of the law's
rhythms: documents dated right where "current" turns into "outdated", with the truth of every
section.

Items (truth, labels, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); the documents of every item that has some (ok,
outdated and broken items) are then RE-DATED here: each item is put on one drawn edge of its
rhythm (the generator's ``rhythm``: monthly, yearly, on change), its documents renamed for the
periods they cover and given paths of their own under ``/files/NN/``; ok and outdated documents are
served, broken ones are not (a browser gets 404). The pages are ordinary; the theme is the dates.
Wording: ``wording.toml`` here (sources there). The exam's days are ``kit.DAYS`` (24 Nov 2026,
6 Jan 2027, 4 Dec 2026).

How the catalogue's rules are read (``../shared/laip/README.md``: "monthly items should show the
current or previous month; yearly items the current year, or the previous year until the end of
March …; on-change items are judged present/empty only, unless the catalogue sets how many years
make them stale" — it sets none):

* MONTHLY items (4, 8–12, 18, 20, 22). A document covers a period; what counts is the LAST MONTH
  of the newest period. The item is current (ok) when that month is the current month or the
  previous one, outdated otherwise. So on 4 Dec 2026 a November report is ok and a portal whose
  newest report is October's is outdated (November's not yet published: the previous month's
  report is the grace the rule already gives, no more); on 6 Jan 2027 December 2026 is ok (the
  previous month, though of the previous year) and November 2026 is outdated; on 24 Nov 2026
  October is ok and September ("two months old") outdated. Reports for longer periods are judged
  by the month they end: a four-month report ("III Cuatrimestre 2026", September–December) is ok
  on 6 Jan 2027, the "II Cuatrimestre 2026" (ends August) is outdated in November/December 2026;
  "Tercer Trimestre 2026" (ends September) is outdated on 24 Nov 2026, "Cuarto Trimestre 2026" ok
  on 6 Jan 2027; "Primer Semestre 2026" outdated in November, "Segundo Semestre 2026" ok in
  January. A period written as a range of days ("del 01/10/2026 al 31/10/2026") is its month.
  Only completed periods are published (nothing covers the current month). The upload date shown
  beside a document (a few days to three weeks after its period, never after the exam's day) does
  not change what it covers: a September report uploaded in October is still September's.
* YEARLY items (5, 7, 13, 26, 28). Current when the newest document covers the current year, a
  LATER year, or the previous year while the current month is January to March. So in November /
  December 2026 a 2026 document is ok and a 2025 one outdated; on 6 Jan 2027 a 2026 document is ok
  (the grace until March), a 2025 one outdated, and a 2027 budget or POA (approved in December
  2026) ok. A document dated in the future, next year's budget or POA approved by the council
  before today (``Presupuesto … Ejercicio Fiscal 2027 (aprobado el …)``, uploaded that day; the
  councils approve by 15 December), is ok: the newest budget is published, which is more than the
  rule asks; it comes with the 2026 document or, drawn, with only older ones (2025), and it is
  still ok (only items 5 and 7 are ever drawn a future year; an inventory, archive report or
  language census of next year is not a thing).
* ON-CHANGE items (1–3, 6, 14–17, 19, 21, 23–25, 27, 29). Present is current: their only
  documents are years old (3 to 12 years before the exam's day, named by the year, "vigente", or
  undated), sometimes under the note that such documents "no se generan … de manera mensual o
  anual" (Palestina de Los Altos): ok.

Items that are broken keep that truth (their re-dated documents are not served); empty, not
applicable and missing items, and items published as the municipality's own statement (functions,
address, vision) are not touched. Every item's note says its edge and the truth it gives.

Layouts:

* ``tabla-periodos``: one page of the items in numeral order, each a heading and its own table
  "No. | Documento | Período | Fecha de publicación | Descargar", rows newest or oldest first.
* ``encabezados``: one page of headings (h2 or h3 under an "Artículo 10" heading) each with a list
  of document links, the upload date after the link ("(publicado el 05/11/2026)", "- 05/11/2026",
  "Fecha de publicación: 05/11/2026") or not.
* ``paginas``: an index of the items' labels leading to one page per item (law text, words,
  "Última actualización: <newest upload>" drawn, documents as "Ver documento" paragraphs or a
  list of names).
* ``biblioteca``: a document library: a root folder listing one folder per item (its label) with
  "Nombre | Modificado | Tamaño", each folder page listing its files by file name with the upload
  date and time as "Modificado"; an item without documents is a folder with its phrase or the law
  text and "Esta carpeta está vacía.".
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    file_stem,
    item_rhythm,
    paragraphs,
    site_page,
    snippet,
    unique,
    wording,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("tabla-periodos", "encabezados", "paginas", "biblioteca")
EXAM32: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam32 layout shares.
_INNER = {
    "tabla-periodos": "table",
    "encabezados": "dl",
    "paginas": "joomla",
    "biblioteca": "numbers",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]

_FUTURE_OK = (5, 7)  # items whose next year's document exists before the year starts


def _w(section: str, key: str) -> Any:
    return EXAM32[section][key]["text"]


@dataclass
class _Dated:
    """A re-dated document: its period as printed and when it was put on the site."""

    period: str
    upload: dt.date


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _last(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _ym(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


# -- re-dating ------------------------------------------------------------------------------


def _base(item: Item, draw: st.DrawFn) -> str:
    label = draw(st.sampled_from([lab["text"] for lab in ITEMS[item.numeral]["labels"]]))
    return str(label).split(",")[0][:40]


def _monthly(
    item: Item, today: dt.date, draw: st.DrawFn, base: str
) -> tuple[list[tuple[str, dt.date, str]], int, str]:
    """(name, period end, period text) newest first, the newest period's end month index, and
    the edge's name."""
    now = _month_index(today.year, today.month)
    kind = draw(st.sampled_from(["mes", "mes", "rango", "cuatrimestre", "trimestre", "semestre"]))
    count = draw(st.integers(1, 3))
    out: list[tuple[str, dt.date, str]] = []
    if kind in ("mes", "rango"):
        back = draw(st.sampled_from([1, 1, 2, 2, 3]))
        pattern = str(draw(st.sampled_from(_w("periods", "month" if kind == "mes" else "range"))))
        for k in range(count):
            year, month = _ym(now - back - k)
            end = _last(year, month)
            values = {
                "label": base,
                "Mes": MESES[month - 1],
                "MES": MESES[month - 1].upper(),
                "yyyy": year,
                "mm": f"{month:02d}",
                "dd": f"{end.day:02d}",
            }
            name = pattern.format(**values)
            out.append((name, end, f"{MESES[month - 1]} {year}"))
        return out, now - back, f"{kind} {back} mes(es) atrás"
    span = {"cuatrimestre": 4, "trimestre": 3, "semestre": 6}[kind]
    # Periods of the year: ends at months span, 2*span, …; the newest completed one (ending
    # before the current month), or the one before.
    ends = [
        _month_index(y, m)
        for y in (today.year - 2, today.year - 1, today.year)
        for m in range(span, 13, span)
    ]
    done = [e for e in ends if e < now]
    newest = len(done) - 1 - draw(st.integers(0, 1))
    pattern = str(draw(st.sampled_from(_w("periods", kind))))
    ordinals = list(_w("periods", "ordinals"))
    romans = list(_w("periods", "romans"))
    for k in range(count):
        end_index = done[newest - k]
        year, month = _ym(end_index)
        number = month // span
        first = MESES[month - span].upper()
        values = {
            "label": base,
            "roman": romans[number - 1],
            "ord": ordinals[number - 1],
            "yyyy": year,
            "span": f"{first}-{MESES[month - 1].upper()}",
        }
        name = pattern.format(**values)
        period = f"{MESES[month - span]} a {MESES[month - 1]} {year}"
        out.append((name, _last(year, month), period))
    end_year, end_month = _ym(done[newest])
    return out, done[newest], f"{kind} que termina en {MESES[end_month - 1]} {end_year}"


def _redate(
    item: Item, today: dt.date, draw: st.DrawFn, seen: set[str], dated: dict[str, _Dated]
) -> str:
    """Put ``item`` on a drawn edge of its rhythm: new documents, and the truth by the rules of
    the module's docstring (broken stays broken). Returns the note."""
    rhythm = item_rhythm(item)
    base = _base(item, draw)
    prefix = f"/files/{item.numeral:02d}"
    docs: list[tuple[str, dt.date, str, dt.date]] = []  # name, covered day, period, upload
    if rhythm == "monthly":
        periods, end_index, edge = _monthly(item, today, draw, base)
        for name, end, period in periods:
            lag = draw(st.integers(3, 21))
            docs.append((name, end, period, min(end + dt.timedelta(days=lag), today)))
        now = _month_index(today.year, today.month)
        current = now - end_index <= 1
        rule = "mensual: vigente si cubre el mes actual o el anterior"
    elif rhythm == "yearly":
        january = today.month <= 3
        if item.numeral in _FUTURE_OK:
            offsets = [0, -1, -2] if january else [1, 0, 0, -1, -2]
        else:
            offsets = [-1, -1, -2] if january else [0, 0, -1, -2]
        newest = today.year + draw(st.sampled_from(offsets))
        years = [newest]
        if newest > today.year and not draw(st.booleans()):
            years.append(today.year - 1)  # next year's document beside only older ones
        years += [years[-1] - 1 - k for k in range(draw(st.integers(0, 2)))]
        pattern = str(draw(st.sampled_from(_w("periods", "year"))))
        for year in years:
            name = pattern.format(label=base, yyyy=year)
            if year >= today.year and (year > today.year or january):
                # Approved by the council in the previous year's last weeks, before today.
                latest = min(today - dt.timedelta(days=1), dt.date(year - 1, 12, 15))
                approved = latest - dt.timedelta(days=draw(st.integers(0, 12)))
                name += (
                    " ("
                    + str(_w("periods", "approved")).format(date=day_month_year(approved))
                    + ")"
                )
                docs.append((name, approved, f"Ejercicio Fiscal {year}", approved))
            else:
                covered = dt.date(year, 1, 20)
                upload = min(covered + dt.timedelta(days=draw(st.integers(0, 40))), today)
                docs.append((name, covered, f"Ejercicio Fiscal {year}", upload))
        current = newest >= today.year or (newest == today.year - 1 and january)
        edge = f"anual, el más reciente {newest}" + (" (año futuro)" if newest > today.year else "")
        rule = "anual: vigente si cubre el año actual o posterior, o el anterior hasta marzo"
    else:
        age = draw(st.integers(3, 12))
        pattern = str(draw(st.sampled_from(_w("periods", "undated"))))
        count = draw(st.integers(1, 2))
        for k in range(count):
            year = today.year - age - k
            name = pattern.format(label=base, yyyy=year)
            if count > 1 and "{yyyy}" not in pattern:
                name += f" ({k + 1})"
            covered = dt.date(year, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
            docs.append((name, covered, "", covered + dt.timedelta(days=draw(st.integers(1, 30)))))
        current = True
        edge = f"al cambiar, documento(s) de hace {age} años o más"
        rule = "al cambiar: presente es vigente"
    ok = item.truth != "broken"
    item.docs = []
    for name, covered, period, upload in docs:
        path = unique(f"{prefix}/{file_stem(name)}.pdf", seen)
        item.docs.append(Doc(name, path, ok, covered))
        dated[path] = _Dated(period, upload)
    item.updated = ""
    if ok:
        item.truth = "ok" if current else "outdated"
    return f"{edge}; {rule} → {item.truth}"


def _prepare(
    items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal, layout: str
) -> tuple[dict[str, _Dated], dict[int, bool]]:
    """Re-date every item with documents; whether each on-change item carries Palestina's note."""
    seen: set[str] = set()
    dated: dict[str, _Dated] = {}
    notes: dict[int, bool] = {}
    for item in items:
        if item.docs:
            edge = _redate(item, today, draw, seen, dated)
            notes[item.numeral] = item_rhythm(item) == "on_change" and draw(st.integers(0, 2)) == 0
            extra = "; con NOTA de documentos vigentes" if notes[item.numeral] else ""
            portal.notes[item.numeral] = f"{layout}: {edge}{extra}"
        else:
            shown = "no publicado" if item.truth == "missing" else "sin documentos"
            portal.notes[item.numeral] = f"{layout}: {shown} ({item.truth})"
    return dated, notes


# -- the site -------------------------------------------------------------------------------


@dataclass
class _Site:
    name: str
    nav: str
    footer: str
    routes: Routes

    def put(self, path: str, title: str, body: str) -> None:
        self.routes[path] = Resource(site_page(title, self.name, self.nav, "", body, self.footer))


def _site(draw: st.DrawFn, index: str, title: str) -> _Site:
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    name = str(_w("site", "name")).format(town=town)
    nav = (
        f'<nav class="main-menu"><ul><li><a href="/">{_e(str(_w("site", "home")))}</a></li>'
        f'<li><a href="{index}">{_e(title)}</a></li></ul></nav>'
    )
    site = _Site(name, nav, str(_w("site", "footer")), {})
    site.put("/", name, f'<p><a href="{index}">{_e(title)}</a></p>')
    return site


def _intro(draw: st.DrawFn, today: dt.date) -> str:
    text = str(draw(st.sampled_from(_w("section", "intro")))).format(year=today.year)
    return f"<p>{_e(text)}</p>"


def _words(item: Item, notes: dict[int, bool]) -> str:
    texts = item_words(item)
    if notes.get(item.numeral):
        texts.append(str(_w("section", "on_change_note")))
    return paragraphs(texts)


def _ordered(item: Item, newest_first: bool) -> list[Doc]:
    # Documents are drawn newest first.
    return list(item.docs) if newest_first else list(reversed(item.docs))


# -- tabla-periodos -------------------------------------------------------------------------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    dated, notes = _prepare(items, today, draw, portal, "tabla-periodos")
    title = str(draw(st.sampled_from(_w("section", "titles"))))
    index = "/informacion-publica/"
    site = _site(draw, index, title)
    newest_first = draw(st.booleans())
    header = "".join(f"<th>{_e(h)}</th>" for h in _w("table", "header"))
    download = str(_w("table", "header")[-1])
    parts = [_intro(draw, today)]
    for item in _present(items):
        rows = []
        for number, doc in enumerate(_ordered(item, newest_first), 1):
            info = dated[doc.path]
            rows.append(
                f"<tr><td>{number}</td><td>{_e(doc.name)}</td><td>{_e(info.period or '—')}</td>"
                f"<td>{day_month_year(info.upload)}</td>"
                f'<td><a href="{_e(doc.path)}">{_e(download)}</a></td></tr>'
            )
        table = (
            f'<table class="tabla-documentos"><thead><tr>{header}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
            if rows
            else ""
        )
        parts.append(f"<section><h2>{_e(item.label)}</h2>{_words(item, notes)}{table}</section>")
    order = "recientes primero" if newest_first else "antiguos primero"
    for numeral in portal.notes:
        portal.notes[numeral] += f"; tabla {order}"
    site.put(index, title, "".join(parts))
    return site.routes


# -- encabezados ----------------------------------------------------------------------------


def _encabezados(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    dated, notes = _prepare(items, today, draw, portal, "encabezados")
    title = str(draw(st.sampled_from(_w("section", "titles"))))
    index = "/transparencia/informacion-publica-de-oficio/"
    site = _site(draw, index, title)
    nested = draw(st.booleans())
    stamp = draw(st.sampled_from([None, *_w("lists", "published")]))
    newest_first = draw(st.booleans())
    tag = "h3" if nested else "h2"
    parts = [_intro(draw, today)]
    if nested:
        parts.append("<h2>Artículo 10</h2>")
    for item in _present(items):
        links = []
        for doc in _ordered(item, newest_first):
            after = ""
            if stamp:
                after = " " + _e(str(stamp).format(date=day_month_year(dated[doc.path].upload)))
            links.append(f'<li><a href="{_e(doc.path)}">{_e(doc.name)}</a>{after}</li>')
        listing = f"<ul>{''.join(links)}</ul>" if links else ""
        parts.append(f"<{tag}>{_e(item.label)}</{tag}>{_words(item, notes)}{listing}")
    for numeral in portal.notes:
        portal.notes[numeral] += f"; {tag}, fecha {stamp or 'ninguna'}"
    site.put(index, title, "".join(parts))
    return site.routes


# -- paginas --------------------------------------------------------------------------------


def _paginas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    dated, notes = _prepare(items, today, draw, portal, "paginas")
    title = str(draw(st.sampled_from(_w("section", "titles"))))
    index = "/index.php/informacion-publica/"
    site = _site(draw, index, title)
    stamped = draw(st.booleans())
    as_list = draw(st.booleans())
    see = str(_w("pages", "see"))
    links = []
    for item in _present(items):
        path = f"{index}{item.numeral}-{_slug(item.plain)[:40]}"
        links.append(f'<li><a href="{path}">{_e(item.label)}</a></li>')
        body = _words(item, notes)
        if stamped and item.docs:
            newest = max(dated[d.path].upload for d in item.docs)
            text = str(_w("pages", "updated")).format(date=day_month_year(newest))
            body = f"<p class='actualizado'>{_e(text)}</p>" + body
        if as_list and item.docs:
            body += "<ul>" + "".join(
                f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs
            )
            body += "</ul>"
        else:
            body += "".join(
                f'<p>{_e(d.name)} <a href="{_e(d.path)}">{_e(see)}</a></p>' for d in item.docs
            )
        site.put(path, item.label, body)
    for numeral in portal.notes:
        portal.notes[numeral] += f"; página propia, {'lista' if as_list else 'Ver documento'}"
        portal.notes[numeral] += ", con Última actualización" if stamped else ""
    site.put(index, title, _intro(draw, today) + f"<ul>{''.join(links)}</ul>")
    return site.routes


# -- biblioteca -----------------------------------------------------------------------------


def _biblioteca(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    dated, notes = _prepare(items, today, draw, portal, "biblioteca")
    root_word = str(_w("library", "root"))
    title = f"{draw(st.sampled_from(_w('section', 'titles')))} - {root_word}"
    index = "/documentos/informacion-publica/"
    site = _site(draw, index, title)
    header = "".join(f"<th>{_e(h)}</th>" for h in _w("library", "header"))
    size = str(_w("library", "size"))
    rows = []
    for item in _present(items):
        path = f"{index}{item.numeral:02d}-{_slug(item.plain)[:40]}/"
        newest = max((dated[d.path].upload for d in item.docs), default=None)
        when = day_month_year(newest) if newest else ""
        rows.append(
            f'<tr class="carpeta"><td><a href="{path}">{_e(item.label)}</a></td>'
            f"<td>{when}</td><td></td></tr>"
        )
        files = []
        for doc in sorted(item.docs, key=lambda d: dated[d.path].upload, reverse=True):
            info = dated[doc.path]
            hour = draw(st.integers(8, 17))
            minute = draw(st.integers(0, 59))
            kb = draw(st.integers(90, 4800))
            files.append(
                f'<tr><td><a href="{_e(doc.path)}">{_e(file_stem(doc.name))}.pdf</a></td>'
                f"<td>{day_month_year(info.upload)} {hour:02d}:{minute:02d}</td>"
                f"<td>{_e(size.format(kb=kb))}</td></tr>"
            )
        if files:
            listing = f"<table class='biblioteca'><thead><tr>{header}</tr></thead>"
            listing += f"<tbody>{''.join(files)}</tbody></table>"
        else:
            listing = f"<p class='vacia'>{_e(str(_w('library', 'empty')))}</p>"
        crumbs = f'<p class="ruta"><a href="{index}">{_e(root_word)}</a> / {_e(item.label)}</p>'
        site.put(path, item.label, crumbs + _words(item, notes) + listing)
    for numeral in portal.notes:
        portal.notes[numeral] += "; carpeta de la biblioteca"
    site.put(
        index,
        title,
        f"<table class='biblioteca'><thead><tr>{header}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>",
    )
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "tabla-periodos": _tabla,
    "encabezados": _encabezados,
    "paginas": _paginas,
    "biblioteca": _biblioteca,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 32 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)
