"""A kind written by a newer version is read, shown and saved back exactly as stored: in a folder
file, and in a folder shared on the test PostgreSQL server (``place``)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from folder_engines import FolderPlace
from folder_sql import folder_sql
from sqlalchemy import text

from infusion_desk.core.records import (
    UNKNOWN_LABEL,
    Call,
    Document,
    Plan,
    Question,
    Record,
    Request,
    SendMethod,
    Step,
)

# (within the narrowest of these columns, calls.direction's 10 letters: a server holds a column
# to the size the schema gives it, where SQLite takes any length)
NEWER = "chosen_v9"

# (record, its table, the enum column given a newer value, a text field edited afterwards)
CASES: list[tuple[Record, str, str, str]] = [
    (Document(title="Letter"), "documents", "kind", "sender"),
    (Step(title="Renewal"), "steps", "kind", "waiting_on"),
    (Step(title="Renewal"), "steps", "status", "waiting_on"),
    (Plan(payer="Silverpine"), "plans", "rank", "member_id"),
    (Plan(payer="Silverpine"), "plans", "plan_type", "member_id"),
    (Call(summary="Asked about the pump"), "calls", "direction", "outcome"),
    (Question(text="Is the pump covered?"), "questions", "status", "ask_whom"),
    (Request(what="Chart notes", method=SendMethod.FAX), "requests", "method", "submitted_to"),
]


def _stored(place: FolderPlace, table: str, column: str, record_id: int) -> object:
    with folder_sql(place) as conn:
        return conn.execute(text(f"SELECT {column} FROM {table} WHERE id = :id"),
                            {"id": record_id}).scalar_one()


@pytest.mark.parametrize(("record", "table", "column", "other"), CASES,
                         ids=[f"{t}.{c}" for _r, t, c, _o in CASES])
def test_a_newer_value_survives_reading_and_saving_another_field(
    place: FolderPlace, record: Record, table: str, column: str, other: str,
) -> None:
    with place.create() as folder:
        if isinstance(record, Document):
            stored = folder.records.add_document(record, b"letter bytes").value
        else:
            stored = folder.records.add(record).value
    assert stored.id is not None
    with folder_sql(place) as conn:  # (as the newer version writes it)
        conn.execute(text(f"UPDATE {table} SET {column} = :v WHERE id = :id"),
                     {"v": NEWER, "id": stored.id})

    with place.open() as folder:
        read = folder.get(type(stored), stored.id)
        value = getattr(read, column)
        assert value.value == NEWER
        assert value.label == UNKNOWN_LABEL
        assert not value.is_known
        assert value not in list(type(value))
        folder.records.update(replace(read, **{other: "edited on the side"}))
        again = folder.get(type(stored), stored.id)
    assert getattr(again, other) == "edited on the side"
    assert getattr(again, column).value == NEWER

    value_in_folder = _stored(place, table, column, stored.id)
    assert value_in_folder == NEWER
    assert type(value_in_folder) is str
