"""Every vocabulary of the compliance side, defined once and imported everywhere else.

* ``Status``: the verdict on one catalogue entry (section).
* ``CrawlRunStatus``: the life of one crawl row in the database.
* ``is_news_path``: the one rule telling news, blog and pagination pages apart from the
  transparency part of a portal (the crawler reads them last, the judge never takes them as a
  section's page).
"""

from __future__ import annotations

import re
from typing import Literal, TypeGuard, get_args
from urllib.parse import urlsplit

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
# A download manager's address ("/download/123/", "/descargas/category/16-ejecucion"): the first
# segment under its directory names a file or a listing of files.
DOWNLOAD_PATH = re.compile(r"/(?:download|downloads|descargar|descargas)/[^/]+", re.I)
_PAGINATION = re.compile(r"[?&](?:page|paged|start|limitstart|p)=\d|/page/\d", re.I)


# Joomla names a category by its id and alias ("/category/131-numeral-1-estructura-organica"):
# Phoca Download's and DOCman's listings of files, not a blog's archive.
_JOOMLA_CATEGORY = re.compile(r"/\d+-[^/]")


def is_news_path(url: str) -> bool:
    """Whether ``url``'s path is a news, blog, tag or feed page (not a transparency section).

    A download manager's category ("/descargas/category/16-ejecucion", ".../category/131-numeral-1")
    is a listing of files."""
    path = urlsplit(url).path
    downloads = DOWNLOAD_PATH.search(path)
    return any(
        (downloads is None or not downloads.start() < found.start() < downloads.end())
        and not (
            found.group().lower().startswith("/categor")
            and _JOOMLA_CATEGORY.match(path, found.end())
        )
        for found in _NEWS_PATH.finditer(path)
    )


def is_pagination(url: str) -> bool:
    """Whether ``url`` is a page 2, 3, … of a listing."""
    return bool(_PAGINATION.search(url))
