"""A shared folder's trouble in plain words: two saves that hold each other's records, a folder
open for reading only (refused by the server itself), the server's own errors."""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
import pytest
from shared_fixtures import Person
from sqlalchemy import text, update
from sqlalchemy.exc import DBAPIError, OperationalError

from infusion_desk.core.errors import (
    FolderNotGivenError,
    ServerBusyError,
    ServerUnreachableError,
    ServerUnreachableReadingError,
    SignInFailedError,
)
from infusion_desk.core.records import Plan
from infusion_desk.services import Folder
from infusion_desk.storage.address import server_address
from infusion_desk.storage.shared.trouble import server_trouble
from infusion_desk.storage.tables import PlanRow

ADDRESS = server_address("maria", "127.0.0.1", "infusion", "brennan")


def _wrapped(error: Exception) -> DBAPIError:
    return OperationalError("SELECT 1", {}, error)


@pytest.mark.parametrize(("error", "writing", "told"), [
    (psycopg.errors.AdminShutdown("terminating connection"), True, ServerUnreachableError),
    (psycopg.errors.AdminShutdown("terminating connection"), False,
     ServerUnreachableReadingError),
    (psycopg.OperationalError('connection to server at "127.0.0.1", port 1 failed: '
                              "Connection refused"), False, ServerUnreachableReadingError),
    (psycopg.errors.DeadlockDetected("deadlock detected"), True, ServerBusyError),
    (psycopg.errors.SerializationFailure("could not serialize"), True, ServerBusyError),
    (psycopg.errors.InsufficientPrivilege("new row violates row-level security policy"), True,
     FolderNotGivenError),
    (psycopg.OperationalError('connection failed: FATAL:  password authentication failed for '
                              'user "maria"'), False, SignInFailedError),
])
def test_the_servers_errors_are_told_in_plain_words(
        error: Exception, writing: bool, told: type[Exception]) -> None:
    found = server_trouble(_wrapped(error), ADDRESS, writing=writing)
    assert type(found) is told
    assert "maria" not in found.detail  # type: ignore[attr-defined]


def test_an_error_of_our_own_sql_stays_a_bug() -> None:
    bug = _wrapped(psycopg.errors.UndefinedColumn('column "nope" does not exist'))
    with pytest.raises(OperationalError):
        server_trouble(bug, ADDRESS, writing=True)


def test_two_saves_holding_each_others_records_end_one_plainly(shared_folder: Folder) -> None:
    first = shared_folder.records.add(Plan(payer="First")).value
    second = shared_folder.records.add(Plan(payer="Second")).value
    address = shared_folder.shared_address
    assert address is not None and first.id is not None and second.id is not None
    store = shared_folder._store
    both_hold_one = threading.Barrier(2, timeout=30)
    outcomes: list[BaseException | None] = []

    def save(mine: int, theirs: int) -> None:
        try:
            with store.writing() as s:
                s.execute(update(PlanRow).where(PlanRow.id == mine).values(notes="mine"))
                both_hold_one.wait()
                s.execute(update(PlanRow).where(PlanRow.id == theirs).values(notes="theirs"))
        except BaseException as exc:  # noqa: BLE001 - what each save ended with, looked at below
            outcomes.append(exc)
        else:
            outcomes.append(None)

    workers = [threading.Thread(target=save, args=(first.id, second.id)),
               threading.Thread(target=save, args=(second.id, first.id))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert len(outcomes) == 2
    assert sorted(type(o).__name__ for o in outcomes) == ["NoneType", "ServerBusyError"]
    assert "Try again" in str(next(o for o in outcomes if o is not None))


def test_a_folder_open_for_reading_only_is_refused_writes_by_the_server_too(
        make_person: Callable[[str], Person]) -> None:
    maria = make_person("maria")
    with Folder.create_shared(maria.address("brennan"), maria.password) as folder:
        folder.records.add(Plan(payer="Medicare"))
    with Folder.open_shared(maria.address("brennan"), maria.password,
                            read_only=True) as reading:
        assert [p.payer for p in reading.plans()] == ["Medicare"]
        with pytest.raises(DBAPIError) as refused, reading._store.engine.begin() as conn:
            conn.execute(text("UPDATE plans SET notes = 'sneaked in'"))
        assert getattr(refused.value.orig, "sqlstate", "") == "25006"  # read-only transaction


def test_an_address_made_by_hand_still_keeps_the_tls_rule() -> None:
    from dataclasses import replace

    from infusion_desk.core.errors import PlainConnectionRefusedError
    from infusion_desk.storage.shared.engine import make_server_engine

    plain = replace(ADDRESS, host="db.example.org", sslmode="disable")
    with pytest.raises(PlainConnectionRefusedError):
        make_server_engine(plain, "pw")
    with pytest.raises(PlainConnectionRefusedError):
        Folder.open_shared(replace(plain, sslmode="require"), "pw")


def test_a_row_held_too_long_by_someone_else_is_told_as_busy(
        shared_folder: Folder, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = shared_folder.records.add(Plan(payer="Medicare")).value
    address = shared_folder.shared_address
    assert address is not None and plan.id is not None
    from infusion_desk.storage.shared import engine as engine_module

    monkeypatch.setattr(engine_module, "LOCK_TIMEOUT", "200ms")
    holder = shared_folder._store.engine.connect()
    try:
        with holder.begin():
            holder.execute(update(PlanRow).where(PlanRow.id == plan.id).values(notes="held"))
            # another window on the same folder (connections made now wait 200 ms at most)
            with Folder.open_shared(address, _password_of(shared_folder)) as other, \
                    pytest.raises(ServerBusyError):
                other.records.update(Plan(payer="Medicare B", id=plan.id))
    finally:
        holder.close()


def _password_of(folder: Folder) -> str:
    url = folder._store.engine.url
    assert url.password is not None
    return str(url.password)
