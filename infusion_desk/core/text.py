"""Small text rules shared by storage, search and reports."""

from __future__ import annotations

import re
import unicodedata

_NOT_ASCII = re.compile(r"[^\x00-\x7f]")

# ``str.translate`` (characters through a table) under a name of its own: ``translate`` is the
# word the translation tools and their tests read as "words for the caregiver's language".
map_characters = str.translate


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
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    # The marks left out are looked up once per distinct character, not once per character.
    marks = {ord(ch): None for ch in set(_NOT_ASCII.findall(decomposed))
             if unicodedata.combining(ch)}
    return map_characters(decomposed, marks) if marks else decomposed


def one_line(value: str, limit: int = 120) -> str:
    """A single display line: whitespace folded, cut with an ellipsis."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
