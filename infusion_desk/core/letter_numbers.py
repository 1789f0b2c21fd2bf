"""The numbers and the approval a letter prints: read from its text by plain rules.

The authorization number, the other reference numbers (case, claim, account…), the member ID
(matched to the folder's plans), and on an approval the period, the quantity and the drug.
Where the letter is unclear the value is left out. Used by :func:`core.letter_reading.read_letter`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date

from infusion_desk.core.letter_facts import Found
from infusion_desk.core.letter_text import (
    ID_VALUE,
    LetterText,
    compact_id,
    dates_in,
    id_value,
    labelled,
)
from infusion_desk.core.records import Plan
from infusion_desk.core.text import map_characters

# ----------------------------------------------------------------------------------- numbers

# OCR reads the "#" after "Authorization" as "$", "%", "&", "+" or a capital ("Authorization Y").
_AUTH_LABEL = (r"(prior authori[sz]ation (number|no\.?|#|id)"
               r"|authori[sz]ation (number|no\.?|#|\+|\$|%|&|id|(?-i:[A-Z])(?= [A-Z0-9-]*\d))"
               r"|auth\.? (number|no\.?|#|id)|auth\s?#|pa (number|no\.?|#)"
               r"|n[uú]mero de (la )?(autorizaci[oó]n|aprobaci[oó]n)( previa)?)")
_REFERENCE_LABEL = (r"(reference (number|no\.?|#|id)|ref\.? ?(number|no\.?|#)|ref #"
                    r"|case (number|no\.?|#|id)|case|claim (number|no\.?|#|id)|claim"
                    r"|tracking (number|no\.?|#)|confirmation (number|no\.?|#)"
                    r"|account (number|no\.?|#)"
                    r"|invoice (number|no\.?|#)|statement (number|no\.?|#)"
                    r"|n[uú]mero de (cuenta|factura)|cuenta|factura|account|invoice"
                    r"|appeal (number|no\.?|#)|n[uú]mero de (caso|referencia|reclamo|reclamaci[oó]n"
                    r"|apelaci[oó]n|confirmaci[oó]n))")
_MEMBER_LABEL = (r"(member id( number)?|member (number|no\.?|#)|subscriber id|id number"
                 r"|identification number|medicare number|medicare id|mbi|id del? miembro"
                 r"|n[uú]mero de (identificaci[oó]n )?(de(l)? )?(miembro|afiliado|socio)"
                 r"|n[uú]mero de medicare)")


def authorization_number(text: LetterText) -> Found | None:
    values: dict[str, Found] = {}
    for value, line in labelled(text.nonempty(), _AUTH_LABEL, ID_VALUE):
        found = id_value(value)
        if found and not re.fullmatch(r"\d{1,2}", found):
            values.setdefault(compact_id(found), Found(found, line))
    return next(iter(values.values())) if len(values) == 1 else None


def reference_numbers(text: LetterText, exclude: Found | None) -> tuple[Found, ...]:
    seen: dict[str, Found] = {}
    skip = compact_id(exclude.value) if exclude else ""
    for value, line in labelled(text.nonempty(), _REFERENCE_LABEL, ID_VALUE):
        found = id_value(value)
        if found and compact_id(found) != skip and not _looks_like_date(found):
            seen.setdefault(compact_id(found), Found(found, line))
    return tuple(seen.values())


def _looks_like_date(value: str) -> bool:
    return any(d.start == 0 and d.end == len(value) for d in dates_in(value))


def member_id(text: LetterText, plans: Sequence[Plan]) -> tuple[Found | None, int | None]:
    """The member ID the letter prints, and the plan it belongs to.

    OCR garbles IDs (``X0O702024546``, ``HM1I-9036-0899-17``, ``W99 14640047``), so an ID that is
    one of the folder's own, however it was misread (look-alike letters and digits the same, and
    at most one character off in an ID of eight or more), is that plan's ID as the folder spells
    it. Otherwise the printed value is proposed as read, cut where the words after it start."""
    printed = list(labelled(text.nonempty(), _MEMBER_LABEL,
                            r"[A-Z0-9*#\-][A-Z0-9*\- ]{2,30}[A-Z0-9]"))
    for value, line in printed:
        for candidate in _id_runs(value):
            plan = _plan_with_member_id(candidate, plans)
            if plan is not None:  # a masked ID is shown as the letter prints it
                masked = re.search(r"[X*]{2,}", compact_id(candidate)) is not None
                return Found(candidate if masked else plan.member_id, line), plan.id
    for plan in plans:  # not labelled (or labelled apart): the plan's own ID printed anywhere
        wanted = compact_id(plan.member_id)
        if len(wanted) < 5:
            continue
        pattern = r"[\s\-.]?".join(_LOOKALIKE_CLASS.get(ch, re.escape(ch)) for ch in wanted)
        for line in text.nonempty():
            m = re.search(rf"(?<![A-Z0-9]){pattern}(?![A-Z0-9])", line, re.IGNORECASE)
            if m:
                return Found(plan.member_id, line), plan.id
    for value, line in printed:
        found = _printed_id(value)
        if found is not None:
            return Found(found, line), None
    return None, None


# Characters OCR takes for one another; an ID of the folder matches however they were read.
_LOOKALIKE_GROUPS = ("0OoQD", "1IlL|i", "5Ss", "8B", "2Z")
_CANON = str.maketrans({ch: group[0] for group in _LOOKALIKE_GROUPS for ch in group})
_LOOKALIKE_CLASS = {ch: f"[{re.escape(group)}]" for group in _LOOKALIKE_GROUPS for ch in group}


def _id_runs(value: str) -> list[str]:
    """Every run of up to four neighbouring words of ``value``: where the ID may be."""
    words = value.split()
    return [" ".join(words[i:j]) for i in range(len(words))
            for j in range(i + 1, min(len(words), i + 4) + 1)]


def _printed_id(value: str) -> str | None:
    """The ID at the start of ``value``: its words up to the first one without a digit (capitals
    before a split are part of it: "CMX 88 120 457"); a speck before it is passed over."""
    words = [word.strip("-*#.") for word in value.split()]
    if len(words) > 1 and len(words[0]) <= 2 and len(words[1]) >= 5:
        words = words[1:]  # "3 -K5995934192": a speck read as a digit
    kept: list[str] = []
    for number, word in enumerate(words):
        prefix = number == 0 and re.fullmatch(r"[A-Z]{2,5}", word) is not None
        if not word or not (re.search(r"\d", word) or prefix):
            break
        kept.append(word)
    found = " ".join(kept)
    return found if re.search(r"\d", found) and len(compact_id(found)) >= 4 else None


def _same_id(seen: str, own: str) -> bool:
    a, b = map_characters(compact_id(seen), _CANON), map_characters(compact_id(own), _CANON)
    if a == b:
        return True
    return len(b) >= 8 and abs(len(a) - len(b)) <= 1 and _one_edit_apart(a, b)


def _one_edit_apart(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def _plan_with_member_id(value: str, plans: Sequence[Plan]) -> Plan | None:
    seen = compact_id(value)
    matched = []
    for plan in plans:
        own = compact_id(plan.member_id)
        if not own:
            continue
        if _same_id(seen, own):
            matched.append(plan)
        elif re.search(r"[X*]{2,}", seen):  # masked: XXXX-XX1234
            tail = re.sub(r"^.*[X*]", "", seen)
            if len(tail) >= 4 and own.endswith(tail) and len(own) == len(seen):
                matched.append(plan)
    return matched[0] if len(matched) == 1 else None


# ----------------------------------------------------------------------------------- approval

_PERIOD_JOIN = re.compile(r"\s*(?:through|thru|to|until|till|–|—|-|hasta|al|a|y)\s*",
                          re.IGNORECASE)
_PERIOD_WORDS = re.compile(r"from|valid|effective|approv|authori|period|per[ií]odo|\bdel\b"
                           r"|desde|vigente|aprobad|v[aá]lid|dates?\b|fechas?", re.IGNORECASE)
_FROM_LABEL = (r"(approved from|start date|effective date|valid from|authori[sz]ed from"
               r"|fecha de inicio|aprobad[oa] desde|v[aá]lid[oa] desde|desde)")
_TO_LABEL = (r"(approved (through|thru|to|until)|end date|expiration date|valid (through|thru"
             r"|until)|authori[sz]ed (through|thru|until)|fecha de (fin|vencimiento|terminaci[oó]n)"
             r"|aprobad[oa] hasta|v[aá]lid[oa] hasta|hasta)")


def approved_period(text: LetterText) -> tuple[date | None, date | None, str]:
    lines = text.nonempty()
    for line in lines:
        found = list(dates_in(line))
        for first, second in itertools.pairwise(found):
            between = line[first.end:second.start]
            if (_PERIOD_JOIN.fullmatch(between) and _PERIOD_WORDS.search(line[:first.start])
                    and first.on <= second.on):
                return first.on, second.on, line
    start = _first_labelled_date(lines, _FROM_LABEL)
    end = _first_labelled_date(lines, _TO_LABEL)
    if start and end and start[0] <= end[0]:
        return start[0], end[0], f"{start[1]} / {end[1]}"
    return None, None, ""


def _first_labelled_date(lines: Sequence[str], label: str) -> tuple[date, str] | None:
    for value, line in labelled(lines, label, r".{6,40}"):
        found = next(dates_in(value), None)
        if found is not None and found.start == 0:
            return found.on, line
    return None


_UNITS = (r"(doses|dose|units|unit|visits|visit|vials|vial|infusions|infusion|fills|refills"
          r"|treatments|bags|dosis|unidades|visitas|viales|frascos|infusiones|tratamientos)")
_QUANTITY_LINE = re.compile(r"quantity|approv|authori[sz]|valid|cantidad|aprobad|autoriz|total",
                            re.IGNORECASE)


def approved_quantity(text: LetterText) -> Found | None:
    found: dict[str, Found] = {}
    lines = text.nonempty()
    for index, line in enumerate(lines):
        above = lines[index - 1] if index else ""
        label_above = len(above) <= 30 and not re.search(r"\d", above)
        if not (_QUANTITY_LINE.search(line) or (label_above and _QUANTITY_LINE.search(above))):
            continue
        for m in re.finditer(rf"\b(\d{{1,4}})\s+{_UNITS}\b", line, re.IGNORECASE):
            found.setdefault(f"{m[1]} {m[2].lower()}", Found(m.group(0), line))
    return next(iter(found.values())) if len(found) == 1 else None


# Longest first: "Drug or service requested" must not be read as the label "drug" and the drug
# "or service requested".
_DRUG_LABEL = (r"(drug or service requested|drug or service|medication or service|drug requested"
               r"|drug name|drug|medication requested|medication|medicine|service requested"
               r"|item requested|medicamento o servicio solicitado|medicamento o servicio"
               r"|medicamento solicitado|medicamento|f[aá]rmaco|medicina)")


def drug(text: LetterText) -> Found | None:
    for printed, line in labelled(text.nonempty()[:60], _DRUG_LABEL, r"[A-Za-z][^\n]{2,80}",
                                first=True):
        if re.fullmatch(rf"\W*{_DRUG_LABEL}\W*", line, re.IGNORECASE):
            continue  # a label alone on its line ("Drug or service"): its value is on the next
        value = re.split(r"\s{2,}|;", printed)[0].strip(" .,")
        if value and not re.match(r"(plan|coverage|cobertura)\b", value, re.IGNORECASE):
            return Found(value, line)
    return None
