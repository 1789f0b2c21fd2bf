"""The right side of the Documents tab: Open with…, Save a copy…, Print… (and, for a ZIP
archive, Add the files inside), above the preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from infusion_desk.core.i18n import translate
from infusion_desk.core.records import Document
from infusion_desk.services.archive_import import is_archive
from infusion_desk.ui.documents.page_area import printable
from infusion_desk.ui.documents.page_renderer import PageRenderer
from infusion_desk.ui.documents.preview import DocumentPreview
from infusion_desk.ui.editing import editing
from infusion_desk.ui.requests.action_flow import ActionFlow


class PreviewPanel(QWidget):
    """The three file buttons (``buttons``: open, save, print), ``inside_button`` (shown for a
    ZIP archive) and the ``preview``."""

    buttons: tuple[QPushButton, QPushButton, QPushButton]
    inside_button: QPushButton
    preview: DocumentPreview

    def show_buttons_for(self, document: Document | None) -> None:
        """Which file buttons the document shown can use."""
        print_button = self.buttons[2]
        for button in self.buttons:
            button.setEnabled(document is not None)
        self.inside_button.setVisible(document is not None and is_archive(document))
        if document is None:
            return
        can_print = printable(document)
        print_button.setEnabled(can_print)
        print_button.setToolTip(
            translate("PreviewPanel", "Print this document.") if can_print
            else translate("PreviewPanel", "This file cannot be printed from here. Use “Open "
                           "with…” and print it from that program."))


def preview_panel(parent: QWidget, renderer: PageRenderer, open_file: Callable[[], None],
                  save_copy: Callable[[], None], print_file: Callable[[], None], *,
                  add_inside: Callable[[], object]) -> PreviewPanel:
    panel = PreviewPanel(parent)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(8, 0, 0, 0)
    layout.setSpacing(6)
    actions = ActionFlow()
    open_button = QPushButton(translate("PreviewPanel", "&Open with…"), panel)
    open_button.setToolTip(translate("PreviewPanel", "Open a copy with the program this computer "
                                     "uses for this kind of file (to zoom, print or send it from "
                                     "there)."))
    open_button.clicked.connect(open_file)
    save_button = QPushButton(translate("PreviewPanel", "&Save a copy…"), panel)
    save_button.setToolTip(translate("PreviewPanel", "Save the file exactly as it was added, for "
                                     "example to email it or put it on a USB stick."))
    save_button.clicked.connect(save_copy)
    print_button = QPushButton(translate("PreviewPanel", "&Print…"), panel)
    print_button.setToolTip(translate("PreviewPanel", "Print this document."))
    print_button.clicked.connect(print_file)
    panel.buttons = (open_button, save_button, print_button)
    panel.inside_button = editing(QPushButton(
        translate("PreviewPanel", "Add the files &inside"), panel))
    panel.inside_button.setToolTip(translate(
        "PreviewPanel", "Add each PDF and picture inside this ZIP archive as a document of its "
        "own. The archive itself stays as it is."))
    panel.inside_button.clicked.connect(add_inside)
    panel.inside_button.hide()
    for button in (*panel.buttons, panel.inside_button):
        actions.addWidget(button)
    layout.addLayout(actions)
    panel.preview = DocumentPreview(renderer, panel)
    panel.preview.setAccessibleName(translate("PreviewPanel", "Preview of the document"))
    panel.preview.open_requested.connect(open_file)
    layout.addWidget(panel.preview, 1)
    return panel
