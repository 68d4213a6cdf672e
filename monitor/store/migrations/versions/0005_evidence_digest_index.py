"""evidence records found by content: the index on (portal, type) gains the digest

Each crawl looks up the archived originals of the contents it read (``store.evidence``,
``store.answers``): by portal, type and digest, so that the lookup does not grow with the
portal's archive. The new index serves every query the old one (its prefix) served.

Revision ID: 0005_evidence_digest_index
Revises: 0004_remembered_answers
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_evidence_digest_index"
down_revision: str | None = "0004_remembered_answers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_evidence_records_portal_type_digest",
        "evidence_records",
        ["portal_id", "record_type", "digest"],
        unique=False,
    )
    op.drop_index("ix_evidence_records_portal_type", table_name="evidence_records")


def downgrade() -> None:
    op.create_index(
        "ix_evidence_records_portal_type",
        "evidence_records",
        ["portal_id", "record_type"],
        unique=False,
    )
    op.drop_index("ix_evidence_records_portal_type_digest", table_name="evidence_records")
