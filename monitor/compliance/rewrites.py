"""Component markup rewritten before a page is walked, so that document order is reading order:
a tab's label at the top of the pane it shows (script tabs, CSS-only tabs, Divi tabs), a
filterable grid's cards under their buttons, a table figure's caption over its table, a
pdf2htmlEX page's link boxes on their lines."""

from __future__ import annotations

import re

import lxml.etree

from monitor.compliance.catalog import article_badge
from monitor.compliance.dates import is_year_heading
from monitor.compliance.elements import (
    REAL_HEADINGS,
    clean,
    heading_level,
    is_toggle,
    short_text,
)
from monitor.compliance.pdf2html import HEAD as PDF2HTML_HEAD
from monitor.compliance.pdf2html import MARK as PDF2HTML_MARK
from monitor.compliance.pdf2html import restore as restore_pdf2html
from monitor.compliance.tree import detach, lift

# A tab strip's controls (Bootstrap 3-5 "tab"/"pill" toggles, ARIA tabs): their labels name panes
# that come later on the page. Looked for in the raw text first (``="tab"``, ``='pill'``): most
# pages have none, and this search costs ~30 µs of a 60 KB page where a case-insensitive one
# naming the attribute cost 1 ms.
_TAB_MARK = re.compile(r"""=["']?(?:tab|pill)\b""")
_TAB_CONTROLS = lxml.etree.XPath(
    "//*[@data-toggle='tab' or @data-toggle='pill' or @data-bs-toggle='tab'"
    " or @data-bs-toggle='pill' or @role='tab']"
)
MAX_CAPTION = 160  # characters: a longer table caption with no bold title is a paragraph
# A filterable grid's buttons (MixItUp's and Isotope's "data-filter", Shuffle.js's "data-group").
_FILTER_MARK = re.compile("data-(?:filter|group)")
_CLASS_SELECTOR = re.compile(r"\.[A-Za-z_][\w-]*")
_DIVI_TAB = re.compile(r"et_pb_tab_\d+")
# A style showing an element when a radio button or check box is checked: (its id, the shown's).
_CHECKED_SHOWS = re.compile(r"#([\w-]+):checked\s*[~+][^{},]*?#([\w-]+)\s*[{,]")


def rewrite_components(root: lxml.etree._Element, text: str) -> None:
    """Rewrite ``root`` (the tree of ``text``) so that its components read in document order.

    Each rewrite is asked for by a mark found at C speed: a tag, a page's style, the head's
    first lines. Only the tab and filter marks are searched for in the whole text, which costs
    ~25 µs a page for each search."""
    if _TAB_MARK.search(text):
        _label_tab_panes(root)
    if any(is_toggle(el) for el in root.iter("input")):
        _label_css_tabs(root)  # radio buttons or check boxes: maybe CSS-only tabs
    if any("et_pb_tabs_controls" in (ul.get("class") or "") for ul in root.iter("ul")):
        _label_divi_tabs(root)
    if _FILTER_MARK.search(text):
        _group_filtered(root)
    if PDF2HTML_MARK in text[:PDF2HTML_HEAD]:
        restore_pdf2html(root)
    if next(root.iter("figcaption"), None) is not None:
        _caption_tables_first(root)


def _caption_tables_first(root: lxml.etree._Element) -> None:
    """Read a table's caption before the table: a block editor's table figure
    (``<figure class="wp-block-table"><table>…</table><figcaption>Numeral 8 - …</figcaption>``)
    is named by the caption under it, not followed by it. A picture's caption stays where it is."""
    for caption in list(root.iter("figcaption")):
        figure = caption.getparent()
        if figure is None or figure.tag != "figure" or figure.find(".//table") is None:
            continue
        first = figure[0]
        if first is not caption and caption.getprevious() is not None:
            _move_before(caption, first)
            _title_caption(caption)


def _title_caption(caption: lxml.etree._Element) -> None:
    """Make a table's caption the title it is: its bold opening ("<strong>01 - Organigrama
    </strong><br>Estructura orgánica…") a bold paragraph over the rest, or a short caption with
    no bold words a heading of its own."""
    lead = caption[0] if len(caption) else None
    if lead is not None and lead.tag in ("strong", "b") and not (caption.text or "").strip():
        title = lxml.etree.Element("p")
        caption.addprevious(title)
        _move_before(lead, caption)
        title.append(lead)
        caption.tag = "div"
    elif len(short_text(caption, MAX_CAPTION + 1)) <= MAX_CAPTION:
        caption.tag = "h6"
    else:
        caption.tag = "div"


def _move_before(el: lxml.etree._Element, anchor: lxml.etree._Element) -> None:
    """Move ``el`` just before ``anchor``, the text after ``el`` staying where it was."""
    lift(el)
    anchor.addprevious(el)


def _label_tab_panes(root: lxml.etree._Element) -> None:
    """Move each tab's label to the top of the pane it shows, as a visitor reads them.

    A tab strip lists every label ("Numeral 1", "Numeral 2", ...) before all the panes, so read in
    document order each label heads nothing and each pane sits under the last label. The label
    becomes a tab title (a pseudo heading, as an accordion's) at the top of its pane, unless the
    pane opens with a heading of its own (then only an article's label stays, as a line of text
    there: ``catalog.article_badge``); either way the control leaves the strip.
    """
    panes = {el.get("id"): el for el in root.iterfind(".//*[@id]")}
    for control in _TAB_CONTROLS(root):
        target = control.get("data-bs-target") or control.get("data-target") or ""
        href = control.get("href") or ""
        pane_id = (
            target[1:]
            if target.startswith("#")
            else href[1:]
            if href.startswith("#")
            else control.get("aria-controls") or ""
        )
        _title_pane(control, panes.get(pane_id))


def _label_css_tabs(root: lxml.etree._Element) -> None:
    """Move each CSS-only tab's label to the top of the panel its radio button shows.

    A tab strip of radio buttons and labels, whose panels stand elsewhere, is tied to them by the
    page's style alone: ``#tab8:checked ~ .contenidos #panel8 {display:block}``. Each label goes
    to its panel as ``_label_tab_panes`` moves a script's tab's."""
    styles = "".join(style.text or "" for style in root.iter("style"))
    shown = _CHECKED_SHOWS.findall(styles)
    if not shown:
        return
    panes = {el.get("id"): el for el in root.iterfind(".//*[@id]")}
    labels = {label.get("for"): label for label in root.iter("label") if label.get("for")}
    for toggle, pane_id in shown:
        label = labels.get(toggle)
        if label is not None:
            _title_pane(label, panes.get(pane_id))


def _label_divi_tabs(root: lxml.etree._Element) -> None:
    """Move each Divi tab's title to the top of its panel.

    Divi's tabs module prints all its titles first (``<ul class="et_pb_tabs_controls"><li
    class="et_pb_tab_3"><a href="#">Numeral 4 …</a>``), then all the panels (``<div
    class="et_pb_all_tabs"><div class="et_pb_tab et_pb_tab_3">``): a title and its panel share
    their ``et_pb_tab_<n>`` class, and nothing else ties them."""
    for controls in root.iterfind(".//ul[@class]"):
        if "et_pb_tabs_controls" not in (controls.get("class") or "").split():
            continue
        module = controls.getparent()
        if module is None:
            continue
        panels: dict[str, lxml.etree._Element] = {}
        for panel in module.iter("div"):
            names = (panel.get("class") or "").split()
            if "et_pb_tab" in names:
                for name in names:
                    if _DIVI_TAB.fullmatch(name):
                        panels.setdefault(name, panel)
        for control in list(controls):
            index = next(
                (n for n in (control.get("class") or "").split() if _DIVI_TAB.fullmatch(n)), ""
            )
            _title_pane(control, panels.get(index))


def _group_filtered(root: lxml.etree._Element) -> None:
    """Gather a filterable grid's cards under their filters' labels, as a visitor reads them.

    MixItUp, Isotope and Shuffle.js print one grid of every item's cards, mixed, and a button per
    item that shows only that item's: ``<button data-filter=".numeral-8">Numeral 8 - …</button>``
    over ``<div class="mix numeral-8">`` cards, or Shuffle's ``data-group="ejecucion"`` over
    ``data-groups='["ejecucion"]'``. Each item's cards are moved, in order, into a section titled
    by its button's label (a tab title), after the grid; a button whose cards are none still
    titles an (empty) section: what its item shows. "Todos" and a year's button group nothing."""
    controls: list[tuple[lxml.etree._Element, str, str]] = []
    for control in root.iterfind(".//*[@data-filter]"):
        selector = (control.get("data-filter") or "").strip()
        if _CLASS_SELECTOR.fullmatch(selector):
            controls.append((control, "class", selector[1:]))
    for control in root.iterfind(".//*[@data-group]"):
        group = (control.get("data-group") or "").strip()
        if group and group.lower() not in ("all", "todos", "*"):
            controls.append((control, "groups", group))
    if not controls:
        return
    classed: dict[str, list[lxml.etree._Element]] = {}
    if any(kind == "class" for _, kind, _ in controls):
        for el in root.iterfind(".//*[@class]"):
            for name in (el.get("class") or "").split():
                classed.setdefault(name, []).append(el)
    grouped = root.findall(".//*[@data-groups]")
    # The sections go after the grid; with no card at all, where the buttons stood.
    grid: lxml.etree._Element | None = None
    strip = controls[0][0].getparent()
    sections: list[lxml.etree._Element] = []
    for control, kind, key in controls:
        label = short_text(control) or clean(control.get("title"))
        if not label or is_year_heading(label):
            continue
        found = (
            classed.get(key, [])
            if kind == "class"
            else [el for el in grouped if f'"{key}"' in (el.get("data-groups") or "")]
        )
        members = set(found)
        cards = [card for card in found if members.isdisjoint(card.iterancestors())]
        if control in members or not members.isdisjoint(control.iterancestors()):
            continue
        section = lxml.etree.Element("section", {"class": "filter-group"})
        title = lxml.etree.SubElement(section, "div", {"class": "tab-title"})
        title.text = label
        for card in cards:
            if grid is None:
                grid = card.getparent()
            lift(card)
            section.append(card)
        sections.append(section)
        detach(control)
    anchor = grid if grid is not None else strip
    if anchor is None or anchor.getparent() is None:
        return
    over = _title_tag(sections)  # one level for every section's title: they are siblings
    for section in sections:
        section[0].tag = over
    for section in reversed(sections):
        anchor.addnext(section)


def _title_pane(control: lxml.etree._Element, pane: lxml.etree._Element | None) -> None:
    """Put tab ``control``'s label at the top of ``pane`` (see ``_label_tab_panes``)."""
    label = short_text(control)
    if pane is None or not label or pane is control or control in pane.iterancestors():
        return
    first = next(iter(pane), None)
    # A pane opening with a heading of its own, not a year's ("INFORMACIÓN AÑO 2024": a folder
    # of the item the tab names).
    titled = (
        first is not None
        and not (pane.text or "").strip()
        and heading_level(first) is not None
        and bool(short_text(first))
        and not is_year_heading(short_text(first))
    )
    if not titled:
        title = lxml.etree.Element(_title_tag([pane]), {"class": "tab-title"})
        title.text = label
        title.tail = pane.text
        pane.text = None
        pane.insert(0, title)
    elif article_badge(label) is not None:
        # "Artículo 12 | Artículo 10" over panes of numerals with headings of their own:
        # which article a pane's numerals are is said by its label alone, kept as a badge.
        badge = lxml.etree.Element("div", {"class": "tab-badge"})
        badge.text = label
        badge.tail = pane.text
        pane.text = None
        pane.insert(0, badge)
    detach(control)  # the label moved to its pane; the strip keeps none


def _title_tag(panes: list[lxml.etree._Element]) -> str:
    """The tag of a title put over ``panes``: a heading one level above their highest own
    heading ("<h4>Contratos 1</h4>" cards under an "<h3>" title), so that the judge reads them
    as its parts; a pseudo heading's ``div`` over panes without any (or with an ``<h1>``)."""
    levels = [int(heading.tag[1]) for pane in panes for heading in pane.iter(*REAL_HEADINGS)]
    top = min(levels, default=1)
    return f"h{top - 1}" if top > 1 else "div"
