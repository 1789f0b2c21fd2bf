"""Passwords of shared folders are remembered in the password keeper, one per person and server,
and a computer without a keeper remembers nothing (she is asked each time)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from memory_keyring import MemoryKeyring, keeper, no_keeper

from infusion_desk.services import remembered_passwords as passwords
from infusion_desk.services.addresses import parse_server_address

ADDRESS = parse_server_address("postgresql://maria@db.example.org/infusion?folder=brennan")


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with keeper(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def test_a_password_is_kept_per_person_and_server_not_per_folder(memory: MemoryKeyring) -> None:
    assert passwords.keeper_available()
    assert passwords.remembered_password(ADDRESS) is None
    assert passwords.remember_password(ADDRESS, "s3cret horse")
    assert memory.entries == {("Infusion Desk", "maria@db.example.org:5432/infusion"):
                              "s3cret horse"}
    other_folder = ADDRESS.with_folder("okafor")
    assert passwords.remembered_password(other_folder) == "s3cret horse"
    passwords.forget_password(ADDRESS)
    assert memory.entries == {}
    passwords.forget_password(ADDRESS)  # nothing to forget: no trouble


def test_without_a_keeper_nothing_is_remembered_and_nothing_fails() -> None:
    with keeper(no_keeper()):
        assert not passwords.keeper_available()
        assert not passwords.remember_password(ADDRESS, "s3cret")
        assert passwords.remembered_password(ADDRESS) is None
        passwords.forget_password(ADDRESS)


class _BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:  # noqa: ARG002
        raise RuntimeError("the keeper is locked")

    def set_password(self, service: str, username: str,  # noqa: ARG002
                     password: str) -> None:  # noqa: ARG002
        raise RuntimeError("the keeper is locked")


def test_a_keeper_in_trouble_is_asked_around_never_a_crash(
        caplog: pytest.LogCaptureFixture) -> None:
    with keeper(_BrokenKeyring()):
        assert passwords.remembered_password(ADDRESS) is None
        assert not passwords.remember_password(ADDRESS, "s3cret")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "maria" not in logged and "db.example.org" not in logged  # ids only, never names
