"""Fixtures of the service tests: ``engine`` and ``place`` run a test on a folder file and on a
folder shared on the throwaway PostgreSQL server (``tests/folder_engines.py``)."""

from folder_engines import engine, place, team_database

__all__ = ["engine", "place", "team_database"]
