"""A count a bare participle describes is whom it befell, its clause's own verb next ("the 20 killed included four
children"): the dead, never their killers; a count with an object of its own is who did it ("the two robbed a bank").
One "found" hurt ("who was found fatally shot") was hurt by no one the sentence names as finding them."""

import pytest

pytestmark = pytest.mark.model


def _found(make_doc, text, etype):
    """The first event of the type the rules find (the gate off)."""
    from tocsin.read import read_many

    return next(e for _, ann in read_many([make_doc(text, published_at="2025-03-04")], gated=False) for e in ann.events if e.type == etype)


@pytest.mark.parametrize(
    "text, etype, actor, target",
    [
        ("Iraqi police and hospital officials, speaking on condition of anonymity, said the 20 killed included four children.", "killing", None, "the 20"),
        ("Witnesses said the six killed had just left a wedding.", "killing", None, "the six"),  # an object of the clause's own verb
        # near-misses: the count has an object of its own, and did it
        ("The two robbed a bank in Dallas, police said.", "robbery", "The two", "a bank"),
        ("Police said the two attacked a guard and fled.", "attack", "the two", "a guard"),
    ],
)
def test_events_a_count_the_participle_describes_is_the_dead(make_doc, text, etype, actor, target):
    e = _found(make_doc, text, etype)
    assert (e.actor_text, e.target_text) == (actor, target)


@pytest.mark.parametrize(
    "text, etype, actor, target",
    [
        # the parse joins "shot" to the sentence's first verb: the police only found him
        ("Ozark police cordoned off Ozark Dodge on Monday to investigate the death of Rufus Church, who was found fatally shot at his business.",
         "killing", None, "Rufus Church"),
        # near-misses: the finders' own act, and the object found
        ("The officers found and arrested the suspect, who had shot a clerk.", "arrest", "The officers", "the suspect"),
        ("Police found a man shot in his car on Monday.", "attack", None, "a man"),
    ],
)
def test_events_whoever_found_the_hurt_did_not_hurt_them(make_doc, text, etype, actor, target):
    e = _found(make_doc, text, etype)
    assert (e.actor_text, e.target_text) == (actor, target)
