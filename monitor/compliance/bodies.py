"""Other sujetos obligados on the portal's own site: a municipality's web site often hosts the
transparency sections of bodies that answer for their own Article 10 — its municipal companies
(EMPAGUA, EMETRA), its Juzgado de Asuntos Municipales, a mancomunidad it belongs to — numbered
exactly as its own. A heading, title or address naming such a body opens that body's scope, as
another article's does (``judge._other_article_blocks``); one naming the municipality closes it.

The Consejo Municipal de Desarrollo (COMUDE) is one only where its own transparency section is
named ("COMUDE - Información Pública de Oficio", "/informacion-publica/comude/numeral-2"): its
minutes are an item the municipality itself publishes (``extra.comude``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from monitor.compliance.status import TRANSPARENCY_WORDS
from monitor.compliance.text import fold

# On folded text. Names of kinds of bodies, and the acronyms of the best-known companies.
_OTHER_BODY = re.compile(
    r"\b(?:empresas? municipal(?:es)?|empresas? metropolitanas?|entidad metropolitana"
    r"|juzgados? de asuntos municipales|mancomunidad(?:es)?|empagua|emetra)\b"
)
_COUNCIL = re.compile(r"\b(?:comude|consejo municipal de desarrollo)\b")
_OWN_BODY = re.compile(r"\bmunicipalidad\b")
# The Juzgado's acronym as it is written ("JAM - Artículo 10"), or a path segment ("/jam/").
_JAM = re.compile(r"(?<![\w-])JAM(?![\w-])")
_JAM_SEGMENT = re.compile(r"/jam(?:/|$)", re.I)


@lru_cache(maxsize=65536)
def names_other_body(text: str) -> bool:
    """Whether ``text`` (a heading, title or address) names a body other than the portal's."""
    if not text:
        return False
    folded = fold(text)
    return bool(_OTHER_BODY.search(folded)) or _names_jam_or_council(text, folded)


def _names_jam_or_council(text: str, folded: str) -> bool:
    """Whether ``text`` (``folded``, as ``fold`` writes it) names the Juzgado de Asuntos
    Municipales by its acronym or the COMUDE's own transparency section: bodies no portal is."""
    if _JAM.search(text) or _JAM_SEGMENT.search(text):
        return True
    return bool(_COUNCIL.search(folded) and TRANSPARENCY_WORDS.search(folded))


@lru_cache(maxsize=65536)
def names_own_body(text: str) -> bool:
    """Whether ``text`` names the municipality itself and no other body ("Municipalidad de
    Guatemala", "Información Pública Municipalidad")."""
    return bool(text) and not names_other_body(text) and bool(_OWN_BODY.search(fold(text)))


# What precedes a body's own name after its kind: "Mancomunidad de Municipios Metrópoli de Los
# Altos" is "Metrópoli de Los Altos" on the site's tabs and headings.
_NAME_START = re.compile(r"^(?:(?:de|del|la|las|los|el) )*(?:municipios )?(?:(?:de|del) )?")
_PARTS = re.compile(r"\s+[-\u2013\u2014|:]\s+|:\s+")
MIN_NAME_WORDS = 2


@dataclass(frozen=True)
class OtherBodies:
    """The other bodies a site hosts, as its pages name them: the proper names that follow a
    body's kind ("metropoli de los altos"), and the addresses under which a body's pages sit
    ("/informacion-publica/metropoli-de-los-altos/", where its numeral pages may be titled only
    "Artículo 10 Numeral 8"). ``own``: the portal's own body's names when it is of such a kind
    itself (a mancomunidad's or a municipal company's own portal), never another body."""

    names: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    own: frozenset[str] = frozenset()

    def named_in(self, text: str) -> bool:
        """Whether ``text`` names another body, by its kind or by a name the site gave it."""
        if names_other_body(text):
            return not self._names_own(text)
        if not self.names or not text:
            return False
        folded = f" {fold(text)} "
        own = _OWN_BODY.search(folded)
        return own is None and any(f" {name} " in folded for name in self.names)

    def _names_own(self, text: str) -> bool:
        """Whether the bodies ``text`` names by their kind are the portal's own: its name
        ("Mancomunidad de Municipios de Palestina de Los Altos"), or the kind alone ("la
        Mancomunidad") on its own portal."""
        if not self.own or _names_jam_or_council(text, fold(text)):
            return False
        named = _body_names(text, min_words=1)
        return all(any(_same_name(name, own) for own in self.own) for name in named)

    def holds(self, path: str) -> bool:
        """Whether ``path`` lies under a body's own address."""
        return any(path.startswith(prefix) for prefix in self.prefixes)


def learn_bodies(
    pages: Iterable[tuple[str, Sequence[str]]], site_names: Sequence[str] = ()
) -> OtherBodies:
    """The other bodies named on a site's pages, each given as (its path, its names: its h1
    first, then its title and headings). ``site_names``: what the portal calls itself (its home
    page's title and heading): a body of a kind named there is the portal's own."""
    own = frozenset(
        name
        for text in site_names
        if not _OWN_BODY.search(fold(text))
        for name in _body_names(text, min_words=1)
    )
    bodies = OtherBodies(own=own)
    names: set[str] = set()
    prefixes: set[str] = set()
    for path, texts in pages:
        for position, text in enumerate(texts):
            if not bodies.named_in(text):
                continue
            if position == 0 and path.endswith("/") and path.count("/") >= 3:
                prefixes.add(path)  # the body's own page: "/informacion-publica/empagua/"
            names.update(name for name in _body_names(text) if name not in own)
    return OtherBodies(frozenset(names), tuple(sorted(prefixes)), own)


def _body_names(text: str, min_words: int = MIN_NAME_WORDS) -> set[str]:
    """The proper names that follow a body's kind in ``text`` ("palestina de los altos" after
    "Mancomunidad de Municipios de"), of ``min_words`` or more."""
    names: set[str] = set()
    for part in _PARTS.split(text):
        folded = fold(part)
        found = _OTHER_BODY.search(folded)
        if found is None:
            continue
        name = _NAME_START.sub("", folded[found.end() :].strip())
        if len(name.split()) >= min_words and "municipalidad" not in name:
            names.add(name)
    return names


def _same_name(name: str, own: str) -> bool:
    """Whether ``name`` is ``own``, or one of them opens the other ("palestina de los altos
    informacion publica" on a page of "palestina de los altos")."""
    return name.startswith(own) or own.startswith(name)


__all__ = ["OtherBodies", "learn_bodies", "names_other_body", "names_own_body"]
