"""Group ties carried by the document's references: a plural "these criminals" or "they" for the people of a group
named in the phrase just before (read.events.referred), a person's other name given by "known as" (chains), and the
doer of a gerund after "after" or "before" (arguments). Sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

MS13, B18, GULF = "ms-13", "barrio-18", "gulf-cartel"


@pytest.fixture(scope="module")
def read():
    from tocsin.ingest.dedup import document_id
    from tocsin.models import Document
    from tocsin.read import read_many

    def events(text: str):
        doc = Document(id=document_id(text), text=text, source="test.txt", language="en", published_at="2024-05-01")
        return [ann for _, ann in read_many([doc], gated=False)][0].events

    return events


def _ties(event) -> set[tuple[str, str, str]]:
    return {(t.role, t.group_key, t.strength) for t in event.ties if t.role != "mentioned"}


def _event(events, etype: str, trigger: str | None = None):
    return next(e for e in events if e.type == etype and (trigger is None or e.trigger.startswith(trigger)))


def test_referred_demonstrative_takes_the_group_of_the_people_just_arrested(read):
    events = read("Federal agents arrested 40 MS-13 members on Long Island on Tuesday. These violent criminals were deported "
                  "to El Salvador on Friday.")
    assert _ties(_event(events, "extradition")) == {("target", MS13, "named")}


def test_referred_demonstrative_keeps_the_hedge_of_the_words_it_refers_to(read):
    events = read("Two Honduran men, both suspected Barrio 18 members, were charged with the killing on Monday. These two men "
                  "were arrested near the border last year.")
    assert _ties(_event(events, "arrest", "arrested")) == {("target", B18, "suspected")}


def test_referred_pronoun_is_the_group_subject_of_its_sentence(read):
    events = read("Gulf Cartel gunmen stormed a ranch near Reynosa on Sunday, where they killed three farm workers.")
    assert _ties(_event(events, "killing")) == {("actor", GULF, "named")}


def test_referred_nearest_plural_phrase_without_a_group_takes_none(read):
    events = read("Police arrested 12 people at a house in Dallas on Monday. These men were deported to Honduras, where "
                  "MS-13 recruits.")
    assert not _ties(_event(events, "extradition"))


def test_chains_known_as_gives_one_person_two_names(read):
    events = read('Mexico extradited Juan Carlos Reyes Lopez, known as "Martin Vargas," to the United States on Monday. '
                  "Vargas was a leader of the Gulf Cartel for a decade.")
    assert _ties(_event(events, "extradition")) == {("target", GULF, "named")}


def test_arguments_gerund_after_a_preposition_of_time_is_done_by_the_clause_subject(read):
    events = read("Hezbollah terrorists killed a Marine colonel in Lebanon after kidnapping him in 1988.")
    abduction = _event(events, "abduction")
    assert "terrorists" in abduction.actor_text and _ties(abduction) == {("actor", "hezbollah", "named")}


def test_referred_passes_over_the_plural_of_a_subordinate_clause(read):
    events = read("Agents arrested 25 MS-13 members in Houston on Monday, seizing dozens of rifles. These violent criminals were "
                  "deported to El Salvador on Friday.")
    assert _ties(_event(events, "extradition")) == {("target", MS13, "named")}


@pytest.mark.parametrize("text, expected", [
    ("Navy airstrikes killed dozens of ISIS fighters in a cave complex in Somalia on Sunday.", {("target", "isis", "named")}),
    ("Police arrested two of the MS-13 members at a house in Houston on Monday.", {("target", MS13, "named")}),
    ("Gunmen killed dozens of victims of the Sinaloa Cartel in a village on Monday.", set()),
])
def test_belonging_a_count_of_a_group_s_people_is_of_the_group(read, text, expected):
    events = read(text)
    assert _ties(next(e for e in events if e.type in ("killing", "arrest"))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Treasury sanctioned two individuals from MS-13 and Barrio 18 on Monday.", {("target", MS13, "named"), ("target", B18, "named")}),
    ("ICE deported two men from Honduras on Monday.", set()),
])
def test_described_people_from_a_group_are_its_own_where_the_from_hangs_on_the_verb(read, text, expected):
    events = read(text)
    assert _ties(next(e for e in events if e.type in ("designation", "extradition"))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Treasury designated a Sudanese militia leader for his leadership of the Rapid Support Forces on Monday.",
     {("target", "rapid-support-forces", "named")}),
    ("The Treasury sanctioned two Honduran men for their leadership roles in MS-13 on Monday.", {("target", MS13, "named")}),
    ("The Treasury sanctioned two bankers for their role in the scheme in Mexico, where MS-13 operates.", set()),
])
def test_described_the_reason_of_a_sanction_names_the_group_its_target_leads(read, text, expected):
    assert _ties(_event(read(text), "designation")) == expected
