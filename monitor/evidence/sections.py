"""Which crawled URLs each verdict rests on, and a digest of them (pure: no storage, no I/O).

A verdict with a location rests on the page (or document) it names, plus what that page links
to outside the site template: its documents and sub-pages, and the sub-pages' documents — the
same two levels the judge reads. A verdict without a location (``missing``, most ``unknown``)
rests on the set of pages that were read: it changes when pages appear or disappear.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from monitor.compliance.crawl import CrawlOutcome
from monitor.compliance.digest import payload_digest
from monitor.compliance.memo import document_digest
from monitor.compliance.result import Capture, SectionVerdict

MAX_URLS = 200  # per section: a page listing a thousand documents is evidenced by its first ones
NO_CAPTURE = "-"


def section_urls(
    outcome: CrawlOutcome, verdicts: Iterable[SectionVerdict]
) -> dict[str, tuple[str, ...]]:
    """``{section_id: urls}``: the URLs behind each verdict, in a stable order."""
    every_page = tuple(sorted(outcome.pages))
    found: dict[str, tuple[str, ...]] = {}
    for verdict in verdicts:
        if verdict.url is None:
            found[verdict.section_id] = every_page[:MAX_URLS]
            continue
        urls: dict[str, None] = {}
        _collect(outcome, verdict.url, urls, depth=2)
        found[verdict.section_id] = tuple(urls)[:MAX_URLS]
    return found


def _collect(outcome: CrawlOutcome, url: str, urls: dict[str, None], depth: int) -> None:
    if len(urls) >= MAX_URLS:
        return
    urls.setdefault(url)
    final = outcome.resolve(url)
    urls.setdefault(final)
    page = outcome.pages.get(final)
    if page is None or depth == 0:
        return
    for link in page.links:
        if link.in_template or len(urls) >= MAX_URLS:
            continue
        target = outcome.resolve(link.url)
        if target in urls:
            continue
        if target in outcome.documents or link.url in outcome.documents:
            urls.setdefault(link.url)
            urls.setdefault(target)
        elif target in outcome.pages and depth > 1:
            _collect(outcome, link.url, urls, depth - 1)


def capture_digest(capture: Capture) -> str:
    """What identifies the content of an answer: the body's SHA-1 for a page (the WARC payload
    digest), for a document the SHA-1 of its status and the headers that describe the file."""
    if capture.digest is not None:
        return capture.digest
    if capture.body is not None:
        return payload_digest(capture.body)
    headers = {name.lower(): value for name, value in capture.headers}
    return document_digest(capture.status, headers)


def section_digest(urls: Iterable[str], digests: Mapping[str, str]) -> str:
    """One digest over the URLs behind a section and the content digest of each (sha256 hex)."""
    hasher = hashlib.sha256()
    for url in sorted(set(urls)):
        hasher.update(f"{url}\t{digests.get(url, NO_CAPTURE)}\n".encode())
    return hasher.hexdigest()


def latest_digests(captures: Iterable[Capture]) -> dict[str, str]:
    """``{url: content digest}`` of the last answer for each URL."""
    return {capture.url: capture_digest(capture) for capture in captures}
