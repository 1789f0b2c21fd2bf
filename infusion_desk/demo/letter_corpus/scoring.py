"""Scoring what was read against what the letter says: characters, words, and each fact.

Plain functions on plain data, no OCR: the measurement (``measure``) feeds them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from infusion_desk.core.letter_facts import LetterFacts, LetterKind
from infusion_desk.demo.letter_corpus.letter_setup import Labels

# Tesseract splits digit runs ("PA-2026-01 1903", "$31 2.45", "02/ 10/2026"): join them again.
# Only within a line, and not after a comma ("March 13, 2026" stays two words).
_SPLIT_NUMBER = re.compile(r"(?<=\d)[ \t]+(?=[\d/.,-])|(?<=\d[/.-])[ \t]+(?=\d)")
_EDGE_PUNCTUATION = "\"'.,;:()[]!?¡¿*·•|"

FIELDS: tuple[str, ...] = (
    "authorization number", "member ID", "letter date", "kind", "sender", "approved period",
    "quantity", "deadline", "reference numbers",
)
STRICT_FIELDS: tuple[str, ...] = ("authorization number", "member ID", "letter date")


def normalise(text: str) -> str:
    """Number runs joined within each line, then whitespace collapsed to single spaces."""
    return " ".join(_SPLIT_NUMBER.sub("", text).split())


def words(text: str) -> list[str]:
    out = []
    for token in normalise(text).split():
        word = token.strip(_EDGE_PUNCTUATION).casefold()
        if word:
            out.append(word)
    return out


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions), bit-parallel (Myers / Hyyrö)."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if len(a) > len(b):
        a, b = b, a
    peq: dict[str, int] = {}
    for i, char in enumerate(a):
        peq[char] = peq.get(char, 0) | (1 << i)
    full = (1 << len(a)) - 1
    last = 1 << (len(a) - 1)
    pv, mv, score = full, 0, len(a)
    for char in b:
        eq = peq.get(char, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = (mh | ~(xv | ph)) & full
        mv = ph & xv
    return score


def character_accuracy(truth: str, read: str) -> float:
    """1 − edit distance / length of the truth, on normalised whitespace (never below 0)."""
    expected, got = normalise(truth), normalise(read)
    if not expected:
        return 1.0 if not got else 0.0
    return max(0.0, 1.0 - levenshtein(expected, got) / len(expected))


def word_recall(truth: str, read: str) -> float:
    """The share of the letter's words (counted with repeats) found among the words read."""
    expected = Counter(words(truth))
    if not expected:
        return 1.0
    found = expected & Counter(words(read))
    return sum(found.values()) / sum(expected.values())


# ---------------------------------------------------------------------------------- facts
@dataclass
class Tally:
    """True positives, false positives and misses of one field."""

    right: int = 0
    wrong: int = 0  # proposed, but not what the letter says (or the letter says nothing)
    missed: int = 0  # the letter says it, and it was not proposed rightly

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.wrong += other.wrong
        self.missed += other.missed

    @property
    def precision(self) -> float | None:
        proposed = self.right + self.wrong
        return self.right / proposed if proposed else None

    @property
    def recall(self) -> float | None:
        labelled = self.right + self.missed
        return self.right / labelled if labelled else None


@dataclass
class FieldScores:
    tallies: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FIELDS})

    def add(self, other: FieldScores) -> None:
        for name, tally in other.tallies.items():
            self.tallies[name].add(tally)


def _ident(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


def _one(expected: object, proposed: object) -> Tally:
    tally = Tally()
    if proposed is not None and proposed == expected:
        tally.right = 1
        return tally
    if proposed is not None:
        tally.wrong = 1
    if expected is not None:
        tally.missed = 1
    return tally


def _first_number(text: str) -> str | None:
    found = re.search(r"\d+", normalise(text))
    return found.group() if found else None


def _sender_matches(labels: Labels, facts: LetterFacts, sender_ids: tuple[int, ...]) -> bool:
    if facts.sender_plan_id is not None and facts.sender_plan_id in sender_ids:
        return True
    if facts.sender_contact_id is not None and -facts.sender_contact_id in sender_ids:
        return True
    if facts.sender is None:
        return False
    got, want = _ident(facts.sender.value), _ident(labels.sender)
    return len(got) >= 4 and (got in want or want in got)


def _deadline_matches(labels: Labels, facts: LetterFacts) -> bool:
    want = labels.deadline
    if want is None:
        return False
    return any((want.on is not None and found.on == want.on)
               or (want.days is not None and found.days == want.days)
               for found in facts.deadlines)


def score_facts(labels: Labels, facts: LetterFacts, *, sender_ids: tuple[int, ...] = ()
                ) -> FieldScores:
    """Each field of ``facts`` against the labels. ``sender_ids``: the plan ids (and, negated,
    contact ids) that stand for the letter's sender in the folder it was read in."""
    scores = FieldScores()
    t = scores.tallies

    def ident(value: str) -> str | None:
        return _ident(value) or None

    t["authorization number"] = _one(
        ident(labels.authorization_number),
        ident(facts.authorization_number.value) if facts.authorization_number else None)
    t["member ID"] = _one(ident(labels.member_id),
                          ident(facts.member_id.value) if facts.member_id else None)
    t["letter date"] = _one(labels.letter_date, facts.letter_date)
    t["kind"] = _one(labels.kind if labels.kind is not LetterKind.OTHER else None,
                     facts.kind if facts.kind is not LetterKind.OTHER else None)
    sender_ok = _sender_matches(labels, facts, sender_ids)
    proposed_sender = facts.sender is not None or facts.sender_plan_id is not None \
        or facts.sender_contact_id is not None
    t["sender"] = _one(labels.sender or None,
                       labels.sender if sender_ok else ("?" if proposed_sender else None))
    want_period: tuple[date | None, date | None] | None = (
        (labels.approved_from, labels.approved_to)
        if labels.approved_from or labels.approved_to else None)
    got_period = ((facts.approved_from, facts.approved_to)
                  if facts.approved_from or facts.approved_to else None)
    t["approved period"] = _one(want_period, got_period)
    t["quantity"] = _one(
        _first_number(labels.quantity) if labels.quantity else None,
        _first_number(facts.approved_quantity.value) if facts.approved_quantity else None)
    deadline_ok = _deadline_matches(labels, facts)
    t["deadline"] = _one("yes" if labels.deadline else None,
                         "yes" if deadline_ok else ("?" if facts.deadlines else None))
    t["reference numbers"] = _references(labels, facts)
    return scores


def _references(labels: Labels, facts: LetterFacts) -> Tally:
    want = {_ident(r) for r in labels.reference_numbers}
    # The authorization number is a reference number too: listing it again is not wrong.
    also_fine = {_ident(labels.authorization_number)} - {""}
    got = {_ident(f.value) for f in facts.reference_numbers} - {""}
    return Tally(right=len(got & want), wrong=len(got - want - also_fine),
                 missed=len(want - got))
