"""office rights: who made a dossier, who was given it, and the roles' rights

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 01:10:00

On both engines: ``dossier.created_by``, the table ``dossier_access`` (a member of
staff given a dossier) and ``office_setting`` (choices of the firm). At home they
stay empty.

On PostgreSQL the rights are the database's own, not only the window's: three group
roles (``nabestaanden_beheerder``, ``nabestaanden_medewerker``,
``nabestaanden_meekijker``) get their GRANTs, and row-level security limits a
medewerker and a meekijker to the dossiers given to them (a medewerker also to the
ones they made, or to all when the firm sets ``medewerkers_alle_dossiers`` to
``ja``). The rows of a dossier (persons, tasks, mandates, letters, the trail) follow
their dossier. Nobody but the database's owner may change or remove an entry of the
audit trail. The role that migrates is the database's owner and needs CREATEROLE the
first time (docs/office-mode.md). A later migration that adds a table gives its
rights too.
"""

# ruff: noqa: S608 - the SQL is built from this file's own constant names only
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BEHEERDER, MEDEWERKER, MEEKIJKER = (
    "nabestaanden_beheerder",
    "nabestaanden_medewerker",
    "nabestaanden_meekijker",
)
GROUPS = (BEHEERDER, MEDEWERKER, MEEKIJKER)
# The tables holding a dossier's rows, by their column dossier_id.
CHILDREN = ("person", "task_progress", "mandate", "letter", "organisation_details", "audit_entry")
EDITED = ("person", "task_progress", "mandate", "mandate_service", "letter", "organisation_details")
READ = ("dossier", *EDITED, "audit_entry", "dossier_access", "office_setting")
STAFF = f"{MEDEWERKER}, {MEEKIJKER}"
DOSSIER_EDITABLE = (
    "title",
    "situation",
    "updated_at",
    "archived_at",
    "next_deadline",
    "next_deadline_task",
    "intake_step",
    "audit_head",
)

# Whether the signed-in role sees every dossier: a medewerker, when the firm chose so.
# Called as an uncorrelated subquery in the policy, PostgreSQL works it out once per
# statement (an InitPlan), not once per row.
SEES_ALL_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.nabestaanden_ziet_alles()
RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(current_user, '{MEDEWERKER}', 'MEMBER')
        AND EXISTS (
            SELECT 1 FROM public.office_setting s
            WHERE s.key = 'medewerkers_alle_dossiers' AND s.value = 'ja'
        )
$$
"""
# (The function names its tables with their schema and fixes its search path: a
# temporary table of the same name, which any role may make, is not read instead.)
# A dossier a medewerker or meekijker may see: all (see above), made by them, or given.
ACCESS = (
    "(SELECT public.nabestaanden_ziet_alles()) OR created_by = current_user OR EXISTS ("
    "SELECT 1 FROM dossier_access a WHERE a.dossier_id = dossier.id "
    "AND a.member = current_user)"
)

# A row of a dossier the role may see: the same three ways, without reading the
# dossier table for it. "dossier_id IN (SELECT id FROM dossier)" said the same, but
# made PostgreSQL check every dossier against its policy (5,000: 3-4 ms) in each
# statement, even one reading a single row; here a medewerker who sees all is let
# through by the once-per-statement answer, and the others' own dossiers are few.
CHILD_ACCESS = (
    "(SELECT public.nabestaanden_ziet_alles()) OR dossier_id IN ("
    "SELECT a.dossier_id FROM dossier_access a WHERE a.member = current_user "
    "UNION ALL SELECT d.id FROM dossier d WHERE d.created_by = current_user)"
)


def _roles() -> list[str]:
    made = [
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
        f"CREATE ROLE {group} NOLOGIN; END IF;"
        for group in GROUPS
    ]
    return ["DO $$ BEGIN " + " ".join(made) + " END $$"]


def _grants() -> list[str]:
    everyone = ", ".join(GROUPS)
    return [
        f"GRANT SELECT ON alembic_version TO {everyone}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON dossier, {', '.join(EDITED)}, "
        f"dossier_access, office_setting TO {BEHEERDER}",
        # Not who made it, its number or code: a medewerker cannot give a dossier away
        # or take one for good by changing created_by.
        f"GRANT SELECT, INSERT, UPDATE ({', '.join(DOSSIER_EDITABLE)}) ON dossier TO {MEDEWERKER}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(EDITED)} TO {MEDEWERKER}",
        f"GRANT SELECT ON dossier_access, office_setting TO {MEDEWERKER}",
        # The trail is only added to, by everyone who may change a dossier.
        f"GRANT SELECT, INSERT ON audit_entry TO {BEHEERDER}, {MEDEWERKER}",
        f"GRANT SELECT ON {', '.join(READ)} TO {MEEKIJKER}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {BEHEERDER}, {MEDEWERKER}",
    ]


def _policies() -> list[str]:
    statements = [
        SEES_ALL_FUNCTION,
        "ALTER TABLE dossier ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY beheerder_alles ON dossier TO {BEHEERDER} USING (true) WITH CHECK (true)",
        f"CREATE POLICY toegang_lezen ON dossier FOR SELECT TO {STAFF} USING ({ACCESS})",
        f"CREATE POLICY toegang_wijzigen ON dossier FOR UPDATE TO {MEDEWERKER} "
        f"USING ({ACCESS}) WITH CHECK ({ACCESS})",
        f"CREATE POLICY zelf_maken ON dossier FOR INSERT TO {MEDEWERKER} "
        "WITH CHECK (created_by = current_user)",
    ]
    # The rows of a dossier follow it (CHILD_ACCESS); a mandate's services follow their
    # mandate, looked up one by one (a mandate has a handful).
    follows = dict.fromkeys(CHILDREN, CHILD_ACCESS)
    follows["mandate_service"] = (
        "EXISTS (SELECT 1 FROM mandate m WHERE m.id = mandate_service.mandate_id)"
    )
    for table, condition in follows.items():
        # An entry of the trail names who wrote it: nobody writes in another's name.
        check = f"{condition} AND actor = current_user" if table == "audit_entry" else condition
        beheerder_check = "actor = current_user" if table == "audit_entry" else "true"
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY beheerder_alles ON {table} TO {BEHEERDER} "
            f"USING (true) WITH CHECK ({beheerder_check})",
            f"CREATE POLICY via_dossier ON {table} TO {STAFF} "
            f"USING ({condition}) WITH CHECK ({check})",
        ]
    statements += [
        "ALTER TABLE dossier_access ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY beheerder_alles ON dossier_access TO {BEHEERDER} "
        "USING (true) WITH CHECK (true)",
        f"CREATE POLICY eigen ON dossier_access FOR SELECT TO {STAFF} "
        "USING (member = current_user)",
    ]
    return statements


def upgrade() -> None:
    op.add_column(
        "dossier", sa.Column("created_by", sa.String(100), nullable=False, server_default="")
    )
    op.create_table(
        "dossier_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("member", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dossier_id", "member"),
    )
    op.create_table(
        "office_setting",
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in [*_roles(), *_grants(), *_policies()]:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("dossier", *CHILDREN, "mandate_service", "dossier_access"):
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
            for policy in (
                "beheerder_alles",
                "toegang_lezen",
                "toegang_wijzigen",
                "zelf_maken",
                "via_dossier",
                "eigen",
            ):
                op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS public.nabestaanden_ziet_alles()")
        # The group roles belong to the whole server (other databases may use them).
    op.drop_table("office_setting")
    op.drop_table("dossier_access")
    op.drop_column("dossier", "created_by")
