"""Compliance scores of one crawl, over the Article 10 entries only.

``score``: the share of applicable Article 10 entries that are ``ok`` — SECAI's national ranking
reads as a plain percentage of the 29 items, with items that do not apply left out.
``weighted_score``: the regional overseers' 1 / 0.5 / 0 scale (CIMTRA, CEGAIP): ``ok`` counts 1,
``outdated`` and ``empty`` (published but stale or partial) 0.5, anything else 0; each entry
weighted by its catalogue ``weight`` (all 1.0 today, as SECAI rates every numeral alike).

``not_applicable`` entries leave the denominator. ``unknown`` entries stay in it as not ok: a
citizen could not be shown the item either. Only when the portal could not be read at all (down,
blocked by robots.txt) are both scores None, so an outage never passes for a compliance failure.
"""

from __future__ import annotations

from monitor.compliance.catalog import Catalog
from monitor.compliance.result import SectionVerdict, Status

CREDIT: dict[Status, float] = {
    "ok": 1.0,
    "outdated": 0.5,
    "empty": 0.5,
    "broken": 0.0,
    "missing": 0.0,
    "unknown": 0.0,
}


def scores(
    verdicts: tuple[SectionVerdict, ...], catalog: Catalog, *, crawled: bool
) -> tuple[float | None, float | None]:
    """(score, weighted_score) for ``verdicts``; (None, None) when nothing could be judged."""
    if not crawled:
        return None, None
    ok = applicable = 0
    credit = weights = 0.0
    for verdict in verdicts:
        try:
            entry = catalog.entry(verdict.section_id)
        except KeyError:
            continue
        if not entry.is_article10 or verdict.status == "not_applicable":
            continue
        applicable += 1
        ok += verdict.status == "ok"
        weights += entry.weight
        credit += entry.weight * CREDIT[verdict.status]
    if applicable == 0:
        return None, None
    return ok / applicable, credit / weights
