"""Writing a finished PDF to disk."""

from __future__ import annotations

from pathlib import Path

from infusion_desk.privacy import open_private


def write_pdf(target: Path, data: bytes) -> None:
    """Write beside the target first, then move it into place: never half a PDF. Only this user
    may read it (it holds health information)."""
    partial = target.with_name(target.name + ".part")
    try:
        with open_private(partial) as file:
            file.write(data)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
