"""Choosing what the one-page summary shows: the most important items that fit on the page.

Every item a list could show has a priority (its list's first item counts most), and so does each
step of shortening long text. Starting from everything, :func:`choose` gives way in order of
priority, least important first, until the page fits; then it tries to put back, most important
first, items that turned out to fit after all (cutting a list in the shorter of two columns saves
nothing, and text shortened later may have made room). Lists stay prefixes of their ranked order,
so "the first N" and "+ M more" always describe them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

# Priority of the 1st, 2nd, ... item of each list; a list never shows more than this many.
ITEM_PRIORITIES: dict[str, tuple[float, ...]] = {
    "plans": (100, 98, 96, 58),
    "steps": (99, 95, 90, 84, 66, 50, 36, 24),
    "requests": (97, 93, 88, 78, 62, 46, 32, 22, 14, 8),
    "calls": (96, 70, 48, 26, 16, 9),
    "questions": (94, 80, 64, 44, 30, 20, 12, 6),
    "contacts": (92, 76, 60, 40, 28, 18, 10, 4),
    "documents": (89, 68, 52, 34, 21, 13, 7, 5, 3, 2, 1, 0.5),
}
# Priority of shortening long text to level 1, 2, ... (see summary.TEXT_LIMITS): an item whose
# priority is below a step's goes before the text gets that short.
TEXT_STEPS: tuple[float, ...] = (38, 56, 74, 91, 97, 99.5)


@dataclass(frozen=True)
class Choice:
    """How many items of each list are shown, and how short long text is (0 = not shortened)."""

    shown: Mapping[str, int]
    level: int = 0


def choose(lengths: Mapping[str, int], fits: Callable[[Choice], bool], *,
           priorities: Mapping[str, Sequence[float]] | None = None,
           protected: float | None = None) -> Choice:
    """The choice that fits (by ``fits``) and keeps the most important items.

    ``lengths`` says how many items each list has; ``priorities`` gives each list's item
    priorities (:data:`ITEM_PRIORITIES` by default). Items whose priority is at least
    ``protected`` are never left out while any item below it is shown. If even the smallest
    choice (no items, the shortest text) does not fit, that smallest choice is returned: the
    caller must cope.
    """
    table = ITEM_PRIORITIES if priorities is None else priorities
    shown = {name: min(len(ranks), lengths.get(name, 0)) for name, ranks in table.items()}
    level = 0
    events: list[tuple[float, int, str]] = [
        (ranks[index], 1, name)
        for name, ranks in table.items()
        for index in range(shown[name])
    ]
    events += [(priority, 0, str(step)) for step, priority in enumerate(TEXT_STEPS, start=1)]
    events.sort()
    applied: list[str] = []
    for _priority, is_item, what in events:
        if fits(Choice(dict(shown), level)):
            break
        if is_item:
            shown[what] -= 1
            applied.append(what)
        else:
            level = int(what)
    # Put back what fits after all, most important first (the reverse of giving way); nothing
    # below ``protected`` comes back while a protected item stays out.
    blocked: set[str] = set()
    protected_out = False
    for name in reversed(applied):
        rank = table[name][shown[name]]
        if name in blocked or (protected_out and rank < (protected or 0)):
            continue
        shown[name] += 1
        if not fits(Choice(dict(shown), level)):
            shown[name] -= 1
            blocked.add(name)
            protected_out = protected_out or (protected is not None and rank >= protected)
    # Text shortened early may not need to be that short any more.
    while level > 0 and fits(Choice(dict(shown), level - 1)):
        level -= 1
    return Choice(dict(shown), level)
