"""Hearing about changes other people make to a shared folder (PostgreSQL LISTEN/NOTIFY).

Every record table's trigger (revision 0007) sends on the folder's own channel (known only to its
members: ``storage.shared.channel``) a JSON payload ``{"folder", "table", "id", "action",
"pid"}`` once the change is committed; ``{"moved": true}`` when the folder was taken back from
someone and its channel changed (the listener asks for the new one). A
:class:`ChangeListener` is one thread with its own connection: it keeps only its folder's notices,
drops those sent by the app's own connections (``own_pids``: the pids the folder's engine has
seen), gathers a burst into one callback (at most one every ``window`` seconds, the union of
what arrived) and, when the server drops, says so through ``on_state`` and connects again with a
growing pause. After a drop it hands back a batch marked ``missed``: anything may have changed
while it was not listening, so the window reads everything again.

Qt-free: the callbacks run on the listener's thread; the caller hands them on to its own.
Logs hold table names, ids and counts, never a record's words.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

import psycopg

from infusion_desk.storage.address import ServerAddress
from infusion_desk.storage.shared.channel import listen, moved
from infusion_desk.storage.shared.engine import CONNECT_ARGS, libpq_url

log = logging.getLogger(__name__)

ACTIONS = frozenset({"added", "changed", "deleted"})

Connect = Callable[[], "psycopg.Connection[Any]"]


@dataclass(frozen=True)
class RemoteNotice:
    """One committed change to one row of a folder table, made by another connection."""

    table: str
    record_id: int | None
    action: str  # 'added' | 'changed' | 'deleted'


@dataclass(frozen=True)
class RemoteBatch:
    """What arrived in one gathering window; ``missed``: the listener was not connected for a
    while, so changes may have been made that no notice tells of."""

    notices: frozenset[RemoteNotice]
    missed: bool = False


def parse_notice(payload: str, folder: str, own_pids: Collection[int]) -> RemoteNotice | None:
    """The notice in a payload if it is about ``folder`` and not sent by one of ``own_pids``."""
    try:
        data = json.loads(payload)
    except ValueError:
        log.warning("a notice that is not JSON was ignored")
        return None
    if not isinstance(data, dict) or data.get("folder") != folder:
        return None
    pid = data.get("pid")
    if isinstance(pid, int) and pid in own_pids:
        return None
    table = data.get("table")
    action = data.get("action")
    if not isinstance(table, str) or action not in ACTIONS:
        log.warning("a notice without a table or action was ignored")
        return None
    record_id = data.get("id")
    return RemoteNotice(table, record_id if isinstance(record_id, int) else None, str(action))


def connector(address: ServerAddress, password: str | None) -> Connect:
    """How the listener connects to ``address``: its own connection, with the same URL (TLS
    settings included) and connection settings as the folder's engine, and shorter keepalives
    so that a dropped link is noticed within seconds."""
    url = libpq_url(address.sqlalchemy_url(password))
    options: dict[str, Any] = {**CONNECT_ARGS, "keepalives_idle": 5, "keepalives_interval": 2,
                               "keepalives_count": 2, "autocommit": True}

    def connect() -> psycopg.Connection[Any]:
        return psycopg.connect(url, **options)

    return connect


class ChangeListener:
    """A thread listening for other people's changes to one folder.

    ``on_change(batch)`` and ``on_state(connected)`` are called on the listener's thread;
    ``on_state`` only when the state changes (first ``True`` once listening, ``False`` when the
    server cannot be reached). :meth:`stop` ends it within about a second.
    """

    POLL_S = 0.1  # how often the thread looks whether it was asked to stop
    CHECK_S = 5.0  # with nothing heard for this long, ask the server whether it is still there
    FIRST_PAUSE_S = 0.5
    LONGEST_PAUSE_S = 5.0

    def __init__(self, connect: Connect, folder: str,
                 on_change: Callable[[RemoteBatch], None],
                 on_state: Callable[[bool], None] | None = None, *,
                 own_pids: Callable[[], Collection[int]] = frozenset,
                 window: float = 0.2, channel: str | None = None) -> None:
        self._connect = connect
        self._folder = folder
        self._channel = channel  # None: the folder's own, asked of the server at each connect
        self._on_change = on_change
        self._on_state = on_state
        self._own_pids = own_pids
        self._window = window
        self._stop = threading.Event()
        self._connected: bool | None = None
        self._conn: psycopg.Connection[Any] | None = None
        self._thread = threading.Thread(target=self._run, name="infusion-desk-listener",
                                        daemon=True)

    @property
    def connected(self) -> bool:
        return bool(self._connected)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> bool:
        """Ask the thread to end and wait for it (``True`` if it ended in time)."""
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    # ------------------------------------------------------------------ the thread
    def _run(self) -> None:
        pause = self.FIRST_PAUSE_S
        was_listening = False
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except (psycopg.Error, OSError) as exc:
                log.info("listener cannot reach the server (%s)", type(exc).__name__)
                self._set_state(False)
                self._stop.wait(pause)
                pause = min(pause * 2, self.LONGEST_PAUSE_S)
                continue
            try:
                with conn:
                    self._conn = conn
                    if self._channel is not None:  # (one given: a bare server's, in tests)
                        conn.execute(f'LISTEN "{self._channel}"')
                    elif listen(conn, self._folder) is None:  # not given to her (any more)
                        log.info("listener: no channel for this folder")
                        self._set_state(False)
                        self._stop.wait(self.LONGEST_PAUSE_S)
                        continue
                    self._set_state(True)
                    pause = self.FIRST_PAUSE_S
                    if was_listening:  # what happened while it could not listen is unknown
                        self._deliver(set(), missed=True)
                    was_listening = True
                    while self._listen(conn) and self._listen_again(conn):
                        pass  # (the channel moved: listening on the new one)
            except (psycopg.Error, OSError) as exc:
                if self._stop.is_set():
                    break
                log.info("listener lost the server (%s)", type(exc).__name__)
                self._set_state(False)
                self._stop.wait(pause)
            finally:
                self._conn = None
        log.debug("listener stopped")

    def _listen_again(self, conn: psycopg.Connection[Any]) -> bool:
        """The folder's channel moved (it was taken back from someone): LISTEN on the new one
        (False: there is none for her now). Changes told on neither are unknown: all is read
        again."""
        conn.execute("UNLISTEN *")
        if listen(conn, self._folder) is None:
            log.info("listener: the channel moved and there is none for her now")
            return False
        log.info("listener: the channel moved, listening on the new one")
        self._deliver(set(), missed=True)
        return True

    def _listen(self, conn: psycopg.Connection[Any]) -> bool:
        """Hand on what is heard until asked to stop (False) or the channel moved (True)."""
        gathered: set[RemoteNotice] = set()
        due: float | None = None  # when what was gathered is handed on
        last_heard = time.monotonic()
        while not self._stop.is_set():
            wait = self.POLL_S if due is None else max(0.0, min(self.POLL_S,
                                                                due - time.monotonic()))
            for notify in conn.notifies(timeout=wait):
                last_heard = time.monotonic()
                if self._channel is None and moved(notify.payload):
                    if gathered:
                        self._deliver(gathered)
                    return True
                notice = parse_notice(notify.payload, self._folder, self._own_pids())
                if notice is not None:
                    gathered.add(notice)
                    if due is None:
                        due = time.monotonic() + self._window
                if due is not None and time.monotonic() >= due:
                    break
            now = time.monotonic()
            if due is not None and now >= due:
                self._deliver(gathered)
                gathered, due = set(), None
            if now - last_heard > self.CHECK_S:  # a dead link shows itself here
                conn.execute("SELECT 1")
                last_heard = now
        return False

    def _deliver(self, notices: set[RemoteNotice], *, missed: bool = False) -> None:
        log.debug("%d changes by others (missed=%s)", len(notices), missed)
        try:
            self._on_change(RemoteBatch(frozenset(notices), missed))
        except Exception:  # a bug in the receiver must not end the listening
            log.exception("handing on a change by others failed")

    def _set_state(self, connected: bool) -> None:
        if self._connected is connected:
            return
        self._connected = connected
        if self._on_state is not None:
            try:
                self._on_state(connected)
            except Exception:
                log.exception("handing on the listener's state failed")
