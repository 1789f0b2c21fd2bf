"""The server's errors as plain FolderErrors, told apart from bugs (as ``storage.trouble`` does
for a folder file).

* The server out of reach (refused, timed out, shut down, the connection lost): the
  ``ServerUnreachableError`` of a write (nothing stored; the window's outbox keeps it), or
  ``ServerUnreachableReadingError`` of a read or an opening.
* A name or password refused: ``SignInFailedError``.
* A certificate that could not be checked, or a server that offers no TLS where it is required:
  ``ServerNotTrustedError`` (nothing was sent).
* A database that is not there, or a folder taken from her while open (row-level security
  refused a row; permission denied): ``FolderNotGivenError``.
* Too many connections, the server in recovery: out of reach for now.
* A number the server's columns cannot hold (an integer past 2**31 - 1):
  ``InvalidValueError``, as a folder file says it.
* Two saves that held the same records at once, one of them stopped by the server (a deadlock,
  a serialization failure, a lock not had in time): ``ServerBusyError`` (try again).

Anything else (SQL we got wrong, a constraint we broke) is a bug: :func:`server_trouble` raises
it again unchanged, so it is logged with its traceback.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from infusion_desk.core.errors import (
    FolderError,
    FolderNotGivenError,
    InvalidValueError,
    ServerBusyError,
    ServerNotTrustedError,
    ServerUnreachableError,
    ServerUnreachableReadingError,
    SignInFailedError,
)
from infusion_desk.core.i18n import translate
from infusion_desk.storage.address import ServerAddress

# SQLSTATE codes and classes (PostgreSQL's appendix A).
_SIGN_IN = frozenset({"28P01", "28000"})  # invalid password; invalid authorization
_NOT_GIVEN = frozenset({"3D000", "42501"})  # no such database; insufficient privilege
_AWAY_CLASSES = ("08", "57")  # connection exception; operator intervention (shutdown)
_AWAY = frozenset({"53300", "53400"})  # too many connections; configuration limit exceeded
_TOO_LARGE = frozenset({"22003"})  # numeric value out of range
_BUSY = frozenset({"40001", "40P01", "55P03"})  # serialization failure; deadlock; lock not had
_TLS_WORDS = ("certificate", "does not support ssl", "ssl is not enabled",
              "ssl connection is required")
# libpq's words when the connection itself is refused (the error then carries no SQLSTATE).
_SIGN_IN_WORDS = ("password authentication failed", "no password supplied",
                  "authentication failed", "no pg_hba.conf entry")
_NO_ROLE_WORDS = ("role \"", "\" does not exist")
_NO_DATABASE_WORDS = ("database \"", "\" does not exist")


def server_trouble(exc: BaseException, address: ServerAddress, *, writing: bool) -> FolderError:
    """The FolderError ``exc`` means, or ``exc`` raised again if it is a bug."""
    orig: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    code = getattr(orig, "sqlstate", None)
    words = str(orig).lower()
    detail = _detail(orig, code, words)
    if code in _SIGN_IN or (code is None and (
            any(w in words for w in _SIGN_IN_WORDS) or all(w in words for w in _NO_ROLE_WORDS))):
        return SignInFailedError(address.user, detail)
    if code in _NOT_GIVEN or (code is None and all(w in words for w in _NO_DATABASE_WORDS)):
        return FolderNotGivenError(address.folder, detail)
    if code in _BUSY:
        return ServerBusyError(detail)
    if code in _TOO_LARGE:
        if writing:
            return InvalidValueError(translate(
                "Store", "A number here is too large to be stored, so it was not saved."), detail)
        return InvalidValueError(translate(
            "Store", "A number here is too large to be in the folder."), detail)
    lost = isinstance(exc, DBAPIError) and exc.connection_invalidated
    if code is None and any(w in words for w in _TLS_WORDS) and not lost:
        return ServerNotTrustedError(address.host, detail)
    if lost or code in _AWAY or (code or "")[:2] in _AWAY_CLASSES or (
            code is None and _is_operational(orig)):
        if writing:
            return ServerUnreachableError(address.host, detail)
        return ServerUnreachableReadingError(address.host, detail)
    raise exc


def _is_operational(orig: BaseException) -> bool:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(orig, psycopg.OperationalError)


def _detail(orig: BaseException, code: str | None, words: str) -> str:
    """For the log: the error's type and SQLSTATE; without a code (the connection itself
    failed: refused, timed out, TLS), libpq's first line, which names the host, never a person."""
    if code is not None or any(w in words for w in (*_SIGN_IN_WORDS, "does not exist")):
        return f"{type(orig).__name__} {code or ''}"  # (the words would name her)
    text = str(orig).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(orig).__name__}: {first}"[:300]
