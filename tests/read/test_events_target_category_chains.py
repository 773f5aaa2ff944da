"""The target category read off the document's people (events/chains.py, events/arguments.py): a lone surname two
people share is neither's; a member of a group named in the document is a rival group's target; a definite
description in a planned killing is no named victim's; a fight between gangs is a rival group's; "a stabbing spree"
is one happening; and a verb's own "at" object is its target before the object of the verb it is joined to."""

import pytest

from tocsin.read.event_lexicon import VIOLENT

pytestmark = pytest.mark.model


def _categories(make_doc, text: str) -> list[tuple[str, str | None, str | None]]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language="en", published_at="2024-10-24")], gated=False)
    return [(e.type, e.target_text, e.target_category) for e in ann.events if e.type in VIOLENT and e.type != "prison"]


def _category_at(make_doc, text: str, words: str) -> str | None:
    """The category of the event whose evidence holds ``words``."""
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language="en", published_at="2024-10-24")], gated=False)
    found = [e for e in ann.events if e.type in VIOLENT and e.type != "prison" and words in text[e.evidence_start:e.evidence_end]]
    assert found, [(e.type, text[e.evidence_start:e.evidence_end]) for e in ann.events]
    return found[-1].target_category


def test_shared_surname_takes_neither_chain():
    from tocsin.read.events.chains import Chains, _join, name_words

    chains = Chains("en")
    accused = _join(chains, name_words("Dennis R. Moore"), 0, [])
    prosecutor = _join(chains, name_words("Prosecutor Helen Moore"), 40, [])
    chains.describe(prosecutor, "Prosecutor")
    alone = _join(chains, name_words("Moore"), 90, [])
    assert alone not in (accused, prosecutor) and chains.category(alone) is None
    assert _join(chains, name_words("Moore"), 140, []) == alone  # the same lone surname, once more: the same chain
    assert _join(chains, name_words("Helen Moore"), 190, []) == prosecutor


def test_one_full_name_takes_its_lone_surname():
    from tocsin.read.events.chains import Chains, _join, name_words

    chains = Chains("en")
    victim = _join(chains, name_words("Ruth Baxter"), 0, [])
    assert _join(chains, name_words("Baxter"), 50, []) == victim


def test_member_chain_is_rival_group():
    """A target whose chain the document makes a group's member ("Tariq Aziz, an Islamic State member") is a rival
    group's, where its first reading gave "civilian"."""
    from tocsin.models import Mention
    from tocsin.read.events.chains import Chains, _join, name_words, settle

    text = "Tariq Aziz, an Islamic State member, urged him to attack. Aziz was killed in a drone strike."
    chains = Chains("en")
    aziz = Mention(text.index("Aziz was"), text.index("Aziz was") + 4, "Aziz", "PERSON", "person", "model")
    chains.of[(0, 10)] = _join(chains, name_words("Tariq Aziz"), 0, [])
    chains.of[(aziz.start, aziz.end)] = _join(chains, name_words("Aziz"), aziz.start, [])
    killing = {"type": "killing", "subtype": None, "target": (aziz.start, aziz.end), "target_mention": aziz,
               "target_category": "civilian", "target_tok": None, "modality": "asserted",
               "trigger": (text.index("killed"), text.index("killed") + 6), "sentence": (aziz.start, len(text))}
    unknown = [dict(killing)]
    settle(unknown, text, chains, 0)  # no membership known: what the descriptions give
    assert unknown[0]["target_category"] == "civilian"
    found = [dict(killing)]
    settle(found, text, chains, 0, members={chains.of[(0, 10)]: "Islamic State"})
    assert found[0]["target_category"] == "rival group"


def test_planned_killing_description_is_no_named_victims(make_doc):
    text = ("Prosecutors said Omar Ruiz was shot dead in Dayton in March. "
            "Prosecutors said Leon Park planned to kill the city councilman at his office and then flee to Canada.")
    assert _category_at(make_doc, text, "Omar Ruiz was shot dead") == "civilian"


def test_fight_between_gangs_is_rival_group(make_doc):
    text = "A shootout between two rival gangs erupted in a Fresno park on Friday night, police said."
    assert _category_at(make_doc, text, "shootout between") == "rival group"
    text = "Police said a shooting between two gangs broke out in a Fresno park on Friday night."
    assert _category_at(make_doc, text, "shooting between") == "rival group"


def test_fight_between_gang_and_police_is_not_rival_group(make_doc):
    text = "A shootout between a gang and police officers erupted in a Fresno park on Friday night."
    assert _category_at(make_doc, text, "shootout between") != "rival group"


def test_stabbing_spree_is_one_happening(make_doc):
    text = "In April, a stabbing spree in a market in Ohio left three dead and nine injured."
    assert _category_at(make_doc, text, "stabbing spree") == "civilian"


def test_own_at_object_before_joined_verbs_object(make_doc):
    text = 'The driver then "pulled a handgun and shot at both deputies," the sheriff said.'
    found = [(t, c) for etype, t, c in _categories(make_doc, text) if etype == "attack"]
    assert found and found[-1][1] == "law enforcement" and "deputies" in (found[-1][0] or ""), found


def test_question_about_the_killing_describes_its_victim(make_doc):
    text = ("Tulsa murder still haunts family. Peter J. Lane was shot dead in a parking lot in Tulsa in 2001. "
            "Who would want to kill the quiet young father, a decorated Navy veteran?")
    assert _category_at(make_doc, text, "Peter J. Lane was shot") == "former law enforcement"


def test_passive_subject_hung_on_its_auxiliary():
    """The blanks of a link's brackets ("a reporter was  [beaten]") may lead the parse to hang the subject on the
    passive's "was": it is still the passive verb's subject (a parse set by hand, as the model gives it)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from tocsin.read.events.arguments import _subject

    words = ["a", "reporter", "was", "beaten", "by", "two", "men"]
    doc = Doc(Vocab(), words=words, heads=[1, 2, 3, 3, 3, 6, 4], deps=["det", "nsubj", "auxpass", "ROOT", "agent", "nummod", "pobj"])
    subject, passive = _subject(doc[3])
    assert subject is not None and subject.text == "reporter" and passive
