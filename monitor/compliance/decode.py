"""The text of an HTML body, whatever its label says, mojibake repaired."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

# A character decoded from a well-formed UTF-8 multi-byte sequence (not a replacement).
_WELL_FORMED_MULTIBYTE = re.compile("[^\x00-\x7f\ufffd]")
_SINGLE_BYTE_LETTER = re.compile(rb"[\xc0-\xff][A-Za-z]")


# UTF-8 read as Windows-1252 or Latin-1: a lead byte's letter before a continuation byte's ("Ã³",
# "Ã‘", "Â¿"), or "â€" (a dash's or a quote's three bytes).
_MOJIBAKE = re.compile(
    "[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


_SPANISH_ENCODINGS = ["utf_8", "cp1252", "latin_1", "iso8859_15", "utf_16", "utf_32"]


def decode_html(body: bytes, content_type: str | None) -> str:
    """Text of an HTML body whatever its label says, mojibake repaired.

    Valid UTF-8 wins (pages labelled ISO-8859-1 are often UTF-8), and so does UTF-8 with broken
    bytes (garbage, a character cut by the byte cap), unless it also holds single-byte letters
    (a byte over 0xBF before an ASCII letter, "Í" in "Índice", which UTF-8 never writes): such
    a page is a single-byte one, as a browser reads an undeclared page that is not UTF-8, its
    few multi-byte characters mojibake already ("InformaciÃ³n"). Then the charset named by the
    header or a meta tag; then charset-normalizer's guess; Windows-1252 as the last resort.
    Text that went through a wrong charset once ("AÃ‘O", "InformaciÃ³n PÃºblica") is repaired
    (ftfy), as a reader repairs it.
    """
    return _plain(_repaired(_decoded(body, content_type)))


def _decoded(body: bytes, content_type: str | None) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", errors="replace")
    if _WELL_FORMED_MULTIBYTE.search(text) and not _SINGLE_BYTE_LETTER.search(body):
        return text
    declared: list[str] = []
    if content_type:
        found = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
        if found:
            declared.append(found.group(1))
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii", "replace"))
    for name in declared:
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        if name.lower().replace("_", "-") in ("utf-8", "utf8"):
            continue  # already known not to be valid UTF-8
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    # Guatemalan portals write Spanish: the candidates are the encodings Spanish text is found in,
    # so a short page is never read as, say, Central European ("año" -> "ańo").
    guess = charset_normalizer.from_bytes(body[:65536], cp_isolation=_SPANISH_ENCODINGS).best()
    if guess is not None:
        try:
            return body.decode(guess.encoding, errors="replace")
        except LookupError:
            pass
    return body.decode("cp1252", errors="replace")


# Characters that print nothing, or print as plain ones, as text pasted from Word or an OCR
# program carries them: a soft hyphen or a zero-width space inside a word or a number
# ("NUME\u00adRAL", "0\u200b8", or written as "&shy;", "&#8203;"), full-width digits and letters
# ("１０.１４"), ligatures ("ﬁ"). A reader sees the plain word.
_UNSEEN = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_UNSEEN_ENTITY = re.compile(
    r"&(?:shy|#173|#x0*ad|#820[345]|#x0*200[bcd]|#8288|#x0*2060|#65279|#x0*feff);", re.I
)
_COMPATIBLE = re.compile("[\uff01-\uff5e\ufb00-\ufb06]")


def _plain(text: str) -> str:
    """``text`` with the characters a reader does not see dropped, and full-width characters
    and ligatures written plainly (NFKC). Most pages hold only Latin-1 characters, which a
    ``latin-1`` encoding tells at memory speed: they are searched for a soft hyphen only."""
    if _UNSEEN_ENTITY.search(text) is not None:
        text = _UNSEEN_ENTITY.sub("", text)  # the parser would turn them into the characters
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        text = _UNSEEN.sub("", text)
        return _COMPATIBLE.sub(lambda found: unicodedata.normalize("NFKC", found[0]), text)
    return text.replace("\u00ad", "") if "\u00ad" in text else text


def _repaired(text: str) -> str:
    """``text`` with its mojibake undone, when it shows any (a search; ftfy only then)."""
    if not ("Ã" in text or "Â" in text or "â" in text) or _MOJIBAKE.search(text) is None:
        return text
    import ftfy  # noqa: PLC0415 - 10 MB of tables, loaded by the first page that needs them

    return str(ftfy.fix_encoding(text))
