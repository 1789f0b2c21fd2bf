"""Each line of the Today list says when in the words that fit its reason."""

from __future__ import annotations

from datetime import date

from infusion_desk.core.records import RecordKind
from infusion_desk.core.rules import TodayItem
from infusion_desk.core.today_words import headline, when_text

TODAY = date(2026, 11, 27)


def test_overdue_follow_up_approval_and_question_read_naturally() -> None:
    overdue = TodayItem(RecordKind.REQUEST, 1, "Overdue request", "x", date(2026, 11, 24), 0)
    follow_up = TodayItem(RecordKind.CALL, 2, "Follow-up due", "x", TODAY, 1)
    approval = TodayItem(RecordKind.STEP, 3, "Approval ending soon", "x", date(2026, 12, 6), 2)
    question = TodayItem(RecordKind.QUESTION, 4, "Open question", "x", None, 3)
    assert when_text(overdue, TODAY) == "3 days overdue"
    assert when_text(follow_up, TODAY) == "due today"
    assert when_text(approval, TODAY) == "ends in 9 days"
    assert when_text(question, TODAY) == ""
    assert headline(overdue, TODAY) == "Overdue request — 3 days overdue (Tue, Nov 24, 2026)"
    assert headline(follow_up, TODAY) == "Follow-up due today (Fri, Nov 27, 2026)"
    late = TodayItem(RecordKind.CALL, 5, "Follow-up due", "x", date(2026, 11, 25), 1)
    assert headline(late, TODAY) == "Follow-up due — 2 days overdue (Wed, Nov 25, 2026)"
    assert headline(approval, TODAY) == "Approval ending soon — ends in 9 days (Sun, Dec 6, 2026)"
    assert headline(question, TODAY) == "Open question"
