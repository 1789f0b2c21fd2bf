"""The ledger's short words: dates, what we sent in one line, and the names offered."""

from __future__ import annotations

from datetime import date

from infusion_desk.core.ledger_words import (
    contact_choice,
    people_choices,
    sent_summary,
    short_day,
)
from infusion_desk.core.records import Contact, Plan, Request, SendMethod

TODAY = date(2026, 11, 27)


def test_short_day_leaves_out_this_year() -> None:
    assert short_day(date(2026, 11, 3), TODAY) == "Nov 3"
    assert short_day(date(2025, 11, 3), TODAY) == "Nov 3, 2025"
    assert short_day(None, TODAY) == ""


def test_sent_summary_says_when_how_and_to_whom_in_one_line() -> None:
    sent = Request(what="Labs", submitted_on=date(2026, 11, 22), method=SendMethod.FAX,
                   submitted_to="  Meadowbrook\nInfusion ")
    assert sent_summary(sent, TODAY) == "Nov 22 · Fax · to Meadowbrook Infusion"


def test_sent_summary_says_only_what_is_known() -> None:
    assert sent_summary(Request(what="Labs"), TODAY) == ""  # not sent yet: nothing to say
    assert sent_summary(Request(what="x", submitted_on=date(2025, 12, 30)), TODAY) == (
        "Dec 30, 2025")
    assert sent_summary(Request(what="x", submitted_on=date(2026, 11, 2),
                                submitted_to="Dr. Okafor"), TODAY) == "Nov 2 · to Dr. Okafor"
    assert sent_summary(Request(what="x", submitted_on=date(2026, 11, 2),
                                method=SendMethod.PORTAL), TODAY) == "Nov 2 · Online portal"


def test_a_contact_is_offered_with_their_organization() -> None:
    assert contact_choice(Contact(name="Renee Castillo", organization="Brightwater")) == (
        "Renee Castillo (Brightwater)")
    assert contact_choice(Contact(name="Renee Castillo")) == "Renee Castillo"
    assert contact_choice(Contact(organization="Brightwater")) == "Brightwater"


def test_people_choices_offer_contacts_organizations_and_earlier_names_once() -> None:
    contacts = [
        Contact(name="Renee Castillo", organization="Brightwater Infusion"),
        Contact(name="Dr. Amara Okafor", organization="Okafor Family Medicine"),
        Contact(name="Julia Park"),
    ]
    plans = [Plan(payer="Silverpine Health Plans"), Plan(payer="brightwater infusion")]
    earlier = ["Silverpine health plans", "Meadowbrook pharmacy", "  ", "Julia  Park"]
    assert people_choices(contacts, plans, earlier) == [
        "Brightwater Infusion",
        "Dr. Amara Okafor (Okafor Family Medicine)",
        "Julia Park",
        "Meadowbrook pharmacy",
        "Okafor Family Medicine",
        "Renee Castillo (Brightwater Infusion)",
        "Silverpine Health Plans",
    ]
    assert people_choices() == []
