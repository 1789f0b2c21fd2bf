"""Importing many files quickly: the next files are read while the ones before are stored, and
small files are stored several at a time, in one transaction, each told once it is in."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from folder_engines import FolderPlace
from reportlab.pdfgen import canvas

from infusion_desk.core.errors import FolderError, InvalidValueError
from infusion_desk.core.records import Document, Request
from infusion_desk.documents import PdfEngine, PdfStatus
from infusion_desk.services import Folder
from infusion_desk.services.changes import Change
from infusion_desk.services.importing import ImportStatus, import_files
from infusion_desk.services.read_ahead import ReadAhead

TODAY = date(2026, 11, 27)


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """A folder on each engine: a file, and a folder shared on the server."""
    with place.create() as made:
        yield made


@pytest.fixture(scope="module")
def pdf_engine() -> PdfEngine:
    with PdfEngine() as pdf:
        yield pdf  # type: ignore[misc]


def notes(tmp_path: Path, count: int, stem: str = "note") -> list[Path]:
    paths = []
    for number in range(count):
        path = tmp_path / f"{stem} {number:02d}.txt"
        path.write_text(f"{stem} {number}: nurse visit, dressing changed, line flushed.",
                        encoding="utf-8")
        paths.append(path)
    return paths


def test_small_files_are_stored_together_and_each_told_once_it_is_in(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine) -> None:
    changes: list[Change] = []
    folder.subscribe(changes.append)
    heard: list[tuple[str, int]] = []
    outcomes = import_files(folder, notes(tmp_path, 20), today=TODAY, engine=pdf_engine,
                            on_outcome=lambda o: heard.append((o.name, folder.count(Document))))
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 20
    assert [name for name, _count in heard] == [f"note {n:02d}.txt" for n in range(20)]
    assert all(count > told for told, (_name, count) in enumerate(heard))  # told once stored
    # Twenty files read in a moment go in a few transactions, not one each (each transaction is
    # one announced change).
    assert len(changes) <= 5
    assert set().union(*(c.ids for c in changes)) == {d.id for d in folder.documents()}
    assert folder.check().ok


def test_a_second_copy_in_the_same_batch_is_named_as_the_first(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine) -> None:
    first, second = notes(tmp_path, 2)
    copy = tmp_path / "copy of note 00.txt"
    copy.write_bytes(first.read_bytes())
    outcomes = import_files(folder, [first, second, copy], today=TODAY, engine=pdf_engine)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED, ImportStatus.IMPORTED,
                                            ImportStatus.DUPLICATE]
    assert outcomes[2].document is not None and outcomes[0].document is not None
    assert outcomes[2].document.id == outcomes[0].document.id
    assert folder.count(Document) == 2


def test_files_already_in_the_folder_are_named_among_new_ones(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine) -> None:
    old = notes(tmp_path, 3, "old")
    import_files(folder, old, today=TODAY, engine=pdf_engine)
    new = notes(tmp_path, 3, "new")
    copy = tmp_path / "again.txt"
    copy.write_bytes(old[1].read_bytes())
    outcomes = import_files(folder, [new[0], copy, new[1], new[2]], today=TODAY, engine=pdf_engine)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED, ImportStatus.DUPLICATE,
                                            ImportStatus.IMPORTED, ImportStatus.IMPORTED]
    assert "already in the folder as" in outcomes[1].message
    assert folder.count(Document) == 6


def test_a_batch_that_cannot_be_stored_together_is_stored_file_by_file(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_new: object) -> None:
        raise InvalidValueError("Not together.")

    monkeypatch.setattr(folder.records, "add_documents", refuse)
    outcomes = import_files(folder, notes(tmp_path, 4), today=TODAY, engine=pdf_engine)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 4
    assert folder.count(Document) == 4


def test_every_file_of_a_batch_is_attached_to_the_request(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine) -> None:
    request = folder.records.add(Request(what="Clinical notes")).value
    assert request.id is not None
    outcomes = import_files(folder, notes(tmp_path, 5), today=TODAY, engine=pdf_engine,
                            request_id=request.id)
    stored = {o.document.id for o in outcomes if o.document is not None}
    assert set(folder.get(Request, request.id).document_ids) == stored
    assert len(stored) == 5


def test_cancel_stores_and_tells_what_was_read_and_starts_nothing_more(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine) -> None:
    files = notes(tmp_path, 12)
    stop = threading.Event()
    heard: list[str] = []

    def on_outcome(outcome: object) -> None:
        heard.append(getattr(outcome, "name", ""))

    def progress(done: int, _total: int, _name: str) -> None:
        if done == 3:
            stop.set()  # Cancel pressed while the fourth file is being added

    outcomes = import_files(folder, files, today=TODAY, engine=pdf_engine, progress=progress,
                            cancelled=stop.is_set, on_outcome=on_outcome)
    stored = {d.original_name for d in folder.documents()}
    assert heard == [o.name for o in outcomes]
    assert set(heard) == stored  # every file stored was told, and only those
    assert 3 <= len(stored) <= 4
    assert folder.check().ok


def test_read_ahead_keeps_the_order_and_passes_trouble_on(tmp_path: Path) -> None:
    files = [tmp_path / f"{n}.txt" for n in range(6)]
    started: list[str] = []

    def read(path: Path) -> str:
        started.append(path.name)
        if path.name == "2.txt":
            raise FolderError("That one could not be read.")
        return path.stem

    with ReadAhead(files, read, lambda: False) as ahead:
        assert ahead.take(0) == "0"
        assert ahead.take(1) == "1"
        with pytest.raises(FolderError):
            ahead.take(2)
        assert [ahead.take(n) for n in range(3, 6)] == ["3", "4", "5"]
    assert started == [f"{n}.txt" for n in range(6)]


def test_read_ahead_starts_nothing_once_stopped(tmp_path: Path) -> None:
    files = [tmp_path / f"{n}.txt" for n in range(6)]
    stop = threading.Event()
    started: list[str] = []

    def read(path: Path) -> str:
        started.append(path.name)
        stop.set()
        return path.stem

    with ReadAhead(files, read, stop.is_set) as ahead:
        assert ahead.take(0) == "0"
        assert ahead.take(1) is None
    assert started == ["0.txt"]


def test_a_second_pdf_worker_reads_beside_a_long_import_and_is_closed_after(
        folder: Folder, tmp_path: Path, pdf_engine: PdfEngine) -> None:
    made: list[PdfEngine] = []
    closed: list[PdfEngine] = []

    class Second(PdfEngine):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

        def close(self) -> None:
            closed.append(self)
            super().close()

    outcomes = import_files(folder, notes(tmp_path, 16), today=TODAY, engine=pdf_engine,
                            second_engine=Second)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 16
    assert len(made) <= 1 and closed == made  # made at most once, and closed at the end
    page = BytesIO()
    letter = canvas.Canvas(page)
    letter.drawString(72, 720, "Explanation of Benefits")
    letter.showPage()
    letter.save()
    assert pdf_engine.inspect(page.getvalue()).status is PdfStatus.OK  # the one given is kept open

