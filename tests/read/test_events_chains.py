"""The people of a document as chains, and the victim's category read off the whole document (events/chains.py)."""

import pytest

from tocsin.models import Mention
from tocsin.read.events.chains import Chains, name_words


def _chains(*descriptions: str, language: str = "en") -> tuple[Chains, int]:
    chains = Chains(language)
    one = chains.new(frozenset({"ana", "ruiz"}))
    for words in descriptions:
        chains.describe(one, words)
    return chains, one


@pytest.mark.parametrize(("descriptions", "category"), [
    (["a former police officer"], "former law enforcement"),
    (["a 17-year-old student"], None),  # civilian: the default, not a description's
    (["a bus driver", "a city council member"], "elected or public official"),  # the guideline's order, whatever the order written
    (["U.S. Border Patrol", "a veteran of the U.S. Navy"], "law enforcement"),  # a veteran who serves now is what he serves as
    (["a veteran of the U.S. Navy"], "former law enforcement"),
    (["a retired detective", "the officer"], "former law enforcement"),  # retired stays retired
    (["Venezuelan national"], None),  # a nationality is never a category
])
def test_chains_category_is_the_first_the_descriptions_give(descriptions, category):
    chains, one = _chains(*descriptions)
    assert chains.category(one) == category


def test_chains_category_in_spanish():
    chains, one = _chains("un exteniente del ejército", "vecino del barrio", language="es")
    assert chains.category(one) == "former law enforcement"


@pytest.mark.parametrize(("descriptions", "pronoun", "agrees"), [
    (["a mother of three"], "he", False),
    (["a mother of three"], "her", True),
    (["the husband and father"], "she", False),
    ([], "she", True),  # nothing said: any pronoun may stand for the person
])
def test_chains_a_pronoun_agrees_with_the_sex_the_words_give(descriptions, pronoun, agrees):
    chains, one = _chains(*descriptions)
    chains.of[(0, 8)] = one
    assert chains.agrees(Mention(0, 8, "Ana Ruiz", "PERSON", "person", "model"), pronoun) is agrees


def test_chains_name_words_drop_honorifics_and_possessives():
    assert name_words("Ms. Juana M. Ruiz's") == {"juana", "ruiz"}


def _events(make_doc, text, language="en"):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    return ann.events


def _category(make_doc, text, trigger, language="en"):
    hit = [e for e in _events(make_doc, text, language) if e.trigger == trigger]
    assert hit, [(e.type, e.trigger) for e in _events(make_doc, text, language)]
    return hit[0].target_category


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "category"), [
    # an apposition told of the name anywhere in the document, the surname alone later
    ("Maria Lopez, a former police officer, opened a bakery in Tucson last year. Two men shot Lopez outside her home on Friday.",
     "shot", "former law enforcement"),
    # what a verb of being or serving says of the person; a pronoun takes it
    ("Carlos Vega has served with the Border Patrol for a decade. Gunmen shot at him near the river on Sunday.",
     "shot", "law enforcement"),
    # the description ends at a clause: the store is where she walked, not who she was
    ("Ana Diaz, a 12-year-old girl who was walking to a corner store, was killed on Monday.", "killed", "civilian"),
    # a pronoun passes over the person of the other sex the words make plain
    ("Officer Laura King, a mother of three, arrested Tom Baker in March. Two weeks later, gunmen shot him outside a bar.",
     "shot", "civilian"),
    # the one victim a story names takes the description it gives that victim elsewhere
    ("Juan Ortega was found dead in his apartment on Monday. Detectives are looking for whoever killed the retired police sergeant.",
     "found dead", "former law enforcement"),
    # a definite description takes the phrase with its head noun told before
    ("Police said a man pushed a 79-year-old Army veteran onto the tracks on Monday. The attack left the veteran dead.",
     "attack", "former law enforcement"),
    ("A former police officer was found in a parked car in Dover on Monday. Police said the officer was shot twice.",
     "shot", "former law enforcement"),
])
def test_chains_the_victim_is_described_anywhere_in_the_document(make_doc, text, trigger, category):
    assert _category(make_doc, text, trigger) == category


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "category"), [
    ("The robbery happened late on Saturday in Dover, police said.", "robbery", "civilian"),  # the guideline's "anyone else"
    ("A grenade exploded at the door of a bakery in Lima on Monday.", "attack", "business"),  # the premises it struck
    ("Police said Tren de Aragua ran kidnapping and extortion rackets in the town.", "abduction", None),  # a kind of crime
    ("A knife was held to a cashier's throat during the robbery late on Friday.", "robbery", "business"),  # whose body it reached
    ("Man found fatally shot in Dover car dealership.", "killing", "business"),  # the premises
    # a happening noun with an indefinite article is a new telling, whatever "this" comes before it
    ("Tulsa remembers 1921\n\nThe mob terrorized the neighborhood through the night and burned hundreds of homes.\n\n"
     "Survivors told their stories for decades afterwards.\n\nThis was a massacre, among the worst in our history.", "killing", "civilian"),
])
def test_chains_a_happening_told_with_no_target(make_doc, text, etype, category):
    events = [e for e in _events(make_doc, text) if e.type == etype]
    assert events and all(e.target_category == category for e in events)


@pytest.mark.model
def test_chains_spanish_the_description_of_the_name(make_doc):
    text = "Luis Mora, un exteniente del ejército, vivía en Santiago. Mora fue secuestrado el martes por hombres armados."
    assert _category(make_doc, text, "secuestrado", language="es") == "former law enforcement"


@pytest.mark.model
@pytest.mark.parametrize(("text", "target", "category"), [
    ("A man hurled a bottle at a sheriff's deputy outside the courthouse on Friday.", "a sheriff's deputy", "law enforcement"),
    ("Gunmen whose attack left a bus driver dead fled on motorcycles, police said.", "a bus driver", "business"),
    ("A volunteer stole $5,000 from a charity in Dover last year, police said.", None, "business"),
])
def test_chains_who_an_act_was_done_to(make_doc, text, target, category):
    """The one a thing was thrown at, the one an attack left dead, and an organisation robbed."""
    events = [e for e in _events(make_doc, text) if e.type in ("attack", "killing", "robbery")]
    assert events and events[0].target_category == category
    assert target is None or events[0].target_text == target


@pytest.mark.model
@pytest.mark.parametrize(("text", "category"), [
    ("About $300 in cash was stolen during a burglary of Lakeside Funeral Home on Friday night.", "business"),
    ("Two bicycles were reported stolen Monday by the owner of a bike repair shop.", "business"),
    ("Some $2 million in public funds was stolen from the city government by two clerks, prosecutors said.", "elected or public official"),
])
def test_chains_a_robbery_of_a_thing_is_against_whom_it_was_taken_from(make_doc, text, category):
    events = [e for e in _events(make_doc, text) if e.type == "robbery"]
    assert events and events[0].target_category == category


@pytest.mark.model
def test_chains_a_verb_a_blanked_link_cut_off_still_takes_its_object(make_doc):
    """"[assaulted](https://…) agents": the reader blanks the address, and the parse loses the object."""
    text = "The man refused to comply, then [assaulted](https://example.org/post/123456) agents with a shovel on Monday."
    events = [e for e in _events(make_doc, text) if e.type == "attack"]
    assert events and (events[0].target_text, events[0].target_category) == ("agents", "law enforcement")


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "category"), [
    ("Luis Mora era policía en Lima desde 2015. Mora fue secuestrado el martes por hombres armados.", "secuestrado", "law enforcement"),
    ("Ana Ruiz trabajaba como periodista en Tumbes. Desconocidos la asesinaron el lunes.", "asesinaron", "journalist"),
])
def test_chains_spanish_what_a_copula_or_a_trade_says(make_doc, text, trigger, category):
    assert _category(make_doc, text, trigger, language="es") == category


@pytest.mark.model
def test_chains_a_former_deputy_is_former_law_enforcement(make_doc):
    assert _category(make_doc, "A former sheriff's deputy was shot outside his home on Monday.", "shot") == "former law enforcement"


@pytest.mark.model
def test_chains_a_happening_that_was_against_someone(make_doc):
    events = [e for e in _events(make_doc, "The second assault was against a clerk who had refused to open the safe.") if e.type == "attack"]
    assert events and (events[0].target_text, events[0].target_category) == ("a clerk", "business")


@pytest.mark.model
def test_chains_a_trade_told_in_a_relative_clause_describes_the_name(make_doc):
    text = "Pedro Ruiz, who worked as a reporter for El Diario, was killed in Juarez on Monday."
    assert _category(make_doc, text, "killed") == "journalist"


def test_chains_category_follows_the_guidelines_order_not_the_lexicons_rows():
    chains, one = _chains("a Navy lieutenant", "a police officer")  # the lexicon reads the service and rank first
    assert chains.category(one) == "law enforcement"


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "category"), [
    ("Tomas Vera was shot dead in Tepic on Monday. The victim worked as a bus driver.\n", "en", "business"),
    ("Sicarios asesinaron a Pedro Ruiz en Manta. La víctima trabajaba como guardia penitenciario.\n", "es", "law enforcement"),
    # two people hurt: which one "the victim" is, is not said
    ("Tomas Vera and Ana Lima were shot dead in Tepic on Monday. The victim was a police officer.\n", "en", "civilian"),
])
def test_chains_what_the_story_says_of_the_victim_is_the_one_victims(make_doc, text, language, category):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    assert {e.target_category for e in ann.events if e.type == "killing"} == {category}
