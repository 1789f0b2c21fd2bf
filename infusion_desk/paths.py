"""Every place on disk the app uses, in one spot, with one override for tests.

Set ``INFUSION_DESK_HOME`` to put settings, logs, the demo folder and temporary copies under one
directory (the tests do this so they never touch the real home directory).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "InfusionDesk"
HOME_OVERRIDE = "INFUSION_DESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    data: Path  # logs, the demo folder
    config: Path  # settings
    temp: Path  # private copies of documents handed to other programs
    documents: Path  # where new folders are suggested

    @property
    def log_file(self) -> Path:
        return self.data / "logs" / "infusion-desk.log"

    @property
    def demo_folder(self) -> Path:
        return self.data / "Demo - Walter Brennan.infusiondesk"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"


def app_paths() -> AppPaths:
    override = os.environ.get(HOME_OVERRIDE)
    if override:
        root = Path(override)
        return AppPaths(root / "data", root / "config", root / "tmp", root / "Documents")
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        temp=Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)) / "open-copies",
        documents=Path(platformdirs.user_documents_dir()),
    )
