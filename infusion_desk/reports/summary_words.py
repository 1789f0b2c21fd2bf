"""The summary's words about lists and states: how many more there are and on which tab of the
app, "OVERDUE", "not confirmed yet", a reference number — whole sentences, in the language in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from infusion_desk.core.dates import format_short, relative_due
from infusion_desk.core.i18n import language, translate
from infusion_desk.core.meeting import (
    CALLS_TAB,
    CONTACTS_TAB,
    DOCUMENTS_TAB,
    OVERVIEW_TAB,
    QUESTIONS_TAB,
    REQUESTS_TAB,
)
from infusion_desk.reports.words import plural

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from infusion_desk.reports.summary_blocks import Sheet


# English only: the first plural word of an English noun made singular for one ("1 more question
# for the plan"); in another language the noun stays as it is (the sentences that hold it are
# written so that they need no agreement with it: "Hay 1 más en …: preguntas para el médico").
_ONE = {"questions": "question", "things": "thing", "requests": "request", "steps": "step",
        "calls": "call", "approvals": "approval", "people": "person", "documents": "document",
        "plans": "plan", "deadlines": "deadline"}


def _noun(number: int, noun: str) -> str:
    if number != 1 or language() != "en":
        return noun
    parts = noun.split(" ")
    for index, part in enumerate(parts):
        if part in _ONE:
            parts[index] = _ONE[part]
            break
    return " ".join(parts)


def counted(number: int, noun: str) -> str:
    """"1 more question for the plan" / "3 more questions …" (``noun``: the plural words, in
    the language in place)."""
    return plural("SummaryLists", "%n more {things}", number).format(
        things=_noun(number, noun))


def tab_name(tab: str) -> str:
    """A tab of the app (one of core.meeting's ``*_TAB``), as the window names it."""
    names = {
        REQUESTS_TAB: translate("SummaryTabs", "Requests"),
        CALLS_TAB: translate("SummaryTabs", "Calls"),
        QUESTIONS_TAB: translate("SummaryTabs", "Questions to ask"),
        DOCUMENTS_TAB: translate("SummaryTabs", "Documents"),
        CONTACTS_TAB: translate("SummaryTabs", "People to call"),
    }
    return names.get(tab, tab)


def where(tabs: Sequence[str]) -> str:
    """"on the Overview", "on the “Calls” tab", "on the Overview and the “Calls” tab"."""
    named = [translate("SummaryTabs", "the Overview") if tab == OVERVIEW_TAB
             else translate("SummaryTabs", "the “{tab}” tab").format(tab=tab_name(tab))
             for tab in dict.fromkeys(tabs)]
    places = named[0] if named else ""
    for place in named[1:]:
        places = translate("SummaryTabs", "{first} and {second}").format(first=places,
                                                                           second=place)
    return translate("SummaryTabs", "on {places}").format(places=places)


def more_line(sheet: Sheet, hidden: int, noun: str, tab: str | Sequence[str]) -> list[Flowable]:
    """"3 more questions for the plan are on the “Questions to ask” tab of the app." (nothing
    if none); ``tab`` may be several tabs, for a list of several kinds of record."""
    if hidden <= 0:
        return []
    tabs = [tab] if isinstance(tab, str) else list(tab)
    text = plural("SummaryLists", "%n more {things} are {where} of the app.", hidden)
    return [sheet.para(sheet.text.markup(text.format(things=_noun(hidden, noun),
                                                     where=where(tabs))), style="more")]


def not_written() -> str:
    return translate("SummaryPage", "(not written down)")


def overdue_lead(what: str) -> str:
    """"<b>OVERDUE</b> — what"."""
    return translate("SummaryPage", "<b>OVERDUE</b> — {what}").format(what=what)


def due_words(due_on: date, today: date) -> str:
    """"due Mar 9, 2026 (2 days overdue)"."""
    return translate("SummaryPage", "due {day} ({when})").format(
        day=format_short(due_on), when=relative_due(due_on, today))


def not_confirmed() -> str:
    return translate("SummaryPage", "<b>not confirmed yet</b>")


def ref_no(number_markup: str) -> str:
    """"ref. no. <b>BW-BILL-3307</b>" (a call's reference number)."""
    return translate("SummaryPage", "ref. no. <b>{number}</b>").format(number=number_markup)
