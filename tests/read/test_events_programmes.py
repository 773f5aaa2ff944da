"""A happening named only as what a programme or a purpose verb is about is no event (docs/annotation.md §2.2,
"policy, programmes, funding, laws, orders"); a happening the words make specific, or a purpose verb in a tense of
its own, stays one."""

import pytest

from .test_events_habits import _types


@pytest.mark.parametrize("text, etype", [
    ("The directive tells the Attorney General to pursue criminal charges in every smuggling case.", "charge"),
    ("- Expand Cooperation – Expand regional cooperation to facilitate the extradition of gang leaders.", "extradition"),
    ("A federal court upheld the administration's policy of detaining asylum seekers.", "arrest"),
    ("- Curb the flow of counterfeit pills smuggled across our ports.", "trafficking"),
    ("The ministry set up a unit to curb the influx of weapons trafficked through the ports.", "trafficking"),
    ("The Minister of Finance is authorized to impose any of the sanctions described in section 3 of this decree.", "designation"),
    ("(4) protecting against the taking of hostages by armed groups abroad;", "abduction"),
    ("The governor ended the moratorium on state executions last year.", "killing"),
])
def test_programmes_a_happening_only_aimed_at_is_none(make_doc, text, etype):
    assert etype not in _types(make_doc, text)


@pytest.mark.parametrize("text, etype", [
    ("Police stopped the robbery at the pharmacy on Elm Street on Tuesday.", "robbery"),  # a purpose verb in the past
    ("Officials vowed to prevent a repeat of Monday's shooting of two deputies in Tulsa.", "attack"),  # specific: a day
    ("Rescue efforts continued after the shooting at the school in Tulsa.", "attack"),  # "after": a time, not an aim
    ("The task force arrested nine members of the gang in Tulsa on Monday.", "arrest"),  # the programme acts
])
def test_programmes_a_happening_stays(make_doc, text, etype):
    assert etype in _types(make_doc, text)


@pytest.mark.parametrize("text, etype", [
    ("A clerk was stabbed while trying to stop a robbery at a pawn shop in Tulsa.", "robbery"),
    ("Deputies rushed to stop a kidnapping outside a motel near Tulsa.", "abduction"),
])
def test_programmes_an_act_told_in_the_past_aimed_at_a_happening_keeps_it(make_doc, text, etype):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2024-05-02")], gated=False)
    assert etype in [e.type for e in ann.events]  # said, whatever its modality: no programme's aim
