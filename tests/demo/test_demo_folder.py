"""The demo folder: enough of everything, every state showing for the given day, nothing real."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from infusion_desk.core import rules
from infusion_desk.core.errors import FolderExistsError
from infusion_desk.core.records import (
    Call,
    Contact,
    Document,
    DocumentKind,
    Plan,
    Question,
    QuestionStatus,
    RecordKind,
    Request,
    RequestState,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.core.today import Consequence
from infusion_desk.demo import paperwork, story, write_demo_folder
from infusion_desk.services.folder import Folder

# A mid-year day, and one just after New Year (the story straddles two calendar years).
TODAYS = [date(2026, 3, 11), date(2027, 1, 3)]

FICTIONAL_PHONE = re.compile(r"^\(\d{3}\) 555-01\d{2}$")
# Anything that looks like a North American phone number, however it is written.
PHONE_LIKE = re.compile(r"(?<![\w-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}(?![\w-])")


@pytest.fixture(scope="module", params=TODAYS, ids=str)
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[Folder, date]]:
    today: date = request.param
    path = tmp_path_factory.mktemp("demo") / "Demo - Walter Brennan.infusiondesk"
    folder = write_demo_folder(path, today=today)
    yield folder, today
    folder.close()


def test_counts_meet_the_minimums(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    assert folder.count(Plan) >= 2
    assert folder.count(Contact) >= 6
    assert folder.count(Step) >= 5
    assert folder.count(Call) >= 25
    assert folder.count(Question) >= 15
    assert folder.count(Request) >= 20
    assert folder.count(Document) >= 12


def test_profile_is_fully_filled(demo: tuple[Folder, date]) -> None:
    folder, today = demo
    profile = folder.profile()
    empty = [f.name for f in dataclasses.fields(profile) if getattr(profile, f.name) in ("", None)]
    assert empty == []
    assert profile.patient_name == "Walter Brennan"
    assert profile.planned_duration == "6 weeks"
    assert profile.access_line == "PICC line, right arm"
    assert profile.start_date is not None
    assert today - timedelta(days=49) < profile.start_date < today
    # The essentials are in their own fields, not only in the notes.
    assert "sulfa" in profile.allergies.lower()
    assert "sulfa" not in profile.notes.lower()
    assert profile.treats.startswith("Osteomyelitis")
    assert profile.planned_end == profile.start_date + timedelta(days=41)
    assert profile.next_appointment_on == today + timedelta(days=8)
    assert "Okafor" in profile.next_appointment_with


def test_plans_have_ids_and_numbers(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    plans = folder.plans()
    assert all(p.member_id and p.member_phone for p in plans)
    assert sum(1 for p in plans if p.group_number) >= 2
    medicare = next(p for p in plans if p.payer == "Medicare")
    # The shape of a Medicare Beneficiary Identifier (letters S, L, O, I, B, Z never used).
    assert re.fullmatch(r"[1-9][AC-HJKMNP-RT-Y][0-9AC-HJKMNP-RT-Y]\d-[AC-HJKMNP-RT-Y]"
                        r"[0-9AC-HJKMNP-RT-Y]\d-[AC-HJKMNP-RT-Y]{2}\d{2}", medicare.member_id)


def test_contacts_say_what_they_need(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    for contact in folder.contacts():
        assert contact.role and contact.organization and contact.phone and contact.hours
        assert contact.needs_from_us


def test_every_request_state_shows_for_the_given_day(demo: tuple[Folder, date]) -> None:
    folder, today = demo
    requests = folder.requests()
    states = {rules.request_state(r, today) for r in requests}
    assert states == set(RequestState)
    for request in requests:
        state = rules.request_state(request, today)
        if state is RequestState.OPEN and request.due_on is not None:
            assert request.due_on >= today
        if state is RequestState.OVERDUE:
            assert request.due_on is not None and request.due_on < today
        if state in (RequestState.SENT, RequestState.CONFIRMED):
            assert request.method is not None and request.submitted_to
    sent = [r for r in requests if r.submitted_on is not None]
    assert any(r.document_ids for r in sent)
    assert any(r.confirmation_number for r in sent)


def test_an_approval_ends_within_two_weeks(demo: tuple[Folder, date]) -> None:
    folder, today = demo
    ending = [s for s in folder.steps() if rules.approval_ends_soon(s, today)]
    assert [s.reference_number for s in ending] == [story.AUTH_NUMBER]
    (approval,) = ending
    assert approval.kind is StepKind.PRIOR_AUTHORIZATION
    assert approval.approved_from is not None and approval.approved_from < today
    assert approval.approved_quantity
    items = folder.today(today)
    reasons = {item.reason for item in items}
    assert {"Approval ending soon", "Overdue request", "Follow-up due", "Open question"} <= reasons
    # No renewal is under way (the extension is only planned): the approval leads Today.
    assert (items[0].kind, items[0].record_id) == (RecordKind.STEP, approval.id)
    assert items[0].consequence is Consequence.CAN_STOP_THERAPY
    assert items[0].whom.phone == story.SILVERPINE_PA_PHONE  # the desk that renews
    ranks = [item.consequence for item in items]
    assert ranks == sorted(ranks)


def test_steps_cover_the_usual_path_in_several_states(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    by_kind = {s.kind: s for s in folder.steps()}
    assert by_kind[StepKind.BENEFITS_VERIFICATION].status is StepStatus.APPROVED
    assert by_kind[StepKind.PRIOR_AUTHORIZATION].status is StepStatus.APPROVED
    coordination = by_kind[StepKind.PROVIDER_COORDINATION]
    assert coordination.status is StepStatus.WAITING and coordination.waiting_on
    assert by_kind[StepKind.REAUTHORIZATION].status is StepStatus.NOT_STARTED
    assert StepKind.APPEAL in by_kind


def test_calls_span_six_weeks_with_references_and_follow_ups(demo: tuple[Folder, date]) -> None:
    folder, today = demo
    calls = folder.calls()
    days = [c.called_at.date() for c in calls]
    assert min(days) >= today - timedelta(days=49)
    assert max(days) < today
    assert max(days) - min(days) >= timedelta(days=35)
    assert sum(1 for c in calls if c.reference_number) >= 15
    assert all(c.summary and c.outcome and c.person and c.phone for c in calls)
    assert sum(1 for c in calls if c.contact_id is not None) >= 20
    assert sum(1 for c in calls if c.step_id is not None) >= 15
    assert any(rules.follow_up_due(c, today) for c in calls)
    assert any(c.follow_up_on and c.follow_up_on > today for c in calls)
    assert any(c.follow_up_done for c in calls)


def test_questions_answered_on_calls_and_stuck_ones_open(demo: tuple[Folder, date]) -> None:
    folder, today = demo
    questions = folder.questions()
    calls = {c.id: c for c in folder.calls()}
    answered = [q for q in questions if q.status is QuestionStatus.ANSWERED]
    assert len(answered) >= 8
    for question in answered:
        call = calls[question.answered_call_id]
        assert question.answer and question.answered_on == call.called_at.date()
    assert sum(1 for q in questions if q.status is QuestionStatus.OPEN) >= 5

    stuck = [q for q in questions if q.text in rules.STUCK_QUESTIONS]
    assert sorted(q.text for q in stuck) == sorted(rules.STUCK_QUESTIONS)
    assert {q.status for q in stuck} == {QuestionStatus.OPEN}
    (request_id,) = {q.request_id for q in stuck}
    assert request_id is not None
    stuck_on = folder.get(Request, request_id)
    assert rules.request_state(stuck_on, today) is RequestState.OVERDUE


def test_documents_are_real_files_of_many_kinds(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    documents = folder.documents()
    media = {d.media_type for d in documents}
    assert {"application/pdf", "image/jpeg", "image/png", "message/rfc822", "text/plain"} <= media
    assert {d.kind for d in documents} >= {
        DocumentKind.PA_DECISION, DocumentKind.PLAN_LETTER, DocumentKind.EOB,
        DocumentKind.PRESCRIPTION, DocumentKind.CLINICAL_NOTES, DocumentKind.PLAN_DOCUMENT,
        DocumentKind.EMAIL,
    }
    for document in documents:
        assert document.id is not None
        data = folder.document_bytes(document.id)
        assert hashlib.sha256(data).hexdigest() == document.sha256
        assert document.title and document.received_on and document.sender
        assert document.preview_ok
        if document.media_type == "application/pdf":
            assert data.startswith(b"%PDF")
            assert folder.thumbnail(document.id) is not None
            assert len(folder.page_texts(document.id)) == document.page_count >= 1
    assert max(d.page_count for d in documents) >= 3
    pdf_texts = " ".join(folder.document_text(d.id or 0) for d in documents
                         if d.media_type == "application/pdf")
    assert "THIS IS NOT A BILL" in pdf_texts
    assert "Medicare Summary Notice" in pdf_texts


def test_search_finds_the_auth_number_inside_the_approval_letter(
    demo: tuple[Folder, date],
) -> None:
    folder, _ = demo
    letter = next(d for d in folder.documents() if d.kind is DocumentKind.PA_DECISION)
    hits = [h for h in folder.search(story.AUTH_NUMBER) if h.kind is RecordKind.DOCUMENT]
    hit = next(h for h in hits if h.record_id == letter.id)
    assert hit.page == 1
    assert story.AUTH_NUMBER in folder.page_texts(hit.record_id)[0]
    assert letter.original_name.endswith(".pdf")


def test_search_finds_member_ids_and_the_diagnosis(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    for member_id in (story.MEDICARE_ID, story.PART_D_ID):
        kinds = {h.kind for h in folder.search(member_id)}
        assert {RecordKind.PLAN, RecordKind.DOCUMENT} <= kinds, member_id
    kinds = {h.kind for h in folder.search("osteomyelitis")}
    assert {RecordKind.PROFILE, RecordKind.DOCUMENT} <= kinds


def test_folder_check_is_ok(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    report = folder.check()
    assert report.ok, (report.integrity_problems, report.damaged_documents)


def _all_text(folder: Folder) -> list[str]:
    records: list[Any] = [folder.profile(), *folder.plans(), *folder.contacts(),
                          *folder.steps(), *folder.calls(), *folder.questions(),
                          *folder.requests(), *folder.documents()]
    texts = [getattr(r, f.name) for r in records for f in dataclasses.fields(r)
             if isinstance(getattr(r, f.name), str)]
    for document in folder.documents():
        assert document.id is not None
        texts += folder.page_texts(document.id)
    return texts


def test_every_phone_number_is_a_fictional_555_01xx_number(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    fields = [p.member_phone for p in folder.plans()] + [p.pa_phone for p in folder.plans()]
    fields += [p.pa_fax for p in folder.plans()]
    fields += [c.phone for c in folder.contacts()] + [c.fax for c in folder.contacts()]
    fields += [c.phone for c in folder.calls()]
    assert all(FICTIONAL_PHONE.match(value) for value in fields if value), fields
    assert len([f for f in fields if f]) >= 40

    found = [m.group() for text in _all_text(folder) for m in PHONE_LIKE.finditer(text)]
    assert len(found) >= 50  # the check below is not vacuous
    not_fictional = [n for n in found if not re.search(r"555[\s.-]*01\d\d$", n)]
    assert not_fictional == []


def test_nothing_names_a_real_insurer(demo: tuple[Folder, date]) -> None:
    folder, _ = demo
    text = " ".join(_all_text(folder)).lower()
    for brand in ("aetna", "humana", "cigna", "unitedhealth", "anthem", "blue cross",
                  "kaiser", "wellcare", "centene", "optum", "caremark", "express scripts"):
        assert brand not in text


def test_same_day_gives_the_same_files(demo: tuple[Folder, date]) -> None:
    folder, today = demo
    made = [hashlib.sha256(p.make()).hexdigest()
            for p in paperwork.papers(story.Timeline(today))]
    assert made == [hashlib.sha256(p.make()).hexdigest()
                    for p in paperwork.papers(story.Timeline(today))]
    stored = sorted(folder.documents(), key=lambda d: d.id or 0)
    assert [d.sha256 for d in stored] == made


def test_refuses_a_path_that_exists(tmp_path: Path) -> None:
    path = tmp_path / "Demo.infusiondesk"
    path.write_bytes(b"somebody's folder")
    with pytest.raises(FolderExistsError):
        write_demo_folder(path, today=TODAYS[0])
    assert path.read_bytes() == b"somebody's folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Demo.infusiondesk"]


def test_a_failure_half_way_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_: object) -> list[paperwork.Paper]:
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(paperwork, "papers", broken)
    path = tmp_path / "Demo.infusiondesk"
    with pytest.raises(RuntimeError, match="printer on fire"):
        write_demo_folder(path, today=TODAYS[0])
    assert list(tmp_path.iterdir()) == []


def test_defaults_to_the_real_today(tmp_path: Path) -> None:
    with write_demo_folder(tmp_path / "Demo.infusiondesk") as folder:
        today = date.today()
        assert any(rules.approval_ends_soon(s, today) for s in folder.steps())
        assert {rules.request_state(r, today) for r in folder.requests()} == set(RequestState)
