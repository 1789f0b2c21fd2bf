"""Folders kept on a PostgreSQL server and shared by a care team (issue 17).

* :mod:`.engine`: the SQLAlchemy engine of one shared folder (psycopg 3), every connection tied to
  its folder; the backend ids of its own connections (to tell its own changes from others').
* :mod:`.channel`: the channel (LISTEN/NOTIFY) a folder's changes are told on, one per folder.
* :mod:`.setup`: setting up a server database, adding a person, giving her a folder, a new folder.
* :mod:`.opening`: opening a shared folder into the ``OpenedFile`` the services wrap.
* :mod:`.trouble`: the server's errors as plain FolderErrors.
* :mod:`.search_sql`: the search indexes' statements (run by revision 0007); :mod:`.searching`:
  one search's reads; :mod:`.search_upkeep`: checking and rebuilding the indexes;
  :mod:`.on_server`: whether a store is a shared folder's.

The schema is the folder file's (the same Alembic revisions, dialect-aware) with, on PostgreSQL
only, a ``folder`` column on every folder table and row-level security: see revision 0007.
"""
