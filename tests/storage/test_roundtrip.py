"""Every record type survives a round trip through the folder, whatever text it holds: a folder
file, and a folder shared on the test PostgreSQL server."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from folder_engines import FolderPlace, folder_on

from infusion_desk.core.records import (
    Call,
    CallDirection,
    Contact,
    Document,
    DocumentKind,
    Plan,
    PlanRank,
    PlanType,
    Profile,
    Question,
    QuestionStatus,
    Request,
    SendMethod,
    Step,
    StepKind,
    StepStatus,
)
from infusion_desk.services import Folder


@pytest.fixture
def folder(place: FolderPlace) -> Iterator[Folder]:
    """On each engine: a folder file, and a folder shared on the test PostgreSQL server."""
    yield from folder_on(place)

TEXTS = [
    "Crème brûlée for Zoë Ångström",
    "Nguyễn Thị Hồng Nhung — Phường Bến Nghé",
    "Pump alarm again 😩💉 call back",
    "שלום, مرحبا بالعالم",  # right-to-left
    "tab\there, new\nline, bell\x07",
    "x" * 100_000,
]


def make_records(text: str) -> list[object]:
    return [
        Plan(payer=text, rank=PlanRank.SECONDARY, plan_type=PlanType.PART_D, plan_name=text,
             member_id="9XY2-AB3-CD45", group_number=text, member_phone="(800) 555-0142",
             effective_from=date(2026, 1, 1), effective_to=date(9999, 12, 31), notes=text),
        Contact(name=text, role="Intake coordinator", organization=text, phone="555-0123",
                hours="Mon–Fri 8–5", needs_from_us=text, notes=text),
        Step(kind=StepKind.PRIOR_AUTHORIZATION, title=text, status=StepStatus.APPROVED,
             reference_number="PA-2026-0042", approved_from=date(1, 1, 1),
             approved_to=date(2026, 12, 11), approved_quantity="42 infusion days", notes=text),
        Call(called_at=datetime(2026, 11, 3, 14, 5), direction=CallDirection.INCOMING,
             organization=text, person=text, reference_number="REF 7731", summary=text,
             outcome=text, follow_up_on=date(2026, 11, 10)),
        Question(text=text, ask_whom=text, status=QuestionStatus.NOT_NEEDED, answer=text),
        Request(what=text, requested_on=date(2026, 11, 1), requested_by=text,
                due_on=date(2026, 11, 8), submitted_on=date(2026, 11, 2), method=SendMethod.FAX,
                submitted_to=text, confirmation_number=text, notes=text),
    ]


@pytest.mark.parametrize("text", TEXTS, ids=lambda t: t[:12])
def test_every_record_type_round_trips(folder: Folder, text: str, place: FolderPlace) -> None:
    stored = [folder.records.add(r).value for r in make_records(text)]  # type: ignore[type-var]
    profile = Profile(patient_name=text, date_of_birth=date(1948, 2, 29), therapy=text,
                      dosing_schedule="every 24 hours", notes=text)
    folder.records.save_profile(profile)
    document = folder.records.add_document(
        Document(title=text, kind=DocumentKind.EOB, text=text,
                 document_date=date(2026, 10, 30)),
        b"abc",
    ).value
    folder.close()

    with place.open() as reopened:
        for record in stored:
            again = reopened.get(type(record), record.id)
            assert again == record
        assert reopened.profile() == profile
        got = reopened.get(Document, document.id)  # type: ignore[arg-type]
        assert got == dataclasses.replace(document, added_at=got.added_at)
        assert reopened.document_bytes(document.id) == b"abc"  # type: ignore[arg-type]


def test_lone_surrogates_are_stored_as_replacement_characters(folder: Folder) -> None:
    saved = folder.records.add(Contact(name="bad \udc80 half")).value
    assert saved.id is not None
    assert folder.get(Contact, saved.id).name == "bad \ufffd half"


def test_connection_settings(tmp_path: Path) -> None:  # SQLite's own: a folder file alone
    with Folder.create(tmp_path / "Settings.infusiondesk") as folder:
        conn = sqlite3.connect(folder.path)
        try:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            conn.close()
        store = folder._store
        with store.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_request_document_links_round_trip(folder: Folder) -> None:
    doc = folder.records.add_document(Document(title="Notes"), b"x").value
    assert doc.id is not None
    request = folder.records.add(Request(what="Clinical notes", document_ids=(doc.id,))).value
    assert request.id is not None
    assert folder.get(Request, request.id).document_ids == (doc.id,)
    assert [r.id for r in folder.requests_for_document(doc.id)] == [request.id]
