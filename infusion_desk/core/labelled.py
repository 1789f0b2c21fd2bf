"""Enums whose members carry the words a caregiver reads, and tables keyed by them. Plain Python.

Kept apart from ``core.records`` so that record modules of their own (``core.deadline_record``)
can use them without importing every record.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Self, TypeVar

from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate

UNKNOWN_LABEL = QT_TRANSLATE_NOOP("LabelledEnum", "(a kind from a newer version)")


class LabelledEnum(enum.StrEnum):
    """A string enum whose members also carry the words a caregiver reads.

    A stored value this version does not know (a kind written by a newer Infusion Desk) is kept,
    never replaced: ``DocumentKind("letter_v2")`` returns a *pseudo-member* of ``DocumentKind``
    whose ``value`` is the raw text exactly as stored, whose ``label`` is "(a kind from a newer
    version)" and whose :attr:`is_known` is ``False``. It is not added to the class: iterating
    ``DocumentKind`` (the choices a form offers) still gives only the real members, and
    ``pseudo in DocumentKind`` is ``False``. Writing the record back stores the raw value
    unchanged, so reading and saving an edit of some other field never relabels it.

    Why a pseudo-member and not a separate ``Unknown`` type: every field keeps its one type
    (``kind: DocumentKind``), so no caller has to handle a union, and code that compares with a
    member (``kind is DocumentKind.EOB``) simply finds no match. Tables keyed by member use
    :class:`ByMember`, which answers for a kind it has never heard of.
    """

    _source_label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member._source_label = label
        return member

    @property
    def label(self) -> str:
        """The words for this member in the caregiver's language. A member's English words are
        marked where it is defined with ``QT_TRANSLATE_NOOP("<its enum's name>", ...)``."""
        if not self.is_known:
            return translate("LabelledEnum", UNKNOWN_LABEL)
        return translate(type(self).__name__, self._source_label)

    @property
    def source_label(self) -> str:
        """The English words, whatever the language (for logs and tests)."""
        return self._source_label

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str) or not value:
            return None  # not something a folder stores: a real ValueError
        pseudo = str.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = "UNKNOWN"  # never a member name, so ``pseudo in cls`` stays False
        pseudo._source_label = UNKNOWN_LABEL
        return pseudo

    @property
    def is_known(self) -> bool:
        """False for a value written by a newer version (see the class notes)."""
        return self._name_ in type(self)._member_map_ and type(self)[self._name_] is self

    @classmethod
    def parse(cls, value: str) -> Self:
        """The member whose stored value is ``value``; an unknown non-empty text gives the
        pseudo-member that keeps it (an empty one raises ValueError)."""
        return cls(value)  # type: ignore[call-arg]


K = TypeVar("K", bound=LabelledEnum)
V = TypeVar("V")


class ByMember(dict[K, V]):
    """A table keyed by the members of a :class:`LabelledEnum` with an answer (``unknown``) for
    a value written by a newer version. A real member missing from it is still a KeyError."""

    def __init__(self, entries: Mapping[K, V], *, unknown: V) -> None:
        super().__init__(entries)
        self.unknown = unknown

    def __missing__(self, key: K) -> V:
        if isinstance(key, LabelledEnum) and not key.is_known:
            return self.unknown
        raise KeyError(key)
