from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitor.config import PortalConfig
from monitor.report.history import latest_complete_crawl
from monitor.store import crawls, repo
from monitor.store.db import open_database, transaction
from monitor.store.models import CrawlRun, SectionVerdict
from monitor.store.recovery import mark_abandoned_crawls

REPO = Path(__file__).resolve().parents[2]
# A crawl that starts, writes part of its verdicts in an open transaction, then hangs.
CRAWLER = """
import sys, time
from monitor.store.db import open_database, transaction
from monitor.store.crawls import start_crawl
from monitor.store.models import SectionVerdict, utcnow
engine, factory = open_database(sys.argv[1], migrate=False)
with transaction(factory) as session:
    run = start_crawl(session, int(sys.argv[2]), utcnow(), "test")
with factory() as session, session.begin():
    session.add(SectionVerdict(crawl_id=run.id, section_id="art10-1", status="ok", reason=""))
    session.flush()
    print(run.id, flush=True)
    time.sleep(600)
"""


@pytest.mark.slow
def test_a_crawl_killed_mid_way_is_never_counted_and_is_closed_at_start_up(db_url: str) -> None:
    engine, factory = open_database(db_url)
    config = PortalConfig(slug="mixco", name="Municipalidad de Mixco", url="https://mixco.gt/")
    with transaction(factory) as session:
        portal_id = repo.sync_portals(session, [config])["mixco"]
    crawler = subprocess.Popen(
        [sys.executable, "-c", CRAWLER, db_url, str(portal_id)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert crawler.stdout is not None
        crawl_id = int(crawler.stdout.readline())
        crawler.send_signal(signal.SIGKILL)
        crawler.wait(timeout=30)
    finally:
        if crawler.poll() is None:
            crawler.kill()
        if crawler.stdout:
            crawler.stdout.close()
    far_future = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    with factory() as session:
        assert session.get(CrawlRun, crawl_id).status == "running"  # type: ignore[union-attr]
        assert crawls.complete_crawls(session, "mixco") == []
        assert latest_complete_crawl(session, portal_id, far_future) is None
        assert crawls.latest_verdicts(session, "mixco") == []
        written = select(func.count()).where(SectionVerdict.crawl_id == crawl_id)
        assert session.scalar(written) == 0  # the half-written verdicts were rolled back
    with transaction(factory) as session:
        assert mark_abandoned_crawls(session, older_than=far_future) == 1
    with factory() as session:
        assert session.get(CrawlRun, crawl_id).status == "aborted"  # type: ignore[union-attr]
    engine.dispose()
