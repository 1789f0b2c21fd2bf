"""A labelled set of letters the project makes itself, to measure reading scans (issue 11).

``make_letters`` draws the letters (approvals, denials, requests for information, EOBs, Medicare
Summary Notices, bills; some in Spanish) with their labels; ``degrade`` turns a page picture into
a scan, a fax, a photocopy or a phone photo; ``measure`` runs them through the OCR engine and the
letter reader and scores what came back. ``infusion-desk ocr-accuracy`` prints the table.
"""

from infusion_desk.demo.letter_corpus.letter_setup import Labels
from infusion_desk.demo.letter_corpus.letters import DEFAULT_SEED, CorpusLetter, make_letters

__all__ = ["DEFAULT_SEED", "CorpusLetter", "Labels", "make_letters"]
