"""``infusion-desk server setup|add-person|give``: the server owner's commands (the storage's
``storage.shared.setup`` does the work).

``OWNER_ADDRESS`` is ``postgresql://OWNER@SERVER/DATABASE``: the database's owner signs in. Her
password may be in it (these commands are hers, run on the server's side), else it is read as
``psql`` reads it (``PGPASSWORD``, the ``.pgpass`` file), else asked when a terminal is there.
The TLS rule of every address holds here too: to another computer, only with the server's
certificate checked.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, TypeAlias

from infusion_desk.cli.common import EXIT_OK
from infusion_desk.core.errors import FolderError, InvalidValueError
from infusion_desk.core.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
NEW_PASSWORD_VARIABLE = "INFUSION_DESK_NEW_PASSWORD"


def owner_url(text: str) -> URL:
    """The owner's address, checked: a PostgreSQL URL, protected when it leaves this computer,
    with her password if she must be asked for it."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from infusion_desk.core.errors import PlainConnectionRefusedError
    from infusion_desk.storage.address import (
        CHECKED_SSL_MODES,
        DEFAULT_REMOTE_SSL,
        looks_like_server_address,
        root_certificate,
        stays_here,
    )

    try:
        url = make_url(text.strip()) if looks_like_server_address(text) else None
    except ArgumentError:
        url = None
    if url is None or not url.database:
        raise InvalidValueError(translate(
            "CommandLine", "Give the database's address as postgresql://OWNER@SERVER/DATABASE."))
    host = url.host or "localhost"
    mode = str(url.query.get("sslmode", "")).lower()
    if not stays_here(host, str(url.query.get("hostaddr", ""))):
        if not mode:
            url = url.update_query_dict({"sslmode": DEFAULT_REMOTE_SSL})
            mode = DEFAULT_REMOTE_SSL
        elif mode not in CHECKED_SSL_MODES:
            raise PlainConnectionRefusedError(host, unchecked=mode == "require")
    if mode:  # the authority file as the app's own connections take it (``~``, the system's)
        root = root_certificate(str(url.query.get("sslrootcert", "")), mode)
        if root:
            url = url.update_query_dict({"sslrootcert": root})
    if url.password is None and not os.environ.get("PGPASSWORD") and _has_terminal():
        password = getpass.getpass(translate(
            "CommandLine", "Password of {user} on {host}: ").format(
                user=url.username or "", host=host))
        if password:
            url = url.set(password=password)
    return url


def _has_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _said(url: URL) -> tuple[str, str]:
    return url.database or "", url.host or "localhost"


def new_password(name: str) -> str:
    """The new person's password: from INFUSION_DESK_NEW_PASSWORD, else asked twice."""
    given = os.environ.get(NEW_PASSWORD_VARIABLE)
    if given:
        return given
    if not _has_terminal():
        raise FolderError(translate(
            "CommandLine", "Give {name}'s new password in the INFUSION_DESK_NEW_PASSWORD "
                           "setting, or run this in a terminal to be asked for it.").format(
                name=name))
    first = getpass.getpass(translate("CommandLine", "New password for {name}: ").format(
        name=name))
    again = getpass.getpass(translate("CommandLine", "The same password again: "))
    if first != again:
        raise InvalidValueError(translate(
            "CommandLine", "The two passwords were not the same. Nothing was changed."))
    return first


def _url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def cmd_setup(args: argparse.Namespace) -> int:
    from infusion_desk.storage.shared.setup import setup_server

    url = owner_url(args.owner)
    before = setup_server(_url_text(url))
    database, host = _said(url)
    if before is None:
        print(translate(
            "CommandLine", "The database {database} on {host} is ready for shared folders. "
                           "Add each person who signs in with: infusion-desk server "
                           "add-person").format(database=database, host=host))
    else:
        print(translate(
            "CommandLine", "The database {database} on {host} is ready for shared folders "
                           "(it was set up before; brought up to date if it had to be).").format(
                database=database, host=host))
    return EXIT_OK


def cmd_add_person(args: argparse.Namespace) -> int:
    from infusion_desk.storage.shared.setup import add_person

    url = owner_url(args.owner)
    add_person(_url_text(url), args.name, new_password(args.name))
    database, host = _said(url)
    print(translate(
        "CommandLine", "{name} may now sign in to {database} on {host}. She sees only the "
                       "folders she makes or is given (infusion-desk server give).").format(
            name=args.name, database=database, host=host))
    return EXIT_OK


def cmd_give(args: argparse.Namespace) -> int:
    from infusion_desk.storage.shared.setup import give_folder

    url = owner_url(args.owner)
    give_folder(_url_text(url), args.folder, args.name)
    print(translate("CommandLine", "{name} may now open the folder {folder}.").format(
        name=args.name, folder=args.folder))
    return EXIT_OK


def _owner_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("owner", metavar="OWNER_ADDRESS", help=translate(
        "CommandLine", "the database, as its owner signs in: postgresql://OWNER@SERVER/DATABASE"))


def add_server(sub: Commands) -> None:
    server = sub.add_parser(
        "server", help=translate(
            "CommandLine", "set up a PostgreSQL database for shared folders (its owner's jobs)"),
        description=translate(
            "CommandLine",
            "The jobs of whoever looks after the care team's PostgreSQL server, signed in as "
            "the database's owner: set the database up for shared folders, add a person who "
            "signs in, give a person a folder. Each person sees only the folders she made or "
            "was given. The owner's password is read as psql reads it (PGPASSWORD, the "
            ".pgpass file) or asked for."))
    jobs = server.add_subparsers(dest="server_command", metavar="JOB", required=True,
                                 prog="infusion-desk server")
    setup = jobs.add_parser("setup", help=translate(
        "CommandLine", "make the database ready for shared folders (again: bring it up to "
                       "date)"), description=translate(
        "CommandLine", "Make the tables, the team's role and the rules of who sees what in "
                       "the database. Run again after updating the app: it brings the database "
                       "up to date and changes nothing else."))
    _owner_argument(setup)
    setup.set_defaults(run=cmd_setup)
    person = jobs.add_parser("add-person", help=translate(
        "CommandLine", "add a person who signs in"), description=translate(
        "CommandLine", "Add a person of the care team, who signs in with her own name and "
                       "password (asked for twice, or given in INFUSION_DESK_NEW_PASSWORD). "
                       "The server keeps only a fingerprint of it."))
    _owner_argument(person)
    person.add_argument("name", metavar="NAME", help=translate(
        "CommandLine", "her name on the server (what she types to sign in)"))
    person.set_defaults(run=cmd_add_person)
    give = jobs.add_parser("give", help=translate(
        "CommandLine", "let a person open a folder"), description=translate(
        "CommandLine", "Let a person open a folder that is on the server (she sees it the "
                       "next time she opens it)."))
    _owner_argument(give)
    give.add_argument("folder", metavar="FOLDER", help=translate(
        "CommandLine", "the folder's name"))
    give.add_argument("name", metavar="NAME", help=translate(
        "CommandLine", "the person's name on the server"))
    give.set_defaults(run=cmd_give)
