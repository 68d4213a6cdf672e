"""PDFs converted to web pages by pdf2htmlEX, read as they look: links on their lines, bold as bold,
wrapped lines joined.

pdf2htmlEX writes every line of a PDF page as an absolutely placed ``<div class="t … x2 … y1a …">``
(its left and bottom in the page's CSS: ``.x2{left:135px;}``, ``.y1a{bottom:863.5px;}``) and every
link annotation of that page after all its lines, as an empty box drawn over the text:
``<a class="l" href="…pdf"><div class="d m1" style="…left:135px;bottom:860px;width:193px;
height:19px;…"></div></a>``. A reader clicks the line "• Informe de octubre"; in the source, the
link has no words and stands at the page's end, after the next item's name. ``restore`` moves
each link box into the line it covers, around that line's words, so the page reads as it looks.
A link over no line is left where it is.

The same pages give no other structure. A line's font is a class: a bold line (an item's name)
is made the bold paragraph it looks like (``<p><b>…``) when its font is declared bold
(``.ff2{…font-weight:bold…}``, a font the converter did not embed), or when it opens with a
numeral ("Numeral 8 - …", "10.8 …") in the font of the items' names (one most of whose lines do
so and few of which carry a link): an embedded font is always declared normal, its boldness is in
its glyphs. A line a PDF wrapped (a name over
two lines: "Art. 10 Num. 10 Procesos de cotización … bienes de" / "programas") is joined to the
line before it when both are drawn alike (the same classes but their height on the page) and it
starts no new entry (a bullet, a dash, a number, "Numeral 8") unless the line before ends
mid-phrase ("… Artículo 10" / "Numeral 4").
"""

from __future__ import annotations

import re
from typing import TypeAlias

import lxml.etree

from monitor.compliance.tree import detach, lift

Element: TypeAlias = lxml.etree._Element

# Written in the head by pdf2htmlEX ("Created by pdf2htmlEX", <meta name="generator">).
MARK = "pdf2htmlEX"
HEAD = 4096  # characters: the comment and the meta tag stand in a page's first lines
_POSITION = re.compile(r"\.([xy][0-9a-f]+)\{(left|bottom):(-?[0-9.]+)px;?\}")
_BOLD_FONT = re.compile(r"\.(ff[0-9a-f]+)\{[^}]*font-weight:\s*(?:bold|[6-9]00)")
# A line opening with a number or a numeral's reference; an entry of its own opens so or with a
# bullet or dash.
_NUMBERED = r"\d|(?:numeral|num\.|art[íi]culo|art\.|inciso)\s*\d"
_NUMERAL = re.compile(rf"\s*(?:{_NUMBERED})", re.I)
_ENTRY = re.compile(rf"\s*(?:[-–—•·▪●◦*]|{_NUMBERED})", re.I)
# A line ending mid-phrase: the next line goes on with it, whatever it starts with.
_UNFINISHED = re.compile(
    r"(?:\b(?:de|del|la|las|los|el|y|e|o|u|a|al|en|para|por|con|numeral|num\.|art[íi]culo 10|"
    r"art\. 10)|[,\-–])\s*$",
    re.I,
)
_BOX = re.compile(r"(left|bottom|width|height):\s*(-?[0-9.]+)px")
_TOLERANCE = 3.0  # px: a box drawn a little left of or under its line's text


def restore(root: Element) -> None:
    """Read a pdf2htmlEX page as it looks (see the module's doc): links, bold, wrapped lines."""
    styles = "".join(style.text or "" for style in root.iter("style"))
    offsets = _offsets(styles)
    if not offsets:
        return
    lines: list[Element] = []
    for page in [div for div in root.iter("div") if "pc" in _classes(div)]:
        _place_links(page, offsets)
        lines += _join_lines(page)
    bold = set(_BOLD_FONT.findall(styles))
    numbered = _name_fonts(lines)
    for line in lines:
        fonts = _fonts(line)
        if fonts & bold or (fonts & numbered and _NUMERAL.match(_words(line))):
            _embolden(line)


def _fonts(line: Element) -> set[str]:
    return {name for name in _classes(line) if name[:2] == "ff"}


def _name_fonts(lines: list[Element]) -> set[str]:
    """The fonts of items' names: most of their lines (two at least) open with a numeral, few
    carry a link (a list of documents numbered "01 - Enero" is drawn in a documents' font)."""
    tallies: dict[str, list[int]] = {}
    for line in lines:
        opens = 1 if _NUMERAL.match(_words(line)) else 0
        linked = 1 if line.find(".//a[@href]") is not None else 0
        for font in _fonts(line):
            tally = tallies.setdefault(font, [0, 0, 0])
            tally[0] += 1
            tally[1] += opens
            tally[2] += linked
    return {
        font
        for font, (total, opening, linked) in tallies.items()
        if opening >= 2 and opening * 2 >= total and linked * 4 <= total
    }


def _words(line: Element) -> str:
    return "".join(line.itertext())


def _place_links(page: Element, offsets: dict[str, float]) -> None:
    """Move each link box of ``page`` into the line it is drawn over."""
    lines = [
        (line, *_position(line, page, offsets))
        for line in page.iter("div")
        if "t" in _classes(line)
    ]
    for link in [a for a in page.iter("a") if "l" in _classes(a)]:
        box = _box(link)
        if box is not None:
            line = _covered_line(box, lines)
            if line is not None:
                _wrap(line, link)


def _offsets(styles: str) -> dict[str, float]:
    """The ``.x…{left}`` and ``.y…{bottom}`` classes in px (the print rules are in pt)."""
    found: dict[str, float] = {}
    for name, _, value in _POSITION.findall(styles):
        found.setdefault(name, float(value))
    return found


def _join_lines(page: Element) -> list[Element]:
    """Join each wrapped line to the line before it; the lines left, in order."""
    lines: list[Element] = []
    for line in [div for div in page.iter("div") if "t" in _classes(div)]:
        if lines and _continues(lines[-1], line):
            _append(lines[-1], line)
        else:
            lines.append(line)
    return lines


def _continues(previous: Element, line: Element) -> bool:
    if line.getprevious() is not previous or _drawn(previous) != _drawn(line):
        return False
    return not _ENTRY.match(_words(line)) or bool(_UNFINISHED.search(_words(previous)))


def _drawn(line: Element) -> set[str]:
    """How a line is drawn: its classes but its height on the page."""
    return {name for name in _classes(line) if name[0] != "y"}


def _append(previous: Element, line: Element) -> None:
    """Move ``line``'s words to the end of ``previous``."""
    last = previous[-1] if len(previous) else None
    joint = " " + (line.text or "")
    if last is not None:
        last.tail = (last.tail or "") + joint
    else:
        previous.text = (previous.text or "") + joint
    for child in list(line):
        previous.append(child)
    detach(line)


def _embolden(line: Element) -> None:
    """A bold line as a bold paragraph: ``<p><b>…</b></p>``."""
    line.tag = "p"
    bold = lxml.etree.SubElement(line, "b")
    bold.text, line.text = line.text, None
    for child in list(line)[:-1]:
        bold.append(child)


def _classes(el: Element) -> list[str]:
    return str(el.get("class") or "").split()


def _position(line: Element, page: Element, offsets: dict[str, float]) -> tuple[float, float]:
    """A line's left and bottom in its page, through the clip boxes (``.c``) it sits in."""
    left = bottom = 0.0
    el: Element | None = line
    while el is not None and el is not page:
        names = _classes(el)
        if el is line or "c" in names:
            for name in names:
                if name[0] == "x":
                    left += offsets.get(name, 0.0)
                elif name[0] == "y":
                    bottom += offsets.get(name, 0.0)
        el = el.getparent()
    return left, bottom


def _box(link: Element) -> tuple[float, float, float, float] | None:
    """A link's box (left, bottom, width, height) from its ``.d`` child's style."""
    for child in link:
        if "d" in _classes(child):
            box = dict((key, float(value)) for key, value in _BOX.findall(child.get("style", "")))
            if len(box) == 4:
                return box["left"], box["bottom"], box["width"], box["height"]
    return None


def _covered_line(
    box: tuple[float, float, float, float], lines: list[tuple[Element, float, float]]
) -> Element | None:
    """The line whose baseline lies in the box, starting where the box does or left of it (the
    nearest such line: a table row's cells are lines of their own at one height)."""
    left, bottom, width, height = box
    best: tuple[float, float] | None = None
    chosen = None
    for line, x, y in lines:
        if bottom - _TOLERANCE <= y <= bottom + height and x <= left + _TOLERANCE:
            rank = (abs(y - bottom), left - x)
            if best is None or rank < best:
                best, chosen = rank, line
    return chosen


def _wrap(line: Element, link: Element) -> None:
    """Put ``link`` around ``line``'s words (only its box's markup is dropped)."""
    for child in list(link):
        link.remove(child)
    lift(link)
    if line.find("a") is None:
        link.text, line.text = line.text, None
        for child in list(line):
            link.append(child)
    line.append(link)
