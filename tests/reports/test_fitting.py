"""Choosing what fits: most important items kept, lists stay prefixes, room is used."""

from __future__ import annotations

from infusion_desk.reports.fitting import ITEM_PRIORITIES, TEXT_STEPS, Choice, choose

LENGTHS = dict.fromkeys(ITEM_PRIORITIES, 50)
COST_PER_ITEM = {"plans": 3, "steps": 3, "requests": 3, "calls": 2, "questions": 2,
                 "contacts": 2, "documents": 1}


def height(choice: Choice) -> float:
    """A pretend page: each item costs its list's height, shortened text saves 5 % a level."""
    raw = sum(COST_PER_ITEM[name] * n for name, n in choice.shown.items())
    return raw * (1 - 0.05 * choice.level)


def test_everything_is_shown_when_it_fits() -> None:
    lengths = {"plans": 2, "steps": 1, "requests": 0}
    choice = choose(lengths, lambda _c: True)
    assert choice.level == 0
    assert choice.shown["plans"] == 2
    assert choice.shown["steps"] == 1
    assert choice.shown["documents"] == 0


def test_a_list_never_shows_more_than_it_has_priorities_for() -> None:
    choice = choose(LENGTHS, lambda _c: True)
    assert all(choice.shown[name] == len(p) for name, p in ITEM_PRIORITIES.items())


def test_the_most_important_items_are_kept_and_the_page_is_filled() -> None:
    budget = 40.0
    choice = choose(LENGTHS, lambda c: height(c) <= budget)
    assert height(choice) <= budget
    assert choice.shown["plans"] >= 3  # the first three plans outrank any document
    assert choice.shown["documents"] <= choice.shown["plans"]
    # Nothing else would fit: adding any one more item overflows.
    for name, n in choice.shown.items():
        if n < len(ITEM_PRIORITIES[name]):
            bigger = Choice({**choice.shown, name: n + 1}, choice.level)
            assert height(bigger) > budget


def test_the_least_important_item_goes_first_and_text_stays_whole() -> None:
    full = choose(LENGTHS, lambda _c: True)
    choice = choose(LENGTHS, lambda c: height(c) <= height(full) - 1)
    assert choice.level == 0
    assert choice.shown == {**full.shown, "documents": full.shown["documents"] - 1}


def test_text_is_shortened_before_the_first_plans_are_cut() -> None:
    only_plans = {"plans": 3}
    choice = choose(only_plans, lambda c: c.level >= 2 or c.shown["plans"] < 1)
    assert choice.shown["plans"] == 3
    assert choice.level == 2


def test_when_nothing_fits_the_smallest_choice_comes_back() -> None:
    choice = choose(LENGTHS, lambda _c: False)
    assert all(n == 0 for n in choice.shown.values())
    assert choice.level == len(TEXT_STEPS)


def test_a_protected_list_is_never_cut_while_a_lower_item_shows() -> None:
    """The meeting's items (at or above ``protected``) come back before anything else does:
    a small item of another list that would fit stays out while one of theirs is cut."""
    priorities = {"meeting": (1000, 999, 998, 997), "other": (50, 40)}
    cost = {"meeting": 10, "other": 1}

    def fits(choice: Choice) -> bool:
        return sum(cost[name] * n for name, n in choice.shown.items()) <= 35

    unprotected = choose({"meeting": 4, "other": 2}, fits, priorities=priorities)
    assert unprotected.shown == {"meeting": 3, "other": 2}  # room used by the small items
    protected = choose({"meeting": 4, "other": 2}, fits, priorities=priorities, protected=997)
    assert protected.shown == {"meeting": 3, "other": 0}


def test_text_is_made_long_again_when_the_items_cut_made_room() -> None:
    only_plans = {"plans": 1}
    choice = choose(only_plans, lambda c: c.level >= 1 or c.shown["plans"] == 0)
    assert choice.shown["plans"] == 1 and choice.level == 1
    roomy = choose(only_plans, lambda c: c.shown["plans"] <= 1)
    assert roomy.level == 0
