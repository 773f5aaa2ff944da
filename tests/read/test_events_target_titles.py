"""The target category from titles and trades (read.target_lexicon.TARGET_CATEGORIES): a rank only an armed service
has is military with no service named ("a lance corporal", "Staff Sgt."), a legislator's or governor's abbreviated
title before a name is an official ("Rep.", "State Sen."), as are elected boards and a government's staff; a police
veteran serves now; people at work are business, as is one shot "while driving his taxi"; one "running for mayor" is a candidate. And a story that never names its one victim takes what it says of
"the victim" for the "a man" it told (events/chains.py ``_one_unnamed``), and a sentence opening on "he" or "she"
describes the one person the sentence before names (``_of_the_pronoun``)."""

import pytest

from tocsin.read.event_lexicon import VIOLENT
from tocsin.read.events.words import _category_of


@pytest.mark.parametrize("words, category", [
    ("a lance corporal", "military"),
    ("Lance Cpl. Ana Ruiz", "military"),
    ("Staff Sgt. Ann Lee", "military"),
    ("Gunnery Sgt. Bob Hale", "military"),
    ("a Navy seaman", "military"),
    ("a retired staff sergeant", "former law enforcement"),
    ("a corporal", "law enforcement"),  # a rank alone: police, in local news
    ("a police staff sergeant", "law enforcement"),
    ("Rep. Gabby Giffords", "elected or public official"),
    ("State Sen. Ann Ward", "elected or public official"),
    ("Gov. Tom Ward", "elected or public official"),
    ("a school board member", "elected or public official"),
    ("a county supervisor", "elected or public official"),
    ("two embassy staffers", "elected or public official"),
    ("a Trump Administration staffer", "elected or public official"),
    ("a 20-year veteran of the department", "law enforcement"),
    ("a 10-year veteran of the Memphis Police Department", "law enforcement"),
    ("a pizza delivery man", "business"),
    ("a gas station attendant", "business"),
    ("a bartender", "business"),
    # near misses
    ("a sales rep", None),
    ("a customer service rep", None),
    ("a veteran of the Army", "former law enforcement"),
    ("a store supervisor", "business"),
    ("a 40-year-old man", None),
    # review near misses: a merchant seaman serves no armed service; a department's staff sergeant is police; a trade's
    # rep, a staffer or a district supervisor anywhere is no official; a veteran of a fire department or of the State
    # Department is no police; a drug courier is no business; a corporal "in the Army" is the Army's
    ("a merchant seaman", "business"),
    ("a Detroit Police Department staff sergeant", "law enforcement"),
    ("a drug rep for Pfizer", None),
    ("a hospital staffer", None),
    ("a district supervisor for Dollar General", None),
    ("a 15-year veteran of the Houston Fire Department", None),
    ("a 30-year veteran of the Department of Education", None),
    ("a veteran of the State Department", None),
    ("a drug courier", None),
    ("a corporal in the Army", "military"),
    ("a sergeant with the Marines", "military"),
    ("a 12-year veteran of the force", "law enforcement"),
])
def test_category_titles_and_trades(words, category):
    assert _category_of(words, "en") == category


def _categories(make_doc, text: str) -> list[tuple[str, str | None, str | None]]:
    from tocsin.read import read_many

    ((_, ann),) = read_many([make_doc(text, language="en", published_at="2024-10-24")], gated=False)
    return [(e.type, e.target_text, e.target_category) for e in ann.events if e.type in VIOLENT and e.type != "prison"]


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("A 22-year-old man was shot and killed outside a bar in Oceanside early Sunday. The victim, a Marine stationed at "
     "Camp Pendleton, was identified as John Smith.", "military"),
    ("A man was stabbed to death in Fresno on Friday night. The victim, a retired sheriff's deputy, was walking his dog.",
     "former law enforcement"),
    ("A woman was shot in the parking lot on Monday. The victim, a city council member, was taken to a hospital.",
     "elected or public official"),
    ("Rep. Gabby Giffords was shot in Tucson in January 2011.", "elected or public official"),
    ("Police said a lance corporal was stabbed to death near Camp Pendleton on Saturday.", "military"),
    ("A man was shot and killed while driving his taxi in Memphis on Saturday.", "business"),
    ("Gunmen killed a man who was driving a bus in Lima on Monday.", "business"),
    ("Ahmed Khan was shot in Oakland on Monday. Khan, who owned the corner store, died at the hospital.", "business"),
    ("Smith, a 20-year veteran of the department, was shot twice in the chest on Monday.", "law enforcement"),
    ("John Smith was shot and killed on Monday. He was a reporter for the Daily News.", "journalist"),
    ("Ana Ruiz was found dead in her home on Sunday with gunshot wounds. She had worked as a prison guard for ten years.", "law enforcement"),
    # one hurt "in a shooting at a nightclub" is its target, the nightclub where; with no one hurt, the place stays
    ("Two servicemembers were wounded in a shooting at a nightclub in Jacksonville on Friday.", "military"),
    ("A police officer was killed in an attack at a gas station in Tijuana on Sunday.", "law enforcement"),
    ("Gunmen carried out an attack at a bar in Memphis on Sunday.", "business"),
    ("No one was hurt in the attack at the police station in Culiacan on Monday.", "law enforcement"),
    ("John Smith, who was running for mayor, was shot on Monday.", "elected or public official"),
    ("Ana Ruiz, who was campaigning for re-election, was shot in Celaya on Friday.", "elected or public official"),
    ("John Smith, who ran for cover, was shot on Monday.", "civilian"),
    ("John Smith, who was running for the bus, was shot on Monday.", "civilian"),
    # near misses: what the story says of another person, or of more than one; a car is no trade; who drove; a
    # pronoun after a sentence that names two, or one of the other sex, or inside what someone said
    ("John Smith was shot on Monday by Tom Jones. He was a police officer.", "civilian"),
    ("Mrs. Ana Ruiz was shot on Monday. He was a police officer.", "civilian"),
    ("John Smith was shot on Monday. Neighbors said he was a police officer.", "civilian"),
    ("A man was shot while driving his car on Main Street on Sunday.", "civilian"),
    ("Gunmen shot a man while driving a truck through town on Sunday.", "civilian"),
    ("A man was shot and killed on Main Street on Sunday. The victim's brother, a police officer, said he had no enemies.",
     "civilian"),
    ("A man was shot in the leg on Sunday, police said.", "civilian"),
    ("Two men were shot on Sunday. The victim, a police officer, was not named.", "civilian"),
    # review near misses: one's own pickup truck or a van with one's children is no trade; who never ran, or was not
    # driving; a chance or a question is no description ("may have been", "Was he …?", "possibly a Marine"); the
    # Army's corporal; a nurse in a military hospital
    ("A man was shot and killed while driving his pickup truck home from work on Sunday.", "civilian"),
    ("A woman was killed while driving a van with her three children in Memphis on Sunday.", "civilian"),
    ("John Smith, who had never run for office, was shot on Monday.", "civilian"),
    ("John Smith, who was not driving the bus, was shot on Monday.", "civilian"),
    ("John Smith was shot and killed on Monday. Was he a police officer? Investigators would not say.", "civilian"),
    ("John Smith was shot and killed on Monday. He might have been a police officer, a neighbor said.", "civilian"),
    ("A man was shot and killed outside a bar in Oceanside early Sunday. The victim, possibly a Marine, was not identified.",
     "civilian"),
    ("A man was shot and killed outside a bar on Sunday. The victim may have been a police officer, a witness said.", "civilian"),
    ("A corporal in the Army was shot and killed outside a bar in Killeen on Sunday.", "military"),
    ("A nurse in the military hospital was stabbed on Sunday.", "civilian"),
])
def test_category_unnamed_victim_and_titles(make_doc, text, category):
    found = _categories(make_doc, text)
    assert found and found[0][2] == category, found
