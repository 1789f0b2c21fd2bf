"""Numbers split by OCR are joined again, and real separate numbers are left apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infusion_desk.core.ocr_text import normalise_numbers, search_variants


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # an identifier split inside its digits
        ("PA-2026-01 1903", "PA-2026-011903"),
        ("Authorization PA-2026-01 1903.", "Authorization PA-2026-011903."),
        ("Member ID: XJH1234 56789", "Member ID: XJH123456789"),
        ("ref (AUTH2026 0042)", "ref (AUTH20260042)"),
        ("Nº de autorización PA-2026-01 1903, válida", "Nº de autorización PA-2026-011903, válida"),
        ("claim 2026/1 18844 was paid", "claim 2026/118844 was paid"),
        # a separator with a space on one side
        ("02/ 10/2026", "02/10/2026"),
        ("02 /10/2026", "02/10/2026"),
        ("from 02/10/ 2026 to 08/10/2026", "from 02/10/2026 to 08/10/2026"),
        ("PA-2026- 011903", "PA-2026-011903"),
        ("call 1-800-555 -0142.", "call 1-800-555-0142."),
        ("1-800- 555-0142", "1-800-555-0142"),
        # money
        ("$31 2.45", "$312.45"),
        ("You may owe $1,31 2.45 now", "You may owe $1,312.45 now"),
        ("$312. 45", "$312.45"),
        ("$312 .45", "$312.45"),
        # several on one line, and lines kept
        ("PA-2026-01 1903 on 02/ 10/2026\n$31 2.45", "PA-2026-011903 on 02/10/2026\n$312.45"),
    ],
)
def test_splits_are_joined(read: str, meant: str) -> None:
    assert normalise_numbers(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Dec 4 2026",
        "December 4, 2026",
        "page 2 of 3",
        "Page 1 of 2 12345",
        "call 555 0142",
        "(555) 555 0142",
        "12 34",
        "2 infusions of 300 mg",
        "J2350 600 mg every 6 months",
        "J2350 600",
        "Q0138 510 mg",
        "Form CMS-1500 12 pages",
        "within 60 days, by 12/15/2026",
        "Approved 02/10/2026 15 infusions",
        "from 02/10/2026 08/10/2026",
        "2025 - 2026",
        "pages 1 - 3",
        "Plan paid $280.00 12 visits",
        "$40 copay, 2 visits",
        "copay $40 2 times",
        "call 555-0142 12 times",
        "Ref A1 23",
        "Form W-9 12",
        "ID XJH123 Group 45",
        "PA-2026-01 02/10/2026",
        "Suite 200 30309",
        "Atlanta, GA 30309 1234",
        "",
        "No numbers here at all.",
    ],
)
def test_separate_numbers_stay_apart(text: str) -> None:
    assert normalise_numbers(text) == text


def test_joining_twice_changes_nothing_more() -> None:
    once = normalise_numbers("PA-2026-01 1903 $31 2.45 02/ 10/2026 Dec 4 2026")
    assert normalise_numbers(once) == once


@given(st.text(alphabet="0123456789 /-$.,ACXJ\n", max_size=40))
def test_only_spaces_are_ever_removed(text: str) -> None:
    joined = normalise_numbers(text)
    assert joined.replace(" ", "") == text.replace(" ", "")
    assert joined.count("\n") == text.count("\n")


@given(st.text(alphabet="0123456789 /-$.,ACXJOlIBS|~\n", max_size=40))
def test_besides_spaces_only_look_alikes_become_digits(text: str) -> None:
    joined = normalise_numbers(text).replace(" ", "")
    before = text.replace(" ", "")
    assert len(joined) == len(before)
    digit_of = {"O": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8", "~": "-"}
    for was, now in zip(before, joined, strict=True):
        assert now == was or digit_of.get(was) == now


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # Tesseract's look-alikes inside numbers: O for 0, l / I / | for 1, S for 5, B for 8
        ("Date: O7/l6/2026", "Date: 07/16/2026"),
        ("Fecha de nacimiento: 1O/O1/195O.", "Fecha de nacimiento: 10/01/1950."),
        ("Call 1-8OO-555-O1OO (TTY 711).", "Call 1-800-555-0100 (TTY 711)."),
        ("You may owe $1,2O2.29 now", "You may owe $1,202.29 now"),
        ("Amount due: $S12.45", "Amount due: $512.45"),
        ("Phone (614) 555-Ol42", "Phone (614) 555-0142"),
        ("the year 2O26", "the year 2026"),
        ("Authorization PA-2026-7O7043", "Authorization PA-2026-707043"),
        ("HMI-PA-1764-24|1", "HMI-PA-1764-2411"),
        # a dash read as a tilde, and a code split after a dash
        ("Authorization number HMI-PA~1764-2461", "Authorization number HMI-PA-1764-2461"),
        ("Número de autorización HMI-PA- 8202-5947", "Número de autorización HMI-PA-8202-5947"),
        ("Auth # PA- 2026-011903", "Auth # PA-2026-011903"),
    ],
)
def test_look_alikes_and_split_codes_are_read_as_meant(read: str, meant: str) -> None:
    assert normalise_numbers(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Claim number 83B-55736-82",  # a B that is a letter of the code
        "Medicare Number: 1EG4-TE5-MK73",
        "Code A1B2C3",
        "Vitamin B12, 1000 mcg",
        "SOS BIOS Ohio",
        "Room 1O1",  # too short to be sure it is a number
        "Part B - 2026",
    ],
)
def test_letters_that_belong_are_left_alone(text: str) -> None:
    assert normalise_numbers(text) == text


def test_search_variants_find_the_split_forms() -> None:
    variants = search_variants("PA-2026-011903")

    assert "PA-2026-011903" in variants
    assert "PA-2026-01 1903" in variants
    assert "PA-2026- 011903" in variants
    assert "PA-2026 -011903" in variants
    assert "PA -2026-011903" not in variants  # no digit before that dash
    assert all(v.replace(" ", "") == "PA-2026-011903" for v in variants)
    assert all(v.count(" ") <= 1 for v in variants)


@pytest.mark.parametrize(
    ("token", "split"),
    [("$312.45", "$31 2.45"), ("$312.45", "$312. 45"), ("02/10/2026", "02/ 10/2026"),
     ("XJH123456789", "XJH1234 56789"), ("5550142", "555 0142")],
)
def test_search_variants_cover_what_tesseract_writes(token: str, split: str) -> None:
    assert split in search_variants(token)


@pytest.mark.parametrize("token", ["Ocrevus", "approved", "A-B", ""])
def test_words_without_digits_are_searched_as_they_are(token: str) -> None:
    assert search_variants(token) == {token}


def test_a_long_number_gives_a_bounded_number_of_variants() -> None:
    assert len(search_variants("1" * 500)) <= 64


def test_a_split_anywhere_in_the_last_digits_is_joined_back() -> None:
    # Where Tesseract splits: inside the long run at the end, or beside a separator. (A split
    # leaving fewer than three digits before it, "PA-2 026-011903", or one digit after it,
    # "PA-2026-01190 3", is found by search only.)
    token = "PA-2026-011903"
    splits = [v for v in search_variants(token) if " " in v and 7 <= v.index(" ") < len(token) - 1]
    assert len(splits) == 6
    for variant in splits:
        assert normalise_numbers(f"Auth {variant} approved") == "Auth PA-2026-011903 approved"
