"""The deadline as a record a folder keeps. Plain Python; the rules that make deadlines are
``core.deadlines``, how *Today* takes them ``core.deadline_ranking``.

Kept in a module of its own so that ``core.records`` can list it among the records (it is
stored, trashed and undone like them) while ``core.deadlines`` reads the plans and steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP
from infusion_desk.core.labelled import LabelledEnum


class DeadlinePurpose(LabelledEnum):
    APPEAL = "appeal", QT_TRANSLATE_NOOP("DeadlinePurpose", "Appeal")
    RENEWAL = "renewal", QT_TRANSLATE_NOOP("DeadlinePurpose", "Renew the approval")
    FOLLOW_UP = "follow_up", QT_TRANSLATE_NOOP("DeadlinePurpose", "Follow-up")
    OTHER = "other", QT_TRANSLATE_NOOP("DeadlinePurpose", "Deadline")


class DateSource(LabelledEnum):
    """Where a deadline's date came from."""

    LETTER = "letter", QT_TRANSLATE_NOOP("DateSource", "The letter says so")
    RULE = "rule", QT_TRANSLATE_NOOP("DateSource", "Worked out from the rules")
    TYPED = "typed", QT_TRANSLATE_NOOP("DateSource", "Typed by you")


@dataclass(frozen=True)
class Deadline:
    """One deadline (``core.deadlines`` notes). ``id`` is ``None`` until stored; the links say
    which letter (``document_id``), step, request or call it came from. ``edited``: she typed
    it or changed it, so that the app's proposals never write over it."""

    purpose: DeadlinePurpose
    due_on: date
    source: DateSource
    title: str
    to_do: str = ""
    concerns: str = ""  # whom it concerns: the plan, the office, the person who promised
    document_id: int | None = None
    step_id: int | None = None
    request_id: int | None = None
    call_id: int | None = None
    rule_key: str = ""  # the appeal_rules row a RULE date came from
    done: bool = False
    edited: bool = False
    id: int | None = None
    # the stored version it was read at (0: not read), not part of what it says: see core.records
    version: int = field(default=0, compare=False)

    def identity(self) -> str:
        """What this deadline is, independent of its date: ``appeal/document/12``. The same
        deadline worked out again (or stored, or moved to another date) keeps its identity, so
        that a calendar event made from it is updated rather than duplicated. The first link
        among letter, call, request and step names it; one with no link, its stored id."""
        links = (("document", self.document_id), ("call", self.call_id),
                 ("request", self.request_id), ("step", self.step_id), ("deadline", self.id))
        for kind, ident in links:
            if ident is not None:
                return f"{self.purpose.value}/{kind}/{ident}"
        return f"{self.purpose.value}/unsaved/{self.due_on.isoformat()}/{self.title}"
