"""Turning core records into column values and back. The only place that knows both shapes."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from dataclasses import fields
from typing import Any, TypeVar

from infusion_desk.core.records import (
    RECORD_TYPES,
    Call,
    Contact,
    Document,
    Plan,
    Profile,
    Question,
    Record,
    Request,
    Step,
)
from infusion_desk.core.text import clean_text
from infusion_desk.storage.tables import (
    Base,
    CallRow,
    ContactRow,
    DocumentRow,
    PlanRow,
    ProfileRow,
    QuestionRow,
    RequestRow,
    StepRow,
)

T = TypeVar("T", bound=Record | Profile)

ROW_TYPES: dict[type[Any], type[Base]] = {
    Plan: PlanRow,
    Contact: ContactRow,
    Step: StepRow,
    Document: DocumentRow,
    Call: CallRow,
    Question: QuestionRow,
    Request: RequestRow,
    Profile: ProfileRow,
}

# Fields that live elsewhere than in the record's own row.
LINK_FIELDS = frozenset({"document_ids"})

# Fields an ordinary edit leaves as they are stored: a document's text and whether its pictures
# were read belong to reading and correcting it (``DocumentStorage``), so a details form opened
# before the text arrived never writes it back empty.
KEPT_ON_UPDATE: dict[type[Any], frozenset[str]] = {
    Document: frozenset({"text", "read_state", "text_source", "read_note"}),
}


def _enum_type(annotation: Any) -> type[enum.Enum] | None:
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        for arg in typing.get_args(annotation):
            found = _enum_type(arg)
            if found is not None:
                return found
    return None


def _enum_fields(cls: type[Any]) -> dict[str, type[enum.Enum]]:
    hints = typing.get_type_hints(cls)
    return {
        f.name: e for f in fields(cls) if (e := _enum_type(hints[f.name])) is not None
    }


ENUM_FIELDS: dict[type[Any], dict[str, type[enum.Enum]]] = {
    cls: _enum_fields(cls) for cls in [*RECORD_TYPES.values(), Profile]
}
COLUMN_FIELDS: dict[type[Any], tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls) if f.name not in LINK_FIELDS and f.name != "id")
    for cls in [*RECORD_TYPES.values(), Profile]
}


def to_values(record: Record | Profile) -> dict[str, Any]:
    """Column values for a record (without its id), with text made storable."""
    values: dict[str, Any] = {}
    for name in COLUMN_FIELDS[type(record)]:
        value = getattr(record, name)
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, str):
            value = clean_text(value)
        values[name] = value
    return values


def to_update_values(record: Record) -> dict[str, Any]:
    """Column values an edit of ``record`` writes (``KEPT_ON_UPDATE`` left out)."""
    kept = KEPT_ON_UPDATE.get(type(record), frozenset())
    return {k: v for k, v in to_values(record).items() if k not in kept}


def from_values(cls: type[T], values: Mapping[Any, Any], **extra: Any) -> T:
    """Build a record of ``cls`` from a row mapping.

    An enum value written by a newer version comes back as the enum's pseudo-member that keeps
    the stored text (see :class:`~infusion_desk.core.records.LabelledEnum`), so saving the record
    again writes it back unchanged. Only an empty text falls back: no method for ``method``,
    the first member elsewhere.
    """
    enums = ENUM_FIELDS[cls]
    kwargs: dict[str, Any] = {}
    for name in COLUMN_FIELDS[cls]:
        value = values[name]
        enum_cls = enums.get(name)
        if enum_cls is not None and value is not None:
            try:
                value = enum_cls(value)
            except ValueError:
                value = None if name == "method" else next(iter(enum_cls))
        kwargs[name] = value
    if "id" in values and not issubclass(cls, Profile):
        kwargs["id"] = values["id"]
    kwargs.update(extra)
    return cls(**kwargs)
