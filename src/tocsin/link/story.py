"""Reports of one article read together: which tell its own story again and which tell another happening.

An article tells one story and refers back to it ("the killing", "his arrest"), but it also tells other
happenings beside it, and the linker (``incidents``) must not fold those into its story:

- another of its kind: words just before the trigger or in the target ("another attack", "three other
  defendants", "previously pleaded guilty");
- someone new: a later victim or defendant told with an indefinite article ("a man"), or a pronoun standing for
  one its own sentence brings in ("found a man … and assaulted him"), after a report that named its target,
  unless the lede restates the headline;
- another step of a case: a plea, a verdict, an acquittal and a sentence are four; an indictment, an arraignment
  and a warrant are three (docs/annotation.md §2.1);
- a lesser type beside the graver one with no victim of its own: the article names a happening by the gravest
  outcome it reports, so an attack told beside its killing with no victim is another;
- legal steps of one article join only on evidence of one person: the same day, the same parties, the lede's
  description then the name, or a word of the target shared.
"""

from __future__ import annotations

import re

from ..read.event_lexicon import ANOTHER as _ANOTHER
from ..read.event_lexicon import DEFINITE as _DEFINITE
from ..read.event_lexicon import conviction_step
from ..read.events.happenings import _NAMED_DATE
from ..resolve import bare
from . import counts

LESS_GRAVE = {"killing": ("attack",), "abduction": ("disappearance",)}  # of compatible types, those a graver outcome names


def another(ev: dict, others_only: bool = False) -> bool:
    """The report marks its happening as another one of its kind: words just before the trigger, with no preposition
    between them and it, or in the target. ``others_only``: only the words that set it apart from the story's own
    ("other", "previously"), not ordinals or "also"."""
    marks = _OTHERS if others_only else _ANOTHER
    before = (ev.get("before_trigger") or "")[-40:]
    return any(not _ELSEWHERE.search(before, m.end()) for m in marks.finditer(before)) \
        or bool(marks.search(ev.get("target_text") or ""))


# A preposition between the mark and the trigger: the mark tells of the phrase the trigger hangs from, not of the
# trigger ("was already in custody for allegedly robbing the bank": the robbery is the story's own, not an earlier one)
_ELSEWHERE = re.compile(r"\b(?:for|with|about|over|against|por|para|contra|sobre)\b", re.IGNORECASE)


_OTHERS = re.compile(r"\b(?:other|another|previous(?:ly)?|earlier|prior|already|remaining|otr[oa]s?|anteriormente|previamente)\b", re.I)


def undated(ev: dict) -> bool:
    return ev["date_precision"] == "publication" or not ev.get("date_begin")


def named_by_date(ev: dict) -> bool:
    """A definite noun that names its happening by a date of its own ("the October 7th attacks", "the 2015 bombing"),
    dated by it: the reader keeps it apart from the killings told before it on other days (read.events.happenings)."""
    before = (ev.get("before_trigger") or "")[-40:]
    mark = _DEFINITE.search(before) if ev.get("nominal") else None
    return mark is not None and not undated(ev) and bool(_NAMED_DATE.search(before[mark.start():]))


def dated_apart(a: dict, b: dict) -> bool:
    """Within one article, a happening named by its date ("the October 7th attacks") is not a report the text does not
    date ("this violent shooting at a shopping mall"): an undated report joins an earlier one only on the weak evidence
    that it may refer back to it, and a date in the name says which happening the noun is (named_by_date)."""
    return a["doc_id"] == b["doc_id"] and (named_by_date(a) and undated(b) or named_by_date(b) and undated(a))


def definite(ev: dict) -> bool:
    """A definite reference to a happening already told: "the killing", "his murder", "this attack"."""
    return bool(ev.get("nominal")) and bool(_DEFINITE.search(ev.get("before_trigger") or ""))


_ANYONE = {"defendant", "defendants", "he", "she", "him", "her", "they", "them", "who", "man", "men", "woman", "women", "person",
           "persons", "people", "individual", "individuals", "suspect", "suspects", "accused", "all", "both", "each", "other",
           "others", "el", "ella", "ellos", "acusado", "acusados", "detenido", "detenidos", "imputado", "imputados", "hombre",
           "hombres", "mujer", "mujeres",
           # words of any description ("a Venezuelan national", "an illegal alien", "a 34-year-old gang member")
           "national", "nationals", "citizen", "citizens", "immigrant", "immigrants", "alien", "aliens", "illegal", "criminal",
           "member", "members", "year", "old", "nacional", "ciudadano", "ciudadana", "miembro", "miembros"}
_GENERIC = _ANYONE - {"he", "she", "him", "her", "they", "them", "who", "el", "ella", "ellos"}  # "two individuals", "three men"
_FUNCTION = {"the", "a", "an", "of", "and", "as", "its", "their", "his", "her", "el", "la", "los", "las", "de", "del", "y"}


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (text or "").lower()) if w not in _FUNCTION and len(w) > 1}


def _same_story(a: dict, b: dict, features: dict) -> bool:
    """Two reports of one document tell one happening only on evidence: the same day given for both, the same
    parties (a group, an actor, a victim's kind or entity), or targets that share a word ("Gary Wilson", "Wilson").
    A definite reference ("the killing", "that assault") is followed separately (link: the referent)."""
    if features["date"] == 1.0 and not (undated(a) or undated(b)) or features["parties"] >= 0.6:
        return True
    ta, tb = a.get("target_text") or "", b.get("target_text") or ""
    if _LEDE.match(ta) and _named(tb) or _LEDE.match(tb) and _named(ta):
        return True  # "A Coral Gables man was arrested …", then "Martello was charged …": the lede, then the name
        # (two descriptions, "a Venezuelan national" and "a Honduran national", are two people)
    return bool((_words(ta) - _ANYONE) & (_words(tb) - _ANYONE))


# A lede's description of one person, before the text names them: "A Chicago police officer", "a 33-year-old man"
_LEDE = re.compile(r"^\W*(?:an?|un[ao]?)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,6}\s*$", re.I)
_PRONOUN = re.compile(r"^\W*(?:he|she|him|her|they|them|it|él|ella|ellos)\W*$", re.I)


def _named(target: str) -> bool:
    """One person by name, the lede's person named later ("Martello", "Keith Martello"); not another description
    ("a Honduran national") nor an offence a parse took for the target ("aggravated rape of child")."""
    head = target.split(",")[0].strip()  # "Patricia Moore, 62, of the 100 block of Howman Avenue"
    return _one(target) and not _LEDE.match(head) and not _DETERMINED.match(head) and head[:1].isupper()


# A definite description, capitalized only because it opens a sentence: "The 20-year-old driver" names no one
_DETERMINED = re.compile(r"^(?:the|this|that|these|those|el|la|los|las|este|esta)\s", re.I)


def _one(target: str) -> bool:
    """The target is one person, named or described: not a pronoun, a list ("X and Y"), a count or a plural noun."""
    words = re.findall(r"[\w'’-]+", target)
    if not words or _PRONOUN.match(target) or re.search(r"\b(?:and|y)\b", target) or (counts.count(target) or (1,))[0] > 1:
        return False
    return not (words[-1].islower() and words[-1].endswith("s"))  # "the defendants", "drug dealers"; not "Jones"


def someone_new(a: dict, b: dict) -> bool:
    """Within one article, a later report whose target is an indefinite description of one person ("a man", "an
    unidentified African-American man") brings in someone the article had not told of: it is not the happening of
    an earlier report that has a target. The lede restating the headline just above it is the exception, since
    headlines drop their articles ("DeKalb man arrested in attempted robbery. A DeKalb man has been arrested…";
    "Councilwoman arrested … NEW MIAMI — … after a recently-resigned council member was arrested")."""
    if "headline" not in a or "headline" not in b:
        return False
    early, late = sorted((a, b), key=lambda e: e["trigger_start"])
    target = (late.get("target_text") or "").strip()
    target = antecedent(late) or target  # "An elderly couple, … when they were shot": the couple is the victim
    if not early.get("target_text") or not (_LEDE.match(target) and _one(target)):
        return False
    return not (early["headline"] and late["evidence_start"] - early["evidence_end"] <= _LEDE_WITHIN)


def antecedent(ev: dict) -> str | None:
    """A pronoun target's antecedent in its own sentence, when that sentence brings a person in with an indefinite
    article: the sentence's subject for "he", "she", "they" ("An elderly couple, knelt by their bed, … when they were
    shot"), the object of an earlier verb for "him", "her", "them" ("The group then found an African-American man … and
    assaulted him"). Not the doer told as the subject before an object pronoun ("A gunman walked in and shot him"), nor
    the subject of a reported clause ("The victim told authorities a man approached him … and shot him")."""
    target = (ev.get("target_text") or "").strip()
    if not _PRONOUN.match(target):
        return None
    before = ev.get("before_trigger") or ""
    found = list(_NEWCOMER.finditer(before))
    if target.lower() in _SUBJECTS:
        return found[0].group(0) if found and not before[:found[0].start()].strip(" \"'“‘") else None
    objects = [m for m in found if _VERB_BEFORE.search(before[:m.start()])]
    return objects[-1].group(0) if objects else None


# A person brought in with an indefinite article: "an elderly couple", "a 25-year-old man", "una pareja de ancianos"
_NEWCOMER = re.compile(r"\b(?:an?|un[ao]?)\s+(?:[\w'’-]+\s+){0,4}?(?:m[ae]n|wom[ae]n|couple|family|boy|girl|teen(?:ager)?|youth|child|"
                       r"person|resident|student|driver|victim|neighbou?r|hombre|mujer|joven|pareja|familia|niñ[oa]|menor|persona|"
                       r"vecin[oa])\b", re.IGNORECASE)
_SUBJECTS = {"he", "she", "they", "él", "ella", "ellos", "ellas"}
# The verb whose object the description is: "found a man", "spotted a woman", "approached a couple" (not "told
# authorities a man …", whose description is the subject of the clause it opens)
_VERB_BEFORE = re.compile(r"\b(?:\w+ed|found|saw|met|spotted|grabbed|caught|hit|struck|shot|took)\s+$", re.IGNORECASE)


# The lede follows its headline closely: a dateline ("BEIRUT:"), a byline or a line of the site may stand between
_LEDE_WITHIN = 300


def legal_step(ev: dict) -> str | None:
    """Which step of a case a conviction report tells, by its trigger: a guilty plea, an acquittal, a sentence or a
    verdict ("pleaded guilty", "acquitted", "sentenced", "convicted"). Each is a happening of its own
    (docs/annotation.md §2.1): "pleaded guilty in October" and "was sentenced today" are two. Of charges, an
    arraignment and a warrant are steps of their own: "an indictment was unsealed charging X", then "X appeared for
    arraignment"; "had four warrants out for her arrest", then "was arrested and charged with theft"."""
    if ev.get("type") == "charge" and ev.get("trigger_text"):
        return next((step for step, words in _CHARGE_STEPS if words.search(ev["trigger_text"])), "charge")
    if ev.get("type") != "conviction" or not ev.get("trigger_text"):
        return None
    return conviction_step(ev["trigger_text"])


# Steps of a charge other than the charge itself: the arraignment (where the plea is not guilty) and a warrant. Not
# an appearance in court ("compareció ante el juez, que lo formalizó"): the charge is often read at it
_CHARGE_STEPS = (("arraignment", re.compile(r"\barraign|not\s+guilty|no\s+culpable", re.I)),
                 ("warrant", re.compile(r"\bwarrants?\b|red\s+notice|orden(?:es)?\s+de\s+(?:captura|aprehensi|arresto|detenci)|"
                                       r"notificaci[oó]n\s+roja", re.I)))


def same_step(a: dict, b: dict) -> bool:
    """Not two different steps of a case (a report whose trigger is not known is no evidence either way)."""
    sa, sb = legal_step(a), legal_step(b)
    return sa is None or sb is None or sa == sb


def one_telling(a: dict, b: dict) -> bool:
    """Two reports read from the same words of one article: one happening with several parties ("the bodies of
    Amir and Gerard were found", "seven defendants were convicted"), each party read as a report of its own; not one
    per place a list gives ("bombed embassies in Kenya and Tanzania": read.events.each_place), whose places differ."""
    return _same_words(a, b) and not listed_apart(a, b)


def _same_words(a: dict, b: dict) -> bool:
    return a["doc_id"] == b["doc_id"] and a["type"] == b["type"] and a.get("trigger_start") is not None \
        and a.get("trigger_start") == b.get("trigger_start")


def listed_apart(a: dict, b: dict) -> bool:
    """Two reports read from the same words in two places a list gives ("bombed embassies in Kenya and Tanzania"): the
    reader made one happening of each place (read.events.each_place), so they are two."""
    places = a.get("place_entity"), b.get("place_entity")
    return _same_words(a, b) and all(places) and places[0] != places[1]


def typed_apart(a: dict, b: dict) -> bool:
    """Within one article, an attack that names no victim is not the article's killing (nor a disappearance that names
    no one its abduction): the article names a happening by the gravest outcome it reports (docs/annotation.md §2.1),
    and an attack it tells beside a killing without a victim ("a gunman killed eight people", "the officer stopped the
    gunman by shooting and wounding him"; "a violent fight ensued") is another happening, unless the two name one victim
    or another report of the incident carries it. One that names a victim ("le dispararon seis veces", "… shot the
    driver", then "the man died") may be the killing told again."""
    if a["doc_id"] != b["doc_id"] or a["type"] == b["type"] or one_telling(a, b):
        return False
    lesser = a if a["type"] in LESS_GRAVE.get(b["type"], ()) else b if b["type"] in LESS_GRAVE.get(a["type"], ()) else None
    return lesser is not None and not (lesser.get("target_text") or "").strip() and not _one_victim(a, b)


def _one_victim(a: dict, b: dict) -> bool:
    ta, tb = bare(a.get("target_entity") or ""), bare(b.get("target_entity") or "")
    return bool(ta) and ta == tb and ta.startswith("person:")


def same_word(reference: dict, earlier: dict) -> bool:
    """A definite reference names its happening with a word an earlier report used for it: "the attack" and "the
    attack left one officer dead", "the stabbing" and "stabbed", "the arrest" and "was arrested" (the stem of the
    reference's noun among the earlier trigger's words)."""
    noun = re.findall(r"\w+", (reference.get("trigger_text") or "").lower())
    words = re.findall(r"\w+", (earlier.get("trigger_text") or "").lower())
    return bool(noun) and len(noun[-1]) >= 4 and any(w[:4] == noun[-1][:4] for w in words if len(w) >= 4)


def several(reference: dict) -> bool:
    """A definite reference in the plural ("the arrests", "these guilty pleas", "the killings", "los asesinatos"): it may
    sum up several happenings the article told, not refer back to one."""
    words = re.findall(r"\w+", (reference.get("trigger_text") or "").lower())
    return bool(reference.get("nominal")) and bool(words) and len(words[-1]) > 3 and words[-1].endswith("s") \
        and not words[-1].endswith(("ss", "us", "is"))
