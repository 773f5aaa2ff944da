"""Straight quotation marks paired by how each one looks (statements.pairing), in a story stored as one line: a
quotation continued in a new paragraph (no closing mark, a new opening one) and a closing mark typed after its space
no longer flip the later quotations into narration. Written from invented text, not from the real-text set."""

from __future__ import annotations

import pytest

from tocsin.read.statements.spans import _quotes

CASES = [
    # a quotation continued in a new paragraph: it ends with its sentence, the next one opens
    ('The chief spoke. "We searched the house twice and found nothing at all. "We then asked the neighbours about '
     'the car," the chief said. Officers left at noon.',
     ['"We searched the house twice and found nothing at all.',
      '"We then asked the neighbours about the car,"']),
    # a continued quotation, then a closing mark after its space: the narration after it stays narration
    ('"We did not expect this at all," he said. "The people we spoke to were scared. "Nobody wants the gangs back '
     'in this town. "Police then showed a video of the raid. Ruiz said the raid was legal. "The town will recover '
     'from this," she said.',
     ['"We did not expect this at all,"', '"The people we spoke to were scared.',
      '"Nobody wants the gangs back in this town. "', '"The town will recover from this,"']),
    # a nested quotation's closing apostrophe, a space, then the closing mark
    ('She recalled the call. "He told me, \'They will never find it.\' " Then the line went dead. "I waited for '
     'hours," she said.',
     ['"He told me, \'They will never find it.\' "', '"I waited for hours,"']),
    # a stray mark with a space on each side opens no quotation left open to the paragraph's end
    ('At this point, the chief said, "What we want to know is, \'Will they pay?\'" " Another firm will act as '
     'consultants for the board this year.',
     ['"What we want to know is, \'Will they pay?\'"']),
    # marks that pair in order are read as before, wire copy's two apostrophes closing
    ('"We will appeal the ruling,\'\' the lawyer said. The judge called it "a clear case of fraud" in court.',
     ['"We will appeal the ruling,\'\'', '"a clear case of fraud"']),
]


@pytest.mark.parametrize("text,quotations", CASES)
def test_quotes_straight_marks_pair_by_their_looks(text, quotations):
    assert [text[s:e] for s, e in _quotes(text)] == quotations


def test_quotes_a_curly_quotation_keeps_its_straight_marks_inside():
    text = 'The mayor said: “They called it "a war on the town" and left before noon.” Then "it is over now," he said.'
    assert [text[s:e] for s, e in _quotes(text)] == ['“They called it "a war on the town" and left before noon.”',
                                                    '"it is over now,"']


def test_pairing_a_curly_quotation_inside_a_straight_one_is_part_of_it_and_a_curly_one_left_open_runs_on():
    from tocsin.read.statements.spans import _quotes

    text = 'The mayor said "we told them “leave the port now” and they did not leave at all" on Monday.'
    assert [text[s:e] for s, e in _quotes(text)] == ['"we told them “leave the port now” and they did not leave at all"']
    text = 'He said "the gang will return" and then she added “they will come back to the port again and again'
    assert [text[s:e] for s, e in _quotes(text)][-1] == "“they will come back to the port again and again"
