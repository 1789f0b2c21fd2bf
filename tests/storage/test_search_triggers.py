"""Every schema revision keeps the search index in step with every searchable column.

SQLite drops a table's triggers when a migration rebuilds the table (Alembic's batch mode does
exactly that to change a column), so a revision that forgets to recreate them leaves a folder
whose search silently stops seeing new and edited text. This test builds the schema at every
shipped revision through the migrations and checks, for every searchable table, that an INSERT,
an UPDATE and a DELETE trigger exist, that they cover each searchable column, and that editing
each column is found by a search afterwards.

The searchable columns are not copied here: they are read from the search configuration the
migrations themselves use (``_SEARCHABLE`` in the newest revision at or before the one checked;
a revision that changes what is searched declares its own).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from infusion_desk.storage import schema

# table -> (kind written in the index, columns in the record's title, columns in its body)
Searchable = dict[str, tuple[str, list[str], list[str]]]
PAGES = "<pages>"  # from 0004 on: a document's body takes in its pages' text
STRIDE = 1_000_000_000_000  # an entry's rowid: its kind's code times this, plus the record's id
_CODES = {"plan": 1, "contact": 2, "step": 3, "document": 4, "call": 5, "question": 6,
          "request": 7, "profile": 8}
_TRIGGER = re.compile(
    r"CREATE\s+TRIGGER\s+\"?(?P<name>\w+)\"?\s+(?P<when>AFTER|BEFORE)\s+"
    r"(?P<event>INSERT|UPDATE|DELETE)"
    r"(?:\s+OF\s+(?P<columns>[\w\s,\"]+?))?\s+ON\s+\"?(?P<table>\w+)\"?\s+(?P<body>.*)",
    re.IGNORECASE | re.DOTALL,
)


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    return config


def _module(revision: str) -> ModuleType:
    return ScriptDirectory.from_config(_config()).get_revision(revision).module  # type: ignore[union-attr]


def searchable_at(revision: str) -> Searchable:
    """What the search index covers at ``revision``, as its migration declares it."""
    shipped = list(schema.REVISIONS)
    for older in reversed(shipped[: shipped.index(revision) + 1]):
        declared = getattr(_module(older), "_SEARCHABLE", None)
        if declared is not None:
            return {table: (str(kind), list(title), list(body))
                    for table, (_code, kind, title, body) in declared.items()}
    raise AssertionError(f"no revision up to {revision} says what the search index covers")


def build_at(revision: str, path: Path) -> Path:
    """A brand-new folder file brought to ``revision`` by the migrations, as the app does."""
    engine = schema.make_engine(path, create=True)
    try:
        config = _config()
        with engine.connect().execution_options(immediate=True) as connection, \
                connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    return path


def _triggers(conn: sqlite3.Connection) -> list[re.Match[str]]:
    rows = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    found = [_TRIGGER.match(str(sql).strip()) for (sql,) in rows]
    assert all(found), "a trigger this test cannot read"
    return [m for m in found if m is not None]


def trigger_problems(conn: sqlite3.Connection, searchable: Searchable) -> list[str]:
    """What is missing from the triggers that keep the search index in step."""
    problems: list[str] = []
    triggers = _triggers(conn)
    for table, (_kind, title, body) in searchable.items():
        columns = [*title, *body]
        for event in ("INSERT", "UPDATE", "DELETE"):
            mine = [t for t in triggers
                    if t["table"].lower() == table and t["event"].upper() == event
                    and "search_index" in t["body"].lower()]
            if not mine:
                problems.append(f"{table}: no AFTER {event} trigger updates the search index")
                continue
            body_sql = " ".join(t["body"].lower() for t in mine)
            unindexes = "delete from search_index" in body_sql or "'delete'" in body_sql
            if event == "DELETE":
                if not unindexes:
                    problems.append(f"{table}: its DELETE trigger leaves the old text indexed")
                continue
            problems += _unindexed(table, event, columns, body_sql)
            if event == "UPDATE":
                if not unindexes:
                    problems.append(f"{table}: its UPDATE trigger leaves the old text indexed")
                watched = {c.strip().strip('"').lower()
                           for t in mine if t["columns"] for c in t["columns"].split(",")}
                if any(not t["columns"] for t in mine):
                    continue  # fires on any column
                problems += [f"{table}.{c}: editing it fires no UPDATE trigger"
                             for c in columns if c not in watched and c != PAGES]
        if PAGES in body:
            problems += _page_trigger_problems(triggers)
    return problems


def _unindexed(table: str, event: str, columns: list[str], body_sql: str) -> list[str]:
    problems = []
    for column in columns:
        if column == PAGES:
            if "document_pages" not in body_sql:
                problems.append(f"{table}: its {event} trigger leaves out its pages")
        elif not re.search(rf"\bnew\.\"?{column}\b", body_sql):
            problems.append(f"{table}.{column}: its {event} trigger does not index it")
    return problems


def _page_trigger_problems(triggers: list[re.Match[str]]) -> list[str]:
    """A page's text is in its document's entry: each change of a page takes the entry out as
    it was and makes it again (after)."""
    problems = []
    for event in ("INSERT", "UPDATE", "DELETE"):
        mine = {t["when"].upper(): t["body"].lower() for t in triggers
                if t["table"].lower() == "document_pages" and t["event"].upper() == event
                and "search_index" in t["body"].lower()}  # (not 0005's: the pages' own text)
        # (a new page: after it is added, the entry as made without it; see revision 0004)
        if "'delete'" not in mine.get("AFTER" if event == "INSERT" else "BEFORE", ""):
            problems.append(f"document_pages: no BEFORE {event} trigger takes the entry out")
        if "insert into search_index" not in mine.get("AFTER", ""):
            problems.append(f"document_pages: no AFTER {event} trigger makes the entry again")
    return problems


def _filler(conn: sqlite3.Connection, table: str) -> dict[str, object]:
    """Values for the columns that must have one, so that a bare row can be made."""
    values: dict[str, object] = {}
    for _cid, name, declared, notnull, default, primary in conn.execute(
            f'PRAGMA table_info("{table}")'):
        if notnull and default is None and not primary:
            kind = str(declared).upper()
            values[name] = ("2026-11-27 09:00:00" if "DATE" in kind or "TIME" in kind
                            else 0 if "INT" in kind or "BOOL" in kind else "")
    return values


def _found(conn: sqlite3.Connection, word: str) -> list[tuple[str, int]]:
    kinds = {code: kind for kind, code in _CODES.items()}
    return [(kinds[int(r) // STRIDE], int(r) % STRIDE) for (r,) in conn.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ?", (f'"{word}"',))]


def search_problems(conn: sqlite3.Connection, searchable: Searchable) -> list[str]:
    """Add a row to each searchable table, edit each searchable column, delete the row, and
    search after each step. (The one profile row is there from the start: it is edited only.)"""
    problems: list[str] = []
    for number, (table, (kind, title, body)) in enumerate(searchable.items()):
        columns = [*title, *body]
        existing = conn.execute(f'SELECT id FROM "{table}"').fetchone()
        if existing is None:
            words = {column: f"zqxnew{number}x{place}" for place, column in enumerate(columns)
                     if column != PAGES}
            values = {**_filler(conn, table), **words}
            names = ", ".join(f'"{n}"' for n in values)
            marks = ", ".join("?" for _ in values)
            row_id = int(conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                                      list(values.values())).lastrowid or 0)
            problems += [f"{table}.{column}: a new row is not found by it"
                         for column, word in words.items()
                         if _found(conn, word) != [(kind, row_id)]]
        else:
            row_id = int(existing[0])
        for place, column in enumerate(columns):
            word = f"zqxedit{number}x{place}"
            if column == PAGES:
                problems += _page_problems(conn, row_id, word)
                continue
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (word, row_id))
            if _found(conn, word) != [(kind, row_id)]:
                problems.append(f"{table}.{column}: an edit is not found by search")
        if existing is None:
            conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
            if _found(conn, f"zqxedit{number}x{len(columns) - 1}"):
                problems.append(f"{table}: a deleted row is still found by search")
    return problems


def _page_problems(conn: sqlite3.Connection, document_id: int, word: str) -> list[str]:
    """Add two pages to a document, edit one, take one out: each is found as it is now."""
    problems = []
    for page in (1, 2):
        conn.execute("INSERT INTO document_pages (document_id, page, text) VALUES (?, ?, ?)",
                     (document_id, page, f"{word}p{page} and more"))
    if _found(conn, f"{word}p1") != [("document", document_id)] or \
            _found(conn, f"{word}p2") != [("document", document_id)]:
        problems.append("document_pages: a new page is not found by search")
    conn.execute("UPDATE document_pages SET text = ? WHERE document_id = ? AND page = 1",
                 (f"{word}q1", document_id))
    if _found(conn, f"{word}q1") != [("document", document_id)] or _found(conn, f"{word}p1"):
        problems.append("document_pages: an edited page is not found as it is now")
    conn.execute("DELETE FROM document_pages WHERE document_id = ? AND page = 2", (document_id,))
    if _found(conn, f"{word}p2"):
        problems.append("document_pages: a page taken out is still found")
    return problems


@pytest.fixture(params=schema.REVISIONS)
def built(request: pytest.FixtureRequest, tmp_path: Path
          ) -> Iterator[tuple[sqlite3.Connection, Searchable]]:
    revision: str = request.param
    path = build_at(revision, tmp_path / f"{revision}.infusiondesk")
    with closing(sqlite3.connect(path)) as conn:
        yield conn, searchable_at(revision)


def test_the_search_configuration_is_read_from_the_migrations() -> None:
    searchable = searchable_at(schema.HEAD)
    assert {"plans", "contacts", "steps", "documents", "calls", "questions", "requests",
            "profile"} <= set(searchable)
    assert "text" in searchable["documents"][2]  # a document's words are searched too


def test_every_searchable_column_has_its_triggers(
        built: tuple[sqlite3.Connection, Searchable]) -> None:
    conn, searchable = built
    assert trigger_problems(conn, searchable) == []


def test_editing_every_searchable_column_is_found_by_search(
        built: tuple[sqlite3.Connection, Searchable]) -> None:
    conn, searchable = built
    assert search_problems(conn, searchable) == []


def _without_column(sql: str, column: str) -> str:
    """A trigger's SQL with one column left out of what it indexes."""
    return re.sub(rf"coalesce\(new\.{column}, ''\) \|\| ' ' \|\| ", "", sql)


@pytest.mark.parametrize("damage", ["drop insert", "drop update", "drop delete",
                                    "update misses a column", "insert misses a column"])
def test_the_checks_fail_when_a_trigger_or_a_column_is_missing(
        damage: str, tmp_path: Path) -> None:
    """A revision that loses one trigger, or one column from one, is caught (both checks)."""
    path = build_at(schema.HEAD, tmp_path / "damaged.infusiondesk")
    searchable = searchable_at(schema.HEAD)
    table, column = "calls", searchable["calls"][2][1]
    words = damage.split()
    event = words[1] if words[0] == "drop" else words[0]
    with closing(sqlite3.connect(path)) as conn:
        name, sql = next(
            (str(t["name"]), t.string) for t in _triggers(conn)
            if t["table"] == table and t["event"].lower() == event)
        conn.execute(f'DROP TRIGGER "{name}"')
        if not damage.startswith("drop"):
            changed = _without_column(sql, column)
            assert changed != sql
            conn.execute(changed)
        static = trigger_problems(conn, searchable)
        assert static and all(p.startswith(table) for p in static)
        if damage.startswith("drop"):
            assert any(f"AFTER {event.upper()}" in p or event.upper() in p for p in static)
        else:
            assert f"{table}.{column}: its {event.upper()} trigger does not index it" in static
        try:
            found = search_problems(conn, searchable)
        except sqlite3.DatabaseError as exc:  # an index that reads the records is damaged by
            found = [str(exc)]  # a trigger that takes out what was never put in
        assert found
