"""mandate history: every status a mandate had, with its date and note

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 12:05:00

The mandate table (made in 0001) keeps its current status; the register also shows
how it got there (concept, aangevraagd, actief, ingetrokken), so revoking keeps the
history.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mandate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("history", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mandate", schema=None) as batch_op:
        batch_op.drop_column("history")
