"""``infusion-desk deadlines FOLDER [--ics OUT]``: the deadlines in plain words, soonest first,
each with where its date came from (and the rule's source), and the calendar file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from infusion_desk.cli import EXIT_OK, main
from infusion_desk.core.appeal_rules import LETTER_FIRST, NoticeKind
from infusion_desk.core.deadlines import (
    DateSource,
    Deadline,
    DeadlinePurpose,
    propose_appeal_deadline,
)
from infusion_desk.core.records import PlanType
from infusion_desk.services import Folder


@pytest.fixture
def folder_path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter Brennan.infusiondesk"
    today = date.today()
    appeal = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICARE_ADVANTAGE,
                                     notice_date=today - timedelta(days=5),
                                     concerns="Silverpine Health Plans").deadline
    assert appeal is not None
    with Folder.create(path) as folder:
        folder.deadlines.add(appeal)
        done = folder.deadlines.add(Deadline(DeadlinePurpose.OTHER, today + timedelta(days=1),
                                             DateSource.TYPED, "Send the diary")).value
        assert done.id is not None
        folder.deadlines.set_done(done.id)
    return path


def test_lists_the_deadlines_to_do_and_writes_the_calendar(
        folder_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "calendar"
    assert main(["deadlines", str(folder_path), "--ics", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "Deadlines in Walter Brennan.infusiondesk (1 to do)" in printed
    assert "Appeal by " in printed and "Ask the plan for a reconsideration" in printed
    assert "42 CFR 422.582" in printed and LETTER_FIRST in printed
    assert "Send the diary" not in printed  # done
    assert "Wrote 2 deadlines (1 still to do) to calendar.ics." in printed
    events = icalendar.Calendar.from_ical((tmp_path / "calendar.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 2

    assert main(["deadlines", str(folder_path), "--all"]) == EXIT_OK
    assert "Send the diary" in capsys.readouterr().out


def test_a_folder_without_deadlines_says_so(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "Empty.infusiondesk"
    Folder.create(path).close()
    assert main(["deadlines", str(path)]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "No deadlines in Empty.infusiondesk yet."
