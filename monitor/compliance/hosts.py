"""Links to other hosts, which the crawl never requests: one file kept on a sharing service,
or a page that shows what only its own host holds.

Many municipal sites keep their documents on Google Drive, OneDrive, Dropbox, MEGA, Issuu,
Scribd, Calaméo or Yumpu: such a file is published, dated by the words naming it. A folder or
a dashboard there, an entity's listing on GUATECOMPRAS or the Portal de Gobiernos Locales, an
embedded Facebook post: what they hold is read only on that host (``elsewhere``). A national
system's bare home page names nothing of the body's own; a share button publishes nothing.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

_FILE_HOSTS = re.compile(
    r"(?:^|\.)(?:drive\.google\.com|docs\.google\.com|dropbox\.com|onedrive\.live\.com|1drv\.ms"
    r"|sharepoint\.com|issuu\.com|scribd\.com|box\.com|mega\.nz|calameo\.com|yumpu\.com)$"
)
# A folder on those hosts: Drive's "/drive/folders/<id>" and "embeddedfolderview?id=",
# Dropbox's "/sh/…" and "/scl/fo/…", OneDrive's "1drv.ms/f/…", MEGA's "/folder/…",
# SharePoint's "/:f:/…".
_FOLDER_PATH = re.compile(
    r"^/(?:drive/(?:u/\d+/)?folders/|embeddedfolderview|sh/|scl/fo/|f/|folder/|:f:/)", re.I
)
# Social networks: a post's original, a profile or a share button beside the site's own copy;
# only an embedded post (Facebook's "/plugins/post.php") shows something the page does not.
_SOCIAL_HOSTS = re.compile(
    r"(?:^|\.)(?:facebook\.com|fb\.com|fb\.me|instagram\.com|twitter\.com|x\.com|tiktok\.com"
    r"|wa\.me|whatsapp\.com|t\.me|telegram\.me|linkedin\.com|pinterest\.com|threads\.net)$"
)
_EMBEDDED_POST = re.compile(r"^/plugins/(?:post|video)\.php", re.I)
_HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/default.aspx"})


@functools.lru_cache(maxsize=65536)
def hosted_file(url: str) -> bool:
    """Whether ``url`` is one file on a file-sharing or publishing service."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    return bool(_FILE_HOSTS.search(host)) and not _FOLDER_PATH.match(parts.path)


def elsewhere(url: str) -> str:
    """The host of ``url`` when it is a page showing content read only there (a folder, a
    dashboard, a system's listing, an embedded post); "" for a file, a home page, a profile or a
    share button."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or parts.scheme not in ("http", "https") or hosted_file(url):
        return ""
    if parts.path in _HOME_PATHS and not parts.query:
        return ""
    if _SOCIAL_HOSTS.search(host) and not _EMBEDDED_POST.match(parts.path):
        return ""
    return host
