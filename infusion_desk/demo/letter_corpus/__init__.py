"""A labelled set of letters the project makes itself, to measure reading scans (issue 11).

``make_letters`` draws the letters (approvals, denials, requests for information, EOBs, Medicare
Summary Notices, bills; some in Spanish) with their labels; ``degrade`` turns a page picture into
a scan, a fax, a photocopy or a phone photo; ``measure`` runs them through the OCR engine and the
letter reader and scores what came back. ``infusion-desk ocr-accuracy`` prints the table.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from infusion_desk.demo.letter_corpus.letter_setup import Labels
    from infusion_desk.demo.letter_corpus.letters import (
        DEFAULT_SEED,
        CorpusLetter,
        make_letters,
    )

__all__ = ["DEFAULT_SEED", "CorpusLetter", "Labels", "make_letters"]


def __getattr__(name: str) -> object:
    """The letters (and the drawing libraries they need) load only when used, not when the
    command line imports ``letter_corpus.command`` to build its parser."""
    if name == "Labels":
        from infusion_desk.demo.letter_corpus import letter_setup

        return letter_setup.Labels
    if name in __all__:
        from infusion_desk.demo.letter_corpus import letters

        return getattr(letters, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
