"""The words beside a marker on the coverage track: the step's own name with a "?" that explains
its kind, what that kind means in plain words, its status, whom it waits on, its number and the
approved period — and whether they fit across."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from infusion_desk.core import rules
from infusion_desk.core.coverage import (
    approved_period,
    is_done,
    status_word,
    step_explanation,
    step_subtitle,
)
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Step, StepKind, StepStatus
from infusion_desk.ui.widgets.forms import plain_label, plain_tip
from infusion_desk.ui.widgets.help_mark import MIN_TARGET, HelpMark

_APPROVED_KINDS = (StepKind.PRIOR_AUTHORIZATION, StepKind.REAUTHORIZATION, StepKind.APPEAL)
LABEL_PADDING = 6
# How a line of a step's words looks.
NAME, SUBTITLE, PLAIN, BOLD = "name", "subtitle", "plain", "bold"


def step_name(step: Step) -> str:
    """The name beside a marker: the step's own (its title), else its kind."""
    return step.display_title


def number_text(step: Step) -> str:
    if not step.reference_number:
        return ""
    if step.kind in _APPROVED_KINDS and step.status is StepStatus.APPROVED:
        return translate("StepWords", "Authorization no. {number}").format(
            number=step.reference_number)
    return translate("StepWords", "Reference no. {number}").format(number=step.reference_number)


def breakable_pieces(text: str) -> list[str]:
    """The pieces a label may break a line between: words, and parts of hyphenated words."""
    return re.findall(r"[^\s-]+-?", text)


def step_tooltip(step: Step, current: bool = False) -> str:
    """What a step is, in a sentence, for its tooltip (plain text, shown as typed)."""
    lines = [step.display_title]
    if current:
        lines.append(translate("StepWords", "This is the step things are at now."))
    lines.append(step_explanation(step.kind))
    lines.append(translate("StepWords",
                           "Click to choose it; double-click it, or press Enter, to change it."))
    return plain_tip("\n".join(lines))


def help_mark(step: Step, parent: QWidget) -> HelpMark:
    """The "?" beside a step's name: what its kind means, on hover, click, Enter or Space."""
    return HelpMark(step.kind.label, step_explanation(step.kind), parent)


def step_lines(step: Step, current: bool, today: date) -> list[tuple[str, str]]:
    """Each line of words for a step, and how it looks (NAME, SUBTITLE, PLAIN or BOLD)."""
    period = approved_period(step, today)
    status = (translate("StepWords", "{status} — current step").format(status=status_word(step))
              if current else status_word(step))
    waiting = (translate("StepWords", "Waiting on: {whom}").format(whom=step.waiting_on)
               if step.waiting_on and not is_done(step) else "")
    approved = translate("StepWords", "Approved {period}").format(period=period) if period else ""
    return [
        (step_name(step), NAME),
        (step_subtitle(step.kind), SUBTITLE),
        (status, PLAIN),
        (waiting, PLAIN),
        (number_text(step), PLAIN),
        (approved, BOLD if rules.approval_ends_soon(step, today) else PLAIN),
    ]


def width_across(steps: Sequence[Step], current: int | None, today: date, font: QFont) -> int:
    """The width the steps need side by side: each step's longest word in an equal share."""
    plain = QFontMetrics(font)
    bold_font = QFont(font)
    bold_font.setBold(True)
    bold_font.setPointSizeF(bold_font.pointSizeF() * 1.1)
    bold = QFontMetrics(bold_font)
    needed = 0
    for index, step in enumerate(steps):
        widest = plain.averageCharWidth() * 11
        for text, look in step_lines(step, index == current, today):
            metrics = plain if look in (SUBTITLE, PLAIN) else bold
            extra = max(MIN_TARGET, int(plain.height() * 1.5)) + 4 if look == NAME else 0  # "?"
            for word in breakable_pieces(text):
                widest = max(widest, metrics.horizontalAdvance(word) + extra)
        needed += widest + 2 * LABEL_PADDING + 8
    return needed


class _Words(QWidget):
    """A step's words. It keeps the name as narrow as its wrapped lines, so that the "?" sits
    right after the name, not at the far edge of the step. Clicks on it go on to the track; the
    "?" takes its own."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.name: tuple[QLabel, HelpMark] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.name is None:
            return
        label, mark = self.name
        margins = label.contentsMargins()
        padding = margins.left() + margins.right() + 2
        room = max(label.fontMetrics().averageCharWidth() * 8,
                   event.size().width() - mark.sizeHint().width() - padding - 4)
        lines = QFontMetrics(label.font()).boundingRect(
            QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, label.text())
        width = min(room, lines.width()) + padding
        if label.width() != width or label.minimumWidth() != width:
            label.setFixedWidth(width)


def step_words(parent: QWidget, step: Step, tip: str, today: date, *, current: bool,
               across: bool) -> tuple[QWidget, list[QLabel]]:
    """A step's lines of words, in a widget; and the labels, top to bottom."""
    holder = _Words(parent)
    policy = QSizePolicy(
        QSizePolicy.Policy.Ignored if across else QSizePolicy.Policy.Preferred,
        QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    stack = QVBoxLayout(holder)
    stack.setContentsMargins(0, 0, 0, 0 if across else 8)
    stack.setSpacing(2)
    labels: list[QLabel] = []
    for text, look in step_lines(step, current, today):
        label = _label(parent, text, tip, look=look, across=across,
                       scale=1.1 if current and look == NAME else 1.0)
        labels.append(label)
        if look == NAME and step.kind is not StepKind.OTHER:
            row = QHBoxLayout()
            row.setSpacing(2)
            if across:
                row.addStretch(1)
            mark = help_mark(step, holder)
            row.addWidget(label)
            row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            row.addStretch(1)
            stack.addLayout(row)
            holder.name = (label, mark)
        else:
            stack.addWidget(label)
    stack.addStretch(1)
    return holder, labels


def _label(parent: QWidget, text: str, tip: str, *, look: str, across: bool,
           scale: float = 1.0) -> QLabel:
    label = plain_label(text, parent)
    align = Qt.AlignmentFlag.AlignHCenter if across else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(align | Qt.AlignmentFlag.AlignTop)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    if across and look != NAME:
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        label.setSizePolicy(policy)
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 11)
    label.setContentsMargins(LABEL_PADDING, 0, LABEL_PADDING, 0)
    label.setToolTip(tip)
    bold = look in (NAME, BOLD)
    if bold or scale != 1.0 or look == SUBTITLE:
        font = label.font()
        font.setBold(bold)
        font.setItalic(look == SUBTITLE)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    label.setVisible(bool(text))
    return label
