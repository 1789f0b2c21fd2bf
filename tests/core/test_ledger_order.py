"""The ledger's reading order and filters, and the order of the questions to ask."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from infusion_desk.core import rules
from infusion_desk.core.records import Question, QuestionStatus, Request

TODAY = date(2026, 11, 27)


def _day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


LEDGER = {
    "open, no due date": Request(id=1, what="a", requested_on=_day(-1)),
    "open, due in 5 days": Request(id=2, what="b", due_on=_day(5)),
    "overdue by 2 days": Request(id=3, what="c", due_on=_day(-2)),
    "sent 10 days ago": Request(id=4, what="d", due_on=_day(-12), submitted_on=_day(-10)),
    "overdue by 7 days": Request(id=5, what="e", due_on=_day(-7)),
    "confirmed, sent 1 day ago": Request(
        id=6, what="f", submitted_on=_day(-1), confirmed_on=TODAY
    ),
    "open, due today": Request(id=7, what="g", due_on=TODAY),
}


def test_ledger_order_overdue_then_open_by_due_then_newest_sent() -> None:
    ordered = sorted(LEDGER, key=lambda name: rules.ledger_order_key(LEDGER[name], TODAY))
    assert ordered == [
        "overdue by 7 days",
        "overdue by 2 days",
        "open, due today",
        "open, due in 5 days",
        "open, no due date",
        "confirmed, sent 1 day ago",
        "sent 10 days ago",
    ]


def test_ledger_order_ties_put_the_newest_request_first() -> None:
    older = Request(id=1, what="older", due_on=_day(3))
    newer = Request(id=9, what="newer", due_on=_day(3))
    assert sorted([older, newer], key=lambda r: rules.ledger_order_key(r, TODAY)) == [newer, older]


def test_a_request_moves_from_open_to_overdue_as_days_pass() -> None:
    request = Request(id=1, what="x", due_on=date(2026, 11, 20))
    assert rules.ledger_order_key(request, date(2026, 11, 20))[0] == 1
    assert rules.ledger_order_key(request, date(2026, 11, 21))[0] == 0


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ("All", {1, 2, 3, 4, 5, 6, 7}),
        ("Open", {1, 2, 3, 5, 7}),
        ("Overdue", {3, 5}),
        ("Sent", {4, 6}),
    ],
)
def test_ledger_views(view: str, expected: set[int]) -> None:
    shown = {r.id for r in LEDGER.values()
             if rules.request_state(r, TODAY) in rules.LEDGER_VIEWS[view]}
    assert shown == expected


def test_question_order_open_then_answered_newest_then_not_needed() -> None:
    questions = [
        Question(id=1, text="not needed", status=QuestionStatus.NOT_NEEDED),
        Question(id=2, text="answered long ago", status=QuestionStatus.ANSWERED,
                 answered_on=_day(-30)),
        Question(id=3, text="open later", status=QuestionStatus.OPEN),
        Question(id=4, text="answered yesterday", status=QuestionStatus.ANSWERED,
                 answered_on=_day(-1)),
        Question(id=5, text="answered, no date", status=QuestionStatus.ANSWERED),
        Question(id=0, text="open first"),
    ]
    ordered = sorted(questions, key=rules.question_order_key)
    assert [q.text for q in ordered] == [
        "open first",
        "open later",
        "answered yesterday",
        "answered long ago",
        "answered, no date",
        "not needed",
    ]
