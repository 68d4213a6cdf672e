"""Texts that name several Article 10 numerals at once: one row, heading or document for a group.

Staff publish one report for several items and say so where they list it: "Numerales 2 y 3",
"Art. 10 num. 8, 22", "Numerales del 14 al 17", a row numbered "24 / 25" or "8-9", a heading
"2. Dirección y teléfonos (incluye numeral 3)". ``numerals_named`` reads such a group from the
text as written (punctuation matters here: "4.4" is a sub-item of numeral 4, "4, 5" two items).

A range names its numerals only when it is short (``MAX_SPAN``): "Numerales 1 al 29" is the
whole article, not a group of items published together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from monitor.compliance.text import unaccented

MAX_SPAN = 6  # "del 14 al 17", "Numerales 1 al 5"; "1 al 29" is the whole article
_N = r"0*(?:[12][0-9]|[1-9])(?![\d])(?!\.\d)"
# "Informe numeral 8, 12 de octubre": a day, not a numeral.
_DAY = (
    r"\s*de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre"
    r"|noviembre|diciembre)"
)
_LIST = r"\s*(?:,|;|/|&|\by\b)\s*"
_RANGE = r"\s*(?:\bal\b|\ba\b|\bhasta(?:\s+el)?\b|-|\u2013|\u2014)\s*"
_SEQUENCE = rf"(?:del\s+)?{_N}(?!{_DAY})(?:(?:{_LIST}|{_RANGE}){_N}(?!{_DAY}))+"
# "Numerales 2, 3 y 4", "num. 8, 22", "Incisos 9 y 10", "numeral 10 y 11".
_NAMED = re.compile(rf"\b(?:numerales|numeral|nums?|incisos?)\b\.?\s*(?P<group>{_SEQUENCE})")
# A row or heading numbered by its group: "8-9 Informes…", "del 14 al 17" (a row's number cell).
_LEADING = re.compile(rf"^\s*(?P<group>{_SEQUENCE})\s*(?:[|.:)\-\u2013\u2014]\s*)?")
# "2. Dirección y teléfonos (incluye numeral 3)", "(y numerales 4 y 5)".
_INCLUDED = re.compile(
    rf"\(\s*(?:incluye|incluido|incluida|incluidos|junto con|con|y)\s+(?:el\s+|los\s+)?"
    rf"(?:numerales|numeral|nums?|incisos?)\.?\s*(?P<group>{_N}(?:(?:{_LIST}|{_RANGE}){_N})*)"
    rf"\s*\)"
)
_NUMBER = re.compile(r"\d+")
_SEPARATOR = re.compile(rf"{_N}(?P<sep>{_RANGE}|{_LIST})(?={_N})")


@dataclass(frozen=True)
class Group:
    """Numerals a text names together, and what it says besides its numbers."""

    numerals: tuple[int, ...]
    # Named by a numeral word ("Numerales 2 y 3"), not only numbered ("8-9 Informes…").
    named: bool
    rest: str  # the text after a leading group ("Informes…"), "" when named


@lru_cache(maxsize=65536)
def numeral_group(text: str) -> Group | None:
    """The numerals ``text`` names as a group ("Numerales 2 y 3", "8-9 Informes…"), in order
    and without repeats, or None when it names fewer than two."""
    plain = unaccented(text)
    if sum(ch.isdigit() for ch in plain) < 2:
        return None
    named = _NAMED.search(plain)
    if named is not None:
        return _group(named.group("group"), True, "")
    leading = _LEADING.match(plain)
    if leading is not None:
        rest = text[leading.end() :].strip()  # "8-9 Inf. …": the same length lower-cased
        if not rest or rest[0].isalpha():
            return _group(leading.group("group"), False, rest)
    return None


@lru_cache(maxsize=65536)
def split_included(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` without an aside naming numerals it includes, and those numerals: ("2.
    Dirección y teléfonos", (3,)) from "2. Dirección y teléfonos (incluye numeral 3)"."""
    plain = unaccented(text)
    found = _INCLUDED.search(plain) if "(" in plain else None
    if found is None:
        return text, ()
    numbers = tuple(n for n in _numbers(found.group("group")) if 1 <= n <= 29)
    return f"{text[: found.start()]} {text[found.end() :]}".strip(), numbers


def _group(written: str, named: bool, rest: str) -> Group | None:
    unique = tuple(dict.fromkeys(n for n in _numbers(written) if 1 <= n <= 29))
    return Group(unique, named, rest) if len(unique) >= 2 else None


def _numbers(group: str) -> list[int]:
    """The numerals of one written group: a list, ranges expanded ("14 al 17": 14 to 17)."""
    numbers = [int(n) for n in _NUMBER.findall(group)]
    separators = [m.group("sep") for m in _SEPARATOR.finditer(group)]
    out: list[int] = numbers[:1]
    for number, separator in zip(numbers[1:], separators, strict=False):
        if re.fullmatch(_RANGE, separator):
            start = out[-1]
            if not 0 < number - start <= MAX_SPAN:
                return []  # "1 al 29": the whole article; "8-3": no range at all
            out += range(start + 1, number + 1)
        else:
            out.append(number)
    return out


__all__ = ["MAX_SPAN", "Group", "numeral_group", "split_included"]
