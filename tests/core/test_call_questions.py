"""The questions to ask on a call: the organization's own first, the others folded away."""

from __future__ import annotations

from infusion_desk.core.call_questions import questions_for_organization, what_about
from infusion_desk.core.records import Question, QuestionStatus, Request, Step, StepKind

BRIGHT_1 = Question(text="Which supplies are billed?", ask_whom="Brightwater billing", id=1)
DOCTOR = Question(text="Was the form signed?", ask_whom="Dr. Okafor's office", id=2)
BRIGHT_2 = Question(text="When is the next delivery?", ask_whom="Brightwater Home Infusion",
                    id=3)
ANSWERED = Question(text="Old", ask_whom="Brightwater", status=QuestionStatus.ANSWERED, id=4)
NOBODY = Question(text="Anything else?", id=5)
ALL = [BRIGHT_1, DOCTOR, BRIGHT_2, ANSWERED, NOBODY]


def test_the_organizations_questions_come_first_and_the_others_apart() -> None:
    split = questions_for_organization(ALL, "brightwater")
    assert split.for_them == (BRIGHT_1, BRIGHT_2)
    assert split.others == (DOCTOR, NOBODY)  # answered ones are not asked again
    assert split.heading == "2 questions for brightwater"
    assert split.others_heading == "Other open questions (2)"


def test_one_question_and_no_question() -> None:
    assert questions_for_organization(ALL, "Dr. Okafor").heading == "1 question for Dr. Okafor"
    none = questions_for_organization(ALL, "  Medicare  ")
    assert none.for_them == () and len(none.others) == 4
    assert none.heading == "No open question is marked for Medicare."


def test_before_an_organization_is_typed_every_open_question_is_other() -> None:
    split = questions_for_organization(ALL, " ")
    assert split.for_them == ()
    assert split.others == (BRIGHT_1, DOCTOR, BRIGHT_2, NOBODY)
    assert split.heading.startswith("Type the organization")
    assert split.others_heading == "Open questions (4)"


def test_what_a_question_is_about() -> None:
    requests = [Request(what="Chart notes", id=7)]
    steps = [Step(kind=StepKind.PRIOR_AUTHORIZATION, id=3),
             Step(kind=StepKind.PRIOR_AUTHORIZATION, title="Extension past 6 weeks", id=4)]
    assert what_about(Question(text="Missing?", request_id=7), requests, steps) == "Chart notes"
    assert what_about(Question(text="Who?", step_id=3), requests, steps) == "Prior authorization"
    assert what_about(Question(text="When?", step_id=4), requests, steps) == (
        "Extension past 6 weeks")
    assert what_about(Question(text="Gone?", request_id=99), requests, steps) == ""
    assert what_about(NOBODY, requests, steps) == ""
