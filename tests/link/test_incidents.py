"""Incident matching on event rows built by hand (no model, no store)."""

import pytest

from tocsin.link.incidents import (
    canonical,
    compare,
    contradicts,
    date_range,
    outlets,
    placed_apart,
)


def row(**kw):
    base = {
        "id": "ev-1", "doc_id": "d1", "type": "killing", "subtype": None, "modality": "asserted", "nominal": 0,
        "target_category": None, "fatalities": None, "place_entity": "place:gn-1", "place_precision": "city",
        "date_value": "2024-10-07", "date_begin": "2024-10-07", "date_end": "2024-10-07", "date_precision": "day",
        "actor_entity": None, "target_entity": None, "published_at": "2024-10-09", "outlet": "A", "country": "PE",
        "admin1": "LMA", "lat": -12.0, "lon": -77.0, "groups": [],
    }
    return {**base, **kw}


def test_incidents_same_day_place_and_victim_match():
    a = row(target_entity="person:ana-ruiz")
    b = row(id="ev-2", doc_id="d2", outlet="B", date_begin="2024-10-08", date_end="2024-10-08", target_entity="person:ana-ruiz")
    m = compare(a, b)
    assert m is not None and m.score >= 0.8 and m.features["same named victim"] == 1.0


def test_incidents_two_named_victims_never_match():
    assert compare(row(target_entity="person:ana-ruiz"), row(id="ev-2", doc_id="d2", target_entity="person:juan-perez")) is None


def test_incidents_other_country_or_distant_day_never_match():
    assert compare(row(), row(id="ev-2", doc_id="d2", place_entity="place:gn-2", country="CL", lat=-33.4, lon=-70.6)) is None
    assert compare(row(), row(id="ev-2", doc_id="d2", date_begin="2024-11-20", date_end="2024-11-20")) is None


def test_incidents_killing_and_attack_are_compatible_but_arrest_is_not():
    assert compare(row(), row(id="ev-2", doc_id="d2", type="attack")) is not None
    assert compare(row(), row(id="ev-2", doc_id="d2", type="arrest")) is None


def test_incidents_a_nearby_city_matches_within_its_radius():
    near = row(id="ev-2", doc_id="d2", place_entity="place:gn-3", lat=-12.1, lon=-77.05)
    far = row(id="ev-3", doc_id="d3", place_entity="place:gn-4", lat=-16.4, lon=-71.5)
    assert compare(row(), near) is not None and compare(row(), far) is None


def test_incidents_an_undated_report_counts_little_and_cannot_postdate():
    undated = row(id="ev-2", doc_id="d2", date_precision="publication", date_begin=None, date_end=None, published_at="2025-01-15")
    assert compare(row(), undated) is None  # only the place agrees: not enough
    named = {**undated, "target_entity": "person:ana-ruiz"}
    assert compare(row(target_entity="person:ana-ruiz"), named) is not None
    before = {**named, "published_at": "2024-09-01"}
    assert compare(row(target_entity="person:ana-ruiz"), before) is None  # reported before it happened
    assert date_range(undated)[1].isoformat() == "2025-01-15"


def test_incidents_a_document_without_an_outlet_is_not_an_outlet_of_its_own():
    assert outlets([row(outlet="A"), row(id="ev-2", doc_id="d2", outlet=None)]) == 1
    assert outlets([row(outlet=None), row(id="ev-2", doc_id="d2", outlet=None)]) == 1
    assert outlets([row(outlet="A"), row(id="ev-2", doc_id="d2", outlet="B"), row(id="ev-3", doc_id="d3", outlet="A")]) == 2


def test_incidents_canonical_takes_the_gravest_type_and_most_precise_fields():
    members = [
        row(type="attack", date_precision="month", date_begin="2024-10-01", date_value="2024-10", place_precision="admin1"),
        row(id="ev-2", doc_id="d2", outlet="B", place_entity="place:gn-9", published_at="2024-10-08"),
    ]
    c = canonical(members)
    assert (c["type"], c["date_value"], c["place_entity"], c["outlets"], c["first_reported"]) == (
        "killing", "2024-10-07", "place:gn-9", 2, "2024-10-08")


def test_incidents_reports_of_different_targets_are_different_happenings():
    houthis = row(type="designation", target_text="the Houthis", target_entity="group:houthis", doc_id="d1")
    english = row(type="designation", target_text="English", id="ev-2", doc_id="d2")
    tda = row(type="designation", target_text="Tren de Aragua", target_entity="group:tren-de-aragua", id="ev-3", doc_id="d3")
    again = row(type="designation", target_text="the Houthi movement", target_entity="group:houthis", id="ev-4", doc_id="d4")
    assert compare(houthis, english) is None
    assert compare(houthis, tda) is None
    assert compare(houthis, again) is not None


def test_incidents_two_items_of_one_list_are_two_cases_unless_one_victim():
    """A release listing cases ("- X, convicted of…", "- Y, arrested in…") tells one case an item."""
    a, b = row(type="arrest", item=0), row(id="ev-2", type="arrest", item=1)
    assert compare(a, b) is None
    assert compare(a, row(id="ev-2", type="arrest", item=0)) is not None  # one item: one story
    assert compare(row(item=None), row(id="ev-2", item=None)) is not None  # prose: one article tells one story
    same = {"target_entity": "person:ana-ruiz"}
    assert compare(row(item=0, **same), row(id="ev-2", item=3, **same)) is not None


def test_incidents_two_releases_on_two_defendants_are_two_legal_steps():
    a = row(type="conviction", target_text="Roy Lynn Oakley, 67, a resident of Harriman, Tenn.", place_entity="place:gn-9")
    b = row(id="ev-2", doc_id="d2", outlet="B", type="conviction", target_text="Hassan Saied Keshari and his corporation",
            place_entity="place:gn-9")
    assert compare(a, b) is None
    same = row(id="ev-3", doc_id="d3", outlet="C", type="conviction", target_text="Oakley", place_entity="place:gn-9")
    assert compare(a, same) is not None  # the same defendant, by surname
    within = row(id="ev-4", doc_id="d1", type="conviction", target_text="the former vice president", place_entity="place:gn-9")
    assert compare(a, within) is not None  # one release's own descriptions of its defendant stay together


def test_incidents_a_report_of_another_step_in_one_release_is_another_happening():
    """ "Five people have been indicted … A sixth individual was also charged": the words that tell a step apart."""
    a = row(type="charge", target_text="Five people", date_precision="publication", date_begin=None, date_value=None)
    b = row(id="ev-2", type="charge", target_text="A sixth individual", date_precision="publication", date_begin=None,
            date_value=None, before_trigger="A sixth individual was also ")
    assert compare(a, b) is None
    c = row(id="ev-3", type="arrest", target_text="three other drug dealers")
    assert compare(row(type="arrest", target_text="31 people"), c) is None
    assert compare(row(type="arrest", target_text="31 people"), row(id="ev-4", type="arrest", target_text="12 people")) is None


def test_incidents_legal_steps_in_one_document_join_only_on_evidence():
    """A blotter or a release on several defendants: two undated arrests of different people are two arrests; the lede's
    description and the name that follows ("A Coral Gables man" … "Martello"), or a shared name, are one."""
    undated = {"type": "arrest", "date_precision": "publication", "date_begin": None, "date_value": None}
    a = row(target_text="the 24-year-old woman", **undated)
    assert compare(a, row(id="ev-2", target_text="Issac Fisher, 26, of Kansas City", **undated)) is None
    assert compare(a, row(id="ev-2", target_text="her", **undated)) is None  # a pronoun is no evidence
    lede = row(target_text="A Coral Gables man", **undated)
    assert compare(lede, row(id="ev-2", target_text="Martello", **undated)) is not None
    assert compare(lede, row(id="ev-2", target_text="the defendants", **undated)) is None
    assert compare(lede, row(id="ev-2", target_text="Patricia Moore, 62, of the 100 block of Howman Avenue", **undated)) is not None
    charge = {**undated, "type": "charge"}  # a lede's description is not any words that follow: another description, an offence
    assert compare(row(target_text="A 29-year-old Brazilian national", **charge), row(id="ev-2", target_text="aggravated rape of child", **charge)) is None
    assert compare(row(target_text="A 29-year-old Brazilian national", **charge), row(id="ev-2", target_text="A 40-year-old Guatemalan national", **charge)) is None
    assert compare(row(target_text="Gary Wilson, 54, of Palestine", **undated), row(id="ev-2", target_text="Wilson", **undated)) is not None
    killing = {"type": "killing", "date_precision": "publication", "date_begin": None, "date_value": None}
    assert compare(row(target_text="a man", **killing), row(id="ev-2", target_text="the victim", **killing)) is not None  # one story


def test_incidents_a_paragraph_led_by_a_bold_name_is_an_item_of_a_list():
    from tocsin.structure import item_at, segments

    text = "Here are some of them:\n\n**Julian Lema Bravo**, an Ecuadorian national with a conviction for rape.\n\nPolice said more."
    segs = segments(text)
    assert item_at(text, segs, text.index("conviction")).start == text.index("**")
    assert item_at(text, segs, text.index("Police")) is None and item_at(text, segs, 0) is None


def test_incidents_a_county_and_a_town_of_its_state_are_one_place_at_two_precisions():
    town = row(type="arrest", place_entity="place:gn-4717560", admin1="TX", country="US", lat=31.76, lon=-95.63)
    county = row(id="ev-2", type="arrest", place_entity="place:gn-4670756", place_precision="admin2", admin1="TX", country="US",
                 lat=30.98, lon=-97.52)  # a county's point is its state's centre: 200 km off
    assert compare(town, county) is not None
    assert compare(town, {**county, "admin1": "OK"}) is None  # a county of another state: another place



def test_incidents_one_agency_or_one_group_does_not_make_two_arrests_one():
    """"Arrested by ICE" twice in one article, or two arrested members of one group, are two arrests unless the text
    ties them by person or day: a legal step is taken against one person."""
    a = row(type="arrest", actor_entity="agency:ice", groups=["group:tren-de-aragua"], target_text="a Venezuelan national",
            date_value="2025-05-28", date_begin="2025-05-28", date_end="2025-05-28", date_precision="publication")
    b = {**a, "id": "ev-2", "target_text": "a Honduran national with a conviction for assault"}
    assert compare(a, b) is None
    killing = row(groups=["group:tren-de-aragua"], target_text="a man")
    assert compare(killing, {**killing, "id": "ev-2", "doc_id": "d2", "outlet": "B"}) is not None  # a group still ties violence


def test_incidents_a_plea_a_verdict_and_a_sentence_are_three_steps_of_a_case():
    """docs/annotation.md §2.1: each legal step is its own happening ("pleaded guilty in October", "sentenced today")."""
    from tocsin.link.incidents import contradicts, legal_step

    undated = {"date_begin": None, "date_end": None, "date_precision": "publication", "type": "conviction"}
    plea = row(trigger_text="pleaded guilty", target_text="Servance", **undated)
    sentence = row(id="ev-2", trigger_text="sentenced", target_text="Servance", **undated)
    assert [legal_step(r) for r in (plea, sentence, row(type="conviction", trigger_text="found guilty"))] == ["plea", "sentence", "verdict"]
    assert compare(plea, sentence) is None and contradicts(plea, sentence)
    assert compare(plea, row(id="ev-3", trigger_text="guilty plea", target_text="Servance", **undated)) is not None
    assert legal_step(row(trigger_text="killed")) is None  # other types have no steps


def test_incidents_one_article_describes_one_victim_one_way():
    """Across outlets a retired officer may be "a police officer" in one report; in one article, a murdered policeman and
    a murdered soldier are two victims."""
    police, soldier = row(target_category="law enforcement"), row(id="ev-2", target_category="military")
    assert compare(police, soldier) is None
    assert compare(police, {**soldier, "doc_id": "d2", "outlet": "B"}) is not None


def _placed(start: int, target: str | None, headline: bool = False, **kw) -> dict:
    """A report of one article at ``start``, its sentence 80 characters long, as link_events places it."""
    return row(id=f"ev-{start}", target_text=target, trigger_start=start + 10, evidence_start=start, evidence_end=start + 80,
               headline=headline, date_precision="publication", date_begin=None, date_end=None, **kw)


def test_incidents_a_later_indefinite_victim_is_someone_new():
    shot = _placed(0, "the driver of the car", type="attack")
    killed = _placed(400, "a man")
    assert compare(shot, killed) is None  # "… shot the driver of the car", then "a man who was killed in a shooting"
    assert compare(_placed(0, "the driver of the car", type="attack"), _placed(400, "the man")) is not None  # a definite one
    assert compare(_placed(0, None), killed) is not None  # the earlier one names no target
    assert compare(_placed(0, None, type="attack"), killed) is None  # but an attack named by no victim is another happening


def test_incidents_the_lede_restates_its_headline():
    headline = _placed(0, "DeKalb man", headline=True, type="arrest")
    lede = _placed(120, "A DeKalb man", type="arrest")
    later = _placed(2000, "A Louisiana man", type="arrest")
    assert compare(headline, lede) is not None
    assert compare(headline, later) is None  # far below the headline: another story of the page


def test_incidents_an_article_s_own_incidents_are_always_candidates(monkeypatch):
    """A busy week of other articles' robberies fills the window's most recent incidents; the robbery this article
    reported two paragraphs earlier must still be compared with ("Woman is robbed …", "… stole her purse")."""
    import importlib

    linking = importlib.import_module("tocsin.link.link")  # the module, not the function tocsin.link exports
    busy = [f"inc-other-{n}" for n in range(linking.CANDIDATES)]
    monkeypatch.setattr(linking.sql, "incidents_in_window", lambda store, types, country, begin, end, limit: busy[:limit])
    monkeypatch.setattr(linking.sql, "earlier_reports_in_document", lambda store, doc, ev, types: [{"incident_id": "inc-own"}])
    found = linking._candidates_for(None, row(type="robbery"), ("robbery",), "2024-10-01", "2024-10-09")
    assert found[0] == "inc-own" and set(busy) <= set(found)


def test_incidents_a_lede_and_a_definite_description_are_two_people():
    """"A retired teacher was arrested …", then "The 19-year-old cyclist was arrested …": a sentence's first word is
    capitalized, which does not make a description a name."""
    undated = {"type": "arrest", "date_precision": "publication", "date_begin": None, "date_value": None}
    lede = row(target_text="a retired teacher", **undated)
    assert compare(lede, row(id="ev-2", target_text="The 19-year-old cyclist", **undated)) is None
    assert compare(lede, row(id="ev-2", target_text="Nadia Ferro", **undated)) is not None


def test_incidents_a_person_and_a_business_robbed_in_one_article_are_two_robberies():
    theft = {"type": "robbery"}  # the same day, the same town
    purse, shop = row(target_category="civilian", **theft), row(id="ev-2", target_category="business", **theft)
    assert compare(purse, shop) is None
    assert compare(purse, {**shop, "doc_id": "d2", "outlet": "B"}) is not None  # outlets describe one victim differently


def test_incidents_victims_read_from_the_same_words_are_one_happening():
    """"The bodies of Lou and Remy were found": one killing, each victim read as a report of its own."""
    lou = row(target_entity="person:lou", trigger_start=40)
    remy = row(id="ev-2", target_entity="person:remy", trigger_start=40)
    assert compare(lou, remy) is not None and not contradicts(lou, remy)
    assert compare(lou, {**remy, "trigger_start": 400}) is None  # two sentences, two named victims: two killings
    assert compare(lou, {**remy, "doc_id": "d2", "outlet": "B"}) is None


def test_incidents_one_telling_in_two_listed_places_is_two_happenings():
    """"Bombed embassies in Kenya and Tanzania": one sentence, one trigger, a happening in each country (each_place)."""
    kenya = row(trigger_start=9, place_entity="place:gn-192950", place_precision="country", country="KE", lat=0.0, lon=38.0)
    tanzania = row(id="ev-2", trigger_start=9, place_entity="place:gn-149590", place_precision="country", country="TZ",
                   lat=-6.0, lon=35.0)
    assert compare(kenya, tanzania) is None


def test_incidents_a_town_far_away_is_placed_apart_and_an_unknown_place_is_not():
    here = row()
    assert placed_apart(here, row(id="ev-2", place_entity="place:gn-9", lat=-16.4, lon=-71.5))  # 800 km south
    assert not placed_apart(here, row(id="ev-2", place_entity=None))
    assert not placed_apart(here, row(id="ev-2"))


def test_incidents_one_country_is_weak_evidence_of_one_place_except_for_a_designation():
    """Two undated killings "in the United States" told in one tribute are two; a country designating is the country."""
    country = {"place_entity": "place:gn-6252001", "place_precision": "country", "country": "US", "lat": 39.8, "lon": -98.5,
               "date_precision": "publication", "date_begin": None, "date_value": None}
    assert compare(row(**country), row(id="ev-2", **country)) is None
    listed = {**country, "type": "designation"}
    assert compare(row(target_text="the Coast Syndicate", **listed), row(id="ev-2", target_text="Coast Syndicate", **listed)) is not None


def test_incidents_seizures_of_other_amounts_or_goods_are_two_hauls():
    """In one article: 'Officers seized 1,248 bags of heroin' and 'Police found 259 bags of heroin'; 'found drugs' and
    'found a gun': each its own seizure. The same haul told twice stays one."""
    seized = row(type="trafficking", trigger_text="seized 1,248 bags of heroin", trigger_start=10)
    found = row(id="ev-2", type="trafficking", trigger_text="found 259 bags of heroin", trigger_start=200)
    assert compare(seized, found) is None and contradicts(seized, found)
    drugs = row(type="trafficking", trigger_text="found drugs", trigger_start=10)
    gun = row(id="ev-2", type="trafficking", trigger_text="found a gun", trigger_start=200)
    assert compare(drugs, gun) is None
    again = row(id="ev-2", type="trafficking", trigger_text="the 1,248 bags of heroin seized", trigger_start=300)
    assert compare(seized, again) is not None and not contradicts(seized, again)


def test_incidents_two_outlets_may_tell_one_haul_in_other_units():
    """'seized 1.5 tons of cocaine' and 'seized 1,500 kilograms of cocaine' in two outlets: the amounts are no evidence."""
    a = row(type="trafficking", trigger_text="seized 1.5 tons of cocaine", trigger_start=10)
    b = row(id="ev-2", doc_id="d2", outlet="B", type="trafficking", trigger_text="seized 1,500 kilograms of cocaine", trigger_start=10)
    assert not contradicts(a, b)


def test_incidents_two_designations_of_as_many_people_are_two_unless_they_share_a_word():
    """"designated three commanders of the militia" and "sanctioned three bankers": a count shared is no target shared."""
    a = row(type="designation", target_text="three commanders of the militia", place_precision="country")
    b = row(id="ev-2", type="designation", target_text="three bankers", place_precision="country")
    assert compare(a, b) is None
    assert compare(a, {**b, "target_text": "three militia commanders"}) is not None


def test_incidents_people_arrested_counted_differently_in_one_article_are_two_happenings():
    """"31 people were arrested" in a sweep, "fewer than 10 dealers" later; but a bound agrees with the counts on its
    side ("more than 30 protesters", "45 protesters")."""
    undated = {"type": "arrest", "date_precision": "publication", "date_begin": None, "date_end": None}
    sweep = row(target_text="31 people", **undated)
    others = row(id="ev-2", target_text="fewer than 10 dealers", **undated)
    assert compare(sweep, others) is None and contradicts(sweep, others)
    for a, b in (("more than 30 protesters", "45 protesters"), ("fewer than 10 protesters", "three protesters"),
                 ("up to 30 protesters", "12 protesters"), ("some 40 protesters", "40 protesters"),
                 ("at least 12 protesters", "15 protesters"), ("two protesters and a guard", "three protesters")):
        one, two = row(target_text=a, **undated), row(id="ev-2", target_text=b, **undated)
        assert compare(one, two) is not None and not contradicts(one, two), (a, b)


@pytest.mark.parametrize("first, later", [
    ("at least five people", "seven people"),  # "Gunmen killed at least five people…", then the prosecutor's seven
    ("más de 30 clientes", "42 clientes"),
])
def test_incidents_a_toll_of_the_dead_updated_in_one_article_is_one_happening(first, later):
    a, b = row(target_text=first), row(id="ev-2", target_text=later, date_begin="2024-10-08", date_end="2024-10-08")
    assert compare(a, b) is not None and not contradicts(a, b)


@pytest.mark.parametrize("first, later", [
    ("three people", "30 people"),
    ("two civilians", "five civilians"),
    ("a police officer", "two civilians"),  # "Gunmen killed a police officer … In a separate attack, … two civilians."
])
def test_incidents_killings_of_one_article_counted_differently_are_two(first, later):
    a, b = row(target_text=first), row(id="ev-2", target_text=later, date_begin="2024-10-08", date_end="2024-10-08")
    assert compare(a, b) is None and contradicts(a, b)


@pytest.mark.parametrize("first, later", [
    ("two Venezuelan nationals who launder money for Tren de Aragua", "the two individuals"),
    ("three Sinaloa Cartel members", "the three men"),
])
def test_incidents_a_designation_told_again_in_generic_words_is_one_happening(first, later):
    a = row(type="designation", target_text=first, place_precision="country")
    b = row(id="ev-2", type="designation", target_text=later, place_precision="country")
    assert compare(a, b) is not None and not contradicts(a, b)
    assert compare(a, {**b, "target_text": "the five men"}) is None  # a count that disagrees: another designation
    assert compare(a, {**b, "target_text": "two individuals"}) is None  # told anew, not referred back to: others


def test_incidents_the_dead_of_one_article_counted_orders_of_magnitude_apart_are_two_killings():
    """"4 million refugees were killed" in a war recalled, "over 900 villagers were massacred" this week: a toll is
    updated, never from hundreds to millions."""
    undated = {"date_precision": "publication", "date_begin": None, "date_end": None}
    recalled = row(target_text="4 million refugees", **undated)
    massacre = row(id="ev-2", target_text="over 900 villagers", **undated)
    assert compare(recalled, massacre) is None and contradicts(recalled, massacre)


def test_incidents_the_reviewers_probes_read_whole(tmp_path):
    """One-document folders read and linked as a user would: the toll updated, the designation told again."""
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    filler = ("\nThe county has seen few such cases in recent years, and residents who spoke at a meeting on Tuesday asked"
              " for more patrols on the roads near the river and the state park.\n")
    bodies = {
        "bar.txt": "title: Bar attack\noutlet: Valley Courier\npublished: 2024-03-05\n\nGunmen killed at least five people at a"
                   " bar in Celaya on Saturday night, police said.\n\nOn Sunday the state prosecutor's office said the gunmen"
                   " killed seven people at the bar.\n",
        "tda.txt": "title: Sanctions\noutlet: Treasury\npublished: 2024-03-05\n\nThe Treasury Department on Tuesday designated"
                   " two Venezuelan nationals who launder money for Tren de Aragua, officials said.\n\nThe Office of Foreign"
                   " Assets Control designated the two individuals under a counter-narcotics order.\n",
    }
    for name, body in bodies.items():
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        (folder / name).write_text(body + filler, encoding="utf-8")
        path = str(tmp_path / f"{name}.db")
        with open_store(path) as store:
            run_ingest([str(folder)], store, Config(store=path))
            link(store)
            rows = store.fetch("SELECT ev.type, ie.incident_id FROM events ev JOIN incident_events ie ON ie.event_id = ev.id")
        assert len(rows) >= 2 and len({r["incident_id"] for r in rows}) == 1, name


def test_incidents_a_separate_killing_read_whole_is_its_own(linked_story):
    """The reviewer's probe read and linked as a user would: a separate attack's two civilians are not the officer."""
    rows = linked_story(
        "celaya",
        "title: Celaya\noutlet: Valley Courier\npublished: 2024-03-05\n\nGunmen killed a police officer in Celaya on Monday."
        " In a separate attack, gunmen killed two civilians.\n\nThe county has seen few such cases in recent years, and"
        " residents who spoke at a meeting on Tuesday asked for more patrols on the roads near the river.\n",
        "SELECT ev.type, ie.incident_id FROM events ev JOIN incident_events ie ON ie.event_id = ev.id WHERE ev.type = 'killing'")
    assert len(rows) == 2 and len({r["incident_id"] for r in rows}) == 2


def test_incidents_a_definite_reference_joins_no_incident_that_holds_another_named_victim(monkeypatch):
    """"A man who fatally stabbed a man …", "… killed Campbell Paterson", then "the stabbing" of someone else: the
    reference passes over Paterson's killing and must not reach it through the first report, which names no one."""
    import importlib

    linking = importlib.import_module("tocsin.link.link")
    undated = {"date_precision": "publication", "date_begin": None, "date_end": None, "nominal": 1}
    named = row(id="ev-2", target_text="Campbell Paterson", target_entity="person:campbell-paterson", incident_id="inc-1")
    lede = row(id="ev-1", target_text="a man", incident_id="inc-1")
    other = row(id="ev-0", type="attack", target_text="a bar", incident_id="inc-0")
    monkeypatch.setattr(linking.sql, "earlier_reports_in_document", lambda store, doc, ev, types: [named, lede, other])
    someone_else = row(id="ev-3", type="attack", target_text="him", target_entity="person:mooks", **undated)
    assert linking._referents(None, someone_else)[:1] == ["inc-0"]  # not inc-1, which holds Paterson's killing
    assert linking._referents(None, row(id="ev-3", type="attack", target_text="the man", **undated))[:1] == ["inc-1"]


def test_incidents_a_definite_reference_keeps_an_incident_that_also_names_its_party(monkeypatch):
    """"The bodies of Amir Khan and Gerard Smith were found …" (one telling, two reports of one incident), then "the
    killing of Khan": Smith's report contradicts the reference, Khan's agrees with it, and the incident is Khan's."""
    import importlib

    linking = importlib.import_module("tocsin.link.link")
    undated = {"date_precision": "publication", "date_begin": None, "date_end": None, "nominal": 1}
    khan = row(id="ev-1", target_text="Amir Khan", target_entity="person:amir-khan", incident_id="inc-1", trigger_start=4)
    smith = row(id="ev-2", target_text="Gerard Smith", target_entity="person:gerard-smith", incident_id="inc-1", trigger_start=4)
    later = row(id="ev-3", target_text="Khan", target_entity="person:amir-khan", **undated)
    for order in ([smith, khan], [khan, smith]):
        monkeypatch.setattr(linking.sql, "earlier_reports_in_document", lambda store, doc, ev, types, o=order: o)
        assert linking._referents(None, later)[:1] == ["inc-1"]
    # a count: "two people" then "three people" in one incident; a third report of three is that incident's
    two = row(id="ev-1", fatalities=2, incident_id="inc-1", trigger_start=7, target_text="two people")
    three = row(id="ev-2", fatalities=3, incident_id="inc-1", trigger_start=90, target_text="three people")
    monkeypatch.setattr(linking.sql, "earlier_reports_in_document", lambda store, doc, ev, types: [three, two])
    assert linking._referents(None, row(id="ev-3", fatalities=3, target_text="three people", **undated))[:1] == ["inc-1"]


def test_incidents_one_article_s_attack_naming_no_victim_is_not_its_killing():
    """docs/annotation.md §2.1: an article names a happening by the gravest outcome it reports, so an attack it tells
    beside its killing with no victim is another happening ("a gunman killed eight people", "an officer stopped the
    gunman by shooting and wounding him"); across outlets "shot" and "shot dead" stay one, and an attack naming a
    victim ("le dispararon seis veces") or the killing's named victim may be the killing told again."""
    killed = row(target_text="eight people", trigger_start=10)
    shot = row(id="ev-2", type="attack", trigger_start=400)
    assert compare(killed, shot) is None and compare(shot, killed) is None
    assert compare(killed, {**shot, "doc_id": "d2", "outlet": "B"}) is not None
    assert compare(killed, {**shot, "target_text": "le"}) is not None
    abducted, vanished = row(type="abduction", target_text="a lawyer"), row(id="ev-2", type="disappearance")
    assert compare(abducted, vanished) is None and compare(abducted, {**vanished, "target_text": "the lawyer"}) is not None
    ruiz = "person:ana-ruiz"
    named = _placed(400, None, type="attack", target_entity=ruiz)
    assert compare(_placed(0, "Ana Ruiz", target_entity=ruiz), named) is not None  # one named victim, its words lost


def test_incidents_a_definite_killing_refers_back_to_a_killing_before_an_attack(monkeypatch):
    """"Officer Eggers shot Bell" (a killing), then "Bell struck the officer" and "a fight ensued" (attacks), then "at the
    time of the shooting" read as a killing: the killing told before, not the fight just before it. "The stabbing", an
    attack, may still be a killing's."""
    import importlib

    linking = importlib.import_module("tocsin.link.link")
    undated = {"date_precision": "publication", "date_begin": None, "date_end": None, "nominal": 1}
    shot = row(id="ev-1", target_text="Bell", incident_id="inc-1")
    fight = row(id="ev-2", type="attack", target_text=None, incident_id="inc-2")
    monkeypatch.setattr(linking.sql, "earlier_reports_in_document", lambda store, doc, ev, types: [fight, shot])
    assert linking._referents(None, row(id="ev-3", target_text=None, **undated))[:1] == ["inc-1"]
    assert linking._referents(None, row(id="ev-3", type="attack", target_text=None, **undated))[:1] == ["inc-2"]
