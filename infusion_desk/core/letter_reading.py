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

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import PurePath

from infusion_desk.core.letter_facts import DateFrom, Deadline, Found, LetterFacts, LetterKind
from infusion_desk.core.ocr_text import normalise_numbers
from infusion_desk.core.organizations import same_organization
from infusion_desk.core.records import Contact, Plan
from infusion_desk.core.text import fold

EARLIEST_DATE = date(1990, 1, 1)
HEAD_LINES = 30  # the letterhead, the address block and the date are in the first lines
TAIL_LINES = 14  # the signature block
MAX_VALUE = 60  # a number or a name longer than this is not one


# ----------------------------------------------------------------------------------- numbers

def compact_id(value: str) -> str:
    """An identifier without spaces, dashes or dots, in capitals: how two IDs are compared."""
    return re.sub(r"[\s\-./]", "", value).upper()


# ----------------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
    "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5,
    "junio": 6, "julio": 7, "ago": 8, "agosto": 8, "septiembre": 9, "setiembre": 9,
    "octubre": 10, "noviembre": 11, "dic": 12, "diciembre": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    # November 20, 2026 / Nov. 20 2026
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b"
    # 20 de noviembre de 2026 / 20 November 2026
    rf"|\b(?P<d2>\d{{1,2}})\s+(?:de\s+)?(?P<month2>{_MONTH_NAMES})\.?,?\s+(?:del?\s+)?"
    r"(?P<y2>\d{4})\b"
    # 11/20/2026, 11-20-2026, 11/20/26
    r"|(?<![\d/])(?P<n1>\d{1,2})(?P<sep>[/-])(?P<n2>\d{1,2})(?P=sep)(?P<y3>\d{4}|\d{2})(?![\d/])"
    # 2026-11-20
    r"|\b(?P<y4>\d{4})-(?P<m4>\d{1,2})-(?P<d4>\d{1,2})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Dated:
    on: date
    start: int
    end: int
    words: str


def _dates(text: str) -> Iterator[_Dated]:
    for m in _DATE.finditer(text):
        try:
            yield _Dated(_date_of(m), m.start(), m.end(), m.group(0))
        except (ValueError, KeyError):
            continue


def _date_of(m: re.Match[str]) -> date:
    if m["y1"]:
        return date(int(m["y1"]), _MONTHS[m["month"].lower().rstrip(".")], int(m["d1"]))
    if m["y2"]:
        return date(int(m["y2"]), _MONTHS[m["month2"].lower().rstrip(".")], int(m["d2"]))
    if m["y3"]:
        a, b, year = int(m["n1"]), int(m["n2"]), int(m["y3"])
        year += 2000 if year < 100 else 0
        if a > 12 >= b:
            a, b = b, a  # 20/11/2026: the day comes first (US letters put the month first)
        return date(year, a, b)
    return date(int(m["y4"]), int(m["m4"]), int(m["d4"]))


def _plausible(day: date, today: date) -> bool:
    return EARLIEST_DATE <= day <= today + timedelta(days=366)


def _spaced_name(name: str) -> str:
    stem = PurePath(name).stem if PurePath(name).suffix else PurePath(name).name
    return " ".join(re.sub(r"(?<!\d)[-_]|[-_](?!\d)|\+", " ", stem).split())


# ----------------------------------------------------------------------------------- lines

@dataclass(frozen=True)
class _Text:
    """The letter's text, normalised, with its lines and a folded copy for keyword rules."""

    raw: str
    lines: tuple[str, ...]
    folded: str

    @classmethod
    def of(cls, text: str) -> _Text:
        clean = normalise_numbers(text)
        lines = tuple(" ".join(line.split()) for line in clean.splitlines())
        folded = fold(" ".join(" ".join(lines).split()))
        return cls(clean, lines, folded)

    def nonempty(self) -> list[str]:
        return [line for line in self.lines if line]


_SEP = r"\s*(?:[:#.\-–]|\bn(?:o|º|°|ú|u)m?(?:ber|ero)?\.?\s*[:#]?)?\s*"


def _labelled(lines: Sequence[str], label: str, value: str = r".+", *, first: bool = False
              ) -> Iterator[tuple[str, str]]:
    """Values printed after ``label`` (on its line, or alone on the next line): (value, line).
    ``first``: only where the label starts the line (a form's field, not a sentence)."""
    start = r"^[^\w]*" if first else r"(?:^|\b|(?<=\W))"
    # Between a label and its value OCR leaves specks: "Authorization + HMI26…", "number. SPX…",
    # "# _PA-2026…", a stray "oe"; a speck of one or two lower-case letters is passed over.
    pattern = re.compile(rf"{start}{label}(?!\w)\s*(?:[:#+*.]{{1,2}}|\bis\b|\bes\b"
                         rf"|(?-i:\b[a-z]{{1,2}}\b)(?=\s+[#_\-]*[A-Z0-9]))?\s*[_\-]*"
                         rf"(?P<v>{value})", re.IGNORECASE)
    alone = re.compile(rf"(?:^|\W){label}\s*[:#+*._\-]*\s*$", re.IGNORECASE)
    for index, line in enumerate(lines):
        for m in pattern.finditer(line):
            yield m["v"].strip(), line
        if alone.search(line) and index + 1 < len(lines) and lines[index + 1]:
            nxt = re.match(rf"^(?P<v>{value})", lines[index + 1], re.IGNORECASE)
            if nxt:
                yield nxt["v"].strip(), f"{line} {lines[index + 1]}"


_ID = r"(?=[A-Z0-9#\-]*\d)[A-Z0-9][A-Z0-9\-/.]*[A-Z0-9]"  # one token with a digit in it
_ID_VALUE = r"#?\s*[A-Za-z0-9][A-Za-z0-9\-/.]*"  # what a label's number is read from


def _id_value(value: str) -> str | None:
    m = re.match(rf"^#?\s*({_ID})", value, re.IGNORECASE)
    if m is None:
        return None
    found = m.group(1).rstrip(".")
    return found if 3 <= len(found) <= MAX_VALUE else None


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


def _kind(text: _Text) -> tuple[LetterKind, str]:
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
_SIGN_OFF = re.compile(r"^(sincerely|regards|respectfully|thank you|atentamente|cordialmente"
                       r"|saludos)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Sender:
    found: Found | None = None
    plan_id: int | None = None
    contact_id: int | None = None


def _sender(text: _Text, plans: Sequence[Plan], contacts: Sequence[Contact]) -> _Sender:
    lines = text.nonempty()
    head = lines[:HEAD_LINES]
    sign = next((i for i, line in enumerate(lines) if _SIGN_OFF.match(line)), None)
    tail = lines[sign + 1: sign + 1 + 6] if sign is not None else lines[-TAIL_LINES:]
    said = [value for value, _line in _labelled(head, r"(from|de parte de|remitente)",
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
                  and not any(True for _d in _dates(line))), None)
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


def _contact_named(line: str, text: _Text, contacts: Sequence[Contact]) -> Contact | None:
    matched = [c for c in contacts if c.organization and same_organization(line, c.organization)]
    if not matched:
        return None
    return _one_contact(matched, text)


def _contact_at(organization: str, text: _Text, contacts: Sequence[Contact]) -> int | None:
    matched = [c for c in contacts
               if c.organization and same_organization(c.organization, organization)]
    contact = _one_contact(matched, text) if matched else None
    return contact.id if contact is not None else None


def _one_contact(matched: Sequence[Contact], text: _Text) -> Contact | None:
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
_LETTER_DATE_LABEL = (r"(date of (this )?(notice|letter)|notice date|letter date|date mailed"
                      r"|statement date|date|fecha( de (este|esta) (aviso|carta))?)")


def _letter_date(text: _Text, today: date) -> tuple[date | None, str]:
    lines = text.nonempty()
    for value, line in _labelled(lines[:40], _LETTER_DATE_LABEL, r".{6,40}"):
        for found in _dates(value):
            if found.start == 0 and _plausible(found.on, today):
                return found.on, line
    for index, line in enumerate(lines[:HEAD_LINES]):
        for found in _dates(line):
            before = line[:found.start]
            if not before.strip() and index > 0:
                before = lines[index - 1]  # a label alone on the line above
            if _NOT_LETTER_DATE.search(before) or not _plausible(found.on, today):
                continue
            return found.on, line
    return None, ""


# ----------------------------------------------------------------------------------- numbers

_AUTH_LABEL = (r"(prior authori[sz]ation (number|no\.?|#|id)"
               r"|authori[sz]ation (number|no\.?|#|\+|id)"
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


def _authorization(text: _Text) -> Found | None:
    values: dict[str, Found] = {}
    for value, line in _labelled(text.nonempty(), _AUTH_LABEL, _ID_VALUE):
        found = _id_value(value)
        if found and not re.fullmatch(r"\d{1,2}", found):
            values.setdefault(compact_id(found), Found(found, line))
    return next(iter(values.values())) if len(values) == 1 else None


def _references(text: _Text, exclude: Found | None) -> tuple[Found, ...]:
    seen: dict[str, Found] = {}
    skip = compact_id(exclude.value) if exclude else ""
    for value, line in _labelled(text.nonempty(), _REFERENCE_LABEL, _ID_VALUE):
        found = _id_value(value)
        if found and compact_id(found) != skip and not _looks_like_date(found):
            seen.setdefault(compact_id(found), Found(found, line))
    return tuple(seen.values())


def _looks_like_date(value: str) -> bool:
    return any(d.start == 0 and d.end == len(value) for d in _dates(value))


def _member(text: _Text, plans: Sequence[Plan]) -> tuple[Found | None, int | None]:
    labelled = [(v, line) for v, line in _labelled(text.nonempty(), _MEMBER_LABEL,
                                                   r"[A-Z0-9*][A-Z0-9*\- ]{2,30}[A-Z0-9]")]
    for printed, line in labelled:
        value = re.split(r"\s{2,}|\s(?=[A-Za-z]+:)", printed)[0].strip()
        plan = _plan_with_member_id(value, plans)
        if plan is not None or re.search(r"\d", value):
            return Found(value, line), plan.id if plan else None
    for plan in plans:  # not labelled: the plan's own ID printed anywhere, however spaced
        wanted = compact_id(plan.member_id)
        if len(wanted) < 5:
            continue
        pattern = r"[\s\-.]?".join(re.escape(ch) for ch in wanted)
        for line in text.nonempty():
            m = re.search(rf"(?<![A-Z0-9]){pattern}(?![A-Z0-9])", line, re.IGNORECASE)
            if m:
                return Found(m.group(0), line), plan.id
    return None, None


def _plan_with_member_id(value: str, plans: Sequence[Plan]) -> Plan | None:
    seen = compact_id(value)
    matched = []
    for plan in plans:
        own = compact_id(plan.member_id)
        if not own:
            continue
        if own == seen:
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


def _period(text: _Text) -> tuple[date | None, date | None, str]:
    lines = text.nonempty()
    for line in lines:
        found = list(_dates(line))
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
    for value, line in _labelled(lines, label, r".{6,40}"):
        found = next(_dates(value), None)
        if found is not None and found.start == 0:
            return found.on, line
    return None


_UNITS = (r"(doses|dose|units|unit|visits|visit|vials|vial|infusions|infusion|fills|refills"
          r"|treatments|bags|dosis|unidades|visitas|viales|frascos|infusiones|tratamientos)")
_QUANTITY_LINE = re.compile(r"quantity|approv|authori[sz]|valid|cantidad|aprobad|autoriz|total",
                            re.IGNORECASE)


def _quantity(text: _Text) -> Found | None:
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


_DRUG_LABEL = (r"(drug requested|drug name|drug|medication requested|medication|medicine"
               r"|service requested|item requested|medicamento solicitado|medicamento"
               r"|f[aá]rmaco|medicina)")


def _drug(text: _Text) -> Found | None:
    for printed, line in _labelled(text.nonempty()[:60], _DRUG_LABEL, r"[A-Za-z][^\n]{2,80}",
                                 first=True):
        value = re.split(r"\s{2,}|;", printed)[0].strip(" .,")
        if value and not re.match(r"(plan|coverage|cobertura)\b", value, re.IGNORECASE):
            return Found(value, line)
    return None


# ----------------------------------------------------------------------------------- requests

_ASKS = re.compile(
    r"\b(please send( us)?|we (also |still )?need|send us|we are missing|we have not received"
    r"|necesitamos|por favor,? env[ií]e(nos)?|env[ií]enos|nos falta)\b\s*(?P<rest>.*)$",
    re.IGNORECASE)
_ITEM = re.compile(r"^\s*(?:[-•*·▪o]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+(?P<item>.+)$")
_INTRO = re.compile(r"^(the following|following|these|lo siguiente|los siguientes"
                    r"|the following (information|documents|items|records))\b[^:]*:?\s*$|^:?\s*$",
                    re.IGNORECASE)


def _asks_for(text: _Text) -> tuple[Found, ...]:
    lines = text.nonempty()
    found: list[Found] = []
    for index, line in enumerate(lines):
        m = _ASKS.search(line)
        if m is None:
            continue
        rest = m["rest"].strip()
        colon = next((i for i in range(index, min(index + 3, len(lines)))
                      if lines[i].rstrip().endswith(":")), None)
        if colon is not None and (colon == index or _INTRO.match(rest)
                                  or re.match(r"(the following|lo siguiente)", rest, re.I)):
            found.extend(_list_after(lines, colon + 1))
        elif rest:
            sentence = _sentence(rest, lines, index)
            if sentence:
                found.append(Found(sentence, line))
    seen: dict[str, Found] = {}
    for item in found:
        seen.setdefault(fold(item.value), item)
    return tuple(seen.values())


def _list_after(lines: Sequence[str], start: int) -> list[Found]:
    items: list[Found] = []
    for line in lines[start:start + 20]:
        m = _ITEM.match(line)
        if m:
            items.append(Found(m["item"].strip(), line))
        elif items and not items[-1].value.endswith((".", ";")) and not _SIGN_OFF.match(line):
            last = items[-1]
            items[-1] = Found(f"{last.value} {line}", f"{last.evidence} {line}")
        else:
            break
    return [Found(item.value.rstrip(" ;."), item.evidence) for item in items]


def _sentence(rest: str, lines: Sequence[str], index: int) -> str:
    words = rest
    next_index = index + 1
    while not re.search(r"[.;!?]", words) and next_index < len(lines) and next_index < index + 3:
        words = f"{words} {lines[next_index]}"
        next_index += 1
    words = re.split(r"(?<=[a-z0-9)])[.;!?](\s|$)", words)[0]
    words = re.split(r"\s+(?:by|before|within|no later than|antes del?|dentro de|a m[aá]s "
                     r"tardar)\s", words, flags=re.IGNORECASE)[0]
    words = re.sub(r"^(the following|us|me)\s*:?\s*", "", words.strip(), flags=re.IGNORECASE)
    return words.strip(" ,:") if len(words) >= 4 else ""


# ----------------------------------------------------------------------------------- deadlines

_NUMBER_WORDS = {
    "seven": 7, "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty-five": 45, "forty five": 45, "sixty": 60, "sixty-five": 65, "sixty five": 65,
    "ninety": 90, "one hundred twenty": 120, "one hundred eighty": 180,
    "siete": 7, "diez": 10, "catorce": 14, "quince": 15, "treinta": 30, "sesenta": 60,
    "noventa": 90, "ciento veinte": 120, "ciento ochenta": 180,
}  # fmt: skip
_WORDS = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_WINDOW = re.compile(
    rf"\b(?:within|in the next|dentro de(?: los)?|en un plazo de|en los pr[oó]ximos)\s+"
    rf"(?:(?P<word>{_WORDS})\s*)?(?:\(?(?P<n>\d{{1,3}})\)?\s*)?(?:calendar |business |"
    r"natural(?:es)? |h[aá]biles )?(?P<unit>days|d[ií]as)(?: (?:calendario|naturales|h[aá]biles))?"
    r"[^.;\n]{0,60}", re.IGNORECASE)
_THEIR_PROMISE = re.compile(r"\b(we will|we must|we have to|we'll|le responderemos|decidiremos"
                            r"|tomaremos|le daremos)\b[^.]*$",
                            re.IGNORECASE)
_BY = re.compile(
    r"\b(?:by|before|no later than|on or before|not later than|due(?: date)?:?|due by|due on"
    r"|antes del?|a m[aá]s tardar(?: el)?|no m[aá]s tarde del?|fecha l[ií]mite:?|vence(?: el)?)"
    r"\s+(?=(?P<rest>[^\n]{6,40}))", re.IGNORECASE)  # (a look-ahead: "due: $40, pay by …")


def _deadlines(text: _Text, letter_date: date | None, today: date) -> tuple[Deadline, ...]:
    found: list[tuple[int, Deadline]] = []
    joined = " ".join(text.nonempty())  # a date may be cut over two lines
    for m in _WINDOW.finditer(joined):
        days = int(m["n"]) if m["n"] else _NUMBER_WORDS.get((m["word"] or "").lower())
        if not days or _THEIR_PROMISE.search(joined[max(0, m.start() - 60):m.start()]):
            continue  # "we will decide within 7 days": their time limit, not hers
        on = letter_date + timedelta(days=days) if letter_date else None
        found.append((m.start(), Deadline(" ".join(m.group(0).split()).rstrip(" ,"), on, days)))
    for m in _BY.finditer(joined):
        inside = next((i for i, (start, d) in enumerate(found)
                       if start <= m.start() <= start + len(d.words) + 8 and d.days), None)
        dated = next(_dates(m["rest"]), None)
        if dated is None or dated.start != 0 or not _plausible(dated.on, today):
            continue
        if letter_date is not None and dated.on < letter_date:
            continue  # a date before the letter is not a deadline it sets
        if inside is not None:  # "within 65 days (by January 1, 2027)": the printed date wins
            start, window = found[inside]
            found[inside] = (start, Deadline(window.words, dated.on, window.days))
            continue
        words = " ".join(f"{joined[m.start():m.start('rest')]}{dated.words}".split())
        found.append((m.start(), Deadline(words, dated.on)))
    found.sort(key=lambda pair: pair[0])
    out: dict[tuple[date | None, int | None], Deadline] = {}
    for _start, deadline in found:
        out.setdefault((deadline.on, deadline.days), deadline)
    return tuple(out.values())


# ----------------------------------------------------------------------------------- the whole

def read_letter(text: str, *, plans: Iterable[Plan], contacts: Iterable[Contact],
                file_name: str = "", today: date) -> LetterFacts:
    """What the letter says, proposed for her to check. A fact that cannot be read with
    confidence is left out (``None`` or empty), never guessed."""
    plans, contacts = list(plans), list(contacts)
    body = _Text.of(text)
    kind, kind_words = _kind(body)
    sender = _sender(body, plans, contacts)
    letter_date, date_line = _letter_date(body, today)
    date_from = DateFrom.LETTER if letter_date else DateFrom.NONE
    if letter_date is None and file_name:
        named = next((d.on for d in _dates(_spaced_name(file_name))
                      if _plausible(d.on, today)), None)
        if named is not None:
            letter_date, date_from, date_line = named, DateFrom.FILE_NAME, file_name
    authorization = _authorization(body)
    member, member_plan = _member(body, plans)
    approved_from = approved_to = None
    quantity, period_line = None, ""
    if kind is LetterKind.APPROVAL:
        approved_from, approved_to, period_line = _period(body)
        quantity = _quantity(body)
    return LetterFacts(
        kind=kind,
        sender=sender.found,
        sender_plan_id=sender.plan_id,
        sender_contact_id=sender.contact_id,
        letter_date=letter_date,
        date_from=date_from,
        reference_numbers=_references(body, authorization),
        authorization_number=authorization,
        member_id=member,
        member_plan_id=member_plan,
        approved_from=approved_from,
        approved_to=approved_to,
        approved_quantity=quantity,
        drug=_drug(body),
        asks_for=_asks_for(body) if kind is LetterKind.REQUEST_FOR_INFORMATION else (),
        deadlines=_deadlines(body, letter_date if date_from is DateFrom.LETTER else None,
                             today),
        kind_evidence=kind_words,
        date_evidence=date_line,
        period_evidence=period_line,
    )
