"""A throwaway PostgreSQL server for the tests (the ``pg_server`` fixture in tests/conftest.py).

The newest ``/usr/lib/postgresql/*/bin`` is used: a cluster made with ``initdb`` (SCRAM, a random
superuser password) in a temporary folder, listening on 127.0.0.1 only on a free port, with no
unix socket and fsync off (speed; it is thrown away). As root, the cluster belongs to the
``postgres`` user and its programs run through ``runuser``. It is stopped and removed when the
test session ends.

``INFUSION_DESK_TEST_PG=postgresql://superuser:password@host:port/postgres`` in the environment:
that server is used instead (nothing is started or stopped; databases made are dropped at the end).

Each test that needs a database of its own calls :meth:`PgServer.new_database`: a new database,
already set up as ``infusion-desk server setup`` sets one up, and its owner's (superuser's) URL.
Roles are shared by the whole cluster, so tests name theirs with :meth:`PgServer.unique_name`.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ENV_URL = "INFUSION_DESK_TEST_PG"
START_SECONDS = 60


def find_pg_bin() -> Path | None:
    """The bin folder of the newest PostgreSQL installed by the distribution, if any."""
    found = []
    for candidate in Path("/usr/lib/postgresql").glob("*/bin"):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            with contextlib.suppress(ValueError):
                found.append((float(candidate.parent.name), candidate))
    return max(found)[1] if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    """A running server: its superuser's URL, and databases made for tests."""

    admin_url: str  # postgresql://superuser:password@127.0.0.1:port/postgres
    _stop: list[object] = field(default_factory=list)
    _made: list[str] = field(default_factory=list)
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _set_up_template: str | None = None

    def url_of(self, database: str) -> str:
        base, _, _ = self.admin_url.rpartition("/")
        return f"{base}/{database}"

    def unique_name(self, prefix: str) -> str:
        """A name no other test of this session uses (roles belong to the whole cluster)."""
        return f"{prefix}_{os.getpid()}_{next(self._counter)}_{secrets.token_hex(2)}"

    def new_database(self, *, set_up: bool = True) -> str:
        """A new database (set up for Infusion Desk as ``infusion-desk server setup`` does,
        unless ``set_up`` is False: then empty); the superuser's URL of it.

        Set up once per session: the others are copies of that one (``CREATE DATABASE …
        TEMPLATE``, a file copy on the server: milliseconds instead of the revisions' second)."""
        import psycopg

        template = self._template() if set_up else "template0"
        name = self.unique_name("idtest")
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self._made.append(name)
        return self.url_of(name)

    def _template(self) -> str:
        if self._set_up_template is None:
            import psycopg

            from infusion_desk.storage.shared.setup import setup_server

            name = self.unique_name("idtemplate")
            with psycopg.connect(self.admin_url, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            self._made.append(name)
            setup_server(self.url_of(name))
            self._set_up_template = name
        return self._set_up_template

    def stop(self) -> None:
        if self._made:
            with contextlib.suppress(Exception):
                import psycopg

                with psycopg.connect(self.admin_url, autocommit=True) as conn:
                    for name in self._made:
                        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._made.clear()
        for stop in self._stop:
            stop()  # type: ignore[operator]
        self._stop.clear()


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def start_pg_server(bin_dir: Path) -> PgServer:
    """Make and start a throwaway cluster; raises RuntimeError (with the server's log) if it
    does not come up in time."""
    root = Path(tempfile.mkdtemp(prefix="infusion-desk-pg-"))
    data = root / "data"
    password = secrets.token_hex(16)
    pwfile = root / "pw"
    pwfile.write_text(password)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(pwfile, "postgres")
    os.chmod(root, 0o700)
    port = _free_port()
    subprocess.run(
        _as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A",
                      "scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8",
                      "--no-sync"]),
        check=True, capture_output=True, text=True)
    pwfile.unlink()
    log = root / "server.log"
    options = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories='' "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=200")
    subprocess.run(
        _as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                      "-w", "-t", str(START_SECONDS), "start"]),
        check=True, capture_output=True, text=True)

    def stop() -> None:
        subprocess.run(_as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                     "-w", "stop"]), capture_output=True, check=False)
        shutil.rmtree(root, ignore_errors=True)

    url = f"postgresql://postgres:{password}@127.0.0.1:{port}/postgres"
    deadline = time.monotonic() + START_SECONDS
    while True:
        ready = subprocess.run([str(bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                               capture_output=True, check=False)
        if ready.returncode == 0:
            break
        if time.monotonic() > deadline:
            text = log.read_text(errors="replace") if log.exists() else ""
            stop()
            raise RuntimeError(f"PostgreSQL did not start:\n{text[-2000:]}")
        time.sleep(0.1)
    server = PgServer(admin_url=url)
    server._stop.append(stop)
    return server


def pg_server_for_tests() -> PgServer | None:
    """The server the tests use: the one named in the environment, or a throwaway one; None if
    there is no PostgreSQL on this computer."""
    given = os.environ.get(ENV_URL, "").strip()
    if given:
        return PgServer(admin_url=given)
    bin_dir = find_pg_bin()
    return None if bin_dir is None else start_pg_server(bin_dir)
