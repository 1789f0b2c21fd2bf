"""Where a command's folder is: a folder file's path, or a folder on a PostgreSQL server
(``postgresql://maria@db.example.org/infusion?folder=brennan``), and the password to sign in.

An address is only told apart from a path while the arguments are read; it is checked (the TLS
rule, no password in it) when the command runs, so that trouble is said as one sentence like
any other. The password comes from the system keyring (where *Open shared folder…* keeps it when
she asks), else from ``INFUSION_DESK_PASSWORD``, else it is asked for when a terminal is there.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, TypeGuard

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate

if TYPE_CHECKING:
    from infusion_desk.services import Folder
    from infusion_desk.services.addresses import ServerAddress

PASSWORD_VARIABLE = "INFUSION_DESK_PASSWORD"


class ServerText(str):
    """A server address as it was typed (checked when the command runs)."""

    __slots__ = ()

    @property
    def name(self) -> str:
        """What a message calls it (as a path's name is): the folder and its server."""
        try:
            return address_of(self).display()
        except FolderError:
            return translate("CommandLine", "the shared folder")


Location: TypeAlias = "Path | ServerText"


def folder_location(value: str) -> Location:
    """A folder file's path, or a server address (argparse's type for a folder)."""
    from infusion_desk.services.addresses import looks_like_server_address

    if looks_like_server_address(value):
        return ServerText(value.strip())
    return Path(value).expanduser()


def is_server(location: object) -> TypeGuard[ServerText]:
    return isinstance(location, ServerText)


def address_of(location: str) -> ServerAddress:
    from infusion_desk.services.addresses import parse_server_address

    return parse_server_address(str(location))


class NoPasswordError(FolderError):
    def __init__(self, address: ServerAddress) -> None:
        super().__init__(translate(
            "CommandLine",
            "No password for {user} on {host}: keep it in this computer's keyring (Open "
            "shared folder… in the window, with “Remember on this computer”), or give it in "
            "the INFUSION_DESK_PASSWORD setting of the command line.").format(
                user=address.user, host=address.host))


def password_for(address: ServerAddress) -> str:
    """Her password for ``address``'s server: from the keyring, the environment, or asked."""
    kept = _from_keyring(address)
    if kept:
        return kept
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(translate(
                "CommandLine", "Password for {user} on {host}: ").format(
                    user=address.user, host=address.host))
        except EOFError:
            pass
    raise NoPasswordError(address)


def _from_keyring(address: ServerAddress) -> str | None:
    from infusion_desk.services.remembered_passwords import remembered_password

    return remembered_password(address)  # (None when there is no keeper, or it refuses)


def open_folder(location: Location, *, read_only: bool = False, full_check: bool = True,
                search_index_damage_ok: bool = False) -> Folder:
    """The folder at ``location`` (a file, or a folder on a server, signed in as the address
    says)."""
    from infusion_desk.services import Folder

    if isinstance(location, ServerText):
        address = address_of(location)
        return Folder.open_shared(address, password_for(address), read_only=read_only)
    return Folder.open(location, read_only=read_only, full_check=full_check,
                       search_index_damage_ok=search_index_damage_ok)


def location_name(location: Location) -> str:
    return location.name
