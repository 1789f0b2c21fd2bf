"""The form for a stored document's details: what it is, its dates, who sent it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document, DocumentKind
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.dialogs.profile_dialogs import roomy
from infusion_desk.ui.widgets.date_field import DateField, read_date
from infusion_desk.ui.widgets.form_dialog import FormDialog
from infusion_desk.ui.widgets.forms import combo, line, notes_box, set_combo_value

NO_STEP = 0  # combo data for "no step chosen"


def kind_tooltip(kind: DocumentKind) -> str:
    if kind is DocumentKind.EOB:
        return translate("DocumentDialog", "EOB (explanation of benefits): a statement from the "
                                           "plan about what it paid. It is not a bill.")
    return ""


class DocumentDialog(FormDialog):
    """Edit what is known about a stored document (the file itself never changes)."""

    def __init__(self, ctx: FolderContext, document: Document,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("DocumentDialog", "Document details"), parent)
        self._ctx = ctx
        self._old = document
        self.saved: Document | None = None
        d = document
        self.title = line(d.title, accessible_name=translate("DocumentDialog", "Title"),
                          placeholder=translate("DocumentDialog",
                                                "e.g. Approval letter from Silverpine"))
        self.kind = combo([(k.label, k.value) for k in DocumentKind],
                          accessible_name=translate("DocumentDialog", "What it is"))
        for number, k in enumerate(DocumentKind):
            if kind_tooltip(k):
                self.kind.setItemData(number, kind_tooltip(k), Qt.ItemDataRole.ToolTipRole)
        set_combo_value(self.kind, d.kind)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._on_kind_current_index_changed()
        self.document_date = DateField(ctx.today, self, accessible_name=translate("DocumentDialog",
                                        "Date on the letter"))
        self.document_date.set_value(d.document_date)
        self.received_on = DateField(ctx.today, self, accessible_name=translate("DocumentDialog",
                                                                                "Date received"))
        self.received_on.set_value(d.received_on)
        self.from_whom = line(d.sender, accessible_name=translate("DocumentDialog", "From whom"),
                           placeholder=translate("DocumentDialog",
                                                 "who sent it, e.g. Silverpine Health Plans"))
        self.notes = notes_box(d.notes, accessible_name=translate("DocumentDialog", "Notes"))
        self.form.addRow(translate("DocumentDialog", "&Title"), self.title)
        self.form.addRow(translate("DocumentDialog", "&What it is"), self.kind)
        self.form.addRow(translate("DocumentDialog", "Date on the &letter"), self.document_date)
        self.form.addRow(translate("DocumentDialog", "Date &received"), self.received_on)
        self.form.addRow(translate("DocumentDialog", "&From whom"), self.from_whom)
        self.form.addRow(translate("DocumentDialog", "&Notes"), self.notes)
        more = self.more_details()
        self.step = QComboBox(self)
        self.step.setAccessibleName(translate("DocumentDialog", "Coverage step it belongs to"))
        self.step.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step.setMinimumContentsLength(24)
        self.step.addItem(translate("DocumentDialog", "No particular step"), NO_STEP)
        for step in ctx.folder.steps():
            self.step.addItem(step.display_title, step.id)
        set_combo_value(self.step, d.step_id or NO_STEP)
        more.addRow(translate("DocumentDialog", "Coverage step"), self.step)
        roomy(self)
        self.title.setFocus()

    def _on_kind_current_index_changed(self, _index: int = 0) -> None:
        self.kind.setToolTip(kind_tooltip(DocumentKind.parse(self.kind.currentData())))

    def document(self) -> Document:
        return replace(
            self._old,
            title=self.title.text().strip(),
            kind=DocumentKind.parse(self.kind.currentData()),
            document_date=read_date(self.document_date, translate("DocumentDialog",
                                                                  "Date on the letter")),
            received_on=read_date(self.received_on, translate("DocumentDialog", "Date received")),
            sender=self.from_whom.text().strip(),
            notes=self.notes.toPlainText().strip(),
            step_id=self.step.currentData() or None,
        )

    def save(self) -> bool:
        new = self.document()
        if not new.title:
            self.title.setFocus()
            self.show_problem(translate("DocumentDialog", "Give the document a title, so you can "
                                                          "find it again."))
            return False
        self.saved = self._ctx.update(self._old, new, translate("DocumentDialog",
                                                                "document details"), self,
                                      in_form=True)
        return self.saved is not None
