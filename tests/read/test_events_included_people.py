"""The groups of people a step takes, told after its target: a list item "including" a group's people by a role
with one word of what they do ("a high-ranking ISIS attack planner"), and people "from" a group where the parse
hangs the "from" on the verb ("sanctioned two individuals from the March 23 Movement"); each tie as strongly as the
words say it, and none for those of the other side, their relatives, or those taken away from the group
(events/described.py)."""

import pytest

from tocsin.read import read_many

pytestmark = pytest.mark.model


def _ties(make_doc, text, etype):
    doc = make_doc(text, language="es" if text.startswith("La ") else "en", published_at="2025-03-01")
    ((_, ann),) = read_many([doc], gated=False)
    return [{(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"} for e in ann.events if e.type == etype]


@pytest.mark.parametrize(("text", "etype", "ties"), [
    ("Soldiers killed dozens of fighters — including a high-ranking ISIS attack planner.\n", "killing",
     {("target", "isis", "named")}),
    ("Soldiers killed dozens of fighters, including an alleged ISIS attack planner.\n", "killing",
     {("target", "isis", "alleged")}),
    ("Police arrested three men, including a reputed MS-13 clique leader, on Tuesday.\n", "arrest",
     {("target", "ms-13", "suspected")}),
    ("La policía detuvo a doce personas, entre ellas dos presuntos sicarios del CJNG.\n", "arrest",
     {("target", "cjng", "alleged")}),
    ("The Treasury sanctioned two individuals from the March 23 Movement and Mai-Mai Yakutumba on Tuesday.\n", "designation",
     {("target", "march-23-movement", "named"), ("target", "mai-mai-yakutumba", "named")}),
    ("Police arrested three men from MS-13 on Tuesday.\n", "arrest", {("target", "ms-13", "named")}),
    ("Police arrested two suspected members from MS-13 on Tuesday.\n", "arrest", {("target", "ms-13", "suspected")}),
])
def test_included_people_tie_the_step_to_their_group_as_the_words_say(make_doc, text, etype, ties):
    assert _ties(make_doc, text, etype) == [ties]


@pytest.mark.parametrize(("text", "etype"), [
    ("Police arrested 12 people, including relatives of two MS-13 members.\n", "arrest"),  # kin are no members
    ("Police arrested 12 people, including an MS-13 attack survivor.\n", "arrest"),
    ("Police arrested 12 people, including MS-13 task force members.\n", "arrest"),
    ("La policía detuvo a doce personas, entre ellas familiares de integrantes del CJNG.\n", "arrest"),
    ("Police arrested two hostages from MS-13 on Tuesday.\n", "arrest"),  # held by the group, not of it
    ("Police arrested three men from the MS-13 task force on Tuesday.\n", "arrest"),
    ("Police arrested three men from Mexico on Tuesday.\n", "arrest"),
])
def test_included_people_of_another_kind_tie_nothing(make_doc, text, etype):
    assert _ties(make_doc, text, etype) == [set()]
