"""How many: the one definition of every count the tabs, the Overview and the printouts show.

"Open requests (9)" on paper and "Open (9)" over the ledger are the same number because both are
:func:`ledger_counts` of the same records. Trashed records are never in the lists these are given
(the folder's lists leave them out), so they are never counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Question, QuestionStatus, RecordKind, Request
from infusion_desk.core.rules import LEDGER_VIEWS, LedgerView, request_state

ALL = LedgerView.ALL
OPEN = LedgerView.OPEN
OVERDUE = LedgerView.OVERDUE
SENT = LedgerView.SENT


def view_label(view: str) -> str:
    """The name of one of the ledger's views (its member, or its English name) in her
    language."""
    try:
        return LedgerView.parse(view).label
    except ValueError:
        return view


def in_view(request: Request, view: str, today: date) -> bool:
    """Whether the ledger's ``view`` ("All", "Open", "Overdue", "Sent") shows ``request``."""
    return request_state(request, today) in LEDGER_VIEWS[view]


def in_ledger_view(requests: Iterable[Request], view: str, today: date) -> list[Request]:
    """The requests the ledger's ``view`` shows, in the order given."""
    return [r for r in requests if in_view(r, view, today)]


def ledger_counts(requests: Iterable[Request], today: date) -> dict[str, int]:
    """How many requests each of the ledger's views shows: {"All": 23, "Open": 9, ...}."""
    counts = dict.fromkeys(LEDGER_VIEWS, 0)
    for request in requests:
        state = request_state(request, today)
        for view, states in LEDGER_VIEWS.items():
            if state in states:
                counts[view] += 1
    return counts


def is_open_question(question: Question) -> bool:
    """A question still to ask (the *Questions to ask* tab's "to ask")."""
    return question.status is QuestionStatus.OPEN


def is_answered(question: Question) -> bool:
    return question.status is QuestionStatus.ANSWERED


@dataclass(frozen=True)
class QuestionCounts:
    """What the *Questions to ask* tab says over its list: "9 to ask, 13 answered"."""

    to_ask: int
    answered: int
    total: int

    @property
    def words(self) -> str:
        if not self.total:
            return ""
        return translate("Counts", "{to_ask} to ask, {answered} answered").format(
            to_ask=self.to_ask, answered=self.answered)


def question_counts(questions: Iterable[Question]) -> QuestionCounts:
    listed = list(questions)
    return QuestionCounts(
        to_ask=sum(1 for q in listed if is_open_question(q)),
        answered=sum(1 for q in listed if is_answered(q)),
        total=len(listed),
    )


@dataclass(frozen=True)
class FolderCounts:
    """Every count a printout shows, each equal to what its tab shows for the same filter."""

    ledger: Mapping[str, int]  # by view: "All", "Open", "Overdue", "Sent"
    questions: QuestionCounts
    plans: int
    contacts: int
    steps: int
    calls: int
    documents: int

    @property
    def open_requests(self) -> int:
        return self.ledger[OPEN]

    @property
    def overdue_requests(self) -> int:
        return self.ledger[OVERDUE]


def folder_counts(*, requests: Iterable[Request], questions: Iterable[Question], plans: int,
                  contacts: int, steps: int, calls: int, documents: int, today: date
                  ) -> FolderCounts:
    """The counts of one folder's lists (records not in the trash)."""
    return FolderCounts(
        ledger=ledger_counts(requests, today),
        questions=question_counts(questions),
        plans=plans, contacts=contacts, steps=steps, calls=calls, documents=documents,
    )


def count_label(key: str) -> str:
    """The words for one entry of a folder's or a backup's counts (keyed by a record kind's
    English label, or "In the trash"), in the caregiver's language."""
    if key == "In the trash":
        return translate("Counts", "In the trash")
    return next((kind.label for kind in RecordKind if kind.source_label == key), key)
