"""A joint statement's or a readout's positions (statements.readouts): where a document tells of leaders or sides
meeting, "welcomed", "reaffirmed", "expressed", "condemned" with a noun phrase are what a named leader said; a guest or
a country welcomed is no claim, nor a group no name resolves ("the leaders", "they"), and outside such a document the same verbs stay unread (test_statements_avowals)."""

import pytest

from .test_statements_calls import _found  # (content, speaker as written, cue, claim type) of each statement read

pytestmark = pytest.mark.model

_MEETING = "Joint Statement on the Border Security Dialogue\n\nThe two leaders met in Mexico City on Friday. "


@pytest.mark.parametrize("sentence, speaker, cue, content", [
    ("President Sheinbaum welcomed the expansion of joint patrols against arms smuggling along the border.",
     "President Sheinbaum", "welcomed", "the expansion of joint patrols against arms smuggling along the border"),
    ("President Sheinbaum reaffirmed Mexico's commitment to extradite the cartel leaders wanted in the United States.",
     "President Sheinbaum", "reaffirmed", "Mexico's commitment to extradite the cartel leaders wanted in the United States"),
    ("Foreign Secretary Juan Ramón de la Fuente condemned the recent attacks on journalists in Sinaloa.",
     "Foreign Secretary Juan Ramón de la Fuente", "condemned", "the recent attacks on journalists in Sinaloa"),
    ("Secretary Rubio thanked the Attorney General for Mexico's leadership in seizing fentanyl precursors.",
     "Secretary Rubio", "thanked", "the Attorney General for Mexico's leadership in seizing fentanyl precursors"),
])
def test_readouts_a_position_taken_in_a_meeting_is_a_statement(make_doc, sentence, speaker, cue, content):
    assert (content, speaker, cue) in [f[:3] for f in _found(make_doc, _MEETING + sentence)]


def test_readouts_a_group_no_name_resolves_is_not_read(make_doc):
    text = (_MEETING + "The leaders welcomed the progress of the security groups. They condemned the killing of two soldiers in "
            "Guerrero and reaffirmed their support for the families of the victims.")
    assert [f for f in _found(make_doc, text) if f[2] in ("welcomed", "condemned", "reaffirmed")] == []
    assert _found(make_doc, _MEETING + "Mexico condemned the recent attacks on journalists in Sinaloa.") == []  # a country


@pytest.mark.parametrize("sentence", [
    "President Trump welcomed Prime Minister Carney to the White House.",  # a guest received
    "The leaders welcomed Canada into the coalition against synthetic drugs.",  # a country received
    "The leaders welcomed the delegation from Ottawa.",  # visitors
    "Secretary Rubio also recognized two recipients of the award for fighting human trafficking.",  # people honoured
])
def test_readouts_a_guest_or_a_country_welcomed_is_no_statement(make_doc, sentence):
    assert [f for f in _found(make_doc, _MEETING + sentence) if f[2] in ("welcomed", "recognized")] == []


def test_readouts_no_meeting_no_readout(make_doc):
    text = "The mayor welcomed the expansion of joint patrols against arms smuggling along the border."
    assert _found(make_doc, text) == []
