"""What the app remembers between runs, read defensively: a settings file full of garbage gives
the defaults, never a crash.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from infusion_desk.privacy import create_private_file, make_private, make_private_dir

if TYPE_CHECKING:  # loaded when the summary is first asked for, not before the first paint
    from infusion_desk.core.meeting import Meeting

TEXT_SCALES = (100, 125, 150, 200)
MAX_RECENT = 8


class AppSettings:
    def __init__(self, file: Path) -> None:
        make_private_dir(file.parent, tighten=False)
        # Recent folders' names can name the patient: the file is hers alone. Qt saves settings
        # through a new file that takes over the old one's permissions, so 0600 stays.
        if file.exists():
            make_private(file)
        else:
            with contextlib.suppress(FileExistsError):
                create_private_file(file)
        self._settings = QSettings(str(file), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._settings.sync()

    # ------------------------------------------------------------------ window
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def tab(self) -> int:
        return self._int("window/tab", 0, 0, 20)

    def set_tab(self, index: int) -> None:
        self._settings.setValue("window/tab", int(index))

    def text_scale(self) -> int:
        value = self._int("view/text_scale", 100, 50, 400)
        return value if value in TEXT_SCALES else 100

    def set_text_scale(self, percent: int) -> None:
        self._settings.setValue("view/text_scale", int(percent))

    def language(self) -> str:
        """The language she picked ("en", "es"), or "" to follow the system."""
        value = self._settings.value("view/language", "")
        return value if isinstance(value, str) and value in ("", "en", "es") else ""

    def set_language(self, code: str) -> None:
        self._settings.setValue("view/language", code)

    # ------------------------------------------------------------------ folders
    def last_folder(self) -> Path | None:
        value = self._settings.value("folders/last")
        return Path(value) if isinstance(value, str) and value.strip() else None

    def set_last_folder(self, path: Path | None) -> None:
        self._settings.setValue("folders/last", "" if path is None else str(path))

    def recent_folders(self) -> list[Path]:
        value = self._settings.value("folders/recent")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        paths = [Path(v) for v in value if isinstance(v, str) and v.strip()]
        return list(dict.fromkeys(paths))[:MAX_RECENT]

    def add_recent_folder(self, path: Path) -> None:
        recent = [p for p in self.recent_folders() if p != path]
        self._settings.setValue("folders/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def remove_recent_folder(self, path: Path) -> None:
        self._settings.setValue(
            "folders/recent", [str(p) for p in self.recent_folders() if p != path]
        )

    def recent_shared(self) -> list[str]:
        """Shared folders opened lately, newest first, as their addresses (never a password:
        ``ServerAddress.text()`` holds none)."""
        value = self._settings.value("folders/recent_shared")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        texts = [v.strip() for v in value if isinstance(v, str) and v.strip()]
        return list(dict.fromkeys(texts))[:MAX_RECENT]

    def add_recent_shared(self, address: str) -> None:
        recent = [a for a in self.recent_shared() if a != address]
        self._settings.setValue("folders/recent_shared", [address, *recent][:MAX_RECENT])

    def remove_recent_shared(self, address: str) -> None:
        self._settings.setValue("folders/recent_shared",
                                [a for a in self.recent_shared() if a != address])

    def last_shared(self) -> str:
        """The shared folder open when the app last closed ("" if it was a file, or none)."""
        value = self._settings.value("folders/last_shared", "")
        return value.strip() if isinstance(value, str) else ""

    def set_last_shared(self, address: str) -> None:
        self._settings.setValue("folders/last_shared", address)

    def backup_location(self) -> Path | None:
        """Where backups go; ``None``: beside each folder file."""
        value = self._settings.value("backups/location")
        return Path(value) if isinstance(value, str) and value.strip() else None

    def set_backup_location(self, path: Path | None) -> None:
        self._settings.setValue("backups/location", "" if path is None else str(path))

    # ------------------------------------------------------------------ printing
    def summary_meeting(self) -> Meeting:
        """What the last summary was for (everything, in brief, at first)."""
        from infusion_desk.core.meeting import Audience, Meeting

        value = self._settings.value("summary/for", "")
        name = self._settings.value("summary/name", "")
        audiences = {a.value: a for a in Audience}
        if not isinstance(value, str) or value not in audiences:
            return Meeting()
        return Meeting(audiences[value], name if isinstance(name, str) else "")

    def set_summary_meeting(self, meeting: Meeting) -> None:
        self._settings.setValue("summary/for", meeting.audience.value)
        self._settings.setValue("summary/name", meeting.name)

    def summary_paper(self) -> str:
        value = self._settings.value("summary/paper", "letter")
        return value if value in ("letter", "a4") else "letter"

    def set_summary_paper(self, paper: str) -> None:
        self._settings.setValue("summary/paper", paper)

    # ------------------------------------------------------------------ deadlines
    def deadlines_notified_on(self, folder_key: str) -> date | None:
        """The last day a desktop notice named this folder's deadlines (``None``: never)."""
        value = self._settings.value(f"deadlines/notified/{folder_key}", "")
        if not isinstance(value, str) or not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None

    def set_deadlines_notified_on(self, folder_key: str, day: date) -> None:
        self._settings.setValue(f"deadlines/notified/{folder_key}", day.isoformat())

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        value = self._settings.value(key, default)
        try:
            number = int(str(value))
        except (TypeError, ValueError):
            return default
        return number if low <= number <= high else default
