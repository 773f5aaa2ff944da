"""A demonstrative description as the one who acted stands for the one person a legal step acted on before it
(events/demonstrative.py): sentences written for this test. "This sick monster", "this man", "este sujeto" take the
person arrested, charged or sentenced; the officer or judge who acted, anyone an earlier act befell, a noun that is no
person ("this clique", "este tipo de violencia"), the other sex, or two people ("these men") never do."""

import pytest


def _actor(make_doc, text, etype, language="en"):
    from tocsin.read import read_many

    ((doc, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == etype)
    return doc.text[e.actor_mention[0] : e.actor_mention[1]] if e.actor_mention else None


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "who"), [
    ("Samuel Maldonado, an illegal alien, is charged with murder in Alabama. This sick monster beat the toddler to death.\n",
     "en", "killing", "Samuel Maldonado"),
    ("Luis Castro, a 34-year-old man, was arrested in Denver on Friday. Police say this man shot a clerk at a gas station in March.\n",
     "en", "attack", "Luis Castro"),
    ("Mario Diaz was convicted of robbery in Houston in May. This career criminal shot a clerk at a gas station in March.\n",
     "en", "attack", "Mario Diaz"),
    # the one the legal step acted on, not the official who took it
    ("Deputy John Smith arrested Luis Castro on Monday. This monster shot a clerk at a gas station in March.\n", "en", "attack",
     "Luis Castro"),
    ("Judge Ana Ortiz sentenced Mario Diaz to life in prison on Tuesday. This predator killed two girls in 2019.\n", "en", "killing",
     "Mario Diaz"),
    ("El juez Pedro Ruiz condenó a Carlos Soto a 40 años de prisión. Este sujeto asesinó a tres personas en 2021.\n", "es",
     "killing", "Carlos Soto"),
    ("Sheriff John Smith spoke to reporters on Monday. This monster shot a clerk at a gas station in March.\n", "en", "attack", None),
    # one an earlier act befell is no candidate
    ("Police found the body of MS-13 member Luis Castro in a canal on Monday. This killer also shot a clerk at a gas station.\n",
     "en", "attack", None),
    ("El cuerpo de Pedro Gómez fue hallado en Lima el lunes. Este asesino también mató a un taxista en el Callao.\n", "es",
     "killing", None),
    # a noun that is no person, the other sex, two people
    ("Carlos Ruiz was arrested in Dallas on Monday. This clique killed three people in the market.\n", "en", "killing", None),
    ("Carlos Ruiz was arrested in Dallas on Monday. This regime killed three people in the market.\n", "en", "killing", None),
    ("Pedro Gómez fue detenido en Lima el lunes. Este tipo de violencia mató a tres personas.\n", "es", "killing", None),
    ("Carlos Ruiz, a 30-year-old man, was arrested in Dallas on Monday. This woman shot a clerk at a gas station in March.\n",
     "en", "attack", None),
    ("Pedro Gómez fue detenido en Lima el lunes. Esta mujer asesinó a un taxista en el Callao.\n", "es", "killing", None),
    ("Juan Soto and Pedro Ruiz were arrested in Dallas on Monday. These men killed a taxi driver in March.\n", "en", "killing", None),
    # a sex the text does not tell rules no one out
    ("Luis Castro was arrested in Houston on Monday. This man had stabbed a clerk on Sunday, police said.\n", "en", "attack",
     "Luis Castro"),
    ("Luis Castro was arrested in Houston on Monday. This man had stabbed a clerk on Sunday, police said, and he was jailed.\n",
     "en", "attack", "Luis Castro"),
    ("Ana Ruiz was arrested in Houston on Monday. This woman had stabbed a clerk on Sunday, police said.\n", "en", "attack",
     "Ana Ruiz"),
    ("Ana Ruiz, a 30-year-old woman, was arrested in Dallas on Monday. This man shot a clerk at a gas station in March.\n",
     "en", "attack", None),
    # a clause after the noun naming someone else does not make the phrase a name
    ("Misael Lopez, a Guatemalan national, was arrested in Virginia. This heartless monster, who was released by the Biden "
     "Administration, killed the infant in March.\n", "en", "killing", "Misael Lopez"),
    ("Pedro Gómez fue detenido en Lima el lunes. Este sujeto asesinó a un taxista en el Callao en marzo.\n", "es", "killing",
     "Pedro Gómez"),
    # a role, a happening, a weapon: their own words
    ("Carlos Ruiz was arrested in Houston on Monday. These officers later shot a man who fled from a traffic stop.\n", "en",
     "attack", None),
    ("Carlos Ruiz was arrested in Dallas on Monday. This attack killed three people in the market.\n", "en", "killing", None),
    ("Carlos Ruiz was arrested in Dallas on Monday. That bomb killed three people in the market.\n", "en", "killing", None),
    # the person named before is the one acted on: no one
    ("Ana Soto was found dead in her home on Friday. This monster had strangled her with a cord.\n", "en", "killing", None),
])
def test_a_demonstrative_description_stands_for_the_person_named_before(make_doc, text, language, etype, who):
    assert _actor(make_doc, text, etype, language) == who


@pytest.mark.model
@pytest.mark.parametrize(("text", "language"), [
    ("Carlos Soto, who prosecutors say is an MS-13 member, was arrested Friday. This thug killed a teenager in 2021.\n", "en"),
    ("Pedro Gómez, a quien la fiscalía señala como miembro del CJNG, fue detenido el lunes. Este sujeto asesinó a un taxista en "
     "marzo.\n", "es"),
])
def test_a_demonstrative_description_carries_no_group_onto_the_act(make_doc, text, language):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == "killing")
    assert e.actor_mention is not None and not [t for t in e.ties if t.role == "actor"]
