"""Each person signs in as herself and sees only the folders she was given; every change is in
the audit log (who, what, when; never values); the server tells listeners of every change."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable

import psycopg
import pytest
from shared_fixtures import Person
from sqlalchemy import make_url

from infusion_desk.core.errors import (
    FolderNotGivenError,
    ServerUnreachableError,
    SignInFailedError,
)
from infusion_desk.core.records import Call, Document, Plan, Profile
from infusion_desk.services import Folder
from infusion_desk.storage.address import server_address
from infusion_desk.storage.shared.channel import folder_channel, listen
from infusion_desk.storage.shared.engine import engine_pids, libpq_url
from infusion_desk.storage.shared.setup import folders_given, give_folder, take_folder_back

FOLDER_TABLES = ("plans", "contacts", "steps", "documents", "calls", "questions", "requests",
                 "deadlines", "profile", "blobs", "document_pages", "request_documents",
                 "folder_settings", "audit_log", "folders", "folder_members")


def _connect_as(person: Person, folder: str | None = None
                ) -> psycopg.Connection[tuple[object, ...]]:
    url = make_url(person.admin_url).set(username=person.name, password=person.password)
    conn = psycopg.connect(libpq_url(url), autocommit=True)
    if folder is not None:
        conn.execute("SELECT set_config('infusion_desk.folder', %s, false)", (folder,))
    return conn


def _brennans_folder(person: Person) -> None:
    with Folder.create_shared(person.address("brennan"), person.password,
                              Profile(patient_name="Brennan Lee")) as folder:
        folder.records.add(Plan(payer="Secret Payer", member_id="SECRET-1"))
        folder.records.add(Call(summary="secret call"))
        folder.records.add_document(Document(title="Secret letter"), b"%PDF-secret")


def test_a_person_cannot_open_or_read_a_folder_not_given_to_her(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    _brennans_folder(maria)
    with pytest.raises(FolderNotGivenError):
        Folder.open_shared(tom.address("brennan"), tom.password)
    with pytest.raises(FolderNotGivenError):
        Folder.open_shared(tom.address("no such folder"), tom.password)
    # Even naming Brennan's folder on a connection of her own, Tom sees none of its rows.
    with _connect_as(tom, "brennan") as conn:
        for table in FOLDER_TABLES:
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO plans (folder, rank, plan_type, created_at, updated_at) "
                         "VALUES ('brennan', 'primary', 'other', now(), now())")
        assert conn.execute("UPDATE plans SET notes = 'x'").rowcount == 0
        assert conn.execute("DELETE FROM calls").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO folder_members VALUES ('brennan', current_user)")
    with _connect_as(maria, "brennan") as conn:  # her own folder's one-row tables stay
        for table in ("profile", "folder_settings"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"DELETE FROM {table}")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"INSERT INTO {table} (id) VALUES (2)")
        assert conn.execute("SELECT count(*) FROM profile").fetchone() == (1,)
    assert folders_given(tom.address("brennan"), tom.password) == []
    assert folders_given(maria.address("brennan"), maria.password) == ["brennan"]


def test_a_folder_given_to_a_person_opens_for_her_and_closes_when_taken_back(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    _brennans_folder(maria)
    with Folder.create_shared(tom.address("toms own"), tom.password) as own:
        own.records.add(Plan(payer="Tom's payer"))
    give_folder(maria.admin_url, "brennan", tom.name)
    with Folder.open_shared(tom.address("brennan"), tom.password) as folder:
        assert [p.payer for p in folder.plans()] == ["Secret Payer"]
        assert folder.profile().patient_name == "Brennan Lee"
        take_folder_back(maria.admin_url, "brennan", tom.name)
        with pytest.raises(FolderNotGivenError):
            folder.records.add(Plan(payer="after it was taken back"))
        assert folder.plans() == []
    with _connect_as(maria, "brennan") as conn:
        assert conn.execute("SELECT count(*) FROM plans").fetchone() == (1,)


def test_a_wrong_password_or_person_is_told_as_a_sign_in_failure(
        make_person: Callable[[str], Person]) -> None:
    maria = make_person("maria")
    _brennans_folder(maria)
    with pytest.raises(SignInFailedError) as refused:
        Folder.open_shared(maria.address("brennan"), "not her password")
    assert maria.name in str(refused.value)
    assert "not her password" not in str(refused.value) + refused.value.detail
    nobody = server_address("nobody_here", "127.0.0.1", maria.address("x").database,
                            "brennan", port=maria.address("x").port)
    with pytest.raises(SignInFailedError):
        Folder.open_shared(nobody, "whatever-it-is")


def test_a_server_that_is_not_there_is_told_as_out_of_reach() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    address = server_address("maria", "127.0.0.1", "infusion", "brennan", port=port)
    with pytest.raises(ServerUnreachableError) as away:
        Folder.open_shared(address, "pw")
    assert "127.0.0.1" in str(away.value)


def test_every_change_is_in_the_audit_log_with_who_what_and_when(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    with Folder.create_shared(maria.address("brennan"), maria.password) as folder:
        plan = folder.records.add(Plan(payer="Medicare")).value
        assert plan.id is not None
    give_folder(maria.admin_url, "brennan", tom.name)
    with Folder.open_shared(tom.address("brennan"), tom.password) as folder:
        assert plan.id is not None
        folder.records.update(Plan(payer="Medicare", member_id="1EG4", id=plan.id))
        folder.records.trash(Plan, plan.id)
    with _connect_as(tom, "brennan") as conn:
        rows = conn.execute(
            "SELECT who, table_name, record_id, action, fields, at > now() - interval '1 minute' "
            "FROM audit_log WHERE table_name = 'plans' ORDER BY id").fetchall()
        assert [r[:5] for r in rows] == [
            (maria.name, "plans", plan.id, "added", []),
            (tom.name, "plans", plan.id, "changed", ["member_id"]),
            (tom.name, "plans", plan.id, "deleted", ["deleted_at"]),
        ]
        assert all(r[5] for r in rows)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_log SET who = 'someone else'")


def test_a_listener_hears_each_change_with_its_folder_and_pid(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    with _connect_as(maria) as listener, _connect_as(tom) as stranger, \
            Folder.create_shared(maria.address("brennan"), maria.password) as folder:
        channel = listen(listener, "brennan")
        assert channel is not None and channel.startswith("infusion_desk_")
        assert listen(stranger, "brennan") is None  # not given: no channel for her
        stranger.execute("LISTEN infusion_desk")  # (no channel tells every folder's changes)
        call = folder.records.add(Call(summary="pump delivery")).value
        heard = [json.loads(n.payload) for n in listener.notifies(timeout=5, stop_after=1)]
        assert len(heard) == 1
        assert heard[0]["folder"] == "brennan"
        assert heard[0]["table"] == "calls"
        assert heard[0]["id"] == call.id
        assert heard[0]["action"] == "added"
        assert heard[0]["pid"] in engine_pids(folder._store.engine)
        assert list(stranger.notifies(timeout=0.5)) == []


def test_each_folder_has_a_channel_of_its_own(make_person: Callable[[str], Person]) -> None:
    maria = make_person("maria")
    with Folder.create_shared(maria.address("brennan"), maria.password), \
            Folder.create_shared(maria.address("lee"), maria.password), \
            _connect_as(maria) as conn:
        channels = {folder_channel(conn, "brennan"), folder_channel(conn, "lee")}
        assert len(channels) == 2 and None not in channels
        assert not any("brennan" in c or "lee" in c for c in channels if c)
