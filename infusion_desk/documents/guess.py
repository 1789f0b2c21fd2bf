"""First guesses at what a document is, what to call it and when it was written.

They only fill in the form; the caregiver can change any of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import PurePath

from infusion_desk.core.records import DocumentKind

EARLIEST_DATE = date(1990, 1, 1)
MAX_TITLE_LENGTH = 80
_HEAD_CHARS = 600
_BODY_CHARS = 4000
_DATE_SEARCH_CHARS = 20_000
_TITLE_SEARCH_LINES = 40

_Rule = tuple[DocumentKind, re.Pattern[str]]


def _rule(kind: DocumentKind, pattern: str) -> _Rule:
    return kind, re.compile(pattern)


# Tried in order; the first match wins. Earlier rules are the more specific ones, so a denied
# prior authorization is a PA decision and an EOB that says "amount due" is still an EOB.
_TEXT_RULES: tuple[_Rule, ...] = (
    _rule(DocumentKind.PLAN_LETTER, r"medicare summary notice"),
    _rule(DocumentKind.EOB, r"explanation of benefits|this is not a bill"),
    _rule(
        DocumentKind.PA_DECISION,
        r"pri?or authori[sz]ation|pre-?authori[sz]ation|pre-?certification|\bauthori[sz]ation\b",
    ),
    _rule(
        DocumentKind.PLAN_LETTER,
        r"\bdenied\b|\bdenial\b|adverse (benefit )?determination|\bappeal\b|coverage decision",
    ),
    _rule(
        DocumentKind.CLINICAL_NOTES,
        r"medical necessity|progress notes?|clinical notes?|office visit|visit notes?"
        r"|history of present illness|assessment and plan|nursing (visit )?notes?"
        r"|discharge summary|chart notes?|lab(oratory)? results",
    ),
    _rule(
        DocumentKind.PRESCRIPTION,
        r"\bprescription\b|\breferral\b|\border form\b|\bnew order\b"
        r"|\b(infusion|physician'?s?|doctor'?s?|medication|standing|treatment|provider) orders?\b",
    ),
    _rule(
        DocumentKind.PLAN_DOCUMENT,
        r"member (id )?card|insurance card|\bid card\b|summary of benefits|evidence of coverage"
        r"|certificate of coverage|\bformulary\b",
    ),
    _rule(
        DocumentKind.BILL,
        r"\binvoice\b|amount due|balance due|\bstatement\b|amount you owe|please pay",
    ),
)

# Extra words people (and scanners) use in file names but that mean something else in a letter.
_NAME_RULES: tuple[_Rule, ...] = (
    _rule(DocumentKind.EOB, r"\beobs?\b"),
    _rule(DocumentKind.PLAN_LETTER, r"\bmsn\b"),
    _rule(DocumentKind.PA_DECISION, r"\b(pa|auth|preauth|prior auth)\b"),
    _rule(DocumentKind.PLAN_LETTER, r"\b(denied|denial|appeal)\b"),
    _rule(DocumentKind.PRESCRIPTION, r"\b(rx|orders?|script)\b"),
    _rule(DocumentKind.CLINICAL_NOTES, r"\b(notes?|chart|labs?|lmn)\b"),
    _rule(DocumentKind.PLAN_DOCUMENT, r"\b(card|sbc|eoc)\b"),
    _rule(DocumentKind.BILL, r"\b(bill|invoice|statement)\b"),
)

# "Authorization number" is printed on bills and EOBs alike; it says nothing about the kind.
_AUTH_NUMBER = re.compile(r"\b(prior )?auth(ori[sz]ation)?\s*(number|no\b\.?|#|id\b)")


def guess_kind(name: str, text: str, *, is_email: bool = False) -> DocumentKind:
    """The kind suggested by the file name first, then by the top of the text, then the rest."""
    if is_email:
        return DocumentKind.EMAIL
    readable_name = _spaced(PurePath(name).stem).lower()
    for kind, pattern in _NAME_RULES + _TEXT_RULES:
        if pattern.search(readable_name):
            return kind
    lowered = _AUTH_NUMBER.sub(" ", " ".join(text[:_BODY_CHARS].lower().split()))
    for window in (lowered[:_HEAD_CHARS], lowered):
        for kind, pattern in _TEXT_RULES:
            if pattern.search(window):
                return kind
    return DocumentKind.OTHER


# ---------------------------------------------------------------------------------------- titles

_SUBJECT_LINE = re.compile(r"^(re|subject|regarding|about)\s*:\s*(?P<subject>.+)$", re.IGNORECASE)
_HEADING_WORDS = re.compile(
    r"notice|explanation of benefits|authori[sz]ation|approv|denial|denied|determination"
    r"|statement|invoice|prescription|referral|order|summary|progress note|clinical note"
    r"|letter of|appeal|decision|coverage|member card|insurance card|medical necessity",
    re.IGNORECASE,
)
_NOT_A_TITLE = re.compile(
    r"^(dear|to|from|cc|fax|tel|phone|date|page|dob|date of birth|p\.?\s?o\.? box|www\.|https?:)\b"
    r"|@|^\W*\d[\d\s().\-/]*$|page \d+ of \d+|\b[A-Z]{2}\s+\d{5}(-\d{4})?$"
    r"|^\d+\s+\w+\s+(st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|suite)\b"
    r"|^[\w .'/#()-]{1,30}:\s*\S",  # a "Label: value" line
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)


def guess_title(name: str, text: str, *, subject: str = "") -> str:
    """An email's subject; else the heading of the text; else the file name made readable."""
    if subject.strip():
        return _shorten(subject)
    lines = _candidate_lines(text)
    for line in lines:
        match = _SUBJECT_LINE.match(line)
        if match and _is_title_like(match["subject"]):
            return _tidy_heading(match["subject"])
    for line in lines[:25]:
        if _HEADING_WORDS.search(line) and _is_title_like(line) and not _is_sentence(line):
            return _tidy_heading(line)
    for line in lines:
        if _is_title_like(line) and not _is_sentence(line):
            return _tidy_heading(line)
    return title_from_name(name)


def title_from_name(name: str) -> str:
    """``scan_0012.pdf`` becomes ``Scan 0012``."""
    readable = _spaced(PurePath(name).stem if PurePath(name).suffix else PurePath(name).name)
    if not readable:
        return "Document"
    return _shorten(readable[0].upper() + readable[1:])


def _candidate_lines(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text[:_DATE_SEARCH_CHARS].splitlines():
        line = " ".join(raw.split())
        if line:
            lines.append(line)
            if len(lines) >= _TITLE_SEARCH_LINES:
                break
    return lines


def _is_title_like(line: str) -> bool:
    line = line.strip()
    if not 4 <= len(line) <= MAX_TITLE_LENGTH or line.endswith((",", ":")):
        return False
    letters = sum(ch.isalpha() for ch in line)
    if letters < 3 or letters < len(line) / 2:
        return False
    return not _NOT_A_TITLE.search(line) and not any(p.search(line) for p in _DATE_PATTERNS)


def _is_sentence(line: str) -> bool:
    return line.endswith((".", "?", "!")) or len(line.split()) > 12


def _tidy_heading(line: str) -> str:
    line = " ".join(line.split()).strip(" -*=_:#")
    if line.isupper():
        words = line.split(" ")
        line = " ".join(_title_word(word, first=index == 0) for index, word in enumerate(words))
    return _shorten(line)


def _title_word(word: str, *, first: bool) -> str:
    lower = word.lower()
    if lower in _SMALL_WORDS and not first:
        return lower
    if len(word) <= 3 and word.isalpha():
        return word  # likely an abbreviation: EOB, MSN, ID, IV
    return word.capitalize()


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_TITLE_LENGTH:
        return text
    cut = text[: MAX_TITLE_LENGTH - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def _spaced(name: str) -> str:
    name = re.sub(r"(?<!\d)-|-(?!\d)", " ", name.replace("_", " ").replace("+", " "))
    return " ".join(name.split())


# ----------------------------------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAME = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # November 3, 2026 / Nov. 3 2026 / Nov 3rd, 2026
    re.compile(
        rf"\b{_MONTH_NAME}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
        re.IGNORECASE,
    ),
    # 3 November 2026
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_NAME}\.?,?\s+(?P<year>\d{{4}})\b",
        re.IGNORECASE,
    ),
    # 11/03/2026, 11-3-26
    re.compile(r"\b(?P<month>\d{1,2})([/-])(?P<day>\d{1,2})\2(?P<year>\d{4}|\d{2})\b"),
    # 2026-11-03, 2026/11/03
    re.compile(r"\b(?P<year>\d{4})([/-])(?P<month>\d{1,2})\2(?P<day>\d{1,2})\b"),
)
_BIRTH_LABEL = re.compile(r"(birth|\bdob\b|d\.o\.b|\bborn\b)\W*$", re.IGNORECASE)


def guess_date(text: str, name: str, *, today: date) -> date | None:
    """The first plausible date in the text, else in the file name; a birth date never counts."""
    return find_date(text[:_DATE_SEARCH_CHARS], today=today) or find_date(
        _spaced(PurePath(name).name), today=today
    )


def find_date(text: str, *, today: date) -> date | None:
    """The first date in ``text`` from 1990 to a year after ``today``, birth dates skipped."""
    candidates = sorted(_dates_in(text, today=today), key=lambda found: found[0])
    for start, found in candidates:
        if not is_plausible_date(found, today=today):
            continue
        if _BIRTH_LABEL.search(text[max(0, start - 30) : start]):
            continue
        return found
    return None


def is_plausible_date(found: date | None, *, today: date) -> bool:
    """A letter dated before 1990 or more than a year ahead is a misreading."""
    return found is not None and EARLIEST_DATE <= found <= today + timedelta(days=366)


def _dates_in(text: str, *, today: date) -> Iterator[tuple[int, date]]:
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            month_text = match["month"]
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text[:3].lower()]
            year = int(match["year"])
            if year < 100:
                year += 2000 if year <= (today.year % 100) + 1 else 1900
            try:
                yield match.start(), date(year, month, int(match["day"]))
            except ValueError:
                continue
