"""What a one-page summary is for, and what that meeting needs from the folder.

She prints the page for one meeting: a visit with the doctor, a call with the insurance plan, the
home infusion pharmacy, or everything in brief. :func:`meeting_page` picks from plain records the
items that meeting needs, section by section, in the order they lead the page. Which records are
"with" the doctor, a plan or the pharmacy is one rule, :class:`~infusion_desk.core.parties.Parties`;
the states (open, overdue, ending soon) are :mod:`~infusion_desk.core.rules`. No Qt, no storage,
no paper: the report lays these sections out and decides what fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.core.meeting_errors import NameNotNeededError, NoSuchContactError
from infusion_desk.core.meeting_picker import UNDER_WAY, Picker, ending_first, without
from infusion_desk.core.meeting_picker import Item as Item  # noqa: PLC0414 (read from here)
from infusion_desk.core.parties import Parties, Party, Side
from infusion_desk.core.records import (
    Call,
    Contact,
    LabelledEnum,
    Plan,
    PlanRank,
    Profile,
    Question,
    Request,
    RequestState,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.rules import (
    approval_ends_soon,
)

# The window's tabs, as their names read in English (the page says where the rest is; tab_words()
# says them in her language).
REQUESTS_TAB = QT_TRANSLATE_NOOP("Meeting", "Requests")
CALLS_TAB = QT_TRANSLATE_NOOP("Meeting", "Calls")
QUESTIONS_TAB = QT_TRANSLATE_NOOP("Meeting", "Questions to ask")
DOCUMENTS_TAB = QT_TRANSLATE_NOOP("Meeting", "Documents")
CONTACTS_TAB = QT_TRANSLATE_NOOP("Meeting", "People to call")
OVERVIEW_TAB = QT_TRANSLATE_NOOP("Meeting", "Overview")


def tab_words(tab: str) -> str:
    """One of the tab names above in her language, as the window shows it."""
    return translate_marked("Meeting", tab)

_RANK = {PlanRank.PRIMARY: 0, PlanRank.SECONDARY: 1}


class Audience(LabelledEnum):
    """Who the page is for, in her words."""

    DOCTOR = "doctor", QT_TRANSLATE_NOOP("Audience", "A visit with the doctor")
    PLAN = "plan", QT_TRANSLATE_NOOP("Audience", "A call with the insurance plan")
    PHARMACY = "pharmacy", QT_TRANSLATE_NOOP("Audience", "The home infusion pharmacy")
    ALL = "all", QT_TRANSLATE_NOOP("Audience", "Everything, in brief")


@dataclass(frozen=True)
class Meeting:
    """The meeting a page is for; ``name`` names a doctor (or his office) or a plan, and is
    empty for the usual one (the prescriber on the profile, every plan)."""

    audience: Audience = Audience.ALL
    name: str = ""




@dataclass(frozen=True)
class Section:
    """One part of the page for this meeting: a title, its items in order, and what to say
    about items that do not fit ("3 more questions for the plan are on the … tab")."""

    key: str
    title: str
    items: tuple[Item, ...]
    noun: str
    tab: str
    empty: str


@dataclass(frozen=True)
class MeetingPage:
    meeting: Meeting
    title: str  # "For a visit with the doctor"
    who: str  # the party as written ("Silverpine Health Plans"); empty for everyone
    plans: tuple[Plan, ...]  # every plan; the meeting's first
    plans_lead: bool  # member and group numbers come before everything else
    sections: tuple[Section, ...]

    def shown(self) -> set[tuple[type, int]]:
        """(type, id) of every record the meeting's sections hold."""
        return {(type(item), item.id) for section in self.sections for item in section.items
                if item.id is not None}


@dataclass(frozen=True)
class FolderRecords:
    """The records a page is chosen from (not in the trash)."""

    profile: Profile
    plans: Sequence[Plan] = ()
    contacts: Sequence[Contact] = ()
    steps: Sequence[Step] = ()
    requests: Sequence[Request] = ()
    questions: Sequence[Question] = ()
    calls: Sequence[Call] = ()  # newest first


def meeting_page(meeting: Meeting, records: FolderRecords, today: date) -> MeetingPage:
    """The sections ``meeting`` needs, in order. Raises :class:`NoSuchContactError` for a name
    that matches no doctor or plan, :class:`NameNotNeededError` for a name with another meeting."""
    parties = Parties(records.profile, records.plans, records.contacts)
    audience = meeting.audience
    if meeting.name.strip() and audience not in (Audience.DOCTOR, Audience.PLAN):
        raise NameNotNeededError(audience.label.lower())
    if audience is Audience.ALL:
        return MeetingPage(meeting, translate("Meeting", "Everything, in brief"), "",
                           _plans_in_order(records.plans, []), False, ())
    side = {Audience.DOCTOR: Side.DOCTOR, Audience.PLAN: Side.PLAN,
            Audience.PHARMACY: Side.PHARMACY}[audience]
    target = _target(parties, side, meeting.name)
    them = _them(audience, target, named=bool(meeting.name.strip()))
    picker = Picker(parties, target, side, records, today)
    sections = {
        Audience.DOCTOR: _doctor, Audience.PLAN: _plan, Audience.PHARMACY: _pharmacy,
    }[audience](picker, them)
    plan_ids = [p.plan_id for p in target if p.plan_id is not None]
    return MeetingPage(
        meeting,
        translate("Meeting", "For {audience}").format(
            audience=audience.label[:1].lower() + audience.label[1:]),
        _who(target, side, named=bool(meeting.name.strip())),
        _plans_in_order(records.plans, plan_ids),
        audience is Audience.PLAN,
        tuple(sections),
    )


def _target(parties: Parties, side: Side, name: str) -> list[Party]:
    """The parties the meeting is with, and "anyone on that side" (a question for "the plan")."""
    anyone = parties.anyone(side)
    if name.strip():
        found = parties.named(side, name)
        if not found:
            what = (translate("Meeting", "doctor") if side is Side.DOCTOR
                    else translate("Meeting", "plan"))
            raise NoSuchContactError(what, name.strip(),
                                     [p.name for p in parties.on_side(side)])
        return [*found, anyone]
    if side is Side.DOCTOR:
        usual = parties.usual(Side.DOCTOR)
        return [usual, anyone] if usual is not None else [*parties.on_side(side), anyone]
    return [*parties.on_side(side), anyone]


def _who(target: list[Party], side: Side, *, named: bool) -> str:
    """The party as written, for the page's top; empty for "every plan" (listed below it)."""
    real = [p.name for p in target if p.key != f"{side.value}:"]
    if side is Side.PLAN and not named:
        return ""
    return "; ".join(real)


def _them(audience: Audience, target: list[Party], *, named: bool) -> str:
    if audience is Audience.DOCTOR:
        return translate("Meeting", "the doctor")
    if audience is Audience.PHARMACY:
        return translate("Meeting", "the pharmacy")
    real = [p for p in target if p.plan_id is not None]
    if named and len(real) == 1:
        return real[0].name
    return translate("Meeting", "the plan") if len(real) <= 1 else _the_plans()


def _the_plans() -> str:  # noqa: N802 (a word, compared with what _them() said)
    return translate("Meeting", "the plans")


def _questions(pick: Picker, them: str) -> Section:
    return Section("questions",
                   translate("Meeting", "Questions to ask {them}").format(them=them),
                   tuple(pick.questions()),
                   translate("Meeting", "questions for {them}").format(them=them), QUESTIONS_TAB,
                   translate("Meeting", "No open questions for {them}.").format(them=them))


def _plans_in_order(plans: Sequence[Plan], first_ids: Sequence[int | None]) -> tuple[Plan, ...]:
    return tuple(sorted(plans, key=lambda p: (p.id not in first_ids, _RANK.get(p.rank, 2))))


def _doctor(pick: Picker, them: str) -> list[Section]:
    open_states = (RequestState.OPEN, RequestState.OVERDUE)
    papers: list[Item] = [
        *pick.requests(*open_states, needed=True),
        *pick.requests(RequestState.SENT, sent=True),
    ]
    waiting = [*papers, *pick.steps_waiting_on_them()]
    at_stake = [s for s in pick.records.steps
                if approval_ends_soon(s, pick.today) or s.status is StepStatus.DENIED
                or (s.kind is StepKind.APPEAL and s.status in UNDER_WAY)]
    return [
        _questions(pick, them),
        Section("waiting",
                translate("Meeting", "Waiting on {them}: notes, orders, signatures").format(
                    them=them), tuple(waiting),
                translate("Meeting", "things waiting on {them}").format(them=them), REQUESTS_TAB,
                translate("Meeting", "Nothing written down as waiting on {them}.").format(
                    them=them)),
        Section("asked", translate("Meeting", "What the doctor's office asked us for"),
                tuple(pick.requests(*open_states, asked=True)),
                translate("Meeting", "requests from the office"), REQUESTS_TAB,
                translate("Meeting", "Nothing open that the doctor's office asked for.")),
        Section("approvals", translate("Meeting", "Approvals ending, denials and appeals"),
                tuple(ending_first(without(at_stake, waiting), pick.today)),
                translate("Meeting", "steps"), OVERVIEW_TAB,
                translate("Meeting", "No approval ending soon, and no denial.")),
    ]


def _plan(pick: Picker, them: str) -> list[Section]:
    owed_steps = [s for s in pick.records.steps
                  if s.status in (StepStatus.IN_PROGRESS, StepStatus.WAITING) and (
                      pick.means(s.waiting_on) if s.waiting_on.strip()
                      else s.plan_id in pick.plan_ids)]
    follow_ups = [c for c in pick.calls()
                  if c.follow_up_on is not None and not c.follow_up_done]
    ledger = pick.requests(*RequestState, asked=True, sent=True)
    # What can stop the therapy is on the page for the call: an approval ending, a denial.
    at_stake = [s for s in pick.steps_of_plan()
                if approval_ends_soon(s, pick.today) or s.status is StepStatus.DENIED]
    authorizations = without(
        [s for s in pick.steps_of_plan() if s.reference_number.strip()
         or s.status is StepStatus.APPROVED or s.approved_to is not None], owed_steps, at_stake)
    calls = pick.calls()
    return [
        _questions(pick, them),
        Section("at_stake", translate("Meeting", "Approvals ending and denials"),
                tuple(ending_first(at_stake, pick.today)), translate("Meeting", "steps"),
                OVERVIEW_TAB, translate("Meeting", "No approval ending soon, and no denial.")),
        Section("calls", translate("Meeting", "Recent calls with {them}").format(them=them),
                tuple(calls), translate("Meeting", "calls with {them}").format(them=them),
                CALLS_TAB, translate("Meeting", "No calls with {them} logged yet.").format(
                    them=them)),
        Section("ledger", translate("Meeting", "What they asked for, and what we sent and when"),
                tuple(ledger), translate("Meeting", "requests with {them}").format(them=them),
                REQUESTS_TAB, translate("Meeting", "No requests with {them}.").format(them=them)),
        Section("owed", translate("Meeting", "What the plans still owe us") if them == _the_plans()
                else translate("Meeting", "What {them} still owes us").format(them=them),
                (*owed_steps, *follow_ups), translate("Meeting", "things they owe us"),
                OVERVIEW_TAB,
                translate("Meeting", "Nothing written down as owed by {them}.").format(them=them)),
        Section("authorizations",
                translate("Meeting", "Authorization numbers and approved periods"),
                tuple(ending_first(authorizations, pick.today)), translate("Meeting", "steps"),
                OVERVIEW_TAB, translate("Meeting", "No authorization numbers written down yet.")),
    ]


def _pharmacy(pick: Picker, them: str) -> list[Section]:
    needs = pick.requests(RequestState.OPEN, RequestState.OVERDUE, RequestState.SENT, asked=True)
    approvals = [s for s in pick.records.steps if s.status is StepStatus.APPROVED]
    return [
        Section("asked", translate("Meeting", "What {them} needs from us").format(them=them),
                tuple(needs), translate("Meeting", "requests from {them}").format(them=them),
                REQUESTS_TAB,
                translate("Meeting", "Nothing open that {them} asked for.").format(them=them)),
        Section("deliveries", translate("Meeting", "Deliveries and nursing"),
                tuple(_deliveries_and_nursing(pick)),
                translate("Meeting", "things with the pharmacy and the nurses"), CALLS_TAB,
                translate("Meeting", "No call-back due with the pharmacy or the nurses, and "
                                     "nothing open that the nurses asked for.")),
        _questions(pick, them),
        Section("approvals", translate("Meeting", "Approvals and their end dates"),
                tuple(ending_first(approvals, pick.today)), translate("Meeting", "approvals"),
                OVERVIEW_TAB, translate("Meeting", "No approvals written down yet.")),
        Section("people", translate("Meeting", "People at the pharmacy"), tuple(pick.contacts()),
                translate("Meeting", "people"), CONTACTS_TAB,
                translate("Meeting", "No one from the pharmacy in People to call.")),
    ]


def _deliveries_and_nursing(pick: Picker) -> list[Item]:
    """Call-backs still to make with the pharmacy or the nurses (soonest first), then what the
    nurses asked for. The nurses are whoever the profile's nursing schedule names."""
    nursing = pick.parties.party_of(pick.records.profile.nursing_schedule, mention=True)
    nurses = (Picker(pick.parties, [nursing], nursing.side, pick.records, pick.today)
              if nursing is not None and nursing.key not in pick.keys else None)
    calls = [*pick.calls(), *(nurses.calls() if nurses is not None else [])]
    follow_ups = sorted((c for c in calls if c.follow_up_on is not None and not c.follow_up_done),
                        key=lambda c: (c.follow_up_on or date.max, c.id or 0))
    asked = (nurses.requests(RequestState.OPEN, RequestState.OVERDUE, RequestState.SENT,
                             asked=True) if nurses is not None else [])
    return [*follow_ups, *asked]


@dataclass(frozen=True)
class MeetingChoices:
    """The names the window offers: the doctors' offices (the prescriber's first, as
    written on the profile) and the plans (each payer)."""

    doctors: tuple[str, ...]
    plans: tuple[str, ...]
    prescriber: str  # the doctor a plain "a visit with the doctor" means ("" if none)


def meeting_choices(profile: Profile, plans: Sequence[Plan], contacts: Sequence[Contact]
                    ) -> MeetingChoices:
    parties = Parties(profile, plans, contacts)
    usual = parties.usual(Side.DOCTOR)
    return MeetingChoices(
        doctors=tuple(p.name for p in parties.on_side(Side.DOCTOR)),
        plans=tuple(p.name for p in parties.on_side(Side.PLAN)),
        prescriber=usual.name if usual is not None else "",
    )
