"""The FTS5 query ``core.search`` makes, read back into chunks and written as a PostgreSQL
``tsquery`` (a shared folder's search): every typed chunk must be found, a chunk of several
words as a phrase, the last word of a start as a prefix; the index of PDF pages' text finds no
phrases, so there each word is looked for on its own."""

from __future__ import annotations

from infusion_desk.core.search import Query
from infusion_desk.storage.shared.searching import fts5_chunks, tsquery_text


def _query(text: str) -> Query:
    query = Query.of(text)
    assert query is not None
    return query


def test_the_chunks_of_what_she_typed_come_back_as_typed() -> None:
    query = _query('7QW2-HJ4-XK19 say "hello" José')
    assert fts5_chunks(query.expression) == [
        ("7QW2-HJ4-XK19", False), ("say", False), ('"hello"', False), ("José", True)]
    assert fts5_chunks(_query("pump e").expression) == [("pump", False), ("e", False)]
    assert fts5_chunks(_query("jose nguyen").body_expression) == [
        ("jose", False), ("nguyen", True)]


def test_phrases_prefixes_and_quotes_in_the_tsquery() -> None:
    chunks = [(["7qw2", "hj4", "xk19"], False), (["say"], False), (["o", "brien"], True)]
    assert tsquery_text(chunks, phrases=True) == (
        "('7qw2' <-> 'hj4' <-> 'xk19') & 'say' & ('o' <-> 'brien':*)")
    assert tsquery_text(chunks, phrases=False) == (
        "'7qw2' & 'hj4' & 'xk19' & 'say' & 'o' & 'brien':*")
    assert tsquery_text([(["it's"], False), (["a\\b"], True)], phrases=True) == (
        "'it''s' & 'a\\\\b':*")


def test_chunks_without_a_word_are_left_out() -> None:
    assert tsquery_text([([], False), (["pump"], True)], phrases=True) == "'pump':*"
    assert tsquery_text([([], True)], phrases=True) is None
    assert tsquery_text([], phrases=False) is None


def test_the_server_searches_what_a_folder_file_searches() -> None:
    """The columns each kind of record is found by on the server are those revision 0004 gave
    the folder file's index (no later revision changed them)."""
    from test_search_triggers import searchable_at

    from infusion_desk.storage import schema
    from infusion_desk.storage.shared.search_sql import PAGES, SEARCHABLE

    assert PAGES == "<pages>"
    assert {table: (kind, list(title), list(body))
            for table, (_code, kind, title, body) in SEARCHABLE.items()
            } == searchable_at(schema.HEAD)
