"""Shared folders for the report tests: the demo folder, an empty one and 10,000 records."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from folder_engines import team_database
from report_samples import TODAY, make_big_folder

from infusion_desk.core.records import Profile
from infusion_desk.demo import write_demo_folder
from infusion_desk.documents import PdfEngine
from infusion_desk.reports.data import SummaryData, gather_summary_data
from infusion_desk.services.folder import Folder

__all__ = ["team_database"]  # (tests/folder_engines.py: a test on both engines)


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Folder]:
    folder = write_demo_folder(tmp_path_factory.mktemp("demo") / "demo.infusiondesk", today=TODAY)
    yield folder
    folder.close()


@pytest.fixture(scope="session")
def demo_data(demo_folder: Folder) -> SummaryData:
    return gather_summary_data(demo_folder, TODAY)


@pytest.fixture(scope="session")
def big_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Folder]:
    folder = make_big_folder(tmp_path_factory.mktemp("big") / "big.infusiondesk", TODAY)
    yield folder
    folder.close()


@pytest.fixture
def empty_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Folder]:
    folder = Folder.create(tmp_path_factory.mktemp("empty") / "empty.infusiondesk", Profile())
    yield folder
    folder.close()


@pytest.fixture(scope="session")
def engine() -> Iterator[PdfEngine]:
    with PdfEngine() as shared:
        yield shared
