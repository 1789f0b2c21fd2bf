"""Numbers that OCR split with a stray space, joined again — for searching and for reading facts.

Tesseract often puts a space inside a long run of digits or after a separator: a scanned
"PA-2026-011903" comes out as "PA-2026-01 1903", "$312.45" as "$31 2.45", "02/10/2026" as
"02/ 10/2026". Two tools:

* :func:`normalise_numbers` joins the splits that are clearly one number, and nothing else, so
  that the letter reader (``core.letter_facts``) and a search over the joined text find them.
* :func:`search_variants` goes the other way: from a number she typed, every form OCR may have
  split it into, so search finds the page as OCR wrote it.

The rules of :func:`normalise_numbers` (a space is removed only where all of a rule holds):

1. **A separator with a space on one side only**, between digits: ``02/ 10/2026``,
   ``02 /10/2026``, ``PA-2026- 011903``, ``1-800-555 -0142``. Separators are ``/`` and ``-``.
   Spaces on both sides (``2025 - 2026``) are how people write ranges: left alone.
2. **Money split inside**: ``$`` and digits, one space, digits with cents: ``$31 2.45`` →
   ``$312.45``; ``$312. 45`` and ``$312 .45`` → ``$312.45``. Only after a dollar sign.
3. **An identifier split inside**: a code with three digits or more that mixes in letters or
   carries a ``-`` or ``/`` (``PA-2026-01``, ``XJH1234``), one space, then two or more digits
   ending the run: ``PA-2026-01 1903`` → ``PA-2026-011903``, ``XJH1234 56789`` →
   ``XJH123456789``. Not when the code is a whole date (``02/10/2026 15``) or a whole phone
   number (``555-0142 12``), not when it is a billing code, one letter and four digits
   (``J2350 600 mg``: a drug code and a dose), not when the digits go on as a date or a code
   (``A-12 02/10/2026``), and not when a unit or count word follows (``CMS-1500 12 pages``).

4. **A code split after a dash**: two to four capitals, a dash, one space, then three digits or
   more: ``HMI-PA- 8202-5947`` → ``HMI-PA-8202-5947``, ``PA- 2026-011903`` → ``PA-2026-011903``.
5. **Look-alike characters inside numbers**: Tesseract reads a ``0`` as ``O``, a ``1`` as ``l``,
   ``I`` or ``|``, a ``5`` as ``S``, an ``8`` as ``B``, and a dash as ``~``. Inside a word that is
   mostly digits (three or more, and no fewer digits than look-alikes): where it becomes a date, an
   amount of money or a phone number with every look-alike read as its digit, it is
   (``O7/l6/2026``, ``$S12.45``, ``555-Ol42``); where it becomes a run of digits with ``O``, ``l``,
   ``I`` and ``|`` read as digits, it is (``2O26``) — ``S`` and ``B`` stay, as they are letters of
   codes too (``83B-55736-82``). In any other code only an ``O``, ``l``, ``I`` or ``|`` with a
   digit on each side is read as a digit (``PA-2026-7O7043``). A ``~`` between two letters or
   digits is a dash.

Deliberately never joined: plain numbers side by side — ``Dec 4 2026``, ``page 2 of 3``, ``555
0142``, ``12 34`` — because real text is full of them and OCR cannot tell them from a split.
For those, :func:`search_variants` makes search find the split form instead.
"""

from __future__ import annotations

import re

from infusion_desk.core.text import map_characters

__all__ = ["normalise_numbers", "search_variants"]

# Rule 1: digit, separator, one space, digit (or digit, one space, separator, digit).
_SEPARATOR_THEN_SPACE = re.compile(r"(?<=\d)([/-]) (?=\d)")
_SPACE_THEN_SEPARATOR = re.compile(r"(?<=\d) ([/-])(?=\d)")
# An ID in capitals and digits split after one of its dashes: "1EG4-TE5- MK72".
_DASH_THEN_CODE = re.compile(r"(?<=\d)- (?=[A-Z0-9]*\d[A-Z0-9]*\b)")

# Rule 4: a code in capitals with a dash, split after another dash: "HMI-PA- 8202-5947".
_CODE_DASH_SPLIT = re.compile(r"(?:(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4}))- (?=\d{3})")

# Rule 5: look-alike characters in numbers.
_TILDE = re.compile(r"(?<=[A-Za-z0-9])~(?=[A-Za-z0-9])")
_ALL_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5",
                                 "B": "8"})
_ROUND_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_LOOKALIKE_WORD = re.compile(r"[\w|/.,$-]*\d[\w|/.,$-]*")
# Where every character must be a digit: a date, an amount of money, a phone number.
_DIGITS_ONLY_SHAPE = re.compile(r"\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})"
                                r"|\$\d{1,3}(?:,?\d{3})*\.\d{2}|(?:1-)?(?:\d{3}-)?\d{3}-\d{4}")
# A run of digits (maybe in groups): an S or a B there may be a letter of a code ("83B-55736").
_NUMBER_SHAPE = re.compile(r"\d[\d,]*(?:\.\d+)?|\d+(?:-\d+)+")
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[OolI|](?=\d)")

# Rule 2: money.
_MONEY_SPLIT = re.compile(r"(\$\d[\d,]*) (\d*\.\d{2})(?!\d)")
_MONEY_CENTS_SPLIT = re.compile(r"(\$\d[\d,]*)(?: \.|\. )(\d{2})(?![\d.,])")

# Rule 3: identifiers.
_IDENTIFIER_SPLIT = re.compile(
    r"(?<![\w$/-])"  # the code starts a word
    r"(?P<code>[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*)"
    r" (?P<digits>\d{2,})"
    r"(?=(?P<after>(?:[\s.,;:)\]]|$).{0,16}))",
    re.DOTALL,
)
_WHOLE_DATE = re.compile(r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")
_WHOLE_PHONE = re.compile(r"(?:1-)?(?:\d{3}-)?\d{3}-\d{4}")
_BILLING_CODE = re.compile(r"[A-Za-z]\d{4}")  # HCPCS J-codes and the like: a dose follows
# Words that say the number before them is a count or an amount, not the end of a code.
_UNITS = """mg mcg g gm kg ml l cc iu units unit u vial vials dose doses tab tabs tablets day days
    week weeks month months year years hour hours hr hrs min minutes visit visits infusion
    infusions page pages item items times x % claim claims refill refills pound pounds lb lbs
    dias días semanas meses años paginas páginas visitas dosis unidades"""
_UNIT_WORDS = frozenset(_UNITS.split())


def normalise_numbers(text: str) -> str:
    """``text`` with the spaces that OCR put inside numbers taken out (see the module's rules).

    Line breaks are kept; only single spaces inside a line are ever removed.
    """
    if not any(ch.isdigit() for ch in text):
        return text
    return "\n".join(_normalise_line(line) for line in text.split("\n"))


def _normalise_line(line: str) -> str:
    line = _TILDE.sub("-", line)
    line = _LOOKALIKE_WORD.sub(_digits_for_lookalikes, line)
    line = _CODE_DASH_SPLIT.sub("-", line)
    line = _join_separators(line)
    line = _MONEY_SPLIT.sub(r"\1\2", line)
    line = _MONEY_CENTS_SPLIT.sub(r"\1.\2", line)
    return _IDENTIFIER_SPLIT.sub(_join_identifier, line)


def _digits_for_lookalikes(match: re.Match[str]) -> str:
    word = match.group(0)
    core = word.rstrip(".,")
    tail = word[len(core):]
    digits = sum(ch.isdigit() for ch in core)
    lookalikes = sum(ch in "OolIS|B" for ch in core)
    if digits < 3 or not lookalikes:
        return word
    if lookalikes <= digits:
        every = map_characters(core, _ALL_LOOKALIKES)
        if _DIGITS_ONLY_SHAPE.fullmatch(every):
            return every + tail
        rounds = map_characters(core, _ROUND_LOOKALIKES)
        if _NUMBER_SHAPE.fullmatch(rounds):
            return rounds + tail
    return _BETWEEN_DIGITS.sub(lambda m: map_characters(m.group(0), _ROUND_LOOKALIKES), core) + tail


def _join_separators(line: str) -> str:
    # Both patterns need a digit right against the separator on one side, so a range written
    # with spaces on both sides ("2025 - 2026") never matches.
    line = _SPACE_THEN_SEPARATOR.sub(r"\1", line)
    line = _DASH_THEN_CODE.sub("-", line)
    return _SEPARATOR_THEN_SPACE.sub(r"\1", line)


def _join_identifier(match: re.Match[str]) -> str:
    code, digits, after = match.group("code"), match.group("digits"), match.group("after")
    whole = match.group(0)
    if sum(ch.isdigit() for ch in code) < 3:
        return whole  # "A1 23", "W-9 12": too short to be an identifier split in two
    has_letter = any(ch.isalpha() for ch in code)
    has_separator = "-" in code or "/" in code
    if not code[-1].isdigit() or not (has_letter or has_separator):
        return whole
    if _WHOLE_DATE.fullmatch(code) or _WHOLE_PHONE.fullmatch(code):
        return whole
    if _BILLING_CODE.fullmatch(code) or re.match(r"[/-]\d", after):
        return whole
    next_word = after.strip().split(" ", 1)[0].strip(".,;:)]").casefold() if after.strip() else ""
    if after[:1].isspace() and next_word in _UNIT_WORDS:
        return whole
    return code + digits


_MAX_VARIANTS = 64


def search_variants(token: str) -> set[str]:
    """``token`` and the forms OCR may have split it into: one space put between two digits,
    or beside a ``/``, ``-`` or ``.`` that stands between digits. ``PA-2026-011903`` gives
    ``PA-2026-01 1903``, ``PA-2026- 011903``, ``PA -2026-011903`` … (a token without digits
    gives just itself; at most 64 forms, the token first among equals).

    Meant for search: match any of them as a phrase (FTS5 or a plain substring search).
    """
    variants = {token}
    if not any(ch.isdigit() for ch in token) or " " in token.strip():
        return variants
    for position in range(1, len(token)):
        before, after = token[position - 1], token[position]
        between_digits = before.isdigit() and after.isdigit()
        beside_separator = (
            (before in "/-." and after.isdigit() and _digit_at(token, position - 2))
            or (after in "/-." and before.isdigit() and _digit_at(token, position + 1))
        )
        if between_digits or beside_separator:
            variants.add(token[:position] + " " + token[position:])
            if len(variants) >= _MAX_VARIANTS:
                break
    return variants


def _digit_at(token: str, index: int) -> bool:
    return 0 <= index < len(token) and token[index].isdigit()
