"""The labelled letter corpus, its degradations, the scorer, and ``infusion-desk ocr-accuracy``
with a fake OCR engine and a fake letter reader (no OCR here: fast)."""

from __future__ import annotations

import io
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from infusion_desk.cli import EXIT_ERROR, EXIT_OK, main
from infusion_desk.core.letter_facts import Deadline, Found, LetterFacts, LetterKind
from infusion_desk.core.ocr import OcrPage
from infusion_desk.core.records import Contact, Plan
from infusion_desk.demo.letter_corpus import CorpusLetter, Labels, make_letters, measure
from infusion_desk.demo.letter_corpus.degrade import DEGRADATIONS, PHOTO_SIZE, degrade, encode
from infusion_desk.demo.letter_corpus.scoring import (
    character_accuracy,
    levenshtein,
    normalise,
    score_facts,
    word_recall,
)


@pytest.fixture(scope="module")
def letters() -> list[CorpusLetter]:
    return make_letters()


def _flat(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------- generator
def test_at_least_thirty_letters_of_every_kind_some_in_spanish(
    letters: list[CorpusLetter],
) -> None:
    assert len(letters) >= 30
    kinds = Counter(letter.labels.kind for letter in letters)
    assert set(kinds) == set(LetterKind) - {LetterKind.OTHER}
    assert sum(letter.language == "es" for letter in letters) >= 4
    assert len({letter.layout for letter in letters}) >= 4
    assert len({letter.typeface for letter in letters}) == 4
    assert len({letter.name for letter in letters}) == len(letters)
    assert all(letter.pdf.startswith(b"%PDF") for letter in letters)


def test_every_labelled_fact_is_printed_in_the_letter(letters: list[CorpusLetter]) -> None:
    for letter in letters:
        text, labels = _flat(letter.text), letter.labels
        numbers = [labels.authorization_number, labels.member_id, *labels.reference_numbers,
                   labels.quantity]
        for value in filter(None, numbers):
            assert value in text, (letter.name, value)
        assert labels.sender in text, letter.name
        if labels.deadline is not None:
            assert labels.deadline.words in text, letter.name
        for day in filter(None, [labels.letter_date, labels.approved_from, labels.approved_to]):
            assert _printed(day, text), (letter.name, day)
        if labels.kind is LetterKind.APPROVAL:
            assert labels.authorization_number and labels.approved_from and labels.quantity
        else:
            assert not labels.authorization_number and labels.deadline is not None


def _printed(day: date, text: str) -> bool:
    months_es = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre")
    forms = [f"{day:%m/%d/%Y}", f"{day:%B} {day.day}, {day.year}",
             f"{day:%b}. {day.day}, {day.year}",
             f"{day.day} de {months_es[day.month - 1]} de {day.year}"]
    return any(form in text for form in forms)


def test_spanish_letters_are_in_spanish(letters: list[CorpusLetter]) -> None:
    for letter in letters:
        if letter.language == "es":
            assert re.search(r"\b(de|del|número|Fecha)\b", letter.text), letter.name


def test_same_seed_same_bytes_other_seed_other_letters(letters: list[CorpusLetter]) -> None:
    again = make_letters()
    assert [(a.pdf, a.text, a.labels) for a in again] == \
        [(a.pdf, a.text, a.labels) for a in letters]
    other = make_letters(seed=7)
    assert [a.labels for a in other] != [a.labels for a in letters]


# ---------------------------------------------------------------------------------- degradations
@pytest.fixture(scope="module")
def page() -> Image.Image:
    """A letter-sized page with some text, as the renderer gives it (RGB, 300 dpi)."""
    picture = Image.new("RGB", (2550, 3300), "white")
    draw = ImageDraw.Draw(picture)
    for row in range(40):
        draw.text((200, 200 + row * 70), f"Line {row} of the letter PA-2026-{row:06d}",
                  fill="black", font_size=40)
    return picture


@pytest.mark.parametrize(
    ("how", "mode", "size"),
    [("clean", "L", (2550, 3300)), ("scan", "L", (2550, 3300)), ("fax", "1", (1275, 1650)),
     ("photocopy", "L", (2550, 3300)), ("photo", "RGB", PHOTO_SIZE),
     ("low_contrast", "L", (2550, 3300))],
)
def test_degradations_give_the_expected_pictures(
    page: Image.Image, how: str, mode: str, size: tuple[int, int]
) -> None:
    out = degrade(page, how, random.Random(1))
    assert (out.mode, out.size) == (mode, size)
    assert out.tobytes() != page.convert(mode).resize(size).tobytes() or how == "clean"
    assert out.tobytes() == degrade(page, how, random.Random(1)).tobytes()  # seeded
    with Image.open(io.BytesIO(encode(out, how))) as decoded:
        assert decoded.format == ("JPEG" if how == "photo" else "PNG")
        assert decoded.size == size


def test_a_sideways_photo_is_turned_a_quarter(page: Image.Image) -> None:
    out = degrade(page, "photo", random.Random(1), turn=True)
    assert out.size == (PHOTO_SIZE[1], PHOTO_SIZE[0])


def test_low_contrast_and_photocopy_lose_contrast(page: Image.Image) -> None:
    for how in ("low_contrast", "photocopy"):
        darkest, lightest = degrade(page, how, random.Random(2)).getextrema()
        assert darkest > 20 or lightest < 235, how


# ---------------------------------------------------------------------------------- scorer
def test_levenshtein_known_cases() -> None:
    assert levenshtein("", "abc") == 3
    assert levenshtein("kitten", "sitting") == 3
    assert levenshtein("same", "same") == 0
    assert levenshtein("PA-2026-011903", "PA-2026-O11903") == 1


def _slow_levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           previous + (ca != cb))
    return row[-1]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab c1", max_size=80), st.text(alphabet="ab c1", max_size=80))
def test_levenshtein_agrees_with_the_textbook_one(a: str, b: str) -> None:
    assert levenshtein(a, b) == _slow_levenshtein(a, b)


TRUTH = "Authorization number PA-2026-011903\nApproved from 03/01/2026 through 04/11/2026."


def test_perfect_reading_scores_one() -> None:
    assert character_accuracy(TRUTH, TRUTH) == 1.0
    assert word_recall(TRUTH, "  Authorization   number PA-2026-011903 Approved from "
                              "03/01/2026\n\nthrough 04/11/2026.") == 1.0


def test_one_missing_word() -> None:
    read = TRUTH.replace("from ", "")
    assert word_recall(TRUTH, read) == pytest.approx(7 / 8)
    assert character_accuracy(TRUTH, read) == pytest.approx(1 - 5 / len(normalise(TRUTH)))


def test_a_swapped_character() -> None:
    read = TRUTH.replace("PA-2026", "PA-2O26")
    assert character_accuracy(TRUTH, read) == pytest.approx(1 - 1 / len(normalise(TRUTH)))
    assert word_recall(TRUTH, read) == pytest.approx(7 / 8)


def test_numbers_split_by_the_ocr_still_count() -> None:
    read = TRUTH.replace("PA-2026-011903", "PA-2026-01 1903").replace("03/01", "03/ 01")
    assert word_recall(TRUTH, read) == 1.0
    assert normalise("March 13, 2026") == "March 13, 2026"  # a comma keeps its space


def _labels() -> Labels:
    return Labels(LetterKind.APPROVAL, "Silverpine Health Plans", date(2026, 3, 4),
                  authorization_number="SPX-PA-4471-0938", member_id="SPX448120457",
                  reference_numbers=("SPX-CD-118204",), approved_from=date(2026, 3, 5),
                  approved_to=date(2026, 4, 15), quantity="42 doses",
                  deadline=Deadline("by April 2, 2026", on=date(2026, 4, 2)))


def test_facts_all_right() -> None:
    facts = LetterFacts(
        kind=LetterKind.APPROVAL, sender=Found("SILVERPINE HEALTH PLANS"),
        letter_date=date(2026, 3, 4), authorization_number=Found("SPX-PA-4471-0938"),
        member_id=Found("SPX 448120457"), approved_from=date(2026, 3, 5),
        approved_to=date(2026, 4, 15), approved_quantity=Found("42 doses (one a day)"),
        reference_numbers=(Found("SPX-CD-118204"), Found("SPX-PA-4471-0938")),
        deadlines=(Deadline("by April 2", on=date(2026, 4, 2)),),
    )
    for name, tally in score_facts(_labels(), facts).tallies.items():
        assert (tally.precision, tally.recall) == (1.0, 1.0), name


def test_facts_wrong_missing_and_not_asked() -> None:
    facts = LetterFacts(kind=LetterKind.DENIAL, authorization_number=Found("SPX-PA-4471-0939"),
                        letter_date=date(2026, 3, 4))
    tallies = score_facts(_labels(), facts).tallies
    assert (tallies["authorization number"].precision, tallies["authorization number"].recall) \
        == (0.0, 0.0)
    assert (tallies["member ID"].precision, tallies["member ID"].recall) == (None, 0.0)
    assert tallies["letter date"].recall == 1.0
    assert tallies["kind"].precision == 0.0
    # A fact proposed from a letter that does not say it is wrong, not missed.
    no_auth = Labels(LetterKind.DENIAL, "Silverpine Health Plans", date(2026, 3, 4))
    tally = score_facts(no_auth, facts).tallies["authorization number"]
    assert (tally.right, tally.wrong, tally.missed) == (0, 1, 0)


def test_sender_matched_to_a_plan_counts() -> None:
    facts = LetterFacts(sender_plan_id=1)
    assert score_facts(_labels(), facts, sender_ids=(1,)).tallies["sender"].recall == 1.0
    assert score_facts(_labels(), facts, sender_ids=(2,)).tallies["sender"].precision == 0.0


# ---------------------------------------------------------------------------------- the command
class FakeEngine:
    """Reads back the letter whose picture it is given: the truth with one word dropped."""

    pages: ClassVar[list[int]] = []

    def __enter__(self) -> FakeEngine:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        return None

    def read_page(self, image: bytes) -> OcrPage:
        with Image.open(io.BytesIO(image)) as picture:
            self.pages.append(picture.width)
        return OcrPage(text=FakeEngine.text)

    text = ""


def fake_reader(text: str, *, plans: Iterable[Plan], contacts: Iterable[Contact],
                file_name: str = "", today: date) -> LetterFacts:
    """Finds the member ID of a plan of the folder, and nothing else."""
    found = next((plan.member_id for plan in plans if plan.member_id in text), None)
    return LetterFacts(member_id=Found(found) if found else None)


def _small_pictures(letters: list[CorpusLetter]) -> Iterator[tuple[CorpusLetter, Image.Image]]:
    """Tiny blank pages instead of PDFium's: the command's plumbing, not the drawing."""
    for letter in letters:
        FakeEngine.text = letter.text
        yield letter, Image.new("RGB", (255, 330), "white")


def test_the_command_prints_the_table_and_the_missed_targets(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    monkeypatch.setattr(measure, "load_tools", lambda: (FakeEngine, fake_reader))
    real_run = measure.run

    def run(**options: Any) -> measure.Report:
        return real_run(**options, pictures=_small_pictures)

    monkeypatch.setattr(measure, "run", run)
    assert main(["ocr-accuracy", "--quick", "--out", str(tmp_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "characters" in out and "word" in out
    for how in DEGRADATIONS:
        assert how in out
    assert re.search(r"^member ID\s+1\.00/1\.00", out, re.M)  # the "text" column
    assert "Targets missed:" in out
    assert "authorization number recall" in out  # the fake reader finds none
    assert len(FakeEngine.pages) == 6 * len(DEGRADATIONS)
    assert (tmp_path / "labels.json").exists()
    assert len(list(tmp_path.glob("*.ocr.txt"))) == 6 * len(DEGRADATIONS)


def test_markdown_table(monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    report = measure.Report(rows={measure.TEXT_ONLY: measure.RowScores(),
                                  "scan": measure.RowScores(1, [0.9], [0.96], [0.5])},
                            letters=1)
    table = report.table(markdown=True)
    assert "| scan | 1 | 0.900 | 0.960 | ≥ 0.95 | 0.50 |" in table
    assert report.missed() == []


def test_without_the_engine_it_says_so_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    def missing() -> None:
        raise measure.ToolsMissingError("The OCR engine is not part of this installation yet, "
                                        "so there is nothing to measure.")

    monkeypatch.setattr(measure, "load_tools", missing)
    assert main(["ocr-accuracy", "--quick"]) == EXIT_ERROR
    captured = capsys.readouterr()
    assert captured.err.strip() == ("The OCR engine is not part of this installation yet, so "
                                    "there is nothing to measure.")
    assert "Traceback" not in captured.err + captured.out
