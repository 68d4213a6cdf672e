"""How a section's newest date was written: day, month or year.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    for table in ("section_verdicts", "section_state"):
        op.add_column(table, sa.Column("last_updated_precision", sa.String(length=8)))


def downgrade() -> None:
    for table in ("section_state", "section_verdicts"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("last_updated_precision")
