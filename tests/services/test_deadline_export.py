"""*Export deadlines…*: one event per deadline in a whole ``.ics`` file only she can read;
exporting again after a date moved updates the same events (same UIDs, higher SEQUENCE)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest
from folder_engines import FolderPlace

from infusion_desk.core.deadlines import DateSource, Deadline, DeadlinePurpose
from infusion_desk.services import Folder

TODAY = date(2027, 3, 12)  # a Friday; the change to daylight-saving time is on Sunday 14th
NOW = datetime(2027, 3, 12, 15, 30, tzinfo=UTC)


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    with place.create() as opened:
        yield opened


def _events(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_export_writes_every_deadline_and_updates_them_on_the_next_export(
        folder: Folder, tmp_path: Path) -> None:
    first = folder.deadlines.add(Deadline(DeadlinePurpose.OTHER, date(2027, 3, 15),
                                          DateSource.TYPED, "Send the diary")).value
    second = folder.deadlines.add(Deadline(DeadlinePurpose.OTHER, date(2027, 3, 20),
                                           DateSource.TYPED, "Ask about the pump")).value
    assert first.id is not None and second.id is not None
    done = folder.deadlines.export_calendar(tmp_path / "deadlines", today=TODAY, now=NOW)
    assert done.path == tmp_path / "deadlines.ics"
    assert (done.events, done.open) == (2, 2)
    assert "Wrote 2 deadlines" in done.message
    before = _events(done.path)
    assert {str(e["summary"]) for e in before.values()} == {"Send the diary",
                                                            "Ask about the pump"}
    assert all(e.decoded("dtstart") in (date(2027, 3, 15), date(2027, 3, 20))
               for e in before.values())  # all-day dates: no time zone to shift them

    folder.deadlines.edit(first.id, due_on=date(2027, 3, 16))
    folder.deadlines.set_done(second.id)
    later = datetime(2027, 3, 14, 9, 0, tzinfo=UTC)
    again = folder.deadlines.export_calendar(done.path, today=TODAY, now=later)
    after = _events(again.path)
    assert set(after) == set(before)  # the same events, updated
    by_title = {str(e["summary"]): e for e in after.values()}
    assert by_title["Send the diary"].decoded("dtstart") == date(2027, 3, 16)
    assert str(by_title["Ask about the pump"]["status"]) == "CANCELLED"
    assert all(int(after[uid]["sequence"]) > int(before[uid]["sequence"]) for uid in after)
    assert (again.events, again.open) == (2, 1)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_two_folders_never_share_an_event(folder: Folder, place: FolderPlace,
                                          tmp_path: Path) -> None:
    deadline = Deadline(DeadlinePurpose.OTHER, date(2027, 3, 15), DateSource.TYPED, "Same")
    folder.deadlines.add(deadline)
    with place.another().create() as other:
        other.deadlines.add(deadline)
        theirs = other.deadlines.export_calendar(tmp_path / "b.ics", today=TODAY, now=NOW)
    ours = folder.deadlines.export_calendar(tmp_path / "a.ics", today=TODAY, now=NOW)
    assert not set(_events(ours.path)) & set(_events(theirs.path))


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
def test_the_file_is_hers_only_and_a_read_only_folder_exports_too(
        folder: Folder, place: FolderPlace, tmp_path: Path) -> None:
    folder.deadlines.add(Deadline(DeadlinePurpose.OTHER, date(2027, 3, 15), DateSource.TYPED,
                                  "Send the diary"))
    folder.close()
    with place.open(read_only=True) as reading:
        done = reading.deadlines.export_calendar(tmp_path / "out.ics", today=TODAY, now=NOW)
    assert stat.S_IMODE(os.stat(done.path).st_mode) == 0o600
    assert done.events == 1
