"""The measurement: corpus letters → degraded pictures → OCR engine → letter reader → scores.

``run`` does the work and returns a :class:`Report`; ``Report.table`` prints it (plain text or
Markdown) with the targets of issue 11 beside the figures, and ``Report.missed`` lists the targets
not met. The OCR engine and the letter reader are looked up when the measurement starts
(``load_tools``), so this module imports without them.
"""

from __future__ import annotations

import io
import json
import random
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

from PIL import Image

from infusion_desk.core.letter_facts import LetterFacts, LetterKind
from infusion_desk.core.ocr import OcrPage
from infusion_desk.core.records import Contact, Plan
from infusion_desk.demo.letter_corpus.degrade import DEGRADATIONS, FAX, PHOTO, degrade, encode
from infusion_desk.demo.letter_corpus.letters import DEFAULT_SEED, CorpusLetter, make_letters
from infusion_desk.demo.letter_corpus.scoring import (
    FIELDS,
    STRICT_FIELDS,
    FieldScores,
    character_accuracy,
    score_facts,
    word_recall,
)

RESOLUTION = 300  # dpi of the page pictures
TEXT_ONLY = "text"  # the row of facts read from the letter's own text, without OCR
WORD_TARGETS: dict[str, float] = {
    # Scans (a clean one, a crooked one, a photocopy, a faded letter) 0.95; faxes and photos 0.90.
    "clean": 0.95, "scan": 0.95, "photocopy": 0.95, "low_contrast": 0.95, FAX: 0.90, PHOTO: 0.90,
}
PRECISION_TARGET = 0.95
RECALL_TARGET = 0.90


class Reader(Protocol):
    def read_page(self, image: bytes) -> OcrPage: ...


class LetterReader(Protocol):
    def __call__(self, text: str, *, plans: Iterable[Plan], contacts: Iterable[Contact],
                 file_name: str = "", today: date) -> LetterFacts: ...


EngineFactory = Callable[[], AbstractContextManager[Any]]


class ToolsMissingError(Exception):
    """The OCR engine or the letter reader is not part of this installation (yet)."""


def load_tools() -> tuple[EngineFactory, LetterReader]:
    try:
        from infusion_desk.documents.ocr_engine import (  # type: ignore[import-not-found, unused-ignore]
            OcrEngine,
        )
    except ImportError as exc:
        raise ToolsMissingError("The OCR engine is not part of this installation yet, so "
                                "there is nothing to measure.") from exc
    try:
        from infusion_desk.core.letter_reading import (  # type: ignore[import-not-found, unused-ignore]
            read_letter,
        )
    except ImportError as exc:
        raise ToolsMissingError("The letter reader is not part of this installation yet, so "
                                "there is nothing to measure.") from exc
    return OcrEngine, read_letter


# ---------------------------------------------------------------------------------- samples
def quick_letters(letters: list[CorpusLetter]) -> list[CorpusLetter]:
    """One letter of each kind, the approval and the denial in Spanish: the ``--quick`` set."""
    spanish = {LetterKind.APPROVAL, LetterKind.DENIAL}
    chosen: dict[LetterKind, CorpusLetter] = {}
    for letter in letters:
        wanted = "es" if letter.labels.kind in spanish else "en"
        if letter.language == wanted:
            chosen.setdefault(letter.labels.kind, letter)
    return sorted(chosen.values(), key=lambda letter: letter.name)


@dataclass(frozen=True)
class Sample:
    letter: CorpusLetter
    how: str
    image: Image.Image

    @property
    def name(self) -> str:
        return f"{self.letter.name}-{self.how}"


def page_pictures(letters: Iterable[CorpusLetter]) -> Iterator[tuple[CorpusLetter, Image.Image]]:
    """Each letter's page at 300 dpi, drawn by PDFium in its worker process."""
    from infusion_desk.documents import PdfEngine

    with PdfEngine() as engine:
        for letter in letters:
            png = engine.render(letter.pdf, 0, RESOLUTION / 72)
            if png is None:
                raise RuntimeError(f"PDFium could not draw {letter.name}")
            with Image.open(io.BytesIO(png)) as picture:
                yield letter, picture.convert("RGB")


def samples(letters: list[CorpusLetter], *, seed: int = DEFAULT_SEED,
            pictures: Callable[[list[CorpusLetter]],
                               Iterable[tuple[CorpusLetter, Image.Image]]] = page_pictures,
            ) -> Iterator[Sample]:
    """Every letter in every degradation; every third phone photo is taken sideways."""
    for number, (letter, page) in enumerate(pictures(letters)):
        for how in DEGRADATIONS:
            rng = random.Random(f"{seed}-{letter.name}-{how}")
            yield Sample(letter, how, degrade(page, how, rng, turn=number % 3 == 0))


def prepared(items: Iterator[Sample]) -> Iterator[tuple[Sample, bytes]]:
    """Each sample with its picture's bytes, the next one made in a thread while the OCR
    worker reads this one (Pillow lets go of the interpreter while it draws)."""

    def next_one() -> tuple[Sample, bytes] | None:
        sample = next(items, None)
        return None if sample is None else (sample, encode(sample.image, sample.how, fast=True))

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="corpus") as pool:
        pending = pool.submit(next_one)
        while (item := pending.result()) is not None:
            pending = pool.submit(next_one)
            yield item


# ---------------------------------------------------------------------------------- scores
@dataclass
class RowScores:
    samples: int = 0
    characters: list[float] = field(default_factory=list)
    words: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    facts: FieldScores = field(default_factory=FieldScores)


def folder_for(letter: CorpusLetter) -> tuple[list[Plan], list[Contact], tuple[int, ...]]:
    """The plans and contacts of her folder as the letter arrives, and the ids (contacts
    negated) that stand for its sender: the plan the letter is about, another plan, and for a
    bill the provider who sent it."""
    plans = [Plan(payer=letter.plan_payer, member_id=letter.plan_member_id, id=1),
             Plan(payer="Medicare" if letter.plan_payer != "Medicare" else "Harborline Mutual "
                  "Insurance", member_id="9ZZ9-ZZ9-ZZ99", id=2)]
    contacts = [Contact(name="Intake desk", organization="Riverside Infectious Disease "
                        "Associates", id=1)]
    sender_ids: tuple[int, ...] = ()
    if letter.labels.kind is LetterKind.BILL:
        contacts.append(Contact(name="Billing office", organization=letter.labels.sender, id=2))
        sender_ids = (-2,)
    elif letter.labels.sender == letter.plan_payer:
        sender_ids = (1,)
    return plans, contacts, sender_ids


def read_facts(reader: LetterReader, letter: CorpusLetter, text: str, number: int) -> FieldScores:
    plans, contacts, sender_ids = folder_for(letter)
    facts = reader(text, plans=plans, contacts=contacts, file_name=f"Scan{number:04d}.png",
                   today=letter.labels.letter_date + timedelta(days=6))
    return score_facts(letter.labels, facts, sender_ids=sender_ids)


@dataclass
class Report:
    rows: dict[str, RowScores]
    letters: int
    wall_seconds: float = 0.0

    def total(self) -> RowScores:
        total = RowScores()
        for name, row in self.rows.items():
            if name == TEXT_ONLY:
                continue
            total.samples += row.samples
            total.characters += row.characters
            total.words += row.words
            total.seconds += row.seconds
            total.facts.add(row.facts)
        return total

    def missed(self) -> list[str]:
        """Each target not met, as a plain sentence."""
        out: list[str] = []
        for how, target in WORD_TARGETS.items():
            row = self.rows.get(how)
            if row and row.words and statistics.mean(row.words) < target:
                out.append(f"word recall on {how}: {statistics.mean(row.words):.3f} "
                           f"(target {target:.2f})")
        rows = {name: row for name, row in self.rows.items() if name != TEXT_ONLY}
        rows["all pictures"] = self.total()
        for how, row in rows.items():
            for name in STRICT_FIELDS:
                tally = row.facts.tallies[name]
                if tally.precision is not None and tally.precision < PRECISION_TARGET:
                    out.append(f"{name} precision on {how}: {tally.precision:.2f} "
                               f"(target {PRECISION_TARGET:.2f})")
                if tally.recall is not None and tally.recall < RECALL_TARGET:
                    out.append(f"{name} recall on {how}: {tally.recall:.2f} "
                               f"(target {RECALL_TARGET:.2f})")
        return out

    def table(self, *, markdown: bool = False) -> str:
        reading = [["picture", "pages", "characters", "words", "words target", "s/page"]]
        pictured = [(name, row) for name, row in self.rows.items() if name != TEXT_ONLY]
        for name, row in [*pictured, ("all pictures", self.total())]:
            reading.append([
                name, str(row.samples), _mean(row.characters), _mean(row.words),
                f"≥ {WORD_TARGETS[name]:.2f}" if name in WORD_TARGETS else "",
                f"{statistics.median(row.seconds):.2f}" if row.seconds else "—",
            ])
        columns = [*self.rows, "all pictures"]
        facts = [["fact (precision/recall)", *columns, "target"]]
        for name in FIELDS:
            line = [name]
            for column in columns:
                row = self.total() if column == "all pictures" else self.rows[column]
                tally = row.facts.tallies[name]
                line.append(f"{_figure(tally.precision)}/{_figure(tally.recall)}")
            line.append(f"≥ {PRECISION_TARGET:.2f}/{RECALL_TARGET:.2f}"
                        if name in STRICT_FIELDS else "")
            facts.append(line)
        note = (f"{self.letters} letters; “{TEXT_ONLY}” is the letter reader on the letters' "
                "own text, without OCR. s/page: median time to read a page while the next "
                "picture is made alongside (the OCR benchmark measures speed alone).")
        return "\n\n".join([_grid(reading, markdown=markdown), _grid(facts, markdown=markdown),
                            note])


def _mean(values: list[float]) -> str:
    return f"{statistics.mean(values):.3f}" if values else "—"


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _grid(rows: list[list[str]], *, markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    out = []
    for number, row in enumerate(rows):
        cells = [cell.ljust(width) if i == 0 else cell.rjust(width)
                 for i, (cell, width) in enumerate(zip(row, widths, strict=True))]
        out.append("  ".join(cells).rstrip())
        if number == 0:
            out.append("  ".join("-" * width for width in widths))
    return "\n".join(out)


# ---------------------------------------------------------------------------------- the run
def run(*, quick: bool = False, out: Path | None = None, seed: int = DEFAULT_SEED,
        engine_factory: EngineFactory, reader: LetterReader,
        progress: Callable[[str], None] | None = None,
        pictures: Callable[[list[CorpusLetter]],
                           Iterable[tuple[CorpusLetter, Image.Image]]] = page_pictures,
        ) -> Report:
    started = time.perf_counter()
    letters = make_letters(seed)
    if quick:
        letters = quick_letters(letters)
    rows: dict[str, RowScores] = {TEXT_ONLY: RowScores()}
    rows.update({how: RowScores() for how in DEGRADATIONS})
    for number, letter in enumerate(letters):
        rows[TEXT_ONLY].samples += 1
        rows[TEXT_ONLY].facts.add(read_facts(reader, letter, letter.text, number))
    if out is not None:
        _write_truth(out, letters)
    with engine_factory() as engine:
        made = samples(letters, seed=seed, pictures=pictures)
        for number, (sample, image) in enumerate(prepared(made)):
            clock = time.perf_counter()
            page: OcrPage = engine.read_page(image)
            seconds = time.perf_counter() - clock
            row = rows[sample.how]
            row.samples += 1
            row.seconds.append(seconds)
            row.characters.append(character_accuracy(sample.letter.text, page.text))
            row.words.append(word_recall(sample.letter.text, page.text))
            row.facts.add(read_facts(reader, sample.letter, page.text, number))
            if out is not None:
                _write_sample(out, sample, page)
            if progress is not None:
                progress(f"{sample.name}: {seconds:.2f} s, words {row.words[-1]:.2f}")
    return Report(rows, len(letters), time.perf_counter() - started)


def _write_truth(out: Path, letters: list[CorpusLetter]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    labels = {}
    for letter in letters:
        (out / f"{letter.name}.txt").write_text(letter.text + "\n", encoding="utf-8")
        (out / f"{letter.name}.pdf").write_bytes(letter.pdf)
        fields = {key: (value.isoformat() if isinstance(value, date) else value)
                  for key, value in letter.labels.__dict__.items() if key != "deadline"}
        deadline = letter.labels.deadline
        fields["deadline"] = None if deadline is None else {
            "words": deadline.words, "on": deadline.on.isoformat() if deadline.on else None,
            "days": deadline.days}
        labels[letter.name] = {"language": letter.language, "layout": letter.layout,
                               "typeface": letter.typeface, **fields}
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


def _write_sample(out: Path, sample: Sample, page: OcrPage) -> None:
    suffix = "jpg" if sample.how == PHOTO else "png"
    (out / f"{sample.name}.{suffix}").write_bytes(encode(sample.image, sample.how))
    (out / f"{sample.name}.ocr.txt").write_text(page.text, encoding="utf-8")
