"""Text columns that keep any text a person or a letter can hold, on both engines.

PostgreSQL's ``text`` cannot hold the NUL character (U+0000), which SQLite keeps, and which the
text layer of a PDF or a pasted line can carry. On PostgreSQL, :class:`StoredText` writes it as
two characters and reads it back: NUL as U+FFFF U+0001, and U+FFFF itself (a "noncharacter" no
letter should hold) as U+FFFF U+0002, so that every text comes back exactly as it went in. On
SQLite it is plain ``TEXT``: nothing changes there.

Only statements built on the tables' columns (the Store's, the ORM's) go through it; SQL written
by hand against a shared folder sees the two characters (which no search matches, and no one
can see, as NUL itself).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import Dialect, Text
from sqlalchemy.types import TypeDecorator

MARK = "\uffff"
_NUL_MARK = MARK + "\x01"
_MARK_MARK = MARK + "\x02"
_MARKED = re.compile(MARK + "([\x01\x02])")


def escaped(text: str) -> str:
    """``text`` as a shared folder keeps it (no NUL in it)."""
    if "\x00" not in text and MARK not in text:
        return text
    return text.replace(MARK, _MARK_MARK).replace("\x00", _NUL_MARK)


def unescaped(text: str) -> str:
    """Text kept by a shared folder, as it was given."""
    if MARK not in text:
        return text
    return _MARKED.sub(lambda m: "\x00" if m.group(1) == "\x01" else MARK, text)


class StoredText(TypeDecorator[str]):
    """``TEXT`` that holds NUL on PostgreSQL too (see the module's notes). On SQLite no value
    goes through Python at all (no processor: lists of thousands of rows read as fast)."""

    impl = Text
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        if dialect.name != "postgresql":
            return None
        return _escaped_value

    def result_processor(self, dialect: Dialect, coltype: object  # noqa: ARG002 - its API
                         ) -> Callable[[Any], Any] | None:
        if dialect.name != "postgresql":
            return None
        return _unescaped_value


def _escaped_value(value: Any) -> Any:
    return escaped(value) if isinstance(value, str) else value


def _unescaped_value(value: Any) -> Any:
    return unescaped(value) if isinstance(value, str) else value
