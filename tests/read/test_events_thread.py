"""A pronoun at the end of a thread of "he" takes the person named where the thread starts (events/thread.py)."""

import pytest

pytestmark = pytest.mark.model


def _categories(make_doc, text):
    from tocsin.read import read_many

    doc = make_doc(text, published_at="2025-03-01")
    ((_, ann),) = read_many([doc], gated=False)
    return {(e.type, e.target_text, e.target_category) for e in ann.events if e.target_category}


def test_thread_a_pronoun_after_sentences_of_he_is_the_one_named_first(make_doc):
    text = ("Murmansk Governor Yury Yevdokimov resigned abruptly Saturday. In an interview on Thursday, he denied speculation "
            "that he would step down. But on Saturday, he said he thought that it would be best if he quit. \"I've always been "
            "ready,\" he said. Senior officials had threatened to beat him.\n")  # (not "to throw him out of the party": no harm)
    assert ("threat", "him", "elected or public official") in _categories(make_doc, text)


@pytest.mark.parametrize(("text", "event"), [
    # the thread's sentences tell of another person ("the suspect"): the "him" may be that one
    ("Sheriff Tom Jones spoke Monday. He said the suspect fled on foot. He said deputies chased him. He said the suspect "
     "fired at them. A deputy then shot him in the leg.\n", ("attack", "him", "civilian")),
    # no thread of "he" between the officer and the pronoun
    ("Officer Ana Ruiz joined the force in 2010. Gunmen fired on a house on Main Street. Neighbors said the shooting lasted "
     "minutes. A man was hurt. Police said gunmen shot him twice.\n", ("attack", "him", "civilian")),
])
def test_thread_near_misses_keep_their_category(make_doc, text, event):
    assert event in _categories(make_doc, text)
