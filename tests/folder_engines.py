"""The two places a folder can live, for the tests that run on both (issue 17).

A test that asks for ``place`` runs twice, ids ``[sqlite]`` and ``[postgresql]``: once on a folder
file in its own ``tmp_path``, once on a new folder of the session's one team database on the
throwaway server (``tests/pg_server.py``, fixture ``pg_server``). That database is set up once per
session (``server setup``, one person who signs in); a new folder in it is one insert, so each
test still gets a folder of its own, as fresh as a new file.

Tests about the file itself (damage, locks, WAL, the file's backups, read-only media) do not use
this: they stay on SQLite alone.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.engine import make_url

from infusion_desk.core.records import Profile
from infusion_desk.services import Folder

if TYPE_CHECKING:
    from infusion_desk.storage.address import ServerAddress

ENGINES = ["sqlite", "postgresql"]

PERSON = "tess"  # the person the tests sign in as (a LOGIN role, member of the team; its name
# made unique: roles belong to the whole server)
PASSWORD = "tests-only-password"  # never a real one: a throwaway server on loopback


@dataclass
class TeamDatabase:
    """One database on the throwaway server, set up for a team, where each test makes a folder."""

    admin_url: str
    host: str
    port: int
    database: str
    person: str = PERSON
    password: str = PASSWORD
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @classmethod
    def set_up(cls, admin_url: str, person: str = PERSON) -> TeamDatabase:
        from infusion_desk.storage.shared.setup import add_person

        url = make_url(admin_url)
        add_person(admin_url, person, PASSWORD)
        return cls(admin_url, url.host or "127.0.0.1", url.port or 5432, url.database or "",
                   person)

    def address(self, folder: str, person: str | None = None) -> ServerAddress:
        """The address of a folder in this database (plain connection: loopback only)."""
        from infusion_desk.storage.address import ServerAddress

        return ServerAddress(user=person or self.person, host=self.host, port=self.port,
                             database=self.database, folder=folder, sslmode="disable")

    def new_address(self, stem: str = "folder") -> ServerAddress:
        """The address of a folder not made yet, its name never used before in this session."""
        return self.address(f"{stem}-{next(self._numbers)}")


@dataclass
class FolderPlace:
    """Where one test's folder lives: ``create`` it there, ``open`` it again as often as needed."""

    engine: str
    location: Path | ServerAddress
    password: str | None = None
    team: TeamDatabase | None = None

    @property
    def shared(self) -> bool:
        return not isinstance(self.location, Path)

    def another(self, stem: str = "Other") -> FolderPlace:
        """A place for a second folder on the same engine (nothing made yet)."""
        if self.team is not None:
            return FolderPlace(self.engine, self.team.new_address(stem.lower()), self.password,
                               self.team)
        assert isinstance(self.location, Path)
        return FolderPlace(self.engine, self.location.with_name(f"{stem}.infusiondesk"))

    def create(self, profile: Profile | None = None) -> Folder:
        if isinstance(self.location, Path):
            return Folder.create(self.location, profile)
        return Folder.create_shared(self.location, self.password, profile)

    def open(self, *, read_only: bool = False) -> Folder:
        if isinstance(self.location, Path):
            return Folder.open(self.location, read_only=read_only)
        return Folder.open_shared(self.location, self.password, read_only=read_only)

    def fingerprint(self) -> str:
        """What changes whenever the folder is written to: the file's bytes; on the server, the
        folder's audit log (every added, changed or deleted record writes a line in it)."""
        if isinstance(self.location, Path):
            return hashlib.sha256(self.location.read_bytes()).hexdigest()
        from sqlalchemy import create_engine, text

        engine = create_engine(self.location.sqlalchemy_url(self.password))
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT set_config('infusion_desk.folder', :f, false)"),
                                   {"f": self.location.folder})
                found = connection.execute(text(
                    "SELECT count(*), coalesce(max(id), 0) FROM audit_log")).one()
        finally:
            engine.dispose()
        return f"{found[0]}:{found[1]}"


def folder_on(place: FolderPlace) -> Iterator[Folder]:
    """A new folder at ``place``, open for the test (a module's ``folder`` fixture)."""
    with place.create() as made:
        yield made


@pytest.fixture(scope="session")
def team_database(pg_server: object) -> TeamDatabase:
    """The session's one team database on the throwaway server (made on first use)."""
    return TeamDatabase.set_up(pg_server.new_database(),  # type: ignore[attr-defined]
                               pg_server.unique_name(PERSON))  # type: ignore[attr-defined]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: the test runs once on each."""
    return str(request.param)


@pytest.fixture
def place(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> FolderPlace:
    """Where this test's folder goes on ``engine`` (nothing made yet: ``place.create()``)."""
    return place_on(engine, tmp_path, request)


def place_on(engine: str, folder: Path, request: pytest.FixtureRequest) -> FolderPlace:
    """A place on ``engine``: a file in ``folder``, or a new folder in the team database (for a
    module's own fixture: ``@pytest.fixture(scope="module", params=ENGINES)``)."""
    if engine == "sqlite":
        return FolderPlace(engine, folder / "Test patient.infusiondesk")
    team: TeamDatabase = request.getfixturevalue("team_database")
    return FolderPlace(engine, team.new_address(), team.password, team)
