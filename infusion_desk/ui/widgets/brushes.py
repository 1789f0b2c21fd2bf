"""The text colours the lists share: red for what is late, grey for what is set aside. Both are
read from the palette when asked, so they follow a light or a dark theme, and both keep a contrast
of at least 4.5:1 with the list's background (WCAG 2.2 AA for body text): the palette's own grey
for placeholders is often lighter than that, so it is darkened (or lightened, on a dark theme)
toward the text colour until it reads.

The "style" part checks every palette's contrast as a whole; these are the colours it meets in the
lists (the ledger's "— not sent yet —", the papers' grey line, a question not needed).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

AA_BODY = 4.5  # the least contrast for text (WCAG 2.2 AA)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as it shows over ``background`` (a see-through grey is lighter than it looks:
    Qt's placeholder grey is the text colour at half opacity)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(*(c * alpha + b * (1 - alpha) for c, b in (
        (colour.redF(), background.redF()), (colour.greenF(), background.greenF()),
        (colour.blueF(), background.blueF()))))


def readable(colour: QColor, background: QColor, text: QColor, least: float = AA_BODY) -> QColor:
    """``colour`` (as it shows on ``background``), moved toward ``text`` just enough to reach
    ``least`` contrast on ``background`` (the text colour itself if even that is needed)."""
    colour = over(colour, background)
    for step in range(11):
        share = step / 10
        mixed = QColor.fromRgbF(
            colour.redF() + (text.redF() - colour.redF()) * share,
            colour.greenF() + (text.greenF() - colour.greenF()) * share,
            colour.blueF() + (text.blueF() - colour.blueF()) * share)
        if contrast(mixed, background) >= least:
            return mixed
    return QColor(text)


def _palette() -> QPalette:
    return QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    return (palette or _palette()).color(QPalette.ColorRole.Base).lightness() < 128


def warning_brush() -> QBrush:
    """Red that stays readable on a light or a dark palette (always with a word and an icon)."""
    palette = _palette()
    red = QColor("#ff8a80" if is_dark(palette) else "#b3261e")
    return QBrush(readable(red, palette.color(QPalette.ColorRole.Base),
                           palette.color(QPalette.ColorRole.Text)))


def quiet_colour(palette: QPalette | None = None,
                 group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> QColor:
    """Grey, like the hint in an empty field, but dark enough to read (4.5:1 on the list's
    background and on its alternate rows)."""
    palette = palette or _palette()
    background = palette.color(group, QPalette.ColorRole.Base)
    alternate = palette.color(group, QPalette.ColorRole.AlternateBase)
    text = palette.color(group, QPalette.ColorRole.Text)
    grey = palette.color(group, QPalette.ColorRole.PlaceholderText)
    # The harder of the two backgrounds decides.
    harder = min((background, alternate), key=lambda bg: contrast(over(grey, bg), bg))
    return readable(grey, harder, text)


def quiet_brush() -> QBrush:
    """Grey for a row that is there but not pressing (see :func:`quiet_colour`)."""
    return QBrush(quiet_colour())
