"""The target category from what the story says of the victim beyond its own noun (events/predicates.py,
events/befallen.py, event_lexicon.py): a "while" clause on the target that says it was at work ("shot while working
at a convenience store": business) or serving ("while serving in the Army": military); "the two victims" standing
for the victims the story described just before; and the nouns of a class the lexicon had left out (a prisoner of
war is military, the leader of a regime an official, a game warden law enforcement); and a list of targets whose
later names the document described before ("gunmen killed Maria Lopez and Perez", Perez a sergeant). Where one works, said outside
such a clause, and a walk in a park say no trade."""

import pytest

from tocsin.read.event_lexicon import VIOLENT

pytestmark = pytest.mark.model


def _category_at(make_doc, text: str, words: str, language: str = "en") -> str | None:
    """The category of the last violent event whose trigger is ``words``."""
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2024-10-24")], gated=False)
    found = [e for e in ann.events if e.type in VIOLENT and e.type != "prison" and text[e.trigger_start:e.trigger_end].strip() == words]
    assert found, [(e.type, text[e.trigger_start:e.trigger_end]) for e in ann.events]
    return found[-1].target_category


@pytest.mark.parametrize("text, trigger, category, language", [
    ("A man was shot and killed while working at a convenience store on Tuesday, police said.", "killed", "business", "en"),
    ("A woman was robbed while working at a gas station in Reno on Tuesday.", "robbed", "business", "en"),
    ("A 25-year-old man was shot while serving in the Army in Iraq in 2004.", "shot", "military", "en"),
    ("Un hombre fue asesinado mientras trabajaba en su tienda el martes.", "asesinado", "business", "es"),
])
def test_victim_at_work_takes_the_trade(make_doc, text, trigger, category, language):
    assert _category_at(make_doc, text, trigger, language) == category


@pytest.mark.parametrize("text, trigger", [
    ("A man was shot Tuesday while walking in a park, police said.", "shot"),
    ("A man who once worked at a convenience store was shot at his home on Tuesday.", "shot"),
    ("A woman was robbed while shopping at a gas station in Reno on Tuesday.", "robbed"),
])
def test_victim_not_at_work_stays_civilian(make_doc, text, trigger):
    assert _category_at(make_doc, text, trigger) == "civilian"


@pytest.mark.parametrize("text, trigger, category", [
    (("Gunmen shot a soldier and stabbed a second soldier near the border on Monday. Officials said the two victims were "
      "tortured before they died."), "tortured", "military"),
    (("A police officer was shot and a woman was stabbed in Tijuana on Monday. The victims were beaten before the attack "
      "ended."), "beaten", "law enforcement"),
])
def test_the_victims_take_the_victims_described_before(make_doc, text, trigger, category):
    assert _category_at(make_doc, text, trigger) == category


@pytest.mark.parametrize("text, trigger", [
    (("Gunmen shot two police officers in Tijuana in 2019. The city has grown since. Its new mayor took office in June. "
      "Last week the victims of a robbery were stabbed in a market."), "stabbed"),
    (("A police officer was shot in Tijuana on Monday. On Friday gunmen kidnapped Maria Lopez and Ana Ruiz. The victims "
      "were stabbed before they were freed."), "stabbed"),
])
def test_the_victims_are_no_one_named_in_between(make_doc, text, trigger):
    assert _category_at(make_doc, text, trigger) == "civilian"


@pytest.mark.parametrize("text, trigger, category", [
    ("Bosnia alleges that he tortured and murdered a prisoner of war in 1995.", "tortured", "military"),
    ("Officials said the leader of the regime was killed in the strike on Tuesday.", "killed", "elected or public official"),
    ("A game warden was shot on Sunday near the lake.", "shot", "law enforcement"),
    ("A prison warden was shot on Sunday near the prison.", "shot", "elected or public official"),
])
def test_nouns_of_a_class(make_doc, text, trigger, category):
    assert _category_at(make_doc, text, trigger) == category


@pytest.mark.parametrize("text, trigger, category", [
    ("Sgt. Juan Perez spoke on Monday. On Tuesday gunmen killed Maria Lopez and Perez.", "killed", "law enforcement"),
    ("Juan Perez, a reporter for the Tribune, left at noon. An hour later gunmen kidnapped Ana Ruiz and Perez.", "kidnapped",
     "journalist"),
    ("Juan Perez, a neighbor, spoke on Monday. On Tuesday gunmen killed Maria Lopez and Perez.", "killed", "civilian"),
])
def test_later_names_of_a_list_keep_their_description(make_doc, text, trigger, category):
    assert _category_at(make_doc, text, trigger) == category
