"""Incidents: the same happening, reported by several documents, as one record.

An event joins an incident when the two are compatible on every axis and
close enough overall:

- type: the same, or killing/attack and abduction/disappearance (one outlet
  writes "shot", another "shot dead"), but within one article an attack that
  names no victim is not the killing: an article names a happening by the
  gravest outcome it reports, so an attack it tells beside its killing with
  no victim ("a gunman killed eight", "the officer stopped the gunman by
  shooting him") is another; of convictions, the same step of the case (a
  guilty plea, a verdict, an acquittal and a sentence are four; of charges,
  an indictment and an arraignment are two);
- date: their intervals overlap once each is widened by its precision (two
  days for a day, a week for a week, a month for a month); a report the text
  does not date ("the killing shocked Chile") may refer back to anything
  before its publication, so it counts for little and must be carried by
  place and parties;
- place: the same place, or within a radius that grows with the coarser
  precision (50 km for a city, 400 km for a state); different countries
  never match; an unknown place neither helps nor forbids;
- parties: two different named victims never match; a shared victim, group
  or actor counts for it, and so does the same target category; in two
  documents, an arrest, a charge or a conviction of one defendant is not
  that of another ("Roy Lynn Oakley pleaded guilty today", "Hassan Keshari
  pleaded guilty today");
- two reports in the same article lean together: an article tells one story
  and refers back to it ("the killing is the third this year"); an undated
  definite reference ("the killing", "the shooting") joins the incident the
  same article reported last of that kind; but two items of one list
  (bullets: "- X, convicted of…", "- Y, arrested in…") are two cases unless
  they name the same victim; and within one article, victims of two kinds
  ("a murdered policeman", "murdered soldier Sapper Azimkar") are two; and a
  later victim told with an indefinite article ("a man"), or a pronoun
  for one its own sentence brings in ("an elderly couple … when they were shot"), is someone new,
  unless the lede restates the headline ("DeKalb man arrested. A DeKalb
  man has been arrested…"); a person and a business as victims are two, and
  so are victims of two kinds each described in its own words ("the couple"
  found dead, "both officers" shot), but not a list, a bare name or no victim;
  one article's surname is its full name ("Tyrise M. Bell", "Bell"); a plural
  reference ("make the arrests") after two happenings sums them up, and joins
  neither;
- defendants or victims of one article counted differently are two
  happenings ("31 people", "three other drug dealers"; ``counts``: a lower
  bound agrees with any count above it, an upper bound with any below, an
  approximation with a figure near it, a list counts its parts, "one of
  the men" is a part and no count), the dead of two killings as well
  ("6 million Jews", "over 1,200 innocent people"), while an article that
  updates its toll from a lower bound ("at least five killed", then
  "seven") tells one; and a count shared is no target shared ("designated two
  leaders of X", "sanctioned two bankers"), but "the two individuals"
  refers back to the designation of two;
- seizures and finds in one article: different amounts ("1,248 bags", "259
  bags") or goods of different kinds ("found drugs", "found a gun") are two
  hauls (across outlets, "1.5 tons" and "1,500 kilograms" may be one);
- the same words read as several reports (one per named victim: "the bodies
  of Amir and Gerard were found") are one happening, whatever the parties;
- reports of violence told apart (``apart``): in one article, two manners
  between other parties ("Bell struck the officer", "the police shooting"; not
  "beaten and then shot"); two people named as attackers with no common
  victim; the attacker of one the victim of the other;
- the same named victim weighs most of all;
- an incident is joined only when most of its reports agree with the new one
  and none contradicts it (another step, another named victim or target):
  a report that names no one must not carry two happenings into one.

The score and the features behind it are stored with every membership
(``incident_events.features``): a merge can be read, questioned and undone.
Only happenings become incidents: presence reports feed the footprint, and
denials stay with their event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass

from ..read.placedb import distance_km
from ..resolve import bare
from . import apart, counts
from .story import (_ANYONE, _DETERMINED, _GENERIC, _PRONOUN, LESS_GRAVE, _same_story, _words, another, dated_apart, definite,  # noqa: F401
                    legal_step, listed_apart, one_telling, same_step, someone_new, typed_apart, undated)

COMPATIBLE = {
    "killing": ("killing", "attack"),
    "attack": ("attack", "killing"),
    "abduction": ("abduction", "disappearance"),
    "disappearance": ("disappearance", "abduction"),
}
WINDOW_DAYS = {"day": 2, "part of day": 2, "weekend": 3, "week": 7, "month": 31, "quarter": 92, "season": 92, "year": 183}
UNDATED_DAYS = 30  # an event the text does not date happened within this many days before publication
RADIUS_KM = {"exact": 50, "city": 50, "admin2": 120, "admin1": 400}
SPECIFICITY = {"exact": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "region": 4.5, "continent": 5, "unknown": 6}
DATE_ORDER = {"day": 0, "part of day": 0, "weekend": 1, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "publication": 5}
THRESHOLD = 0.6
SAME_DOCUMENT = 0.15
SAME_VICTIM = 0.2
WEIGHTS = {"date": 0.4, "place": 0.35, "parties": 0.25}


@dataclass(frozen=True)
class Match:
    score: float
    features: dict


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def date_range(ev: dict) -> tuple[dt.date, dt.date] | None:
    """The days an event may have happened on, widened by the precision of its date. A report the text
    does not date ("the killing shocked Chile") happened some time before publication. Kept on the row
    with what it was computed from (``_range``): a report is compared with many others."""
    key = (ev.get("date_begin"), ev.get("date_end"), ev.get("date_precision"), ev.get("published_at"))
    cached = ev.get("_range")
    if cached is None or cached[0] != key:
        cached = ev["_range"] = (key, _date_range(ev))
    return cached[1]


def _date_range(ev: dict) -> tuple[dt.date, dt.date] | None:
    if undated(ev):
        published = _day(ev.get("published_at"))
        return (published - dt.timedelta(days=UNDATED_DAYS), published) if published else None
    begin, end = _day(ev["date_begin"]), _day(ev.get("date_end") or ev["date_begin"])
    if begin is None or end is None:
        return None
    pad = dt.timedelta(days=WINDOW_DAYS.get(ev["date_precision"], 2))
    return begin - pad, end + pad


def _date_feature(a: dict, b: dict) -> float | None:
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return 0.3
    if undated(a) or undated(b):  # an undated reference can point back to any earlier happening
        latest = min(r[1] for r, e in ((ra, a), (rb, b)) if undated(e))
        dated = [r for r, e in ((ra, a), (rb, b)) if not undated(e)]
        return 0.3 if not dated or dated[0][0] <= latest else None
    if ra[0] > rb[1] or rb[0] > ra[1]:
        return None
    exact = a["date_precision"] in ("day", "part of day") and b["date_precision"] in ("day", "part of day")
    if exact:
        return 1.0 if a["date_begin"] == b["date_begin"] else 0.6
    return 0.8


def _place_feature(a: dict, b: dict) -> float | None:
    if not a.get("place_entity") or not b.get("place_entity"):
        return 0.3
    if a["place_entity"] == b["place_entity"]:
        # one country is the same place only for acts a country takes as a whole (a designation); for a killing it
        # says little: two killings "in the United States" are two until date or parties say otherwise
        coarse = SPECIFICITY.get(a["place_precision"], 6) >= SPECIFICITY["country"] and a["type"] not in _TARGET_DEFINED
        return 0.5 if coarse else 1.0
    if a["country"] and b["country"] and a["country"] != b["country"]:
        # two countries: different happenings, unless one side names only a country, as references do
        # ("investigating whether the killing was ordered from Venezuela")
        return 0.2 if "country" in (a["place_precision"], b["place_precision"]) else None
    radius = max(RADIUS_KM.get(a["place_precision"], 0), RADIUS_KM.get(b["place_precision"], 0))
    if radius and a.get("lat") is not None and b.get("lat") is not None:
        if distance_km((a["lat"], a["lon"]), (b["lat"], b["lon"])) <= radius:
            return 0.8
    coarse = max(a, b, key=lambda e: SPECIFICITY.get(e["place_precision"], 6))
    fine = b if coarse is a else a
    if coarse["place_precision"] == "country":
        return 0.5
    if coarse["place_precision"] in ("admin1", "admin2") and coarse.get("admin1") and coarse["admin1"] == fine.get("admin1"):
        return 0.6  # a division named as such, with a town of it: its state decides (a U.S. county's point is its ZIP codes' mean)
    return None


_NEAR_CATEGORIES = ({"law enforcement", "former law enforcement", "military"}, {"elected or public official", "judiciary"},
                    {"political dissident or exile", "former law enforcement", "journalist"})


def _parties_feature(a: dict, b: dict) -> float | None:
    ta, tb = bare(a.get("target_entity") or "") or None, bare(b.get("target_entity") or "") or None  # a lone surname as before its scope
    if ta and tb and ta != tb and a["doc_id"] == b["doc_id"] and not (ta.startswith("person:") and tb.startswith("person:")) \
            and apart.same_name(ta, tb):
        tb = ta  # one article's "Tyrise M. Bell", then "Bell", one of them not read as a person: one person. Two persons
        # are the resolver's call: it gives a surname the full name only when one full name has it ("Juan Lopez", "Maria Lopez")
    if ta and tb and ta.startswith("person:") and tb.startswith("person:"):
        return 1.0 if ta == tb else None  # two named victims: the same person or two incidents
    if ta and tb and ta != tb and ta.split(":")[0] == tb.split(":")[0]:
        return None  # two named targets of one kind (two groups designated, two agencies attacked): two happenings
    if a["type"] in _TARGET_DEFINED and not (ta and ta == tb) and _designated_apart(a.get("target_text"), b.get("target_text")):
        return None  # "designated the Houthis" and "designated English": what was designated is the happening
    if a["type"] in _PER_PERSON and a["doc_id"] != b["doc_id"] and not (ta and ta == tb) \
            and (wa := _words(a.get("target_text")) - _ANYONE) and (wb := _words(b.get("target_text")) - _ANYONE) and not wa & wb:
        return None  # two releases: "Roy Lynn Oakley pleaded guilty today", "Hassan Keshari pleaded guilty today": two defendants
    if a["doc_id"] == b["doc_id"] and {a.get("target_category"), b.get("target_category")} == {"civilian", "business"}:
        return None  # one article, a person and a business as victims: "a purse taken from a truck", "a funeral home burgled"
    score = 0.2
    person = a["type"] in _PER_PERSON  # a legal step is taken against one person: the agency or the group is no clue
    if set(a.get("groups", ())) & set(b.get("groups", ())) and not person:  # ("arrested by ICE", "a Tren de Aragua member")
        score = max(score, 0.7)
    if a.get("actor_entity") and a.get("actor_entity") == b.get("actor_entity") and not person:
        score = max(score, 0.7)
    ca, cb = a.get("target_category"), b.get("target_category")
    if ca and cb and ca == cb and ca != "civilian":
        score = max(score, 0.6)
    elif ca and cb and "civilian" not in (ca, cb) and ca != cb:
        # drivers and a retired officer, a journalist and a judge: different victims, different happenings; and one
        # article describes its victim one way ("a murdered policeman" and "murdered soldier Sapper Azimkar" are two)
        if a["doc_id"] == b["doc_id"] or not any({ca, cb} <= near for near in _NEAR_CATEGORIES):
            return None
        score = min(score, 0.1)  # outlets describe one victim differently ("police officer", "retired officer")
    elif ca and cb and ca != cb and a["doc_id"] == b["doc_id"] and _described(a) and _described(b):
        return None  # one article, "the couple were found dead", "shot at both officers": two victims, two happenings
    return score


def _described(ev: dict) -> bool:
    """The report's victim is one party the article describes ("the couple", "both officers", "a man", "him": the reader
    gives a pronoun the kind of the person it stands for), so its category is what the article says of that victim: not
    a list of victims of several kinds ("four members of the security forces and a woman"), not a civilian by name
    only, as a name says nothing of its bearer's kind ("Hege and Dunakin" were two of the "4 slain Oakland police"),
    and not "the victim", whom the reader leaves a civilian when it cannot tell whose victim it is ("An off-duty
    police officer was killed … The victim was attacked outside his home")."""
    target = (ev.get("target_text") or "").strip()
    if not target or re.search(r"\b(?:and|y|e)\b|[,;]", target):
        return False
    if ev.get("target_category") != "civilian":
        return True
    if _VICTIM.search(target):
        return False
    words = _DETERMINED.sub("", target).split()
    return _PRONOUN.match(target) is not None or all(not w[:1].isupper() for w in words)


_VICTIM = re.compile(r"\bv[ií]ctim(?:a|as|s)?\b", re.I)


_TARGET_DEFINED = {"designation", "extradition"}  # one happening per target: a new target is a new happening
# Legal steps are taken against people one by one. Across documents, two defendants told apart by their words are
# two steps; within one document the same defendant goes by many descriptions ("the former vice president",
# "Milton"), and the article's own story keeps them together. Words that tell no one apart do not count.
_PER_PERSON = {"arrest", "charge", "conviction"}

def _designated_apart(a: str | None, b: str | None) -> bool:
    """Two designations' targets tell two happenings when, beyond their counts, they share no word ("three commanders
    of the militia", "three bankers"); but a definite reference in words that describe anyone ("the two individuals",
    "the three men") refers back to the designation it counts alike ("two Venezuelan nationals who launder money")."""
    wa, wb = counts.without_numbers(_words(a)), counts.without_numbers(_words(b))
    if not wa or not wb or wa & wb:
        return False
    if any(_DETERMINED.match((t or "").strip()) and w <= _GENERIC for t, w in ((a, wa), (b, wb))):
        ta, tb = (_DETERMINED.sub("", (t or "").strip()) for t in (a, b))
        return counts.count(ta) is None or counts.count(tb) is None or counts.different(ta, tb)
    return True


def _counted_apart(a: dict, b: dict) -> bool:
    """Two reports of one article whose targets are counted differently ("31 people" and "three other drug dealers"
    arrested; "three people" and "30 people" killed). A toll's hedged lower bound agrees with a higher count ("at least
    five killed", then "seven"): link.counts' ranges."""
    if a["doc_id"] != b["doc_id"]:
        return False
    return counts.different(a.get("target_text"), b.get("target_text"))


def compare(a: dict, b: dict) -> Match | None:
    """Whether two event rows report the same happening, with the score and the features behind it."""
    if b["type"] not in COMPATIBLE.get(a["type"], (a["type"],)) or not same_step(a, b):
        return None
    if one_telling(a, b):
        return Match(1.0, {"same words": 1.0})
    if listed_apart(a, b):
        return None  # "bombed embassies in Kenya and Tanzania": a happening in each
    if typed_apart(a, b):
        return None  # one article, a killing and an attack that names no victim: two happenings
    if dated_apart(a, b):
        return None  # "this violent shooting" and "the October 7th attacks": the name's date tells another happening
    if apart.told_apart(a, b):
        return None  # "shot Bell" and "Bell struck the officer": other manners, other named actors, roles reversed
    features = {"date": _date_feature(a, b), "place": _place_feature(a, b), "parties": _parties_feature(a, b)}
    if any(v is None for v in features.values()):
        return None
    if a["doc_id"] == b["doc_id"] and None not in (a.get("item"), b.get("item")) and a["item"] != b["item"] and features["parties"] < 1.0:
        return None  # two items of one list ("- X, convicted of…", "- Y, arrested in…"): two cases, unless one named victim
    if a["doc_id"] == b["doc_id"] and features["parties"] < 1.0 and (another(a) or another(b)):
        return None  # "five people have been indicted" and "a sixth individual was also charged": two steps of one story
    if a["doc_id"] == b["doc_id"] and features["parties"] < 1.0 and someone_new(a, b):
        return None  # "the officer shot the driver of the car", then "a man was killed in a shooting": someone else
    if _counted_apart(a, b):
        return None  # "three other drug dealers" and "31 people" arrested; "6 million" and "over 1,200": as many happenings as counts
    if a["type"] == "trafficking" and a["doc_id"] == b["doc_id"] and _two_hauls(a.get("trigger_text"), b.get("trigger_text")):
        return None  # "seized 1,248 bags of heroin" and "found 259 bags of heroin"; "found drugs" and "found a gun"
    if a["doc_id"] == b["doc_id"] and a["type"] in _PER_PERSON and not _same_story(a, b, features):
        return None  # a release on several defendants, a blotter: one article, many arrests, charges and pleas
    score = sum(WEIGHTS[k] * v for k, v in features.items())
    if a["doc_id"] == b["doc_id"]:  # one article telling one story refers back to it
        features["same document"] = 1.0
        score += SAME_DOCUMENT
    if features["parties"] == 1.0 and (a.get("target_entity") or "").startswith("person:"):
        features["same named victim"] = 1.0
        score += SAME_VICTIM
    score = round(score, 3)
    return Match(score, features) if score >= THRESHOLD else None


_GOODS = {"drugs": re.compile(r"\b(?:drugs?|narcotics?|cocaine|heroin|meth\w*|fentanyl|marijuana|crack|pills?|oxycodone|opioids?|"
                              r"drogas?|coca[ií]na|marihuana|hero[ií]na)\b", re.I),
          "weapons": re.compile(r"\b(?:guns?|firearms?|rifles?|pistols?|shotguns?|handguns?|weapons?|ammunition|armas?|fusiles?)\b", re.I),
          "cash": re.compile(r"\b(?:cash|money|currency|dollars|dinero|efectivo)\b|\$\s?\d", re.I)}


def _two_hauls(a: str | None, b: str | None) -> bool:
    """Two seizures or finds by what their words say was taken: different amounts ("1,248 bags", "259 bags"), or
    goods of different kinds and none in common ("found drugs", "found a gun")."""
    amounts = [set(re.findall(r"\d[\d,.]*\d|\d", t or "")) for t in (a, b)]
    if all(amounts) and not amounts[0] & amounts[1]:
        return True
    kinds = [{k for k, p in _GOODS.items() if p.search(t or "")} for t in (a, b)]
    return all(kinds) and not kinds[0] & kinds[1]


def contradicts(a: dict, b: dict) -> bool:
    """Whether two reports of compatible types are two happenings by what they say: two steps of a case (a plea and
    a sentence), two named victims, two designated targets, two defendants of two releases, victims of kinds that
    cannot be one person, two seizures of one article with different amounts or goods, victims of one article
    counted differently ("31 people", "three other drug dealers"; the dead of two killings, "6 million Jews", "over
    1,200 innocent people")."""
    return b["type"] in COMPATIBLE.get(a["type"], (a["type"],)) and not one_telling(a, b) \
        and (not same_step(a, b) or _parties_feature(a, b) is None or apart.told_apart(a, b)
             or _counted_apart(a, b)
             or a["type"] == "trafficking" and a["doc_id"] == b["doc_id"] and _two_hauls(a.get("trigger_text"), b.get("trigger_text")))


def at_odds(a: dict, b: dict) -> bool:
    """Whether a report cannot join an incident that holds the other: it contradicts it, or both are dated and their
    days are apart at their precisions ("killed there last Sunday", "ten years ago, a gunman killed seven").
    One member at odds keeps a report out, however many others agree."""
    return contradicts(a, b) or b["type"] in COMPATIBLE.get(a["type"], (a["type"],)) \
        and (_date_feature(a, b) is None)


def placed_apart(a: dict, b: dict) -> bool:
    """Whether two reports happened in places that cannot be one ("the church shootings" in one town, the killings
    at a Fort Worth church a decade ago that the article recalls): a definite reference does not reach across them."""
    return _place_feature(a, b) is None


def incident_id(founding_event: str) -> str:
    return "inc-" + hashlib.sha1(founding_event.encode()).hexdigest()[:16]


def canonical(members: list[dict]) -> dict:
    """An incident's own fields from its members: the gravest type, the most precise date and place."""
    killing = [m for m in members if m["type"] == "killing"]
    lead = (killing or members)[0]
    dated = min(members, key=lambda m: (DATE_ORDER.get(m["date_precision"], 9), m["date_begin"] or "9999"))
    placed = min(members, key=lambda m: (SPECIFICITY.get(m["place_precision"], 6) if m.get("place_entity") else 9))
    published = sorted(m["published_at"] for m in members if m.get("published_at"))
    return {
        "type": lead["type"],
        "subtype": next((m["subtype"] for m in (killing or members) if m.get("subtype")), None),
        "date_value": dated["date_value"], "date_begin": dated["date_begin"], "date_end": dated["date_end"],
        "date_precision": dated["date_precision"],
        "place_entity": placed.get("place_entity"), "place_precision": placed["place_precision"],
        "first_reported": published[0] if published else None, "last_reported": published[-1] if published else None,
        "events": len(members), "documents": len({m["doc_id"] for m in members}),
        "outlets": outlets(members),
    }


def outlets(members: list[dict]) -> int:
    """Independent outlets: the outlets named; documents whose outlet nobody knows count as one source
    together, and only when no named outlet reported the incident (an unknown source is not a second outlet)."""
    named = {m["outlet"] for m in members if m.get("outlet")}
    return len(named) or (1 if members else 0)


def features_json(match: Match | None) -> str:
    return json.dumps(match.features if match else {"founded": True})
