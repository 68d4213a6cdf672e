"""What an address is: a link's href made absolute as a browser reads it, and whether it names a
document, a scanned picture, a download script's file or a single-page app's view."""

from __future__ import annotations

import functools
import re
from posixpath import basename, splitext
from urllib.parse import parse_qsl, unquote, urldefrag, urljoin, urlsplit

from monitor.compliance.status import DOWNLOAD_PATH, LIFERAY_FILE
from monitor.compliance.viewers import viewed_file
from monitor.net.canonical import without_session

# Office files and archives, and the open formats a data catalogue publishes ("en formato
# abierto": JSON, GeoJSON, TSV beside CSV and ODS).
_DOCUMENT_TEXT = (
    ".pdf .doc .docx .xls .xlsx .xlsm .csv .ods .odt .odp .ppt .pptx .zip .rar .rtf"
    " .json .geojson .tsv"
)
DOCUMENT_EXTENSIONS = frozenset(_DOCUMENT_TEXT.split())


# A scanned, signed report is often published as a picture: linked from the content, it is a file.
_SCAN_TEXT = ".jpg .jpeg .png .tif .tiff"
_SCAN_EXTENSIONS = frozenset(_SCAN_TEXT.split())


FILE_EXTENSIONS = DOCUMENT_EXTENSIONS | _SCAN_EXTENSIONS  # every file the crawler checks by name
# "?download=12:informe" (Phoca), "?attachment_id=", Google Drive's "uc?export=download&id=",
# jDownloads' "?task=download.send&id=".
_DOWNLOAD_QUERY = re.compile(
    r"(?:^|&)(?:(?:download|descargar|attachment_id|file_id)=|export=download\b"
    r"|task=download\.send\b)",
    re.I,
)
NOT_LINKS = ("#", "javascript:", "mailto:", "tel:", "data:")


# A link that names no content but fetching a file ("Descargar", "Download", "Ver PDF", "Ver
# archivos (Dropbox)": the service keeping them may follow in brackets; "Ver / Descargar",
# "Ver y descargar": a viewer's and a download's verbs together).
_DOWNLOAD_LABEL = re.compile(
    r"^(?:(?:(?:ver|abrir)\s*(?:/|\||-|y|o)\s*)?(?:descargar?(?: archivos?| documentos?| pdf)?"
    r"|download|bajar)(?:\s*(?:/|\||-|y|o)\s*(?:ver|abrir))?"
    r"|ver (?:pdf|archivos?|documentos?))(?: \([^()]{1,30}\))?$",
    re.I,
)


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


def join_url(base: str, href: str) -> str | None:
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
    return join_url_uncached(base, href)


def join_url_uncached(base: str, href: str) -> str | None:
    """``join_url`` without the cache (``href`` already stripped)."""
    if not href or (href.startswith(NOT_LINKS) and not is_route(href)):
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
    if shown is not None and not shown.startswith(NOT_LINKS) and shown != href:
        # A viewer's page (pdf.js's "…/web/viewer.html?file=/images/informe.pdf", Google's
        # "docs.google.com/viewer?url=…"): what it shows is the file.
        return join_url_uncached(absolute, shown) or absolute
    return absolute


# A view of a single-page app addressed by its fragment: Vue's and React's hash router
# ("#/transparencia/numeral/8"), AngularJS's hashbang ("#!/numeral/8").
_ROUTE = re.compile(r"#!?/[^/\s]")


def is_route(href: str) -> bool:
    """Whether ``href`` (or its fragment) addresses a single-page app's view."""
    return _ROUTE.match(href) is not None
