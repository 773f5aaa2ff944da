"""The target category of a victim the story describes before it names or points at it (events/befallen.py,
events/chains.py): a pronoun or "the victim" with no person named before it takes the last victim the story
described ("The body of a police officer was found. He had been tortured"), but not across a reflexive, another
person told of in between or a name; a lone surname the model left untagged keeps what its full name's apposition
said; and the words before a name the parse left off it still describe the person."""

import pytest

from tocsin.read.event_lexicon import VIOLENT

pytestmark = pytest.mark.model


def _category_at(make_doc, text: str, words: str) -> str | None:
    """The category of the last violent event whose trigger is ``words``."""
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language="en", published_at="2024-10-24")], gated=False)
    found = [e for e in ann.events if e.type in VIOLENT and e.type != "prison" and text[e.trigger_start:e.trigger_end].strip() == words]
    assert found, [(e.type, text[e.trigger_start:e.trigger_end]) for e in ann.events]
    return found[-1].target_category


@pytest.mark.parametrize("text, trigger, category", [
    ("A retired police officer was shot dead in Tijuana on Monday. Gunmen had kidnapped him on Friday.", "kidnapped",
     "former law enforcement"),
    ("The body of a police officer was found in Culiacan on Monday. He had been tortured.", "tortured", "law enforcement"),
    ("A journalist was attacked in Tucson on Monday. Two men beat her with a bat.", "beat", "journalist"),
    ("A prison guard was stabbed in Joliet on Monday. Inmates beat him with pipes.", "beat", "law enforcement"),
    ("A city councilman was shot in Celaya on Monday. Gunmen had threatened him for months.", "threatened",
     "elected or public official"),
    ("A former police officer was shot dead in Guayaquil on Sunday. The victim, Juan Perez, had received threats.", "threats",
     "former law enforcement"),
    ("A Border Patrol agent was shot near Nogales on Monday. The victim had been threatened before.", "threatened", "law enforcement"),
])
def test_pronoun_or_the_victim_takes_the_described_victim(make_doc, text, trigger, category):
    assert _category_at(make_doc, text, trigger) == category


@pytest.mark.parametrize("text, trigger", [
    ("A police officer was shot in Tijuana on Monday. The killers of Maria Lopez then kidnapped her.", "kidnapped"),
    ("A police officer was shot dead in Tijuana on Monday. The gunman fled, and he was later shot by soldiers.", "shot"),
    ("A taxi driver was shot on Monday. His wife said he had been threatened by extortionists.", "threatened"),
    ("A soldier and his wife were stabbed in Bogota on Monday. Gunmen had threatened her for weeks.", "threatened"),
])
def test_described_victim_is_no_one_else(make_doc, text, trigger):
    """A name or another person told of in between, or two victims: the pronoun is not the one victim described before."""
    assert _category_at(make_doc, text, trigger) not in ("law enforcement", "military", "business")


@pytest.mark.parametrize("text, trigger, category", [
    ("Jorge Ruiz, a former police officer, left his home on Monday. Ruiz was shot dead by two men on a motorcycle.",
     "shot dead", "former law enforcement"),
    ("Elena Mora, a reporter for a local paper, spoke at the forum. Mora was kidnapped on Friday.", "kidnapped", "journalist"),
    ("The exiled Venezuelan dissident Ronald Ojeda was abducted from his home in Santiago in February.", "abducted",
     "political dissident or exile"),
])
def test_name_keeps_its_description(make_doc, text, trigger, category):
    assert _category_at(make_doc, text, trigger) == category


@pytest.mark.parametrize("text, trigger", [
    ("Police said on Monday afternoon John Smith was shot dead in Dallas.", "shot dead"),
    ("Jorge Ruiz, a former police officer, testified on Monday. Luis Ruiz was shot dead on Friday.", "shot dead"),
])
def test_name_takes_no_description_it_was_not_given(make_doc, text, trigger):
    assert _category_at(make_doc, text, trigger) == "civilian"
