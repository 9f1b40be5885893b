"""dossier overview columns: next deadline and intake progress

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 10:40:00

The dossier list sorts and filters on the next deadline without building every
dossier's plan, so each dossier keeps its earliest open deadline (and the task it
belongs to), refreshed whenever the dossier changes. ``intake_step`` remembers where
the family left the intake questions ("" not begun, "done" finished, else a page).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_deadline", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("next_deadline_task", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("intake_step", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.create_index("ix_dossier_next_deadline", ["next_deadline"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index("ix_dossier_next_deadline")
        batch_op.drop_column("intake_step")
        batch_op.drop_column("next_deadline_task")
        batch_op.drop_column("next_deadline")
