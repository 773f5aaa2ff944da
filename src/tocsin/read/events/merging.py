"""One event per sentence and type: the triggers of one happening merged into one record, two happenings a sentence
tells apart kept apart (two people, one after the other, another one; two groups each in its own clause's place).
Used by ``find``."""

from __future__ import annotations

from ..ties import merge_ties
from .chains import _family
from .happenings import _name_words, told_apart


def merge(events: list[dict]) -> list[dict]:
    """One event per sentence and type, the first trigger kept and its gaps
    filled from the others, unless the sentence tells them apart (two people, one after the other, another one:
    ``happenings.told_apart``); a killing absorbs the attack in its sentence."""
    by_key: dict[tuple, dict] = {}
    for e in events:
        key = (e["sentence"], e["type"], e["modality"] in ("future", "hypothetical"), e.get("step"))  # "convicted and sentenced": two steps
        kept = by_key.get(key)
        if kept is not None and _apart(kept, e):
            kept["apart"] = e["apart"] = True  # each takes the places of its own clause only
            if _other_groups(kept, e) and _gapped(kept, e):
                e["modality"] = kept["modality"]  # "does not operate in Houston, and Barrio 18 in Dallas": its verb left out, and its mood with it
            # "shot Jones in May and killed Brown in June": two happenings (annotation.md §2.3); but a trigger told apart
            # from the first may be one happening with a later one ("Sunday's blast came two days after two bombs
            # killed six officers": the bombs and the killing are one)
            key = next((k for k, other in by_key.items() if k[: len(key)] == key and len(k) > len(key) and not _apart(other, e)),
                       key + (e["trigger"],))
            kept = by_key.get(key)
        if kept is None:
            by_key[key] = e
            continue
        if kept.get("target") is None and e.get("target") is not None:
            kept["target_category"] = e.get("target_category")  # a category goes with its target: the one ``settle`` gave a
            # trigger with none ("the attack that killed one policeman": civilian, as untargeted) is not the policeman's
        for field in ("actor", "actor_mention", "target", "target_mention", "target_category", "target_tok", "attribution", "fatalities", "injured"):
            if kept.get(field) is None and e.get(field) is not None:
                kept[field] = e[field]
                if field == "actor":
                    kept["actor_basis"] = e["actor_basis"]
        kept["groups"] |= e["groups"]
        kept["ties"] = merge_ties(kept["ties"], e["ties"])
        kept["merged"] = [*kept.get("merged", ()), e["trigger"]]  # a presence claim's places hang from any of its predicates
        if e["rank"] < kept["rank"] and e["subtype"]:
            kept["subtype"], kept["rank"] = e["subtype"], e["rank"]
    kept = list(by_key.values())
    killings = {(e["sentence"], e["modality"]) for e in kept if e["type"] == "killing"}
    abductions = {e["sentence"] for e in kept if e["type"] == "abduction"}
    # "burst into the bar to kill a rival and opened fire, killing six": the aim is the happening the sentence tells
    told = {(e["sentence"], _family(e["type"])) for e in kept if e["modality"] not in ("future", "hypothetical")}
    return [
        e for e in kept
        if not (e["type"] == "attack" and (e["sentence"], e["modality"]) in killings)
        and not (e["modality"] == "hypothetical" and (e["sentence"], _family(e["type"])) in told)
        and not (e["type"] == "disappearance" and e["sentence"] in abductions)
    ]


def _apart(a: dict, b: dict) -> bool:
    """Whether two triggers of one type in a sentence tell two happenings: two people, one after the other, another
    one, two groups each in its own clause."""
    return _other_person(a, b) or told_apart(a["tok"], b["tok"]) or _other_groups(a, b)


def _other_groups(a: dict, b: dict) -> bool:
    """Two presence predicates of one sentence whose groups differ: "MS-13 operates in Houston, and Barrio 18 operates
    in Dallas" puts each group in its own clause's place, not both in both."""
    return a["type"] == "presence" and bool(a["groups"]) and bool(b["groups"]) and not a["groups"] & b["groups"]


def _gapped(a: dict, b: dict) -> bool:
    """Whether ``b`` is a clause that leaves out ``a``'s verb: "…, and Barrio 18 in Dallas" (a place hung on a name joined
    to ``a``'s predicate)."""
    tok = b["tok"]
    return tok.dep_ == "prep" and tok.head.dep_ == "conj" and tok.i in {t.i for t in a["tok"].head.subtree}


def _other_person(a: dict, b: dict) -> bool:
    """Whether two triggers of one type in a sentence were done to two different people, each named."""
    ma, mb = a.get("target_mention"), b.get("target_mention")
    return ma is not None and mb is not None and ma.kind == mb.kind == "person" and not _name_words(ma.text) & _name_words(mb.text)
