"""A folder on a PostgreSQL server works as a folder file does: records added, changed, trashed,
put back and emptied; document bytes kept once per hash within the folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from shared_fixtures import Person
from sqlalchemy import create_engine, text

from infusion_desk.core.errors import (
    InvalidValueError,
    RecordNotFoundError,
    ServerFolderExistsError,
)
from infusion_desk.core.records import Call, Contact, Document, Plan, Profile, Step
from infusion_desk.services import Folder
from infusion_desk.storage.shared.engine import psycopg_url
from infusion_desk.storage.stored_text import escaped, unescaped


def _owner_count(admin_url: str, sql: str, **params: object) -> int:
    engine = create_engine(psycopg_url(admin_url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql), params).scalar_one())
    finally:
        engine.dispose()


def test_a_new_shared_folder_has_its_profile_and_settings(
        make_person: Callable[[str], Person]) -> None:
    maria = make_person("maria")
    address = maria.address("brennan")
    with Folder.create_shared(address, maria.password,
                              Profile(patient_name="Brennan Lee", therapy="Cefazolin")) as folder:
        assert folder.is_shared
        assert folder.shared_address == address
        assert folder.location == address
        assert folder.profile().patient_name == "Brennan Lee"
        assert len(folder.deadlines.folder_key()) == 36
        assert folder.deadlines.renewal_lead_days() == 14
    with pytest.raises(ServerFolderExistsError):
        Folder.create_shared(address, maria.password)
    with Folder.open_shared(address, maria.password, read_only=True) as again:
        assert again.profile().therapy == "Cefazolin"
        assert again.read_only


def test_records_are_added_changed_trashed_restored_and_emptied(shared_folder: Folder) -> None:
    plan = shared_folder.records.add(Plan(payer="Medicare", member_id="1EG4")).value
    call = shared_folder.records.add(Call(organization="Sunrise Infusion", summary="pump")).value
    assert plan.id is not None and call.id is not None
    shared_folder.records.update(Plan(payer="Medicare", member_id="1EG4-TE5", id=plan.id))
    assert shared_folder.get(Plan, plan.id).member_id == "1EG4-TE5"

    shared_folder.records.trash(Call, call.id)
    assert shared_folder.calls() == []
    assert [c.id for c in shared_folder.trashed(Call)] == [call.id]
    shared_folder.records.restore(Call, call.id)
    assert [c.summary for c in shared_folder.calls()] == ["pump"]

    shared_folder.records.trash(Call, call.id)
    shared_folder.records.empty_trash()
    assert shared_folder.trashed(Call) == []
    with pytest.raises(RecordNotFoundError):
        shared_folder.get(Call, call.id)
    assert [p.member_id for p in shared_folder.plans()] == ["1EG4-TE5"]


def test_links_between_records_are_kept(shared_folder: Folder) -> None:
    contact = shared_folder.records.add(Contact(name="Dana at Sunrise")).value
    step = shared_folder.records.add(Step(title="Prior authorization",
                                          started_on=date(2026, 12, 1))).value
    call = shared_folder.records.add(Call(contact_id=contact.id, step_id=step.id,
                                          summary="asked for PA")).value
    assert call.id is not None
    stored = shared_folder.get(Call, call.id)
    assert (stored.contact_id, stored.step_id) == (contact.id, step.id)


def test_document_bytes_are_kept_once_per_hash_within_a_folder(
        make_person: Callable[[str], Person]) -> None:
    maria = make_person("maria")
    with Folder.create_shared(maria.address("brennan"), maria.password) as brennan, \
            Folder.create_shared(maria.address("lee"), maria.password) as lee:
        first = brennan.records.add_document(Document(title="Denial"), b"%PDF-same").value
        second = brennan.records.add_document(Document(title="Denial again"), b"%PDF-same").value
        other = lee.records.add_document(Document(title="Lee's copy"), b"%PDF-same").value
        assert first.sha256 == second.sha256 == other.sha256
        assert first.id is not None and other.id is not None
        assert brennan.document_bytes(first.id) == b"%PDF-same"
        assert lee.document_bytes(other.id) == b"%PDF-same"
        # one blob in each folder: none is shared across folders
        assert _owner_count(maria.admin_url, "SELECT count(*) FROM blobs WHERE sha256 = :h",
                            h=first.sha256) == 2
        assert _owner_count(maria.admin_url, "SELECT count(DISTINCT folder) FROM blobs") == 2
        brennan.records.trash(Document, first.id)
        assert second.id is not None
        brennan.records.trash(Document, second.id)
        brennan.records.empty_trash()
        assert _owner_count(maria.admin_url, "SELECT count(*) FROM blobs") == 1
        assert lee.document_bytes(other.id) == b"%PDF-same"


@pytest.mark.parametrize("text", ["\x00", "a\x00b", "\uffff", "\uffff\x01", "x\uffff\x02\x00y",
                                  "plain words"])
def test_text_comes_back_exactly_even_with_a_nul_in_it(shared_folder: Folder, text: str) -> None:
    assert unescaped(escaped(text)) == text
    assert "\x00" not in escaped(text)
    contact = shared_folder.records.add(Contact(name=text, notes=text + text)).value
    assert contact.id is not None
    stored = shared_folder.get(Contact, contact.id)
    assert (stored.name, stored.notes) == (text, text + text)


def test_a_number_the_server_cannot_hold_is_refused_plainly(shared_folder: Folder) -> None:
    with pytest.raises(InvalidValueError):
        shared_folder.get(Plan, 2**31)
    with pytest.raises(InvalidValueError) as refused:
        shared_folder.records.trash(Plan, 2**40)
    assert "too large" in str(refused.value)
