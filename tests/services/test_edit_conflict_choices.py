"""*Save these* in the conflict view (issue 17): for each field that differs she chooses theirs or
hers, and the record saved mixes only fields a save writes — never its id or version, nor what an
edit leaves as stored (a document's text) — over their version."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from two_writers import second_writer

from infusion_desk.core.errors import EditConflictError
from infusion_desk.core.records import Document, Profile, Request
from infusion_desk.services import Folder
from infusion_desk.services.edit_conflicts import choices, chosen, keeping_mine


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Folder, Folder]]:
    with Folder.create(tmp_path / "Walter Brennan.infusiondesk") as mine, \
            second_writer(mine.path) as theirs:
        yield mine, theirs


def test_what_she_chose_of_each_is_saved_over_theirs(two: tuple[Folder, Folder]) -> None:
    mine_folder, their_folder = two
    added = mine_folder.records.add(Request(what="Visit notes", notes="", requested_by="Ann"))
    request = added.value
    assert request.id is not None
    their_folder.records.update(replace(request, what="Nursing visit notes",
                                        notes="Fax to 555-0100", requested_by="Bo"))
    mine = replace(request, what="Visit notes, October", requested_by="Cy")
    with pytest.raises(EditConflictError) as told:
        mine_folder.records.update(mine)
    conflict = told.value
    # Theirs first only where hers is empty
    assert choices(conflict) == {"what": False, "requested_by": False, "notes": True}
    with keeping_mine(conflict.theirs, chosen(conflict, {"notes", "requested_by"})):
        saved = mine_folder.records.update(mine).value
    stored = their_folder.get(Request, request.id)
    assert (stored.what, stored.notes, stored.requested_by, stored.version) == (
        "Visit notes, October", "Fax to 555-0100", "Bo", 3)
    assert saved == stored  # what the operation says it saved is what was stored
    mine_folder.records.update(replace(saved, notes=""))  # her next edit goes on from there


def test_only_fields_a_save_writes_are_mixed() -> None:
    mine = Document(title="Mine", text="her text", id=7, version=1)
    theirs = Document(title="Theirs", text="their text", id=8, version=4)
    conflict = EditConflictError(mine, theirs)
    assert "text" not in choices(conflict) and "title" in choices(conflict)
    mixed = chosen(conflict, {"title", "text", "id", "version", "no_such_field"})
    assert (mixed.title, mixed.text, mixed.id, mixed.version) == ("Theirs", "her text", 7, 1)
    profile = chosen(EditConflictError(Profile(therapy="A", allergies=""),
                                       Profile(therapy="B", allergies="Penicillin")),
                     {"allergies"})
    assert isinstance(profile, Profile) and (profile.therapy, profile.allergies) == (
        "A", "Penicillin")
