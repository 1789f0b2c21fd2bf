"""The composition root: arguments -> paths -> settings -> QApplication -> window.

Everything else receives what it needs through its constructor.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from infusion_desk import APP_NAME, __version__
from infusion_desk.paths import AppPaths, app_paths

log = logging.getLogger(__name__)


def setup_logging(paths: AppPaths) -> None:
    """Log to a file in the app's data folder. Records carry ids, never personal text."""
    try:
        paths.log_file.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_error_handler(paths: AppPaths) -> None:
    """Unexpected errors: logged with a traceback, shown plainly, and the app keeps running."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    def handle(kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                          "Something went wrong. Nothing was lost.\n\n"
                          f"The details were written to {paths.log_file} — if it happens "
                          "again, that file helps whoever looks into it.")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    sys.excepthook = handle


def run_app(args: Sequence[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from infusion_desk.ui.main_window import MainWindow
    from infusion_desk.ui.settings import AppSettings

    paths = app_paths()
    setup_logging(paths)
    from infusion_desk.documents.open_copies import OpenCopies

    try:  # private copies handed to other programs last time are not kept
        OpenCopies(paths.temp).remove_stale()
    except OSError:
        log.warning("could not clean the temporary copies folder", exc_info=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("InfusionDesk")
    app.setDesktopFileName("org.infusiondesk.InfusionDesk")
    icon = Path(__file__).parent / "resources" / "icons" / "infusion-desk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_error_handler(paths)

    window = MainWindow(AppSettings(paths.settings_file), paths)
    window.show()
    wants_demo = "--demo" in args
    files = [a for a in args if not a.startswith("-")]

    def open_start_folder() -> None:
        if files:
            window.open_folder(Path(files[0]).expanduser())
        elif wants_demo:
            window.open_demo()
        else:
            last = window.settings.last_folder()
            if last is not None and last.exists():
                window.open_folder(last)

    QTimer.singleShot(0, open_start_folder)
    return app.exec()
