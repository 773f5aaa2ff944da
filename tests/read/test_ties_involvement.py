"""A happening told by a noun and said to have involved a group's people (read/involvement.py): sentences written
for these tests.

- "carried out by associates of", "en el que participaron integrantes del" make the group the act's doer, in the
  text's own voice named; "involved members of" a link (took part, not said to have done it);
- "people tied to", "linked to members of", "vinculados al" a link; "suspected members", "may have involved", "police
  believe" a suspicion; "officials say", "según la policía", "presuntos" an accusation, by whoever says so;
- never a group only named in the sentence, the group of the act's victims, a denial, another noun's involvement
  ("a party involving"), nor a group that an investigation is into.
"""

import pytest


def _ties(make_doc, text, language, etype):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == etype)
    return {(t.role, t.group_key, t.strength, t.by) for t in e.ties if t.role != "mentioned"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    ("A shooting at an Aurora apartment complex that officials say involved people tied to Tren de Aragua left two men "
     "wounded on July 18.\n", "en", "attack", {("actor", "tren-de-aragua", "linked to", "officials")}),
    ("A shooting at an Aurora apartment complex on July 18 involved members of Tren de Aragua, officials say.\n", "en", "attack",
     {("actor", "tren-de-aragua", "linked to", "officials")}),
    ("The killing, which involved associates of the Gulf Cartel, shocked the town of Reynosa.\n", "en", "killing",
     {("actor", "gulf-cartel", "linked to", None)}),
    ("The killing, which was carried out by associates of the Gulf Cartel, shocked the town of Reynosa.\n", "en", "killing",
     {("actor", "gulf-cartel", "named", None)}),
    ("A kidnapping linked to members of the CJNG was reported in Guadalajara on Monday.\n", "en", "abduction",
     {("actor", "cjng", "linked to", None)}),
    ("The robbery, which police believe involved members of the Latin Kings, happened Tuesday in Chicago.\n", "en", "robbery",
     {("actor", "latin-kings", "linked to", "police")}),
    ("The stabbing in Dallas may have involved members of MS-13.\n", "en", "attack", {("actor", "ms-13", "linked to", None)}),
    ("The murder of a shop owner in Houston involved MS-13 members, according to prosecutors.\n", "en", "killing",
     {("actor", "ms-13", "linked to", "prosecutors")}),
    ("El ataque, en el que participaron miembros del Cártel de Sinaloa, dejó tres muertos en Culiacán.\n", "es", "killing",
     {("actor", "sinaloa-cartel", "named", None)}),
    ("Un homicidio en Santiago fue cometido por sujetos vinculados al Tren de Aragua, informó la fiscalía.\n", "es", "killing",
     {("actor", "tren-de-aragua", "linked to", "la fiscalía")}),
    ("El secuestro, en el que habrían participado presuntos integrantes del CJNG, ocurrió en Guadalajara.\n", "es", "abduction",
     {("actor", "cjng", "alleged", None)}),
])
def test_involvement_ties_the_group_as_the_words_say(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype"), [
    # a group only named in the sentence, or named as a place's
    ("A shooting in Aurora involved a man who was later arrested; Tren de Aragua operates in the city.\n", "en", "attack"),
    ("Un tiroteo dejó dos muertos en Santiago, donde opera el Tren de Aragua.\n", "es", "killing"),
    # denied
    ("The stabbing in Dallas did not involve members of MS-13, police said.\n", "en", "attack"),
    ("El ataque en Culiacán no fue cometido por integrantes del Cártel de Sinaloa, según la fiscalía.\n", "es", "attack"),
    ("La policía descartó que en el tiroteo de Santiago participaran integrantes del Tren de Aragua.\n", "es", "attack"),
    # another noun's involvement, or the group as what an investigation is into
    ("The shooting drew attention to the investigation into Tren de Aragua, which involved members of the gang.\n", "en", "attack"),
    ("A kidnapping involving the victims of MS-13 was reported in Houston.\n", "en", "abduction"),
    ("A shooting in Dallas did not involve MS-13 members, according to police.\n", "en", "attack"),
])
def test_involvement_near_misses_tie_nothing(make_doc, text, language, etype):
    assert not {t for t in _ties(make_doc, text, language, etype) if t[0] == "actor"}


@pytest.mark.model
def test_involvement_of_another_noun_is_not_the_acts(make_doc):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc("Gunmen killed a man at a party involving members of MS-13 in Dallas.\n", language="en",
                                      published_at="2025-03-01")], gated=False)
    assert not any(t.role == "actor" for e in ann.events for t in e.ties)


@pytest.mark.model
def test_involvement_of_a_noun_the_act_is_inside(make_doc):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc("The investigation of the killing in Dallas involved members of MS-13 and the FBI.\n", language="en",
                                      published_at="2025-03-01")], gated=False)
    assert not any(t.role == "actor" for e in ann.events for t in e.ties)
