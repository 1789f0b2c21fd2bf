"""Infusion Desk: an offline organizer for getting home infusion therapy covered by insurance."""

from __future__ import annotations

APP_NAME = "Infusion Desk"
FILE_SUFFIX = ".infusiondesk"


def __getattr__(name: str) -> str:
    """``__version__``, looked up when first asked for (PEP 562): ``importlib.metadata`` takes
    longer to load than a bare window takes to show."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("infusion-desk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.1.0"
    globals()["__version__"] = found
    return found
