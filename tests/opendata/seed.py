"""Four months of realistic history for six portals, written straight into the tables.

Months 2026-08 to 2026-11 in America/Guatemala (UTC-6): a probe every two hours, a few outages
per portal (one across the October/November boundary), a weekly crawl judging the 29 Article 10
numerals and one extra section, with portals improving at different speeds. One portal is
never crawled (``crawl = false``) and one is blocked by robots.txt (every verdict ``unknown``,
no score). One label is hostile markup and one evidence URL is not http(s).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Config
from monitor.store import repo
from monitor.store.db import open_database, transaction
from monitor.store.models import CrawlRun, ProbeRun, SectionVerdict, Transition

NOW = dt.datetime(2026, 12, 4, 15, tzinfo=dt.UTC)
START = dt.datetime(2026, 8, 1, 6, tzinfo=dt.UTC)  # 2026-08-01 00:00 in Guatemala
END = dt.datetime(2026, 12, 1, 6, tzinfo=dt.UTC)  # 2026-12-01 00:00 in Guatemala
PROBE_EVERY = dt.timedelta(hours=2)
CATALOG_VERSION = "2026.11.3"
HOSTILE_LABEL = '<script>alert("x")</script> Numeral 8 <b>'
SECTIONS = [f"art10.n{n:02d}" for n in range(1, 30)] + ["extra.comude"]
CREDIT = {"ok": 1.0, "outdated": 0.5, "empty": 0.5}

PORTALS = [
    # slug, name, department, quality at the start, gain per month, crawled, blocked
    ("munipoptun", "Municipalidad de Poptún", "Petén", 0.45, 0.08, True, False),
    ("munidolorespeten", "Municipalidad de Dolores", "Petén", 0.30, 0.03, True, False),
    ("munixela", "Municipalidad de Quetzaltenango", "Quetzaltenango", 0.70, 0.05, True, False),
    (
        "muniesquipulaspalogordo",
        "Municipalidad de Esquipulas Palo Gordo",
        "San Marcos",
        0.55,
        -0.04,
        True,
        False,
    ),  # fmt: skip
    ("municoncepcion", "Municipalidad de Concepción", None, 0.0, 0.0, False, False),
    ("munilascruces", "Municipalidad de Las Cruces", "Petén", 0.0, 0.0, True, True),
]
# (slug, down at, up at, cause); the first crosses the October/November boundary in Guatemala.
INCIDENTS = [
    (
        "munipoptun",
        dt.datetime(2026, 11, 1, 3, tzinfo=dt.UTC),
        dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC),
        "timeout",
    ),  # fmt: skip
    (
        "munipoptun",
        dt.datetime(2026, 9, 10, 12, tzinfo=dt.UTC),
        dt.datetime(2026, 9, 11, 0, tzinfo=dt.UTC),
        "dns",
    ),  # fmt: skip
    (
        "munidolorespeten",
        dt.datetime(2026, 11, 14, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 11, 16, 0, tzinfo=dt.UTC),
        "connect",
    ),  # fmt: skip
    (
        "munidolorespeten",
        dt.datetime(2026, 8, 20, 8, tzinfo=dt.UTC),
        dt.datetime(2026, 8, 20, 20, tzinfo=dt.UTC),
        "http_status",
    ),  # fmt: skip
    (
        "munixela",
        dt.datetime(2026, 10, 5, 10, tzinfo=dt.UTC),
        dt.datetime(2026, 10, 5, 14, tzinfo=dt.UTC),
        "tls",
    ),  # fmt: skip
    (
        "municoncepcion",
        dt.datetime(2026, 11, 25, 10, tzinfo=dt.UTC),
        dt.datetime(2026, 11, 28, 10, tzinfo=dt.UTC),
        "dns",
    ),  # fmt: skip
]


def portal_config(base_url: str = "https://{slug}.example.gt/") -> Config:
    """The six portals (URLs from ``base_url``, formatted with the slug)."""
    return Config.model_validate(
        {
            "portals": [
                {
                    "slug": slug,
                    "name": name,
                    **({"department": department} if department else {}),
                    "url": base_url.format(slug=slug),
                    "crawl": crawled,
                }
                for slug, name, department, _, _, crawled, _ in PORTALS
            ]
        }
    )


@dataclass(frozen=True)
class Seeded:
    config: Config
    factory: sessionmaker[Session]
    ids: dict[str, int]


def seed_database(url: str, config: Config | None = None) -> Seeded:
    """Migrate the database at ``url`` and write the whole history into it."""
    config = config or portal_config()
    _, factory = open_database(url)
    with transaction(factory) as session:
        ids = repo.sync_portals(session, config.portals)
        for portal in config.portals:
            seed_portal(session, ids[portal.slug], portal.slug, portal.url)
    return Seeded(config, factory, ids)


def down_cause(slug: str, at: dt.datetime) -> str | None:
    for name, start, end, cause in INCIDENTS:
        if name == slug and start <= at < end:
            return cause
    return None


def seed_portal(session: Session, portal_id: int, slug: str, url: str) -> None:
    rng = random.Random(slug)
    rows = []
    at = START
    while at < END:
        cause = down_cause(slug, at)
        rows.append(
            {
                "portal_id": portal_id,
                "started_at": at,
                "up": cause is None,
                "error": cause,
                "status_code": 200 if cause is None else None,
                "response_time_seconds": None if cause else round(0.2 + rng.random() * 1.5, 3),
                "redirects": 0,
                "truncated": False,
            }
        )
        at += PROBE_EVERY
    session.execute(insert(ProbeRun), rows)
    session.add(Transition(portal_id=portal_id, to_status="up", at=START))
    for name, start, end, cause in INCIDENTS:
        if name == slug:
            session.add(Transition(portal_id=portal_id, from_status="up", to_status="down",
                                   at=start, cause=cause))  # fmt: skip
            session.add(Transition(portal_id=portal_id, from_status="down", to_status="up", at=end))
    spec = next(p for p in PORTALS if p[0] == slug)
    _, _, _, quality, gain, crawled, blocked = spec
    if not crawled:
        return
    crawl_at = START + dt.timedelta(days=2, hours=3)
    week = 0
    while crawl_at < END:
        if down_cause(slug, crawl_at) is None:
            level = min(0.98, max(0.05, quality + gain * week / 4.3))
            add_crawl(session, portal_id, url, crawl_at, rng, level, blocked)
        crawl_at += dt.timedelta(days=7)
        week += 1
    # A crawl left running (never counted) inside November.
    session.add(CrawlRun(portal_id=portal_id, started_at=END - dt.timedelta(days=3),
                         status="running", catalog_version=CATALOG_VERSION))  # fmt: skip


def add_crawl(
    session: Session,
    portal_id: int,
    url: str,
    at: dt.datetime,
    rng: random.Random,
    level: float,
    blocked: bool,
) -> None:
    statuses: dict[str, str] = {}
    for section in SECTIONS:
        if blocked:
            statuses[section] = "unknown"
        elif section in ("art10.n24", "art10.n25") and rng.random() < 0.8:
            statuses[section] = "not_applicable"
        else:
            roll = rng.random()
            if roll < level:
                statuses[section] = "ok"
            else:
                statuses[section] = rng.choice(
                    ["outdated", "outdated", "empty", "missing", "missing", "broken", "unknown"]
                )
    score, weighted = _scores(statuses) if not blocked else (None, None)
    crawl = CrawlRun(
        portal_id=portal_id,
        started_at=at,
        finished_at=at + dt.timedelta(minutes=2),
        status="complete",
        catalog_version=CATALOG_VERSION,
        pages=41,
        documents=57,
        score=score,
        weighted_score=weighted,
        stop_reason="robots" if blocked else None,
    )
    session.add(crawl)
    session.flush()
    local_month = (at - dt.timedelta(hours=6)).date().replace(day=1)
    verdicts = []
    for section, status in statuses.items():
        found = status not in ("missing", "unknown")
        last = None
        if status == "ok":
            last = local_month - dt.timedelta(days=1)
        elif status == "outdated":
            last = dt.date(2025, 3, 31)
        label = f"Numeral {section[-2:]}" if section.startswith("art10") else "COMUDE"
        evidence = f"{url}index.php/{section[-2:]}-transparencia" if found else None
        if section == "art10.n08":
            label = HOSTILE_LABEL
        if section == "art10.n29" and found:
            evidence = "javascript:alert(1)"
        verdicts.append(
            {
                "crawl_id": crawl.id,
                "section_id": section,
                "status": status,
                "url": evidence,
                "label": label if found else None,
                "last_updated": last,
                "reason": f"seeded: {status}",
            }
        )
    session.execute(insert(SectionVerdict), verdicts)


def _scores(statuses: dict[str, str]) -> tuple[float, float]:
    counted = [s for k, s in statuses.items() if k.startswith("art10.") and s != "not_applicable"]
    ok = sum(1 for s in counted if s == "ok")
    credit = sum(CREDIT.get(s, 0.0) for s in counted)
    return ok / len(counted), credit / len(counted)
