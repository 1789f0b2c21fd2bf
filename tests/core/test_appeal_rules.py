"""The dated table of appeal windows: every row sourced and dated, one row per plan, notice and
level, and no figure where the rules leave it to the state."""

from __future__ import annotations

from datetime import date

import pytest

from infusion_desk.core.appeal_rules import (
    LETTER_FIRST,
    RULES,
    CountFrom,
    NoticeKind,
    rule_by_key,
    rule_for,
)
from infusion_desk.core.records import PlanType

FIRST_NOTICES = [NoticeKind.DENIAL, NoticeKind.MEDICARE_SUMMARY_NOTICE,
                 NoticeKind.ADVERSE_DETERMINATION, NoticeKind.EOB_DENIED_LINE]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.key)
def test_every_row_has_a_source_and_an_as_of_date(rule: object) -> None:
    from infusion_desk.core.appeal_rules import AppealRule

    assert isinstance(rule, AppealRule)
    assert rule.regulation.strip()
    assert "CFR" in rule.regulation
    assert rule.source_url.startswith("https://")
    assert " " not in rule.source_url
    assert isinstance(rule.as_of, date)
    assert date(2024, 1, 1) <= rule.as_of <= date(2026, 12, 31)
    assert rule.regulation in rule.source_words
    assert str(rule.as_of.year) in rule.source_words
    assert rule.plan_types and rule.notices
    assert rule.appeal.strip()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.key)
def test_a_row_without_a_figure_says_whom_to_ask(rule: object) -> None:
    from infusion_desk.core.appeal_rules import AppealRule

    assert isinstance(rule, AppealRule)
    if rule.has_figure:
        assert rule.days is None or rule.days > 0
        assert rule.months is None or rule.months > 0
        assert str(rule.days or rule.months) in rule.figure_words
    else:
        assert rule.ask
        assert rule.figure_words == rule.ask


def test_keys_are_unique_and_found_again() -> None:
    keys = [rule.key for rule in RULES]
    assert len(keys) == len(set(keys))
    for rule in RULES:
        assert rule_by_key(rule.key) is rule
    assert rule_by_key("no.such.rule") is None


def test_one_row_at_most_for_each_plan_notice_and_level() -> None:
    seen: set[tuple[PlanType, NoticeKind, int]] = set()
    for rule in RULES:
        for plan_type in rule.plan_types:
            for notice in rule.notices:
                key = (plan_type, notice, rule.after_level)
                assert key not in seen, key
                seen.add(key)


@pytest.mark.parametrize("plan_type", [p for p in PlanType if p is not PlanType.OTHER])
@pytest.mark.parametrize("notice", FIRST_NOTICES)
def test_every_known_plan_has_a_first_appeal(plan_type: PlanType, notice: NoticeKind) -> None:
    rule = rule_for(plan_type, notice)
    assert rule is not None
    assert rule.after_level == 0


def test_an_other_plan_and_a_level_past_the_last_have_no_row() -> None:
    assert rule_for(PlanType.OTHER, NoticeKind.DENIAL) is None
    assert rule_for(PlanType.MEDICARE_B, NoticeKind.APPEAL_DECISION, 4) is None
    # A decision on an appeal needs its level; level 0 is not a decision on an appeal.
    assert rule_for(PlanType.MEDICARE_B, NoticeKind.APPEAL_DECISION, 0) is None


def test_original_medicare_levels_follow_the_regulations() -> None:
    expected = {0: ("405.942", 120), 1: ("405.962", 180), 2: ("405.1002", 60),
                3: ("405.1102", 60)}
    for level, (section, days) in expected.items():
        notice = NoticeKind.MEDICARE_SUMMARY_NOTICE if level == 0 else NoticeKind.APPEAL_DECISION
        rule = rule_for(PlanType.MEDICARE_B, notice, level)
        assert rule is not None
        assert section in rule.regulation
        assert rule.days == days
        assert rule.count_from is CountFrom.RECEIPT
        assert rule.presumed_receipt_days == 5


@pytest.mark.parametrize("plan_type", [PlanType.MEDICARE_ADVANTAGE, PlanType.PART_D])
def test_advantage_and_part_d_give_65_days_from_the_date_on_the_notice(
        plan_type: PlanType) -> None:
    rule = rule_for(plan_type, NoticeKind.ADVERSE_DETERMINATION)
    assert rule is not None
    assert rule.days is not None
    assert rule.days + rule.presumed_receipt_days == 65
    assert "65 days from the date on it" in rule.figure_words
    assert "60" in rule.note and "65" in rule.note  # the note says what was found, and how sure


def test_advantage_second_level_is_automatic() -> None:
    rule = rule_for(PlanType.MEDICARE_ADVANTAGE, NoticeKind.APPEAL_DECISION, 1)
    assert rule is not None
    assert not rule.has_figure
    assert "Nothing to file" in rule.ask


@pytest.mark.parametrize("level", [0, 1])
def test_medicaid_never_gets_a_guessed_figure(level: int) -> None:
    notice = NoticeKind.DENIAL if level == 0 else NoticeKind.APPEAL_DECISION
    rule = rule_for(PlanType.MEDICAID, notice, level)
    assert rule is not None
    assert rule.days is None and rule.months is None
    assert "state" in rule.ask


@pytest.mark.parametrize("plan_type", [PlanType.EMPLOYER, PlanType.MARKETPLACE])
def test_employer_and_marketplace_internal_then_external(plan_type: PlanType) -> None:
    internal = rule_for(plan_type, NoticeKind.EOB_DENIED_LINE)
    external = rule_for(plan_type, NoticeKind.APPEAL_DECISION, 1)
    assert internal is not None and external is not None
    assert internal.days == 180
    assert external.months == 4
    assert "147.136" in external.regulation


def test_the_letter_comes_first() -> None:
    assert "letter comes first" in LETTER_FIRST
    assert "confirm with the plan" in LETTER_FIRST
