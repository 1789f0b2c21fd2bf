"""Two people with one shared folder open on the PostgreSQL server: a change one makes reaches the
other's window (revision 0007's trigger, the server's NOTIFY, the listener; how soon — within
2 s — is measured by tests/benchmarks/live_latency.py, whose small run is here too), as the
same ``Change`` her own operations announce; nobody hears her own changes as someone else's."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from waiting import wait_for

from infusion_desk.core.records import Call, Question, RecordKind
from infusion_desk.services import Change, Folder
from infusion_desk.storage.shared.setup import give_folder
from tests.storage.shared_fixtures import Person, make_person, server_db  # noqa: F401

_ = (make_person, server_db)



class Heard:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.states: list[bool] = []
        self._lock = threading.Lock()

    def change(self, change: Change) -> None:
        with self._lock:
            self.changes.append(change)

    def state(self, answers: bool) -> None:
        self.states.append(answers)

    def kinds(self) -> set[RecordKind]:
        with self._lock:
            return {k for c in self.changes for k in c.kinds}

    def ids(self) -> set[int]:
        with self._lock:
            return {i for c in self.changes for i in c.ids}


@pytest.fixture
def two_people(make_person: Callable[[str], Person], server_db: str  # noqa: F811
               ) -> Iterator[tuple[Folder, Folder]]:
    maria = make_person("maria")
    ana = make_person("ana")
    mine = Folder.create_shared(maria.address("brennan"), maria.password)
    give_folder(server_db, "brennan", ana.name)
    theirs = Folder.open_shared(ana.address("brennan"), ana.password)
    yield mine, theirs
    theirs.close()
    mine.close()


def test_a_change_reaches_the_other_person(
        two_people: tuple[Folder, Folder]) -> None:
    mine, theirs = two_people
    heard_here, heard_there = Heard(), Heard()
    assert mine.others.start(heard_here.change, heard_here.state)
    assert theirs.others.start(heard_there.change, heard_there.state)
    wait_for(lambda: heard_here.states == [True] and heard_there.states == [True], 10)

    call = mine.call_log.log_call(Call(organization="Silverpine", summary="Chart notes")).value
    wait_for(lambda: RecordKind.CALL in heard_there.kinds())
    assert call.id in heard_there.ids()
    assert [c.organization for c in theirs.calls()] == ["Silverpine"]  # and she can read it

    question = theirs.records.add(Question(text="Was the form signed?")).value
    wait_for(lambda: question.id in heard_here.ids())
    assert RecordKind.CALL not in heard_here.kinds()  # her own call was never "someone else's"


def test_a_folder_file_never_listens(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    with Folder.create(tmp_path / "Walter Brennan.infusiondesk") as folder:
        assert not folder.others.possible
        assert folder.others.start(lambda change: None) is False


def test_the_latency_benchmark_runs(pg_server: Any) -> None:
    """A small run of tests/benchmarks/live_latency.py, so that it never rots (its figures are
    not judged here: a busy machine is no fault of the app's)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[1] / "benchmarks" / "live_latency.py"
    spec = importlib.util.spec_from_file_location("live_latency", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    times = module.measure(pg_server.new_database(), 3, pg_server.unique_name("l"))
    assert len(times) == 3 and all(t >= 0 for t in times)
    assert set(module.figures(times)) >= {"p50_ms", "p95_ms", "max_ms", "ok"}
