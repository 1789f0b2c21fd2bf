"""The search index of a folder kept on PostgreSQL (full-text search: tsvector, GIN, unaccent).

Placeholder: helper ``pgsearch`` writes the real statements. Revision 0007 runs ``SEARCH_DDL`` on
PostgreSQL, after the folder tables, their ``folder`` column and row-level security are made;
a table it makes with a ``folder`` column gets the same row-level security and grants.
"""

from __future__ import annotations

SEARCH_DDL: list[str] = []
