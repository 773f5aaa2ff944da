"""Group ties and target categories hold across the ways a report words them (docs/annotation.md §2.4).

A paraphrase stress set, written for this test (not taken from any corpus): for each construction family, several
phrasings a reporter or an official release would use, in English and Spanish. Each sentence is read as a document
of its own; the first event of the given type must carry exactly the ties expected (role, group, strength; "hedged"
where the guideline's words allow more than one hedged strength) and, where given, the target category. No tie is
ever stated as fact (named) where the sentence hedges it or makes none.
"""

from __future__ import annotations

import pytest

HEDGED = "hedged"  # any strength but named: the sentence hedges, and more than one hedged reading is defensible
ANY = object()  # the category is not what the case tests

TDA, MS13, SIN, GULF, CJNG, CHON = "tren-de-aragua", "ms-13", "sinaloa-cartel", "gulf-cartel", "cjng", "los-choneros"

# (id, language, text, event type, {(role, group, strength)}, target category)
CASES = [
    # A. The group blamed directly, in the text's own voice: named
    ("a1", "en", "Tren de Aragua gunmen shot dead a shopkeeper in Santiago on Monday.", "killing", {("actor", TDA, "named")}, "business"),
    ("a2", "en", "A bus driver was killed by members of MS-13 in Houston on Friday night.", "killing", {("actor", MS13, "named")}, "business"),
    ("a3", "en", "An MS-13 clique carried out the stabbing of a 16-year-old boy in Fairfax County last week.", "attack",
     {("actor", MS13, "named")}, "civilian"),
    ("a4", "en", "Gulf Cartel hitmen ambushed a state police patrol outside Reynosa on Sunday.", "attack",
     {("actor", GULF, "named")}, "law enforcement"),
    ("a5", "en", "Members of the Sinaloa Cartel kidnapped two mining engineers near Culiacán on Tuesday.", "abduction",
     {("actor", SIN, "named")}, ANY),
    ("a6", "en", "The CJNG's gunmen set fire to a pharmacy in Celaya on Wednesday after its owner refused to pay.", "attack",
     {("actor", CJNG, "named")}, "business"),
    ("a7", "es", "Sicarios del Cártel de Sinaloa asesinaron a un comerciante en Culiacán el lunes.", "killing",
     {("actor", SIN, "named")}, "business"),
    ("a8", "es", "Integrantes del Tren de Aragua secuestraron a un empresario en Santiago el jueves.", "abduction",
     {("actor", TDA, "named")}, "business"),
    # B. The blame given by a speaker: hedged
    ("b1", "en", "Police said Tren de Aragua was behind the killing of a taxi driver in Lima on Monday.", "killing",
     {("actor", TDA, HEDGED)}, "business"),
    ("b2", "en", "Prosecutors attribute the murder of a shopkeeper in Guayaquil to Los Choneros.", "killing",
     {("actor", CHON, "alleged")}, "business"),
    ("b3", "en", "Authorities believe the Gulf Cartel ordered the killing of the mayor of a small town near Reynosa.", "killing",
     {("actor", GULF, "suspected")}, "elected or public official"),
    ("b4", "en", "Investigators suspect that MS-13 carried out the stabbing of a teenager in Alexandria on Saturday.", "attack",
     {("actor", MS13, "suspected")}, "civilian"),
    ("b5", "en", "State officials blamed the Sinaloa Cartel for the ambush of a police convoy in Culiacán on Thursday.", "attack",
     {("actor", SIN, "alleged")}, "law enforcement"),
    ("b6", "en", "The kidnapping of two engineers near Reynosa was blamed on the Gulf Cartel, state officials said.", "abduction",
     {("actor", GULF, "alleged")}, ANY),
    ("b7", "en", "Police say the attack on a police station in Manta was carried out by Los Lobos.", "attack",
     {("actor", "los-lobos", "alleged")}, "law enforcement"),
    ("b8", "en", "Detectives think the Latin Kings were responsible for the shooting of a 19-year-old outside a school in Queens.", "attack",
     {("actor", "latin-kings", HEDGED)}, "civilian"),
    ("b9", "es", "La Fiscalía atribuyó el asesinato de un taxista en Santiago al Tren de Aragua.", "killing",
     {("actor", TDA, "alleged")}, "business"),
    ("b10", "es", "Según la policía, el Cártel de Sinaloa estaría detrás del secuestro de un ganadero en Durango.", "abduction",
     {("actor", SIN, HEDGED)}, "business"),
    ("b12", "en", "Los Choneros were behind the bombing of a police station in Manta on Monday.", "attack",
     {("actor", CHON, "named")}, "law enforcement"),
    ("b13", "en", "Investigators said the Gulf Cartel may have been behind the abduction of a rancher near Matamoros.", "abduction",
     {("actor", GULF, HEDGED)}, "business"),
    ("b14", "es", "Los Lobos serían responsables del ataque contra una comisaría en Manta, según la Policía.", "attack",
     {("actor", "los-lobos", HEDGED)}, "law enforcement"),
    ("b11", "en", "The FBI said it believes MS-13 ordered the murder of a witness in Maryland.", "killing",
     {("actor", MS13, "suspected")}, "civilian"),
    ("b15", "en", "Ecuadorian police blamed Los Lobos for the murder of a prison director in Manabí last month.", "killing",
     {("actor", "los-lobos", "alleged")}, "elected or public official"),
    ("b16", "en", "MS-13 gang members beat a 14-year-old boy to death with bats in a Houston park, prosecutors said.", "killing",
     {("actor", MS13, "alleged")}, "civilian"),
    ("b17", "en", "The FBI said three men linked to the Sinaloa Cartel abducted a U.S. citizen in Tijuana on Saturday.", "abduction",
     {("actor", SIN, "linked to")}, "civilian"),
    ("b18", "en", "The shooting was carried out by MS-13, according to police.", "attack", {("actor", MS13, "alleged")}, ANY),
    ("b19", "en", "Authorities attributed the massacre of nine farmworkers to the CJNG.", "killing", {("actor", CJNG, "alleged")}, ANY),
    ("b20", "en", "Police believe the victim, a 34-year-old mechanic, was killed by members of MS-13.", "killing",
     {("actor", MS13, "suspected")}, "business"),
    ("b21", "en", "MS-13 is suspected in the killing of a 15-year-old boy in Houston last week.", "killing",
     {("actor", MS13, "suspected")}, "civilian"),
    ("b22", "es", "La Fiscalía señaló al Tren de Aragua como responsable del asesinato de un teniente retirado en Santiago.", "killing",
     {("actor", TDA, "alleged")}, "former law enforcement"),
    ("b23", "en", "A former police officer was shot dead in Guayaquil on Tuesday. Police blamed Los Lobos.", "killing",
     {("actor", "los-lobos", "alleged")}, "former law enforcement"),
    ("b24", "en", "Police are investigating whether Tren de Aragua was behind the killing of a taxi driver in Lima.", "killing",
     {("actor", TDA, "suspected")}, "business"),
    ("b25", "en", "Investigators are trying to determine if the Gulf Cartel was responsible for the murder of a rancher.", "killing",
     {("actor", GULF, "suspected")}, "business"),
    ("b26", "en", "Relatives believe the Gulf Cartel was behind the murder of the rancher.", "killing", {("actor", GULF, "suspected")}, "business"),
    # C. Hedged membership of the accused or the doer
    ("c1", "en", "A suspected Tren de Aragua member was arrested in Miami on Monday.", "arrest", {("target", TDA, "suspected")}, None),
    ("c2", "en", "Agents arrested Luis Mora, who police say belongs to MS-13, in Dallas on Tuesday.", "arrest",
     {("target", MS13, "described as")}, None),
    ("c3", "en", "A reputed Gulf Cartel associate was charged on Friday with kidnapping a rancher in South Texas.", "charge",
     {("target", GULF, "suspected")}, None),
    ("c4", "es", "Un presunto integrante del Tren de Aragua fue detenido en Santiago el lunes.", "arrest",
     {("target", TDA, "alleged")}, None),
    ("c5", "en", "Police arrested a man believed to be a member of the Sinaloa Cartel in Phoenix on Monday.", "arrest",
     {("target", SIN, "suspected")}, None),
    ("c6", "en", "Federal agents arrested Pedro Díaz, an alleged MS-13 leader, in Houston on Thursday.", "arrest",
     {("target", MS13, "alleged")}, None),
    ("c7", "en", "A man authorities identified as a Tren de Aragua leader was extradited to the United States on Friday.", "extradition",
     {("target", TDA, "described as")}, None),
    ("c8", "en", "Two alleged MS-13 members were convicted on Wednesday of murdering a teenager on Long Island.", "conviction",
     {("target", MS13, "alleged")}, None),
    ("c9", "en", "A suspected MS-13 member stabbed a 15-year-old boy outside a school in Maryland on Tuesday, police said.", "attack",
     {("actor", MS13, "suspected")}, "civilian"),
    ("c14", "en", "A 17-year-old girl was killed by gunmen believed to belong to Barrio 18 in Soyapango on Friday.", "killing",
     {("actor", "barrio-18", "suspected")}, "civilian"),
    ("c15", "en", "Sinaloa Cartel hitmen were accused of killing a state police commander in Culiacán.", "killing",
     {("actor", SIN, "alleged")}, "law enforcement"),
    ("c16", "en", "Two men who prosecutors say are members of the Latin Kings shot a teenager in Chicago on Sunday.", "attack",
     {("actor", "latin-kings", "described as")}, "civilian"),
    ("c17", "es", "Un presunto sicario del CJNG mató a un policía estatal en Guadalajara el lunes.", "killing",
     {("actor", CJNG, "alleged")}, "law enforcement"),
    ("c18", "en", "Members of a Tren de Aragua cell extorted shop owners in Lima, police said.", "extortion",
     {("actor", TDA, "alleged")}, "business"),
    ("c19", "en", "A TdA-linked gang kidnapped a businessman in Bogotá on Friday.", "abduction", {("actor", TDA, "linked to")}, "business"),
    ("c20", "en", "Gulf Cartel gunmen are suspected of killing four soldiers near Reynosa on Sunday.", "killing",
     {("actor", GULF, "suspected")}, "military"),
    ("c21", "en", "An alleged MS-13 hitman shot and killed a rival gang member in Los Angeles, prosecutors said.", "killing",
     {("actor", MS13, "alleged")}, "rival group"),
    ("c10", "en", "Carlos Peña, a self-described member of Barrio 18, was sentenced to 30 years in prison on Monday.", "conviction",
     {("target", "barrio-18", "described as")}, None),
    ("c11", "es", "Dos presuntos miembros del Cártel de Sinaloa fueron detenidos en Culiacán el martes.", "arrest",
     {("target", SIN, "alleged")}, None),
    ("c12", "en", "Police detained a man linked to Los Choneros in Guayaquil on Sunday.", "arrest", {("target", CHON, "linked to")}, None),
    ("c13", "en", "Jorge Salas, whom prosecutors described as a hitman for the Sinaloa Cartel, shot a bartender in Tucson in 2021.",
     "attack", {("actor", SIN, "described as")}, ANY),  # a bartender: at work or not, the sentence does not say
    # D. Groups as the victims
    ("d1", "en", "Gunmen killed three members of Los Choneros inside a prison in Guayaquil on Sunday.", "killing",
     {("target", CHON, "named")}, "rival group"),
    ("d2", "en", "A Barrio 18 leader was shot dead in San Salvador on Monday.", "killing", {("target", "barrio-18", "named")}, "rival group"),
    ("d3", "en", "Sinaloa Cartel gunmen killed five CJNG members in a clash near Culiacán on Friday.", "killing",
     {("actor", SIN, "named"), ("target", CJNG, "named")}, "rival group"),
    ("d4", "en", "Two alleged MS-13 members were shot dead outside a bar in Houston on Saturday.", "killing",
     {("target", MS13, "alleged")}, "rival group"),
    ("d5", "es", "Sicarios asesinaron a un cabecilla del Tren de Aragua en Santiago el domingo.", "killing",
     {("target", TDA, "named")}, "rival group"),
    ("d6", "en", "Masked men abducted a Gulf Cartel plaza boss in Matamoros on Tuesday.", "abduction",
     {("target", GULF, "named")}, "rival group"),
    ("d7", "en", "Gang members killed a rival in Soyapango on Sunday.", "killing", set(), "rival group"),
    ("d8", "en", "Juan Díaz, who police said was a Barrio 18 leader, was shot dead in San Salvador on Monday.", "killing",
     {("target", "barrio-18", "described as")}, "rival group"),
    # E. The victim described in another sentence of the same paragraph
    ("e1", "en", ("Gunmen shot and killed Luis Vera outside his home in Cúcuta on Monday. The victim, a retired police officer, had "
     "received threats for months."), "killing", set(), "former law enforcement"),
    ("e2", "en", ("Ronald Soto was abducted from his apartment in Santiago in February. Soto, a former army lieutenant, had lived in "
     "Chile since 2018."), "abduction", set(), "former law enforcement"),
    ("e3", "es", "Hombres armados asesinaron a Pedro Díaz en Maracay el domingo. Díaz era un exmilitar que trabajaba como escolta.",
     "killing", set(), "former law enforcement"),
    ("e4", "en", "A local councilman was shot dead outside city hall in Acapulco on Tuesday.", "killing", set(),
     "elected or public official"),
    ("e5", "en", ("Gunmen killed Ana Ruiz in Tijuana on Friday. Ruiz, a journalist who covered organized crime for a local weekly, had "
     "reported threats."), "killing", set(), "journalist"),
    ("e6", "en", "Masked men kidnapped Pedro Gómez in Morelia on Saturday. Gómez owned a hardware store in the town.", "abduction",
     set(), "business"),
    ("e7", "en", "Two men stabbed Mario Reyes in Queens on Sunday. Reyes worked as a correctional officer at a state prison.",
     "attack", set(), "law enforcement"),
    ("e8", "en", ("Luisa Paredes was found shot dead in her car in Tegucigalpa on Thursday. Paredes, an outspoken critic of the "
     "government, had asked for protection."), "killing", set(), "political dissident or exile"),
    ("e9", "en", "Unknown attackers killed Tomás Ibarra in Culiacán on Sunday. Ibarra had served as a state judge for ten years.",
     "killing", set(), "judiciary"),
    ("e10", "es", "Desconocidos asesinaron a Rosa Quispe en Lima el lunes. Quispe era dueña de una bodega en el distrito.",
     "killing", set(), "business"),
    ("e11", "en", "A sheriff's deputy shot and killed a man who had fired at officers in Tulsa on Sunday.", "killing", set(), "civilian"),
    ("e12", "en", "Two men ambushed a Border Patrol agent near Laredo on Saturday.", "attack", set(), "law enforcement"),
    ("e13", "en", "Gunmen killed a former police chief of the town in Guerrero on Friday.", "killing", set(), "former law enforcement"),
    ("e14", "en", "Gunmen attacked a group of Venezuelan migrants in Tapachula on Friday.", "attack", set(), "migrant"),
    ("e15", "en", "A Marine was stabbed outside a bar in Oceanside on Saturday.", "attack", set(), "military"),
    ("e16", "es", "Unos sicarios asesinaron a un policía municipal en Zamora el lunes.", "killing", set(), "law enforcement"),
    ("e17", "en", "A retired Army colonel was robbed at gunpoint in his driveway in El Paso on Friday.", "robbery", set(),
     "former law enforcement"),
    ("e18", "en", "The attackers shot Luis Ortega, 45, a bus driver, at a stop in Soyapango on Monday.", "attack", set(), "business"),
    ("e19", "en", "Gunmen killed journalist Pedro Soto in Sonora on Friday.", "killing", set(), "journalist"),
    ("e20", "en", "Gunmen killed Pedro Soto, who hosted a radio news show, in Sonora on Friday.", "killing", set(), "journalist"),
    ("e21", "en", "The mayor of Tacámbaro, Ana López, was kidnapped on Monday.", "abduction", set(), "elected or public official"),
    ("e22", "en", "Two soldiers were wounded when gunmen attacked their convoy in Michoacán on Friday.", "attack", set(), "military"),
    ("e23", "en", "Carlos Ruiz, a Navy veteran, was stabbed outside a bar in San Diego on Saturday.", "attack", set(),
     "former law enforcement"),
    ("e24", "en", "The victim, who worked as a taxi driver, was shot in the head in Lima on Sunday.", "attack", set(), "business"),
    # G. The accused's group in the words of a legal release
    ("g1", "en", "Juan Ortiz, 28, a member of MS-13, was sentenced to life in prison on Tuesday.", "conviction",
     {("target", MS13, "named")}, None),
    ("g2", "en", "Tren de Aragua members Luis Pérez and José Díaz were indicted on Friday in Miami.", "charge",
     {("target", TDA, "named")}, None),
    ("g3", "en", "Three leaders of the Sinaloa Cartel were extradited from Mexico on Thursday.", "extradition",
     {("target", SIN, "named")}, None),
    ("g4", "en", "ICE officers arrested an illegal alien and self-admitted Tren de Aragua member in Houston on Monday.", "arrest",
     {("target", TDA, "described as")}, None),
    ("g5", "en", "ICE officers arrested Jose Ramos, a Salvadoran national and MS-13 gang member, in Houston on Monday.", "arrest",
     {("target", MS13, "named")}, None),
    ("g6", "en", "Prosecutors said Ruiz, a high-ranking member of Barrio 18, ordered the killing of a rival in 2019.", "killing",
     {("actor", "barrio-18", "alleged")}, ANY),
    ("g7", "en", "Ruiz, who is a member of the Latin Kings, shot a man in the back outside a bar in Chicago in 2022.", "attack",
     {("actor", "latin-kings", "named")}, "civilian"),
    ("g8", "en", "The indictment alleges that MS-13 members killed the teenager in a park in Maryland in 2020.", "killing",
     {("actor", MS13, "alleged")}, "civilian"),
    ("g9", "es", "Un cabecilla del Cártel del Golfo fue extraditado a Estados Unidos el viernes.", "extradition",
     {("target", GULF, "named")}, None),
    ("g11", "en", "Ovidio Guzmán, a leader of the Sinaloa Cartel, was extradited to the United States on Friday.", "extradition",
     {("target", SIN, "named")}, None),
    ("g10", "en", "Agents arrested a man they identified as a member of Tren de Aragua in Denver on Friday.", "arrest",
     {("target", TDA, "described as")}, None),
    # F. A pronoun for the target
    ("f1", "en", ("Marta Ruiz, a reporter for a local radio station, left her home in Celaya on Monday morning. Gunmen shot her dead "
     "a block away."), "killing", set(), "journalist"),
    ("f2", "en", "Luis Pardo is a retired police sergeant. Two men attacked him outside his house in Guayaquil on Friday.", "attack",
     set(), "former law enforcement"),
    ("f3", "en", "Jorge Lara, the mayor of San Miguel, was driving to work on Tuesday when gunmen ambushed him.", "attack", set(),
     "elected or public official"),
    ("f4", "es", "El periodista Juan Pérez salía de su casa en Culiacán cuando unos sicarios lo asesinaron.", "killing", set(),
     "journalist"),
    ("f5", "en", "Officer Dana Cole stopped a car in Aurora on Saturday night. The driver shot her twice.", "attack", set(),
     "law enforcement"),
    ("f7", "en", "Police Sgt. Ana Díaz was off duty on Friday when two men robbed her at a gas station in Houston.", "robbery", set(),
     "law enforcement"),
    ("f8", "es", "Luis Mora era concejal de Tuluá. Dos hombres lo atacaron a tiros el sábado frente a su casa.", "attack", set(),
     "elected or public official"),
    ("f6", "en", "Rosa Méndez runs a bakery in San Pedro Sula. Gang members threatened her after she refused to pay.", "threat",
     set(), "business"),
]


# What the reading still gets wrong, and why: the small models' parse or names, not the rules read off them
KNOWN = {
    "c7": "a contact clause with no 'whom' ('A man authorities identified as …'): the parse makes 'man' a compound of 'authorities'",
    "e11": "the parse takes 'shot' for a noun with 'A sheriff's deputy' its possessor, and the man shot for the actor",
    "e20": "what someone did ('who hosted a radio news show') is no description the category words read: only what one is or works as",
    "f1": "the model tags 'Marta' a place and misses 'Marta Ruiz': 'her' has no person mention to stand for",
    "f7": "the model tags 'Díaz' an organization and misses 'Ana Díaz': 'her' has no person mention to stand for",
}


def _params():
    return [pytest.param(*c, id=c[0], marks=pytest.mark.xfail(reason=KNOWN[c[0]], strict=True)) if c[0] in KNOWN else pytest.param(*c, id=c[0])
            for c in CASES]


@pytest.fixture(scope="module")
def readings():
    from tocsin.models import Document
    from tocsin.read import read_many

    docs = [Document(id=f"paraphrase-{c[0]}", text=c[2] + "\n", source=c[0], language=c[1], published_at="2025-03-01") for c in CASES]
    return {c[0]: ann.events for c, (_, ann) in zip(CASES, read_many(docs, gated=False))}


def _event(events, etype):
    return next((e for e in events if e.type == etype), None)


def _ties(event) -> set[tuple[str, str, str]]:
    return {(t.role, t.group_key, t.strength) for t in event.ties if t.role != "mentioned"} if event is not None else set()


def _agrees(said: set, expected: set) -> bool:
    hedged = {(r, g) for r, g, s in expected if s == HEDGED}
    return {(r, g, HEDGED if (r, g) in hedged and s != "named" else s) for r, g, s in said} == expected


@pytest.mark.model
@pytest.mark.parametrize(("case_id", "language", "text", "etype", "expected", "category"), _params())
def test_ties_paraphrase_keep_the_group_its_role_and_strength(readings, case_id, language, text, etype, expected, category):
    event = _event(readings[case_id], etype)
    assert event is not None, [(e.type, e.trigger) for e in readings[case_id]]
    assert _agrees(_ties(event), expected), _ties(event)
    if category is not ANY:
        assert event.target_category == category, (event.target_text, event.target_category)


@pytest.mark.model
def test_ties_paraphrase_never_state_a_hedged_or_absent_tie_as_fact(readings):
    upgrades = []
    for case_id, _, text, _, expected, _ in CASES:
        stated = {(r, g) for r, g, s in expected if s == "named"}
        upgrades += [(case_id, t.role, t.group_key, t.hedge) for e in readings[case_id] for t in e.ties
                     if t.strength == "named" and t.role != "mentioned" and (t.role, t.group_key) not in stated]
    assert upgrades == []
