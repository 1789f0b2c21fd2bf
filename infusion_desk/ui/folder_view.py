"""Everything shown while a folder is open: the patient's name, Find, tabs, search results.

A tab is built the first time it is shown (or asked for, e.g. ``view.calls``): opening a folder
builds only the tab she was on, so a large folder's window shows at once and the other tabs read
their rows when she first visits them. Until then a tab's place holds an empty page.
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.core.records import RecordKind
from infusion_desk.core.search import SearchHit
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.outbox_banner import OutboxBanner
from infusion_desk.ui.read_only import EditingLock, make_banner
from infusion_desk.ui.search_panel import SearchField, SearchResults
from infusion_desk.ui.shared.places import folder_name
from infusion_desk.ui.widgets.forms import heading, plain_label

if TYPE_CHECKING:  # each tab's module (and what it needs: Pillow, PDFium) loads when it is built
    from infusion_desk.ui.tabs.calls import CallsTab
    from infusion_desk.ui.tabs.contacts import ContactsTab
    from infusion_desk.ui.tabs.documents import DocumentsTab
    from infusion_desk.ui.tabs.overview import OverviewTab
    from infusion_desk.ui.tabs.questions import QuestionsTab
    from infusion_desk.ui.tabs.requests import RequestsTab

log = logging.getLogger(__name__)

TAB_OF_KIND = {
    RecordKind.PROFILE: 0,
    RecordKind.PLAN: 0,
    RecordKind.STEP: 0,
    RecordKind.REQUEST: 1,
    RecordKind.CALL: 2,
    RecordKind.QUESTION: 3,
    RecordKind.DOCUMENT: 4,
    RecordKind.CONTACT: 5,
    RecordKind.DEADLINE: 0,  # deadlines are listed on the Overview (issue 16)
}

# The tabs in order: the module and class of each (their words: ``tab_words``).
TABS: tuple[tuple[str, str], ...] = (
    ("overview", "OverviewTab"),
    ("requests", "RequestsTab"),
    ("calls", "CallsTab"),
    ("questions", "QuestionsTab"),
    ("documents", "DocumentsTab"),
    ("contacts", "ContactsTab"),
)


def tab_words(index: int) -> tuple[str, str]:
    """The name and tooltip of the tab at ``index``, in her language."""
    return (
        (translate("FolderView", "Overview"),
         translate("FolderView", "Today's to-dos, where the coverage steps stand, the patient, "
                   "the therapy and the insurance plans")),
        (translate("FolderView", "Requests"),
         translate("FolderView", "What they asked for, and what we sent and when")),
        (translate("FolderView", "Calls"),
         translate("FolderView", "Every call: who, when, the reference number and what was "
                   "said")),
        (translate("FolderView", "Questions to ask"),
         translate("FolderView", "Questions to get answered, and the answers")),
        (translate("FolderView", "Documents"),
         translate("FolderView", "Letters, scans, photos and emails")),
        (translate("FolderView", "People to call"),
         translate("FolderView", "Who to call, their number, and what they need")),
    )[index]


def unreadable_tab_words() -> str:
    return translate("FolderView", "This part of the folder could not be read. The folder may "
                     "be damaged: restore the newest good backup to keep working.")


class _NotBuiltYet(QWidget):
    """A tab's place until the tab is first shown."""


class FolderView(QWidget):
    tab_changed = Signal(int)
    tab_built = Signal(QWidget)  # a tab just built (the first time it was needed)

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None, *,
                 first_tab: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.title = heading("", self, scale=1.35)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.search_field = SearchField(self)
        top.addWidget(self.title, 1)
        top.addWidget(self.search_field)
        layout.addLayout(top)
        self.read_only_banner: QLabel | None = None
        if ctx.folder.read_only:
            self.read_only_banner = make_banner(ctx.folder.read_only_reason, self)
            layout.addWidget(self.read_only_banner)
        self.outbox_banner = OutboxBanner(ctx.outbox, self)  # a shared folder's server away
        layout.addWidget(self.outbox_banner)

        self.editing_lock: EditingLock | None = None  # made once the first tab is in place
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._built: dict[int, QWidget] = {}
        self.tabs.tabBar().setAccessibleName(translate("FolderView", "Parts of the folder"))
        for position in range(len(TABS)):
            name, tip = tab_words(position)
            index = self.tabs.addTab(_NotBuiltYet(self.tabs), name)
            # Alt+1 … Alt+6 go to a tab from anywhere in the window (Ctrl+Tab steps through them).
            keys = QKeySequence(f"Alt+{position + 1}")
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda at=index: self.tabs.setCurrentIndex(at))
            self.tabs.setTabToolTip(index, translate("FolderView", "{tip} ({keys})").format(
                tip=tip, keys=keys.toString(QKeySequence.SequenceFormat.NativeText)))
        first = min(max(first_tab, 0), len(TABS) - 1)
        self.tab(first)  # a folder too damaged to show says so here, before the window shows it
        self.tabs.setCurrentIndex(first)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.results = SearchResults(self.search_field, ctx.jobs, self)
        self.results.set_folder(ctx.folder)
        self.results.hit_chosen.connect(self._on_results_hit_chosen)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.results.appeared.connect(self._make_room_for_results)

        ctx.signals.show_record.connect(self.show_record)
        ctx.signals.records_changed.connect(self._on_records_changed)
        self._refresh_title()
        self.editing_lock = EditingLock(self) if ctx.folder.read_only else None

    def _make_room_for_results(self) -> None:
        """The results take the room they need to be read (not a strip beside the tabs)."""
        sizes = self.splitter.sizes()
        room = sum(sizes)
        if room <= 0 or len(sizes) != 2:
            return
        wanted = self.results.wanted_width(room)
        if sizes[1] < wanted:
            self.splitter.setSizes([room - wanted, wanted])

    # ------------------------------------------------------------------ tabs, built when needed
    def tab(self, index: int) -> QWidget:
        """The tab at ``index``, built now if it has not been yet."""
        built = self._built.get(index)
        if built is not None:
            return built
        module, class_name = TABS[index]
        name, tip = tab_words(index)
        make = getattr(import_module(f"infusion_desk.ui.tabs.{module}"), class_name)
        widget: QWidget = make(self.ctx, self.tabs)
        self._built[index] = widget
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        try:
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, name)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
            if placeholder is not None:
                placeholder.deleteLater()
        finally:
            self.tabs.blockSignals(blocked)
        if index == TAB_OF_KIND[RecordKind.CONTACT]:
            cast("ContactsTab", widget).log_call_requested.connect(
                self._on_contacts_log_call_requested)
        if self.editing_lock is not None:
            self.editing_lock.apply(widget)
        self.tab_built.emit(widget)
        return widget

    def built_tab(self, index: int) -> QWidget | None:
        """The tab at ``index`` if it has been built (None: she has not visited it yet)."""
        return self._built.get(index)

    def built_documents(self) -> DocumentsTab | None:
        """The Documents tab if it has been built (an import runs only from a built one)."""
        return cast("DocumentsTab | None", self._built.get(TAB_OF_KIND[RecordKind.DOCUMENT]))

    def _on_tabs_current_changed(self, index: int) -> None:
        if index >= 0 and index not in self._built:
            try:
                self.tab(index)
            except FolderError as exc:  # a damaged part: said plainly, the other tabs work
                log.warning("a tab could not be read: %s", type(exc).__name__)
                self._show_unreadable(index)
                self.ctx.say(exc.message)
        self.tab_changed.emit(index)

    def _show_unreadable(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, _NotBuiltYet) and page.layout() is None:
            QVBoxLayout(page).addWidget(plain_label(unreadable_tab_words(), page))

    @property
    def overview(self) -> OverviewTab:
        return cast("OverviewTab", self.tab(0))

    @property
    def requests(self) -> RequestsTab:
        return cast("RequestsTab", self.tab(1))

    @property
    def calls(self) -> CallsTab:
        return cast("CallsTab", self.tab(2))

    @property
    def questions(self) -> QuestionsTab:
        return cast("QuestionsTab", self.tab(3))

    @property
    def documents(self) -> DocumentsTab:
        return cast("DocumentsTab", self.tab(4))

    @property
    def contacts(self) -> ContactsTab:
        return cast("ContactsTab", self.tab(5))

    def _on_contacts_log_call_requested(self, contact_id: int) -> None:
        self.tabs.setCurrentWidget(self.calls)
        self.calls.log_call_with_contact(contact_id)

    def _refresh_title(self) -> None:
        name = self.ctx.folder.profile().patient_name.strip()
        self.title.setText(name or folder_name(self.ctx.folder))

    def _on_records_changed(self, _change: object) -> None:
        self._refresh_title()
        if self.editing_lock is not None:
            self.editing_lock.apply()
        if self.results.isVisible():
            self.results.refresh()

    def show_record(self, kind: RecordKind, record_id: int) -> None:
        """Open the record's tab with it selected."""
        index = TAB_OF_KIND[kind]
        self.tabs.setCurrentWidget(self.tab(index))
        if kind in (RecordKind.PLAN, RecordKind.STEP, RecordKind.DEADLINE):
            self.overview.show_record(record_id, kind)  # plans, steps, deadlines share the tab
            return
        tab = self.tab(index)
        show = getattr(tab, "show_record", None)
        if kind is not RecordKind.PROFILE and callable(show):
            show(record_id)

    def _on_results_hit_chosen(self, hit: SearchHit) -> None:
        self.show_record(hit.kind, hit.record_id)
        if hit.kind is RecordKind.DOCUMENT and hit.page:
            show_page = getattr(self.documents, "show_page", None)
            if callable(show_page):
                show_page(hit.record_id, hit.page, hit.marks)
