"""Where a shared folder is: a PostgreSQL server, a database on it, a folder in that database, and
the person who signs in. Qt-free and network-free: parsing and printing only.

Written as a URL wherever a folder file's path is accepted (the window's *Open shared folder…*,
every command)::

    postgresql://maria@db.example.org/infusion?folder=brennan

Rules, checked by :func:`parse_server_address` before anything is sent:

* The folder travels over the network only protected and to the right server: for any host but
  this computer (``localhost``, 127.0.0.0/8, ``::1``) ``sslmode`` must be ``verify-full`` (the
  default when not given) or ``verify-ca``; ``disable``, ``allow``, ``prefer`` and ``require``
  (no certificate check) raise :class:`PlainConnectionRefusedError` with a sentence saying why.
  On this computer the default is ``prefer``.
* ``hostaddr=`` (libpq's: the server's IP address, for a name the network's DNS does not know)
  is where the connection goes, while ``host`` stays the name the server's certificate must
  carry. The rule above looks at both: the name must be this computer's and so must the address
  for a connection to count as staying on this computer.
* ``sslrootcert=`` (the file of the authority that signed the server's certificate) may start
  with ``~``. Without it, the authorities this computer trusts are used (libpq's
  ``sslrootcert=system``), unless ``~/.postgresql/root.crt`` is there (libpq's own default).
* A password inside the address is refused (it would be kept in the shell's history and in the
  list of recent folders): it is asked for, or read from the system keyring, under
  :meth:`ServerAddress.keyring_key` (one password per person per server, whatever the folder).
* :meth:`ServerAddress.text` never holds a password, so it may be kept in the settings.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from sqlalchemy import URL

from infusion_desk.core.errors import (
    InvalidValueError,
    PasswordInAddressError,
    PlainConnectionRefusedError,
)
from infusion_desk.core.i18n import translate

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
CHECKED_SSL_MODES = ("verify-ca", "verify-full")  # the server's certificate is checked
DEFAULT_REMOTE_SSL = "verify-full"
DEFAULT_LOCAL_SSL = "prefer"
MAX_NAME = 63  # PostgreSQL's longest name (a role, a database); a folder name too


@dataclass(frozen=True)
class ServerAddress:
    """A folder on a PostgreSQL server, and who opens it. Never holds a password."""

    user: str
    host: str
    port: int
    database: str
    folder: str
    sslmode: str = DEFAULT_REMOTE_SSL
    sslrootcert: str = ""  # the authority that signed the server's certificate, if not the system's
    hostaddr: str = ""  # where to connect (an IP address), when ``host`` is only the name

    def sqlalchemy_url(self, password: str | None) -> URL:
        """The URL SQLAlchemy connects with (psycopg 3); the only place a password is joined."""
        query: dict[str, str] = {"sslmode": self.sslmode}
        root = root_certificate(self.sslrootcert, self.sslmode)
        if root:
            query["sslrootcert"] = root
        if self.hostaddr:
            query["hostaddr"] = self.hostaddr
        return URL.create("postgresql+psycopg", username=self.user, password=password or None,
                          host=self.host, port=self.port, database=self.database, query=query)

    def text(self) -> str:
        """The address as she would type it, without a password (safe to keep in settings)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = {"folder": self.folder}
        if self.sslmode != default_sslmode(self.host, self.hostaddr):
            query["sslmode"] = self.sslmode
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        if self.hostaddr:
            query["hostaddr"] = self.hostaddr
        return (f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}?{urlencode(query, quote_via=quote)}")

    def keyring_key(self) -> str:
        """Where her password for this server is kept in the system keyring (the folder is not
        part of it: one password per person per server)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def display(self) -> str:
        """For the title bar: the folder and the server it is on."""
        return f"{self.folder} — {self.host}"

    def with_folder(self, folder: str) -> ServerAddress:
        return replace(self, folder=_checked_name(folder, _folder_words()))

    @property
    def is_local(self) -> bool:
        """Whether the connection stays on this computer (by its name and by its address)."""
        return stays_here(self.host, self.hostaddr)


FolderLocation = Path | ServerAddress


def looks_like_server_address(text: str) -> bool:
    """Whether ``text`` is meant as a server address rather than a folder file's path."""
    head = text.strip().lower()
    return any(head.startswith(f"{scheme}://") for scheme in SCHEMES)


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def stays_here(host: str, hostaddr: str = "") -> bool:
    """Whether a connection to ``host`` (at ``hostaddr``, if given) stays on this computer."""
    return is_loopback(host) and (not hostaddr or is_loopback(hostaddr))


def default_sslmode(host: str, hostaddr: str = "") -> str:
    return DEFAULT_LOCAL_SSL if stays_here(host, hostaddr) else DEFAULT_REMOTE_SSL


def root_certificate(sslrootcert: str, sslmode: str) -> str:
    """The ``sslrootcert`` libpq is given: hers with ``~`` expanded (libpq does not); without
    one, for ``verify-full``, the system's authorities unless libpq's own file is there (libpq
    would otherwise refuse to check without ``~/.postgresql/root.crt``)."""
    if sslrootcert:
        return sslrootcert if sslrootcert == "system" else os.path.expanduser(sslrootcert)
    if sslmode == "verify-full" and not os.path.exists(
            os.path.expanduser(os.path.join("~", ".postgresql", "root.crt"))):
        return "system"
    return ""


def server_address(user: str, host: str, database: str, folder: str, *,
                   port: int = DEFAULT_PORT, sslmode: str = "",
                   sslrootcert: str = "", hostaddr: str = "") -> ServerAddress:
    """An address from its parts (the sign-in dialog's fields), checked as a parsed one is."""
    host = host.strip()
    if not host:
        raise InvalidValueError(translate("ServerAddress", "Please give the server's name."))
    if not 0 < port < 65536:
        raise InvalidValueError(translate(
            "ServerAddress", "The server's port must be a number from 1 to 65535."), str(port))
    hostaddr = _checked_hostaddr(hostaddr)
    mode = (sslmode or default_sslmode(host, hostaddr)).strip().lower()
    if mode not in SSL_MODES:
        raise InvalidValueError(translate(
            "ServerAddress", "The sslmode in this address is not one PostgreSQL knows."), mode)
    if not stays_here(host, hostaddr) and mode not in CHECKED_SSL_MODES:
        raise PlainConnectionRefusedError(host, unchecked=mode == "require")
    return ServerAddress(
        user=_checked_name(user, translate("ServerAddress", "your name on the server")),
        host=host, port=port,
        database=_checked_name(database, translate("ServerAddress", "the server's database")),
        folder=_checked_name(folder, _folder_words()), sslmode=mode, sslrootcert=sslrootcert,
        hostaddr=hostaddr)


def parse_server_address(text: str) -> ServerAddress:
    """Read an address such as ``postgresql://maria@db.example.org/infusion?folder=brennan``.

    Raises InvalidValueError (something missing or malformed; a password in it:
    PasswordInAddressError) or PlainConnectionRefusedError (the TLS rule above)."""
    if not looks_like_server_address(text):
        raise InvalidValueError(translate(
            "ServerAddress", "A server address starts with postgresql://"), _shape(text))
    try:
        parts = urlsplit(text.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError as exc:
        raise InvalidValueError(translate(
            "ServerAddress", "This server address cannot be read."), _shape(text)) from exc
    if parts.password is not None:
        raise PasswordInAddressError
    query: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "password":
            raise PasswordInAddressError
        if key not in ("folder", "sslmode", "sslrootcert", "hostaddr") or key in query:
            raise InvalidValueError(translate(
                "ServerAddress", "This server address has a setting the app does not know: "
                                 "{name}.").format(name=key), key)
        query[key] = value
    return server_address(
        unquote(parts.username or ""), parts.hostname or "localhost",
        unquote(parts.path.lstrip("/")), query.get("folder", ""), port=port,
        sslmode=query.get("sslmode", ""), sslrootcert=query.get("sslrootcert", ""),
        hostaddr=query.get("hostaddr", ""))


def _folder_words() -> str:
    return translate("ServerAddress", "the folder's name (folder=…)")


def _checked_hostaddr(hostaddr: str) -> str:
    """``hostaddr`` as libpq takes it: one IP address (a name goes in ``host``)."""
    hostaddr = hostaddr.strip()
    if not hostaddr:
        return ""
    try:
        return str(ipaddress.ip_address(hostaddr))
    except ValueError:
        raise InvalidValueError(translate(
            "ServerAddress", "In the server address, hostaddr= must be the server's IP address "
                             "(its name goes before the database)."), "hostaddr") from None


def _checked_name(name: str, what: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidValueError(translate(
            "ServerAddress", "The server address is missing {what}.").format(what=what))
    if len(name) > MAX_NAME or any(ord(ch) < 32 or ch == "\x7f" for ch in name):
        raise InvalidValueError(translate(
            "ServerAddress", "In the server address, {what} is too long or has characters "
                             "that cannot be used.").format(what=what))
    return name


def _shape(text: str) -> str:
    """What an address looked like, for the log: its scheme only (never what she typed)."""
    return text.strip().split(":", 1)[0][:20]
