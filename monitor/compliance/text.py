"""Text normalisation shared by the catalogue matcher, the judge and the date reader.

Portals write the same label as "Ejecución Presupuestaria", "EJECUCION PRESUPUESTARIA" or
"ejecucion_presupuestaria.pdf"; everything is compared after folding accents and case, turning
punctuation into spaces and crudely stemming Spanish plurals and gender endings.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-zñ]+")
# Accents (after NFKD), and the characters a browser shows as nothing: soft hyphens and the
# zero-width spaces, joiners and byte-order marks that themes put inside words ("Nu&shy;me&shy;ral",
# "Nume&#8203;ral").
_COMBINING = re.compile(r"[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]+")
# Words that carry no meaning for matching a label ("de", "la") or that every portal puts around
# a label without changing what it names ("ver", "descargar", "pdf", "municipalidad").
_STOP_TEXT = """
    a al ante con contra de del desde el en entre la las lo los o para por segun sin sobre su sus
    u un una unos unas y e que se le les cada como este esta estos estas todo toda todos todas
    ver descargar descarga clic click aqui aca mas ingresar abrir acceder leer
    informacion publica publicas publico
    documento documentos archivo_pdf pdf xls xlsx doc docx csv zip odt ods rar html php index json
    municipalidad municipal muni pagina inicio enlace link mes ano año anio periodo ejercicio fiscal
    actualizado actualizacion fecha consulta consultar listado lista detalle nuevo nueva publicos
"""
STOPWORDS = frozenset(_STOP_TEXT.split())
MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "ene": 1,
    "feb": 2,
    "mar": 3,
    "abr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "ago": 8,
    "sep": 9,
    "sept": 9,
    "set": 9,
    "oct": 10,
    "nov": 11,
    "dic": 12,
    # A site left in its CMS's English locale ("Posted on November 30, 2026", "30 Nov 2026").
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "apr": 4,
    "aug": 8,
    "dec": 12,
}


def fold(text: str) -> str:
    """Lower case, accents dropped (ñ kept), punctuation and underscores turned into spaces.

    Labels repeat across pages and portals, so short texts are cached; page-sized texts are not
    (a cache of megabyte strings would hold memory long after the page is judged).
    """
    return _fold_short(text) if len(text) <= 300 else _fold(text)


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    return _NON_WORD.sub(" ", unaccented(text)).strip()


def unaccented(text: str) -> str:
    """Lower case, accents dropped (ñ kept), punctuation kept: what ``fold`` starts from, for
    readers to whom punctuation matters ("4.4" is not "4, 4")."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()).replace("n\u0303", "ñ"))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude Spanish stem: 'informes', 'informe' -> 'inform'; 'mensuales' -> 'mensual'."""
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    if len(word) > 4 and word[-1] in "aeo":
        word = word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Stemmed content words of ``text``: no stopwords, numbers or month names."""
    out: list[str] = []
    for word in fold(text).split():
        if word in STOPWORDS or word in MONTHS or word.isdigit() or len(word) < 2:
            continue
        out.append(stem(word))
    return out
