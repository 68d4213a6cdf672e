"""What a portal's content says of each catalogue entry, whatever the day, and how it is kept.

Judging a crawl has two parts. ``judge.analyse`` reads the content (pages, documents, failures)
and finds, for each entry, the places that hold it and what they hold: the costly part.
``judge.settle`` then gives the verdicts on a day (freshness depends on it). When a crawl reads
exactly the content the last one analysed, with the same catalogue and the same judge, the last
analysis stands and only ``settle`` runs: the pipeline keeps each portal's last analysis with its
``content_key`` (``store.answers``). The key digests everything the judge reads, in orders that do
not depend on the network's timing (the judge reads pages in its own reading order), so it
changes with any page, document answer, failure or crawl limit that could change a verdict.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import pickle
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from monitor.compliance.catalog import Catalog, CatalogEntry
from monitor.compliance.crawl import CrawlOutcome
from monitor.compliance.dates import FoundDate, Precision
from monitor.compliance.memo import code_fingerprint, page_values
from monitor.compliance.result import SectionVerdict
from monitor.compliance.status import Status, is_status

_HERE = Path(__file__).parent
# The judge's code and what it reads (catalogue included): a change to any of them makes every
# kept analysis stale.
JUDGE_FINGERPRINT = code_fingerprint(
    [
        *(
            _HERE / name
            for name in (
                "analysis.py",
                "judge.py",
                "bodies.py",
                "catalog.py",
                "catalog.toml",
                "dates.py",
                "declarations.py",
                "document_text.py",
                "groups.py",
                "hosts.py",
                "server_text.py",
                "text.py",
                "page.py",
                "decode.py",
                "elements.py",
                "rewrites.py",
                "addresses.py",
                "forms.py",
                "fragments.py",
                "viewers.py",
                "pdf2html.py",
                "tree.py",
                "status.py",
                "result.py",
            )
        ),
        *(_HERE.parent / "net" / name for name in ("scope.py", "canonical.py", "errors.py")),
    ]
)


# Why a link to an item's page fails, in the reasons' words (``report.reasons`` translates
# them): the portal redirects it to its home page.
SENT_HOME = "sends the reader back to the home page"
# An item whose place shows a server's error instead of its content (``Evidence.server_failure``),
# and a page PHP stopped part-way, as the reason an item found nowhere is not known missing.
FAILED_ON_THE_SERVER = "its content failed on the server"
STOPPED_BY_AN_ERROR = "was cut off by a server error"
# A page whose own content only says it was not found ("Página no encontrada").
SAYS_NOT_FOUND = "the page says it was not found"
# An item's list of which a script loads more ("Ver más documentos"): its newest may be there.
MORE_BY_SCRIPT = "but the page loads more of its list by script and the newest may be there"


def busy_reason(status: int) -> str:
    """Why what a server answered with ``status`` (``net.errors.BUSY_STATUSES``) was not read."""
    if status == 429:
        return "the portal answered 429 Too Many Requests to the monitor"
    return (
        f"the portal answered HTTP {status} to the monitor (too busy to answer), also when asked"
        " again"
    )


@dataclass
class Evidence:
    """What one location holds."""

    working_docs: int = 0
    broken_docs: int = 0
    unchecked_docs: int = 0
    external_docs: int = 0
    empty_docs: int = 0
    rows: int = 0
    images: int = 0
    unsent_choices: int = 0  # choices of a POST form or a script: what they show is not read
    loads_more: bool = False  # a "Ver más" button loads more of its list by script
    text_content: bool = False
    empty_marker: bool = False
    empty_listing: bool = False  # a listing printing that it lists nothing
    not_applicable: bool = False
    none_held: bool = False  # it states the body has none of the item's object
    named_dates: list[FoundDate] = field(default_factory=list)
    modified_dates: list[FoundDate] = field(default_factory=list)
    # A WordPress permalink (/2026/02/26/informe-2025/) dates the post, not what it publishes:
    # used only when the content names no date.
    permalink_dates: list[FoundDate] = field(default_factory=list)
    broken_detail: str = ""
    # Days the page says it was edited ("Última modificación: 20/11/2026"): they date the item
    # only when its documents name no period of their own (``document_dates``: the working
    # documents' named dates, a part of ``named_dates``).
    stamp_dates: list[FoundDate] = field(default_factory=list)
    document_dates: list[FoundDate] = field(default_factory=list)
    # Why documents or sub-pages went unread although asked twice: the server was too busy
    # (``busy_reason``); "" when they were left for the budget.
    busy_detail: str = ""
    # Working documents whose name and address give no date ("Ver", "informe-20-1.pdf"): while
    # one is there, a stamp may be its date, and does not yield to the others' periods.
    unnamed_docs: int = 0
    # The host of a page elsewhere that holds the item's content (a folder, a dashboard, an
    # entity's listing on GUATECOMPRAS): "" when it links none.
    elsewhere: str = ""
    # A log-in or password form, or a locked download, stands where its content would be.
    gated: bool = False
    # A server's error printed where the content would be (a database error, PHP's fatal
    # error; ``server_text``), quoted: "" when none.
    server_failure: str = ""

    def add(self, other: Evidence) -> None:
        self.working_docs += other.working_docs
        self.broken_docs += other.broken_docs
        self.unchecked_docs += other.unchecked_docs
        self.external_docs += other.external_docs
        self.empty_docs += other.empty_docs
        self.rows += other.rows
        self.images += other.images
        self.unsent_choices += other.unsent_choices
        self.loads_more = self.loads_more or other.loads_more
        self.text_content = self.text_content or other.text_content
        self.named_dates += other.named_dates
        self.modified_dates += other.modified_dates
        self.permalink_dates += other.permalink_dates
        self.broken_detail = self.broken_detail or other.broken_detail
        self.stamp_dates += other.stamp_dates
        self.document_dates += other.document_dates
        self.busy_detail = self.busy_detail or other.busy_detail
        self.unnamed_docs += other.unnamed_docs
        self.elsewhere = self.elsewhere or other.elsewhere
        self.gated = self.gated or other.gated
        self.server_failure = self.server_failure or other.server_failure

    def has_content(self, entry: CatalogEntry) -> bool:
        """Documents, data rows or text of its own; an image counts only for an item published
        once and changed rarely (an organigram), never for periodic reports (a photo gallery of
        works is not the works' report)."""
        images = self.images if entry.update == "on_change" else 0
        return bool(
            self.working_docs or self.external_docs or self.rows or images or self.text_content
        )

    def holds_nothing(self) -> bool:
        """No document (working, broken or unchecked), row, image or text, and no phrase saying
        the item is empty or does not apply: a place that only names the item."""
        return not (
            self.working_docs
            or self.broken_docs
            or self.unchecked_docs
            or self.external_docs
            or self.empty_docs
            or self.rows
            or self.images
            or self.text_content
            or self.empty_marker
            or self.empty_listing
            or self.not_applicable
            or self.none_held
            or self.elsewhere
            or self.gated
            or self.server_failure
        )


@dataclass(frozen=True)
class Candidate:
    status: Status
    reason: str
    url: str | None
    label: str | None
    last_updated: FoundDate | None = None


@dataclass(frozen=True)
class Found:
    """A location that holds something: its verdict depends on the day it is judged on."""

    evidence: Evidence
    url: str
    label: str
    # The item's working documents, with the dates their names give: the newest on the day is
    # the one shown.
    dated: tuple[tuple[str, str, tuple[FoundDate, ...]], ...] = ()


@dataclass(frozen=True)
class Place:
    menu: bool  # a menu item leads there
    line: bool  # the line of an index names it
    found: Candidate | Found


@dataclass(frozen=True)
class Analysis:
    """What a portal's content says of one catalogue entry, whatever the day: its verdict
    already (``verdict``), or the places that hold it, which ``settle`` judges on a day."""

    verdict: SectionVerdict | None
    places: tuple[Place, ...] = ()
    unread: tuple[tuple[str, str], ...] = ()  # (url, why it could not be read whole)


def content_key(outcome: CrawlOutcome, catalog: Catalog) -> str:
    """A digest of everything ``judge.analyse`` reads of ``outcome``, with the judge's code and
    the catalogue: equal keys, equal analyses."""
    pages = outcome.pages
    unique: dict[int, int] = {}
    aliases: list[tuple[str, int]] = []
    for url in sorted(pages):
        aliases.append((url, unique.setdefault(id(pages[url]), len(unique))))
    read: list[tuple[Any, ...]] = []
    seen: set[int] = set()
    for url in sorted(pages):
        page = pages[url]
        if id(page) in seen:
            continue
        seen.add(id(page))
        read.append(page_values(page))
    stats = outcome.stats
    payload = (
        JUDGE_FINGERPRINT,
        catalog.version,
        outcome.start_url,
        outcome.scope_hosts,
        aliases,
        read,
        sorted(outcome.failures.items()),
        sorted(outcome.documents.items()),
        sorted(outcome.redirects.items()),
        sorted(outcome.robots_denied),
        sorted(outcome.unvisited),
        sorted(outcome.unvisited_minor),
        sorted(outcome.unreadable.items()),
        (stats.stop_reason, stats.blocked_by_robots, stats.error),
    )
    # Without pickle's memo, equal values make equal bytes whichever objects hold them.
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(payload)
    return hashlib.sha256(buffer.getvalue()).hexdigest()


# -- JSON, as the store keeps an analysis ---------------------------------------------------------
# Compact, as it is read before every crawl: the places' evidence in one table (a page reached by
# several routes holds the same evidence), each as a list in ``Evidence``'s field order, each date
# as "2026-11-30m" (its last day and the first letter of its precision).

_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))
_DATE_LISTS = frozenset(
    {"named_dates", "modified_dates", "permalink_dates", "stamp_dates", "document_dates"}
)
_PRECISIONS: dict[str, Precision] = {"d": "day", "m": "month", "y": "year"}


def dump_analyses(analyses: tuple[Analysis, ...]) -> str:
    """``analyses`` as compact JSON; ``load_analyses`` reads back analyses that ``settle``
    judges alike on every day."""
    table: dict[tuple[Any, ...], int] = {}
    entries = [_analysis_json(analysis, table) for analysis in analyses]
    evidence = list(table)  # tuples are written as JSON arrays
    return json.dumps(
        {"evidence": evidence, "entries": entries}, separators=(",", ":"), ensure_ascii=False
    )


def load_analyses(text: str) -> tuple[Analysis, ...]:
    """The analyses ``dump_analyses`` wrote; ValueError when ``text`` is not such JSON."""
    try:
        document = json.loads(text)
        table = [_evidence(item) for item in document["evidence"]]
        return tuple(_analysis(item, table) for item in document["entries"])
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a kept analysis: {exc!r}") from exc


def _analysis_json(analysis: Analysis, table: dict[tuple[Any, ...], int]) -> list[Any]:
    if analysis.verdict is not None:
        v = analysis.verdict
        last = v.last_updated.isoformat() if v.last_updated else None
        return [[v.section_id, v.status, v.reason, v.url, v.label, last, v.last_updated_precision]]
    places = [[p.menu, p.line, _found_json(p.found, table)] for p in analysis.places]
    return [None, places, [list(pair) for pair in analysis.unread]]


def _analysis(item: list[Any], table: list[Evidence]) -> Analysis:
    if item[0] is not None:
        section, status, reason, url, label, last, precision = item[0]
        when = dt.date.fromisoformat(last) if last is not None else None
        return Analysis(
            SectionVerdict(section, _status(status), reason, url, label, when, precision)
        )
    _, places, unread = item
    return Analysis(
        None,
        tuple(Place(bool(menu), bool(line), _found(found, table)) for menu, line, found in places),
        tuple((str(url), str(why)) for url, why in unread),
    )


def _found_json(found: Candidate | Found, table: dict[tuple[Any, ...], int]) -> list[Any]:
    if isinstance(found, Candidate):
        date = _date_json(found.last_updated) if found.last_updated else None
        return [0, found.status, found.reason, found.url, found.label, date]
    values = tuple(
        tuple(_dates_json(value)) if name in _DATE_LISTS else value
        for name in _EVIDENCE_FIELDS
        for value in (getattr(found.evidence, name),)
    )
    index = table.setdefault(values, len(table))
    dated = [[url, label, _dates_json(dates)] for url, label, dates in found.dated]
    return [1, index, found.url, found.label, dated]


def _found(item: list[Any], table: list[Evidence]) -> Candidate | Found:
    if item[0] == 0:
        _, status, reason, url, label, date = item
        return Candidate(_status(status), reason, url, label, _date(date) if date else None)
    _, index, url, label, dated = item
    kept = tuple(
        (str(doc), str(doc_label), tuple(_date(d) for d in dates))
        for doc, doc_label, dates in dated
    )
    return Found(table[index], str(url), str(label), kept)


def _evidence(values: list[Any]) -> Evidence:
    if len(values) != len(_EVIDENCE_FIELDS):
        raise ValueError(f"not a kept evidence: {len(values)} values")
    given: dict[str, Any] = {
        name: [_date(d) for d in value] if name in _DATE_LISTS else value
        for name, value in zip(_EVIDENCE_FIELDS, values, strict=True)
    }
    return Evidence(**given)


def _dates_json(dates: list[FoundDate] | tuple[FoundDate, ...]) -> list[str]:
    # Each date once: the judge asks only which is newest (equal dates tie to the same answer).
    return [_date_json(date) for date in dict.fromkeys(dates)]


def _date_json(date: FoundDate) -> str:
    return date.end.isoformat() + date.precision[0]


def _date(item: str) -> FoundDate:
    precision = _PRECISIONS.get(item[-1:])
    if precision is None:
        raise ValueError(f"not a kept date: {item!r}")
    return FoundDate(dt.date.fromisoformat(item[:-1]), precision)


def _status(value: object) -> Status:
    if not is_status(value):
        raise ValueError(f"not a status: {value!r}")
    return value
