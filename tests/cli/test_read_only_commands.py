"""The commands that only read a folder leave nothing beside it: no -wal, no -shm, no lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from infusion_desk.cli import main
from infusion_desk.core.records import Call, Contact, Document
from infusion_desk.services import Folder


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "home" / "Walter Brennan.infusiondesk"
    path.parent.mkdir()
    with Folder.create(path) as folder:
        folder.records.add(Contact(name="Maria Lopez", organization="Sunrise Home Infusion"))
        folder.records.add(Call(reference_number="SR-1", summary="pump delivery"))
        folder.records.add_document(Document(title="Approval letter", text="pump approved"),
                                    b"plain words", pages=["pump approved"])
    return path


@pytest.mark.parametrize("command", [
    ["check"],
    ["search", "{path}", "pump"],
    ["summary", "{path}", "-o", "{out}/summary.pdf"],
    ["packet", "{path}", "-o", "{out}/packet.pdf"],
    ["deadlines", "{path}", "--ics", "{out}/deadlines.ics"],
], ids=lambda c: c[0])
def test_a_command_that_only_reads_leaves_nothing_beside_the_folder(
    command: list[str], folder_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.format(path=folder_path, out=tmp_path) for a in command]
    if len(args) == 1:
        args.append(str(folder_path))
    before = sorted(p.name for p in folder_path.parent.iterdir())
    assert main(args) == 0, capsys.readouterr().err
    assert sorted(p.name for p in folder_path.parent.iterdir()) == before == [folder_path.name]
