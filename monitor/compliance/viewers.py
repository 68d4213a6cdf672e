"""Documents shown through viewers: the file a viewer's address or a viewer plugin's markup names.

A viewer page shows a file named in its query: pdf.js (``…/web/viewer.html?file=/informe.pdf``,
WordPress and Joomla plugins' ``viewer.php?file=…``), Google's (``docs.google.com/viewer?url=…``,
``/gview?url=…``) and Office's (``view.officeapps.live.com/op/embed.aspx?src=…``). The file is
the document a citizen opens, not the viewer page (pdf.js never prints the file's name; Google's
is another host). Flipbook, PDF-embedder and lightbox plugins name their file in attributes their
script reads (dFlip's ``source``, PDF Embedder's ``data-pdf-url``, Embed Any Document's
``data-pdf-src``, Fancybox's ``data-src``), in JSON options (an Elementor widget's
``data-settings``, Real3D's ``data-flipbook-options``) or in a script's options
(``window.option_df_12 = {"source": …}``, Real3D's ``{"pdfUrl": …}``). No browser is needed:
the address is read where the plugin reads it. What it names is checked as any document link.

Links copied from an e-mail, a shared document or a social network go through that service's
redirect first: Google's (``https://www.google.com/url?q=<address>&sa=D…``, what Docs and Sheets
write into every link), Facebook's (``l.facebook.com/l.php?u=…``) and Outlook's safe links
(``….safelinks.protection.outlook.com/?url=…``). The address they send the reader on to is the
link; the service's host is never asked.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, urlsplit

# A viewer's address: its file is in the query (pdf.js's "file", Google's "url", Office's "src").
_VIEWER_PATH = re.compile(
    r"/(?:viewer|gview)(?:\.(?:html?|php|aspx?|jsp))?$|/op/(?:embed|view)\.aspx$", re.I
)
_VIEWER_PARAMETERS = frozenset({"file", "url", "src"})
# A service's redirect: (its host, or the end of it), its path, the parameter naming where to.
_REDIRECTS = (
    ("google.com", "/url", "q"),
    ("google.com.gt", "/url", "q"),
    ("l.facebook.com", "/l.php", "u"),
    ("lm.facebook.com", "/l.php", "u"),
    ("safelinks.protection.outlook.com", "/", "url"),
)
# Attributes a viewer plugin's script reads a file's address from (the caller keeps documents).
ADDRESS_ATTRIBUTES = (
    "source",
    "data-source",
    "data-pdf-url",
    "data-pdf-src",
    "data-pdf",
    "data-file",
    "data-src",
)
# Attributes holding a plugin's options as JSON.
_OPTION_ATTRIBUTES = ("data-settings", "data-flipbook-options", "data-options")
# A document's address as a JSON string ("http:\/\/muni.gob.gt\/informe.pdf").
_JSON_FILE = re.compile(r'"((?:[^"\\\s]|\\/)+?\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp))"', re.I)
# A script holding a flipbook's options (dFlip's "option_df_<id>", Real3D's "pdfUrl"; tested
# as plain substrings, case and all: most pages have inline scripts), and the option naming its
# file.
_SCRIPT_HINTS = ("option_df_", "pdfUrl", "pdf_url")
_SCRIPT_FILE = re.compile(
    r"""["']?\b(?:source|pdfUrl|pdf_url)["']?\s*[:=]\s*["']((?:[^"'\\\s]|\\/)+)["']""", re.I
)
# Bytes (lower case) of a page with a "data-" attribute that may hold one of them (checked
# before any element is asked); dFlip's books are told by their "_df_" classes.
MARKS = (
    b"source=",
    b"data-pdf",
    b"data-file",
    b"data-src",
    b"data-settings",
    b"data-flipbook",
    b"data-options",
)


# A viewer plugin's shortcode printed as text, its plugin switched off ("[pdf-embedder
# url="/wp-content/uploads/…/informe.pdf" title="…"]", Embed Any Document's "[embeddoc url=…]",
# PDF.js Viewer's "[pdfjs-viewer url=…]"): the file it names, still there, is what it shows.
_SHORTCODE_FILE = re.compile(
    r"""\[\s*[\w-]+\b[^\[\]]*?\burl\s*=\s*["“”'‘’]?([^"“”'‘’\s\[\]]+)"""
    r"""(?:[^\[\]]*?\btitle\s*=\s*["“”'‘’]([^"“”'‘’\[\]]{1,200}))?""",
    re.I,
)


def shortcode_files(text: str) -> list[tuple[str, str]]:
    """(address, title) of each file a viewer shortcode printed in ``text`` names."""
    if "url" not in text or "[" not in text:
        return []
    return [(match[1], match[2] or "") for match in _SHORTCODE_FILE.finditer(text)]


def viewed_file(url: str) -> str | None:
    """The address (as written, relative to ``url``) of the file the viewer at ``url`` shows;
    None when ``url`` is no viewer's."""
    if "?" not in url or not _MAY_WRAP.search(url):
        return None  # most addresses, at the cost of two searches
    parts = urlsplit(url)
    if not parts.query:
        return None
    wanted = _VIEWER_PARAMETERS if _VIEWER_PATH.search(parts.path) else _redirected(parts)
    for name, value in parse_qsl(parts.query):
        if name.lower() in wanted and value.strip():
            return value.strip()
    return None


_MAY_WRAP = re.compile(r"view|/op/embed|google\.|facebook\.com/l|safelinks", re.I)


def _redirected(parts: SplitResult) -> frozenset[str]:
    """The parameter a service's redirect at ``parts`` sends the reader on by (none if it is
    no such redirect)."""
    host = (parts.hostname or "").removeprefix("www.")
    for service, path, name in _REDIRECTS:
        if (host == service or host.endswith("." + service)) and parts.path == path:
            return frozenset({name})
    return frozenset()


def marked_addresses(attributes: dict[str, str]) -> list[str]:
    """The addresses an element's attributes hand a viewer plugin: plain ones first, then the
    documents its JSON options name."""
    found = [
        value.strip()
        for name in ADDRESS_ATTRIBUTES
        if (value := attributes.get(name)) and value.strip()
    ]
    for name in _OPTION_ATTRIBUTES:
        options = attributes.get(name)
        if options:
            found += [match.replace("\\/", "/") for match in _JSON_FILE.findall(options)]
    return found


def script_addresses(script: str) -> list[str]:
    """The files a flipbook's options in an inline script name."""
    if not any(hint in script for hint in _SCRIPT_HINTS):
        return []
    return [match.replace("\\/", "/") for match in _SCRIPT_FILE.findall(script)]
