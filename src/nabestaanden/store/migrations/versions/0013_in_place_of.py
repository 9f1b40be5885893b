"""in place of: the child of the deceased whose place a grandchild takes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08 02:00:00

``person.in_place_of``: for an heir who is a grandchild, the name of the deceased's
child who died before the deceased or refused the inheritance, whose part its own
children share (plaatsvervulling); empty otherwise. At the office the column is
covered by the GRANTs on the whole table (migration 0009).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "person", sa.Column("in_place_of", sa.String(200), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("person", "in_place_of")
