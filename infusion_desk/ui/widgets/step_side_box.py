"""The box beside the coverage track for steps of her own (side issues such as who pays for the
supplies): "Also open" for those still open, then "Done" for those finished, each with its marker
and its words. They are not stages of the journey, so none of them reads like the final step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from infusion_desk.core.coverage import is_done, mark_of
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Step
from infusion_desk.ui.widgets.forms import plain_label
from infusion_desk.ui.widgets.step_marker import StepMarker
from infusion_desk.ui.widgets.step_words import step_tooltip

# Builds a step's words (the holder, and its labels top to bottom) from the step and its tooltip.
Words = Callable[[Step, str], tuple[QWidget, list[QLabel]]]


@dataclass
class SideBox:
    """The box, one row per step (as listed), each row's labels and tooltip."""

    frame: QFrame
    rows: list[QWidget] = field(default_factory=list)
    columns: list[list[QLabel]] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)


def _heading(text: str, tip: str, parent: QWidget) -> QLabel:
    title = plain_label(text, parent)
    title.setToolTip(tip)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    title.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return title


def build_side_box(parent: QWidget, steps: Sequence[Step], words: Words) -> SideBox:
    """The box for ``steps`` (the open ones first, then those done)."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    frame.setAccessibleName(translate("StepSideBox",
                                      "Also open: side issues beside the coverage steps"))
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.setSpacing(4)
    box = SideBox(frame)
    headed_done = False
    if any(not is_done(s) for s in steps):
        layout.addWidget(_heading(translate("StepSideBox", "Also open"), translate(
            "StepSideBox", "Things of your own that the coverage depends on, beside the usual "
                           "steps."), frame))
    for step in steps:
        if is_done(step) and not headed_done:
            layout.addWidget(_heading(translate("StepSideBox", "Done"), translate(
                "StepSideBox", "Things of your own that are settled. Click one to choose it."),
                frame))
            headed_done = True
        tip = step_tooltip(step)
        row = QWidget(frame)
        row.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        marker = StepMarker(mark_of(step), parent=row)
        marker.setToolTip(tip)
        holder, labels = words(step, tip)
        line.addWidget(marker, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(holder, 1)
        layout.addWidget(row)
        box.rows.append(row)
        box.columns.append(labels)
        box.tips.append(tip)
    layout.addStretch(1)
    return box
