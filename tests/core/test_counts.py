"""One definition of every count: the ledger's views and the questions' "to ask, answered"."""

from __future__ import annotations

from datetime import date, timedelta

from infusion_desk.core import counts, rules
from infusion_desk.core.records import Question, QuestionStatus, Request

TODAY = date(2026, 3, 11)
DAY = timedelta(days=1)
REQUESTS = (
    Request(id=1, what="open, no due date"),
    Request(id=2, what="open, due later", due_on=TODAY + DAY),
    Request(id=3, what="overdue", due_on=TODAY - DAY),
    Request(id=4, what="sent", due_on=TODAY - DAY, submitted_on=TODAY - 2 * DAY),
    Request(id=5, what="confirmed", submitted_on=TODAY - 3 * DAY, confirmed_on=TODAY),
)


def test_each_view_counts_what_it_shows() -> None:
    got = counts.ledger_counts(REQUESTS, TODAY)
    assert got == {"All": 5, "Open": 3, "Overdue": 1, "Sent": 2}
    for view in rules.LEDGER_VIEWS:
        shown = counts.in_ledger_view(REQUESTS, view, TODAY)
        assert len(shown) == got[view]
        assert all(counts.in_view(r, view, TODAY) for r in shown)


def test_open_requests_are_those_with_nothing_sent() -> None:
    """The reported mismatch: "Open requests" counted sent ones too; "Open" never does."""
    folder = counts.folder_counts(requests=REQUESTS, questions=(), plans=0, contacts=0, steps=0,
                                  calls=0, documents=0, today=TODAY)
    assert folder.open_requests == 3
    assert folder.overdue_requests == 1
    not_confirmed = sum(1 for r in REQUESTS if r.confirmed_on is None)
    assert folder.open_requests != not_confirmed


def test_questions_to_ask_and_answered() -> None:
    questions = [Question(text="a"), Question(text="b", status=QuestionStatus.ANSWERED),
                 Question(text="c", status=QuestionStatus.NOT_NEEDED), Question(text="d")]
    got = counts.question_counts(questions)
    assert (got.to_ask, got.answered, got.total) == (2, 1, 4)
    assert got.words == "2 to ask, 1 answered"
    assert counts.question_counts([]).words == ""
