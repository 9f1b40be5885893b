"""Alembic migration scripts of the dossier database."""
