"""What goes on the one-page summary, block by block, and in which rows: everything in brief, or
one meeting's sections first and brief lists of the rest. :mod:`infusion_desk.reports.summary`
measures the blocks and chooses how much of each fits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from reportlab.platypus import Flowable

from infusion_desk.core.counts import FolderCounts
from infusion_desk.core.dates import format_short
from infusion_desk.core.i18n import translate
from infusion_desk.core.meeting import (
    CALLS_TAB,
    CONTACTS_TAB,
    DOCUMENTS_TAB,
    OVERVIEW_TAB,
    QUESTIONS_TAB,
    REQUESTS_TAB,
    Audience,
    MeetingPage,
    Section,
)
from infusion_desk.core.meeting_deadlines import deadlines_for_meeting, fold_deadlines, host_of
from infusion_desk.core.records import Call, Document, Step
from infusion_desk.reports import ranking
from infusion_desk.reports.data import SummaryData, folder_records
from infusion_desk.reports.fitting import ITEM_PRIORITIES, Choice
from infusion_desk.reports.summary_blocks import (
    Sheet,
    call_words,
    contact_words,
    essentials_block,
    header,
    plans_block,
    question_entries,
)
from infusion_desk.reports.summary_deadlines import BRIEF_PRIORITIES, deadlines_block
from infusion_desk.reports.summary_sections import (
    also_heading,
    brief_block,
    counted_list,
    request_line,
    rest_line,
    section_block,
    step_line,
)

T = TypeVar("T")
Builder = Callable[[Choice, int, float], list[Flowable]]
SECTION_CAP = 40  # a meeting's section never lists more than this; the rest is on its tab
MEETING_FLOOR = 140  # the meeting's items are shortened no further than this many characters
ESSENTIALS_FLOOR = 110
BRIEF_LIMIT = 100  # longest text of an item in a brief list
# Short sections that share a row, left and right (the first pair that can, does).
SIDE_BY_SIDE = (("questions", "people"), ("questions", "owed"))
# The deadlines with no line of their own rank below every item of the meeting's sections (they
# give way first) and above anything for another meeting: tier + this.
ALONE_RANK = 500.0


@dataclass
class Block:
    """One block: how many items it could show, their priorities, how to build it for a choice
    (with a text limit and a width), and the other lists whose shown counts change it."""

    length: int
    priorities: tuple[float, ...]
    build: Builder
    depends: tuple[str, ...] = ()
    floor: int = 0  # its text is never cut shorter than this, however full the page


@dataclass
class Layout:
    """The page's blocks and their rows (a row of two names is two columns); items whose
    priority is at least ``protected`` are never cut while a lower one shows."""

    blocks: dict[str, Block]
    rows: list[tuple[str, ...]]
    protected: float | None = None


def _top(sheet: Sheet, data: SummaryData, chosen: MeetingPage, plan_ranks: Sequence[float],
         hosts: Mapping[str, Sequence[object]]) -> dict[str, Block]:
    profile, plans = data.profile, list(chosen.plans)
    nursing = chosen.meeting.audience in (Audience.PHARMACY, Audience.ALL)
    appointment = chosen.meeting.audience in (Audience.DOCTOR, Audience.ALL)
    compact = chosen.meeting.audience is not Audience.PLAN
    phones = chosen.meeting.audience is Audience.ALL
    deadlines = deadlines_for_meeting(chosen, folder_records(data), data.deadlines)
    # A deadline goes into its record's line when that line is shown; only the others (and
    # one whose line gave way) are listed on their own, below every item of the meeting's.
    carried, places, alone = fold_deadlines(deadlines, hosts)
    sheet.folded.update(carried)
    deadline_ranks = (BRIEF_PRIORITIES if chosen.meeting.audience is Audience.ALL else
                      tuple(plan_ranks[0] / 3 + ALONE_RANK - 3 * k for k in range(SECTION_CAP)))

    def build_deadlines(c: Choice, limit: int, w: float) -> list[Flowable]:
        cut = [d for n, d in enumerate(deadlines) if n in places
               and c.shown.get(places[n][0], 0) <= places[n][1]]
        return deadlines_block(sheet, alone, c.shown.get("deadlines", 0), limit, w, also=cut,
                               quiet=True, told_below=chosen.meeting.audience is not Audience.ALL)
    return {
        "header": Block(0, (), lambda _c, _l, w: header(sheet, profile, w, purpose=chosen.title,
                                                        who=chosen.who)),
        "deadlines": Block(min(len(alone), len(deadline_ranks)), deadline_ranks,
                           build_deadlines, tuple(hosts), floor=MEETING_FLOOR),
        "essentials": Block(0, (), lambda _c, limit, w: essentials_block(
            sheet, profile, limit, w, nursing=nursing, appointment=appointment),
            floor=ESSENTIALS_FLOOR),
        "plans": Block(len(plans), tuple(plan_ranks), lambda c, limit, w: plans_block(
            sheet, plans, c.shown.get("plans", 0), limit, w, compact=compact, phones=phones)),
    }


def brief_page(sheet: Sheet, data: SummaryData, chosen: MeetingPage, counts: FolderCounts
               ) -> Layout:
    """Everything, in brief: each list with the count its tab shows, most urgent first."""
    today = data.today
    calls = ranking.newest_calls_first(data.calls)
    contacts = ranking.key_contacts(data.contacts, calls, data.last_talked)
    # A step whose line carries an appeal or a renewal deadline comes first: it is urgent.
    carrying = {host_of(d) for d in data.deadlines if not d.done}
    steps = sorted(ranking.steps_in_order(data.steps, today),
                   key=lambda s: (Step, s.id) not in carrying)
    requests = ranking.open_requests(data.requests, today)
    questions = ranking.open_questions(data.questions)
    documents = ranking.documents_newest_first(data.documents)
    p = ITEM_PRIORITIES
    blocks = _top(sheet, data, chosen, p["plans"], {"steps": steps[: len(p["steps"])]})
    lists: dict[str, tuple[str, int, Sequence[Any], int, str, str, str]] = {
        "steps": (
            translate("SummaryPages", "Coverage steps"), counts.steps, steps, len(steps),
            translate("SummaryPages", "steps"), OVERVIEW_TAB,
            translate("SummaryPages", "No coverage steps written down yet.")),
        "requests": (
            translate("SummaryPages", "Open requests"), counts.open_requests, requests,
            len(requests), translate("SummaryPages", "open requests"), REQUESTS_TAB,
            translate("SummaryPages", "No open requests: everything asked for was sent.")
            if data.requests else translate("SummaryPages", "No requests written down yet.")),
        "questions": (
            translate("SummaryPages", "Questions to ask"), counts.questions.to_ask, questions,
            len(questions), translate("SummaryPages", "questions to ask"), QUESTIONS_TAB,
            translate("SummaryPages", "No open questions.")),
        "contacts": (
            translate("SummaryPages", "People to call"), counts.contacts, contacts,
            len(contacts), translate("SummaryPages", "people to call"), CONTACTS_TAB,
            translate("SummaryPages", "No contacts written down yet.")),
        "calls": (
            translate("SummaryPages", "Calls, newest first"), counts.calls, calls, counts.calls,
            translate("SummaryPages", "calls"), CALLS_TAB,
            translate("SummaryPages", "No calls logged yet.")),
        "documents": (
            translate("SummaryPages", "Documents"), counts.documents, documents,
            counts.documents, translate("SummaryPages", "documents"), DOCUMENTS_TAB,
            translate("SummaryPages", "No documents added yet.")),
    }
    for key, (title, count, items, total, noun, tab, empty) in lists.items():
        entries = _entries(sheet, key, items, BRIEF_LIMIT)
        ranks = _carrying_kept(sheet, p[key], steps) if key == "steps" else p[key]
        blocks[key] = Block(len(entries), ranks, _counted_builder(
            sheet, key, _Brief(title, entries, total, noun, tab, key), count, empty))
    rows = [("header",), ("essentials",), ("plans",), ("deadlines",), ("steps",), ("requests",),
            ("questions", "calls"), ("contacts", "documents")]
    return Layout(blocks, rows)


def _not_shown(items: Sequence[T], shown: set[tuple[type, int]]) -> list[T]:
    return [i for i in items if (type(i), getattr(i, "id", None)) not in shown]


def meeting_blocks(sheet: Sheet, data: SummaryData, chosen: MeetingPage, counts: FolderCounts,
                   *, tier: float) -> Layout:
    """The meeting's sections first (never cut while anything else shows), then brief lists of
    what is left for other meetings, then a line for the lists that had no room."""
    plan_ranks = (tier * 3, tier * 3 - 1, tier * 3 - 2, *ITEM_PRIORITIES["plans"][3:])
    hosts = {f"meeting:{section.key}": section.items for section in chosen.sections
             if section.key != "calls"}
    blocks = _top(sheet, data, chosen, plan_ranks, hosts)
    top = [("plans",), ("essentials",)] if chosen.plans_lead else [("essentials",), ("plans",)]
    rows: list[tuple[str, ...]] = [("header",), *top, ("deadlines",)]
    for index, section in enumerate(chosen.sections):
        name = f"meeting:{section.key}"
        ranks = _carrying_kept(sheet, _section_ranks(tier, index), section.items)
        blocks[name] = Block(len(section.items), ranks, _section_builder(sheet, name, section),
                             floor=MEETING_FLOOR)
    rows += _pair_rows([section.key for section in chosen.sections])
    shown = chosen.shown()
    briefs = _briefs(sheet, data, counts, shown)
    names = tuple(briefs)
    for name, brief in briefs.items():
        blocks[name] = Block(len(brief.entries), ITEM_PRIORITIES[brief.kind],
                             _brief_builder(sheet, name, brief))

    def build_also(c: Choice, _limit: int, w: float) -> list[Flowable]:
        return also_heading(sheet, w) if any(c.shown.get(n, 0) for n in names) else []

    alone = blocks["deadlines"].length

    def build_rest(c: Choice, _limit: int, _w: float) -> list[Flowable]:
        # The deadlines with no line of their own that gave way, then the other lists.
        hidden = ([] if c.shown.get("deadlines", 0) else
                  [(alone, translate("SummaryPages", "deadlines"), OVERVIEW_TAB)])
        return rest_line(sheet, [*hidden, *[(0 if c.shown.get(name, 0) else brief.total,
                                             brief.noun, brief.tab)
                                            for name, brief in briefs.items()]])

    blocks["also"] = Block(0, (), build_also, names)
    blocks["rest"] = Block(0, (), build_rest, (*names, "deadlines"))
    rows += [("also",), ("other:requests", "other:questions"), ("other:steps", "other:calls"),
             ("other:contacts", "other:documents"), ("rest",)]
    return Layout(blocks, rows, protected=tier)


def _carrying_kept(sheet: Sheet, ranks: Sequence[float], items: Sequence[object]
                   ) -> tuple[float, ...]:
    """A list's priorities with a line that carries a deadline kept as its first line is
    (and so every line before it: a list stays a prefix). Were it to give way, its deadline
    would be listed on its own, which takes more room than the line."""
    raised = list(ranks)
    for index, item in enumerate(items[: len(raised)]):
        ident = getattr(item, "id", None)
        if ident is not None and (type(item), ident) in sheet.folded:
            raised[index] = max(raised[index], raised[0])
    for index in range(len(raised) - 2, -1, -1):
        raised[index] = max(raised[index], raised[index + 1])
    return tuple(raised)


def _section_ranks(tier: float, index: int) -> tuple[float, ...]:
    """The priorities of a meeting section's items: every section's first item outranks any
    second one; after that an earlier section keeps about three more items than the next."""
    return tuple(tier * 2 - 10 * index - (0 if k == 0 else 30 + 3 * k)
                 for k in range(SECTION_CAP))


def _pair_rows(keys: Sequence[str]) -> list[tuple[str, ...]]:
    """One row per section, in order; a section of :data:`SIDE_BY_SIDE` shares its row with its
    partner, in the place of the first of the two."""
    rows: list[tuple[str, ...]] = []
    placed: set[str] = set()
    for key in keys:
        if key in placed:
            continue
        partner = next((b for a, b in SIDE_BY_SIDE if a == key and b in keys
                        and b not in placed), None)
        partner = partner or next((a for a, b in SIDE_BY_SIDE if b == key and a in keys
                                   and a not in placed), None)
        row = (key, partner) if partner else (key,)
        placed.update(row)
        rows.append(tuple(f"meeting:{k}" for k in row))
    return rows


@dataclass(frozen=True)
class _Brief:
    """A list for other meetings: its lines, how many there are in all, and where they are."""

    title: str
    entries: list[str]
    total: int
    noun: str
    tab: str
    kind: str  # whose priorities it takes (fitting.ITEM_PRIORITIES)


def _counted_builder(sheet: Sheet, name: str, brief: _Brief, count: int, empty: str
                     ) -> Builder:
    def build(c: Choice, _limit: int, width: float) -> list[Flowable]:
        shown = c.shown.get(name, 0)
        return counted_list(sheet, brief.title, brief.entries[:shown], width, count=count,
                            hidden=brief.total - shown, noun=brief.noun, tab=brief.tab,
                            empty=empty)
    return build


def _section_builder(sheet: Sheet, name: str, section: Section) -> Builder:
    def build(c: Choice, limit: int, width: float) -> list[Flowable]:
        return section_block(sheet, section, c.shown.get(name, 0), limit, width)
    return build


def _brief_builder(sheet: Sheet, name: str, brief: _Brief) -> Builder:
    def build(c: Choice, _limit: int, width: float) -> list[Flowable]:
        count = c.shown.get(name, 0)
        return brief_block(sheet, brief.title, brief.entries[:count], width,
                           hidden=brief.total - count, noun=brief.noun, tab=brief.tab)
    return build


def _briefs(sheet: Sheet, data: SummaryData, counts: FolderCounts,
            shown: set[tuple[type, int]]) -> dict[str, _Brief]:
    """What is left for other meetings, list by list, most urgent first."""
    today = data.today
    calls = ranking.newest_calls_first(data.calls)
    in_meeting = sum(1 for kind, _id in shown if kind is Call)
    requests = _not_shown(ranking.open_requests(data.requests, today), shown)
    questions = _not_shown(ranking.open_questions(data.questions), shown)
    steps = _not_shown(ranking.steps_in_order(data.steps, today), shown)
    other_calls = _not_shown(calls, shown)
    contacts = _not_shown(ranking.key_contacts(data.contacts, calls, data.last_talked), shown)
    documents = ranking.documents_newest_first(data.documents)
    lists: dict[str, tuple[str, Sequence[Any], int, str, str]] = {
        "requests": (translate("SummaryPages", "Other open requests"), requests, len(requests),
                     translate("SummaryPages", "open requests"), REQUESTS_TAB),
        "questions": (translate("SummaryPages", "Other questions to ask"), questions,
                      len(questions), translate("SummaryPages", "questions to ask"),
                      QUESTIONS_TAB),
        "steps": (translate("SummaryPages", "Other coverage steps"), steps, len(steps),
                  translate("SummaryPages", "coverage steps"), OVERVIEW_TAB),
        "calls": (translate("SummaryPages", "Other calls, newest first"), other_calls,
                  max(counts.calls - in_meeting, len(other_calls)),
                  translate("SummaryPages", "calls"), CALLS_TAB),
        "contacts": (translate("SummaryPages", "Other people to call"), contacts,
                     len(contacts), translate("SummaryPages", "people to call"),
                     CONTACTS_TAB),
        "documents": (translate("SummaryPages", "Documents, newest first"), documents,
                      counts.documents, translate("SummaryPages", "documents"),
                      DOCUMENTS_TAB),
    }
    return {f"other:{kind}": _Brief(title, _entries(sheet, kind, items, BRIEF_LIMIT), total,
                                    noun, tab, kind)
            for kind, (title, items, total, noun, tab) in lists.items()}


def _entries(sheet: Sheet, kind: str, items: Sequence[Any], limit: int) -> list[str]:
    """The lines of the first items of a list (as many as it could ever show), in words."""
    first = list(items[: len(ITEM_PRIORITIES[kind])])
    if kind == "questions":
        return question_entries(sheet, first, limit)
    say: Callable[[Any], str] = {
        "requests": lambda r: request_line(sheet, r, limit),
        "steps": lambda s: step_line(sheet, s, limit),
        "calls": lambda c: call_words(sheet, c, limit, brief=True),
        "contacts": lambda c: contact_words(sheet, c, limit),
        "documents": lambda d: _document_line(sheet, d, limit),
    }[kind]
    return [say(item) for item in first]


def _document_line(sheet: Sheet, document: Document, limit: int) -> str:
    day = format_short(ranking.document_day(document))
    name = sheet.cut(document.title or document.original_name
                     or translate("SummaryPages", "(untitled)"), limit)
    kind = document.kind.label.lower()
    if day:
        return translate("SummaryPages", "{name} ({kind}) — {day}").format(name=name, kind=kind,
                                                                           day=day)
    return translate("SummaryPages", "{name} ({kind})").format(name=name, kind=kind)

