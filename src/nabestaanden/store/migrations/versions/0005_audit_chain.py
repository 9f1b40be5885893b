"""audit chain: each audit entry carries the hash of the one before it

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 19:50:00

An edited or removed entry of a dossier's audit trail then shows: each entry's hash
covers its fields and the previous entry's hash, and the dossier keeps the newest
hash (``audit_head``). Existing entries are chained here, oldest first.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The recipe of the hash is versioned in audit.py and never changed, so the chain made
# here is the one audit.verify checks.
from nabestaanden.store.audit import entry_hash

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prev_hash", sa.String(64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("hash", sa.String(64), nullable=False, server_default=""))
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("audit_head", sa.String(64), nullable=False, server_default="")
        )
    connection = op.get_bind()
    audit = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer),
        sa.column("dossier_id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("field", sa.String),
        sa.column("old_value", sa.Text),
        sa.column("new_value", sa.Text),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    dossier = sa.table("dossier", sa.column("id", sa.Integer), sa.column("audit_head", sa.String))
    heads: dict[int, str] = {}
    rows = connection.execute(sa.select(audit).order_by(audit.c.dossier_id, audit.c.id)).all()
    for row in rows:
        previous = heads.get(row.dossier_id, "")
        digest = entry_hash(
            previous,
            row.at,
            row.action,
            row.entity,
            row.entity_id,
            row.field or "",
            row.old_value,
            row.new_value,
        )
        connection.execute(
            audit.update().where(audit.c.id == row.id).values(prev_hash=previous, hash=digest)
        )
        heads[row.dossier_id] = digest
    for dossier_id, head in heads.items():
        connection.execute(
            dossier.update().where(dossier.c.id == dossier_id).values(audit_head=head)
        )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), not a batch copy of the tables: copying the
    # dossier table would drop it first, and with foreign keys on that deletes every
    # row that points at it.
    op.execute("ALTER TABLE dossier DROP COLUMN audit_head")
    op.execute("ALTER TABLE audit_entry DROP COLUMN hash")
    op.execute("ALTER TABLE audit_entry DROP COLUMN prev_hash")
