"""What a speaker avows in a noun phrase: a stance a fact sheet, a readout or a story reports without a clause ("The
two governments noted recent successes, including…", "They also underscored their joint commitment to…", "Ibrahim lauded his team's defence", "The sheriff praised the deputies for their quick response"). The
guideline takes these as statements (docs/annotation.md §3: the source, the cue, the object as content).

They are read narrowly, because the same verbs tell of acts as often as of claims:

- a tense of their own and a third-person subject that can speak: a name, a body, "the leaders", "he", "they"; not
  "we" nor "I" (a joint statement's own voice, a speech's own turn), nor "this" or "today's visit" (the document's
  comment), nor an infinitive or a future ("will note": unsaid), nor in a question;
- an object that is a stance, not a person or a thing handled: "praised" and "lauded" take a person only with what
  for ("praised the officers for their courage"), else an abstract noun as "noted" and "lamented" do ("noted the progress",
  "lamented the toll", not "noted the license plate", "lamented his death");
- "underscored" and "highlighted" only in the past, as ``cues.stressed`` reads them, here with "they", "he" or "she".

Left out: "recognized" and "welcomed" with a thing (an earlier rule, removed after review: "recognized the signs of
an overdose", "recognized the service of two firefighters" are seeing and honouring; tests/read/test_statements_acknowledged);
and, on evidence, a readout's "expressed", "reaffirmed", "affirmed", "welcomed", "condemned", "thanked" and
"applauded" with a noun phrase. One joint statement's annotator marked every one of them, but across the other dev
batches they were marked about one time in eight (14th stop: 2 right of 10 where they were read), so they would
store the document's narration of a meeting as claims; "commend" is a release's closing thanks ("commended the
agents who investigated the case").
In a document that tells of leaders or sides meeting (a joint statement, a readout) they are read after all, with an
object that is no person and no proper name: statements.readouts.
"""

from __future__ import annotations

import re

from .cues import STRESSING, appositions, subtree_span
from .lexicon import LEXICONS, verb_lemma
from .readouts import READING, THANKING
from .spans import _strip

AVOWING = LEXICONS["en"]["avowals"]
_CREDITING = {"praise", "laud"}  # a person, with what for
_NOTING = {"note", "lament"}  # only a stance noun: "noted the progress", never "noted the plate", "lamented his death"
# What is noted or praised when it is a stance: the worth, the weight or the state of something
# (not "damage" nor "harm", which an officer notes as seen: "Officers noted damage to the front door")
_ABSTRACT = re.compile(r"(?:importance|significance|success(?:es)?|progress|need|needs|urgency|impact|role|value|contributions?|"
                       r"commitments?|efforts?|work|achievements?|threat|threats|danger|challenges?|gravity|severity|"
                       r"seriousness|scale|scope|extent|strength|resilience|leadership|courage|sacrifice|partnership|"
                       r"cooperation|production|footprint|growth|rise|increase|decline|declines|decrease|reduction|"
                       r"toll|devastation|consequences?|risks?|concerns?|determination|resolve|defen[cs]e|performance|response|"
                       r"actions?|decisions?|announcement|bravery|heroism|professionalism|dedication|service|steps|measures)")
_PEOPLE = re.compile(r"(?:delegations?|visitors?|guests?|members?|participants?|leaders?|students?|families|family|"
                     r"recipients?|honorees?|awardees?|winners?|"  # "recognized two recipients of the award": honoured
                     r"officials?|team|teams|crowd|audience|everyone|everybody)")
_SILENT = {"this", "that", "it", "which", "what", "who", "we", "i", "you", "visit", "today", "order", "action", "move"}


def avowal(text: str, verb, joint: bool = False) -> list[dict]:
    """The statement of a verb of avowal, as ``find.find_parsed`` records one: its subject (a relative "who" speaks for
    the noun it follows; a verb joined to another shares its subject) and its object. In a document of leaders meeting
    (``joint``), a readout's verbs avow too (statements.readouts)."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is not None and speaker.lower_ == "who" and verb.dep_ == "relcl":
        speaker = verb.head  # "the coach, who praised his players for…"
    elif speaker is None and verb.dep_ == "conj":
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "cited the report and noted…"
    content = avowed(verb, speaker, joint)
    if content is None or content[1] - content[0] < 6:
        return []
    left = _strip(text, *subtree_span(speaker, set(verb.subtree) if speaker.i == verb.head.i != verb.i else None))
    return [dict(speaker=left, speaker_head=(speaker.idx, speaker.idx + len(speaker.text)), appositions=appositions(speaker),
                 cue=(verb.idx, verb.idx + len(verb.text)), content=content, direct=False)]


def avowed(verb, speaker, joint: bool = False) -> tuple[int, int] | None:
    """The content of a verb of avowal (``AVOWING``, and ``readouts.READING`` in a document of leaders meeting) whose
    object is the stance it reports; None when it is no claim (the module's docstring says when)."""
    lemma = verb_lemma(verb.lower_)
    crediting = _CREDITING | THANKING if joint else _CREDITING
    if lemma not in (AVOWING | READING if joint else AVOWING) or not _finite(verb) or speaker is None or not _speaks(speaker) or speaker.i > verb.i \
            or any(c.dep_ == "neg" for c in verb.children) or verb.sent.text.rstrip(" \"'”’)").endswith("?"):
        return None
    if lemma in STRESSING and verb.tag_ != "VBD":
        return None  # "President Trump underscores his determination…": a fact sheet's comment in its present (cues.stressed)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None  # "noted that…", "praised them to…": a clause is the cue's ordinary reading (find)
    person = obj.ent_type_ == "PERSON" or obj.tag_ == "PRP" or bool(_PEOPLE.fullmatch(obj.lower_))
    guest = obj.tag_ in ("NNP", "NNPS")  # "welcomed India to…", "welcomed the Secretary-General": a country or a body received
    reason = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.i), None)
    if lemma in crediting and reason is not None:  # "praised Ruiz for her leadership and example in…": the whole phrase
        after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("cc", "punct") and not (c.dep_ == "conj" and c.tag_.startswith("VB"))]
        return subtree_span(obj)[0], max(subtree_span(c)[1] for c in after)
    if person or lemma in _NOTING | crediting and not _ABSTRACT.fullmatch(obj.lower_):  # "praised the deputies": whom, no claim
        return None
    if lemma in READING - AVOWING and (guest or not _named(speaker)):
        return None  # a readout's verb: a name's position ("President Biden reaffirmed…"), not a guest's welcome
    return subtree_span(obj)


def _named(speaker) -> bool:
    """A speaker a readout names (statements.readouts): a person ("President Biden"), or "he" or "she" for a person
    named before; not "the leaders", "they" nor a country, whom no name resolves."""
    return speaker.ent_type_ == "PERSON" or speaker.lower_ in ("he", "she")


def _finite(verb) -> bool:
    """Said, not to be said: a tense of its own or the perfect ("has noted"); not "to praise", "will note"."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in ("has", "have", "had") for a in verb.children)


def _speaks(speaker) -> bool:
    """A subject that can avow: a name, a body or a person's noun, or "he", "she", "they"; not the document's own
    "we" nor its comment ("this", "today's visit")."""
    if speaker.lower_ in _SILENT:
        return False
    return speaker.tag_.startswith("NN") or speaker.lower_ in ("he", "she", "they")
