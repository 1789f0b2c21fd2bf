"""An operation that may be tried again, kept while a shared folder's server was away, that never
stores its change twice.

When the connection drops while the server is committing, the app is told the server cannot be
reached but cannot know whether the change was stored: tried again, a call would be logged
twice. So each try notes the records it adds as it goes (``storage.attempts``: each with the id
the server handed back for it, before the commit), and a try after one the server dropped first
looks for the first of them. Found, that try was stored: it is not made again, and the operation
is done with what is stored (its Undo moves what the earlier try added to the trash; records it
changed besides, such as the questions a logged call answered, stay as it left them: what they
were before is not known any more). Not found, nothing of it was stored (one transaction: all
or nothing), and it is made again.

The one gap left: a commit the server had received but not yet finished when the next try looks
for it (that try comes once the server answers again: a commit takes far less).

On a shared folder an id found proves it: the server's sequences never hand out an id twice, so
no one else's record can have it. A folder file may give a rolled-back id again, so there the
record found must also be the same in every field.

An edit the dropped try stored meets its own newer version when tried again: the version stored
is hers in every field, so it is not shown as someone else's (the conflict view would offer two
identical versions to choose from): it is done, without an Undo (what it replaced is not known
any more). An edit that meets a version that differs goes to the conflict view, as any save.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from infusion_desk.core.errors import (
    EditConflictError,
    RecordNotFoundError,
    ServerUnreachableError,
)
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Profile, Record, RecordKind, kind_of
from infusion_desk.services.changes import Change, Done, RecordRef, Undo
from infusion_desk.services.operation_base import Announce
from infusion_desk.storage.attempts import noting
from infusion_desk.storage.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")


class SentOnce(Generic[T]):
    """``operation`` (a service call with what she typed), safe to try again (see the module).

    Called from one thread at a time (the window, then the outbox's rounds, one after another).
    """

    def __init__(self, operation: Callable[[], Done[T]], store: Store, announce: Announce
                 ) -> None:
        self._operation = operation
        self._store = store
        self._announce = announce
        self._dropped: tuple[Record, ...] = ()  # what the last try added, then lost the server
        self._again = False  # the last try lost the server

    def __call__(self) -> Done[T]:
        if self._dropped:
            earlier = self._stored_earlier()
            if earlier is not None:
                return earlier
        with noting() as added:
            try:
                done = self._operation()
            except ServerUnreachableError:
                self._dropped = tuple(added)
                self._again = True
                raise
            except EditConflictError as conflict:
                if not self._again or conflict.differing():
                    raise
                return self._edit_stored_earlier(conflict)
        self._again = False
        return done

    def _edit_stored_earlier(self, conflict: EditConflictError) -> Done[T]:
        """Tried again, the edit met a version the same as hers: stored (by the dropped try)."""
        log.info("the edit the server dropped was stored after all: not made again")
        self._again = False
        theirs = conflict.theirs
        kind = RecordKind.PROFILE if isinstance(theirs, Profile) else kind_of(theirs)
        change = Change.of(kind, ids=[getattr(theirs, "id", None)])
        self._announce(change)
        return Done(cast(Any, theirs), change, translate("RecordChanges", "Saved."))

    def _stored_earlier(self) -> Done[T] | None:
        """The earlier try, if the server stored it after all (may raise ServerUnreachableError
        again: then it is looked for next time)."""
        first = self._dropped[0]
        assert first.id is not None
        try:
            stored = self._store.get(type(first), first.id, include_trashed=True)
        except RecordNotFoundError:
            log.info("the change the server dropped was not stored: it is made again")
            self._dropped = ()
            return None
        if self._store.address is None and stored != first:  # (an id given again, by a file)
            self._dropped = ()
            return None
        log.info("the change the server dropped was stored after all: not made again")
        added, self._dropped, self._again = self._dropped, (), False
        refs = tuple(RecordRef(type(r), r.id) for r in added if r.id is not None)
        change = Change.of(*(kind_of(r) for r in added), ids=[r.id for r in added])
        undo = Undo(translate("RecordChanges", "Add {kind}").format(
            kind=kind_of(first).label.lower()), trash=refs)
        self._announce(change)
        # (its value: the first record it added; a kept change's value is not read)
        return Done(cast(Any, stored), change, translate("RecordChanges", "Saved."), undo)
