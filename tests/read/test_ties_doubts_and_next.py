"""Group ties that no output may state more strongly than its source (read/views.py, read/ties.py,
events/blamed_next.py, events/mood.py, events/words.py): sentences written for these tests.

- a doubt or a ruling-out denied ("do not doubt that", "have not ruled out that", "no descarta que") is a belief: the
  tie is suspected, held by its subject; undenied ("doubt that", "ruled out that", "descartó que") it ties nothing;
- "involved in", "took part in", "implicated in", "involucrado en" blame whoever the clause's subject names, and a
  hedge, a modal or a denial between the name and the act stands;
- "allegedly carried out the attack", "reportedly behind the killing": the act itself is alleged, not only the tie;
- "responsable del secuestro": the article in "del" makes the kidnapping one happening;
- a sentence of its own that blames a group ("Everything we have points to MS-13", "… was behind it") ties it to the
  violent act told just before in the same paragraph, as weakly as its words say; never across a paragraph, never
  for a legal step, never where the blame is denied or falls on the group's rivals.
"""

import pytest


def _read(make_doc, text, language):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    return ann.events


def _ties(make_doc, text, language, etype):
    found = set()
    for e in (e for e in _read(make_doc, text, language) if e.type == etype):
        found |= {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}
    return found


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    ("Police do not doubt that MS-13 was behind the killing of a cook in Dallas on Tuesday.\n", "en", "killing",
     {("actor", "ms-13", "suspected")}),
    ("Detectives have not ruled out that Tren de Aragua was involved in the kidnapping of a former lieutenant in Santiago.\n",
     "en", "abduction", {("actor", "tren-de-aragua", "suspected")}),
    ("Investigators cannot rule out that the Gulf Cartel carried out the abduction of a rancher near Reynosa.\n", "en",
     "abduction", {("actor", "gulf-cartel", "suspected")}),
    ("Nobody doubts that the CJNG killed the mayor of Celaya last week.\n", "en", "killing", {("actor", "cjng", "suspected")}),
    ("La fiscalía no descarta que el Tren de Aragua esté detrás del secuestro de un comerciante en Santiago.\n", "es",
     "abduction", {("actor", "tren-de-aragua", "suspected")}),
    ("La policía no duda de que el CJNG asesinó a un taxista en Celaya.\n", "es", "killing", {("actor", "cjng", "suspected")}),
    # near misses: the doubt or the ruling-out said, not denied, ties nothing
    ("Police ruled out that MS-13 was behind the killing of a cook in Dallas.\n", "en", "killing", set()),
    ("Detectives doubt that MS-13 was behind the killing of a cook in Dallas on Tuesday.\n", "en", "killing", set()),
    ("La fiscalía descartó que el Tren de Aragua estuviera detrás del secuestro de un comerciante en Santiago.\n", "es",
     "abduction", set()),
])
def test_a_doubt_denied_is_a_suspicion_and_said_ties_nothing(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied


@pytest.mark.model
def test_a_doubt_denied_keeps_the_act_and_names_who_holds_it(make_doc):
    (event,) = _read(make_doc, "La policía no duda de que el CJNG asesinó a un taxista en Celaya.\n", "es")
    (tie,) = [t for t in event.ties if t.role == "actor"]
    assert event.modality == "asserted" and tie.hedge == "no duda" and tie.by == "La policía"


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    ("Tren de Aragua was involved in the kidnapping of a former lieutenant in Santiago.\n", "en", "abduction",
     {("actor", "tren-de-aragua", "named")}),
    ("MS-13 was allegedly involved in the killing of a cook in Dallas.\n", "en", "killing", {("actor", "ms-13", "alleged")}),
    ("The Gulf Cartel may have been involved in the abduction of a rancher near Reynosa.\n", "en", "abduction",
     {("actor", "gulf-cartel", "suspected")}),
    ("MS-13 was implicated in the killing of a cook in Dallas.\n", "en", "killing", {("actor", "ms-13", "alleged")}),
    ("El Tren de Aragua estaría involucrado en el secuestro de un comerciante en Santiago.\n", "es", "abduction",
     {("actor", "tren-de-aragua", "alleged")}),
    # near misses: denied; a trade the group is in, no happening
    ("MS-13 was not involved in the killing of a cook in Dallas, police said.\n", "en", "killing", set()),
    ("MS-13 is involved in extortion and kidnapping in Honduras.\n", "en", "abduction", set()),
])
def test_involved_in_blames_the_subject_with_its_hedge(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "mode", "strength"), [
    ("MS-13 allegedly carried out the attack on a bus driver in Dallas on Tuesday.\n", "en", "alleged", "alleged"),
    ("The Sinaloa Cartel was reportedly behind the killing of a reporter in Culiacán.\n", "en", "alleged", "alleged"),
    ("MS-13 was allegedly responsible for the killing of a bus driver in Dallas on Tuesday.\n", "en", "alleged", "alleged"),
    ("El CJNG presuntamente cometió el asesinato de un taxista en Celaya.\n", "es", "alleged", "alleged"),
    # near miss: no hedge, the text's own word
    ("MS-13 carried out the attack on a bus driver in Dallas on Tuesday.\n", "en", "asserted", "named"),
])
def test_a_hedge_on_the_doers_verb_makes_the_act_alleged(make_doc, text, language, mode, strength):
    (event,) = [e for e in _read(make_doc, text, language) if e.type in ("attack", "killing")]
    assert event.modality == mode and {t.strength for t in event.ties if t.role == "actor"} == {strength}


@pytest.mark.model
def test_a_hedge_on_another_verb_leaves_the_act_asserted(make_doc):
    events = _read(make_doc, "Police allegedly found the body days after the killing of a cook in Dallas.\n", "en")
    assert [e.modality for e in events if e.type == "killing"] == ["asserted"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tied"), [
    ("El Tren de Aragua sería responsable del secuestro del exteniente Ronald Ojeda en Santiago.\n", "abduction",
     {("actor", "tren-de-aragua", "alleged")}),
    ("El CJNG sería responsable del asesinato del exalcalde de Celaya.\n", "killing", {("actor", "cjng", "alleged")}),
    ("El CJNG es responsable del asesinato del exalcalde de Celaya.\n", "killing", {("actor", "cjng", "named")}),
    ("Un hombre presuntamente vinculado al Tren de Aragua asesinó a un comerciante en Santiago el lunes.\n", "killing",
     {("actor", "tren-de-aragua", "linked to")}),
    ("Carlos Pérez, señalado como integrante del Tren de Aragua, asesinó a un comerciante en Santiago.\n", "killing",
     {("actor", "tren-de-aragua", "described as")}),
])
def test_spanish_blame_and_membership_keep_their_hedge(make_doc, text, etype, tied):
    assert _ties(make_doc, text, "es", etype) == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    ("A cook was stabbed to death in Dallas on Tuesday. Everything we have points to MS-13.\n", "en", "killing",
     {("actor", "ms-13", "suspected")}),
    ("A former lieutenant was kidnapped in Santiago on Monday. Police have not ruled out that Tren de Aragua was involved.\n",
     "en", "abduction", {("actor", "tren-de-aragua", "suspected")}),
    ("Gunmen killed a police captain in Culiacán on Monday. The Sinaloa Cartel was behind it, prosecutors said.\n", "en",
     "killing", {("actor", "sinaloa-cartel", "alleged")}),
    ("A rancher was abducted near Reynosa on Sunday. Suspicion fell on the Gulf Cartel.\n", "en", "abduction",
     {("actor", "gulf-cartel", "suspected")}),
    ("Gunmen killed a police captain in Culiacán on Monday. The Sinaloa Cartel was behind it.\n", "en", "killing",
     {("actor", "sinaloa-cartel", "named")}),
    ("Un comerciante fue asesinado en Santiago el lunes. Según la fiscalía, el Tren de Aragua estaría detrás.\n", "es",
     "killing", {("actor", "tren-de-aragua", "alleged")}),
    ("Un taxista fue asesinado en Celaya el martes. Todo apunta al CJNG.\n", "es", "killing", {("actor", "cjng", "suspected")}),
    # near misses: ruled out, denied, another paragraph, the group's rivals, a legal step, no blame at all
    ("A cook was stabbed to death in Dallas on Tuesday. Police ruled out that MS-13 was involved.\n", "en", "killing", set()),
    ("A cook was stabbed to death in Dallas on Tuesday. MS-13 was not behind it, police said.\n", "en", "killing", set()),
    ("A cook was stabbed to death in Dallas on Tuesday.\n\nEverything we have points to MS-13.\n", "en", "killing", set()),
    ("A cook was stabbed to death in Dallas on Tuesday. Rivals of MS-13 were behind it.\n", "en", "killing", set()),
    ("A cook was stabbed to death in Dallas on Tuesday. Nobody blamed MS-13.\n", "en", "killing", set()),
    ("A cook was stabbed to death in Dallas on Tuesday. MS-13 operates in Houston.\n", "en", "killing", set()),
    ("Un taxista fue asesinado en Celaya el martes. Nada apunta al CJNG.\n", "es", "killing", set()),
])
def test_a_blame_in_the_next_sentence_ties_the_act_before(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied


@pytest.mark.model
def test_a_blame_in_the_next_sentence_ties_no_arrest(make_doc):
    events = _read(make_doc, "Two men were arrested in Dallas on Tuesday. Everything points to MS-13.\n", "en")
    assert not any(t.role == "actor" for e in events for t in e.ties)


@pytest.mark.parametrize("text, language", [
    ("Two men were shot dead in Culiacan on Sunday. Police said there was nothing to suggest the Sinaloa Cartel was behind it.", "en"),
    ("Two men were shot dead in Culiacan on Sunday. There is no evidence that the Sinaloa Cartel was involved.", "en"),
    ("Dos hombres fueron asesinados en Culiacán el domingo. No hay indicios de que el Cártel de Sinaloa esté detrás.", "es"),
])
def test_a_blame_denied_in_the_next_sentence_ties_nothing(make_doc, text, language):
    """A denial before the name, however worded, is no weaker blame: it ties nothing."""
    assert all(not e.ties for e in _read(make_doc, text, language))


@pytest.mark.parametrize("text", [
    "El aumento del secuestro preocupa a las autoridades de Chile.",
    "La lucha contra el delito del secuestro continúa en todo el país.",
])
def test_a_crime_named_as_a_kind_after_a_contraction_is_no_happening(make_doc, text):
    assert not [e for e in _read(make_doc, text, "es") if e.type == "abduction"]
