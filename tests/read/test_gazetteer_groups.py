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
