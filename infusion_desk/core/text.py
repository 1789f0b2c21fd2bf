"""Small text rules shared by storage, search and reports."""

from __future__ import annotations

import unicodedata


def clean_text(value: str) -> str:
    """Make any Python string storable: lone surrogates (which no file can hold) become U+FFFD.

    Everything else a person typed — control characters, right-to-left text, emoji — is kept.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)
    return value


def fold(value: str) -> str:
    """Case- and accent-insensitive form, for matching words the way the search index does."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def one_line(value: str, limit: int = 120) -> str:
    """A single display line: whitespace folded, cut with an ellipsis."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
