"""What a page says of an item rather than publishing it: that it is empty ("No hay
información"), that its listing lists nothing ("No hay documentos en esta categoría."), that it
does not apply ("No aplica", "La Municipalidad no cuenta con fideicomisos"), when the page was
edited ("Última modificación: …"), and the words of a table widget. One vocabulary, used by
the judge; phrases folded (``text.fold``) unless said otherwise.
"""

from __future__ import annotations

import re

from monitor.compliance.dates import FoundDate, find_dates
from monitor.compliance.text import fold

EMPTY_MARKERS = tuple(
    fold(marker)
    for marker in (
        "no hay información",
        "no hay informacion disponible",
        "sin información",
        "en construcción",
        "próximamente",
        "no existe información",
        "no se cuenta con información",
        "sin datos",
        "información no disponible",
        "no se ha generado información",
        "pendiente de publicar",
        "será publicada",
        "se publicará",
        "en proceso de carga",
        # CKAN's Spanish "Este conjunto de datos no tiene datos" (ckan/i18n/es/ckan.po): the
        # dataset itself, whatever its record's fields say.
        "no tiene datos",
    )
)
# What a listing prints when it lists nothing: it has no files or rows, which says the item is
# empty only where the place holds no text of its own either (an office's address beside a
# document library's "No hay documentos en esta categoría." is published).
EMPTY_LISTING_MARKERS = tuple(
    fold(marker)
    for marker in (
        "no hay documentos",
        "no se encontraron",
        "no hay registros",
        # DataTables' Spanish empty table (its i18n es-ES.json: "sEmptyTable").
        "ningún dato disponible en esta tabla",
    )
)
# A body's statement that it has or does none of what an item covers, in the words portals use
# when the item does not concern them ("La Municipalidad no cuenta con fideicomisos", "Esta
# entidad no otorga subsidios, becas ni transferencias", "No existen empresas precalificadas",
# "Ninguna ONG … administra fondos públicos de esta Municipalidad"): folded, one sentence.
_NONE_HELD = re.compile(
    r"\bno (?:se )?(?:le )?(?:ha |han )?(?:cuenta|cuentan|tiene|tienen|posee|poseen|maneja|"
    r"manejan|administra|administran|otorga|otorgan|otorgado|financia|financian|autoriza|"
    r"autorizan|realiza|realizan|ejecuta|ejecutan|arrienda|arriendan|traslada|trasladan|"
    r"suscrito|constituido|constituidos|clasificado|celebrado|recibe|reciben|recibido|existe|"
    r"existen|percibe|perciben|contempla|contemplan)\b(?P<object>(?: \w+){1,4})"
    r"|\bningun[ao]? (?:\w+ ){1,8}(?:administra|maneja|recibe|percibe)n?\b"
)
# What a statement of none may not be about: the information itself ("No se cuenta con
# información", "No existen documentos"): that says the item is empty, not that it does not apply.
_INFORMATION_WORDS = frozenset(
    [
        "informacion",
        "datos",
        "dato",
        "documentos",
        "documento",
        "registros",
        "registro",
        "archivos",
        "archivo",
        "publicaciones",
        "contenido",
        "fotografias",
        "fotos",
        "imagenes",
        "elementos",
        "entradas",
    ]
)
# What holds a page's files or pictures: "Esta galería aún no tiene fotografías", "Esta carpeta no
# contiene archivos" say that it is empty, not that the body has none of the item's object.
_CONTAINER_WORDS = frozenset(
    ["galeria", "album", "carpeta", "seccion", "categoria", "pagina", "biblioteca", "listado"]
)
_OBJECT_LEAD = frozenset(
    ["con", "a", "de", "del", "el", "la", "los", "las", "ningun", "ninguna", "ningunos", "ni", "se"]
)
_CLASSIFIED = frozenset(["clasificada", "reservada", "confidencial"])  # numeral 27's object
_SENTENCE = re.compile(r"[.;\n]+")
MAX_STATEMENT_WORDS = 40
NOT_APPLICABLE = re.compile(
    r"\bno (?:aplica|es aplicable|le aplica|corresponde|aplicabilidad)\b|\binaplicab"
)
# "N/A" alone in a cell or a line, as folded.
_NA_CELL = "n a"
_NA_CELL_CHARS = 12  # "N/A" with its spaces; longer parts are not read for it
# A page's edit stamp: Plone's "Última modificación: 20/11/2026 09:14", Joomla's "Última
# actualización: Martes, 20 Noviembre 2026", WordPress's "Actualizado el 20 de noviembre de 2026"
# and a post's "Publicado el 8 de diciembre de 2026" (when the page was written, not the period of
# the files it holds); a data catalogue's record fields ("Fecha de creación", "Fecha de
# actualización", "Fecha de publicación": when the entry was saved). Not "Actualizado al 31 de
# octubre" (as of: the period of the data) nor a bare "Actualizado:".
_EDIT_STAMP = re.compile(
    r"\b(?:[úu]ltima\s+(?:modificaci[óo]n|actualizaci[óo]n|edici[óo]n)"
    r"|fecha\s+de\s+(?:modificaci|actualizaci|creaci|publicaci)[óo]n"
    r"|(?:modificad|actualizad|editad|publicad|cread)[oa]\s+el"
    r"|last\s+(?:modified|updated))\b",
    re.IGNORECASE,
)
_STAMP_REACH = 50  # characters after an edit label where its date is written
# A table widget's own words (DataTables' Spanish translation, datatables.net/plug-ins/i18n/
# Spanish: "Mostrando registros del 1 al 10 de un total de 57 registros", "Mostrar 10
# registros", "Buscar:", "Anterior", "Siguiente") and a pager's: the software's, not the body's.
WIDGET_TEXT = re.compile(
    r"mostrando registros del \d+ al \d+ de un total de \d+ registros"
    r"|\(filtrado de un total de \d+ registros\)|\bmostrar \d+ registros\b|\bbuscar:"
    r"|\b(?:anterior|siguiente|primero|[úu]ltimo)\b",
    re.I,
)


# A sentence telling the reader how to ask for what is not published ("Si la información que
# necesitas no se encuentra publicada en esta sección, puedes solicitarla presentándote
# personalmente a la Unidad de Información Pública…", munipalestinadelosaltos.gob.gt): the
# procedure of the law, the same beside every item, not any Article 10 item's information.
# Folded; a verb of asking, the information, and the reader addressed or the office named.
_REQUEST_VERB = re.compile(r"\bsolicit(?:ar|arla|arlas|arlo|e|ela|ud|udes)\b")
_REQUEST_ADDRESSED = re.compile(
    r"\b(?:puede|puedes|pueden|podra|podras|usted|presentandote|presentandose|presente|"
    r"presentar|acuda|acudir|dirigirse|dirijase|formulario"
    r"|unidad de (?:acceso a la )?informacion)\b"
)
MAX_GUIDANCE_WORDS = 60
# A period not yet published, as a cell, a line or a card's field says it: "Pendiente",
# "Pendiente de publicación", "Fecha de publicación: Pendiente", "Estado: Pendiente" (folded);
# not "Saldo pendiente".
_PENDING = re.compile(
    r"(?:(?:fecha(?: de)? (?:publicacion|carga|actualizacion)|estado|estatus) )?"
    r"pendiente(?: de (?:publicacion|publicar|carga))?"
)
# A note on how an item is published rather than what it publishes: "NOTA: La estructura orgánica,
# manual de funciones y marco normativo no se generan en las municipalidades de manera mensual o
# anual, por lo tanto, se publican los documentos vigentes aprobados por el Concejo Municipal."
# and its "Base Legal: Código Municipal Art. 35 y Decreto 57-2008 Art. 7"
# (munipalestinadelosaltos.gob.gt), "Haz clic sobre los iconos para descargar los archivos
# correspondientes." (dif.tapalpa.gob.mx). Folded: a verb of publishing with what is published,
# or a sentence opened by the legal basis it cites.
_PUBLISHING = re.compile(
    r"\b(?:publica|publican|publicara|publicaran|genera|generan|actualiza|actualizan|"
    r"actualizara|actualizaran|descargar|descargue|descarguen|sube|suben|subir|carga|cargan)\b"
)
_PUBLISHED = re.compile(
    r"\b(?:documentos?|archivos?|informacion|publicaciones?|informes?|reportes?)\b"
)
_LEGAL_BASIS = re.compile(r"^\s*(?:nota )?(?:base|fundamento|sustento)s? legal(?:es)?\b")
# A sentence, not ended by the point of "Art. 35" or of a number ("57.2008").
_NOTE_SENTENCE = re.compile(r"(?:[^.;\n]|(?<=\bart)\.|(?<=\barto)\.|\.(?=\d))+", re.I)


def says_empty(folded: str) -> bool:
    """Whether folded text says the item has no information yet."""
    return any(marker in folded for marker in EMPTY_MARKERS)


def lists_nothing(folded: str) -> bool:
    """Whether folded text is a listing's message that it lists nothing."""
    return any(marker in folded for marker in EMPTY_LISTING_MARKERS)


def says_not_applicable(folded: str, parts: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether folded text declares "No aplica", or one of ``parts`` (a block's pieces of
    text: cells, lines) is "N/A"."""
    return NOT_APPLICABLE.search(folded) is not None or any(
        len(part) <= _NA_CELL_CHARS and fold(part) == _NA_CELL for part in parts
    )


def statements_of_none(text: str) -> list[str]:
    """The sentences of ``text`` stating that the body has or does none of an item's object
    (``_NONE_HELD``), not that it has no information ("No se cuenta con información", except
    information classified as reserved, which is numeral 27's object)."""
    found = []
    for sentence in _SENTENCE.split(text):
        folded = fold(sentence)
        if len(folded) > MAX_STATEMENT_WORDS * 12 or len(folded.split()) > MAX_STATEMENT_WORDS:
            continue
        match = _NONE_HELD.search(folded)
        if match is None:
            continue
        words = [w for w in (match.group("object") or "").split() if w not in _OBJECT_LEAD]
        if words and words[0] in _INFORMATION_WORDS and not _CLASSIFIED.intersection(words):
            continue
        before = folded[: match.start()].split()
        if _INFORMATION_WORDS.intersection(before[-1:]):
            continue  # "El archivo no existe": a file that is gone, not a thing the body lacks
        if _names_this_container(before):
            continue  # "Esta galería aún no tiene …": the page's own container is empty
        found.append(sentence.strip())
    return found


def _names_this_container(words: list[str]) -> bool:
    """Whether ``words`` (folded) end by naming the page's own container: "esta galeria",
    "este album aun", "esta carpeta todavia"."""
    while words and words[-1] in ("aun", "todavia"):
        words = words[:-1]
    return len(words) >= 2 and words[-2] in ("esta", "este") and words[-1] in _CONTAINER_WORDS


def edit_stamps(text: str) -> tuple[FoundDate, ...]:
    """The days ``text`` says its page was edited: the first date after each edit label."""
    stamps = []
    for match in _EDIT_STAMP.finditer(text):
        dates = find_dates(text[match.end() : match.end() + _STAMP_REACH])
        if dates:
            stamps.append(dates[0])
    return tuple(stamps)


def request_guidance(text: str) -> list[str]:
    """The sentences of ``text`` telling the reader how to request information the portal does
    not publish (``_REQUEST_VERB`` with "información" and the reader addressed)."""
    found = []
    for sentence in _SENTENCE.split(text):
        folded = fold(sentence)
        if len(folded.split()) > MAX_GUIDANCE_WORDS or "informacion" not in folded:
            continue
        if _REQUEST_VERB.search(folded) and _REQUEST_ADDRESSED.search(folded):
            found.append(sentence.strip())
    return found


# A file the body took back, as its line or row says beside it: a status typed in capitals
# ("ANULADO", "SIN EFECTO") or a phrase ("Documento anulado, pendiente de publicar la versión
# corregida", "queda sin efecto"). Not a report about annulled things ("Listado de cheques
# anulados", "Concursos anulados").
_WITHDRAWN_STAMP = re.compile(r"\b(?:ANULAD[OA]|SIN EFECTO)\b")
_WITHDRAWN_PHRASE = re.compile(
    r"\b(?:documento|archivo|informe|publicacion|version) (?:anulad[oa]|sin efecto)\b"
    r"|\b(?:queda|quedo|dejad[oa]|dejo) sin efecto\b"
)


# Letters every spelling of those words holds ("Anulado", "ANULADO", "Sin efecto", "SIN EFECTO"),
# sought before any case folding: most texts hold none.
_WITHDRAWN_MARKS = ("nulad", "NULAD", "fecto", "FECTO")


def says_withdrawn(text: str) -> bool:
    """Whether a file's line or row says the file was withdrawn ("ANULADO", "SIN EFECTO")."""
    if not any(mark in text for mark in _WITHDRAWN_MARKS):
        return False
    return bool(_WITHDRAWN_STAMP.search(text) or _WITHDRAWN_PHRASE.search(fold(text)))


def says_pending(text: str) -> bool:
    """Whether a cell, line or field says its period is not published yet ("Pendiente")."""
    return _PENDING.fullmatch(fold(text)) is not None


def publication_notes(text: str) -> list[str]:
    """The sentences of ``text`` saying how its item is published (``_PUBLISHING`` with what is
    published) or on what legal basis, not publishing any of it."""
    found = []
    for hit in _NOTE_SENTENCE.finditer(text):
        sentence = hit.group()
        folded = fold(sentence)
        if not folded or len(folded.split()) > MAX_GUIDANCE_WORDS:
            continue
        if _LEGAL_BASIS.match(folded) or (_PUBLISHING.search(folded) and _PUBLISHED.search(folded)):
            found.append(sentence)
    return found
