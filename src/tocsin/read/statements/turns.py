"""Statements of transcript turns: what a speaker says in a turn of a press briefing, a call or remarks is that
speaker's, with no verb of saying (docs/annotation.md §3: the label is the source, one statement per run of
consecutive sentences on the subject the project follows: crime and violence, armed and criminal groups, drugs,
trafficking, policing, justice, borders and migration enforcement, security).

A run's sentences stand in the turns of one label, in order; a reporter's question, a sentence off the subject, a
call for tips or a boilerplate phrasing ends it, a stage direction ("(Laughter.)") is passed over. A statement a cue reads inside the run ("I think the cartel…", "the sheriff
told me the gang…") is nested in the turn's: only the outermost is kept, as the guideline says.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...models import Statement
from ...structure import Segment, calls_for_tips
from ...structure.structure import BOILERPLATE, STAGE
from ..alternation import alternation
from ..event_lexicon import TRIGGERS
from .kinds import classify, expecting

# The subject the project follows, beyond the event vocabulary's words for happenings: words of crime, not of policy at
# large ("justice", "security", "drug costs" and "immigration reform" are said of everything in a briefing)
_TOPIC = {
    "en": r"crimes?|criminals?|violen(?:ce|t)|gangs?|cartels?|mafias?|terror\w*|extremis\w*|militant\w*|militias?|armed groups?|"
          r"illicit drugs?|drug (?:trade|deal\w*|lords?|gangs?|smuggl\w*|traffick\w*|cartels?|seizures?|overdoses?)|fentanyl|"
          r"cocaine|heroin|opioids?|narcotics?|meth(?:amphetamine)?|overdoses?|traffick\w*|smuggl\w*|"
          r"police|policing|law enforcement|sheriffs?|prosecut\w*|prisons?|jails?|verdicts?|hate crimes?|"
          # a war being fought, not an era's name ("the Cold War", "World War Two", "the War of 1812"), a body ("the war
          # cabinet"), a figure ("a tug of war", "a war of words"), a rivalry of trade or ideas ("a trade war", "the culture
          # wars") nor a campaign against a thing that is no crime ("the war on poverty", "a war for talent"; "the war on
          # drugs", "on Gaza" are fought)
          r"(?<!world\s)(?<!cold\s)(?<!civil\s)(?<!tug\sof\s)(?<!trade\s)(?<!tariff\s)(?<!price\s)(?<!bidding\s)(?<!culture\s)"
          r"(?<!currency\s)(?<!class\s)wars?(?!\s+(?:two|ii|i|one|cabinet|room|chest)\b)(?!\s+of\s+(?:words\b|\d))"
          r"(?!\s+(?:on|for)\s+(?:the\s+)?(?!drugs\b|crime\b|narco|cartels?\b|gangs?\b|terror|(?-i:[A-Z]))[a-z])|"
          r"troops|soldiers|defen[cs]e forces|cease-?fires?|"
          r"the border|border (?:security|patrol|crossings?|wall|agents?)|migrants?|illegal (?:aliens?|immigra\w*|crossings?)|"
          r"deport\w*|asylum|(?-i:ICE|CBP|DEA|FBI|ATF)|weapons?|guns?|firearms?|shootings?|hostages?|sanctions?|designat\w*|"
          r"Hamas|Hezbollah|Houthis?|ISIS|al-Qa\w*|Taliban|Tren de Aragua|MS-13|Sinaloa|CJNG",
    "es": r"crimen|delit\w*|delincuen\w*|violen\w*|bandas?|pandillas?|c[aá]rteles?|terroris\w*|drogas?|narco\w*|"
          r"tr[aá]fico|contrabando|polic[ií]a\w*|fiscal\w*|justicia|tribunal\w*|c[aá]rcel\w*|frontera\w*|migra\w*|"
          r"deport\w*|seguridad|armas?|tiroteos?|rehenes|sanci\w*",
}
# War and armed conflict beyond the words above: on the subject only in a sentence that foretells with a word of expecting
# ("we fully expect the Russians to go after the energy infrastructure", "the escalation could lead to a wider conflict", "the
# offensive is likely to stall"); a briefing's other talk of a war, of its funding and its diplomacy, stays off the subject
_WAR = {
    "en": re.compile(r"\b(?:(?-i:Russians?|Ukrainians?|Israelis?|Palestinians?|Iranians?|Putin|Kremlin|IDF)|fighting|fighters|"
                     r"offensives?|counter-?offensives?|invasions?|invad\w+|escalat\w+|hostilities|combat|battlefields?|front ?lines?|"
                     r"shelling|missiles?|rockets?|drones?|artillery|bombard\w*|airstrikes?|air strikes?|truces?|armistice|"
                     r"insurgen\w+|rebels?|guerrillas?|casualties|death toll|civilians? (?:killed|deaths)|armed forces|"
                     r"(?<!no )conflicts?(?!\s+of\s+interests?))\b", re.IGNORECASE),
}
_FUTURES = re.compile(r"\b(?:will|would|shall|won['’]t|wouldn['’]t|['’]ll|going to|va a|van a)\b", re.I)  # "he’ll" as typeset
QUESTION_END = re.compile(r"\?[\s\"'”’»)]*$")  # a sentence that asks
_ANSWER_WORDS = 6
_FOLLOW_UP_WORDS = 12  # "Q    Even if the Russians are opposed —": a follow-up, on the subject of the question before
_CUT_OFF = re.compile(r"(?:[—–]|--|\.\.\.|…)\s*$")


@lru_cache(maxsize=None)
def _on_topic(language: str) -> re.Pattern | None:
    if language not in _TOPIC:
        return None
    words = [pattern for _, _, pattern in TRIGGERS.get(language, ())]
    return re.compile(r"\b(?:" + alternation("|".join([_TOPIC[language], *words]), re.I) + r")\b", re.I)


# A question that turns to a subject of its own, however it ends: "what about" or "how about" a thing named ("What about
# the weather…"; not "what about them —", which points back), or a word of changing the subject
_NEW_SUBJECT = re.compile(r"^(?:Q\b[.:]?\s*)?(?:[^,?—]{0,40},\s*)?(?:(?:and|but|so|okay|ok|well|now),?\s+)?"
                          r"(?:(?:what|how) about\s+(?!(?:if|when|that|this|those|these|it|them|him|her|they|he|she)\b)"
                          r"|(?:on|to) (?:a |an )?(?:another|different|separate|other|new) (?:subject|topic|issue|matter|question)"
                          r"|(?:turning|switching|moving on|changing) (?:to|the subject|subjects|gears|topics)|separately\b)", re.IGNORECASE)


def _follow_up(question: str) -> bool:
    """Whether a question with no word of the subject follows up the one before: a short one the answer cuts off ("Even
    if the Russians are opposed —") keeps the subject of the exchange; one that turns to another ("And what about the
    weather?", "What about the weather…") starts another."""
    return len(question.split()) <= _FOLLOW_UP_WORDS and bool(_CUT_OFF.search(question)) and not _NEW_SUBJECT.search(question)


def _expects(sentence: str, language: str, speaker: str | None) -> bool:
    """Whether one sentence of a turn predicts with a word of expecting: a plan or a promise elsewhere in the turn
    does not make it the speaker's plan."""
    # a turn is long and its speaker mostly speaks for the side that acts: a bare "will" there tells a plan, an agenda or a
    # bill's effect far more often than a prediction; a word of expecting says it is one (``kinds.EXPECTING``)
    return expecting(sentence, language) and classify(sentence, ":", language, speaker)[0] == "forecast"


def turn_statements(text: str, segs: tuple[Segment, ...], sentences, language: str, speaker_of) -> list[Statement]:
    """One statement per run of on-topic sentences in the turns of each speaker (``speaker_of(seg)`` gives the
    speaker fields of a turn's label: start, end, text, mention, name, basis; None for no speaker)."""
    topic = _on_topic(language)
    if topic is None:
        return []
    out: list[Statement] = []
    run: list[tuple[int, int]] = []
    owner = None

    def close():
        if run and owner is not None:
            start, end = run[0][0], run[-1][1]
            content = text[start:end]
            cue = owner[1] if owner[1] is not None else start  # a speech the title names: no label in the text
            kind, stance, hedges, certainty = classify(content, ":", language, owner[2])
            if kind == "forecast" and not any(_expects(text[a:b], language, owner[2]) for a, b in run):
                # no sentence of the run predicts with a word of expecting ("the grants will go to 183 agencies … those most
                # likely to be involved"): its bare futures are plans and agendas
                kind = classify(_FUTURES.sub(" ", content), ":", language, owner[2])[0]
            expected = [(a, b) for a, b in run if _expects(text[a:b], language, owner[2])] if kind != "forecast" and len(run) > 1 else []
            if expected:
                # one sentence's "our expectation is that we'll see…", whatever "I'll take the question" before it: the
                # forecast is what those sentences say, its polarity and its event read there, not in the promises around
                kind, (start, end) = "forecast", (expected[0][0], expected[-1][1])
            out.append(Statement(
                speaker_start=owner[0], speaker_end=owner[1], speaker_text=owner[2], speaker_mention=owner[3], speaker_name=owner[4],
                speaker_basis=owner[5], descriptor=None, affiliation=None, cue=":", cue_start=cue, cue_end=cue + 1,
                content_start=start, content_end=end, direct=True, claim_type=kind, stance=stance, hedges=hedges, certainty=certainty,
            ))
        run.clear()

    sentences = sorted(sentences, key=lambda sent: sent.start)
    starts = [sent.start for sent in sentences]
    asked = False  # the question just before was on the subject: its answer is (a briefing's "Q How do you recruit officers?")
    for seg in segs:  # in order, once: a segment other than a turn or a stage direction (a question, a heading) ends a run
        if seg.kind == "stage":
            continue
        who = speaker_of(seg) if seg.kind == "turn" and seg.speaker and seg.speaker != "Q" else None
        if who is None or who != owner:
            close()
        if who is None and (seg.kind == "question" or seg.speaker == "Q"):
            asked = bool(topic.search(text[seg.start : seg.end])) or (asked and _follow_up(text[seg.start : seg.end]))
        elif who is not None and who != owner and owner is not None:
            asked = False  # another speaker's turn answers nothing asked of the one before
        owner = who
        if who is None:
            continue
        for sent in sentences[max(0, bisect.bisect_right(starts, seg.start) - 1):]:
            if sent.start >= seg.end:
                break
            if sent.end <= seg.start:
                continue
            start = max(sent.start, seg.label[1] if seg.label else seg.start)
            start += len(text[start : sent.end]) - len(text[start : sent.end].lstrip(" \t\n:"))
            end = min(sent.end, seg.end)
            words = text[start:end]
            if end <= start or STAGE.match(words):
                continue  # "(Laughter.)": no words of the speaker's, and no end of what they say
            answers = asked and len(words.split()) >= _ANSWER_WORDS  # "Thank you." answers nothing
            at_war = language in _WAR and _WAR[language].search(words) and _expects(words, language, who[2])
            if QUESTION_END.search(words) or not (topic.search(words) or answers or at_war) or calls_for_tips(text, start, end) \
                    or any(p.search(words) for p in BOILERPLATE):  # "anyone with information should call…": no claim
                close()
                continue
            run.append((start, end - (len(words) - len(words.rstrip()))))
    close()
    return out
