"""Corrections as regression cases: what the judge saw behind a section + the corrected verdict.

``review export --out DIR`` writes one JSON file per correction: the answers archived in the crawl
the officer corrected — pages (headers and body) and documents (headers), those behind the
section flagged ``behind_section``, the rest kept as the context the judge read them in (menus
and dates repeated across the site are template) — and the status the officer gave it.
``load_cases`` reads such a directory back and ``rejudge`` runs the current judge on a case, so
the test suite (``tests/compliance/test_review_cases.py``) can hold the judge to its users'
corrections.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from warcio.archiveiterator import ArchiveIterator

from monitor.compliance.catalog import Catalog, load_catalog
from monitor.compliance.crawl import CrawlOutcome, FetchFailure, _document_from
from monitor.compliance.judge import judge
from monitor.compliance.page import HTML_TYPES, parse_page
from monitor.compliance.result import SectionVerdict
from monitor.errors import ConfigError
from monitor.net.redirects import REDIRECT_STATUSES, join

FORMAT = "laip-monitor/review-case/1"
_ORIG = "x-archive-orig-"


@dataclass(frozen=True)
class Answer:
    """One archived answer, as the crawl received it (body None for headers-only answers)."""

    url: str
    method: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    behind_section: bool = True  # False: the rest of the crawl, the context the judge read

    def to_json(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "url": self.url,
            "method": self.method,
            "status": self.status,
            "behind_section": self.behind_section,
            "headers": [list(pair) for pair in self.headers],
        }
        if self.body is not None:
            payload["body_base64"] = base64.b64encode(self.body).decode("ascii")
        return payload

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Answer:
        body = data.get("body_base64")
        return cls(
            url=str(data["url"]),
            method=str(data.get("method", "GET")),
            status=int(data["status"]),
            headers=tuple((str(k), str(v)) for k, v in data.get("headers", [])),
            body=None if body is None else base64.b64decode(body),
            behind_section=bool(data.get("behind_section", True)),
        )


def read_answer(record_bytes: bytes, method: str, headers_only: bool) -> Answer:
    """An ``Answer`` from one gzip-compressed WARC response record."""
    for record in ArchiveIterator(io.BytesIO(record_bytes)):
        if record.rec_type != "response":
            continue
        http = record.http_headers
        body = record.content_stream().read()
        headers: list[tuple[str, str]] = []
        for name, value in http.headers:
            lower = name.lower()
            if lower == "content-length":
                continue  # the archive's own; the answer's is under X-Archive-Orig-
            if lower.startswith(_ORIG):
                headers.append((name[len(_ORIG) :], value))
            else:
                headers.append((name, value))
        return Answer(
            url=str(record.rec_headers.get_header("WARC-Target-URI")),
            method=method,
            status=int(http.get_statuscode()),
            headers=tuple(headers),
            body=None if headers_only else bytes(body),
        )
    raise ValueError("no response record")


@dataclass(frozen=True)
class ReviewCase:
    """One correction as a self-contained judging problem."""

    path: Path | None
    portal: str
    portal_url: str
    section: str
    status: str
    judge_status: str
    reason: str
    reviewer: str
    judged_on: dt.date
    answers: tuple[Answer, ...]
    extra: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "portal": self.portal,
            "portal_url": self.portal_url,
            "section": self.section,
            "status": self.status,
            "judge_status": self.judge_status,
            "reason": self.reason,
            "reviewer": self.reviewer,
            "judged_on": self.judged_on.isoformat(),
            **self.extra,
            "answers": [answer.to_json() for answer in self.answers],
        }

    @property
    def name(self) -> str:
        return f"{self.portal}-{self.section}"


def write_case(case: ReviewCase, directory: Path) -> Path:
    """Write ``case`` as ``DIR/<portal>-<section>-<id>.json``; its path."""
    directory.mkdir(parents=True, exist_ok=True)
    suffix = case.extra.get("review_id", "")
    path = directory / f"{case.name}-{suffix}.json"
    path.write_text(json.dumps(case.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def load_cases(directory: Path) -> list[ReviewCase]:
    """Every ``*.json`` case in ``directory`` (sorted); ConfigError naming a malformed file."""
    cases = []
    for path in sorted(directory.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"field 'format': expected {FORMAT!r}")
            known = {
                "format",
                "portal",
                "portal_url",
                "section",
                "status",
                "judge_status",
                "reason",
                "reviewer",
                "judged_on",
                "answers",
            }
            cases.append(
                ReviewCase(
                    path=path,
                    portal=str(data["portal"]),
                    portal_url=str(data["portal_url"]),
                    section=str(data["section"]),
                    status=str(data["status"]),
                    judge_status=str(data["judge_status"]),
                    reason=str(data.get("reason", "")),
                    reviewer=str(data.get("reviewer", "")),
                    judged_on=dt.date.fromisoformat(str(data["judged_on"])),
                    answers=tuple(Answer.from_json(a) for a in data["answers"]),
                    extra={k: v for k, v in data.items() if k not in known},
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            what = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise ConfigError(f"{path}: not a review case: {what}") from None
    return cases


def outcome_of(case: ReviewCase) -> CrawlOutcome:
    """The crawl the case's answers describe: pages parsed, documents checked, redirects."""
    outcome = CrawlOutcome(start_url=case.portal_url)
    for answer in case.answers:
        response = httpx.Response(answer.status, headers=list(answer.headers))
        location = response.headers.get("location")
        if answer.status in REDIRECT_STATUSES and location:
            target = join(answer.url, location)
            if target is not None:
                outcome.redirects[answer.url] = target
        elif answer.status >= 400 and answer.method != "HEAD":
            outcome.failures[answer.url] = FetchFailure(
                answer.url, answer.status, f"HTTP {answer.status}"
            )
        elif answer.method == "HEAD" or not _is_html(response) or answer.body is None:
            # A document's check (HEAD, or a one-byte ranged GET): its headers are the answer.
            outcome.documents[answer.url] = _document_from(
                answer.url, response.headers, answer.status
            )
        else:
            content_type = response.headers.get("content-type")
            outcome.pages[answer.url] = parse_page(
                answer.url, answer.status, answer.body, content_type
            )
    return outcome


def _is_html(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "").lower()
    return not content_type or content_type.startswith(HTML_TYPES)


def rejudge(case: ReviewCase, catalog: Catalog | None = None) -> SectionVerdict:
    """The current judge's verdict on the case's section, from the case's answers alone."""
    catalog = catalog or load_catalog()
    verdicts = judge(outcome_of(case), catalog, today=case.judged_on)
    for verdict in verdicts:
        if verdict.section_id == case.section:
            return verdict
    raise KeyError(case.section)
