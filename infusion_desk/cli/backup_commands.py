"""The commands that make a backup and put one back (``backup``, ``restore``)."""

from __future__ import annotations

import argparse
import sys

from infusion_desk.cli.common import EXIT_ERROR, EXIT_FAULT, EXIT_OK
from infusion_desk.cli.locations import is_server
from infusion_desk.cli.shared_commands import backup_of_shared_folder
from infusion_desk.core.i18n import translate


def cmd_backup(args: argparse.Namespace) -> int:
    from infusion_desk.services.backup_info import backup_line
    from infusion_desk.services.backups import MANUAL, BackupStore

    if is_server(args.path):
        return backup_of_shared_folder(args.path)
    store = BackupStore(args.path, args.backups)
    info = store.snapshot(args.path, MANUAL)
    print(translate(
        "CommandLine",
        "Backed up {name} to {path}").format(name=args.path.name, path=info.path))
    print(f"  {backup_line(info)}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from infusion_desk.services.backup_info import backup_line, backup_when
    from infusion_desk.services.backups import BackupStore

    if is_server(args.path):
        return backup_of_shared_folder(args.path)
    store = BackupStore(args.path, args.backups)
    backups = store.list_backups()
    if args.list:
        if not backups:
            print(translate(
                "CommandLine",
                "There are no backups of {name} in {root}.").format(
                    name=args.path.name, root=store.root))
            return EXIT_OK
        print(translate(
            "CommandLine",
            "Backups of {name} in {root} (newest first):").format(
                name=args.path.name, root=store.root))
        for number, info in enumerate(backups, start=1):
            print(f"  {number:>3}  {backup_line(info)}")
        return EXIT_OK
    if not 1 <= args.number <= len(backups):
        print(translate(
            "CommandLine",
            "There is no backup number {number}: run with --list to see them "
            "({backups} found).").format(number=args.number, backups=len(backups)), file=sys.stderr)
        return EXIT_ERROR
    chosen = backups[args.number - 1]
    target = args.into or args.path
    outcome = store.restore_into(chosen, target, allow_missing=args.allow_missing_documents)
    print(translate(
        "CommandLine",
        "Restored {target} from the backup of {chosen} ({reason}).").format(
            target=target, chosen=backup_when(chosen), reason=chosen.reason))
    if (before := outcome.safety_backup) is not None:
        print(translate(
            "CommandLine",
            "What was there before is kept as the backup of {before} ({reason}).").format(
                before=backup_when(before), reason=before.reason))
    if outcome.set_aside is not None:
        print(translate(
            "CommandLine",
            "The damaged file that was there was moved to {set_aside}.").format(
                set_aside=outcome.set_aside))
    for title in outcome.missing_documents:
        print(translate(
            "CommandLine",
            "  Document missing from the backup (restored without its file): "
            "{title}").format(title=title),
              file=sys.stderr)
    return EXIT_FAULT if outcome.missing_documents else EXIT_OK
