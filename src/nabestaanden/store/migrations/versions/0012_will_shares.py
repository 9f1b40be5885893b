"""will shares: an heir's part of the estate as the will gives it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 00:50:00

``person.will_share``: the part as written in the will ("1/2"), empty when there is no
will or it was not entered. At the office the column is covered by the GRANTs on the
whole table (migration 0009).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "person", sa.Column("will_share", sa.String(20), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("person", "will_share")
