from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from infusion_desk.services import Folder


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    with Folder.create(tmp_path / "Test patient.infusiondesk") as opened:
        yield opened


# Shared folders on a PostgreSQL server (tests/storage/test_shared_*.py).
from shared_fixtures import make_person, server_db, shared_folder  # noqa: E402, F401
