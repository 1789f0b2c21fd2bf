"""The demo is written under a temporary name and renamed into place only when whole: an
interrupted or cancelled write leaves nothing at the demo's path, and a half-made demo left by an
older version is written again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from infusion_desk.core.errors import FolderExistsError
from infusion_desk.core.records import Call, Document, Profile, Question, Request
from infusion_desk.demo import (
    DemoCancelledError,
    call_log,
    cast,
    demo_needs_writing,
    is_unfinished_demo,
    ledger,
    paperwork,
    story,
    write_demo_folder,
)
from infusion_desk.demo.writer import writing_path
from infusion_desk.services.folder import Folder
from infusion_desk.services.records import Records

TODAY = date(2026, 11, 27)
NAME = "Demo - Walter Brennan.infusiondesk"


def _expected_counts() -> dict[type[object], int]:
    t = story.Timeline(TODAY)
    return {Request: len(ledger.rows()), Call: len(call_log.calls(t)),
            Document: len(paperwork.papers(t))}


def _assert_whole(folder: Folder) -> None:
    for cls, number in _expected_counts().items():
        assert folder.count(cls) == number, cls  # type: ignore[arg-type]
    assert folder.count(Question) >= len(call_log.questions())
    assert folder.profile().patient_name == story.PATIENT


def test_a_finished_write_is_whole_and_leaves_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / NAME
    with write_demo_folder(path, today=TODAY) as folder:
        _assert_whole(folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]
    assert not demo_needs_writing(path)


def test_a_write_stopped_half_way_leaves_no_file(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    added = Records.add
    requests = 0

    def add_then_fail(records: Records, record: object) -> object:
        nonlocal requests
        if isinstance(record, Request):
            requests += 1
            if requests == 11:  # the window closed after 10 of the requests
                raise KeyboardInterrupt
        return added(records, record)  # type: ignore[type-var]

    monkeypatch.setattr(Records, "add", add_then_fail)
    path = tmp_path / NAME
    with pytest.raises(KeyboardInterrupt):
        write_demo_folder(path, today=TODAY)
    assert requests == 11
    assert list(tmp_path.iterdir()) == []
    assert demo_needs_writing(path)


def test_a_cancelled_write_leaves_no_file(tmp_path: Path) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 30

    path = tmp_path / NAME
    with pytest.raises(DemoCancelledError):
        write_demo_folder(path, today=TODAY, cancelled=cancelled)
    assert asked == 31
    assert list(tmp_path.iterdir()) == []


def test_a_write_cancelled_at_the_very_end_leaves_no_file(tmp_path: Path) -> None:
    """Asked after the last record too: "cancel" is never ignored because the work was done."""
    answers: list[bool] = []

    def cancelled() -> bool:
        answers.append(False)
        return False

    write_demo_folder(tmp_path / "first.infusiondesk", today=TODAY,
                      cancelled=cancelled).close()
    asked = len(answers)
    count = 0

    def at_the_last() -> bool:
        nonlocal count
        count += 1
        return count == asked

    path = tmp_path / NAME
    with pytest.raises(DemoCancelledError):
        write_demo_folder(path, today=TODAY, cancelled=at_the_last)
    assert not path.exists() and not writing_path(path).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is not on Windows")
def test_a_killed_write_leaves_no_file_and_the_next_write_is_whole(tmp_path: Path) -> None:
    path = tmp_path / NAME
    script = textwrap.dedent(f"""
        import os, signal
        from datetime import date
        from pathlib import Path
        from infusion_desk.core.records import Request
        from infusion_desk.demo import write_demo_folder
        from infusion_desk.services.records import Records

        added, requests = Records.add, []
        def add_then_die(records, record):
            if isinstance(record, Request):
                requests.append(record)
                if len(requests) == 11:
                    os.kill(os.getpid(), signal.SIGKILL)
            return added(records, record)
        Records.add = add_then_die
        write_demo_folder(Path({str(path)!r}), today=date(2026, 11, 27))
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, check=False, timeout=300,
                          capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not path.exists()
    assert writing_path(path).exists()  # what the killed write left, under its own name
    assert demo_needs_writing(path)

    with write_demo_folder(path, today=TODAY) as folder:
        _assert_whole(folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]


def test_a_half_made_demo_from_an_older_version_is_written_again(tmp_path: Path) -> None:
    path = tmp_path / NAME
    t = story.Timeline(TODAY)
    with Folder.create(path, cast.profile(t)) as old:  # as the old writer left it: no calls
        for number in range(10):
            old.records.add(Request(what=f"Request {number}"))
    assert is_unfinished_demo(path)
    assert demo_needs_writing(path)

    with write_demo_folder(path, today=TODAY) as folder:
        _assert_whole(folder)
        assert "Request 0" not in {r.what for r in folder.requests()}
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]


def test_someone_elses_folder_is_never_taken_for_a_half_made_demo(tmp_path: Path) -> None:
    path = tmp_path / NAME
    with Folder.create(path, Profile(patient_name="Ada Real")) as real:
        real.records.add(Request(what="Her own request"))
    before = path.read_bytes()
    assert not is_unfinished_demo(path)
    with pytest.raises(FolderExistsError):
        write_demo_folder(path, today=TODAY)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]


def test_the_demo_is_written_where_no_folder_exists_yet(tmp_path: Path) -> None:
    path = tmp_path / "data" / "new" / NAME  # a first start: the app's data folder is not there
    with write_demo_folder(path, today=TODAY) as folder:
        _assert_whole(folder)
    assert sorted(p.name for p in path.parent.iterdir()) == [NAME]
