"""Trouble with a folder kept on a PostgreSQL server (a shared folder): the server out of reach,
a sign-in refused, a folder not given to her, a connection that would not be protected. Read from
:mod:`infusion_desk.core.errors` like the rest.

Each says what happened and what to do in plain words; ``detail`` holds the server's own words
for the log (never a password: the server never repeats one).
"""

from __future__ import annotations

from infusion_desk.core.errors import (
    FolderError,
    InvalidValueError,
    ReadFailedError,
    SaveFailedError,
)
from infusion_desk.core.i18n import translate


class ServerUnreachableError(SaveFailedError):
    """The server could not be reached (refused, timed out, or the connection was lost): a
    change was not saved. The sentence promises nothing more: in the window, a change made
    through ``FolderContext.perform`` is kept by the outbox, which says so itself
    (``KeptForLaterError``, the banner); elsewhere (the command line, an import) it is not.
    ``host``: the server's name as she gave it."""

    def __init__(self, host: str, detail: str = "") -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The server {host} cannot be reached right now, so this change was not "
                "saved. Check that this computer is connected to the network, then try "
                "again.").format(host=host),
            detail=detail,
        )
        self.host = host


class ServerUnreachableReadingError(ServerUnreachableError, ReadFailedError):
    """The server could not be reached while something was read (or the folder opened)."""

    def __init__(self, host: str, detail: str = "") -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "The server {host} cannot be reached right now. Check that this computer is "
                "connected to the network, then try again. Nothing was changed.").format(
                    host=host),
            detail=detail,
        )
        self.host = host


class SignInFailedError(FolderError):
    """The server refused the name or the password."""

    def __init__(self, user: str, detail: str = "") -> None:
        super().__init__(
            translate(
                "Errors",
                "The server did not accept the name {user} with this password. Check both "
                "and try again; whoever set up the server can set a new password.").format(
                    user=user),
            detail=detail,
        )
        self.user = user


class FolderNotGivenError(FolderError):
    """The folder does not exist on the server, or was not given to this person (the two are
    told alike on purpose: no one learns which folders others hold)."""

    def __init__(self, folder: str, detail: str = "") -> None:
        super().__init__(
            translate(
                "Errors",
                "There is no folder named {folder} on this server that you may open. Check "
                "the name, or ask whoever set up the server to give it to you.").format(
                    folder=folder),
            detail=detail,
        )
        self.folder = folder


class PlainConnectionRefusedError(FolderError):
    """A connection to another computer that would not be protected (no TLS, or a certificate
    that is not checked) is refused before anything is sent."""

    def __init__(self, host: str, *, unchecked: bool = False) -> None:
        if unchecked:
            message = translate(
                "Errors",
                "The connection to {host} was refused because the server's certificate would "
                "not be checked, so the folder could go to a computer pretending to be it. "
                "Use sslmode=verify-full (the usual setting), and ask whoever looks after the "
                "server for its certificate if this computer does not have it.").format(
                    host=host)
        else:
            message = translate(
                "Errors",
                "The connection to {host} was refused because it would not be protected, so "
                "the folder would cross the network where others could read it. Use "
                "sslmode=verify-full (the usual setting), and ask whoever looks after the "
                "server for its certificate if this computer does not have it.").format(
                    host=host)
        super().__init__(message, detail=host)
        self.host = host


class PasswordInAddressError(InvalidValueError):
    """A password written inside a server address is refused: it would stay in the shell's
    history and the list of recent folders."""

    def __init__(self) -> None:
        super().__init__(translate(
            "Errors",
            "Please leave the password out of the server address: it would be kept where "
            "others can read it. You are asked for it when the folder opens."))


class ServerNotTrustedError(FolderError):
    """The server could not prove it is the server named (its certificate was not signed by an
    authority this computer trusts, or names another server): nothing was sent to it."""

    def __init__(self, host: str, detail: str = "") -> None:
        super().__init__(
            translate(
                "Errors",
                "The server {host} could not prove that it is the right server: its "
                "certificate could not be checked, so nothing was sent to it. Ask whoever "
                "looks after the server for its certificate file, and give that file in the "
                "address (sslrootcert=…).").format(host=host),
            detail=detail,
        )
        self.host = host


class ServerNotReadyError(FolderError):
    """The database was never set up for Infusion Desk, or was set up by an older version."""

    def __init__(self, database: str, detail: str = "") -> None:
        super().__init__(
            translate(
                "Errors",
                "The database {database} on this server is not ready for Infusion Desk. Ask "
                "whoever set up the server to run “infusion-desk server setup” again.").format(
                    database=database),
            detail=detail,
        )


class ServerTooNewError(FolderError):
    """The server's folders were set up by a newer Infusion Desk than this one."""

    def __init__(self, database: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "The folders in {database} were set up by a newer version of Infusion Desk. "
                "Please update the app to open them. Nothing was changed.").format(
                    database=database),
            detail=database,
        )


class ServerFolderExistsError(FolderError):
    """A new folder was asked for under a name the server already holds."""

    def __init__(self, folder: str) -> None:
        super().__init__(
            translate(
                "Errors",
                "There is already a folder named {folder} on this server. Choose another "
                "name.").format(folder=folder),
            detail=folder,
        )
        self.folder = folder


class ServerBusyError(SaveFailedError):
    """Someone else's save held the same records at the same moment (the server stopped one of
    the two so neither waits for ever): nothing of this one was saved; trying again works."""

    def __init__(self, detail: str = "") -> None:
        FolderError.__init__(
            self,
            translate(
                "Errors",
                "Someone else was saving the same thing at the same moment, so this was not "
                "saved. Try again."),
            detail=detail,
        )
