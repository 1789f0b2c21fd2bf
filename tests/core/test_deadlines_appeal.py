"""The appeal deadline proposed when a notice is filed: from the letter first, else from the
dated table, counted the way each row says, across month ends, leap days and the change of
daylight-saving time."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.appeal_rules import LETTER_FIRST, NoticeKind
from infusion_desk.core.deadlines import (
    DateSource,
    DeadlinePurpose,
    propose_appeal_deadline,
)
from infusion_desk.core.records import PlanType


def _due(plan_type: PlanType, notice_date: date | None, *, received_on: date | None = None,
         notice: NoticeKind = NoticeKind.DENIAL, level: int = 0) -> date:
    proposal = propose_appeal_deadline(notice, plan_type, notice_date=notice_date,
                                       received_on=received_on, level=level)
    assert proposal.deadline is not None, proposal.words
    assert proposal.deadline.source is DateSource.RULE
    return proposal.deadline.due_on


def test_original_medicare_redetermination_is_125_days_from_the_notice_date() -> None:
    assert _due(PlanType.MEDICARE_B, date(2026, 11, 2),
                notice=NoticeKind.MEDICARE_SUMMARY_NOTICE) == date(2027, 3, 7)


def test_received_earlier_than_presumed_counts_from_the_day_it_came() -> None:
    # Dated Nov 2, came Nov 4: the earlier day counts (a later one would need proof).
    assert _due(PlanType.MEDICARE_B, date(2026, 11, 2),
                received_on=date(2026, 11, 4)) == date(2027, 3, 4)


def test_received_later_than_presumed_keeps_the_presumed_day() -> None:
    assert _due(PlanType.MEDICARE_B, date(2026, 11, 2),
                received_on=date(2026, 11, 20)) == date(2027, 3, 7)


def test_only_the_day_it_came_is_written_down() -> None:
    assert _due(PlanType.MEDICARE_B, None, received_on=date(2026, 11, 4)) == date(2027, 3, 4)


@pytest.mark.parametrize("plan_type", [PlanType.MEDICARE_ADVANTAGE, PlanType.PART_D])
def test_advantage_and_part_d_land_on_a_leap_day(plan_type: PlanType) -> None:
    # Dec 26, 2027 + 65 days is Feb 29, 2028.
    assert _due(plan_type, date(2027, 12, 26),
                notice=NoticeKind.ADVERSE_DETERMINATION) == date(2028, 2, 29)


def test_counting_across_the_change_of_daylight_saving_time() -> None:
    # Clocks change on Mar 8, 2026 and Nov 1, 2026: whole days are counted all the same.
    assert _due(PlanType.MEDICARE_ADVANTAGE, date(2026, 3, 1)) == date(2026, 5, 5)
    assert _due(PlanType.PART_D, date(2026, 10, 25)) == date(2026, 12, 29)


def test_a_weekend_or_holiday_deadline_is_never_moved_later() -> None:
    # 125 days from Aug 22, 2026 is Christmas Day; the app does not move it to the 28th.
    assert _due(PlanType.MEDICARE_B, date(2026, 8, 22)) == date(2026, 12, 25)


def test_later_levels_of_original_medicare() -> None:
    decided = date(2027, 1, 31)  # a month end
    assert _due(PlanType.MEDICARE_B, decided, notice=NoticeKind.APPEAL_DECISION,
                level=1) == date(2027, 8, 4)  # 185 days
    assert _due(PlanType.MEDICARE_B, decided, notice=NoticeKind.APPEAL_DECISION,
                level=2) == date(2027, 4, 6)  # 65 days
    assert _due(PlanType.MEDICARE_B, decided, notice=NoticeKind.APPEAL_DECISION,
                level=3) == date(2027, 4, 6)


def test_part_d_independent_review_counts_from_the_notice_date() -> None:
    assert _due(PlanType.PART_D, date(2027, 1, 31), notice=NoticeKind.APPEAL_DECISION,
                level=1) == date(2027, 4, 1)


def test_employer_internal_appeal_counts_180_days_from_receipt() -> None:
    assert _due(PlanType.EMPLOYER, date(2026, 6, 30),
                received_on=date(2026, 7, 3)) == date(2026, 12, 30)
    # Without the day it came, from the date on it: the earlier of the two.
    assert _due(PlanType.MARKETPLACE, date(2026, 6, 30)) == date(2026, 12, 27)


@pytest.mark.parametrize(("received", "due"), [
    (date(2026, 10, 31), date(2027, 3, 1)),  # no Feb 31: the first day of the fifth month
    (date(2027, 10, 31), date(2028, 3, 1)),  # no Feb 31 in a leap year either
    (date(2027, 10, 29), date(2028, 2, 29)),  # a leap day exists
    (date(2026, 9, 15), date(2027, 1, 15)),  # across a year end
])
def test_external_review_is_four_months_from_receipt(received: date, due: date) -> None:
    assert _due(PlanType.EMPLOYER, None, received_on=received,
                notice=NoticeKind.APPEAL_DECISION, level=1) == due


def test_a_date_from_the_rules_comes_with_its_source_and_the_letter_first() -> None:
    proposal = propose_appeal_deadline(
        NoticeKind.DENIAL, PlanType.MEDICARE_ADVANTAGE, notice_date=date(2026, 11, 2),
        title="Appeal the pump denial", concerns="Silverpine Health Plans", document_id=12,
        step_id=3)
    deadline = proposal.deadline
    assert deadline is not None and proposal.rule is not None
    assert deadline.purpose is DeadlinePurpose.APPEAL
    assert deadline.title == "Appeal the pump denial"
    assert deadline.concerns == "Silverpine Health Plans"
    assert (deadline.document_id, deadline.step_id) == (12, 3)
    assert deadline.rule_key == proposal.rule.key
    assert LETTER_FIRST in proposal.words
    assert any("42 CFR 422.582" in w and "https://www.ecfr.gov/" in w for w in proposal.words)


def test_the_date_on_the_letter_always_wins() -> None:
    proposal = propose_appeal_deadline(
        NoticeKind.DENIAL, PlanType.MEDICARE_B, notice_date=date(2026, 11, 2),
        letter_says=date(2026, 12, 31))
    assert proposal.deadline is not None
    assert proposal.deadline.due_on == date(2026, 12, 31)
    assert proposal.deadline.source is DateSource.LETTER
    assert any("Sun, Mar 7, 2027" in w for w in proposal.words)  # what the rules would give


def test_the_letter_wins_even_where_the_table_has_no_figure() -> None:
    proposal = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICAID,
                                       notice_date=date(2026, 11, 2),
                                       letter_says=date(2026, 12, 2))
    assert proposal.deadline is not None
    assert proposal.deadline.source is DateSource.LETTER


def test_medicaid_proposes_no_date_and_says_to_ask() -> None:
    proposal = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICAID,
                                       notice_date=date(2026, 11, 2))
    assert proposal.deadline is None
    assert proposal.rule is not None
    assert "state" in proposal.words[0]


def test_an_other_plan_proposes_no_date() -> None:
    proposal = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.OTHER,
                                       notice_date=date(2026, 11, 2))
    assert proposal.deadline is None and proposal.rule is None
    assert "ask the plan" in proposal.words[0]


def test_without_any_date_it_asks_for_the_date_on_the_letter() -> None:
    proposal = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICARE_B,
                                       notice_date=None)
    assert proposal.deadline is None
    assert "Write down the date on the letter" in proposal.words[0]


def test_part_d_review_without_the_notice_date_counts_from_the_day_it_came() -> None:
    proposal = propose_appeal_deadline(NoticeKind.APPEAL_DECISION, PlanType.PART_D,
                                       notice_date=None, received_on=date(2027, 1, 31),
                                       level=1)
    assert proposal.deadline is not None
    assert proposal.deadline.due_on == date(2027, 4, 1)
    assert proposal.words[0].startswith("Counted from the day the letter came")


@pytest.mark.parametrize("plan_type", [PlanType.MEDICARE_ADVANTAGE, PlanType.PART_D])
def test_a_hearing_after_the_independent_reviewer_counts_from_the_notice_date(
        plan_type: PlanType) -> None:
    # Where two sections read differently, the table keeps the earlier date.
    assert _due(plan_type, date(2027, 1, 31), received_on=date(2027, 2, 2),
                notice=NoticeKind.APPEAL_DECISION, level=2) == date(2027, 4, 1)
    assert _due(plan_type, date(2027, 1, 31), notice=NoticeKind.APPEAL_DECISION,
                level=3) == date(2027, 4, 6)  # the Council: from receipt, presumed 5 days


def test_a_last_day_when_offices_are_closed_says_the_working_day_before() -> None:
    # Original Medicare, 120 days from the presumed receipt: Mar 7, 2027 is a Sunday.
    proposal = propose_appeal_deadline(NoticeKind.MEDICARE_SUMMARY_NOTICE, PlanType.MEDICARE_B,
                                       notice_date=date(2026, 11, 2))
    assert proposal.deadline is not None and proposal.deadline.due_on == date(2027, 3, 7)
    assert proposal.deadline.to_do == (
        "Send the appeal so that it arrives by Fri, Mar 5, 2027: Sun, Mar 7, 2027 is a "
        "Sunday, when offices are closed. Send it to the Medicare contractor named on the "
        "notice.")
    # A date the letter gives on a federal holiday (observed): the day before it.
    stated = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICARE_B,
                                     notice_date=date(2026, 11, 2),
                                     letter_says=date(2026, 12, 25))
    assert stated.deadline is not None
    assert "arrives by Thu, Dec 24, 2026: Fri, Dec 25, 2026 is Christmas Day" in (
        stated.deadline.to_do)
    weekday = propose_appeal_deadline(NoticeKind.DENIAL, PlanType.MEDICARE_B,
                                      notice_date=date(2026, 11, 2),
                                      letter_says=date(2027, 1, 8))
    assert weekday.deadline is not None
    assert weekday.deadline.to_do == ("Send the appeal so that it arrives by this date. Send "
                                      "it to the Medicare contractor named on the notice.")
