"""A shared folder's troubles leave no name, no password and no typed text in the log (issue 17).

The folder is named after the patient, the person signing in has a name of her own, and her
password and what she typed are words no log line could hold by chance. Then what can go wrong
with a server goes wrong, each failure logged as the window logs it (a job's trouble, and a
bug's traceback through the app's error handler): a wrong password, a person the folder was not
given to, two edits of one record, the server stopped while a call is saved (kept, and saved
once it is back), everything heard by another window meanwhile. The app's log is then searched
for those words.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from infusion_desk.app import log_unexpected, setup_logging
from infusion_desk.core.errors import EditConflictError, FolderError
from infusion_desk.core.records import Contact, Profile
from infusion_desk.paths import app_paths
from infusion_desk.services import Folder
from infusion_desk.storage.address import ServerAddress
from infusion_desk.storage.shared.setup import add_person, give_folder

FOLDER = "quattlebaum-zebulon"
PATIENT = "Zebulon Quattlebaum"
PERSON = "wurlitzerhof"
OTHER = "marzipanowicz"
PASSWORD = "xylophonist-secret"
TYPED = "Pflaumenkuchen"
NEVER = ("quattlebaum", "zebulon", PERSON, OTHER, PASSWORD, "xylophonist", TYPED)

job_log = logging.getLogger("infusion_desk.ui.jobs")  # how the window's job runner logs


def load_outage() -> Any:
    path = Path(__file__).parents[1] / "benchmarks" / "team_outage.py"
    spec = importlib.util.spec_from_file_location("team_outage", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["team_outage"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def log_file() -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    paths = app_paths()
    handler = setup_logging(paths)  # the app's own log file, as the app sets it up
    try:
        yield paths.log_file
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(level)


def as_the_window_does(error: BaseException) -> None:
    job_log.warning("a folder job failed: %s", type(error).__name__)
    try:
        raise error
    except BaseException as raised:  # noqa: BLE001 - logged, as the error handler does
        job_log.exception("a folder job failed unexpectedly")
        log_unexpected(type(raised), raised, raised.__traceback__)


def test_a_shared_folders_troubles_leave_no_name_password_or_typed_text(
        pg_server: Any, log_file: Path) -> None:
    from pg_server import ENV_URL

    admin_url = pg_server.new_database()
    person, other = (pg_server.unique_name(PERSON), pg_server.unique_name(OTHER))
    folder = pg_server.unique_name(FOLDER)
    add_person(admin_url, person, PASSWORD)
    add_person(admin_url, other, PASSWORD + "-2")
    url = pg_server.url_of("x").rsplit("/", 1)[0]
    host, port = url.rsplit("@", 1)[1].split(":")
    database = admin_url.rsplit("/", 1)[1]

    def address(user: str) -> ServerAddress:
        return ServerAddress(user=user, host=host, port=int(port), database=database,
                             folder=folder, sslmode="disable")

    heard: list[object] = []
    with Folder.create_shared(address(person), PASSWORD, Profile(patient_name=PATIENT)) as mine:
        mine.subscribe(heard.append)
        contact = mine.records.add(Contact(name=PATIENT, notes=TYPED)).value
        for wrong in (lambda: Folder.open_shared(address(person), PASSWORD + "-wrong"),
                      lambda: Folder.open_shared(address(other), PASSWORD + "-2")):
            with pytest.raises(FolderError) as refused:
                wrong()
            as_the_window_does(refused.value)
        give_folder(admin_url, folder, other)
        with Folder.open_shared(address(other), PASSWORD + "-2") as theirs:
            theirs.records.update(replace(theirs.get(Contact, contact.id or 0),
                                          notes=f"{TYPED} (theirs)"))
        with pytest.raises(EditConflictError) as clash:
            mine.records.update(replace(contact, notes=f"{TYPED} (mine)"))
        as_the_window_does(clash.value)
    if not os.environ.get(ENV_URL, "").strip():  # (a server named there is not ours to stop)
        outage = load_outage()
        seen = outage.stop_during_save(address(person), PASSWORD,
                                       outage.ServerSwitch(admin_url), reference=TYPED)
        assert (seen.kept_while_away, seen.saved_when_back, seen.calls_found) == (1, 1, 1)
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8").lower()
    assert "failed" in logged  # the failures were logged: the log is the one searched
    found = [word for word in NEVER if word.lower() in logged]
    assert found == [], f"the log holds {found}"
