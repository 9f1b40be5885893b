"""Encrypted storage of dossiers: SQLCipher file, keys, migrations, backups.

The light modules (``keys``, ``connection``, ``index``) open the file and list the
dossiers without importing the ORM, so the window can show quickly. The ORM
(``models``, ``repository``) and Alembic (``migrate``) load when they are needed.
"""
