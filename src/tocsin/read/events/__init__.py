"""Events: what happened, to whom, by whom, where and when (codebook: docs/events.md).

Per sentence, from triggers and the dependency parse:

1. ``triggers`` finds the words of the vocabulary (``event_lexicon``), the
   earlier type winning where two claim the same words, and drops those a
   mention owns ("the Anti-Extortion Unit") or that name nothing specific
   ("extortion is rising").
2. ``arguments`` reads actor and target off the parse: subject and object of
   a verb (the agent and subject when passive), "of/on/against/by" and the
   possessive of a noun, the subject of "suspected of" / "accused of", the
   noun a reduced relative hangs from ("an officer killed in ..."). Where the
   parse gives no actor, a group named in the sentence is taken, marked as
   co-occurrence only.
3. ``mood.modality`` reads negation, future, hypothetical and allegation off the
   trigger and the words that govern it, and off the statement the trigger
   is quoted in (a forecast is future, a recommendation hypothetical).
4. Crimes named as the offence of a legal event ("charged with murder") are
   the offence, not events of their own; in one sentence, one event per
   type, and a killing absorbs the attack it ended.

Place and date come from ``anchor.locate`` (a charge, plea or sentence from
the court: ``_court_place``); fatality and injury counts
follow ACLED's rules (the lowest figure; "dozens" = 12).

The package: ``words`` (triggers and counts), ``arguments`` (actor and target
off the parse), ``mood`` (modality and attribution off the parse), ``context`` (the document around an event:
pronouns, surnames, what a person is said to be), ``chains`` (a document's
mentions of one person and what they say of him), ``described`` (whom a
description stands for: a name before it, a headline's person named in the
story), ``records`` (place, date and one event per happening), ``retold`` (the
date a happening told again takes from where the story dates it), ``presence``
(the places a presence claim's predicate holds, and whose a group's unit is),
``located`` (a group placed inside its own noun phrase: "Islamic State in
Syria", "one of the largest gangs in Guatemala"), ``doings`` (a group placed by
a verb of its doings in the present: "runs rackets in Culiacán"), ``standing`` (a group placed by
an adjective of its strength or spread: "is strong in Honduras"), ``senses`` (a trigger's word in
a sense that is no act: "the fish they caught", "expelled from school") and ``find``
(``find_events``, the stage's one public function). After the
event gate, ``read`` completes what the gate does not weigh:
``records.placed_by_the_story``, ``finer`` (a state or country the sentence
names, narrowed to the place inside it the story gives the same happening),
``scope`` (the place and time a list's lead-in or a headline's lede gives),
``timeline`` (a past step of a scene takes the scene's day), ``noun_days`` (a report takes the day the story
gives its happening's noun: "arrested in Saturday's fatal shooting"), ``retold`` again
(a happening told again takes the day its scene gave it), ``removals`` (a deportation that names
no destination ends in its person's country) and ``authority`` (a
designation's designating country).
"""

from .find import find_events
from .words import count, triggers

__all__ = ["count", "find_events", "triggers"]
