"""Everything shown while a folder is open: the patient's name, Find, tabs, search results."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from infusion_desk.core.records import RecordKind
from infusion_desk.core.search import SearchHit
from infusion_desk.ui.context import FolderContext
from infusion_desk.ui.read_only import EditingLock, make_banner
from infusion_desk.ui.search_panel import SearchField, SearchResults
from infusion_desk.ui.tabs.calls import CallsTab
from infusion_desk.ui.tabs.contacts import ContactsTab
from infusion_desk.ui.tabs.documents import DocumentsTab
from infusion_desk.ui.tabs.overview import OverviewTab
from infusion_desk.ui.tabs.questions import QuestionsTab
from infusion_desk.ui.tabs.requests import RequestsTab
from infusion_desk.ui.widgets.forms import heading

TAB_OF_KIND = {
    RecordKind.PROFILE: 0,
    RecordKind.PLAN: 0,
    RecordKind.STEP: 0,
    RecordKind.REQUEST: 1,
    RecordKind.CALL: 2,
    RecordKind.QUESTION: 3,
    RecordKind.DOCUMENT: 4,
    RecordKind.CONTACT: 5,
}


class FolderView(QWidget):
    tab_changed = Signal(int)

    def __init__(self, ctx: FolderContext, parent: QWidget | None = None) -> None:
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

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(ctx, self)
        self.requests = RequestsTab(ctx, self)
        self.calls = CallsTab(ctx, self)
        self.questions = QuestionsTab(ctx, self)
        self.documents = DocumentsTab(ctx, self)
        self.contacts = ContactsTab(ctx, self)
        for widget, name, tip in (
            (self.overview, "Overview", "Today's to-dos, where the coverage steps stand, the "
                                        "patient, the therapy and the insurance plans"),
            (self.requests, "Requests", "What they asked for, and what we sent and when"),
            (self.calls, "Calls", "Every call: who, when, the reference number and what was said"),
            (self.questions, "Questions to ask", "Questions to get answered, and the answers"),
            (self.documents, "Documents", "Letters, scans, photos and emails"),
            (self.contacts, "People to call", "Who to call, their number, and what they need"),
        ):
            index = self.tabs.addTab(widget, name)
            self.tabs.setTabToolTip(index, tip)
        self.tabs.currentChanged.connect(self.tab_changed)
        self.contacts.log_call_requested.connect(self._on_contacts_log_call_requested)

        self.results = SearchResults(self.search_field, ctx.jobs, self)
        self.results.set_folder(ctx.folder)
        self.results.hit_chosen.connect(self._on_results_hit_chosen)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        ctx.signals.show_record.connect(self.show_record)
        ctx.signals.records_changed.connect(self._on_records_changed)
        self._refresh_title()
        self.editing_lock = EditingLock(self) if ctx.folder.read_only else None

    def _on_contacts_log_call_requested(self, contact_id: int) -> None:
        self.tabs.setCurrentWidget(self.calls)
        self.calls.log_call_with_contact(contact_id)

    def _refresh_title(self) -> None:
        name = self.ctx.folder.profile().patient_name.strip()
        self.title.setText(name or self.ctx.folder.path.stem)

    def _on_records_changed(self, _change: object) -> None:
        self._refresh_title()
        if self.editing_lock is not None:
            self.editing_lock.apply()
        if self.results.isVisible():
            self.results.refresh()

    def show_record(self, kind: RecordKind, record_id: int) -> None:
        """Open the record's tab with it selected."""
        index = TAB_OF_KIND[kind]
        self.tabs.setCurrentIndex(index)
        if kind in (RecordKind.PLAN, RecordKind.STEP):
            self.overview.show_record(record_id, kind)  # plans and steps share the tab
            return
        tab = self.tabs.widget(index)
        show = getattr(tab, "show_record", None)
        if kind is not RecordKind.PROFILE and callable(show):
            show(record_id)

    def _on_results_hit_chosen(self, hit: SearchHit) -> None:
        self.show_record(hit.kind, hit.record_id)
        if hit.kind is RecordKind.DOCUMENT and hit.page:
            show_page = getattr(self.documents, "show_page", None)
            if callable(show_page):
                show_page(hit.record_id, hit.page, hit.marks)
