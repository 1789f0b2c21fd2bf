"""*Export deadlines…*: the folder's deadlines as an ``.ics`` file her calendar imports
(``reports.calendar_file``), written so that the file at the path is always whole.

Every deadline not in the trash goes in: open ones with a reminder, done ones as cancelled (so
that a calendar that imported them earlier drops them). The events are named by the folder's
own key and each deadline's identity, so exporting again updates them. The file is written
beside its place, flushed and moved over it in one step; only this user may read it (it holds
the titles she wrote).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from infusion_desk.core.deadlines import Deadline
from infusion_desk.core.i18n import translate
from infusion_desk.privacy import open_private
from infusion_desk.reports.calendar_file import calendar_file
from infusion_desk.services.deadlines import Deadlines
from infusion_desk.storage.durable import replace_durably

CALENDAR_SUFFIX = ".ics"


@dataclass(frozen=True)
class Exported:
    """What was written: the file, how many events, how many of them still to do."""

    path: Path
    events: int
    open: int

    @property
    def message(self) -> str:
        wrote = translate("DeadlineExport", "Wrote %n deadlines ({open} still to do) to "
                                            "{file}.", None, self.events)
        return wrote.format(open=self.open, file=self.path.name) + " " + translate(
            "DeadlineExport", "Import it into your calendar; importing it again updates the "
                              "same events.")


def calendar_path(target: Path) -> Path:
    """``target`` with the ``.ics`` ending a calendar expects (added when missing)."""
    return target if target.suffix.lower() == CALENDAR_SUFFIX else \
        target.with_name(target.name + CALENDAR_SUFFIX)


def export_calendar(deadlines: Deadlines, target: Path, *, today: date,
                    now: datetime | None = None) -> Exported:
    """Write every deadline of the folder to ``target`` (``.ics`` added when missing)."""
    chosen: list[Deadline] = deadlines.all()
    data = calendar_file(chosen, folder_key=deadlines.folder_key(),
                         stamp=now or datetime.now(UTC), today=today)
    path = calendar_path(target)
    write_whole(path, data)
    return Exported(path, len(chosen), sum(1 for d in chosen if not d.done))


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path``, flush it, and move it over ``path`` in one step."""
    partial = path.with_name(f".{path.name}.part")
    try:
        with open_private(partial) as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        replace_durably(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
