"""Taking a folder back from someone gives it a new channel: she knew the old one, and hears
nothing on it of what changes afterwards; the members left are told and go on hearing every
change on the new one. The channel key is the server's own: no member reads it."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from pg_server import PgServer
from shared_fixtures import Person
from sqlalchemy import make_url
from test_shared_notify import _connect_as, _heard_until_marker
from waiting import wait_for

from infusion_desk.core.records import Call, Plan
from infusion_desk.services import Folder
from infusion_desk.services.folder_copy import copy_to_file, copy_to_server
from infusion_desk.storage.shared.channel import folder_channel, listen
from infusion_desk.storage.shared.listening import ChangeListener, RemoteBatch, connector
from infusion_desk.storage.shared.setup import (
    add_person,
    give_folder,
    setup_server,
    take_folder_back,
)


class _Heard:
    def __init__(self) -> None:
        self.batches: list[RemoteBatch] = []
        self.states: list[bool] = []
        self._lock = threading.Lock()

    def change(self, batch: RemoteBatch) -> None:
        with self._lock:
            self.batches.append(batch)

    def state(self, connected: bool) -> None:
        with self._lock:
            self.states.append(connected)

    def tables(self) -> set[tuple[str, int | None]]:
        with self._lock:
            return {(n.table, n.record_id) for b in self.batches for n in b.notices}


def test_the_person_a_folder_was_taken_from_hears_nothing_more_the_others_do(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    with Folder.create_shared(maria.address("brennan"), maria.password):
        pass
    give_folder(maria.admin_url, "brennan", tom.name)
    marias, toms = _Heard(), _Heard()
    listeners = [
        ChangeListener(connector(person.address("brennan"), person.password), "brennan",
                       heard.change, heard.state, window=0.05)
        for person, heard in ((maria, marias), (tom, toms))]
    with _connect_as(tom) as toms_own, _connect_as(tom) as marker:
        old = listen(toms_own, "brennan")  # Tom keeps listening on what he knew
        marker_channel = "infusion_desk_marker_" + tom.name
        marker.execute(f'LISTEN "{marker_channel}"')
        assert old is not None
        try:
            for listener in listeners:
                listener.start()
            wait_for(lambda: all(lst.connected for lst in listeners), 10)

            take_folder_back(maria.admin_url, "brennan", tom.name)
            # Maria's listener was told, asked for the new channel and reads all again.
            wait_for(lambda: any(b.missed for b in marias.batches), 15)
            assert folder_channel(toms_own, "brennan") is None
            with _connect_as(maria) as conn:
                new = folder_channel(conn, "brennan")
            assert new is not None and new != old

            with Folder.open_shared(maria.address("brennan"), maria.password) as folder:
                plan = folder.records.add(Plan(payer="Medicare")).value
                call = folder.records.add(Call(summary="after Tom left")).value
            started = time.monotonic()
            wait_for(lambda: {("plans", plan.id), ("calls", call.id)} <= marias.tables(), 15)
            assert time.monotonic() - started < 2
            # Tom heard the move and nothing after it: not on the old channel, nor through
            # his window's listener (which finds no channel for him now).
            heard = [json.loads(p) for _, p in _heard_until_marker(toms_own, old)]
            assert heard == [{"moved": True}]
            assert toms.tables() == set()
            wait_for(lambda: toms.states[-1:] == [False], 15)
            assert not any(b.notices for b in toms.batches)
        finally:
            for listener in listeners:
                assert listener.stop(2)


def test_no_member_reads_nor_changes_a_folders_channel_key(
        make_person: Callable[[str], Person]) -> None:
    maria = make_person("maria")
    with Folder.create_shared(maria.address("brennan"), maria.password):
        pass
    with _connect_as(maria, "brennan") as conn:
        before = folder_channel(conn, "brennan")
        for sql in ("SELECT channel_key FROM folder_channels",
                    "UPDATE folder_channels SET channel_key = 'known'",
                    "SELECT infusion_desk_move_channel('brennan')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
        assert folder_channel(conn, "brennan") == before


def test_taking_back_from_someone_never_given_it_moves_nothing(
        make_person: Callable[[str], Person]) -> None:
    maria, tom = make_person("maria"), make_person("tom")
    with Folder.create_shared(maria.address("brennan"), maria.password):
        pass
    with _connect_as(maria) as conn:
        before = listen(conn, "brennan")
        take_folder_back(maria.admin_url, "brennan", tom.name)
        assert folder_channel(conn, "brennan") == before
        assert before is not None
        assert _heard_until_marker(conn, before) == []


def test_an_owner_who_is_not_a_superuser_takes_a_folder_back_and_moves_its_channel(
        pg_server: PgServer) -> None:
    """As the README sets a server up: the owner may make roles, nothing more."""
    owner = pg_server.unique_name("owner")
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'pw-{owner}'")
    bare = make_url(pg_server.new_database(set_up=False))
    with psycopg.connect(pg_server.admin_url, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{bare.database}" OWNER TO "{owner}"')
    admin = bare.set(username=owner, password=f"pw-{owner}").render_as_string(
        hide_password=False)
    setup_server(admin)
    maria, tom = (Person(pg_server.unique_name(p), "pw-long-enough", admin)
                  for p in ("maria", "tom"))
    for person in (maria, tom):
        add_person(admin, person.name, person.password)
    with Folder.create_shared(maria.address("brennan"), maria.password):
        pass
    give_folder(admin, "brennan", tom.name)
    with _connect_as(tom) as conn:
        old = listen(conn, "brennan")
        take_folder_back(admin, "brennan", tom.name)
        assert old is not None and folder_channel(conn, "brennan") is None
        assert [json.loads(p) for _, p in _heard_until_marker(conn, old)] == [{"moved": True}]
    with _connect_as(maria) as conn:
        assert folder_channel(conn, "brennan") not in (None, old)


def test_a_copied_folder_gets_a_channel_of_its_own(
        pg_server: PgServer, make_person: Callable[[str], Person], tmp_path: Path) -> None:
    """The folder's calendar key goes with a copy; its channel key never does."""
    maria = make_person("maria")
    elsewhere = Person(maria.name, maria.password, pg_server.new_database())  # (same role)
    with Folder.create_shared(maria.address("brennan"), maria.password) as folder:
        folder.records.add(Plan(payer="Medicare"))
        assert copy_to_file(folder, tmp_path / "Brennan.infusiondesk").same
    with Folder.open(tmp_path / "Brennan.infusiondesk") as copy:
        assert copy_to_server(copy, elsewhere.address("brennan"), maria.password).same
    channels = []
    for person in (maria, elsewhere):
        with Folder.open_shared(person.address("brennan"), person.password) as folder:
            keys = folder.deadlines.folder_key()
        with _connect_as(person) as conn:
            channels.append((keys, folder_channel(conn, "brennan")))
    assert channels[0][0] == channels[1][0]
    assert None not in (channels[0][1], channels[1][1]) and channels[0][1] != channels[1][1]
