"""Which names mean the same organization: "Silverpine" and "Silverpine Health Plans" do.

People type organizations loosely — a short name on a call, the full name on a contact card, a
department in "whom to ask". These rules decide what a call is "with", so that the call sheet can
show the right plan, the right questions and the right contacts. No Qt, no storage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from infusion_desk.core.records import Call, Contact, Plan
from infusion_desk.core.text import fold

MIN_LENGTH = 3
"""A name shorter than this (after folding) never matches: "S" is not an organization yet."""

COMMON_WORDS = frozenset(
    {
        "and", "the", "for", "health", "healthcare", "plan", "plans", "insurance", "mutual",
        "home", "infusion", "pharmacy", "medical", "center", "centre", "regional", "associates",
        "services", "service", "group", "company", "inc", "llc", "care", "clinic", "office",
        "hospital", "department", "dept", "member", "members", "customer", "doctor", "doctors",
        "nurse", "line", "desk", "billing", "claims", "ask", "call",
    }
)
"""Words that many organizations share, so sharing one of them says nothing."""


def _flat(text: str) -> str:
    return " ".join(fold(text).split())


def name_words(text: str) -> set[str]:
    """The distinctive words of a name, folded: "Silverpine Health Plans" -> {"silverpine"}."""
    return {
        word for word in re.findall(r"[^\W_]+", fold(text))
        if len(word) >= MIN_LENGTH and word not in COMMON_WORDS
    }


def same_organization(a: str, b: str) -> bool:
    """``True`` when ``a`` and ``b`` name the same organization, as far as words can tell.

    Case and accents never matter. One name containing the other matches ("Silverpine" /
    "Silverpine Health Plans"), and so does sharing a distinctive word ("Silverpine (Gregory)" /
    "Silverpine Health Plans"); common words like "Health" or "Pharmacy" alone do not.
    """
    return OrganizationName(a).same_as(OrganizationName(b))


def known_organizations(
    *, contacts: Iterable[Contact] = (), plans: Iterable[Plan] = (), calls: Iterable[Call] = ()
) -> list[str]:
    """Every organization named on a contact, a plan (its payer) or a call, once, A to Z.

    When the same name was typed in different cases, the first spelling met is kept (contacts
    first, then plans, then calls).
    """
    seen: dict[str, str] = {}
    names = [c.organization for c in contacts] + [p.payer for p in plans]
    names += [c.organization for c in calls]
    for name in names:
        cleaned = " ".join(name.split())
        if cleaned:
            seen.setdefault(fold(cleaned), cleaned)
    return sorted(seen.values(), key=fold)


def contacts_at(organization: str, contacts: Iterable[Contact]) -> list[Contact]:
    """The contacts who work at ``organization``; everyone when no organization is given."""
    everyone = list(contacts)
    if not organization.strip():
        return everyone
    return [c for c in everyone if same_organization(c.organization, organization)]


def find_contact(name: str, organization: str, contacts: Iterable[Contact]) -> Contact | None:
    """The contact called exactly ``name`` (any case) at ``organization`` (anywhere if empty)."""
    wanted = _flat(name)
    if not wanted:
        return None
    for contact in contacts_at(organization, contacts):
        if _flat(contact.name) == wanted:
            return contact
    return None


def plans_of(organization: str, plans: Iterable[Plan]) -> list[Plan]:
    """The plans whose payer is ``organization``."""
    return [p for p in plans if same_organization(p.payer, organization)]


class OrganizationName:
    """A name folded once, for matching it against many others (the Today list matches every
    overdue request against every plan): the one rule :func:`same_organization` applies."""

    __slots__ = ("_words", "flat")

    def __init__(self, text: str) -> None:
        self.flat = _flat(text)
        self._words: set[str] | None = None

    @property
    def words(self) -> set[str]:
        """Its distinctive words (worked out the first time they are needed)."""
        if self._words is None:
            self._words = name_words(self.flat)
        return self._words

    def same_as(self, other: OrganizationName) -> bool:
        fa, fb = self.flat, other.flat
        if len(fa) < MIN_LENGTH or len(fb) < MIN_LENGTH:
            return False
        if fa in fb or fb in fa:
            return True
        return bool(self.words & other.words)
