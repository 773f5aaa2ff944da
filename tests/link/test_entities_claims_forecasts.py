"""Entity linking, claim similarity and forecast fulfilment, on values built by hand."""

import pytest

from tocsin.link.claims import bands, content_words, similarity
from tocsin.link.entities import acronym_link, person_link, same_person
from tocsin.link.forecasts import deadline, fulfils, reason, status


def test_entities_fuller_name_joins_but_a_namesake_does_not():
    assert same_person("Héctor Guerrero Flores", "Hector Rusthenford Guerrero Flores")
    assert not same_person("Juan Ojeda", "Ronald Ojeda")


def test_entities_suffix_diminutive_and_middle_initials():
    assert same_person("Marcus T. Whitfield, Jr.", "Marcus Whitfield Jr.")  # a "Jr." is no last name
    assert not same_person("Marcus T. Whitfield, Jr.", "Marcus Whitfield")  # maybe the father
    assert same_person("Bill Okafor", "William J. Okafor")  # a first name and its diminutive
    assert same_person("Joe Ramírez Jr.", "Joseph R. Ramírez Jr.")
    assert not same_person("Juan Ramírez", "Juan Carlos Ramírez")  # a compound given name
    assert not same_person("Juan Soto", "Juan Ramírez Soto")  # a second surname
    assert same_person("Don Juan Ramírez", "Juan Ramírez")  # a title of courtesy
    assert not same_person("Don Ramírez", "Donald Ramírez")
    assert not same_person("Bill Okafor", "Hillary Okafor")
    assert not same_person("J. Okafor", "James Okafor")  # an initial is not a first name
    assert not same_person("Daniel A. Price", "Daniel B. Price")  # middle initials that share no letter
    assert same_person("Daniel A. Price", "Daniel Albert Price")
    assert not same_person("Marcus T. Whitfield Jr.", "Marcus T. Whitfield Sr.")  # father and son
    assert not same_person("Marcus Whitfield Jr.", "Marcus Whitfield III")
    assert not same_person("Joe Okafor", "Josh Okafor")  # diminutives of two names
    assert same_person("Bill Okafor", "Billy Okafor")  # two diminutives of one name
    for a, b in (("Patrick Smith", "Peter Smith"), ("Ann Lee", "Nancy Lee"), ("Henry Ruiz", "Harry Ruiz"), ("Pat Ruiz", "Patrick Ruiz")):
        assert not same_person(a, b), (a, b)  # distinct given names, and a diminutive of several
    assert not same_person("Ana María Díaz", "Ana Marta Díaz")  # middle names that differ
    assert same_person("Ana M. Díaz", "Ana María Díaz")
    known = [{"id": "person:william-j-okafor", "name": "William J. Okafor", "canonical": "person:william-j-okafor"},
             {"id": "person:hillary-okafor", "name": "Hillary Okafor", "canonical": "person:hillary-okafor"}]
    assert person_link({"id": "person:bill-okafor", "name": "Bill Okafor"}, known) == ("person:william-j-okafor", "name variant", 1.0)


def test_entities_surname_links_only_when_one_person_carries_it():
    known = [{"id": "person:ronald-ojeda", "name": "Ronald Ojeda", "canonical": "person:ronald-ojeda"}]
    assert person_link({"id": "person:ojeda", "name": "Ojeda"}, known) == ("person:ronald-ojeda", "surname", 0.8)
    two = known + [{"id": "person:juan-ojeda", "name": "Juan Ojeda", "canonical": "person:juan-ojeda"}]
    assert person_link({"id": "person:ojeda", "name": "Ojeda"}, two) is None


def test_entities_acronym_links_to_the_organization_it_spells():
    orgs = [{"id": "organization:office-of-foreign-assets-control", "name": "Office of Foreign Assets Control",
             "canonical": "organization:office-of-foreign-assets-control"}]
    assert acronym_link({"id": "organization:ofac", "name": "OFAC"}, orgs)[0] == "organization:office-of-foreign-assets-control"
    assert acronym_link({"id": "organization:dea", "name": "DEA"}, orgs) is None


@pytest.mark.parametrize("acronym, name", [("AP", "AMEC plc"), ("AHI", "Acme Holdings, Inc."), ("NT", "National trust"),
                                           ("BSL", "Bravo Systems LLC"), ("CGL", "Cargill Group Ltd.")])
def test_entities_an_acronym_spells_no_word_in_lower_case_nor_a_legal_form(acronym, name):
    """"AP" is no "AMEC plc": a company's legal form after its name, or a word in lower case, is no initial of it."""
    orgs = [{"id": "organization:x", "name": name, "canonical": "organization:x"}]
    assert acronym_link({"id": f"organization:{acronym.lower()}", "name": acronym}, orgs) is None


@pytest.mark.parametrize("acronym, name", [("AH", "Acme Holdings"), ("BS", "Bravo Systems LLC"), ("CG", "Cargill Group Ltd."),
                                           ("OFAC", "Office of Foreign Assets Control"), ("ATF", "Alcohol, Tobacco and Firearms"),
                                           ("CDC", "Centers for Disease Control")])
def test_entities_an_acronym_still_spells_the_capitals_of_a_name(acronym, name):
    """Near misses: a legal form left out, particles skipped, the capitals spelled."""
    orgs = [{"id": "organization:x", "name": name, "canonical": "organization:x"}]
    assert acronym_link({"id": f"organization:{acronym.lower()}", "name": acronym}, orgs)[0] == "organization:x"


def test_entities_an_acronym_two_organizations_spell_goes_to_the_one_its_document_names():
    """"GM" spells "General Motors" and "Grupo Modelo": the document that writes "GM" and "General Motors" settles it;
    one that names neither, or both, does not."""
    orgs = [{"id": f"organization:{k}", "name": n, "canonical": f"organization:{k}"}
            for k, n in (("general-motors", "General Motors"), ("grupo-modelo", "Grupo Modelo"))]
    gm = {"id": "organization:gm", "name": "GM"}
    assert acronym_link(gm, orgs, {"organization:general-motors"}) == ("organization:general-motors", "acronym named in the same document", 0.85)
    assert acronym_link(gm, orgs) is None
    assert acronym_link(gm, orgs, {"organization:general-motors", "organization:grupo-modelo"}) is None


def test_claims_a_paraphrase_is_similar_and_shares_a_band():
    a = content_words("Tren de Aragua is present in at least 16 U.S. states, officials said")
    b = content_words("officials said that the Tren de Aragua gang is present in 16 states of the U.S.")
    c = content_words("extortion of bus drivers doubled in Lima during the first quarter")
    assert similarity(a, b) >= 72 > similarity(a, c)
    assert set(bands(a)) & set(bands(b)) or similarity(a, b) < 90  # near-identical word sets land in a shared band


def test_claims_bands_are_those_of_a_new_minhash_of_the_words():
    """The bands stored for a claim are unchanged by sharing the MinHash permutations (claim_bands holds them)."""
    import hashlib

    from datasketch import MinHash

    from tocsin.link.claims import BANDS, ROWS

    words = content_words("Tren de Aragua is present in at least 16 U.S. states, officials said")
    fresh = MinHash(num_perm=BANDS * ROWS, seed=11)
    for w in set(words):
        fresh.update(w.encode())
    values = fresh.hashvalues
    assert bands(words) == [f"{i}:" + hashlib.sha1(values[i * ROWS : (i + 1) * ROWS].tobytes()).hexdigest()[:12] for i in range(BANDS)]

def _forecast(**kw):
    base = {"event_type": "targeted killing", "made_on": "2025-01-15", "horizon": "P1Y", "groups": ["group:tren-de-aragua"],
            "targets": ["former law enforcement"], "country": "CL"}
    return {**base, **kw}


def _incident(**kw):
    base = {"id": "inc-1", "type": "killing", "subtype": "targeted killing", "first_reported": "2025-06-01",
            "groups": ["group:tren-de-aragua"], "target_category": "former law enforcement", "country": "CL"}
    return {**base, **kw}


def test_forecasts_fulfilled_only_after_within_horizon_and_on_target():
    assert fulfils(_forecast(), _incident())
    assert not fulfils(_forecast(), _incident(first_reported="2024-12-01"))  # before the forecast
    assert not fulfils(_forecast(), _incident(first_reported="2026-03-01"))  # after its horizon
    assert not fulfils(_forecast(), _incident(target_category="journalist"))
    assert not fulfils(_forecast(), _incident(groups=["group:los-choneros"]))
    assert not fulfils(_forecast(), _incident(country="PE"))


def test_forecasts_without_a_group_or_a_place_are_never_observed():
    assert not fulfils(_forecast(groups=[]), _incident())  # "violence will rise": any later killing would do
    assert not fulfils(_forecast(country=None), _incident())


def test_forecasts_a_negated_forecast_is_never_observed():
    """"The gang will not kill former officers in Chile": a later such killing refutes it; it must not read as fulfilled."""
    assert not fulfils(_forecast(polarity="negative"), _incident())
    assert fulfils(_forecast(polarity="positive"), _incident())


def test_forecasts_a_place_below_the_country_is_matched_in_its_division():
    """"Same country or finer": a forecast about Santiago (region RM) is fulfilled in RM, not in Valparaíso; a forecast
    about Chile anywhere in Chile; an incident placed no finer than the country is not held against it."""
    santiago = _forecast(place_kind="city", admin1="12")
    assert fulfils(santiago, _incident(admin1="12"))
    assert not fulfils(santiago, _incident(admin1="01"))
    assert fulfils(santiago, _incident(admin1=None))
    assert fulfils(_forecast(place_kind="country", admin1=""), _incident(admin1="01"))


def test_forecasts_the_reason_names_each_condition_met():
    why = reason(_forecast(place_kind="city", admin1="12"), _incident(admin1="12"))
    assert why == ("killing (targeted killing) about group:tren-de-aragua against former law enforcement in CL-12, first reported "
                   "2025-06-01, 137 days after the forecast of 2025-01-15, within its horizon P1Y")
    assert "within 730 days (no horizon given)" in reason(_forecast(horizon=None), _incident())


def test_forecasts_status_expires_after_the_horizon():
    assert deadline("2025-01-15", "P6M").isoformat() == "2025-07-15"
    assert deadline("2024-01-31", "P1M").isoformat() == "2024-02-29"
    assert status(_forecast(), True, "2026-01-01") == "observed"
    assert status(_forecast(), False, "2026-02-01") == "expired"
    assert status(_forecast(horizon=None), False, "2030-01-01") == "open"


def test_entities_a_surname_is_a_family_name_of_a_written_full_name():
    """"Jill" is no surname of "First Lady Jill Biden"; "Op-Ed" and "Counter-Fentanyl" are not people to link to;
    a suffix does not hide the family name ("Demarest" of "Joseph M. Demarest, Jr.")."""
    people = [{"id": "person:lady-jill-biden", "canonical": "person:lady-jill-biden", "name": "Lady Jill Biden"},
              {"id": "person:op-ed", "canonical": "person:op-ed", "name": "Op-Ed"},
              {"id": "person:joseph-m-demarest-jr", "canonical": "person:joseph-m-demarest-jr", "name": "Joseph M. Demarest, Jr."}]
    assert person_link({"id": "person:jill", "name": "Jill"}, people) is None
    assert person_link({"id": "person:ed", "name": "Ed"}, people) is None
    assert person_link({"id": "person:demarest", "name": "Demarest"}, people) == ("person:joseph-m-demarest-jr", "surname", 0.8)


def test_a_speaker_linked_across_documents_is_one_speaker(tmp_path):
    """"Secretary Blinken said …" in one article and "Secretary of State Antony Blinken said …" in another: one speaker,
    with the link's basis (the same office written with both names is the evidence a surname alone needs)."""
    from tocsin import query
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    body = ("The two governments have met four times since January, and officials on both sides describe the talks as"
            " the most serious in years, with trade, migration and the fentanyl trade on the table.\n")
    (folder / "a.txt").write_text("title: Talks\npublished: 2024-03-01\n\nSecretary of State Antony Blinken said on Monday that the talks with the United States"
                                  " would continue next week in Washington.\n\n" + body, encoding="utf-8")
    (folder / "b.txt").write_text("title: More talks\npublished: 2024-03-08\n\nSecretary Blinken said on Friday that the border agreement"
                                  " was close and that both sides wanted it signed this spring.\n\n" + body, encoding="utf-8")
    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        run_ingest([str(folder)], store, Config(store=path))
        link(store)
        speakers = {s["name"]: s["statements"] for s in query.list_speakers(store)}
        claims = query.list_claims(store, speaker="Blinken")
    assert speakers.get("Antony Blinken") == 2 and "Blinken" not in speakers
    assert {c["speaker"] for c in claims} == {"Antony Blinken"} and {c["speaker_link"] for c in claims} == {None, "surname"}


def test_forecasts_a_later_incident_observes_a_forecast_and_says_why(tmp_path):
    """A prediction of killings of former officers in Santiago within a year, then such a killing there: observed, with
    the incident and the reason; the same speaker's negated prediction stays open."""
    from tocsin import query
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: A warning\npublished: 2025-01-10\n---\n\nChile's national prosecutor Ana Ruiz said on Friday that Tren"
        " de Aragua will kill more former police officers in Santiago within a year.\n\nRuiz said Tren de Aragua will not"
        " reach Valparaíso this year.\n", encoding="utf-8")
    (folder / "b.md").write_text(
        "---\ntitle: Former officer shot dead\npublished: 2025-03-03\n---\n\nTwo members of Tren de Aragua shot and killed"
        " a former police officer in Santiago, Chile, on Saturday, police said.\n\nThe victim, a retired sergeant who had"
        " served for twenty years, was leaving a bakery when the gunmen approached on a motorcycle. Neighbours said they"
        " heard at least six shots. Investigators have not named the victim.\n", encoding="utf-8")
    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        run_ingest([str(folder)], store, Config(store=path))
        link(store)
        ledger = {f["polarity"]: f for f in query.list_forecasts(store)}
    kill, reach = ledger["positive"], ledger["negative"]
    assert (kill["status"], kill["event_type"], kill["targets"]) == ("observed", "killing", ["former law enforcement"])
    (match,) = kill["matches"]
    assert match["matched_id"].startswith("inc-") and match["reason"].startswith("killing about group:tren-de-aragua against"
                                                                                  " former law enforcement in CL")
    assert "after the forecast of 2025-01-10, within its horizon P1Y" in match["reason"]
    assert (reach["status"], reach["event_type"], reach["matches"]) == ("open", "expansion", [])


def test_entities_a_surname_alone_needs_the_same_office_as_the_full_name():
    """"Officer Pruitt" of a local story is not "Judge Hana Pruitt" of a release; "Judge Pruitt" is."""
    known = [{"id": "person:hana-pruitt", "canonical": "person:hana-pruitt", "name": "Hana Pruitt"}]
    written = {"person:hana-pruitt": {"judge"}, "person:pruitt": {"officer"}}
    assert person_link({"id": "person:pruitt", "name": "Pruitt"}, known, lambda i: written.get(i, set())) is None
    written["person:pruitt"] = {"judge"}
    assert person_link({"id": "person:pruitt", "name": "Pruitt"}, known, lambda i: written.get(i, set())) == ("person:hana-pruitt", "surname", 0.8)
    assert person_link({"id": "person:pruitt", "name": "Pruitt"}, known, lambda i: set()) is None  # no office written: no evidence
