"""Disk cost of the evidence archive: a year of daily crawls of the bench fleet, 5 % of pages
changing every day.

The fleet is the scale benchmark's (``bench/fleet.py``: 340 portals, 17.5 HTML pages of 30-150 KB
and 23.8 documents per portal), built in memory: the answers a crawl would receive (pages with
nginx's headers and their padded bodies, documents' HEAD headers) become ``Capture`` objects and
go through the real archive code (``monitor.store.evidence.store_crawl_evidence``: WARC files on
disk, index rows in the database). Day 0 archives every answer; on each following day a random
5 % of the pages change (a paragraph is added), so those are archived again and everything else
becomes a revisit record. The year is extrapolated from the measured days:
``day 0 + 364 x (mean of days 1..N)``, for the WARC files and for the database index.

    .venv/bin/python -m bench.evidence_size                      # 340 portals, 1 + 3 days
    .venv/bin/python -m bench.evidence_size --portals 34 --days 2   # a quick smoke run
    .venv/bin/python -m bench.evidence_size --change 0.10           # 10 % of pages a day
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.fleet import FAMILY, KB, OTHER_HOST, plan
from bench.padding import Theme
from monitor.compliance.catalog import load_catalog
from monitor.compliance.result import Capture, ComplianceResult
from monitor.config import PortalConfig
from monitor.store.crawls import start_crawl
from monitor.store.db import open_database, transaction
from monitor.store.evidence import store_crawl_evidence
from monitor.store.repo import sync_portals
from tests.compliance.fleet.content import assign
from tests.compliance.fleet.designs import DESIGNS

GB = 1024**3
MB = 1024**2


def _headers(
    content_type: str, length: int, modified: float, etag: str
) -> tuple[tuple[str, str], ...]:
    return (
        ("Server", "nginx/1.22.1"),
        ("Date", email.utils.formatdate(time.time(), usegmt=True)),
        ("Content-Type", content_type),
        ("Content-Length", str(length)),
        ("Last-Modified", email.utils.formatdate(modified, usegmt=True)),
        ("Connection", "keep-alive"),
        ("ETag", f'"{etag}"'),
        ("Accept-Ranges", "bytes"),
    )


def portal_answers(index: int, today: dt.date, seed: int) -> tuple[str, dict[str, Any]]:
    """One bench portal's answers: ``{url: (content_type, body or None, size, modified)}``."""
    portal = plan(index + 1)[index]
    catalog = load_catalog()
    routes = DESIGNS[portal.design](catalog, assign(catalog, index), today, other_host=OTHER_HOST)
    rng = random.Random(f"{seed}:{index}")
    pages = [
        p for p, r in routes.items() if r.status == 200 and r.content_type.startswith("text/html")
    ]
    inner = sorted({"/", *(p for p in pages if "?" not in p and p.count("/") <= 2)})[:12]
    theme = Theme(rng.getrandbits(32), FAMILY[portal.design], f"Municipalidad {portal.slug}", inner)
    answers: dict[str, Any] = {}
    for path, resource in sorted(routes.items()):
        if resource.status != 200:
            continue
        url = portal.url.rstrip("/") + path
        modified = time.time() - rng.randint(1, 400) * 86400
        if resource.content_type.startswith("text/html"):
            size = int(rng.triangular(30 * KB, 150 * KB, 55 * KB))
            encoding = "iso-8859-1" if portal.design == "folders" else "utf-8"
            body = theme.pad(resource.body, size, rng.getrandbits(16), encoding)
            answers[url] = ("text/html; charset=" + encoding, body, len(body), modified)
        else:
            size = int(min(6_000 * KB, max(8 * KB, rng.lognormvariate(12.2, 1.0))))
            answers[url] = (resource.content_type, None, size, resource.last_modified or modified)
    return portal.slug, answers


def captures(answers: dict[str, Any], at: dt.datetime) -> tuple[Capture, ...]:
    found = []
    for url, (content_type, body, size, modified) in answers.items():
        etag = f"{int(modified):x}-{size:x}"
        found.append(
            Capture(
                url=url,
                method="GET" if body is not None else "HEAD",
                status=200,
                headers=_headers(content_type, size, modified, etag),
                body=body,
                fetched_at=at,
            )
        )
    return tuple(found)


def change_pages(answers: dict[str, Any], share: float, rng: random.Random, day: int) -> int:
    pages = [url for url, answer in answers.items() if answer[1] is not None]
    changed = [url for url in pages if rng.random() < share]
    for url in changed:
        content_type, body, _size, _modified = answers[url]
        note = f"<p>Actualizado el día {day}: {rng.getrandbits(64):x}</p></body>".encode()
        body = body.replace(b"</body>", note, 1)
        answers[url] = (content_type, body, len(body), time.time())
    return len(changed)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(portals: int, days: int, change: float, seed: int, workdir: Path) -> dict[str, Any]:
    today = dt.date.today()
    evidence = workdir / "evidence"
    db_file = workdir / "evidence-bench.db"
    engine, factory = open_database(f"sqlite:///{db_file}")
    fleet = [portal_answers(i, today, seed) for i in range(portals)]
    with transaction(factory) as session:
        ids = sync_portals(
            session,
            [
                PortalConfig(slug=slug, name=slug, url=f"http://{slug}.bench.test/")
                for slug, _ in fleet
            ],
        )
    rng = random.Random(seed)
    start = dt.datetime.now(dt.UTC)
    per_day: list[dict[str, Any]] = []
    for day in range(days):
        at = start + dt.timedelta(days=day)
        changed = 0 if day == 0 else sum(change_pages(a, change, rng, day) for _, a in fleet)
        before_warc, before_db = _size(evidence) if evidence.exists() else 0, db_file.stat().st_size
        began = time.process_time()
        responses = revisits = 0
        for slug, answers in fleet:
            result = ComplianceResult(slug, "bench", at, (), captures=captures(answers, at))
            with transaction(factory) as session:
                run_row = start_crawl(session, ids[slug], at, "bench")
                crawl = store_crawl_evidence(session, run_row, result, evidence)
                run_row.status = "complete"
                records = session.execute(
                    text(
                        "SELECT record_type, count(*) FROM evidence_records WHERE crawl_id = :c "
                        "GROUP BY record_type"
                    ),
                    {"c": crawl.crawl_id},
                ).all()
            kinds = dict(records)
            responses += kinds.get("response", 0)
            revisits += kinds.get("revisit", 0)
        cpu = time.process_time() - began
        per_day.append(
            {
                "day": day,
                "pages_changed": changed,
                "responses": responses,
                "revisits": revisits,
                "warc_bytes": _size(evidence) - before_warc,
                "db_bytes": db_file.stat().st_size - before_db,
                "cpu_seconds": round(cpu, 1),
            }
        )
        print(json.dumps(per_day[-1]), file=sys.stderr)
    engine.dispose()
    first, steady = per_day[0], per_day[1:]
    mean = {
        key: sum(d[key] for d in steady) / len(steady) if steady else 0.0
        for key in ("warc_bytes", "db_bytes", "revisits", "responses", "cpu_seconds")
    }
    pages = sum(1 for _, a in fleet for v in a.values() if v[1] is not None)
    documents = sum(1 for _, a in fleet for v in a.values() if v[1] is None)
    year_warc = first["warc_bytes"] + 364 * mean["warc_bytes"]
    year_db = first["db_bytes"] + 364 * mean["db_bytes"]
    return {
        "portals": portals,
        "pages": pages,
        "documents": documents,
        "change_per_day": change,
        "first_crawl_bytes": first["warc_bytes"],
        "first_crawl_bytes_per_portal": first["warc_bytes"] / portals,
        "daily_bytes": mean["warc_bytes"],
        "daily_bytes_per_portal": mean["warc_bytes"] / portals,
        "daily_db_bytes": mean["db_bytes"],
        "year_warc_gb": year_warc / GB,
        "year_db_gb": year_db / GB,
        "year_total_gb": (year_warc + year_db) / GB,
        "first_crawl_cpu_seconds": first["cpu_seconds"],
        "daily_cpu_seconds": mean["cpu_seconds"],
        "days": per_day,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--portals", type=int, default=340)
    parser.add_argument("--days", type=int, default=4, help="day 0 + N-1 days of changes")
    parser.add_argument("--change", type=float, default=0.05, help="share of pages changed a day")
    parser.add_argument("--seed", type=int, default=57)
    args = parser.parse_args(argv)
    if args.days < 2:
        parser.error("--days: at least 2 (the full day 0 and one day of changes)")
    with tempfile.TemporaryDirectory(prefix="laip-evidence-bench-") as tmp:
        report = run(args.portals, args.days, args.change, args.seed, Path(tmp))
    print(
        f"{report['portals']} portals, {report['pages']} pages + {report['documents']} documents"
        f" per crawl round, {args.change:.0%} of pages changing a day"
    )
    print(
        f"first round (everything new): {report['first_crawl_bytes'] / MB:,.1f} MB WARC, "
        f"{report['first_crawl_bytes_per_portal'] / KB:,.0f} KB per portal, "
        f"{report['first_crawl_cpu_seconds']} s CPU"
    )
    print(
        f"each following day: {report['daily_bytes'] / MB:,.2f} MB WARC "
        f"({report['daily_bytes_per_portal'] / KB:,.1f} KB per portal crawl) + "
        f"{report['daily_db_bytes'] / MB:,.2f} MB index, {report['daily_cpu_seconds']} s CPU"
    )
    print(
        f"a year: {report['year_warc_gb']:.2f} GB WARC + {report['year_db_gb']:.2f} GB index "
        f"= {report['year_total_gb']:.2f} GB (target <= 5 GB)"
    )
    out = Path("bench/results")
    out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    (out / f"evidence-{stamp}.json").write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
