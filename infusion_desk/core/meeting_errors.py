"""Trouble with what a summary was asked for: a named doctor or plan the folder does not hold,
or a name given for a meeting that takes none."""

from __future__ import annotations

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate


class NoSuchContactError(FolderError):
    """The summary was asked for a named doctor or plan the folder does not hold."""

    def __init__(self, what: str, name: str, known: list[str]) -> None:
        if len(known) > 1:
            message = translate(
                "MeetingErrors", "There is no {what} called “{name}” in this folder; it has "
                                 "{names} and {last}.").format(
                what=what, name=name, names=", ".join(known[:-1]), last=known[-1])
        elif known:
            message = translate(
                "MeetingErrors", "There is no {what} called “{name}” in this folder; it has "
                                 "{names}.").format(what=what, name=name, names=known[0])
        else:
            message = translate(
                "MeetingErrors", "There is no {what} called “{name}” in this folder.").format(
                what=what, name=name)
        super().__init__(message)
        self.name = name


class NameNotNeededError(FolderError):
    """A name was given for a meeting that is always with the same party (or with everyone)."""

    def __init__(self, meeting: str) -> None:
        super().__init__(translate(
            "MeetingErrors", "A name goes only with a visit with the doctor or a call with a "
                             "plan, not with {meeting}.").format(meeting=meeting))
