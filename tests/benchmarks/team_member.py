"""One simulated member of a care team working on a shared folder (``team_load.py``).

She signs in as herself (her own PostgreSQL role) and, until her time is up, does what a team
member does, picked at random: edits one of the folder's few shared records (everyone edits the
same ones, so that edits collide), logs a call, or brings in a small letter. Each operation goes
through the services exactly as the window's would.

What she believes she saved is written down, so that the end state can be checked against it:

* an edit bumps *her own* counter in the shared contact's notes (``m03=17 m11=4 …``), read from
  the record she opened. An edit that finds the record changed since she read it is told so
  (``EditConflictError``): she opens it again and makes her edit on what is there now. A counter
  lower at the end than the saves she made is a lost update.
* a call is logged with a reference number of her own; a letter's bytes are her own.

An operation the server could not take (``ServerUnreachableError``) goes to an outbox
(``services.outbox``, as in the window), which saves what it keeps, in order, once the server
answers; anything else is an error.
"""

from __future__ import annotations

import itertools
import logging
import random
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

KINDS = ("edit", "call", "import")
WEIGHTS = (5, 3, 2)  # of every ten operations: five edits, three calls, two letters
GIVE_UP_AFTER = 200  # conflicts in a row on one edit (never reached: it would be an error)


@dataclass
class MemberJob:
    """What one member is told: who she is, where the folder is, what to do and until when."""

    name: str
    address: str  # the folder's address text (postgresql://name@host:port/db?folder=…)
    password: str
    shared_ids: list[int]  # the contacts everyone edits
    seconds: float
    seed: int
    think: float = 0.0  # mean pause between two operations, in seconds


@dataclass
class MemberResult:
    """What one member did and believes she saved."""

    name: str
    durations: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    errors: list[str] = field(default_factory=list)  # error kinds with where (no user text)
    conflicts: int = 0  # edits told that someone else had saved first (then done again)
    unreachable: list[str] = field(default_factory=list)  # sentences said while it was away
    kept_for_later: int = 0  # operations kept while the server was away
    saved_later: int = 0  # of those, saved once it was back
    edits: dict[int, int] = field(default_factory=dict)  # contact id -> her saves on it
    calls: list[str] = field(default_factory=list)  # reference numbers of her saved calls
    documents: list[str] = field(default_factory=list)  # sha256 of the letters she saved


def counters(notes: str) -> dict[str, int]:
    """``"m01=3 m07=12"`` -> ``{"m01": 3, "m07": 12}``."""
    found: dict[str, int] = {}
    for word in notes.split():
        name, _, count = word.partition("=")
        if count.isdigit():
            found[name] = int(count)
    return found


def bumped(notes: str, name: str) -> str:
    """The notes with ``name``'s counter one higher."""
    found = counters(notes)
    found[name] = found.get(name, 0) + 1
    return " ".join(f"{k}={v}" for k, v in sorted(found.items()))


def run_member(job: MemberJob, start: Any = None) -> MemberResult:
    """Open the folder as ``job.name``, wait for everyone at ``start`` (a barrier: all begin
    together), work for ``job.seconds``, then say what was done."""
    from infusion_desk.core.errors import ServerUnreachableError
    from infusion_desk.services.outbox import Outbox
    from infusion_desk.storage.address import parse_server_address

    result = MemberResult(job.name)
    rng = random.Random(job.seed)
    outbox = Outbox()  # as the window's: what the server could not take waits here, in order
    numbers = itertools.count(1)
    try:
        opened = _open(parse_server_address(job.address), job.password, result)
    except BaseException:
        if start is not None:
            start.abort()  # the others (and the clock) do not wait for her
        raise
    with opened as folder:
        if start is not None:
            start.wait(timeout=300)
        ends = time.monotonic() + job.seconds
        while time.monotonic() < ends:
            if outbox.waiting and not _send(outbox, result):
                time.sleep(0.2)  # the window's outbox tries again every little while
                continue
            kind = rng.choices(KINDS, WEIGHTS)[0]
            operation = _operation(kind, job, result, rng, number=next(numbers), folder=folder)
            began = time.perf_counter()
            try:
                operation()
            except ServerUnreachableError as exc:
                result.unreachable.append(exc.message)
                outbox.keep(kind, operation)
                result.kept_for_later += 1
                continue
            except Exception as exc:  # noqa: BLE001 - every other error is counted, and shown
                result.errors.append(_where(exc))
                continue
            result.durations[kind].append(time.perf_counter() - began)
            if job.think:
                time.sleep(rng.uniform(0, 2 * job.think))
        deadline = time.monotonic() + 30  # she does not close the folder with changes waiting
        while outbox.waiting and time.monotonic() < deadline:
            if not _send(outbox, result):
                time.sleep(0.2)
        if outbox.waiting:
            result.errors.append(f"{len(outbox)} kept changes never saved")
    return result


def _open(address: Any, password: str, result: MemberResult) -> Any:
    """The folder, opened as soon as the server answers (she tries again; bounded)."""
    from infusion_desk.core.errors import ServerUnreachableError
    from infusion_desk.services import Folder

    deadline = time.monotonic() + 60
    while True:
        try:
            return Folder.open_shared(address, password)
        except ServerUnreachableError as exc:
            if time.monotonic() > deadline:
                raise
            result.unreachable.append(exc.message)
            time.sleep(0.2)


def _send(outbox: Any, result: MemberResult) -> bool:
    """One round of the outbox; False if the server is still away."""
    done = outbox.send()
    result.saved_later += done.saved
    result.errors.extend(_where(s.error) for s in done.sent if s.error is not None)
    if done.unreachable is not None:
        result.unreachable.append(done.unreachable.message)
        return False
    return True


def _where(exc: BaseException) -> str:
    """An error's kind and the app's own function it came through last (never its words: they
    may quote a record)."""
    import infusion_desk

    app = str(Path(infusion_desk.__file__).parent)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(app)]
    if not frames:
        frames = traceback.extract_tb(exc.__traceback__)[-1:]
    where = f" at {Path(frames[-1].filename).stem}.{frames[-1].name}" if frames else ""
    return f"{type(exc).__name__}{where}"


def quiet() -> None:
    """A member's process: the app's warnings of each write that failed are counted, not
    printed (the server stopped on purpose)."""
    logging.getLogger("infusion_desk").setLevel(logging.ERROR)


def _operation(kind: str, job: MemberJob, result: MemberResult, rng: random.Random, *,
               number: int, folder: Any) -> Callable[[], Any]:
    """The operation as she typed it: its values fixed now, kept as they are if it has to
    wait for the server."""
    if kind == "edit":
        contact_id = rng.choice(job.shared_ids)
        return lambda: _edit(folder, job.name, contact_id, result)
    if kind == "call":
        reference = f"{job.name}-{number}"
        return lambda: _log_call(folder, reference, result)
    body = (f"Letter {number} kept by {job.name}.\n" + "Prior authorization approved. " *
            rng.randint(5, 60)).encode()
    return lambda: _import(folder, body, f"{job.name}-{number}.txt", result)


def _edit(folder: Any, name: str, contact_id: int, result: MemberResult) -> Any:
    from infusion_desk.core.errors import EditConflictError
    from infusion_desk.core.records import Contact

    for _try in range(GIVE_UP_AFTER):
        contact = folder.get(Contact, contact_id)  # as it is now, with its version
        try:
            done = folder.records.update(replace(contact, notes=bumped(contact.notes, name)))
        except EditConflictError:
            result.conflicts += 1  # someone saved first: open it again, edit what is there
            continue
        result.edits[contact_id] = result.edits.get(contact_id, 0) + 1
        return done
    raise RuntimeError("an edit never got through")


def _log_call(folder: Any, reference: str, result: MemberResult) -> Any:
    from infusion_desk.core.records import Call

    done = folder.call_log.log_call(Call(called_at=datetime.now().replace(microsecond=0),
                                  organization="Silverpine Health", reference_number=reference,
                                  summary="Asked where the prior authorization stands."))
    result.calls.append(reference)
    return done


def _import(folder: Any, body: bytes, name: str, result: MemberResult) -> Any:
    """A letter brought in as the window's drop does it (read, then stored with its pages);
    storing it raises what went wrong (``import_bytes`` would turn it into a refusal)."""
    from infusion_desk.documents import prepare_bytes
    from infusion_desk.services.importing import ImportStatus, store_prepared

    prepared = prepare_bytes(body, name, today=date.today())
    outcome = store_prepared(folder, prepared, name, None, None)
    # DUPLICATE: the same letter kept for later whose first save did reach the server
    if outcome.status is ImportStatus.REFUSED or outcome.document is None:
        raise RuntimeError(f"a letter was not imported: {outcome.status.value}")
    result.documents.append(outcome.document.sha256)
    return outcome
