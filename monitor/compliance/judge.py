"""The judge: catalogue x crawled pages -> one verdict per entry, with the evidence.

Where an entry can be published (its *locations*):

* a page whose h1, title or URL slug names it (laip.gt's ``/index.php/08-ejecucion``);
* a heading naming it, with the blocks under it (WordPress pages listing every item inline);
* a table row, list line, paragraph or printed page-builder shortcode naming it (``Block.line``:
  matched strictly, since a list number is not a numeral), with what follows until the next one;
* a link naming it ("Numeral 8", "8. Informes mensuales...", a menu item, a bare "28" in a menu
  of numerals): judged by its target, archive folders below it read without using up depth;
* documents named for it ("Numeral 8 Octubre 2026.pdf"), wherever they are listed.

Content is documents, data rows and text of the portal's own: sentences resembling the law
(the catalogue's legal text and wording) and printed shortcodes are not; on another office's page
(the Unidad de Información Pública's "Misión") only explicit numeral references name items.
Dates named by the content come first, then permalink dates, then Last-Modified. Matching work
is bounded per page (MAX_PAGE_LINKS) and similarity matching per portal (MAX_FUZZY_MATCHES).

Each location is judged on its own and the best verdict wins (ok > outdated > not_applicable >
empty > broken > unknown): an item published properly in one place is published. Links and
text that sit in the site template (menus, headers, footers, or repeated on most pages) are how a
citizen navigates, never content. News pages are never locations: an article mentioning
"presupuesto" does not publish the budget. An entry found nowhere is ``missing`` only when the
whole portal was read; otherwise it is ``unknown`` and the reason says why.

Judging is ``analyse`` (what the content says of each entry, whatever the day: the costly part,
kept between crawls by ``compliance.analysis``) then ``settle`` (the verdicts on a day: which
date is the newest plausible one, and whether it is current). Pages are read in a fixed order
(``_reading_order``), so the same content is judged the same whatever order the crawl met it in.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from posixpath import basename, splitext
from urllib.parse import unquote, urlsplit

from monitor.compliance.addresses import (
    FILE_EXTENSIONS,
    is_document,
    names_a_download,
    queried_file,
)
from monitor.compliance.analysis import (
    FAILED_ON_THE_SERVER,
    MORE_BY_SCRIPT,
    SAYS_NOT_FOUND,
    SENT_HOME,
    STOPPED_BY_AN_ERROR,
    Analysis,
    Candidate,
    Evidence,
    Found,
    Place,
    busy_reason,
    content_key,
    dump_analyses,
    load_analyses,
)
from monitor.compliance.bodies import learn_bodies, names_own_body
from monitor.compliance.catalog import (
    Catalog,
    CatalogEntry,
    Match,
    article_badge,
    leading_article,
    numeral_reference,
)
from monitor.compliance.crawl import CrawlOutcome
from monitor.compliance.dates import (
    FoundDate,
    archive_period,
    document_dates,
    find_dates,
    finest,
    is_current,
    is_year_heading,
    names_a_period,
    newest,
    without_posting_days,
)
from monitor.compliance.declarations import (
    WIDGET_TEXT,
    edit_stamps,
    lists_nothing,
    publication_notes,
    request_guidance,
    says_empty,
    says_not_applicable,
    says_pending,
    says_withdrawn,
    statements_of_none,
)
from monitor.compliance.elements import ITEM_LINE, NAMED_NUMERAL, NUMERAL_REFERENCE
from monitor.compliance.hosts import elsewhere, hosted_file
from monitor.compliance.memo import LastAnalysis
from monitor.compliance.page import Block, Link, Page
from monitor.compliance.result import SectionVerdict
from monitor.compliance.server_text import (
    Failure,
    parts_without_diagnostics,
    server_failure,
    stops_the_page,
    without_diagnostics,
)
from monitor.compliance.status import Status, is_minor, names_site_list
from monitor.compliance.text import fold, tokens
from monitor.net.errors import BUSY_STATUSES
from monitor.net.scope import Scope, private_place

log = logging.getLogger(__name__)

_PRIORITY: dict[Status, int] = {
    "ok": 0,
    "outdated": 1,
    "not_applicable": 2,
    "empty": 3,
    "broken": 4,
    "unknown": 5,
    "missing": 6,
}
_TITLE_SPLIT = re.compile(r"\s+[-|–—:»]+\s+|\s*\|\s*")
MIN_SHARING_ITEMS = 2  # other items' pages linking a listing: it is none's own
MIN_SITE_NAME = 12  # characters: a home page titled "Inicio" names no site
MIN_TITLE_SHARERS = 3  # pages whose titles end alike: that end is the site's name
MIN_BODY_NAME = 3  # characters of a shared title end besides an office's name ("INGUAT")
ARTICLE = 10  # the article whose items the catalogue lists
_NUMBER = re.compile(r"\b\d+\b")
# A date written in figures ("06/01/2027", "6-1-27") is when, not a figure of the item's own.
_NUMERIC_DATE = re.compile(r"\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b")
_FILE_TYPE = "|".join(sorted(extension.lstrip(".") for extension in FILE_EXTENSIONS))
# What a download widget prints about each file ("1 archivo(s)", "685Kb", "(19,7 MB)"): facts
# about the files, not words or figures of the item's own.
_DOWNLOAD_FACTS = re.compile(
    r"\b\d+\s*(?:archivos?|files?)(?:\s*\(s\))?|\b\d+(?:[.,]\d+)*\s*(?:[kmg]i?b|bytes?)\b"
    # A file's name printed beside its link ("informe-enero-2026.pdf · 876 KB"), or its type
    # ("(JPG, 206 KB)", "PDF"): the document's.
    rf"|[^\s/]+\.(?:{_FILE_TYPE})\b|\b(?:{_FILE_TYPE})\b",
    re.I,
)
# How many cells either side of a "Pendiente" cell are its row's (``_without_pending``).
PENDING_REACH = 2
# Words without which no sentence is a publication note (``publication_notes``).
_NOTE_HINT = re.compile(r"public|genera|actualiz|descarg|\bsub|\bcarga|legal")
_SHORTCODE = re.compile(r"\[/?\s*[a-z_][a-z_-]*[^\[\]]{0,300}\]")
# An item's number as a label prints it ("Numeral 8" on a card, "Art. 10"): no figure of its data.
_ITEM_NUMBER = re.compile(
    rf"\b(?:{NUMERAL_REFERENCE}|(?:art[íi]culo|arto?\.?)\s*\d{{1,3}}\b)", re.I
)
# Words of its own (not the law's, not the catalogue's) that make a section's text content: a
# 30-word Visión has about ten; "En proceso de actualización" none.
MIN_CONTENT_WORDS = 8
# The reason for an item whose place holds only a gate (``Evidence.gated``).
GATED = "its content is behind a password or a log-in (a protected page or a locked download)"
# A page PHP stopped with a fatal error (``Judge._cut_pages``) has it among its last blocks.
MAX_CUT_BLOCKS = 3
# The words a block must hold to be read for a server's error (most hold none).
_FAILURE_WORDS = ("error", "sqlstate", "mysql", "base de datos", "doesn't exist")
# Words of legal drafting: a numeral page that only restates the law (laip.gt pages show the
# numeral's text as their body) holds no information of its own.
_LEGAL_TEXT = """
    sujeto sujetos obligado obligados obligada deberan debera debe deben mantener actualizada
    disponible momento acuerdo funciones disposicion interesado minimo siguiente consultada
    manera directa traves portales electronicos incluyendo cualquier otra otro otras otros
    correspondiente correspondientes respectivo respectivos respectiva conforme caso forma dicha
    dicho mismas mismo misma asi tal tales ley decreto articulo numeral inciso congreso
    republica guatemala vigente establecido establecida relacionada relacionado referente
    concepto perciban perciba laboran labora cargo cargos economica economico naturaleza
    total parcial parcialmente nombre numero detalle identificando indicando contenga contener
    """
LEGAL_WORDS = frozenset(tokens(_LEGAL_TEXT))
MAX_CHILDREN = 30
MAX_ARCHIVE_HOPS = 8
# Links of one page considered as item locations or item content; a page with thousands of
# labelled links is a sitemap or hostile, and its first links are its menu and index anyway.
MAX_PAGE_LINKS = 600
MAX_FUZZY_MATCHES = 5_000  # label matches per portal that may use similarity (rapidfuzz)
MAX_BLOCK_TEXT = 100_000  # characters of one block worth reading for words and dates
TEMPLATE_TEXT_PAGES = 8  # pages printing one piece of text or field label: the site's own
MIN_STAMPED_SECTIONS = 4  # sections of a page printing one day before it is the page's stamp


@dataclass(frozen=True)
class _Reading:
    """What one block says, whichever item it is judged for."""

    empty_marker: bool
    empty_listing: bool
    not_applicable: bool
    none_held: bool  # it states the body has none of an item's object (statements_of_none)
    words: int  # words of the portal's own (not the law's, the catalogue's or the heading's)
    numbers: int  # numbers other than years in those words
    dates: tuple[FoundDate, ...]  # named in its text, but not on most pages of the site
    # Days it says its page was edited (``declarations.edit_stamps``), and the days of a block
    # that lists documents ("Fecha de publicación: 05/01/2027"): when a file was put up, which
    # yields to the period the files name, as an edit does.
    edits: tuple[FoundDate, ...] = ()
    # Words of its own that only tell how to request what is not published
    # (``declarations.request_guidance``): no Article 10 item's information.
    guidance_words: int = 0
    # It says what it names is pending ("Pendiente") and links nothing: a card or line of a
    # period not yet published, whose heading dates nothing either.
    pending: bool = False
    # A server's error printed where content should be (``server_text.server_failure``).
    failure: Failure | None = None


@dataclass(frozen=True)
class _PageLocation:
    page: Page
    label: str
    post: bool = False  # a news post or communiqué naming the item: read only if nothing else is


@dataclass(frozen=True)
class _HeadingLocation:
    page: Page
    index: int
    post: bool = False  # a line of a news feed's post: read only if nothing else is


@dataclass(frozen=True)
class _LinkLocation:
    url: str
    label: str
    in_template: bool


@dataclass(frozen=True)
class _DocumentsLocation:
    docs: dict[str, tuple[str, str]]  # url -> (its label, the row or line it stands in)
    more: bool = False  # listed where a script loads more of the list ("Ver más documentos")


_Location = _PageLocation | _HeadingLocation | _LinkLocation | _DocumentsLocation


class _Judge:
    def __init__(self, catalog: Catalog, outcome: CrawlOutcome) -> None:
        self.catalog = catalog
        self.outcome = outcome
        self.pages = _reading_order(outcome)  # each page once
        self._site_lists: dict[int, frozenset[int]] = {}
        counts: Counter[str] = Counter()
        documents: dict[str, bool] = {}
        for page in self.pages:
            # A widget of the site's newest or featured files on every page ("Descargas
            # destacadas", a sidebar's, a ticker's) links an item's own documents everywhere:
            # that makes them no menu.
            widget_links = {i for b in self._site_list_blocks(page) for i in page.blocks[b].links}
            urls: set[str] = set()
            for i, link in enumerate(page.links):
                if i in widget_links:
                    continue
                url = link.url
                if link.in_template:
                    document = documents.get(url)
                    if document is None:
                        document = documents[url] = self._is_document(url)
                    if document:
                        continue
                urls.add(url)
            counts.update(urls)
        threshold = max(3, len(self.pages) // 2) if len(self.pages) >= 4 else 10**9
        self.frequent = {url for url, n in counts.items() if n >= threshold}
        # A date printed on most pages ("Hoy es 24 de noviembre de 2026", "Sitio actualizado el
        # ...") dates the site, not an item.
        dated: Counter[FoundDate] = Counter()
        for page in self.pages:
            dated.update(set(page.dates))
        self.template_dates = {date for date, n in dated.items() if n >= threshold}
        # A piece of text printed on most pages, whatever its figures ("Se recomienda hacer uso
        # de los filtros…", "Vigente", "Creación: 26/03/2020" under every file of a document
        # system), is the site's, not an item's own words.
        # So is a field whose label is on most pages ("Unidad responsable: …", "Validación: 24
        # Noviembre 2026", "Periodo de actualización: mensual"): a record's metadata.
        printed: Counter[str] = Counter()
        for page in self.pages:
            printed.update(
                {key for block in page.blocks for part in block.text_parts for key in _keys(part)}
            )
        # A page type's template (every dataset page's "Autor", "Mantenedor") is on fewer than
        # half of a site's pages when other types outnumber it: a few pages are enough.
        repeated = min(threshold, TEMPLATE_TEXT_PAGES)
        self.template_text = {part for part, n in printed.items() if n >= repeated}
        self.candidates: dict[str, list[_Location]] = {}
        known: set[str] = set(LEGAL_WORDS)
        for item in catalog.entries:
            known |= item.vocabulary
        self.known_words = frozenset(known)
        self.off_scope_mentions: dict[str, str] = {}
        self.scope = Scope(outcome.start_url, outcome.scope_hosts)
        self._foreign_pages: dict[str, bool] = {}
        self._numbered_pages: dict[str, frozenset[str]] = {}
        self.work = 0  # label matches asked for (bounded: see MAX_FUZZY_MATCHES, MAX_PAGE_LINKS)
        self._headings: dict[int, dict[int, tuple[str, ...]]] = {}
        self._readings: dict[tuple[int, int], _Reading] = {}
        # Per page (by id), the links whose files it says were withdrawn (``_withdrawn_links``).
        self._withdrawals: dict[int, frozenset[int]] = {}
        self._dates: dict[tuple[int, int], tuple[FoundDate, ...]] = {}
        self._page_stamps: dict[int, frozenset[FoundDate]] = {}
        self._named: dict[int, dict[str, int]] = {}
        self._naming: dict[int, dict[str, set[str]]] = {}
        self._page_entries: dict[str, tuple[Match, str] | None] = {}
        self._error_pages: dict[int, bool] = {}
        self._other_articles: dict[int, frozenset[int]] = {}
        home = outcome.pages.get(outcome.resolve(outcome.start_url))
        self.bodies = learn_bodies(
            (
                (
                    urlsplit(page.url).path,
                    (
                        page.h1,
                        page.title.split(" - ")[0],
                        *(b.heading for b in page.blocks if not b.line),
                    ),
                )
                for page in self.pages
            ),
            (home.title, home.h1) if home is not None else (),
        )
        # The portal's own names, longest first (its title may hold its h1): its home page's,
        # and the end its pages' titles share ("… - Unidad de Información Pública - INGUAT")
        # when it names more than the office ("… - Unidad de Información Pública" alone is the
        # office's page on a site named otherwise).
        names = {fold(home.title), fold(home.h1)} if home is not None else set()
        names.update(
            end
            for end in _shared_title_ends(page.title for page in self.pages)
            if len(catalog.without_foreign_units(end)) >= MIN_BODY_NAME
        )
        self._site_names = sorted(
            (name for name in names if len(name) >= MIN_SITE_NAME), key=len, reverse=True
        )
        self._index()

    # -- finding locations -------------------------------------------------------------------

    def _note(self, entry_id: str, where: _Location) -> None:
        self.candidates.setdefault(entry_id, []).append(where)

    def _index(self) -> None:
        documents: dict[str, dict[str, tuple[str, str]]] = {}
        more: set[str] = set()  # entries some of whose documents a script lists more of
        link_targets: set[tuple[str, str]] = set()
        seen_links: set[tuple[str, str, str, bool]] = set()
        folder_owners = self._folder_owners()
        for page in self.pages:
            if _is_side_page(page.url):
                self._note_posts(page)
                continue
            others = self._other_article_blocks(page)
            if len(others) == len(page.blocks) and others:
                continue  # a page of another article ("Artículo 12 Numeral 5 - …")
            heading_entries = self._heading_entries(page)
            owners = self._owners(page)
            if len({e for ids in heading_entries.values() for e in ids}) < 2:
                found = self._page_entry(page)
                if found is not None:
                    named, label = found
                    for entry_id in named.ids:
                        self._note(entry_id, _PageLocation(page, label))
                elif not heading_entries and self._attaches_a_document(page):
                    # A post on a page of its own (an Instagram post's copy, "/p/<code>/")
                    # whose words name the item it attaches a file for.
                    posted = self._posted_entry(page)
                    if posted is not None:
                        self._note(posted[0], _PageLocation(page, posted[1], post=True))
            for index, ids in heading_entries.items():
                for entry_id in ids:
                    self._note(entry_id, _HeadingLocation(page, index))
            numbers = _numeral_menu(page)
            for link in _bounded_links(page):
                if link.block in others and not link.in_template:
                    continue  # another article's numeral and its documents
                name = link.text
                if name in numbers:
                    name = f"Numeral {name}"  # "28" in a menu of numerals
                if self._is_document(link.url):
                    if (
                        link.in_template
                        or link.url in self.frequent
                        or id(link) in self._withdrawn_links(page)
                    ):
                        continue
                    match = self._match(name) if name else None
                    if match is None and link.context:
                        # "Descargar" in a row naming the item: the row says whose file it is,
                        # as a reader reads it, before the file's name does.
                        match = self._match(link.context)
                    if match is None:
                        match = self._match(_file_label(link.url))
                    owner = owners.get(link.block) or folder_owners.get(page.url)
                    if match is not None and owner is not None and not any(map(match.names, owner)):
                        continue  # listed under another item's heading: that item's document
                    if match is not None:
                        label = name or _file_label(link.url)
                        for entry_id in match.ids:
                            documents.setdefault(entry_id, {})[link.url] = (label, link.context)
                            if link.block >= 0 and page.blocks[link.block].loads_more:
                                more.add(entry_id)
                    continue
                # A menu repeats its links on every page: what one of them names, and where it
                # leads, does not depend on the page it is on (documents do: their owners).
                seen = (link.url, name, link.context, link.in_template)
                if seen in seen_links:
                    continue
                seen_links.add(seen)
                match = self._match(name) if name else None
                if match is None and link.context:
                    match = self._match(link.context)  # "Ver" in a row naming the item
                    name = link.context
                if match is None:
                    continue
                if link.url not in self.scope:
                    if not link.in_template and link.url not in self.frequent:
                        host = urlsplit(link.url).hostname or link.url
                        for entry_id in match.ids:
                            self.off_scope_mentions.setdefault(entry_id, host)
                    continue
                for entry_id in match.ids:
                    key = (entry_id, link.url)
                    if key not in link_targets:
                        link_targets.add(key)
                        template = link.in_template or link.url in self.frequent
                        self._note(entry_id, _LinkLocation(link.url, name, template))
        for entry_id, docs in documents.items():
            self._note(entry_id, _DocumentsLocation(docs, entry_id in more))

    def _note_posts(self, page: Page) -> None:
        """Note what a news page publishes, as places read only for items found nowhere else:
        the one item a post names (``_posted_entry``), else each line or heading of a feed
        naming an item by its number ("… informa a la población:<br>Art. 10 Num. 27 …")."""
        posted = self._posted_entry(page)
        if posted is not None:
            self._note(posted[0], _PageLocation(page, posted[1], post=True))
            return
        for index, block in enumerate(page.blocks):
            # Only headings that open with a number or name one are asked (a news page's
            # other headings never spend the portal's share of similarity matching).
            if not (NAMED_NUMERAL.search(block.heading) or ITEM_LINE.match(block.heading)):
                continue
            match = self._block_match(page, block)
            if match is not None and match.by_numeral and len(match.ids) == 1:
                self._note(match.ids[0], _HeadingLocation(page, index, post=True))

    def _posted_entry(self, page: Page) -> tuple[str, str] | None:
        """The one item a news post or communiqué publishes, and its words: the entry whose
        numeral the post's own text names, when it names one only ("Se publica la información
        pública de oficio del Numeral 12, …", "#Numeral12"); None for news naming none, a
        listing of posts naming several, or a post naming no numeral of Article 10."""
        named: dict[str, str] = {}
        for block in page.blocks:
            text = " ".join((block.heading, block.text))
            if NAMED_NUMERAL.search(text) is None:
                continue
            for link_index in block.links:
                link_text = page.links[link_index].text
                if link_text:
                    text = text.replace(link_text, " ", 1)  # other posts' titles
            for found in NAMED_NUMERAL.finditer(text):
                match = self.catalog.match(
                    f"Artículo 10 Numeral {int(found.group(1))}", fuzzy=False
                )
                if match is not None and len(match.ids) == 1:
                    named.setdefault(match.ids[0], _sentence_around(text, found.start()))
                if len(named) > 1:
                    return None
        return next(iter(named.items()), None)

    def _attaches_a_document(self, page: Page) -> bool:
        """Whether ``page``'s content links a document."""
        return any(
            not link.in_template and self._is_document(link.url)
            for link in page.links[:MAX_PAGE_LINKS]
        )

    def _folder_owners(self) -> dict[str, tuple[str, ...]]:
        """``{address: entry ids}`` of the year and month folders that an item's own page opens
        (and their folders in turn): a file there is that item's, whatever its name says
        ("Ejecución Presupuestaria … Diciembre" in "04. DIETAS / 2026" is numeral 4's)."""
        owners: dict[str, tuple[str, ...]] = {}
        for page in self.pages:
            if _is_side_page(page.url):
                continue
            named = owners.get(page.url)
            if named is None:
                found = self._page_entry(page)
                if found is None or len(found[0].ids) != 1:
                    continue
                named = found[0].ids
            for link in page.links[:MAX_PAGE_LINKS]:
                if (
                    not link.in_template
                    and link.url != page.url
                    and link.url not in owners
                    and not self._is_document(link.url)
                    and self._is_archive(link.text, link.url, page)
                ):
                    owners[link.url] = named
        return owners

    def _match(self, text: str, *, line: bool = False) -> Match | None:
        """``catalog.match`` (``match_line`` for running text), with similarity matching only
        while this portal has not spent its share of it: a page of thousands of distinct link
        labels costs bounded work."""
        if names_a_download(text):
            return None  # "Ver archivo" beside a file names no item
        self.work += 1
        fuzzy = self.work <= MAX_FUZZY_MATCHES
        if line:
            return self.catalog.match_line(text, fuzzy=fuzzy)
        return self.catalog.match(text, fuzzy=fuzzy)

    def _block_match(self, page: Page, block: Block) -> Match | None:
        if not block.heading:
            return None
        heading = block.heading
        if block.pseudo and heading in self._numbered_titles(page):
            heading = f"Numeral {heading}"  # "4" among tabs or accordion titles "1" ... "29"
        match = self._match(heading, line=block.line)
        if match is None or match.by_numeral:
            return match
        if self._foreign(page):
            return None  # the information office's own "Misión" is not numeral 5
        if _titles_a_download(page, block):
            # A file's title as a heading ("<h3><a href=/download/…>Ejecución Presupuestaria
            # Egres...</a></h3>" on numeral 9's page): a document of the item around it, whose
            # name may resemble another item's label; the link itself still names its item.
            return None
        return match

    def _other_article_blocks(self, page: Page) -> frozenset[int]:
        """The blocks of ``page`` under another article than Article 10: a ministry's, court's
        or congress's page publishes its own branch's articles (11, 12, 13) and other laws'
        (Decreto 101-97's 17 Ter) beside Article 10, numbered alike ("ARTÍCULO 11: …", then
        "Numeral 2 - Listado de asesores"). A heading naming an article before any numeral
        opens its scope ("Artículo 12", "Artículo 13 · Numeral 2"); a page's heading or title
        opens it for the whole page (or its address: "/decreto-57-2008-art-12/numeral-4"); a
        badge ending a block ("Artículo 13", " Numeral 2" heading the next card) opens it for
        what follows; a heading of its level or above that names no article closes it. List
        and table lines ("Arto. 8. Vinculación…") open none; headings repeated
        on most pages (a sidebar) neither. With them, another body's blocks
        (``_other_body_blocks``) and a site-wide widget's (``_site_list_blocks``): no block of
        the body's Article 10 items either."""
        known = self._other_articles.get(id(page))
        if known is not None:
            return known
        article = None
        for text in (page.h1, page.title, unquote(urlsplit(page.url).path)):
            article = leading_article(text) if text else None
            if article is not None:
                break
        level = 0  # the page's own, or a badge's: closed by nothing but another article
        inside: set[int] = set()
        for index, block in enumerate(page.blocks):
            heading = block.heading
            if block.line:
                # A row or line names its own article ("Art. 12 | 4 | …") or is the scope's.
                own = leading_article(heading)
                if (own if own is not None else article) not in (None, ARTICLE):
                    inside.add(index)
            else:
                # A sidebar's heading on most pages opens and closes nothing.
                if heading and not _templated(heading, self.template_text):
                    named = leading_article(heading)
                    if named is not None and named != article:
                        article, level = named, (block.level if not block.pseudo else 0)
                    elif named is None and not block.pseudo and 0 < block.level <= level:
                        # A heading of the scope's level or above closes it; "Artículo 11
                        # Numeral 2" inside "ARTÍCULO 11" does not.
                        article = None
                if article is not None and article != ARTICLE:
                    inside.add(index)
            for part in block.text_parts[-3:]:
                # A card's header or badge closing this block opens the next one's scope.
                badge = article_badge(part)
                if badge is not None:
                    article, level = badge, 0
        known = frozenset(inside | self._other_body_blocks(page) | self._site_list_blocks(page))
        self._other_articles[id(page)] = known
        return known

    def _site_list_blocks(self, page: Page) -> frozenset[int]:
        """The blocks of ``page`` in a widget listing the whole site's files or posts (headed
        "Últimas descargas", "Documentos relacionados": ``status.names_site_list``), up to a
        heading of the widget's level or above: the site's, never the item's whose page it is."""
        known = self._site_lists.get(id(page))
        if known is not None:
            return known
        inside: set[int] = set()
        level: int | None = None
        for index, block in enumerate(page.blocks):
            titled = bool(block.heading) and not block.line
            if level is not None and titled and block.level <= level:
                level = None
            if level is None and titled and names_site_list(block.heading):
                level = block.level
            if level is not None:
                inside.add(index)
        known = frozenset(inside)
        self._site_lists[id(page)] = known
        return known

    def _other_body_blocks(self, page: Page) -> set[int]:
        """The blocks of ``page`` that are another sujeto obligado's the site hosts (its
        municipal company's, its Juzgado de Asuntos Municipales', its mancomunidad's:
        ``compliance.bodies``): all of them on a page named for that body or under its address,
        else those under a heading naming it, up to a heading of its level or above that does
        not, or one naming the municipality (a tab after the body's)."""
        bodies = self.bodies
        path = urlsplit(page.url).path
        named_by = (page.h1, page.title, unquote(path))
        if bodies.holds(path) or any(bodies.named_in(text) for text in named_by):
            return set(range(len(page.blocks)))
        inside: set[int] = set()
        scope: int | None = None  # the level of the body's heading (0: a tab's)
        for index, block in enumerate(page.blocks):
            heading = block.heading
            if heading and not block.line and not _templated(heading, self.template_text):
                if bodies.named_in(heading):
                    scope = 0 if block.pseudo else block.level
                elif names_own_body(heading) or scope and not block.pseudo and block.level <= scope:
                    scope = None
            if scope is not None:
                inside.add(index)
        return inside

    def _numbered_titles(self, page: Page) -> frozenset[str]:
        """The tab or accordion titles that are bare numbers ("1" ... "29") when the page holds
        eight or more distinct ones, as a strip of Article 10's numerals has."""
        known = self._numbered_pages.get(page.url)
        if known is None:
            known = _numeral_series(block.heading for block in page.blocks if block.pseudo)
            self._numbered_pages[page.url] = known
        return known

    def _foreign(self, page: Page) -> bool:
        """Whether ``page`` is an office's own page (its title or h1 names the Unidad de
        Información Pública). The site's own name does not count: on a portal called
        "Municipalidad de … - Unidad de Información Pública" every title repeats it."""
        known = self._foreign_pages.get(page.url)
        if known is None:
            known = any(
                self.catalog.is_foreign_unit(self._without_site_name(text))
                for text in (page.title, page.h1)
            )
            self._foreign_pages[page.url] = known
        return known

    def _without_site_name(self, text: str) -> str:
        """``text`` (folded) with the portal's own name (its home page's title or h1) taken out."""
        folded = fold(text)
        for name in self._site_names:
            folded = folded.replace(name, " ")
        return folded

    def _heading_entries(self, page: Page) -> dict[int, tuple[str, ...]]:
        """``{block index: entry ids}`` of the headings that name entries (several: "Numerales
        8 y 22").

        Under a heading that names a numeral explicitly ("Numeral 4"), a deeper heading named
        only by a label ("Viáticos", "Dietas") is a sub-item of that numeral, not another entry,
        unless it continues the list in order: it names one of the next two numerals after the
        last item started ("10.18", then bold lines for 19 and 20, then a heading for 21), or a
        numeral the page names nowhere else that comes before the next explicit one ("Dietas"
        under "Numeral 1" when "Numeral 5" follows). Under a page's own title (its <h1> "Art. 10
        Num. 24 …", "25. Organizaciones No Gubernamentales") no list goes on: its "Archivos" is
        the item's files, not numeral 26.
        """
        cached = self._headings.get(id(page))
        if cached is not None:
            return cached
        others = self._other_article_blocks(page)
        headings = [
            (index, block, self._block_match(page, block) if index not in others else None)
            for index, block in enumerate(page.blocks)
            if block.heading and not _facet_option(page, block)
        ]
        explicit = [
            match.entry.numeral
            for _index, _block, match in headings
            if match is not None and match.by_numeral and match.entry.numeral is not None
        ]
        found: dict[int, tuple[str, ...]] = {}
        numeral_level: int | None = None
        current: tuple[int, ...] = ()
        # The numeral named as one by the page's own title ("<h1>Art. 10 Num. 24 …", its
        # number and words like its own): the page is that item's, and no list goes on under
        # it. A category's number ("<h1>4. PLANEACIÓN, PRESUPUESTO E INFORMES") is no such title.
        titled = False
        seen = 0  # explicit numerals met so far: ``explicit[seen]`` is the next one
        for index, block, match in headings:
            if numeral_level is not None and block.level <= numeral_level:
                numeral_level = None
            if match is None:
                continue
            if match.by_numeral:
                found[index] = match.ids
                numeral_level = block.level
                current = _numerals(match)
                titled = (
                    block.level == 1
                    and not block.pseudo
                    and block.heading == page.h1
                    and (
                        numeral_reference(fold(block.heading)) is not None
                        or self.catalog.numbered_like(match.entry, block.heading)
                    )
                )
                seen += match.entry.numeral is not None
            elif (
                numeral_level is None
                or block.pseudo
                or (not titled and _in_order(current, match.entry.numeral, explicit, seen))
            ):
                found[index] = match.ids
                if numeral_level is not None and match.entry.numeral is not None:
                    current = _numerals(match)  # the list goes on in order from here
        _drop_folders(page, found)
        self._headings[id(page)] = found
        return found

    def _names(self, page: Page, entry: CatalogEntry) -> bool:
        """Whether the page's h1, title, slug or one of its headings names ``entry``."""
        found = self._page_entry(page)
        if found is not None and found[0].names(entry.id):
            return True
        return any(entry.id in ids for ids in self._heading_entries(page).values())

    def _page_entry(self, page: Page) -> tuple[Match, str] | None:
        """The item ``page`` is named for, by its heading, address or title, and that name
        (asked once per page: the folder owners and the index both ask)."""
        if page.url in self._page_entries:
            return self._page_entries[page.url]
        found: tuple[Match, str] | None = None
        texts = [page.h1, _slug_label(page.url)]
        texts += [part for part in _TITLE_SPLIT.split(page.title) if part]
        for text in texts:
            if text:
                match = self._match(text)
                if match is not None:
                    found = match, text
                    break
        self._page_entries[page.url] = found
        return found

    def _numbers_another(self, page: Page, entry_id: str) -> bool:
        """Whether ``page`` is named (``_page_entry``), by its number, for another item than
        ``entry_id``: "Art. 10 Num. 15 Subsidios"."""
        named = self._page_entry(page)
        return named is not None and not named[0].names(entry_id) and named[0].by_numeral

    def _named_block(self, page: Page, url: str) -> int | None:
        """The first block of ``page`` holding a link to ``url`` with a text, or None."""
        named = self._named.get(id(page))
        if named is None:
            named = {}
            for link in page.links:
                if link.text and link.block >= 0:
                    named.setdefault(link.url, link.block)
            self._named[id(page)] = named
        return named.get(url)

    @functools.cached_property
    def _download_links(self) -> set[str]:
        """The addresses of the failures that some page links as a file ("Descargar", "Ver
        archivo"): not pages that may hold items."""
        failures = self.outcome.failures
        if not failures:
            return set()
        return {
            link.url
            for page in self.outcome.pages.values()
            for link in page.links
            if link.url in failures and link.text and names_a_download(link.text)
        }

    @functools.cached_property
    def _item_pages_linking(self) -> dict[str, set[str]]:
        """``{address: entry ids}``: the items whose own pages (named for one item) link the
        address in their content."""
        linking: dict[str, set[str]] = {}
        for page in self.pages:
            named = self._page_entry(page)
            if named is None or len(named[0].ids) != 1:
                continue
            for link in page.links[:MAX_PAGE_LINKS]:
                if not link.in_template and link.url not in self.frequent:
                    target = self.outcome.resolve(link.url)
                    linking.setdefault(target, set()).add(named[0].ids[0])
        return linking

    def _shared_listing(self, url: str, entry_id: str) -> bool:
        """Whether the pages of two other items also link ``url`` (a repository's "Examinar
        por fecha de publicación" of every collection, "Ver todos los documentos"): a listing
        of every item's documents, none of which it gives to one item."""
        others = self._item_pages_linking.get(url, set()) - {entry_id}
        return len(others) >= MIN_SHARING_ITEMS

    def _names_another(self, page: Page, url: str, entry_id: str) -> bool:
        """Whether links of ``page`` to ``url`` name items, none of them ``entry_id``: where a
        "Ver información" beside another item's name leads."""
        naming = self._naming.get(id(page))
        if naming is None:
            naming = {}
            for link in page.links[:MAX_PAGE_LINKS]:  # as many as a block's reading takes
                match = self._match(link.text) if link.text else None
                if match is not None:
                    naming.setdefault(link.url, set()).update(match.ids)
            self._naming[id(page)] = naming
        entries = naming.get(url)
        return entries is not None and entry_id not in entries

    def _page_failure(self, url: str, target: str) -> str:
        """Why a link that ended on a page of the portal did not deliver what it promised, or ""
        : a page that only says it found nothing ("El archivo no existe.", "Documento no
        encontrado."), or a script named after a file ("descargar.php?archivo=Informe.pdf")
        that answered a page neither showing nor linking that file."""
        page = self.outcome.pages.get(target)
        if page is None or target in self.outcome.documents:
            return ""
        if self._error_page(page):
            return SAYS_NOT_FOUND
        named = queried_file(url)
        if named is not None and not _shows_file(page, named, url):
            return f"answers a page without {named}"
        return ""

    def _sent_home(self, url: str, target: str) -> bool:
        """Whether ``url`` was redirected to the portal's home page."""
        outcome = self.outcome
        return target != url and target == outcome.resolve(outcome.start_url)

    def _error_page(self, page: Page) -> bool:
        """``_says_not_found``, read once a page."""
        known = self._error_pages.get(id(page))
        if known is None:
            known = self._error_pages[id(page)] = _says_not_found(page)
        return known

    def _is_archive(self, text: str, url: str, page: Page) -> bool:
        context = f"{page.h1} {page.title} {unquote(urlsplit(page.url).path)}"
        return bool(archive_period(text, url, context)[0])

    # -- judging one location ----------------------------------------------------------------

    def _blocks_evidence(
        self,
        entry: CatalogEntry,
        page: Page,
        indexes: list[int],
        depth: int,
        hops: int = 0,
        read: set[int] | None = None,
    ) -> Evidence:
        """What ``page``'s blocks ``indexes`` hold for ``entry``, with the pages below them.

        ``read``: the pages already read for this location (by id): each counts once, and a
        listing whose pages all link each other ("1 2 3 … Siguiente") is read in linear time,
        not once per path through it."""
        read = set() if read is None else read
        read.add(id(page))
        widgets = self._site_list_blocks(page)
        if widgets:
            indexes = [index for index in indexes if index not in widgets] or indexes
        evidence = Evidence()
        words = 0
        numbers = 0
        path, permalink = _split_permalink(unquote(urlsplit(page.url).path))
        dated_text: list[str] = [page.h1, _slug_label(page.url), path]
        if self._item_sections(page):
            # A page of several items ("Art 10 LAIP 2026.htm", "Información pública 2026"):
            # its own name dates none of them; it yields to the periods an item's documents
            # name, as an edit stamp does.
            for text in dated_text:
                evidence.stamp_dates += find_dates(text, bare_years=True)
            dated_text = []
        if permalink:
            evidence.permalink_dates += find_dates(permalink)
        text_dates: list[FoundDate] = []
        children: list[str] = []
        archives: list[str] = []
        for index in indexes:
            block = page.blocks[index]
            reading = self._reading(page, index)
            text_dates += reading.dates
            evidence.stamp_dates += reading.edits
            withdrawn = self._withdrawn_links(page)
            if (
                index != indexes[0]
                and not reading.pending
                and not (
                    block.line
                    and withdrawn
                    and all(id(page.links[link]) in withdrawn for link in block.links)
                )
            ):
                # (A row whose files were withdrawn, "… Diciembre 2026 | ANULADO", dates nothing.)
                dated_text.append(block.heading)
            if not (block.line and index == indexes[0]):
                # The row that names the item is not its data, nor a record's fields.
                evidence.rows += block.rows - self._template_fields(block)
            evidence.images += block.images
            evidence.unsent_choices += block.unsent_choices
            evidence.loads_more = evidence.loads_more or block.loads_more
            evidence.gated = evidence.gated or block.gated
            shown = reading.failure
            if shown is not None and not (shown.stops and index != indexes[0]):
                # PHP's fatal error in a block after the item's own stopped what came next.
                evidence.server_failure = evidence.server_failure or shown.quoted
            if index != indexes[0] and self._declaration_line(page, block):
                # A line set in bold under the item's name ("NO APLICA a esta Municipalidad",
                # a PDF's: ``document_text``) says it as its text would.
                said = fold(block.heading)
                evidence.not_applicable = evidence.not_applicable or says_not_applicable(said)
                evidence.empty_marker = evidence.empty_marker or says_empty(said)
            if reading.empty_marker:
                evidence.empty_marker = True
            if reading.empty_listing:
                evidence.empty_listing = True
            if reading.not_applicable:
                evidence.not_applicable = True
            if reading.none_held:
                evidence.none_held = True
            words += reading.words
            if not entry.is_article10:
                words += reading.guidance_words  # "Solicitudes de información" is about asking
            numbers += reading.numbers
            ceded = False  # after a link to another item's own page, in this block
            for link_index in block.links[:MAX_PAGE_LINKS]:
                link = page.links[link_index]
                if link.url == page.url:
                    continue
                if not link.text and self._named_block(page, link.url) not in (None, index):
                    # A link with nothing to read (a card's icon) to where a link with a name
                    # in another block leads: that block's, the card whose icon it is.
                    continue
                match = self._match(link.text) if link.text else None
                if match is not None and not self._is_document(link.url):
                    # A record naming its item by a link ("Numeral: <a>Inciso 8: Ejecución
                    # presupuestaria</a>", a Drupal view's row), in a block that runs on over
                    # several records: the documents after it are that item's, until a link
                    # naming this one. The menu (on most pages, or in the template) is no record.
                    if match.names(entry.id):
                        ceded = False
                    elif link.url not in self.frequent and not link.in_template:
                        ceded = True
                if ceded and self._is_document(link.url):
                    continue
                if (
                    match is not None
                    and not match.names(entry.id)
                    and (match.by_numeral or not self._is_document(link.url))
                ):
                    # A link to another item ("Numeral 9 »") is not this one's content; a
                    # document in this item's place whose name only resembles another item's
                    # label ("ejecucion-presupuestaria-2026.pdf" on numeral 10's page) is.
                    continue
                if (
                    match is None
                    and not self._is_document(link.url)
                    and self._names_another(page, link.url, entry.id)
                ):
                    # "Ver información" after another item's name, on a line of its own that
                    # reads as this item's block ("Fideicomisos … — Ver información").
                    continue
                if (
                    link.url in self.frequent
                    and (match is None or not block.line)
                    and not (block.line and not link.in_template and self._is_document(link.url))
                ):
                    # A link on most pages is the menu; but the item's own line in an index
                    # ("8. Informes mensuales...") leads to the item even if the menu does too,
                    # and a document on that line is the item's, even one every year's page of
                    # a matrix links again (a trust deed in force since 2022).
                    continue
                if link.url not in self.scope:
                    place = private_place(link.url)
                    if place is not None:
                        # Linked where the author keeps it ("file:///C:/Users/…", a server of
                        # the office's network): a part of the item no citizen can open.
                        evidence.broken_docs += 1
                        evidence.broken_detail = evidence.broken_detail or (
                            f"{_file_name(link.url)}: {place}"
                        )
                        continue
                target = self.outcome.resolve(link.url)
                failed = self._page_failure(link.url, target)
                if (
                    not failed
                    and match is not None
                    and match.names(entry.id)
                    and self._sent_home(link.url, target)
                ):
                    failed = SENT_HOME  # the item's own page, gone: the CMS sends readers home
                if failed:
                    # A file that answers an error sentence or sends the reader back to a page
                    # without it: a part of the item a citizen cannot open.
                    evidence.broken_docs += 1
                    evidence.broken_detail = evidence.broken_detail or (
                        f"{link.text or link.url}: {failed}"
                    )
                    continue
                if target in self.outcome.documents or self._is_document(link.url):
                    if id(link) in self._withdrawn_links(page):
                        continue  # "ANULADO": a file the body took back is not its content
                    # "Presupuesto … Ejercicio Fiscal 2026 [Ver archivo]": the line names it, by
                    # its period or by a day alone ("06 - MANUALES | 12/03/2019 | Descargar").
                    named = link.context if names_a_download(link.text) else ""
                    self._document_evidence(target, named or link.text, evidence)
                elif target in self.outcome.pages:
                    if self._is_archive(link.text, link.url, page) and hops < MAX_ARCHIVE_HOPS:
                        # A year or month folder, a further listing page: the archive's depth
                        # does not count against how far into the item the judge reads.
                        archives.append(target)
                    elif depth > 0:
                        children.append(target)
                elif link.url not in self.scope and (host := elsewhere(link.url)):
                    # A folder, a dashboard, an entity's listing on a national system: what it
                    # holds is read only on its own host.
                    evidence.elsewhere = evidence.elsewhere or host
                elif link.url in self.outcome.failures and link.url not in self.outcome.unvisited:
                    failure = self.outcome.failures[link.url]
                    if failure.status in BUSY_STATUSES:
                        # Too busy to answer, also when asked again: not read.
                        evidence.unchecked_docs += 1
                        evidence.busy_detail = evidence.busy_detail or busy_reason(failure.status)
                    elif failure.off_scope_target is None:
                        # A sub-page that fails is a part of the item a citizen cannot open.
                        evidence.broken_docs += 1
                        evidence.broken_detail = evidence.broken_detail or (
                            f"{link.text or link.url}: {failure.error}"
                        )
                elif link.url in self.outcome.unvisited and (
                    match is not None or not tokens(link.text)
                ):
                    # Not read before the budget ran out: a link naming the item, or one that
                    # names nothing itself ("Descargar", "Ver PDF", an embedded frame, an icon)
                    # and so is a part of it.
                    evidence.unchecked_docs += 1
        evidence.text_content = words >= MIN_CONTENT_WORDS or (numbers >= 3 and words >= 3)
        if _document_link(page.url) and page.url not in self.outcome.documents:
            # A download address that answered a page (a Download Manager package page, a Phoca
            # category): its files count; its rows and text describe them (size, downloads).
            # Not a document read as the page it is (a compendium: ``document_text``).
            evidence.text_content = False
            evidence.rows = 0
        for text in dated_text:
            evidence.named_dates += find_dates(text, bare_years=True)
        evidence.named_dates += text_dates
        for url in list(dict.fromkeys(children))[:MAX_CHILDREN]:
            child = self.outcome.pages.get(self.outcome.resolve(url))
            if child is None or id(child) in read or _is_side_page(child.url):
                continue
            if self._numbers_another(child, entry.id):
                continue  # "Siguiente ›" between two articles: the next one is another item's
            if self._shared_listing(child.url, entry.id):
                continue  # every item's "Examinar por fecha": a listing of all, none's own
            indexes = self._own_part(entry, child)
            if not indexes:
                continue
            sub = self._blocks_evidence(entry, child, indexes, depth - 1, read=read)
            evidence.add(sub)
            # The item's own page, or its own section of a page of several items: what it
            # declares ("No aplica", "Sin información") is said of the item.
            evidence.not_applicable = evidence.not_applicable or sub.not_applicable
            evidence.none_held = evidence.none_held or sub.none_held
            evidence.empty_marker = evidence.empty_marker or sub.empty_marker
            evidence.empty_listing = evidence.empty_listing or sub.empty_listing
        for url in list(dict.fromkeys(archives))[:MAX_CHILDREN]:
            child = self.outcome.pages.get(self.outcome.resolve(url))
            if child is None or id(child) in read or _is_side_page(child.url):
                continue
            indexes = list(range(len(child.blocks)))
            evidence.add(self._blocks_evidence(entry, child, indexes, depth, hops + 1, read))
        return evidence

    def _own_folders(self, pages: list[Page]) -> set[str]:
        """The addresses of the ``pages`` (pages named for one item) that another of them opens
        as a folder of its archive ("2026", "Octubre 2026")."""
        own_pages = {page.url for page in pages}
        folders: set[str] = set()
        if len(own_pages) < 2:
            return folders
        for page in pages:
            for link in page.links:
                if (
                    link.url in own_pages
                    and link.url != page.url
                    and not link.in_template
                    and self._is_archive(link.text, link.url, page)
                ):
                    folders.add(link.url)
        return folders

    def _template_fields(self, block: Block) -> int:
        """How many of ``block``'s rows are fields labelled as on most pages."""
        return sum(1 for label in block.fields if _shape(label) in self.template_text)

    def _own_part(self, entry: CatalogEntry, page: Page) -> list[int]:
        """The blocks of ``page`` that may hold ``entry``'s content: all of them, or, on a page
        of several items (a category page "3. Contratación" whose sections are numerals 10, 11,
        14…), only ``entry``'s own section, if it has one there."""
        sections = self._item_sections(page)
        if not sections:
            return list(range(len(page.blocks)))
        index = sections.get(entry.id)
        return [] if index is None else self._span(page, index, entry.id)

    def _item_sections(self, page: Page) -> dict[str, int]:
        """``{entry id: its first heading's block}`` on a page of several items; {} otherwise
        (a page of one item is that item's as a whole)."""
        sections: dict[str, int] = {}
        blocks = page.blocks
        for index, ids in self._heading_entries(page).items():
            if blocks[index].line and _templated(blocks[index].heading, self.template_text):
                # A list line on most pages (a blog's sidebar "Categorías": "Numeral 13 -
                # Inventario…") is the site's navigation: a post under it is one item's page.
                continue
            for entry_id in ids:
                sections.setdefault(entry_id, index)
        return sections if len(sections) >= 2 else {}

    def _reading(self, page: Page, index: int) -> _Reading:
        """What block ``index`` of ``page`` says, whichever item it is judged for (computed once
        per judge: a block is read for every location and item page that reaches it)."""
        key = (id(page), index)
        known = self._readings.get(key)
        if known is not None:
            return known
        block = page.blocks[index]
        text, failed = _without_server_text(block.text[:MAX_BLOCK_TEXT])
        if failed is not None and failed.stops:
            before = self.catalog.own_text(without_diagnostics(failed.before))
            printed = set(tokens(before)) - set(tokens(block.heading)) - self.known_words
            if printed or says_empty(fold(before)):
                # PHP's fatal error after what the item printed (the next row of a table, cut
                # there and read as this one's continuation) stopped what came next, not it.
                failed = None
        dates = tuple(d for d in self._block_dates(page, index) if d not in self.template_dates)
        if any(d.precision == "day" for d in dates):
            stamps = self._stamps(page)  # read only for a block naming a day: most name none
            dates = tuple(d for d in dates if d not in stamps)
        pending = False
        if "pendiente" in block.text.lower():
            dates, pending = _without_pending(block, dates)
        # A date of the site or the page as a whole is neither the item's nor its page's edit.
        edits = tuple(d for d in edit_stamps(text) if d in dates) if dates else ()
        if edits:
            dates = _without(dates, edits)
        folded = fold(text)
        empty_marker = says_empty(folded)
        empty_listing = lists_nothing(folded)
        not_applicable = says_not_applicable(folded, block.text_parts)
        template = self.template_text
        if any(_templated(part, template) for part in block.text_parts):
            parts = parts_without_diagnostics(block.text_parts)  # "Deprecated" on every page
            text = " ".join(" ".join(p for p in parts if not _templated(p, template)).split())[
                :MAX_BLOCK_TEXT
            ]
            text = _without_server_text(text)[0]
        heading_words = set(tokens(block.heading))
        # The law's wording, printed as the body of a numeral page, is not content.
        # Nor are link texts: a document's name (the document is judged itself) or a link to
        # a page (judged as a child, or navigation: "Carpeta 2026/10", "Regresar").
        # Nor the words of a row or line listing a document ("1 | Contratos de arrendamiento |
        # Publicado el 7 de marzo | Descargar"): they describe the file, which is judged itself.
        described: set[str] = set()
        lists_links = lists_documents = False
        for link_index in block.links[: MAX_CHILDREN * 4]:
            link = page.links[link_index]
            if link.text:
                text = text.replace(link.text, " ", 1)
            if self._is_document(link.url) or names_a_download(link.text):
                # "Descarga" to a download script that failed: a file's row all the same.
                lists_links = lists_documents = True
                if link.context:
                    described.update(tokens(link.context))
            elif (link.context or block.line) and not link.in_template and link.url != page.url:
                # A row or line leading to a folder or page ("Viajes | Modificado 06/12/2026"):
                # its day is when that changed, as a document row's is when the file was put up.
                lists_links = True
        if lists_links and dates:
            posted = tuple(d for d in dates if d.precision == "day")
            if posted:
                edits += posted
                dates = _without(dates, posted)
        if lists_documents and dates:
            # A month the row or line prints beside files it lists, outside their names ("4 |
            # Funcionarios | Sí | Noviembre 2026 | <files of January, February>"): when it was
            # brought up to date, by the body's word. The files' own periods come first.
            claimed = tuple(d for d in find_dates(text) if d.precision == "month" and d in dates)
            if claimed:
                edits += claimed
                dates = _without(dates, claimed)
        if _NOTE_HINT.search(folded):
            for part in block.text_parts:
                for sentence in publication_notes(part):
                    text = text.replace(sentence, " ", 1)  # how it is published, not content
        mine = _DOWNLOAD_FACTS.sub(" ", self.catalog.own_text(_SHORTCODE.sub(" ", text)))
        mine = WIDGET_TEXT.sub(" ", mine)
        mine = _ITEM_NUMBER.sub(" ", mine)
        # A statement that the body has none of the item's object is a declaration, not content.
        negated = " no " in f" {folded} " or "ningun" in folded
        none_held = statements_of_none(text) if negated else []
        for sentence in none_held:
            described.update(tokens(sentence))
        guided: set[str] = set()
        if "solicit" in folded:
            for sentence in request_guidance(text):
                guided.update(tokens(sentence))
        own = self.known_words
        words = guidance_words = 0
        for w in tokens(mine):
            if w in own or w in heading_words or w in described:
                continue
            if w in guided:
                guidance_words += 1
            else:
                words += 1
        numbers = sum(1 for n in _NUMBER.findall(_NUMERIC_DATE.sub(" ", mine)) if not _is_year(n))
        known = _Reading(
            empty_marker,
            empty_listing,
            not_applicable,
            bool(none_held),
            words,
            numbers,
            dates,
            edits,
            guidance_words,
            pending,
            failed,
        )
        self._readings[key] = known
        return known

    def _block_dates(self, page: Page, index: int) -> tuple[FoundDate, ...]:
        """The dates block ``index`` of ``page`` names (read once)."""
        key = (id(page), index)
        known = self._dates.get(key)
        if known is None:
            known = tuple(find_dates(page.blocks[index].text[:MAX_BLOCK_TEXT]))
            self._dates[key] = known
        return known

    def _stamps(self, page: Page) -> frozenset[FoundDate]:
        """Days ``page`` prints in most of its dated sections ("Fecha de actualización:
        31/12/2026" under every numeral): a stamp of the whole page, not a date of one item."""
        known = self._page_stamps.get(id(page))
        if known is None:
            every = (self._block_dates(page, index) for index in range(len(page.blocks)))
            dated = [set(dates) for dates in every if dates]
            counts = Counter(d for dates in dated for d in dates if d.precision == "day")
            least = max(MIN_STAMPED_SECTIONS, (len(dated) + 1) // 2)
            known = frozenset(d for d, n in counts.items() if n >= least)
            self._page_stamps[id(page)] = known
        return known

    def _document_evidence(self, url: str, label: str, evidence: Evidence) -> None:
        if says_not_applicable(fold(label + " " + _file_label(url))):
            evidence.not_applicable = True  # "Numeral 24 - No aplica.pdf"
            return
        named = document_dates(label, url)
        evidence.named_dates += named
        check = self.outcome.documents.get(url)
        if check is None or check.status in BUSY_STATUSES:
            place = private_place(url) if url not in self.scope else None
            if place is not None:
                evidence.broken_docs += 1  # on a computer or a network no citizen reaches
                evidence.broken_detail = evidence.broken_detail or f"{_file_name(url)}: {place}"
            elif url not in self.scope:
                evidence.external_docs += 1
            else:
                evidence.unchecked_docs += 1  # not checked, or the portal too busy to answer
                if check is not None and check.status is not None:
                    evidence.busy_detail = evidence.busy_detail or busy_reason(check.status)
        elif check.ok and check.size == 0:
            evidence.empty_docs += 1
        elif check.ok:
            evidence.working_docs += 1
            evidence.document_dates += named
            if not named:
                evidence.unnamed_docs += 1
            if check.last_modified is not None:
                evidence.modified_dates.append(check.last_modified)
        else:
            evidence.broken_docs += 1
            evidence.broken_detail = evidence.broken_detail or (
                f"{_file_name(url)}: {check.error or check.status}"
            )

    def _judge_page(self, entry: CatalogEntry, page: Page, label: str) -> Candidate | Found | None:
        if self._error_page(page) and page.url not in self.outcome.documents:
            # A CMS's 200 "Página no encontrada" at the item's address (named by its link or
            # its slug): the item's page is gone.
            return Candidate("broken", f"the link fails: {SAYS_NOT_FOUND}", page.url, label)
        sections = self._item_sections(page)
        if sections:
            index = sections.get(entry.id)
            return None if index is None else self._judge_heading(entry, page, index)
        indexes = list(range(len(page.blocks)))
        evidence = self._blocks_evidence(entry, page, indexes, depth=2)
        if label and says_not_applicable(fold(label)):
            # The link itself declares it: a folder "NUMERAL 24 - ENTIDADES … - NO APLICA/", a
            # menu entry "Fideicomisos (No aplica)".
            evidence.not_applicable = True
        return Found(evidence, page.url, label)

    def _span(self, page: Page, index: int, entry_id: str) -> list[int]:
        """The blocks of the section headed by block ``index``: deeper blocks up to the next item.

        A label-only <h*> sub-heading ("Viáticos") under an explicit "Numeral 4" stays in
        numeral 4; a bold paragraph or accordion title is taken as the next item (its level
        is a guess).
        """
        blocks = page.blocks
        level = blocks[index].level
        indexes = [index]
        start = self._block_match(page, blocks[index])
        by_numeral = start is not None and start.by_numeral
        # A deeper label heading that the page's list of items starts another entry with
        # ("10.18 Obras...", then <h3>Contratos de Arrendamiento</h3>: numeral 19, next in order).
        started = self._heading_entries(page)
        for later in range(index + 1, len(blocks)):
            block = blocks[later]
            if self._declaration_line(page, block):
                indexes.append(later)  # "NO APLICA a esta Municipalidad" set in bold: its text
                continue
            if block.level <= level and not _titles_a_download(page, block):
                if (
                    blocks[index].pseudo
                    and not blocks[index].line
                    and not block.line
                    and is_year_heading(block.heading)
                ):
                    # "2027" under an accordion's title, whose level is a guess: its files.
                    indexes.append(later)
                    continue
                same = block.line and blocks[index].line and block.heading
                match = self._block_match(page, block) if same else None
                if match is None or not match.names(entry_id) or (start and start.also):
                    # After a row of several items ("Numerales 5, 7"), a row of one of them
                    # ("7 | Presupuesto | Ver numeral 5") is that item's own, not a document.
                    break
                # A line naming the same item ("Numeral 11 Enero 2027.pdf" under "10.11
                # Contrataciones") is one of its documents, not a new section.
                indexes.append(later)
                continue
            match = self._block_match(page, block)
            ends = match is not None and not match.names(entry_id)
            sub_item = by_numeral and not block.pseudo and not (match and match.by_numeral)
            if ends and (not sub_item or entry_id not in started.get(later, (entry_id,))):
                break
            indexes.append(later)
        return indexes

    def _owners(self, page: Page) -> dict[int, tuple[str, ...]]:
        """``{block index: entry ids}`` for every block inside a section that names entries
        (several: "Numerales 8 y 22")."""
        owners: dict[int, tuple[str, ...]] = {}
        for index, ids in self._heading_entries(page).items():
            for block in self._span(page, index, ids[0]):
                owners.setdefault(block, ids)
        return owners

    def _judge_heading(self, entry: CatalogEntry, page: Page, index: int) -> Found:
        indexes = self._span(page, index, entry.id)
        evidence = self._blocks_evidence(entry, page, indexes, depth=1)
        return Found(evidence, page.url, page.blocks[index].heading)

    def _is_document(self, url: str) -> bool:
        """Whether a link leads to a document: checked as one, or named like one ("informe.pdf",
        "/descargas/...") unless the crawl read it as the page it answered with (a download
        manager's category listing) or failed to."""
        outcome = self.outcome
        if url in outcome.documents:
            return True
        return (
            _document_link(url)
            and outcome.resolve(url) not in outcome.pages
            and url not in outcome.failures
        )

    def _judge_link(
        self, entry: CatalogEntry, url: str, label: str, in_template: bool
    ) -> Candidate | Found | None:
        outcome = self.outcome
        final = outcome.resolve(url)
        page = outcome.pages.get(final)
        if page is not None and _is_side_page(page.url):
            return None  # a news article about the item does not publish it
        if page is not None:
            if in_template and not self._names(page, entry):
                # A menu item "Presupuesto" leading to a general page: navigation, not the item.
                return None
            if self._sent_home(url, final):
                # A CMS that sends every address it no longer holds to the home page: the
                # item's page is gone, and the reader lands where they started.
                return Candidate("broken", f"the link {SENT_HOME}", url, label)
            if self._numbers_another(page, entry.id):
                named = self._match(label)
                if named is None or not (named.by_numeral and named.names(entry.id)):
                    # A link whose words resemble this item ("Ejecución Presupuestaria
                    # Egresos…") to a page that says by its number whose it is ("… Artículo
                    # 10 Numeral 9"): the page's own word wins.
                    return None
            return self._judge_page(entry, page, label)
        if url in outcome.robots_denied:
            return Candidate("unknown", f"robots.txt forbids reading {url}", url, label)
        failure = outcome.failures.get(url)
        if failure is not None and failure.off_scope_target:
            host = urlsplit(failure.off_scope_target).hostname or failure.off_scope_target
            return Candidate(
                "unknown", f"the link leads to another host ({host}), out of scope", url, label
            )
        if failure is not None:
            if url in outcome.unvisited:
                return Candidate("unknown", "the time budget ran out while reading it", url, label)
            if failure.status in BUSY_STATUSES:
                return Candidate("unknown", busy_reason(failure.status), url, label)
            return Candidate("broken", f"the link fails: {failure.error}", url, label)
        if final in outcome.documents:
            evidence = Evidence()
            self._document_evidence(final, label, evidence)
            return Found(evidence, url, label)
        if url in outcome.unvisited:
            return Candidate(
                "unknown",
                "a link names it, but the crawl budget ran out before reading it",
                url,
                label,
            )
        return None

    def _judge_documents(self, docs: dict[str, tuple[str, str]], more: bool = False) -> Found:
        evidence = Evidence(loads_more=more)
        for url, (label, context) in docs.items():
            label = _dating_label(label, context)
            self._document_evidence(url, label, evidence)
            if context:
                # The day printed in the file's row ("Fecha de publicación: 12/03/2019"): when
                # it was put up, which dates the item where the files name no period.
                own = find_dates(label)
                evidence.stamp_dates += [
                    d for d in find_dates(context) if d.precision == "day" and d not in own
                ]
        # The evidence shown is the newest working document (the first listed when none is
        # dated): which one is newest depends on the day (``settle``).
        dated: list[tuple[str, str, tuple[FoundDate, ...]]] = []
        for url, (label, context) in docs.items():
            check = self.outcome.documents.get(url)
            if check is None or not check.ok:
                continue
            period = f"{_dating_label(label, context)} {unquote(urlsplit(url).path)}"
            named = finest(without_posting_days(find_dates(period, bare_years=True)))
            dated.append((url, label, tuple(named)))
        first = next(iter(docs))
        return Found(evidence, first, docs[first][0], tuple(dated))

    # -- what the content says of an entry -----------------------------------------------------

    def analyse(self, entry: CatalogEntry) -> Analysis:
        if not entry.applies_to_municipalities:
            return Analysis(
                SectionVerdict(entry.id, "not_applicable", "does not apply to municipalities")
            )
        stats = self.outcome.stats
        if stats.blocked_by_robots:
            return Analysis(
                SectionVerdict(
                    entry.id, "unknown", "robots.txt forbids the monitor to read the portal"
                )
            )
        if stats.error is not None:
            return Analysis(
                SectionVerdict(entry.id, "unknown", f"the portal could not be read: {stats.error}")
            )
        wheres = self.candidates.get(entry.id, [])
        # The item's own pages: not a post announcing it (read only if nothing else is).
        owned = [w.page for w in wheres if isinstance(w, _PageLocation) and not w.post]
        posts: list[_Location] = []
        regular: list[_Location] = []
        for where in wheres:
            post = isinstance(where, _PageLocation | _HeadingLocation) and where.post
            (posts if post else regular).append(where)
        places = self._places(entry, regular, owned)
        if not places and posts:
            # Only news posts name it: each is read now, not before (a post's place would
            # spend the portal's share of similarity matching for nothing).
            places = self._places(entry, posts, owned)
            for place in places:
                if isinstance(place.found, Found):
                    place.found.evidence.images = 0  # a post's picture is its decoration
        if not places:
            return Analysis(self._not_found(entry))
        unread: dict[str, str] = {}
        for place in places:
            urls = [place.found.url or ""]
            if isinstance(place.found, Found):
                urls += [url for url, _label, _dates in place.found.dated]
            for url in urls:
                reason = self.outcome.unreadable.get(self.outcome.resolve(url))
                if reason is not None:
                    unread[url] = reason
        return Analysis(None, tuple(places), tuple(sorted(unread.items())))

    def _places(
        self, entry: CatalogEntry, wheres: Sequence[_Location], owned: list[Page]
    ) -> list[Place]:
        """The places ``wheres`` hold ``entry`` at, each judged; ``owned``: the item's own
        pages, whose archive folders and index lines are read as parts of them."""
        places: list[Place] = []
        own_pages = {page.url for page in owned}
        folders = self._own_folders(owned)
        for where in wheres:
            found: Candidate | Found | None
            if isinstance(where, _PageLocation | _HeadingLocation) and where.page.url in folders:
                # A folder of the item's own archive that repeats its name (a query form's
                # answer for one year: "No se encontraron documentos para el período
                # seleccionado"): read as a part of the page that opens it, not as the item.
                continue
            if isinstance(where, _PageLocation):
                found = self._judge_page(entry, where.page, where.label)
            elif isinstance(where, _HeadingLocation):
                found = self._judge_heading(entry, where.page, where.index)
            elif isinstance(where, _LinkLocation):
                found = self._judge_link(entry, where.url, where.label, where.in_template)
            else:
                found = self._judge_documents(where.docs, where.more)
            if (
                isinstance(where, _HeadingLocation)
                and isinstance(found, Found)
                and found.evidence.holds_nothing()
                and self._leads_to(where, own_pages)
            ):
                # An index line that only leads to the item's own page ("6. Manuales" ->
                # /06-manuales, whose documents sit one page further): that page is judged
                # there, reading deeper than the line's link can.
                continue
            if found is not None:
                # Among equal verdicts, evidence from content beats evidence from a menu item,
                # and the item's own page beats the line of an index that leads to it.
                menu = isinstance(where, _LinkLocation) and where.in_template
                line = isinstance(where, _HeadingLocation) and where.page.blocks[where.index].line
                places.append(Place(menu, line, found))
        return places

    def _leads_to(self, where: _HeadingLocation, pages: set[str]) -> bool:
        """Whether a link under the heading leads to one of ``pages``."""
        page = where.page
        return any(
            self.outcome.resolve(page.links[index].url) in pages
            for index in page.blocks[where.index].links
        )

    def _declaration_line(self, page: Page, block: Block) -> bool:
        """Whether ``block`` is a line set in bold that says the item does not apply or holds
        nothing yet ("NO APLICA a esta Municipalidad"), naming no item: its item's text."""
        if not (block.pseudo and block.heading):
            return False
        said = fold(block.heading)
        if not (says_not_applicable(said) or says_empty(said)):
            return False
        return self._block_match(page, block) is None

    def _withdrawn_links(self, page: Page) -> frozenset[int]:
        """The links of ``page`` (by id) whose files it says were withdrawn: by their own words
        or their row ("… | Documento anulado, pendiente de publicar la versión corregida |
        Descargar"), or by what follows them up to the next link of their block ("<s>…
        Noviembre 2026</s> (2,3 MB) ANULADO"). Read once a page; most pages say nothing of it."""
        known = self._withdrawals.get(id(page))
        if known is not None:
            return known
        found: set[int] = set()
        for link in page.links:
            if says_withdrawn(f"{link.text} {link.context}"):
                found.add(id(link))
        for block in page.blocks:
            if says_withdrawn(block.text):
                found.update(
                    id(page.links[i])
                    for i in block.links
                    if _withdrawn_after(page, block, page.links[i])
                )
        known = self._withdrawals[id(page)] = frozenset(found)
        return known

    @functools.cached_property
    def _cut_pages(self) -> dict[str, str]:
        """The pages of several items read that PHP stopped part-way with a fatal error (``url
        -> the error``): what came after it on them was never printed. (One item's page, cut,
        holds no other item.)"""
        cut: dict[str, str] = {}
        for page in self.pages:
            if not self._item_sections(page):
                continue
            for block in page.blocks[-MAX_CUT_BLOCKS:]:
                error = stops_the_page(block.text)
                if error is not None:
                    cut[page.url] = error
                    break
        return cut

    def _not_found(self, entry: CatalogEntry) -> SectionVerdict:
        outcome = self.outcome
        pages = len(self.pages)
        external = self.off_scope_mentions.get(entry.id)
        if external is not None:
            return SectionVerdict(
                entry.id,
                "unknown",
                f"only a link to another host ({external}) names it; that host is out of scope",
            )
        incomplete = outcome.stats.stop_reason
        relevant_unread = outcome.unvisited - outcome.unvisited_minor
        if incomplete == "time_budget" or relevant_unread:
            why = {
                "max_pages": "the page limit was reached",
                "time_budget": "the time budget ran out",
                "max_depth": "the depth limit was reached",
            }.get(incomplete or "", "part of the portal was not read")
            return SectionVerdict(
                entry.id, "unknown", f"not found in the {pages} pages read, but {why}"
            )
        if outcome.unreadable:
            first = outcome.unreadable[min(outcome.unreadable)]
            more = len(outcome.unreadable) - 1
            also = f" (and {more} more page(s) like it)" if more else ""
            return SectionVerdict(
                entry.id,
                "unknown",
                f"not found in the {pages} pages read, but the portal could not be read whole: "
                f"{first}{also}",
            )
        cut = self._cut_pages
        if cut:
            url, error = min(cut.items())
            return SectionVerdict(
                entry.id,
                "unknown",
                f"not found in the {pages} pages read, but {url} {STOPPED_BY_AN_ERROR} ({error})",
            )
        # A failed page whose link names an item is that item's page (judged there), and one
        # linked as a file ("Ver archivo") is a file; any other page that failed to load may
        # have held this item: the portal was not read whole.
        named = {
            where.url
            for places in self.candidates.values()
            for where in places
            if isinstance(where, _LinkLocation)
        } | self._download_links
        unreadable = [
            failure
            for url, failure in sorted(outcome.failures.items())
            if failure.off_scope_target is None
            and url not in named
            and url not in outcome.unvisited
            and (failure.status is None or failure.status >= 500 or failure.status in BUSY_STATUSES)
        ]
        if unreadable:
            return SectionVerdict(
                entry.id,
                "unknown",
                f"not found in the {pages} pages read, but {len(unreadable)} page(s) could not "
                f"be read ({unreadable[0].url}: {unreadable[0].error})",
            )
        if outcome.robots_denied:
            return SectionVerdict(
                entry.id,
                "unknown",
                f"not found in the {pages} pages read; robots.txt kept "
                f"{len(outcome.robots_denied)} page(s) from being read",
            )
        if outcome.unvisited:
            return SectionVerdict(
                entry.id,
                "missing",
                f"not found on any of the {pages} pages read; only news, blog or archive pages "
                "were left unread",
            )
        return SectionVerdict(entry.id, "missing", f"not found on any of the {pages} pages read")


def _verdict_from(
    entry: CatalogEntry, evidence: Evidence, url: str, label: str, today: dt.date
) -> Candidate:
    # "No aplica" is a declaration wherever it stands; a statement of none ("La Municipalidad no
    # cuenta con fideicomisos") where the place holds nothing else of its own.
    declared = evidence.not_applicable or (evidence.none_held and not evidence.text_content)
    if declared and not evidence.working_docs and not evidence.rows:
        said = "declares 'No aplica'" if evidence.not_applicable else "states it has none of it"
        if entry.may_declare_not_applicable:
            return Candidate("not_applicable", f"the portal {said}", url, label)
        return Candidate(
            "empty",
            f"the portal {said}, which the catalogue does not accept here",
            url,
            label,
        )
    # A listing's "No se encontraron documentos" (for one period, one filter) says nothing of an
    # item whose place also links documents that fail: those were published, and do not open.
    says_empty = evidence.empty_marker or (
        evidence.empty_listing and not evidence.text_content and not evidence.broken_docs
    )
    if says_empty and not evidence.working_docs and not evidence.rows:
        return Candidate("empty", "the section says it has no information yet", url, label)
    if evidence.has_content(entry):
        return _freshness(entry, evidence, url, label, today)
    if evidence.broken_docs:
        return Candidate(
            "broken",
            f"{evidence.broken_docs} document(s) fail to open ({evidence.broken_detail})",
            url,
            label,
        )
    if evidence.gated:
        return Candidate("broken", GATED, url, label)
    if evidence.server_failure:
        reason = f"{FAILED_ON_THE_SERVER} ({evidence.server_failure})"
        return Candidate("broken", reason, url, label)
    if evidence.empty_docs:
        reason = f"{evidence.empty_docs} document(s) are empty files"
        return Candidate("empty", reason, url, label)
    if evidence.unchecked_docs:
        reason = evidence.busy_detail or "its documents were not checked before the budget ran out"
        return Candidate("unknown", reason, url, label)
    if evidence.elsewhere:
        reason = f"its content is only on another host ({evidence.elsewhere}), out of scope"
        return Candidate("unknown", reason, url, label)
    if evidence.unsent_choices:
        # "Seleccione el año" in a POST form (an ASP.NET postback) or a script's filter: what
        # each choice shows is the item's content, and it cannot be read.
        return Candidate(
            "unknown",
            "it shows its content only through a form the monitor does not send",
            url,
            label,
        )
    return Candidate("empty", "found, but holds no document, data row or text", url, label)


def _freshness(
    entry: CatalogEntry, evidence: Evidence, url: str, label: str, today: dt.date
) -> Candidate:
    what = _describe_content(evidence)
    # Dates the content names (text, file and folder names) first; then the post's
    # permalink; then the server's Last-Modified.
    named = evidence.named_dates
    if any(date.precision != "year" for date in evidence.document_dates):
        # Files naming their months: a year the text names (a "… 2026" folder holding
        # December 2025's report, put up in January) is no newer period.
        files = set(evidence.document_dates)
        named = [date for date in named if date.precision != "year" or date in files]
    if evidence.stamp_dates and (
        evidence.unnamed_docs or not _name_periods(entry, evidence.document_dates)
    ):
        named = [*named, *evidence.stamp_dates]
    date = newest(named, today)
    source = ""
    if date is not None and date.precision == "year" and entry.update == "monthly":
        # "2026" cannot say whether a monthly item is current; a Last-Modified of that
        # year can.
        modified = newest(evidence.modified_dates, today)
        if modified is not None and modified.end.year == date.end.year:
            date, source = modified, " (Last-Modified)"
    if date is None:
        date = newest(evidence.permalink_dates, today)
        source = " (permalink)"
    if date is None:
        date = newest(evidence.modified_dates, today)
        source = " (Last-Modified)"
    if date is None:
        return Candidate("ok", f"{what}; no date found", url, label)
    when = date.describe() + source
    if is_current(date, entry.update, today, entry.stale_after_years):
        return Candidate("ok", f"{what}; newest date {when}", url, label, date)
    if evidence.loads_more:
        # Only part of the list is on the page ("Ver más documentos" loads the rest): a list
        # oldest first keeps its newest document behind the button.
        return Candidate("unknown", f"{what}; newest date {when}, {MORE_BY_SCRIPT}", url, label)
    rule = {"monthly": "monthly", "yearly": "yearly", "on_change": "on-change"}[entry.update]
    return Candidate(
        "outdated", f"{what}; newest date {when} is too old for a {rule} item", url, label, date
    )


def _name_periods(entry: CatalogEntry, dates: list[FoundDate]) -> bool:
    """Whether documents naming ``dates`` say which period they cover, finely enough for
    ``entry`` ("Octubre 2026" for a monthly item; "2026" for a yearly one): then, unless a
    working document names none, the newest period they name dates the item, not the day its
    page was last edited or its files put up."""
    if entry.update == "monthly":
        return any(date.precision != "year" for date in dates)
    return bool(dates)


def _without(dates: tuple[FoundDate, ...], taken: tuple[FoundDate, ...]) -> tuple[FoundDate, ...]:
    """``dates`` less one occurrence of each of ``taken``."""
    rest = list(dates)
    for date in taken:
        if date in rest:
            rest.remove(date)
    return tuple(rest)


def _shared_title_ends(titles: Iterable[str]) -> set[str]:
    """The title ends (after a " - " or " | ") shared by at least ``MIN_TITLE_SHARERS`` pages and
    half of those titled: a site's name, not a page's (folded)."""
    ends: Counter[str] = Counter()
    titled = 0
    for title in titles:
        parts = [part for part in _TITLE_SPLIT.split(title) if part.strip()]
        titled += bool(parts)
        # Each tail of the title ("Unidad de Información Pública - INGUAT", "INGUAT"), once.
        ends.update({fold(" ".join(parts[start:])) for start in range(1, len(parts))})
    least = max(MIN_TITLE_SHARERS, titled / 2)
    return {end for end, count in ends.items() if count >= least and end.strip()}


def judge(outcome: CrawlOutcome, catalog: Catalog, *, today: dt.date) -> tuple[SectionVerdict, ...]:
    """One verdict per catalogue entry, in catalogue order."""
    return settle_all(catalog, analyse(outcome, catalog), today)


def judge_again(
    outcome: CrawlOutcome, catalog: Catalog, last: LastAnalysis | None, *, today: dt.date
) -> tuple[tuple[SectionVerdict, ...], LastAnalysis | None]:
    """``judge``, from ``last`` (the portal's last analysis) when ``outcome`` is the very content
    it was made from; with the new analysis to keep, or None when the last one stood."""
    key = content_key(outcome, catalog)
    if last is not None and last.key == key:
        try:
            return settle_all(catalog, load_analyses(last.analyses), today), None
        except ValueError as exc:
            # Its key matched, so only a damaged row gets here: analysed afresh, and replaced.
            log.warning("kept analysis unreadable; analysing again: %s", exc)
    analyses = analyse(outcome, catalog)
    return settle_all(catalog, analyses, today), LastAnalysis(key, dump_analyses(analyses))


def analyse(outcome: CrawlOutcome, catalog: Catalog) -> tuple[Analysis, ...]:
    """What the crawled content says of each catalogue entry (in catalogue order), before the
    day it is judged on: the costly part of judging, and the same every day the content is."""
    judge_ = _Judge(catalog, outcome)
    return tuple(judge_.analyse(entry) for entry in catalog.entries)


def settle_all(
    catalog: Catalog, analyses: tuple[Analysis, ...], today: dt.date
) -> tuple[SectionVerdict, ...]:
    """The verdicts of ``analyses`` (one per catalogue entry, in its order) on ``today``."""
    return tuple(
        settle(entry, analysis, today)
        for entry, analysis in zip(catalog.entries, analyses, strict=True)
    )


def settle(entry: CatalogEntry, analysis: Analysis, today: dt.date) -> SectionVerdict:
    """The verdict on ``entry`` on ``today``: each place's, the best of them kept."""
    if analysis.verdict is not None:
        return analysis.verdict
    ranked: list[tuple[int, bool, bool, bool, int, Candidate]] = []
    for index, place in enumerate(analysis.places):
        candidate = _candidate(entry, place.found, today)
        priority = _PRIORITY[candidate.status]
        # A place that only names the item (a line of a list of items, a heading with nothing
        # under it) says less than one holding its documents, even broken ones: the item's
        # section is where they are.
        evidence = place.found.evidence if isinstance(place.found, Found) else None
        bare = evidence is not None and evidence.holds_nothing()
        # Nor does a place empty only by its zero-byte files say more than one whose files fail
        # (a file matched by its name alone, apart from the others of its row).
        empty_files = (
            candidate.status == "empty"
            and evidence is not None
            and evidence.empty_docs > 0
            and not (evidence.empty_marker or evidence.empty_listing)
        )
        if (bare or empty_files) and priority < _PRIORITY["broken"]:
            priority = _PRIORITY["broken"]
        ranked.append((priority, bare or empty_files, place.menu, place.line, index, candidate))
    best = min(ranked)[5]
    unread = dict(analysis.unread).get(best.url or "")
    if best.status == "empty" and unread is not None:
        # An app shell holds nothing as fetched: nothing is known of what it shows.
        best = Candidate("unknown", f"it could not be read: {unread}", best.url, best.label)
    last = best.last_updated
    return SectionVerdict(
        section_id=entry.id,
        status=best.status,
        reason=best.reason,
        url=best.url,
        label=best.label,
        last_updated=min(last.end, today) if last else None,
        last_updated_precision=last.precision if last else None,
    )


def _candidate(entry: CatalogEntry, found: Candidate | Found, today: dt.date) -> Candidate:
    if isinstance(found, Candidate):
        return found
    url, label = found.url, found.label
    best: FoundDate | None = None
    for doc_url, doc_label, named in found.dated:
        date = newest(list(named), today)
        if date is not None and (best is None or date > best):
            best, url, label = date, doc_url, doc_label
    return _verdict_from(entry, found.evidence, url, label, today)


MIN_FOLDER_NUMERALS = 3  # a heading naming this many numerals may be a folder of them


def _drop_folders(page: Page, found: dict[int, tuple[str, ...]]) -> None:
    """Drop the headings that only hold items: a group's title ("Numerales 16 al 20", a tab of a
    CSS-only tab strip) with nothing of its own before its first item's own heading stands for
    none of them; one it holds no heading of is not there."""
    order = sorted(found)
    for index, following in zip(order, order[1:], strict=False):
        ids = found[index]
        block = page.blocks[index]
        if (
            len(ids) > 1
            and following == index + 1
            and not block.links
            and not block.rows
            and not block.text
            and len(found[following]) == 1
            and found[following][0] in ids
            and (len(ids) >= MIN_FOLDER_NUMERALS or found[following] == ids[:1])
        ):
            # One of its items' own headings follows at once: a folder of items ("Numerales 16 al
            # 20", then "Numeral 16 - …", or "Numeral 17" when 16 is elsewhere), not a pair of
            # items combined ("Numerales 2 y 3", then "Numeral 3 - Ver numeral 2": numeral 2's
            # section is the combined one's).
            del found[index]


def _numerals(match: Match) -> tuple[int, ...]:
    """The numerals a heading names (several: "Numerales 14 al 17")."""
    return tuple(e.numeral for e in (match.entry, *match.also) if e.numeral is not None)


def _reading_order(outcome: CrawlOutcome) -> list[Page]:
    """The crawled pages as a reader meets them: from the start page, breadth first, each
    page's links in their order; pages reached no other way after them, by address.

    Not in the order the crawl fetched them, which the network's timing sets: the same content
    is judged the same, crawl after crawl.
    """
    pages = outcome.pages
    order: list[Page] = []
    placed: set[int] = set()
    queue = deque([outcome.start_url])
    while queue:
        page = pages.get(outcome.resolve(queue.popleft()))
        if page is None or id(page) in placed:
            continue
        placed.add(id(page))
        order.append(page)
        queue.extend(link.url for link in page.links)
    rest = sorted((p for p in pages.values() if id(p) not in placed), key=lambda p: p.url)
    for page in rest:
        if id(page) not in placed:
            placed.add(id(page))
            order.append(page)
    return order


# What an error page sent with 200 says of the file or page asked for (a soft 404). The thing
# missing is named: "No existe información" is an item's empty marker, not an error.
_NOT_FOUND = re.compile(
    r"\b(?:archivo|documento|pagina|fichero|recurso|enlace|file|page)\b[^.]{0,40}?\bno "
    r"(?:existe|fue encontrad[oa]|ha sido encontrad[oa]|se (?:ha )?encontrado|encontrad[oa])\b"
    r"|\bno se (?:ha )?(?:podido )?encontr(?:o|ar) (?:el|la) (?:archivo|documento|pagina)\b"
    r"|\bnot found\b|\berror 404\b"
)
_NOT_FOUND_MAX_WORDS = 40


def _says_not_found(page: Page) -> bool:
    """Whether a page's own content is only an error message: "Documento no encontrado.",
    "El archivo no existe.", "Página no encontrada" (the template around it aside)."""
    text = page.text
    if len(text) > _NOT_FOUND_MAX_WORDS * 20 or len(text.split()) > _NOT_FOUND_MAX_WORDS:
        return False
    return bool(_NOT_FOUND.search(fold(f"{page.title} {text}")))


def _shows_file(page: Page, name: str, asked: str) -> bool:
    """Whether ``page`` links, frames or embeds the file called ``name`` (a viewer's) other than
    through ``asked``, the address that led there (a page it sent the reader back to)."""
    for link in page.links:
        if link.url == asked:
            continue
        path = basename(unquote(urlsplit(link.url).path)).lower()
        if path == name or queried_file(link.url) == name:
            return True
    return False


def _titles_a_download(page: Page, block: Block) -> bool:
    """Whether ``block``'s heading is only a link to a download: a download manager's card title
    (``<h3 class="package-title"><a href="/download/informe/">Informe</a></h3>``) printed
    under the item's own ``<h4>``, which belongs to that item rather than ending it; or the title
    of a file's card holding nothing but its "Descargar" button (a page builder's blurb: "<h5>
    Contratos 1</h5><a class="et_pb_button" href="…pdf">Descargar</a>")."""
    links = [page.links[index] for index in block.links]
    if block.linked:
        return any(link.text == block.heading and _document_link(link.url) for link in links)
    if not links or len(links) > 2 or block.rows:
        return False
    rest = block.text
    for link in links:
        if not (names_a_download(link.text) and _document_link(link.url)):
            return False
        rest = rest.replace(link.text, " ", 1)
    return not rest.strip()


@functools.lru_cache(maxsize=65536)
def _document_link(url: str) -> bool:
    """``is_document`` or a file on a sharing service (``hosts.hosted_file``: published, though
    on another host and so never checked); cached: a site's menu links are asked about on every
    page."""
    return is_document(url) or hosted_file(url)


_COUNT = re.compile(r"\(\s*\d+\s*\)\s*$")


def _facet_option(page: Page, block: Block) -> bool:
    """Whether ``block`` is one option of a filter of the listing it is on ("☐ Numeral 16 -
    Contratos (3)" leading to "?tipo=16"): a count after the name, a link to the page's own
    address with another query. Options name every item; none is a section of the page."""
    if not block.pseudo or len(block.links) != 1 or not _COUNT.search(block.heading):
        return False
    target = urlsplit(page.links[block.links[0]].url)
    here = urlsplit(page.url)
    return (target.netloc, target.path) == (here.netloc, here.path)


def _is_side_page(url: str) -> bool:
    """News, blog or a side view (``status.is_minor``): never a section's page."""
    return is_minor(url)


@functools.lru_cache(maxsize=65536)
def _slug_label(url: str) -> str:
    path = unquote(urlsplit(url).path).rstrip("/")
    name = basename(path)
    name = splitext(name)[0] if "." in name else name
    return "" if name in ("", "index") else name.replace("-", " ").replace("_", " ")


def _file_name(url: str) -> str:
    """The file a reason names: the last part of ``url``'s path, with its query when it has
    one (a script's "descargar.php?archivo=…")."""
    parts = urlsplit(url)
    name = basename(unquote(parts.path)) or url
    return f"{name}?{unquote(parts.query)}"[:120] if parts.query else name


@functools.lru_cache(maxsize=65536)
def _file_label(url: str) -> str:
    name = basename(unquote(urlsplit(url).path))
    return splitext(name)[0].replace("_", " ").replace("-", " ")


_PERMALINK = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\d|3[01])/)?(?=[^/])")


def _split_permalink(path: str) -> tuple[str, str]:
    """A path without its WordPress permalink date, and that date ("2026-02-26") or ""."""
    found = _PERMALINK.search(path)
    if found is None:
        return path, ""
    year, month, day = found.groups()
    rest = path[: found.start()] + "/" + path[found.end() :]
    return rest, f"{year}-{month}-{day}" if day else f"{year}-{month}"


def _bounded_links(page: Page) -> list[Link]:
    """The page's first MAX_PAGE_LINKS content links and first MAX_PAGE_LINKS template links."""
    if len(page.links) <= MAX_PAGE_LINKS:
        return page.links
    content = [link for link in page.links if not link.in_template][:MAX_PAGE_LINKS]
    template = [link for link in page.links if link.in_template][:MAX_PAGE_LINKS]
    return content + template


def _numeral_menu(page: Page) -> frozenset[str]:
    """The link texts that are bare numbers ("1" ... "29") when the page holds a menu of them:
    eight or more distinct ones, as a menu of Article 10's numerals has. Links that never pass
    12 are a year's months ("01" … "12": a file manager's month folders)."""
    found = _numeral_series(link.text.strip() for link in page.links[:MAX_PAGE_LINKS])
    return found if any(int(text) > 12 for text in found) else frozenset()


def _numeral_series(texts: Iterable[str]) -> frozenset[str]:
    """The texts that are bare numbers "1" ... "29", when eight or more distinct ones are: a
    series of Article 10's numerals (a menu, a tab strip), not a stray number."""
    found = {text for text in texts if text.isdigit() and 1 <= int(text) <= 29}
    return frozenset(found) if len(found) >= 8 else frozenset()


def _in_order(
    current: tuple[int, ...], numeral: int | None, explicit: list[int], seen: int
) -> bool:
    """Whether a label-only heading naming ``numeral`` under the item(s) ``current`` starts that
    item: one of the next two numerals (pages list items in order; after a group "Numerales 26 /
    28", also 27), or one the page names nowhere explicitly that comes before the next explicit
    numeral (``explicit[seen]``). A label of an unrelated numeral under it ("Viáticos" under
    "Numeral 4") is a sub-item."""
    if not current or numeral is None or numeral in current:
        return False
    first = min(current)
    if first < numeral <= max(current) + 2:
        return True
    upcoming = explicit[seen] if seen < len(explicit) else None
    return upcoming is not None and first < numeral < upcoming and numeral not in explicit


_FIGURES = str.maketrans("123456789", "000000000")


_FIELD_LABEL = re.compile(r"\s*([^\W\d][^:\d]{0,40}):")


def _shape(part: str) -> str:
    """A piece of a page's text with its figures as zeros: "Año: 2020" and "Año: 2026" are the
    same line of a template."""
    return part.translate(_FIGURES)


def _keys(part: str) -> tuple[str, ...]:
    """What makes ``part`` a template's when most pages print it: its shape, and the label
    of the field it opens with, if any ("Validación:"; a label holds no figures)."""
    label = _FIELD_LABEL.match(part)
    if label is None:
        return (_shape(part),)
    return _shape(part), f"{label.group(1).strip().lower()}:"


def _templated(part: str, template: set[str]) -> bool:
    return any(key in template for key in _keys(part))


def _is_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")


def _without_pending(
    block: Block, dates: tuple[FoundDate, ...]
) -> tuple[tuple[FoundDate, ...], bool]:
    """``dates`` less those of the periods ``block`` marks pending ("Octubre 2026 | Pendiente |
    --", a card "Período: Noviembre 2026 / Fecha de publicación: Pendiente"): all of them when it
    links nothing, else those of the cells around each mark; and whether it linked nothing."""
    parts = block.text_parts
    marks = [i for i, part in enumerate(parts) if says_pending(part)]
    if not marks:
        return dates, False
    if not block.links:
        return (), True
    pending: list[FoundDate] = []
    for i in marks:
        for part in parts[max(0, i - PENDING_REACH) : i + PENDING_REACH + 1]:
            pending += find_dates(part)
    return _without(dates, tuple(pending)), False


def _withdrawn_after(page: Page, block: Block, link: Link) -> bool:
    """Whether the text that follows ``link`` in ``block``, up to the block's next link, says its
    file was withdrawn."""
    if not link.text:
        return False
    named = {page.links[index].text for index in block.links} - {link.text}
    after: list[str] = []
    parts = iter(block.text_parts)
    for part in parts:
        if part.strip() == link.text:
            for following in parts:
                if following.strip() in named:
                    break
                after.append(following)
            break
    return says_withdrawn(" ".join(after))


def _without_server_text(text: str) -> tuple[str, Failure | None]:
    """``text`` without PHP's diagnostic lines and a server failure's message (neither is the
    body's words), and that failure."""
    lowered = text.lower()
    # A failure may be told by a PHP warning ("mysqli_query(): MySQL server has gone away").
    failed = (
        server_failure(text)
        if "[" in text or any(word in lowered for word in _FAILURE_WORDS)
        else None
    )
    text = without_diagnostics(text)
    if failed is None:
        return text, None
    again = server_failure(text)
    return (text if again is None else again.rest), failed


def _dating_label(label: str, context: str) -> str:
    """What names a document's period: its row when its link only says to download it and the
    row names a period ("Depósitos … | Octubre 2026 | 11/11/2026 | [Descargar]"), else its
    label (a row's day alone, "Title | 12/11/2026 | Download", is when the file was put up)."""
    if context and names_a_download(label) and names_a_period(find_dates(context)):
        return context
    return label


def _describe_content(evidence: Evidence) -> str:
    parts = []
    if evidence.working_docs:
        parts.append(f"{evidence.working_docs} document(s)")
    if evidence.external_docs:
        parts.append(f"{evidence.external_docs} document(s) on another host")
    if evidence.rows:
        parts.append(f"{evidence.rows} table row(s)")
    if evidence.images:
        parts.append(f"{evidence.images} image(s)")
    if not parts and evidence.text_content:
        parts.append("text")
    text = "holds " + ", ".join(parts)
    if evidence.broken_docs:
        text += f" ({evidence.broken_docs} more fail to open)"
    return text


def _sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` holding position ``at`` (up to 300 characters)."""
    start = text.rfind(". ", 0, at)
    end = text.find(". ", at)
    return text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)].strip()[:300]
