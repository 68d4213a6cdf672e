"""Thirty-sixth exam: four portal layouts whose theme is TEXT AS THE BROWSER SHOWS IT, NOT AS THE
SOURCE WRITES IT.

Themes, page builders and plugins write the words of headings, menus and labels in ways a reader
never sees: wp-Typography's soft hyphens (``Nu&shy;meral``) and zero-width spaces after hard
hyphens, a zero-width space pasted inside a word (``Infor\u200bmación``), non-breaking spaces
(the last space of a heading, after "Numeral", every other space of a paste from Word) and
template whitespace (newlines and tabs); every accent as a named, decimal or hexadecimal entity;
headings split into one ``<span>`` per letter (Splitting.js) or per word, or into inline-block
``<div>``s (GSAP's SplitText); numbers drawn by the list (``<ol start="8">``, ``<li value="8">``)
or by CSS (``::before { content: "Numeral " attr(data-numeral) " - " }``), not written; headings
as pictures (an SVG file holding the words, with an alt text) or inline SVG ``<text>`` whose lines
are ``<tspan>``s; headings in lower case made capitals by ``text-transform``; menus and document
lists written twice, a desktop and a mobile copy, one hidden by CSS or ``aria-hidden``; icon links
whose words are only for screen readers (``.sr-only``, ``aria-label``, an icon's alt text); styled
digits (full-width, mathematical bold); headings with trailing icons (``<i class="fas
fa-chevron-down">``). The words a citizen reads are the same whatever the markup: hidden copies say
exactly what the visible ones say, screen-reader labels only add to what is seen.

Items, truth, labels, documents, dates and phrases are drawn exactly as the generated portals draw
them (``tests.compliance.generated.portals._item`` under the generated layout named in ``_INNER``)
and served at the generator's addresses (``/files/NN/…``; a broken document is not served). Only
how the words are written into HTML changes. Wording from real pages (``wording.toml``). Layouts:

* ``constructor``: a WordPress page built with Elementor or Divi: Elementor toggles (an icon span
  before the title), heading widgets with a trailing chevron, image boxes leading to a page per
  numeral (``…-numeral-8/``) whose picture (an SVG file) shows "Numeral 8" above the box's title
  (the item's words without number; the picture's alt text the label, "Numeral 8" or empty), Divi
  toggles; documents as an icon list or as buttons, with or without their size ("(737Kb)");
  headings in lower case upper-cased or capitalised by CSS, or as written.
* ``animado``: a one-page theme (on the home page or its own page) of sections revealed on scroll
  (AOS, revealed by the page's own script), its headings split per letter (Splitting.js spans, GSAP
  divs), per word, pasted as a styled title (SOSEP's ``titulo-destellos``, upper-cased by CSS), as
  inline SVG ``<text>`` with one ``<tspan>`` per line, or as a picture; numbers written, or drawn
  by ``<ol start>``, ``<li value>`` or a ``::before`` reading ``data-numeral`` (the heading's
  source then holds only the item's words); digits now and then full-width or mathematical bold.
* ``accesible``: an accessible government theme: skip link, font-size and contrast buttons,
  icon-only home link, breadcrumb, one table "No. | Información | Actualizado | (Descargar)" with
  a caption for screen readers, or an index leading to a page per numeral with a "Nombre del
  Archivo | Fecha | (Descargar)" table; every download link only an icon whose words are for
  screen readers (``sr-only`` / ``visually-hidden`` / ``screen-reader-text`` text, ``aria-label``
  and ``title``, an icon picture's alt text) or a visible "PDF" with the name for screen readers;
  numbers with a screen-reader "Numeral " before them.
* ``duplicado``: a Joomla template with a desktop mega-menu and an off-canvas mobile copy of it
  (hidden by Bootstrap's display classes, by ``aria-hidden`` and CSS, or by an inline
  ``display:none``), a numeral index written as desktop cards and a mobile list, numeral pages whose
  documents are a desktop table and mobile cards; the mobile menu leads to the same pages or to a
  separate mobile copy of each (``/movil/…``) listing the same documents.

The truth is the generator's in every layout: a citizen reading the page in a browser sees the same
label, words, dates and documents as on the generated portals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html.entities import codepoint2name
from typing import Any

from hypothesis import strategies as st

from tests.compliance.exam.kit import (
    ExamPortal,
    ExamServer,
    day_month_year,
    exam_portal,
    item_rhythm,
    uploaded,
    wording,
)
from tests.compliance.exam.kit import (
    snippet as kit_snippet,
)
from tests.compliance.fleet.server import Resource
from tests.compliance.generated.portals import (
    ITEMS,
    Doc,
    Item,
    Routes,
    _e,
    _present,
    _slug,
    item_words,
)

LAYOUTS = ("constructor", "animado", "accesible", "duplicado")
EXAM36: dict[str, Any] = wording(__file__)
# Which generated layout's truth conventions each layout's items follow.
_INNER = {
    "constructor": "accordion",
    "animado": "wordpress",
    "accesible": "table",
    "duplicado": "joomla",
}

__all__ = ["LAYOUTS", "ExamPortal", "ExamServer", "ITEMS", "portals", "snippet"]


def _w(section: str, key: str) -> Any:
    return EXAM36[section][key]["text"]


# -- how a site writes visible words into HTML ---------------------------------------------------

_VOWELS = set("aeiouáéíóúüAEIOUÁÉÍÓÚÜ")
# Consonant pairs that open a Spanish syllable: the hyphen goes before them, not between them.
_ONSETS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "ch", "ll", "rr"}
_NUMBER_WORDS = {"numeral", "inciso", "art.", "num.", "no.", "artículo", "articulo", "10", "10."}
SHY, ZWSP, NBSP = "\u00ad", "\u200b", "\u00a0"


def _breaks(word: str) -> list[int]:
    """Where a hyphenation plugin may put a soft hyphen in ``word`` (a rough Spanish rule: before
    a consonant followed by a vowel, keeping "pr", "tr", "ch"… together), two letters at least from
    either end."""
    found = set()
    for i in range(2, len(word) - 2):
        if word[i] in _VOWELS or not word[i].isalpha() or word[i + 1] not in _VOWELS:
            continue
        at = i - 1 if word[i - 1 : i + 1].lower() in _ONSETS and i - 1 >= 2 else i
        if word[at - 1].isalpha():
            found.add(at)
    return sorted(found)


@dataclass
class _Ink:
    """How one site's software writes the words a reader sees: the browser shows the same words
    whatever is chosen here."""

    accents: str  # utf8 | named (&oacute;) | decimal (&#243;) | hex (&#xF3;)
    shy: bool  # soft hyphens in words of seven letters or more (wp-Typography)
    zwsp: bool  # zero-width spaces after hard hyphens in words, one pasted inside a long word
    spaces: str  # normal | viuda (last space non-breaking) | numeral | word (pasted) | saltos
    raw: bool  # invisible characters written as characters rather than entities

    def char(self, ch: str) -> str:
        """One character as HTML."""
        if ch in "&<>\"'":
            return _e(ch)
        if ch == SHY:
            return ch if self.raw else "&shy;"
        if ch == ZWSP:
            return ch if self.raw else "&#8203;"
        if ch == NBSP:
            return ch if self.raw else "&nbsp;"
        code = ord(ch)
        if code < 128 or self.accents == "utf8" or ch in "\n\t":
            return ch
        if self.accents == "named" and code in codepoint2name:
            return f"&{codepoint2name[code]};"
        if self.accents == "hex":
            return f"&#x{code:X};"
        return f"&#{code};"

    def attr(self, text: str) -> str:
        """An attribute's value (alt, title, aria-label): accents as the site writes them."""
        return "".join(self.char(ch) for ch in text)

    def text(self, text: str) -> str:
        """Running text (a heading, a menu entry, a paragraph, a document's name) as HTML."""
        words = text.split(" ")
        pasted = False
        for index, word in enumerate(words):
            if self.shy and len(word) >= 7 and word.isalpha():
                cuts = _breaks(word)
                word = "".join(
                    (SHY if at in cuts else "") + letter for at, letter in enumerate(word)
                )
            if self.zwsp:
                if "-" in word and any(c.isalpha() for c in word) and len(word) > 1:
                    word = word.replace("-", "-" + ZWSP)
                elif not pasted and len(word) >= 9 and word.replace(SHY, "").isalpha():
                    plain = word.replace(SHY, "")
                    cuts = _breaks(plain)
                    if cuts:
                        middle = cuts[len(cuts) // 2]
                        word = plain[:middle] + ZWSP + plain[middle:]
                        pasted = True
            words[index] = word
        out = [words[0]]
        for index, word in enumerate(words[1:], start=1):
            before = words[index - 1].replace(SHY, "").lower()
            glued = (
                (self.spaces == "viuda" and index == len(words) - 1)
                or (self.spaces == "numeral" and (before in _NUMBER_WORDS or before.isdigit()))
                or (self.spaces == "word" and index % 2 == 1)
            )
            if glued:
                gap = NBSP
            elif self.spaces == "saltos" and index % 3 == 0:
                gap = "\n\t\t\t\t"
            else:
                gap = " "
            out.append(gap + word)
        return "".join(self.char(ch) for ch in "".join(out))


@st.composite
def _inks(draw: st.DrawFn) -> _Ink:
    return _Ink(
        accents=draw(st.sampled_from(["utf8", "named", "decimal", "hex"])),
        shy=draw(st.booleans()),
        zwsp=draw(st.booleans()),
        spaces=draw(st.sampled_from(["normal", "viuda", "numeral", "word", "saltos"])),
        raw=draw(st.booleans()),
    )


def _splitting(text: str, ink: _Ink) -> str:
    """Splitting.js' output: a span per word holding a span per letter."""
    parts, letters = [], 0
    for index, word in enumerate(text.split(" ")):
        chars = "".join(
            f'<span class="char" data-char="{ink.attr(ch)}" style="--char-index:{letters + k};">'
            f"{ink.char(ch)}</span>"
            for k, ch in enumerate(word)
        )
        letters += len(word)
        parts.append(
            f'<span class="word" data-word="{ink.attr(word)}" style="--word-index:{index};">'
            f"{chars}</span>"
        )
    return '<span class="whitespace"> </span>'.join(parts)


def _gsap(text: str, ink: _Ink) -> str:
    """GSAP SplitText's output: inline-block divs per word and per letter, words apart by spaces."""
    box = 'style="position:relative;display:inline-block;"'
    return " ".join(
        f'<div class="palabra" {box}>'
        + "".join(f'<div class="letra" {box}>{ink.char(ch)}</div>' for ch in word)
        + "</div>"
        for word in text.split(" ")
    )


def _words(text: str, ink: _Ink) -> str:
    """One span per word (a word-by-word reveal)."""
    return " ".join(
        f'<span class="palabra" style="--i:{index}">{ink.text(word)}</span>'
        for index, word in enumerate(text.split(" "))
    )


def _lines(text: str, width: int = 34) -> list[str]:
    """``text`` broken into lines of about ``width`` characters, as a designer sets a title."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _svg_text(lines: Sequence[str], ink: _Ink, *, standalone: bool) -> str:
    """An SVG title: one ``<tspan>`` per line, placed by x/y (no space between the lines). A
    standalone SVG file is XML: no named entities there, the words as characters."""
    height = 24 + 36 * len(lines)
    write = _e if standalone else ink.attr
    tspans = "".join(
        f'<tspan x="0" y="{36 * n}">{write(line)}</tspan>' for n, line in enumerate(lines)
    )
    xmlns = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    return (
        f'<svg{xmlns} width="960" height="{height}" viewBox="0 0 960 {height}">'
        f'<rect width="960" height="{height}" fill="#192854"/>'
        f'<text transform="translate(16 34)" fill="#FFFFFF" font-family="Segoe UI, sans-serif" '
        f'font-size="28" font-weight="700">{tspans}</text></svg>'
    )


def _styled(text: str, digits: str) -> str:
    """Digits as the site's font tool pastes them: full-width or mathematical bold."""
    if digits == "anchos":
        return "".join(chr(0xFF10 + int(c)) if c.isascii() and c.isdigit() else c for c in text)
    if digits == "negritas":
        return "".join(chr(0x1D7CE + int(c)) if c.isascii() and c.isdigit() else c for c in text)
    return text


# -- the site -------------------------------------------------------------------------------------


@dataclass
class _Site:
    town: str
    name: str
    today: dt.date
    css: list[str] = field(default_factory=list)
    header: str = ""
    before: str = ""  # skip links, toolbars: before the header
    scripts: str = ""
    routes: Routes = field(default_factory=dict)

    def put(self, path: str, title: str, main: str) -> None:
        footer = str(_w("site", "footer")).format(name=self.name)
        page = (
            "<!doctype html><html lang='es'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{_e(title)} – {_e(self.name)}</title><style>{''.join(self.css)}</style>"
            f"</head><body>{self.before}<header class='site-header'>"
            f"<p class='institucion'>{_e(self.name)}</p>{self.header}</header><main>{main}</main>"
            f"<footer class='site-footer'><p>{_e(footer)}</p></footer>{self.scripts}</body></html>"
        )
        self.routes[path] = Resource(page.encode("utf-8"))

    def picture(self, path: str, lines: Sequence[str], ink: _Ink) -> None:
        body = _svg_text(lines, ink, standalone=True)
        self.routes[path] = Resource(body.encode("utf-8"), content_type="image/svg+xml")


def _site(draw: st.DrawFn, today: dt.date) -> _Site:
    town = str(draw(st.sampled_from(_w("site", "towns"))))
    return _Site(town, str(_w("site", "name")).format(town=town), today)


def _home(site: _Site, links: Sequence[tuple[str, str]], ink: _Ink) -> None:
    """The home page (its ``</main>`` is where the generator's noise may add a link)."""
    main = "".join(f'<p><a href="{_e(h)}">{ink.text(t)}</a></p>' for t, h in links)
    main += '<p><a href="/noticias/obra-calle-principal/">Inauguran obra</a></p>'
    site.put("/", site.name, main)


def _opening(site: _Site, ink: _Ink) -> str:
    return f"<p>{ink.text(str(_w('site', 'opening')).format(name=site.name))}</p>"


def _size(doc: Doc) -> str:
    return str(_w("site", "size")).format(size=90 + (len(doc.name) * 37) % 890)


def _words_html(item: Item, ink: _Ink, css: str = "") -> str:
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{ink.text(text)}</p>" for text in item_words(item))


def _note(portal: ExamPortal, item: Item, how: str) -> None:
    portal.notes[item.numeral] = f"{how}/{item_rhythm(item)}"


# -- constructor: Elementor / Divi ---------------------------------------------------------------


def _constructor(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    ink = draw(_inks())
    widget = draw(st.sampled_from(["toggle", "titulos", "cajas", "divi"]))
    case = draw(st.sampled_from(["escrito", "mayusculas", "capital"]))
    docs_as = draw(st.sampled_from(["lista", "botones"]))
    sizes = draw(st.booleans())
    path = str(draw(st.sampled_from(_w("constructor", "paths"))))
    title = str(draw(st.sampled_from(_w("site", "sections"))))
    titles = ".elementor-heading-title,.elementor-toggle-title,.et_pb_toggle_title,"
    titles += ".elementor-image-box-title"
    if case != "escrito":
        shown = "uppercase" if case == "mayusculas" else "capitalize"
        site.css.append(f"{titles}{{text-transform:{shown}}}")

    def source(text: str) -> str:
        """A heading's words as typed in the builder (lower case when CSS capitalises them)."""
        return text if case == "escrito" else text.lower()

    def docs(item: Item) -> str:
        if not item.docs:
            return ""
        rows = []
        for doc in item.docs:
            name = ink.text(doc.name) + (f" {_size(doc)}" if sizes else "")
            if docs_as == "lista":
                rows.append(
                    f'<li class="elementor-icon-list-item"><a href="{_e(doc.path)}">'
                    '<span class="elementor-icon-list-icon"><i aria-hidden="true" '
                    'class="far fa-file-pdf"></i></span>'
                    f'<span class="elementor-icon-list-text">{name}</span></a></li>'
                )
            elif widget == "divi":
                rows.append(
                    f'<p><a class="et_pb_button et_pb_bg_layout_light" href="{_e(doc.path)}">'
                    f"{name}</a></p>"
                )
            else:
                rows.append(
                    '<div class="elementor-button-wrapper"><a class="elementor-button '
                    f'elementor-button-link elementor-size-sm" href="{_e(doc.path)}">'
                    '<span class="elementor-button-content-wrapper"><span '
                    'class="elementor-button-icon"><i aria-hidden="true" class="fas fa-download">'
                    f'</i></span><span class="elementor-button-text">{name}</span></span></a></div>'
                )
        if docs_as == "lista":
            return f'<ul class="elementor-icon-list-items">{"".join(rows)}</ul>'
        return "".join(rows)

    def body(item: Item) -> str:
        words = _words_html(item, ink)
        text = f'<div class="elementor-widget-text-editor">{words}</div>' if words else ""
        return text + docs(item)

    parts = [f'<div class="elementor-widget-text-editor">{_opening(site, ink)}</div>']
    for k, item in enumerate(_present(items), start=1):
        wid = f"{1000 + item.numeral * 37:x}"
        if widget == "toggle":
            icon = draw(st.sampled_from(["fa-caret-right", "fa-chevron-down", "fa-plus"]))
            parts.append(
                f'<div class="elementor-toggle-item"><div id="elementor-tab-title-{wid}" '
                f'class="elementor-tab-title" data-tab="{k}" role="button" '
                f'aria-controls="elementor-tab-content-{wid}" aria-expanded="false">'
                '<span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true">'
                f'<span class="elementor-toggle-icon-closed"><i class="fas {icon}"></i></span>'
                '<span class="elementor-toggle-icon-opened"><i class="elementor-toggle-icon-opened '
                'fas fa-caret-up"></i></span></span>'
                f'<a class="elementor-toggle-title" tabindex="0">{ink.text(source(item.label))}</a>'
                f'</div><div id="elementor-tab-content-{wid}" class="elementor-tab-content '
                f'elementor-clearfix" data-tab="{k}" role="region" '
                f'aria-labelledby="elementor-tab-title-{wid}">{body(item)}</div></div>'
            )
            _note(portal, item, f"constructor/toggle/{case}/{docs_as}")
        elif widget == "titulos":
            trailing = draw(st.sampled_from(["", "fa-chevron-down", "fa-angle-double-down"]))
            icon = f' <i aria-hidden="true" class="fas {trailing}"></i>' if trailing else ""
            parts.append(
                f'<div class="elementor-widget-heading"><h3 class="elementor-heading-title '
                f'elementor-size-default">{ink.text(source(item.label))}{icon}</h3></div>'
                + body(item)
            )
            _note(portal, item, f"constructor/titulos/{case}/{docs_as}/icono={trailing or '-'}")
        elif widget == "divi":
            parts.append(
                f'<div class="et_pb_module et_pb_toggle et_pb_toggle_{k} et_pb_toggle_item '
                f'et_pb_toggle_close"><h5 class="et_pb_toggle_title">'
                f"{ink.text(source(item.label))}</h5>"
                f'<div class="et_pb_toggle_content clearfix">{_words_html(item, ink)}'
                f"{docs(item)}</div></div>"
            )
            _note(portal, item, f"constructor/divi/{case}/{docs_as}")
        else:
            alt_form = draw(st.sampled_from(["etiqueta", "numeral", "vacio"]))
            words = str(_w("constructor", "picture")).format(n=item.numeral)
            year, month = _upload(today, item.numeral)
            folder = str(_w("constructor", "uploads")).format(year=year, month=month)
            picture = f"{folder}numeral-{item.numeral}.svg"
            site.picture(picture, [words.upper()], ink)
            alt = {"etiqueta": item.label, "numeral": words, "vacio": ""}[alt_form]
            page = path + str(_w("constructor", "page")).format(
                slug=_slug(item.plain)[:50], n=item.numeral
            )
            parts.append(
                '<div class="elementor-widget-image-box"><div class="elementor-image-box-wrapper">'
                f'<figure class="elementor-image-box-img"><a href="{_e(page)}" tabindex="-1">'
                f'<img src="{_e(picture)}" alt="{ink.attr(alt)}" width="300" height="60"></a>'
                '</figure><div class="elementor-image-box-content"><h3 '
                f'class="elementor-image-box-title"><a href="{_e(page)}">'
                f"{ink.text(source(item.plain))}</a></h3></div></div></div>"
            )
            heading = (
                f'<figure class="elementor-widget-image"><img src="{_e(picture)}" '
                f'alt="{ink.attr(alt)}" width="300" height="60"></figure>'
                f'<div class="elementor-widget-heading"><h2 class="elementor-heading-title '
                f'elementor-size-default">{ink.text(source(item.plain))}</h2></div>'
            )
            site.put(page, item.plain, heading + body(item))
            item.label = f"{words} {item.plain}"
            _note(portal, item, f"constructor/cajas/alt={alt_form}/{case}/{docs_as}")
    head = '<div class="elementor-widget-heading"><h2 class="elementor-heading-title">'
    head += f"{ink.text(source(title))}</h2></div>"
    site.put(path, title, head + "".join(parts))
    site.header = _menu([(str(_w("site", "home")), "/"), (title, path), _news()], ink)
    _home(site, [(title, path)], ink)
    return site.routes


def _upload(today: dt.date, numeral: int) -> tuple[int, int]:
    """The month a page's picture was uploaded (some months before the exam's day)."""
    index = today.year * 12 + today.month - 1 - (3 + numeral % 9)
    return index // 12, index % 12 + 1


def _news() -> tuple[str, str]:
    return (str(_w("site", "news")), "/noticias/")


def _menu(links: Sequence[tuple[str, str]], ink: _Ink, css: str = "main-menu") -> str:
    rows = "".join(f'<li><a href="{_e(h)}">{ink.text(t)}</a></li>' for t, h in links)
    return f'<nav class="{css}"><ul>{rows}</ul></nav>'


# -- animado: a one-page theme ------------------------------------------------------------------

_AOS_CSS = (
    "[data-aos]{opacity:0;transition:opacity .4s,transform .4s}[data-aos].aos-animate{opacity:1}"
)
_AOS_JS = (
    "<script>document.addEventListener('DOMContentLoaded',function(){"
    "document.querySelectorAll('[data-aos]').forEach(function(e){e.classList.add('aos-animate');});"
    "});</script>"
)


def _animado(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    ink = draw(_inks())
    path = str(draw(st.sampled_from(_w("animado", "paths"))))
    split = draw(st.sampled_from(["letras", "gsap", "palabras", "svg", "imagen", "destellos"]))
    pictured = split in ("svg", "imagen")
    numbering = (
        "texto"
        if pictured
        else draw(st.sampled_from(["texto", "ol-start", "li-value", "attr", "attr"]))
    )
    digits = draw(st.sampled_from(["ascii", "ascii", "ascii", "anchos", "negritas"]))
    if numbering != "texto" or pictured:
        digits = "ascii"
    css_form = str(draw(st.sampled_from(_w("animado", "css_numbers"))))
    aria = draw(st.booleans())
    site.css.append(_AOS_CSS)
    site.scripts = _AOS_JS
    if split == "destellos":
        site.css.append(str(_w("animado", "destellos")))
        site.css.append(".titulo-destellos h3{text-transform:uppercase}")
    if numbering == "attr":
        site.css.append(f"h3.numeral::before{{content:'{css_form}'}}")
    if numbering in ("ol-start", "li-value"):
        site.css.append("ol.numerales{list-style:decimal outside;padding-left:2.5em}")

    def heading(text: str, item: Item) -> str:
        """The section's heading as the theme writes it (``text``: the words it holds)."""
        cls, data = "", ""
        if numbering == "attr":
            cls, data = " numeral", f' data-numeral="{item.numeral}"'
        if split == "letras":
            inner = _splitting(text, ink)
            total = len(text.replace(" ", ""))
            return (
                f'<h3 class="titulo words chars splitting{cls}"{data} data-splitting="" '
                f'style="--word-total:{len(text.split(" "))}; --char-total:{total};">'
                f"{inner}</h3>"
            )
        if split == "gsap":
            return f'<h3 class="titulo split-text{cls}"{data}>{_gsap(text, ink)}</h3>'
        if split == "palabras":
            return f'<h3 class="titulo reveal-words{cls}"{data}>{_words(text, ink)}</h3>'
        if split == "destellos":
            return (
                f'<div class="titulo-destellos"><h3 class="titulo{cls}"{data}>'
                f"{ink.text(text.lower())}</h3></div>"
            )
        lines = _lines(text)
        if split == "svg":
            label = f' role="img" aria-label="{ink.attr(text)}"' if aria else ""
            svg = _svg_text(lines, ink, standalone=False).replace("<svg", f"<svg{label}", 1)
            return f'<h3 class="titulo-svg">{svg}</h3>'
        year, month = _upload(today, item.numeral)
        picture = f"/wp-content/uploads/{year}/{month:02d}/titulo-numeral-{item.numeral}.svg"
        site.picture(picture, lines, ink)
        return (
            f'<h3 class="titulo-imagen"><img src="{_e(picture)}" alt="{ink.attr(text)}" '
            'width="960" height="96"></h3>'
        )

    def content(item: Item) -> str:
        rows = "".join(
            f'<li><a href="{_e(d.path)}"><i class="fas fa-file-pdf" aria-hidden="true"></i> '
            f"{ink.text(d.name)}</a></li>"
            for d in item.docs
        )
        docs = f'<ul class="lista-documentos">{rows}</ul>' if rows else ""
        return f'<div class="contenido">{_words_html(item, ink)}{docs}</div>'

    sections = []
    for item in _present(items):
        if numbering == "texto":
            shown = _styled(item.label, digits)
            item.label = shown
            block = heading(shown, item) + content(item)
        elif numbering == "attr":
            item.label = css_form.replace("' attr(data-numeral) '", str(item.numeral)) + item.plain
            block = heading(item.plain, item) + content(item)
        elif numbering == "ol-start":
            item.label = f"{item.numeral}. {item.plain}"
            block = (
                f'<ol class="numerales wp-block-list" start="{item.numeral}"><li><strong>'
                f"{heading(item.plain, item)}</strong></li></ol>{content(item)}"
            )
        else:
            item.label = f"{item.numeral}. {item.plain}"
            block = f'<li value="{item.numeral}">{heading(item.plain, item)}{content(item)}</li>'
        if numbering == "li-value":
            sections.append(block)
        else:
            sections.append(
                f'<section id="numeral-{item.numeral}" class="seccion" data-aos="fade-up">'
                f"{block}</section>"
            )
        _note(portal, item, f"animado/{split}/{numbering}/{digits}")
    if numbering == "li-value":
        listing = f'<ol class="numerales">{"".join(sections)}</ol>'
    else:
        listing = "".join(sections)
    law = str(_w("site", "law"))
    article = str(_w("site", "article"))
    hero_title = str(_w("site", "portal"))
    hero = (
        f'<section id="inicio" class="hero" data-aos="fade-up"><h1 class="words chars splitting">'
        f"{_splitting(hero_title, ink) if split == 'letras' else ink.text(hero_title)}</h1>"
        f"{_opening(site, ink)}</section>"
    )
    main = (
        hero
        + f'<section id="informacion" data-aos="fade-up"><h2>{ink.text(law)}</h2>'
        + f"<p>{ink.text(article)}</p>{listing}</section>"
        + f'<section id="contacto"><h2>{ink.text(str(_w("site", "office")))}</h2></section>'
    )
    menu_words = [str(t) for t in _w("animado", "menu")]
    anchors = ["#inicio", "#informacion", "/noticias/", "#contacto"]
    if path != "/":
        anchors = ["/", path, "/noticias/", path + "#contacto"]
    site.header = _menu(list(zip(menu_words, anchors, strict=True)), ink, "menu-una-pagina")
    if path == "/":
        site.put("/", site.name, main)
    else:
        site.put(path, menu_words[1], main)
        _home(site, [(menu_words[1], path)], ink)
    return site.routes


# -- accesible: an accessible government theme ---------------------------------------------------


_PDF_ICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
    '<path fill="#b30b00" d="M6 2h9l5 5v15H6z"/><path fill="#fff" d="M8 14h8v2H8zm0 3h8v2H8z"/>'
    "</svg>"
)


def _accesible(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    ink = draw(_inks())
    variant = draw(st.sampled_from(["tabla", "fichas"]))
    hidden = str(draw(st.sampled_from(_w("accesible", "hidden"))))
    links = draw(st.sampled_from(["sr-only", "aria-label", "icono-alt", "pdf-sr"]))
    numeral_sr = draw(st.booleans())
    path = str(draw(st.sampled_from(_w("accesible", "paths"))))
    title = str(draw(st.sampled_from(_w("site", "sections"))))
    lag = draw(st.integers(1, 12))
    site.css.append(
        f".{hidden}{{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;"
        "overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}"
        f".{hidden}-focusable:focus{{position:static!important;width:auto;height:auto;"
        "clip:auto}"
    )
    if links == "icono-alt":
        site.routes["/img/iconos/pdf.svg"] = Resource(
            _PDF_ICON.encode(), content_type="image/svg+xml"
        )

    def sr(text: str) -> str:
        return f'<span class="{hidden}">{ink.text(text)}</span>'

    skip = str(draw(st.sampled_from(_w("accesible", "skip"))))
    bigger = ink.attr(str(_w("accesible", "bigger")))
    smaller = ink.attr(str(_w("accesible", "smaller")))
    site.before = (
        f'<a class="{hidden} {hidden}-focusable" href="#contenido">{ink.text(skip)}</a>'
        f'<div class="barra-accesibilidad" role="toolbar" '
        f'aria-label="{ink.attr(str(_w("accesible", "toolbar")))}">'
        f'<button type="button" aria-label="{bigger}">A+</button>'
        f'<button type="button" aria-label="{smaller}">A−</button>'
        f'<button type="button"><i class="fas fa-adjust" aria-hidden="true"></i>'
        f"{sr(str(_w('accesible', 'contrast')))}</button></div>"
    )
    home = str(_w("site", "home"))
    site.header = (
        f'<nav class="menu-principal" aria-label="{ink.attr(str(_w("accesible", "menu_label")))}">'
        f'<ul><li><a href="/"><i class="fas fa-home" aria-hidden="true"></i>{sr(home)}</a></li>'
        f'<li><a href="{_e(path)}">{ink.text(title)}</a></li>'
        f'<li><a href="/noticias/">{ink.text(_news()[0])}</a></li></ul></nav>'
    )

    def trail(crumbs: Sequence[tuple[str, str]]) -> str:
        rows = [f'<li class="breadcrumb-item"><a href="/">{ink.text(home)}</a></li>']
        for n, (text, href) in enumerate(crumbs):
            if n == len(crumbs) - 1:
                rows.append(
                    f'<li class="breadcrumb-item active" aria-current="page">{ink.text(text)}</li>'
                )
            else:
                rows.append(
                    f'<li class="breadcrumb-item"><a href="{_e(href)}">{ink.text(text)}</a></li>'
                )
        label = ink.attr(str(_w("accesible", "crumbs")))
        return f'<nav aria-label="{label}"><ol class="breadcrumb">{"".join(rows)}</ol></nav>'

    def icon(doc: Doc) -> str:
        href = _e(doc.path)
        if links == "sr-only":
            words = str(_w("accesible", "download_sr")).format(name=doc.name)
            return (
                f'<a class="btn btn-light" href="{href}" target="_blank" rel="noopener">'
                f'<i class="fas fa-download" aria-hidden="true"></i> {sr(words)}</a>'
            )
        if links == "aria-label":
            words = str(_w("accesible", "download_label")).format(name=doc.name)
            return (
                f'<a class="btn btn-icono" href="{href}" aria-label="{ink.attr(words)}" '
                f'title="{ink.attr(doc.name)}"><svg aria-hidden="true" focusable="false" '
                'width="24" height="24" viewBox="0 0 24 24"><path d="M12 16l-5-5h3V4h4v7h3z'
                'M5 18h14v2H5z"/></svg></a>'
            )
        if links == "icono-alt":
            return (
                f'<a href="{href}"><img src="/img/iconos/pdf.svg" alt="{ink.attr(doc.name)}" '
                'width="24" height="24"></a>'
            )
        pdf = str(_w("accesible", "pdf"))
        return (
            f'<a class="btn btn-sm" href="{href}"><i class="far fa-file-pdf" aria-hidden="true">'
            f"</i> {_e(pdf)}{sr(': ' + doc.name)}</a>"
        )

    def number(item: Item) -> str:
        written = str(item.numeral) if draw(st.booleans()) else f"{item.numeral:02d}"
        prefix = sr(str(_w("accesible", "numeral_sr"))) if numeral_sr else ""
        return prefix + written

    anchor = '<div id="contenido" tabindex="-1"></div>'
    if variant == "tabla":
        heads = [str(h) for h in _w("accesible", "table")]
        head = "".join(f'<th scope="col">{ink.text(h)}</th>' for h in heads[:3])
        head += f'<th scope="col">{sr(heads[3])}</th>'
        rows = []
        for item in _present(items):
            name = item.plain if draw(st.booleans()) else item.label
            cell = " ".join(icon(d) for d in item.docs) if item.docs else ink.text(item.phrase)
            newest = max((d.modified for d in item.docs if d.modified), default=None)
            when = ""
            if newest is not None and item.truth in ("ok", "outdated", "broken"):
                when = ink.text(f"actualizado {day_month_year(min(newest, today))}")
            rows.append(
                f'<tr><th scope="row">{number(item)}</th><td>{ink.text(name)}</td>'
                f"<td>{when}</td><td>{cell}</td></tr>"
            )
            _note(portal, item, f"accesible/tabla/{hidden}/{links}")
        caption = f'<caption class="{hidden}">{ink.text(str(_w("accesible", "caption")))}</caption>'
        main = (
            trail([(title, "")])
            + anchor
            + f"<h1>{ink.text(title)}</h1>"
            + _opening(site, ink)
            + f'<table class="table">{caption}<thead><tr>{head}</tr></thead>'
            + f"<tbody>{''.join(rows)}</tbody></table>"
        )
        site.put(path, title, main)
    else:
        heads = [str(h) for h in _w("accesible", "files")]
        entries = []
        for item in _present(items):
            page = f"{path}{item.numeral:02d}-{_slug(item.plain)[:40]}/"
            written = number(item)
            entries.append(
                f'<li><a href="{_e(page)}">{written}. {ink.text(item.plain)}'
                '<i class="fas fa-chevron-right" aria-hidden="true"></i></a></li>'
            )
            item.label = f"{item.numeral}. {item.plain}"
            table = ""
            if item.docs:
                cells = []
                for doc in item.docs:
                    day = uploaded(doc, today, lag) if doc.modified else today
                    cells.append(
                        f"<tr><td>{ink.text(doc.name)}</td><td>{day_month_year(day)}</td>"
                        f"<td>{icon(doc)}</td></tr>"
                    )
                caption = str(_w("accesible", "caption_files")).format(item=item.plain)
                table = (
                    f'<table class="table"><caption class="{hidden}">{ink.text(caption)}</caption>'
                    f'<thead><tr><th scope="col">{ink.text(heads[0])}</th><th scope="col">'
                    f'{ink.text(heads[1])}</th><th scope="col">{sr(heads[2])}</th></tr></thead>'
                    f"<tbody>{''.join(cells)}</tbody></table>"
                )
            main = (
                trail([(title, path), (item.plain, "")])
                + anchor
                + f"<h1>{written}. {ink.text(item.plain)}</h1>"
                + _words_html(item, ink)
                + table
            )
            site.put(page, item.plain, main)
            _note(portal, item, f"accesible/fichas/{hidden}/{links}")
        main = (
            trail([(title, "")])
            + anchor
            + f"<h1>{ink.text(title)}</h1>"
            + _opening(site, ink)
            + f'<ul class="lista-numerales">{"".join(entries)}</ul>'
        )
        site.put(path, title, main)
    _home(site, [(title, path)], ink)
    return site.routes


# -- duplicado: desktop and mobile copies -------------------------------------------------------


def _duplicado(items: list[Item], today: dt.date, draw: st.DrawFn, portal: ExamPortal) -> Routes:
    site = _site(draw, today)
    ink = draw(_inks())
    hide = draw(st.sampled_from(["clases", "aria", "estilo"]))
    mobile_pages = draw(st.booleans())
    tables = draw(st.sampled_from(["doble", "simple"]))
    trailing = draw(
        st.sampled_from(["fa fa-chevron-down", "fa fa-angle-right", "fas fa-caret-down"])
    )
    index = str(draw(st.sampled_from(_w("duplicado", "index"))))
    title = str(draw(st.sampled_from(_w("site", "sections"))))
    mobile_root = str(_w("duplicado", "mobile"))
    download = str(_w("duplicado", "download"))
    heads = [str(h) for h in _w("duplicado", "files")]
    arrow = f'<i class="{trailing}" aria-hidden="true"></i>'
    site.css.append(
        ".d-none{display:none!important}"
        "@media (min-width:768px){.d-md-none{display:none!important}"
        ".d-md-flex{display:flex!important}.d-md-table{display:table!important}}"
        "@media (min-width:992px){.d-lg-none{display:none!important}"
        ".d-lg-block{display:block!important}}"
    )
    if hide == "aria":
        site.css.append(
            ".offcanvas-menu{position:fixed;top:0;left:-300px;width:300px;height:100%;"
            "visibility:hidden;transition:left .3s}.offcanvas-active .offcanvas-menu{left:0;"
            "visibility:visible}"
        )

    present = _present(items)
    pages = {
        item.numeral: f"{index}/{item.numeral:02d}-{_slug(item.plain)[:20]}" for item in present
    }
    mobile = {n: f"{mobile_root}{p}" for n, p in pages.items()}

    def entries(targets: dict[int, str]) -> str:
        return "".join(
            f'<li class="sp-menu-item"><a href="{_e(targets[i.numeral])}">{ink.text(i.label)}</a>'
            "</li>"
            for i in present
        )

    home = str(_w("site", "home"))
    desktop = (
        '<nav class="sp-megamenu-wrapper d-none d-lg-block"><ul class="sp-megamenu-parent">'
        f'<li class="sp-menu-item"><a href="/">{ink.text(home)}</a></li>'
        f'<li class="sp-menu-item sp-has-child"><a href="{_e(index)}">{ink.text(title)} '
        f'<span class="menu-toggler"></span>{arrow}</a><div class="sp-dropdown">'
        f'<ul class="sp-dropdown-items">{entries(pages)}</ul></div></li>'
        f'<li class="sp-menu-item"><a href="/noticias/">{ink.text(_news()[0])}</a></li></ul></nav>'
    )
    mobile_index = f"{mobile_root}{index}" if mobile_pages else index
    wrapper = {
        "clases": '<div class="offcanvas-menu d-lg-none">',
        "aria": '<div class="offcanvas-menu" aria-hidden="true">',
        "estilo": '<div class="offcanvas-menu" style="display:none">',
    }[hide]
    offcanvas = (
        f'<button class="offcanvas-toggler d-lg-none" type="button" '
        f'aria-label="{ink.attr(str(_w("duplicado", "open")))}"><span class="fa fa-bars" '
        f'aria-hidden="true"></span> {ink.text(str(_w("duplicado", "menu")))}</button>'
        f'{wrapper}<a href="#" class="close-offcanvas" '
        f'aria-label="{ink.attr(str(_w("duplicado", "close")))}"><span class="fa fa-times" '
        'aria-hidden="true"></span></a><div class="offcanvas-inner"><ul class="menu">'
        f'<li><a href="/">{ink.text(home)}</a></li><li class="menu-parent">'
        f'<a href="{_e(mobile_index)}">{ink.text(title)} {arrow}</a>'
        f'<ul class="menu-child">{entries(mobile if mobile_pages else pages)}</ul></li>'
        f'<li><a href="/noticias/">{ink.text(_news()[0])}</a></li></ul></div></div>'
    )
    site.header = desktop + offcanvas

    def documents(item: Item, *, copy: bool) -> str:
        if not item.docs:
            return ""
        if tables == "simple" or copy:
            rows = "".join(
                f'<li><a href="{_e(d.path)}">{ink.text(d.name)}</a> {_size(d)}</li>'
                for d in item.docs
            )
            return f'<ul class="documentos">{rows}</ul>'
        cells = "".join(
            f"<tr><td>{ink.text(d.name)}</td><td>{_size(d)}</td><td>"
            f'<a class="btn btn-sm btn-primary" href="{_e(d.path)}"><i class="fa fa-download" '
            f'aria-hidden="true"></i> {ink.text(download)}</a></td></tr>'
            for d in item.docs
        )
        head = "".join(f"<th>{ink.text(h)}</th>" for h in heads)
        cards = "".join(
            f'<div class="card"><div class="card-body"><p class="card-title">{ink.text(d.name)}'
            f'</p><a class="btn btn-primary btn-block" href="{_e(d.path)}">{ink.text(download)}'
            "</a></div></div>"
            for d in item.docs
        )
        return (
            f'<table class="table d-none d-md-table"><thead><tr>{head}</tr></thead>'
            f'<tbody>{cells}</tbody></table><div class="documentos-movil d-md-none">{cards}</div>'
        )

    def article(item: Item, *, copy: bool) -> str:
        return (
            '<div class="article-details"><div class="article-header">'
            f'<h1 itemprop="headline">{ink.text(item.label)}</h1></div>'
            f'<div itemprop="articleBody">{_words_html(item, ink)}'
            f"{documents(item, copy=copy)}</div></div>"
        )

    for item in present:
        site.put(pages[item.numeral], item.label, article(item, copy=False))
        if mobile_pages:
            site.put(mobile[item.numeral], item.label, article(item, copy=True))
        _note(portal, item, f"duplicado/{hide}/movil={mobile_pages}/{tables}")

    def index_page(targets: dict[int, str], *, copy: bool) -> str:
        cards = "".join(
            f'<div class="col-md-4"><div class="card"><a href="{_e(targets[i.numeral])}">'
            f'<h3 class="card-title">{ink.text(i.label)} {arrow}</h3></a></div></div>'
            for i in present
        )
        listing = "".join(
            f'<li class="list-group-item"><a href="{_e(targets[i.numeral])}">{ink.text(i.label)}'
            f"</a> {arrow}</li>"
            for i in present
        )
        if copy:
            return f'<ul class="list-group">{listing}</ul>'
        return (
            f'<div class="row d-none d-md-flex">{cards}</div>'
            f'<ul class="list-group d-md-none">{listing}</ul>'
        )

    opening = _opening(site, ink)
    head = f'<div class="page-header"><h1>{ink.text(title)}</h1></div>'
    site.put(index, title, head + opening + index_page(pages, copy=False))
    if mobile_pages:
        site.put(mobile_index, title, head + opening + index_page(mobile, copy=True))
    _home(site, [(title, index)], ink)
    return site.routes


# -- the strategy ---------------------------------------------------------------------------


_BUILDERS: dict[str, Callable[[list[Item], dt.date, st.DrawFn, ExamPortal], Routes]] = {
    "constructor": _constructor,
    "animado": _animado,
    "accesible": _accesible,
    "duplicado": _duplicado,
}


def portals(layout: str | None = None) -> st.SearchStrategy[ExamPortal]:
    """Exam 36 portals of ``layout`` (drawn when None) with their truth."""
    return exam_portal(layout, LAYOUTS, _INNER, _BUILDERS, unique_documents=True)


def snippet(portal: ExamPortal, numeral: int, width: int = 900, first: Sequence[str] = ()) -> str:
    """The HTML around where ``numeral`` is published (for reports)."""
    return kit_snippet(portal, numeral, width, first)
