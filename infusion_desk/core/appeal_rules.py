"""How long the rules give to appeal, as a dated table. Qt-free; plain data.

Each row says, for one kind of plan and one kind of notice, which appeal comes next, how many
days the rules give for it, how those days are counted (from the date printed on the notice, or
from the day it was received, with the number of days after its date that receipt is presumed),
and where the figure comes from: the regulation, the official page (as text, never opened by the
app) and the day the row was last checked (``as_of``).

The table never outranks the letter: **a deadline the letter itself states always wins**, and
every date worked out from it is shown with the words "the date on your letter comes first;
confirm with the plan" (``LETTER_FIRST``). Where the rules leave the figure to someone else (a
state's Medicaid fair hearing), the row has no figure and says whom to ask; the app never
guesses one.

Levels: ``after_level`` 0 is the plan's first decision (a denial, a Medicare Summary Notice, an
adverse organization or coverage determination, an explanation of benefits with a denied line);
1 is the decision on the first appeal, 2 the decision on the second, and so on.

Re-check the table against the sources (the regulation's current text on ecfr.gov first) before
changing a figure, and move ``as_of`` when you do.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from infusion_desk.core.dates import format_short
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.core.records import PlanType

# The English words (reports that have not moved to letter_first() yet); shown in her language
# through letter_first().
LETTER_FIRST = QT_TRANSLATE_NOOP("AppealRules",
                                 "The date on your letter comes first; confirm with the plan.")


def letter_first() -> str:
    """"The date on your letter comes first; confirm with the plan." in her language."""
    return translate("AppealRules", "The date on your letter comes first; confirm with the plan.")


class NoticeKind(enum.StrEnum):
    """The kind of paper that starts an appeal clock."""

    DENIAL = "denial"
    MEDICARE_SUMMARY_NOTICE = "medicare_summary_notice"
    ADVERSE_DETERMINATION = "adverse_determination"  # organization (MA) or coverage (Part D)
    EOB_DENIED_LINE = "eob_denied_line"
    APPEAL_DECISION = "appeal_decision"  # a decision on an appeal; the level says which


class CountFrom(enum.StrEnum):
    """Where the count of days starts."""

    NOTICE_DATE = "notice_date"  # the date printed on the notice
    RECEIPT = "receipt"  # the day it was received (presumed some days after its date)


class DayKind(enum.StrEnum):
    CALENDAR = "calendar"
    BUSINESS = "business"


@dataclass(frozen=True)
class AppealRule:
    """One row of the table (module notes). ``days`` and ``months`` are both ``None`` when the
    rules give no figure the app may use; ``ask`` then says whom to ask."""

    key: str
    plan_types: frozenset[PlanType]
    notices: frozenset[NoticeKind]
    after_level: int
    appeal: str  # what to ask for, in her words
    send_to: str  # where the request goes
    days: int | None
    months: int | None
    count_from: CountFrom
    presumed_receipt_days: int  # 0: no presumption in the rule
    day_kind: DayKind
    regulation: str
    source_url: str
    as_of: date
    note: str = ""
    ask: str = ""

    @property
    def has_figure(self) -> bool:
        return self.days is not None or self.months is not None

    @property
    def figure_words(self) -> str:
        """``120 calendar days from the day you received the notice, taken as 5 days after its
        date: 125 days from the date on it``; the ``ask`` words when there is no figure."""
        days, months = self.days, self.months  # never 1: the rules count weeks of days
        if days is not None and self.day_kind is DayKind.BUSINESS:
            amount = translate("AppealRules", "%n business days", None, days)
        elif days is not None:
            amount = translate("AppealRules", "%n calendar days", None, days)
        elif months is not None:
            amount = translate("AppealRules", "%n months", None, months)
        else:
            return translate_marked("AppealRules", self.ask)
        if self.count_from is CountFrom.NOTICE_DATE:
            return translate("AppealRules", "{amount} from the date on the notice").format(
                amount=amount)
        if self.presumed_receipt_days and self.days is not None:
            return translate(
                "AppealRules", "{amount} from the day you received the notice, taken as "
                               "{presumed} days after its date: {total} days from the date "
                               "on it").format(
                amount=amount, presumed=self.presumed_receipt_days,
                total=self.days + self.presumed_receipt_days)
        return translate("AppealRules", "{amount} from the day you received the notice").format(
            amount=amount)

    @property
    def source_words(self) -> str:
        """``42 CFR 405.942 (checked Dec 6, 2026)``."""
        return translate("AppealRules", "{regulation} (checked {day})").format(
            regulation=self.regulation, day=format_short(self.as_of))

    @property
    def appeal_words(self) -> str:
        """What to ask for, in her language."""
        return translate_marked("AppealRules", self.appeal)

    @property
    def send_to_words(self) -> str:
        """Where the request goes, in her language."""
        return translate_marked("AppealRules", self.send_to)

    @property
    def note_words(self) -> str:
        """The note on how the rule counts, in her language."""
        return translate_marked("AppealRules", self.note) if self.note else ""


CHECKED = date(2026, 12, 6)

_ORIGINAL = frozenset({PlanType.MEDICARE_B})
_ADVANTAGE = frozenset({PlanType.MEDICARE_ADVANTAGE})
_PART_D = frozenset({PlanType.PART_D})
_MEDICAID = frozenset({PlanType.MEDICAID})
_PRIVATE = frozenset({PlanType.EMPLOYER, PlanType.MARKETPLACE})
_FIRST_NOTICES = frozenset({NoticeKind.DENIAL, NoticeKind.MEDICARE_SUMMARY_NOTICE,
                            NoticeKind.ADVERSE_DETERMINATION, NoticeKind.EOB_DENIED_LINE})
_DECISION = frozenset({NoticeKind.APPEAL_DECISION})
_ECFR = "https://www.ecfr.gov/current/title-42/section-"
_MEDICARE_APPEALS = "https://www.medicare.gov/providers-services/claims-appeals-complaints/appeals"
_RECEIPT = CountFrom.RECEIPT
_CAL = DayKind.CALENDAR

RULES: tuple[AppealRule, ...] = (
    # ------------------------------------------------------------------ Original Medicare
    AppealRule(
        "original_medicare.redetermination", _ORIGINAL, _FIRST_NOTICES, 0,
        QT_TRANSLATE_NOOP("AppealRules", "Ask for a redetermination"),
        QT_TRANSLATE_NOOP("AppealRules", "the Medicare contractor named on the notice"),
        120, None, _RECEIPT, 5, _CAL, "42 CFR 405.942(a)", _ECFR + "405.942", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Receipt is presumed 5 days after the date on the notice unless shown "
            "otherwise. The Medicare Summary Notice's last page explains how to "
            "ask.")),
    AppealRule(
        "original_medicare.reconsideration", _ORIGINAL, _DECISION, 1,
        QT_TRANSLATE_NOOP("AppealRules", "Ask for a reconsideration"), QT_TRANSLATE_NOOP(
            "AppealRules",
            "the Qualified Independent Contractor (QIC) named on the "
            "redetermination notice"),
        180, None, _RECEIPT, 5, _CAL, "42 CFR 405.962(a)", _ECFR + "405.962", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Filed on the day the QIC receives it; mail it early.")),
    AppealRule(
        "original_medicare.hearing", _ORIGINAL, _DECISION, 2,
        QT_TRANSLATE_NOOP("AppealRules", "Ask for a hearing before a judge (ALJ)"),
        QT_TRANSLATE_NOOP("AppealRules", "the office named on the reconsideration notice"),
        60, None, _RECEIPT, 5, _CAL, "42 CFR 405.1002(a)", _ECFR + "405.1002", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "A minimum amount in dispute applies; the notice says how much.")),
    AppealRule(
        "original_medicare.council", _ORIGINAL, _DECISION, 3,
        QT_TRANSLATE_NOOP("AppealRules", "Ask the Medicare Appeals Council to review"),
        QT_TRANSLATE_NOOP("AppealRules", "the office named on the judge's decision"),
        60, None, _RECEIPT, 5, _CAL, "42 CFR 405.1102(a)", _ECFR + "405.1102", CHECKED),
    # ------------------------------------------------------------------ Medicare Advantage
    AppealRule(
        "medicare_advantage.reconsideration", _ADVANTAGE, _FIRST_NOTICES, 0,
        QT_TRANSLATE_NOOP("AppealRules", "Ask the plan for a reconsideration"),
        QT_TRANSLATE_NOOP("AppealRules", "the plan, at the address on the notice"),
        60, None, _RECEIPT, 5, _CAL, "42 CFR 422.582(b)", _ECFR + "422.582", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Moved from 60 days from the notice's date to 65 from it for 2025 on "
            "(CY2025 rule CMS-4205-F, 89 FR 30448): 60 days after receipt, "
            "presumed 5 days after the date. CMS's guidance page (update of Nov "
            "20, 2024, in force Jan 1, 2025) says 65; some official pages still "
            "say 60. Fairly sure of 65; the letter's own date wins.")),
    AppealRule(
        "medicare_advantage.independent_review", _ADVANTAGE, _DECISION, 1,
        QT_TRANSLATE_NOOP(
            "AppealRules",
            "Nothing to file: the plan sends its decision on to an independent "
            "reviewer by itself"),
        "", None, None, _RECEIPT, 0, _CAL, "42 CFR 422.592(a)", _ECFR + "422.592", CHECKED,
        ask=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Nothing to file: when the plan keeps its denial, it must send the "
            "case on to an independent reviewer. Ask the plan when it was sent.")),
    AppealRule(
        "medicare_advantage.hearing", _ADVANTAGE, _DECISION, 2,
        QT_TRANSLATE_NOOP("AppealRules", "Ask for a hearing before a judge (ALJ)"),
        QT_TRANSLATE_NOOP("AppealRules", "the office named on the reviewer's notice"),
        60, None, CountFrom.NOTICE_DATE, 0, _CAL, "42 CFR 422.602(b)", _ECFR + "422.602",
        CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "422.602(b) counts 60 days from the date of the reviewer's notice "
            "(Original Medicare counts from receipt, 405.1002); the earlier "
            "reading is kept.")),
    AppealRule(
        "medicare_advantage.council", _ADVANTAGE, _DECISION, 3,
        QT_TRANSLATE_NOOP("AppealRules", "Ask the Medicare Appeals Council to review"),
        QT_TRANSLATE_NOOP("AppealRules", "the office named on the judge's decision"),
        60, None, _RECEIPT, 5, _CAL, "42 CFR 422.608", _ECFR + "422.608", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "422.608 applies the Original Medicare rule, 42 CFR 405.1102.")),
    # ------------------------------------------------------------------ Part D
    AppealRule(
        "part_d.redetermination", _PART_D, _FIRST_NOTICES, 0,
        QT_TRANSLATE_NOOP("AppealRules", "Ask the drug plan for a redetermination"),
        QT_TRANSLATE_NOOP("AppealRules", "the drug plan, at the address on the notice"),
        60, None, _RECEIPT, 5, _CAL, "42 CFR 423.582(b)", _ECFR + "423.582", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "The current text reads 60 calendar days after receipt of the written "
            "notice, receipt presumed 5 days after its date: 65 days from the date "
            "(CY2025 rule CMS-4205-F). Older pages say 60 from the date. Sure of "
            "the current text as mirrored from ecfr.gov (June 2026); the letter's "
            "own date wins.")),
    AppealRule(
        "part_d.independent_review", _PART_D, _DECISION, 1,
        QT_TRANSLATE_NOOP(
            "AppealRules",
            "Ask the independent review entity (IRE) for a reconsideration"),
        QT_TRANSLATE_NOOP(
            "AppealRules",
            "the independent review entity named on the redetermination notice"),
        60, None, CountFrom.NOTICE_DATE, 0, _CAL, "42 CFR 423.600(a)", _ECFR + "423.600",
        CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Counted from the date of the plan's redetermination, as the text "
            "found reads. Not sure whether the 2025 change also reached this "
            "level; counting from the date gives the earlier of the two dates.")),
    AppealRule(
        "part_d.hearing", _PART_D, _DECISION, 2,
        QT_TRANSLATE_NOOP("AppealRules", "Ask for a hearing before a judge (ALJ)"),
        QT_TRANSLATE_NOOP("AppealRules", "the office named on the reviewer's notice"),
        60, None, CountFrom.NOTICE_DATE, 0, _CAL, "42 CFR 423.1972(b); 42 CFR 423.2002(a)",
        _ECFR + "423.1972", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "423.1972(b) counts 60 days from the date of the reviewer's notice; "
            "423.2002 from its receipt (presumed 5 days after). The earlier of the "
            "two is kept.")),
    AppealRule(
        "part_d.council", _PART_D, _DECISION, 3,
        QT_TRANSLATE_NOOP("AppealRules", "Ask the Medicare Appeals Council to review"),
        QT_TRANSLATE_NOOP("AppealRules", "the office named on the judge's decision"),
        60, None, _RECEIPT, 5, _CAL, "42 CFR 423.2102(a)", _ECFR + "423.2102", CHECKED),
    # ------------------------------------------------------------------ Medicaid
    AppealRule(
        "medicaid.first_appeal", _MEDICAID, _FIRST_NOTICES, 0,
        QT_TRANSLATE_NOOP("AppealRules", "Ask for an appeal or a fair hearing"),
        QT_TRANSLATE_NOOP("AppealRules", "the plan or the state, as the letter says"),
        None, None, CountFrom.NOTICE_DATE, 0, _CAL, "42 CFR 431.221(d); 42 CFR 438.402(c)",
        "https://www.medicaid.gov/medicaid/managed-care/index.html", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Each state sets its own time within federal limits, and a Medicaid "
            "managed care plan has its own appeal step first; the app gives no "
            "figure."),
        ask=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Your state sets this time. Read the letter, or ask your state "
            "Medicaid office or the plan, how many days you have.")),
    AppealRule(
        "medicaid.fair_hearing", _MEDICAID, _DECISION, 1,
        QT_TRANSLATE_NOOP("AppealRules", "Ask the state for a fair hearing"),
        QT_TRANSLATE_NOOP("AppealRules", "the state Medicaid agency, as the letter says"),
        None, None, CountFrom.NOTICE_DATE, 0, _CAL, "42 CFR 438.408(f); 42 CFR 431.221(d)",
        "https://www.medicaid.gov/medicaid/managed-care/index.html", CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "The state sets the time within federal limits; the app gives no "
            "figure."),
        ask=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Your state sets this time. Read the letter, or ask your state "
            "Medicaid office how many days you have to ask for a fair hearing.")),
    # ------------------------------------------------------------------ employer, marketplace
    AppealRule(
        "private.internal_appeal", _PRIVATE, _FIRST_NOTICES, 0,
        QT_TRANSLATE_NOOP("AppealRules", "Ask the plan for an internal appeal"),
        QT_TRANSLATE_NOOP("AppealRules", "the plan, at the address on the notice"),
        180, None, _RECEIPT, 0, _CAL, "29 CFR 2560.503-1(h)(3)(i); 45 CFR 147.136(b)",
        "https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/",
        CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Counted from the day the denial was received; with no day written "
            "down, from the date on the notice (the earlier date).")),
    AppealRule(
        "private.external_review", _PRIVATE, _DECISION, 1,
        QT_TRANSLATE_NOOP("AppealRules", "Ask for an external review"), QT_TRANSLATE_NOOP(
            "AppealRules",
            "the reviewer named on the final internal decision"),
        None, 4, _RECEIPT, 0, _CAL, "45 CFR 147.136(d)(2)",
        "https://www.healthcare.gov/appeal-insurance-company-decision/external-review/",
        CHECKED,
        note=QT_TRANSLATE_NOOP(
            "AppealRules",
            "Federal process: within 4 months of receiving the final internal "
            "decision (with no such day in the fourth month, the first day of the "
            "fifth). A state's own process may give a different time; the letter "
            "says which applies.")),
)

_BY_KEY = {rule.key: rule for rule in RULES}


def rule_by_key(key: str) -> AppealRule | None:
    """The row with this key (as stored beside a deadline); ``None`` for a key no longer in
    the table."""
    return _BY_KEY.get(key)


def rule_for(plan_type: PlanType, notice: NoticeKind, level: int = 0) -> AppealRule | None:
    """The row for this plan type and notice; ``level`` is the appeal level the notice decided
    (0 for a first decision, see the module notes). ``None`` when the table has no row (an
    *Other* plan, or a level past the last): ask the plan."""
    after = level if notice is NoticeKind.APPEAL_DECISION else 0
    return next((rule for rule in RULES
                 if plan_type in rule.plan_types and notice in rule.notices
                 and rule.after_level == after), None)
