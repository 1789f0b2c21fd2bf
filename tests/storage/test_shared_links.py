"""A link from one record to another stays inside its folder on a server: linking to a record of
a folder not given to her fails exactly as linking to one that does not exist (so it tells
nothing about the other folder), and deleting what a record links to still clears or removes the
link as in a folder file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import psycopg
import pytest
from shared_fixtures import Person
from sqlalchemy import create_engine, text
from test_shared_security import _connect_as

from infusion_desk.core.deadline_record import DateSource, Deadline, DeadlinePurpose
from infusion_desk.core.errors import InvalidValueError
from infusion_desk.core.records import Call, Contact, Document, Request, Step
from infusion_desk.services import Folder
from infusion_desk.storage.shared.engine import psycopg_url

NO_SUCH_ID = 10_000_000


def _deadline(**links: int) -> Deadline:
    return Deadline(DeadlinePurpose.OTHER, date(2027, 3, 15), DateSource.TYPED, "x", **links)


def _elsewhere(person: Person) -> dict[str, int]:
    """Brennan's folder, with one record of each kind a link can point to: their ids."""
    with Folder.create_shared(person.address("brennan"), person.password) as folder:
        step = folder.records.add(Step(title="Prior authorization")).value
        contact = folder.records.add(Contact(name="Dana at the pharmacy")).value
        call = folder.records.add(Call(summary="secret call")).value
        request = folder.records.add(Request(what="Nursing notes")).value
        document = folder.records.add_document(Document(title="Secret letter"), b"%PDF-1").value
        ids = {"step": step.id, "contact": contact.id, "call": call.id,
               "request": request.id, "document": document.id}
    assert None not in ids.values()
    return {k: int(v) for k, v in ids.items() if v is not None}


def _refused(attempt: Callable[[int], object], their_id: int) -> tuple[str, str]:
    """Linking to ``their_id`` and to an id no folder has fail alike: the sentence and the
    detail (with the id left out) are the same."""
    said = []
    for linked in (their_id, NO_SUCH_ID):
        with pytest.raises(InvalidValueError) as refused:
            attempt(linked)
        said.append((str(refused.value), refused.value.detail.replace(str(linked), "<id>")))
    assert said[0] == said[1]
    assert "no longer in the folder" in said[0][0]
    return said[0]


def test_a_link_to_another_folders_record_fails_as_a_link_to_nothing(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    theirs = _elsewhere(maria)
    with Folder.create_shared(tom.address("toms own"), tom.password) as own:
        mine = own.records.add(Request(what="Visit notes")).value
        assert mine.id is not None
        _, detail = _refused(lambda i: own.records.add(Call(summary="x", contact_id=i)),
                             theirs["contact"])
        assert "brennan" not in detail
        _refused(lambda i: own.records.add(Call(summary="x", step_id=i)), theirs["step"])
        _refused(lambda i: own.deadlines.add(_deadline(document_id=i)),
                 theirs["document"])
        _refused(lambda i: own.deadlines.add(_deadline(call_id=i)), theirs["call"])
        _refused(lambda i: own.deadlines.add(_deadline(request_id=i)),
                 theirs["request"])
        _refused(lambda i: own.ledger.attach_papers(mine.id or 0, [i]), theirs["document"])
    # The same on a connection of her own, without the app.
    with _connect_as(tom, "toms own") as conn:
        assert conn.execute("SELECT count(*) FROM calls").fetchone() == (0,)
        for linked in (theirs["step"], NO_SUCH_ID):
            with pytest.raises(psycopg.errors.ForeignKeyViolation):
                conn.execute("INSERT INTO calls (called_at, direction, summary, step_id, "
                             "created_at, updated_at) VALUES (now(), 'outgoing', 'x', %s, "
                             "now(), now())", (linked,))
            with pytest.raises(psycopg.errors.ForeignKeyViolation):
                conn.execute("INSERT INTO request_documents (request_id, document_id) "
                             "VALUES (%s, %s)", (mine.id, linked))
    with _connect_as(maria, "brennan") as conn:  # nothing of Tom's got in
        assert conn.execute("SELECT count(*) FROM calls").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM request_documents").fetchone() == (0,)


def test_deleting_what_is_linked_clears_or_removes_the_links_in_its_folder(
        make_person: Callable[[str], Person]) -> None:
    maria = make_person("maria")
    with Folder.create_shared(maria.address("brennan"), maria.password) as folder:
        contact = folder.records.add(Contact(name="Dana")).value
        call = folder.records.add(Call(summary="refill", contact_id=contact.id)).value
        document = folder.records.add_document(Document(title="Letter"), b"%PDF-2").value
        request = folder.records.add(Request(what="Notes")).value
        assert request.id is not None and document.id is not None
        folder.ledger.attach_papers(request.id, [document.id])
    engine = create_engine(psycopg_url(maria.admin_url))  # the owner, as emptying a trash does
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM contacts WHERE id = :i"), {"i": contact.id})
            conn.execute(text("DELETE FROM documents WHERE id = :i"), {"i": document.id})
            assert conn.execute(text("SELECT folder, contact_id FROM calls WHERE id = :i"),
                                {"i": call.id}).one() == ("brennan", None)
            assert conn.execute(text("SELECT count(*) FROM request_documents")).scalar() == 0
    finally:
        engine.dispose()


def test_every_link_between_folder_tables_names_the_folder(server_db: str) -> None:
    engine = create_engine(psycopg_url(server_db))
    try:
        with engine.connect() as conn:
            links = conn.execute(text(
                "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace "
                "AND confrelid::regclass::text <> 'folders'")).all()  # (the registry's)
    finally:
        engine.dispose()
    assert len(links) == 16
    for table, definition in links:
        assert definition.startswith("FOREIGN KEY (folder, "), (table, definition)
        assert "(folder, " in definition.partition("REFERENCES")[2], (table, definition)
