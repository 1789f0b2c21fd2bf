"""The server stopped in the middle of a save (issue 17): she is told in a plain sentence that
it cannot be reached, what she typed is kept, and it is saved once the server is back.

:class:`ServerSwitch` stops the throwaway server and starts it again with its data (the same
port, the same options: read from its ``postmaster.opts``). :func:`stop_during_save` stops it at
the very moment a member's call is being written (between the statements of the save's
transaction), so that the save that fails is one under way, not the next one.
"""

from __future__ import annotations

import shlex
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SECONDS = 60  # for the server to stop or start, and for the outbox to get through


class ServerSwitch:
    """Stops a PostgreSQL server this machine runs, and starts it again as it was."""

    def __init__(self, admin_url: str) -> None:
        import psycopg
        from pg_server import find_pg_bin

        with psycopg.connect(admin_url, autocommit=True) as connection:
            found = connection.execute("SHOW data_directory").fetchone()
        assert found is not None
        self.data = Path(found[0])
        bin_dir = find_pg_bin()
        assert bin_dir is not None, "no PostgreSQL programs on this computer"
        self.pg_ctl = str(bin_dir / "pg_ctl")
        words = shlex.split((self.data / "postmaster.opts").read_text(encoding="utf-8"))[1:]
        at = words.index("-D")
        self.options = shlex.join(words[:at] + words[at + 2:])
        self.running = True

    def _run(self, *args: str) -> None:
        from pg_server import _as_postgres

        subprocess.run(_as_postgres([self.pg_ctl, "-D", str(self.data), *args]),
                       check=True, capture_output=True, text=True, timeout=SECONDS)

    def stop(self) -> None:
        """Stopped as an administrator stops it: the connections are cut at once."""
        self._run("-m", "fast", "-w", "-t", str(SECONDS), "stop")
        self.running = False

    def start(self) -> None:
        self._run("-l", str(self.data.parent / "restarted.log"), "-o", self.options, "-w",
                  "-t", str(SECONDS), "start")
        self.running = True


@dataclass
class OutageSeen:
    """What the member saw and what the folder holds afterwards."""

    told: str  # the sentence of the error the save raised
    error_kind: str
    kept_while_away: int  # changes waiting in the outbox while the server was stopped
    saved_when_back: int
    calls_found: int  # the call she typed, found in the folder afterwards (1: exactly once)
    seconds_to_save: float  # from the server's start to the kept call saved


def stop_during_save(address: Any, password: str, switch: ServerSwitch,
                     reference: str = "typed-while-the-server-stopped") -> OutageSeen:
    """She logs a call; the server stops while it is being written. The error, the outbox, the
    server back, the outbox again: what each said, and the call looked for afterwards."""
    from sqlalchemy import Engine, event

    from infusion_desk.core.errors import ServerUnreachableError
    from infusion_desk.core.records import Call
    from infusion_desk.services import Folder
    from infusion_desk.services.outbox import Outbox

    armed = threading.Event()

    def stop_server_now(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if armed.is_set() and statement.lstrip().upper().startswith("INSERT INTO CALLS"):
            armed.clear()
            switch.stop()  # the statement goes on to a server that has just gone away

    call = Call(organization="Silverpine Health", reference_number=reference,
                summary="Asked again about the pump; they will call back.")
    outbox = Outbox()
    event.listen(Engine, "before_cursor_execute", stop_server_now)
    try:
        with Folder.open_shared(address, password) as folder:
            armed.set()
            try:
                folder.call_log.log_call(call)
            except ServerUnreachableError as exc:
                told, kind = exc.message, type(exc).__name__
                outbox.keep("Log a call", lambda: folder.call_log.log_call(call))
            else:
                raise AssertionError("the save went through although the server stopped")
            finally:
                armed.clear()
            still_away = outbox.send()
            assert still_away.unreachable is not None and still_away.saved == 0
            kept = len(outbox)
            switch.start()
            back = time.monotonic()
            saved = 0
            while outbox.waiting and time.monotonic() < back + SECONDS:
                saved += outbox.send().saved
                if outbox.waiting:
                    time.sleep(0.1)
            took = time.monotonic() - back
        with Folder.open_shared(address, password) as again:
            found = sum(1 for c in again.calls() if c.reference_number == reference)
    finally:
        event.remove(Engine, "before_cursor_execute", stop_server_now)
        if not switch.running:  # whatever went wrong, the server is left running
            switch.start()
    return OutageSeen(told, kind, kept, saved, found, took)
