"""Read-only forms on the Overview: captions on the left that never wrap, values that do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from infusion_desk.ui.widgets.forms import plain_label


def caption_form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    # Values are labels: let them take the width (else they wrap narrower than the form
    # thinks, and their last lines are cut off).
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


def caption(text: str, parent: QWidget, tip: str = "") -> QLabel:
    """A caption beside a value, level with the value's first line."""
    label = plain_label(text, parent, wrap=False)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if tip:
        label.setToolTip(tip)
    return label
