"""oversight corrections (section_reviews) and the evidence archive index

Revision ID: 0003_reviews_evidence
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_reviews_evidence"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("section_verdicts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence_digest", sa.String(length=64), nullable=True))

    op.create_table(
        "section_reviews",
        sa.Column("id", _BIGINT, nullable=False),
        sa.Column("portal_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("before_status", sa.String(length=16), nullable=True),
        sa.Column("after_status", sa.String(length=16), nullable=True),
        sa.Column("judge_status", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("until_change", sa.Boolean(), nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=True),
        sa.Column("evidence_digest", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["portal_id"],
            ["portals.id"],
            name=op.f("fk_section_reviews_portal_id_portals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_section_reviews")),
    )
    with op.batch_alter_table("section_reviews", schema=None) as batch_op:
        batch_op.create_index(
            "ix_section_reviews_portal_section", ["portal_id", "section_id", "id"], unique=False
        )

    op.create_table(
        "evidence_records",
        sa.Column("id", _BIGINT, nullable=False),
        sa.Column("portal_id", sa.Integer(), nullable=False),
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("record_type", sa.String(length=16), nullable=False),
        sa.Column("refers_to_id", _BIGINT, nullable=True),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["crawl_id"],
            ["crawl_runs.id"],
            name=op.f("fk_evidence_records_crawl_id_crawl_runs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["portal_id"],
            ["portals.id"],
            name=op.f("fk_evidence_records_portal_id_portals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_records")),
    )
    with op.batch_alter_table("evidence_records", schema=None) as batch_op:
        batch_op.create_index("ix_evidence_records_crawl", ["crawl_id"], unique=False)
        batch_op.create_index(
            "ix_evidence_records_portal_type", ["portal_id", "record_type"], unique=False
        )
        batch_op.create_index("ix_evidence_records_refers_to", ["refers_to_id"], unique=False)

    op.create_table(
        "evidence_crawls",
        sa.Column("crawl_id", sa.Integer(), nullable=False),
        sa.Column("portal_id", sa.Integer(), nullable=False),
        sa.Column("warc_file", sa.String(length=500), nullable=False),
        sa.Column("bytes_written", sa.BigInteger(), nullable=False),
        sa.Column("pruned", sa.Boolean(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["crawl_id"],
            ["crawl_runs.id"],
            name=op.f("fk_evidence_crawls_crawl_id_crawl_runs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["portal_id"],
            ["portals.id"],
            name=op.f("fk_evidence_crawls_portal_id_portals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("crawl_id", name=op.f("pk_evidence_crawls")),
    )


def downgrade() -> None:
    op.drop_table("evidence_crawls")
    with op.batch_alter_table("evidence_records", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_records_refers_to")
        batch_op.drop_index("ix_evidence_records_portal_type")
        batch_op.drop_index("ix_evidence_records_crawl")
    op.drop_table("evidence_records")
    with op.batch_alter_table("section_reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_section_reviews_portal_section")
    op.drop_table("section_reviews")
    with op.batch_alter_table("section_verdicts", schema=None) as batch_op:
        batch_op.drop_column("evidence_digest")
