"""A value this version does not know is a pseudo-member: kept, labelled, never offered."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.coverage import STEP_EXPLANATIONS, mark_of, ordered_steps, status_word
from infusion_desk.core.records import (
    UNKNOWN_LABEL,
    ByMember,
    DocumentKind,
    Question,
    QuestionStatus,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.rules import question_order_key
from infusion_desk.reports.ranking import steps_in_order


def test_an_unknown_value_keeps_its_text_and_reads_plainly() -> None:
    newer = DocumentKind.parse("lab_result")
    assert newer.value == "lab_result" and str(newer) == "lab_result"
    assert newer.label == UNKNOWN_LABEL == "(a kind from a newer version)"
    assert isinstance(newer, DocumentKind)
    assert not newer.is_known
    assert all(kind.is_known for kind in DocumentKind)
    assert newer not in DocumentKind
    assert "lab_result" not in [kind.value for kind in DocumentKind]
    assert len(DocumentKind) == 9
    assert DocumentKind.parse("eob") is DocumentKind.EOB
    assert newer != DocumentKind.OTHER and newer == DocumentKind.parse("lab_result")


def test_an_empty_value_is_still_refused() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        DocumentKind.parse("")


def test_tables_by_member_answer_for_a_newer_value_only() -> None:
    table = ByMember({StepStatus.APPROVED: "done"}, unknown="unknown")
    assert table[StepStatus.parse("paused")] == "unknown"
    assert table[StepStatus.APPROVED] == "done"
    with pytest.raises(KeyError):
        table[StepStatus.DENIED]  # a real member left out is a bug, not a newer value


def test_steps_and_questions_of_a_newer_kind_are_drawn_and_ordered() -> None:
    newer = Step(kind=StepKind.parse("peer_review"), status=StepStatus.parse("paused"), id=2)
    known = Step(kind=StepKind.BENEFITS_VERIFICATION, status=StepStatus.APPROVED, id=1)
    assert ordered_steps([newer, known]) == [known, newer]
    assert steps_in_order([known, newer], date(2026, 11, 27)) == [newer, known]
    assert STEP_EXPLANATIONS[newer.kind].startswith("A kind of step written by a newer")
    assert status_word(newer) == UNKNOWN_LABEL
    assert mark_of(newer).value == "●"
    question = Question(text="Which form?", status=QuestionStatus.parse("on_hold"), id=3)
    assert question_order_key(question)[0] == 0
