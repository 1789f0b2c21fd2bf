"""A kind written by a newer version is read, shown and saved back exactly as stored."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

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
from infusion_desk.services import Folder

NEWER = "chosen_in_version_9"

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


def _stored(path: Path, table: str, column: str, record_id: int) -> tuple[object, ...]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(
            f"SELECT {column}, updated_at FROM {table} WHERE id = ?", (record_id,)).fetchone())
    finally:
        conn.close()


@pytest.mark.parametrize(("record", "table", "column", "other"), CASES,
                         ids=[f"{t}.{c}" for _r, t, c, _o in CASES])
def test_a_newer_value_survives_reading_and_saving_another_field(
    tmp_path: Path, record: Record, table: str, column: str, other: str,
) -> None:
    path = tmp_path / "Newer values.infusiondesk"
    with Folder.create(path) as folder:
        if isinstance(record, Document):
            stored = folder.records.add_document(record, b"letter bytes").value
        else:
            stored = folder.records.add(record).value
    assert stored.id is not None
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (NEWER, stored.id))
    conn.close()

    with Folder.open(path) as folder:
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

    value_in_file, _updated = _stored(path, table, column, stored.id)
    assert value_in_file == NEWER
    assert type(value_in_file) is str
