"""The one-page summary: always one page, the facts a reader across the desk needs, any text."""

from __future__ import annotations

import copy
import logging
import re
import unicodedata
from dataclasses import replace

import pytest
from report_samples import (
    LONG,
    NEWEST_CALL_REFERENCE,
    TODAY,
    char_boxes,
    media_boxes,
    page_count,
    page_sizes,
    page_texts,
)

from infusion_desk.core.records import (
    Call,
    Contact,
    Plan,
    Profile,
    Request,
    RequestState,
    StepStatus,
)
from infusion_desk.core.rules import request_state
from infusion_desk.reports import ranking, summary
from infusion_desk.reports.data import SummaryData, gather_summary_data
from infusion_desk.reports.styles import MARGIN
from infusion_desk.reports.summary import build_summary
from infusion_desk.reports.words import DISCLAIMER
from infusion_desk.services.folder import Folder

VIETNAMESE = "Nguyễn Thị Hồng Nhung"


def summary_text(pdf: bytes) -> str:
    texts = page_texts(pdf)
    assert len(texts) == 1
    return texts[0]


FOOTER_TOP = MARGIN + summary.FOOTER_HEIGHT - 6  # the disclaimer's two lines are below this


def assert_inside_the_page(pdf: bytes, paper_size: tuple[float, float]) -> None:
    """No character outside the margins, and nothing but the disclaimer in the footer band."""
    width, height = paper_size
    footer_top = FOOTER_TOP
    footer = []
    for char, (left, bottom, right, top) in char_boxes(pdf):
        assert left >= MARGIN - 1, char
        assert right <= width - MARGIN + 1, char
        assert bottom >= MARGIN - 3, char
        assert top <= height - MARGIN + 1, char
        if bottom < footer_top:
            footer.append(char)
    assert "".join(footer) == "".join(DISCLAIMER.split())


# ------------------------------------------------------------------------ always one page

def test_an_empty_folder_prints_one_page_that_says_what_belongs_there(
    empty_folder: Folder,
) -> None:
    pdf = build_summary(gather_summary_data(empty_folder, TODAY))

    assert page_count(pdf) == 1
    text = summary_text(pdf)
    assert "Patient name not filled in" in text
    assert "Printed on Wed, Mar 11, 2026" in text
    assert "No insurance plans written down yet." in text
    assert "No calls logged yet." in text
    assert "No requests written down yet." in text
    assert DISCLAIMER in text


def test_the_demo_folder_prints_one_page_with_what_matters(demo_data: SummaryData) -> None:
    pdf = build_summary(demo_data)

    assert page_count(pdf) == 1
    text = summary_text(pdf)
    primary = next(p for p in demo_data.plans if p.rank.value == "primary")
    approved = next(s for s in demo_data.steps
                    if s.status is StepStatus.APPROVED and s.approved_to is not None)
    newest_call = ranking.newest_calls_first(demo_data.calls)[0]
    overdue = ranking.open_requests(demo_data.requests, TODAY)[0]
    assert request_state(overdue, TODAY) is RequestState.OVERDUE
    assert newest_call.reference_number
    assert demo_data.profile.patient_name in text
    assert primary.member_id in text
    assert approved.reference_number in text
    assert newest_call.reference_number in text
    assert f"OVERDUE — {overdue.what}" in text
    # The demo has more than fit; the page says how many more and where they are.
    assert "more open requests are on the “Requests” tab of the app." in text
    assert "in the folder" not in text
    assert DISCLAIMER in text


def test_ten_thousand_records_and_five_thousand_character_fields_still_fit_one_page(
    big_folder: Folder,
) -> None:
    data = gather_summary_data(big_folder, TODAY)
    assert sum(vars(data.counts).values()) == 10_000
    assert len(data.profile.patient_name) == LONG

    pdf = build_summary(data)

    assert page_count(pdf) == 1
    text = summary_text(pdf)
    assert NEWEST_CALL_REFERENCE in text
    # "3,499" when the app's words are in place (its %n follows the locale), else "3499".
    more_calls = re.search(r"([\d,]+) more calls are on the “Calls” tab of the app\.", text)
    assert more_calls is not None
    assert 3490 <= int(more_calls.group(1).replace(",", "")) < 3500
    assert "Calls, newest first (3500)" in text  # the count the Calls tab shows
    assert "…" in text
    assert len(text) < 8000  # the 5,000-character fields were cut, not printed in full
    assert_inside_the_page(pdf, (612, 792))


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_demo_page_keeps_inside_its_margins(demo_data: SummaryData, paper: str) -> None:
    pdf = build_summary(demo_data, paper=paper)  # type: ignore[arg-type]
    size = (612.0, 792.0) if paper == "letter" else (595.3, 841.9)
    assert page_sizes(pdf) == [size]
    assert_inside_the_page(pdf, size)


def test_a4_is_an_option(demo_data: SummaryData) -> None:
    assert media_boxes(build_summary(demo_data, paper="a4")) == [(0, 0, 595.3, 841.9)]
    assert media_boxes(build_summary(demo_data)) == [(0, 0, 612.0, 792.0)]
    with pytest.raises(ValueError, match="letter"):
        build_summary(demo_data, paper="legal")  # type: ignore[arg-type]


def test_cut_lists_keep_the_most_urgent_first(demo_data: SummaryData) -> None:
    # Without the deadlines, which outrank a second overdue request (test_summary_deadlines).
    text = summary_text(build_summary(replace(demo_data, deadlines=())))
    ranked = ranking.open_requests(demo_data.requests, TODAY)
    last_overdue = max(i for i, r in enumerate(ranked)
                       if request_state(r, TODAY) is RequestState.OVERDUE)
    shown = [r for r in ranked if r.what[:40] in text]
    assert shown == ranked[: len(shown)]  # a prefix of the ranked list...
    assert len(shown) >= min(2, last_overdue + 1)  # ...that starts with the overdue ones
    hidden = len(ranked) - len(shown)
    assert f"{hidden} more open requests are on the “Requests” tab of the app." in text


# ------------------------------------------------------------------------ any text prints

def test_a_vietnamese_name_round_trips_through_the_pdf() -> None:
    decomposed = unicodedata.normalize("NFD", "Trần Văn Đức")
    data = SummaryData(
        today=TODAY,
        profile=Profile(patient_name=VIETNAMESE, therapy="Vancomycin 1,25 g IV"),
        contacts=(Contact(name=decomposed, phone="(555) 010-0101"),),
        plans=(Plan(payer="Bảo hiểm Y tế", member_id="VN-1234"),),
    )
    text = summary_text(build_summary(data))
    assert VIETNAMESE in text
    assert "Trần Văn Đức" in text  # typed in decomposed form, printed as one glyph per letter
    assert "Bảo hiểm Y tế" in text


def test_a_character_the_font_lacks_is_replaced_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    data = SummaryData(
        today=TODAY,
        profile=Profile(patient_name=f"{VIETNAMESE} 中文 🧪"),
        calls=(Call(organization="Plan 𝐀𝐁𝐂", reference_number="R-1"),),
    )
    with caplog.at_level(logging.WARNING, logger="infusion_desk.reports"):
        text = summary_text(build_summary(data))

    assert f"{VIETNAMESE} ?? ?" in text
    assert "Plan ABC" in text  # folded to letters the font has, not to "?"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "no glyph for 6 character(s)" in warnings[0]  # 中, 文, 🧪 and 𝐀, 𝐁, 𝐂
    for never in ("Nhung", "U+4E2D", "中", "𝐀"):  # a count only: never the person's text,
        assert never not in warnings[0]  # nor the characters that would spell it


def test_control_characters_and_markup_print_as_text() -> None:
    data = SummaryData(
        today=TODAY,
        profile=Profile(patient_name="A <b>bold</b> & co\x00\x07 name\ud800"),
        requests=(Request(what="Send <script> & the\tcard\r\nnow", due_on=TODAY),),
    )
    text = summary_text(build_summary(data))
    assert "A <b>bold</b> & co name" in text
    assert "Send <script> & the card now" in text


def test_a_page_too_small_for_even_the_least_says_the_rest_is_in_the_folder(
    demo_data: SummaryData, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(summary, "FOOTER_HEIGHT", 560.0)  # leaves room for the header only
    with caplog.at_level(logging.WARNING, logger="infusion_desk.reports"):
        pdf = build_summary(demo_data)
    assert page_count(pdf) == 1
    text = summary_text(pdf)
    assert demo_data.profile.patient_name in text
    assert "Coverage steps" not in text
    assert summary.CUT_NOTICE in text
    assert any("too tall" in r.getMessage() for r in caplog.records)
    frame_bottom = 792 - MARGIN - (792 - 2 * MARGIN - 560.0)
    footer_top = FOOTER_TOP
    body = [box for _char, box in char_boxes(pdf) if box[1] > footer_top]
    assert body
    assert all(bottom >= frame_bottom - 1 for _left, bottom, _right, _top in body)


def test_printing_does_not_change_the_data(demo_data: SummaryData) -> None:
    before = copy.deepcopy(demo_data)
    build_summary(demo_data)
    assert demo_data == before
