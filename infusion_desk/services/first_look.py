"""The first look at a folder for the window: its first screen, read without SQLAlchemy.

See ``storage.first_look``; the window shows it while the folder opens through ``Folder``.
"""

from __future__ import annotations

from infusion_desk.storage.first_look import FirstScreen, first_look, first_profile

__all__ = ["FirstScreen", "first_look", "first_profile"]
