"""Passwords for shared folders, remembered in the computer's own password keeper (the system
keyring: Keychain, Windows Credential Manager, GNOME Keyring / KWallet), never in the settings
file. One password per person and server (``ServerAddress.keyring_key()``: the folder is not in
it). Where the computer has no password keeper (a headless Linux machine: keyring's ``fail``
backend), nothing is remembered and she is asked each time.

Keyring calls may wait on the desktop's keeper (a D-Bus call): the window makes them off its
thread. Trouble with the keeper is never a reason not to open a folder: it is logged (without the
address's person or server) and the password is simply not remembered.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from infusion_desk.services.addresses import ServerAddress

log = logging.getLogger(__name__)

SERVICE = "Infusion Desk"  # the name the password keeper shows beside each entry


def keeper_available() -> bool:
    """This computer has a password keeper that can keep a password."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        keeper = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keeper set-up is no keeper, never a crash
        log.warning("the password keeper could not be found", exc_info=True)
        return False
    if isinstance(keeper, fail.Keyring):
        return False
    if isinstance(keeper, chainer.ChainerBackend) and not keeper.backends:
        return False
    try:
        from keyring.backends import null

        if isinstance(keeper, null.Keyring):
            return False
    except ImportError:  # (older keyring: no null backend)
        pass
    return True


def remembered_password(address: ServerAddress) -> str | None:
    """The password remembered for this person on this server, or None."""
    if not keeper_available():
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, address.keyring_key())
    except Exception:  # noqa: BLE001 - the keeper is locked, gone or refuses: asked instead
        log.warning("a remembered password could not be read", exc_info=True)
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the password keeper; False if it could not be kept."""
    if not keeper_available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, address.keyring_key(), password)
    except Exception:  # noqa: BLE001 - not kept: she is asked next time, nothing else changes
        log.warning("a password could not be remembered", exc_info=True)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    """Forget the remembered password (it was refused, or she unticked the box)."""
    if not keeper_available():
        return
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):  # none was remembered
            keyring.delete_password(SERVICE, address.keyring_key())
    except Exception:  # noqa: BLE001
        log.warning("a remembered password could not be forgotten", exc_info=True)
