"""Whom a description stands for: a reduced relative's shared noun, a name before its description, a headline's
person named in the story (events/described.py)."""

import pytest

pytestmark = pytest.mark.model


def _events(make_doc, text):
    from tocsin.read import read_many

    doc = make_doc(text, published_at="2025-03-01")
    ((_, ann),) = read_many([doc], gated=False)
    return doc, ann.events


def _named(doc, e) -> str | None:
    return doc.text[e.target_mention[0] : e.target_mention[1]] if e.target_mention else None


def test_described_a_second_reduced_relative_shares_the_first_ones_noun(make_doc):
    _, events = _events(make_doc, "- A Peruvian national convicted of armed robbery, apprehended in Ohio.\n")
    assert {(e.type, e.target_text) for e in events} == {("conviction", "A Peruvian national"), ("arrest", "A Peruvian national")}


@pytest.mark.parametrize(("text", "etype", "name"), [
    ("Police said Maria Lopez — a fugitive wanted on burglary charges — was arrested on May 2.\n", "arrest", "Maria Lopez"),
    ("- **Mario Ruiz Pena**, a Honduran national and confirmed MS-13 gang member, convicted of burglary.\n", "conviction", "Mario Ruiz Pena"),
])
def test_described_a_description_set_off_after_a_name_is_that_person(make_doc, text, etype, name):
    doc, events = _events(make_doc, text)
    e = next(e for e in events if e.type == etype)
    assert _named(doc, e) == name


def test_described_a_clause_after_a_name_is_no_description_of_it(make_doc):
    doc, events = _events(make_doc, "Witnesses said Peter Gomez, who shot a neighbour last year, fled.\n")
    shot = next(e for e in events if e.trigger == "shot")
    assert shot.target_text == "a neighbour" and _named(doc, shot) is None


def test_described_bold_type_around_a_name_keeps_its_membership(make_doc):
    doc, events = _events(make_doc, "- **Carlos Nieto**, a Salvadoran national and confirmed MS-13 gang member, was arrested in Texas."
                                    " He was charged with extortion.\n")
    charge = next(e for e in events if e.type == "charge")
    assert [(t.group_key, t.role, t.strength) for t in charge.ties] == [("ms-13", "target", "named")]


def test_described_a_headline_person_is_the_one_the_story_names(make_doc):
    doc, events = _events(make_doc, "Springfield man charged in store robbery.\n\nPolice on Tuesday charged Robert Lane, 41, "
                                    "of Springfield, with armed robbery after a clerk was threatened with a knife.\n")
    headline = next(e for e in events if e.type == "charge" and e.target_text == "Springfield man")
    assert _named(doc, headline) == "Robert Lane"


def test_described_a_headline_person_stays_unnamed_when_the_story_names_two(make_doc):
    doc, events = _events(make_doc, "Springfield man charged in store robbery.\n\nPolice on Tuesday charged Robert Lane, 41, "
                                    "with armed robbery. Prosecutors also charged Dennis Hart, 37, with robbery.\n")
    headline = next(e for e in events if e.type == "charge" and e.target_text == "Springfield man")
    assert _named(doc, headline) is None


def test_described_a_legal_verb_cut_off_by_a_links_address_takes_the_name_after_it(make_doc):
    doc, events = _events(make_doc, "Today, the Peruvian\nGovernment\u00a0[extradited](https://www.example.gov/opa/pr/statement-extradition-hector-ramos)"
                                    "\u00a0Hector\nRamos Diaz Salcedo, known as \u201cEl Flaco,\u201d to the United States.\n")
    (e,) = [e for e in events if e.type == "extradition"]
    assert e.target_text == "Hector\nRamos Diaz Salcedo"


@pytest.mark.parametrize(("text", "groups"), [
    ("- The Secretary designated six cartels as Foreign Terrorist Organizations, including the Gulf Cartel and MS-13, to cut off "
     "their money.\n", {"gulf-cartel", "ms-13"}),
    ("- The Secretary designated six cartels as Foreign Terrorist Organizations, which fight the Gulf Cartel.\n", set()),
])
def test_described_the_groups_a_class_of_groups_is_told_by_are_its_targets(make_doc, text, groups):
    _, events = _events(make_doc, text)
    (e,) = [e for e in events if e.type == "designation"]
    assert {t.group_key for t in e.ties if t.role == "target"} == groups


def test_described_a_headline_person_stays_unnamed_when_the_lede_describes_two(make_doc):
    doc, events = _events(make_doc, "Security guard and police officer shot at bank.\n\nA gunman shot a security guard and a police "
                                    "officer at a bank in Dallas on Monday. Police said the gunman also shot Robert Lane, 41, a "
                                    "deputy sheriff, outside.\n")
    assert all(_named(doc, e) is None for e in events if e.target_text in ("a security guard", "Security guard"))


def test_described_a_target_is_the_person_named_not_the_paper_he_worked_for(make_doc):
    doc, events = _events(make_doc, "Pedro Ruiz, who worked as a reporter for El Diario, was killed in Juarez on Monday.\n")
    (e,) = [e for e in events if e.type == "killing"]
    assert _named(doc, e) == "Pedro Ruiz"


def test_described_a_list_item_opens_with_the_one_its_participles_took(make_doc):
    _, events = _events(make_doc, "-   A Mexican national\n    [convicted](https://www.example.gov/news/releases/rio-grande-sentencing-of-a-man)"
                                  "\n    of drug trafficking, apprehended in Texas.\n")
    assert {(e.type, e.target_text) for e in events} == {("conviction", "A Mexican national"), ("arrest", "A Mexican national")}


def test_described_a_headline_person_is_not_one_of_the_other_sex(make_doc):
    doc, events = _events(make_doc, "A woman was charged with theft on Monday.\n\nPolice said Mr. Mario Lopez, 30, was charged with "
                                    "robbery on May 2.\n")
    (lede,) = [e for e in events if e.target_text == "A woman"]
    assert _named(doc, lede) is None


def test_described_words_joined_by_and_after_a_name_are_another_person(make_doc):
    doc, events = _events(make_doc, "Police arrested Mr. John Smith in Dallas, and a woman was later charged with theft, police said.\n")
    (charge,) = [e for e in events if e.type == "charge"]
    assert charge.target_text == "a woman" and _named(doc, charge) is None



@pytest.mark.parametrize(("text", "names"), [
    ("Ngo Van Thanh, a citizen of Vietnam. He has convictions for robbery.", ["Ngo Van Thanh"]),  # a line that names
    ("Eduardo Sanchez-Hernandez, a 40-year-old man, was arrested in Newark. He has pending charges.", ["Eduardo Sanchez-Hernandez"]),
    ("Agents detained Ngo Van Thanh in Dallas. He has pending charges.", []),  # an object, not a subject
    ("Reyes was arrested in Newark. He has pending charges.", []),  # one word: a surname is the chains' to join
    ("A Federal Grand Jury returned the indictment on Tuesday. He was arrested in Houston.", []),  # a body, no person
    ("Rio Grande Valley Sector reported the seizure. He was arrested by agents.", []),
    ("The Harris County Court heard the case. He was sentenced to 20 years.", []),
    ("Maria Elena Quispe, a citizen of Peru, was detained in Miami. He has pending charges.", ["Maria Elena Quispe"]),
])
def test_described_an_untagged_name_as_a_subject_is_a_person_a_pronoun_may_stand_for(text, names):
    from types import SimpleNamespace

    from tocsin.read.events.context import _unnamed_subjects
    from tocsin.read.nlp import pipeline

    doc = pipeline("en")(text)
    doc.ents = []  # the model tagged nothing: what it does with names it has not seen, in lists and captions
    ctx = SimpleNamespace(doc=doc, text=text, ann=SimpleNamespace(mentions=[]))
    assert [m.text for m in _unnamed_subjects(ctx, 0, text.index(" He "))] == names


@pytest.mark.parametrize(("text", "etype", "name"), [
    ("Kenneth Moreno was arrested in May. The predator, who had been removed before, was deported again on Friday.\n",
     "extradition", "Kenneth Moreno"),
    ("U.S. Attorney Ana Ruiz said Carlos Mendez was arrested in May. The defendant was charged with fraud.\n", "charge",
     "Carlos Mendez"),  # the speaker is not the one the description stands for
    ("Carlos Mendez and Luis Ortega met in May. The defendant was charged with fraud.\n", "charge", None),  # two named
    ("John Smith founded Acme in 2001. The company was charged with fraud.\n", "charge", None),  # a body, no person
    ("Police arrested a man on Friday. The suspect was charged with robbery.\n", "charge", None),  # no one named
    # the one named is the one a violent act befell: a description of the doer never stands for the victim
    ("Ana Soto was shot dead in Dayton on Saturday. The suspect was arrested on Monday.\n", "arrest", None),
    ("Pedro Soto was found dead on Saturday. The killer was arrested two days later.\n", "arrest", None),
    ("John Smith was killed in a crash in May. The driver was charged with manslaughter.\n", "charge", None),
    ("Pedro Gomez was kidnapped in March. The kidnapper was sentenced to 20 years.\n", "conviction", None),
    ("Carlos Ruiz, a police officer, was stabbed on Friday. The attacker was arrested later.\n", "arrest", None),
    ("Gunmen shot Maria Lopez outside a bar. The shooter was arrested on Sunday.\n", "arrest", None),
    ("Police said Juan Ruiz shot a man outside a bar on Friday. The suspect was arrested on Sunday.\n", "arrest", "Juan Ruiz"),
    # a violent act in a phrase under the verb is what the subject did, or fled, not what befell him
    ("Juan Lopez was found guilty of murder in Houston on Monday. The man was arrested in 2023 after a chase.\n", "arrest",
     "Juan Lopez"),
    ("Juan Lopez was seen fleeing after the shooting on Monday. The suspect was arrested in Houston on Tuesday.\n", "arrest",
     "Juan Lopez"),
    ("Juan Lopez was caught trying to kill his wife in Houston. The man was arrested on Tuesday.\n", "arrest", "Juan Lopez"),
    ("Ana Ruiz was seen running from the stabbing in May. The suspect was arrested on Friday.\n", "arrest", "Ana Ruiz"),
    ("Pedro Soto was found shot dead in Dayton. The suspect was arrested on Monday.\n", "arrest", None),
    # nor for the one who takes the step, named through the actor's pronoun
    ("I thank President Andres Lopez for his decision to extradite this dangerous criminal.\n", "extradition", None),
    ("Mexican police arrested Carlos Mendez in May. I thank President Andres Lopez for his decision to extradite this "
     "dangerous criminal.\n", "extradition", "Carlos Mendez"),
])
def test_described_a_definite_description_a_legal_step_takes_is_the_one_person_named_before(make_doc, text, etype, name):
    doc, events = _events(make_doc, text)
    e = next(e for e in events if e.type == etype)
    assert _named(doc, e) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Santa Clara murder still haunts family.\nFifteen years ago, Matthew Flores was shot dead outside his home.\n", "Matthew Flores"),
    ("Killings shake town.\nFifteen years ago, Matthew Flores was shot dead outside his home.\n", None),  # several told
    ("Murder shakes town.\nGunmen killed Ana Ruiz and Pedro Soto on Friday.\n", None),  # it befell two: not one of them
    ("Murder shakes town.\nPolice said the bodies of two men had been found.\n", None),  # no one named
])
def test_described_a_headline_happening_told_alone_befell_the_one_the_story_names(make_doc, text, name):
    doc, events = _events(make_doc, text)
    headline = [_named(doc, e) for e in events if e.evidence_start == 0]
    assert headline in ([name], [] if name is None else [name])


@pytest.mark.parametrize(("text", "name"), [
    ("Shooting haunts family.\n\nThe shooting happened in 2019. Gunmen killed Pedro Soto outside his home.\n", "Pedro Soto"),
    # a second one hurt by a verb coordinated with the act, read as an event or not: not the one person it befell
    ("Shooting haunts family.\n\nThe shooting happened in 2019. Gunmen killed Pedro Soto and wounded his brother Luis Soto.\n", None),
    ("Attack haunts family.\n\nThe attack happened in 2019. Gunmen shot Ana Ruiz and kidnapped her sister Maria Ruiz.\n", None),
    ("Shooting haunts family.\n\nThe shooting happened in 2019. Gunmen killed Pedro Soto and stole his car.\n", "Pedro Soto"),
])
def test_described_a_lede_happening_told_alone_befell_no_one_where_a_coordinated_verb_hurts_another(make_doc, text, name):
    doc, events = _events(make_doc, text)
    (lede,) = [e for e in events if doc.text[e.trigger_start : e.trigger_end] in ("shooting", "attack")]
    assert _named(doc, lede) == name
