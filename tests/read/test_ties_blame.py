"""Blame around a group's name (read/ties.py, events/belonging.py) and memberships told of one person
(events/context.py): sentences written for these tests.

- blame denied is no blame ("Nobody blamed", "did not blame", "no culparon");
- blame after a name falls on the group only where its clause's subject names it or its people, never its rivals
  or "half of" it, and never across a preposition ("behind bars during killings");
- a hedge between the name and the act weakens the tie however the parse found the actor;
- a membership told of one person is never a namesake's.
"""

import pytest


def _ties(make_doc, text, language, etype):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == etype)
    return {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "tied"), [
    ("A cook was stabbed to death in Dallas on Tuesday. Nobody blamed MS-13.\n", "en", set()),
    ("A cook was stabbed to death in Dallas on Tuesday. Detectives have not blamed MS-13.\n", "en", set()),
    ("A cook was stabbed to death in Dallas on Tuesday. The sheriff said he does not blame MS-13.\n", "en", set()),
    ("A cook was stabbed to death in Dallas on Tuesday. Detectives did not blame the crime on MS-13.\n", "en", set()),
    ("Un cocinero fue asesinado en Celaya el martes. La policía no culpó al CJNG.\n", "es", set()),
    ("A cook was stabbed to death in Dallas on Tuesday. Detectives blamed MS-13.\n", "en", {("actor", "ms-13", "alleged")}),
])
def test_blame_denied_is_no_blame(make_doc, text, language, tied):
    assert _ties(make_doc, text, language, "killing") == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    # the group's rivals, or a share of it, are the subject: the group did nothing
    ("Los enemigos del CJNG estarían detrás del asesinato de un taxista en Celaya.\n", "es", "killing", set()),
    ("The Gulf Cartel's rivals were behind the abduction of a rancher near Reynosa.\n", "en", "abduction", set()),
    ("Half of MS-13 was behind bars during killings of students in Dallas last year.\n", "en", "killing", set()),
    # its people are the subject: the group's tie
    ("Integrantes del CJNG estarían detrás del asesinato de un taxista en Celaya.\n", "es", "killing", {("actor", "cjng", "alleged")}),
    ("Members of the Gulf Cartel were behind the abduction of a rancher near Reynosa.\n", "en", "abduction",
     {("actor", "gulf-cartel", "named")}),
    # "sería el responsable del": the conditional of report, with the article
    ("El CJNG sería el responsable del asesinato de un taxista en Celaya.\n", "es", "killing", {("actor", "cjng", "alleged")}),
])
def test_blame_after_a_name_falls_on_the_subjects_group(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "MS-13 was likely behind the shooting of a bus driver in Dallas.\n",
    "MS-13 was apparently behind the shooting of a bus driver in Dallas.\n",
    "MS-13 gang members were probably behind the shooting of a bus driver in Dallas.\n",
])
def test_a_hedge_between_the_name_and_the_act_stands(make_doc, text):
    assert _ties(make_doc, text, "en", "attack") == {("actor", "ms-13", "suspected")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "tied"), [
    # a namesake is no member: Ana Díaz is not Carlos Díaz
    (("Carlos Díaz, who police said was a Barrio 18 leader, was detained in Santa Ana. On Friday gunmen killed Ana Díaz in "
      "Soyapango.\n"), set()),
    ("Carlos Díaz, a Barrio 18 leader, was detained in Santa Ana in May. On Friday gunmen killed Ana Díaz, a nurse, in Soyapango.\n",
     set()),
    # the same person named again keeps the membership told of him
    ("Carlos Díaz, who police said was a Barrio 18 leader, was freed in May. On Friday gunmen killed Díaz in Soyapango.\n",
     {("target", "barrio-18", "described as")}),
])
def test_a_membership_is_the_persons_not_a_namesakes(make_doc, text, tied):
    assert _ties(make_doc, text, "en", "killing") == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    # a hedge before a word of blame whose words do not run to the act: never named past it (review 2, finding 1)
    ("Barrio 18 may have been behind a string of murders of shopkeepers in Tegucigalpa.\n", "en", "killing",
     {("actor", "barrio-18", "suspected")}),
    ("MS-13 is thought to be behind the spate of killings in Houston this spring.\n", "en", "killing",
     {("actor", "ms-13", "suspected")}),
    ("Los Zetas podrían estar detrás de la ola de secuestros de comerciantes en Nuevo Laredo.\n", "es", "abduction",
     {("actor", "los-zetas", "suspected")}),
    ("MS-13 was behind a series of killings of taxi drivers in Houston last year.\n", "en", "killing", {("actor", "ms-13", "named")}),
    # no denial: "not behind bars", "not only behind"
    ("MS-13 members not behind bars killed a shopkeeper in Houston on Monday.\n", "en", "killing", {("actor", "ms-13", "named")}),
    ("MS-13 is not only behind the killings of drivers in Houston but also extortion.\n", "en", "killing",
     {("actor", "ms-13", "named")}),
])
def test_a_hedge_before_a_word_of_blame_stands(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "language"), [
    # a denied blame ties no group to the act, and takes nothing from the act (review 2, finding 2)
    ("Detectives said Barrio 18 was not behind the shooting of the shopkeeper.\n", "en"),
    ("MS-13 was never responsible for the murder of the taxi driver in Houston.\n", "en"),
    ("Detectives have not blamed the murder of the taxi driver on MS-13.\n", "en"),
    ("Los Zetas no estarían detrás del asesinato del comerciante en Nuevo Laredo.\n", "es"),
])
def test_a_denied_blame_is_no_tie(make_doc, text, language):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    acts = [e for e in ann.events if e.type != "presence"]
    assert acts and all(t.role == "mentioned" for e in acts for t in e.ties)
    assert all(e.modality != "negated" and e.target_category != "rival group" for e in acts)


@pytest.mark.model
def test_the_one_blamed_is_no_target(make_doc):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc("Detectives blamed the murder of the taxi driver on MS-13.\n", published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == "killing")
    assert {(t.role, t.group_key, t.strength) for t in e.ties} == {("actor", "ms-13", "alleged")}


@pytest.mark.model
@pytest.mark.parametrize("text, etype, tied", [
    ("The CJNG and not the Sinaloa Cartel was behind the killing of the mayor on Friday, police said.", "killing", "cjng"),
])
def test_ties_a_group_the_coordination_rules_out_is_only_mentioned(make_doc, text, etype, tied):
    assert {key for _, key, _ in _ties(make_doc, text, "en", etype)} == {tied}


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "actor", "named"), [
    ("Richard Pehrson was held in the county jail following his arrest.\n", "arrest", None, "Richard Pehrson"),
    ("Ana Ruiz was held without bond after her arrest on Friday.\n", "arrest", None, "Ana Ruiz"),
    ("Prosecutors held the Sinaloa Cartel responsible for the killing of a reporter.\n", "killing", "Sinaloa Cartel", None),
    ("The gang was held accountable for the murder of two officers.\n", "killing", "The gang", None),
    # the one held to account, not the ones holding it: the adjective's own subject, else the verb's object
    ("Prosecutors held MS-13 accountable for the murder of a teenager in Houston.\n", "killing", "MS-13", None),
    ("A jury found the Gulf Cartel liable for the abduction of two teachers.\n", "abduction", "the Gulf Cartel", None),
    ("Officials said they would hold Tren de Aragua accountable for the attack on the police station.\n", "attack",
     "Tren de Aragua", None),
])
def test_blame_held_blames_only_when_held_responsible(make_doc, text, etype, actor, named):
    from tocsin.read import read_many

    doc = make_doc(text, published_at="2025-03-01")
    ((_, ann),) = read_many([doc], gated=False)
    e = next(e for e in ann.events if e.type == etype)
    assert e.actor_text == actor
    assert (doc.text[slice(*e.target_mention)] if e.target_mention else None) == named


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied"), [
    # an act given as one of the things a group is blamed for, through a word of inclusion: the blame's own strength
    ("Tren de Aragua is responsible for some of the worst crimes of recent years, including the murders of two students.\n", "en",
     "killing", {("actor", "tren-de-aragua", "named")}),
    ("El Cártel de Sinaloa es responsable de numerosos crímenes en Culiacán, incluido el asesinato de un periodista en marzo.\n",
     "es", "killing", {("actor", "sinaloa-cartel", "named")}),
    ("Police say MS-13 is responsible for dozens of crimes, such as the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}),
    ("Barrio 18 may be responsible for many crimes in Tegucigalpa, including the murder of a bus driver.\n", "en", "killing",
     {("actor", "barrio-18", "suspected")}),
    # no inclusion, or an act of another clause: no tie
    ("MS-13 is responsible for many crimes, police said, and a man was shot dead in Dallas on Tuesday.\n", "en", "killing", set()),
    ("The task force is responsible for many cases, including the murder of a teenager in Houston, and MS-13 is active there.\n",
     "en", "killing", set()),
    ("El CJNG es responsable de muchos crímenes, como el asesinato de un periodista en Culiacán.\n", "es", "killing",
     {("actor", "cjng", "named")}),
    # a doubt on the word of inclusion, an act further down, a blame that names no crime (a duty, a trade): no tie
    ("MS-13 is responsible for many crimes, possibly including the murder of a bus driver in Dallas.\n", "en", "killing", set()),
    ("MS-13 is responsible for many crimes, reportedly including the murder of a bus driver in Dallas.\n", "en", "killing", set()),
    ("The Sinaloa Cartel is responsible for much of the fentanyl, including the drugs seized after the murder of a bus driver "
     "in Dallas.\n", "en", "killing", set()),
    ("MS-13 is responsible for many crimes in the region, including some blamed on rivals, like the murder of a bus driver.\n",
     "en", "killing", set()),
    ("MS-13 is responsible for protecting members accused of crimes, including the murder of a bus driver.\n", "en", "killing",
     set()),
    ("The Latin Kings are responsible for security at the prison, including the shooting of an inmate last year.\n", "en",
     "attack", set()),
])
def test_an_act_included_in_what_a_group_is_blamed_for_is_its_act(make_doc, text, language, etype, tied):
    assert _ties(make_doc, text, language, etype) == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "tied", "modality"), [
    # "responsible for" said of the group by a plain copula, in the text's own voice: named, and the act asserted
    ("MS-13 was responsible for the stabbing of a teenager in Gaithersburg last year.\n", "en", "attack",
     {("actor", "ms-13", "named")}, "asserted"),
    ("El CJNG es responsable del asesinato de un taxista en Celaya.\n", "es", "killing", {("actor", "cjng", "named")}, "asserted"),
    # the same words held by a speaker, a belief, a modal or the conditional of report stay hedged
    ("Police said MS-13 was responsible for the stabbing of a teenager in Gaithersburg last year.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}, "alleged"),
    ("Detectives think the Latin Kings were responsible for the shooting of a cook in Queens.\n", "en", "attack",
     {("actor", "latin-kings", "suspected")}, "alleged"),
    ("MS-13 may be responsible for the stabbing of a teenager in Gaithersburg last year.\n", "en", "attack",
     {("actor", "ms-13", "suspected")}, "alleged"),
    ("Los Lobos serían responsables del ataque contra una comisaría en Manta.\n", "es", "attack",
     {("actor", "los-lobos", "alleged")}, "alleged"),
    ("MS-13 has been responsible for the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "named")}, "asserted"),
    # a phrase before the clause that only says when or where frames nothing
    ("In 2023, MS-13 was responsible for the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "named")}, "asserted"),
    ("En 2023, el CJNG fue responsable del asesinato de un periodista en Culiacán.\n", "es", "killing",
     {("actor", "cjng", "named")}, "asserted"),
    ("Según la fiscalía, el CJNG es responsable del asesinato de un periodista en Culiacán.\n", "es", "killing",
     {("actor", "cjng", "alleged")}, "alleged"),
    # an adverb on the blame hedges it, and the act with it (read/blame.py)
    ("MS-13 was allegedly responsible for the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}, "alleged"),
    ("MS-13 was probably responsible for the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "suspected")}, "alleged"),
    ("El CJNG es presuntamente responsable del asesinato de un periodista en Culiacán.\n", "es", "killing",
     {("actor", "cjng", "alleged")}, "alleged"),
    ("MS-13 was partly responsible for the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}, "alleged"),
    # a condition, a frame before the clause, a clause it hangs from, an epistemic "must": not the text's own blame
    ("If MS-13 is responsible for the murder of a bus driver, police will act.\n", "en", "killing",
     {("actor", "ms-13", "suspected")}, "alleged"),
    ("Si el CJNG es responsable del asesinato de un periodista, la fiscalía lo dirá.\n", "es", "killing",
     {("actor", "cjng", "alleged")}, "alleged"),
    ("According to police, MS-13 was responsible for the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}, "alleged"),
    ("In the indictment, MS-13 is responsible for the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}, "alleged"),
    ("MS-13, which is responsible for the murder of a bus driver, police believe, operates in Dallas.\n", "en", "killing",
     {("actor", "ms-13", "alleged")}, "alleged"),
    ("MS-13 must have been responsible for the stabbing of a teenager in Gaithersburg.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}, "alleged"),
    # a relative or coordinated clause no verb of saying or belief governs is the text's own too, and an adverb that
    # hedges nothing ("ultimately") leaves it so
    ("MS-13, which was responsible for the stabbing of a teenager in Houston on Monday, recruits in schools.\n", "en", "attack",
     {("actor", "ms-13", "named")}, "asserted"),
    ("Police arrested two men on Tuesday, and MS-13 was responsible for the stabbing of a teenager in Houston.\n", "en",
     "attack", {("actor", "ms-13", "named")}, "asserted"),
    ("MS-13 was ultimately responsible for the stabbing of a teenager in Houston on Monday.\n", "en", "attack",
     {("actor", "ms-13", "named")}, "asserted"),
    ("La policía detuvo a dos hombres y el CJNG es responsable del asesinato de un comerciante en Celaya.\n", "es", "killing",
     {("actor", "cjng", "named")}, "asserted"),
    # ... but a verb of belief over the relative clause, a frame before its governor or one of saying the coordinated
    # clause hangs from, and a hedging adverb, keep it someone's view
    ("Police believe MS-13, which was responsible for the stabbing of a teenager in Houston, recruits in schools.\n", "en",
     "attack", {("actor", "ms-13", "alleged")}, "alleged"),
    ("According to police, MS-13, which was responsible for the stabbing of a teenager in Houston, recruits in schools.\n",
     "en", "attack", {("actor", "ms-13", "alleged")}, "alleged"),
    ("Police said two men were arrested, and MS-13 was responsible for the stabbing of a teenager in Houston.\n", "en",
     "attack", {("actor", "ms-13", "alleged")}, "alleged"),
    ("MS-13 was reportedly responsible for the stabbing of a teenager in Houston on Monday.\n", "en", "attack",
     {("actor", "ms-13", "alleged")}, "alleged"),
    ("El CJNG es posiblemente responsable del asesinato de un comerciante en Celaya.\n", "es", "killing",
     {("actor", "cjng", "suspected")}, "alleged"),
])
def test_a_blame_said_by_a_copula_is_the_texts_own(make_doc, text, language, etype, tied, modality):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == etype)
    assert ({(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}, e.modality) == (tied, modality)


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "etype", "modality"), [
    # an act given as one of a group's crimes is as sure as the blame it is given in (read/blame.py)
    ("El Cártel de Sinaloa sería responsable de muchos crímenes, incluido el asesinato de un periodista en Culiacán.\n", "es",
     "killing", "alleged"),
    ("Police say MS-13 is responsible for dozens of crimes, such as the stabbing of a teenager in Gaithersburg.\n", "en",
     "attack", "alleged"),
    ("Tren de Aragua is responsible for some of the worst crimes of recent years, including the murders of two students.\n", "en",
     "killing", "asserted"),
    ("El CJNG es responsable de muchos crímenes, como el asesinato de un periodista en Culiacán.\n", "es", "killing", "asserted"),
    # a plea or a verdict establishes the acts it includes; a plea of not guilty, a verdict to come, one only expected
    # or conditional does not
    ("Juan Perez pleaded guilty to several crimes, including the murder of a clerk in Houston in 2023.\n", "en", "killing",
     "asserted"),
    ("Juan Perez was found guilty of several crimes, including the murder of a clerk in Houston in 2023.\n", "en", "killing",
     "asserted"),
    ("A jury found Ana Ruiz guilty of three offenses, including the kidnapping of a rancher near Laredo.\n", "en", "abduction",
     "asserted"),
    ("Juan Pérez fue declarado culpable de varios delitos, incluido el asesinato de un comerciante en Celaya en 2023.\n", "es",
     "killing", "asserted"),
    ("Juan Pérez se declaró culpable de varios delitos, incluido el asesinato de un comerciante en Celaya.\n", "es", "killing",
     "asserted"),
    ("Juan Perez pleaded not guilty to several crimes, including the murder of a clerk in Houston in 2023.\n", "en", "killing",
     "alleged"),
    ("If Juan Perez is found guilty of several crimes, including the murder of a clerk in Houston in 2023, he faces life.\n",
     "en", "killing", "alleged"),
    ("Juan Perez was found not guilty of several crimes, including the murder of a clerk in Houston in 2023.\n", "en",
     "killing", "alleged"),
    ("Juan Pérez no fue declarado culpable de varios delitos, incluido el asesinato de un comerciante en Celaya.\n", "es",
     "killing", "alleged"),
])
def test_an_included_act_takes_the_blames_mood(make_doc, text, language, etype, modality):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    assert next(e for e in ann.events if e.type == etype).modality == modality
