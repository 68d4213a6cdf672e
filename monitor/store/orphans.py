"""WARC files that no index row names, and their removal once they are old.

The pipeline writes a crawl's WARC file before the transaction that indexes it (compressing the
pages holds no write lock). When that transaction never commits (the process killed between the
two, a write dropped from a full buffer during a long database outage, a write that failed), the
file stays with no ``evidence_crawls`` row naming it: no export can reach it, and it only takes
disk. Nor can a file ``prune_evidence`` could not delete (its rows are gone).

``sweep_orphans`` deletes such a file once it is ``ORPHAN_GRACE`` old (git's ``gc`` waits two
weeks for unreachable objects too) and its crawl is not still running: a write waiting in a
buffer for the database to come back belongs to a crawl that is. Only this database's files
are considered: the name must be the one the archive gives a crawl row of this database
(``SLUG/YYYY/SLUG-<UTC start>-<crawl>.warc.gz``, ``store.warc_names``; crawl rows are never
deleted). A file another database wrote into the same directory (a second installation, the
demo) names a crawl this one does not have, or has with another portal or start, and is left;
so is everything else in the directory.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.compliance.status import RUNNING
from monitor.errors import one_line
from monitor.logs import event
from monitor.store.models import CrawlRun, EvidenceCrawl, Portal
from monitor.store.warc_names import crawl_of, warc_name

log = logging.getLogger(__name__)

ORPHAN_GRACE = dt.timedelta(days=14)
_BATCH = 500


@dataclass
class OrphanSweep:
    """What ``sweep_orphans`` removed."""

    files: int = 0
    bytes: int = 0


@dataclass(frozen=True)
class _Candidate:
    name: str  # relative to the evidence directory, as ``evidence_crawls.warc_file``
    crawl_id: int
    size: int


def sweep_orphans(
    session: Session, directory: Path, now: dt.datetime, grace: dt.timedelta = ORPHAN_GRACE
) -> OrphanSweep:
    """Delete this database's archive files older than ``grace`` that no index row names and
    whose crawl is not running; what was removed. Reads the database, writes none."""
    sweep = OrphanSweep()
    candidates = list(_old_files(directory, (now - grace).timestamp()))
    for start in range(0, len(candidates), _BATCH):
        batch = candidates[start : start + _BATCH]
        ids = {candidate.crawl_id for candidate in batch}
        rows = session.execute(
            select(EvidenceCrawl.crawl_id, EvidenceCrawl.warc_file).where(
                EvidenceCrawl.crawl_id.in_(ids)
            )
        )
        named = {(crawl_id, name) for crawl_id, name in rows}
        # The file each of this database's crawls would have, when it has finished.
        ours = {
            warc_name(slug, crawl_id, started_at)
            for crawl_id, slug, started_at in session.execute(
                select(CrawlRun.id, Portal.slug, CrawlRun.started_at)
                .join(Portal, Portal.id == CrawlRun.portal_id)
                .where(CrawlRun.id.in_(ids), CrawlRun.status != RUNNING)
            )
        }
        for candidate in batch:
            if candidate.name not in ours or (candidate.crawl_id, candidate.name) in named:
                continue
            try:
                (directory / candidate.name).unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:  # one file the disk refuses must not stop the retention run
                event(log, logging.WARNING, "unindexed evidence file not removed",
                      file=candidate.name, error=one_line(exc))  # fmt: skip
                continue
            sweep.files += 1
            sweep.bytes += candidate.size
            event(log, logging.INFO, "unindexed evidence file removed", file=candidate.name,
                  crawl=candidate.crawl_id, bytes=candidate.size)  # fmt: skip
    return sweep


def _old_files(directory: Path, before: float) -> Iterator[_Candidate]:
    """The archive's files (``SLUG/YYYY/SLUG-<UTC>-<crawl>.warc.gz``) last written before
    ``before`` (a POSIX time)."""
    for portal in _directories(directory):
        for year in _directories(Path(portal.path)):
            with os.scandir(year.path) as entries:
                for entry in entries:
                    name = f"{portal.name}/{year.name}/{entry.name}"
                    crawl_id = crawl_of(name)
                    if crawl_id is None or not entry.is_file(follow_symlinks=False):
                        continue
                    stat = entry.stat(follow_symlinks=False)
                    if stat.st_mtime < before:
                        yield _Candidate(name, crawl_id, stat.st_size)


def _directories(path: Path) -> list[os.DirEntry[str]]:
    """The sub-directories of ``path`` (none when it does not exist), without following links."""
    try:
        with os.scandir(path) as entries:
            return [entry for entry in entries if entry.is_dir(follow_symlinks=False)]
    except (FileNotFoundError, NotADirectoryError):
        return []


__all__ = ["ORPHAN_GRACE", "OrphanSweep", "sweep_orphans"]
