"""Reading picked files once, refusing with a plain reason, and expanding dropped folders."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from document_samples import pa_letter

from infusion_desk.core.errors import FolderError
from infusion_desk.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentRefusedError,
    PdfEngine,
    collect_files,
    prepare_bytes,
    prepare_file,
)


def refusal(path: Path, today: date) -> str:
    with pytest.raises(DocumentRefusedError) as caught:
        prepare_file(path, today=today)
    assert isinstance(caught.value, FolderError)
    message = str(caught.value)
    assert message.count(". ") == 0 and message.endswith(".")  # one plain sentence
    return message


def test_a_file_is_prepared_from_disk(tmp_path: Path, engine: PdfEngine, today: date) -> None:
    path = tmp_path / "PA approval.pdf"
    path.write_bytes(pa_letter())

    prepared = prepare_file(path, today=today, engine=engine)

    assert prepared.data == pa_letter()
    assert prepared.document.original_name == "PA approval.pdf"
    assert prepared.document.page_count == 1


def test_empty_file(tmp_path: Path, today: date) -> None:
    path = tmp_path / "blank.pdf"
    path.touch()
    assert refusal(path, today) == "blank.pdf is empty (0 bytes), so there is nothing to keep."
    with pytest.raises(DocumentRefusedError):
        prepare_bytes(b"", "blank.pdf", today=today)


def test_folder(tmp_path: Path, today: date) -> None:
    assert "is a folder" in refusal(tmp_path, today)


def test_missing_and_vanished_files(tmp_path: Path, today: date) -> None:
    assert "could not be found" in refusal(tmp_path / "nowhere.pdf", today)
    path = tmp_path / "letter.txt"
    path.write_text("hello")
    files, _ = collect_files([tmp_path])
    path.unlink()  # gone between the drop and the import
    assert files == [path]
    assert "could not be found" in refusal(path, today)


def test_links_that_lead_nowhere(tmp_path: Path, today: date) -> None:
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    dangling = tmp_path / "old.pdf"
    dangling.symlink_to(tmp_path / "deleted.pdf")

    assert "leads back to itself" in refusal(loop, today)
    assert "no longer there" in refusal(dangling, today)


def test_too_large_is_refused_before_reading(
    tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as file:
        file.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: takes no room on disk

    def no_reading(*args: object) -> int:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(os, "open", no_reading)
    assert refusal(path, today) == (
        "huge.pdf is too large to keep (500 MB); the largest file Infusion Desk can keep is 500 MB."
    )


def test_unreadable_file(tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "stick.pdf"
    path.write_bytes(b"%PDF-1.4")

    def failing_open(*args: object) -> int:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "open", failing_open)
    assert "USB stick" in refusal(path, today)

    def forbidden_open(*args: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", forbidden_open)
    assert "does not allow reading it" in refusal(path, today)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_without_hanging(tmp_path: Path, today: date) -> None:
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    assert "not an ordinary file" in refusal(pipe, today)


def test_prepare_file_reads_once(
    tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Referral for home infusion")
    opened: list[object] = []
    real_open = os.open

    def counting_open(file: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        opened.append(file)
        return real_open(file, flags, mode)

    monkeypatch.setattr(os, "open", counting_open)
    prepared = prepare_file(path, today=today)
    assert opened == [path]
    assert prepared.document.text == "Referral for home infusion"


def test_folders_are_expanded_in_name_order(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    (drop / "b folder").mkdir(parents=True)
    (drop / ".git").mkdir()
    for name in ("scan 10.jpg", "scan 2.jpg", ".DS_Store", "Thumbs.db", "~$draft.docx"):
        (drop / name).write_bytes(b"x")
    (drop / "b folder" / "inner.pdf").write_bytes(b"x")
    (drop / ".git" / "config").write_bytes(b"x")
    (drop / "empty.pdf").touch()
    (drop / "self").symlink_to(drop / "self")
    (drop / "b folder" / "up").symlink_to(drop)  # a loop back to the top
    hidden_but_picked = tmp_path / ".hidden.pdf"
    hidden_but_picked.write_bytes(b"x")

    files, refused = collect_files(
        [drop, hidden_but_picked, drop / "scan 2.jpg", tmp_path / "missing.pdf"]
    )

    assert files == [
        drop / "b folder" / "inner.pdf",
        drop / "scan 2.jpg",
        drop / "scan 10.jpg",
        hidden_but_picked,
    ]
    reasons = dict(refused)
    assert set(reasons) == {drop / "empty.pdf", drop / "self", tmp_path / "missing.pdf"}
    assert "empty" in reasons[drop / "empty.pdf"]
    assert "leads back to itself" in reasons[drop / "self"]
    assert "could not be found" in reasons[tmp_path / "missing.pdf"]


def test_a_very_deep_folder_does_not_overflow(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(60):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / "bottom.txt").write_text("x")

    files, refused = collect_files([tmp_path])

    assert files == [deep / "bottom.txt"]
    assert refused == []
