"""A place told as held by a group in the passive: "Idlib province, which is controlled by Hay'at Tahrir al-Sham",
"areas of Syria controlled by Hay'at Tahrir al-Sham", "parts of Sinaloa are controlled by the cartel" (docs/annotation.md §5: a group
that controls territory in a place is present there).

The place is not in the predicate's complement, as it is in the active ("the Taliban controls Kandahar"), but the word the
participle of control is said of: its passive subject, the noun a reduced relative hangs from, or the antecedent of a
relative clause. ``presence.claimed_places`` then takes the places that hang from that word through noun phrases, as
it does for the word an "under … control" phrase is said of (``presence.held_under``). Only a group's hold counts:
the agent after "by" must be a criminal group's name ("the region controlled by the government" holds no group).
"""

from __future__ import annotations

# The participles of a hold among those the presence lexicon's "controlled by" row names ("frequented by" holds nothing)
_HOLDS = {"controlled", "run", "operated"}
# What a group may hold as ground: a place's name or a word of an area or a part of one; not a thing ("a boat from
# Mexico operated by Los Zetas" puts the gang on the boat, not in Mexico)
_GROUND = {"area", "part", "much", "most", "swath", "swathe", "stretch", "region", "province", "territory", "district", "zone",
           "neighborhood", "neighbourhood", "town", "city", "village", "state", "municipality", "county", "countryside",
           "prison", "jail", "port", "corridor", "border", "borderland", "route", "plaza", "street", "camp", "valley", "coast"}


def held_by(verb, groups: set[int]):
    """The word a passive participle of control says a group holds ("Idlib is controlled by the Taliban": Idlib; "areas
    of Syria controlled by Hay'at Tahrir al-Sham": areas; "the province, which is controlled by the Taliban": province), or None where the
    participle is no hold or its agent names no group (``groups``: the token indices of the sentence's group names)."""
    if verb.lower_ not in _HOLDS or verb.tag_ != "VBN" or not _by_a_group(verb, groups):
        return None
    held = verb.head if verb.dep_ in ("acl", "relcl") else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return held if held is not None and (held.ent_type_ in ("GPE", "LOC", "FAC") or _ground(held)) else None


def _ground(noun) -> bool:
    """Whether a noun is a word of ground, singular or plural, whatever case the parse gave it ("Parts of Sinaloa")."""
    word = noun.lower_
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")  # "municipalities", "parts"
    return bool({noun.lemma_.lower(), word, singular} & _GROUND)


def _by_a_group(verb, groups: set[int]) -> bool:
    """Whether the participle's "by" agent holds a criminal group's name."""
    return any(o.i in groups for c in verb.children if c.dep_ == "agent" for o in c.subtree)
