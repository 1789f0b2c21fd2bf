"""Where the coverage steps stand: their reading order, which one is current, and how each reads.

Qt-free, so the step track on the Overview and the printed summary can tell the same story.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

from infusion_desk.core.date_names import month_short
from infusion_desk.core.dates import format_short, relative_end
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.core.records import ByMember, Step, StepKind, StepStatus

# The order a coverage journey usually takes; reauthorization and appeal come after, in the order
# they were started, and any other step last.
_KIND_ORDER = ByMember({
    StepKind.BENEFITS_VERIFICATION: 0,
    StepKind.PRIOR_AUTHORIZATION: 1,
    StepKind.PROVIDER_COORDINATION: 2,
    StepKind.REAUTHORIZATION: 3,
    StepKind.APPEAL: 3,
    StepKind.OTHER: 4,
}, unknown=4)

STEP_EXPLANATIONS = ByMember({
    StepKind.BENEFITS_VERIFICATION: (
        QT_TRANSLATE_NOOP(
            "Coverage",
            "Benefits verification: the plan confirms what it covers and what you "
            "may pay.")
    ),
    StepKind.PRIOR_AUTHORIZATION: (
        QT_TRANSLATE_NOOP(
            "Coverage",
            "Prior authorization: the plan must approve the therapy before it pays "
            "for it.")
    ),
    StepKind.PROVIDER_COORDINATION: (
        QT_TRANSLATE_NOOP(
            "Coverage",
            "Provider coordination: the doctor, the pharmacy and the nurses line "
            "up orders, supplies and visits.")
    ),
    StepKind.REAUTHORIZATION: (
        QT_TRANSLATE_NOOP(
            "Coverage",
            "Reauthorization: asking the plan to approve more therapy when an "
            "approval runs out.")
    ),
    StepKind.APPEAL: QT_TRANSLATE_NOOP(
        "Coverage",
        "Appeal: asking the plan to look again at a decision you disagree with."),
    StepKind.OTHER: QT_TRANSLATE_NOOP(
        "Coverage", "A step of your own that the coverage depends on."),
}, unknown=QT_TRANSLATE_NOOP(
    "Coverage", "A kind of step written by a newer version of Infusion Desk."))

# What each kind of step means, in the caregiver's words: shown under the step's name.
STEP_SUBTITLES = ByMember({
    StepKind.BENEFITS_VERIFICATION: QT_TRANSLATE_NOOP("Coverage", "Checking what the plan covers"),
    StepKind.PRIOR_AUTHORIZATION: QT_TRANSLATE_NOOP("Coverage", "Plan approval before treatment"),
    StepKind.PROVIDER_COORDINATION: QT_TRANSLATE_NOOP("Coverage", "Doctor's office paperwork"),
    StepKind.REAUTHORIZATION: QT_TRANSLATE_NOOP("Coverage", "Renewing the approval"),
    StepKind.APPEAL: QT_TRANSLATE_NOOP("Coverage", "Asking the plan to change a decision"),
    StepKind.OTHER: "",
}, unknown="")


def step_explanation(kind: StepKind) -> str:
    """What a kind of step is, in her language (``STEP_EXPLANATIONS`` holds the English)."""
    return translate_marked("Coverage", STEP_EXPLANATIONS[kind])


def step_subtitle(kind: StepKind) -> str:
    """The few words under a step's name, in her language ("" for a step of her own)."""
    words = STEP_SUBTITLES[kind]
    return translate_marked("Coverage", words) if words else ""


class Mark(enum.Enum):
    """How a step is drawn on the track: a symbol and a word, never colour alone."""

    DONE = "✓"
    IN_PROGRESS = "●"
    WAITING = "…"
    DENIED = "✗"
    NOT_STARTED = "○"


# A status from a newer version is drawn as under way: it is not known to be done.
_MARKS = ByMember({
    StepStatus.APPROVED: Mark.DONE,
    StepStatus.IN_PROGRESS: Mark.IN_PROGRESS,
    StepStatus.WAITING: Mark.WAITING,
    StepStatus.DENIED: Mark.DENIED,
    StepStatus.NOT_STARTED: Mark.NOT_STARTED,
}, unknown=Mark.IN_PROGRESS)

# Steps that are "approved" by a plan; the rest are simply "done" when finished.
_APPROVED_KINDS = frozenset(
    {StepKind.PRIOR_AUTHORIZATION, StepKind.REAUTHORIZATION, StepKind.APPEAL}
)


def ordered_steps(steps: Iterable[Step]) -> list[Step]:
    """Steps in the order a coverage journey takes them (then by start date, then as added)."""
    return sorted(
        steps,
        key=lambda s: (
            _KIND_ORDER[s.kind],
            s.started_on is None,
            s.started_on or date.min,
            s.id or 0,
        ),
    )


def is_done(step: Step) -> bool:
    return step.status is StepStatus.APPROVED


def is_side_issue(step: Step) -> bool:
    """A step of her own (such as who pays for the supplies) runs beside the coverage journey,
    not as one of its stages: drawn off the main line, it never reads like the final step."""
    return step.kind is StepKind.OTHER


def split_track(steps: Iterable[Step], *, done_side: bool = False
                ) -> tuple[list[Step], list[Step]]:
    """The main line (the journey's steps, in order) and the side issues still open.

    Side issues that are done are left out, unless ``done_side``: then they follow the open ones
    (the Overview shows them so that each step can still be chosen there).
    """
    ordered = ordered_steps(steps)
    main = [s for s in ordered if not is_side_issue(s)]
    side = [s for s in ordered if is_side_issue(s) and not is_done(s)]
    if done_side:
        side += [s for s in ordered if is_side_issue(s) and is_done(s)]
    return main, side


def current_index(steps: list[Step]) -> int | None:
    """Index of the first step not yet approved or done, in the given order; ``None`` if all are.

    A denied step is not done: it still needs someone to act (an appeal, another plan).
    """
    for number, step in enumerate(steps):
        if not is_done(step):
            return number
    return None


def mark_of(step: Step) -> Mark:
    return _MARKS[step.status]


def status_word(step: Step) -> str:
    """``Approved``, ``Done``, ``In progress``, ``Waiting``, ``Denied``, ``Not started``."""
    if step.status is StepStatus.APPROVED:
        return (translate("Coverage", "Approved") if step.kind in _APPROVED_KINDS
                else translate("Coverage", "Done"))
    if step.status is StepStatus.WAITING:
        return translate("Coverage", "Waiting")
    return step.status.label


def approved_period(step: Step, today: date) -> str:
    """``Nov 1 – Dec 6, 2026 (ends in 9 days)``; empty when no period is known."""
    start, end = step.approved_from, step.approved_to
    if start is None and end is None:
        return ""
    if start is not None and end is None:
        return translate("Coverage", "From {day}").format(day=format_short(start))
    assert end is not None
    ending = relative_end(end, today)
    if start is None:
        return translate("Coverage", "Until {day} ({ending})").format(
            day=format_short(end), ending=ending)
    if start.year == end.year:
        first = translate("Coverage", "{month} {day}").format(
            month=month_short(start), day=start.day)
    else:
        first = format_short(start)
    return translate("Coverage", "{first} – {last} ({ending})").format(
        first=first, last=format_short(end), ending=ending)


def period_problem(step: Step) -> str:
    """A plain sentence if the approved period cannot be right; empty when it is fine."""
    start, end = step.approved_from, step.approved_to
    if start is not None and end is not None and end < start:
        return translate("Coverage", "The approval ends before it starts. Check the two dates.")
    return ""


def _step_sentence(step: Step, today: date, *, current: bool = False) -> str:
    line = translate("Coverage", "{step}, {status}").format(
        step=step.display_title, status=status_word(step).lower())
    if current:
        line += " " + translate("Coverage", "(current step)")
    if step.waiting_on and not is_done(step):
        line += ", " + translate("Coverage", "waiting on {who}").format(who=step.waiting_on)
    period = approved_period(step, today)
    if period:
        line += ", " + translate("Coverage", "approved {period}").format(period=period)
    return line


def track_summary(steps: list[Step], today: date) -> str:
    """The whole track in words, for screen readers and tooltips: the main line in order, then
    the side issues still open."""
    if not steps:
        return translate("Coverage", "No coverage steps yet.")
    main, side = split_track(steps)
    current = current_index(main)
    count = len(main)
    parts = [translate("Coverage", "Coverage steps, {count} in all.").format(count=count)
             ] if main else []
    for number, step in enumerate(main, start=1):
        sentence = _step_sentence(step, today, current=number - 1 == current)
        parts.append(translate("Coverage", "Step {number}: {sentence}.").format(
            number=number, sentence=sentence))
    if main and current is None:
        parts.append(translate("Coverage", "All steps are done."))
    for step in side:
        parts.append(translate("Coverage", "Also open: {sentence}.").format(
            sentence=_step_sentence(step, today)))
    return " ".join(parts) or translate("Coverage", "All steps are done.")
