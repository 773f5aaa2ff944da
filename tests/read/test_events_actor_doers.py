"""The actor of an event is who did it as written, or none when the text names no doer (docs/annotation.md §2.4): not
an offence's weapon, not a kind of deed, not the victims a passive relative clause is about; a named court for a
plea or a sentence, the force named with a raid for an arrest in it."""

import pytest

pytestmark = pytest.mark.model


def _found(make_doc, text):
    """Every event the rules find (the gate off): what the rules are answerable for."""
    from tocsin.read import read_many

    return [e for _, ann in read_many([make_doc(text, published_at="2025-03-04")], gated=False) for e in ann.events]


@pytest.mark.parametrize(
    "text, etype, actor, target",
    [
        # a legal step's "with" belongs to its offence, it names no authority (a clash's still names its side)
        ("She has a conviction for aggravated assault with a deadly weapon and has previously been removed from the country.",
         "conviction", None, "She"),
        ("Cielo Vivar-Ubaldo, Mexican national with convictions for sex with a minor, narcotics violations, and hit-and-run.",
         "conviction", None, "Cielo Vivar-Ubaldo"),
        # a kind of deed is not its doer
        ("My brother was killed by gun violence.", "killing", None, "My brother"),
        ("We must stand against the violence that murdered children in Uvalde.", "killing", None, "children"),
        # a passive relative clause shared by two verbs: the agent did it, the noun it describes underwent it
        ("We remember the Jews who were targeted and murdered by the Nazis during the war.", "killing", "the Nazis", "the Jews"),
        # a headline's passive without its "was"
        ("Four homes burglarized in one week.", "robbery", None, "Four homes"),
        # an arrest in a raid whose words name who made it
        ("Marc Emery was arrested along with nine others on Friday during a series of raids by Montreal police.", "arrest",
         "Montreal police", "Marc Emery"),
        ("In a police raid at their home Thursday, the Plancons were arrested on warrants.", "arrest", "police", "the Plancons"),
        ("Two men were arrested in a raid on Tuesday.", "arrest", None, "Two men"),
        # a plea or a sentence in a court named
        ("Chelsie Horn, 21, pleaded guilty to two counts of money laundering in Greene County Common Pleas Court.", "conviction",
         "Greene County Common Pleas Court", "Chelsie Horn"),
        ("After the victim gave evidence at Kingston Crown Court, the men pleaded guilty.", "conviction", "Kingston Crown Court", "the men"),
    ],
)
def test_events_actor_is_the_doer_as_written_or_none(make_doc, text, etype, actor, target):
    e = next(e for e in _found(make_doc, text) if e.type == etype)
    assert (e.actor_text or None) == actor and (target is None or e.target_text == target)


def test_events_a_clash_with_its_side_stays_the_actor(make_doc):
    assert "smugglers" in [e.actor_text for e in _found(make_doc, "Two soldiers were wounded in a shootout with smugglers on Friday.")]


def test_events_a_deed_with_its_doer_stays_the_actor(make_doc):
    e = next(e for e in _found(make_doc, "Two farmers were killed by the violence of MS-13 in Olancho.") if e.type == "killing")
    assert "MS-13" in (e.actor_text or "")


def test_events_a_deed_named_after_its_doer_stays_the_actor(make_doc):
    # "MS-13 violence": the name before the deed says whose it is; "Gun violence" names no doer
    e = next(e for e in _found(make_doc, "MS-13 violence killed 20 people in Houston last year.") if e.type == "killing")
    assert "MS-13" in (e.actor_text or "")
    e = next(e for e in _found(make_doc, "Gun violence killed 20 people in Houston last year.") if e.type == "killing")
    assert e.actor_text is None
