"""The section object of the JSON contract, for a section's stored latest verdict."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, cast

from sqlalchemy import ColumnElement, Select, select

from monitor.compliance.result import SectionVerdict
from monitor.compliance.status import Status
from monitor.store.models import Portal, SectionState


class StoredSection(Protocol):
    """A section's latest verdict as stored (``StoredVerdict``, ``reviews.EffectiveSection``)."""

    @property
    def section_id(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def reason(self) -> str: ...

    @property
    def url(self) -> str | None: ...

    @property
    def label(self) -> str | None: ...

    @property
    def last_updated(self) -> dt.date | None: ...

    @property
    def last_updated_precision(self) -> str | None: ...

    @property
    def since(self) -> dt.datetime: ...

    @property
    def checked_at(self) -> dt.datetime: ...


def section_json(section: StoredSection) -> dict[str, object]:
    """The section object of the JSON contract (``SectionVerdict.to_json``) + since/checked_at."""
    verdict = SectionVerdict(
        section.section_id,
        cast(Status, section.status),
        section.reason,
        section.url,
        section.label,
        section.last_updated,
        section.last_updated_precision,
    )
    return {
        **verdict.to_json(),
        "since": section.since.isoformat(),
        "checked_at": section.checked_at.isoformat(),
    }


def latest_states(where: ColumnElement[bool], section: str | None) -> Select[str, SectionState]:
    """(portal slug, SectionState) of the portals matching ``where``, by section id."""
    query = (
        select(Portal.slug, SectionState)
        .join(SectionState, SectionState.portal_id == Portal.id)
        .where(where)
        .order_by(SectionState.section_id)
    )
    if section is not None:
        query = query.where(SectionState.section_id == section)
    return query
