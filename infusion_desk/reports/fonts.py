"""The one typeface every report uses (DejaVu Sans), and text made safe to print with it.

ReportLab draws a character the font lacks as an empty box, or as nothing at all, without a word.
:class:`PrintableText` stands between the records and the page: it keeps every character the font
has, folds the others to a close plain form where one exists ("𝐀" -> "A"), and prints "?" for the
rest. What it had to change is logged once per report, by code point only: never the person's text.
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from infusion_desk.core.text import clean_text

log = logging.getLogger(__name__)

REGULAR = "InfusionDesk-Sans"
BOLD = "InfusionDesk-Sans-Bold"
FAMILY = REGULAR
MISSING = "?"

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# Invisible characters: when the font lacks them, leaving them out changes nothing on paper.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn", "Me"})
_KEPT_CONTROLS = frozenset("\n\t")


@functools.cache
def register_fonts() -> frozenset[int]:
    """Register DejaVu Sans (regular and bold) with ReportLab, once; the code points both have.

    ``<b>`` in paragraph markup picks the bold face; ``<i>`` stays upright (there is no italic).
    """
    cmaps: list[set[int]] = []
    for name, file_name in _FILES.items():
        font = TTFont(name, str(FONT_DIR / file_name))
        pdfmetrics.registerFont(font)
        cmaps.append(set(font.face.charToGlyph))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return frozenset(set.intersection(*cmaps))


@dataclass
class PrintableText:
    """Make text safe for the report font; remembers what it changed for one log line at the end.

    Use one per report build: ``plain()`` for canvas strings, ``markup()`` for Paragraphs.
    """

    substituted: dict[int, str] = field(default_factory=dict)
    _covered: frozenset[int] = field(default_factory=register_fonts, repr=False)
    _cache: dict[str, str] = field(default_factory=dict, repr=False)

    def plain(self, value: str, *, keep_lines: bool = False) -> str:
        """``value`` with only characters the font can draw; whitespace folded to single spaces
        (line breaks kept as ``\\n`` when ``keep_lines``)."""
        if keep_lines:
            lines = (" ".join(line.split()) for line in value.splitlines())
            return "\n".join(self._glyphs(line) for line in lines)
        return self._glyphs(" ".join(value.split()))

    def markup(self, value: str, *, keep_lines: bool = False) -> str:
        """Like :meth:`plain`, escaped for a ReportLab Paragraph (line breaks as ``<br/>``)."""
        return escape(self.plain(value, keep_lines=keep_lines)).replace("\n", "<br/>")

    def log_substitutions(self, report: str) -> None:
        """One warning counting the characters that had to be replaced (which ones they were
        would spell out a name: the log never holds personal text)."""
        if not self.substituted:
            return
        left_out = sum(1 for sub in self.substituted.values() if not sub)
        log.warning(
            "%s: the report font has no glyph for %d character(s); %d folded to letters it has "
            "or marked ?, %d left out", report, len(self.substituted),
            len(self.substituted) - left_out, left_out,
        )

    def _glyphs(self, text: str) -> str:
        if text in self._cache:
            return self._cache[text]
        normal = unicodedata.normalize("NFC", clean_text(text))
        covered = self._covered
        if all(ord(ch) in covered or ch in _KEPT_CONTROLS for ch in normal):
            result = normal
        else:
            result = "".join(self._substitute(ch) for ch in normal)
        if len(self._cache) < 50_000:
            self._cache[text] = result
        return result

    def _substitute(self, ch: str) -> str:
        code = ord(ch)
        if code in self._covered or ch in _KEPT_CONTROLS:
            return ch
        category = unicodedata.category(ch)
        if category == "Cc":
            replacement = " "
        elif category in _INVISIBLE_CATEGORIES:
            replacement = ""
        else:
            replacement = _fold(ch, self._covered) or MISSING
        self.substituted.setdefault(code, replacement)
        return replacement


def _fold(ch: str, covered: frozenset[int]) -> str:
    """A compatibility or unaccented form the font has ("ﬁ" -> "fi", "𝐀" -> "A"), else ""."""
    decomposed = unicodedata.normalize("NFKD", ch)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    if folded and folded != ch and all(ord(c) in covered for c in folded):
        return folded
    return ""
