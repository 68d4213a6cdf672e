"""What a crawl remembers of each answer, so that the next crawl skips what did not change.

A page's ETag and Last-Modified make the next crawl's request for it conditional: ``304 Not
Modified`` reuses the page as parsed last time, without a body, a parse or an app-shell check.
A page that comes back byte for byte the same (servers without validators) is not parsed again
either. A document's check is made conditional the same way; a 304 reuses its describing headers
(size, type, Last-Modified). Parsed pages are kept as compact JSON (zlib), tagged with a
fingerprint of the parser's source, so that a changed parser never reuses an old parse. Pure: the
store keeps these between crawls (``store.answers``), the crawler reads and writes them.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from monitor.compliance import (
    addresses,
    catalog,
    dates,
    declarations,
    decode,
    document_text,
    elements,
    forms,
    fragments,
    groups,
    page,
    pdf2html,
    rewrites,
    status,
    text,
    tree,
    viewers,
)
from monitor.compliance.digest import payload_digest
from monitor.compliance.page import Block, LinkCache, Page, shared_link
from monitor.net import canonical

AnswerKind = Literal["page", "document"]
PAGE: AnswerKind = "page"
DOCUMENT: AnswerKind = "document"
# The headers that describe a document (what the judge reads of it) and its validators.
DOCUMENT_HEADERS = ("content-type", "content-length", "content-range", "last-modified", "etag")
_COMPRESSION = 1  # parsed pages are small; level 1 is within 10 % of 6 for a third of the CPU


def code_fingerprint(files: Iterable[str | Path]) -> str:
    """A short digest of the source ``files``: a new release of the code they hold changes it."""
    hasher = hashlib.sha1()
    for name in files:
        hasher.update(Path(name).read_bytes())
    return hasher.hexdigest()[:16]


# The parser's code (and what it calls): a new release of it invalidates every remembered parse.
PARSER_MODULES = (
    page,
    decode,
    document_text,
    elements,
    rewrites,
    addresses,
    forms,
    fragments,
    catalog,
    groups,
    dates,
    declarations,
    status,
    text,
    viewers,
    pdf2html,
    tree,
    canonical,
)
# The parser reads the law's text of each numeral from the catalogue (``catalog.restates_law``).
PARSER_FINGERPRINT = code_fingerprint(
    [*(m.__file__ or "" for m in PARSER_MODULES), catalog.DEFAULT_CATALOG_PATH]
)


@dataclass(frozen=True)
class LastAnalysis:
    """A portal's last analysis (``compliance.analysis``) as the store keeps it: the key of the
    content it was made from, and its JSON."""

    key: str
    analyses: str


@dataclass(frozen=True)
class Remembered:
    """One answer as the last crawl read it: its validators, content digest and what it said."""

    url: str
    kind: AnswerKind
    status: int
    digest: str
    etag: str | None = None
    last_modified: str | None = None
    headers: tuple[tuple[str, str], ...] = ()  # a document's describing headers
    page_blob: bytes | None = None  # a page's parse (``encode_page``)

    def conditional_headers(self) -> dict[str, str]:
        """The request headers that ask for the answer only if it changed; {} without validators."""
        headers: dict[str, str] = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers

    def page(self, links: LinkCache | None = None) -> Page | None:
        """The page as parsed last time (a fresh object); None for documents or a bad blob.

        ``links`` shares equal (immutable) links between the pages of one crawl: a site's menu
        is decoded once, not once per page.
        """
        if self.page_blob is None:
            return None
        try:
            return decode_page(self.page_blob, links)
        except (ValueError, TypeError, IndexError, zlib.error):
            return None


def validators(headers: Mapping[str, str]) -> tuple[str | None, str | None]:
    """``(etag, last_modified)`` of an answer's headers (weak ETags included)."""
    return headers.get("etag") or None, headers.get("last-modified") or None


def remember_page(url: str, headers: Mapping[str, str], digest: str, parsed: Page) -> Remembered:
    """What to remember of a page read whole (status 200) and parsed."""
    etag, last_modified = validators(headers)
    return Remembered(
        url, PAGE, parsed.status, digest, etag, last_modified, page_blob=encode_page(parsed)
    )


def document_digest(status: int, headers: Mapping[str, str]) -> str:
    """What identifies a document's check: the SHA-1 of its status and describing headers.

    ``headers`` is looked up by lower-case name (``httpx.Headers`` or a lower-cased dict).
    """
    described = [str(status)] + [f"{name}: {headers.get(name, '')}" for name in DOCUMENT_HEADERS]
    return payload_digest("\n".join(described).encode())


def remember_document(url: str, status: int, headers: Mapping[str, str]) -> Remembered:
    """What to remember of a document's check: its status and describing headers."""
    etag, last_modified = validators(headers)
    digest = document_digest(status, headers)
    described = tuple((name, headers[name]) for name in DOCUMENT_HEADERS if name in headers)
    return Remembered(url, DOCUMENT, status, digest, etag, last_modified, headers=described)


def page_values(parsed: Page) -> tuple[Any, ...]:
    """Everything a parsed page holds, as plain values in field order (what ``encode_page``
    writes, and what ``analysis.content_key`` digests)."""
    return (
        parsed.url,
        parsed.status,
        parsed.title,
        parsed.h1,
        parsed.truncated,
        [
            (
                b.heading,
                b.level,
                b.text_parts,
                b.pseudo,
                b.line,
                b.rows,
                b.images,
                b.links,
                b.fields,
                b.linked,
                b.unsent_choices,
                b.loads_more,
                b.gated,
            )
            for b in parsed.blocks
        ],
        [(k.url, k.text, k.in_template, k.block, k.context) for k in parsed.links],
    )


def encode_page(parsed: Page) -> bytes:
    """A parsed page as compressed JSON (arrays, not objects: a fifth of the size)."""
    raw = json.dumps(page_values(parsed), ensure_ascii=False, separators=(",", ":")).encode()
    return zlib.compress(raw, _COMPRESSION)


def decode_page(blob: bytes, cache: LinkCache | None = None) -> Page:
    """The page ``encode_page`` wrote; ValueError (or TypeError) when the blob is not one."""
    url, status, title, h1, truncated, blocks, links = json.loads(zlib.decompress(blob))
    cache = {} if cache is None else cache
    found = [
        shared_link(cache, (target, label, in_template, index, context))
        for target, label, in_template, index, context in links
    ]
    return Page(
        url=url,
        status=status,
        title=title,
        h1=h1,
        truncated=truncated,
        blocks=[Block(*values) for values in blocks],
        links=found,
    )
