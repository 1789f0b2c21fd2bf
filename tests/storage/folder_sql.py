"""Plain SQL on a test's folder from outside the app (as another program, or a newer version of
the app, would write it), on either engine (``folder_engines.FolderPlace``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from folder_engines import FolderPlace
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection


@contextmanager
def folder_sql(place: FolderPlace) -> Iterator[Connection]:
    """A connection of its own to the folder at ``place``, in one transaction kept at the end:
    to the folder file (its links between tables enforced), or to the server as the person
    who signed in, seeing and writing the rows of this folder only."""
    if isinstance(place.location, Path):
        engine = create_engine(f"sqlite:///{place.location}")

        @event.listens_for(engine, "connect")
        def _links_on(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys = ON")
    else:
        engine = create_engine(place.location.sqlalchemy_url(place.password))
    try:
        with engine.begin() as conn:
            if not isinstance(place.location, Path):
                conn.execute(text("SELECT set_config('infusion_desk.folder', :f, true)"),
                             {"f": place.location.folder})
            yield conn
    finally:
        engine.dispose()
