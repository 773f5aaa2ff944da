"""Quotations in a text written one paragraph a line (what trafilatura gives for an HTML page): a quotation left open
in one paragraph ends with it, and never pairs with the marks of the next paragraphs."""

from __future__ import annotations

from tocsin.read.statements.spans import _quotes

TEXT = ('"They were the kind of people that would give you the shirts off their back.\n'
        "Police shot at during traffic stop\n"
        'The driver then "pulled a handgun and shot at both officers," the lieutenant said.\n')


def test_quotes_a_quotation_left_open_ends_with_its_line_where_the_text_has_no_blank_line():
    found = [TEXT[s:e] for s, e in _quotes(TEXT)]
    assert found[0] == '"They were the kind of people that would give you the shirts off their back.'
    assert '"pulled a handgun and shot at both officers,"' in found
    assert not any("traffic stop" in q for q in found)


def test_quotes_a_line_break_is_wrapping_where_the_text_has_blank_lines():
    text = 'He said: "We are at war against drug trafficking\norganizations in every state."\n\nNext paragraph.'
    assert [text[s:e] for s, e in _quotes(text)] == ['"We are at war against drug trafficking\norganizations in every state."']
