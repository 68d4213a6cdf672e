"""``find_dates`` reads exactly what it read before its shortcuts (year and month pre-checks,
long texts read only around their years, a per-text cache): the previous implementation, kept
here, is the oracle; ``newest`` likewise."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.compliance import dates
from monitor.compliance.dates import CACHED_TEXT, FoundDate, find_dates
from monitor.compliance.text import MONTHS, fold

# -- the oracle: find_dates as it was, every pass over the whole text ----------------------------

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"((?:19|20)\d{2})"
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]" + _YEAR + r"(?![\d/.-])")
_YMD = re.compile(r"(?<![\d/.-])" + _YEAR + r"[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/.-])")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) (?:de )?({_MONTH_NAMES}) (?:de |del )?{_YEAR}\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES}) (?:de |del )?(?:ano |ejercicio fiscal )?{_YEAR}\b")
_YEAR_MONTH = re.compile(rf"\b{_YEAR} (?:mes )?(?:de )?({_MONTH_NAMES})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_NAMES}) (\d{{1,2}}) {_YEAR}\b")
_GLUED = re.compile(rf"\b({_MONTH_NAMES}){_YEAR}\b")
# The rule as it is now (a year folder, then "08_11_2026.pdf", is no month): the oracle checks
# the shortcuts, not the rules.
_YEAR_NUM_MONTH = re.compile(r"(?<![\d.-])" + _YEAR + r"[/_-](0?[1-9]|1[0-2])(?![/._-]?\d)")
_NUMERAL_BEFORE = re.compile(r"(?:numeral|num|inciso|no)\s*$")
_BARE_YEAR = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")


def _day(year: int, month: int, day: int) -> FoundDate | None:
    try:
        return FoundDate(dt.date(year, month, day), "day")
    except ValueError:
        return None


def _month(year: int, month: int) -> FoundDate | None:
    if not 1 <= month <= 12:
        return None
    return FoundDate(dt.date(year, month, calendar.monthrange(year, month)[1]), "month")


def oracle(text: str, *, bare_years: bool = False) -> list[FoundDate]:
    found: list[FoundDate | None] = []
    for d, m, y in _DMY.findall(text):
        found.append(_day(int(y), int(m), int(d)))
    for y, m, d in _YMD.findall(text):
        found.append(_day(int(y), int(m), int(d)))
    for y, m in _YEAR_NUM_MONTH.findall(text):
        found.append(_month(int(y), int(m)))
    folded = fold(text)
    day_spans: list[tuple[int, int]] = []
    for hit in _DAY_MONTH_YEAR.finditer(folded):
        if _NUMERAL_BEFORE.search(folded, 0, hit.start()):
            continue
        d, name, y = hit.groups()
        day = _day(int(y), MONTHS[name], int(d))
        if day is not None:
            found.append(day)
            day_spans.append(hit.span())
    for hit in _MONTH_DAY_YEAR.finditer(folded):
        name, d, y = hit.groups()
        day = _day(int(y), MONTHS[name], int(d))
        if day is not None:
            found.append(day)
            day_spans.append(hit.span())
    for hit in _MONTH_YEAR.finditer(folded):
        if any(start <= hit.start() and hit.end() <= end for start, end in day_spans):
            continue
        name, y = hit.groups()
        found.append(_month(int(y), MONTHS[name]))
    for name, y in _GLUED.findall(folded):
        found.append(_month(int(y), MONTHS[name]))
    for y, name in _YEAR_MONTH.findall(folded):
        found.append(_month(int(y), MONTHS[name]))
    # The rules added since, as they are now ("30NOV2026", "III Trimestre 2026").
    for d, name, y in dates._GLUED_DAY.findall(folded):
        found.append(_day(int(y), MONTHS[name], int(d)))
    for hit in dates._PART_OF_YEAR.finditer(folded):
        if not _NUMERAL_BEFORE.search(folded, 0, hit.start()):
            found.append(dates._part_of_year(hit.groups()))
    if bare_years:
        precise = {d.end.year for d in found if d is not None}
        for hit in _BARE_YEAR.finditer(folded):
            law = re.search(r"\bdecreto (?:numero |no )?\d{1,4} $", folded[: hit.start()])
            if int(hit.group(1)) not in precise and law is None:
                found.append(FoundDate(dt.date(int(hit.group(1)), 12, 31), "year"))
    return [date for date in found if date is not None]


# -- generated Spanish date texts ----------------------------------------------------------------

_ACCENTED = {"a": "áÁ", "e": "éÉ", "i": "íÍ", "o": "óÓ", "u": "úüÚ", "n": "ñÑ"}
_NAMES = [*MONTHS, "Año", "año", "mes de", "ejercicio fiscal", "de", "del", "Numeral", "num"]
_NAMES += ["Trimestre", "semestre", "INFORME CUATRIMESTRAL", "III", "tercer", "1er.", "ejercicio"]
_WORDS = ["inciso", "no", "Actualizado:", "Publicado el", "informe", "nomina", "Ejecución"]
_WORDS += ["Decreto", "decreto número", "Acuerdo"]  # "Decreto 57-2008": a law's number
# Characters fold() turns into digits or drops, digits of other scripts, odd spaces.
_ODD = "²³¹½①⑴⒈２０１９٢٠\u0301\u0303\u0300\u200b\u00a0\u2009\u2013\u2014…ºª°İß\ufeff"
_SEPARATORS = ["/", "-", ".", "_", " ", "  ", " de ", " del ", ", ", "", "\n", "|"]


@st.composite
def _word(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 6))
    if kind == 0:  # a year, sometimes an implausible or glued one
        return str(draw(st.sampled_from([1899, 1900, 1999, 2000, 2025, 2026, 2099, 2100])))
    if kind == 1:
        return str(draw(st.integers(0, 40))).zfill(draw(st.integers(1, 2)))
    if kind == 2:
        return draw(st.sampled_from(_NAMES))
    if kind == 3:
        return draw(st.sampled_from(_WORDS))
    if kind == 4:
        return draw(st.text(alphabet=_ODD + "0123456789/-._ ", min_size=1, max_size=4))
    if kind == 5:
        return str(draw(st.integers(1900, 2099)))
    return draw(
        st.sampled_from(["oct2026", "2026/10/", "15.10.2026", "2026-10-15", "10/2026", "30NOV2026"])
    )


def _dress(word: str, style: int, accents: list[int]) -> str:
    """``word`` in upper, title or lower case, with some vowels accented."""
    if style == 1:
        word = word.upper()
    elif style == 2:
        word = word.title()
    out = []
    for index, char in enumerate(word):
        choices = _ACCENTED.get(char.lower())
        if choices and accents and accents[index % len(accents)] % 3 == 0:
            char = choices[accents[index % len(accents)] % len(choices)]
        out.append(char)
    return "".join(out)


# Words between dates, some of them words the patterns read ("de", "mes", "numeral").
_FILLER = [
    "lorem",
    "ipsum",
    "de",
    "del",
    "mes",
    "ano",
    "no",
    "num",
    "numeral",
    "8",
    "fiscal",
    "...",
]


@st.composite
def date_texts(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 40))):
        if draw(st.integers(0, 2)) == 0:  # filler: long texts are read only around their years
            filler = draw(st.lists(st.sampled_from(_FILLER), max_size=14))
            parts.append(" ".join(filler) + draw(st.sampled_from([" ", "\n", ". "])))
        word = _dress(
            draw(_word()),
            draw(st.integers(0, 3)),
            draw(st.lists(st.integers(0, 8), max_size=4)),
        )
        parts.append(word + draw(st.sampled_from(_SEPARATORS)))
    text = "".join(parts)
    if draw(st.integers(0, 3)) == 0:
        # Past the cache's length: the uncached path.
        text = draw(st.text(max_size=20)) + " lorem ipsum dolor" * 30 + " " + text
    return text


_SETTINGS = settings(
    max_examples=700,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@_SETTINGS
@given(date_texts(), st.booleans())
def test_find_dates_reads_what_the_old_implementation_read(text: str, bare_years: bool) -> None:
    expected = oracle(text, bare_years=bare_years)
    assert find_dates(text, bare_years=bare_years) == expected
    assert find_dates(text, bare_years=bare_years) == expected  # from the cache, if cached
    assert dates._find(text, bare_years) == expected  # the uncached path, whatever the length


@_SETTINGS
@given(st.text(max_size=60), st.booleans())
def test_any_text_reads_as_before(text: str, bare_years: bool) -> None:
    assert dates._find(text, bare_years) == oracle(text, bare_years=bare_years)


def test_examples_read_as_before() -> None:
    samples = [
        "",
        "Publicado el 15/10/2026",
        "Numeral 8 Octubre 2026.pdf",
        "15 de octubre de 2026, Octubre 2026, 2026 octubre, oct2026, 2026_10",
        "２０２６ Octubre",  # fullwidth digits fold into a year
        "Octubre 20\u03012\u03016",  # combining accents between digits: dropped by fold
        "Octubre ²⁰²⁶",
        "Octubre 2٠26",
        "ÑANDÚ ENERO DEL AÑO 2025",
        "x" * (CACHED_TEXT + 5) + " Marzo 2026",
        "lorem " * 40 + "numeral 8 de octubre de 2026 y 15/10/2026, 2026-10, lorem " * 3,
        "15/10/2026 " + "a " * 100 + "2026_10 octubre " + "b " * 100 + "del 2025",
        "1/2/2026-2026/3/4_2026-05 " * 20,
        "٢٠٢٦/10/15 y 20٢٦-10 " + "x " * 90,
    ]
    for text in samples:
        for bare in (False, True):
            assert find_dates(text, bare_years=bare) == oracle(text, bare_years=bare), text


def test_plain_characters_never_fold_into_digits_or_vanish() -> None:
    # The year pre-check skips text made of these characters when it holds no "19dd"/"20dd".
    combining = re.compile(r"[\u0300-\u036f]+")
    plain = [chr(c) for c in range(0x80, 0x3000) if not dates._UNPLAIN.match(chr(c))]
    assert len(plain) > 200
    for char in plain:
        decomposed = combining.sub("", unicodedata.normalize("NFKD", char.lower()))
        assert decomposed, repr(char)
        assert not any("0" <= c <= "9" for c in decomposed), repr(char)
        assert not dates._ANY_YEAR.search(fold(f"20{char}26")), repr(char)


def test_every_month_name_passes_the_month_pre_check() -> None:
    for name in MONTHS:
        assert dates._MONTH_START.search(fold(f"x {name} 2026"))


def test_callers_may_change_the_list_they_get() -> None:
    first = find_dates("Octubre 2026")
    first.append(FoundDate(dt.date(1999, 1, 1), "day"))
    assert find_dates("Octubre 2026") == [FoundDate(dt.date(2026, 10, 31), "month")]


def _old_newest(found: list[FoundDate], today: dt.date) -> FoundDate | None:
    def start(d: FoundDate) -> dt.date:
        if d.precision == "day":
            return d.end
        if d.precision == "month":
            return d.end.replace(day=1)
        return d.end.replace(month=1, day=1)

    plausible = [d for d in found if start(d) <= today]
    if not plausible:
        return None
    rank = {"day": 2, "month": 1, "year": 0}
    return max(
        plausible,
        key=lambda d: (start(d) if d.precision == "year" else min(d.end, today), rank[d.precision]),
    )


_FOUND = st.builds(
    FoundDate,
    st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)


@_SETTINGS
@given(st.lists(_FOUND, max_size=12), st.dates(dt.date(2024, 6, 1), dt.date(2027, 6, 1)))
def test_newest_picks_what_it_picked_before(found: list[FoundDate], today: dt.date) -> None:
    assert dates.newest(found, today) is _old_newest(found, today)
