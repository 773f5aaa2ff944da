"""Forecasts in the document's own voice (docs/annotation.md §4): "Rolls-Royce is expected to shift production to the
U.S.", "homicides are on pace for the lowest level in a century", "the gang will likely move north".

No one is quoted: the document itself predicts. Such a forecast is carried by a statement whose speaker is the
document (``speaker_basis="document"``, ``speaker_name`` its outlet or None, no speaker span), whose cue is the
words that predict, and whose content is the sentence. The statement exists only to carry the forecast: it is made
only for a sentence that an explicit word of expectation marks ("is expected to", "it is expected that … will", "is projected to", "is likely
to", "will likely", "on pace for", "on track to"), outside every statement, quotation, transcript turn, heading and
question, and that the claim reader (``kinds.classify``) calls a forecast; or, with no such word, a future under a
condition that opens the sentence or a hedged modal ("if nothing is done, the cartels will move north", "violence
could spread to the port": ``conditioned``). A bare "will" or "would" is not enough (a fact sheet's "the grant will
fund…" is a plan), nor is a step of a case or a schedule ("is expected to appear in
court", "is expected to take effect"), what an authority or an instrument is expected to do ("police are expected
to release details"), a past expectation ("was
expected to"), a rate ("are 54 percent more likely to"), a duty ("visitors are expected to follow the rules"), what
is said of the past or the present ("is likely to have been carried out by", "are likely to be members of", "was on
pace for"), a state ("will likely know his work"), a description ("hazards that are likely to cause harm", "stay on
track to graduate") or a prediction folded into a doubt or a question ("it is not clear when the violence is expected
to end"). English only: the guideline lists no document-voice forecasts in Spanish documents.
"""

from __future__ import annotations

import re

from ...models import Sentence, Statement
from ...structure import at, silent_at
from . import conditioned
from .kinds import _PLAN_PARTICIPLES, _PLAN_VERBS, _acting, _subject, classify

# The words that predict in the document's voice, with the verb they lead to
_MARKER = re.compile(
    r"\b(?P<cue>(?:is|are|'s|'re)\s+(?:(?:now|also|still|widely|currently|therefore|thus)\s+)?(?:expected|projected|forecast|predicted|likely|unlikely|poised)"
    r"\s+to|will\s+(?:most\s+)?likely|likely\s+will|on\s+(?:pace|track)\s+(?:to|for))\b(?:\s+(?:(?:also|now|only|soon|not|never|\w+ly)\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?P<after>[a-z]+))?)?")
# The same said impersonally of a clause: "it is expected that the truce will collapse", "it's likely the gang would
# retaliate", "it's likely the gang'll retaliate"; its verb is the clause's, after its modal, and its subject the
# clause's (``subject`` ends before the modal): words that are no conjunction and no finite auxiliary, so that it
# stays in one clause ("it is likely that the victims knew their killers and the families will bury them")
_IN_SUBJECT = r"(?!(?:and|or|but|nor|is|are|was|were|am|has|have|had|do|does|did|can|could|may|might|must|shall|should)\b)"
_IMPERSONAL = re.compile(
    r"\b(?P<cue>it(?:\s+is|'s)\s+(?:(?:now|also|widely|generally)\s+)?(?:expected|projected|forecast|predicted|anticipated|likely))\s+"
    r"(?:that\s+)?(?P<subject>(?:" + _IN_SUBJECT + r"[\w'-]+\s+){0,7}?" + _IN_SUBJECT + r"[\w-]+)(?:\s+(?:will|would)|'ll)\s+"
    r"(?:(?:also|now|only|soon|not|never|\w+ly)\s+)?(?P<verb>[a-z]+)(?:\s+(?P<after>[a-z]+))?")
# The steps of a case and the dates of a programme: a schedule, not a prediction; what justice does: deterrence ("is expected to appear in court Monday",
# "is expected to be arraigned", "the trial is expected to last two weeks", "the rule is expected to take effect")
_STEPS = {"appear", "plead", "testify", "stand", "face", "resume", "last", "conclude", "take", "go", "arrive", "leave",
          "file", "issue", "rule", "hear", "sentence", "charge", "make", "come", "continue", "remain", "stay", "complete", "finish"}
_STEP_PARTICIPLES = {"arraigned", "sentenced", "charged", "tried", "released", "extradited", "transferred", "indicted", "booked",
                     "jailed", "arrested", "heard", "filed", "scheduled", "set", "completed", "named", "appointed", "elected", "sworn",
                     "confirmed", "approved", "finalized", "considered", "taken", "moved", "returned", "identified",
                     # what justice does to offenders: a deterrence line, not a prediction ("smugglers are likely to be prosecuted")
                     "prosecuted", "punished", "deported", "removed", "convicted", "imprisoned", "caught", "detained", "fined"}
_COURT = re.compile(r"\b(?:court|courtroom|hearing|arraignment|sentencing|plea)\b")
_QUOTES = re.compile(r"[\"“”‘’«»]|(?<!\w)'|'(?!\w)")
# Words that give the sentence to someone else, whom the statement reader may have missed ("it is widely believed the
# gang is likely to retaliate", "violence is likely to spread, he wrote"). Not the statements' cue lexicon
# (``LEXICONS["en"]["cues"]``): it holds the very words that predict here ("expected", "predicted", "forecast") and
# verbs whose other senses are common in a document's own sentences ("call", "point", "maintain", "rule")
_ATTRIBUTING = ("said says say told tells according reported reports stated states noted added announced believe believes believed "
                "think thinks thought warned warns predicted predicts expect expects estimated estimates fear fears feared worry "
                "worries worried argue argues argued claim claims claimed suggest suggests suggested found finds show shows showed "
                "cautioned acknowledged concluded concludes insisted explained wrote writes testified concerned concern concerns").split()
# ("the United States" is a country, no one who "states")
_ATTRIBUTION = re.compile(r"(?<!united )\b(?:" + "|".join(_ATTRIBUTING) + r")\b", re.I)
# A question or doubt the prediction is folded into, before its marker or inside its that-clause ("it is not clear
# when the violence is expected to end", "nobody knows how far it is likely to spread"), and a counterfactual ("had
# police acted, …"); "who": a kind of people, no happening ("children who grow up near violence are likely to suffer").
# A condition is no doubt: "if the truce collapses, killings are likely to rise" is a forecast that keeps its condition
# (docs/annotation.md §4)
_DOUBTING = ("whether", "when", "how", "what", "why", "where", "who", "unclear", "uncertain", "unknown", "not clear", r"wonder\w*")
_DOUBT = re.compile(r"\b(?:" + "|".join(_DOUBTING) + r")\b|^\s*had\b", re.I)
# What the words say of the past or the present, not of what is to come: "is likely to have been carried out by the cartel",
# "are likely to be members of a rival gang", "was on track to record its deadliest year"; and "(un)likely to be the last
# attack", whose polarity the words turn around (it foretells more attacks)
_NOT_AHEAD = re.compile(r"\bto\s+have\s+(?:been\s+)?\w+(?:ed|en|wn|ne)\b|\bto\s+be\s+(?:among|members?|part|linked|tied|connected|"
                        r"related|responsible|behind|involved)\b|\bto\s+be\s+(?:the\s+)?(?:last|final)\b"
                        r"|\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?on\s+(?:pace|track)\b")
# A duty, not a prediction: "employees are expected to report suspicious activity", "visitors are expected to follow the rules"
_DUTIES = {"follow", "comply", "abide", "obey", "report", "submit", "wear", "register", "adhere", "respect", "behave", "notify", "uphold"}
_FIRST_PERSON = re.compile(r"\b(?:i|we|our|us|my)\b", re.I)
# A state, not a happening: "visitors will likely know his paintings"
_STATES = {"know", "recognize", "recognise", "remember", "like", "love", "enjoy", "understand", "appreciate", "prefer", "agree"}
# A description, not a prediction: a relative clause's likelihood ("hazards that are likely to cause harm"; not a
# projection: "a hotline that is projected to answer 7 million calls"), a state kept ("allowing them to stay on track to
# graduate", "keeps the project on track")
_DESCRIBING = re.compile(r"\b(?:that|which)\s*$|\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping|remain|remains|remained|"
                         r"get|gets|got|getting|back|put|puts)\s*$")
_ITEM = re.compile(r"\s*(?:[-*•]\s*)?(?:\[|\*\*)")  # "- [AP](…): …", "**NPR:** …": a source's item, no document voice


def document_forecasts(raw: str, text: str, sentences: tuple[Sentence, ...], taken: list[Statement], segs, outlet: str | None,
                       language: str, after: int = 0) -> list[Statement]:
    """The document-voice statements carrying a forecast, one per sentence that predicts in the document's voice;
    ``taken``: the statements already read (their spans are another speaker's); ``segs``: the document's segments,
    where a transcript turn's speaker owns what is said and a heading or a question claims nothing; ``after``: where
    the headline ends; ``raw``: the text as stored, where a source's item shows its link or bold lead."""
    if language != "en":
        return []
    out = []
    for s in sentences:
        head, tail = _trimmed(text, s.start, s.end)
        if head < after or not _own_voice(segs, head) or any(t.content_start < tail and head < t.content_end for t in taken):
            continue
        found = _predicted(text[s.start : s.end], raw[s.start : s.end])
        if found is None:
            continue
        start, end, cue = s.start + found.start("cue"), s.start + found.end("cue"), " ".join(found.group("cue").split())
        kind, stance, hedges, certainty = classify(text[s.start : s.end], "", language)
        if kind != "forecast":
            continue
        out.append(Statement(speaker_start=None, speaker_end=None, speaker_text=None, speaker_mention=None, speaker_name=outlet,
                             speaker_basis="document", descriptor=None, affiliation=None, cue=cue, cue_start=start,
                             cue_end=end, content_start=head, content_end=tail, direct=False,
                             claim_type="forecast", stance=stance, hedges=hedges, certainty=certainty))
    return out


def _own_voice(segs, offset: int) -> bool:
    seg = at(segs, offset)
    return not silent_at(segs, offset) and (seg is None or seg.kind != "turn" and not seg.speaker)


def _predicted(sentence: str, raw: str) -> re.Match | None:
    """The marker of a sentence's prediction in the document's voice, or None (see the module's docstring)."""
    low = sentence.replace("’", "'").lower()  # the same length: the marker's offsets are the sentence's
    # no word of expecting: a future under a condition, or a hedged modal (``conditioned``)
    m = _MARKER.search(low) or _IMPERSONAL.search(low) or conditioned.marker(low)
    if m is None or _QUOTES.search(low) or _ATTRIBUTION.search(low) or _ITEM.match(raw) or low.rstrip().endswith("?") or _COURT.search(low):
        return None
    flat = " ".join(low.split())
    clause = m.end("subject") if "subject" in m.re.groupindex else m.start()  # a that-clause's subject is read too
    if _DOUBT.search(low[:clause]) or _FIRST_PERSON.search(low) or re.search(r"\b(?:more|less|as) likely\b", flat):
        return None
    verb, after = m.group("verb") or "", m.group("after") or ""
    if _NOT_AHEAD.search(low) or verb in _DUTIES and "expected" in m.group("cue") or verb in _STATES \
            or _DESCRIBING.search(" ".join(low[: m.start()].split())) and "projected" not in m.group("cue") and "expected" not in m.group("cue") \
            and verb not in ("happen", "occur"):  # "…, which will not happen unless …" foretells whether the goal comes about
        return None
    if verb in _STEPS or verb in _PLAN_VERBS and verb != "be" or verb == "be" and (after in _STEP_PARTICIPLES or after in _PLAN_PARTICIPLES):
        return None
    subject = " ".join(low[:clause].split())
    if _acting(_subject(subject, len(subject)), verb, after):
        return None  # "police are expected to increase patrols": their plan
    return m


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without the blanks around it."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())
