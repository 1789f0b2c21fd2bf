"""*Help > Guide*: a calm page to read beside the window, in the language the app speaks.

Headings and sentences in one column that scrolls; the three questions for when she is stuck with
the button that adds them to the open folder (the Questions tab's own form and operation); and
Medicare's pages behind buttons that hand the address to her browser only when clicked — nothing
is fetched otherwise.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.ui.guide import guide_text as words
from infusion_desk.ui.widgets.forms import heading, plain_label

if TYPE_CHECKING:
    from infusion_desk.core.records import Question
    from infusion_desk.ui.context import FolderContext
    from infusion_desk.ui.dialogs.question_dialogs import StuckQuestionsDialog

FolderSource = Callable[[], "FolderContext | None"]
LINE_CHARS = 72  # a comfortable line to read: the guide's first width, in average characters
SCREEN_ROOM = QSize(1366, 728)  # the smallest screen the app is made for, less its bars


def open_in_browser(url: str) -> bool:
    """Hand ``url`` to her web browser (the only way the guide ever reaches the internet)."""
    return QDesktopServices.openUrl(QUrl(url))


class GuideWindow(QDialog):
    """The guide, not modal: she can keep it open beside the folder while she calls."""

    def __init__(self, folder: FolderSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.stuck_form: StuckQuestionsDialog | None = None
        self._reason: str | None = None  # why the button is off ("" when on; None: not yet told)
        self.link_buttons: list[QPushButton] = []
        self.setModal(False)
        self.setSizeGripEnabled(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        self.reader = QScrollArea(self)
        self.reader.setWidgetResizable(True)
        self.reader.setFrameShape(QFrame.Shape.NoFrame)
        self.reader.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll
        outer.addWidget(self.reader, 1)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(words.close_button(),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._fill()

    # ------------------------------------------------------------------ building
    def _fill(self) -> None:
        """Lay out the guide in the language in place now (again after a change of language)."""
        self.setWindowTitle(words.title())
        self.reader.setAccessibleName(words.scroll_name())
        self.close_button.setText(words.close_button())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(8)
        self.page = page
        self.heading = self._heading(words.title(), layout, scale=1.4)
        self.note = self._sentence(words.note(), layout)
        self.note.setObjectName("guideNote")
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setMargin(8)
        self._sentence(words.intro(), layout)
        self._section(words.steps_heading(), words.steps(), layout)
        self._section(words.delays_heading(), words.delays(), layout)
        self._stuck_section(layout)
        self._official_section(layout)
        layout.addSpacing(8)
        self._sentence(words.closing(), layout)
        layout.addStretch(1)
        old = self.reader.takeWidget()
        if old is not None:
            old.deleteLater()
        self.reader.setWidget(page)
        self._reason = None
        self._order_tabs()
        self.refresh_folder()

    def _heading(self, text: str, layout: QVBoxLayout, *, scale: float) -> QLabel:
        label = heading(text, self.page, scale=scale)
        layout.addWidget(label)
        return label

    def _sentence(self, text: str, layout: QVBoxLayout) -> QLabel:
        label = plain_label(text, self.page)
        layout.addWidget(label)
        return label

    def _section(self, title: str, topics: list[words.Topic], layout: QVBoxLayout) -> None:
        layout.addSpacing(8)
        self._heading(title, layout, scale=1.2)
        for topic in topics:
            self._heading(topic.title, layout, scale=1.0)
            self._sentence(topic.text, layout)

    def _stuck_section(self, layout: QVBoxLayout) -> None:
        layout.addSpacing(8)
        self._heading(words.stuck_heading(), layout, scale=1.2)
        self._sentence(words.stuck_intro(), layout)
        self.questions = self._sentence(
            "\n".join(f"{number}.  {text}" for number, text
                      in enumerate(words.stuck_questions(), start=1)), layout)
        self.questions.setIndent(16)
        self._sentence(words.stuck_after(), layout)
        self.add_button = QPushButton(words.add_button(), self.page)
        self.add_button.setToolTip(words.add_tip())
        self.add_button.setAccessibleDescription(words.add_tip())
        self.add_button.clicked.connect(self._on_add_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.folder_state = self._sentence("", layout)

    def _official_section(self, layout: QVBoxLayout) -> None:
        layout.addSpacing(8)
        self._heading(words.official_heading(), layout, scale=1.2)
        self._sentence(words.official_intro(), layout)
        self.link_buttons = []
        for page in words.official_pages():
            self._heading(page.title, layout, scale=1.0)
            self._sentence(page.text, layout)
            button = QPushButton(page.button, self.page)
            where = words.opens_where(page.site)
            button.setToolTip(f"{where}\n{page.url}")
            button.setAccessibleDescription(where)
            button.setProperty("url", page.url)
            button.clicked.connect(lambda _checked=False, url=page.url: open_in_browser(url))
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            self._sentence(where, layout).setIndent(4)
            self.link_buttons.append(button)

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.reader, self.add_button, *self.link_buttons,
                                self.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ the open folder
    def refresh_folder(self) -> None:
        """The button adds to the open folder: off, with the reason in words, when there is
        none or it is open for reading only."""
        ctx = self._folder()
        reason = "" if ctx is not None and not ctx.read_only else (
            words.no_folder() if ctx is None else words.read_only())
        if reason == self._reason:
            return  # keeps "Added 3 questions…" shown after the form closes
        self._reason = reason
        self.add_button.setEnabled(not reason)
        self.folder_state.setText(reason)
        self.folder_state.setVisible(bool(reason))

    def add_stuck_questions(self) -> StuckQuestionsDialog | None:
        """Open the Questions tab's own form for the three questions (what they are about, whom
        to ask); it adds them in one undoable operation."""
        from infusion_desk.ui.dialogs.question_dialogs import StuckQuestionsDialog
        from infusion_desk.ui.widgets.proxy_selection import open_form

        self.refresh_folder()
        ctx = self._folder()
        if ctx is None or ctx.read_only:
            return None
        self.stuck_form = open_form(StuckQuestionsDialog(ctx, self))
        self.stuck_form.questions_added.connect(self._on_stuck_form_questions_added)
        return self.stuck_form

    def _on_add_button_clicked(self) -> None:
        self.add_stuck_questions()

    def _on_stuck_form_questions_added(self, questions: list[Question]) -> None:
        self.stuck_form = None
        if questions:
            self.folder_state.setText(words.added())
            self.folder_state.setVisible(True)

    # ------------------------------------------------------------------ Qt
    def sizeHint(self) -> QSize:  # noqa: N802
        """About 72 characters a line and most of the screen's height, never more than fits."""
        metrics = self.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * LINE_CHARS + 100, metrics.lineSpacing() * 36)
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = SCREEN_ROOM if screen is None else screen.availableSize().boundedTo(SCREEN_ROOM)
        return wanted.boundedTo(room - QSize(24, 24))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 240)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._fill()
        elif kind == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_folder()  # a folder may have been opened or closed meanwhile
        super().changeEvent(event)
