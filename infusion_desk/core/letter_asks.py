"""What a letter asks to be sent, and by when: read from its text by plain rules.

:func:`asks_for` lists what a request for information asks for (a list after a colon, or the
sentence after "please send") and :func:`asked_of` who must send it; :func:`deadlines` finds
her time limits ("within 30 days", "by January 1, 2027"), not the sender's own. Used by
:func:`core.letter_reading.read_letter`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from infusion_desk.core.letter_facts import Deadline, Found
from infusion_desk.core.letter_text import SIGN_OFF, LetterText, dates_in, plausible_date
from infusion_desk.core.text import fold

# ----------------------------------------------------------------------------------- requests

_ASKS = re.compile(
    r"\b(please send( us)?|we (also |still )?need|send us|we are missing|we have not received"
    r"|necesitamos|por favor,? env[ií]e(nos)?|env[ií]enos|nos falta)\b\s*(?P<rest>.*)$",
    re.IGNORECASE)
_ITEM = re.compile(r"^\s*(?:[-•*·▪o]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+(?P<item>.+)$")
_INTRO = re.compile(r"^(the following|following|these|lo siguiente|los siguientes"
                    r"|the following (information|documents|items|records))\b[^:]*:?\s*$|^:?\s*$",
                    re.IGNORECASE)


def sentence_lines(lines: Sequence[str]) -> list[str]:
    """The lines, with an ask that OCR broke over two lines joined back: a line that does not
    end a sentence or a label, followed by one that starts in lower case, when only the two
    together ask for something ("To review it, we" / "need the following from your doctor:")."""
    out: list[str] = []
    for line in lines:
        if (out and line[:1].islower() and not re.search(r"[.:;!?]\s*$", out[-1])
                and not _ITEM.match(line) and not _ASKS.search(out[-1])
                and not _ASKS.search(line) and _ASKS.search(f"{out[-1]} {line}")):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def asks_for(text: LetterText) -> tuple[Found, ...]:
    lines = sentence_lines(text.nonempty())
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
        elif items and not items[-1].value.endswith((".", ";")) and not SIGN_OFF.match(line):
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


_WHO = re.compile(
    r"\b(?:from|by|de|por)\s+(?P<who>(?:your|the|su|el|la|tu)\s+(?:(?:prescribing|treating|ordering)"
    r"\s+)?(?:doctor(?:'s office)?|physician|prescriber|provider|pharmacy|infusion (?:company|"
    r"pharmacy|provider)|m[eé]dico(?: que receta)?|doctora?|proveedor|farmacia)|you|usted)\b",
    re.IGNORECASE)


def asked_of(text: LetterText) -> Found | None:
    """Who must send what a request for information asks for ("from your doctor"), when the
    letter says so where it asks."""
    lines = sentence_lines(text.nonempty())
    for index, line in enumerate(lines):
        if _ASKS.search(line) is None:
            continue
        for near in lines[index:index + 2]:
            m = _WHO.search(near)
            if m is not None:
                return Found(" ".join(m["who"].split()), near)
    return None


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


def deadlines(text: LetterText, letter_date: date | None, today: date) -> tuple[Deadline, ...]:
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
        dated = next(dates_in(m["rest"]), None)
        if dated is None or dated.start != 0 or not plausible_date(dated.on, today):
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
