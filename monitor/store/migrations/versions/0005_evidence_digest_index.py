"""evidence records found by content: a partial index of responses by (portal, digest)

Each crawl looks up the archived originals of the contents it read (``store.evidence``,
``store.answers``): responses of the portal by digest, so that the lookup does not grow with the
portal's archive. Only responses are indexed (most records are revisits), which replaces the
index on (portal, type) that served only these lookups, and is smaller than it.

Revision ID: 0005_evidence_digest_index
Revises: 0004_remembered_answers
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_evidence_digest_index"
down_revision: str | None = "0004_remembered_answers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    responses_only = sa.text("record_type = 'response'")
    op.create_index(
        "ix_evidence_records_portal_response_digest",
        "evidence_records",
        ["portal_id", "digest"],
        unique=False,
        sqlite_where=responses_only,
        postgresql_where=responses_only,
    )
    op.drop_index("ix_evidence_records_portal_type", table_name="evidence_records")


def downgrade() -> None:
    op.create_index(
        "ix_evidence_records_portal_type",
        "evidence_records",
        ["portal_id", "record_type"],
        unique=False,
    )
    op.drop_index("ix_evidence_records_portal_response_digest", table_name="evidence_records")
