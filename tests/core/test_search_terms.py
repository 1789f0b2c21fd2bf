from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infusion_desk.core import search
from infusion_desk.core.search import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    SNIPPET_SCAN_CHARS,
    SNIPPET_WORDS,
    Query,
    first_page_with,
    make_snippet,
    match_expression,
    split_snippet,
    terms,
)


def test_member_id_is_one_quoted_phrase() -> None:
    assert match_expression("1EG4-TE5-MK72") == '"1EG4-TE5-MK72"*'


def test_query_syntax_is_never_interpreted() -> None:
    assert match_expression('a OR "b" NEAR(cd)') == '"a" "OR" """b""" "NEAR(cd)"*'
    assert match_expression("   ") is None
    assert match_expression("*** ---") is None


def test_split_snippet_returns_plain_text_and_spans() -> None:
    text, spans = split_snippet("the \x02pump\x03  rental\n ")
    assert text == "the pump rental"
    assert spans == ((4, 8),)
    assert text[4:8] == "pump"


def test_first_page_with_ignores_case_and_accents() -> None:
    pages = ["Dear member", "Your authorization for José", "Page three"]
    assert first_page_with(pages, "jose AUTHORIZATION") == 2
    assert first_page_with(pages, "nowhere") is None


@given(st.text())
def test_any_text_gives_a_valid_expression_or_none(text: str) -> None:
    expression = match_expression(text)
    assert expression is None or expression.count('"') % 2 == 0


def test_a_one_letter_last_word_is_never_a_prefix() -> None:
    assert match_expression("e") == '"e"'
    assert match_expression("er") == '"er"*'
    assert match_expression("PA-2026-0") == '"PA-2026-0"'
    assert match_expression("vitamin e") == '"vitamin" "e"'


def test_a_long_paste_is_cut_to_its_first_words() -> None:
    paste = " ".join(f"word{n}" for n in range(1000))  # about 6,000 letters
    words = terms(paste)
    assert words == [f"word{n}" for n in range(MAX_TERMS)]
    assert terms("a" * 3000) == ["a" * MAX_QUERY_CHARS]
    assert terms("Pump pump PUMP pümp delivered") == ["Pump", "delivered"]


def test_snippet_examines_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    examined: list[int] = []
    real = search._folded_with_origin

    def counting(text: str) -> tuple[str, list[int] | None]:
        examined.append(len(text))
        return real(text)

    monkeypatch.setattr(search, "_folded_with_origin", counting)
    query = Query.of("error")
    assert query is not None
    snippet, spans = make_snippet("ERROR " * 1_000_000, query)
    assert examined == [SNIPPET_SCAN_CHARS]
    assert snippet.startswith("ERROR ERROR") and snippet.endswith("…")
    assert len(spans) == SNIPPET_WORDS
    # A word beyond the window is not looked for: the line is where the text starts.
    far = "nothing here " * 2_000 + "needle"
    needle = Query.of("needle")
    assert needle is not None
    assert make_snippet(far, needle) == ("nothing here nothing here nothing here nothing here "
                                         "nothing here nothing here…", ())
    # Asked to look near where the page search found it, it is there.
    snippet, spans = make_snippet(far, needle, start=len(far) - 100)
    assert snippet.startswith("…") and snippet.endswith("needle")
    assert [snippet[a:b] for a, b in spans] == ["needle"]


def test_snippet_marks_words_however_they_are_written() -> None:
    query = Query.of("fine josé NGUYEN pa-2026")
    assert query is not None
    text = "Dear Jose\u0301 Nguyễn, the ﬁne for PA-2026-0017 is waived."
    snippet, spans = make_snippet(text, query)
    assert snippet == text
    assert [snippet[a:b] for a, b in spans] == ["Jose\u0301", "Nguyễn", "ﬁne", "PA-2026"]
    prefix = Query.of("author")
    assert prefix is not None
    snippet, spans = make_snippet("the prior authorization, not an author_x", prefix)
    assert [snippet[a:b] for a, b in spans] == ["authorization", "author"]


@given(st.text(max_size=300), st.text(max_size=40), st.integers(0, 400))
def test_any_text_and_query_give_a_line_with_spans_inside_it(
        text: str, typed: str, start: int) -> None:
    query = Query.of(typed)
    if query is None:
        return
    snippet, spans = make_snippet(text, query, start)
    assert "\n" not in snippet
    assert all(0 <= a < b <= len(snippet) for a, b in spans)
    assert list(spans) == sorted(spans)
