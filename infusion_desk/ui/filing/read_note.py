"""The small grey note with a field filled in from the letter: "read from the letter", with the
letter's own words in its tooltip; "you changed this" once she types over it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.forms import plain_tip, scaled_font


class ReadNote(QLabel):
    """Says where a field's value came from. Empty (and hidden) when nothing was read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        scaled_font(self, 0.9)
        self.evidence = ""
        self.hide()

    def read(self, evidence: str, *, guess: bool = False, made: bool = False) -> None:
        """The value was read from the letter (``evidence``: the words it came from); ``made``:
        put together from what the letter says (a title)."""
        self.evidence = " ".join(evidence.split())
        if not self.evidence:
            self.clear_note()
            return
        if made:
            self.setText(translate("ReadNote", "made from what the letter says"))
            self.setToolTip(plain_tip(translate("ReadNote", "Put together from what the letter "
                                                            "seems to be and who sent it. Change "
                                                            "it as you like.")))
        elif guess:
            self.setText(translate("ReadNote", "guessed from the file name"))
            self.setToolTip(plain_tip(translate("ReadNote", "No date was found on the letter "
                                                            "itself. This one comes from the "
                                                            "file's name: “{0}”. Check it against "
                                                            "the letter.").format(self.evidence)))
        else:
            self.setText(translate("ReadNote", "read from the letter"))
            self.setToolTip(plain_tip(
                translate("ReadNote", "The letter says: “{0}”").format(self.evidence)))
        self.setAccessibleName(self.text())
        self.show()

    def changed(self) -> None:
        """She typed over what was read."""
        if self.isVisible():
            self.setText(translate("ReadNote", "changed by you"))
            self.setAccessibleName(self.text())

    def clear_note(self) -> None:
        self.evidence = ""
        self.setText("")
        self.setToolTip("")
        self.hide()


def with_note(field: QWidget, note: ReadNote, parent: QWidget) -> QWidget:
    """The field with its note right under it, as one row of a form (under, not beside: a date
    field and its words need the width, and nothing may scroll sideways)."""
    row = QWidget(parent)
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(note)
    row.setFocusProxy(field)
    return row
