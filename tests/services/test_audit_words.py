"""Who changed what, in plain words: the kind of record and its title (or that it is gone), and
what happened — added, which things changed (never their values), put in the trash, deleted.
Read from a folder: on a folder file (none) and on a shared folder (``place``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from folder_engines import FolderPlace

from infusion_desk.core.dates import format_when
from infusion_desk.core.records import Call, Document, Plan, RecordKind, Request, Step, StepKind
from infusion_desk.services.audit import (
    AuditLine,
    _line,
    newest_first,
    record_title,
    who_changed_what,
)
from infusion_desk.storage.audit_log import AuditRow

AT = datetime(2026, 11, 27, 14, 5)


def _audit(action: str, fields: tuple[str, ...] = (), *, title: str = "Nursing notes",
           still_there: bool = True, kind: RecordKind | None = RecordKind.REQUEST
           ) -> AuditLine:
    return AuditLine(at=AT, who="maria", kind=kind, table="requests", record_id=7, title=title,
                     still_there=still_there, action=action, fields=fields)


def test_what_happened_is_said_in_plain_words() -> None:
    assert _audit("added").happened_words() == "Added"
    assert _audit("deleted").happened_words() == "Deleted for good"
    changed = _audit("changed", ("confirmation_number", "notes", "updated_at", "version"))
    assert changed.happened_words() == "Changed: the confirmation number, the notes"
    assert _audit("deleted", ("deleted_at",)).happened_words() == "Put in the trash"
    assert _audit("changed", ("deleted_at", "updated_at")).happened_words() == (
        "Brought back from the trash")
    assert _audit("changed", ("updated_at",)).happened_words() == "Changed"
    # the app read a scanned letter's pages (on the computer of the person named)
    assert _audit("changed", ("read_state", "search_words", "text_source")).happened_words() == (
        "Its pages were read by the app")
    assert _audit("changed", ("a_new_column",)).happened_words() == "Changed: a new column"


def test_what_names_the_kind_and_title_or_that_it_is_gone() -> None:
    assert _audit("added").what_words() == "Request: Nursing notes"
    assert _audit("deleted", title="", still_there=False).what_words() == (
        "Request (no longer in the folder)")
    assert _audit("changed", kind=RecordKind.PROFILE).what_words() == "Patient and therapy"


def test_titles_are_one_short_line() -> None:
    assert record_title(Plan(payer="Aetna", plan_name="Choice POS II")) == "Aetna — Choice POS II"
    assert record_title(Call(organization="Aetna", person="Dana")) == "Aetna — Dana"
    step = StepKind.PRIOR_AUTHORIZATION
    assert record_title(Step(kind=step)) == step.label
    long = record_title(Document(title="word " * 40))
    assert len(long) == 80 and long.endswith("…") and "\n" not in long


def test_a_server_row_becomes_a_line_in_local_time() -> None:
    row = AuditRow(at=datetime(2026, 11, 27, 19, 5, tzinfo=UTC), who="maria",
                   table_name="requests", record_id=7, action="changed",
                   fields=("notes", "updated_at", "deleted_at"))
    line = _line(row, {("requests", 7): "Nursing notes"})
    assert line.at == row.at.astimezone().replace(tzinfo=None)
    assert line.fields == ("notes", "deleted_at") and line.kind is RecordKind.REQUEST
    gone = _line(row, {})
    assert not gone.still_there and gone.title == ""


def test_a_folder_file_has_no_audit_log_a_shared_folder_says_her_change(
        place: FolderPlace) -> None:
    with place.create() as folder:
        folder.records.add(Request(what="Signed plan of care"))
        said = [(a.who_words(), a.what_words(), a.happened_words())
                for a in who_changed_what(folder)]
    if place.team is None:
        assert said == []  # (one person: no log)
    else:
        assert said[0] == (f"{place.team.person} (you)", "Request: Signed plan of care",
                           "Added")


def test_her_own_changes_say_you() -> None:
    assert _audit("added").who_words() == "maria"
    assert replace(_audit("added"), mine=True).who_words() == "maria (you)"


def test_changes_of_one_minute_are_in_order_by_the_exact_time_then_the_servers_order() -> None:
    first = replace(_audit("added"), at=AT.replace(second=1), id=1)
    second = replace(_audit("changed", ("notes",)), at=AT.replace(second=40), id=2)
    third = replace(_audit("changed", ("title",)), at=AT.replace(second=40), id=3)  # one save
    assert sorted([second, first, third], key=newest_first, reverse=True) == [
        third, second, first]
    assert {format_when(a.at) for a in (first, second, third)} == {format_when(AT)}  # minutes
