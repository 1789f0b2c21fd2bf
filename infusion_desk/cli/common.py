"""What every command of ``infusion-desk`` shares: its exit codes and how it reads a path."""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_FAULT = 1  # the job ran and found something wrong (a failed check, a refused file)
EXIT_ERROR = 2  # the job could not run (missing file, wrong file, bad arguments)


def folder_path(value: str) -> Path:
    return Path(value).expanduser()
