"""A blanked link is not a word: the runs of spaces a blanked Markdown link leaves inside a line are read as if
absent ("was [injured](…) by a man" parses as "was injured by a man"), and the Doc still covers the whole text.
Runs the writer typed, and those of blanked emphasis, stay as the model reads them; a time is never a subject."""

import pytest

from tocsin.models import Document
from tocsin.read import read
from tocsin.read.nlp import pipeline
from tocsin.read.read import readable
from tocsin.read.spaces import parse


def _read(text: str, language: str = "en"):
    return read(Document(id="t", text=text, source="t", title="t", published_at="2024-03-04", language=language))


def test_a_blanked_link_keeps_the_passive():
    text = ("- In 2020, a journalist was [injured and sexually\n  abused](https://www.example.com/media/dc-crime-reporter-turned-"
            "victim-speaks-out) by a homeless man near Union Station.")
    (e,) = [e for e in _read(text).events if e.trigger.split() == ["sexually", "abused"]]
    assert (e.actor_text, e.target_text) == ("a homeless man", "a journalist")


def test_a_speaking_verb_inside_a_link_still_cues_a_statement():
    ann = _read("Senator Smith [said](https://example.com/a/b) that gang members shot two deputies in Ogden on Friday.")
    assert [st.cue for st in ann.statements] == ["said"]


@pytest.mark.parametrize("language, written", [
    ("en", "A man was [shot](https://x.example/a) in  Ogden.\n\n   Police   said the **gunman** fled. [Tren de Aragua](https://x.example/t) members were arrested."),
    ("es", "La policía [dijo](https://x.example/d) que  el tiroteo dejó dos muertos en [Cúcuta](https://x.example/c).\n  Nadie fue detenido."),
    ("en", "No markup here.  Two spaces typed.\nNone at all."),
])
def test_the_doc_covers_the_whole_text_with_every_token_in_place(language, written):
    nlp = pipeline(language)
    text = readable(written)
    (doc,) = list(parse(nlp, [text], [written], batch_size=1))
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(text)]
    for t in doc:
        assert t.head.sent == t.sent  # every token in its own sentence's tree
        if t.is_space and "\n" not in t.text and 0 < t.i < len(doc) - 1 and any(c in "[]" for c in written[t.idx : t.idx + len(t.text)]):
            assert t.dep_ == "dep" and t.head.i < t.i  # a blanked link's run, hung on the word before it


def test_a_name_with_a_blanked_link_inside_is_one_entity():
    written = "Members of Tren de [Aragua](https://x.example/a) shot a man."
    (doc,) = list(parse(pipeline("en"), [readable(written)], [written], batch_size=1))
    assert [e.ent_id_ for e in doc.ents if e.label_ == "CRIMINAL_GROUP"] == ["tren-de-aragua"]


def test_a_typed_double_space_is_left_to_the_model():
    # near miss: only blanked markup is left out; the writer's own spacing is read as it stands
    text = "A man was  shot in Ogden."
    (doc,) = list(parse(pipeline("en"), [text], [text], batch_size=1))
    assert [t.text for t in doc if t.is_space] == [" "]


def test_a_timeline_label_is_not_the_subject():
    # "**August 2001:** An Iran-backed Hamas terrorist [blew up](…) a pizzeria": the terrorist did it, not the month
    text = ("- **August 2001:** An Iran-backed Hamas terrorist [blew\n    up](https://www.example.com/news/world-65754102) a "
            "Jerusalem\n    pizzeria, killing three Americans.")
    killing = [e for e in _read(text).events if e.trigger == "killing"]
    assert killing and all("2001" not in (e.actor_text or "") for e in killing)
