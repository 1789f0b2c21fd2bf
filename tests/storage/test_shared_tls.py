"""A shared folder on another computer travels only over TLS with the server's certificate checked
(issue 17), end to end against a real server that speaks only TLS (tests/tls_server.py), reached
as ``db.example.test`` on loopback (``hostaddr=127.0.0.1``): the certificate is checked against
the name, the connection goes to this computer.

* the right authority: the folder is made, opened, and keeps a record, over TLS;
* another authority, a certificate for another name, no authority given: ServerNotTrustedError,
  one plain sentence that says why and what to do;
* ``sslmode`` that does not check the certificate: refused by the app before any connection
  (the server's log counts none), in the services and in the command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from tls_server import NAME, TlsServer, start_tls_server

from infusion_desk.core.errors import PlainConnectionRefusedError, ServerNotTrustedError
from infusion_desk.core.records import Plan
from infusion_desk.services import Folder
from infusion_desk.storage.address import ServerAddress, parse_server_address
from infusion_desk.storage.shared.setup import add_person

PASSWORD = "tests-only-password"  # a throwaway server on loopback
TECHNICAL_WORDS = ("Traceback", "psycopg", "SSL error", "OperationalError", "libpq",
                   "verify failed", "127.0.0.1")


@pytest.fixture(scope="module")
def tls_server() -> Iterator[TlsServer]:
    try:
        server = start_tls_server()
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        pytest.fail(f"the TLS PostgreSQL server could not start: {exc}")
    if server is None:
        message = "PostgreSQL is not installed (apt-get install postgresql postgresql-contrib)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield server
    finally:
        server.remove()


@dataclass(frozen=True)
class Team:
    server: TlsServer
    database: str
    person: str

    def address_text(self, folder: str = "brennan", **settings: str) -> str:
        return self.server.address_text(self.person, self.database, folder, **settings)

    def address(self, folder: str = "brennan", **settings: str) -> ServerAddress:
        return parse_server_address(self.address_text(folder, **settings))

    @property
    def authority(self) -> str:
        return str(self.server.certificates.authority)


@pytest.fixture(scope="module")
def team(tls_server: TlsServer) -> Team:
    url = tls_server.new_database()
    add_person(url, "maria", PASSWORD)
    return Team(tls_server, url.rpartition("/")[2].partition("?")[0], "maria")


def _plain(error: BaseException) -> str:
    text = str(error)
    assert len(text.splitlines()) == 1, text
    assert not any(word in text for word in TECHNICAL_WORDS), text
    return text


def test_the_server_itself_takes_only_tls(tls_server: TlsServer) -> None:
    """The rest means something only if a plain connection would not get through anyway."""
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(tls_server.admin_url, sslmode="disable", connect_timeout=5).close()
    with psycopg.connect(tls_server.admin_url) as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                            ).fetchone() == (True,)


def test_with_the_servers_authority_a_folder_is_made_opened_and_kept(team: Team) -> None:
    address = team.address(sslrootcert=team.authority)
    assert (address.host, address.hostaddr, address.sslmode) == (NAME, "127.0.0.1",
                                                                  "verify-full")
    assert not address.is_local
    with Folder.create_shared(address, PASSWORD) as folder:
        plan = folder.records.add(Plan(payer="Medicare Part B")).value
    with Folder.open_shared(team.address(sslmode="verify-full", sslrootcert=team.authority),
                            PASSWORD) as again:
        assert [(p.id, p.payer) for p in again.plans()] == [(plan.id, "Medicare Part B")]
        with again._store.engine.connect() as conn:
            ssl = conn.exec_driver_sql(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").one()
        assert ssl[0] is True and ssl[1].startswith("TLS")


def test_the_authoritys_file_may_be_given_from_her_home(team: Team) -> None:
    kept = Path.home() / "Server certificates" / "authority.crt"
    kept.parent.mkdir(exist_ok=True)
    shutil.copyfile(team.authority, kept)
    address = team.address("from_home", sslrootcert="~/Server%20certificates/authority.crt")
    assert address.sslrootcert == "~/Server certificates/authority.crt"  # kept as she typed it
    assert parse_server_address(address.text()) == address
    with Folder.create_shared(address, PASSWORD) as folder:
        folder.records.add(Plan(payer="Aetna"))
        assert [p.payer for p in folder.plans()] == ["Aetna"]


@pytest.mark.parametrize("root", ["other", "none"])
def test_a_certificate_not_signed_by_her_authority_is_not_trusted(
        team: Team, root: str) -> None:
    settings = {"sslrootcert": str(team.server.certificates.other_authority)} if root == "other" \
        else {}  # none: the system's authorities, which never signed the test's
    before = _rows_of_the_folders(team)
    for attempt in (Folder.open_shared, Folder.create_shared):
        with pytest.raises(ServerNotTrustedError) as refused:
            attempt(team.address("not_trusted", **settings), PASSWORD)
        text = _plain(refused.value)
        assert text == ServerNotTrustedError(NAME).message
        assert NAME in text
        assert "its certificate could not be checked" in text
        assert "Ask whoever looks after the server for its certificate" in text
        assert "certificate verify failed" in refused.value.detail  # the cause, for the log
    assert _rows_of_the_folders(team) == before  # nothing was made


def test_a_certificate_for_another_server_is_not_trusted(team: Team) -> None:
    team.server.show_certificate("wrong")
    try:
        with pytest.raises(ServerNotTrustedError) as refused:
            Folder.open_shared(team.address(sslrootcert=team.authority), PASSWORD)
    finally:
        team.server.show_certificate("server")
    assert _plain(refused.value) == ServerNotTrustedError(NAME).message
    assert "does not match host name" in refused.value.detail


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
def test_a_connection_that_would_not_check_the_certificate_is_never_made(
        team: Team, mode: str) -> None:
    asked = team.server.connections_asked()
    with pytest.raises(PlainConnectionRefusedError) as refused:
        team.address(sslmode=mode, sslrootcert=team.authority)
    text = _plain(refused.value)
    assert text == PlainConnectionRefusedError(NAME, unchecked=mode == "require").message
    assert "ask whoever looks after the server for its certificate" in text
    # an address made by hand (not read from text) is refused by the services the same way
    by_hand = replace(team.address(sslrootcert=team.authority), sslmode=mode)
    for attempt in (Folder.open_shared, Folder.create_shared):
        with pytest.raises(PlainConnectionRefusedError):
            attempt(by_hand, PASSWORD)
    assert team.server.connections_asked() == asked


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["INFUSION_DESK_PASSWORD"] = PASSWORD
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return subprocess.run([sys.executable, "-m", "infusion_desk", *args], capture_output=True,
                          text=True, check=False, env=env, stdin=subprocess.DEVNULL, timeout=300)


def test_the_command_line_refuses_a_plain_connection_in_one_sentence(team: Team) -> None:
    asked = team.server.connections_asked()
    done = _run("check", team.address_text(sslmode="disable", sslrootcert=team.authority))
    assert done.returncode != 0
    assert done.stderr.strip() == PlainConnectionRefusedError(NAME).message
    _plain(PlainConnectionRefusedError(NAME))
    assert done.stdout == ""
    assert team.server.connections_asked() == asked


def test_the_command_line_tells_a_server_it_cannot_trust(team: Team) -> None:
    with Folder.create_shared(team.address("by_command", sslrootcert=team.authority),
                              PASSWORD):
        pass
    other = str(team.server.certificates.other_authority)
    done = _run("check", team.address_text("by_command", sslrootcert=other))
    assert done.returncode != 0
    assert done.stderr.strip() == ServerNotTrustedError(NAME).message
    trusted = _run("check", team.address_text("by_command", sslrootcert=team.authority))
    assert trusted.returncode == 0, trusted.stderr


def _rows_of_the_folders(team: Team) -> list[str]:
    with psycopg.connect(team.server.url_of(team.database)) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM folders ORDER BY name")]


def test_the_owners_commands_keep_the_rule_by_name_and_by_address(tls_server: TlsServer) -> None:
    database = tls_server.new_database().rpartition("/")[2].partition("?")[0]
    owner = urlsplit(tls_server.admin_url)
    place = f"{owner.username}:{owner.password}@{NAME}:{tls_server.port}/{database}"
    authority = tls_server.certificates.authority
    checked = f"postgresql://{place}?hostaddr=127.0.0.1&sslrootcert={authority}"
    done = _run("server", "setup", checked)
    assert done.returncode == 0, done.stderr
    assert "is ready for shared folders" in done.stdout
    asked = tls_server.connections_asked()
    for mode in ("disable", "require"):
        done = _run("server", "setup", f"{checked}&sslmode={mode}")
        assert done.returncode != 0
        assert done.stderr.strip() == PlainConnectionRefusedError(
            NAME, unchecked=mode == "require").message
    # this computer's name, another computer's address: not on this computer
    done = _run("server", "setup", f"postgresql://{owner.username}@localhost:{tls_server.port}/"
                                   f"{database}?hostaddr=192.0.2.7&sslmode=disable")
    assert done.returncode != 0
    assert done.stderr.strip() == PlainConnectionRefusedError("localhost").message
    assert tls_server.connections_asked() == asked
