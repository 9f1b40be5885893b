"""recovery key: the key the database key is derived from, kept to print the sheet again

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 21:40:00

The table holds one row. A folder made before this revision has no row; on opening,
the store moves it to a key derived from a new recovery key (store/rekeying.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recovery_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=True),
        sa.Column("reminded_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("recovery_key")
