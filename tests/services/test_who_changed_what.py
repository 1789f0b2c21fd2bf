"""*Who changed what*, read from the server: each person's changes by her name, newest first,
with the record's title while it is in the folder; only the folder open (row-level security),
never values."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pg_server import PgServer
from sqlalchemy import make_url

from infusion_desk.core.records import Contact, Request
from infusion_desk.services import Folder
from infusion_desk.services.addresses import ServerAddress, server_address
from infusion_desk.services.audit import last_save_of, who_changed_what
from infusion_desk.storage.shared.setup import add_person, give_folder


def _person(pg_server: PgServer, url: str, prefix: str) -> tuple[str, str]:
    name = pg_server.unique_name(prefix)
    add_person(url, name, f"pw-{name}")
    return name, f"pw-{name}"


def _at(url: str, name: str, folder: str) -> ServerAddress:
    where = make_url(url)
    return server_address(name, where.host or "127.0.0.1", where.database or "", folder,
                          port=where.port or 5432)


@pytest.fixture
def server_db(pg_server: PgServer) -> str:
    return pg_server.new_database()


def test_each_change_is_listed_by_who_made_it_newest_first(pg_server: PgServer,
                                                           server_db: str) -> None:
    maria, maria_pw = _person(pg_server, server_db, "maria")
    dana, dana_pw = _person(pg_server, server_db, "dana")
    Folder.create_shared(_at(server_db, maria, "brennan"), maria_pw).close()
    Folder.create_shared(_at(server_db, maria, "okafor"), maria_pw).close()
    give_folder(server_db, "brennan", dana)
    with Folder.open_shared(_at(server_db, maria, "okafor"), maria_pw) as other:
        other.records.add(Contact(name="Someone in another family"))
    with Folder.open_shared(_at(server_db, dana, "brennan"), dana_pw) as theirs:
        request = theirs.records.add(Request(what="Signed plan of care")).value
        assert request.id is not None
        theirs.records.update(replace(request, confirmation_number="SR-1"))
        theirs.records.trash(Request, request.id)
    with Folder.open_shared(_at(server_db, maria, "brennan"), maria_pw) as mine:
        lines = who_changed_what(mine)
        last = last_save_of(mine, request)
        profile = last_save_of(mine, mine.profile())
    assert last is not None and (last.who, last.mine) == (dana, False)
    assert last.at == lines[0].at  # the conflict view's "Saved by dana at …"
    assert profile is not None and (profile.who, profile.mine) == (maria, True)
    assert all(a.mine is (a.who == maria) for a in lines)  # "maria (you)" to her
    said = [(a.who, a.what_words(), a.happened_words()) for a in lines]
    assert said[:3] == [
        (dana, "Request: Signed plan of care", "Put in the trash"),
        (dana, "Request: Signed plan of care", "Changed: the confirmation number"),
        (dana, "Request: Signed plan of care", "Added"),
    ]
    assert all("another family" not in what for _who, what, _h in said)  # okafor's: not here
    assert all("SR-1" not in happened for _w, _what, happened in said)  # never a value
    assert {who for who, _w, _h in said} == {maria, dana}
