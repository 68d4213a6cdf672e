"""Parse an HTML page once into a ``Page``: title, heading blocks, links and row counts.

The hot path uses lxml's HTML parser directly with one ``iterwalk`` pass instead of BeautifulSoup:
DESIGN.md measured bs4 at ~15x lxml's cost per page, and the fleet crawl (340 portals of 30-150 KB
pages in under 45 s on two cores) cannot afford it. One pass records, per block under a heading,
its text, data rows, images and links; links inside navigation, headers, footers and sidebars are
kept (they are how a crawler finds pages) but flagged as template so they never count as content.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass, field
from posixpath import basename, splitext
from typing import TypeAlias
from urllib.parse import parse_qsl, unquote, urldefrag, urljoin, urlsplit

import charset_normalizer
import lxml.etree

from monitor.compliance.catalog import article_badge, restates_law
from monitor.compliance.dates import FoundDate, archive_period, find_dates, is_year_heading
from monitor.compliance.declarations import says_pending
from monitor.compliance.forms import form_queries, unsent_choice
from monitor.compliance.fragments import fetched
from monitor.compliance.pdf2html import HEAD as PDF2HTML_HEAD
from monitor.compliance.pdf2html import MARK as PDF2HTML_MARK
from monitor.compliance.pdf2html import restore as restore_pdf2html
from monitor.compliance.status import DOWNLOAD_PATH, LIFERAY_FILE
from monitor.compliance.text import fold
from monitor.compliance.tree import detach, lift
from monitor.compliance.viewers import MARKS as VIEWER_MARKS
from monitor.compliance.viewers import marked_addresses, script_addresses, viewed_file
from monitor.net.canonical import without_session

Element: TypeAlias = lxml.etree._Element  # an element, as the per-parse answers key it

# An image named after a file type (alt="pdf") marks a download, it is not a picture.
_FILE_TYPES = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "csv", "zip", "rar", "ppt", "pptx"})
_DOCUMENT_TEXT = ".pdf .doc .docx .xls .xlsx .xlsm .csv .ods .odt .odp .ppt .pptx .zip .rar .rtf"
DOCUMENT_EXTENSIONS = frozenset(_DOCUMENT_TEXT.split())
# A scanned, signed report is often published as a picture: linked from the content, it is a file.
_SCAN_TEXT = ".jpg .jpeg .png .tif .tiff"
_SCAN_EXTENSIONS = frozenset(_SCAN_TEXT.split())
FILE_EXTENSIONS = DOCUMENT_EXTENSIONS | _SCAN_EXTENSIONS  # every file the crawler checks by name
# A character decoded from a well-formed UTF-8 multi-byte sequence (not a replacement).
# Content types of an HTML page (what is parsed rather than checked as a document).
HTML_TYPES = ("text/html", "application/xhtml+xml")
_WELL_FORMED_MULTIBYTE = re.compile("[^\x00-\x7f\ufffd]")
_SINGLE_BYTE_LETTER = re.compile(rb"[\xc0-\xff][A-Za-z]")
# UTF-8 read as Windows-1252 or Latin-1: a lead byte's letter before a continuation byte's ("Ã³",
# "Ã‘", "Â¿"), or "â€" (a dash's or a quote's three bytes).
_MOJIBAKE = re.compile(
    "[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€"
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_TEMPLATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:menu|nav|navbar|navigation|footer|header|sidebar|breadcrumbs?|widget|topbar)"
    r"(?:[\s_-]|$)",
    re.I,
)
# The site's own even inside <main>: a sidebar, and the breadcrumb trail (whose <ol> numbers
# "1. Inicio › 2. Transparencia › 3. …" are no numerals).
_SITE_CLASS = re.compile(r"(?:^|[\s_-])(?:sidebar|breadcrumbs?)(?:[\s_-]|$)", re.I)
# Titles by their class: accordions', panels', tabs' and Bootstrap 4's cards ("card-header",
# the accordion of https://getbootstrap.com/docs/4.6/components/collapse/#accordion-example).
_HEADING_CLASS = re.compile(
    r"(?:accordion|panel|tab|toggle|card)[_-]?(?:title|heading|header)", re.I
)
# What opens a collapsed section (Bootstrap 3-5 ``data-toggle="collapse"``): its label titles it.
_COLLAPSE_TOGGLES = ("collapse",)
# Where a click handler goes: "location.href = '…'", "window.open('…')", or a function of the
# site's own given an address ("myFunction('/storage/informe.pdf')").
_ONCLICK_URL = re.compile(
    r"""(?:location(?:\.href)?\s*=|window\.open\()\s*["']([^"']+)["']"""
    r"""|\(.{0,200}?["']((?:https?://|\.{0,2}/)[^"'\n]+)["']"""
)
# A <select> whose choice opens a page: by script, or by Dreamweaver's
# ``onChange="MM_jumpMenu('parent',this,0)"``, which sets the window's location.
_JUMP = re.compile(r"location|window\.open|jumpmenu", re.I)
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.I)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "select", "head"})
# A tab strip's controls (Bootstrap 3-5 "tab"/"pill" toggles, ARIA tabs): their labels name panes
# that come later on the page. Looked for in the raw text first (``="tab"``, ``='pill'``): most
# pages have none, and this search costs ~30 µs of a 60 KB page where a case-insensitive one
# naming the attribute cost 1 ms.
_TAB_MARK = re.compile(r"""=["']?(?:tab|pill)\b""")
_TAB_CONTROLS = lxml.etree.XPath(
    "//*[@data-toggle='tab' or @data-toggle='pill' or @data-bs-toggle='tab'"
    " or @data-bs-toggle='pill' or @role='tab']"
)
_NOTE_LABEL = re.compile(r"(?:observaci[oó]n|observaciones|notas?|comentarios?)\b", re.I)
MIN_RECORD_FIELDS = 3  # "label: value" pairs of a definition list that make it a record
MAX_FIELD_LABEL_WORDS = 6
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "summary": 6, "dt": 6}
_REAL_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TEMPLATE_TAGS = frozenset({"nav", "header", "footer", "aside"})
_CONTENT_TAGS = frozenset({"main", "article"})
_CONTAINERS = re.compile(r"</?(?:div|span|section|font|center|b|i|u|em)\b[^>]*>", re.I)
# "?download=12:informe" (Phoca), "?attachment_id=", Google Drive's "uc?export=download&id=",
# jDownloads' "?task=download.send&id=".
_DOWNLOAD_QUERY = re.compile(
    r"(?:^|&)(?:(?:download|descargar|attachment_id|file_id)=|export=download\b"
    r"|task=download\.send\b)",
    re.I,
)
_SPANISH_ENCODINGS = ["utf_8", "cp1252", "latin_1", "iso8859_15", "utf_16", "utf_32"]
_NOT_LINKS = ("#", "javascript:", "mailto:", "tel:", "data:")
# A file's size printed in its row ("1,2 MB", "245 KB", "876 bytes").
_FILE_SIZE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:[kmg]i?b|bytes)\b", re.I)
# A link that names no content but fetching a file ("Descargar", "Download", "Ver PDF").
_DOWNLOAD_LABEL = re.compile(
    r"^(?:descargar?(?: archivo| documento| pdf)?|download|bajar|ver (?:pdf|archivo|documento))$",
    re.I,
)
# A row's link to the page that shows its record ("Ver detalle »", "Ver", "Más información").
_DETAIL_LABEL = re.compile(
    r"^(?:ver|ver (?:detalles?|m[aá]s|registro|ficha|informaci[oó]n)|detalles?|"
    r"m[aá]s (?:detalles|informaci[oó]n))\W*$",
    re.I,
)
_LINK_TAGS = ("a", "area", "iframe", "embed", "frame", "object")
MAX_LINKS = 5000
MAX_ROWS = 500
SHORT_LABEL = 40
MAX_TEXT_FOR_DATES = 100_000
MAX_EVENTS = 60_000  # start+end events walked per page; typical pages need a few thousand
MAX_LABEL = 500  # a page with more links is hostile or a sitemap; the rest are not needed
LINE_LEVEL = 7  # below every real heading: a row or line item ends at the next one
# Links of a page's content beside a query form ("Volver", the law) that still leave the form
# the way to its content; a page with more lists what the form filters.
MAX_LINKS_BESIDE_FORM = 5
MAX_LINE_HEADINGS = 600  # rows and lines per page made into blocks; the rest stay text
# A list line or paragraph that opens by naming an item: "Artículo 10 Numeral 8 - ...",
# "Numeral 8 ...", "Inciso 8", "Art. 10 Num. 8", "10.8 ...", "08 - ...", "8. ...".
_ITEM_LINE = re.compile(
    r"^\s*(?:(?:art(?:[íi]culo|\.)?\s*10\b[\s.,:-]*)?(?:numeral|num\.?|inciso)\s*\d{1,2}\b"
    r"|art(?:[íi]culo|\.)?\s*10\b"
    r"|10\.\d{1,2}\s+\w"
    r"|\d{1,2}\s*[.)\-\u2013\u2014:]\s*[^\W\d_])",
    re.I,
)
# A CMS plugin's tag printed as text, with what a paired one encloses.
_PLUGIN_TAG = re.compile(
    r"\{(\w+)\b[^{}]{0,300}\}[^{}]{0,500}?\{/\1\}|\{/?[a-z][\w-]*(?:[\s=][^{}]{0,300})?\}", re.I
)
# Page-builder shortcodes printed as text: [vc_tta_section title="1. Estructura ..."].
_SHORTCODE_TITLE = re.compile(r"""\[\s*\w+[^\]]*?\btitle\s*=\s*["“'”]([^"“”'\]]{2,200})""")


@dataclass(frozen=True)
class Link:
    """A link as found on a page: absolute URL without fragment, visible text, where it sits."""

    url: str
    text: str
    in_template: bool
    block: int  # index into Page.blocks; -1 for template links
    # The text of the table row or list item around a short link ("4 | Número y nombre de
    # funcionarios | Ver"): what names the link's target when its own text is only "Ver".
    context: str = ""


@dataclass
class Block:
    """The content under one heading (``level`` 0: what comes before the first heading)."""

    heading: str
    level: int
    text_parts: list[str] = field(default_factory=list)
    # A heading by appearance (bold paragraph, accordion title, <summary>, <dt>) rather than an
    # <h1>-<h6>: its level says nothing about nesting.
    pseudo: bool = False
    # A heading found in running text: a table row, a list line or paragraph opening with a
    # numeral ("Artículo 10 Numeral 8 - ..."), a page-builder shortcode printed as text. The
    # judge names an item by it only with a stricter match (a list number is not a numeral).
    line: bool = False
    rows: int = 0
    images: int = 0
    links: list[int] = field(default_factory=list)
    # The labels of its data rows shaped "label | value" ("Última actualización | 19 de abril de
    # 2026", "Date added | 24/11/2026"): a record's fields, if most pages print the same labels.
    fields: list[str] = field(default_factory=list)
    # The heading is one link's text ("<h3><a href=…>Informe Octubre</a></h3>"): a card's title
    # naming what it links to, not words of its own.
    linked: bool = False
    # Choices it offers whose answers cannot be read: a select of a POST form (an ASP.NET
    # postback's "Año") or of a script. Its content may be behind them (``compliance.forms``).
    unsent_choices: int = 0
    # A button loading more of its list by script ("Cargar más", "Ver más documentos"): what
    # it would show is not read.
    loads_more: bool = False

    @functools.cached_property
    def text(self) -> str:
        """The block's visible text, whitespace collapsed; computed once, when ``parse_page``
        has read the whole block (``text_parts`` never changes afterwards)."""
        return " ".join(" ".join(self.text_parts).split())


@dataclass
class Page:
    """One fetched HTML page, parsed once; the judge never refetches or reparses."""

    url: str
    status: int
    title: str = ""
    h1: str = ""
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    truncated: bool = False
    _dates: list[FoundDate] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """All non-template text of the page."""
        return " ".join(b.heading + " " + b.text for b in self.blocks)

    @property
    def dates(self) -> list[FoundDate]:
        """Dates written in the page's own text (its first 100,000 characters), computed once."""
        if self._dates is None:
            self._dates = find_dates(self.text[:MAX_TEXT_FOR_DATES])
        return self._dates


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
    return _repaired(_decoded(body, content_type))


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


def _repaired(text: str) -> str:
    """``text`` with its mojibake undone, when it shows any (a search; ftfy only then)."""
    if not ("Ã" in text or "Â" in text or "â" in text) or _MOJIBAKE.search(text) is None:
        return text
    import ftfy  # noqa: PLC0415 - 10 MB of tables, loaded by the first page that needs them

    return str(ftfy.fix_encoding(text))


def _build_tree(text: str) -> lxml.etree._Element | None:
    """The document tree, or None. Past 256 levels of nesting libxml2 stops building the tree
    and drops the rest of the page; such a page is parsed again with its container tags removed
    (headings, paragraphs, links and tables survive), so hostile nesting cannot hide content.
    """
    # lxml.etree's parser, not lxml.html's: the same libxml2 tree, without lxml.html's element
    # classes, whose lookup on every element the walk touches cost a tenth of a page's parse.
    parser = lxml.etree.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.etree.fromstring(text, parser=parser)
        if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
            flat = lxml.etree.HTMLParser(remove_comments=True, remove_pis=True)
            root = lxml.etree.fromstring(_CONTAINERS.sub(" ", text), parser=flat)
    except (lxml.etree.LxmlError, ValueError):
        return None
    return root


# Where a list line's or paragraph's own words end: a line break or a nested block.
_LINE_ENDS = frozenset(
    {"br", "ul", "ol", "li", "p", "div", "table", "dl", "blockquote", "section", "details"}
    | _REAL_HEADINGS
)


def _first_line(el: lxml.etree._Element, limit: int) -> str:
    """``el``'s text up to its first line break or nested block: a list line's own words, not
    those of the list or paragraphs under it (its text, which is its content)."""
    parts = [el.text or ""]
    size = len(parts[0])
    for child in el:
        if isinstance(child.tag, str) and child.tag in _LINE_ENDS:
            if not "".join(parts).strip():
                return _first_line(child, limit)  # "<li><p>8. Informes…</p>…</li>"
            break
        pieces = [_short_text(child, limit)] if isinstance(child.tag, str) else []
        pieces.append(child.tail or "")
        parts += pieces
        size += sum(map(len, pieces))
        if size >= limit * 2:
            break
    return _clean(" ".join(parts))[:limit]


def _short_text(el: lxml.etree._Element, limit: int = MAX_LABEL) -> str:
    """An element's text, whitespace collapsed, read no further than ``limit`` characters.

    ``_text()`` on a hostile page of nested anchors would copy the rest of the page for
    every anchor; this stops early.
    """
    if len(el) == 0:
        return _clean(el.text)[:limit]
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
    return _clean("".join(parts))[:limit]


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


def _text(el: lxml.etree._Element) -> str:
    """All the text inside ``el`` (lxml.html's ``text_content()``)."""
    return "".join(el.itertext())


def _clean(text: str | None) -> str:
    # ``split()`` breaks at exactly the characters ``\s`` matches (``str.isspace``): the same as
    # collapsing each run of them to one space and stripping, three times faster.
    return " ".join(text.split()) if text else ""


def _is_template(el: lxml.etree._Element, in_content: bool) -> bool:
    tag = el.tag
    if tag == "nav" or el.get("role") == "navigation":
        return True
    if tag == "marquee" or el.get("role") == "marquee":
        # A scrolling ticker ("Novedades: …") shows the site's newest files, wherever it sits.
        return True
    if tag in ("html", "body"):
        # Their classes describe the page ("et_fixed_nav et_show_nav", "ehf-footer"), not a
        # region of it.
        return False
    marks = (el.get("class") or "") + " " + (el.get("id") or "")
    if in_content:
        # Inside <main> or <article> a "menu" or "widget" may be content (a page builder's);
        # a sidebar is still the site's (Blogger's "sidebar section" beside the posts), and so
        # is the breadcrumb trail.
        return _SITE_CLASS.search(marks) is not None and _marks_region(marks, _SITE_CLASS)
    if tag in _TEMPLATE_TAGS or el.get("role") in ("banner", "contentinfo", "complementary"):
        return True
    # A card's, panel's or accordion's "header" titles a section of content, not the site.
    return (
        _TEMPLATE_CLASS.search(marks) is not None
        and not _HEADING_CLASS.search(marks)
        and _marks_region(marks, _TEMPLATE_CLASS)
    )


def _in_gallery(el: lxml.etree._Element) -> bool:
    """Whether an image is one of a photo gallery's, slider's or carousel's (by the classes of
    its nearest containers: WordPress's "wp-block-gallery", Divi's "et_pb_gallery", Elementor's
    "swiper", MetaSlider, Slick, Owl)."""
    for depth, ancestor in enumerate(el.iterancestors()):
        if depth >= MAX_GALLERY_DEPTH:
            return False
        if _GALLERY_CLASS.search(ancestor.get("class") or ""):
            return True
    return False


MAX_GALLERY_DEPTH = 6
_GALLERY_CLASS = re.compile(
    r"gallery|galeria|slider|carousel|swiper|slick|owl-|flexslider|metaslider", re.I
)


def _marks_region(marks: str, region: re.Pattern[str]) -> bool:
    """Whether ``marks`` name the region itself, not a state of what holds it: a content
    wrapper's "has-sidebar", "no-sidebar", "with-header", "is-sticky-header" is content."""
    return any(region.search(mark) for mark in marks.split() if not _STATE_MARK.match(mark))


_STATE_MARK = re.compile(r"(?:has|no|with|without|is|show|hide)[_-]", re.I)


def _heading_level(el: lxml.etree._Element) -> int | None:
    tag = el.tag
    if tag in _HEADINGS:
        return _HEADINGS[tag]
    if tag in ("div", "span", "a", "button", "p") and _HEADING_CLASS.search(el.get("class") or ""):
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
    if tag == "p" and len(el) >= 1 and not (el.text or "").strip():
        # <p><strong>NUMERAL 4</strong></p>, <p align=center><u><font><b>…</b></font></u></p>:
        # a bold paragraph standing alone acts as a heading; so does one restating a numeral's
        # text of the law, however long ("<p><strong>Directorio de empleados y servidores
        # públicos, incluyendo…</strong></p>" heads numeral 3 on Palestina de Los Altos' page).
        return 6 if _all_bold(el) or _bold_law(el) else None
    if tag == "td" and len(el) >= 1 and not (el.text or "").strip():
        # An old site's layout table: a row of one cell holding only bold words ("<TD
        # BGCOLOR=#E8E8D0><FONT SIZE=4><B>Numeral 2 - …</B></FONT></TD>") titles what follows.
        row = el.getparent()
        if row is not None and sum(1 for cell in row if cell.tag in ("td", "th")) == 1:
            return 6 if _all_bold(el) else None
    if tag in ("font", "center") and _stands_alone(el):
        # <font size=3><b>12. Viajes …</b></font><br>: a line of bold words between line breaks.
        return 6 if _all_bold(el) else None
    return None


# Classes that hide an element on a desktop's screen (Bootstrap 4-5's display utilities, Bootstrap
# 3's responsive utilities, Elementor's, WPBakery's and Divi's per-device visibility).
_DESKTOP_HIDDEN = frozenset(
    {
        "d-md-none",
        "d-lg-none",
        "visible-xs",
        "visible-xs-block",
        "visible-xs-inline",
        "visible-xs-inline-block",
        "elementor-hidden-desktop",
        "et_pb_hidden_desktop",
    }
)


def _hidden_on_desktop(el: lxml.etree._Element) -> bool:
    """Whether ``el``'s classes hide it on a desktop screen: one of ``_DESKTOP_HIDDEN`` (unless a
    wider screen's class shows it again: "d-md-none d-xl-block"), or Bootstrap 3's and WPBakery's
    pair hiding it on both desktop widths ("hidden-md hidden-lg", "vc_hidden-md vc_hidden-lg").
    "d-none d-md-block" is shown there."""
    marks = el.get("class")
    if not marks or not ("none" in marks or "visible-xs" in marks or "hidden" in marks):
        return False
    names = set(marks.split())
    if names & _DESKTOP_HIDDEN:
        return not any(
            name.startswith(("d-lg-", "d-xl-")) and not name.endswith("-none") for name in names
        )
    return {"hidden-md", "hidden-lg"} <= names or {"vc_hidden-md", "vc_hidden-lg"} <= names


# A collapsible panel's own element (Bootstrap 3-5, Foundation): what it shows when opened.
_COLLAPSE_PANEL = re.compile(r"(?:^|\s)(?:(?:accordion|panel)-)?collapse(?:\s|$)")


def _in_panels(el: lxml.etree._Element, level: int) -> int:
    """A heading's level one deeper for each collapsible panel it is in: a year's accordion
    ("<h2 class=accordion-header>Año 2023</h2>") inside an item's panel opened by the same
    markup ("<h2 class=accordion-header>10.16 Contratos…</h2>") is a part of that item."""
    for ancestor in el.iterancestors():
        marks = ancestor.get("class")
        if marks and "collapse" in marks and _COLLAPSE_PANEL.search(marks):
            level += 1
    return min(level, 6)


def _icon_label(el: lxml.etree._Element, text: str) -> str:
    """A link's words when its text does not open with a letter or digit: its text if it holds
    one, else, for an icon ("⇩", "»", a picture), the name it gives assistive technology
    (``aria-label``, ``title``) or its picture's alt text."""
    if any(ch.isalnum() for ch in text):
        return text
    return _clean(el.get("aria-label")) or _clean(el.get("title")) or _img_alt(el) or text


def _toggles_a_panel(label: lxml.etree._Element) -> bool:
    """A CSS-only tab's or accordion's title: the label of the radio button or check box just
    before it (``<input type="radio" id="tab8"><label for="tab8">Numeral 8 …</label>``), whose
    ``:checked`` state shows the panel; not a choice of a form."""
    toggle = label.getprevious()
    return (
        toggle is not None
        and toggle.tag == "input"
        and _toggle(toggle)
        and bool(label.get("for"))
        and toggle.get("id") == label.get("for")
        and next(label.iterancestors("form"), None) is None
    )


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


def _all_bold(el: lxml.etree._Element) -> bool:
    """Whether ``el``'s text, short as a title is and not a sentence, is all the text of one
    bold element in it."""
    text = _short_text(el, 200)
    if not 0 < len(text) <= 160:
        return False
    words = text.split()
    if (
        text.endswith(".")
        and len(words) >= MIN_SENTENCE_WORDS
        and not any(word.endswith(".") for word in words[:-1])
        and not _ITEM_LINE.match(text)
    ):
        # A sentence in bold ("La Municipalidad no cuenta con fideicomisos."): a statement
        # under the heading before it, not a title. Titles end without a period, or with an
        # abbreviation's ("Inf. mensuales de ejec. presup.").
        return False
    return any(_short_text(bold, 200) == text for bold in el.iter("b", "strong"))


def _bold_law(el: lxml.etree._Element) -> bool:
    """Whether ``el``'s text is all one bold element's and restates a numeral's legal text."""
    bolds = list(el.iter("b", "strong"))
    if not bolds:
        return False
    text = _short_text(el, MAX_LAW_TITLE)
    if not MIN_LAW_TITLE <= len(text) < MAX_LAW_TITLE:
        return False
    if not any(_short_text(bold, MAX_LAW_TITLE) == text for bold in bolds):
        return False
    return restates_law(fold(text))


MIN_LAW_TITLE = 40  # characters: shorter bold lines are read by ``_all_bold``
MAX_LAW_TITLE = 600  # longer is a paragraph, never a title (as ``catalog._match``)
MIN_SENTENCE_WORDS = 5  # a bold line this long ending with a period is a statement
MAX_CAPTION = 160  # characters: a longer table caption with no bold title is a paragraph
MAX_NOTICE_WORDS = 4  # a content picture's alt text up to this long is read as its text
# Equal links shared between the pages of one crawl, keyed by their fields in order.
LinkFields = tuple[str, str, bool, int, str]
LinkCache = dict[LinkFields, Link]


def shared_link(cache: LinkCache, fields: LinkFields) -> Link:
    """The link of ``fields`` in ``cache``, made and kept there the first time (links are
    immutable: a menu repeated on every page of a crawl is one set of objects)."""
    link = cache.get(fields)
    if link is None:
        link = cache[fields] = Link(*fields)
    return link


def parse_page(
    url: str,
    status: int,
    body: bytes,
    content_type: str | None = None,
    shared: LinkCache | None = None,
) -> Page:
    """Parse ``body`` into a Page; unparseable bytes give a Page with no blocks, never an error.

    ``shared``: a crawl's links, so that a menu repeated on every page is one set of objects
    (links are immutable), not built again for each page."""
    page = Page(url=url, status=status)
    text = decode_html(body, content_type).replace("\x00", "")
    if text.lstrip().startswith("<?xml"):
        text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return page
    root = _build_tree(text)
    if root is None:
        return page
    if _TAB_MARK.search(text):
        _label_tab_panes(root)
    # Each rewrite below is asked for by a mark found at C speed (a tag, a page's style, the
    # head's first lines): a search of the whole text costs ~25 µs a page, each.
    if any(_toggle(el) for el in root.iter("input")):
        _label_css_tabs(root)  # radio buttons or check boxes: maybe CSS-only tabs
    if any("et_pb_tabs_controls" in (ul.get("class") or "") for ul in root.iter("ul")):
        _label_divi_tabs(root)
    if _FILTER_MARK.search(text):
        _group_filtered(root)
    if PDF2HTML_MARK in text[:PDF2HTML_HEAD]:
        restore_pdf2html(root)
    if next(root.iter("figcaption"), None) is not None:
        _caption_tables_first(root)
    base = url
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = _join(url, base_el.get("href", "")) or url
    title_el = root.find(".//title")
    page.title = _clean(_text(title_el)) if title_el is not None else ""

    blocks = [Block(heading="", level=0)]
    links: list[Link] = []
    seen_links: set[tuple[str, str, int]] = set()
    known: LinkCache = {} if shared is None else shared
    joined: dict[str, str | None] = {}
    template_depth = 0
    content_depth = 0
    heading_el: lxml.etree._Element | None = None
    template_stack: list[lxml.etree._Element] = []
    # Open <details> of the content: a <summary> of one nested in another heads a part of it
    # (a numeral's accordion holding one per year), not the next section.
    details_stack: list[lxml.etree._Element] = []
    branches: list[lxml.etree._Element] = []  # tree nodes whose label opened a line block
    # Answers per element, keyed by the element itself: a key holds its proxy, so lxml never hands
    # the same id() to another element (an id of a freed proxy is reused; a table had taken
    # another's answer).
    headed: dict[Element, bool] = {}  # tables with a header row
    records: dict[Element, bool] = {}  # definition lists and tables of one record's fields
    filed: dict[Element, bool] = {}  # records one of whose fields links documents
    columns: dict[Element, tuple[str, ...]] = {}  # what each column of a table holds
    # The number an <ol> shows before each of its items, by list: the last one shown.
    shown: dict[Element, int] = {}
    line_blocks = 0
    forms: list[tuple[int, list[tuple[str, str]]]] = []  # query forms' submissions, by block
    cards: dict[Element, tuple[str, str]] = {}  # clickable cards' links, added at their end

    def resolve(href: str) -> str | None:
        """The absolute address of ``href`` (``_join``), once per page."""
        if href in joined:
            return joined[href]
        target = joined[href] = _join(base, href)
        return target

    def record_viewed(el: lxml.etree._Element, label: str) -> None:
        """The documents a viewer plugin's attributes on ``el`` name (``compliance.viewers``)."""
        for address in marked_addresses(el.attrib):
            target = resolve(address)
            if target is not None and is_document(target):
                add_link(address, label)

    def add_link(href: str | None, label: str, context: str = "", at: int | None = None) -> None:
        """Record a link found in the block being read (``at``: in that block instead)."""
        if href is None or len(links) >= MAX_LINKS:
            return
        target = resolve(href)
        if target is None:
            return
        in_template = template_depth > 0
        block = -1 if in_template else len(blocks) - 1 if at is None else at
        # Once per block: a widget of the site's featured files before the item's own list
        # links the item's document too, and the list's link is the item's.
        key = (target, label, block)
        if key in seen_links:
            return
        seen_links.add(key)
        index = len(links)
        links.append(shared_link(known, (target, label, in_template, block, context)))
        if not in_template:
            blocks[block].links.append(index)

    def open_card(el: lxml.etree._Element, address: str, label: str) -> None:
        """A link a script opens when ``el`` is clicked; a card titled by a heading inside it
        ("<div class="card" data-href=…><h5>3. Directorio…</h5>") links from that heading's
        block, known once the card is read."""
        if titled_card(el):
            cards[el] = (address, label)
        else:
            add_link(address, label)

    def titled_card(el: lxml.etree._Element) -> bool:
        return (
            el.tag in _CARD_TAGS
            and template_depth == 0
            and next(el.iter(*_HEADING_TAGS), None) is not None
        )

    def record_link(el: lxml.etree._Element) -> None:
        if len(links) >= MAX_LINKS:
            return
        tag = el.tag
        if tag == "a" or tag == "area":
            href = el.get("href")
            if not href or (
                href.lstrip()[:11].lower().startswith(_NOT_LINKS) and not is_route(href.lstrip())
            ):
                # Checked before the label is built: most template anchors are "#". A button
                # "javascript:void(0)" may open its address from a click handler, or a
                # "javascript:" address name it ("Javascript: enviar(1001,'…','/doc.pdf')").
                if template_depth == 0 and _loads_more(el):
                    # "Ver más documentos": the rest of the list comes from a script.
                    blocks[-1].loads_more = True
                    return
                clicked = _clicked(el) or _scripted(href) or _data_address(el)
                if clicked:
                    add_link(clicked, _short_text(el) or _clean(el.get("title")))
                elif viewer_marked:
                    # A lightbox's or flipbook's button: "<a href="javascript:;" data-src=…>".
                    record_viewed(el, _short_text(el) or _clean(el.get("title")))
                return
            label = _short_text(el)
            if not (label and label[0].isalnum()):
                label = _icon_label(el, label)
            context = ""
            if template_depth == 0 and len(label) <= SHORT_LABEL:
                # The row, line or figure (a gallery's caption) the link stands in.
                for around in el.iterancestors("tr", "li", "figure"):
                    context = _short_text(around, 300)
                    break
            add_link(href, label, context)
        elif tag in ("iframe", "embed", "frame"):
            add_link(el.get("src"), _clean(el.get("title")))
            if viewer_marked:
                record_viewed(el, _clean(el.get("title")))  # a lazy frame's "data-src"
        elif tag == "object":
            add_link(el.get("data"), _clean(el.get("title")))
        elif tag == "button" and _loads_more(el):
            if template_depth == 0:
                blocks[-1].loads_more = True
        elif clickable and _click_handler(el):
            clicked = _clicked(el) or _data_address(el)
            if clicked:
                open_card(el, clicked, _short_text(el))
        elif data_linked and tag in _DATA_LINKED and (address := _data_address(el)):
            open_card(el, address, _short_text(el) or _clean(el.get("value")))
        elif tag == "button" and (address := _data_document(el)):
            # "<button data-archivo="/files/01/organigrama.pdf">Ver documento</button>"
            add_link(address, _short_text(el))
        elif viewer_marked and tag != "img":
            # A flipbook ("<div class="_df_book" source=…>"), a PDF embedder's viewer.
            record_viewed(el, _short_text(el) or _clean(el.get("title")))

    # Most pages have no ``onclick`` handler: their template regions need not each be searched
    # for one (80 µs a 60 KB page). Attribute names are ASCII in every encoding but UTF-16/32,
    # whose bytes hold NULs.
    lowered = body.lower()
    wide = b"\x00" in body  # UTF-16/32: nothing can be ruled out by its bytes
    # "click" stands in every handler's name (onclick, Vue's @click, ng-click): one search.
    clickable = wide or b"click" in lowered
    # Most pages have no element a script opens by a data attribute either; nor one a viewer
    # plugin (a flipbook, a PDF embedder, a lightbox) shows a file by. Each search of a 60 KB
    # page costs ~45 µs: most pages are ruled out by one for "data-" and dFlip's "_df_".
    data_marked = wide or b"data-" in lowered
    data_linked = data_marked and (
        wide or any(f"{name}=".encode() in lowered for name in _DATA_ATTRIBUTES)
    )
    viewer_marked = wide or b"_df_" in lowered
    if data_marked and not viewer_marked:
        viewer_marked = any(mark in lowered for mark in VIEWER_MARKS)
    scripts = fetched(root, body)  # what the page's own scripts load into it
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    walked = 0
    for event, el in walker:
        walked += 1
        if walked > MAX_EVENTS:
            # A page this large is hostile or a data dump; what was read is judged.
            page.truncated = True
            break
        tag = el.tag
        if not isinstance(tag, str):  # entities and the like: only the tail counts
            tail = el.tail
            ends = event == "end" and template_depth == 0 and heading_el is None
            if ends and tail and not tail.isspace():
                blocks[-1].text_parts.append(tail)
            continue
        if event == "start":
            if tag in _SKIP:
                if tag == "script" and template_depth == 0:
                    for target in scripts.by_script.get(el, ()) if scripts is not None else ():
                        add_link(target, "")
                    if el.text and not el.get("src"):
                        # A flipbook's options: "window.option_df_12 = {"source": …}".
                        for address in script_addresses(el.text):
                            viewed = resolve(address)
                            if viewed is not None and is_document(viewed):
                                add_link(address, "")
                elif tag == "select" and template_depth == 0:
                    jumps = _jump_menu(el, base)
                    for target, label in jumps:
                        add_link(target, label)
                    if not jumps and unsent_choice(el):
                        blocks[-1].unsent_choices += 1
                elif tag == "noscript" and template_depth == 0:
                    # A script-free visitor's list (the documents of a jump menu): the monitor is
                    # one. Its links only: its text and images are trackers' and notices.
                    for anchor in el.iter("a"):
                        record_link(anchor)
                if tag == "head":
                    if scripts is not None:
                        for script in el.iter("script"):
                            for target in scripts.by_script.get(script, ()):
                                add_link(target, "")  # a splash page's redirecting script
                    for meta in el.iter("meta"):
                        if (meta.get("http-equiv") or "").lower() == "refresh":
                            found = _REFRESH_URL.search(meta.get("content") or "")
                            if found:
                                add_link(found.group(1).strip(), "")
                walker.skip_subtree()
                continue
            if tag in _CONTENT_TAGS:
                content_depth += 1
            if _hidden_on_desktop(el):
                # A phone's copy of the content ("d-md-none", "hidden-md hidden-lg",
                # "elementor-hidden-desktop"): not what a desktop browser shows, and a copy that
                # may lag behind ("Próximamente" over the desktop's documents). Skipped whole.
                template_depth += 1
                template_stack.append(el)
                walker.skip_subtree()
                continue
            if _is_template(el, content_depth > 0):
                # Template regions (menus, footers, sidebars) only give links: collect them in
                # C-level iterations and skip the subtree, the walk's most expensive part.
                template_depth += 1
                template_stack.append(el)
                for inner in el.iter(*_LINK_TAGS):
                    record_link(inner)
                if clickable:
                    for inner in el.xpath(".//*[@onclick]"):
                        record_link(inner)
                walker.skip_subtree()
                continue
            if tag == "details":
                details_stack.append(el)
            if template_depth == 0 and heading_el is None:
                level = _heading_level(el)
                if tag == "dt" and _lists_fields(el, records):
                    level = None  # a record's field label ("Nombre", "Teléfono"), not a title
                if tag == "summary" and len(details_stack) > 1:
                    level = _HEADINGS["summary"] + len(details_stack) - 1
                elif level is not None and tag in _REAL_HEADINGS:
                    level = _in_panels(el, level)
                if level is not None:
                    heading = _short_text(el)
                    if heading:
                        heading_el = el
                        pseudo = tag not in _REAL_HEADINGS
                        blocks.append(
                            Block(
                                heading=heading[:500],
                                level=level,
                                pseudo=pseudo,
                                linked=_is_one_link(el, heading),
                            )
                        )
                        if level == 1 and not page.h1:
                            page.h1 = heading[:500]
            # Every item of an ordered list counts, whether or not it can be a line.
            number = _list_number(el, shown) if tag == "li" else None
            if template_depth == 0 and heading_el is None and line_blocks < MAX_LINE_HEADINGS:
                line, branch = _line_heading(el, number, columns)
                if line and tag == "tr" and _tabulates_fields(el, records) and not _figured(line):
                    # A record's field ("Organización | Asociación …"), not an item; a field
                    # naming a numeral by its number ("Artículo | Numeral 8", a CKAN dataset's
                    # extra) still does.
                    line = ""
                if line:
                    line_blocks += 1
                    blocks.append(
                        Block(heading=line[:500], level=LINE_LEVEL, pseudo=True, line=True)
                    )
                    if branch:
                        branches.append(el)
            record_link(el)
            if scripts is not None and template_depth == 0:
                for target in scripts.by_target.pop(el.get("id") or "", ()):
                    add_link(target, "")  # "Cargando...": what a script loads here
            if template_depth == 0:
                if tag == "form":
                    queries = form_queries(el, base, _join)
                    if len(queries) == 1 and is_document(queries[0][0]):
                        # A download button in a form of its own ("<form action=informe.pdf>
                        # <button>Informe 2026</button>"): no filter, a link to the file.
                        add_link(*queries[0])
                    elif queries:
                        forms.append((len(blocks) - 1, queries))
                elif tag == "tr":
                    # Past a few hundred rows the count says nothing more; stop paying for it.
                    if blocks[-1].rows < MAX_ROWS and _is_data_row(el, base, headed):
                        blocks[-1].rows += 1
                        label = _field_label(el)
                        if label:
                            blocks[-1].fields.append(label)
                elif tag == "dd" and _lists_fields(el, records):
                    # "Nombre: Édgar Ajú" in a record's definition list is a "label | value" row;
                    # a note about it ("Observaciones: …") is its text, not a field of data.
                    previous = el.getprevious()
                    label = _short_text(previous, 80) if previous is not None else ""
                    if (
                        blocks[-1].rows < MAX_ROWS
                        and not _NOTE_LABEL.match(label)
                        and not _files_documents(el, base, filed)
                    ):
                        blocks[-1].rows += 1
                        blocks[-1].fields.append(label)
                elif tag == "img" and not _is_icon(el) and not _faces_a_link(el, base):
                    alt = " ".join((el.get("alt") or "").split())
                    source = el.get("src")
                    if source and _dated_scan(source, alt):
                        # A scanned report shown in the page, not linked ("nomina-octubre-
                        # 2026.jpeg", alt "Nómina octubre 2026"): a document, checked and
                        # dated as a linked scan is.
                        add_link(source, alt)
                        continue
                    if _in_gallery(el):
                        continue  # a photo gallery's or slider's pictures: the site's news
                    blocks[-1].images += 1
                    if alt and len(alt.split()) <= MAX_NOTICE_WORDS:
                        # A picture saying something short ("Próximamente", "Sitio en
                        # construcción", "No aplica") says it as text would.
                        blocks[-1].text_parts.append(alt)
                if heading_el is None and el.text and not el.text.isspace():
                    # Whitespace between tags reads as nothing: a comment dropped from the
                    # page ("<!-- revised … -->") leaves the same text.
                    blocks[-1].text_parts.append(el.text)
        else:
            if cards and el in cards:
                add_link(*cards.pop(el))
            if el is heading_el:
                heading_el = None
            if template_stack and template_stack[-1] is el:
                template_stack.pop()
                template_depth -= 1
            if details_stack and details_stack[-1] is el:
                details_stack.pop()
            if tag in _CONTENT_TAGS:
                content_depth -= 1
            if tag == "table" and template_depth == 0 and blocks[-1].line:
                # What follows a table of items belongs to the section around the table.
                blocks.append(Block(heading="", level=LINE_LEVEL))
            elif branches and branches[-1] is el:
                branches.pop()  # the branch ends with its node: what follows is not its content
                blocks.append(Block(heading="", level=LINE_LEVEL))
            tail = el.tail
            if template_depth == 0 and heading_el is None and tail and not tail.isspace():
                blocks[-1].text_parts.append(tail)
    # A page whose documents are behind a query form ("Seleccione el año y el mes",
    # "Consultar"): the form's submissions are what its links would be. A page listing its
    # documents or records (a view with exposed filters) already shows what its form filters.
    listed = sum(1 for link in links if not link.in_template)
    for block, queries in forms:
        if not blocks[block].links and listed <= MAX_LINKS_BESIDE_FORM:
            for target, label in queries:
                add_link(target, label, at=block)
    for b in blocks:
        if any("{" in part for part in b.text_parts):
            # A disabled Joomla plugin's tag, printed as it was typed ("{pdf=images/informe.pdf
            # |100%|600}", "{google_docs}…{/google_docs}", "{loadposition x}"): no words of
            # anyone's, and no document a citizen can open.
            b.text_parts = [_PLUGIN_TAG.sub(" ", part) for part in b.text_parts]
    page.blocks = [
        b
        for b in blocks
        if b.heading or b.text or b.links or b.rows or b.images or b.unsent_choices or b.loads_more
    ]
    # Block indexes of links shift when empty blocks are dropped; recompute them.
    if len(page.blocks) != len(blocks):
        remap = {id(b): i for i, b in enumerate(page.blocks)}
        new_index = [remap.get(id(b), -1) for b in blocks]
        links = [_moved(link, _shift(new_index, link.block), known) for link in links]
    page.links = links
    return page


def _jump_menu(select: lxml.etree._Element, base: str) -> list[tuple[str, str]]:
    """``(address, label)`` of each choice of a jump menu: a ``<select>`` whose choice opens its
    value ("Año: 2026 / 2025 ...", ``onchange="window.location.href = this.value"``), or whose
    choices are documents opened by a button beside it (Dreamweaver's "Ir", a "Ver" button's
    ``window.open(…value)``); none for a form's field."""
    scripted = bool(_JUMP.search(select.get("onchange") or ""))
    choices = []
    for option in select.iter("option"):
        value = (option.get("value") or "").strip()
        if not value or not ("/" in value or "." in value or value.startswith("?")):
            continue
        if scripted or is_document(_join(base, value) or ""):
            choices.append((value, _short_text(option)))
    return choices


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
    elif len(_short_text(caption, MAX_CAPTION + 1)) <= MAX_CAPTION:
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


def _toggle(el: lxml.etree._Element) -> bool:
    """Whether an ``<input>`` is a radio button or a check box."""
    return (el.get("type") or "").lower() in ("radio", "checkbox")


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
        label = _short_text(control) or _clean(control.get("title"))
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
    for section in reversed(sections):
        anchor.addnext(section)


# A filterable grid's buttons (MixItUp's and Isotope's "data-filter", Shuffle.js's "data-group").
_FILTER_MARK = re.compile("data-(?:filter|group)")
_CLASS_SELECTOR = re.compile(r"\.[A-Za-z_][\w-]*")


_DIVI_TAB = re.compile(r"et_pb_tab_\d+")
# A style showing an element when a radio button or check box is checked: (its id, the shown's).
_CHECKED_SHOWS = re.compile(r"#([\w-]+):checked\s*[~+][^{},]*?#([\w-]+)\s*[{,]")


def _title_pane(control: lxml.etree._Element, pane: lxml.etree._Element | None) -> None:
    """Put tab ``control``'s label at the top of ``pane`` (see ``_label_tab_panes``)."""
    label = _short_text(control)
    if pane is None or not label or pane is control or control in pane.iterancestors():
        return
    first = next(iter(pane), None)
    # A pane opening with a heading of its own, not a year's ("INFORMACIÓN AÑO 2024": a folder
    # of the item the tab names).
    titled = (
        first is not None
        and not (pane.text or "").strip()
        and _heading_level(first) is not None
        and bool(_short_text(first))
        and not is_year_heading(_short_text(first))
    )
    if not titled:
        title = lxml.etree.Element("div", {"class": "tab-title"})
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


def _list_number(item: lxml.etree._Element, shown: dict[Element, int]) -> int | None:
    """The number an ordered list shows before ``item`` (``<li value>``, the list's ``start``, the
    items before it), or None outside an ``<ol>``. ``shown``: the last number of each list."""
    parent = item.getparent()
    if parent is None or parent.tag != "ol":
        return None
    key = parent
    value = (item.get("value") or "").strip()
    if value.isdigit():
        number = int(value)
    elif key in shown:
        number = shown[key] + 1
    else:
        start = (parent.get("start") or "").strip()
        number = int(start) if start.isdigit() else 1
    shown[key] = number
    return number


def _line_heading(
    el: lxml.etree._Element,
    number: int | None = None,
    columns: dict[Element, tuple[str, ...]] | None = None,
) -> tuple[str, bool]:
    """The item name a table row, list line, paragraph or printed shortcode opens with, or "";
    and whether the line is a tree node whose branch ends with it (``_labels_a_branch``).

    ``number``: what an ordered list shows before the line ("5. Plan Operativo Anual").
    ``columns``: the tables already asked what their columns hold (``_column_roles``)."""
    tag = el.tag
    if tag == "tr":
        return _row_heading(el, {} if columns is None else columns), False
    if tag not in ("li", "p", "div"):
        return "", False
    if tag == "div" and len(el) > 0:
        return "", False  # a container: its children are read on their own
    # Checked on the leading text first: most paragraphs and list items name nothing, and
    # reading each one whole would cost a walk of its subtree.
    lead = _lead(el)
    if not lead:
        return "", False
    shown = ""
    if not (lead[0] == "[" or _ITEM_LINE.match(lead[:80])):
        if tag == "li" and _labels_a_branch(el):
            label = _LEAD_IN.sub("", _first_line(el, 300))
            # A year's or month's folder ("2026", "Octubre") is a part of its item, not one.
            return ("", False) if archive_period(label, "")[0] else (label, True)
        # A bare label in an ordered list: what a reader sees is its number before it.
        if number is None or not _ITEM_LINE.match(f"{number}. {lead[:80]}"):
            return "", False
        shown = f"{number}. "
    text = shown + _LEAD_IN.sub("", _first_line(el, 300))
    code = _SHORTCODE_TITLE.search(text)
    if code:
        return code.group(1).strip(), False
    if _ITEM_LINE.match(text):
        return text[:300], False
    return "", False


def _row_heading(row: lxml.etree._Element, columns: dict[Element, tuple[str, ...]]) -> str:
    """The item name a table row opens with, or "".

    "8 | Informes mensuales ... | documents": the number and the name; "28 | 29 | Otra
    información" (a row counter, then the numeral): the last number and the name. The name is
    the cell's first line: a second one is its state ("<br>No aplica"). A table of several
    articles ("Artículo | Numeral | Descripción", "Art. 12 | 4 | …", a bare "12" under an
    "Artículo" header) names the row's article first: "Artículo 12 Numeral 4 …"."""
    cells = [c for c in row if c.tag in ("td", "th")]
    if len(cells) < 2 or not any(c.tag == "td" for c in cells):
        return ""
    roles = _column_roles(row, columns)
    # Cells spanning rows from above (a numeral's rowspan) leave a row short on its left.
    shift = max(0, len(roles) - len(cells))
    article = counted = ""
    filed = False  # a cell before named its file
    for position, cell in enumerate(cells[:4]):
        text = _first_line(cell, 200)
        role = roles[position + shift] if position + shift < len(roles) else ""
        numeral = _NUMERAL_CELL.fullmatch(text)
        if filed and not (_ITEM_LINE.match(text) or next(cell.iter("a"), None) is not None):
            return ""  # "Contratos 1 | 2026 | 04/03/2026": the file's year and day, no item
        if role == "article" and text.isdigit() and len(text) <= 3:
            article = f"Artículo {text}"
        elif role == "article" or (not article and article_badge(text) is not None):
            article = text
        elif numeral is not None:
            counted = text  # "8", or "Numeral 8" in a column of its own
        elif not (article or counted) and _names_its_file(cell, text):
            # "Contratos 1 | 2026 | 04/03/2026": a cell naming its file names no item (a
            # documents table inside an item's cell); the row's item, if any, is in the next
            # ("Numeral 22 Diciembre 2026 | 10.22 Listado de Compras Directas | 06/01/2027").
            filed = True
        else:
            return " ".join(f"{article} {_numeral_shown(counted, article)} {text}".split())
    return " ".join(f"{article} {_numeral_shown(counted, article)}".split())


def _names_its_file(cell: lxml.etree._Element, text: str) -> bool:
    """Whether ``cell``'s first line is one link to a document and names no numeral."""
    anchor = next(cell.iter("a"), None)
    if anchor is None or not is_document(anchor.get("href") or ""):
        return False
    return _short_text(anchor, 200) == text and not _ITEM_LINE.match(text)


def _numeral_shown(counted: str, article: str) -> str:
    """A row's numeral cell as its heading says it: "8" after an article is "Numeral 8"."""
    return f"Numeral {counted}" if article and counted.isdigit() else counted


def _column_roles(row: Element, known: dict[Element, tuple[str, ...]]) -> tuple[str, ...]:
    """What each column of the table holding ``row`` holds, by its header cell: "article"
    ("Artículo", "Art."), or "" (anything else); () for a table without a header row."""
    table = next(row.iterancestors("table"), None)
    if table is None:
        return ()
    roles = known.get(table)
    if roles is None:
        header = next((r for r in table.iter("tr") if r.find("th") is not None), None)
        cells = [] if header is None else [c for c in header if c.tag in ("td", "th")]
        roles = tuple(
            "article" if _ARTICLE_HEADER.fullmatch(_short_text(c, 40).strip()) else ""
            for c in cells
        )
        known[table] = roles
    return roles


_NUMERAL_CELL = re.compile(r"(?:(?:numeral|num\.?|inciso)\s*)?\d{1,2}", re.IGNORECASE)
_ARTICLE_HEADER = re.compile(r"(?:art[íi]culos?|art\.?|arto\.?)", re.IGNORECASE)


def _is_one_link(heading: lxml.etree._Element, text: str) -> bool:
    """Whether a heading's whole text is the text of the one link it holds."""
    anchors = heading.findall(".//a")
    return len(anchors) == 1 and _short_text(anchors[0]) == text


def _labels_a_branch(li: lxml.etree._Element) -> bool:
    """Whether a list line is a node of a tree: a label that opens no page of its own (plain
    words, or a toggle "#" / script link) above a nested list, its content ("<li><a href="#">
    Programas de subsidios</a><ul><li>…pdf</li></ul></li>"). A line led by a link to a page is
    a menu entry, judged through that page. Only the tree's first level: deeper nodes are the
    parts of an item."""
    if not any(child.tag in ("ul", "ol") for child in li):
        return False
    if any(True for _ in li.iterancestors("li")):
        return False  # a branch of a branch: the item's years, months, groups
    first = li[0] if len(li) > 0 and not (li.text or "").strip() else None
    if first is not None and first.tag in ("ul", "ol"):
        return False  # no label before the branch: a list set inside the one above
    if first is None or first.tag != "a":
        return True
    href = (first.get("href") or "").lstrip()
    return not href or href[:11].lower().startswith(_NOT_LINKS)


def _clicked(el: lxml.etree._Element) -> str | None:
    """The address ``el``'s click handler opens, if it names one: ``onclick``, or a
    framework's handler in a template the browser compiles (Vue's ``@click`` / ``v-on:click``,
    AngularJS's ``ng-click``: "ir('/transparencia/numeral/1/')")."""
    return _scripted(_click_handler(el))


def _click_handler(el: lxml.etree._Element) -> str | None:
    for name in _CLICK_ATTRIBUTES:
        handler: str | None = el.get(name)
        if handler:
            return handler
    return None


_CLICK_ATTRIBUTES = ("onclick", "@click", "v-on:click", "ng-click")
# Clickable containers that may be cards titled by a heading inside them.
_CARD_TAGS = frozenset({"div", "article", "section", "li"})
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A control loading more of a list by script (the renderer presses it: ``render.PRESS_MORE``).
LOAD_MORE = re.compile(
    r"^(?:cargar|ver|mostrar) m[aá]s(?: (?:documentos|archivos|resultados|publicaciones|"
    r"registros|elementos))?\W*$|^(?:load|show) more\W*$",
    re.I,
)


# Elements a site's script opens an address from by a data attribute (a clickable table row
# ``<tr data-href="…">``, ``<button data-url="…">``, a tab ``<a href="#" data-url="…">``).
_DATA_LINKED = frozenset({"tr", "li", "div", "button", "input", "span", "td", "article"})
_DATA_ATTRIBUTES = ("data-href", "data-url", "data-link")


def _data_address(el: lxml.etree._Element) -> str | None:
    """The address a data attribute of ``el`` holds for a script to open."""
    for name in _DATA_ATTRIBUTES:
        value: str | None = el.get(name)
        if value and not value.lstrip().startswith(_NOT_LINKS):
            return value
    return None


def _loads_more(el: lxml.etree._Element) -> bool:
    """Whether a control's words say it loads more of a list ("Ver más documentos")."""
    return LOAD_MORE.match(_short_text(el, 40)) is not None


def _data_document(el: lxml.etree._Element) -> str | None:
    """The document a data attribute of ``el`` names, whatever the attribute's name."""
    for name, value in el.attrib.items():
        address = str(value).strip()
        if str(name).startswith("data-") and address and is_document(address):
            return address
    return None


def _scripted(script: str | None) -> str | None:
    """The address a script ("onclick", a "javascript:" link) opens, if it names one."""
    found = _ONCLICK_URL.search(script or "")
    return (found.group(1) or found.group(2)) if found else None


# What a line may open with before its words: a bullet, an arrow, a folder's "+" toggle.
_LEAD_IN = re.compile(r"^[^\w\[]+")


def _lead(el: lxml.etree._Element) -> str:
    """The first words a line shows: its own text, else its first child's (a link, a bold
    label), else what follows that child when it shows no word (an icon, a "+" toggle)."""
    texts = [el.text]
    if len(el) > 0 and isinstance(el[0].tag, str):
        texts += [el[0].text, el[0].tail]
    for text in texts:
        lead = _LEAD_IN.sub("", text or "").strip()
        if lead:
            return lead
    if len(el) > 0:
        # Deeper: Word's HTML numbers a list line inside nested spans after a conditional
        # comment ("<p><![if !supportLists]><span><span>16.</span></span><![endif]>…").
        return _LEAD_IN.sub("", _short_text(el, 80))
    return ""


def _shift(new_index: list[int], block: int) -> int:
    return new_index[block] if block >= 0 else -1


def _moved(link: Link, block: int, known: LinkCache) -> Link:
    """``link`` in block ``block`` (itself when it is already there)."""
    if block == link.block:
        return link
    return shared_link(known, (link.url, link.text, link.in_template, block, link.context))


def _is_data_row(row: lxml.etree._Element, base: str, headed: dict[Element, bool]) -> bool:
    """A table row with text in a data cell that is not just a link to a document.

    A row of one cell is a record only in a table with a header ("Mes | Octubre 2026"), and
    only if that cell does not span the table's columns (a message, a group's title); in a
    table without one it is the page's layout (an old site's table of title, text and "Volver"
    rows; Joomla 1.0's ``contentpaneopen``). ``headed``: tables already asked about."""
    texts = {c: _clean(_text(c)) for c in row if c.tag in ("td", "th")}
    cells = [c for c, text in texts.items() if text]
    if not any(c.tag == "td" for c in cells):
        return False
    if len(cells) == 1 and not _has_header(row, headed):
        return False
    if len(cells) == 1 and _spans_columns(cells[0]):
        # A message across the whole table ("Sin datos", DataTables' "Ningún dato disponible
        # en esta tabla") or a group's title ("2026"), not a record.
        return False
    if _first_row(row) and all(_all_bold(cell) for cell in cells):
        # A header row drawn with bold cells, as Word and Excel write one ("Documento | Fecha
        # de publicación" in <td><b>…</b></td>), not a record.
        return False
    if any(_FILE_SIZE.search(text) for text in texts.values()):
        return False  # "Subsidios 1 | 1,2 MB | 15/03/20": a file's row, whatever its address
    opened = _data_address(row)  # a clickable row: "<tr data-href=…>"
    if opened is not None and is_document(_join(base, opened) or ""):
        return False
    for anchor in row.iter("a", "button", "input"):
        if anchor.tag == "a":
            href = anchor.get("href") or ""
            if href.lstrip()[:11].lower().startswith(_NOT_LINKS):
                href = _clicked(anchor) or _scripted(href) or _data_address(anchor) or ""
        else:
            # A button opening the file ("<button data-url=…>Descargar</button>",
            # "<input type=button onclick="window.open('…')" value="Ver">").
            href = _clicked(anchor) or _data_address(anchor) or ""
        target = _join(base, href) if href else None
        if target is not None and is_document(target):
            return False  # a row listing a document: the document is the content
        label = _short_text(anchor, 40) or _clean(anchor.get("value"))
        if names_a_download(label):
            # "… | Descargar" to "Handler.ashx?id=1768" or a postback: the row is a file's.
            return False
        if _DETAIL_LABEL.match(label):
            # "Compra 1 | 05/03/2026 | Ver detalle »": the record is on the page it opens,
            # judged there; the row only lists it.
            return False
        if target is not None and archive_period(_short_text(anchor, 60), target)[0]:
            return False  # a folder of a DOCman-style listing ("2026 | Carpeta")
        if _PARENT_LABEL.match(label) or (target is not None and _subfolder(base, target)):
            # A server's folder listing: its way up ("Parent Directory | | - |") and its
            # folders ("NUMERAL 8 - EJECUCION/ | 2026-11-30 14:02 | - |") are places, not data.
            return False
    # "4 | Informe Octubre 2026 | Pendiente | --": a period not yet published, not a record.
    return not any(says_pending(text) for text in texts.values() if len(text) < MAX_PENDING_CELL)


MAX_PENDING_CELL = 40  # "Fecha de publicación: Pendiente" and shorter
# A folder listing's link to the folder above (Apache, IIS, LiteSpeed, Spanish translations).
_PARENT_LABEL = re.compile(
    r"^(?:parent directory|\[?to parent directory\]?|directorio (?:padre|superior|anterior)|"
    r"carpeta (?:padre|superior|anterior)|\.\./?)$",
    re.I,
)


def _subfolder(base: str, target: str) -> bool:
    """Whether ``target`` is a folder below the page's own (a listing's "2026/")."""
    folder, path = urlsplit(base).path, urlsplit(target).path
    if not folder.endswith("/"):
        folder = folder.rsplit("/", 1)[0] + "/"
    return path.endswith("/") and len(path) > len(folder) and path.startswith(folder)


def _spans_columns(cell: lxml.etree._Element) -> bool:
    """Whether a table cell spans several columns (``colspan`` 2 or more)."""
    span = (cell.get("colspan") or "").strip()
    return span.isdigit() and int(span) >= 2


def _files_documents(item: lxml.etree._Element, base: str, filed: dict[Element, bool]) -> bool:
    """Whether the record holding ``item`` has a field linking documents ("Documentos: <ul>
    <li><a href=…pdf>…"): a card describing those files (their description, their date), whose
    fields are no data of their own; the files are its content. ``filed``: records asked about."""
    record = item.getparent()
    if record is None:
        return False
    known = filed.get(record)
    if known is None:
        known = filed[record] = any(
            is_document(_join(base, anchor.get("href") or "") or "")
            for value in record
            if value.tag == "dd"
            for anchor in value.iter("a")
        )
    return known


def _lists_fields(item: lxml.etree._Element, records: dict[Element, bool]) -> bool:
    """Whether the ``<dl>`` holding ``item`` (a ``<dt>`` or ``<dd>``) is one record's fields, as a
    detail page prints a purchase, a trip or an employee: three or more short labels without
    figures ("Nombre", "Puesto", "Monto (Q)"), each followed by its value, links under one of
    them at most. A list of items ("<dt>Organigrama</dt><dd>documents</dd>…") is not; an item's
    own card of fields (Numeral, Descripción, Periodicidad) is, and its labels, printed on every
    card, are the site's (the judge's template fields). ``records``: the lists already asked
    about."""
    dl = item.getparent()
    if dl is None or dl.tag != "dl":
        return False
    known = records.get(dl)
    if known is None:
        labels = [child for child in dl if child.tag == "dt"]
        values = [child for child in dl if child.tag == "dd"]
        known = (
            len(labels) >= MIN_RECORD_FIELDS
            and len(values) == len(labels)
            and all(_names_a_field(_short_text(label, 80)) for label in labels)
            # A record's links, if any, are one field's ("Enlace al archivo", an e-mail); a
            # list of items links something under most of its labels.
            and sum(1 for value in values if value.find(".//a") is not None) <= 1
        )
        records[dl] = known
    return known


def _tabulates_fields(row: lxml.etree._Element, records: dict[Element, bool]) -> bool:
    """Whether the table holding ``row`` is one record's fields, as a detail page prints them:
    three or more rows of a short label without figures and its value, no header row, links in
    one row at most (the ``<dl>`` of ``_lists_fields``, as a table). ``records``: the tables
    already asked about."""
    table = next(row.iterancestors("table"), None)
    if table is None:
        return False
    known = records.get(table)
    if known is None:
        rows = [[c for c in r if c.tag in ("td", "th")] for r in table.iter("tr")]
        known = (
            len(rows) >= MIN_RECORD_FIELDS
            and all(len(cells) == 2 for cells in rows)
            # Left as they were: tables with a header row ("Campo | Valor", CKAN's extras).
            and not any(all(c.tag == "th" for c in cells) for cells in rows)
            and all(_names_a_field(_short_text(cells[0], 80)) for cells in rows)
            and sum(1 for cells in rows if cells[1].find(".//a") is not None) <= 1
        )
        records[table] = known
    return known


def _names_a_field(label: str) -> bool:
    """A record's field label: a few words without figures ("Punto de acta de aprobación")."""
    return 0 < len(label.split()) <= MAX_FIELD_LABEL_WORDS and not _figured(label)


def _figured(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _first_row(row: lxml.etree._Element) -> bool:
    """Whether ``row`` is its table's first (of its ``<thead>``, ``<tbody>`` or the table)."""
    before = row.getprevious()
    while before is not None and before.tag != "tr":
        before = before.getprevious()
    if before is not None:
        return False
    parent = row.getparent()
    if parent is None or parent.tag == "table":
        return True
    # In a <tbody>: the first only when no <thead> (or earlier body) holds rows before it.
    above = parent.getprevious()
    return above is None or above.tag in ("caption", "colgroup")


def _has_header(row: lxml.etree._Element, headed: dict[Element, bool]) -> bool:
    """Whether the table holding ``row`` has a header cell (``<th>``); asked once a table."""
    table = next(row.iterancestors("table"), None)
    if table is None:
        return False
    known = headed.get(table)
    if known is None:
        known = headed[table] = table.find(".//th") is not None
    return known


def _field_label(row: lxml.etree._Element) -> str:
    """The label of a two-cell row ("Filesize | 245 KB"), or ""."""
    cells = [cell for cell in row if cell.tag in ("td", "th")]
    return _short_text(cells[0], 80) if len(cells) == 2 else ""


@functools.lru_cache(maxsize=65536)
def is_scan(url: str) -> bool:
    """Whether a URL names a picture file that, linked from a page's content (not shown on it),
    is a document: a scanned report ("Estructura-Organica.jpg"), checked like one."""
    return url_extension(url) in _SCAN_EXTENSIONS


def url_extension(url: str) -> str:
    """The extension of the file a URL's path names, lower case (".pdf"), or ""."""
    return splitext(unquote(urlsplit(url).path).lower())[1]


@functools.lru_cache(maxsize=65536)
def names_a_download(text: str) -> bool:
    """Whether a link's words only say it fetches a file ("Descargar", "Ver archivo", "Ver
    PDF"): they name no item, not even numeral 26's "archivo"."""
    return _DOWNLOAD_LABEL.match(text.strip()) is not None


def is_document(url: str) -> bool:
    """Whether a URL names a downloadable document: by its extension, or a download link.

    Joomla/Phoca ("?download=12:informe"), WordPress plugins ("/download/123/") and many CMSs
    serve files from URLs without an extension; those are checked like documents too.
    """
    parts = urlsplit(url)
    path = unquote(parts.path).lower()
    if splitext(path)[1] in DOCUMENT_EXTENSIONS:
        return True
    if (
        _DOWNLOAD_QUERY.search(parts.query)
        or DOWNLOAD_PATH.search(path)
        or LIFERAY_FILE.match(path)
    ):
        return True
    return queried_file(url) is not None


@functools.lru_cache(maxsize=65536)
def queried_file(url: str) -> str | None:
    """The file a script's address names in its query ("descargar.php?archivo=Informe.pdf":
    "informe.pdf", lower case), or None: the script should answer that file."""
    query = urlsplit(url).query
    if "." not in query:
        return None
    for _name, value in parse_qsl(query):
        name = basename(value.strip().lower())
        if splitext(name)[1] in DOCUMENT_EXTENSIONS:
            return name
    return None


def _img_alt(el: lxml.etree._Element) -> str:
    for img in el.iter("img"):
        alt = _clean(img.get("alt")) or _clean(img.get("title"))
        if alt:
            return alt
    return ""


# What a scanned report is called ("Informe…", "Nómina…", "Ejercicio fiscal 2026"), unlike a
# photo ("Sesión del concejo 2026", "Inauguración del mercado").
_REPORT_WORDS = re.compile(
    r"\b(?:informe|reporte|nomina|listado|acta|constancia|resolucion|presupuesto|ejecucion|"
    r"ejercicio|estados? financieros?|inventario|contrato|convenio|oficio|declaracion|manual|"
    r"reglamento|acuerdo|plan|memoria|liquidacion|hoja)s?\b"
)


def _dated_scan(source: str, alt: str) -> bool:
    """Whether a picture shown in the content is a scanned document: a scan's file type, and in
    its name or alternative text a month ("mes de octubre 2026"), or a year with a report's
    name ("informe … 2024"). A photo of an event names neither, or a day (a camera's)."""
    if not is_scan(source):
        return False
    name = splitext(basename(unquote(urlsplit(source).path)))[0]
    named = f"{alt} {name.replace('-', ' ').replace('_', ' ')}"
    precisions = {found.precision for found in find_dates(named, bare_years=True)}
    if "month" in precisions:
        return True
    return "year" in precisions and _REPORT_WORDS.search(fold(named)) is not None


def _faces_a_link(el: lxml.etree._Element, base: str) -> bool:
    """Whether an image is the face of a link to a document, a page or a picture (a PDF's
    first-page thumbnail, WordPress's "informe-pdf-232x300.jpg", a category's folder picture, a
    gallery's thumbnail of the full scan): what it leads to is the content, judged there (a
    linked picture is checked like a scanned document)."""
    for anchor in el.iterancestors("a"):
        if _join(base, anchor.get("href") or "") is not None:
            return True
        # A lightbox's or flipbook's thumbnail ("<a href="javascript:;" data-src="….pdf">").
        return bool(marked_addresses(anchor.attrib) or _data_address(anchor) or _clicked(anchor))
    return False


# Where a site's software keeps the images of its own interface ("/media/com_phocadownload/
# images/up.png", a theme's or a plugin's, a file browser's "/_h5ai/public/images/…"): never a
# picture the municipality published.
_INTERFACE_IMAGE = re.compile(
    r"/(?:media/com_|components/com_|modules/mod_|wp-content/(?:plugins|themes)/|wp-includes/"
    r"|_h5ai/)",
    re.I,
)


def _is_icon(el: lxml.etree._Element) -> bool:
    """Whether an image is decoration, not content: small by its attributes, an icon by its file
    ("/file-type-icons/pdf.svg", "icono-descarga.png", ".../type/application/pdf", sized by CSS)
    or named after a file type (alt "pdf")."""
    for attr in ("width", "height"):
        value = (el.get(attr) or "").removesuffix("px")
        if value.isdigit() and int(value) < 48:
            return True
    source = (el.get("src") or "").lower()
    if "icon" in source or "/type/application/" in source or _INTERFACE_IMAGE.search(source):
        # "icons/", "icono-descarga"; a file list's type icon named by its media type (Google
        # Drive's ".../16/type/application/pdf")
        return True
    alt = _clean(el.get("alt"))
    if alt.lower().lstrip(".") in _FILE_TYPES:
        return True
    # A picture of an item's name ("numeral-17.svg", alt "Numeral 17" or none): its title drawn
    # in a page builder's image box or over its page, not a picture the body published.
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _TITLE_PICTURE.fullmatch(stem) is not None and (
        not alt or _TITLE_PICTURE.fullmatch(alt) is not None
    )


_TITLE_PICTURE = re.compile(
    r"(?:art(?:[íi]culo)?[\s_.-]*10[\s_.-]*)?(?:numeral|inciso|num)[\s_.-]*\d{1,2}", re.I
)


def _join(base: str, href: str) -> str | None:
    """Absolute http(s) URL of ``href`` without its fragment and session ids
    (``net.canonical``), read as a browser reads it (``_browser_href``); a ``file:`` address
    (a document linked on the author's computer); None for other schemes.

    Menus repeat the same links on every page of a portal, and joining costs more than the rest
    of a link: answers are cached, keyed on the part of ``base`` the answer depends on. An
    ``href`` that starts with ``/`` (or names its own scheme) takes only the base's scheme and
    host, so one entry serves every page of the portal.
    """
    href = href.strip()
    if href[1:2] == ":" or _REPAIRED.search(href):
        href = _browser_href(href)
    return _join_cached(_origin(base) if _site_wide(href) else base, href)


# What a browser repairs in an address (WHATWG URL): tabs and line breaks are dropped anywhere,
# and in an http(s) or file address a backslash is a slash, up to the query.
_REPAIRED = re.compile(r"[\\\t\n\r]")
# A Windows path pasted as a link: "C:\Users\UIP\informe.pdf", "D:/UIP/informe.pdf".
_DRIVE_PATH = re.compile(r"^[A-Za-z]:[\\/]")


def _browser_href(href: str) -> str:
    """``href`` as a browser requests it: without tabs and line breaks, backslashes before the
    query made slashes ("images\\2026\\informe.pdf" is "images/2026/informe.pdf", and a share's
    "\\\\SERVIDOR\\…" a host "SERVIDOR"), and a drive path the ``file:`` address it is."""
    href = href.replace("\t", "").replace("\n", "").replace("\r", "")
    path, mark, rest = href.partition("?") if "?" in href else href.partition("#")
    path = path.replace("\\", "/")
    if _DRIVE_PATH.match(path):
        path = "file:///" + path
    return path + mark + rest


def _site_wide(href: str) -> bool:
    """Whether joining ``href`` takes only the base's scheme and host (``urljoin`` takes the
    path from ``href``): ``/path``, or ``//host``, ``http(s)://host`` with a host. Not ``//``
    alone, nor ``http:x``: those are relative to the base's path."""
    if href.startswith(("//", "http://", "https://")):
        rest = href.partition("//")[2]
        return bool(rest) and rest[0] not in "/?#"
    return href.startswith("/")


@functools.lru_cache(maxsize=1024)
def _origin(base: str) -> str:
    """``scheme://host/`` of ``base``: the same joins as ``base`` for a site-wide href."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return base
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else base


@functools.lru_cache(maxsize=16384)
def _join_cached(base: str, href: str) -> str | None:
    return _join_uncached(base, href)


def _join_uncached(base: str, href: str) -> str | None:
    """``_join`` without the cache (``href`` already stripped)."""
    if not href or (href.startswith(_NOT_LINKS) and not is_route(href)):
        return None
    try:
        joined, fragment = urldefrag(urljoin(base, href))
        absolute = without_session(joined)
        parts = urlsplit(absolute)
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        return None
    if parts.scheme == "file":
        return absolute  # on a computer or a share: never requested, a file no citizen opens
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if fragment and is_route("#" + fragment):
        return f"{absolute}#{fragment}"  # a view of a single-page app ("#/numeral/8")
    shown = viewed_file(absolute)
    if shown is not None and not shown.startswith(_NOT_LINKS) and shown != href:
        # A viewer's page (pdf.js's "…/web/viewer.html?file=/images/informe.pdf", Google's
        # "docs.google.com/viewer?url=…"): what it shows is the file.
        return _join_uncached(absolute, shown) or absolute
    return absolute


# A view of a single-page app addressed by its fragment: Vue's and React's hash router
# ("#/transparencia/numeral/8"), AngularJS's hashbang ("#!/numeral/8").
_ROUTE = re.compile(r"#!?/[^/\s]")


def is_route(href: str) -> bool:
    """Whether ``href`` (or its fragment) addresses a single-page app's view."""
    return _ROUTE.match(href) is not None
