"""A demonstrative description as the one who acted stands for the person named before it (events/context.py):
sentences written for this test. "This sick monster", "this man", "este sujeto" take the person; a group word, a
role, a happening, a weapon or the one acted on never do."""

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
    ("Luis Castro, a convicted felon, was arrested in Denver on Friday. Police say this man shot a clerk at a gas station in March.\n",
     "en", "attack", "Luis Castro"),
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
