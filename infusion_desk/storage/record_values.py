"""Record fields and stored values: the one set of rules both readers share.

Plain Python (no SQLAlchemy): the ORM path (``storage.mapping``, ``storage.store``) and the light
first look at a folder (``storage.first_look``, plain ``sqlite3``) build records through it.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping
from dataclasses import fields
from datetime import date, datetime
from typing import Any, TypeVar

from infusion_desk.core.records import RECORD_TYPES, Document, Profile, Record, Request
from infusion_desk.core.text import clean_text

T = TypeVar("T", bound=Record | Profile)

# Fields that live elsewhere than in the record's own row.
LINK_FIELDS = frozenset({"document_ids"})
# The folder's own bookkeeping, read with a record but never written from it: ``Store.update``
# checks and counts up ``version`` (``core.edit_conflict``).
BOOKKEEPING_FIELDS = frozenset({"id", "version"})

# Fields an ordinary edit leaves as they are stored: a document's text and whether its pictures
# were read belong to reading and correcting it (``DocumentStorage``), so a details form opened
# before the text arrived never writes it back empty; so do its page count and whether it can be
# previewed, which a PDF kept unread learns when it is opened.
KEPT_ON_UPDATE: dict[type[Any], frozenset[str]] = {
    Document: frozenset({"text", "read_state", "text_source", "read_note", "page_count",
                         "preview_ok"}),
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
    cls: tuple(f.name for f in fields(cls)
               if f.name not in LINK_FIELDS and f.name not in BOOKKEEPING_FIELDS)
    for cls in [*RECORD_TYPES.values(), Profile]
}


def to_values(record: Record | Profile) -> dict[str, Any]:
    """Column values for a record (without its id and version), with text made storable."""
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


def written_on_update(cls: type[Any]) -> frozenset[str]:
    """The fields an edit of a ``cls`` record writes: its columns (``KEPT_ON_UPDATE`` left
    out) and, for a request, the papers it links."""
    links = frozenset({"document_ids"}) if cls is Request else frozenset()
    return frozenset(COLUMN_FIELDS[cls]) - KEPT_ON_UPDATE.get(cls, frozenset()) | links


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
    if "version" in values:  # (a light first look does not read it: 0, not read)
        kwargs["version"] = values["version"]
    kwargs.update(extra)
    return cls(**kwargs)


def _stored_kind(annotation: Any) -> type[Any] | None:
    """date, datetime or bool when a field holds one (maybe None): SQLite keeps them as text
    or 0/1, which a plain read hands back as they are kept."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if candidate in (date, datetime, bool):
            return typing.cast(type[Any], candidate)
    return None


def _stored_kinds(cls: type[Any]) -> dict[str, type[Any]]:
    hints = typing.get_type_hints(cls)
    return {f.name: k for f in fields(cls) if (k := _stored_kind(hints[f.name])) is not None}


STORED_KINDS: dict[type[Any], dict[str, type[Any]]] = {
    cls: _stored_kinds(cls) for cls in [*RECORD_TYPES.values(), Profile]
}


def _from_stored(kind: type[Any], value: Any) -> Any:
    if value is None or not isinstance(value, str | int):
        return value
    if kind is bool:
        return bool(value)
    if kind is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind is date and isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def from_stored(cls: type[T], values: Mapping[str, Any], **extra: Any) -> T:
    """``from_values`` for a row read with plain ``sqlite3``: dates, times and yes/no come as
    SQLite keeps them (as the ORM writes them) and are turned back first."""
    kinds = STORED_KINDS[cls]
    converted = {name: (_from_stored(kinds[name], value) if name in kinds else value)
                 for name, value in values.items()}
    return from_values(cls, converted, **extra)
