"""Thirty-fourth exam: four portal layouts whose theme is DATES THAT ARE WRONG OR CARELESS, the
way staff really type them, with the truth of every section.

Items (truth, labels, phrases) are drawn exactly as the generated portals draw them
(``tests.compliance.generated.portals._item``); the documents of every item that has some (ok,
outdated and broken items) are then re-named and, for monthly items, re-dated here, so that one
date a reader sees beside or in a document can be careless while the rest of what is shown
settles the period:

* MONTHLY items (4, 8–12, 18, 20, 22; one current item in three made stale, as careless dates that
  make a stale item look current need stale items) publish one report per completed month (or, one
  item in five, per two months, "Septiembre - Octubre 2026", "Diciembre 2025 - Enero 2026"): current
  items end at the previous month, outdated ones two to six months back or at the last January at
  least two months back (half the outdated two-month items, so their span crosses the year). Names
  follow the generator's patterns ("{label} {month} {year}", "… Ejercicio Fiscal 2026 Mes de
  OCTUBRE") or a range of days ("del 01/10/2026 al 31/10/2026", "del 01 al 31 de octubre de 2026").
  YEARLY items (5, 7, 13, 26, 28) keep the generator's years, named "{label} 2026" / "… Ejercicio
  Fiscal 2026" / "Numeral 26 … 2026". ON-CHANGE items keep the generator's documents (named by their
  year, or not).
* Each document may carry ONE careless date (the newest three times in five, the others one in
  four), among those the layout shows: in its TITLE the year with the letter O ("2O26"), a
  misspelt month ("Octuble", "Novimbre", "Setiembre"), an impossible last day ("al 31/11/2026",
  "del 01 al 31 de noviembre"), a range in US order ("del 11/01/2026 al 11/30/2026"), and, only
  where a year heading, a year folder or a "Período" cell shows the right year, a doubled digit
  ("20226"), swapped digits ("2062") or the previous year left from a copied row ("Informe Octubre
  2025" under 2026, its file informe_octubre_2026.pdf); in its FILE NAME the same (the title and
  the heading or cell right); in its PERÍODO cell or field a misspelt month or "2O26" (the title
  right); in its UPLOAD DATE a day in the future ("14/12/2026" on 24 Nov 2026), US order
  ("11/30/2026", only with a day above 12), "2O26", "--", or, in a table, "Pendiente" beside a
  linked document. Tables and cards may also list the months after the newest report as rows or
  cards "Pendiente" without a document.

The truth is the citizen's reading of the true periods (the rules of ``../shared/laip/README.md``,
as exam32 reads them): a monthly item is ok when its newest published report ends in the current
or the previous month, outdated otherwise; a yearly item is ok when its newest document covers
the current year or a later one, or the previous year until the end of March; an on-change item
that publishes something is ok. A careless date never changes it: the title's "2062" under the 2026
heading is 2026, an upload stamp in the future or "--" says nothing of the period, a "Pendiente" row
is not a publication. Broken items keep that truth (their documents are not served); empty, not
applicable and missing items and items published as the municipality's own statement are not
touched. Every item's note says its periods, its careless dates and its truth. The exam's days
are ``kit.DAYS`` (24 Nov 2026, 6 Jan 2027, 4 Dec 2026). Wording: ``wording.toml`` here (sources
there). Layouts:

* ``tabla-fecha``: one page of the items, each a heading and its table "No. | Documento | Período
  | Fecha de publicación | Descargar" (a third of the portals without "Período": "No. | Documento
  | Fecha | Descargar"), rows newest or oldest first, "Pendiente" rows for months not published.
* ``anios``: one page of the items, each a heading, then year headings ("2026", "Año 2026",
  "INFORMACIÓN AÑO 2026", "Ejercicio Fiscal 2026") over lists of document links, with or without
  an upload stamp after each link ("(publicado el 05/11/2026)").
* ``biblioteca``: a document library: a folder per item, in it a folder per year (on-change items:
  the files themselves), each year folder listing its files by FILE NAME with "Fecha de carga" and
  "Tamaño"; the file names carry the careless titles.
* ``fichas``: an index of the items leading to a page per item of document cards (title,
  "Período:", "Fecha de publicación:", "Descargar"), and "Pendiente" cards without a button.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
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
    _no_accents,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("tabla-fecha", "anios", "biblioteca", "fichas")
EXAM34: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam34 layout shares.
_INNER = {
    "tabla-fecha": "wordpress",
    "anios": "wordpress",
    "biblioteca": "joomla",
    "fichas": "joomla",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM34[section][key]["text"]


MISSPELT: dict[str, list[str]] = {k: list(v) for k, v in _w("periods", "misspelt").items()}


# -- periods and how they are written ------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
    """What a document covers: a month, two months ending at ``month``, a year, or (on-change
    documents) the year it was approved."""

    kind: str  # mes | bimestre | anio | cambio
    year: int
    month: int = 0

    @property
    def end(self) -> int:
        """The last month covered, as a month index (year * 12 + month - 1)."""
        return self.year * 12 + max(self.month, 1) - 1

    @property
    def first(self) -> tuple[int, int]:
        """A two-month report's first (year, month)."""
        return _ym(self.end - 1)

    @property
    def crosses(self) -> bool:
        return self.kind == "bimestre" and self.first[0] != self.year

    def describe(self) -> str:
        if self.kind == "mes":
            return f"{MESES[self.month - 1]} {self.year}"
        if self.kind == "bimestre":
            y1, m1 = self.first
            return f"{MESES[m1 - 1]} {y1} - {MESES[self.month - 1]} {self.year}"
        return str(self.year)


def _ym(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


@dataclass(frozen=True)
class _Fields:
    """The parts of a date as written: the (last) year, the first year of a range, the (last)
    month's name, the first month's name, the month's number, the last day, US order."""

    year: str
    year1: str
    month: str
    month1: str
    mm: str
    day: str
    us: bool = False


def _true_fields(period: _Period) -> _Fields:
    month = max(period.month, 1)
    y1, m1 = period.first if period.kind == "bimestre" else (period.year, month)
    return _Fields(
        year=str(period.year),
        year1=str(y1),
        month=MESES[month - 1],
        month1=MESES[m1 - 1],
        mm=f"{month:02d}",
        day=str(_last_day(period.year, month)),
    )


@dataclass(frozen=True)
class _Style:
    """How an item's documents are named."""

    kind: str  # patron | rango | palabras | bimestre | anio | cambio
    base: str
    numeral: int
    pattern: str = ""
    dated: bool = True  # on-change documents: named by their year


def _render(style: _Style, period: _Period, f: _Fields, plain: str = "") -> str:
    """A document's name with the date parts ``f``."""
    if style.kind == "patron":
        return style.pattern.format(
            label=style.base, month=f.month, MONTH=f.month.upper(), year=f.year
        )
    if style.kind == "rango":
        key = "range_us" if f.us else "range"
        return str(_w("periods", key)).format(
            label=style.base, mm=f.mm, dd=f.day, y1=f.year1, y2=f.year
        )
    if style.kind == "palabras":
        return str(_w("periods", "words")).format(
            label=style.base, dd=f.day, mes=f.month.lower(), year=f.year
        )
    if style.kind == "bimestre":
        if period.crosses:
            return str(_w("periods", "two_years")).format(
                label=style.base, month1=f.month1, year1=f.year1, month2=f.month, year2=f.year
            )
        return str(_w("periods", "two_months")).format(
            label=style.base, month1=f.month1, month2=f.month, year=f.year
        )
    if style.kind == "anio":
        return style.pattern.format(label=style.base, yyyy=f.year, numeral=style.numeral)
    if style.dated:
        return str(_w("periods", "dated")).format(label=style.base, yyyy=f.year)
    return plain


def _cell(form: str, period: _Period, f: _Fields) -> str:
    """The "Período" a table cell or a card prints."""
    if period.kind == "mes":
        return form.format(Mes=f.month, yyyy=f.year, mm=f.mm, yy=f.year[-2:])
    if period.kind == "bimestre":
        if period.crosses:
            return str(_w("periods", "cell_two_years")).format(
                Mes1=f.month1, yyyy1=f.year1, Mes2=f.month, yyyy2=f.year
            )
        return str(_w("periods", "cell_two")).format(Mes1=f.month1, Mes2=f.month, yyyy=f.year)
    if period.kind == "anio":
        return form.format(yyyy=f.year)
    return f.year if form else str(_w("periods", "cell_none"))


# -- careless dates ------------------------------------------------------------------------------


def _letter_o(year: str) -> str:
    return year.replace("0", "O", 1)


def _doubled(year: str) -> str:
    return year[:3] + year[2:]


def _swapped(year: str) -> str:
    return year[:2] + year[3] + year[2]


def _middle(year: str) -> str:
    """The year's middle digits swapped ("2201" for 2021)."""
    return year[0] + year[2] + year[1] + year[3]


def _misspelt(word: str, draw: st.DrawFn) -> str:
    wrong = str(draw(st.sampled_from(MISSPELT[word.capitalize()])))
    return wrong.upper() if word.isupper() else wrong


def _safe(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, _last_day(year, month)))


def _future(upload: dt.date, today: dt.date, draw: st.DrawFn) -> dt.date:
    """The upload day as mistyped into a day after ``today``: a month ahead, two, a year, or two
    of the year's digits swapped."""
    candidates = []
    for ahead in (1, 2):
        year, month = _ym(upload.year * 12 + upload.month - 1 + ahead)
        candidates.append(_safe(year, month, upload.day))
    candidates.append(_safe(upload.year + 1, upload.month, upload.day))
    for typed in (_swapped(str(upload.year)), _middle(str(upload.year))):
        candidates.append(_safe(int(typed), upload.month, upload.day))
    return draw(st.sampled_from([c for c in candidates if c > today]))


@dataclass(frozen=True)
class _Shows:
    """What a layout shows of each document, so which careless date a reader can see past."""

    cell: bool  # a Período cell or field
    dates: bool  # an upload date
    file_apart: bool  # linked by its title, so its file name is a second signal
    pending: bool  # rows or cards for months not published yet
    pending_cell: bool  # "Pendiente" in a linked document's date cell
    context: Callable[[str], bool]  # per rhythm: a heading, folder or cell settles the year


@dataclass
class _Row:
    """A document (or a month not published, ``doc`` None) as the layout prints it."""

    period: _Period
    title: str
    cell: str
    date: str
    doc: Doc | None
    file_name: str = ""
    defect: str = ""
    kb: int = 0


def _choices(
    style: _Style, period: _Period, upload: dt.date, shows: _Shows, form: str
) -> dict[str, list[str]]:
    """The careless dates this document can carry where the layout lets a reader see past it."""
    dated = style.kind != "cambio" or style.dated
    month = MESES[max(period.month, 1) - 1]
    wordy = style.kind in ("patron", "palabras", "bimestre") and month in MISSPELT
    context = shows.context(period.kind)
    title = []
    if dated:
        title.append("titulo:letra-o")
    if wordy:
        title.append("titulo:mes")
    if style.kind in ("rango", "palabras") and (
        _last_day(period.year, period.month) == 30 or period.month == 2
    ):
        title.append("titulo:dia")
    if style.kind == "rango":
        title.append("titulo:eeuu")
    if dated and context:
        title += ["titulo:doble", "titulo:invertido"]
        if not period.crosses:
            title.append("titulo:copiado")
    out: dict[str, list[str]] = {"titulo": title}
    if shows.file_apart:
        files = ["archivo:letra-o"] if dated else []
        if wordy:
            files.append("archivo:mes")
        if dated and context and not period.crosses:
            files.append("archivo:copiado")
        out["archivo"] = files
    if shows.cell and period.kind in ("mes", "anio"):
        # Only what the cell's form prints: a four-digit year, a month's name.
        cells = ["periodo:letra-o"] if "{yyyy}" in form else []
        if "{Mes}" in form and month in MISSPELT:
            cells.append("periodo:mes")
        out["periodo"] = cells
    if shows.dates:
        dates = ["fecha:futura", "fecha:letra-o", "fecha:vacia"]
        if upload.day > 12:
            dates.append("fecha:eeuu")
        if shows.pending_cell:
            dates.append("fecha:pendiente")
        out["fecha"] = dates
    return {k: v for k, v in out.items() if v}


def _careless(defect: str, f: _Fields, draw: st.DrawFn) -> _Fields:
    """``f`` with the careless date ``defect`` (its part after the colon)."""
    kind = defect.split(":", 1)[1]
    if kind == "letra-o":
        return replace(f, year=_letter_o(f.year))
    if kind == "doble":
        return replace(f, year=_doubled(f.year))
    if kind == "invertido":
        return replace(f, year=_swapped(f.year))
    if kind == "copiado":
        previous = str(int(f.year) - 1)
        return replace(f, year=previous, year1=previous if f.year1 == f.year else f.year1)
    if kind == "mes":
        return replace(f, month=_misspelt(f.month, draw))
    if kind == "dia":
        return replace(f, day="30" if f.mm == "02" else "31")
    if kind == "eeuu":
        return replace(f, us=True)
    raise ValueError(defect)


def _date_text(defect: str, upload: dt.date, today: dt.date, draw: st.DrawFn) -> str:
    if defect == "fecha:futura":
        return day_month_year(_future(upload, today, draw))
    if defect == "fecha:letra-o":
        return f"{upload.day:02d}/{upload.month:02d}/{_letter_o(str(upload.year))}"
    if defect == "fecha:eeuu":
        return f"{upload.month:02d}/{upload.day:02d}/{upload.year}"
    if defect == "fecha:vacia":
        return str(_w("dates", "none"))
    if defect == "fecha:pendiente":
        return str(_w("dates", "pending"))
    return day_month_year(upload)


# -- re-dating -----------------------------------------------------------------------------------


def _stem(text: str) -> str:
    """A file name as typed from a title: no accents, words joined by hyphens (never cut, so the
    period stays in it)."""
    plain = _no_accents(text).replace("ñ", "n").replace("Ñ", "N")
    kept = "".join(ch if ch.isalnum() or ch in "-_" else " " for ch in plain)
    return re.sub("-{2,}", "-", "-".join(kept.split())) or "documento"


def _file(style: str, title: str) -> str:
    stem = _stem(title)
    if style == "guion":
        return stem.lower() + ".pdf"
    if style == "bajo":
        return stem.lower().replace("-", "_") + ".pdf"
    return stem + ".pdf"


def _base(item: Item, draw: st.DrawFn) -> str:
    label = draw(st.sampled_from([lab["text"] for lab in ITEMS[item.numeral]["labels"]]))
    return str(label).split(",")[0][:40]


def _monthly(stale: bool, today: dt.date, draw: st.DrawFn, kind: str) -> list[_Period]:
    """The months (or two-month spans) an item's reports cover, newest first."""
    now = today.year * 12 + today.month - 1
    if stale:
        # Two-month reports end at January often, so that their span crosses the year.
        backs = [2, 3, 0, 0] if kind == "bimestre" else [2, 2, 3, 3, 4, 6, 0]
        back = draw(st.sampled_from(backs))
        if back == 0:  # ends at the last January at least two months back
            january = today.year * 12
            end = january if now - january >= 2 else january - 12
        else:
            end = now - back
    else:
        end = now - 1
    step = 2 if kind == "bimestre" else 1
    return [_Period(kind, *_ym(end - k * step)) for k in range(draw(st.integers(1, 4)))]


@dataclass
class _Portal:
    """A portal's own habits: how it names files and writes periods."""

    layout: str
    file_style: str
    cell_month: str
    cell_year: str


def _redate(
    item: Item,
    today: dt.date,
    draw: st.DrawFn,
    habits: _Portal,
    shows: _Shows,
    seen: set[str],
) -> tuple[list[_Row], str]:
    """The item's documents renamed (monthly ones re-dated), each with at most one careless date;
    the truth set from the true periods. Returns the rows (newest first) and the note."""
    rhythm = item_rhythm(item)
    base = _base(item, draw)
    plains: list[str] = []
    if rhythm == "monthly":
        kind = draw(st.sampled_from(["patron", "patron", "rango", "palabras", "bimestre"]))
        pattern = str(draw(st.sampled_from(_w("periods", "month")))) if kind == "patron" else ""
        style = _Style(kind, base, item.numeral, pattern.replace("{numeral}", str(item.numeral)))
        # One current item in three is made stale: the careless dates that make a stale item
        # look current need stale items.
        stale = item.truth == "outdated" or (item.truth == "ok" and draw(st.integers(0, 2)) == 2)
        periods = _monthly(stale, today, draw, "bimestre" if kind == "bimestre" else "mes")
        ends = [dt.date(p.year, p.month, _last_day(p.year, p.month)) for p in periods]
        uploads = [min(e + dt.timedelta(days=draw(st.integers(3, 21))), today) for e in ends]
        covered = ends
    elif rhythm == "yearly":
        pattern = str(draw(st.sampled_from(_w("periods", "year"))))
        style = _Style("anio", base, item.numeral, pattern)
        docs = sorted(item.docs, key=lambda d: d.modified or today, reverse=True)
        periods = [_Period("anio", (d.modified or today).year) for d in docs]
        uploads, covered = [], []
        for period in periods:
            start = dt.date(period.year, 1, 20)
            if start <= today:
                upload = min(start + dt.timedelta(days=draw(st.integers(0, 40))), today)
                covered.append(start)
            else:  # next year's plan, approved and put on the site in December
                upload = today - dt.timedelta(days=draw(st.integers(1, 25)))
                covered.append(upload)
            uploads.append(upload)
    else:
        docs = sorted(item.docs, key=lambda d: d.modified or today, reverse=True)
        dated = all(d.modified and d.name.endswith(str(d.modified.year)) for d in docs)
        if dated:
            base = docs[0].name.rsplit(" ", 1)[0]
        style = _Style("cambio", base, item.numeral, dated=dated)
        plains = [d.name for d in docs]
        periods = [_Period("cambio", (d.modified or today).year) for d in docs]
        covered = [d.modified or today for d in docs]
        uploads = [min(c + dt.timedelta(days=draw(st.integers(1, 30))), today) for c in covered]
    broken = item.truth == "broken"
    rows: list[_Row] = []
    marks: list[str] = []
    for index, (period, upload, day) in enumerate(zip(periods, uploads, covered, strict=True)):
        plain = plains[index] if plains else ""
        truth = _true_fields(period)
        title_f = file_f = cell_f = truth
        defect = ""
        form = habits.cell_year if period.kind == "anio" else habits.cell_month
        if period.kind == "cambio":
            form = "{yyyy}" if style.dated else ""
        choices = _choices(style, period, upload, shows, form)
        odds = 12 if index == 0 else 5
        # The simplest draw (hypothesis' first) is a document without a careless date.
        if choices and draw(st.integers(0, 19)) >= 20 - odds:
            category = draw(st.sampled_from(sorted(choices)))
            defect = str(draw(st.sampled_from(choices[category])))
            if category == "titulo":
                title_f = _careless(defect, truth, draw)
                if not shows.file_apart:
                    file_f = title_f
            elif category == "archivo":
                file_f = _careless(defect, truth, draw)
            elif category == "periodo":
                cell_f = _careless(defect, truth, draw)
        name = _file(habits.file_style, _render(style, period, file_f, plain))
        path = unique(f"/files/{item.numeral:02d}/{name}", seen)
        doc = Doc(_render(style, period, truth, plain), path, not broken, day)
        rows.append(
            _Row(
                period,
                _render(style, period, title_f, plain),
                _cell(form, period, cell_f),
                _date_text(defect, upload, today, draw),
                doc,
                path.rsplit("/", 1)[1],
                defect,
                draw(st.integers(90, 4800)),
            )
        )
        if defect:
            marks.append(f"{defect}@{period.describe()}")
    item.docs = [row.doc for row in rows if row.doc is not None]
    item.updated = ""
    pending: list[str] = []
    monthly = style.kind in ("patron", "rango", "palabras")
    if shows.pending and monthly and not broken and draw(st.integers(0, 2)) == 2:
        now = today.year * 12 + today.month - 1
        newest = periods[0].end
        for end in range(newest + 1, min(now, newest + 3) + 1):
            period = _Period("mes", *_ym(end))
            fields = _true_fields(period)
            rows.insert(
                0,
                _Row(
                    period,
                    _render(style, period, fields),
                    _cell(habits.cell_month, period, fields),
                    str(_w("dates", "pending")),
                    None,
                ),
            )
            pending.append(period.describe())
    if not broken:
        item.truth = _truth(rhythm, periods, today)
    note = (
        f"{habits.layout}: {rhythm}/{style.kind}; más reciente {periods[0].describe()}; "
        f"fechas descuidadas: {', '.join(marks) or 'ninguna'}"
        + (f"; pendientes: {', '.join(pending)}" if pending else "")
        + f" → {item.truth}"
    )
    return rows, note


def _truth(rhythm: str, periods: list[_Period], today: dt.date) -> str:
    """The rules of the module's docstring, on the true periods."""
    if rhythm == "monthly":
        now = today.year * 12 + today.month - 1
        return "ok" if now - max(p.end for p in periods) <= 1 else "outdated"
    if rhythm == "yearly":
        newest = max(p.year for p in periods)
        current = newest >= today.year or (newest == today.year - 1 and today.month <= 3)
        return "ok" if current else "outdated"
    return "ok"


def _prepare(
    items: list[Item],
    today: dt.date,
    draw: st.DrawFn,
    portal: ExamPortal,
    layout: str,
    shows: _Shows,
) -> dict[int, list[_Row]]:
    """Every item's rows (newest first; none for items without documents) and notes."""
    habits = _Portal(
        layout,
        draw(st.sampled_from(["guion", "bajo", "wp"])),
        str(draw(st.sampled_from(_w("periods", "cell_month")))),
        str(draw(st.sampled_from(_w("periods", "cell_year")))),
    )
    seen: set[str] = set()
    out: dict[int, list[_Row]] = {}
    for item in items:
        if item.docs:
            out[item.numeral], portal.notes[item.numeral] = _redate(
                item, today, draw, habits, shows, seen
            )
        else:
            out[item.numeral] = []
            shown = "no publicado" if item.truth == "missing" else "sin documentos"
            portal.notes[item.numeral] = f"{layout}: {shown} ({item.truth})"
    return out


# -- the site ------------------------------------------------------------------------------------


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


def _heading_year(row: _Row) -> int:
    return row.period.year


# -- tabla-fecha ---------------------------------------------------------------------------------


def _tabla(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    with_period = draw(st.integers(0, 2)) > 0
    shows = _Shows(
        cell=with_period,
        dates=True,
        file_apart=True,
        pending=True,
        pending_cell=True,
        context=lambda _kind: with_period,
    )
    rows = _prepare(items, today, draw, portal, "tabla-fecha", shows)
    title = str(draw(st.sampled_from(_w("section", "titles"))))
    index = "/informacion-publica/"
    site = _site(draw, index, title)
    newest_first = draw(st.booleans())
    tag = draw(st.sampled_from(["h2", "h3"]))
    header = list(_w("tabla", "header" if with_period else "header_short"))
    download = header[-1]
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    parts = [_intro(draw, today)]
    for item in _present(items):
        ordered = rows[item.numeral] if newest_first else rows[item.numeral][::-1]
        lines = []
        for number, row in enumerate(ordered, 1):
            if row.doc is None:
                link = _e(str(_w("dates", "none")))
            else:
                link = f'<a href="{_e(row.doc.path)}" target="_blank">{_e(download)}</a>'
            cell = f"<td>{_e(row.cell)}</td>" if with_period else ""
            lines.append(
                f"<tr><td>{number}</td><td>{_e(row.title)}</td>{cell}"
                f"<td>{_e(row.date)}</td><td>{link}</td></tr>"
            )
        table = (
            f'<table class="table table-bordered"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(lines)}</tbody></table>"
            if lines
            else ""
        )
        words = paragraphs(item_words(item))
        parts.append(f"<section><{tag}>{_e(item.label)}</{tag}>{words}{table}</section>")
    order = "recientes primero" if newest_first else "antiguos primero"
    for numeral in portal.notes:
        portal.notes[numeral] += f"; tabla {'con' if with_period else 'sin'} Período, {order}"
    site.put(index, title, "".join(parts))
    return site.routes


# -- anios ---------------------------------------------------------------------------------------


def _anios(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    stamp = draw(st.sampled_from([None, *_w("anios", "stamp")]))
    shows = _Shows(
        cell=False,
        dates=stamp is not None,
        file_apart=True,
        pending=False,
        pending_cell=False,
        context=lambda _kind: True,
    )
    rows = _prepare(items, today, draw, portal, "anios", shows)
    title = str(draw(st.sampled_from(_w("section", "titles"))))
    index = "/transparencia/informacion-publica-de-oficio/"
    site = _site(draw, index, title)
    heading = str(draw(st.sampled_from(_w("anios", "heading"))))
    tag, sub = draw(st.sampled_from([("h2", "h3"), ("h2", "h4"), ("h3", "strong")]))
    newest_first = draw(st.booleans())
    parts = [_intro(draw, today)]
    for item in _present(items):
        parts.append(f"<{tag}>{_e(item.label)}</{tag}>{paragraphs(item_words(item))}")
        years = sorted({_heading_year(r) for r in rows[item.numeral]}, reverse=True)
        for year in years:
            text = _e(heading.format(yyyy=year))
            parts.append(
                f"<p><strong>{text}</strong></p>" if sub == "strong" else f"<{sub}>{text}</{sub}>"
            )
            group = [r for r in rows[item.numeral] if _heading_year(r) == year]
            links = []
            for row in group if newest_first else group[::-1]:
                assert row.doc is not None
                after = " " + _e(str(stamp).format(date=row.date)) if stamp else ""
                links.append(f'<li><a href="{_e(row.doc.path)}">{_e(row.title)}</a>{after}</li>')
            parts.append(f"<ul>{''.join(links)}</ul>")
    for numeral in portal.notes:
        portal.notes[numeral] += f"; encabezados '{heading}', sello {stamp or 'ninguno'}"
    site.put(index, title, "".join(parts))
    return site.routes


# -- biblioteca ----------------------------------------------------------------------------------


def _biblioteca(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    shows = _Shows(
        cell=False,
        dates=True,
        file_apart=False,
        pending=False,
        pending_cell=False,
        context=lambda kind: kind != "cambio",
    )
    rows = _prepare(items, today, draw, portal, "biblioteca", shows)
    root = str(_w("biblioteca", "root"))
    title = f"{draw(st.sampled_from(_w('section', 'titles')))} - {root}"
    index = "/documentos/informacion-publica/"
    site = _site(draw, index, title)
    folder_word = _e(str(_w("biblioteca", "folder")))
    folders_head = "".join(f"<th>{_e(h)}</th>" for h in _w("biblioteca", "folders"))
    files_head = "".join(f"<th>{_e(h)}</th>" for h in _w("biblioteca", "header"))
    size = str(_w("biblioteca", "size"))
    opening = "<table class='biblioteca'><thead><tr>"
    empty = f"<p class='vacia'>{_e(str(_w('biblioteca', 'empty')))}</p>"

    def folder_table(entries: list[tuple[str, str]]) -> str:
        body = "".join(
            f'<tr class="carpeta"><td><a href="{_e(h)}">{_e(t)}</a></td><td>{folder_word}</td></tr>'
            for t, h in entries
        )
        return f"{opening}{folders_head}</tr></thead><tbody>{body}</tbody></table>"

    def files_table(group: list[_Row]) -> str:
        body = ""
        for row in group:
            assert row.doc is not None
            body += (
                f'<tr><td><a href="{_e(row.doc.path)}">{_e(row.file_name)}</a></td>'
                f"<td>{_e(row.date)}</td><td>{_e(size.format(kb=row.kb))}</td></tr>"
            )
        return f"{opening}{files_head}</tr></thead><tbody>{body}</tbody></table>"

    def trail(*steps: tuple[str, str]) -> str:
        links = [f'<a href="{index}">{_e(root)}</a>'] + [
            f'<a href="{_e(h)}">{_e(t)}</a>' if h else _e(t) for t, h in steps
        ]
        return f'<p class="ruta">{" / ".join(links)}</p>'

    entries = []
    for item in _present(items):
        path = f"{index}{item.numeral:02d}-{_slug(item.plain)[:40]}/"
        entries.append((item.label, path))
        mine = rows[item.numeral]
        words = paragraphs(item_words(item))
        if not mine:
            listing = empty
        elif mine[0].period.kind == "cambio":
            listing = files_table(mine)
        else:
            years = sorted({_heading_year(r) for r in mine}, reverse=True)
            listing = folder_table([(str(y), f"{path}{y}/") for y in years])
            for year in years:
                group = [r for r in mine if _heading_year(r) == year]
                site.put(
                    f"{path}{year}/",
                    f"{item.label} - {year}",
                    trail((item.label, path), (str(year), "")) + files_table(group),
                )
        site.put(path, item.label, trail((item.label, "")) + words + listing)
    for numeral in portal.notes:
        portal.notes[numeral] += "; carpeta de la biblioteca, años en subcarpetas"
    site.put(index, title, folder_table(entries))
    return site.routes


# -- fichas --------------------------------------------------------------------------------------


def _fichas(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    shows = _Shows(
        cell=True,
        dates=True,
        file_apart=True,
        pending=True,
        pending_cell=False,
        context=lambda _kind: True,
    )
    rows = _prepare(items, today, draw, portal, "fichas", shows)
    title = str(draw(st.sampled_from(_w("section", "titles"))))
    index = "/index.php/informacion-publica/"
    site = _site(draw, index, title)
    period_word = _e(str(_w("fichas", "period")))
    published = _e(str(_w("fichas", "published")))
    button = _e(str(_w("fichas", "button")))
    pending = _e(str(_w("dates", "pending")))
    more = _e(str(_w("fichas", "more")))
    links = []
    for item in _present(items):
        path = f"{index}{item.numeral}-{_slug(item.plain)[:40]}"
        links.append(
            f'<li><a href="{path}">{_e(item.label)}</a> <a href="{path}" class="btn btn-link">'
            f"{more}</a></li>"
        )
        cards = []
        for row in rows[item.numeral]:
            if row.doc is None:
                action = f'<span class="badge badge-warning">{pending}</span>'
            else:
                action = (
                    f'<a href="{_e(row.doc.path)}" class="btn btn-primary" target="_blank">'
                    f"{button}</a>"
                )
            cards.append(
                '<div class="col-md-4"><div class="card documento"><div class="card-body">'
                f'<h5 class="card-title">{_e(row.title)}</h5>'
                f'<p class="card-text"><strong>{period_word}</strong> {_e(row.cell)}</p>'
                f'<p class="card-text"><strong>{published}</strong> {_e(row.date)}</p>'
                f"{action}</div></div></div>"
            )
        grid = f'<div class="row">{"".join(cards)}</div>' if cards else ""
        site.put(path, item.label, paragraphs(item_words(item)) + grid)
    for numeral in portal.notes:
        portal.notes[numeral] += "; página propia con fichas"
    site.put(index, title, _intro(draw, today) + f"<ul>{''.join(links)}</ul>")
    return site.routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "tabla-fecha": _tabla,
    "anios": _anios,
    "biblioteca": _biblioteca,
    "fichas": _fichas,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 34 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS)
