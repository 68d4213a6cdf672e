"""Forty-fifth exam: four portal layouts whose theme is ENCODING ACCIDENTS, as they happen on real
Guatemalan sites, with the truth of every section.

Text and addresses are damaged between the staff's computer and the browser, and a citizen still
reads them: the browser repairs some (it follows the HTTP header over a contradicting ``<meta>``,
a byte order mark over both, falls back to windows-1252 on a page declaring nothing, resolves
``&oacute;`` / ``&#243;`` / ``&#xF3;``), the reader's eye the rest ("InformaciÃ³n PÃºblica",
"AÃ±o 2026", "RESOLUCIÃ“N", "Informaci�n", "Informaci?n p?blica", "INFORMACION PUBLICA DE
OFICIO", "Setiembre", "SEPT.", "Ene."). Items (truth, labels, documents, dates, phrases) are drawn
exactly as the generated portals draw them (``tests.compliance.generated.portals._item``); what is
new is how their bytes reach the browser. Every page draws how it is stored and declared (UTF-8
declared right; UTF-8 behind a ``<meta>`` saying iso-8859-1 while the header says UTF-8; UTF-8
with a BOM under a header saying ISO-8859-1 or nothing; UTF-8 under a header saying ISO-8859-1, so
the whole page shows mojibake; windows-1252 declaring nothing, declared by a Dreamweaver /
FrontPage ``<meta>`` or by the header against a ``<meta charset="utf-8">``; windows-1252 under a
header saying UTF-8, every accent a "�"), and every string on it (the site's name and menu, titles,
item names, words, document names, dates, year headings) draws its own accident among those the
page's encoding allows: capitals with or without accents, named / decimal / hexadecimal entities,
UTF-8 read as Latin-1 once or twice, letters a Latin-1 table lost ("?"), a stored U+FFFD, raw
Latin-1 bytes in a UTF-8 page; an included file's BOM may show as "ï»¿" at the top. Month names
in document names and dates are written "Setiembre", "SEPTIEMBRE", "Sept.", "Ene.", "octubre";
dates as "30/11/2026", "30 de noviembre de 2026" or "30-Nov-2026". Documents keep their period;
their addresses are the file names staff typed, percent-encoded in UTF-8
("Ejecuci%C3%B3n%20presupuestaria%20Octubre%202026.pdf"), in Latin-1 ("N%F3mina…", as IIS
accepts), with "+" for spaces (PHP's ``urlencode``: "NUMERAL+4+OCTUBRE+2026.pdf"), with raw spaces
and accents (on pages read as UTF-8), or the CMS's slug; an item drawn ``broken`` links files the
server does not have (404). The truth is what a careful citizen reading the site in a browser
concludes. Wording and sources: ``wording.toml``. ``server`` starts the portals (documents in
Latin-1 addresses carry a raw Latin-1 ``Content-Disposition`` file name). Layouts:

* ``latin1``: an old hand-made site (HTML 4.01, upper-case tags, ``<FONT>``), its Article 10 list
  as one table "No. | Descripción | Documentos | Fecha" on one page or split over two or three
  pages ("Numerales 1 al 10") reached from an index, each page drawing its encoding among the
  windows-1252 ones (and UTF-8 under an iso-8859-1 ``<meta>``); names mostly as entities, raw
  Latin-1, "?" or capitals, the site's header (an include saved as UTF-8) sometimes mojibake;
  documents linked by name or by "Descargar" / "Ver" with the newest date in the date column.
* ``mojibake``: a WordPress site whose database went through a Latin-1 connection: headings (``<h2
  class="wp-block-heading">`` … or bold paragraphs) and texts "ArtÃ­culo 10 Numeral 8 -
  EjecuciÃ³n presupuestaria", sometimes twice ("ÃƒÂ³"), on one page or on a child page per item
  (the index listing them), each page UTF-8, UTF-8 with a BOM, or UTF-8 under a Latin-1 header (the
  theme's own words then mojibake too); documents in WordPress File blocks (name and "Descargar"
  button) or lists, under "Año 2026" headings or not, in ``/wp-content/uploads/<year>/<month>/``
  with slugged or percent-encoded names.
* ``capitals``: a site typed in capitals: "ARTICULO 10 NUMERAL 8 - INFORMES MENSUALES DE EJECUCION
  PRESUPUESTARIA" lines (bold paragraphs with ``<br>``-separated documents, nested lists, or one
  list line per item with its documents after it), "ACTUALIZADO: 30 DE NOVIEMBRE DE 2026", file
  names in capitals with "+" or "%20" ("EJECUCION+PRESUPUESTARIA+SETIEMBRE+2026.pdf"), capitals
  with accents sometimes mojibake ("INFORMACIÃ“N"); one page or two.
* ``replacement``: a PHP portal of a page per numeral (``numeral.php?id=8``) reading a Latin-1
  database through a UTF-8 page: "Informaci�n", "A�O 2026", "Ejecuci?n", a stored U+FFFD, or the
  whole page windows-1252 under a UTF-8 header; the law's text, the item's words, documents under
  year headings or in a "Documento | Fecha de publicación" table (the upload day), file names in
  Latin-1 or UTF-8 percent-encoding or with "+".
"""

from __future__ import annotations

import datetime as dt
import html.entities
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, quote_plus, unquote

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    exam_portal,
    file_stem,
    item_rhythm,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import LoopbackServer, Resource
from tests.compliance.generated.portals import (
    ITEMS,
    MESES,
    Doc,
    Item,
    Routes,
    _e,
    _no_accents,
    _present,
)

LAYOUTS = ("latin1", "mojibake", "capitals", "replacement")
EXAM45: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow: one table (bare names
# allowed, no statements of the municipality's own), headed sections, numbered lines, a page per
# numeral.
_INNER = {"latin1": "table", "mojibake": "wordpress", "capitals": "lines", "replacement": "joomla"}
# Where ``notes`` keeps, for reports, the item's name as its page's source shows it.
_NEEDLE = 1000

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "server", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM45[section][key]["text"]


# -- the server ----------------------------------------------------------------------------------


class Server45(ExamServer):
    """The exam's server: extra headers (a document's Content-Disposition) found by the decoded
    path, as the routes are, so a percent-encoded address gets them too."""

    def __init__(self, routes: Routes, headers: dict[str, dict[str, str]]) -> None:
        super().__init__(routes, {unquote(path): extra for path, extra in headers.items()})

    def _answer(self, handler: Any, *, head: bool) -> None:
        path = unquote(handler.path)
        extra = self.extra.get(path)
        if extra and path in self.routes:
            original = handler.end_headers

            def end_headers() -> None:
                for name, value in extra.items():
                    handler.send_header(name, value)
                handler.end_headers = original
                original()

            handler.end_headers = end_headers
        LoopbackServer._answer(self, handler, head=head)


def server(portal: ExamPortal) -> ExamServer:
    """The server ``bench.exam`` starts for a portal of this exam."""
    return Server45(portal.routes, portal.headers)


# -- how a page's bytes are stored and declared --------------------------------------------------


@dataclass(frozen=True)
class _Charset:
    name: str
    stored: str  # the bytes: utf-8 | cp1252
    read: str  # what a browser decodes them as (BOM > HTTP header > <meta> > windows-1252)
    header: str  # the Content-Type header
    meta: str  # the <meta> in the page's head
    bom: bool = False


def _m(key: str) -> str:
    return str(_w("markup", key))


_CHARSETS = {
    c.name: c
    for c in (
        _Charset("utf8", "utf-8", "utf-8", "text/html; charset=UTF-8", _m("meta_utf8")),
        # The header wins over a template's old <meta>.
        _Charset("utf8-meta-iso", "utf-8", "utf-8", "text/html; charset=UTF-8", _m("meta_iso")),
        # A BOM wins over the header (PHP files saved "UTF-8 con BOM").
        _Charset("utf8-bom-iso", "utf-8", "utf-8", "text/html; charset=ISO-8859-1", "", True),
        _Charset("utf8-bom-bare", "utf-8", "utf-8", "text/html", "", True),
        # UTF-8 bytes under Apache's "AddDefaultCharset ISO-8859-1": the whole page is mojibake.
        _Charset("utf8-as-latin1", "utf-8", "cp1252", "text/html; charset=ISO-8859-1", ""),
        _Charset(
            "utf8-as-latin1-meta",
            "utf-8",
            "cp1252",
            "text/html; charset=ISO-8859-1",
            _m("meta_utf8"),
        ),
        # windows-1252 declaring nothing: browsers fall back to windows-1252 for Spanish.
        _Charset("cp1252-bare", "cp1252", "cp1252", "text/html", ""),
        _Charset("cp1252-meta-iso", "cp1252", "cp1252", "text/html", _m("meta_iso")),
        _Charset("cp1252-frontpage", "cp1252", "cp1252", "text/html", _m("meta_frontpage")),
        _Charset(
            "cp1252-header-iso",
            "cp1252",
            "cp1252",
            "text/html; charset=ISO-8859-1",
            _m("meta_utf8"),
        ),
        # windows-1252 bytes under a UTF-8 header: every accent of the page is a "�".
        _Charset(
            "cp1252-as-utf8", "cp1252", "utf-8", "text/html; charset=UTF-8", _m("meta_utf8_old")
        ),
    )
}
_PAGE_CHARSETS = {
    "latin1": [
        "cp1252-bare",
        "cp1252-meta-iso",
        "cp1252-frontpage",
        "cp1252-header-iso",
        "utf8-meta-iso",
    ],
    "mojibake": [
        "utf8",
        "utf8",
        "utf8-bom-iso",
        "utf8-bom-bare",
        "utf8-as-latin1",
        "utf8-as-latin1-meta",
    ],
    "capitals": ["utf8", "utf8-bom-bare", "cp1252-bare", "cp1252-meta-iso", "utf8-as-latin1"],
    "replacement": ["utf8", "utf8", "utf8-meta-iso", "cp1252-as-utf8", "utf8-bom-iso"],
}


# -- accidents to strings ------------------------------------------------------------------------

# A raw byte written into a page whatever its encoding (Latin-1 text in a UTF-8 page).
_RAW = 0xF700
_CASES = ("keep", "upper", "upper_plain", "plain")
_DAMAGES = ("none", "named", "dec", "hex", "moji", "moji2", "question", "fffd", "lost")
_LAYOUT_CASES = {
    "latin1": ["keep", "keep", "keep", "upper_plain", "plain"],
    "mojibake": ["keep", "keep", "keep", "upper"],
    "capitals": ["upper_plain", "upper_plain", "upper_plain", "upper"],
    "replacement": ["keep", "keep", "keep", "upper_plain"],
}
_LAYOUT_DAMAGES = {
    "latin1": ["none", "none", "named", "named", "dec", "hex", "question", "moji"],
    "mojibake": ["moji", "moji", "moji", "moji", "moji2", "none", "named"],
    "capitals": ["none", "none", "none", "moji", "named", "question"],
    "replacement": ["lost", "lost", "lost", "fffd", "question", "none", "dec"],
}


def _allowed(charset: _Charset) -> set[str]:
    """The accidents that leave a string readable on a page of ``charset`` (and mean what their
    name says there)."""
    if charset.stored == charset.read == "utf-8":
        return set(_DAMAGES)
    if charset.stored == charset.read:  # windows-1252 read right
        return {"none", "named", "dec", "hex", "moji", "moji2", "question", "fffd"}
    return {"none", "named", "dec", "hex", "question"}


Accident = tuple[str, str]


def _moji(text: str) -> str:
    """``text``'s UTF-8 bytes read as windows-1252 (bytes it leaves undefined as Latin-1 control
    characters, as MySQL's latin1 does): "Información" -> "InformaciÃ³n"."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def _entities(markup: str, style: str) -> str:
    def one(ch: str) -> str:
        code = ord(ch)
        if code < 128 or _RAW <= code < _RAW + 256:
            return ch
        if style == "named" and code in html.entities.codepoint2name:
            return f"&{html.entities.codepoint2name[code]};"
        if style == "hex":
            return f"&#x{code:X};"
        return f"&#{code};"

    return "".join(one(ch) for ch in markup)


def _lost(text: str) -> str:
    """Non-ASCII letters as their raw windows-1252 bytes (a Latin-1 database printed into a UTF-8
    page: the browser shows "�")."""

    def one(ch: str) -> str:
        if ord(ch) < 128:
            return ch
        try:
            return chr(_RAW + ch.encode("cp1252")[0])
        except UnicodeEncodeError:
            return "?"

    return "".join(one(ch) for ch in text)


def _show(text: str, accident: Accident) -> str:
    """``text`` as markup (escaped) after ``accident``."""
    case, damage = accident
    if case == "upper":
        text = text.upper()
    elif case == "upper_plain":
        text = _no_accents(text).upper()
    elif case == "plain":
        text = _no_accents(text)
    if damage == "moji":
        text = _moji(text)
    elif damage == "moji2":
        text = _moji(_moji(text))
    elif damage == "question":
        text = re.sub(r"[^\x00-\x7f]", "?", text)
    elif damage == "fffd":
        text = re.sub(r"[^\x00-\x7f]", "\ufffd", text)
    elif damage == "lost":
        text = _lost(text)
    markup = _e(text)
    if damage in ("named", "dec", "hex"):
        markup = _entities(markup, damage)
    return markup


def _encode(markup: str, charset: _Charset, *, bom: bool | None = None) -> bytes:
    """The page's bytes: ``markup`` stored as ``charset`` says, raw bytes as they are (a
    character windows-1252 lacks as a numeric entity, as browsers submit and editors save)."""
    out = bytearray(b"\xef\xbb\xbf" if (charset.bom if bom is None else bom) else b"")
    for ch in markup:
        code = ord(ch)
        if _RAW <= code < _RAW + 256:
            out.append(code - _RAW)
        elif code < 128:
            out.append(code)
        elif charset.stored == "utf-8":
            out += ch.encode("utf-8")
        else:
            try:
                out += ch.encode("cp1252")
            except UnicodeEncodeError:
                out += bytes([code]) if code < 256 else f"&#{code};".encode()
    return bytes(out)


# -- months and dates ----------------------------------------------------------------------------

_MONTH_WORD = re.compile(r"\b(" + "|".join(MESES) + r")\b", re.IGNORECASE)
_MONTH_STYLES = ("full", "full", "upper", "lower", "abbr", "setiembre")


def _month(month: int, style: str, upper: bool) -> str:
    """A month's name as offices write it: "Septiembre", "Setiembre", "Sept.", "Ene.", ..."""
    word = MESES[month - 1]
    if style == "setiembre" and month == 9:
        word = str(_w("dates", "setiembre")[0])
    elif style == "abbr":
        word = str(_w("dates", "abbr")[month - 1])
    elif style == "lower":
        word = word.lower()
    if style == "upper" or upper:
        word = word.upper()
    return word


def _months_in(name: str, style: str) -> str:
    """``name`` with its month names written in ``style`` (capitals kept)."""

    def one(match: re.Match[str]) -> str:
        word = match.group(1)
        index = [m.lower() for m in MESES].index(word.lower()) + 1
        return _month(index, style, word.isupper())

    return _MONTH_WORD.sub(one, name)


def _date(day: dt.date, form: str, style: str) -> str:
    if form == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if form == "abbr":
        return f"{day.day:02d}-{_month(day.month, 'abbr', False).rstrip('.')}-{day.year}"
    return f"{day.day} de {_month(day.month, style, False).lower()} de {day.year}"


_UPDATED = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


# -- the site ------------------------------------------------------------------------------------


@dataclass
class _Site:
    rng: random.Random
    layout: str
    name: str
    menu: str
    index: str
    old: bool = False  # HTML 4.01 with upper-case tags
    routes: Routes = field(default_factory=dict)

    def charset(self) -> _Charset:
        return _CHARSETS[self.rng.choice(_PAGE_CHARSETS[self.layout])]

    def accident(self, charset: _Charset, house: Accident | None = None) -> Accident:
        """An accident for one string of a page of ``charset``: the page's own (``house``) half
        the time, else one drawn for the layout."""
        if house is not None and self.rng.random() < 0.5:
            return house
        allowed = _allowed(charset)
        damages = [d for d in _LAYOUT_DAMAGES[self.layout] if d in allowed] or ["none"]
        return self.rng.choice(_LAYOUT_CASES[self.layout]), self.rng.choice(damages)

    def put(self, path: str, charset: _Charset, house: Accident, title: str, body: str) -> None:
        """A page: the site's name and menu (the template's strings, in the page's accident),
        the title and ``body`` (markup), stored as ``charset`` says."""
        name, menu, home = (_show(t, house) for t in (self.name, self.menu, _w("site", "home")))
        news = _show(str(_w("site", "news")), house)
        footer = _show(str(_w("site", "footer")).format(name=self.name), house)
        head_title = _show(title, house)
        top = ""
        if self.rng.random() < 0.2:
            # An included header saved "UTF-8 con BOM": its bytes EF BB BF in the body, invisible
            # when the page is read as UTF-8, "ï»¿" when read as windows-1252.
            top = "\ufeff" if charset.stored == "utf-8" else "\u00ef\u00bb\u00bf"
        if self.old:
            page = (
                f"{_m('doctype_old')}\n<HTML><HEAD>{charset.meta}<TITLE>{head_title}</TITLE></HEAD>\n"
                f'<BODY BGCOLOR="#FFFFFF" LINK="#0000FF" VLINK="#800080">{top}\n'
                '<TABLE WIDTH="780" BORDER="0" ALIGN="center" CELLPADDING="0" CELLSPACING="0">'
                f'<TR><TD BGCOLOR="#003366"><FONT FACE="Arial" COLOR="#FFFFFF" SIZE="4"><B>{name}'
                '</B></FONT></TD></TR><TR><TD><FONT FACE="Arial" SIZE="2">'
                f'<A HREF="/">{home}</A> | <A HREF="{_e(self.index)}">{menu}</A> | '
                f'<A HREF="/noticias/">{news}</A></FONT></TD></TR></TABLE>\n<main>'
                f'<P ALIGN="center"><FONT FACE="Arial" SIZE="4"><B>{head_title}</B></FONT></P>\n'
                f'{body}</main>\n<P ALIGN="center"><FONT FACE="Arial" SIZE="1">{footer}</FONT></P>'
                "</BODY></HTML>"
            )
        else:
            page = (
                f'<!DOCTYPE html>\n<html lang="es"><head>{charset.meta}<title>{head_title} - '
                f"{name}</title></head><body>{top}<header class='site-header'><p "
                f"class='institucion'>{name}</p><nav class='main-menu'><ul><li><a href=\"/\">"
                f'{home}</a></li><li><a href="{_e(self.index)}">{menu}</a></li><li><a '
                f'href="/noticias/">{news}</a></li></ul></nav></header><main><h1>{head_title}</h1>'
                f"{body}</main><footer class='site-footer'><p>{footer}</p></footer></body></html>"
            )
        self.routes[path] = Resource(_encode(page, charset), content_type=charset.header)

    def page(self) -> tuple[_Charset, Accident]:
        """A new page's encoding and its own accident."""
        charset = self.charset()
        return charset, self.accident(charset)

    def home(self) -> None:
        """The home page (its ``</main>`` is where the generator's noise may add a link)."""
        charset, house = self.page()
        body = (
            f'<p><a href="{_e(self.index)}">{_show(self.menu, house)}</a></p>'
            '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
        )
        self.put("/", charset, house, self.name, body)


def _rng(draw: st.DrawFn) -> random.Random:
    """A generator for the accidents and the markup's details, seeded by one draw so that a
    portal stays small in Hypothesis's terms."""
    return random.Random(draw(st.integers(0, 2**31 - 1)))


def _site(rng: random.Random, layout: str, index: str, *, old: bool = False) -> _Site:
    town = rng.choice(list(_w("site", "towns")))
    name = str(_w("site", "name")).format(town=town)
    return _Site(rng, layout, name, rng.choice(list(_w("site", "menu"))), index, old)


def _opening(site: _Site, charset: _Charset, house: Accident, tag: str = "p") -> str:
    text = str(_w("index", "opening")).format(name=site.name)
    return f"<{tag}>{_show(text, site.accident(charset, house))}</{tag}>"


# -- documents: names, addresses, dates ----------------------------------------------------------


@dataclass
class _Shown:
    """How a document is shown: its name (month names as the office writes them) and address."""

    name: str
    style: str  # the address's style (notes)


def _file_name(name: str) -> str:
    """A document's name as a file name (characters a path cannot hold replaced)."""
    return re.sub(r'[/\\?#%"<>|:*&]+', "-", name).strip(" .-") + ".pdf"


def _address(name: str, style: str, folder: str, fallback: str) -> str:
    """The address staff typed for a file named ``name`` in ``folder``."""
    base = _file_name(name)
    if style == "utf8pct":
        return folder + quote(base, safe="-_.,()")
    if style == "latin1pct":
        return folder + quote(base, safe="-_.,()", encoding="cp1252", errors="replace")
    if style == "plus":
        return folder + quote_plus(base, safe="-_.,()")
    if style == "plus_upper":
        return folder + quote_plus(_no_accents(base[:-4]).upper(), safe="-_.,()") + ".pdf"
    if style == "pct_upper":
        return folder + quote(_no_accents(base[:-4]).upper(), safe="-_.,()") + ".pdf"
    if style == "raw":  # spaces as typed, accents left out (an ASCII address)
        plain = _no_accents(base).replace("ñ", "n").replace("Ñ", "N")
        return folder + plain.encode("ascii", "ignore").decode()
    if style == "hyphens":  # WordPress keeping the accents, spaces made hyphens
        return folder + quote("-".join(base.split()), safe="-_.,()")
    if style == "wpslug":
        return folder + file_stem(base[:-4]) + ".pdf"
    return fallback


def _place(
    site: _Site,
    items: list[Item],
    styles: Sequence[str],
    folder: Callable[[Item, Doc], str],
) -> dict[int, _Shown]:
    """Give every document its shown name and its address (unique once decoded, as the server
    finds files). Addresses stay ASCII: pages stored in windows-1252 link them too."""
    site_style = site.rng.choice(list(styles))
    month_style = site.rng.choice(_MONTH_STYLES)
    seen: set[str] = set()
    shown: dict[int, _Shown] = {}
    for item in items:
        for doc in item.docs:
            style = site_style if site.rng.random() < 0.8 else site.rng.choice(list(styles))
            months = month_style if site.rng.random() < 0.7 else site.rng.choice(_MONTH_STYLES)
            name = _months_in(doc.name, months)
            path = _address(name, style, folder(item, doc), doc.path)
            candidate, number = path, 2
            while unquote(candidate) in seen:
                stem, dot, ext = path.rpartition(".")
                candidate = f"{stem}-{number}{dot}{ext}"
                number += 1
            seen.add(unquote(candidate))
            doc.path = candidate
            shown[id(doc)] = _Shown(name, style)
    return shown


def _disposition(portal: ExamPortal, items: list[Item], shown: dict[int, _Shown]) -> None:
    """A document at a Latin-1 address answers with its file name in Latin-1 (IIS's way)."""
    for item in items:
        for doc in item.docs:
            if doc.ok and shown[id(doc)].style == "latin1pct":
                name = _file_name(shown[id(doc)].name)
                latin = name.encode("cp1252", "replace").decode("latin-1")
                portal.headers[doc.path] = {"Content-Disposition": f'inline; filename="{latin}"'}


def _updated(site: _Site, item: Item, charset: _Charset, house: Accident) -> str:
    """The item's "Actualizado" text as the site writes its dates (markup, or "")."""
    match = _UPDATED.search(item.updated)
    if not match:
        return ""
    day = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    prefix = site.rng.choice(list(_w("dates", "prefixes")))
    form = site.rng.choice(["dmy", "long", "long", "abbr"])
    text = f"{prefix} {_date(day, form, site.rng.choice(_MONTH_STYLES))}"
    return _show(text, site.accident(charset, house))


def _words(
    site: _Site, item: Item, charset: _Charset, house: Accident, *, law: bool = True
) -> list[str]:
    """The item's words (law text, phrase, own text, "Actualizado") as markup."""
    out = []
    for text in (item.law_text if law else "", item.phrase, item.own_text):
        if text:
            out.append(_show(text, site.accident(charset, house)))
    updated = _updated(site, item, charset, house)
    if updated:
        out.append(updated)
    return out


def _year_heading(site: _Site, year: int, charset: _Charset, house: Accident) -> str:
    pattern = site.rng.choice(list(_w("years", "heading")))
    return _show(pattern.format(year=year), site.accident(charset, house))


def _by_year(docs: list[Doc]) -> list[tuple[int, list[Doc]]]:
    years: dict[int, list[Doc]] = {}
    for doc in docs:
        assert doc.modified is not None
        years.setdefault(doc.modified.year, []).append(doc)
    return sorted(years.items(), reverse=True)


def _note(portal: ExamPortal, item: Item, how: str, label: str, charset: _Charset) -> None:
    portal.notes[item.numeral] = f"{how}/{charset.name}/{item_rhythm(item)}"
    portal.notes[_NEEDLE + item.numeral] = _encode(label, charset, bom=False).decode(
        "utf-8", "replace"
    )


def _groups(rng: random.Random, items: list[Item], most: int) -> list[list[Item]]:
    """``items`` cut into 1..``most`` runs of consecutive numerals."""
    count = rng.randint(1, most)
    size = -(-len(items) // count) if items else 1
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def _group_title(rng: random.Random, group: list[Item]) -> str:
    pattern = rng.choice(list(_w("index", "groups")))
    first = group[0].numeral if group else 1
    last = group[-1].numeral if group else 29
    return str(pattern).format(first=first, last=last)


# -- latin1: an old hand-made site, one table over one to three pages -----------------------------


def _latin1(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    index = rng.choice(["/transparencia/index.htm", "/laip/articulo10.htm", "/informacion.html"])
    site = _site(rng, "latin1", index, old=True)
    present = _present(items)
    folder = rng.choice(["/documentos/transparencia/", "/archivos/laip/", "/docs/art10/"])
    shown = _place(
        site,
        present,
        ["latin1pct", "latin1pct", "utf8pct", "slug", "pct_upper"],
        lambda item, doc: folder,
    )
    _disposition(portal, present, shown)
    heads = [
        str(_w("table", "number")),
        rng.choice(list(_w("table", "name"))),
        rng.choice(list(_w("table", "documents"))),
        rng.choice(list(_w("table", "date"))),
    ]
    link_word = rng.choice(["nombre", "nombre", *_w("links", "download")])
    date_form = rng.choice(["dmy", "long", "abbr"])
    month_style = rng.choice(_MONTH_STYLES)
    groups = _groups(rng, present, 3)
    pages: list[tuple[str, str]] = []
    for number, group in enumerate(groups):
        path = index if len(groups) == 1 else index.rsplit(".", 1)[0] + f"-{number + 1}.htm"
        charset, house = site.page()
        head_row = "".join(
            '<TD><FONT COLOR="#FFFFFF" FACE="Arial" SIZE="2"><B>'
            f"{_show(h, site.accident(charset, house))}</B></FONT></TD>"
            for h in heads
        )
        rows = [f'<TR BGCOLOR="#003366">{head_row}</TR>']
        for item in group:
            name_text = item.label if rng.random() < 0.5 else item.plain
            name = _show(name_text, site.accident(charset, house))
            law = ""
            if item.law_text:
                law_text = _show(item.law_text, site.accident(charset, house))
                law = f'<BR><FONT SIZE="1">{law_text}</FONT>'
            if item.docs:
                links = []
                for doc in item.docs:
                    word = shown[id(doc)].name if link_word == "nombre" else link_word
                    text = _show(word, site.accident(charset, house))
                    links.append(f'<A HREF="{_e(doc.path)}" TARGET="_blank">{text}</A>')
                cell = "<BR>".join(links)
            else:
                cell = (
                    _show(item.phrase, site.accident(charset, house)) if item.phrase else "&nbsp;"
                )
            newest = max((d.modified for d in item.docs if d.modified), default=None)
            when = "&nbsp;"
            if newest is not None and item.truth in ("ok", "outdated", "broken"):
                when = _show(
                    _date(min(newest, today), date_form, month_style), site.accident(charset, house)
                )
            rows.append(
                f'<TR><TD ALIGN="center">{item.numeral}</TD><TD><FONT FACE="Arial" SIZE="2">{name}'
                f'{law}</FONT></TD><TD><FONT FACE="Arial" SIZE="2">{cell}</FONT></TD><TD '
                f'NOWRAP><FONT FACE="Arial" SIZE="2">{when}</FONT></TD></TR>'
            )
            _note(portal, item, f"latin1/pagina={number + 1}/{len(groups)}", name, charset)
        table = (
            '<TABLE BORDER="1" CELLPADDING="3" CELLSPACING="0" WIDTH="100%" BORDERCOLOR="#999999">'
            + "\n".join(rows)
            + "</TABLE>"
        )
        title = rng.choice(list(_w("index", "titles")))
        if len(groups) > 1:
            title = _group_title(rng, group)
        site.put(path, charset, house, title, _opening(site, charset, house, "P") + table)
        pages.append((path, _group_title(rng, group)))
    if len(groups) > 1:
        charset, house = site.page()
        entries = "".join(
            f'<LI><A HREF="{_e(path)}">{_show(text, site.accident(charset, house))}</A></LI>'
            for path, text in pages
        )
        title = rng.choice(list(_w("index", "titles")))
        opening = _opening(site, charset, house, "P")
        site.put(index, charset, house, title, f"{opening}<UL>{entries}</UL>")
    site.home()
    return site.routes


# -- mojibake: WordPress content through a Latin-1 connection -------------------------------------


def _wp_docs(
    site: _Site, item: Item, shown: dict[int, _Shown], charset: _Charset, house: Accident
) -> str:
    if not item.docs:
        return ""
    blocks = site.rng.random() < 0.5
    years = site.rng.random() < 0.5
    button = str(_w("links", "download")[0])
    groups = _by_year(item.docs) if years else [(0, item.docs)]
    out = []
    for year, docs in groups:
        if years:
            out.append(
                f'<h4 class="wp-block-heading">{_year_heading(site, year, charset, house)}</h4>'
            )
        parts = []
        for doc in docs:
            name = _show(shown[id(doc)].name, site.accident(charset, house))
            href = _e(doc.path)
            if blocks:
                media = f"wp-block-file--media-{site.rng.getrandbits(64):016x}"
                parts.append(
                    f'<div class="wp-block-file"><a id="{media}" href="{href}">{name}</a><a '
                    f'href="{href}" class="wp-block-file__button wp-element-button" download '
                    f'aria-describedby="{media}">{_show(button, house)}</a></div>'
                )
            else:
                parts.append(f'<li><a href="{href}">{name}</a></li>')
        out.append("".join(parts) if blocks else f"<ul>{''.join(parts)}</ul>")
    return "".join(out)


def _mojibake(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    index = rng.choice(["/informacion-publica/", "/transparencia/", "/?page_id=93"])
    site = _site(rng, "mojibake", index)
    present = _present(items)
    lag = rng.randint(1, 12)

    def folder(item: Item, doc: Doc) -> str:
        day = uploaded(doc, today, lag)
        return f"/wp-content/uploads/{day.year}/{day.month:02d}/"

    shown = _place(site, present, ["wpslug", "hyphens", "utf8pct", "raw"], folder)
    children = rng.random() < 0.4
    tag = rng.choice(["h2", "h3", "h4", "strong"])
    title = rng.choice(list(_w("index", "titles")))

    def section(item: Item, charset: _Charset, house: Accident, how: str) -> str:
        label = _show(item.label, site.accident(charset, house))
        head = (
            f"<p><strong>{label}</strong></p>"
            if tag == "strong"
            else f'<{tag} class="wp-block-heading">{label}</{tag}>'
        )
        words = "".join(f"<p>{w}</p>" for w in _words(site, item, charset, house))
        _note(portal, item, how, label, charset)
        return head + words + _wp_docs(site, item, shown, charset, house)

    if not children:
        charset, house = site.page()
        parts = [_opening(site, charset, house)]
        parts += [section(item, charset, house, f"mojibake/una/{tag}") for item in present]
        body = f'<div class="entry-content">{"".join(parts)}</div>'
        site.put(index, charset, house, title, body)
    else:
        charset, house = site.page()
        links = []
        for item in present:
            path = f"/informacion-publica/numeral-{item.numeral}/"
            page_charset, page_house = site.page()
            body = section(item, page_charset, page_house, f"mojibake/hija/{tag}")
            site.put(
                path,
                page_charset,
                page_house,
                item.plain,
                f'<div class="entry-content">{body}</div>',
            )
            text = _show(item.label, site.accident(charset, house))
            links.append(f'<li class="page_item"><a href="{path}">{text}</a></li>')
        body = (
            _opening(site, charset, house) + f'<ul class="wp-block-page-list">{"".join(links)}</ul>'
        )
        site.put(index, charset, house, title, f'<div class="entry-content">{body}</div>')
    site.home()
    return site.routes


# -- capitals: a site typed in capitals --------------------------------------------------------


def _capitals(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    index = rng.choice(
        ["/transparencia/ley-de-acceso/", "/informacion-publica-de-oficio/", "/laip/"]
    )
    site = _site(rng, "capitals", index)
    present = _present(items)
    folder = rng.choice(["/transparencia/archivos/", "/images/laip/", "/uploads/numerales/"])
    shown = _place(
        site, present, ["plus_upper", "plus_upper", "pct_upper", "plus"], lambda item, doc: folder
    )
    markup = rng.choice(["parrafos", "listas", "lineas"])
    groups = _groups(rng, present, 2)
    pages: list[tuple[str, str]] = []
    for number, group in enumerate(groups):
        path = index if len(groups) == 1 else f"{index}pagina-{number + 1}/"
        charset, house = site.page()
        parts = [_opening(site, charset, house)]
        for item in group:
            label = _show(item.label, site.accident(charset, house))
            words = _words(site, item, charset, house, law=markup != "lineas")
            links = [
                f'<a href="{_e(d.path)}">'
                f"{_show(shown[id(d)].name, site.accident(charset, house))}</a>"
                for d in item.docs
            ]
            if markup == "parrafos":
                parts.append(f"<p><strong>{label}</strong><br>{'<br>'.join(words + links)}</p>")
            elif markup == "listas":
                inner = "".join(f"<li>{x}</li>" for x in words + links)
                parts.append(
                    f"<ul><li><b>{label}</b>{f'<ul>{inner}</ul>' if inner else ''}</li></ul>"
                )
            else:
                parts.append(f"<ul><li>{label} {' '.join(words)} {' | '.join(links)}</li></ul>")
            _note(
                portal, item, f"capitals/{markup}/pagina={number + 1}/{len(groups)}", label, charset
            )
        title = rng.choice(list(_w("index", "titles")))
        if len(groups) > 1:
            title = _group_title(rng, group)
        site.put(path, charset, house, title, "".join(parts))
        pages.append((path, _group_title(rng, group)))
    if len(groups) > 1:
        charset, house = site.page()
        entries = "".join(
            f'<li><a href="{_e(p)}">{_show(t, site.accident(charset, house))}</a></li>'
            for p, t in pages
        )
        title = rng.choice(list(_w("index", "titles")))
        site.put(
            index, charset, house, title, _opening(site, charset, house) + f"<ul>{entries}</ul>"
        )
    site.home()
    return site.routes


# -- replacement: a PHP portal of a page per numeral reading a Latin-1 database -------------------


def _replacement(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    rng = _rng(draw)
    index = rng.choice(["/transparencia/informacion-publica.php", "/laip/index.php"])
    site = _site(rng, "replacement", index)
    present = _present(items)
    shown = _place(
        site,
        present,
        ["latin1pct", "utf8pct", "plus", "slug", "raw"],
        lambda item, doc: f"/uploads/numeral{item.numeral:02d}/",
    )
    _disposition(portal, present, shown)
    lag = rng.randint(1, 12)
    table = rng.random() < 0.5
    page_of = rng.choice(["query", "folder"])
    charset, house = site.page()
    links = []
    for item in present:
        path = (
            f"{index.rsplit('/', 1)[0]}/numeral.php?id={item.numeral}"
            if page_of == "query"
            else f"{index.rsplit('/', 1)[0]}/art10/{item.numeral:02d}.php"
        )
        links.append(
            f'<li><a href="{_e(path)}">{_show(item.label, site.accident(charset, house))}</a></li>'
        )
        page_charset, page_house = site.page()
        label = _show(item.label, site.accident(page_charset, page_house))
        body = [f"<h2>{label}</h2>"]
        body += [f"<p>{w}</p>" for w in _words(site, item, page_charset, page_house)]
        if item.docs and table:
            heads = [str(_w("table", "documents")[1]), str(_w("table", "date")[0])]
            row = "".join(
                f"<th>{_show(h, site.accident(page_charset, page_house))}</th>" for h in heads
            )
            rows = [f"<tr>{row}</tr>"]
            for doc in item.docs:
                name = _show(shown[id(doc)].name, site.accident(page_charset, page_house))
                day = uploaded(doc, today, lag)
                rows.append(
                    f'<tr><td><a href="{_e(doc.path)}">{name}</a></td><td>'
                    f"{day.day:02d}/{day.month:02d}/{day.year}</td></tr>"
                )
            body.append(f'<table class="tabla-documentos" border="1">{"".join(rows)}</table>')
        elif item.docs:
            for year, docs in _by_year(item.docs):
                body.append(f"<h3>{_year_heading(site, year, page_charset, page_house)}</h3>")
                lis = "".join(
                    f'<li><a href="{_e(d.path)}">'
                    f"{_show(shown[id(d)].name, site.accident(page_charset, page_house))}</a></li>"
                    for d in docs
                )
                body.append(f"<ul>{lis}</ul>")
        how = f"replacement/{page_of}/{'tabla' if table else 'anios'}"
        _note(portal, item, how, label, page_charset)
        site.put(path, page_charset, page_house, item.label, "".join(body))
    title = rng.choice(list(_w("index", "titles")))
    listing = _opening(site, charset, house) + f'<ul class="numerales">{"".join(links)}</ul>'
    site.put(index, charset, house, title, listing)
    site.home()
    return site.routes


# -- the strategy ---------------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "latin1": _latin1,
    "mojibake": _mojibake,
    "capitals": _capitals,
    "replacement": _replacement,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 45 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports): found by the item's name as
    its page's source shows it."""
    needle = portal.notes.get(_NEEDLE + numeral)
    return kit_snippet(portal, numeral, width, [*first, *([needle] if needle else [])])
