"""Which loosely typed names mean the same organization."""

from __future__ import annotations

import pytest

from infusion_desk.core.organizations import (
    contacts_at,
    find_contact,
    known_organizations,
    plans_of,
    same_organization,
)
from infusion_desk.core.records import Call, Contact, Plan


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Silverpine", "Silverpine Health Plans"),
        ("silverpine health plans", "SILVERPINE HEALTH PLANS"),
        ("Silverpine (Gregory, coverage determinations)", "Silverpine Health Plans"),
        ("Brightwater pharmacy", "Brightwater Home Infusion Pharmacy"),
        ("Médicare", "Medicare"),
        ("  Harborline   Mutual ", "Harborline Mutual Insurance"),
    ],
)
def test_names_of_the_same_organization_match(a: str, b: str) -> None:
    assert same_organization(a, b)
    assert same_organization(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("", "Silverpine Health Plans"),
        ("S", "Silverpine Health Plans"),  # too short to mean anything yet
        ("Silverpine Health Plans", "Harborline Mutual Insurance"),
        ("Riverside Home Health", "Meadowbrook Home Health"),  # only common words shared
        ("Dr. Okafor's office", "Riverside Infectious Disease Associates"),
    ],
)
def test_different_organizations_do_not_match(a: str, b: str) -> None:
    assert not same_organization(a, b)


def test_known_organizations_once_each_a_to_z() -> None:
    names = known_organizations(
        contacts=[Contact(organization="Brightwater"), Contact(organization="")],
        plans=[Plan(payer="Silverpine Health Plans"), Plan(payer="")],
        calls=[Call(organization="brightwater"), Call(organization="Medicare ")],
    )
    assert names == ["Brightwater", "Medicare", "Silverpine Health Plans"]


def test_contacts_and_plans_of_an_organization() -> None:
    gregory = Contact(name="Gregory Hale", organization="Silverpine Health Plans", id=1)
    renee = Contact(name="Renee Castillo", organization="Brightwater", id=2)
    people = [gregory, renee]
    assert contacts_at("silverpine", people) == [gregory]
    assert contacts_at("", people) == people
    assert find_contact("gregory  hale", "Silverpine", people) == gregory
    assert find_contact("Gregory Hale", "Brightwater", people) is None
    assert find_contact("Renee Castillo", "", people) == renee
    assert find_contact("", "", people) is None
    medicare, part_d = Plan(payer="Medicare"), Plan(payer="Silverpine Health Plans")
    assert plans_of("Silverpine", [medicare, part_d]) == [part_d]
    assert plans_of("Brightwater", [medicare, part_d]) == []
