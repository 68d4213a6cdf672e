"""What an element says: its text as a browser shows it, and whether it titles what follows
(a heading by its tag, its class, its role as a toggle, or its bold words standing alone)."""

from __future__ import annotations

import re

import lxml.etree

from monitor.compliance.catalog import restates_law
from monitor.compliance.text import fold

# Titles by their class: accordions', panels', tabs' and Bootstrap 4's cards ("card-header",
# the accordion of https://getbootstrap.com/docs/4.6/components/collapse/#accordion-example).
HEADING_CLASS = re.compile(
    r"(?:accordion|panel|tab|toggle|card)[_-]?(?:title|heading|header)", re.I
)
# What opens a collapsed section (Bootstrap 3-5 ``data-toggle="collapse"``): its label titles it.
_COLLAPSE_TOGGLES = ("collapse",)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "summary": 6, "dt": 6}


REAL_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MAX_LABEL = 500  # characters of an element's text read when no other limit is asked for


# A list line or paragraph that opens by naming an item: "Artículo 10 Numeral 8 - ...",
# "Numeral 8 ...", "Inciso 8", "Art. 10 Num. 8", "10.8 ...", "08 - ...", "8. ...".
ITEM_LINE = re.compile(
    r"^\s*(?:(?:art(?:[íi]culo|\.)?\s*10\b[\s.,:-]*)?(?:numeral|num\.?|inciso)\s*\d{1,2}\b"
    r"|art(?:[íi]culo|\.)?\s*10\b"
    r"|10\.\d{1,2}\s+\w"
    r"|\d{1,2}\s*[.)\-\u2013\u2014:]\s*[^\W\d_])",
    re.I,
)
# A numeral of Article 10 named in running words: "del Numeral 12", "#Numeral12", "inciso 8".
NUMERAL_REFERENCE = r"(?:numeral|inciso|num\.?)\s*(\d{1,2})\b"
NAMED_NUMERAL = re.compile(NUMERAL_REFERENCE, re.I)
# Where a list line's or paragraph's own words end: a line break or a nested block.
LINE_ENDS = frozenset(
    {"br", "ul", "ol", "li", "p", "div", "table", "dl", "blockquote", "section", "details"}
    | REAL_HEADINGS
)


def first_line(el: lxml.etree._Element, limit: int) -> str:
    """``el``'s text up to its first line break or nested block: a list line's own words, not
    those of the list or paragraphs under it (its text, which is its content)."""
    parts = [el.text or ""]
    size = len(parts[0])
    for child in el:
        if isinstance(child.tag, str) and child.tag in LINE_ENDS:
            if not "".join(parts).strip():
                return first_line(child, limit)  # "<li><p>8. Informes…</p>…</li>"
            break
        pieces = [short_text(child, limit)] if isinstance(child.tag, str) else []
        pieces.append(child.tail or "")
        parts += pieces
        size += sum(map(len, pieces))
        if size >= limit * 2:
            break
    return clean(" ".join(parts))[:limit]


def short_text(el: lxml.etree._Element, limit: int = MAX_LABEL) -> str:
    """An element's text, whitespace collapsed, read no further than ``limit`` characters.

    ``all_text()`` on a hostile page of nested anchors would copy the rest of the page for
    every anchor; this stops early.
    """
    if len(el) == 0:
        return clean(el.text)[:limit]
    parts: list[str] = []
    size = 0
    single = ""  # the last piece, when it is one letter or digit
    for count, node in enumerate(el.iter()):
        if count > 300 or size >= limit * 2:
            break  # also bounds the walk when nested elements hold no text at all
        tag = node.tag
        text = node.text if isinstance(tag, str) else None
        tail = node.tail if node is not el else None
        for piece in (text, tail):
            if piece:
                # A heading animated letter by letter ("<span>N</span><span>u</span>…", a drop
                # cap "<span>E</span>jecución") reads as the browser shows it: one word. A badge
                # ("<span>1</span><span>1. Organigrama</span>") stays apart.
                glued = (
                    single
                    and tag in _INLINE_TAGS
                    and (
                        (len(piece) == 1 and piece.isalnum())
                        or (single.isalpha() and piece[0].islower())
                    )
                )
                parts.append(piece if glued else " " + piece)
                single = piece if len(piece) == 1 and piece.isalnum() else ""
                size += len(piece)
    return clean("".join(parts))[:limit]


# Elements a browser lays out inside a line: no space between them unless the text has one.
_INLINE_TAGS = frozenset(
    [
        "span",
        "a",
        "b",
        "strong",
        "em",
        "i",
        "u",
        "s",
        "small",
        "big",
        "sup",
        "sub",
        "font",
        "mark",
        "abbr",
        "cite",
        "q",
        "code",
        "time",
        "label",
    ]
)


def all_text(el: lxml.etree._Element) -> str:
    """All the text inside ``el`` (lxml.html's ``text_content()``)."""
    return "".join(el.itertext())


def clean(text: str | None) -> str:
    # ``split()`` breaks at exactly the characters ``\s`` matches (``str.isspace``): the same as
    # collapsing each run of them to one space and stripping, three times faster.
    return " ".join(text.split()) if text else ""


def heading_level(el: lxml.etree._Element) -> int | None:
    tag = el.tag
    if tag in HEADINGS:
        return HEADINGS[tag]
    if tag in ("div", "span", "a", "button", "p") and HEADING_CLASS.search(el.get("class") or ""):
        return 6
    if tag in ("a", "button") and (
        el.get("data-toggle") in _COLLAPSE_TOGGLES
        or el.get("data-bs-toggle") in _COLLAPSE_TOGGLES
        or (el.get("aria-expanded") is not None and el.get("aria-controls"))
    ):
        # Bootstrap's collapse toggles, and the WAI-ARIA accordion pattern's header button
        # (aria-expanded, aria-controls naming its panel).
        return 6
    if tag == "label" and _toggles_a_panel(el):
        return 6
    if (
        tag in ("p", "div")
        and len(el) >= 1
        and not (el.text or "").strip()
        and (tag == "p" or all(child.tag in _INLINE_TAGS for child in el))
    ):
        # <p><strong>NUMERAL 4</strong></p>, <p align=center><u><font><b>…</b></font></u></p>:
        # a bold paragraph standing alone acts as a heading; so does one restating a numeral's
        # text of the law, however long ("<p><strong>Directorio de empleados y servidores
        # públicos, incluyendo…</strong></p>" heads numeral 3 on Palestina de Los Altos' page).
        # A <div> of inline words is a paragraph too (Weebly's "<div class="paragraph"><strong>
        # 02 - Dirección…</strong></div>").
        return 6 if all_bold(el) or _bold_law(el) else None
    if tag == "td" and len(el) >= 1 and not (el.text or "").strip():
        # An old site's layout table: a row of one cell holding only bold words ("<TD
        # BGCOLOR=#E8E8D0><FONT SIZE=4><B>Numeral 2 - …</B></FONT></TD>") titles what follows.
        row = el.getparent()
        if row is not None and sum(1 for cell in row if cell.tag in ("td", "th")) == 1:
            return 6 if all_bold(el) else None
    if tag in ("font", "center") and _stands_alone(el):
        # <font size=3><b>12. Viajes …</b></font><br>: a line of bold words between line breaks.
        return 6 if all_bold(el) else None
    return None


def _toggles_a_panel(label: lxml.etree._Element) -> bool:
    """A CSS-only tab's or accordion's title: the label of the radio button or check box just
    before it (``<input type="radio" id="tab8"><label for="tab8">Numeral 8 …</label>``), whose
    ``:checked`` state shows the panel; not a choice of a form."""
    toggle = label.getprevious()
    return (
        toggle is not None
        and toggle.tag == "input"
        and is_toggle(toggle)
        and bool(label.get("for"))
        and toggle.get("id") == label.get("for")
        and next(label.iterancestors("form"), None) is None
    )


def is_toggle(el: lxml.etree._Element) -> bool:
    """Whether an ``<input>`` is a radio button or a check box."""
    return (el.get("type") or "").lower() in ("radio", "checkbox")


_LINE_BREAKS = frozenset({"br", "p", "div", "table", "ul", "ol", "hr", "center", "dl", "h1", "h2"})


def _stands_alone(el: lxml.etree._Element) -> bool:
    """Whether ``el`` is a line of its own: nothing but line breaks and blocks either side."""
    if (el.tail or "").strip():
        return False
    before = el.getprevious()
    if before is None:
        parent = el.getparent()
        if parent is None or (parent.text or "").strip():
            return False
    elif before.tag not in _LINE_BREAKS or (before.tail or "").strip():
        return False
    after = el.getnext()
    return after is None or after.tag in _LINE_BREAKS


def all_bold(el: lxml.etree._Element) -> bool:
    """Whether ``el``'s text, short as a title is and not a sentence, is all the text of one
    bold element in it."""
    text = short_text(el, 200)
    if not 0 < len(text) <= 160:
        return False
    words = text.split()
    if (
        text.endswith(".")
        and len(words) >= MIN_SENTENCE_WORDS
        and not any(word.endswith(".") for word in words[:-1])
        and not ITEM_LINE.match(text)
    ):
        # A sentence in bold ("La Municipalidad no cuenta con fideicomisos."): a statement
        # under the heading before it, not a title. Titles end without a period, or with an
        # abbreviation's ("Inf. mensuales de ejec. presup.").
        return False
    return any(short_text(bold, 200) == text for bold in el.iter("b", "strong"))


def _bold_law(el: lxml.etree._Element) -> bool:
    """Whether ``el``'s text is all one bold element's and restates a numeral's legal text."""
    bolds = list(el.iter("b", "strong"))
    if not bolds:
        return False
    text = short_text(el, MAX_LAW_TITLE)
    if not MIN_LAW_TITLE <= len(text) < MAX_LAW_TITLE:
        return False
    if not any(short_text(bold, MAX_LAW_TITLE) == text for bold in bolds):
        return False
    return restates_law(fold(text))


MIN_LAW_TITLE = 40  # characters: shorter bold lines are read by ``all_bold``
MAX_LAW_TITLE = 600  # longer is a paragraph, never a title (as ``catalog._match``)


MIN_SENTENCE_WORDS = 5  # a bold line this long ending with a period is a statement
