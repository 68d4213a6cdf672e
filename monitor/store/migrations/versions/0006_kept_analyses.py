"""kept analyses: each portal's last analysis, for a crawl that reads the same content again

``compliance.analysis``: judging is an analysis of the content, the same every day the content
is, then verdicts on a day. A crawl that reads exactly the content the last one analysed reuses
its analysis (one row per portal, replaced when the content changes).

Revision ID: 0006_kept_analyses
Revises: 0005_evidence_digest_index
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_kept_analyses"
down_revision: str | None = "0005_evidence_digest_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kept_analyses",
        sa.Column("portal_id", sa.Integer(), nullable=False),
        sa.Column("content_key", sa.String(length=64), nullable=False),
        sa.Column("analyses", sa.Text(), nullable=False),
        sa.Column("analysed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["portal_id"],
            ["portals.id"],
            name=op.f("fk_kept_analyses_portal_id_portals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("portal_id", name=op.f("pk_kept_analyses")),
    )


def downgrade() -> None:
    op.drop_table("kept_analyses")
