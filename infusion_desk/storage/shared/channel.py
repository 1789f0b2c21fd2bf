"""The channel a shared folder's changes are told on (LISTEN/NOTIFY; revision 0007).

Each folder has its own: ``infusion_desk_`` and 32 hex digits made from the folder's name and
a random channel key that only the server's own functions read, given to its members only
(``infusion_desk_channel``). When the folder is taken back from someone the key changes and
``{"moved": true}`` is sent on the old channel: the members left ask for the new one, the person
taken off gets none and hears nothing more. Anyone signed in may LISTEN on any channel, so a
channel shared by all folders would tell every listener the names of every family's folders; a
folder's own channel is known only to those it was given to. Each notification's payload is JSON:
``{"folder", "table", "id", "action", "pid"}`` (``pid``: the server process of the connection
that made the change, to tell a window's own changes from others'), or ``{"moved": true}``.
"""

from __future__ import annotations

import json
from typing import Any

PREFIX = "infusion_desk_"


def moved(payload: str) -> bool:
    """Whether a notification says the folder's channel moved (``{"moved": true}``: the folder
    was taken back from someone and has a new channel; its members ask for it again)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("moved") is True


def folder_channel(conn: Any, folder: str) -> str | None:
    """The channel of ``folder`` for the person signed in on ``conn`` (a psycopg connection);
    None if the folder was not given to her (or does not exist)."""
    row = conn.execute("SELECT infusion_desk_channel(%s)", (folder,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def listen(conn: Any, folder: str) -> str | None:
    """LISTEN on ``folder``'s channel on ``conn`` (a psycopg connection in autocommit, as a
    listener's is); the channel, or None (nothing listened to) if she may not see the folder."""
    channel = folder_channel(conn, folder)
    if channel is not None:
        conn.execute(f'LISTEN "{channel}"')  # (made by the server: letters and hex digits)
    return channel
