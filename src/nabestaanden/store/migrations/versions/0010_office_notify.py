"""office notify: every change of a dossier is announced to the other windows

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 01:20:00

PostgreSQL only: a trigger on ``dossier`` sends ``NOTIFY nabestaanden`` with the
dossier's number and the role that changed it, when the change commits. Every
change of a dossier's contents touches the dossier's row (its ``updated_at``), so
this one trigger covers tasks, letters, mandates and persons. The windows at the
office listen (``store.office_notify``) and read again what others changed. Nothing
else than the number and the role's name is in the message.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CHANNEL = "nabestaanden"

FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.nabestaanden_meld_wijziging() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_notify(
        '{CHANNEL}',
        json_build_object(
            'dossier', COALESCE(NEW.id, OLD.id),
            'by', current_user
        )::text
    );
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute(
        "CREATE TRIGGER dossier_gewijzigd AFTER INSERT OR UPDATE OR DELETE ON dossier "
        "FOR EACH ROW EXECUTE FUNCTION public.nabestaanden_meld_wijziging()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS dossier_gewijzigd ON dossier")
    op.execute("DROP FUNCTION IF EXISTS public.nabestaanden_meld_wijziging()")
