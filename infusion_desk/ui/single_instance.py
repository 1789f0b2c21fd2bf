"""One window per user: a second start hands its folder file to the running app, then exits.

The first start listens on a local socket (a named pipe on Windows) whose name is made from the
user and the settings place; a later start connects, sends one line of JSON and waits for ``ok``:

    {"open": "/home/ann/Walter.infusiondesk", "demo": false, "token": ""}

The running window comes forward and opens that folder. If nobody answers, the second start simply
becomes the first. Two starts at the same moment (several files opened at once from a file manager)
take turns through a lock file, so exactly one of them listens.

On Linux the socket lives in ``$XDG_RUNTIME_DIR`` (private to the user), so no other account can
take the name first and be sent the paths. macOS delivers a double-clicked file as a
``QFileOpenEvent`` instead of an argument: :class:`FileOpenEvents` turns that into the same request.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLockFile, QObject, Qt, Signal
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from infusion_desk.ui.shared.places import folder_file

if TYPE_CHECKING:
    from infusion_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ACK = b"ok\n"
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 10_000  # the running app may still be building its window
LOCK_TIMEOUT_MS = 15_000
MAX_MESSAGE_BYTES = 64 * 1024
MAX_ADDRESS = 2048  # a shared folder's address, handed over
MAX_SOCKET_PATH = 104  # a Unix socket's path must fit in sockaddr_un (108 bytes on Linux)


@dataclass(frozen=True)
class OpenRequest:
    """What a start asks for: a folder file, a shared folder (its address, never with a
    password), the demo folder, or just the window."""

    path: Path | None = None
    demo: bool = False
    token: str = ""  # a Wayland activation token, so the window may take the focus
    shared: str = ""  # postgresql://maria@db.example.org/infusion?folder=brennan

    def to_bytes(self) -> bytes:
        message = {"open": None if self.path is None else str(self.path),
                   "demo": self.demo, "token": self.token, "shared": self.shared}
        return json.dumps(message).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> OpenRequest | None:
        """The request in ``raw``, or None if it is not one (it is never trusted blindly)."""
        try:
            message = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(message, dict):
            return None
        path, demo, token = message.get("open"), message.get("demo", False), message.get("token")
        if path is not None and (not isinstance(path, str) or not path or "\0" in path):
            return None
        if not isinstance(demo, bool):
            return None
        shared = message.get("shared", "")
        if not isinstance(shared, str) or "\0" in shared or len(shared) > MAX_ADDRESS:
            return None
        return cls(None if path is None else Path(path), demo,
                   token if isinstance(token, str) else "", shared)


def server_name(config_dir: Path) -> str:
    """The socket's name for this user and this settings place (tests use their own place)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()
    user = "".join(ch for ch in user if ch.isalnum()) or "user"
    place = hashlib.sha256(str(config_dir.absolute()).encode("utf-8")).hexdigest()[:12]
    name = f"infusion-desk-{user}-{place}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and Path(runtime).is_dir():
        private = str(Path(runtime) / name)
        if len(private.encode()) < MAX_SOCKET_PATH:
            return private
    return name


class SingleInstance(QObject):
    """The first start's server, and a later start's way of handing over its request."""

    open_requested = Signal(object)  # an OpenRequest from a later start

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def hand_over_or_listen(self, request: OpenRequest) -> bool:
        """True if a running app took ``request`` (this start should exit); else listen."""
        lock = QLockFile(self._lock_path())
        locked = lock.tryLock(LOCK_TIMEOUT_MS)
        if not locked:
            log.warning("single-instance lock not taken in time: %s", lock.error())
        try:
            if self.hand_over(request):
                return True
            self.listen()
            return False
        finally:
            if locked:
                lock.unlock()

    def hand_over(self, request: OpenRequest) -> bool:
        """Send ``request`` to a running app; True once it has said it took it."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False  # nobody is listening: this start is the first
        socket.write(request.to_bytes())
        reply = b""
        if socket.waitForBytesWritten(REPLY_TIMEOUT_MS):
            while not reply.endswith(b"\n") and len(reply) < 16:
                if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(REPLY_TIMEOUT_MS):
                    break
                reply += socket.readAll().data()
        socket.abort()
        if reply != ACK:
            log.warning("the running app did not answer; starting another window")
            return False
        return True

    def listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket left behind by an app that crashed: nobody answered, so it is ours to clear.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("cannot listen for later starts: %s", server.serverError().name)
                server.deleteLater()
                return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _lock_path(self) -> str:
        place = Path(self.name).parent if Path(self.name).is_absolute() else Path(
            tempfile.gettempdir())
        return str(place / f"{Path(self.name).name}.lock")

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + socket.readAll().data()
        if b"\n" not in data:
            self._buffers[socket] = data
            if len(data) > MAX_MESSAGE_BYTES:
                self._drop(socket)
            return
        self._buffers[socket] = b""
        request = OpenRequest.from_bytes(data.split(b"\n", 1)[0])
        if request is None:
            log.warning("ignored a message that was not an open request")
            self._drop(socket)
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()  # "disconnected" follows once the reply is out
        self.open_requested.emit(request)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is None:
            return  # already dropped
        socket.abort()
        socket.deleteLater()


class FileOpenEvents(QObject):
    """macOS: a folder file double-clicked in the Finder arrives as a QFileOpenEvent."""

    open_requested = Signal(object)  # an OpenRequest

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent)
                and event.file()):
            self.open_requested.emit(OpenRequest(Path(event.file())))
            return True
        return super().eventFilter(watched, event)


def bring_forward(window: MainWindow, request: OpenRequest) -> None:
    """Raise ``window`` and open what was asked for (unless that folder is open already)."""
    if request.token:
        os.environ["XDG_ACTIVATION_TOKEN"] = request.token  # read by Qt's Wayland activation
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    if QGuiApplication.platformName() != "offscreen":  # it can do neither (and says so)
        window.raise_()
        window.activateWindow()
    if request.path is not None:
        if not _same_file(request.path, folder_file(window.ctx.folder) if window.ctx else None):
            window.open_folder(request.path)
    elif request.shared:
        from infusion_desk.ui.shared.actions import open_address

        open_address(window, request.shared)
    elif request.demo:
        window.open_demo()


def _same_file(one: Path, other: Path | None) -> bool:
    if other is None:
        return False
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False
