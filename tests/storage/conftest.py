"""The storage tests' folder: a folder file (``folder``). A module whose tests run on both
engines (a folder file, a folder shared on the test PostgreSQL server) overrides ``folder`` with
``folder_engines.folder_on(place)``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from folder_engines import engine, place, team_database

from infusion_desk.services import Folder

__all__ = ["engine", "folder", "place", "team_database"]


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    with Folder.create(tmp_path / "Test patient.infusiondesk") as opened:
        yield opened


# Shared folders on a PostgreSQL server (tests/storage/test_shared_*.py).
from shared_fixtures import make_person, server_db, shared_folder  # noqa: E402, F401
