"""The composition root: arguments -> paths -> settings -> QApplication -> window.

Everything else receives what it needs through its constructor.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import infusion_desk
from infusion_desk import APP_NAME
from infusion_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from infusion_desk.paths import AppPaths, app_paths
from infusion_desk.privacy import (
    PrivateFormatter,
    PrivateLogFile,
    describe_error,
    make_private_dir,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from infusion_desk.ui.single_instance import OpenRequest

log = logging.getLogger(__name__)


def setup_logging(paths: AppPaths) -> logging.Handler:
    """Log to a private file in the app's private data folder (see ``infusion_desk.privacy``).

    Records carry ids, never personal text; tracebacks carry no exception's text. Returns the
    handler it added to the root logger.
    """
    try:
        make_private_dir(paths.data)
        handler: logging.Handler = PrivateLogFile(paths.log_file)
    except OSError:
        handler = logging.StreamHandler()
        handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def log_unexpected(kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
    """A bug, logged with where it happened (no exception's text: it can hold personal text)."""
    log.error("unexpected error: %s", describe_error(value), exc_info=(kind, value, tb))


ERROR_TEXT = QT_TRANSLATE_NOOP("App", "Something went wrong. Nothing was lost.")  # English


def install_error_handler(
    paths: AppPaths,
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Unexpected errors: logged with a traceback, shown plainly, and the app keeps running.

    Returns the handler it put in ``sys.excepthook`` (tests call it directly).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    showing: list[QMessageBox] = []

    def handle(kind: type[BaseException], value: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log_unexpected(kind, value, tb)
        if QApplication.instance() is None or showing:
            return  # one message at a time, however many errors follow the first
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                          translate("App", "Something went wrong. Nothing was lost.") + "\n\n"
                          + translate("App", "The details were written to {log_file} — if it "
                                             "happens again, that file helps whoever looks into "
                                             "it.").format(log_file=paths.log_file))
        box.setTextFormat(Qt.TextFormat.PlainText)
        showing.append(box)
        try:
            box.exec()
        finally:
            showing.clear()

    sys.excepthook = handle
    return handle


ICON_FILE = Path(__file__).parent / "resources" / "icons" / "infusion-desk.svg"
SERVER_SCHEMES = ("postgresql://", "postgres://")  # a shared folder (services.addresses)
DESKTOP_ID = "org.infusiondesk.InfusionDesk"


def make_application(*, version_later: bool = False) -> QApplication:
    """The QApplication with the app's name, version, desktop id and icon. ``version_later``:
    the caller sets the version (``set_version``) once the window shows (a slow lookup)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from infusion_desk.ui.style import apply_style

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    apply_style(app)  # targets of 32 px, a focus she can see, colours that read (issue 15)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    if not version_later:
        set_version(app)
    app.setOrganizationName("InfusionDesk")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland and the task bar find the .desktop file by it
    icon = QIcon(str(ICON_FILE))
    if icon.pixmap(64, 64).isNull():
        log.warning("the app icon could not be loaded")
    else:
        app.setWindowIcon(icon)
    return app


def speak_her_language() -> str:
    """For the command line: its messages in the language the window would use (the system's,
    or the one picked in the app). Without Qt the words stay English. Returns the language code."""
    try:
        from infusion_desk.ui.language import chosen_language, install
        from infusion_desk.ui.settings import AppSettings
    except ImportError:  # a set-up without PySide6 (the Qt-free tests)
        return "en"
    return install(chosen_language(AppSettings(app_paths().settings_file).language())).code


def set_version(app: QApplication) -> None:
    app.setApplicationVersion(infusion_desk.__version__)


def remove_stale_copies(paths: AppPaths) -> None:
    """Private copies handed to other programs last time are not kept."""
    from infusion_desk.documents.open_copies import OpenCopies

    try:
        OpenCopies(paths.temp).remove_stale()
    except OSError:
        log.warning("could not clean the temporary copies folder", exc_info=True)


def start_request(args: Sequence[str]) -> OpenRequest:
    """What this start asks for: the folder file named first, the demo folder, or the window."""
    from infusion_desk.ui.single_instance import OpenRequest

    files = [a for a in args if not a.startswith("-")]
    token = os.environ.pop("XDG_ACTIVATION_TOKEN", "")  # not to be handed down to children
    if files and files[0].strip().lower().startswith(SERVER_SCHEMES):  # a shared folder
        return OpenRequest(shared=files[0].strip(), token=token)
    if files:
        return OpenRequest(Path(files[0]).expanduser().absolute(), token=token)
    return OpenRequest(demo="--demo" in args, token=token)


def run_app(args: Sequence[str]) -> int:
    from infusion_desk.ui.language import chosen_language
    from infusion_desk.ui.language import install as install_language
    from infusion_desk.ui.main_window import MainWindow
    from infusion_desk.ui.settings import AppSettings
    from infusion_desk.ui.single_instance import (
        FileOpenEvents,
        SingleInstance,
        bring_forward,
        server_name,
    )

    paths = app_paths()
    setup_logging(paths)
    app = make_application(version_later=True)
    settings = AppSettings(paths.settings_file)
    install_language(chosen_language(settings.language()))
    request = start_request(args)
    instance = SingleInstance(server_name(paths.config), app)
    if instance.hand_over_or_listen(request):
        log.info("handed the start over to the running window")
        return 0
    install_error_handler(paths)

    window = MainWindow(settings, paths)
    window.setWindowIcon(app.windowIcon())
    from infusion_desk.ui.lag_probe import install as install_probes

    install_probes(window, APP_NAME)  # the lag probe and "shown" mark, when asked for (benchmark)
    instance.open_requested.connect(lambda later: bring_forward(window, later))
    file_opens = FileOpenEvents(app)
    file_opens.open_requested.connect(lambda opened: bring_forward(window, opened))
    app.installEventFilter(file_opens)

    def open_start_folder() -> bool:
        if request.path is not None:
            window.open_folder(request.path)
        elif request.shared:
            from infusion_desk.ui.shared.actions import open_address

            return open_address(window, request.shared)
        elif request.demo:
            window.open_demo()
        else:
            last = window.settings.last_folder()
            if last is None or not last.exists():
                from infusion_desk.ui.shared.actions import open_last_shared

                return open_last_shared(window)  # signed in again, or asked
            window.open_folder(last)
        return True

    def after_start() -> None:  # what can wait until the window shows what she asked for
        set_version(app)
        remove_stale_copies(paths)

    # The folder's first look is in the window when it first paints; the rest of the start
    # follows once the opening is over.
    if open_start_folder():
        window.opening_ended.connect(lambda _opened: after_start())
    else:
        after_start()
    window.show()
    try:
        return app.exec()
    finally:
        instance.close()


class WindowCheck:
    """The self-test's window steps: the real window, started as a double-click would start it."""

    def __init__(self, paths: AppPaths) -> None:
        from infusion_desk.ui.main_window import MainWindow
        from infusion_desk.ui.settings import AppSettings
        from infusion_desk.ui.single_instance import SingleInstance, bring_forward, server_name

        if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        self.app = make_application()
        if self.app.windowIcon().isNull():
            raise RuntimeError(f"the app icon could not be loaded from {ICON_FILE}")
        self.window = MainWindow(AppSettings(paths.settings_file), paths)
        self.instance = SingleInstance(server_name(paths.config), self.window)
        if not self.instance.listen():
            raise RuntimeError(f"cannot listen for a second start on {self.instance.name}")
        self.instance.open_requested.connect(lambda r: bring_forward(self.window, r))

    def show(self, folder: Path) -> str:
        """Show the window on ``folder`` and wait for its first paint."""
        from PySide6.QtCore import QEvent, QObject

        painted: list[bool] = []

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    painted.append(True)
                return super().eventFilter(watched, event)

        spy = FirstPaint(self.window)
        self.window.installEventFilter(spy)
        self.window.show()
        from infusion_desk.ui.main_window.opening import wait_for_opening

        if not wait_for_opening(self.window, lambda: self.window.open_folder(folder)):
            raise RuntimeError(f"the window could not open {folder.name}")
        self._wait(lambda: bool(painted), 10, "the window was never painted")
        self.window.removeEventFilter(spy)
        return (f"“{self.window.windowTitle()}” painted on the {self.app.platformName()} "
                "platform, with its icon")

    def second_start(self, command: Sequence[str], folder: Path) -> str:
        """Run ``command FOLDER`` as a second start; it must hand over and exit 0."""
        import subprocess

        child = subprocess.Popen([*command, str(folder)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            self._wait(lambda: child.poll() is not None, 60, "the second start did not exit")
        finally:
            if child.poll() is None:
                child.kill()
            output = child.communicate()[0].decode("utf-8", "replace").strip()
        if child.returncode != 0:
            raise RuntimeError(f"the second start exited with {child.returncode}: {output}")
        opened = self.window.ctx.folder.path if self.window.ctx is not None else None
        self._wait(lambda: self.window.ctx is not None
                   and self.window.ctx.folder.path == folder, 10,
                   f"the window did not open the handed-over folder (it shows {opened})")
        return f"the running window opened {folder.name}"

    def close(self) -> None:
        self.instance.close()
        self.window.close()
        self.app.processEvents()

    def _wait(self, done: Callable[[], bool], seconds: float, failure: str) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise RuntimeError(failure)
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
