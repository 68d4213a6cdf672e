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
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from rapidfuzz import fuzz
from rapidfuzz import process as rf_process

from monitor.compliance.groups import numeral_group, split_included
from monitor.compliance.text import MONTHS, fold, stem, tokens
from monitor.errors import ConfigError

DEFAULT_CATALOG_PATH = Path(__file__).with_name("catalog.toml")
UpdateRule = Literal["monthly", "yearly", "on_change"]
_ID = re.compile(r"^(art10\.n(0[1-9]|1[0-9]|2[0-9])|extra\.[a-z0-9_]{1,24})$")
# Share of a text's content words that must belong to the entry's labels for the text to name it.
MIN_COVERAGE = 0.65
# rapidfuzz scores (0-100). A label written with a typo, a missing accent or an abbreviation
# ("Contraatos de Mantenimiento", "Inf. mensuales de ejec. presup.") still names its item.
FUZZY_LABEL = 88.0
MAX_FUZZY_WORDS = 8  # longer texts are sentences, not labels
# A sentence this similar to a numeral's legal text restates the law.
LEGAL_SIMILARITY = 85.0
MAX_LEGAL_CHECK = 20_000  # characters of a block checked sentence by sentence
# The words after a list number must read this much like the numeral's title, labels or law.
RESEMBLES = 80.0
# A label this short ("POA", "ONG", "SNIP") is read as a word only: within any longer text two
# of its letters in order ("PRORROGA") come near enough to it.
MIN_RESEMBLED = 5
# A heading or title this similar to one numeral's legal text (and this much more than to any
# other's) names that numeral: sites that head each item by the law's words alone.
LEGAL_HEADING = 90.0
LEGAL_HEADING_MARGIN = 6.0
MIN_LEGAL_HEADING_WORDS = 6
LEGAL_HEADING_SHARE = 0.8  # of its words that numeral's law's
# Label words after a leading list number that name another item instead of the numbered one.
MIN_INSTEAD_WORDS = 2
_SENTENCE = re.compile(r"(?<=[.;:…])\s+|\s+(?=\d{1,2}\s*[.)-]\s)")

# Numeral references, on folded text (lower case, no accents, punctuation turned into spaces, so
# "Art. 10 Num. 4" arrives as "art 10 num 4" and "Numeral 04.04 Dietas" as "numeral 04 04 dietas").
_ARTICLE_10 = re.compile(r"\b(?:articulo|art|arto)\s*10\b")
_OTHER_ARTICLE = re.compile(r"\b(?:articulo|art|arto)\s*(?!10\b)\d{1,3}\b")
_NUMERAL_WORD = re.compile(r"\b(?:numerales|numeral|num|inciso)\s*0*([1-9]|[12][0-9])\b")
# "Numerales 1 al 15", "Numerales 16-29": a part of the article, wider than a group published
# together (``groups.MAX_SPAN``), so no one numeral of it.
_NUMERAL_SPAN = re.compile(r"numerales\s*\d{1,2}\s+(?:(?:al|a|hasta(?:\s+el)?)\s+)?\d{1,2}\b")


class CatalogEntry(BaseModel):
    """One item of the catalogue."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    numeral: int | None = Field(None, ge=1, le=29)
    title: str = Field(min_length=1)
    wording: str = Field(min_length=1)
    wording_is_summary: bool = True
    legal_text: str | None = None
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
        words = tokens(self.title) + tokens(self.wording) + tokens(self.legal_text or "")
        for label in self.labels:
            words += tokens(label)
        return frozenset(words)


class Catalog(BaseModel):
    """The versioned list of entries."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str = Field(min_length=1, max_length=64)
    legal_preamble: str = ""
    foreign_units: tuple[str, ...] = ()
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

    @cached_property
    def _labels_by_word(self) -> dict[str, list[int]]:
        """Index into ``_labels`` by word: only labels sharing a word with a text can match."""
        index: dict[str, list[int]] = {}
        for position, (words, _label, _entry) in enumerate(self._labels):
            for word in words:
                index.setdefault(word, []).append(position)
        return index

    def match(self, text: str, *, fuzzy: bool = True) -> Match | None:
        """The entry that ``text`` (a link text, heading, title, file name, slug) names, if any.

        ``fuzzy``: also by similarity (typos, abbreviations); the judge turns it off once a
        portal has cost it its share of similarity work.
        """
        return _match_cached(self, text, fuzzy)

    def match_line(self, text: str, *, fuzzy: bool = True) -> Match | None:
        """The entry a line of running text, a table row or a list item names, if any.

        Stricter than ``match``: a leading number alone ("1- Representa al municipio") is a
        list, not a numeral; the words after it must resemble the numeral's title, labels or
        legal text. Explicit references ("Numeral 8", "Art. 10 Num. 8") still name it.
        """
        return _match_line_cached(self, text, fuzzy)

    @cached_property
    def _foreign_units(self) -> tuple[str, ...]:
        return tuple(fold(unit) for unit in self.foreign_units)

    def is_foreign_unit(self, text: str) -> bool:
        """Whether a page title or h1 names an office whose own page is about that office."""
        folded = f" {fold(text)} "
        return any(f" {unit} " in folded for unit in self._foreign_units)

    def without_foreign_units(self, text: str) -> str:
        """``text`` folded, without the offices' names ``is_foreign_unit`` knows."""
        folded = f" {fold(text)} "
        for unit in self._foreign_units:
            folded = folded.replace(f" {unit} ", " ")
        return folded.strip()

    @cached_property
    def _legal_texts(self) -> list[str]:
        texts = [fold(e.legal_text) for e in self.entries if e.legal_text]
        texts += [fold(e.wording.removeprefix("Resumen:")) for e in self.entries]
        if self.legal_preamble:
            texts.append(fold(self.legal_preamble))
        return texts

    @cached_property
    def _legal_vocabulary(self) -> frozenset[str]:
        return frozenset(word for text in self._legal_texts for word in tokens(text))

    def own_text(self, text: str) -> str:
        """``text`` without the sentences that restate the law (the catalogue's legal text and
        wording, the article's preamble): what is left is the portal's own."""
        if len(text) > MAX_LEGAL_CHECK:
            return text  # far longer than any numeral's text: mostly the portal's own
        return _own_text_cached(self, text)

    def _own_text(self, text: str) -> str:
        vocabulary = self._legal_vocabulary
        kept: list[str] = []
        for segment in _SENTENCE.split(text):
            words = tokens(segment)
            if len(words) < 4 or sum(w in vocabulary for w in words) < 0.6 * len(words):
                # Too short to restate a numeral, or mostly words the law does not use: the
                # similarity search (the costly part) is not needed.
                kept.append(segment)
                continue
            found = rf_process.extractOne(
                fold(segment),
                self._legal_texts,
                scorer=fuzz.partial_ratio,
                score_cutoff=LEGAL_SIMILARITY,
            )
            if found is None:
                kept.append(segment)
        return " ".join(kept)

    @cached_property
    def _numeral_laws(self) -> tuple[list[str], list[CatalogEntry], list[frozenset[str]]]:
        laws = [(fold(e.legal_text), e) for e in self.entries if e.legal_text and e.numeral]
        words = [frozenset(tokens(text)) for text, _ in laws]
        return [text for text, _ in laws], [entry for _, entry in laws], words

    def by_legal_text(self, folded: str) -> CatalogEntry | None:
        """The numeral whose legal text ``folded`` restates, when it is clearly one ("La
        información relacionada a los contratos, licencias o concesiones para el usufructo…"
        heads numeral 16 on sites that name each item by the law's words alone)."""
        words = set(tokens(folded))
        if len(words) < MIN_LEGAL_HEADING_WORDS:
            return None
        texts, owners, vocabularies = self._numeral_laws
        # Only the numerals whose text holds most of its words are compared (the costly part).
        near = [
            i
            for i, law in enumerate(vocabularies)
            if len(words & law) >= LEGAL_HEADING_SHARE * len(words)
        ]
        if not near:
            return None
        scores = sorted((fuzz.partial_ratio(folded, texts[i]), i) for i in near)
        best, index = scores[-1]
        if best < LEGAL_HEADING:
            return None
        if len(scores) > 1 and scores[-2][0] > best - LEGAL_HEADING_MARGIN:
            return None
        return owners[index]

    def is_whole_legal_text(self, folded: str) -> bool:
        """Whether ``folded`` is one numeral's whole legal text, however short ("Manuales de
        procedimientos, tanto administrativos como operativos."): too short to be told by a
        part of it, as ``by_legal_text`` tells longer ones."""
        texts, _owners, vocabularies = self._numeral_laws
        words = set(tokens(folded))
        return any(
            words <= vocabulary and fuzz.ratio(folded, text) >= LEGAL_HEADING
            for text, vocabulary in zip(texts, vocabularies, strict=True)
        )

    @cached_property
    def _fuzzy_choices(self) -> tuple[list[str], list[CatalogEntry]]:
        choices: list[str] = []
        owners: list[CatalogEntry] = []
        for entry in self.entries:
            for text in (entry.title, *entry.labels):
                folded = fold(text)
                if len(folded) >= 6:
                    choices.append(folded)
                    owners.append(entry)
        return choices, owners

    def fuzzy(self, folded: str, cutoff: float = FUZZY_LABEL) -> CatalogEntry | None:
        """The entry whose title or label ``folded`` text is written like (typos, missing
        letters, abbreviations), if one is close enough."""
        if len(folded) < 6:
            return None
        choices, owners = self._fuzzy_choices
        found = rf_process.extractOne(
            folded, choices, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff
        )
        return owners[found[2]] if found is not None else None

    @cached_property
    def _label_words(self) -> tuple[frozenset[str], list[str], list[set[str]]]:
        """(every word the catalogue uses, label words to correct towards, words per label)."""
        vocabulary: set[str] = set()
        groups: list[set[str]] = []
        for entry in self.entries:
            for text in (entry.title, *entry.labels):
                words = {w for w in fold(text).split() if len(w) >= 3}
                vocabulary |= words
                groups.append(words)
        targets = sorted(vocabulary, key=len)
        for entry in self.entries:
            for text in (entry.wording, entry.legal_text or ""):
                vocabulary |= set(fold(text).split())
        vocabulary |= set(fold(self.legal_preamble).split())
        return frozenset(vocabulary), targets, groups

    @cached_property
    def _vocabulary_stems(self) -> frozenset[str]:
        return frozenset(stem(word) for word in self._label_words[0])

    def corrected(self, text: str) -> str:
        """Folded ``text`` with misspelt words ("Emresas", "Funcioes") replaced by the catalogue
        word they are closest to, and abbreviations ("ejec.", "presup.") written out."""
        vocabulary, ordered, groups = self._label_words
        stems = self._vocabulary_stems
        abbreviated = {fold(w) for w in re.findall(r"\b(\w{2,8})\.", text)}
        words = fold(text).split()
        plain = {w for w in words if w in vocabulary}
        out: list[str] = []
        for word in words:
            if word in vocabulary or word.isdigit() or len(word) < 2 or stem(word) in stems:
                out.append(word)
                continue
            if word in abbreviated:
                starts = [v for v in ordered if v.startswith(word) and len(v) > len(word)]
                near = [v for v in starts if any(v in g and g & plain for g in groups)]
                choice = (near or starts or [word])[0]
                out.append(choice)
                continue
            if len(word) >= 6:
                # A word the catalogue does not know, six letters or more: a typo of a label
                # word ("emresas", "funcioes"), never a short real word ("anual" is no "manual").
                found = rf_process.extractOne(word, ordered, scorer=fuzz.ratio, score_cutoff=84)
                out.append(found[0] if found is not None else word)
                continue
            out.append(word)
        return " ".join(out)

    def resembles(self, entry: CatalogEntry, folded: str) -> bool:
        """Whether ``folded`` text reads like ``entry``'s title, a label or its legal text."""
        if not folded:
            return False
        texts = [fold(entry.title), *(fold(label) for label in entry.labels)]
        if entry.legal_text:
            texts.append(fold(entry.legal_text))
        texts = [text for text in texts if len(text) >= MIN_RESEMBLED]
        words = set(tokens(folded))
        if words and len(words & entry.label_vocabulary) / len(words) >= 0.5:
            return True
        found = rf_process.extractOne(
            folded, texts, scorer=fuzz.partial_ratio, score_cutoff=RESEMBLES
        )
        return found is not None

    def numbered_like(self, entry: CatalogEntry, text: str) -> bool:
        """Whether ``text`` is ``entry``'s number and words that read like it ("25.
        Organizaciones No Gubernamentales"), not a category's number ("4. PLANEACIÓN")."""
        if entry.numeral is None or leading_number(text) != entry.numeral:
            return False
        return self.resembles(entry, fold(_LEADING.sub("", text, count=1)))

    def __hash__(self) -> int:
        return hash(self.version) ^ id(self)


@dataclass(frozen=True)
class Match:
    """An entry named by a piece of text, and how: an explicit numeral or a label."""

    entry: CatalogEntry
    by_numeral: bool
    label: str
    # The further entries the same text names, published together with ``entry``: "Numerales 8
    # y 22", "2. Dirección y teléfonos (incluye numeral 3)" (``compliance.groups``).
    also: tuple[CatalogEntry, ...] = ()

    def names(self, entry_id: str) -> bool:
        """Whether the text names ``entry_id``, alone or with others."""
        return self.entry.id == entry_id or any(e.id == entry_id for e in self.also)

    @property
    def ids(self) -> tuple[str, ...]:
        """Every entry the text names, ``entry`` first."""
        return (self.entry.id, *(e.id for e in self.also))


def numeral_reference(folded: str) -> int | None:
    """The Article 10 numeral that folded text refers to explicitly, or None.

    A numeral of another article ("Art. 11 Num. 2", "Artículo 14 numeral 3") is not one.
    """
    if _OTHER_ARTICLE.search(folded):
        return None
    rest = _ARTICLE_10.sub(" ", folded)
    found = _NUMERAL_WORD.search(rest)
    if found and _NUMERAL_SPAN.match(rest, found.start()):
        return None
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


_ANY_ARTICLE = re.compile(r"\b(?:articulos?|art|arto)\s*(\d{1,3})\b")


def leading_article(text: str) -> int | None:
    """The article a heading is about: the one it names before any numeral ("ARTÍCULO 11:
    Información Pública de Oficio del Organismo Ejecutivo", "Artículo 13 Numeral 2", "Decreto
    57-2008 Art. 12", "Artículo 10"), or None ("Numeral 29 (Art. 135 del Código Municipal)": a
    numeral citing another law)."""
    folded = fold(text)
    article = _ANY_ARTICLE.search(folded)
    if article is None:
        return None
    numeral = _NUMERAL_WORD.search(folded)
    if numeral is not None and numeral.start() < article.start():
        return None
    return int(article.group(1))


_ARTICLE_BADGE = re.compile(
    r"(?:articulos?|art|arto) ?(\d{1,3})(?: (?:numeral|num|inciso) ?\d{1,2})?"
)


def article_badge(text: str) -> int | None:
    """The article a short text naming nothing else names: a card's header or badge
    ("Artículo 13", "Artículo 13 Numeral 2", "Art. 12"), or None."""
    if len(text) > 40:
        return None
    found = _ARTICLE_BADGE.fullmatch(fold(text).strip())
    return int(found.group(1)) if found else None


def leading_number(text: str) -> int | None:
    """A leading item number set off by punctuation: "8. Informes", "26-archivo", "04.04 Dietas".

    "3 nuevas obras" is not one: without the punctuation a number is just a number; nor is a
    month's number before its name ("04-Abril", "11. Noviembre": a month's folder).
    """
    found = _LEADING.match(text)
    if found is None:
        return None
    after = fold(text[found.end() : found.end() + 12]).split()
    return None if after and after[0] in MONTHS else int(found.group(1))


_LEADING = re.compile(
    r"^\s*0*([1-9]|[12][0-9])(?:(?:\s*[.\-\u2013\u2014):]\s*)|(?:\.\d{1,2}\s+))(?=[^\W\d_])"
)

# A time of day, as a blog prints its posts' ("10:08", "9:30 a. m."): no numeral "10.8".
_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*$", re.I)
# An aside in parentheses: "(SICOIN GL)", "(CGC)".
_ASIDE = re.compile(r"\([^()]{1,40}\)")
# A number cell or badge followed by a title that starts with the same number: "15. 15. MONTOS
# ASIGNADOS", "4 04 - Dietas", "21 10.21 Fideicomisos".
_REPEATED_NUMBER = re.compile(
    r"^\s*0*([1-9]|[12][0-9])(?!\d)\s*[.\-\u2013\u2014):]?\s*"
    r"(?=0*\1\s*[.\-\u2013\u2014):]|10\.0*\1\s+[^\W\d_])"
)


def _match_cached(catalog: Catalog, text: str, fuzzy: bool = True) -> Match | None:
    if len(text) > 600:
        return None  # a paragraph, not a label (and not worth a cache entry)
    key = (id(catalog), text, fuzzy)
    hit = _CACHE.get(key)
    if hit is not None or key in _CACHE:
        return hit
    result = _match(catalog, text, fuzzy)
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    _CACHE[key] = result
    return result


_CACHE: dict[tuple[int, str, bool], Match | None] = {}
_OWN_CACHE: dict[tuple[int, str], str] = {}


def _own_text_cached(catalog: Catalog, text: str) -> str:
    """The same block is judged once per location and per item page that links it: once is
    enough for the sentence-by-sentence search."""
    key = (id(catalog), text)
    found = _OWN_CACHE.get(key)
    if found is None:
        found = catalog._own_text(text)
        if len(_OWN_CACHE) > 4096:
            _OWN_CACHE.clear()
        _OWN_CACHE[key] = found
    return found


_LINE_CACHE: dict[tuple[int, str, bool], Match | None] = {}


def _match_line_cached(catalog: Catalog, text: str, fuzzy: bool = True) -> Match | None:
    if len(text) > 600:
        return None
    key = (id(catalog), text, fuzzy)
    if key in _LINE_CACHE:
        return _LINE_CACHE[key]
    result = _match_line(catalog, text, fuzzy)
    if len(_LINE_CACHE) > 100_000:
        _LINE_CACHE.clear()
    _LINE_CACHE[key] = result
    return result


def _match_line(catalog: Catalog, text: str, fuzzy: bool = True) -> Match | None:
    if _CLOCK.match(text):
        return None
    text = _REPEATED_NUMBER.sub("", text, count=1)  # "15 | 15. Montos…": one number
    folded = fold(text)
    if not folded or len(folded) > 300:
        return None
    grouped = _grouped(catalog, text, folded, line=True)
    if grouped is not None:
        return grouped
    numeral = numeral_reference(folded)
    if numeral is not None:
        entry = catalog._by_numeral.get(numeral)
        return Match(entry, True, text.strip()) if entry is not None else None
    leading = leading_number(text) if not _OTHER_ARTICLE.search(folded) else None
    if leading is not None:
        entry = catalog._by_numeral.get(leading)
        rest = fold(_LEADING.sub("", text, count=1))
        if entry is not None and catalog.resembles(entry, rest):
            return Match(entry, True, text.strip())
        return None
    match = _match(catalog, text, fuzzy)
    if match is not None:
        return match
    return None


def _match(catalog: Catalog, text: str, fuzzy: bool = True) -> Match | None:
    if len(text) > 600:
        return None  # a paragraph, not a label
    if _CLOCK.match(text):
        return None  # a post's time ("10:08"), not "10.8"
    text = _REPEATED_NUMBER.sub("", text, count=1)  # a badge "21" before "10.21 Fideicomisos"
    folded = fold(text)
    if not folded:
        return None
    if len(folded) > 300:
        law = catalog.by_legal_text(folded)  # an item headed by the law's long text
        return Match(law, False, text.strip()) if law is not None else None
    grouped = _grouped(catalog, text, folded, line=False)
    if grouped is not None:
        return grouped
    numeral = numeral_reference(folded)
    if numeral is None and not _OTHER_ARTICLE.search(folded):
        numeral = leading_number(text)
        if numeral is not None and numeral in catalog._by_numeral:
            # "16-programas-de-subsidios…", "9. Depósitos…" counted by the site's own list:
            # words naming another item by a whole label outrank a list's number.
            other = _named_instead(catalog, catalog._by_numeral[numeral], text)
            if other is not None:
                return Match(other, False, text.strip())
    if numeral is not None and numeral in catalog._by_numeral:
        return Match(catalog._by_numeral[numeral], True, text.strip())
    # An aside in parentheses ("Ejecución presupuestaria (SICOIN GL)", "Informes (CGC)") names
    # the system or office the item comes from: the label is what stands outside it.
    words = set(tokens(fold(_ASIDE.sub(" ", text)))) or set(tokens(folded))
    if not words:
        return None
    if len(words) > MAX_FUZZY_WORDS:
        law = catalog.by_legal_text(folded)
        if law is not None:
            return Match(law, False, text.strip())
    best = _best_label(catalog, words)
    if not fuzzy or len(words) > MAX_FUZZY_WORDS:
        return Match(best[2], False, text.strip()) if best else None
    corrected = catalog.corrected(text)
    if best is not None:
        # A misspelt word may hide a longer label: "Contratciones por cotización y licitación"
        # is numeral 20's label, not numeral 10's "cotización y licitación".
        fixed = _best_label(catalog, set(tokens(corrected))) if corrected != folded else None
        chosen = fixed if fixed is not None and fixed[:2] > best[:2] else best
        return Match(chosen[2], False, text.strip())
    if corrected != folded:
        match = _match(catalog, corrected, fuzzy=False)
        if match is not None:
            return Match(match.entry, match.by_numeral, text.strip())
    similar = catalog.fuzzy(folded)
    return Match(similar, False, text.strip()) if similar is not None else None


def _named_instead(catalog: Catalog, numbered: CatalogEntry, text: str) -> CatalogEntry | None:
    """The entry the words after a leading list number name by a whole label of two words or
    more, when they do not read like the numbered entry at all (a list counting only what the
    site publishes, a slug keeping an old number), else None."""
    rest = fold(_LEADING.sub("", text, count=1))
    words = set(tokens(rest))
    if len(words) < MIN_INSTEAD_WORDS:
        return None
    best = _best_label(catalog, words)
    if best is None or best[2] is numbered or best[0] < MIN_INSTEAD_WORDS:
        return None
    return None if catalog.resembles(numbered, rest) else best[2]


def _grouped(catalog: Catalog, text: str, folded: str, *, line: bool) -> Match | None:
    """The match of a text naming several numerals ("Numerales 8 y 22", a row numbered "8-9",
    "2. Dirección y teléfonos (incluye numeral 3)"), or None when it names fewer than two.

    A group numbered without a numeral word must read like one of its items ("8-9 Informes de
    ejecución…"), or be all the text of a row's cell: "1/2" in running text is no group.
    """
    if not any(ch.isdigit() for ch in text) or _OTHER_ARTICLE.search(folded):
        return None
    rest, included = split_included(text)
    if included:
        inner = _match_line(catalog, rest) if line else _match(catalog, rest)
        if inner is None or inner.entry.numeral is None:
            return None
        also = [catalog._by_numeral[n] for n in included if n in catalog._by_numeral]
        also = [entry for entry in dict.fromkeys(also) if entry != inner.entry]
        return Match(inner.entry, inner.by_numeral, text.strip(), tuple(also)) if also else None
    group = numeral_group(text)
    if group is None:
        return None
    numerals = group.numerals
    if not group.named:
        entries = [catalog._by_numeral[n] for n in numerals if n in catalog._by_numeral]
        said = fold(group.rest)
        if said and not any(catalog.resembles(entry, said) for entry in entries):
            return None
        if not said and not line:
            return None
    known = catalog._by_numeral
    entries = list(dict.fromkeys(known[n] for n in numerals if n in known))
    if len(entries) < 2:
        return None
    return Match(entries[0], True, text.strip(), tuple(entries[1:]))


def _best_label(catalog: Catalog, words: set[str]) -> tuple[int, float, CatalogEntry] | None:
    """(label words, coverage, entry) of the longest whole label among ``words`` whose entry's
    vocabulary covers most of them, if any."""
    best: tuple[int, float, CatalogEntry] | None = None
    index = catalog._labels_by_word
    positions = sorted({p for word in words for p in index.get(word, ())})
    labels = catalog._labels
    for label_words, _label, entry in (labels[p] for p in positions):
        if not label_words <= words:
            continue
        # A whole label is there; the rest of the text must mostly be this entry's words too.
        coverage = len(words & entry.vocabulary) / len(words)
        if coverage >= MIN_COVERAGE and (best is None or (len(label_words), coverage) > best[:2]):
            best = (len(label_words), coverage, entry)
    return best


def load_catalog(path: Path | str = DEFAULT_CATALOG_PATH) -> Catalog:
    """Read and validate a catalogue file; ConfigError (one line) when it is unusable."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the catalogue: {exc.strerror or exc}") from None
    return parse_catalog(raw, path)


@cache
def _law() -> Catalog:
    return load_catalog()


def restates_law(folded: str) -> bool:
    """Whether ``folded`` is the law's own text of one Article 10 numeral, in the shipped
    catalogue: a title on sites that head each item by the law's words."""
    law = _law()
    return law.by_legal_text(folded) is not None or law.is_whole_legal_text(folded)


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
