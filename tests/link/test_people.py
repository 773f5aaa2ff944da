"""People across documents (issue 19): a lone surname joins another document's person only on evidence."""

from typing import Callable

import pytest

from tocsin.link.entities import person_link


def _lone(doc: str, canonical: str | None = None) -> dict:
    eid = f"person:smith@{doc}"
    return {"id": eid, "name": "Smith", "canonical": canonical or eid}


def test_people_a_lone_surname_joins_the_one_lone_namesake_written_alike():
    known = [_lone("a")]
    def alike(a, b):
        return {a, b} == {"person:smith@a", "person:smith@b"}
    assert person_link(_lone("b"), known, lambda i: set(), alike) == ("person:smith@a", "surname, office and outlet", 0.7)
    assert person_link(_lone("c"), known, lambda i: set(), alike) is None  # another outlet, another office: no evidence
    assert person_link(_lone("b"), known, lambda i: set()) is None  # nothing to tell: apart


def test_people_two_namesakes_written_alike_leave_a_lone_surname_apart():
    known = [_lone("a"), _lone("c")]
    assert person_link(_lone("b"), known, lambda i: set(), lambda a, b: True) is None


def test_people_a_known_full_name_decides_before_lone_namesakes():
    """A full name of that family is known: the surname joins it on a shared office, or stays apart."""
    known = [_lone("a"), {"id": "person:ann-smith", "name": "Ann Smith", "canonical": "person:ann-smith"}]
    offices = {"person:ann-smith": {"judge"}, "person:smith@b": {"judge"}}
    assert person_link(_lone("b"), known, lambda i: offices.get(i, set()), lambda a, b: True) == ("person:ann-smith", "surname", 0.8)
    assert person_link(_lone("b"), known, lambda i: set(), lambda a, b: True) is None


def _ingest(tmp_path, files: dict[str, str]):
    from tocsin.config import Config
    from tocsin.link import link
    from tocsin.pipeline import run_ingest
    from tocsin.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    filler = ("\nThe county has seen few such cases in recent years, and residents who spoke at a meeting on Tuesday asked"
              " for more patrols on the roads near the river and the state park.\n")  # a text long enough to be read
    for name, body in files.items():
        (folder / name).write_text(body + filler, encoding="utf-8")
    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        run_ingest([str(folder)], store, Config(store=path))
        link(store)
        return store.fetch("SELECT d.outlet, d.published_at, COALESCE(l.canonical_id, s.speaker_entity) AS who, l.basis"
                           " FROM statements s JOIN documents d ON d.id = s.doc_id"
                           " LEFT JOIN entity_links l ON l.entity_id = s.speaker_entity ORDER BY d.published_at")


def test_people_sheriff_smith_of_one_paper_is_one_person_and_of_another_paper_another(tmp_path):
    """"Sheriff Smith" twice in one paper within a term: one person, with the link's basis; "Sheriff Smith" of
    another paper: no evidence it is the same sheriff."""
    rows = _ingest(tmp_path, {
        "a.txt": "title: Search goes on\noutlet: Valley Courier\npublished: 2024-03-01\n\nSheriff Smith said the two men fled"
                 " toward the river on Sunday night and that deputies were still searching the woods near the old mill.\n",
        "b.txt": "title: Search ends\noutlet: Valley Courier\npublished: 2024-03-09\n\nBoth suspects were arrested at a motel"
                 " in Dayton on Friday, Sheriff Smith said, ending a manhunt that had closed three schools.\n",
        "c.txt": "title: Manhunt\noutlet: Coast Herald\npublished: 2024-03-05\n\nSheriff Smith said a boat stolen from the"
                 " marina was found burned on the beach and that the harbor would stay closed until Monday.\n",
    })
    by_outlet = {}
    for r in rows:
        by_outlet.setdefault(r["outlet"], set()).add(r["who"])
    assert len(by_outlet["Valley Courier"]) == 1 and not by_outlet["Valley Courier"] & by_outlet["Coast Herald"]
    assert {r["basis"] for r in rows if r["outlet"] == "Valley Courier"} == {None, "surname, office and outlet"}


def test_people_a_link_to_an_entity_linked_later_follows_it_to_its_canonical(tmp_path):
    """"Smith" of one story joined "Smith" of another; when that one joins "Ann Smith", both point at her, each link
    keeping its own basis."""
    from tocsin.store import linking as sql
    from tocsin.store import open_store

    with open_store(str(tmp_path / "s.db")) as store:
        for eid, name in (("person:smith@a", "Smith"), ("person:smith@b", "Smith"), ("person:ann-smith", "Ann Smith")):
            store.execute("INSERT INTO entities (id, kind, name, aliases) VALUES (?, 'person', ?, '[]')", (eid, name))
        sql.save_entity_link(store, "person:smith@b", "person:smith@a", "surname, office and outlet", 0.7)
        sql.save_entity_link(store, "person:smith@a", "person:ann-smith", "surname", 0.8)
        rows = {r["entity_id"]: (r["canonical_id"], r["basis"]) for r in store.fetch("SELECT * FROM entity_links")}
    assert rows == {"person:smith@b": ("person:ann-smith", "surname, office and outlet"),
                    "person:smith@a": ("person:ann-smith", "surname")}


def _person(eid: str, name: str) -> dict:
    return {"id": eid, "name": name, "canonical": eid}


@pytest.mark.parametrize("father, son, office", [
    ("Edmund G. Brown", "Edmund G. Brown Jr.", "governor"),  # a governor of 1966 and one of 2014
    ("Michael Carter", "Michael Carter Jr.", "defendant"),  # "for his role in the drug ring his father ran"
])
def test_people_a_generational_suffix_on_one_side_keeps_father_and_son_apart_whatever_office(father, son, office):
    """"Gov. Edmund G. Brown said Monday…" and "Gov. Edmund G. Brown Jr. signed a bill…": a shared office word is no
    evidence that the suffix was dropped; the two names stay two people."""
    def offices(i):
        return {office}
    assert person_link(_person("person:a", father), [_person("person:b", son)], offices) is None
    assert person_link(_person("person:b", son), [_person("person:a", father)], offices) is None


_BIDENS = {"person:joe-biden": ("Joe Biden", {"president"}), "person:jill-biden": ("Jill Biden", set()),
           "person:hunter-biden": ("Hunter Biden", set()), "person:beau-biden": ("Beau Biden", {"attorney", "general"})}


def _written(people: dict[str, tuple[str, set[str]]], lone: str, office: set[str]) -> tuple[list[dict], Callable[[str], set[str]]]:
    """The known people, and the offices written with each and with the lone surname ``lone`` (an entity id)."""
    known = [_person(eid, name) for eid, (name, _) in people.items()]
    return known, lambda eid: office if eid == lone else people.get(eid, (None, set()))[1]


@pytest.mark.parametrize("people, lone, office, expected", [
    (_BIDENS, "Biden", {"president"}, "person:joe-biden"),  # "President Biden", "THE PRESIDENT:" under his remarks
    (_BIDENS, "Biden", {"attorney", "general"}, "person:beau-biden"),  # "Attorney General Biden" of Delaware
    ({"person:ann-ortiz": ("Ann Ortiz", {"governor"}), "person:bob-ortiz": ("Bob Ortiz", {"sheriff"})}, "Ortiz", {"governor"},
     "person:ann-ortiz"),
    ({"person:gustavo-petro": ("Gustavo Petro", {"presidente"}), "person:nicolas-petro": ("Nicolás Petro", set())}, "Petro",
     {"presidente"}, "person:gustavo-petro"),  # "el presidente Petro", not his son
])
def test_people_a_lone_surname_joins_the_one_namesake_written_with_its_office(people, lone, office, expected):
    """Several people of one family name are known in full; the surname alone goes to the one written with the office
    it is written with."""
    known, offices = _written(people, f"person:{lone.lower()}@x", office)
    lone = {"id": f"person:{lone.lower()}@x", "name": lone}
    assert person_link(lone, known, offices, held=offices) == (expected, "surname", 0.8)
    assert person_link(lone, known, offices, held=lambda eid: set()) is None  # no office written with a full name itself
    assert person_link(lone, known, offices) is None  # nor known


@pytest.mark.parametrize("people, office", [
    (_BIDENS, set()),  # "Biden said": no office, no telling which
    (_BIDENS, {"judge"}),  # an office none of them is written with
    ({"person:george-w-bush": ("George W. Bush", {"president"}), "person:george-h-w-bush": ("George H. W. Bush", {"president"})},
     {"president"}),  # two Presidents Bush
    ({"person:ann-ortiz": ("Ann Ortiz", {"sheriff", "governor"}), "person:bob-ortiz": ("Bob Ortiz", {"sheriff"})}, {"sheriff"}),
])
def test_people_a_lone_surname_stays_apart_when_its_office_fits_no_one_or_two(people, office):
    known, offices = _written(people, "person:x@x", office)
    lone = {"id": "person:x@x", "name": known[0]["name"].split()[-1]}
    assert person_link(lone, known, offices, held=offices) is None
    assert person_link(lone, known) is None  # and nothing to read offices from: two holders, no link


def test_people_a_dropped_suffix_joins_on_one_office_one_outlet_one_term():
    """"JOSEPH R. BIDEN JR." signing orders and "President Joe Biden" of the briefings, written alike: one person; the
    same names with nothing alike, or "Jr." against "Sr.", stay two."""
    joe = [_person("person:joe-biden", "Joe Biden")]
    signed = {"id": "person:joseph-r-biden-jr", "name": "JOSEPH R. BIDEN JR."}
    assert person_link(signed, joe, lambda i: set(), lambda a, b: True) == ("person:joe-biden", "name variant, office and outlet", 1.0)
    assert person_link(signed, joe, lambda i: set(), lambda a, b: False) is None
    assert person_link(signed, joe, lambda i: {"president"}) is None  # a shared office word alone is no evidence
    senior = [_person("person:joseph-r-biden-sr", "Joseph R. Biden Sr.")]
    assert person_link(signed, senior, lambda i: set(), lambda a, b: True) is None
    other = [_person("person:james-biden", "James Biden")]
    assert person_link(signed, other, lambda i: set(), lambda a, b: True) is None


@pytest.mark.parametrize("a, b, same", [
    ("Antony Blinken", "Tony Blinken", True), ("Antony Blinken", "Anthony Blinken", True),
    ("Antony Blinken", "Antonio Blinken", False), ("Antony Blinken", "Anton Blinken", False),
])
def test_people_antony_is_a_spelling_of_anthony(a, b, same):
    from tocsin.link.entities import same_person

    assert same_person(a, b) is same


@pytest.mark.parametrize("before, written, office", [
    ("", "Vice President Harris", {"vice president"}),
    ("veteran Senate President ", "Bill M. Harris", {"president"}),
    ("President Biden and Vice President ", "Harris", {"vice president"}),  # the office nearest the name
    ("", "Lt. Gov. Smith", {"lieutenant governor"}),
    ("Deputy Attorney General ", "Lisa Monaco", {"deputy attorney general"}),
    ("Secretary of Homeland Security ", "Noem", {"secretary"}),
    ("former President ", "Obama", {"president"}),  # the office as it was, not another
])
def test_people_an_office_is_read_with_the_words_that_make_it_another(before, written, office):
    from tocsin.read.people import held, offices

    assert offices(before, written) == office
    assert held(before, written) == office


def test_people_a_lone_surname_joins_a_full_name_of_another_outlet_only_by_an_office_of_a_whole_country(tmp_path):
    """"Judge Manning" of one paper is not another paper's "Judge Casey Manning", but the first paper's own "Judge
    Manning" is; "Speaker Pelosi" of any outlet is "House Speaker Nancy Pelosi"; "Vice President Harris" is never
    "Senate President Bill M. Harris"."""
    rows = _ingest(tmp_path, {
        "a.txt": "title: Hotel ruling\noutlet: The State\npublished: 2021-03-23\n\nOn Monday, Circuit Court Judge Casey"
                 " Manning ruled the city did have a contract with the developer and must pay the firm for the hotel.\n",
        "b.txt": "title: School budget\noutlet: Register Citizen\npublished: 2021-03-25\n\nBoard chairman Judge Manning said"
                 " the budget would rise by two percent and that the board would meet with the member towns next week.\n",
        "c.txt": "title: Hotel appeal\noutlet: The State\npublished: 2021-04-02\n\nJudge Manning said the city could appeal"
                 " the ruling on the hotel contract within thirty days of the decision filed on Friday.\n",
        "d.txt": "title: Budget deal\noutlet: Valley News\npublished: 2021-02-01\n\nHouse Speaker Nancy Pelosi said the"
                 " chamber would vote on the relief bill next week after talks with the Senate leaders ended on Sunday.\n",
        "e.txt": "title: Relief bill\noutlet: Coast Herald\npublished: 2021-02-05\n\nSpeaker Pelosi said the relief bill"
                 " would pass the House on Friday and that the Senate would take it up the week after.\n",
        "f.txt": "title: Transportation bill\noutlet: Ohio Dispatch\npublished: 2021-01-10\n\nThe budget talks stalled for"
                 " weeks, veteran Senate President Bill M. Harris said, over money for the state's roads and bridges.\n",
        "g.txt": "title: Migration\noutlet: The White House\npublished: 2021-04-20\n\nVice President Harris said the"
                 " administration would send more aid to Guatemala and Honduras to address the causes of migration.\n",
    })
    who = {r["outlet"]: r["who"] for r in rows}
    assert who["Register Citizen"] != who["The State"]  # another paper's judge
    assert {r["who"] for r in rows if r["outlet"] == "The State"} == {"person:casey-manning"}
    assert who["Coast Herald"] == who["Valley News"] == "person:nancy-pelosi"
    assert who["The White House"] != who["Ohio Dispatch"]
