"""Dates as Guatemalan portals write them, with the precision they were written in.

"15/10/2026", "15 de octubre de 2026", "Actualizado: 2026-10-15" are days; "Octubre 2026",
"OCTUBRE-2026", "2026/Octubre", "/2026/10/" are months; a bare "2026" in a file name or folder is a
year. A period is compared by its last day, so "Octubre 2026" counts as current through October.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from functools import lru_cache
from posixpath import basename
from typing import Literal
from urllib.parse import unquote, urlsplit

from monitor.compliance.status import is_pagination
from monitor.compliance.text import MONTHS, fold

Precision = Literal["day", "month", "year"]
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"((?:19|20)\d{2})"
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]" + _YEAR + r"(?![\d/.-])")
_YMD = re.compile(r"(?<![\d/.-])" + _YEAR + r"[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/.-])")
# On folded text (accents gone, punctuation turned into spaces, lower case).
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) (?:de )?({_MONTH_NAMES}) (?:de |del )?{_YEAR}\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES}) (?:de |del )?(?:ano |ejercicio fiscal )?{_YEAR}\b")
# "November 30, 2026" (English order; the comma folded away).
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_NAMES}) (\d{{1,2}}) {_YEAR}\b")
# "2026 Octubre", "Ejercicio Fiscal 2026 Mes de OCTUBRE" (how SICOIN reports are named).
_YEAR_MONTH = re.compile(rf"\b{_YEAR} (?:mes )?(?:de )?({_MONTH_NAMES})\b")
_GLUED = re.compile(rf"\b({_MONTH_NAMES}){_YEAR}\b")  # "nomina_oct2026.xlsx"
_GLUED_DAY = re.compile(rf"\b(\d{{1,2}})({_MONTH_NAMES}){_YEAR}\b")  # "Numeral-22-30NOV2026.pdf"
# "/2026/08/", "2026_08": not "2026/08_11_2026.pdf", a file named day_month_year in a folder.
_YEAR_NUM_MONTH = re.compile(r"(?<![\d.-])" + _YEAR + r"[/_-](0?[1-9]|1[0-2])(?![/._-]?\d)")
_NUMERAL_BEFORE = re.compile(r"(?:numeral|num|inciso|no)\s*$")
# A part of a year: "III Trimestre 2026", "Tercer trimestre de 2026", "3er. trimestre 2026",
# "III INFORME CUATRIMESTRAL AÑO 2026", "Segundo Semestre 2025", "Trimestre III-2026" (folded):
# a report of the months it covers, dated by the last of them.
_PART_ORDINAL = (
    r"(i|ii|iii|iv|primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta"
    r"|1|1er|1ero|1ro|1o|2|2do|2o|3|3er|3ero|3ro|3o|4|4to|4o)"
)
_PART_KIND = r"(trimestr|cuatrimestr|semestr)(?:e|al)"
_PART_YEAR = r"(?:de |del )?(?:(?:ano|año|ejercicio) )?" + _YEAR
_PART_OF_YEAR = re.compile(
    rf"\b{_PART_ORDINAL} (?:informe )?{_PART_KIND} {_PART_YEAR}\b"
    rf"|\b{_PART_KIND} {_PART_ORDINAL} {_PART_YEAR}\b"
)
_PART_NUMBER = {
    **dict.fromkeys(("i", "primer", "primero", "primera"), 1),
    **dict.fromkeys(("ii", "segundo", "segunda"), 2),
    **dict.fromkeys(("iii", "tercer", "tercero", "tercera"), 3),
    **dict.fromkeys(("iv", "cuarto", "cuarta"), 4),
}
_PART_MONTHS = {"trimestr": 3, "cuatrimestr": 4, "semestr": 6}
_BARE_YEAR = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
# A law's number ("Decreto 57-2008", "decreto-numero-12-2002", a section at "/ley-57-2008/"):
# its year dates the law.
_DECREE = re.compile(r"\b(?:decreto|ley) (?:numero |no )?\d{1,4} $")
# Every pattern above needs a year: text without "19dd"/"20dd" holds no date, raw or folded,
# unless it has a character ``fold`` may turn into a digit or drop (joining the digits around
# it): anything outside ASCII, Latin-1 letters and punctuation (minus ¹²³¼½¾ and the soft
# hyphen), Latin Extended-A and the common dashes and quotes is taken for one (tests check these
# ranges).
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
# A year written with a thousands separator, as amounts are ("MES DE OCTUBRE-2,026", "año
# 2.026": the INFOM portals' Flores reports): the year, when a month name, "año" or "ejercicio"
# leads to it; anywhere else "2,026" may be a quantity.
_SEPARATED_HINT = re.compile(r"(?:1[,.]9|2[,.]0)\d\d")
_SEPARATED_YEAR = re.compile(
    rf"(?i)\b((?:{_MONTH_NAMES}|a[ñn]o|ejercicio(?: fiscal)?)[\s_-]+(?:del? )?)"
    r"(?:1[,.](9\d\d)|2[,.](0\d\d))(?![,.]?\d)"
)
_UNPLAIN = re.compile(
    r"[^\x00-\x7f\u00a0-\u00ac\u00ae-\u00b1\u00b4-\u00b8\u00ba\u00bb\u00bf-\u017f\u2010-\u2027]"
)
# Every month name starts with one of these: folded text without them names no month.
_MONTH_START = re.compile(r"\b(?:" + "|".join(sorted({name[:3] for name in MONTHS})) + ")")
CACHED_TEXT = 300  # texts up to this long (labels, headings, blocks) are read once per process
# Longer texts are read only around their years: in the raw text, the runs of digits and
# separators holding one; in the folded text, a few words either side of each year. A date
# written in words spans at most 5 words before its year ("15 de octubre de 2026", "octubre del
# ejercicio fiscal 2026", "tercer informe trimestral del ejercicio 2026"), one more for
# "Numeral 8 ...", and 3 after ("2026 mes de octubre").
WINDOWED_TEXT = 160
WORDS_BEFORE = 6
WORDS_AFTER = 4
_RUN_CHARS = frozenset("/_.-")
_RUN_REST = re.compile(r"[\d/_.-]*")


@dataclass(frozen=True, order=True)
class FoundDate:
    """A date read from text, stood in for by the last day of its period."""

    end: dt.date
    precision: Precision

    def describe(self) -> str:
        """How the date was written: '2026-10-15', '2026-10' or '2026'."""
        if self.precision == "day":
            return self.end.isoformat()
        if self.precision == "month":
            return self.end.strftime("%Y-%m")
        return str(self.end.year)


def _day(year: int, month: int, day: int) -> FoundDate | None:
    try:
        return FoundDate(dt.date(year, month, day), "day")
    except ValueError:
        return None


def _month(year: int, month: int) -> FoundDate | None:
    if not 1 <= month <= 12:
        return None
    return FoundDate(dt.date(year, month, calendar.monthrange(year, month)[1]), "month")


def find_dates(text: str, *, bare_years: bool = False) -> list[FoundDate]:
    """Every date in ``text``, in the order the patterns find them. Bare years only when asked
    (file names, folders, short labels)."""
    if len(text) <= CACHED_TEXT:
        # A site's labels, headings and blocks repeat on every page and location judged.
        return list(_find_short(text, bare_years))
    return _find(text, bare_years)


@lru_cache(maxsize=16384)
def _find_short(text: str, bare_years: bool) -> tuple[FoundDate, ...]:
    return tuple(_find(text, bare_years))


def _find(text: str, bare_years: bool) -> list[FoundDate]:
    if _SEPARATED_HINT.search(text):
        text = _SEPARATED_YEAR.sub(_joined_year, text)
    if _ANY_YEAR.search(text) is None and _UNPLAIN.search(text) is None:
        return []
    found: list[FoundDate | None] = []
    # Each pattern runs over the stretches that can hold its matches, in text order: the same
    # matches, in the same order, as a pass over the whole text (tests compare the two).
    runs = _runs(text) if len(text) > WINDOWED_TEXT else [(0, len(text))]
    for start, end in runs:
        for d, m, y in _DMY.findall(text, start, end):
            found.append(_day(int(y), int(m), int(d)))
    for start, end in runs:
        for y, m, d in _YMD.findall(text, start, end):
            found.append(_day(int(y), int(m), int(d)))
    for start, end in runs:
        for y, m in _YEAR_NUM_MONTH.findall(text, start, end):
            found.append(_month(int(y), int(m)))
    folded = fold(text)
    windows = _windows(folded) if len(folded) > WINDOWED_TEXT else [(0, len(folded))]
    if _MONTH_START.search(folded):
        day_spans: list[tuple[int, int]] = []
        for start, end in windows:
            for hit in _DAY_MONTH_YEAR.finditer(folded, start, end):
                if _NUMERAL_BEFORE.search(folded, start, hit.start()):
                    continue  # "Numeral 8 Octubre 2026" names numeral 8, not October 8
                d, name, y = hit.groups()
                day = _day(int(y), MONTHS[name], int(d))
                if day is not None:
                    found.append(day)
                    day_spans.append(hit.span())
        for start, end in windows:
            for hit in _MONTH_DAY_YEAR.finditer(folded, start, end):
                name, d, y = hit.groups()
                day = _day(int(y), MONTHS[name], int(d))
                if day is not None:
                    found.append(day)
                    day_spans.append(hit.span())
        for start, end in windows:
            for hit in _MONTH_YEAR.finditer(folded, start, end):
                if any(first <= hit.start() and hit.end() <= last for first, last in day_spans):
                    continue  # the month of "15 de octubre de 2026", already read as a day
                name, y = hit.groups()
                found.append(_month(int(y), MONTHS[name]))
        for start, end in windows:
            for name, y in _GLUED.findall(folded, start, end):
                found.append(_month(int(y), MONTHS[name]))
        for start, end in windows:
            for y, name in _YEAR_MONTH.findall(folded, start, end):
                found.append(_month(int(y), MONTHS[name]))
    for start, end in windows:
        for d, name, y in _GLUED_DAY.findall(folded, start, end):
            found.append(_day(int(y), MONTHS[name], int(d)))
    if "mestr" in folded:
        for start, end in windows:
            for hit in _PART_OF_YEAR.finditer(folded, start, end):
                if _NUMERAL_BEFORE.search(folded, start, hit.start()):
                    continue  # "Numeral 3 trimestre…"
                found.append(_part_of_year(hit.groups()))
    dates = [date for date in found if date is not None]
    if bare_years:
        # A year already read as part of a fuller date ("Abril 2026") says nothing more.
        precise = {d.end.year for d in dates}
        for start, end in windows:
            for hit in _BARE_YEAR.finditer(folded, start, end):
                year = int(hit.group(1))
                if year in precise or _DECREE.search(folded, max(0, hit.start() - 30), hit.start()):
                    continue
                dates.append(FoundDate(dt.date(year, 12, 31), "year"))
    return dates


def _part_of_year(groups: tuple[str | None, ...]) -> FoundDate | None:
    """The last month of a part of a year matched by ``_PART_OF_YEAR`` ("III Trimestre 2026":
    September 2026), or None when there is no such part (a fifth quarter)."""
    ordinal, kind, year = groups[:3] if groups[0] is not None else (groups[4], groups[3], groups[5])
    if ordinal is None or kind is None or year is None:
        return None  # not reached: each side of the pattern fills its three groups
    number = _PART_NUMBER.get(ordinal) or int(ordinal[0])
    months = _PART_MONTHS[kind]
    if number * months > 12:
        return None
    return _month(int(year), number * months)


def _joined_year(hit: re.Match[str]) -> str:
    """ "OCTUBRE-2,026" as "OCTUBRE-2026"."""
    lead, nineteen, twenty = hit.groups()
    return f"{lead}1{nineteen}" if nineteen else f"{lead}2{twenty}"


def _runs(text: str) -> list[tuple[int, int]]:
    """The runs of digits and ``/_.-`` holding a year: every numeric date lies in one (its
    characters are of these, and the patterns' look-arounds stop at anything else)."""
    runs: list[tuple[int, int]] = []
    for hit in _ANY_YEAR.finditer(text):
        if runs and hit.start() < runs[-1][1]:
            continue
        start = hit.start()
        while start > 0 and (text[start - 1] in _RUN_CHARS or text[start - 1].isdecimal()):
            start -= 1  # isdecimal(): what re's \d matches (category Nd)
        rest = _RUN_REST.match(text, hit.end())
        runs.append((start, rest.end() if rest else hit.end()))
    return runs


def _windows(folded: str) -> list[tuple[int, int]]:
    """Stretches of folded text around its years: WORDS_BEFORE words before each word holding
    a year, WORDS_AFTER after it, merged. Every pattern's match holds a year and spans fewer
    words on each side (with the word ``_NUMERAL_BEFORE`` reads), so it lies in one."""
    windows: list[tuple[int, int]] = []
    for hit in _ANY_YEAR.finditer(folded):
        start = folded.rfind(" ", 0, hit.start())
        for _ in range(WORDS_BEFORE):
            if start <= 0:
                break
            start = folded.rfind(" ", 0, start)
        start += 1  # past the space (or 0)
        end = folded.find(" ", hit.end())
        for _ in range(WORDS_AFTER):
            if end < 0:
                break
            end = folded.find(" ", end + 1)
        if end < 0:
            end = len(folded)
        if windows and start <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def newest(dates: list[FoundDate], today: dt.date) -> FoundDate | None:
    """The newest plausible date: periods starting after ``today`` are typos or plans.

    A bare year ranks by its first day, so "Abril 2026" beats a "2026" folder: the fuller date
    says more about when the item was last updated.
    """
    best: FoundDate | None = None
    best_key: tuple[dt.date, int] | None = None
    for date in dates:  # the first of the maximal ones, as max() would pick
        start = _period_start(date)
        if start > today:
            continue
        when = start if date.precision == "year" else min(date.end, today)
        key = (when, _RANK[date.precision])
        if best_key is None or key > best_key:
            best, best_key = date, key
    return best


_RANK = {"day": 2, "month": 1, "year": 0}


def _period_start(date: FoundDate) -> dt.date:
    if date.precision == "day":
        return date.end
    if date.precision == "month":
        return date.end.replace(day=1)
    return date.end.replace(month=1, day=1)


def from_http_date(value: str | None) -> FoundDate | None:
    """A Last-Modified header as a day, or None when absent or unreadable."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return FoundDate(parsed.date(), "day")


def is_current(
    date: FoundDate, rule: str, today: dt.date, stale_after_years: int | None = None
) -> bool:
    """Whether ``date`` is fresh enough for the update ``rule`` on ``today``.

    monthly: the current or the previous month; yearly: the current year, or the previous one
    until the end of March;
    on_change: always, unless the entry sets ``stale_after_years``.
    """
    if rule == "monthly":
        first_of_month = today.replace(day=1)
        previous_month_start = (first_of_month - dt.timedelta(days=1)).replace(day=1)
        return date.end >= previous_month_start
    if rule == "yearly":
        # The overseers' reading: this year's, or last year's until the end of March (a plan
        # or report for the year is published in its first months).
        if date.end.year >= today.year:
            return True
        return date.end.year == today.year - 1 and today.month <= 3
    if stale_after_years is not None:
        return date.end.year >= today.year - stale_after_years
    return True


_FOLDER_YEAR = re.compile(
    r"^\s*(?:a[ñn]o\s+|ejercicio\s+|periodo\s+)?((?:19|20)\d{2})\s*/?\s*$", re.I
)
_NEXT = re.compile(
    r"^\s*[«‹<+]*\s*(?:siguiente|siguientes|next|m[áa]s antiguos|anteriores|p[áa]gina siguiente"
    r"|»|›|>>|>"
    # WordPress's "« Entradas anteriores", a feed's "Cargar más publicaciones" (a link to
    # "?pagina=2" under the script that loads it in place).
    r"|(?:entradas|publicaciones|noticias|art[íi]culos|documentos|comunicados)"
    r" (?:anteriores|antiguas|m[áa]s antiguas)"
    r"|(?:cargar|ver|mostrar) m[áa]s(?: (?:publicaciones|entradas|noticias|documentos|resultados))?"
    r")\s*[»›>]*\s*$",
    re.I,
)
_ONLY_MONTH = re.compile(rf"^\s*(?:\d{{1,2}}\s*[-_.]?\s*)?({_MONTH_NAMES})\s*$")


def finest(dates: list[FoundDate]) -> list[FoundDate]:
    """One document's dates, without its bare years when it also names a month or a day: in
    ".../laip/2026/Compras Directas Diciembre 2025.pdf" the folder is when it was uploaded, and
    "Informe 2026 Enero" covers January, not the year."""
    finer = [date for date in dates if date.precision != "year"]
    return finer or dates


@lru_cache(maxsize=65536)
def _path_dates(url: str) -> tuple[FoundDate, ...]:
    """The dates a URL's path names, bare years included ("/2026/informe_oct.pdf")."""
    return tuple(find_dates(unquote(urlsplit(url).path), bare_years=True))


# A file in a numeric year/month folder: WordPress's "/wp-content/uploads/2026/11/<file>", where
# the folder is the month the file was uploaded in, not the period it reports.
_UPLOAD_MONTH = re.compile(r"/(?:19|20)\d\d/(?:0[1-9]|1[0-2])/[^/]+$")


def document_dates(label: str, url: str) -> list[FoundDate]:
    """The dates a document's name and address give: its label's and its path's, without an
    upload month folder's when the label or the file's name names a period of its own ("Agosto
    2026" uploaded in /2026/11/ reports August)."""
    own = without_posting_days(find_dates(label, bare_years=True))
    named = _uploaded_file_dates(url)
    if named is not None and (own or named):
        return finest([*own, *named])
    return finest([*own, *_path_dates(url)])


def without_posting_days(dates: list[FoundDate]) -> list[FoundDate]:
    """One document's dates without the days it was put up: a day after the end of every period
    its label names ("Octubre 2026 | 11/11/2026", "DEL 01 DE NOVIEMBRE AL 30 DE NOVIEMBRE DE 2026
    | Modificado 16/12/2026") is when that period's report was published, not a later period."""
    ends = [date.end for date in dates if _ends_period(date)]
    if not ends:
        return dates
    last = max(ends)
    return [date for date in dates if date.precision != "day" or date.end <= last]


def names_a_period(dates: list[FoundDate]) -> bool:
    """Whether ``dates`` name a month or end one ("al 31/10/2026"): a period covered, where
    other days are when things were put up."""
    return any(_ends_period(date) for date in dates)


def _ends_period(date: FoundDate) -> bool:
    if date.precision == "month":
        return True
    last_day = calendar.monthrange(date.end.year, date.end.month)[1]
    return date.precision == "day" and date.end.day == last_day


@lru_cache(maxsize=65536)
def _uploaded_file_dates(url: str) -> tuple[FoundDate, ...] | None:
    """The dates the file's own name gives when it sits in an upload month folder, else None."""
    path = unquote(urlsplit(url).path)
    if _UPLOAD_MONTH.search(path) is None:
        return None
    return tuple(find_dates(basename(path), bare_years=True))


def is_year_heading(text: str) -> bool:
    """Whether a heading is a year alone: "2027", "Año 2026", a block editor's "INFORMACIÓN AÑO
    2026", "Ejercicio fiscal 2026", "Documentos 2026" (a folder of the item it is under)."""
    return _FOLDER_YEAR.match(_YEAR_LEAD.sub("", text, count=1)) is not None


# What may precede a year's heading besides "Año": "Información (del) año 2026", "Documentos
# 2026", "Ejercicio fiscal 2026".
_YEAR_LEAD = re.compile(
    r"^\s*(?:(?:informaci[óo]n|documentos|archivos|publicaciones)\s+(?:del?\s+)?"
    r"|ejercicio\s+fiscal\s+)",
    re.I,
)


def archive_period(text: str, url: str, context: str = "") -> tuple[str, FoundDate | None]:
    """What an archive link is: ("folder", its period) for a year or month folder ("2026",
    "Octubre", "10-Octubre", "Octubre 2026"), ("next", None) for a further listing page
    ("Siguiente" or "2" to "?start=20"), ("", None) otherwise. A month written alone takes its year
    from ``context`` (the listing page's title, heading or path)."""
    label = text.strip()
    if not label or len(label) > 40:
        return "", None
    if (_NEXT.match(label) or (label.isdigit() and len(label) <= 2)) and is_pagination(url):
        # A listing's next page names its number ("?start=20", "/page/3/"); Joomla's "Siguiente ›"
        # between two articles leads to another article, of another item.
        return "next", None
    year = _FOLDER_YEAR.match(label)
    if year:
        return "folder", FoundDate(dt.date(int(year.group(1)), 12, 31), "year")
    folded = fold(label)
    month = _ONLY_MONTH.match(folded)
    if month:
        years = _BARE_YEAR.findall(fold(context))
        month_number = MONTHS[month.group(1)]
        if years:
            return "folder", _month(int(years[-1]), month_number)
        return "folder", FoundDate(dt.date(1900, month_number, 1), "month")
    found = [d for d in find_dates(label) if d.precision == "month"]
    if found and len(folded.split()) <= 4:
        return "folder", found[0]
    return "", None
