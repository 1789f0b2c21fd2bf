"""The request ledger's operations: what we sent and when, that they got it, the papers sent.

One rule for each: the *Mark as sent* form, a drop of papers on a ledger row, the demo and the
command line all call these, and each returns what it stored and how to undo it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from infusion_desk.core.dates import format_short
from infusion_desk.core.errors import InvalidValueError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RecordKind, Request, SendMethod
from infusion_desk.core.text import one_line
from infusion_desk.services.changes import Change, Done, Undo
from infusion_desk.services.operation_base import Operations, started_from


def _papers(count: int) -> str:
    return "1 paper" if count == 1 else f"{count} papers"


class Ledger(Operations):
    """What they asked for, beside what we sent."""

    def mark_sent(
        self,
        request_id: int,
        *,
        on: date,
        method: SendMethod | None,
        submitted_to: str = "",
        submitted_by: str = "",
        confirmation_number: str = "",
        papers: Sequence[int] | None = None,
        version: int = 0,
    ) -> Done[Request]:
        """Fill the right side of a ledger row: what we sent, when, how and to whom.

        ``papers`` are the documents sent with it, all of them (the form lists every paper with
        those already attached ticked); ``None`` keeps the papers attached as they are.
        ``version``: of the request the form showed (EditConflictError if saved since).
        """
        old = started_from(self._store.get(Request, request_id), version)
        new = replace(
            old,
            submitted_on=on,
            method=method,
            submitted_to=submitted_to.strip(),
            submitted_by=submitted_by.strip(),
            confirmation_number=confirmation_number.strip(),
            document_ids=old.document_ids if papers is None else tuple(dict.fromkeys(papers)),
        )
        return self._save(old, new, translate("Ledger", "Mark as sent"), self._sent_message(new))

    def note_sent_with_papers(self, request_id: int, document_ids: Sequence[int], *,
                              on: date) -> Done[Request]:
        """Papers dropped on a ledger row were sent for it: attach them and, if the request was
        not marked as sent yet, mark it as sent on ``on`` (the other details stay as they are)."""
        old = self._store.get(Request, request_id)
        new = replace(old, submitted_on=old.submitted_on or on,
                      document_ids=tuple(dict.fromkeys((*old.document_ids, *document_ids))))
        return self._save(old, new, translate("Ledger", "Mark as sent"), self._sent_message(new))

    def mark_received(self, request_id: int, *, on: date, version: int = 0) -> Done[Request]:
        """They confirmed they have what we sent. ``version``: of the request the window
        showed (EditConflictError if saved since; 0: as it is now)."""
        old = started_from(self._store.get(Request, request_id), version)
        if old.submitted_on is None:
            raise InvalidValueError(
                translate(
                    "Ledger",
                    "This request is not marked as sent yet, so it cannot be marked as "
                    "received. Mark it as sent first.")
            )
        new = replace(old, confirmed_on=on)
        message = (translate(
            "Ledger",
            "Noted that they received “{what}” on {on}.").format(
                what=one_line(new.what, 60), on=format_short(on)))
        return self._save(old, new, translate("Ledger", "Mark as received"), message)

    def attach_papers(self, request_id: int, document_ids: Sequence[int]) -> Done[Request]:
        """Keep these documents with a request (added to those already attached)."""
        old = self._store.get(Request, request_id)
        papers = tuple(dict.fromkeys((*old.document_ids, *document_ids)))
        added = len(papers) - len(old.document_ids)
        new = replace(old, document_ids=papers)
        if added == 0:
            return Done(old, Change.of(RecordKind.REQUEST, ids=[request_id]),
                        translate(
                            "Ledger",
                            "These papers were already kept with this request."))
        message = translate(
            "Ledger",
            "Kept {added} with “{what}”.").format(
                added=_papers(added), what=one_line(new.what, 60))
        return self._save(old, new, translate("Ledger", "Attach papers"), message)

    def _save(self, old: Request, new: Request, label: str, message: str) -> Done[Request]:
        if new == old:
            return Done(old, Change.of(RecordKind.REQUEST, ids=[old.id]), message)
        saved = self._store.update(new)
        change = Change.of(RecordKind.REQUEST, RecordKind.DOCUMENT, ids=[saved.id])
        return self._done(saved, change, message, Undo(label, put_back=(old,)))

    @staticmethod
    def _sent_message(request: Request) -> str:
        assert request.submitted_on is not None
        what = one_line(request.what, 60)
        day = format_short(request.submitted_on)
        count = len(request.document_ids)
        with_papers = f" with {_papers(count)}" if count else ""
        return translate(
            "Ledger",
            "Marked “{what}” as sent on {day}{with_papers}.").format(
                what=what, day=day, with_papers=with_papers)



