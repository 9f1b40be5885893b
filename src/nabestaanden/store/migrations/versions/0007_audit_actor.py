"""audit actor: who made each change (the database role, or the computer's user)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 22:50:00

Entries written before have no name (""); their hashes stay valid, as the chain's
recipe covers the name only when there is one (audit.entry_hash).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy): on SQLite with foreign keys on, a batch copy
    # of audit_entry would not touch the dossiers, but needs none either.
    op.add_column(
        "audit_entry", sa.Column("actor", sa.String(100), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("audit_entry", "actor")
