"""File > Print summary and Save folder packet: ReportLab loads only when one is asked for."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from infusion_desk.ui.main_window.window import MainWindow
    from infusion_desk.ui.printing import PacketExport, SummaryDialog


def print_summary(window: MainWindow) -> SummaryDialog | None:
    if window.ctx is None:
        return None
    from infusion_desk.ui.printing import SummaryDialog

    dialog = SummaryDialog(window.ctx.folder, window.clock(), window.jobs, window,
                           settings=window.settings)
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
            window.say(QCoreApplication.translate("MainWindow", "Saved the folder packet as {0}.")
                       .format(path.name))

    export.finished.connect(finished)
    export.start(*choice)
    return export
