"""Where an act is placed when its sentence names a town inside the state its own clause names
(read.events.clauses.in_no_clause_on_a_noun, anchor._inner): the town of a clause telling the act's circumstances ("when
his car went off the road near Virden"), not of a clause on a person ("a man who was born in Culiacan")."""

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Police in Sinaloa arrested a man who was born in Culiacan on Tuesday.", "Sinaloa"),
    ("Gunmen in Guerrero killed a teacher who had worked in Acapulco on Monday.", "Guerrero"),
    ("Police in Texas arrested a man who had lived in Houston on Tuesday.", "Texas"),
    # the town an adverbial clause of the act names still places it
    ("RCMP in Manitoba detained him on Monday when his car went off the road near the town of Virden.", "Virden"),
    # and so does the clause the act is told under
    ("The Department of Justice announced the takedown of a massive drug and weapons trafficking organization in New Mexico, "
     "operated by the Sinaloa cartel, resulting in the arrest of 14 people.", "New Mexico"),
])
def test_place_a_town_in_a_clause_on_a_person_does_not_place_the_act(make_doc, text, place):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, published_at="2024-10-22")], gated=False)
    names = {p.key: p.name for p in ann.places}
    assert [names.get(e.place_key) for e in ann.events if e.type in ("arrest", "killing")] == [place]
