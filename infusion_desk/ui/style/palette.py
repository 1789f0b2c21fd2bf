"""The palette's text colours, made readable: the system's own palette (light or dark) with each
text colour that falls short of WCAG 2.2 AA on its background moved just far enough to read.

Nothing else of the desktop's look is changed: where the system's colours already read, they stay.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from infusion_desk.ui.style.contrast import GRAPHIC, RGB, TEXT, over, ratio, readable

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Each text colour and the backgrounds the app shows it on (lists' quiet rows use the placeholder
# colour; labels sit on the window, on alternate rows' shading in the Requests band, …).
TEXT_ON: tuple[tuple[QPalette.ColorRole, tuple[QPalette.ColorRole, ...]], ...] = (
    (Role.WindowText, (Role.Window, Role.AlternateBase, Role.Button)),
    (Role.Text, (Role.Base, Role.AlternateBase)),
    (Role.ButtonText, (Role.Button,)),
    (Role.ToolTipText, (Role.ToolTipBase,)),
    (Role.PlaceholderText, (Role.Base, Role.AlternateBase, Role.Window)),
    (Role.Link, (Role.Base, Role.AlternateBase, Role.Window)),
    (Role.LinkVisited, (Role.Base, Role.Window)),
)
# Where the background gives way instead: the selection keeps its text colour.
BACKGROUND_UNDER: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.Highlight, Role.HighlightedText),
)
GROUPS = (Group.Active, Group.Inactive, Group.Disabled)
# Disabled text is held to the same 4.5:1: the app greys out notes (a disabled label) that she
# still has to read, and a greyed-out button's words still say what it would do.


def rgb(colour: QColor) -> tuple[int, int, int, int]:
    return colour.red(), colour.green(), colour.blue(), colour.alpha()


def qcolor(colour: RGB) -> QColor:
    return QColor(*colour)


def pairs(palette: QPalette) -> list[tuple[str, RGB, RGB]]:
    """Every (what, text colour, background) the palette shows, translucent text laid over its
    background as the eye sees it."""
    found: list[tuple[str, RGB, RGB]] = []
    for group in GROUPS:
        for text, backgrounds in TEXT_ON:
            for background in backgrounds:
                under = over(rgb(palette.color(group, background)), (255, 255, 255))
                ink = over(rgb(palette.color(group, text)), under)
                found.append((f"{group.name} {text.name} on {background.name}", ink, under))
        for background, text in BACKGROUND_UNDER:
            under = over(rgb(palette.color(group, background)), (255, 255, 255))
            ink = over(rgb(palette.color(group, text)), under)
            found.append((f"{group.name} {text.name} on {background.name}", ink, under))
    return found


def failing(palette: QPalette, goal: float = TEXT) -> list[str]:
    """The pairs of ``palette`` whose contrast is under ``goal``, each with its ratio."""
    return [f"{what}: {ratio(ink, under):.2f}:1" for what, ink, under in pairs(palette)
            if ratio(ink, under) < goal]


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with every text colour that falls short moved just far enough to read."""
    fixed = QPalette(palette)
    for group in GROUPS:
        for background, text in BACKGROUND_UNDER:
            _fix_selection(fixed, group, background, text)
        for text, backgrounds in TEXT_ON:
            for background in backgrounds:
                under = over(rgb(fixed.color(group, background)), (255, 255, 255))
                ink = over(rgb(fixed.color(group, text)), under)
                if ratio(ink, under) < TEXT:
                    fixed.setColor(group, text, qcolor(readable(ink, under)))
    return fixed


def _fix_selection(palette: QPalette, group: QPalette.ColorGroup,
                   background: QPalette.ColorRole, text: QPalette.ColorRole) -> None:
    """Selected words made readable: the selection's colour moved if it still stands out from
    the window (3:1, it also frames a chosen card), else the words (dark words on a dark
    desktop's blue)."""
    window = over(rgb(palette.color(group, Role.Window)), (255, 255, 255))
    under = over(rgb(palette.color(group, background)), (255, 255, 255))
    ink = over(rgb(palette.color(group, text)), under)
    if ratio(ink, under) >= TEXT:
        return
    moved = readable(under, ink)
    if ratio(moved, window) >= GRAPHIC or ratio(under, window) < GRAPHIC:
        palette.setColor(group, background, qcolor(moved))
    else:
        palette.setColor(group, text, qcolor(readable(ink, under)))


def light_palette() -> QPalette:
    """The palette the app gets on a light desktop: Fusion's standard one (Qt's default)."""
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette())
    style.deleteLater()
    return palette


def dark_palette() -> QPalette:
    """A dark palette like the one Qt's Fusion style takes on a dark desktop (its dark branch:
    light grey words on charcoal, the same blue selection), for the contrast checks."""
    window, words = QColor(50, 50, 50), QColor(240, 240, 240)
    base = window.darker(140)
    palette = QPalette(window)  # then each role, as Fusion's dark branch sets it
    for role, colour in ((Role.Window, window), (Role.Button, window), (Role.WindowText, words),
                         (Role.ButtonText, words), (Role.Text, words), (Role.Base, base),
                         (Role.BrightText, QColor(255, 255, 255)),
                         (Role.Light, window.lighter(150)), (Role.Dark, window.darker(150)),
                         (Role.Mid, window.darker(130)), (Role.Midlight, window.darker(130))):
        palette.setColor(role, colour)
    for group in (Group.Active, Group.Inactive):
        palette.setColor(group, Role.AlternateBase, base.lighter(130))
        palette.setColor(group, Role.Highlight, QColor(48, 140, 198))
        palette.setColor(group, Role.HighlightedText, words)
        palette.setColor(group, Role.Link, QColor(48, 140, 198))
        palette.setColor(group, Role.LinkVisited, QColor(140, 110, 200))
        palette.setColor(group, Role.ToolTipBase, QColor(60, 60, 60))
        palette.setColor(group, Role.ToolTipText, words)
        placeholder = QColor(words)
        placeholder.setAlpha(128)
        palette.setColor(group, Role.PlaceholderText, placeholder)
    disabled = QColor(130, 130, 130)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.Base, window)
    palette.setColor(Group.Disabled, Role.Highlight, QColor(145, 145, 145))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128
