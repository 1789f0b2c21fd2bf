"""A PostgreSQL server of one test's own, which the test may stop and start again on the same port
(a server that drops and comes back: the listener's reconnecting, the outbox). The session's
``pg_server`` (tests/pg_server.py) is shared by every test, so it is never stopped midway.

The distribution's binaries (``pg_server.find_pg_bin``), a data folder in a temp folder owned by
``postgres``, loopback only, no unix socket, trust on loopback (nothing else can reach it).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from pg_server import find_pg_bin


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(*args: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)


class ThrowawayServer:
    def __init__(self) -> None:
        bin_dir = find_pg_bin()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed")
        self.bin = bin_dir
        self.port = _free_port()
        self.place = Path(tempfile.mkdtemp(prefix="infusion-desk-live-pg-"))
        self.data = self.place / "data"
        if os.geteuid() == 0:
            shutil.chown(self.place, "postgres")
        subprocess.run(_as_postgres(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust",
                                    "-U", "postgres", "-E", "UTF8"),
                       check=True, capture_output=True)
        self.running = False

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c unix_socket_directories='' -c fsync=off")
        subprocess.run(_as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                                    str(self.place / "log"), "-o", options, "-w", "start"),
                       check=True, capture_output=True)
        self.running = True

    def stop(self) -> None:
        subprocess.run(_as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast",
                                    "-w", "stop"), check=True, capture_output=True)
        self.running = False

    def conninfo(self, dbname: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname} sslmode=disable"

    def remove(self) -> None:
        if self.running:
            self.stop()
        shutil.rmtree(self.place, ignore_errors=True)
