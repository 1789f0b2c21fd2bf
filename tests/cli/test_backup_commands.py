"""``infusion-desk backup`` and ``infusion-desk restore``: headless, plain, never a traceback."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from infusion_desk.cli import main
from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.services.backups import BackupStore
from infusion_desk.storage import snapshot_writing


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Call(reference_number="SR-1"))
        folder.records.add_document(Document(title="Approval letter"), b"%PDF approval")
    return path


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_the_commands_are_listed_and_have_help(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert command in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "usage: infusion-desk " + command in capsys.readouterr().out


def test_backup_list_and_restore(folder_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", str(folder_path)]) == 0
    out = capsys.readouterr().out
    assert "Backed up Walter Brennan.infusiondesk" in out and "2 records, 1 document" in out
    with Folder.open(folder_path) as folder:
        folder.records.add(Call(reference_number="made later"))
    assert main(["backup", str(folder_path)]) == 0
    capsys.readouterr()

    assert main(["restore", str(folder_path), "--list"]) == 0
    listing = capsys.readouterr().out
    assert "Walter Brennan Backups" in listing
    assert "  1  " in listing and "  2  " in listing and "made by hand" in listing

    assert main(["restore", str(folder_path), "--from", "2"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before restore" in out
    with Folder.open(folder_path) as folder:
        assert [c.reference_number for c in folder.calls()] == ["SR-1"]
    assert main(["restore", str(folder_path), "--list"]) == 0
    assert "before restore" in capsys.readouterr().out


def test_restore_into_a_new_file(folder_path: Path, tmp_path: Path) -> None:
    assert main(["backup", str(folder_path)]) == 0
    copy = tmp_path / "Copy.infusiondesk"
    assert main(["restore", str(folder_path), "--from", "1", "--into", str(copy)]) == 0
    with Folder.open(copy) as folder:
        assert folder.check().ok


def test_backups_elsewhere(folder_path: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["backup", str(folder_path), "--backups", str(stick)]) == 0
    assert (stick / "Walter Brennan Backups").is_dir()
    capsys.readouterr()
    assert main(["restore", str(folder_path), "--list", "--backups", str(stick)]) == 0
    assert "  1  " in capsys.readouterr().out


def test_refusals_are_one_plain_sentence(folder_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", str(folder_path), "--list"]) == 0
    assert "There are no backups" in capsys.readouterr().out
    assert main(["restore", str(folder_path), "--from", "3"]) == 2
    assert "There is no backup number 3" in capsys.readouterr().err
    assert main(["backup", str(folder_path), "--backups", str(tmp_path / "unplugged")]) == 2
    assert "plugged in" in capsys.readouterr().err
    with Folder.open(folder_path):
        assert main(["backup", str(folder_path)]) == 0  # an open folder can be backed up
        capsys.readouterr()
        assert main(["restore", str(folder_path), "--from", "1"]) == 2  # but not replaced
        assert "already open" in capsys.readouterr().err


def test_restore_needs_list_or_from(folder_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "infusion_desk", "restore", str(folder_path)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 2
    assert "one of the arguments --list --from is required" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_backup_of_what_is_not_a_folder_makes_no_backups_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list", encoding="utf-8")
    assert main(["backup", str(notes)]) == 2
    assert "not an Infusion Desk folder file" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_backup_that_does_not_fit_says_how_much_room_it_needs(
    folder_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    with Folder.open(folder_path) as folder:
        folder.records.add_document(Document(title="Scan"), random.Random(2).randbytes(3 << 20))
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(snapshot_writing.shutil, "disk_usage",
                        lambda _where: usage._replace(free=1 << 20))
    assert main(["backup", str(folder_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("The backup needs about 5 MB, and the place where the backups are "
                          "kept has 1 MB free, so no backup was made.")
    assert err.count("\n") == 1 and "Traceback" not in err


IMPORTS_BESIDE_BACKUPS = 3  # the benchmark (tests/benchmarks/backup_under_writes.py) does 20


@pytest.mark.skipif(sys.platform == "win32", reason="slow to start processes there")
def test_backup_beside_an_import_never_fails(folder_path: Path, tmp_path: Path) -> None:
    """``infusion-desk backup`` while ``infusion-desk import`` adds three files: every backup
    is made and good, and neither says anything but its plain lines."""
    rng = random.Random(8)
    for attempt in range(IMPORTS_BESIDE_BACKUPS):
        files = []
        for k in range(3):
            file = tmp_path / f"letter {attempt}-{k}.bin"
            file.write_bytes(rng.randbytes(4 << 20))
            files.append(str(file))
        command = [sys.executable, "-m", "infusion_desk"]
        importing = subprocess.Popen([*command, "import", str(folder_path), *files],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        backing_up = subprocess.run([*command, "backup", str(folder_path)], capture_output=True,
                                    text=True, check=False, timeout=300)
        _out, import_err = importing.communicate(timeout=300)
        assert (backing_up.returncode, backing_up.stderr) == (0, "")
        assert importing.returncode == 0 and "Traceback" not in import_err
    store = BackupStore(folder_path)
    assert len(store.list_backups()) == IMPORTS_BESIDE_BACKUPS
    assert all(not b.damaged for b in store.list_backups())
