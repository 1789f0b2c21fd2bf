"""What the app proposes as deadlines when the records change: worked out here from the records
as they are, kept by the operation that changed them (in its own transaction, with its undo).

- **a letter filed** as a denial, a Medicare Summary Notice or an explanation of benefits with a
  denied line, or a decision on an appeal: the appeal deadline for the plan's type
  (``core.deadlines.propose_appeal_deadline``); a date the letter itself gives wins.
- **an approval's end date**: "renew before", the folder's lead time before it.
- **a call** whose outcome (or summary) says when in words ("they'll call back in 3 business
  days"): a follow-up deadline.

A proposal is stored at once, labelled by where its date came from, and she can edit or remove
it; one she typed, changed, marked done or removed is never written over
(``core.deadlines.merge_proposal``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infusion_desk.core.appeal_rules import NoticeKind
from infusion_desk.core.deadlines import (
    AppealProposal,
    Deadline,
    follow_up_deadline,
    propose_appeal_deadline,
    renew_before,
)
from infusion_desk.core.i18n import translate
from infusion_desk.core.letter_facts import LetterKind
from infusion_desk.core.records import Call, Document, Plan, PlanRank, PlanType, Step

_DENIED_LINE = re.compile(
    r"\b(denied|not covered|not approved|denial|no(t)? (be )?paid|rechazad[oa]|denegad[oa])\b",
    re.IGNORECASE)
_APPEAL_DECIDED = re.compile(
    r"\b(decision on your (appeal|request for (a )?(redetermination|reconsideration))"
    r"|(reviewed|considered) your (appeal|request for (a )?(redetermination|reconsideration))"
    r"|(appeal|redetermination|reconsideration) (decision|was denied|is denied|has been denied)"
    r"|upheld|uphold (the|our) (denial|decision))\b", re.IGNORECASE)
_JUDGE = re.compile(r"\b(administrative law judge|ALJ)\b")
_COUNCIL = re.compile(r"\bappeals council\b", re.IGNORECASE)
_RECONSIDERATION = re.compile(r"\breconsideration\b", re.IGNORECASE)


# The kinds of letter that may start an appeal clock (as their words say).
CLOCK_KINDS = frozenset({LetterKind.DENIAL, LetterKind.MEDICARE_SUMMARY_NOTICE,
                         LetterKind.EXPLANATION_OF_BENEFITS})


@dataclass(frozen=True)
class Notice:
    """What kind of notice a letter is, for the appeal table, and the level it decided."""

    kind: NoticeKind
    level: int = 0


def notice_of_letter(kind: LetterKind, text: str, plan_type: PlanType) -> Notice | None:
    """The notice a letter of this kind is, read from its words; ``None`` when it starts no
    appeal clock (an approval, a bill, an explanation of benefits with nothing denied)."""
    if kind not in CLOCK_KINDS:
        return None
    if _APPEAL_DECIDED.search(text):
        return Notice(NoticeKind.APPEAL_DECISION, appeal_level(text, plan_type))
    if kind is LetterKind.DENIAL:
        return Notice(NoticeKind.DENIAL)
    if not _DENIED_LINE.search(text):
        return None
    if kind is LetterKind.MEDICARE_SUMMARY_NOTICE:
        return Notice(NoticeKind.MEDICARE_SUMMARY_NOTICE)
    return Notice(NoticeKind.EOB_DENIED_LINE)


def appeal_level(text: str, plan_type: PlanType) -> int:
    """Which appeal a decision letter decided: 1 the first, 2 an independent reconsideration
    (Original Medicare, Part D), 3 a judge's hearing, 4 the Appeals Council."""
    if _COUNCIL.search(text):
        return 4
    if _JUDGE.search(text):
        return 3
    if _RECONSIDERATION.search(text) and plan_type in (PlanType.MEDICARE_B, PlanType.PART_D):
        return 2
    return 1


def plan_for(step: Step | None, plans: Sequence[Plan]) -> Plan | None:
    """The plan a letter is about: its step's, else the primary plan, else the only one."""
    if step is not None and step.plan_id is not None:
        found = next((p for p in plans if p.id == step.plan_id), None)
        if found is not None:
            return found
    primary = [p for p in plans if p.rank is PlanRank.PRIMARY]
    if primary:
        return primary[0]
    return plans[0] if len(plans) == 1 else None


def appeal_for_letter(document: Document, notice: Notice, plan: Plan | None, *,
                      letter_says: date | None, step: Step | None) -> AppealProposal:
    """The appeal deadline for a filed letter (module notes)."""
    concerns = (plan.payer or plan.plan_name) if plan is not None else document.sender
    return propose_appeal_deadline(
        notice.kind, plan.plan_type if plan is not None else PlanType.OTHER,
        notice_date=document.document_date, received_on=document.received_on,
        level=notice.level, letter_says=letter_says, concerns=concerns,
        document_id=document.id, step_id=step.id if step is not None else None)


def renewal_for_step(step: Step, lead_days: int, plan: Plan | None) -> Deadline | None:
    """"Renew before" for an approval with an end date; ``None`` otherwise."""
    if step.id is None:
        return None
    concerns = (plan.payer or plan.plan_name) if plan is not None else ""
    return renew_before(step, lead_days, concerns=concerns)


def follow_up_for_call(call: Call, language: str = "en") -> Deadline | None:
    """A follow-up deadline from the words of a call's outcome, else its summary."""
    if call.id is None or call.follow_up_done:
        return None
    who = " ".join((call.organization or call.person).split())
    title = (translate("DeadlineProposals", "Call-back promised by {who}").format(who=who)
             if who else translate("DeadlineProposals", "Call-back promised"))
    for words in (call.outcome, call.summary):
        found = follow_up_deadline(words, call.called_at.date(), title=title, concerns=who,
                                   call_id=call.id, language=language) if words else None
        if found is not None:
            return found
    return None
