"""letters register and the family's organisation details

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 10:20:00

The letter table gets the date by which an answer is expected and the full content
of the letter as printed (so a reprint is the same document). A new table keeps the
family's own details per organisation: its name, address and their reference.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answer_expected_by", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("content", sa.JSON(), nullable=True))

    op.create_table(
        "organisation_details",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("has_address", sa.Boolean(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("house_number", sa.String(length=20), nullable=False),
        sa.Column("house_number_addition", sa.String(length=20), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("organisation_details", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_details_dossier_id"), ["dossier_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("organisation_details", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_details_dossier_id"))
    op.drop_table("organisation_details")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_column("content")
        batch_op.drop_column("answer_expected_by")
