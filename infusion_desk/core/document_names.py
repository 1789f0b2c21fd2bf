"""What a document is called on paper: its own title, or — for a scan nobody named (no title, or
just its file name such as "Scan0001" or "IMG_4471") — its kind and date, "Letter from the plan,
Nov 20, 2026"."""

from __future__ import annotations

import re

from infusion_desk.core.dates import format_short
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from infusion_desk.core.records import Document, DocumentKind

UNTITLED = QT_TRANSLATE_NOOP("DocumentNames", "Untitled document")
# What scanners, phones and fax software call a file: numbers (and the separators between them)
# with at most two generic words, e.g. "Scan0001", "IMG_4471", "DSC-0042", "PXL_20261120_093012",
# "2026-11-21 Scan0001", "Untitled". A name a person gave ("Silverpine denial") is kept.
_GENERIC_WORD = (r"(?:scan(?:ned)?|img|image|dsc[nf]?|pxl|photo|picture|pic|document|doc|page"
                 r"|file|fax|untitled|screenshot|mms|cam(?:era)?|new)")
_NUMBERS = r"[\d\s_.()-]*"
_MACHINE_NAME = re.compile(rf"^{_NUMBERS}(?:(?:{_GENERIC_WORD}{_NUMBERS}){{1,2}}|\d{_NUMBERS})$",
                           re.IGNORECASE)
_FILE_ENDING = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def is_unnamed(document: Document) -> bool:
    """True when the title says nothing a person gave it: empty, or only what a scanner, phone
    or fax calls a file (with or without its ending: "Scan0001.pdf")."""
    title = _FILE_ENDING.sub("", document.title.strip()).strip()
    return not any(ch.isalnum() for ch in title) or bool(_MACHINE_NAME.match(title))


def kind_and_date(document: Document) -> str:
    """"Letter from the plan, Nov 20, 2026": the kind (or "Document"), and the letter's date or
    else the day it came."""
    kind = document.kind
    words = kind.label if kind.is_known and kind is not DocumentKind.OTHER else ""
    day = format_short(document.document_date or document.received_on)
    if words and day:
        return translate("DocumentNames", "{kind}, {day}").format(kind=words, day=day)
    if day:
        return translate("DocumentNames", "Document, {day}").format(day=day)
    return words or translate_marked("DocumentNames", UNTITLED)


def document_heading(document: Document) -> str:
    """The title a person gave it, else its kind and date."""
    return kind_and_date(document) if is_unnamed(document) else document.title.strip()


def note_words(note: str) -> str:
    """A note on a document or page (kept in English, as the readers wrote it: "This PDF is
    protected with a password, …") in her language; a note the words do not know stays as it is."""
    return translate_marked("DocumentNotes", note) if note else ""
