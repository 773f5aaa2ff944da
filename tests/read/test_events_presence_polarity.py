"""The polarity and mood of a presence claim told by an adjective or a held noun (read/events/mood.py): "is not active
in", "is no longer present in", "no longer has cells in" deny the presence as "does not operate in" does; a verb of
ending says the group was there and is no longer ("stopped operating in"), but not an aim or a prospect of ending ("to
end their campaign of violence in" is a presence the aim takes as there); "could be active in" is a possibility.
Sentences written for this test."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _claims(make_doc, text):
    ann = read(make_doc(text, published_at="2025-03-01"))
    names = {p.key: p.name for p in ann.places}
    return [(sorted(e.group_keys), names.get(e.place_key), e.modality) for e in ann.events if e.type == "presence"]


@pytest.mark.parametrize(("text", "claims"), [
    ("MS-13 is not active in Rochester.", [(["ms-13"], "Rochester", "negated")]),
    ("Investigators say MS-13 is no longer active in Rochester.", [(["ms-13"], "Rochester", "negated")]),
    ("MS-13 is no longer present in Boston.", [(["ms-13"], "Boston", "negated")]),
    ("MS-13 no longer has cells in Boston.", [(["ms-13"], "Boston", "negated")]),
    ("MS-13 stopped operating in Boston years ago.", [(["ms-13"], "Boston", "negated")]),
    ("MS-13 could be active in Boston.", [(["ms-13"], "Boston", "hypothetical")]),
    # a prospect of ending is no end; an aim to end a presence takes it as there
    ("MS-13 will stop operating in Boston, police vowed.", [(["ms-13"], "Boston", "future")]),
    ("Police want to end the Latin Kings operations in Chicago.", [(["latin-kings"], "Chicago", "asserted")]),
    # unchanged: a presence told plainly, and its denials told by a verb
    ("MS-13 is active in Rochester.", [(["ms-13"], "Rochester", "asserted")]),
    ("MS-13 does not operate in Boston.", [(["ms-13"], "Boston", "negated")]),
    ("MS-13 has never operated in Boston.", [(["ms-13"], "Boston", "negated")]),
])
def test_presence_polarity_of_adjectives_held_nouns_and_verbs_of_ending(make_doc, text, claims):
    assert _claims(make_doc, text) == claims


@pytest.mark.parametrize(("text", "claims"), [
    # "not only" says more than, not less: the presence stands
    ("MS-13 is not only active in Rochester but also in Buffalo.",
     [(["ms-13"], "Rochester", "asserted"), (["ms-13"], "Buffalo", "asserted")]),
    ("MS-13 is not merely present in Rochester.", [(["ms-13"], "Rochester", "asserted")]),
    # "end up" is no ending; an ending denied says the group stayed
    ("MS-13 ended up operating in Rochester.", [(["ms-13"], "Rochester", "asserted")]),
    ("MS-13 never stopped operating in Rochester.", [(["ms-13"], "Rochester", "asserted")]),
    ("MS-13 did not stop operating in Rochester.", [(["ms-13"], "Rochester", "asserted")]),
    # a hedge on the ending, or a belief in the presence, makes the claim alleged
    ("MS-13 reportedly stopped operating in Rochester.", [(["ms-13"], "Rochester", "alleged")]),
    ("MS-13 is believed to be active in Rochester.", [(["ms-13"], "Rochester", "alleged")]),
])
def test_presence_polarity_focus_negation_denied_endings_and_hedges(make_doc, text, claims):
    assert _claims(make_doc, text) == claims


@pytest.mark.parametrize(("text", "language", "claims"), [
    # a hedge on the verb that holds the claim's noun stays with the claim
    ("Barrio 18 reportedly has cliques in Rochester.", "en", [(["barrio-18"], "Rochester", "alleged")]),
    ("Barrio 18 allegedly has a presence in Rochester.", "en", [(["barrio-18"], "Rochester", "alleged")]),
    ("Barrio 18 has cliques in Rochester.", "en", [(["barrio-18"], "Rochester", "asserted")]),
    # a passive of report hedges its infinitive; "is known to" does not
    ("Barrio 18 is said to operate in Rochester.", "en", [(["barrio-18"], "Rochester", "alleged")]),
    ("Barrio 18 is rumored to have cliques in Rochester.", "en", [(["barrio-18"], "Rochester", "alleged")]),
    ("Barrio 18 is thought to be active in Rochester.", "en", [(["barrio-18"], "Rochester", "alleged")]),
    ("Barrio 18 is known to operate in Rochester.", "en", [(["barrio-18"], "Rochester", "asserted")]),
    # the Spanish conditional of report, on the claim's verb or the verb that holds its noun
    ("Los Zetas operarían en Monterrey.", "es", [(["los-zetas"], "Monterrey", "alleged")]),
    ("Los Zetas tendrían presencia en Monterrey.", "es", [(["los-zetas"], "Monterrey", "alleged")]),
    ("Los Zetas tienen presencia en Monterrey.", "es", [(["los-zetas"], "Monterrey", "asserted")]),
    # an imperfect is no conditional, whatever its ending ("-ía")
    ("Los Zetas abrían nuevas células en Monterrey cada año.", "es", [(["los-zetas"], "Monterrey", "asserted")]),
    ("Los Zetas operaban en Monterrey en 2009.", "es", [(["los-zetas"], "Monterrey", "asserted")]),
    # a condition makes the conditional a hypothesis; a conditional after a verb of saying is the past's future
    ("Sin la vigilancia del ejército, Los Zetas operarían en Monterrey.", "es", [(["los-zetas"], "Monterrey", "hypothetical")]),
    ("Si el ejército se retirara, Los Zetas tendrían presencia en Monterrey.", "es", [(["los-zetas"], "Monterrey", "hypothetical")]),
])
def test_presence_a_hedge_on_the_holding_verb_or_a_conditional_of_report_is_alleged(make_doc, text, language, claims):
    ann = read(make_doc(text, language=language, published_at="2025-03-01"))
    names = {p.key: p.name for p in ann.places}
    assert [(sorted(e.group_keys), names.get(e.place_key), e.modality) for e in ann.events if e.type == "presence"] == claims


@pytest.mark.parametrize(("text", "claims"), [
    # a bare "no" before the name denies the claim; it sets no other group against it
    ("There is no Latin Kings presence in Rochester, officials said.", [(["latin-kings"], "Rochester", "negated")]),
    ("There is no MS-13 presence in Rochester, officials said.", [(["ms-13"], "Rochester", "negated")]),
    ("No Barrio 18 cliques operate in Rochester, officials said.", [(["barrio-18"], "Rochester", "negated")]),
])
def test_presence_a_bare_no_before_the_name_denies_the_claim(make_doc, text, claims):
    assert _claims(make_doc, text) == claims


def test_presence_a_conditional_told_by_a_speaker_is_not_made_alleged(make_doc):
    """"dijo que … operaría en … a partir de marzo": the future seen from the past, not the conditional of report."""
    ann = read(make_doc("La fiscal dijo que Los Zetas operaría en Monterrey a partir de mayo.", language="es", published_at="2025-03-01"))
    assert [e.modality for e in ann.events if e.type == "presence"] != ["alleged"]


def test_presence_a_plural_reference_with_no_group_before_it_stands_for_no_one(make_doc):
    """"Their campaign of violence in Texas" after a sentence that names no group: no claim, and no crash (the reading
    of whom "their" stands for failed on an empty list)."""
    assert _claims(make_doc, "Officials met on Monday. Their campaign of violence in Texas worried police.") == []
