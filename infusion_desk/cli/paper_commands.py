"""The commands that make what she takes with her: the one-page summary, the folder packet,
and the deadlines (in plain words, and as a file for her calendar)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TypeAlias

from infusion_desk.cli.common import EXIT_OK
from infusion_desk.cli.locations import folder_location, open_folder
from infusion_desk.core.i18n import translate

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _cmd_summary(args: argparse.Namespace) -> int:
    from infusion_desk.core.meeting import Audience, Meeting
    from infusion_desk.reports.data import gather_summary_data
    from infusion_desk.reports.output import write_pdf
    from infusion_desk.reports.summary import build_summary

    meeting = Meeting(Audience.parse(args.meeting), args.contact or "")
    with open_folder(args.path, read_only=True, full_check=False) as folder:
        data = gather_summary_data(folder, date.today())
    pdf = build_summary(data, paper=args.paper, meeting=meeting)  # a wrong name: one sentence
    write_pdf(args.output, pdf)
    print(translate(
        "CommandLine",
        "Wrote the one-page summary ({value}) to {output}").format(
            value=meeting.audience.label.lower(), output=args.output))
    return EXIT_OK


def _cmd_packet(args: argparse.Namespace) -> int:
    from infusion_desk.documents import PdfEngine
    from infusion_desk.reports.data import document_contents, gather_packet_data
    from infusion_desk.reports.output import write_pdf
    from infusion_desk.reports.packet import build_packet

    with open_folder(args.path, read_only=True, full_check=False) as folder, \
            PdfEngine() as engine:
        data = gather_packet_data(folder, date.today())
        documents = document_contents(folder, data.documents) if args.with_documents else ()
        pdf = build_packet(data, with_documents=args.with_documents, documents=documents,
                           engine=engine, paper=args.paper)
    write_pdf(args.output, pdf)
    print(translate(
        "CommandLine",
        "Wrote the folder packet to {output}").format(output=args.output))
    return EXIT_OK


def _add_summary(sub: Commands) -> None:
    summary = sub.add_parser(
        "summary", help=translate("CommandLine", "write the one-page summary for a meeting (PDF)"),
        description=translate(
            "CommandLine",
            "Write the one-page summary to bring to a meeting: the patient and "
            "therapy essentials and the plan IDs, then what that meeting needs "
            "first (its open questions, what that party is waiting on or owes, "
            "reference and authorization numbers, approvals ending), then the rest "
            "in brief. Always exactly one page."))
    summary.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "the folder file, or a shared folder's server address"))
    summary.add_argument("-o", "--output", type=Path, required=True, help=translate(
        "CommandLine", "the PDF to write"))
    summary.add_argument("--for", dest="meeting", choices=["doctor", "plan", "pharmacy", "all"],
                         default="all",
                         help=translate(
                             "CommandLine",
                             "who the page is for: a visit with the doctor, a call with the "
                             "insurance plan, the home infusion pharmacy, or everything in brief "
                             "(default: all)"))
    summary.add_argument("--contact", metavar="NAME",
                         help=translate(
                             "CommandLine",
                             "with --for doctor, the doctor or office (a contact's name); with "
                             "--for plan, the plan (its company's name); default: the prescriber, "
                             "every plan"))
    summary.add_argument("--paper", choices=["letter", "a4"], default="letter",
                         help=translate("CommandLine", "paper size (default: letter)"))
    summary.set_defaults(run=_cmd_summary)


def _add_packet(sub: Commands) -> None:
    packet = sub.add_parser(
        "packet", help=translate("CommandLine", "write the full folder packet (PDF)"),
        description=translate(
            "CommandLine",
            "Write every record of the folder as a multi-page PDF with a cover, "
            "page numbers and bookmarks; with --with-documents, every stored "
            "document too."))
    packet.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "the folder file, or a shared folder's server address"))
    packet.add_argument("-o", "--output", type=Path, required=True, help=translate(
        "CommandLine", "the PDF to write"))
    packet.add_argument("--with-documents", action="store_true",
                        help=translate(
                            "CommandLine",
                            "append every stored document (letters, scans, photos)"))
    packet.add_argument("--paper", choices=["letter", "a4"], default="letter",
                        help=translate("CommandLine", "paper size (default: letter)"))
    packet.set_defaults(run=_cmd_packet)


def _cmd_deadlines(args: argparse.Namespace) -> int:
    from infusion_desk.core.deadline_words import deadline_line, source_note

    today = date.today()
    with open_folder(args.path, read_only=True, full_check=False) as folder:
        every = folder.deadlines.all()
        exported = (folder.deadlines.export_calendar(args.ics, today=today)
                    if args.ics is not None else None)
    shown = every if args.all else [d for d in every if not d.done]
    to_do = sum(1 for d in every if not d.done)
    name = args.path.name
    if not shown:
        print(translate("CommandLine", "No deadlines to do in {name}.").format(name=name)
              if every else
              translate("CommandLine", "No deadlines in {name} yet.").format(name=name))
    else:
        print(translate(
            "CommandLine",
            "Deadlines in {name} ({to_do} to do), soonest first:").format(name=name, to_do=to_do))
        for deadline in shown:
            print(f"  {deadline_line(deadline, today)}")
            if note := source_note(deadline):
                print(f"      {note}")
    if exported is not None:
        print(exported.message)
    return EXIT_OK


def add_deadlines(sub: Commands) -> None:
    deadlines = sub.add_parser(
        "deadlines", help=translate(
            "CommandLine",
            "list a folder's deadlines; write them for a calendar (.ics)"),
        description=translate(
            "CommandLine",
            "List the deadlines still to do (appeal windows, approvals to renew, "
            "promised call-backs, her own), soonest first, each with where its "
            "date came from; a date worked out from the appeal rules comes with "
            "its source. With --ics, also write every deadline to a calendar file "
            "that Google, Apple and Outlook calendars import (importing it again "
            "updates the same events). The folder is not changed."))
    deadlines.add_argument("path", type=folder_location, help=translate(
        "CommandLine", "the folder file, or a shared folder's server address"))
    deadlines.add_argument("--ics", type=Path, metavar="OUT",
                           help=translate(
                               "CommandLine",
                               "also write the calendar file (.ics added when missing)"))
    deadlines.add_argument("--all", action="store_true",
                           help=translate("CommandLine", "list the deadlines already done too"))
    deadlines.set_defaults(run=_cmd_deadlines)


def add_paper_commands(sub: Commands) -> None:
    _add_summary(sub)
    _add_packet(sub)
    add_deadlines(sub)
