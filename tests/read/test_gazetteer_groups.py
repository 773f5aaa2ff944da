"""The groups the gazetteer added for the reporting tocsin reads beyond the cartels (data/gazetteer.json, 'source' of
each entry): U.S. street, prison and motorcycle gangs, mafias, cartels of the past, designated armed groups and the
Muslim Brotherhood, a movement some of whose national chapters are designated. A name that is also a common word or
another body's abbreviation names the group only beside a word for one ('confirmed'). Sentences written for this test."""

import pytest

from tocsin.read.gazetteer import load_gazetteer


def _groups(make_doc, text, language="en"):
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language=language, published_at="2025-03-01")], gated=False)
    return {(m.text, m.key) for m in ann.mentions if m.kind == "group"}


def test_gazetteer_every_added_group_says_where_it_comes_from():
    g = load_gazetteer()
    sourced = [e for e in g.of_kind("group") if e.id in ("bloods", "crips", "muslim-brotherhood", "pkk", "camorra", "tijuana-cartel")]
    assert len(sourced) == 6
    import json
    from importlib.resources import files

    raw = {e["id"]: e for e in json.loads(files("tocsin.data").joinpath("gazetteer.json").read_text(encoding="utf-8"))["entries"]}
    assert all(raw[e.id]["source"] in ("fbi-ngic", "state-fto", "treasury-tco", "dea-ndta", "public") for e in sourced)


def test_gazetteer_nature_tells_a_movement_from_armed_and_criminal_groups():
    """Exports call the Muslim Brotherhood a movement (only some of its national chapters are designated), Hamas an armed
    group, a gang or a group the gazetteer does not hold a criminal one."""
    g = load_gazetteer()
    assert g.nature("group:muslim-brotherhood") == "movement" and not g.armed("group:muslim-brotherhood")
    assert g.nature("group:hamas") == "armed" and g.nature("group:pkk") == "armed"
    assert g.nature("group:bloods") == "criminal" and g.nature("group:bishop-gang") == "criminal"


@pytest.mark.model
@pytest.mark.parametrize(("text", "groups"), [
    ("Two Bloods members were shot in Newark on Friday.", {("Bloods", "bloods")}),
    ("The Gangster Disciples and the Vice Lords fought over a corner in Chicago.",
     {("Gangster Disciples", "gangster-disciples"), ("Vice Lords", "vice-lords")}),
    ("A Mexican Mafia associate was charged in Los Angeles.", {("Mexican Mafia", "mexican-mafia")}),
    ("The Muslim Brotherhood held a rally in Amman.", {("Muslim Brotherhood", "muslim-brotherhood")}),
    ("PKK militants attacked a police station in Diyarbakir.", {("PKK", "pkk")}),
    ("The Pakistani Taliban claimed the bombing in Peshawar.", {("Pakistani Taliban", "ttp")}),
    ("Police in Naples arrested a Camorra boss.", {("Camorra", "camorra")}),
    # a form shared with a common word or another body, beside a word for a group: the group
    ("Mongols gang members rode into Sturgis.", {("Mongols", "mongols-mc")}),
    ("The Basque separatist group ETA bombed a barracks in Madrid.", {("ETA", "eta")}),
    # alone, it names no group
    ("The Mongols invaded China in the 13th century.", set()),
    ("The Knights Templar built churches across France.", set()),
    ("Our ETA in Boston is noon.", set()),
    ("The nurse drew two bloods for tests in Boston.", set()),  # the exact form: only "Bloods" as written
])
def test_gazetteer_names_the_added_groups_and_not_the_words_they_share(make_doc, text, groups):
    assert _groups(make_doc, text) == groups


@pytest.mark.model
@pytest.mark.parametrize(("text", "groups"), [
    ("Bandidos asaltaron un banco en Lima.", set()),  # bandits, not the motorcycle club
    ("Nuestra familia vive en Lima desde 2010.", set()),
    ("La organización ETA asesinó a un concejal en Bilbao.", {("ETA", "eta")}),
])
def test_gazetteer_spanish_common_words_are_no_groups(make_doc, text, groups):
    assert _groups(make_doc, text, "es") == groups


def _raw_entries():
    import json
    from importlib.resources import files

    return json.loads(files("tocsin.data").joinpath("gazetteer.json").read_text(encoding="utf-8"))["entries"]


def test_gazetteer_an_added_group_is_armed_only_where_its_source_designates_it():
    """A Treasury TCO designation (the Wagner Group) makes a criminal group; only the terrorist list makes an armed one,
    which exports call a terrorist with an ideology."""
    added = [e for e in _raw_entries() if "source" in e]
    assert not [e["id"] for e in added if e.get("armed") and e["source"] != "state-fto"]
    assert load_gazetteer().nature("group:wagner-group") == "criminal"


def test_gazetteer_distinct_groups_stay_distinct_and_a_generic_word_names_none():
    g = load_gazetteer()
    assert g.get("american-mafia") is not None and g.get("sicilian-mafia") is not None
    assert g.get("yamaguchi-gumi") is not None and g.get("yakuza") is None and g.get("cosa-nostra") is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "groups"), [
    # a generic word names no specific group; distinct mafias stay distinct
    ("Police in Osaka arrested a yakuza boss on Monday.", set()),
    ("A Yamaguchi-gumi boss was arrested in Kobe.", {("Yamaguchi-gumi", "yamaguchi-gumi")}),
    ("The mafia ran the docks of the city for decades.", set()),
    ("The American Mafia and the Sicilian Mafia shared a heroin route.",
     {("American Mafia", "american-mafia"), ("Sicilian Mafia", "sicilian-mafia")}),
    # history and common words in lower case, or without a word for a group, name none
    ("The Mongol nation in 1206 chose Temujin as its ruler.", set()),
    ("The Mongol Nation conquered Persia in the thirteenth century.", set()),
    ("Mongol Nation members rode into a bar in Riverside.", {("Mongol Nation", "mongols-mc")}),
    ("The film is a story of sex, money, murder and regret in Boston.", set()),
    ("Hikers followed a shining path through the woods in Peru.", set()),
    ("The Shining Path ambushed a patrol in the VRAEM.", {("Shining Path", "shining-path")}),
    # a form a political party shares, beside a political word or a suffix: no armed group
    ("A FARC senator was shot dead in Bogotá on Tuesday.", set()),
    ("FARC-EP fighters attacked a base in Cauca.", set()),
    ("The FARC kidnapped three soldiers in Cauca in 1998.", {("FARC", "farc")}),
])
def test_gazetteer_common_words_history_and_parties_name_no_group(make_doc, text, groups):
    assert _groups(make_doc, text) == groups


@pytest.mark.model
@pytest.mark.parametrize(("text", "groups"), [
    ("Dos hermanos musulmanes fueron detenidos en Valencia el lunes.", set()),  # brothers, not the movement
    ("Los Hermanos Musulmanes convocaron una marcha en El Cairo.", {("Hermanos Musulmanes", "muslim-brotherhood")}),
    ("Los caballeros templarios levantaron castillos en Tierra Santa.", set()),
    ("Los Caballeros Templarios levantaron castillos en Tierra Santa.", set()),
    ("Un cabecilla de Los Caballeros Templarios fue detenido en Apatzingán.",
     {("Los Caballeros Templarios", "knights-templar-cartel")}),
    ("Un senador del partido FARC fue asesinado en Cali.", set()),
    ("Caminamos por un sendero luminoso hasta el lago.", set()),
])
def test_gazetteer_spanish_common_phrases_name_no_group(make_doc, text, groups):
    assert _groups(make_doc, text, "es") == groups
