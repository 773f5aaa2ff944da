import pytest

from tocsin.read.gazetteer import load_gazetteer, strip_accents


def test_gazetteer_covers_at_least_40_groups_and_agencies():
    gaz = load_gazetteer()
    groups = gaz.of_kind("group")
    assert len(groups) >= 40
    assert len(gaz.of_kind("agency")) >= 20
    names = {g.name for g in groups}
    for required in ["Tren de Aragua", "MS-13", "Barrio 18", "Sinaloa Cartel", "Clan del Golfo", "Comando Vermelho", "Los Choneros"]:
        assert required in names


def test_gazetteer_ids_are_unique_and_parents_exist():
    gaz = load_gazetteer()
    for entry in gaz.entries.values():
        assert entry.parent is None or entry.parent in gaz.entries


def test_gazetteer_forms_include_unaccented_and_keep_articles_exact():
    entry = load_gazetteer().get("sinaloa-cartel")
    loose, exact = entry.surface_forms()
    assert {"Cártel de Sinaloa", "Cartel de Sinaloa"} <= loose
    assert "CDS" in exact and "CDS" not in loose
    loose, exact = load_gazetteer().get("los-lobos").surface_forms()
    assert "Los Lobos" in exact and not loose


def test_strip_accents():
    assert strip_accents("Cártel Jalisco Nueva Generación") == "Cartel Jalisco Nueva Generacion"


@pytest.mark.model
def test_gazetteer_finds_names_a_line_break_parts():
    """Hard-wrapped releases break names over lines: each is still one entity of its entry; a region's name inside
    another name ("Atlantic City") is not the region."""
    from tocsin.read.nlp import pipeline

    doc = pipeline("en")("Statement from the White\n    House on the Tren\n de Aragua gang in the Middle\n   East. He flew to Atlantic City.")
    found = {(" ".join(e.text.split()), e.label_, e.ent_id_) for e in doc.ents}
    assert ("White House", "AGENCY", "white-house") in found or any(t == "White House" and lab == "AGENCY" for t, lab, _ in found)
    assert ("Tren de Aragua", "CRIMINAL_GROUP", "tren-de-aragua") in found
    assert any(t == "Middle East" and lab == "LOC" for t, lab, _ in found)
    assert not any(t == "Atlantic" for t, _, _ in found)


def test_gazetteer_armed_groups_are_groups_marked_armed():
    """Hamas and the Islamic State are groups, whose acts and ties are read, and exports call them armed groups."""
    g = load_gazetteer()
    assert g.get("hamas").kind == "group" and g.armed("group:hamas") and g.armed("group:isis")
    assert not g.armed("group:tren-de-aragua") and not g.armed("group:no-such-group")


@pytest.mark.model
@pytest.mark.parametrize("text, groups", [
    ("The Sinaloa and Jalisco cartels ship fentanyl.", [("Sinaloa", "sinaloa-cartel"), ("Jalisco cartels", "cjng")]),
    ("The Gulf, Sinaloa and Juárez cartels fought.", [("Gulf", "gulf-cartel"), ("Sinaloa", "sinaloa-cartel"), ("Juárez cartels", "juarez-cartel")]),
    ("The Gulf, Sinaloa, and Juárez cartels fought.", [("Gulf", "gulf-cartel"), ("Sinaloa", "sinaloa-cartel"), ("Juárez cartels", "juarez-cartel")]),
    ("The Mexican and Colombian cartels fought.", []),  # a class of groups, no names
    ("The Gulf and Mexican cartels fought.", []),  # one word of the list is no group's name: the Gulf is not read as one
    # a word of the group's trade between the name and its noun
    ("Agents tracked the Sinaloa drug cartel.", [("Sinaloa drug cartel", "sinaloa-cartel")]),
    ("The Gulf drug-trafficking cartel split.", [("Gulf drug-trafficking cartel", "gulf-cartel")]),
    ("The Sinaloa and Jalisco drug cartels ship fentanyl.", [("Sinaloa", "sinaloa-cartel"), ("Jalisco drug cartels", "cjng")]),
    ("A Mexican drug cartel and a street gang fought.", []),
])
def test_gazetteer_names_that_share_a_plural_noun_are_each_a_group(text, groups):
    from tocsin.read.nlp import pipeline

    doc = pipeline("en")(text)
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "CRIMINAL_GROUP"] == groups


@pytest.mark.parametrize("text, key", [
    ("An Iran-backed al-Aqsa Martyrs’ Brigade terrorist killed a dual citizen in the West Bank.", "al-aqsa-martyrs-brigades"),
    ("Iran-backed Kataib Hezbollah terrorists killed an American contractor in Kirkuk.", "kataib-hezbollah"),
    ("U.S. forces arrested the ISIS-K terrorist behind the Abbey Gate attack.", "isis-k"),
    ("Palestinian Islamic Jihad fired rockets at Israel on Monday, killing two people.", "palestinian-islamic-jihad"),
    ("Al-Shabaab fighters attacked a base in Somalia.", "al-shabaab"),
    ("Saudi Hezbollah terrorists bombed a barracks near Dhahran, killing four guards.", "hezbollah-al-hijaz"),
    ("Popular Resistance Committees gunmen killed two guards at a crossing in Gaza.", "popular-resistance-committees"),
    ("The Guadalajara Cartel killed a federal agent in Jalisco in 1985.", "guadalajara-cartel"),
    ("ISIS-DRC fighters killed 40 villagers in North Kivu last week.", "isis-drc"),
    ("Men affiliated with Iran’s Islamic Revolutionary Guard Corps’ Quds Force killed five soldiers in Karbala, Iraq.",
     "islamic-revolutionary-guard-corps-quds-force"),
    ("The IRGC-QF plotted to kill a former official in Washington.", "islamic-revolutionary-guard-corps-quds-force"),
    ("The Islamic Resistance in Iraq attacked a base in Syria with drones.", "islamic-resistance-in-iraq"),
    ("M23 rebels killed dozens of civilians near Goma.", "march-23-movement"),
    ("Rapid Support Forces fighters killed hundreds of civilians in El Fasher.", "rapid-support-forces"),
    ("Mai-Mai Yakutumba fighters attacked a village in South Kivu.", "mai-mai-yakutumba"),
])
def test_gazetteer_the_armed_groups_government_reporting_names(make_doc, text, key):
    """Designated armed groups the White House and the State Department name beside the cartels: their acts tie to them.
    (The Muslim Brotherhood, only some of whose national chapters are designated, is no armed group: the gazetteer marks
    it a movement, which exports call so: test_gazetteer_groups.py.)"""
    from tocsin.read import read_many

    # the rules' events, before the event gate: what is tested is the name, not the gate's verdict on a one-line text
    # (the gate, retrained at the eighth stop, scores the Islamic Resistance's drone attack under its threshold)
    [(_, ann)] = read_many([make_doc(text, published_at="2026-03-02")], gated=False)
    assert key in {k for e in ann.events for k in e.group_keys}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "Islamic Jihad" alone names two groups (the Lebanese Islamic Jihad Organization of 1983, Palestinian Islamic Jihad):
    # the gazetteer holds neither by it
    "In 1984 Islamic Jihad terrorists kidnapped a station chief in Beirut.",
    # "RSF" is also Reporters Without Borders
    "RSF said two journalists were killed in Gaza.",
])
def test_gazetteer_an_ambiguous_short_name_ties_no_group(make_doc, text):
    from tocsin.read import read

    assert not {k for e in read(make_doc(text, published_at="2026-03-02")).events for k in e.group_keys}


def test_gazetteer_the_congo_and_iran_armed_groups_are_marked_armed():
    """An armed group's flag is true to it: exports call these armed groups, not criminal ones."""
    g = load_gazetteer()
    assert all(g.armed(f"group:{key}") for key in ("isis-drc", "islamic-revolutionary-guard-corps-quds-force", "islamic-resistance-in-iraq",
                                                    "march-23-movement", "rapid-support-forces", "mai-mai-yakutumba"))


def test_gazetteer_the_allied_democratic_forces_are_no_isis_branch_by_name():
    """The Allied Democratic Forces were Ugandan rebels for two decades before a faction pledged to ISIS: a mention of the
    ADF is the ADF's own, with no parent, never ISIS-DRC under ISIS."""
    g = load_gazetteer()
    assert g.get("allied-democratic-forces") is not None and g.get("allied-democratic-forces").parent is None
    assert "Allied Democratic Forces" not in g.get("isis-drc").aliases


@pytest.mark.model
def test_gazetteer_a_historical_adf_attack_is_the_adf_s(make_doc):
    from tocsin.read import read

    events = read(make_doc("The Allied Democratic Forces attacked a village in Uganda in 1998.", published_at="2026-03-02")).events
    assert {k for e in events for k in e.group_keys} == {"allied-democratic-forces"}


@pytest.mark.parametrize(("form", "key"), [
    ("TDA", "tren-de-aragua"),  # the capitals US releases write the abbreviation in
    ("Michoacán Family", "la-nueva-familia-michoacana"),  # the English of the name in designation lists
])
def test_gazetteer_knows_the_forms_us_releases_use(form, key):
    loose, exact = load_gazetteer().get(key).surface_forms()
    assert form in loose | exact
