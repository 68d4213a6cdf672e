"""The legal catalogue (``catalog.toml``) as validated data, and the matcher that names labels.

``load_catalog()`` reads and validates the TOML (one-line ``ConfigError`` on any problem).
``Catalog.match(text)`` says which entry a link text, heading, title, file name or URL slug names:
an explicit numeral reference ("Numeral 8", "Art. 10 Num. 8", "10.8", "Inciso 8", "8. ...") or a
label that covers most of the text. A label inside a longer sentence ("El concejo aprobó el
presupuesto...") does not count: that is how news articles mentioning an item are told apart.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from monitor.compliance.text import fold, tokens
from monitor.errors import ConfigError

DEFAULT_CATALOG_PATH = Path(__file__).with_name("catalog.toml")
UpdateRule = Literal["monthly", "yearly", "on_change"]
_ID = re.compile(r"^(art10\.n(0[1-9]|1[0-9]|2[0-9])|extra\.[a-z0-9_]{1,24})$")
# Share of a text's content words that must belong to the entry's labels for the text to name it.
MIN_COVERAGE = 0.65

# Numeral references, on folded text (lower case, no accents, punctuation turned into spaces, so
# "Art. 10 Num. 4" arrives as "art 10 num 4" and "Numeral 04.04 Dietas" as "numeral 04 04 dietas").
_ARTICLE_10 = re.compile(r"\b(?:articulo|art|arto)\s*10\b")
_OTHER_ARTICLE = re.compile(r"\b(?:articulo|art|arto)\s*(?!10\b)\d{1,3}\b")
_NUMERAL_WORD = re.compile(r"\b(?:numerales|numeral|num|inciso)\s*0*([1-9]|[12][0-9])\b")


class CatalogEntry(BaseModel):
    """One item of the catalogue."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    numeral: int | None = Field(None, ge=1, le=29)
    title: str = Field(min_length=1)
    wording: str = Field(min_length=1)
    wording_is_summary: bool = True
    applies_to_municipalities: bool = True
    may_declare_not_applicable: bool = False
    update: UpdateRule
    stale_after_years: int | None = Field(None, ge=1)
    weight: float = Field(1.0, gt=0)
    labels: tuple[str, ...] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("must be 'art10.nNN' (01-29) or 'extra.<name>'")
        return value

    @field_validator("labels")
    @classmethod
    def _labels_have_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for label in value:
            if not tokens(label):
                raise ValueError(f"label {label!r} has no meaningful word")
        return value

    @model_validator(mode="after")
    def _numeral_matches_id(self) -> CatalogEntry:
        if self.is_article10 and self.numeral != int(self.id[-2:]):
            raise ValueError(f"numeral must be {int(self.id[-2:])} for {self.id}")
        if not self.is_article10 and self.numeral is not None:
            raise ValueError("only art10.* entries have a numeral")
        return self

    @property
    def is_article10(self) -> bool:
        """True for the 29 numerals that make up the Article 10 score."""
        return self.id.startswith("art10.")

    @cached_property
    def label_vocabulary(self) -> frozenset[str]:
        """Stemmed words of the title and labels: the words portals name this item with."""
        words = tokens(self.title)
        for label in self.labels:
            words += tokens(label)
        return frozenset(words)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Stemmed words of the title, wording and labels: text that only restates the item."""
        words = tokens(self.title) + tokens(self.wording)
        for label in self.labels:
            words += tokens(label)
        return frozenset(words)


class Catalog(BaseModel):
    """The versioned list of entries."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str = Field(min_length=1, max_length=64)
    entries: tuple[CatalogEntry, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Catalog:
        seen: set[str] = set()
        for entry in self.entries:
            if entry.id in seen:
                raise ValueError(f"duplicate entry id {entry.id!r}")
            seen.add(entry.id)
        return self

    def entry(self, entry_id: str) -> CatalogEntry:
        """The entry with ``entry_id``; KeyError when there is none."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    @cached_property
    def _by_numeral(self) -> dict[int, CatalogEntry]:
        return {e.numeral: e for e in self.entries if e.numeral is not None}

    @cached_property
    def _labels(self) -> list[tuple[frozenset[str], str, CatalogEntry]]:
        out = [
            (frozenset(tokens(label)), label, entry)
            for entry in self.entries
            for label in entry.labels
        ]
        # Longest label first: "contrataciones por cotizacion y licitacion" beats "contrataciones".
        out.sort(key=lambda item: -len(item[0]))
        return out

    def match(self, text: str) -> Match | None:
        """The entry that ``text`` (a link text, heading, title, file name, slug) names, if any."""
        return _match_cached(self, text)

    def __hash__(self) -> int:
        return hash(self.version) ^ id(self)


@dataclass(frozen=True)
class Match:
    """An entry named by a piece of text, and how: an explicit numeral or a label."""

    entry: CatalogEntry
    by_numeral: bool
    label: str


def numeral_reference(folded: str) -> int | None:
    """The Article 10 numeral that folded text refers to explicitly, or None.

    A numeral of another article ("Art. 11 Num. 2", "Artículo 14 numeral 3") is not one.
    """
    if _OTHER_ARTICLE.search(folded):
        return None
    rest = _ARTICLE_10.sub(" ", folded)
    found = _NUMERAL_WORD.search(rest)
    if found:
        return int(found.group(1))
    if _ARTICLE_10.search(folded):
        # "Art 10 4" or "10 4" (written 10.4): the number right after the article number.
        after = re.search(r"\b(?:articulo|art|arto)\s*10\s+0*([1-9]|[12][0-9])\b(?!\s+\d)", folded)
        if after:
            return int(after.group(1))
    dotted = re.match(r"^10\s+0*([1-9]|[12][0-9])(?:\s+\d{1,2})?(?:\s+[a-zñ]|$)", folded)
    if dotted:
        return int(dotted.group(1))
    return None


def leading_number(text: str) -> int | None:
    """A leading item number set off by punctuation: "8. Informes", "26-archivo", "04.04 Dietas".

    "3 nuevas obras" is not one: without the punctuation a number is just a number.
    """
    found = _LEADING.match(text)
    return int(found.group(1)) if found else None


_LEADING = re.compile(
    r"^\s*0*([1-9]|[12][0-9])(?:(?:\s*[.\-\u2013\u2014):]\s*)|(?:\.\d{1,2}\s+))(?=[^\W\d_])"
)


def _match_cached(catalog: Catalog, text: str) -> Match | None:
    if len(text) > 600:
        return None  # a paragraph, not a label (and not worth a cache entry)
    key = (id(catalog), text)
    hit = _CACHE.get(key)
    if hit is not None or key in _CACHE:
        return hit
    result = _match(catalog, text)
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    _CACHE[key] = result
    return result


_CACHE: dict[tuple[int, str], Match | None] = {}


def _match(catalog: Catalog, text: str) -> Match | None:
    if len(text) > 600:
        return None  # a paragraph, not a label
    folded = fold(text)
    if not folded or len(folded) > 300:
        return None
    numeral = numeral_reference(folded)
    if numeral is None and not _OTHER_ARTICLE.search(folded):
        numeral = leading_number(text)
    if numeral is not None and numeral in catalog._by_numeral:
        return Match(catalog._by_numeral[numeral], True, text.strip())
    words = set(tokens(folded))
    if not words:
        return None
    best: tuple[int, float, CatalogEntry] | None = None
    for label_words, _label, entry in catalog._labels:
        if not label_words <= words:
            continue
        # A whole label is there; the rest of the text must mostly be this entry's words too.
        coverage = len(words & entry.label_vocabulary) / len(words)
        if coverage >= MIN_COVERAGE and (best is None or (len(label_words), coverage) > best[:2]):
            best = (len(label_words), coverage, entry)
    return Match(best[2], False, text.strip()) if best else None


def load_catalog(path: Path | str = DEFAULT_CATALOG_PATH) -> Catalog:
    """Read and validate a catalogue file; ConfigError (one line) when it is unusable."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the catalogue: {exc.strerror or exc}") from None
    return parse_catalog(raw, path)


def parse_catalog(raw: bytes, path: Path | str = "<catalog>") -> Catalog:
    """Validate catalogue TOML bytes; ``path`` only names the source in error messages."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    try:
        return Catalog.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = list(error["loc"])
        where = str(path)
        if len(loc) >= 2 and loc[0] == "entries" and isinstance(loc[1], int):
            entries = data.get("entries")
            index = loc[1]
            entry_id = None
            if (
                isinstance(entries, list)
                and index < len(entries)
                and isinstance(entries[index], dict)
            ):
                entry_id = entries[index].get("id")
            where += (
                f": entry {entry_id!r}" if isinstance(entry_id, str) else f": entry #{index + 1}"
            )
            loc = loc[2:]
        field = ".".join(str(part) for part in loc) or "(top level)"
        message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        if error["type"] == "missing":
            message = "required key is missing"
        raise ConfigError(
            f"{where}: field {field!r}: {message.removeprefix('Value error, ')}"
        ) from None
