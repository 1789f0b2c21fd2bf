"""The lists' own colours (the grey of what is set aside, the red of what is late) read at 4.5:1
or more on the list's rows, in a light and in a dark palette, though Qt's placeholder grey (the
text colour at half opacity) does not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from infusion_desk.ui.widgets.brushes import AA_BODY, contrast, over, quiet_colour, warning_brush


def _palette(base: str, alternate: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(alternate))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    grey = QColor(text)
    grey.setAlphaF(0.5)
    palette.setColor(QPalette.ColorRole.PlaceholderText, grey)
    return palette


LIGHT = ("#ffffff", "#f7f7f7", "#000000")
DARK = ("#2b2b2b", "#353535", "#eeeeee")


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_the_lists_colours_read_on_both_kinds_of_row(qapp: QApplication,
                                                     colours: tuple[str, str, str]) -> None:
    palette = _palette(*colours)
    rows = [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    assert min(contrast(over(placeholder, row), row) for row in rows) < AA_BODY  # why it is fixed
    quiet = quiet_colour(palette)
    assert all(contrast(quiet, row) >= AA_BODY for row in rows)
    assert contrast(quiet, rows[0]) < contrast(palette.color(QPalette.ColorRole.Text), rows[0])
    before = qapp.palette()
    qapp.setPalette(palette)
    try:
        red = warning_brush().color()
        assert all(contrast(red, row) >= AA_BODY for row in rows)
    finally:
        qapp.setPalette(before)
