"""Random bytes under document names, through the window's own import path: the app never
crashes, and a file is either kept whole or not kept at all."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from infusion_desk.services import Folder
from infusion_desk.services.importing import ImportStatus
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.documents.import_summary import ImportSummary
from infusion_desk.ui.tabs.documents import DocumentsTab
from tests.ui.document_drops import use_shared_engine
from tests.ui.shown_windows import shown_windows

TODAY = date(2026, 11, 27)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

HEADS = {
    ".pdf": [b"", b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"],
    ".png": [b"", b"\x89PNG\r\n\x1a\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"],
    ".jpg": [b"", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb\x00C\x00"],
}


@st.composite
def hostile_files(draw: st.DrawFn) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(sorted(HEADS)))
    head = draw(st.sampled_from(HEADS[suffix]))
    body = draw(st.binary(max_size=2048))
    return suffix, head + body


@pytest.fixture(scope="module")
def fuzz_tab(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentsTab]:
    """One folder and one tab for all examples (making a folder per example is slow)."""
    where = tmp_path_factory.mktemp("fuzz-folder")
    with Folder.create(where / "fuzz.infusiondesk") as folder:
        ctx = FolderContext(folder, clock=lambda: TODAY)
        tab = DocumentsTab(ctx)
        use_shared_engine(tab)
        yield tab
        tab.queue.wait_until_idle()
        assert folder.check().ok  # nothing half-stored, after every example
        tab.close()
        tab.deleteLater()
        ctx.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=st.lists(hostile_files(), min_size=1, max_size=3))
def test_random_bytes_never_crash_the_import_nor_leave_half_a_record(
        files: list[tuple[str, bytes]], fuzz_tab: DocumentsTab, qtbot: QtBot,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    tab = fuzz_tab
    folder = tab._ctx.folder
    where = tmp_path_factory.mktemp("fuzz")
    paths = []
    for number, (suffix, data) in enumerate(files):
        path = where / f"file {number}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    before = len(folder.documents())
    with qtbot.waitSignal(tab.queue.batch_finished, timeout=30000) as finished:
        assert tab.import_files(paths) is not None
    result = finished.args[0]
    assert not result.failed
    assert len(result.outcomes) == len(paths)
    added = 0
    assert sorted(str(o.path) for o in result.outcomes) == sorted(str(p) for p in paths)
    for outcome in result.outcomes:
        assert outcome.path is not None
        data = outcome.path.read_bytes()
        if outcome.status is ImportStatus.REFUSED:
            assert outcome.document is None
            assert folder.find_document_by_hash(hashlib.sha256(data).hexdigest()) is None
            continue
        added += outcome.status is ImportStatus.IMPORTED
        document = outcome.document
        assert document is not None and document.id is not None
        kept = folder.document_bytes(document.id)
        assert hashlib.sha256(kept).digest() == hashlib.sha256(data).digest()
        assert document.size == len(data)
    assert len(folder.documents()) == before + added
    assert tab.proxy.rowCount() == before + added
    for summary in shown_windows(ImportSummary):
        summary.close()
