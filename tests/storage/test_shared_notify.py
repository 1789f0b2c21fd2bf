"""NOTIFY knows nothing of row-level security: anyone who can sign in may LISTEN on any channel.
So each folder's changes go on a channel of its own, named from the folder's secret key, which
only the folder's members can read; a person not given a folder hears nothing of it, on the old
shared channel or on any channel she can name. Nor can she read the key, nor join the folder by
"making" a folder of the same name."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from shared_fixtures import Person
from sqlalchemy import make_url

from infusion_desk.core.errors import FolderNotGivenError, ServerFolderExistsError
from infusion_desk.core.records import Call, Plan, Question
from infusion_desk.services import Folder
from infusion_desk.storage.shared.channel import folder_channel
from infusion_desk.storage.shared.engine import libpq_url
from infusion_desk.storage.shared.setup import folders_given

Connection = psycopg.Connection[Any]


def _connect_as(person: Person, folder: str | None = None) -> Connection:
    url = make_url(person.admin_url).set(username=person.name, password=person.password)
    conn: Connection = psycopg.connect(libpq_url(url), autocommit=True)
    if folder is not None:
        conn.execute("SELECT set_config('infusion_desk.folder', %s, false)", (folder,))
    return conn


def _heard_until_marker(conn: Connection, marker_channel: str) -> list[tuple[str, str]]:
    """Every notice ``conn`` hears up to a marker it sends itself on ``marker_channel`` (one of
    its channels) after the others' changes were committed: notices come in commit order, so
    whatever was sent to it before has arrived by then."""
    conn.execute("SELECT pg_notify(%s, 'marker')", (marker_channel,))
    heard = []
    deadline = time.monotonic() + 10
    for note in conn.notifies(timeout=10):
        if note.payload == "marker" and note.pid == conn.info.backend_pid:
            return heard
        heard.append((note.channel, note.payload))
        assert time.monotonic() < deadline
    raise AssertionError("the marker never came back")


def test_a_person_not_given_a_folder_hears_nothing_of_it(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    with Folder.create_shared(tom.address("toms own"), tom.password):
        pass
    with Folder.create_shared(maria.address("brennan"), maria.password) as brennan, \
            _connect_as(maria) as member, _connect_as(tom, "toms own") as outsider:
        # Every channel Tom can name: the one all folders shared before, his own folder's,
        # and Brennan's as it would be made from any key Tom can read.
        keys = [row[0] for row in outsider.execute("SELECT folder_key FROM folder_settings")]
        assert len(keys) == 1  # his own folder's only
        names = {"infusion_desk", "brennan"}
        for key in keys:
            names |= {row[0] for row in outsider.execute(
                "SELECT 'infusion_desk_' || substr(md5(f || ':' || %s), 1, 32) "
                "FROM unnest(%s::text[]) AS f", (key, ["brennan", "toms own"]))}
            names.add("infusion_desk_" + key)
        names |= {row[0] for row in outsider.execute(
            "SELECT 'infusion_desk_' || md5(k) FROM unnest(%s::text[]) AS k", (keys,))}
        assert folder_channel(outsider, "brennan") is None  # brennan's own channel: unknown
        own_channel = folder_channel(outsider, "toms own")
        assert own_channel is not None and own_channel not in names  # (made from a key no
        names.add(own_channel)  # member reads: his own folder's channel he is told)
        for name in names:
            outsider.execute(psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(name)))

        brennans_channel = folder_channel(member, "brennan")
        assert brennans_channel is not None and brennans_channel not in names
        member.execute(f"LISTEN {brennans_channel}")

        plan = brennan.records.add(Plan(payer="Secret Payer")).value
        assert plan.id is not None
        brennan.records.add(Call(summary="secret call"))
        brennan.records.update(Plan(payer="Secret Payer", member_id="S-1", id=plan.id,
                                    version=plan.version))
        brennan.records.trash(Plan, plan.id)

        # Brennan's member hears all four, on the folder's own channel …
        members = _heard_until_marker(member, brennans_channel)
        assert [json.loads(p)["action"] for _, p in members] == [
            "added", "added", "changed", "deleted"]
        assert {c for c, _ in members} == {brennans_channel}
        # … and Tom, listening on all of his, none.
        assert own_channel is not None
        assert _heard_until_marker(outsider, own_channel) == []


def test_a_person_cannot_read_the_key_of_a_folder_not_given_to_her(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    with Folder.create_shared(maria.address("brennan"), maria.password) as brennan:
        brennans_key = brennan.deadlines.folder_key()
    with Folder.create_shared(tom.address("toms own"), tom.password) as own:
        toms_key = own.deadlines.folder_key()
    for folder in (None, "brennan", "toms own"):
        with _connect_as(tom, folder) as conn:
            rows = conn.execute("SELECT folder, folder_key FROM folder_settings").fetchall()
            assert rows == ([("toms own", toms_key)] if folder == "toms own" else [])
            assert conn.execute("SELECT count(*) FROM folder_settings WHERE folder_key = %s",
                                (brennans_key,)).fetchone() == (0,)
            assert folder_channel(conn, "brennan") is None
    with _connect_as(maria, "brennan") as conn:
        assert conn.execute("SELECT folder_key FROM folder_settings").fetchall() == [
            (brennans_key,)]


def test_making_a_folder_with_a_taken_name_fails_and_joins_nothing(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    with Folder.create_shared(maria.address("brennan"), maria.password) as brennan:
        brennan.records.add(Question(text="secret question"))
    with pytest.raises(ServerFolderExistsError):
        Folder.create_shared(tom.address("brennan"), tom.password)
    with _connect_as(tom, "brennan") as conn:
        with pytest.raises(psycopg.errors.UniqueViolation):
            conn.execute("SELECT infusion_desk_new_folder('brennan')")
        assert conn.execute("SELECT count(*) FROM folder_members").fetchone() == (0,)
        for table in ("folders", "questions", "profile", "folder_settings"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    assert folders_given(tom.address("brennan"), tom.password) == []
    with pytest.raises(FolderNotGivenError):
        Folder.open_shared(tom.address("brennan"), tom.password)
