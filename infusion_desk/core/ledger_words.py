"""How the request ledger says things in little space, and the names it offers as she types.

No Qt, no storage: plain words from records, so the table, the forms and the tests agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from infusion_desk.core.date_names import month_short
from infusion_desk.core.dates import format_short
from infusion_desk.core.i18n import translate
from infusion_desk.core.organizations import known_organizations
from infusion_desk.core.records import Contact, Plan, Request
from infusion_desk.core.text import fold

SEPARATOR = " · "


def short_day(day: date | None, today: date) -> str:
    """``Nov 3`` in this year, ``Nov 3, 2025`` in another; empty for no date."""
    if day is None:
        return ""
    if day.year != today.year:
        return format_short(day)
    return translate("Coverage", "{month} {day}").format(month=month_short(day), day=day.day)


def sent_summary(request: Request, today: date) -> str:
    """What we sent, in one line: ``Nov 22 · Fax · to Meadowbrook``; empty until it is sent.

    Only what is known is said: ``Nov 22 · to Meadowbrook`` when how is not noted.
    """
    if request.submitted_on is None:
        return ""
    parts = [short_day(request.submitted_on, today)]
    if request.method is not None:
        parts.append(request.method.label)
    whom = " ".join(request.submitted_to.split())
    if whom:
        parts.append(translate("LedgerWords", "to {whom}").format(whom=whom))
    return SEPARATOR.join(parts)


def contact_choice(contact: Contact) -> str:
    """A contact as a name to pick: ``Renee Castillo (Brightwater Infusion)``."""
    name = " ".join(contact.name.split())
    organization = " ".join(contact.organization.split())
    if name and organization:
        return f"{name} ({organization})"
    return name or organization


def people_choices(
    contacts: Iterable[Contact] = (), plans: Iterable[Plan] = (), earlier: Iterable[str] = ()
) -> list[str]:
    """The names to offer when she types who asked or whom to send to, once each, A to Z.

    Every contact as "Name (Organization)", every organization (from the contacts and the plans),
    and the names typed ``earlier`` (say, who asked for earlier requests). Case and accents do not
    make a second entry; the first spelling met is kept.
    """
    people = list(contacts)
    names = [contact_choice(c) for c in people]
    names += known_organizations(contacts=people, plans=plans)
    names += list(earlier)
    seen: dict[str, str] = {}
    for name in names:
        cleaned = " ".join(name.split())
        if cleaned:
            seen.setdefault(fold(cleaned), cleaned)
    return sorted(seen.values(), key=fold)
