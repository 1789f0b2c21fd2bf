"""The commands about folders on a server: ``copy`` (a folder file to a server and back), a
demo folder written to a server, and what ``backup`` and ``restore`` say for a shared folder
(the server's job)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from infusion_desk.cli.common import EXIT_ERROR, EXIT_FAULT, EXIT_OK
from infusion_desk.cli.locations import (
    Location,
    ServerText,
    address_of,
    folder_location,
    is_server,
    open_folder,
    password_for,
)
from infusion_desk.core.i18n import translate

if TYPE_CHECKING:
    from infusion_desk.services.addresses import ServerAddress
    from infusion_desk.services.folder_copy import CopyComparison

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def shown(location: Location) -> str:
    """A folder's place as a message shows it: a path, or an address (never a password)."""
    return address_of(location).text() if is_server(location) else str(location)


def print_comparison(comparison: CopyComparison) -> None:
    from infusion_desk.services.copy_words import comparison_lines

    for line in comparison_lines(comparison):
        print(f"  {line}")


def terminal_progress() -> Callable[[int, int], None] | None:
    """How far a copy has got, on one line of the terminal (none when not a terminal)."""
    if sys.stderr is None or not sys.stderr.isatty():
        return None
    shown_percent = [-1]

    def tell(done: int, of: int) -> None:
        percent = 100 * done // of if of else 0
        if percent != shown_percent[0]:
            shown_percent[0] = percent
            end = "\n" if done >= of else ""
            print(f"\r  {percent} %", end=end, file=sys.stderr, flush=True)

    return tell


def cmd_copy(args: argparse.Namespace) -> int:
    from infusion_desk.services.folder_copy import copy_to_file, copy_to_server

    source: Location = args.source
    target: Location = args.target
    address = address_of(target) if is_server(target) else None  # its trouble said first
    password = password_for(address) if address is not None else None
    with open_folder(source, read_only=True, full_check=False) as folder:
        print(translate("CommandLine", "Copying {source} to {target}…").format(
            source=shown(source), target=shown(target)), flush=True)
        progress = terminal_progress()
        if address is not None:
            comparison = copy_to_server(folder, address, password, progress)
        else:
            assert isinstance(target, Path)
            comparison = copy_to_file(folder, target, progress)
    print(translate("CommandLine", "Copied {source} to {target}.").format(
        source=shown(source), target=shown(target)))
    print_comparison(comparison)
    return EXIT_OK if comparison.same else EXIT_FAULT


def demo_on_server(location: ServerText) -> int:
    """``demo ADDRESS``: the demo folder, written here first, then copied to the server."""
    from infusion_desk.demo import write_demo_folder
    from infusion_desk.services.folder_copy import copy_to_server

    address = address_of(location)
    password = password_for(address)
    with tempfile.TemporaryDirectory(prefix="infusion-desk-demo-") as scratch, \
            write_demo_folder(Path(scratch) / "demo.infusiondesk") as folder:
        comparison = copy_to_server(folder, address, password)
    print(translate("CommandLine", "Wrote a demo folder to {address}").format(
        address=address.text()))
    print_comparison(comparison)
    return EXIT_OK if comparison.same else EXIT_FAULT


def pg_dump_line(address: ServerAddress) -> str:
    host = f"--host={address.host} --port={address.port}"
    return (f"pg_dump {host} --format=custom "
            f"--file={address.database}.dump {address.database}")


def server_backup_words(address: ServerAddress) -> list[str]:
    return [
        translate(
            "CommandLine",
            "No backup was made: {folder} is a shared folder, kept on the server {host}, and "
            "backups of a shared folder are the server's job, not this computer's.").format(
                folder=address.folder, host=address.host),
        translate(
            "CommandLine",
            "Whoever looks after the server backs up its whole database (every folder in it) "
            "as the database's owner, for example each night with:"),
        f"  {pg_dump_line(address)}",
        translate(
            "CommandLine",
            "To keep a copy of this folder on this computer too, run: infusion-desk copy "
            "\"{address}\" NEWFILE").format(address=address.text()),
    ]


def backup_of_shared_folder(location: ServerText) -> int:
    """``backup ADDRESS`` and ``restore ADDRESS``: said plainly, nothing pretended."""
    for line in server_backup_words(address_of(location)):
        print(line, file=sys.stderr)
    return EXIT_ERROR


def add_copy(sub: Commands) -> None:
    copy = sub.add_parser(
        "copy", help=translate(
            "CommandLine", "copy a whole folder: a folder file to a server, or back"),
        description=translate(
            "CommandLine",
            "Copy every record (those in the trash too), every document and its pages, "
            "the links and the deadlines of a folder into a new one: from a folder file to "
            "a folder on a server (postgresql://NAME@SERVER/DATABASE?folder=FOLDER), or "
            "from a server to a new folder file. The folder copied is not changed; the new "
            "one must not hold anything yet. Afterwards both are counted and every "
            "document's fingerprint compared; exits 1 if they differ."))
    copy.add_argument("source", type=folder_location, metavar="SOURCE", help=translate(
        "CommandLine", "the folder to copy: a folder file or a server address"))
    copy.add_argument("target", type=folder_location, metavar="TARGET", help=translate(
        "CommandLine", "the new folder: a folder file that does not exist yet, or a server "
                       "address"))
    copy.set_defaults(run=cmd_copy)
