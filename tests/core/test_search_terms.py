from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from infusion_desk.core.search import first_page_with, match_expression, split_snippet


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
