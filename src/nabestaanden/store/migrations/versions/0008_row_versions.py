"""row versions: optimistic locking of tasks, mandates and letters

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 01:00:00

Each row a person edits (a task's progress, a mandate, a letter of the register)
carries a version that goes up with every change (SQLAlchemy's ``version_id_col``).
A save names the version that was on screen; when the stored one moved on, somebody
else changed the row in between and the save shows both versions instead of
overwriting (``store.errors.EditConflict``). Existing rows start at version 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("task_progress", "mandate", "letter")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of a table with foreign keys on
    # could take rows of other tables with it.
    for table in TABLES:
        op.drop_column(table, "version")
