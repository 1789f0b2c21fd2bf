"""The Today list read from the folder agrees with the rules, without loading every call."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from infusion_desk.core import rules
from infusion_desk.core.records import Call, RecordKind
from infusion_desk.services import Folder

TODAY = date(2026, 11, 27)


def test_follow_ups_due_match_the_rule(folder: Folder) -> None:
    for offset in range(-3, 4):
        for done in (False, True):
            folder.records.add(Call(called_at=datetime(2026, 11, 1, 9), summary=f"{offset} {done}",
                            follow_up_on=TODAY + timedelta(days=offset), follow_up_done=done))
    folder.records.add(Call(summary="no follow-up"))
    expected = {c.id for c in folder.calls() if rules.follow_up_due(c, TODAY)}
    assert {c.id for c in folder.calls_with_follow_up_due(TODAY)} == expected
    assert len(expected) == 4  # 3 days ago ... today, not done
    due = [i for i in folder.today(TODAY) if i.kind is RecordKind.CALL]
    assert {i.record_id for i in due} == expected
