"""Turning core records into column values and back. The only place that knows both shapes.

The value rules themselves (``to_values``, ``from_values``, ...) live in
``storage.record_values``, which needs no SQLAlchemy, so the light first look at a folder shares
them; this module adds which ORM row class holds each record type.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import literal

from infusion_desk.core.records import (
    Call,
    Contact,
    Deadline,
    Document,
    Plan,
    Profile,
    Question,
    Request,
    Step,
)
from infusion_desk.storage.record_values import (
    COLUMN_FIELDS,
    ENUM_FIELDS,
    KEPT_ON_UPDATE,
    LINK_FIELDS,
    from_stored,
    from_values,
    to_update_values,
    to_values,
)
from infusion_desk.storage.tables import (
    Base,
    CallRow,
    ContactRow,
    DeadlineRow,
    DocumentRow,
    PlanRow,
    ProfileRow,
    QuestionRow,
    RequestRow,
    StepRow,
)

__all__ = ["COLUMN_FIELDS", "ENUM_FIELDS", "KEPT_ON_UPDATE", "LINK_FIELDS", "ROW_TYPES",
           "columns_of", "from_stored", "from_values", "to_update_values", "to_values"]


ROW_TYPES: dict[type[Any], type[Base]] = {
    Plan: PlanRow,
    Contact: ContactRow,
    Step: StepRow,
    Document: DocumentRow,
    Call: CallRow,
    Question: QuestionRow,
    Request: RequestRow,
    Deadline: DeadlineRow,
    Profile: ProfileRow,
}


def columns_of(row: type[Any], cls: type[Any], leave_out: Collection[str] = (), *,
               versions: bool = True) -> list[Any]:
    """The columns a record of ``cls`` is read from (its version too); those named in
    ``leave_out`` (text fields) are not read but stand as an empty text. ``versions`` False: a
    folder file of a revision before 0007 open for reading only (never upgraded) has no
    version column; its records read as version 0 (not known)."""
    names = ("id", *COLUMN_FIELDS[cls]) if cls is not Profile else COLUMN_FIELDS[cls]
    columns = [literal("").label(n) if n in leave_out else getattr(row, n) for n in names]
    return [*columns, row.version if versions else literal(0).label("version")]
