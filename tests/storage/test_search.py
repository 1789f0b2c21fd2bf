"""The search index stays in step with the data: in a folder file (FTS5) and in a folder shared
on a PostgreSQL server (its own full-text search), each test run on both."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from shared_fixtures import Person

from infusion_desk.core.records import Call, Document, Plan, RecordKind, Request
from infusion_desk.services import Folder


@pytest.fixture(params=["sqlite", "postgresql"])
def folder(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Folder]:
    if request.param == "sqlite":
        made = Folder.create(tmp_path / "Test patient.infusiondesk")
    else:
        make_person: Callable[[str], Person] = request.getfixturevalue("make_person")
        maria = make_person("maria")
        made = Folder.create_shared(maria.address("search"), maria.password)
    with made:
        yield made


def kinds_and_ids(folder: Folder, text: str) -> list[tuple[RecordKind, int]]:
    return [(h.kind, h.record_id) for h in folder.search(text)]


def test_finds_new_edited_and_not_deleted_text(folder: Folder) -> None:
    call = folder.records.add(
        Call(organization="Sunrise Home Infusion", reference_number="REF-88231",
                           summary="They need the plan of care signed")).value
    assert call.id is not None
    assert kinds_and_ids(folder, "REF-88231") == [(RecordKind.CALL, call.id)]
    assert kinds_and_ids(folder, "signed") == [(RecordKind.CALL, call.id)]

    folder.records.update(replace(call, summary="Pump delivered Tuesday"))
    assert kinds_and_ids(folder, "signed") == []
    assert kinds_and_ids(folder, "pump") == [(RecordKind.CALL, call.id)]

    folder.records.trash(Call, call.id)
    assert kinds_and_ids(folder, "pump") == []
    folder.records.restore(Call, call.id)
    assert kinds_and_ids(folder, "pump") == [(RecordKind.CALL, call.id)]
    folder.records.trash(Call, call.id)
    folder.records.empty_trash()
    assert kinds_and_ids(folder, "pump") == []


def test_member_id_and_prefix_and_accents(folder: Folder) -> None:
    plan = folder.records.add(Plan(payer="Medicare", member_id="7QW2-HJ4-XK19")).value
    folder.records.add(Request(what="Letter for José Nguyễn"))
    assert kinds_and_ids(folder, "7QW2-HJ4-XK19") == [(RecordKind.PLAN, plan.id)]
    assert kinds_and_ids(folder, "7qw2") == [(RecordKind.PLAN, plan.id)]
    assert [h.kind for h in folder.search("jose nguyen")] == [RecordKind.REQUEST]
    assert folder.search('"') == []
    assert folder.search("AND OR NOT") == []


def test_document_text_with_snippet_and_page(folder: Folder) -> None:
    doc = folder.records.add_document(
        Document(title="Letter from the plan",
                 text="Dear member. Your request was denied: osteomyelitis not documented."),
        b"x",
        pages=["Dear member.", "Your request was denied: osteomyelitis not documented."],
    ).value
    hits = folder.search("osteomyelitis")
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.kind, hit.record_id, hit.page) == (RecordKind.DOCUMENT, doc.id, 2)
    assert "osteomyelitis" in hit.snippet
    start, end = hit.highlights[0]
    assert hit.snippet[start:end].lower() == "osteomyelitis"


def test_title_matches_rank_above_body_matches(folder: Folder) -> None:
    body = folder.records.add(
        Call(organization="Plan", summary="asked about the infusion pump again")).value
    title = folder.records.add(Request(what="Infusion pump order")).value
    hits = kinds_and_ids(folder, "pump")
    assert hits[0] == (RecordKind.REQUEST, title.id)
    assert (RecordKind.CALL, body.id) in hits
