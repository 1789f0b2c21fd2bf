"""Every command given a shared folder's server address instead of a folder file (issue 17): run
as she would run them, in a process of their own, against the test PostgreSQL server; and the
server owner's ``server setup|add-person|give``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pypdfium2
import pytest

from infusion_desk.core.records import Plan
from infusion_desk.services import Folder
from infusion_desk.services.addresses import parse_server_address
from infusion_desk.storage.shared.setup import add_person

PASSWORD = "tests-only-password"  # a throwaway server on loopback


def run(*args: str, password: str | None = PASSWORD, new_password: str | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("INFUSION_DESK_PASSWORD", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # no keyring: the next way
    if password is not None:
        env["INFUSION_DESK_PASSWORD"] = password
    if new_password is not None:
        env["INFUSION_DESK_NEW_PASSWORD"] = new_password
    done = subprocess.run([sys.executable, "-m", "infusion_desk", *args], capture_output=True,
                          text=True, check=False, env=env, stdin=subprocess.DEVNULL, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done


class Team:
    """A database set up for shared folders, and a person who signs in to it."""

    def __init__(self, server: object) -> None:
        self.url = server.new_database()  # type: ignore[attr-defined]
        self.person = server.unique_name("maria")  # type: ignore[attr-defined]
        add_person(self.url, self.person, PASSWORD)
        parts = urlsplit(self.url)
        self.place = f"{parts.hostname}:{parts.port}{parts.path}"

    def address(self, folder: str, person: str | None = None) -> str:
        return f"postgresql://{person or self.person}@{self.place}?folder={folder}"


@pytest.fixture(scope="module")
def team(pg_server: object) -> Team:
    return Team(pg_server)


@pytest.fixture(scope="module")
def demo_address(team: Team) -> str:
    address = team.address("brennan")
    done = run("demo", address)
    assert done.returncode == 0, done.stderr
    assert f"Wrote a demo folder to postgresql://{team.person}@" in done.stdout
    assert "Everything arrived" in done.stdout
    return address


def test_search_a_shared_folder(demo_address: str) -> None:
    done = run("search", demo_address, "authorization")
    assert done.returncode == 0, done.stderr
    assert "Document #" in done.stdout


def test_summary_of_a_shared_folder(demo_address: str, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    done = run("summary", demo_address, "-o", str(out))
    assert done.returncode == 0, done.stderr
    pdf = pypdfium2.PdfDocument(out.read_bytes())
    try:
        assert len(pdf) == 1
        assert "Brennan" in pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()


def test_check_a_shared_folder(demo_address: str) -> None:
    done = run("check", demo_address)
    assert done.returncode == 0, done.stderr
    assert "Plan: 3" in done.stdout and "Everything is in order" in done.stdout


def test_backup_of_a_shared_folder_is_the_servers_job(demo_address: str) -> None:
    done = run("backup", demo_address)
    assert done.returncode == 2
    assert "No backup was made" in done.stderr and "the server's job" in done.stderr
    assert "pg_dump --host=127.0.0.1" in done.stderr
    assert run("restore", demo_address, "--list").returncode == 2


def test_import_into_a_shared_folder(team: Team, tmp_path: Path) -> None:
    address = team.address("imports")
    Folder.create_shared(parse_server_address(address), PASSWORD).close()
    letter = tmp_path / "letter.txt"
    letter.write_text("Prior authorization PA-55123 approved", encoding="utf-8")
    done = run("import", address, str(letter))
    assert done.returncode == 0, done.stderr
    assert "letter.txt" in done.stdout
    with Folder.open_shared(parse_server_address(address), PASSWORD, read_only=True) as folder:
        assert [d.original_name for d in folder.documents()] == ["letter.txt"]


def test_copy_to_a_file_and_back_to_the_server(demo_address: str, team: Team,
                                               tmp_path: Path) -> None:
    back = tmp_path / "Brennan.infusiondesk"
    done = run("copy", demo_address, str(back))
    assert done.returncode == 0, done.stderr
    assert "Everything arrived" in done.stdout
    again = team.address("brennan-again")
    done = run("copy", str(back), again)
    assert done.returncode == 0, done.stderr
    assert "Everything arrived" in done.stdout
    # ``check`` tells the same counts of each (in the trash and not) as the copy did.
    on_file, on_server = run("check", str(back)), run("check", again)
    assert on_file.returncode == on_server.returncode == 0
    assert on_file.stdout.splitlines()[1:] == on_server.stdout.splitlines()[1:]
    counted = [line for line in done.stdout.splitlines() if line.startswith("  Plan: ")]
    assert counted and counted[0] in on_file.stdout.splitlines()


def test_copy_into_a_folder_that_holds_records_is_refused(demo_address: str,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "Small.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.add(Plan(payer="Aetna"))
    done = run("copy", str(path), demo_address)
    assert done.returncode == 2
    assert "already holds records" in done.stderr


def test_without_a_password_one_plain_sentence(demo_address: str) -> None:
    done = run("check", demo_address, password=None)
    assert done.returncode == 2
    assert "No password for" in done.stderr


def test_a_plain_connection_to_another_computer_is_refused_before_anything_is_sent() -> None:
    done = run("check", "postgresql://maria@db.example.org/infusion?folder=a&sslmode=disable")
    assert done.returncode == 2
    assert "refused" in done.stderr and "db.example.org" in done.stderr
    done = run("check", "postgresql://maria:secret@db.example.org/infusion?folder=a")
    assert done.returncode == 2 and "secret" not in done.stderr


def test_the_owner_sets_up_adds_people_and_gives_a_folder(pg_server: object) -> None:
    url = pg_server.new_database(set_up=False)  # type: ignore[attr-defined]
    done = run("server", "setup", url)
    assert done.returncode == 0, done.stderr
    assert "is ready for shared folders" in done.stdout
    anna = pg_server.unique_name("anna")  # type: ignore[attr-defined]
    ben = pg_server.unique_name("ben")  # type: ignore[attr-defined]
    for person in (anna, ben):
        done = run("server", "add-person", url, person, new_password=PASSWORD)
        assert done.returncode == 0, done.stderr
        assert f"{person} may now sign in" in done.stdout
    parts = urlsplit(url)
    family = f"{parts.hostname}:{parts.port}{parts.path}?folder=family"
    with Folder.create_shared(parse_server_address(f"postgresql://{anna}@{family}"),
                              PASSWORD) as folder:
        folder.records.add(Plan(payer="Medicare"))
    done = run("check", f"postgresql://{ben}@{family}")
    assert done.returncode == 2 and "no folder named family" in done.stderr
    done = run("server", "give", url, "family", ben)
    assert done.returncode == 0, done.stderr
    done = run("check", f"postgresql://{ben}@{family}")
    assert done.returncode == 0, done.stderr
    assert "Plan: 1" in done.stdout
    assert run("server", "add-person", url, "someone", password=None).returncode == 2


@pytest.mark.parametrize("command", [["copy"], ["server"], ["server", "setup"],
                                     ["server", "add-person"], ["server", "give"]])
def test_each_new_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]
                                   ) -> None:
    from infusion_desk.cli import main

    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    assert "usage: infusion-desk " + " ".join(command) in capsys.readouterr().out


def test_the_owners_address_checks_the_certificate_as_the_app_does(tmp_path: Path) -> None:
    """The owner's commands take the authority file as the app's own connections do: the
    system's authorities for another computer when none is given, a ``~`` expanded."""
    from infusion_desk.cli.server_commands import owner_url

    remote = owner_url("postgresql://owner:pw@db.example.org/infusion")
    assert remote.query["sslmode"] == "verify-full"
    assert remote.query["sslrootcert"] == "system"  # (the tests' home has no root.crt)
    given = owner_url("postgresql://owner:pw@db.example.org/infusion?sslrootcert=~/team-ca.crt")
    assert given.query["sslrootcert"] == str(Path("~/team-ca.crt").expanduser())
    here = owner_url("postgresql://owner:pw@localhost/infusion")
    assert "sslrootcert" not in here.query and "sslmode" not in here.query
