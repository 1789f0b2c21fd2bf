"""The letter's text as the reading rules see it, and the small readers they share.

:class:`LetterText` holds the normalised text, its lines and a folded copy for keyword rules;
:func:`dates_in` finds the dates printed in English or Spanish; :func:`labelled` finds the values
printed after a label; :func:`id_value` and :func:`compact_id` read and compare identifiers.
Used by :mod:`core.letter_reading`, :mod:`core.letter_numbers` and :mod:`core.letter_asks`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from infusion_desk.core.letter_forms import form_pairs
from infusion_desk.core.ocr_text import normalise_numbers
from infusion_desk.core.text import fold

EARLIEST_DATE = date(1990, 1, 1)
MAX_VALUE = 60  # a number or a name longer than this is not one


# ------------------------------------------------------------------------------- identifiers

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
    # (OCR: "Mar, 11, 2026", "Oct. 31. 2026", "Oct.-31, 2026")
    rf"\b(?P<month>{_MONTH_NAMES})(?:[.,;:-]{{1,2}}\s*|\s+)(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[,.]?\s+"
    r"(?P<y1>\d{4})\b"
    # 20 de noviembre de 2026 / 20 November 2026 / 20th of November 2026 (OCR: "15 dde julio")
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:(?:d?de|of)\s+)?(?P<month2>{_MONTH_NAMES})\.?,?\s+"
    r"(?:d?del?\s+)?"
    r"(?P<y2>\d{4})\b"
    # 11/20/2026, 11-20-2026, 11/20/26
    r"|(?<![\d/])(?P<n1>\d{1,2})(?P<sep>[/-])(?P<n2>\d{1,2})(?P=sep)(?P<y3>\d{4}|\d{2})(?![\d/])"
    # 2026-11-20
    r"|\b(?P<y4>\d{4})-(?P<m4>\d{1,2})-(?P<d4>\d{1,2})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dated:
    on: date
    start: int
    end: int
    words: str


# A month name misread by one letter ("Juiy 16, 2026", "29 de abrit de 2026", "Ape. 13, 2026"):
# only where a day and a year stand around it; a short name only by its last letter, and only
# where one month fits ("tay 26" is not May, "Jum 4" could be June or July).
_MISREAD_MONTH_DATE = re.compile(
    r"\b(?P<word>[^\W\d_]{3,10})[.,]?\s+(?P<d1>\d{1,2})[,.]?\s+(?P<y1>\d{4})\b"
    r"|\b(?P<d2>\d{1,2})\s+d?de\s+(?P<word2>[^\W\d_]{4,10})\s+d?del?\s+(?P<y2>\d{4})\b")
_LONG_MONTHS = {name: number for name, number in _MONTHS.items() if len(name) >= 4}


def dates_in(text: str) -> Iterator[Dated]:
    found: list[Dated] = []
    for m in _DATE.finditer(text):
        try:
            found.append(Dated(_date_of(m), m.start(), m.end(), m.group(0)))
        except (ValueError, KeyError):
            continue
    for m in _MISREAD_MONTH_DATE.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        month = _misread_month(m["word"] or m["word2"])
        try:
            if month is not None:
                day, year = (m["d1"], m["y1"]) if m["word"] else (m["d2"], m["y2"])
                found.append(Dated(date(int(year), month, int(day)), m.start(), m.end(),
                                   m.group(0)))
        except ValueError:
            continue
    yield from sorted(found, key=lambda d: d.start)


def _misread_month(word: str) -> int | None:
    word = word.lower()
    if word in _MONTHS:
        return None  # a real month name: the exact pattern decided
    if len(word) == 3:
        close = {number for name, number in _MONTHS.items()
                 if len(name) == 3 and name[:2] == word[:2]}
    else:
        close = {number for name, number in _LONG_MONTHS.items() if len(name) == len(word)
                 and sum(a != b for a, b in zip(name, word, strict=True)) == 1}
    return close.pop() if len(close) == 1 else None


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


def plausible_date(day: date, today: date) -> bool:
    return EARLIEST_DATE <= day <= today + timedelta(days=366)


# ----------------------------------------------------------------------------------- lines

_ENDS_WITH_DAY = re.compile(rf"\b(?:{_MONTH_NAMES})[.,]?\s+\d{{1,2}}[,.]?$", re.IGNORECASE)
_STARTS_WITH_YEAR = re.compile(r"^(?:19|20)\d\d\b")


def _year_joined(lines: list[str]) -> tuple[str, ...]:
    """A date that OCR broke after its day ("Date: Jul. 16," then "2026" on the next line) put
    back on one line."""
    for index in range(len(lines) - 1):
        nxt = next((i for i in range(index + 1, min(len(lines), index + 4)) if lines[i]), None)
        if nxt is not None and _ENDS_WITH_DAY.search(lines[index]) \
                and _STARTS_WITH_YEAR.match(lines[nxt]):
            lines[index] = f"{lines[index]} {lines[nxt][:4]}"
            lines[nxt] = lines[nxt][4:].strip()
    return tuple(lines)


@dataclass(frozen=True)
class LetterText:
    """The letter's text, normalised, with its lines and a folded copy for keyword rules."""

    raw: str
    lines: tuple[str, ...]
    folded: str

    @classmethod
    def of(cls, text: str) -> LetterText:
        clean = normalise_numbers(text)
        lines = _year_joined(form_pairs([" ".join(line.split()) for line in clean.splitlines()]))
        folded = fold(" ".join(" ".join(lines).split()))
        return cls(clean, lines, folded)

    def nonempty(self) -> list[str]:
        return [line for line in self.lines if line]


def labelled(lines: Sequence[str], label: str, value: str = r".+", *, first: bool = False
             ) -> Iterator[tuple[str, str]]:
    """Values printed after ``label`` (on its line, or alone on the next line): (value, line).
    ``first``: only where the label starts the line (a form's field, not a sentence)."""
    start = r"^[^\w]*" if first else r"(?:^|\b|(?<=\W))"
    # Between a label and its value OCR leaves specks: "Authorization + HMI26…", "number. SPX…",
    # "# _PA-2026…", a "#" read as "$", "%" or "&", a stray "oe"; a speck of one or two
    # lower-case letters is passed over.
    pattern = re.compile(rf"{start}{label}(?!\w)\s*(?:[:#+*.$%&]{{1,2}}|\bis\b|\bes\b"
                         rf"|(?-i:\b[a-z]{{1,2}}\b)(?=\s+[#_\-]*[A-Z0-9]))?\s*[_\-]*"
                         rf"(?P<v>{value})", re.IGNORECASE)
    alone = re.compile(rf"(?:^|\W){label}\s*[:#+*._\-$%&]*\s*$", re.IGNORECASE)
    for index, line in enumerate(lines):
        for m in pattern.finditer(line):
            yield m["v"].strip(), line
        if alone.search(line) and index + 1 < len(lines) and lines[index + 1]:
            nxt = re.match(rf"^(?P<v>{value})", lines[index + 1], re.IGNORECASE)
            if nxt:
                yield nxt["v"].strip(), f"{line} {lines[index + 1]}"


_ID = r"(?=[A-Z0-9#\-]*\d)[A-Z0-9][A-Z0-9\-/.]*[A-Z0-9]"  # one token with a digit in it
# What a label's number is read from: one token, or capitals that OCR split from the rest of
# the code by a space ("HMI 26A2873144" for HMI26A2873144).
ID_VALUE = r"#?\s*(?:(?-i:[A-Z]{2,5}) (?=[A-Za-z0-9\-]*\d))?[A-Za-z0-9][A-Za-z0-9\-/.]*"
_SPLIT_PREFIX = re.compile(r"^#?\s*(?-i:([A-Z]{2,5})) (?=[A-Z0-9\-]*\d)")


def id_value(value: str) -> str | None:
    value = _SPLIT_PREFIX.sub(r"\1", value)
    m = re.match(rf"^#?\s*({_ID})", value, re.IGNORECASE)
    if m is None:
        return None
    found = m.group(1).rstrip(".")
    return found if 3 <= len(found) <= MAX_VALUE else None


# ----------------------------------------------------------------------------------- sign-off

SIGN_OFF = re.compile(r"^(sincerely|regards|respectfully|thank you|atentamente|cordialmente"
                      r"|saludos)\b", re.IGNORECASE)
