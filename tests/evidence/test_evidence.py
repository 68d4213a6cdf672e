"""The evidence archive end to end: WARC per crawl, dedup by revisits, export checked by warcio."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from warcio.archiveiterator import ArchiveIterator

from monitor.store.db import open_database
from monitor.store.models import CrawlRun, EvidenceCrawl, EvidenceRecord
from tests.evidence.portal import served_portal

WARCIO = [sys.executable, "-c", "import sys; from warcio.cli import main; sys.exit(main())"]


def warcio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WARCIO, *args], capture_output=True, text=True, timeout=60)


def _records(path: Path) -> list[tuple[str, str | None]]:
    with open(path, "rb") as stream:
        return [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"))
            for r in ArchiveIterator(stream)
        ]


def _crawls(db_url: str) -> list[tuple[int, dict[str, int], int]]:
    """Per complete crawl: id, records by type, bytes written."""
    engine, factory = open_database(db_url, migrate=False)
    with factory() as session:
        found = []
        for run in session.scalars(select(CrawlRun).order_by(CrawlRun.id)):
            kinds = dict(
                session.execute(
                    select(EvidenceRecord.record_type, func.count())
                    .where(EvidenceRecord.crawl_id == run.id)
                    .group_by(EvidenceRecord.record_type)
                ).all()
            )
            archive = session.get(EvidenceCrawl, run.id)
            found.append((run.id, kinds, archive.bytes_written if archive else 0))
    engine.dispose()
    return found


@pytest.mark.parametrize("validators", [False, True], ids=["plain", "conditional"])
def test_a_crawl_is_archived_and_an_unchanged_recrawl_writes_revisits_only(
    tmp_path: Path, db_url: str, validators: bool
) -> None:
    with served_portal(tmp_path, db_url, validators=validators) as served:
        first = served.check()
        sent = sum(served.server.traffic.body_bytes.values())
        second = served.check()
        sent_again = sum(served.server.traffic.body_bytes.values()) - sent
        not_modified = sum(served.server.traffic.not_modified.values())
    assert first["sections"] == second["sections"]
    if validators:  # the recrawl asked "changed since?" and read (almost) no body
        assert not_modified >= first["crawled_pages"] and sent_again < sent / 20
    (_, kinds1, size1), (crawl2, kinds2, size2) = _crawls(db_url)
    assert kinds1.get("response", 0) >= first["crawled_pages"] + first["documents_checked"]
    assert set(kinds2) == {"revisit"}, kinds2
    assert sum(kinds2.values()) == sum(kinds1.values())
    assert size2 / sum(kinds2.values()) < 400, (size1, size2, kinds2)  # bytes per unchanged URL

    files = sorted(served.evidence.rglob("*.warc.gz"))
    assert len(files) == 2 and files[1].name.endswith(f"-{crawl2}.warc.gz")
    for path in files:  # the archive's own files are valid WARC too
        assert warcio("check", str(path)).returncode == 0
    types = {kind for kind, _ in _records(files[1])}
    assert types == {"warcinfo", "revisit"}

    explained = served.json("explain", served.slug)
    assert explained["evidence"]["warc_file"] == str(files[1])
    assert explained["evidence"]["revisits"] == sum(kinds2.values())
    table = served.cli("explain", served.slug)
    assert "evidencia archivada (WARC)" in table.stdout


@pytest.mark.parametrize("validators", [False, True], ids=["plain", "conditional"])
def test_evidence_of_a_crawl_and_of_one_verdict_pass_warcio_check_and_index(
    tmp_path: Path, db_url: str, validators: bool
) -> None:
    with served_portal(tmp_path, db_url, validators=validators) as served:
        served.check()
        compliance = served.check()  # the newest crawl is all revisits: export resolves them
    sections = {s["id"]: s for s in compliance["sections"]}
    section = next(s for s in sections.values() if s["status"] == "outdated" and s["url"])

    whole = tmp_path / "crawl.warc.gz"
    today = dt.datetime.now(dt.UTC).date().isoformat()
    report = served.json("evidence", served.slug, "--date", today, "--out", str(whole))
    assert report["revisits"] > 0 and report["responses"] == report["revisits"]
    one = tmp_path / "one.warc.gz"
    verdict = served.json("evidence", served.slug, "--section", section["id"], "--out", str(one))
    assert 0 < verdict["records"] < report["records"]

    for path in (whole, one):
        checked = warcio("check", "-v", str(path))
        assert checked.returncode == 0, checked.stdout + checked.stderr
        indexed = warcio("index", "-f", "warc-type,warc-target-uri,offset,length", str(path))
        assert indexed.returncode == 0, indexed.stderr
        assert '"warc-type": "response"' in indexed.stdout
    records = _records(one)
    assert records[0][0] == "warcinfo" and records[1][0] == "metadata"
    uris = {uri for kind, uri in records if kind == "response"}
    assert section["url"] in uris
    with gzip.open(one, "rb") as stream:
        content = stream.read()
    assert b'"judge_status": "outdated"' in content  # the metadata record names the verdict
    # Every revisit refers to a response held in the same file: the file replays on its own.
    revisited = {uri for kind, uri in records if kind == "revisit"}
    assert revisited <= uris


def test_evidence_refuses_what_it_does_not_have_in_one_line(
    tmp_path: Path, sqlite_url: str
) -> None:
    with served_portal(tmp_path, sqlite_url) as served:
        served.check()
    cases = [
        (["evidence", "nadie", "--out", str(tmp_path / "x.warc.gz")], "no archived crawl"),
        (["evidence", served.slug, "--date", "2001-01-01", "--out", str(tmp_path / "x.warc.gz")],
         "on 2001-01-01"),
        (["evidence", served.slug, "--date", "ayer", "--out", str(tmp_path / "x.warc.gz")],
         "--date"),
        (["evidence", served.slug, "--out", str(tmp_path / "x.warc")], ".warc.gz"),
    ]  # fmt: skip
    for args, message in cases:
        outcome = served.cli(*args)
        assert outcome.exit_code == 2, (args, outcome.output)
        assert message in outcome.output


def test_db_prune_drops_old_evidence_but_keeps_answers_newer_crawls_revisit(
    tmp_path: Path, db_url: str
) -> None:
    with served_portal(tmp_path, db_url) as served:
        served.check()
        served.check()
    (first, kinds1, _), (second, _, _) = _crawls(db_url)
    files = sorted(served.evidence.rglob("*.warc.gz"))

    def age(*crawl_ids: int) -> None:
        engine, factory = open_database(db_url, migrate=False)
        with factory() as session:
            for run in session.scalars(select(CrawlRun).where(CrawlRun.id.in_(crawl_ids))):
                run.started_at = run.started_at - dt.timedelta(days=6 * 365)
            session.commit()
        engine.dispose()

    age(first)
    pruned = served.cli("db", "prune")
    assert pruned.exit_code == 0, pruned.output
    assert "1 crawl(s), 0 record(s), 0 file(s)" in pruned.stdout
    assert all(path.exists() for path in files)  # the second crawl revisits every answer
    out = tmp_path / "after.warc.gz"
    report = served.json("evidence", served.slug, "--out", str(out))
    assert report["responses"] == kinds1["response"]
    assert warcio("check", str(out)).returncode == 0

    age(second)
    pruned = served.cli("db", "prune", "--evidence-older-than", "365d")
    assert pruned.exit_code == 0, pruned.output
    assert "0 file(s)" not in pruned.stdout
    assert not any(path.exists() for path in files)
    assert [kinds for _, kinds, _ in _crawls(db_url)] == [{}, {}]


def test_past_the_crawl_byte_budget_pages_are_archived_as_digests_only(
    tmp_path: Path, sqlite_url: str
) -> None:
    """A portal of huge pages cannot make a crawl hold every body: past [evidence]
    max_crawl_bytes only digests are kept, and the archive marks those records truncated."""
    with served_portal(tmp_path, sqlite_url) as served:
        config = Path(served.options[1])
        text = config.read_text(encoding="utf-8")
        config.write_text(text.replace("[evidence]\n", "[evidence]\nmax_crawl_bytes = 3000\n"))
        served.check()
    [path] = served.evidence.rglob("*.warc.gz")
    with open(path, "rb") as stream:
        bodies = [
            (len(r.content_stream().read()), r.rec_headers.get_header("WARC-Truncated"))
            for r in ArchiveIterator(stream)
            if r.rec_type == "response"
            and r.http_headers.get_header("Content-Type", "").startswith("text/html")
        ]
    kept = sum(size for size, _ in bodies)
    assert 0 < kept <= 3000
    assert any(size == 0 and truncated == "length" for size, truncated in bodies)
    assert warcio("check", str(path)).returncode == 0


def test_db_prune_removes_old_unindexed_files_only(tmp_path: Path, db_url: str) -> None:
    """A WARC file whose crawl's result was never stored (no index row names it) goes once it
    is two weeks old; a newer one, one whose crawl is still running (its write may be waiting
    for the database), an indexed one, one another database wrote into the same directory (a
    crawl this one does not have, or has with another start) and anything not named as the
    archive names files stay."""
    with served_portal(tmp_path, db_url) as served:
        served.check()
    [indexed] = served.evidence.rglob("*.warc.gz")
    year = indexed.parent
    stamp = indexed.name.split("-")[-2]
    engine, factory = open_database(db_url, migrate=False)
    with factory() as session:
        [crawl] = session.scalars(select(CrawlRun))
        running, lost, recent = (
            CrawlRun(portal_id=crawl.portal_id, started_at=crawl.started_at, status=status)
            for status in ("running", "aborted", "aborted")
        )
        session.add_all([running, lost, recent])
        session.commit()
        running_id, lost_id, recent_id = running.id, lost.id, recent.id
    engine.dispose()
    other_start = f"{int(stamp[:4]) + 1}{stamp[4:]}"

    def copy(name: str, *, days_old: float) -> Path:
        path = year / name
        path.write_bytes(indexed.read_bytes())
        when = time.time() - days_old * 86400
        os.utime(path, (when, when))
        return path

    lost = copy(f"{served.slug}-{stamp}-{lost_id}.warc.gz", days_old=15)
    recent = copy(f"{served.slug}-{stamp}-{recent_id}.warc.gz", days_old=13)
    waiting = copy(f"{served.slug}-{stamp}-{running_id}.warc.gz", days_old=15)
    foreign = copy(f"otro-{stamp}-{lost_id + 2}.warc.gz", days_old=15)
    elsewhere = copy(f"{served.slug}-{stamp}-{lost_id + 1000}.warc.gz", days_old=15)
    other_year = year.parent / other_start[:4]
    other_year.mkdir()
    restarted = other_year / f"{served.slug}-{other_start}-{lost_id}.warc.gz"
    restarted.write_bytes(indexed.read_bytes())
    os.utime(restarted, (time.time() - 15 * 86400,) * 2)
    notes = copy("notas.txt", days_old=15)
    old = time.time() - 30 * 86400
    os.utime(indexed, (old, old))

    pruned = served.cli("db", "prune")
    assert pruned.exit_code == 0, pruned.output
    size = indexed.stat().st_size
    assert f"1 unindexed file(s), {size:,} bytes removed" in pruned.stdout
    assert not lost.exists()
    kept = (indexed, recent, waiting, foreign, elsewhere, restarted, notes)
    assert all(path.exists() for path in kept)
    out = tmp_path / "latest.warc.gz"
    served.json("evidence", served.slug, "--out", str(out))
    assert warcio("check", str(out)).returncode == 0

    again = served.cli("db", "prune")
    assert again.exit_code == 0, again.output
    assert "unindexed" not in again.stdout
