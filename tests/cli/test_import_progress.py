"""``infusion-desk import`` prints each file's line as soon as the file is stored, so an import
that is killed half-way has told what it stored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from infusion_desk.core.records import Document
from infusion_desk.services import Folder

ROOT = Path(__file__).resolve().parents[2]
FILES = 16


def test_a_killed_import_has_reported_every_file_it_stored(tmp_path: Path) -> None:
    folder_path = tmp_path / "Walter Brennan.infusiondesk"
    Folder.create(folder_path).close()
    files = []
    for number in range(FILES):  # large enough that storing them all takes a while
        path = tmp_path / f"recording {number:02d}.bin"
        path.write_bytes(os.urandom(4 * 1024 * 1024))
        files.append(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "infusion_desk", "import", str(folder_path), *map(str, files)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert child.stdout is not None
    try:
        first = child.stdout.readline()
    finally:
        child.kill()
        child.wait()
    printed = [first, *child.stdout.read().splitlines()]
    child.stdout.close()
    assert first.startswith("imported: recording 00.bin: added as")
    reported = {line.split(":")[1].strip() for line in printed if line.startswith("imported: ")}

    with Folder.open(folder_path, read_only=True) as folder:
        stored = {d.original_name for d in folder.documents()}
        assert folder.check().ok  # nothing half-stored
        assert folder.count(Document) == len(stored)
    assert reported <= stored  # every line printed is a file in the folder
    assert len(stored - reported) <= 1  # at most the one stored as the kill came, not yet said
    assert len(stored) < FILES  # the lines came as it went, not all at the end
