"""A file that changes while it is being added (a scan still being written, a download still
arriving) is refused, never kept cut short; a file that stays put is read the way it is."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from infusion_desk.core.errors import FileChangedError
from infusion_desk.documents import PdfEngine, prepare_file
from infusion_desk.documents import reading as reading_module
from infusion_desk.documents.reading import DocumentFile
from tests.documents.document_samples import pa_letter

MESSAGE = "This file changed while it was being added. Try again when it is finished."


def change_after_first_read(monkeypatch: pytest.MonkeyPatch,
                            change: Callable[[Path], None]) -> list[int]:
    """Hook the reading steps: right after the first read (of a head, a chunk or the whole
    file) the file is changed by ``change``. Returns the sizes asked for, read by read."""
    asked: list[int] = []
    original = DocumentFile._read

    def read_then_change(self: DocumentFile, count: int) -> bytes:
        chunk = original(self, count)
        asked.append(count)
        if len(asked) == 1:
            change(self.path)
        return chunk

    monkeypatch.setattr(DocumentFile, "_read", read_then_change)
    return asked


def append(path: Path, more: bytes = b"\n% more pages arriving\n") -> None:
    with path.open("ab") as file:
        file.write(more)


def test_a_letter_that_grows_while_it_is_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: PdfEngine, today: date) -> None:
    letter = tmp_path / "scan in progress.pdf"
    letter.write_bytes(pa_letter())
    change_after_first_read(monkeypatch, append)
    with pytest.raises(FileChangedError) as refused:
        prepare_file(letter, today=today, engine=engine)
    assert refused.value.message == MESSAGE


def test_a_large_file_that_grows_while_it_is_fingerprinted_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: date) -> None:
    monkeypatch.setattr(reading_module, "CHUNK_BYTES", 4096)
    video = tmp_path / "download.mp4"
    video.write_bytes(os.urandom(50_000))
    asked = change_after_first_read(monkeypatch, lambda path: append(path, os.urandom(9000)))
    with pytest.raises(FileChangedError):
        prepare_file(video, today=today)
    assert asked.count(4096) >= 2  # refused while the chunks were read, not before


def test_a_file_rewritten_in_place_while_it_is_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: date) -> None:
    monkeypatch.setattr(reading_module, "CHUNK_BYTES", 4096)
    video = tmp_path / "recording.mov"
    video.write_bytes(os.urandom(40_000))

    def overwrite(path: Path) -> None:  # same size, new bytes, a later time of change
        stamp = path.stat()
        path.write_bytes(os.urandom(40_000))
        os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))

    change_after_first_read(monkeypatch, overwrite)
    with pytest.raises(FileChangedError):
        prepare_file(video, today=today)


def test_a_file_replaced_under_its_name_while_it_is_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: PdfEngine, today: date) -> None:
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(pa_letter())

    def replace(path: Path) -> None:  # how a scanner or a browser puts a finished file in place
        newer = path.with_name("newer.part")
        newer.write_bytes(pa_letter() + b"%% a second page\n")
        os.replace(newer, path)

    change_after_first_read(monkeypatch, replace)
    with pytest.raises(FileChangedError):
        prepare_file(letter, today=today, engine=engine)


def test_a_file_that_stays_put_is_read_once_in_one_piece(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: PdfEngine, today: date) -> None:
    letter = tmp_path / "approval.pdf"
    letter.write_bytes(pa_letter())
    asked = change_after_first_read(monkeypatch, lambda _path: None)
    prepared = prepare_file(letter, today=today, engine=engine)
    assert prepared.data == letter.read_bytes()
    assert prepared.source is None and prepared.content() is prepared.data
    assert asked == [1024, letter.stat().st_size + 1]  # what it is, then all of it, once


def test_a_large_file_is_fingerprinted_in_chunks_and_read_again_to_be_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: date) -> None:
    monkeypatch.setattr(reading_module, "CHUNK_BYTES", 4096)
    video = tmp_path / "recording.mov"
    video.write_bytes(os.urandom(40_000))
    asked = change_after_first_read(monkeypatch, lambda _path: None)
    prepared = prepare_file(video, today=today)
    assert prepared.data == b"" and prepared.source is not None  # never held whole
    assert max(asked) == 4096
    assert prepared.document.sha256 == hashlib.sha256(video.read_bytes()).hexdigest()
    assert prepared.document.size == 40_000
    assert b"".join(prepared.source.chunks()) == video.read_bytes()


def test_a_large_file_that_changed_after_it_was_fingerprinted_is_not_read_again(
        tmp_path: Path, today: date) -> None:
    video = tmp_path / "recording.mov"
    video.write_bytes(os.urandom(40_000))
    prepared = prepare_file(video, today=today)
    assert prepared.source is not None
    append(video)
    with pytest.raises(FileChangedError):
        list(prepared.source.chunks())
