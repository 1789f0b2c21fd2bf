"""Writing a finished PDF to disk."""

from __future__ import annotations

from pathlib import Path


def write_pdf(target: Path, data: bytes) -> None:
    """Write beside the target first, then move it into place: never half a PDF."""
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
