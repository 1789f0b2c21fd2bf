"""The right side of the Documents tab: Open with…, Save a copy…, Print…, above the preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infusion_desk.ui.documents.page_renderer import PageRenderer
from infusion_desk.ui.documents.preview import DocumentPreview


class PreviewPanel(QWidget):
    """The three file buttons (``buttons``: open, save, print) and the ``preview``."""

    buttons: tuple[QPushButton, QPushButton, QPushButton]
    preview: DocumentPreview


def preview_panel(parent: QWidget, renderer: PageRenderer, open_file: Callable[[], None],
                  save_copy: Callable[[], None], print_file: Callable[[], None]) -> PreviewPanel:
    panel = PreviewPanel(parent)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(8, 0, 0, 0)
    layout.setSpacing(6)
    actions = QHBoxLayout()
    open_button = QPushButton(panel.tr("Open with…"), panel)
    open_button.setToolTip(panel.tr("Open a copy with the program this computer uses for this "
                                    "kind of file (to zoom, print or send it from there)."))
    open_button.clicked.connect(open_file)
    save_button = QPushButton(panel.tr("Save a copy…"), panel)
    save_button.setToolTip(panel.tr("Save the file exactly as it was added, for example to "
                                    "email it or put it on a USB stick."))
    save_button.clicked.connect(save_copy)
    print_button = QPushButton(panel.tr("Print…"), panel)
    print_button.setToolTip(panel.tr("Print this document."))
    print_button.clicked.connect(print_file)
    panel.buttons = (open_button, save_button, print_button)
    for button in panel.buttons:
        actions.addWidget(button)
    actions.addStretch(1)
    layout.addLayout(actions)
    panel.preview = DocumentPreview(renderer, panel)
    panel.preview.setAccessibleName(panel.tr("Preview of the document"))
    panel.preview.open_requested.connect(open_file)
    layout.addWidget(panel.preview, 1)
    return panel
