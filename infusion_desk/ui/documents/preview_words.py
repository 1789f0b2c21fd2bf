"""The preview's words: the notes shown instead of a page, and what a screen reader hears."""

from __future__ import annotations

from infusion_desk.core.i18n import translate


def not_previewable() -> str:
    return translate("DocumentPreview", "This file can be opened but not previewed.")


def could_not_preview() -> str:
    return translate("DocumentPreview", "This file could not be previewed. It is saved in the "
                     "folder, and you can still open it with the program you normally use for it.")


def page_not_drawn() -> str:
    return translate("DocumentPreview", "This page could not be shown. The document is saved in "
                     "the folder, and you can still open it with the program you normally use "
                     "for it.")


def no_text() -> str:
    return translate("DocumentPreview", "There is no text to show in this document.")


def getting_ready() -> str:
    return translate("DocumentPreview", "Getting the page ready…")


def page_description(number: int, count: int, title: str) -> str:
    """What a screen reader hears of the page on screen."""
    return translate("DocumentPreview", "Page {number} of {count} of {title}").format(
        number=number, count=count, title=title)
