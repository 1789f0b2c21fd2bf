"""Deadlines (revision 0006) as the services ask for them, and the folder's own settings.

A proposal is kept by its identity (``Deadline.identity``): the stored deadline with the same
purpose and first link, trashed or not, is the one it updates (by ``core.deadlines
.merge_proposal``), so that a proposal made again never adds a second one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from infusion_desk.core.deadlines import RENEWAL_LEAD_DAYS, Deadline, merge_proposal
from infusion_desk.storage.mapping import columns_of, from_values
from infusion_desk.storage.store import Store
from infusion_desk.storage.tables import DeadlineRow, FolderSettingsRow


@dataclass(frozen=True)
class Kept:
    """What keeping a proposal did: the deadline as it was (``None``: there was none, or it
    was left alone) and as it is now (``None``: nothing stored)."""

    before: Deadline | None = None
    after: Deadline | None = None
    added: bool = False
    withdrawn: tuple[Deadline, ...] = ()  # proposed before, no longer: moved to the trash

    @property
    def changed(self) -> bool:
        return self.after is not None


class DeadlineQueries:
    """The deadlines of one folder, and its settings row."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def deadlines(self, *, include_done: bool = True) -> list[Deadline]:
        """Live deadlines (not in the trash), soonest first, then the one added first."""
        where = [] if include_done else [DeadlineRow.done.is_(False)]
        return self._store.list_records(Deadline, order_by=[DeadlineRow.due_on], where=where)

    def linked_to(self, *, document_id: int | None = None, step_id: int | None = None,
                  call_id: int | None = None, request_id: int | None = None
                  ) -> list[Deadline]:
        """Live deadlines that came from any of these records, soonest first."""
        links = [column == value for column, value in (
            (DeadlineRow.document_id, document_id), (DeadlineRow.step_id, step_id),
            (DeadlineRow.call_id, call_id), (DeadlineRow.request_id, request_id))
            if value is not None]
        if not links:
            return []
        return self._store.list_records(Deadline, order_by=[DeadlineRow.due_on],
                                        where=[or_(*links)])

    def keep(self, proposed: Deadline, session: Session) -> Kept:
        """Store a proposal, or update the deadline it was proposed as before (module notes)."""
        same = [(d, trashed) for d, trashed in self._same_identity(proposed, session)]
        stored, trashed = same[0] if same else (None, False)
        merged = merge_proposal(stored, proposed, trashed=trashed)
        if merged is None:
            return Kept()
        if stored is None or merged.id is None:
            return Kept(None, self._store.add(merged, session), added=True)
        return Kept(stored, self._store.update(merged, session))

    def withdraw(self, stale: Deadline, session: Session) -> Kept:
        """Move to the trash the live deadlines with ``stale``'s identity that the app proposed
        and she never touched (not edited, not done)."""
        gone = tuple(d for d, trashed in self._same_identity(stale, session)
                     if not trashed and not d.edited and not d.done and d.id is not None)
        for deadline in gone:
            assert deadline.id is not None
            self._store.trash(Deadline, deadline.id, session)
        return Kept(withdrawn=gone)

    def _same_identity(self, proposed: Deadline, session: Session
                       ) -> list[tuple[Deadline, bool]]:
        wanted = proposed.identity()
        links = [column == value for column, value in (
            (DeadlineRow.document_id, proposed.document_id),
            (DeadlineRow.call_id, proposed.call_id),
            (DeadlineRow.request_id, proposed.request_id),
            (DeadlineRow.step_id, proposed.step_id)) if value is not None]
        if not links:
            return []
        rows = session.execute(
            select(*columns_of(DeadlineRow, Deadline, versions=self._store.versions),
                   DeadlineRow.deleted_at)
            .where(DeadlineRow.purpose == proposed.purpose.value, or_(*links))
            .order_by(DeadlineRow.deleted_at.is_not(None), DeadlineRow.id)).all()
        found = [(from_values(Deadline, r._mapping), r.deleted_at is not None) for r in rows]
        return [(d, trashed) for d, trashed in found if d.identity() == wanted]

    # ------------------------------------------------------------------ the folder's settings
    def folder_key(self) -> str:
        """The folder's random key (made once by revision 0006), for calendar event UIDs."""
        with self._store.reading() as s:
            return str(s.execute(select(FolderSettingsRow.folder_key)
                                 .where(FolderSettingsRow.id == 1)).scalar_one())

    def renewal_lead_days(self) -> int:
        with self._store.reading() as s:
            found = s.execute(select(FolderSettingsRow.renewal_lead_days)
                              .where(FolderSettingsRow.id == 1)).scalar_one_or_none()
        return RENEWAL_LEAD_DAYS if found is None else int(found)

    def set_renewal_lead_days(self, days: int, session: Session) -> None:
        session.execute(update(FolderSettingsRow).where(FolderSettingsRow.id == 1)
                        .values(renewal_lead_days=days))
