"""Fifteenth exam: four portal layouts that vary HOW DATES ARE WRITTEN, with the truth of every
section.

Items (truth, labels, documents, dates, phrases) are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item``); only the way they are laid out, and how the
dates that tell whether an item is current are written and placed, is new. Every date printed is
the truth's own: the day a file was put on the site (``kit.uploaded``), the last day of the month a
monthly document covers, the year of a yearly one; or, in ``stale-signals``, a date that is NOT the
item's (today's clock, the copyright year, a site stamp, news of the last days, the day a page was
re-saved). Wording and date forms: ``wording.toml`` here (sources there). Layouts:

* ``english-cms``: a WordPress or a Joomla site left in its English locale, one page per item. The
  site has ONE date format for everything ("November 30, 2026", "Nov 30, 2026", "30 Nov 2026", US
  "11/30/2026" or "30/11/2026"): WordPress' "Posted on <time datetime=…>…</time>" entry meta and,
  in some portals, "Last updated: <time datetime=… title=…>2 weeks ago</time>"; Joomla's "Published:
  05 November 2026" / "Last Updated: …" / "Hits: 245" info block. The documents sit in a table
  "Title | Date | Size | Download" (Joomla: "Document | Date") whose Date is the day the file was
  uploaded; the documents' names carry no month or year (the dates are the CMS's only).
* ``numeric``: one page of headings, each item's documents in a DataTables table "No. | Documento |
  Fecha | (Período) | Descargar", the upload date written one way per portal: ISO "2026-11-30",
  "30.11.2026", "30-11-26", a timestamp "2026-11-30 14:22:05", ONLY in attributes (``<td
  data-order="2026-11-30T14:22:05-06:00"><time class="timeago" datetime="2026-11-30 14:22:05">
  </time></td>``, filled by a script), or a list with "Fecha de publicación: 30/11/2026" labels; in
  some portals a "Período" column ("11/2026", "2026"), and in some the file names start with the
  date ("20261130_ejecucion-presupuestaria.pdf": the month's last day, or the upload day).
* ``spanish-words``: an index of the items, one page per item whose documents' periods are written
  in Spanish words, per document: "30 de noviembre del 2026", "Noviembre, 2026", "NOV-2026",
  "nov. 2026", "Sept. 2026" / "Dic. 2026", "Setiembre" in some portals, "Enero a Noviembre 2026"
  (cumulative), "IV Trimestre 2026" / "Cuarto Trimestre 2026" (only for a quarter's last month),
  "II Semestre 2026" (June, December), "Ejercicio Fiscal 2026" / "Año 2026" (yearly),
  "Publicado el 2 de marzo del 2024" (documents kept until replaced); shown as a list ("<name> –
  <period>"), a table "No. | Descripción | Período | Archivo", or split columns "Año | Mes |
  Documento".
* ``stale-signals``: an index and one page per item whose documents keep their own names (the month
  and year in them); every page carries dates that are NOT the item's: a clock "lunes, 24 noviembre
  2026" / "Hoy es Lunes, 24 de Noviembre de 2026", a site-wide "Última actualización: <recent>",
  an "Últimas noticias" sidebar of news of the last days, "© 2026 …", "Su última visita: …"; item
  pages re-saved recently ("Última modificación: 20/11/2026 09:14") whatever their documents'
  age; and, in some portals, every file served with a recent Last-Modified (the files were copied
  to a new server), the day it was uploaded if later.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    item_rhythm,
    paragraphs,
    snippet,
    unique,
    uploaded,
    wording,
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

LAYOUTS = ("english-cms", "numeric", "spanish-words", "stale-signals")
EXAM15: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions an exam15 layout shares: "joomla" for one page per
# item (the label numbered, the law's wording on every page), "wordpress" for one page of headings
# (bare item names allowed, own text allowed).
_INNER = {
    "english-cms": "joomla",
    "numeric": "wordpress",
    "spanish-words": "joomla",
    "stale-signals": "joomla",
}
# Guatemala's offset from UTC, as <time datetime> and data-order write it.
_OFFSET = "-06:00"
_UNDATED = (
    re.compile(r"\b(?:mes\s+de\s+)?(?:" + "|".join(MESES) + r")\b", re.IGNORECASE),
    re.compile(r"\bejercicio\s+fiscal\b", re.IGNORECASE),
    re.compile(r"\b(?:19|20)\d\d\b"),
)
_UPDATED = re.compile(r"(\d\d)/(\d\d)/(\d{4})")

# What a portal does once the generator's noise has been added (stale-signals: dress every page
# with its dates, serve the copied files with their new Last-Modified).
# Keyed by id() and holding the portal itself, so no other portal can take over its id.
_AFTER: dict[int, tuple[ExamPortal, Callable[[ExamPortal], None]]] = {}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _undated(doc: Doc, item: Item) -> str:
    """The document's name without its month, year or "Ejercicio Fiscal"."""
    name = doc.name
    for pattern in _UNDATED:
        name = pattern.sub(" ", name)
    name = " ".join(name.split()).strip(" -,.")
    return name or item.plain


def _file(name: str) -> str:
    return _slug(name)[:50].strip("-") or "documento"


@dataclass
class _Shown:
    """One document as a layout shows it: its name without month or year, and when its file was
    put on the site."""

    doc: Doc
    name: str
    up: dt.datetime


def _moment(day: dt.date, draw: st.DrawFn) -> dt.datetime:
    """A working-hours moment of ``day`` (never after 17:00, the hour the site is read)."""
    return dt.datetime.combine(
        day, dt.time(draw(st.integers(8, 16)), draw(st.integers(0, 59)), draw(st.integers(0, 59)))
    )


def _shown(item: Item, today: dt.date, draw: st.DrawFn) -> list[_Shown]:
    return [
        _Shown(
            doc, _undated(doc, item), _moment(uploaded(doc, today, draw(st.integers(1, 12))), draw)
        )
        for doc in item.docs
    ]


def _iso(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S") + _OFFSET


def _period_end(doc: Doc, item: Item) -> dt.date | None:
    """The last day of the month a monthly document covers."""
    return doc.modified if item_rhythm(item) == "monthly" else None


def _page_dates(
    shown: list[_Shown], today: dt.date, draw: st.DrawFn
) -> tuple[dt.datetime, dt.datetime]:
    """When an item's page was published and last modified: before its first file, and when its
    newest file was added (a page without files: some day before today)."""
    if shown:
        first = min(s.up for s in shown)
        published = first - dt.timedelta(days=draw(st.integers(0, 20)), hours=1)
        return published, max(s.up for s in shown)
    day = today - dt.timedelta(days=draw(st.integers(15, 700)))
    published = _moment(day, draw)
    later = _moment(day + dt.timedelta(days=draw(st.integers(0, (today - day).days))), draw)
    return published, max(published, later)


def _size(draw: st.DrawFn) -> int:
    return draw(st.integers(40, 9000))


def _index(routes: Routes, path: str, title: str, links: list[str], today: dt.date) -> None:
    routes[path] = Resource(
        _page(
            title,
            f"<p>{_e(WORDING['article']['opening']['text'])}</p>"
            f"<ul class='list-numerales'>{''.join(links)}</ul>",
            today=today,
        )
    )
    _home(routes, path, title)


# -- english-cms (WordPress / Joomla in English: one date format for the whole site) -------------


def _en(day: dt.date, fmt: str) -> str:
    """``day`` in one of WordPress' date formats, in English."""
    words = EXAM15["english"]
    month = words["months"]["text"][day.month - 1]
    short = words["short_months"]["text"][day.month - 1]
    return {
        "F j, Y": f"{month} {day.day}, {day.year}",
        "M j, Y": f"{short} {day.day}, {day.year}",
        "j M Y": f"{day.day} {short} {day.year}",
        "m/d/Y": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "d/m/Y": f"{day.day:02d}/{day.month:02d}/{day.year}",
    }[fmt]


def _joomla_date(day: dt.date) -> str:
    """Joomla's DATE_FORMAT_LC3, "d F Y"."""
    return f"{day.day:02d} {EXAM15['english']['months']['text'][day.month - 1]} {day.year}"


def _round(value: float) -> int:
    """PHP's round(): halves away from zero."""
    return math.floor(value + 0.5)


def _since(then: dt.datetime, now: dt.datetime) -> str:
    """WordPress' human_time_diff() + "%s ago"."""
    diff = abs((now - then).total_seconds())
    minute, hour, day = 60, 3600, 86400
    week, month, year = 7 * day, 30 * day, 365 * day
    if diff < hour:
        number, unit = _round(diff / minute), 0
    elif diff < day:
        number, unit = _round(diff / hour), 1
    elif diff < week:
        number, unit = _round(diff / day), 2
    elif diff < month:
        number, unit = _round(diff / week), 3
    elif diff < year:
        number, unit = _round(diff / month), 4
    else:
        number, unit = _round(diff / year), 5
    number = max(number, 1)
    words = EXAM15["english"]
    word = words["units"]["text"][unit][0 if number == 1 else 1]
    return str(words["ago"]["text"]).format(since=f"{number} {word}")


def _texts_in(item: Item, write: Callable[[dt.date], str]) -> list[str]:
    """The item's words, its "Actualizado: dd/mm/yyyy" (if any) in the site's date format."""
    out = []
    for text in item_words(item):
        match = _UPDATED.search(text) if text == item.updated else None
        if match:
            day = dt.date(int(match[3]), int(match[2]), int(match[1]))
            text = str(EXAM15["english"]["updated_words"]["text"]).format(date=write(day))
        out.append(text)
    return out


def _english(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words, joomla_words = EXAM15["english"], EXAM15["joomla_en"]
    cms = draw(st.sampled_from(["wordpress", "joomla"]))
    fmt = draw(st.sampled_from(words["date_formats"]["text"]))
    relative = cms == "wordpress" and draw(st.booleans())
    now = dt.datetime.combine(today, dt.time(17, 30))
    index = words["index"]["text"] if cms == "wordpress" else words["index_joomla"]["text"]
    title = words["index_title"]["text"]
    routes: Routes = {}
    seen: set[str] = set()
    links = []
    post_id = draw(st.integers(100, 4000))

    def write(day: dt.date) -> str:
        return _en(day, fmt)

    for item in _present(items):
        nn = f"{item.numeral:02d}"
        slug = _slug(item.plain)[:40].strip("-") or "numeral"
        if cms == "wordpress":
            path = unique(f"{index}{slug}/", seen)
        else:
            path = unique(f"{index}/{nn}-{slug}", seen)
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        shown = _shown(item, today, draw)
        for s in shown:
            if cms == "wordpress":
                s.doc.path = unique(
                    words["uploads"]["text"].format(
                        yyyy=s.up.year, mm=f"{s.up.month:02d}", file=_file(s.name)
                    ),
                    seen,
                )
            else:
                s.doc.path = unique(
                    joomla_words["files"]["text"].format(nn=nn, file=_file(s.name)), seen
                )
        published, modified = _page_dates(shown, today, draw)
        body = paragraphs(_texts_in(item, write))
        if cms == "wordpress":
            post_id += draw(st.integers(1, 40))
            header = "".join(f"<th>{_e(h)}</th>" for h in words["header"]["text"])
            rows = "".join(
                f"<tr><td>{_e(s.name)}</td><td>{_e(write(s.up.date()))}</td>"
                f'<td>{_size(draw)} KB</td><td><a href="{_e(s.doc.path)}" '
                f'class="dlp-download-link">{_e(words["download"]["text"])}</a></td></tr>'
                for s in shown
            )
            table = (
                f'<table class="document-library-table"><thead><tr>{header}</tr></thead>'
                f"<tbody>{rows}</tbody></table>"
                if shown
                else ""
            )
            meta = (
                '<header class="entry-header"><div class="entry-meta"><span class="posted-on">'
                f'{_e(words["posted_on"]["text"])} <a href="{_e(path)}" rel="bookmark">'
                f'<time class="entry-date published" datetime="{_iso(published)}">'
                f"{_e(write(published.date()))}</time>"
                f'<time class="updated" datetime="{_iso(modified)}">{_e(write(modified.date()))}'
                f'</time></a></span><span class="byline"> {_e(words["by"]["text"])} <span '
                f'class="author vcard"><a class="url fn n" href="/author/admin/">'
                f"{_e(words['author']['text'])}</a></span></span></div></header>"
            )
            footer = (
                '<footer class="entry-footer"><span class="last-updated">'
                f'{_e(words["last_updated"]["text"])} <time class="updated" '
                f'datetime="{_iso(modified)}" title="{_e(write(modified.date()))}">'
                f"{_e(_since(modified, now))}</time></span></footer>"
                if relative
                else ""
            )
            html = (
                f'<article id="post-{post_id}" class="post-{post_id} page type-page '
                f'status-publish hentry">{meta}<div class="entry-content">{body}{table}</div>'
                f"{footer}</article>"
            )
        else:
            header = "".join(f"<th>{_e(h)}</th>" for h in joomla_words["header"]["text"])
            rows = "".join(
                f'<tr><td><a href="{_e(s.doc.path)}">{_e(s.name)}</a></td>'
                f"<td>{_e(write(s.up.date()))}</td></tr>"
                for s in shown
            )
            table = (
                f'<table class="table table-striped"><thead><tr>{header}</tr></thead>'
                f"<tbody>{rows}</tbody></table>"
                if shown
                else ""
            )
            hits = draw(st.integers(12, 4000))
            html = (
                '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
                '<dl class="article-info muted"><dt class="article-info-term">'
                f"{_e(joomla_words['details']['text'])}</dt>"
                f'<dd class="createdby" itemprop="author">{_e(joomla_words["written_by"]["text"])}'
                f' <span itemprop="name">{_e(joomla_words["author"]["text"])}</span></dd>'
                f'<dd class="category-name">{_e(joomla_words["category"]["text"])} <a '
                f'href="{_e(index)}" itemprop="genre">{_e(joomla_words["category_name"]["text"])}'
                '</a></dd><dd class="published"><span class="icon-calendar" aria-hidden="true">'
                f'</span> <time datetime="{_iso(published)}" itemprop="datePublished"> '
                f"{_e(joomla_words['published']['text'].format(date=_joomla_date(published.date())))}"
                ' </time></dd><dd class="modified"><span class="icon-calendar" '
                f'aria-hidden="true"></span> <time datetime="{_iso(modified)}" '
                f'itemprop="dateModified"> '
                f"{_e(joomla_words['updated']['text'].format(date=_joomla_date(modified.date())))}"
                ' </time></dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true">'
                f'</span> <meta itemprop="interactionCount" content="UserPageVisits:{hits}"> '
                f"{_e(joomla_words['hits']['text'].format(n=hits))} </dd></dl>"
                f'<div itemprop="articleBody">{body}{table}</div></div>'
            )
        routes[path] = Resource(_page(item.label, html, today=today))
        portal.notes[item.numeral] = (
            f"english-cms/{cms}/format={fmt}/relative={relative}/{len(item.docs)} docs"
        )
    _index(routes, index, title, links, today)
    return routes


# -- numeric (DataTables tables, dates in digits only) -------------------------------------------


def _file_day(s: _Shown, item: Item, today: dt.date) -> dt.date:
    """The day a dated file name carries: the last day of the month a monthly document covers,
    when that day has come; else the day the file was uploaded."""
    end = _period_end(s.doc, item)
    return end if end is not None and end <= today else s.up.date()


def _period_digits(doc: Doc, item: Item) -> str:
    assert doc.modified is not None
    rhythm = item_rhythm(item)
    if rhythm == "monthly":
        return f"{doc.modified.month:02d}/{doc.modified.year}"
    if rhythm == "yearly":
        return str(doc.modified.year)
    return "—"


def _digits_cell(form: str, up: dt.datetime) -> str:
    """The <td> of the upload date, written as ``form`` writes it."""
    if form == "attribute":
        return (
            f'<td data-order="{_iso(up)}"><time class="timeago" '
            f'datetime="{up:%Y-%m-%d %H:%M:%S}"></time></td>'
        )
    text = {
        "iso": f"{up:%Y-%m-%d}",
        "dotted": f"{up:%d.%m.%Y}",
        "short": f"{up:%d-%m-%y}",
        "timestamp": f"{up:%Y-%m-%d %H:%M:%S}",
    }[form]
    return f"<td>{text}</td>"


def _numeric(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM15["numeric"]
    form = draw(st.sampled_from(words["forms"]["text"]))
    in_name = draw(st.booleans())  # file names start with a date
    period_column = form != "label" and draw(st.booleans())
    tag = draw(st.sampled_from(["h2", "h3", "h4"]))
    seen: set[str] = set()
    header = [h for h in words["header"]["text"] if period_column or h != "Período"]
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    parts = [f"<p>{_e(WORDING['article']['opening']['text'])}</p>"]
    for item in _present(items):
        nn = f"{item.numeral:02d}"
        shown = _shown(item, today, draw)
        rows = []
        for number, s in enumerate(shown, start=1):
            file = _file(s.name)
            if in_name:
                file = words["dated_file"]["text"].format(
                    yyyymmdd=f"{_file_day(s, item, today):%Y%m%d}", file=file
                )
            s.doc.path = unique(words["files"]["text"].format(nn=nn, file=file), seen)
            if form == "label":
                label = words["label"]["text"].format(date=f"{s.up:%d/%m/%Y}")
                rows.append(
                    f'<li><a href="{_e(s.doc.path)}" target="_blank">{_e(s.name)}</a><br>'
                    f'<small class="text-muted">{_e(label)}</small></li>'
                )
                continue
            period = f"<td>{_e(_period_digits(s.doc, item))}</td>" if period_column else ""
            rows.append(
                f"<tr><td>{number}</td><td>{_e(s.name)}</td>{_digits_cell(form, s.up)}{period}"
                f'<td><a href="{_e(s.doc.path)}" class="btn btn-sm btn-primary" target="_blank">'
                f'<i class="fa fa-file-pdf-o"></i> {_e(words["button"]["text"])}</a></td></tr>'
            )
        if not rows:
            docs = ""
        elif form == "label":
            docs = f"<ul class='documentos'>{''.join(rows)}</ul>"
        else:
            docs = (
                f'<table id="tabla-{nn}" class="table table-striped table-bordered dataTable" '
                f'style="width:100%"><thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        parts.append(f"<{tag}>{_e(item.label)}</{tag}>" + paragraphs(item_words(item)) + docs)
        portal.notes[item.numeral] = (
            f"numeric/form={form}/in_name={in_name}/period={period_column}/{len(item.docs)} docs"
        )
    parts.append(f"<script>{words['datatables']['text']}</script>")
    routes: Routes = {}
    path, title = words["page"]["text"], words["title"]["text"]
    routes[path] = Resource(_page(title, "".join(parts), today=today))
    _home(routes, path, title)
    return routes


# -- spanish-words (periods in Spanish words, as staff write them) -------------------------------


@dataclass
class _Period:
    form: str
    whole: str  # the period with its year
    part: str  # without the year ("Mes" column)
    year: int


class _Speller:
    """How one portal's staff write months: "Septiembre" or "Setiembre", capitals or not,
    quarters in words or Roman numerals."""

    def __init__(self, draw: st.DrawFn) -> None:
        words = EXAM15["spanish"]
        self.words = words
        self.september = draw(st.sampled_from(words["september"]["text"]))
        self.upper = draw(st.booleans())
        self.ordinals = draw(st.integers(0, 1))

    def month(self, number: int) -> str:
        name = self.september if number == 9 else MESES[number - 1]
        return name.upper() if self.upper else name

    def fill(self, form: str, year: int | str, **values: Any) -> str:
        return str(self.words[form]["text"]).format(yyyy=year, **values)

    def period(self, form: str, year: int, **values: Any) -> _Period:
        whole = self.fill(form, year, **values)
        part = self.fill(form, "", **values).strip(" ,-")
        return _Period(form, whole, part, year)


def _monthly_forms(end: dt.date, today: dt.date, split: bool) -> list[str]:
    forms = ["mes_coma", "mon_guion", "mon_punto", "staff_abbr"]
    if end <= today and not split:
        forms.append("largo_del")
    if end.month > 1:
        forms.append("acumulado")
    if end.month % 3 == 0:
        forms.append("trimestre")
    if end.month in (6, 12):
        forms.append("semestre")
    return forms


def _spanish_period(
    s: _Shown, item: Item, today: dt.date, split: bool, speller: _Speller, draw: st.DrawFn
) -> _Period:
    words = speller.words
    doc = s.doc
    assert doc.modified is not None
    rhythm = item_rhythm(item)
    if rhythm == "monthly":
        end = doc.modified
        form = draw(st.sampled_from(_monthly_forms(end, today, split)))
        m, y = end.month, end.year
        if form == "largo_del":
            return speller.period(form, y, d=end.day, mes=speller.month(m).lower())
        if form == "mes_coma":
            return speller.period(form, y, Mes=speller.month(m))
        if form == "mon_guion":
            return speller.period(form, y, MON=words["capitals"]["text"][m - 1])
        if form == "mon_punto":
            return speller.period(form, y, mon=words["dotted"]["text"][m - 1])
        if form == "staff_abbr":
            return speller.period(form, y, abbr=words["staff"]["text"][m - 1])
        if form == "acumulado":
            period = speller.period(form, y, Mes=speller.month(m))
            if speller.upper:
                period.whole, period.part = period.whole.upper(), period.part.upper()
            return period
        if form == "trimestre":
            ordinal = words["quarters"]["text"][speller.ordinals][m // 3 - 1]
            return speller.period(form, y, ord=ordinal)
        ordinal = words["semesters"]["text"][speller.ordinals][m // 6 - 1]
        return speller.period("semestre", y, ord=ordinal)
    if rhythm == "yearly":
        form = draw(st.sampled_from(["ejercicio", "anio"]))
        period = speller.period(form, doc.modified.year)
        if split:
            period.part = words["anual"]["text"]
        return period
    # Kept until replaced: the day it was put on the site.
    up = s.up.date()
    if split:
        return _Period("publicado", "", speller.month(up.month), up.year)
    return speller.period("publicado", up.year, d=up.day, mes=speller.month(up.month).lower())


def _spanish(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM15["spanish"]
    style = draw(st.sampled_from(["list", "table", "split"]))
    inside = draw(st.booleans())  # list: the period inside the link's text
    speller = _Speller(draw)
    split = style == "split"
    routes: Routes = {}
    seen: set[str] = set()
    links = []
    index, title = words["index"]["text"], words["title"]["text"]
    for item in _present(items):
        nn = f"{item.numeral:02d}"
        path = unique(f"{index}/{nn}-{_slug(item.plain)[:30].strip('-')}", seen)
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        shown = _shown(item, today, draw)
        rows = []
        forms = []
        for number, s in enumerate(shown, start=1):
            s.doc.path = unique(words["files"]["text"].format(nn=nn, file=_file(s.name)), seen)
            period = _spanish_period(s, item, today, split, speller, draw)
            forms.append(period.form)
            href = _e(s.doc.path)
            if style == "list" and inside:
                rows.append(f'<li><a href="{href}">{_e(s.name)} {_e(period.whole)}</a></li>')
            elif style == "list":
                rows.append(f'<li><a href="{href}">{_e(s.name)}</a> – {_e(period.whole)}</li>')
            elif style == "table":
                rows.append(
                    f"<tr><td>{number}</td><td>{_e(s.name)}</td><td>{_e(period.whole)}</td>"
                    f'<td><a href="{href}">{_e(words["download"]["text"])}</a></td></tr>'
                )
            else:
                rows.append(
                    f"<tr><td>{period.year}</td><td>{_e(period.part)}</td>"
                    f'<td><a href="{href}">{_e(s.name)}</a></td></tr>'
                )
        docs = ""
        if rows and style == "list":
            docs = f"<ul class='documentos'>{''.join(rows)}</ul>"
        elif rows:
            header = words["header_table" if style == "table" else "header_split"]["text"]
            head = "".join(f"<th>{_e(h)}</th>" for h in header)
            docs = (
                f'<table class="table table-bordered"><thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        routes[path] = Resource(_page(item.label, paragraphs(item_words(item)) + docs, today=today))
        portal.notes[item.numeral] = (
            f"spanish-words/style={style}/inside={inside}/sept={speller.september}/"
            f"upper={speller.upper}/forms={','.join(forms) or '-'}"
        )
    _index(routes, index, title, links, today)
    return routes


# -- stale-signals (dates everywhere that are not the item's) ------------------------------------


def _words_date(day: dt.date) -> str:
    return str(EXAM15["stale"]["news_date"]["text"]).format(
        d=day.day, mes=MESES[day.month - 1].lower(), yyyy=day.year
    )


def _stale(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    words = EXAM15["stale"]
    clock = draw(st.sampled_from(["lahora", "hoy"]))
    site_stamp = draw(st.booleans())
    news_bar = draw(st.sampled_from([True, True, False]))
    visit = draw(st.booleans())
    stamps = draw(st.sampled_from(["all", "some", "none"]))
    migrated = draw(st.booleans())
    routes: Routes = {}
    seen: set[str] = set()
    links = []
    index, title = words["index"]["text"], words["title"]["text"]

    # News of the last days, each a page of its own.
    back = sorted(draw(st.sets(st.integers(0, 20), min_size=3, max_size=3)))
    news = []
    for number, days in enumerate(back):
        day = today - dt.timedelta(days=days)
        text = words["news"]["text"][number % len(words["news"]["text"])]
        path = unique(f"/noticias/{day.year}/{day.month:02d}/{_slug(text)[:40]}/", seen)
        news.append((text, day, path))
        routes[path] = Resource(
            _page(
                text,
                f"<p class='fecha'>{_e(_words_date(day))}</p>"
                f"<p>{_e(WORDING['noise']['news'][number % 2]['text'])}</p>",
                today=today,
            )
        )

    ups: dict[str, dt.date] = {}
    for item in _present(items):
        nn = f"{item.numeral:02d}"
        path = unique(f"{index}{nn}-{_slug(item.plain)[:30].strip('-')}/", seen)
        links.append(f'<li><a href="{_e(path)}">{_e(item.label)}</a></li>')
        shown = _shown(item, today, draw)
        for s in shown:
            ups[s.doc.path] = s.up.date()
        docs = "".join(f'<li><a href="{_e(d.path)}">{_e(d.name)}</a></li>' for d in item.docs)
        body = paragraphs(item_words(item)) + (
            f"<ul class='documentos'>{docs}</ul>" if docs else ""
        )
        stamped = stamps == "all" or (stamps == "some" and draw(st.booleans()))
        if stamped:
            # Re-saved lately (a new theme, a typo fixed): never before its newest file.
            resaved = _moment(today - dt.timedelta(days=draw(st.integers(0, 20))), draw)
            newest = max((s.up for s in shown), default=resaved)
            when = max(resaved, newest)
            line = words["page_stamp"]["text"].format(date=f"{when:%d/%m/%Y}", time=f"{when:%H:%M}")
            body += f"<p class='modificado'>{_e(line)}</p>"
        routes[path] = Resource(_page(item.label, body, today=today))
        portal.notes[item.numeral] = (
            f"stale-signals/clock={clock}/site_stamp={site_stamp}/news={news_bar}/"
            f"visit={visit}/page_stamp={stamped}/migrated={migrated}/{len(item.docs)} docs"
        )
    _index(routes, index, title, links, today)

    weekday = words["weekdays"]["text"][today.weekday()]
    if clock == "lahora":
        clock_text = words["clock_lahora"]["text"].format(
            weekday=weekday, d=today.day, mes=MESES[today.month - 1].lower(), yyyy=today.year
        )
    else:
        clock_text = words["clock_hoy"]["text"].format(
            Weekday=weekday.capitalize(), d=today.day, Mes=MESES[today.month - 1], yyyy=today.year
        )
    top = f"<div class='top-bar'><span class='fecha-hoy'>{_e(clock_text)}</span>"
    if site_stamp:
        stamp_day = today - dt.timedelta(days=draw(st.integers(0, 5)))
        top += (
            f" <span class='actualizado'>"
            f"{_e(words['site_stamp']['text'].format(date=f'{stamp_day:%d/%m/%Y}'))}</span>"
        )
    top += "</div>"
    aside = ""
    if news_bar:
        entries = "".join(
            f'<li><a href="{_e(path)}">{_e(text)}</a> <span class="date">'
            f"{_e(_words_date(day))}</span></li>"
            for text, day, path in news
        )
        aside = (
            f"<aside class='sidebar'><h3>{_e(words['news_title']['text'])}</h3>"
            f"<ul class='ultimas-noticias'>{entries}</ul></aside>"
        )
    foot = f"<p>{_e(words['copyright']['text'].format(yyyy=today.year))}</p>"
    if visit:
        seen_at = _moment(today - dt.timedelta(days=draw(st.integers(0, 1))), draw)
        line = words["visit"]["text"].format(date=f"{seen_at:%d/%m/%Y}", time=f"{seen_at:%H:%M}")
        foot += f"<p class='visita'>{_e(line)}</p>"
    migration = today - dt.timedelta(days=draw(st.integers(3, 45)))

    def after(portal: ExamPortal) -> None:
        for path, resource in portal.routes.items():
            if resource.status != 200 or not resource.content_type.startswith("text/html"):
                continue
            html = resource.body.decode("utf-8")
            if "<header class='site-header'>" not in html:
                continue
            html = html.replace(
                "<header class='site-header'>", "<header class='site-header'>" + top, 1
            )
            html = html.replace("</main>", "</main>" + aside, 1)
            html = html.replace(
                "<footer class='site-footer'>", "<footer class='site-footer'>" + foot, 1
            )
            portal.routes[path] = Resource(html.encode("utf-8"))
        if not migrated:
            return
        # The files were copied to a new server: their Last-Modified is the copy's day, or the
        # day they were uploaded if later.
        for item in portal.items:
            for doc in item.docs:
                if not doc.ok or doc.path not in ups:
                    continue
                day = max(migration, ups[doc.path])
                stamp = dt.datetime.combine(day, dt.time(10)).timestamp()
                portal.routes[doc.path] = Resource(
                    b"%PDF-1.4 generated " + doc.name.encode() + b" " * 200,
                    200,
                    "application/pdf",
                    last_modified=stamp,
                )

    _AFTER[id(portal)] = (portal, after)
    return routes


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "english-cms": _english,
    "numeric": _numeric,
    "spanish-words": _spanish,
    "stale-signals": _stale,
}


def _finish(portal: ExamPortal) -> ExamPortal:
    """What a layout does once the generator's noise is in (stale-signals)."""
    held = _AFTER.pop(id(portal), None)
    if held is not None and held[0] is portal:
        held[1](portal)
    return portal


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 15 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True).map(_finish)
