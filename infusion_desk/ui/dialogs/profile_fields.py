"""What the Overview's forms share: the tooltips of the plan's numbers and of the therapy's
line, and the helpers that size the forms and label their rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.forms import plain_label


def member_id_tip() -> str:
    return translate("ProfileDialogs", "The ID on the insurance card that the plan uses to find "
                                       "the patient.")


def group_number_tip() -> str:
    return translate("ProfileDialogs", "The number of the employer's or group's plan, also on the "
                                       "insurance card.")


def pa_tip() -> str:
    return translate("ProfileDialogs", "Prior authorization: the plan must approve the therapy "
                                       "before it pays for it.")


def reference_tip() -> str:
    return translate("ProfileDialogs", "Reference or authorization number: the number the plan or "
                                       "office gives a request or an approval, so anyone can find "
                                       "it again.")


def access_line_tip() -> str:
    return translate("ProfileDialogs", "The IV line the medicine goes through, such as a PICC "
                                       "line or a port.")


def tip_on(widget: QWidget, text: str) -> QWidget:
    widget.setToolTip(text)
    return widget


def roomy(dialog: QWidget) -> None:
    """Wide enough for a typed date and the day it reads as, at any text size; long text shows
    from its start."""
    dialog.setMinimumWidth(min(dialog.fontMetrics().averageCharWidth() * 80, 1100))
    for edit in dialog.findChildren(QLineEdit):
        edit.setCursorPosition(0)


def plain_row_label(text: str) -> QLabel:
    """A form label that can carry a tooltip (a plain string label cannot)."""
    label = plain_label(text, wrap=False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label
