"""Every vocabulary of the compliance side, defined once and imported everywhere else.

* ``Status``: the verdict on one catalogue entry (section).
* ``CrawlRunStatus``: the life of one crawl row in the database.
* ``is_minor``: the one rule telling news, blog, calendar, print, feed and other side pages apart
  from the transparency part of a portal (the crawler reads them last, the judge never takes
  them as a section's page); ``is_pagination`` tells a listing's page 2, 3, ….
* ``names_site_list``: the title of a block listing the whole site's newest, most popular or
  related files and posts (a plugin's widget), never one item's.
"""

from __future__ import annotations

import re
from typing import Literal, TypeGuard, get_args
from urllib.parse import unquote, urlsplit

from monitor.compliance.text import fold

Status = Literal["ok", "outdated", "empty", "broken", "missing", "not_applicable", "unknown"]
STATUSES: tuple[Status, ...] = get_args(Status)


def is_status(value: object) -> TypeGuard[Status]:
    """Whether ``value`` is one of the verdict statuses (read back from storage or input)."""
    return value in STATUSES


# Numeric codes exported by the laip_section_status metric (documented in its HELP text).
STATUS_CODES: dict[Status, int] = {status: code for code, status in enumerate(STATUSES)}

# running: started, verdicts not written yet. complete: verdicts written. aborted: stopped
# (deadline, shutdown, a process that died, requests failing on the monitor's own machine).
# unreachable: the portal could not be read at all (an outage). Neither aborted nor unreachable
# writes a verdict: the sections keep the ones they had.
CrawlRunStatus = Literal["running", "complete", "aborted", "unreachable"]
CRAWL_RUN_STATUSES: tuple[CrawlRunStatus, ...] = get_args(CrawlRunStatus)
RUNNING: CrawlRunStatus = "running"
COMPLETE: CrawlRunStatus = "complete"
ABORTED: CrawlRunStatus = "aborted"
UNREACHABLE: CrawlRunStatus = "unreachable"

# Why a crawl did not start (the ``reason`` label of laip_crawls_skipped_total).
CrawlSkipReason = Literal["portal_down", "database_down", "disabled"]
CRAWL_SKIP_REASONS: tuple[CrawlSkipReason, ...] = get_args(CrawlSkipReason)
# How a crawl was judged (the ``outcome`` label of laip_crawl_analyses_total): its content
# analysed anew, or the portal's kept analysis reused (``compliance.analysis``).
AnalysisOutcome = Literal["new", "kept"]
ANALYSIS_OUTCOMES: tuple[AnalysisOutcome, ...] = get_args(AnalysisOutcome)

_NEWS_PATH = re.compile(
    r"/(?:noticias?|news|blog|eventos?|comunicados?|category|categoria|tag|etiqueta|galeria"
    r"|prensa|actualidad|author|autor|feed|comments?)(?=[/_-]|$)",
    re.I,
)
# A download manager's address ("/download/123/", "/descargas/category/16-ejecucion",
# "/descargar/<uuid>"): the first segment under its directory names a file or a listing of
# files; a record's download at its address's end ("/documentos/220/descargar/", Django's and
# Laravel's routes) names its file.
DOWNLOAD_PATH = re.compile(
    r"/(?:download|downloads|descargar|descargas)/[^/]+"
    r"|/(?:\d+|[0-9a-f][0-9a-f-]{7,})/(?:download|descargar)/?$",
    re.I,
)
# Liferay's Documents and Media, from the path's start: "/documents/10180/0/Informe.pdf/4f6a…",
# 7.4's "/documents/d/guest/informe-pdf", "/c/document_library/get_file?uuid=…".
LIFERAY_FILE = re.compile(r"/(?:documents/(?:\d+|d)/[^/]+/|c/document_library/get_file\b)", re.I)
# A listing's page N: the usual names, Liferay's namespaced "_<portlet>_cur=N", SharePoint's
# "PageFirstRow=N".
_PAGINATION = re.compile(
    r"[?&](?:page|paged|start|limitstart|p|pg|pag|pagina|offset|pagefirstrow|\w*_cur)=\d"
    r"|/(?:page|pagina)/\d",
    re.I,
)


# Joomla names a category by its id and alias ("/category/131-numeral-1-estructura-organica"):
# Phoca Download's and DOCman's listings of files, not a blog's archive.
_JOOMLA_CATEGORY = re.compile(r"/\d+-[^/]")
# Words that name the transparency part of a portal, on folded text ("Información Pública de
# Oficio", "Artículo 10", "LAIP", "Numeral 8"): a blog's category so named is where a body that
# publishes each item as posts files them ("/category/numeral-13/"), and another body's section
# so named is that body's (``compliance.bodies``).
TRANSPARENCY_WORDS = re.compile(
    r"\b(?:numeral|inciso|articulo 10|art 10|transparencia|informacion publica|laip"
    r"|acceso a la informacion)\b"
)


def is_news_path(url: str) -> bool:
    """Whether ``url``'s path is a news, blog, tag or feed page (not a transparency section).

    A download manager's category ("/descargas/category/16-ejecucion", ".../category/131-numeral-1")
    is a listing of files, and a blog's category named for the transparency part
    ("/category/numeral-13/") is where the item's posts are filed. So is a picture gallery so
    named ("/galeria-laip/", "/galeria/numeral-8/"): a body that publishes its scans as albums."""
    path = urlsplit(url).path
    downloads = DOWNLOAD_PATH.search(path)
    return any(
        (downloads is None or not downloads.start() < found.start() < downloads.end())
        and not (found.group().lower().startswith(_FILING_WORDS) and _files_items(path, found))
        for found in _NEWS_PATH.finditer(path)
    )


_FILING_WORDS = ("/categor", "/galeria")  # a blog's categories, a site's picture albums


def _files_items(path: str, found: re.Match[str]) -> bool:
    """Whether the category or gallery ``found`` in ``path`` is the transparency part's: a
    Joomla category's id and alias after it, or its own name or the next segment's naming
    that part ("galeria-laip", "category/numeral-13")."""
    segment = _segment_after(path, found.start())
    return bool(
        _JOOMLA_CATEGORY.match(path, found.end())
        or TRANSPARENCY_WORDS.search(fold(segment))
        or TRANSPARENCY_WORDS.search(fold(_segment_after(path, found.end())))
    )


def _segment_after(path: str, end: int) -> str:
    """The path segment after position ``end`` ("numeral-13" after "/category")."""
    return unquote(path[end:].lstrip("/").split("/", 1)[0])


# Other views of pages read elsewhere, and link spaces without end: an events calendar's months
# and exports, tag pages, feeds, print and e-mail versions, share pages, search results, sorted
# or resized copies of a listing (Laravel's "?per_page=50", a "Mostrar 25 registros" choice),
# comment replies, log-in forms (WordPress, Joomla, The Events Calendar, Drupal views; Liferay's
# maximized, pop-up and action copies of a portlet, SharePoint's sorted views and alert forms).
# Addresses only: "Agenda" or "Imprimir" as a link's words name items.
_SIDE_VIEW_PATH = re.compile(
    # Odoo's "/document/share/<id>/<token>" is no share button's page but a folder of files.
    r"(?<!/document)/(?:agenda|calendario|calendar|events|tags|etiquetas|rss|atom|imprimir"
    r"|print|compartir|share|login|wp-login\.php|subnew\.aspx)(?=[/._-]|$)",
    re.I,
)
# A site search's results ("/buscar?q=informe", "/busqueda/"): a search script asked for a
# period by a query form ("buscar_documentos.php?anio=2026&numeral=1"), with no term typed, is
# where a portal publishes, not a copy of it.
_SEARCH_PATH = re.compile(r"/(?:buscar|busqueda)(?=[/._-]|$)", re.I)
_SEARCH_TERM = re.compile(
    r"(?:^|&)(?:q|s|query|search|searchword|termino|keywords?|palabras?|texto)=[^&]", re.I
)
_SIDE_VIEW_QUERY = re.compile(
    r"(?:^|&)(?:(?:filter_order|filter_order_dir|orderby|order|sort|ordenar|orden|limit|print"
    r"|per_page|perpage|per-page|page_size|pagesize|items_per_page|registros|por_pagina"
    r"|tmpl|searchword|highlight|replytocom|share|ical|outlook-ical|tribe-bar-date|eventdisplay"
    r"|feed|sortfield|sortdir|returnurl)=|option=com_(?:mailto|search|tags|users)\b"
    r"|format=(?:feed|rss|atom)\b|view=(?:tags?|search)\b"
    r"|p_p_state=(?:maximized|pop_up|exclusive)\b|p_p_lifecycle=[12]\b"
    # A calendar widget's day ("?date=2026-11-3&t=list" on every page of CDAG's site): a period
    # a document filter asks for is a month or a year, never one day.
    r"|(?:date|fecha|day|dia|tribe-date)=(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:&|$))",
    re.I,
)


# Another language's copy of the portal: WPML's "?lang=en" / "?lang=kiche", Joomla's "&lang=en",
# Polylang's and Joomla's language prefix ("/en/…", "/index.php/en/…"). The Spanish version
# ("es", "es-gt", "spa") is the portal; the law's items are judged there, and the others
# (English, the Mayan languages' ISO 639-3 codes and WPML slugs) are read after it.
_OTHER_LANGUAGE = (
    r"en|en-us|en-gb|eng|english|fr|de|pt|it|zh|ja|ko"
    r"|quc|kiche|k-iche|cak|kaqchikel|kek|qeqchi|q-eqchi|mam|tzj|tzutujil|ixl|ixil"
)
_LANGUAGE_QUERY = re.compile(
    rf"(?:^|&)(?:lang|language|idioma|hl)=(?:{_OTHER_LANGUAGE})(?:&|$)", re.I
)
_LANGUAGE_PATH = re.compile(rf"^(?:/index\.php)?/(?:{_OTHER_LANGUAGE})(?:/|$)", re.I)


# WordPress's month and day archives of its posts ("/2026/11/", "/2026/11/24/"): a site's archive
# widget lists every month since its first post. The posts themselves ("/2026/11/24/feria/") are
# not side views.
_DATE_ARCHIVE = re.compile(
    r"/(?:19|20)\d\d/(?:0[1-9]|1[0-2])/(?:(?:0[1-9]|[12]\d|3[01])/)?(?:page/\d+/?)?"
)


def is_side_view(url: str) -> bool:
    """Whether ``url`` is another view of pages read elsewhere, or one step of an endless link
    space (calendar months, date archives, tag and search results, print, feed, share and sorted
    copies)."""
    parts = urlsplit(url)
    return bool(
        _SIDE_VIEW_PATH.search(parts.path)
        or _SIDE_VIEW_QUERY.search(parts.query)
        or (
            _SEARCH_PATH.search(parts.path) is not None
            and (not parts.query or _SEARCH_TERM.search(parts.query) is not None)
        )
        or _DATE_ARCHIVE.fullmatch(parts.path)
        or _LANGUAGE_QUERY.search(parts.query) is not None
        or _LANGUAGE_PATH.match(parts.path) is not None
    )


def is_minor(url: str) -> bool:
    """Whether ``url`` is news, a blog, or a side view (``is_side_view``): the crawler reads
    such pages last, and the judge never takes one as a section's page."""
    return is_news_path(url) or is_side_view(url)


def is_pagination(url: str) -> bool:
    """Whether ``url`` is a page 2, 3, … of a listing."""
    return bool(_PAGINATION.search(url))


# A widget listing the whole site's files or posts, by its title (folded), as download and post
# plugins print it in Spanish: WordPress Download Manager's "Últimas descargas" / "Descargas
# populares", Download Monitor's "Descargas destacadas", jDownloads' "Últimos documentos",
# WordPress's "Entradas recientes" and "Etiquetas", related-posts blocks' "Documentos
# relacionados", a theme's "Novedades" ticker.
_LIST_NOUN = r"(?:descargas|documentos|archivos|publicaciones|entradas|noticias|articulos|posts)"
_SITE_LIST = re.compile(
    rf"^(?:(?:ultim|nuev)[oa]s {_LIST_NOUN}(?: de \w+(?: \w+){{0,2}})?"
    rf"|{_LIST_NOUN} (?:recientes|populares|destacad[oa]s|relacionad[oa]s|nuev[oa]s"
    r"|mas \w+)(?: de \w+)?"
    r"|(?:lo )?mas (?:descargad[oa]s?|populares|vist[oa]s?|recientes|leid[oa]s?)"
    r"|novedades|etiquetas|nube de etiquetas|(?:tambien )?te puede interesar"
    r"|lista de descargas)$"
)
MAX_SITE_LIST_TITLE = 60


def names_site_list(heading: str) -> bool:
    """Whether a heading titles a list of the whole site's newest, most popular or related
    files or posts ("Últimas descargas", "Documentos relacionados"), not one item's."""
    return len(heading) <= MAX_SITE_LIST_TITLE and _SITE_LIST.match(fold(heading)) is not None
