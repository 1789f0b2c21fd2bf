"""File > Print summary and Save folder packet: ReportLab loads only when one is asked for, or in
the background once a folder is open, when the summary is made ahead (``make_summary_ahead``)."""

from __future__ import annotations

import logging
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QImage

from infusion_desk.core.errors import FolderError
from infusion_desk.core.i18n import translate
from infusion_desk.ui.jobs import REPORTS, usable

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from infusion_desk.reports.summary_cache import SummaryCache, SummaryPage
    from infusion_desk.ui.main_window.window import MainWindow
    from infusion_desk.ui.printing import PacketExport, SummaryDialog


REMAKE_AFTER_MS = 3000  # a change ends the page kept; it is made again once she pauses


class _SummaryAhead(QObject):
    """Kept by the window: the open folder's summary, made ahead (see ``reports.summary_cache``)
    once the folder is open and again a few seconds after the last change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.cache: SummaryCache | None = None
        self._picture: tuple[SummaryPage, QImage] | None = None  # decoded by the job
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REMAKE_AFTER_MS)
        self._timer.timeout.connect(self.make)
        kept: list[SummaryCache | None] = [None]
        self._kept = kept  # what the window's end closes (no method of a deleted object)
        self.destroyed.connect(lambda: kept[0].close() if kept[0] is not None else None)

    def follow(self, opened: bool) -> None:
        """A request to open a folder is over: keep a cache for the folder now open."""
        ctx = self._window.ctx
        if self.cache is not None and (ctx is None or self.cache.folder is not ctx.folder):
            self._set(None)  # made for a folder closed since
        if not opened or ctx is None or ctx.read_only or self.cache is not None:
            return
        from infusion_desk.reports.summary_cache import SummaryCache

        self._set(SummaryCache(ctx.folder))
        ctx.signals.records_changed.connect(self._on_records_changed)
        self.make()

    def picture_of(self, page: SummaryPage) -> QImage | None:
        """The preview of ``page`` decoded, when it is the page made ahead."""
        kept = self._picture
        return kept[1] if kept is not None and kept[0] is page else None

    def _on_records_changed(self, _change: object) -> None:
        self._timer.start()

    def _set(self, cache: SummaryCache | None) -> None:
        old, self.cache = self.cache, cache
        self._kept[0] = cache
        if old is not None:
            close = old.close
            if usable(self._window.jobs):  # after the page it may be making
                self._window.jobs.start(lambda _progress: close(), lane=REPORTS)
            else:
                close()

    def make(self, *_args: object) -> None:
        """Make the page for the meeting and paper chosen last, in the background."""
        window, cache = self._window, self.cache
        if cache is None or window.ctx is None or cache.folder is not window.ctx.folder:
            return
        if not usable(window.jobs):
            return
        today = window.clock()
        meeting = window.settings.summary_meeting()
        paper: Literal["letter", "a4"] = ("a4" if window.settings.summary_paper() == "a4"
                                          else "letter")
        if cache.ready(today, meeting, paper) is not None:
            return

        def work(_progress: object) -> None:
            import_module("infusion_desk.ui.printing")  # the dialog's code, not on her clicks
            try:
                page = cache.make(today, meeting, paper)
                if page.picture:  # decoded here, so that showing it is quick
                    self._picture = (page, QImage.fromData(page.picture))
            except FolderError:  # the dialog says what is wrong when she asks for the page
                log.info("the summary could not be made ahead")
            except Exception as exc:  # noqa: BLE001 - only a head start: e.g. the folder was
                # closed while it was read; the dialog makes the page (and reports) when asked
                log.warning("the summary could not be made ahead: %s", type(exc).__name__)

        window.jobs.start(work, lane=REPORTS)


def summary_cache(window: MainWindow) -> SummaryCache | None:
    """The open folder's summary cache, when it was made for this folder."""
    ahead = window.findChild(_SummaryAhead)
    cache = ahead.cache if ahead is not None else None
    if cache is None or window.ctx is None or cache.folder is not window.ctx.folder:
        return None
    return cache


def make_summary_ahead(window: MainWindow, opened: bool) -> None:
    """Once a folder is open, make its summary in the background (ReportLab loaded, the folder
    read, the page made and drawn by a PDF worker kept for the previews), so that Print summary
    shows it at once; after a change it is made again once she pauses. Not for a folder opened
    read-only: another app may change it unseen."""
    ahead = window.findChild(_SummaryAhead) or _SummaryAhead(window)
    ahead.follow(opened)


def print_summary(window: MainWindow) -> SummaryDialog | None:
    if window.ctx is None:
        return None
    from infusion_desk.ui.printing import SummaryDialog

    ahead = window.findChild(_SummaryAhead)
    dialog = SummaryDialog(window.ctx.folder, window.clock(), window.jobs, window,
                           settings=window.settings, cache=summary_cache(window),
                           pictures=ahead.picture_of if ahead is not None else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def export_packet(window: MainWindow) -> PacketExport | None:
    if window.ctx is None:
        return None
    from infusion_desk.ui.printing import PacketExport

    export = PacketExport(window.ctx.folder, window.clock(), window.jobs, window)
    choice = export.ask()
    if choice is None:
        return None

    def finished(path: Path | None) -> None:
        if path is not None:
            window.say(translate("PrintingActions", "Saved the folder packet as {0}.")
                       .format(path.name))

    export.finished.connect(finished)
    export.start(*choice)
    return export
