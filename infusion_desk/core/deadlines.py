"""Deadlines that cannot be missed: the record, and where their dates come from. Qt-free;
``today`` is always passed in.

A :class:`Deadline` says what it is for, its date, where the date came from (the letter says
so, worked out from a rule, or typed by her), what to do, whom it concerns, and the letter,
step, request or call it came from. Three kinds are worked out here:

- **an appeal window** when a denial (or a Medicare Summary Notice, an adverse organization or
  coverage determination, an explanation of benefits with a denied line, a decision on an
  appeal) is filed: :func:`propose_appeal_deadline`, from the dated table ``core.appeal_rules``.
  A date the letter states always wins; a date from the table always comes with its source and
  the words "the date on your letter comes first; confirm with the plan".
- **renew before** an approval ends: :func:`renew_before` (lead time 14 days unless she sets
  another), moved back to a business day so that there is someone to call.
- **a promised call-back**: :func:`follow_up_deadline` from the words of the call
  ("in 3 business days", ``core.follow_up_words``).

How *Today* takes them is ``core.deadline_ranking``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from infusion_desk.core import business_days
from infusion_desk.core.appeal_rules import (
    AppealRule,
    CountFrom,
    DayKind,
    NoticeKind,
    letter_first,
    rule_for,
)
from infusion_desk.core.date_names import weekday_long
from infusion_desk.core.dates import format_day
from infusion_desk.core.deadline_record import DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.follow_up_words import when_from_words
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.core.records import ByMember, PlanType, Step, StepStatus

__all__ = [
    "RENEWAL_LEAD_DAYS", "TO_DO", "AppealProposal", "DateSource", "Deadline", "DeadlinePurpose",
    "count_start", "follow_up_deadline", "merge_proposal", "propose_appeal_deadline",
    "renew_before", "rule_date", "to_do_words",
]

RENEWAL_LEAD_DAYS = 14


# What to do, in her words, for each purpose (a deadline may carry its own).
# What to do by a deadline of each purpose, in English (translate_marked("Deadlines", ...) or
# to_do_words() say it in her language).
TO_DO = ByMember({
    DeadlinePurpose.APPEAL: QT_TRANSLATE_NOOP(
        "Deadlines", "Send the appeal so that it arrives by this date."),
    DeadlinePurpose.RENEWAL: QT_TRANSLATE_NOOP(
        "Deadlines", "Ask the doctor's office to send the renewal request to the plan."),
    DeadlinePurpose.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "Deadlines", "Call back if you have not heard from them."),
    DeadlinePurpose.OTHER: "",
}, unknown="")


def to_do_words(purpose: DeadlinePurpose) -> str:
    """What to do by a deadline of ``purpose``, in her language ("" for another purpose)."""
    return translate_marked("Deadlines", TO_DO[purpose]) if TO_DO[purpose] else ""


@dataclass(frozen=True)
class AppealProposal:
    """What the app proposes when a notice is filed: the deadline (``None`` when there is no
    date to give), the rule row used, and the sentences to show beside the date."""

    deadline: Deadline | None
    rule: AppealRule | None
    words: tuple[str, ...]


def _add_months(start: date, count: int) -> date:
    """``count`` months on; with no such day in that month, the first day of the next (the
    federal external-review reading)."""
    year, month = divmod(start.month - 1 + count, 12)
    year += start.year
    if start.day > calendar.monthrange(year, month + 1)[1]:
        year, month = (year + 1, 0) if month == 11 else (year, month + 1)
        return date(year, month + 1, 1)
    return date(year, month + 1, start.day)


def count_start(rule: AppealRule, notice_date: date | None,
                received_on: date | None) -> date | None:
    """The day the rule's count starts. Counted from receipt, it is the day the notice came or
    the presumed day (its date plus the presumed days), whichever is earlier: a date later than
    the presumption would need proof of late receipt. Without the date on the notice, a count
    from the notice's date starts on the day it came (the words then say so); one from receipt
    with no presumption in the rule starts on the date on the notice when the day it came is
    not written down (the earlier date)."""
    if rule.count_from is CountFrom.NOTICE_DATE:
        return notice_date or received_on
    if not rule.presumed_receipt_days:  # no presumption: the day it came, else its date
        return received_on or notice_date
    candidates = [d for d in (
        notice_date + timedelta(days=rule.presumed_receipt_days) if notice_date else None,
        received_on) if d is not None]
    return min(candidates) if candidates else None


def rule_date(rule: AppealRule, notice_date: date | None,
              received_on: date | None) -> date | None:
    """The last day the rule gives; ``None`` without a figure or without a date to count
    from."""
    start = count_start(rule, notice_date, received_on)
    if start is None:
        return None
    if rule.days is not None:
        if rule.day_kind is DayKind.BUSINESS:
            return business_days.add_business_days(start, rule.days)
        return start + timedelta(days=rule.days)
    if rule.months is not None:
        return _add_months(start, rule.months)
    return None


def _rule_words(rule: AppealRule) -> tuple[str, ...]:
    words = [translate("Deadlines", "{appeal}: {counted}.").format(
                 appeal=rule.appeal_words, counted=rule.figure_words),
             translate("Deadlines", "Source: {source}, {url}").format(
                 source=rule.source_words, url=rule.source_url)]
    if rule.note:
        words.append(rule.note_words)
    return tuple(words)


def appeal_to_do(day: date, rule: AppealRule | None = None) -> str:
    """What to do for an appeal due on ``day``. A last day on which offices are closed (a
    weekend or a federal holiday) says so, and names the working day before it: a letter or
    fax that must arrive by a Sunday has to be there by the Friday. With the rule it came
    from, it also says where the appeal goes ("the drug plan, at the address on the notice")."""
    send_to = (" " + translate("Deadlines", "Send it to {place}.").format(
        place=rule.send_to_words) if rule is not None and rule.send_to else "")
    if business_days.is_business_day(day):
        return to_do_words(DeadlinePurpose.APPEAL) + send_to
    by = format_day(business_days.on_or_before(day))
    holiday = business_days.holiday_name(day)
    if holiday:
        closed = translate("Deadlines", "Send the appeal so that it arrives by {by}: {day} is "
                                        "{holiday}, when offices are closed.").format(
            by=by, day=format_day(day), holiday=holiday)
    else:
        closed = translate("Deadlines", "Send the appeal so that it arrives by {by}: {day} is "
                                        "a {weekday}, when offices are closed.").format(
            by=by, day=format_day(day), weekday=weekday_long(day))
    return closed + send_to


def propose_appeal_deadline(
    notice: NoticeKind,
    plan_type: PlanType,
    *,
    notice_date: date | None,
    received_on: date | None = None,
    level: int = 0,
    letter_says: date | None = None,
    title: str = "",
    concerns: str = "",
    document_id: int | None = None,
    step_id: int | None = None,
) -> AppealProposal:
    """The appeal deadline for a filed notice (module notes). ``level`` is the appeal level the
    notice decided (0 for a first decision); ``letter_says`` a deadline printed on the letter,
    which always wins."""
    rule = rule_for(plan_type, notice, level)
    what = title or (rule.appeal_words if rule is not None and rule.has_figure
                     else translate("Deadlines", "Appeal"))

    def deadline(day: date, source: DateSource) -> Deadline:
        return Deadline(DeadlinePurpose.APPEAL, day, source, what, appeal_to_do(day, rule),
                        concerns, document_id=document_id, step_id=step_id,
                        rule_key=rule.key if rule is not None else "")

    if letter_says is not None:
        words = [translate("Deadlines", "Your letter gives this date; it comes before any rule.")]
        computed = rule_date(rule, notice_date, received_on) if rule is not None else None
        if computed is not None and computed != letter_says:
            words.append(translate(
                "Deadlines", "The rules would give {day}; the letter's date counts.").format(
                day=format_day(computed)))
        return AppealProposal(deadline(letter_says, DateSource.LETTER), rule, tuple(words))
    if rule is None:
        return AppealProposal(None, None, (translate(
            "Deadlines", "No rule for this plan and letter. Read the letter, or ask the plan how "
                         "many days you have to appeal."),))
    if not rule.has_figure:
        return AppealProposal(None, rule, (rule.figure_words, translate(
            "Deadlines", "Source: {source}, {url}").format(
            source=rule.source_words, url=rule.source_url)))
    computed = rule_date(rule, notice_date, received_on)
    if computed is None:
        return AppealProposal(None, rule, (translate(
            "Deadlines", "Write down the date on the letter (and the day it came) to work out "
                         "the last day to appeal."), *_rule_words(rule)))
    words = [*_rule_words(rule), letter_first()]
    if notice_date is None and rule.count_from is CountFrom.NOTICE_DATE:
        words.insert(0, translate("Deadlines", "Counted from the day the letter came: the date on "
                                               "it is not written down."))
    return AppealProposal(deadline(computed, DateSource.RULE), rule, tuple(words))


def renew_before(step: Step, lead_days: int = RENEWAL_LEAD_DAYS, *,
                 concerns: str = "") -> Deadline | None:
    """"Renew before": ``lead_days`` before an approval's last day, moved back to a business
    day. ``None`` for a step that is not an approval with an end date (or not stored)."""
    if step.status is not StepStatus.APPROVED or step.approved_to is None:
        return None
    day = business_days.on_or_before(step.approved_to - timedelta(days=max(lead_days, 0)))
    ends = format_day(step.approved_to)
    return Deadline(DeadlinePurpose.RENEWAL, day, DateSource.RULE,
                    translate("Deadlines", "Renew before the approval ends ({ends}): "
                                           "{title}").format(ends=ends, title=step.display_title),
                    to_do_words(DeadlinePurpose.RENEWAL), concerns, step_id=step.id)


def follow_up_deadline(words: str, today: date, *, title: str = "", concerns: str = "",
                       call_id: int | None = None, request_id: int | None = None,
                       language: str = "en") -> Deadline | None:
    """A promised call-back in words ("in 3 business days") as a deadline; ``None`` when the
    words hold no time (module ``core.follow_up_words``). The date counts as typed by her:
    she said the words."""
    when = when_from_words(words, today, language)
    if when is None:
        return None
    return Deadline(DeadlinePurpose.FOLLOW_UP, when.day, DateSource.TYPED,
                    title or translate("Deadlines", "Follow-up: {when}").format(when=when.words),
                    to_do_words(DeadlinePurpose.FOLLOW_UP),
                    concerns, call_id=call_id, request_id=request_id)


def merge_proposal(stored: Deadline | None, proposed: Deadline, *, trashed: bool = False
                   ) -> Deadline | None:
    """What to store when the app proposes ``proposed`` again: ``None`` to leave things as
    they are. A deadline she typed or changed (``edited``), marked done, or removed (in the
    trash, marked ``edited`` as she removed it) is never written over; one stored from an
    earlier proposal takes the new date, source, title and rule, keeping its id and links. One
    in the trash that she did not remove (an undo took it back) is proposed anew."""
    if stored is None or (trashed and not stored.edited):
        return replace(proposed, id=None, edited=False, done=False)
    if trashed or stored.edited or stored.done:
        return None
    merged = replace(stored, due_on=proposed.due_on, source=proposed.source,
                     title=proposed.title, rule_key=proposed.rule_key,
                     to_do=proposed.to_do or stored.to_do,
                     concerns=proposed.concerns or stored.concerns)
    return None if merged == stored else merged
