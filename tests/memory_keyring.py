"""A password keeper held in memory, for the tests: they never touch the computer's own keyring
(``keyring.set_keyring``). ``NoKeeper`` stands for a computer without one (keyring's ``fail``
backend, as on a headless Linux machine)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # (a class property in the base)

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@contextmanager
def keeper(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Use ``backend`` as the computer's password keeper while inside."""
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def no_keeper() -> KeyringBackend:
    return fail.Keyring()
