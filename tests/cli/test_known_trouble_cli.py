"""Every command, given a folder file that is missing, a directory, not a folder file, damaged,
in a read-only place, or open in another program: one plain sentence on stderr, exit 2, never a
traceback, and the file left exactly as it was. A lock left by a program that stopped is taken
over with one plain line."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from infusion_desk.cli import main
from infusion_desk.core.records import Call, Document
from infusion_desk.services import Folder
from infusion_desk.services.backup_directory import BackupDirectory
from infusion_desk.storage import lock_file, opening
from tests.storage.damage import digest, scribble_page

NAME = "Walter Brennan.infusiondesk"
IN_USE = "This folder is already open in Infusion Desk on this computer. Switch to that window."
PLACE = ("This folder is kept in a place that cannot be written to (a CD, a locked USB stick, or "
         "a folder you may only read), so changes cannot be saved. Copy it to a place you can "
         "write to, then open the copy.")
DAMAGED = (f"{NAME} looks damaged and cannot be opened safely. Nothing in it was changed; a "
           "backup copy may help.")
DAMAGED_OPEN = (f"Part of {NAME} could not be read because the file is damaged there. Nothing in "
                "it was changed; restoring the newest good backup usually helps.")
BACKUP_PLACE = ("The place where the backups are kept cannot be written to (it may be a locked "
                "USB stick, a CD, or a folder you may only read). The folder was left as it "
                "was. Choose another place for the backups. (Give another place with --backups "
                "PLACE.)")


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / NAME
    with Folder.create(path) as folder:
        for n in range(200):
            folder.records.add(Call(reference_number=f"SR-{n}", summary="Pump on Friday " * 9))
        folder.records.add_document(Document(title="Approval letter"), b"%PDF approval")
    return path


def arguments(command: str, path: Path, where: Path) -> list[str]:
    note = where / "note.txt"
    note.write_text("a note", encoding="utf-8")
    return {
        "check": ["check", str(path)],
        "search": ["search", str(path), "pump"],
        "import": ["import", str(path), str(note)],
        "summary": ["summary", str(path), "-o", str(where / "summary.pdf")],
        "packet": ["packet", str(path), "-o", str(where / "packet.pdf")],
        "backup": ["backup", str(path)],
        "restore": ["restore", str(path), "--from", "1"],
        "screenshots": ["screenshots", str(where / "shots"), "--folder", str(path)],
        "demo": ["demo", str(path), "--replace"],
    }[command]


def missing(where: Path, sound: Path) -> Path:
    return where / NAME


def directory(where: Path, sound: Path) -> Path:
    (where / NAME).mkdir()
    return where / NAME


def not_a_folder(where: Path, sound: Path) -> Path:
    (where / NAME).write_text("a shopping list", encoding="utf-8")
    return where / NAME


def damaged(where: Path, sound: Path) -> Path:
    path = Path(shutil.copy(sound, where / NAME))
    scribble_page(path, "calls")
    return path


NOT_THERE = "There is no folder file at {path}. It may have been moved or renamed."
IS_DIRECTORY = (f"{NAME} cannot be opened: it is a directory, not a folder file. Nothing in it "
                "was changed.")
NOT_FOLDER = (f"{NAME} cannot be opened: it is not an Infusion Desk folder file. Nothing in it was "
              "changed.")
NO_BACKUP = "There is no backup number 1: run with --list to see them (0 found)."

CASES: list[tuple[Callable[[Path, Path], Path], str, str]] = [
    *[(missing, c, NOT_THERE) for c in ("check", "search", "import", "summary", "packet",
                                        "backup", "screenshots")],
    (missing, "restore", NO_BACKUP),
    *[(directory, c, IS_DIRECTORY) for c in ("check", "search", "import", "summary", "packet",
                                             "backup", "screenshots", "demo")],
    *[(not_a_folder, c, NOT_FOLDER) for c in ("check", "search", "import", "summary", "packet",
                                              "backup", "screenshots", "demo")],
    (damaged, "import", f'{DAMAGED} To see what is damaged, run: infusion-desk check "{{path}}"'),
    (damaged, "screenshots",
     f'{DAMAGED} To see what is damaged, run: infusion-desk check "{{path}}"'),
    (damaged, "summary", DAMAGED_OPEN),
    (damaged, "packet", DAMAGED_OPEN),
    (damaged, "backup", DAMAGED),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{f.__name__}-{c}" for f, c, _w in CASES])
def test_one_plain_sentence_and_exit_2(
    case: tuple[Callable[[Path, Path], Path], str, str], sound: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fault, command, words = case
    path = fault(tmp_path, sound)
    before = digest(path) if path.is_file() else None
    assert main(arguments(command, path, tmp_path)) == 2
    said = capsys.readouterr()
    assert said.err == words.format(path=path) + "\n"
    assert (digest(path) if path.is_file() else None) == before


def test_a_damaged_folder_is_checked_not_refused(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = damaged(tmp_path, sound)
    before = digest(path)
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().err == (
        "  The part of the folder file that holds calls is damaged.\n"
        "This folder has problems. Do not delete your backups.\n")
    assert digest(path) == before


# ---------------------------------------------------------------------- a read-only place
@pytest.fixture
def read_only_place(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """``tmp_path/place`` behaves as a CD or a locked stick: nothing can be made in it."""
    place = tmp_path / "place"
    place.mkdir()
    real_access, real_open, real_mkdir = os.access, os.open, Path.mkdir

    def inside(target: object) -> bool:
        return Path(str(target)).resolve().is_relative_to(place.resolve())

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and inside(target):
            return False
        return real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    def open_(target: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT and inside(target):
            raise OSError(errno.EROFS, "Read-only file system", str(target))
        return real_open(target, flags, *args, **kwargs)  # type: ignore[arg-type]

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if inside(self):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(opening.os, "access", access)
    monkeypatch.setattr(lock_file.os, "open", open_)
    monkeypatch.setattr(Path, "mkdir", mkdir)
    return place


@pytest.mark.parametrize("case", [
    ("import", PLACE), ("demo", PLACE), ("backup", BACKUP_PLACE), ("restore", NO_BACKUP),
], ids=lambda case: case[0])
def test_a_read_only_place_is_named_as_such(
    case: tuple[str, str], read_only_place: Path, sound: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    command, words = case
    path = Path(shutil.copy(sound, read_only_place / NAME))
    before = digest(path)
    assert main(arguments(command, path, tmp_path)) == 2
    assert capsys.readouterr().err == words + "\n"
    assert digest(path) == before
    assert sorted(p.name for p in read_only_place.iterdir()) == [NAME]


@pytest.mark.parametrize("command", ["check", "search", "summary", "packet"])
def test_a_read_only_place_can_still_be_read(
    command: str, read_only_place: Path, sound: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = Path(shutil.copy(sound, read_only_place / NAME))
    assert main(arguments(command, path, tmp_path)) == 0
    assert capsys.readouterr().err == ""


def test_a_backup_into_a_read_only_place_is_not_called_a_missing_disk(
    monkeypatch: pytest.MonkeyPatch, sound: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = Path(shutil.copy(sound, tmp_path / NAME))
    place = tmp_path / "stick"
    place.mkdir()

    def refused(self: BackupDirectory) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self.root))

    monkeypatch.setattr(BackupDirectory, "_prepare", refused)
    assert main(["backup", str(path), "--backups", str(place)]) == 2
    assert capsys.readouterr().err == BACKUP_PLACE + "\n"


# ---------------------------------------------------------------------- open in another program
HOLD = """
import os, sys, time
from pathlib import Path
from infusion_desk.services import Folder
folder = Folder.open(Path(sys.argv[1]))
print("open", flush=True)
if sys.argv[2] == "crash":
    os._exit(0)  # stops with the folder open: its lock file stays behind
sys.stdin.readline()
folder.close()
"""


def open_in_other_process(path: Path, how: str) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(path), how],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    return process


@pytest.fixture
def held(sound: Path, tmp_path: Path) -> Iterator[Path]:
    path = Path(shutil.copy(sound, tmp_path / NAME))
    process = open_in_other_process(path, "hold")
    yield path
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=60)


@pytest.mark.parametrize("case", [
    ("import", 2, IN_USE), ("demo", 2, IN_USE), ("screenshots", 2, IN_USE),
    ("restore", 2, NO_BACKUP), ("check", 0, ""), ("search", 0, ""), ("summary", 0, ""),
], ids=lambda case: case[0])
def test_a_folder_open_in_another_program(
    case: tuple[str, int, str], held: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    command, code, words = case
    assert main(arguments(command, held, tmp_path)) == code
    assert capsys.readouterr().err == (words + "\n" if words else "")


def test_a_lock_left_by_a_program_that_stopped_is_one_plain_line(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(shutil.copy(sound, tmp_path / NAME))
    open_in_other_process(path, "crash").wait(timeout=60)
    assert opening.lock_path(path).exists()
    assert main(arguments("import", path, tmp_path)) == 0
    said = capsys.readouterr()
    assert said.err == "The folder was left open by a program that stopped; it is yours now.\n"
    assert "imported: note.txt" in said.out


# ---------------------------------------------------------------------- the real entry point
@pytest.mark.parametrize(("fault", "args"), [
    (damaged, ["backup", "{path}"]),
    (missing, ["screenshots", "{where}/shots", "--folder", "{path}"]),
    (damaged, ["summary", "{path}", "-o", "{where}/s.pdf"]),
], ids=["backup-damaged", "screenshots-missing", "summary-damaged"])
def test_no_traceback_reaches_the_terminal(
    fault: Callable[[Path, Path], Path], args: list[str], sound: Path, tmp_path: Path
) -> None:
    path = fault(tmp_path, sound)
    done = subprocess.run(
        [sys.executable, "-m", "infusion_desk",
         *[a.format(path=path, where=tmp_path) for a in args]],
        capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr and "LockHolder(" not in done.stderr


def test_a_place_for_pictures_that_is_a_file_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    in_the_way = tmp_path / "pictures"
    in_the_way.write_text("not a folder", encoding="utf-8")
    assert main(["ocr-accuracy", "--quick", "--out", str(in_the_way)]) == 2
    assert capsys.readouterr().err == (
        f"“{in_the_way}” is in the way: something with that name is already there.\n")
