"""Whether an actor's or a target's words tie its people to a group they name (events/belonging.py), the actor of a
legal step, and the category words as closed classes (target_lexicon.TARGET_CATEGORIES)."""

import pytest

from tocsin.read.events.words import _category_of


def _events(make_doc, text):
    from tocsin.read import read_many

    doc = make_doc(text, language="es" if text.startswith(("Hombres", "Sicarios", "Dos")) else "en", published_at="2025-03-01")
    ((_, ann),) = read_many([doc], gated=False)
    return ann.events


def _ties(make_doc, text, etype):
    e = next(e for e in _events(make_doc, text) if e.type == etype)
    return {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), [
    ("Deputies detained a woman who was wearing a shirt of MS-13 on Sunday.\n", "arrest"),  # a clause that names the group
    ("Agents arrested 30 people during an operation targeting the Sinaloa Cartel last week.\n", "arrest"),
    ("The sister of a Gulf Cartel boss was abducted in Reynosa on Friday.\n", "abduction"),  # the boss belongs, not his sister
    ("The task force on Tren de Aragua arrested nine people in Miami on Friday.\n", "arrest"),  # an authority, never a group
    # a word for a group's people as the head, the group in a clause under it: what they did, not whose they are
    ("Gunmen killed a police commander who had investigated the Sinaloa Cartel in Culiacán on Monday.\n", "killing"),
    ("Gunmen ambushed soldiers guarding a road used by the CJNG in Michoacán on Monday.\n", "attack"),
])
def test_belonging_a_group_the_words_only_name_ties_no_one(make_doc, text, etype):
    assert _ties(make_doc, text, etype) == set()


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tie"), [
    ("Police detained two suspected members of MS-13 in Dallas on Monday.\n", "arrest", ("target", "ms-13", "suspected")),
    ("Agents arrested Pablo Ortiz, an alleged leader of the Gulf Cartel, in Laredo on Monday.\n", "arrest",
     ("target", "gulf-cartel", "alleged")),
    ("Tren de Aragua gunmen abducted a shop owner in Santiago on Monday.\n", "abduction", ("actor", "tren-de-aragua", "named")),
    ("Gang members linked to Los Choneros shot dead two guards in Manta on Sunday.\n", "killing", ("actor", "los-choneros", "linked to")),
    ("Hombres vinculados al CJNG asesinaron a un taxista en Colima el lunes.\n", "killing", ("actor", "cjng", "linked to")),
])
def test_belonging_words_of_membership_tie_with_their_own_strength(make_doc, text, etype, tie):
    assert tie in _ties(make_doc, text, etype)


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "group"), [
    # a group before a compound of nouns says what the case or the office is about, not whose the person is
    ("Gunmen shot dead a CJNG case prosecutor in Colima on Friday.\n", "killing", "cjng"),
    ("Deputies detained an MS-13 shooting suspect in Dallas on Friday.\n", "arrest", "ms-13"),
    ("Deputies detained a Hamas bombing suspect in Hebron on Friday.\n", "arrest", "hamas"),
    ("Gunmen killed an MS-13 task force sergeant in Dallas on Friday.\n", "killing", "ms-13"),
    # a count or share before people says nothing more of them than the people's own word
    ("Soldiers killed two of the al-Shabaab captives in Somalia on Friday.\n", "killing", "al-shabaab"),
    ("Police detained scores of Hamas supporters in Hebron on Friday.\n", "arrest", "hamas"),
    ("Troops killed one of the Hamas hostages in Gaza on Friday.\n", "killing", "hamas"),
])
def test_belonging_no_member_tie_through_a_compound_or_a_count(make_doc, text, etype, group):
    assert not any(g == group and r in ("target", "actor") for r, g, _ in _ties(make_doc, text, etype))


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype"), [
    ("Police arrested dozens of victims of the Latin Kings in Chicago on Monday.\n", "arrest"),  # counted victims
    ("The Gulf Cartel, not Los Zetas, killed two police officers in Reynosa on Monday.\n", "killing"),  # set against
])
def test_belonging_no_tie_for_counted_victims_or_a_group_set_against(make_doc, text, etype):
    assert not any(g in ("latin-kings", "los-zetas") for _, g, _ in _ties(make_doc, text, etype))


@pytest.mark.parametrize(("words", "category"), [
    ("an ex-Marine", "former law enforcement"),  # folded, the hyphen is a space
    ("a retired army colonel", "former law enforcement"),
    ("retired Gen. Tomas Vera", "former law enforcement"),
    ("an Army lieutenant", "military"),  # the service named with the rank
    ("a Navy petty officer", "military"),
    ("a police lieutenant", "law enforcement"),
    ("a military police officer", "law enforcement"),  # the police of a service, as the words say first
    ("a national guardsman", "military"),
    ("a town councilwoman", "elected or public official"),
    ("a county councilor", "elected or public official"),
    ("the state attorney general", "judiciary"),
    ("a group of asylum seekers", "migrant"),  # asylum seekers are migrants; political asylum is an exile's
    ("a man granted political asylum", "political dissident or exile"),
    ("a newspaper columnist", "journalist"),
    ("a businesswoman", "business"),
])
def test_category_words_are_closed_classes_with_their_forms(words, category):
    assert _category_of(words, "en") == category


@pytest.mark.parametrize(("words", "category"), [
    ("un coronel en retiro", "former law enforcement"),
    ("un general retirado del ejército", "former law enforcement"),
    ("una lideresa social", "political dissident or exile"),
    ("el regidor del municipio", "elected or public official"),
    ("un grupo de solicitantes de asilo", "migrant"),
    ("un locutor de radio", "journalist"),
    ("el propietario de una ferretería", "business"),
])
def test_category_spanish_words(words, category):
    assert _category_of(words, "es") == category


@pytest.mark.model
def test_category_a_reduced_passives_agent_is_no_description_of_the_person(make_doc):
    e = next(e for e in _events(make_doc, "Officials honored Ana Vega, a nursing student killed by an immigrant in May.\n")
             if e.type == "killing")
    assert e.target_category == "civilian"


@pytest.mark.model
@pytest.mark.parametrize(("text", "category"), [
    ("Three victims of the Gulf Cartel were shot dead in Reynosa on Monday.\n", "civilian"),  # named beside them, not theirs
    ("A member of Barrio 18 was shot dead in Soyapango on Monday.\n", "rival group"),
])
def test_category_a_group_is_the_targets_only_where_its_words_say_it_belongs(make_doc, text, category):
    e = next(e for e in _events(make_doc, text) if e.type == "killing")
    assert e.target_category == category


@pytest.mark.model
@pytest.mark.parametrize(("text", "tie"), [
    ("Gunmen shot dead a taxi driver in Tepic on Sunday. Prosecutors blamed the Gulf Cartel for the killing.\n",
     ("actor", "gulf-cartel", "alleged")),
    ("A baker was shot dead in Lima on Sunday. Police said the killing was ordered by Tren de Aragua.\n",
     ("actor", "tren-de-aragua", "alleged")),
])
def test_belonging_a_happening_told_again_passes_its_groups_to_the_first_telling(make_doc, text, tie):
    first = next(e for e in _events(make_doc, text) if e.type == "killing" and e.target_text)
    assert {(t.role, t.group_key, t.strength) for t in first.ties} == {tie}


@pytest.mark.model
def test_belonging_a_happening_its_own_words_name_is_no_telling_again(make_doc):
    text = ("Gunmen shot dead a taxi driver in Tepic on Sunday. The 2019 killing of a judge was blamed on the Gulf Cartel.\n")
    first = next(e for e in _events(make_doc, text) if e.type == "killing" and e.target_text == "a taxi driver")
    assert not [t for t in first.ties if t.role == "actor"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "CJNG gunmen shot dead police commander Tomas Vera in Colima on Monday.\n",  # a verb between: the gunmen are CJNG's, not Vera
    "Tomas Vera led the fight against MS-13 for years. Vera was shot dead in Houston on Monday.\n",
])
def test_belonging_a_person_is_no_member_of_a_group_the_words_turn_from(make_doc, text):
    e = next(e for e in _events(make_doc, text) if e.type == "killing")
    assert not [t for t in e.ties if t.role == "target"]


@pytest.mark.model
def test_belonging_a_member_word_before_a_name_is_a_membership(make_doc):
    e = next(e for e in _events(make_doc, "Gulf Cartel plaza boss Tomas Vera was shot dead in Reynosa on Monday.\n") if e.type == "killing")
    assert ("target", "gulf-cartel", "named") in {(t.role, t.group_key, t.strength) for t in e.ties}


@pytest.mark.model
@pytest.mark.parametrize(("text", "tied"), [
    ("Deputies arrested 40 people last month, including violent Barrio 18 and MS-13 gang members.\n", {"barrio-18", "ms-13"}),
    ("Deputies arrested 40 people last month, including victims of MS-13.\n", set()),  # the group's victims are no members
])
def test_belonging_a_class_of_people_told_by_their_groups(make_doc, text, tied):
    e = next(e for e in _events(make_doc, text) if e.type == "arrest")
    assert {t.group_key for t in e.ties if t.role == "target"} == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "tie"), [
    ("Two gunmen shot dead a mechanic in La Ceiba on Monday. Police said the gunmen were members of MS-13.\n",
     ("actor", "ms-13", "alleged")),
    ("Attackers stabbed a vendor in Lima on Sunday. The attackers are thought to belong to Tren de Aragua.\n",
     ("actor", "tren-de-aragua", "suspected")),
    ("Gunmen shot dead a mechanic in Tijuana on Sunday. The gunmen were members of the Sinaloa Cartel.\n",
     ("actor", "sinaloa-cartel", "named")),
])
def test_belonging_a_later_sentence_says_what_the_doers_belong_to(make_doc, text, tie):
    e = next(e for e in _events(make_doc, text) if e.target_text)
    assert {(t.role, t.group_key, t.strength) for t in e.ties} == {tie}


@pytest.mark.model
def test_belonging_the_spanish_conditional_of_report_is_a_hedge(make_doc):
    text = "Dos sicarios asesinaron a un taxista en Manta el lunes. Los sicarios serían integrantes de Los Lobos.\n"
    e = next(e for e in _events(make_doc, text) if e.target_text)
    assert {(t.role, t.group_key, t.strength) for t in e.ties} == {("actor", "los-lobos", "alleged")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tie"), [
    ("MS-13 may have carried out the attack on the bar in Houston on Monday.\n", "attack", ("actor", "ms-13", "suspected")),
    ("Police are investigating whether MS-13 members killed the teenager in Houston on Monday.\n", "killing",
     ("actor", "ms-13", "suspected")),
    ("The stabbing of two guards in Tijuana on Monday was the work of the Sinaloa Cartel, according to prosecutors.\n", "attack",
     ("actor", "sinaloa-cartel", "alleged")),
])
def test_belonging_an_act_told_as_possible_or_as_someones_work(make_doc, text, etype, tie):
    e = next(e for e in _events(make_doc, text) if e.type == etype)
    assert {(t.role, t.group_key, t.strength) for t in e.ties if t.role != "mentioned"} == {tie}


@pytest.mark.model
@pytest.mark.parametrize(("text", "language", "tied"), [
    ("Un taxista fue asesinado a tiros en Manta el domingo. La Fiscalía atribuyó el crimen a Los Lobos.\n", "es", {"los-lobos"}),
    ("A baker was shot dead in Lima on Sunday. Police blamed the crime on Tren de Aragua.\n", "en", {"tren-de-aragua"}),
    # two happenings told before: which one "the crime" is, is not said
    ("A baker was shot dead in Lima on Sunday. A driver was abducted in Callao. Police blamed the crime on Tren de Aragua.\n", "en", set()),
])
def test_belonging_the_crime_blamed_on_a_group(make_doc, text, language, tied):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    first = next(e for e in ann.events if e.type == "killing")
    assert {t.group_key for t in first.ties if t.role == "actor" and t.strength == "alleged"} == tied


@pytest.mark.model
@pytest.mark.parametrize(("text", "etype", "tied"), [
    ("Un comerciante que pagaba extorsiones a Los Choneros fue asesinado en Guayaquil.\n", "killing", set()),
    ("El hijo de un cabecilla de Los Lobos fue secuestrado en Quito el lunes.\n", "abduction", set()),
    ("Un presunto integrante de Los Choneros fue asesinado en Guayaquil el domingo.\n", "killing", {("los-choneros", "alleged")}),
])
def test_belonging_spanish_targets(make_doc, text, etype, tied):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language="es", published_at="2025-03-01")], gated=False)
    e = next(e for e in ann.events if e.type == etype)
    assert {(t.group_key, t.strength) for t in e.ties if t.role == "target"} == tied
