"""The ``infusion-desk`` command: the window, or a headless job over the same services.

``infusion-desk`` or ``infusion-desk FOLDER`` opens the window; ``infusion-desk COMMAND ...`` runs a
job without one. Known trouble prints one plain sentence on stderr and exits non-zero, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import infusion_desk
from infusion_desk import APP_NAME, FILE_SUFFIX
from infusion_desk.cli.argparse_words import speak_argparse
from infusion_desk.cli.backup_commands import cmd_backup as _cmd_backup
from infusion_desk.cli.backup_commands import cmd_restore as _cmd_restore
from infusion_desk.cli.common import EXIT_ERROR, EXIT_FAULT, EXIT_OK
from infusion_desk.cli.common import folder_path as _folder_path
from infusion_desk.cli.locations import folder_location, is_server, open_folder
from infusion_desk.cli.paper_commands import add_paper_commands
from infusion_desk.cli.server_commands import add_server
from infusion_desk.cli.shared_commands import add_copy, demo_on_server, shown
from infusion_desk.core.counts import count_label
from infusion_desk.core.errors import FolderError, ReadOnlyFolderError
from infusion_desk.core.i18n import translate
from infusion_desk.demo.letter_corpus.command import add_ocr_accuracy

__all__ = ["EXIT_ERROR", "EXIT_FAULT", "EXIT_OK", "build_parser", "main"]


class _Version(argparse.Action):
    """``--version``: the version is looked up only when asked for (a slow lookup at start)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,  # noqa: ARG002
                 values: object, option_string: str | None = None) -> None:  # noqa: ARG002
        parser.exit(message=f"{APP_NAME} {infusion_desk.__version__}\n")


def _cmd_demo(args: argparse.Namespace) -> int:
    from infusion_desk.demo import write_demo_folder
    from infusion_desk.services.folder import remove_folder_file

    if is_server(args.path):
        return demo_on_server(args.path)
    path: Path = args.path
    if path.exists() and args.replace:
        remove_folder_file(path)
    folder = write_demo_folder(path)
    with folder:
        counts = folder.counts()
    print(translate("CommandLine", "Wrote a demo folder to {path}").format(path=path))
    for label, number in counts.items():
        print(f"  {count_label(label)}: {number}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from infusion_desk.services.copy_words import tally_lines
    from infusion_desk.services.folder_copy import tally
    from infusion_desk.services.trouble_words import check_findings

    if args.rebuild_index:  # opens for changes even if the quick check finds the index damaged
        with open_folder(args.path, search_index_damage_ok=True) as folder:
            if folder.read_only:
                raise ReadOnlyFolderError(folder.read_only_reason)
            print(folder.upkeep.rebuild_search_index().message)
    with open_folder(args.path, read_only=True) as folder:
        report = folder.check()
        counted = tally(folder, read_bytes=False) if report.records_ok else None
    print(translate("CommandLine", "Checked {path}").format(path=shown(args.path)))
    if counted is not None:  # the same lines as a copy's: each kind, in the trash and not
        for line in tally_lines(counted):
            print(f"  {line}")
    else:
        for key, number in report.counts.items():
            print(f"  {count_label(key)}: {number}")
    if report.ok:
        print(translate(
            "CommandLine",
            "Everything is in order: the file is sound and every document matches "
            "its fingerprint."))
        return EXIT_OK
    for line in check_findings(report):
        print(f"  {line}", file=sys.stderr)
    if report.search_index_only:
        print(translate(
            "CommandLine",
            "Rebuild the search index with: infusion-desk check \"{path}\" "
            "--rebuild-index").format(path=args.path), file=sys.stderr)
    else:
        print(translate(
            "CommandLine",
            "This folder has problems. Do not delete your backups."), file=sys.stderr)
    return EXIT_FAULT


def _cmd_search(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    with open_folder(args.path, read_only=True, full_check=False) as folder:
        hits = folder.search(text, limit=args.limit)
    if not hits:
        print(translate("CommandLine", "Nothing found for “{text}”.").format(text=text))
        return EXIT_OK
    for hit in hits:
        where = translate("CommandLine", " (page {page})").format(page=hit.page) if hit.page else ""
        print(translate(
            "CommandLine",
            "{label} #{record_id}{where}: {title}").format(
                label=hit.kind.label, record_id=hit.record_id, where=where, title=hit.title))
        if hit.snippet:
            print(f"    {hit.snippet}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from infusion_desk.services.importing import import_files, status_line

    with open_folder(args.path) as folder:  # each line at once: a stopped import has told all
        if folder.read_only:
            raise ReadOnlyFolderError(folder.read_only_reason)
        outcomes = import_files(folder, args.files, today=date.today(),
                                on_outcome=lambda outcome: print(status_line(outcome), flush=True))
    return EXIT_OK if all(o.ok for o in outcomes) else EXIT_FAULT


def _cmd_screenshots(args: argparse.Namespace) -> int:
    from infusion_desk.services import Folder
    from infusion_desk.ui.screenshots import take_screenshots

    if args.folder is not None:  # known trouble said here, before any window opens
        Folder.open(args.folder).close()

    for path in take_screenshots(args.out_dir, args.folder):
        print(path)
    return EXIT_OK


def _add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser(
        "check", help=translate("CommandLine", "check a folder file and every stored document"),
        description=translate(
            "CommandLine",
            "Run SQLite's integrity check of every table and index (the search "
            "index's too), check the search index against the records, verify "
            "every stored document against its fingerprint (SHA-256) and count the "
            "records. Exits 1 if anything is wrong."))
    check.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "the folder file, or a shared folder's server address"))
    check.add_argument("--rebuild-index", action="store_true",
                       help=translate(
                           "CommandLine",
                           "first make the search index again from the records (when the check "
                           "says it is damaged; the records are not changed)"))
    check.set_defaults(run=_cmd_check)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infusion-desk",
        usage="infusion-desk [FOLDER | --demo]\n       infusion-desk COMMAND [options]",
        description=(
            translate(
                "CommandLine",
                "{APP_NAME} keeps the insurance paperwork for home infusion therapy in "
                "one folder file ({FILE_SUFFIX}). Run it with no command, or with a "
                "folder file, to open the window. The commands below run without a "
                "window.").format(APP_NAME=APP_NAME, FILE_SUFFIX=FILE_SUFFIX)
        ),
    )
    parser.add_argument("--version", action=_Version, nargs=0, help=translate(
        "CommandLine", "show the version and exit"))
    parser.add_argument("--demo", action="store_true",
                        help=translate(
                            "CommandLine",
                            "open the window on the demo folder (written the first time)"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate(
                            "CommandLine",
                            "check that this installation works (uses only temporary files, shows "
                            "the window briefly) and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="infusion-desk")

    demo = sub.add_parser("demo", help=translate(
        "CommandLine", "write a demo folder for an invented patient"),
                          description=translate(
                              "CommandLine",
                              "Write a realistic demo folder for an invented patient."))
    demo.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "where to write the new folder file, or a server address"))
    demo.add_argument("--replace", action="store_true",
                      help=translate(
                          "CommandLine",
                          "replace an existing Infusion Desk folder file at PATH"))
    demo.set_defaults(run=_cmd_demo)

    _add_check(sub)

    search = sub.add_parser("search", help=translate(
        "CommandLine", "find words in every record and document"),
                            description=translate(
                                "CommandLine",
                                "Search every record and the text of every document."))
    search.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "the folder file, or a shared folder's server address"))
    search.add_argument("text", nargs="+", help=translate("CommandLine", "what to look for"))
    search.add_argument("--limit", type=int, default=30, help=translate(
        "CommandLine", "show at most this many hits"))
    search.set_defaults(run=_cmd_search)

    imp = sub.add_parser(
        "import", help=translate("CommandLine", "add files to a folder"),
        description=translate(
            "CommandLine",
            "Add documents (letters, scans, photos, emails, any file) to a folder. "
            "One line per file, printed as soon as that file is stored, says "
            "whether it was imported, was already there, or was refused and why. A "
            "ZIP archive is kept as one file. Exits 0 only if every file went in."))
    imp.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "the folder file, or a shared folder's server address"))
    imp.add_argument("files", nargs="+", type=Path, help=translate(
        "CommandLine", "files or folders of files to add"))
    imp.set_defaults(run=_cmd_import)

    add_paper_commands(sub)
    add_copy(sub)
    add_server(sub)

    backup = sub.add_parser(
        "backup", help=translate("CommandLine", "make a backup snapshot of a folder now"),
        description=translate(
            "CommandLine",
            "Take a snapshot of a folder file (open or not) into its backups: the "
            "directory \"NAME Backups\" beside the folder file, or in the place "
            "given with --backups. Each document's bytes are kept there once, "
            "however many snapshots refer to them. Old snapshots are thinned out "
            "as usual."))
    backup.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "the folder file (a shared folder's backups are the server's job)"))
    backup.add_argument("--backups", type=_folder_path, metavar="PLACE",
                        help=translate(
                            "CommandLine",
                            "the place that holds the backups (default: beside the folder file)"))
    backup.set_defaults(run=_cmd_backup)

    restore = sub.add_parser(
        "restore", help=translate("CommandLine", "list a folder's backups, or put one back"),
        description=translate(
            "CommandLine",
            "With --list, show a folder's backups, newest first, numbered. With "
            "--from N, rebuild the folder file from backup number N, checking "
            "every document; what the file held before is first kept as a backup "
            "of its own (or, if it is damaged, moved aside). The folder must not "
            "be open. Backups are never deleted."))
    restore.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "the folder file (a shared folder is put back by its server)"))
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("--list", action="store_true", help=translate(
        "CommandLine", "list the backups"))
    which.add_argument("--from", dest="number", type=int, metavar="N",
                       help=translate(
                           "CommandLine",
                           "restore backup number N of the list (1 is the newest)"))
    restore.add_argument("--backups", type=_folder_path, metavar="PLACE",
                         help=translate(
                             "CommandLine",
                             "the place that holds the backups (default: beside the folder file)"))
    restore.add_argument("--into", type=_folder_path, metavar="NEWFILE",
                         help=translate(
                             "CommandLine",
                             "write the restored folder to a new file instead of PATH"))
    restore.add_argument("--allow-missing-documents", action="store_true",
                         help=translate(
                             "CommandLine",
                             "restore even if some documents' files are missing from the backup"))
    restore.set_defaults(run=_cmd_restore)

    shots = sub.add_parser(
        "screenshots", help=translate("CommandLine", "save a picture of every tab"),
        description=translate(
            "CommandLine",
            "Render each tab of a folder (the demo folder by default) to PNG, at "
            "normal and 150 %% text size, without showing a window."))
    shots.add_argument("out_dir", type=Path, metavar="OUTDIR", help=translate(
        "CommandLine", "where to save the pictures"))
    shots.add_argument("--folder", type=_folder_path, help=translate(
        "CommandLine", "the folder to show (default: demo)"))
    shots.set_defaults(run=_cmd_screenshots)

    add_ocr_accuracy(sub)
    return parser


def _is_command_line(argv: Sequence[str]) -> bool:
    if list(argv) == ["--demo"]:
        return False  # the window, opened on the demo folder
    return bool(argv) and (argv[0].startswith("-") or argv[0] in _command_names())


def _command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    # The PDF worker is a spawned process: in a frozen app it must not start the app again.
    # (``freeze_support`` does nothing unless frozen; multiprocessing loads when first used.)
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if "--lag-probe" in args_list:  # the window's lag probe (the benchmark's), see ui.lag_probe
        from infusion_desk.ui.lag_probe import take_option

        args_list = take_option(args_list)
    if not _is_command_line(args_list):
        from infusion_desk.app import run_app

        return int(run_app(args_list))
    from infusion_desk.app import speak_her_language

    speak_her_language()  # the messages below in her language (Qt is loaded for its translator)
    speak_argparse()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.self_test:
        from infusion_desk.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    from infusion_desk.services.trouble_words import terminal_hears_only_plain_lines

    terminal_hears_only_plain_lines()
    try:
        result: int = args.run(args)
    except FolderError as exc:
        from infusion_desk.services.trouble_words import command_line_words

        path = getattr(args, "path", None) or getattr(args, "folder", None)
        print(command_line_words(exc, path), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        from infusion_desk.services.trouble_words import os_error_words

        print(os_error_words(exc), file=sys.stderr)
        return EXIT_ERROR
    return result
