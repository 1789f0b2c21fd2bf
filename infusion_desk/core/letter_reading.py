"""What a letter says, read from its text by plain rules: English and Spanish, offline.

:func:`read_letter` proposes :class:`~infusion_desk.core.letter_facts.LetterFacts` for "File this
letter": who sent it (matched to the folder's plans and contacts), the date on the letter, what
kind of letter it is, its numbers, the approved period and quantity, what it asks to be sent and
by when. Every fact keeps the words it was read from, so the form can show them. Where the
letter is unclear the fact is left out: nothing is better than a wrong value. Nothing here judges
coverage; it only reports what the letter says.

Text read from a picture (OCR) splits digit runs ("PA-2026-01 1903", "02/ 10/2026"); number-like
runs are joined first (:func:`core.ocr_text.normalise_numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from infusion_desk.core.letter_asks import asked_of, asks_for, deadlines
from infusion_desk.core.letter_facts import DateFrom, Found, LetterFacts, LetterKind
from infusion_desk.core.letter_numbers import (
    approved_period,
    approved_quantity,
    authorization_number,
    drug,
    member_id,
    reference_numbers,
)
from infusion_desk.core.letter_text import (
    MAX_VALUE,
    SIGN_OFF,
    LetterText,
    compact_id,
    dates_in,
    labelled,
    plausible_date,
)
from infusion_desk.core.organizations import same_organization
from infusion_desk.core.records import Contact, Plan
from infusion_desk.core.text import fold

__all__ = ["compact_id", "read_letter"]  # compact_id: also read from here (services.filing)

HEAD_LINES = 30  # the letterhead, the address block and the date are in the first lines
TAIL_LINES = 14  # the signature block


def _spaced_name(name: str) -> str:
    stem = PurePath(name).stem if PurePath(name).suffix else PurePath(name).name
    return " ".join(re.sub(r"(?<!\d)[-_]|[-_](?!\d)|\+", " ", stem).split())


# ----------------------------------------------------------------------------------- kind

_HEDGED = re.compile(
    r"\b(if|si)\b[^.;:]{0,80}?\b(denied|denegad[ao]s?|negad[ao]s?|approved|aprobad[ao]s?)\b"
    r"|\b(may|might|could|will|would|can|to|before|puede|podria|pueda|para|antes de)\s+(not\s+)?"
    r"(be|ser|sea)\s+(denied|approved|denegad[ao]|aprobad[ao])"
    r"|\bwas not denied\b")
_NOT_APPROVED = re.compile(
    r"\b(not|cannot|can't|unable to|no)\s+(be\s+)?(been\s+)?approv\w*"
    r"|\bno\s+(fue|ha sido|esta|podemos)\s+aprob\w*|\bno\s+podemos\s+aprobar")
_KIND_RULES: tuple[tuple[LetterKind, re.Pattern[str]], ...] = (
    (LetterKind.MEDICARE_SUMMARY_NOTICE,
     re.compile(r"medicare summary notice|resumen de medicare|aviso resumido de medicare")),
    (LetterKind.EXPLANATION_OF_BENEFITS,
     re.compile(r"explanation of benefits|this is not a bill|explicacion de (los )?beneficios"
                r"|esto no es una factura")),
    (LetterKind.DENIAL,
     re.compile(r"\bdenied\b|\bdenial\b|not medically necessary|\bdenegad[ao]s?\b"
                r"|\bdenegacion\b|\bnegad[ao]\b|adverse (benefit )?determination"
                r"|cannot approve|unable to approve|no (es )?medicamente necesari[ao]"
                r"|no podemos aprobar|not approved|no (fue|ha sido) aprobad[ao]"
                r"|\bno esta cubiert[ao]")),
    (LetterKind.APPROVAL,
     re.compile(r"\bapproved\b|\bapproval\b|\baprobad[ao]s?\b|\baprobacion\b"
                r"|\bautorizad[ao]s?\b|has been authori[sz]ed")),
    (LetterKind.REQUEST_FOR_INFORMATION,
     re.compile(r"\bwe need\b|please send|additional information|more information"
                r"|request for (additional )?information|missing information|send us"
                r"|\bnecesitamos\b|por favor,? envie|informacion adicional|envienos"
                r"|mas informacion|solicitud de informacion")),
    (LetterKind.BILL,
     re.compile(r"amount due|balance due|please pay|amount you owe|total due|pay this amount"
                r"|\binvoice\b|monto adeudado|saldo (adeudado|pendiente)|total a pagar"
                r"|cantidad adeudada|\bfactura\b")),
)


def _kind(text: LetterText) -> tuple[LetterKind, str]:
    folded = _HEDGED.sub(" ", text.folded)
    for kind, pattern in _KIND_RULES:
        words = folded if kind is not LetterKind.APPROVAL else _NOT_APPROVED.sub(" ", folded)
        m = pattern.search(words)
        if m:
            return kind, m.group(0)
    return LetterKind.OTHER, ""


# ----------------------------------------------------------------------------------- sender

_NOT_A_NAME = re.compile(
    r"^(dear|estimad[oa]|to|para|re|asunto|date|fecha|page|pagina|member|miembro|phone|tel|fax"
    r"|www\.|https?:|p\.?\s?o\.?\s+box|apartado)\b|@|^\W*[\d(]|\b[A-Z]{2}\s+\d{5}(-\d{4})?$",
    re.IGNORECASE)


@dataclass(frozen=True)
class _Sender:
    found: Found | None = None
    plan_id: int | None = None
    contact_id: int | None = None


def _sender(text: LetterText, plans: Sequence[Plan], contacts: Sequence[Contact]) -> _Sender:
    lines = text.nonempty()
    head = lines[:HEAD_LINES]
    sign = next((i for i, line in enumerate(lines) if SIGN_OFF.match(line)), None)
    tail = lines[sign + 1: sign + 1 + 6] if sign is not None else lines[-TAIL_LINES:]
    said = [value for value, _line in labelled(head, r"(from|de parte de|remitente)",
                                               r"[^\n]{3,80}")]
    where = [*said, *head, *tail]
    for line in where:
        if _NOT_A_NAME.search(line) and line not in said:
            continue
        plan = _plan_named(line, plans)
        if plan is not None:
            return _Sender(Found(_org_words(line, plan.payer), line), plan.id,
                           _contact_at(plan.payer, text, contacts))
        contact = _contact_named(line, text, contacts)
        if contact is not None:
            return _Sender(Found(contact.organization or contact.name, line), None, contact.id)
    if said:
        return _Sender(Found(said[0], said[0]))
    first = next((line for line in head[:3] if not _NOT_A_NAME.search(line)
                  and sum(ch.isalpha() for ch in line) >= 4 and len(line) <= MAX_VALUE
                  and not any(True for _d in dates_in(line))), None)
    return _Sender(Found(first, first)) if first else _Sender()


def _plan_named(line: str, plans: Sequence[Plan]) -> Plan | None:
    matched = [p for p in plans
               if (p.payer and same_organization(line, p.payer))
               or (p.plan_name and same_organization(line, p.plan_name))]
    payers = {fold(p.payer) for p in matched}
    return matched[0] if len(payers) == 1 else None  # two different payers: say nothing


def _org_words(line: str, payer: str) -> str:
    """The sender as the folder knows it (the plan's payer), when the line names it loosely."""
    return payer or line


def _contact_named(line: str, text: LetterText, contacts: Sequence[Contact]) -> Contact | None:
    matched = [c for c in contacts if c.organization and same_organization(line, c.organization)]
    if not matched:
        return None
    return _one_contact(matched, text)


def _contact_at(organization: str, text: LetterText, contacts: Sequence[Contact]) -> int | None:
    matched = [c for c in contacts
               if c.organization and same_organization(c.organization, organization)]
    contact = _one_contact(matched, text) if matched else None
    return contact.id if contact is not None else None


def _one_contact(matched: Sequence[Contact], text: LetterText) -> Contact | None:
    named = [c for c in matched if c.name and fold(" ".join(c.name.split())) in text.folded]
    if len(named) == 1:
        return named[0]
    if len(matched) == 1 and not named:
        return matched[0]
    return None


# ----------------------------------------------------------------------------------- date

_NOT_LETTER_DATE = re.compile(
    r"(birth|\bdob\b|d\.o\.b|nacimiento|service|servicio|received|recibi|from|through|thru"
    r"|until|to|desde|hasta|\bdel\b|\bal\b|valid|effective|vigente|approved|aprobad|\bby\b"
    r"|before|later than|antes|tardar|due|vence|start|end|inicio|fin)\W*$",
    re.IGNORECASE)
_AMOUNT = re.compile(r"\$\s?\d")
# A bare "Date" only with its colon: alone, it heads a table's column of service dates.
_LETTER_DATE_LABEL = (r"(date of (this )?(notice|letter)|notice date|letter date|date mailed"
                      r"|statement date|fecha de (este|esta) (aviso|carta)|(date|fecha)(?=\s*:))")


def _letter_date(text: LetterText, today: date) -> tuple[date | None, str]:
    lines = text.nonempty()
    for value, line in labelled(lines[:40], _LETTER_DATE_LABEL, r".{6,40}"):
        for found in dates_in(value):
            if found.start == 0 and plausible_date(found.on, today):
                return found.on, line
    for index, line in enumerate(lines[:HEAD_LINES]):
        if _AMOUNT.search(line):
            continue  # a row of a table of services and amounts, not the letter's date
        for found in dates_in(line):
            before = line[:found.start]
            if not before.strip() and index > 0:
                before = lines[index - 1]  # a label alone on the line above
            if _NOT_LETTER_DATE.search(before) or not plausible_date(found.on, today):
                continue
            return found.on, line
    return None, ""
# ----------------------------------------------------------------------------------- the whole

def read_letter(text: str, *, plans: Iterable[Plan], contacts: Iterable[Contact],
                file_name: str = "", today: date) -> LetterFacts:
    """What the letter says, proposed for her to check. A fact that cannot be read with
    confidence is left out (``None`` or empty), never guessed."""
    plans, contacts = list(plans), list(contacts)
    body = LetterText.of(text)
    kind, kind_words = _kind(body)
    sender = _sender(body, plans, contacts)
    letter_date, date_line = _letter_date(body, today)
    date_from = DateFrom.LETTER if letter_date else DateFrom.NONE
    if letter_date is None and file_name:
        named = next((d.on for d in dates_in(_spaced_name(file_name))
                      if plausible_date(d.on, today)), None)
        if named is not None:
            letter_date, date_from, date_line = named, DateFrom.FILE_NAME, file_name
    authorization = authorization_number(body)
    member, member_plan = member_id(body, plans)
    approved_from = approved_to = None
    quantity, period_line = None, ""
    if kind is LetterKind.APPROVAL:
        approved_from, approved_to, period_line = approved_period(body)
        quantity = approved_quantity(body)
    return LetterFacts(
        kind=kind,
        sender=sender.found,
        sender_plan_id=sender.plan_id,
        sender_contact_id=sender.contact_id,
        letter_date=letter_date,
        date_from=date_from,
        reference_numbers=reference_numbers(body, authorization),
        authorization_number=authorization,
        member_id=member,
        member_plan_id=member_plan,
        approved_from=approved_from,
        approved_to=approved_to,
        approved_quantity=quantity,
        drug=drug(body),
        asks_for=asks_for(body) if kind is LetterKind.REQUEST_FOR_INFORMATION else (),
        asked_of=asked_of(body) if kind is LetterKind.REQUEST_FOR_INFORMATION else None,
        deadlines=deadlines(body, letter_date if date_from is DateFrom.LETTER else None,
                            today),
        kind_evidence=kind_words,
        date_evidence=date_line,
        period_evidence=period_line,
    )
