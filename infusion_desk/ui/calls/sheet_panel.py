"""The call sheet beside the *Log a call* form: what to have ready and what is outstanding.

It does not scroll by itself — the form's one scroll area holds it — and it shows IDs (member ID,
group number) on one line each, in a clear fixed-width font, with a *Copy* button.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from infusion_desk.core.call_sheet import CallSheet, Outstanding, SheetLine
from infusion_desk.core.i18n import translate
from infusion_desk.ui.widgets.brushes import warning_brush
from infusion_desk.ui.widgets.forms import heading, plain_label
from infusion_desk.ui.widgets.id_text import IdText


def id_tip(label: str) -> str | None:
    """The tooltip of a sheet line that is an ID to read out (never wrapped, with Copy); None
    for any other line. (The core names the lines in English for now; a line whose value looks
    like an ID — digits, no spaces — counts as one too, whatever its label's language.)"""
    if label == "Member ID":
        return translate("CallSheetPanel", "The number on the insurance card that tells the plan "
                                           "who the patient is.")
    if label == "Group number":
        return translate("CallSheetPanel", "The number of the employer's or union's group plan, "
                                           "if any.")
    return None


def looks_like_id(value: str, *, known: bool) -> bool:
    """A value to read out letter by letter: one word, with a digit unless its label says so."""
    return bool(value) and not any(ch.isspace() for ch in value) and (
        known or any(ch.isdigit() for ch in value))


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class CallSheetPanel(QFrame):
    """Read-only: what to have ready, and what is outstanding with the organization called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("CallSheetPanel", "Call sheet"))
        self._sheet: CallSheet | None = None
        self._content: QWidget | None = None
        self._lines: list[str] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def sheet(self) -> CallSheet | None:
        return self._sheet

    def text(self) -> str:
        """Everything the panel says, one line each (for reading it back, e.g. in tests)."""
        return "\n".join(self._lines)

    def id_fields(self) -> list[IdText]:
        """The IDs shown (member IDs, group numbers), each with its Copy button."""
        return self._content.findChildren(IdText) if self._content is not None else []

    def show_sheet(self, sheet: CallSheet) -> None:
        if sheet == self._sheet:
            return
        self._sheet = sheet
        self._lines = []
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(4)
        self._fill(layout, sheet, content)
        layout.addStretch(1)
        if self._content is not None:
            self._layout.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()
        self._layout.addWidget(content)
        self._content = content

    # ------------------------------------------------------------------ filling
    def _add(self, layout: QVBoxLayout, label: QLabel) -> QLabel:
        layout.addWidget(label)
        self._lines.append(label.text())
        return label

    def _fill(self, layout: QVBoxLayout, sheet: CallSheet, parent: QWidget) -> None:
        who = sheet.organization
        self._section(layout, parent, translate("CallSheetPanel", "Have ready"))
        for item in sheet.patient:
            self._fact(layout, parent, item)
        if who and not sheet.plans_matched and sheet.plans:
            self._note(layout, parent, translate("CallSheetPanel",
                                        "No plan is from “{who}”, so every plan is here.").format(
                who=who))
        for plan in sheet.plans:
            layout.addSpacing(6)
            self._add(layout, _bold(plain_label(plan.title, parent)))
            for item in plan.lines:
                self._fact(layout, parent, item)
        if not sheet.plans:
            self._note(layout, parent, translate("CallSheetPanel",
                                        "No insurance plans written down yet (Overview tab)."))
        self._outstanding(layout, parent, translate("CallSheetPanel",
                                        "They are waiting on us"), sheet.they_wait_on_us, who)
        self._outstanding(layout, parent, translate("CallSheetPanel",
                                        "We are waiting on them"), sheet.we_wait_on_them, who)

    def _section(self, layout: QVBoxLayout, parent: QWidget, title: str) -> None:
        if layout.count():
            layout.addSpacing(10)
        self._add(layout, heading(title, parent, scale=1.1))

    def _note(self, layout: QVBoxLayout, parent: QWidget, text: str) -> None:
        label = self._add(layout, plain_label(text, parent))
        label.setEnabled(False)  # the palette's quieter text, and still readable

    def _fact(self, layout: QVBoxLayout, parent: QWidget, item: SheetLine) -> None:
        tip = id_tip(item.label)
        if not looks_like_id(item.value, known=tip is not None):
            self._add(layout, plain_label(f"{item.label}: {item.value}", parent))
            return
        caption = plain_label(item.label, parent)
        caption.setToolTip(tip or "")
        layout.addWidget(caption)
        field = IdText(item.value, parent, name=item.label.lower())
        field.setToolTip(tip or "")
        field.setContentsMargins(12, 0, 0, 2)
        layout.addWidget(field)
        self._lines.append(f"{item.label}: {item.value}")

    def _outstanding(self, layout: QVBoxLayout, parent: QWidget, title: str,
                     items: tuple[Outstanding, ...], who: str) -> None:
        self._section(layout, parent, title)
        if not items:
            self._note(layout, parent, translate(
                "CallSheetPanel", "Nothing open with “{who}”.").format(who=who) if who
                else translate("CallSheetPanel", "Nothing open."))
        for item in items:
            what = self._add(layout, _bold(plain_label(
                translate("CallSheetPanel", "Overdue: {what}").format(what=item.what)
                if item.overdue
                else item.what, parent)))
            if item.overdue:
                what.setStyleSheet(f"color: {warning_brush().color().name()};")
            self._add(layout, plain_label(item.when, parent))
