"""The latest calls with one contact, straight from a folder file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from infusion_desk.core.records import Call, Contact
from infusion_desk.services import Folder


def test_latest_calls_with_one_contact_newest_first(tmp_path: Path) -> None:
    with Folder.create(tmp_path / "f.infusiondesk") as folder:
        gregory = folder.records.add(Contact(name="Gregory Hale")).value
        renee = folder.records.add(Contact(name="Renee Castillo")).value
        assert gregory.id is not None and renee.id is not None
        for day in range(1, 9):
            folder.records.add(Call(called_at=datetime(2026, 11, day, 10), contact_id=gregory.id,
                            reference_number=f"G{day}"))
            folder.records.add(Call(called_at=datetime(2026, 11, day, 11), contact_id=None))
        folder.records.add(Call(called_at=datetime(2026, 11, 30, 9), contact_id=renee.id))
        latest = folder.calls_with_contact(gregory.id)
        assert [c.reference_number for c in latest] == ["G8", "G7", "G6", "G5", "G4"]
        assert folder.calls_with_contact(renee.id, limit=5)[0].contact_id == renee.id
        assert folder.calls_with_contact(999) == []
