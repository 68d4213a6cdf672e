"""Start-up repair of work a killed process left half done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.orm import Session

from monitor.compliance.status import ABORTED, RUNNING
from monitor.store.models import CrawlRun, utcnow

ABANDONED_ERROR = "abandoned: the process stopped before the crawl finished"


def mark_abandoned_crawls(
    session: Session, older_than: dt.datetime, now: dt.datetime | None = None
) -> int:
    """Mark crawls still 'running' that started before ``older_than`` as 'aborted'; how many.

    A crawl whose process was killed (kill -9, power loss) stays 'running' for ever; only
    'complete' crawls are ever counted, and this closes the rest so they stop looking alive.
    Pass ``older_than`` = now minus (say) twice the crawl deadline, so that a crawl another
    replica is running right now is never touched.
    """
    result = session.execute(
        update(CrawlRun)
        .where(CrawlRun.status == RUNNING, CrawlRun.started_at < older_than)
        .values(status=ABORTED, finished_at=now or utcnow(), error=ABANDONED_ERROR)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
