"""A second clause's subject the parse hung on the clause before (read/events/words.stranded_subject): with no comma,
"MS-13 operates in Houston and Barrio 18 operates in Dallas" is parsed with "Barrio 18" joined to "Houston" and the
second "operates" borrowing MS-13, which put MS-13 in Dallas and Barrio 18 nowhere. A noun joined to the clause's
object that ends right before a finite verb is that verb's subject; a verb after "and" has none of its own and still
shares the first subject. Sentences written for this test."""

import pytest

from tocsin.read import read

pytestmark = pytest.mark.model


def _claims(make_doc, text):
    ann = read(make_doc(text, language="en", published_at="2025-03-01"))
    names = {p.key: p.name for p in ann.places}
    return sorted((tuple(sorted(e.group_keys)), names.get(e.place_key)) for e in ann.events if e.type == "presence")


@pytest.mark.parametrize(("text", "claims"), [
    ("MS-13 operates in Houston and Barrio 18 operates in Dallas.", [(("barrio-18",), "Dallas"), (("ms-13",), "Houston")]),
    ("MS-13 operates in Houston and the Latin Kings operate in Chicago.", [(("latin-kings",), "Chicago"), (("ms-13",), "Houston")]),
    ("Hezbollah is active in Lebanon and Hamas is active in Gaza.", [(("hamas",), "Gaza"), (("hezbollah",), "Lebanon")]),
    # near misses: a verb after "and" shares the first subject, and so do places listed together
    ("MS-13 operates in Houston and Dallas and has cliques in Fairfax.",
     [(("ms-13",), "Dallas"), (("ms-13",), "Fairfax"), (("ms-13",), "Houston")]),
    ("Tren de Aragua operates in Chile and Peru and has cells in Colombia.",
     [(("tren-de-aragua",), "Chile"), (("tren-de-aragua",), "Colombia"), (("tren-de-aragua",), "Peru")]),
])
def test_presence_each_clause_its_own_group(make_doc, text, claims):
    assert _claims(make_doc, text) == claims


@pytest.mark.parametrize(("text", "actors"), [
    ("Police arrested two men in Houston and officers shot a suspect in Dallas.", {"arrest": "Police", "attack": "officers"}),
    ("Gunmen killed a policeman in Culiacán and members of the Sinaloa cartel kidnapped two soldiers in Navolato.",
     {"killing": "Gunmen", "abduction": "members of the Sinaloa cartel"}),
    # near miss: one doer of two acts
    ("Gunmen kidnapped a policeman in Culiacán and killed him in Navolato.", {"abduction": "Gunmen", "killing": "Gunmen"}),
])
def test_event_doer_of_its_own_clause(make_doc, text, actors):
    ann = read(make_doc(text, language="en", published_at="2025-03-01"))
    assert {e.type: e.actor_text for e in ann.events} == actors
