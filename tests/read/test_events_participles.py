"""Participles written one after another on one person (events/participles.py): "A national charged with assault with
a weapon, arrested in Boston" arrests the national, however the parse hangs the second participle."""

import pytest

pytestmark = pytest.mark.model


def _targets(make_doc, text, kind):
    from tocsin.read import read_many

    doc = make_doc(text, published_at="2025-02-26")
    ((_, ann),) = read_many([doc], gated=False)
    return [e.target_text for e in ann.events if e.type == kind]


@pytest.mark.parametrize("text", [
    "-   A Portuguese national convicted of sexual exploitation of a minor—child pornography, apprehended in Philadelphia.",
    "-   A Guatemalan national charged with assault with a dangerous weapon, arrested in Boston.",
])
def test_participles_a_later_participle_is_the_first_one_s_person_s(make_doc, text):
    assert [t.split()[-1] for t in _targets(make_doc, text, "arrest")] == ["national"]


@pytest.mark.parametrize("text, kind, target", [
    # a participle after a word that tells no charge or record of the person: the parse's noun stands
    ("A man working for the widow of a farmer, kidnapped in Sonora, spoke to reporters.", "abduction", "a farmer"),
    # no comma: the participle is the noun's own
    ("Police arrested a man wanted for the murder of a teen killed in Texas last year.", "arrest", "a man"),
])
def test_participles_the_parse_s_noun_stands_otherwise(make_doc, text, kind, target):
    assert target in _targets(make_doc, text, kind)


def test_participles_an_item_of_a_list_of_arrests_in_markdown(make_doc):
    text = ("ICE arrested these criminals:\n\n"
            "-   A Portuguese national\n    [convicted](https://x.com/a/status/1)\n"
            "    of sexual exploitation of a minor—child pornography, apprehended in\n    Philadelphia.\n")
    targets = _targets(make_doc, text, "arrest")
    assert "A Portuguese national" in targets and not any("pornography" in (t or "") for t in targets)
