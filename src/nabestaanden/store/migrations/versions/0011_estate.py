"""estate: the boedel's items and the documents sent out

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 23:59:00

Two tables of a dossier's rows: ``estate_item`` (what the deceased owned or owed on
the date of death, its value in whole cents or unknown, how the value is known,
alone or community property, the letter that asked for it) and ``document_sent``
(an original or copy of the akte, the verklaring van erfrecht or the testament sent
to an organisation, and whether it came back). Both carry a version for optimistic
locking, as the rows edited since 0008 do.

At the office the new tables follow their dossier as the others do (migration 0009):
the same GRANTs per group role and the same row-level security.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("estate_item", "document_sent")
BEHEERDER, MEDEWERKER, MEEKIJKER = (
    "nabestaanden_beheerder",
    "nabestaanden_medewerker",
    "nabestaanden_meekijker",
)
STAFF = f"{MEDEWERKER}, {MEEKIJKER}"
# As in 0009 (copied: a migration stays as it was written).
CHILD_ACCESS = (
    "(SELECT public.nabestaanden_ziet_alles()) OR dossier_id IN ("
    "SELECT a.dossier_id FROM dossier_access a WHERE a.member = current_user "
    "UNION ALL SELECT d.id FROM dossier d WHERE d.created_by = current_user)"
)


def upgrade() -> None:
    op.create_table(
        "estate_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("description", sa.String(300), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("value_cents", sa.BigInteger(), nullable=True),
        sa.Column("value_basis", sa.String(20), nullable=False),
        sa.Column("owned", sa.String(20), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_estate_item_dossier_id", "estate_item", ["dossier_id"])
    op.create_table(
        "document_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("document", sa.String(40), nullable=False),
        sa.Column("copy_kind", sa.String(20), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("description", sa.String(300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_document_sent_dossier_id", "document_sent", ["dossier_id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        for statement in (
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {BEHEERDER}, {MEDEWERKER}",
            f"GRANT SELECT ON {table} TO {MEEKIJKER}",
            f"GRANT USAGE, SELECT ON SEQUENCE {table}_id_seq TO {BEHEERDER}, {MEDEWERKER}",
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY beheerder_alles ON {table} TO {BEHEERDER} "
            "USING (true) WITH CHECK (true)",
            f"CREATE POLICY via_dossier ON {table} TO {STAFF} "
            f"USING ({CHILD_ACCESS}) WITH CHECK ({CHILD_ACCESS})",
        ):
            op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_document_sent_dossier_id", "document_sent")
    op.drop_table("document_sent")
    op.drop_index("ix_estate_item_dossier_id", "estate_item")
    op.drop_table("estate_item")
