"""Opening checks the header and schema at once and the whole file later (issue 14): SQLite's
quick check reads every page, seconds on a large folder, so the window runs it in the
background once the folder shows, and commands that only read skip it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from infusion_desk import cli
from infusion_desk.core.errors import FolderFailedCheckError
from infusion_desk.core.records import Call, Profile, RecordKind, Request
from infusion_desk.services import Folder
from infusion_desk.storage import schema
from tests.storage.damage import digest, flip_header_byte, scribble_page


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "Walter.infusiondesk"
    with Folder.create(path, Profile(patient_name="Walter Brennan")) as folder:
        for n in range(300):
            folder.records.add(Call(organization=f"Plan {n}", summary="Pump on Friday " * 5))
        folder.records.add(Request(what="Signed plan of care"))
        for day in (2, 9):
            folder.records.add(Call(organization="Sunrise", summary="Call back about the pump",
                                    follow_up_on=date(2026, 11, day)))
    return path


def test_a_damaged_page_is_found_by_the_later_check_not_the_opening(path: Path) -> None:
    scribble_page(path, "ix_calls_called_at")
    before = digest(path)
    with pytest.raises(FolderFailedCheckError):  # the full check, as before
        Folder.open(path)
    with Folder.open(path, full_check=False) as folder:
        assert not folder.checked_in_full
        with pytest.raises(FolderFailedCheckError) as found:
            folder.confirm_sound()
        assert not found.value.search_index_only
    assert digest(path) == before


def test_damage_only_in_the_search_index_is_said_so_by_the_later_check(path: Path) -> None:
    scribble_page(path, "search_index_data")
    with Folder.open(path, read_only=True, full_check=False) as folder, \
            pytest.raises(FolderFailedCheckError) as found:
        folder.confirm_sound()
    assert found.value.search_index_only


def test_a_sound_file_passes_the_later_check(path: Path) -> None:
    with Folder.open(path, full_check=False) as folder:
        folder.confirm_sound()
        assert not folder.read_only


def test_a_damaged_header_is_refused_at_opening_even_without_the_full_check(path: Path) -> None:
    flip_header_byte(path, 18)
    before = digest(path)
    with pytest.raises(FolderFailedCheckError):
        Folder.open(path, full_check=False)
    assert digest(path) == before


def test_commands_that_only_read_skip_the_quick_check(
    path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def never(*_args: object, **_kwargs: object) -> schema.QuickCheck:
        raise AssertionError("the quick check ran")

    monkeypatch.setattr(schema, "quick_check", never)
    assert cli.main(["search", str(path), "plan of care"]) == cli.EXIT_OK
    assert "Signed plan of care" in capsys.readouterr().out
    with pytest.raises(AssertionError, match="the quick check ran"):  # check keeps it
        cli.main(["check", str(path)])


def test_todays_list_is_read_in_one_session(path: Path) -> None:
    with Folder.open(path, full_check=False) as folder:
        connections: list[object] = []
        engine = folder._store.engine  # noqa: SLF001 - counting the file's connections
        event.listen(engine, "connect", lambda conn, _record: connections.append(conn))
        items, calls = folder.today_with_calls(date(2026, 11, 20))
        assert len(connections) == 1  # was one per list, and one more per follow-up call
        assert calls and set(calls) == {i.record_id for i in items if i.kind is RecordKind.CALL}
