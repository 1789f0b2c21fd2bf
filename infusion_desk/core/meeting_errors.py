"""Trouble with what a summary was asked for: a named doctor or plan the folder does not hold,
or a name given for a meeting that takes none."""

from __future__ import annotations

from infusion_desk.core.errors import FolderError


class NoSuchContactError(FolderError):
    """The summary was asked for a named doctor or plan the folder does not hold."""

    def __init__(self, what: str, name: str, known: list[str]) -> None:
        if len(known) > 1:
            listed = f"; it has {', '.join(known[:-1])} and {known[-1]}"
        else:
            listed = f"; it has {known[0]}" if known else ""
        super().__init__(f"There is no {what} called “{name}” in this folder{listed}.")
        self.name = name


class NameNotNeededError(FolderError):
    """A name was given for a meeting that is always with the same party (or with everyone)."""

    def __init__(self, meeting: str) -> None:
        super().__init__(f"A name goes only with a visit with the doctor or a call with a plan, "
                         f"not with {meeting}.")
