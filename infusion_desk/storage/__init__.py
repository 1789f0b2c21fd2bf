"""Storage of the folder file: SQLAlchemy tables, Alembic migrations, the store."""
