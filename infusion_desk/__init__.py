"""Infusion Desk: an offline organizer for getting home infusion therapy covered by insurance."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Infusion Desk"
FILE_SUFFIX = ".infusiondesk"

try:
    __version__ = version("infusion-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
