"""Fixtures for the tests of shared folders (imported by tests/storage/test_shared_*.py): a fresh
server database, people who may sign in, and the address of a folder for each."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from pg_server import PgServer
from sqlalchemy import make_url

from infusion_desk.services import Folder
from infusion_desk.storage.address import ServerAddress, server_address
from infusion_desk.storage.shared.setup import add_person


@dataclass(frozen=True)
class Person:
    name: str
    password: str
    admin_url: str  # the database's owner (to give her folders)

    def address(self, folder: str) -> ServerAddress:
        url = make_url(self.admin_url)
        return server_address(self.name, url.host or "127.0.0.1", url.database or "",
                              folder, port=url.port or 5432)


@pytest.fixture
def server_db(pg_server: PgServer) -> str:
    """A new database, set up for shared folders: its owner's URL."""
    return pg_server.new_database()


@pytest.fixture
def make_person(pg_server: PgServer, server_db: str) -> Callable[[str], Person]:
    def make(prefix: str) -> Person:
        name = pg_server.unique_name(prefix)
        password = f"pw-{name}"
        add_person(server_db, name, password)
        return Person(name, password, server_db)
    return make


@pytest.fixture
def shared_folder(make_person: Callable[[str], Person]) -> Iterator[Folder]:
    """A new folder on the server, opened by the person who made it."""
    maria = make_person("maria")
    with Folder.create_shared(maria.address("brennan"), maria.password) as folder:
        yield folder
