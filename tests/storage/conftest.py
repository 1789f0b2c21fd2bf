from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from infusion_desk.services import Folder


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    with Folder.create(tmp_path / "Test patient.infusiondesk") as opened:
        yield opened
