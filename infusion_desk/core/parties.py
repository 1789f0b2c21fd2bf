"""Who is who in a folder — the doctor's office, each insurance plan, the home infusion pharmacy,
everyone else — and which of them a name she typed means.

The one rule is :meth:`Parties.party_of`: a name as typed on a record ("Tonya Reyes (Dr. Okafor's
office)" in *Ask whom*, "Brightwater driver" in *Asked by*, "Medicare contractor" in *Waiting
on*) belongs to the party with which it shares the most distinctive words. A party's words are
those of its organization, of its contacts' names, of the prescriber on the profile or of a plan's
payer; common words ("Health", "Pharmacy", "office") say nothing (see
:mod:`infusion_desk.core.organizations`). When no party shares a word, words that name a kind of
party ("the doctor", "pharmacy", "insurance") still say which side it is on. Records that point at
a contact (a call) belong to that contact's party. No Qt, no storage.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.core.organizations import name_words, same_organization
from infusion_desk.core.records import Call, Contact, LabelledEnum, Plan, Profile
from infusion_desk.core.text import fold


class Side(LabelledEnum):
    """Which of the people she deals with a party is."""

    DOCTOR = "doctor", QT_TRANSLATE_NOOP("Side", "the doctor")
    PLAN = "plan", QT_TRANSLATE_NOOP("Side", "the insurance plan")
    PHARMACY = "pharmacy", QT_TRANSLATE_NOOP("Side", "the home infusion pharmacy")
    OTHER = "other", QT_TRANSLATE_NOOP("Side", "someone else")


# Words that say which side a name is on when it shares no word with a party ("the doctor").
_SIDE_WORDS: dict[Side, frozenset[str]] = {
    Side.DOCTOR: frozenset({"doctor", "doctors", "dr", "md", "prescriber", "prescribing",
                            "physician", "physicians"}),
    Side.PHARMACY: frozenset({"pharmacy", "pharmacist", "pharmd", "infusion"}),
    Side.PLAN: frozenset({"insurance", "insurer", "plan", "medicare", "medicaid", "payer"}),
}
# A contact whose role says one of these is a doctor, even at an office not on the profile.
_DOCTOR_ROLES = frozenset({"doctor", "physician", "prescriber", "md", "surgeon", "oncologist",
                           "specialist"})


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", fold(text)))


@functools.lru_cache(maxsize=8192)
def _naming(text: str) -> frozenset[str]:
    """The words of a name that can tell parties apart: distinctive, and not numbers."""
    return frozenset(word for word in name_words(text) if not word.isdigit())


@functools.lru_cache(maxsize=4096)
def _same(organization: str, name: str) -> bool:
    return same_organization(organization, name)


def _surname(name: str) -> set[str]:
    """The last distinctive word of a person's name ("Okafor" of "Dr. Adaeze Okafor, MD")."""
    person = re.split(r"[,(]", name, maxsplit=1)[0]
    naming = _naming(person)
    words = [w for w in re.findall(r"[^\W_]+", fold(person)) if w in naming]
    return set(words[-1:])


@dataclass
class Party:
    """One party: an office, a plan, the pharmacy. ``key`` is stable within one folder."""

    key: str
    side: Side
    name: str
    words: set[str] = field(default_factory=set)  # its name's and its people's names' words
    marks: set[str] = field(default_factory=set)  # its name's words and its people's surnames
    contact_ids: set[int] = field(default_factory=set)
    plan_id: int | None = None
    aliases: tuple[str, ...] = ()  # other names it goes by (a plan's own name)

    def shares(self, words: frozenset[str], *, strictly: bool = False) -> int:
        return len((self.marks if strictly else self.words) & words)


class Parties:
    """Every party of one folder, built from its profile, plans and contacts."""

    def __init__(self, profile: Profile, plans: Iterable[Plan], contacts: Iterable[Contact]
                 ) -> None:
        self.parties: list[Party] = []
        self._by_contact: dict[int, Party] = {}
        self._anyone: dict[Side, Party] = {}
        for plan in plans:
            name = plan.payer.strip() or plan.plan_name.strip()
            if name:
                self._add(Party(f"plan:{plan.id}", Side.PLAN, name, set(_naming(name)),
                                set(_naming(name)), plan_id=plan.id,
                                aliases=(plan.plan_name,) if plan.plan_name.strip() else ()))
        self.prescriber = self._profile_party("doctor:prescriber", Side.DOCTOR,
                                              profile.prescriber)
        self.pharmacy = self._profile_party("pharmacy", Side.PHARMACY, profile.infusion_provider)
        for contact in contacts:
            self._place(contact)

    # ------------------------------------------------------------------ building
    def _add(self, party: Party) -> Party:
        self.parties.append(party)
        return party

    def _profile_party(self, key: str, side: Side, written: str) -> Party | None:
        if not written.strip():
            return None
        words = _naming(written)
        return self._add(Party(key, side, written.strip(), set(words), set(words)))

    def _place(self, contact: Contact) -> None:
        party = self._party_for_contact(contact)
        party.words |= _naming(contact.name)
        party.marks |= _surname(contact.name)
        if contact.id is not None:
            party.contact_ids.add(contact.id)
            self._by_contact[contact.id] = party

    def _party_for_contact(self, contact: Contact) -> Party:
        organization = contact.organization.strip()
        for party in self.parties:
            if organization and party.side is not Side.OTHER and _same(organization,
                                                                       party.name):
                return party
            if not organization and party.side is not Side.OTHER and party.shares(
                    _naming(contact.name)):
                return party
            if organization and party.side is Side.OTHER and fold(party.name) == fold(
                    organization):
                return party
        role = _words(f"{contact.role} {contact.organization}")
        if role & _SIDE_WORDS[Side.PHARMACY]:
            if self.pharmacy is None:
                self.pharmacy = self._add(Party("pharmacy", Side.PHARMACY,
                                                organization or contact.name))
            return self.pharmacy
        side = Side.DOCTOR if role & _DOCTOR_ROLES or "dr" in _words(contact.name) else Side.OTHER
        if organization:
            words = _naming(organization)
            party = Party(f"{side.value}:{fold(organization)}", side, organization, set(words),
                          set(words))
        else:
            party = Party(f"{side.value}:contact:{contact.id}", side, contact.name)
        return self._add(party)

    # ------------------------------------------------------------------ the rule
    def party_of(self, text: str, *, mention: bool = False) -> Party | None:
        """The party a typed name means; None when it names no one this folder knows.

        ``mention``: the text is not a name but mentions someone ("a progress note from Dr.
        Okafor"): only a party's own name and its people's surnames count, and words that only
        say a side ("the doctor's order") do not."""
        words = _naming(text)
        best: Party | None = None
        best_score = 0
        for party in self.parties:
            score = party.shares(words, strictly=mention)
            if score > best_score:
                best, best_score = party, score
        if best is not None or mention:
            return best
        plain = _words(text)
        for side in (Side.DOCTOR, Side.PHARMACY, Side.PLAN):
            if plain & _SIDE_WORDS[side]:
                return self.usual(side) or self.anyone(side)
        return None

    def side_of(self, text: str) -> Side:
        party = self.party_of(text)
        return party.side if party is not None else Side.OTHER

    def party_of_contact(self, contact_id: int | None) -> Party | None:
        return self._by_contact.get(contact_id) if contact_id is not None else None

    def party_of_call(self, call: Call) -> Party | None:
        """A call's party: its contact's, else the one its organization or person names."""
        return (self.party_of_contact(call.contact_id)
                or self.party_of(call.organization) or self.party_of(call.person))

    # ------------------------------------------------------------------ sides
    def on_side(self, side: Side) -> list[Party]:
        return [p for p in self.parties if p.side is side]

    def usual(self, side: Side) -> Party | None:
        """The party a plain "the doctor" / "the pharmacy" / "the plan" means: the prescriber,
        the infusion provider, the only plan; None when there is no single one."""
        if side is Side.DOCTOR:
            return self.prescriber or _only(self.on_side(Side.DOCTOR))
        if side is Side.PHARMACY:
            return self.pharmacy
        if side is Side.PLAN:
            return _only(self.on_side(Side.PLAN))
        return None

    def anyone(self, side: Side) -> Party:
        """The party a name means when it says only its side ("the insurance") and the folder
        has several on that side: it stands for each of them."""
        if side not in self._anyone:
            self._anyone[side] = Party(f"{side.value}:", side, side.label)
        return self._anyone[side]

    def named(self, side: Side, name: str) -> list[Party]:
        """The parties on ``side`` that ``name`` means (any case, any accents): those whose name
        holds it, else those whose other name (a plan's own) holds it, else those whose people's
        names have all its words."""
        wanted = " ".join(fold(name).split())
        if not wanted:
            return []
        def holds(names: tuple[str, ...]) -> bool:
            return any(wanted in " ".join(fold(n).split()) for n in names)

        found = ([p for p in self.on_side(side) if holds((p.name,))]
                 or [p for p in self.on_side(side) if holds(p.aliases)])
        if found:
            return found
        words = _naming(name)
        return [p for p in self.on_side(side) if words and words <= p.words]


def _only(parties: Sequence[Party]) -> Party | None:
    return parties[0] if len(parties) == 1 else None
