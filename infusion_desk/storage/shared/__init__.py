"""A folder shared on a PostgreSQL server."""
