"""Who is who: one rule tells the doctor's office, each plan and the pharmacy from everyone else,
from the names as she typed them on questions, requests, steps and calls."""

from __future__ import annotations

from datetime import datetime

import pytest

from infusion_desk.core.parties import Parties, Side
from infusion_desk.core.records import Call, Contact, Plan, Profile

PROFILE = Profile(prescriber="Dr. Adaeze Okafor, Riverside Infectious Disease Associates",
                  infusion_provider="Brightwater Home Infusion Pharmacy")
PLANS = (Plan(id=1, payer="Medicare"), Plan(id=2, payer="Harborline Mutual Insurance",
                                            plan_name="Harborline Medicare Supplement Plan G"),
         Plan(id=3, payer="Silverpine Health Plans"))
CONTACTS = (
    Contact(id=1, name="Renee Castillo", role="Intake coordinator",
            organization="Brightwater Home Infusion Pharmacy"),
    Contact(id=2, name="Marcus Webb, PharmD", role="Infusion pharmacist",
            organization="Brightwater Home Infusion Pharmacy"),
    Contact(id=4, name="Tonya Reyes", role="Prior-authorization coordinator",
            organization="Riverside Infectious Disease Associates"),
    Contact(id=5, name="Dr. Adaeze Okafor", role="Infectious disease doctor (prescriber)",
            organization="Riverside Infectious Disease Associates"),
    Contact(id=6, name="Julia Park, RN", role="Home health nurse",
            organization="Meadowbrook Home Health"),
    Contact(id=8, name="Gregory Hale", role="Coverage determinations",
            organization="Silverpine Health Plans"),
    Contact(id=11, name="Lorraine (claims)", role="Member services",
            organization="Harborline Mutual Insurance"),
    Contact(id=12, name="Dr. Henrik Lindqvist", role="Orthopedic surgeon",
            organization="Lakeside Orthopedics"),
    Contact(id=13, name="Pat 2960", organization="Lakeside Orthopedics"),
)


@pytest.fixture
def parties() -> Parties:
    return Parties(PROFILE, PLANS, CONTACTS)


@pytest.mark.parametrize(("typed", "side", "name"), [
    ("Tonya Reyes (Dr. Okafor's office)", Side.DOCTOR, PROFILE.prescriber),
    ("Dr. Okafor (nurse line)", Side.DOCTOR, PROFILE.prescriber),
    ("Renee Castillo (Brightwater intake)", Side.PHARMACY, PROFILE.infusion_provider),
    ("Brightwater driver", Side.PHARMACY, PROFILE.infusion_provider),
    ("Harborline member services", Side.PLAN, "Harborline Mutual Insurance"),
    ("Medicare contractor", Side.PLAN, "Medicare"),
    ("Silverpine (Gregory)", Side.PLAN, "Silverpine Health Plans"),
    ("Julia Park, RN (Meadowbrook)", Side.OTHER, "Meadowbrook Home Health"),
    ("Dr. Lindqvist's office", Side.DOCTOR, "Lakeside Orthopedics"),
    ("the doctor", Side.DOCTOR, PROFILE.prescriber),
    ("the pharmacist", Side.PHARMACY, PROFILE.infusion_provider),
])
def test_a_typed_name_belongs_to_the_party_it_names(parties: Parties, typed: str, side: Side,
                                                    name: str) -> None:
    party = parties.party_of(typed)
    assert party is not None
    assert (party.side, party.name) == (side, name)
    assert parties.side_of(typed) is side


def test_the_insurance_with_several_plans_stands_for_any_of_them(parties: Parties) -> None:
    party = parties.party_of("the insurance company")
    assert party is not None
    assert party.side is Side.PLAN and party.plan_id is None
    only = Parties(PROFILE, PLANS[:1], ())
    assert only.party_of("the insurance company") is only.usual(Side.PLAN)


def test_names_nobody_knows_and_numbers_name_no_one(parties: Parties) -> None:
    assert parties.party_of("St. Brigid imaging") is None
    assert parties.side_of("") is Side.OTHER
    assert parties.party_of("Request number 2960") is None  # "2960" is in a contact's name


def test_a_mention_counts_only_a_party_s_own_name_or_a_surname(parties: Parties) -> None:
    note = parties.party_of("Updated progress note from Dr. Okafor", mention=True)
    assert note is not None and note.side is Side.DOCTOR
    assert parties.party_of("Insurance cards and the MRI order", mention=True) is None
    assert parties.party_of("Walker order from the doctor", mention=True) is None
    assert parties.party_of("Copy for Tonya", mention=True) is None  # a first name alone


def test_a_call_belongs_to_its_contact_s_party_else_to_the_names_on_it(parties: Parties) -> None:
    linked = Call(called_at=datetime(2026, 3, 1, 9), contact_id=8, organization="Somebody")
    party = parties.party_of_call(linked)
    assert party is not None and party.plan_id == 3
    unlinked = Call(called_at=datetime(2026, 3, 1, 9), organization="Brightwater")
    party = parties.party_of_call(unlinked)
    assert party is not None and party.side is Side.PHARMACY


def test_named_finds_a_doctor_by_a_person_or_an_office_and_a_plan_by_its_company(
    parties: Parties,
) -> None:
    assert [p.name for p in parties.named(Side.DOCTOR, "Tonya Reyes")] == [PROFILE.prescriber]
    assert [p.name for p in parties.named(Side.DOCTOR, "okafor")] == [PROFILE.prescriber]
    assert [p.name for p in parties.named(Side.DOCTOR, "Lindqvist")] == ["Lakeside Orthopedics"]
    assert [p.plan_id for p in parties.named(Side.PLAN, "silverpine")] == [3]
    assert [p.plan_id for p in parties.named(Side.PLAN, "Supplement Plan G")] == [2]  # its name
    assert [p.plan_id for p in parties.named(Side.PLAN, "medicare")] == [1]  # the company first
    assert parties.named(Side.PLAN, "Aetna") == []
    assert parties.named(Side.DOCTOR, "Renee Castillo") == []  # she is at the pharmacy


def test_without_a_profile_a_pharmacy_is_known_by_its_contacts_roles() -> None:
    parties = Parties(Profile(), (), (Contact(id=1, name="Sam", role="Pharmacist",
                                              organization="Corner Infusion"),))
    party = parties.party_of("Sam at Corner")
    assert party is not None and party.side is Side.PHARMACY
    assert parties.usual(Side.PHARMACY) is party
