"""The read stage: a Document in, its Annotations out.

``read_many`` is the batch form the runner uses (spaCy reads faster in
batches); ``read`` is the same work for one document. Both are pure functions
of the documents and the read-only pipelines, so they run unchanged in a
process pool or a distributed map.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate, groupby
from typing import Callable, Iterable, Iterator, Mapping

from ..models import Annotations, Document, Mention, Sentence
from .gazetteer import LABELS, confirmed
from . import spaces
from .doctext import text_of
from .nlp import pipeline
from .anchor import locate
from .dates import find_times
from .event_gate import gate, load as load_gate
from .events import find_events
from .events.authority import agencies_placed, designations_placed
from .events.benched import judged
from .events.doer_told import doers_by_the_story
from .events.charged_today import charged_today
from .events.each_place import each_place
from .events.finer import placed_finer
from .events.records import placed_by_the_story
from .events.retold import dated_by_the_story, end_of_lede
from .events.removals import removals_placed
from .events.labelled import dated_by_label
from .events.scope import scoped
from .events.noun_days import dated_by_noun
from .events.todays import todays_steps
from .events.timeline import narrated, up_to_publication
from .forecasts import ledger
from .home import Home, outlet_key
from .places import apply_places
from .toponyms import find_dateline
from .people import Roster
from .statements import classify, find_statements
from .statements.kinds import lead_words
from .statements.items import labelled_quotes, listed_statements
from .statements.speech import speech_turns, title_speaker
from .statements.turns import QUESTION_END, turn_statements
from .statements.voice import document_forecasts
from .statements.lexicon import LEXICONS
from ..structure import at, calls_for_tips, segments, silent_at, with_bold_leads
from ..structure.genre import genre, official_host

# What each label means as an entity kind. Labels not listed (dates, numbers,
# nationalities...) are not entities; later stages read them on their own.
KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "PER": "person",
    "MISC": None,
    **{label: kind for kind, label in LABELS.items()},
}
_GAZETTEER_LABELS = set(LABELS.values())
_TRIM = "\"'“”‘’«»()[], :;\n\t\u00a0"  # no entity begins or ends with a colon or a line break ("El\nSalvador:\n\n")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the" and without surrounding quotes and punctuation."""
    if text[start:end].lower().startswith("the "):
        start += 4
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def trimmed_entities(spacy_doc, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, label, gazetteer id) of every entity, without a leading "the" or surrounding quotes."""
    out = []
    for ent in spacy_doc.ents:
        start, end = _trim(text, ent.start_char, ent.end_char)
        if end - start >= 2:
            out += _person_after_office(text, start, end, ent.label_) or [(start, end, ent.label_, ent.ent_id_)]
    return out


# A given name, a middle initial and a family name closing an organization's span: the person the model ran into it
_NAME_WITH_INITIAL = re.compile(r"\s([A-Z][a-zà-ÿ'’-]+\s+[A-Z]\.\s+[A-Z][a-zà-ÿ'’-]+(?:,?\s+Jr\.?)?)$")


def _person_after_office(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str, str]]:
    """An organization the model read into the name after it, split: "Acting Assistant Attorney General of the
    Criminal Division Rita M. Glavin" gave the organization "Criminal Division Rita M. Glavin"; a middle initial
    marks the person ("Robert F. Kennedy Human Rights" keeps its name: it does not end with one)."""
    found = _NAME_WITH_INITIAL.search(text, start, end) if label == "ORG" else None
    if found is None or found.start(1) - start < 3:
        return []
    return [(start, found.start(), label, ""), (found.start(1), end, "PERSON", "")]


def wrapped_again(ents: list[tuple[int, int, str, str]], text: str) -> list[tuple[int, int, str, str]]:
    """A place name of several words the document names whole, found again where a hard line wrap parts its words
    ("the West\n    Bank", which the model misses there): one more entity of the same label at each such place that no
    entity covers. Only the document's own names, as written (case too), so nothing is read that it does not name."""
    names = {tuple(text[s:e].split()): label for s, e, label, _ in ents if label in ("GPE", "LOC") and "\n" not in text[s:e]
             and len(text[s:e].split()) > 1}
    out = []
    for words, label in names.items():
        for m in re.finditer(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])", text):
            if "\n" in m.group(0) and not any(s < m.end() and m.start() < e for s, e, *_ in ents + out):
                out.append((m.start(), m.end(), label, ""))
    return out


# What no person's name holds: a word of letters and digits ("COVID-19", "AR-15", "H1N1", "I-9") or a closing number
# ("Title 42", "Section 8"); a name that begins with a number stays one ("50 Cent")
_NO_NAME = re.compile(r"[^\W\d_][\w-]*\d|\d[\w-]*[^\W\d_]|[^\W\d_]\s+\d+$")


def find_mentions(ents: list[tuple[int, int, str, str]], text: str) -> list[Mention]:
    """Entity mentions of the kinds tocsin keeps, from trimmed entities."""
    found = []
    for start, end, label, ent_id in ents:
        kind = KINDS.get(label)
        if kind is None or kind == "person" and _NO_NAME.search(text, start, end):
            continue
        gazetteer = label in _GAZETTEER_LABELS
        found.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                label=label,
                kind=kind,
                origin="gazetteer" if gazetteer else "model",
                key=ent_id if gazetteer and ent_id else None,
            )
        )
    return found


def find_sentences(spacy_doc) -> list[Sentence]:
    text = text_of(spacy_doc)
    return [Sentence(s.start_char, s.end_char) for s in spacy_doc.sents if text[s.start_char : s.end_char].strip()]


def annotate(doc: Document, spacy_doc, gated: bool = True, home: Home | None = None) -> Annotations:
    """The records of one document; ``gated=False`` keeps every event the rules find (training the gate);
    ``home``: its outlet's home division, learned from the outlet's other documents (home.py).
    ``spacy_doc`` is the parse of the document's text with its markup blanked (``readable``): addresses yield
    no date, place or event, and every offset is an offset into the stored text."""
    text = text_of(spacy_doc)  # spaCy builds it anew on every access: built once (doctext.py)
    segs = with_bold_leads(doc.text, segments(text))
    kind = genre(text, segs, doc.title, doc.url)
    unread = [s.label for s in segs if s.label] + [(s.start, s.end) for s in segs if s.kind == "stage"]
    ents = [e for e in trimmed_entities(spacy_doc, text) if not any(a <= e[0] < b for a, b in unread)]  # "MR.", "(Laughter.)"
    ents = sorted(ents + wrapped_again(ents, text))  # "West\n    Bank" where the document names the West Bank elsewhere
    strong_ner = doc.language == "en" and pipeline(doc.language).has_pipe("ner")  # elsewhere rules add the places NER misses
    found = confirmed(find_mentions(ents, text), text)  # "TDA" is Tren de Aragua only beside its other names or a gang word
    mentions, places, dateline = apply_places(text, doc.url, found, [e[:3] for e in ents], strong_ner, home)
    times = find_times(text, [e[:3] for e in ents], doc.published_at, doc.language)  # none from addresses: blanked (readable)
    dateline_span = _dateline_span(text) if dateline else (0, 0)
    ann = Annotations(
        doc_id=doc.id,
        sentences=tuple(find_sentences(spacy_doc)),
        mentions=tuple(mentions),
        places=tuple(places),
        dateline_key=dateline,
        dateline_start=dateline_span[0],
        dateline_end=dateline_span[1],
        dateline_issued=bool(dateline) and (kind == "press release" or official_host(doc.url)),
        genre=kind,
        times=tuple(times),
    )
    roster = Roster(text, mentions, doc.title)
    speech = title_speaker(doc.title, segs, roster) if kind == "remarks" else None  # "Remarks of … Jake Sullivan", no label
    turn_segs = speech_turns(segs, speech) if speech else segs
    speaker_of = (lambda seg: speech if seg.kind == "turn" else None) if speech else (lambda seg: _turn_speaker(seg, segs, text, roster))
    statements = [st for st in (_in_turn(st, turn_segs, speaker_of) for st in find_statements(spacy_doc, text, mentions, doc.language,
                                                                                           spacy_doc.has_annotation("DEP"), roster)
                                if not silent_at(segs, st.content_start)  # a reporter's question, a heading: no claim
                                and not calls_for_tips(text, st.content_start, st.content_end))
                  if _has_speaker(st, doc.language)]
    labelled = [st for st in labelled_quotes(doc.text, text, segs, doc.language) if not silent_at(segs, st.content_start)]  # "**Gov. Ruiz:** “…”"
    labelled += [st for st in listed_statements(doc.text, text, segs, doc.language) if not _overlapping(st, labelled)]  # "- **NPR**: …"
    # the label names the speaker: "- [AP](…): Homicides fall, report says" is the outlet's, not the report's
    statements = sorted([st for st in statements if not _overlapping(st, labelled)] + labelled, key=lambda st: st.content_start)
    statements = [kept for st in statements if (kept := _before_question(st, text, doc.language))]
    headline = _headline_end(text, doc.title)  # "Man tried to run over trooper, officials say. A man…": a headline claims nothing
    statements = [st for st in statements if st.content_start >= headline]
    if kind == "official document":  # "I hereby find that…", "My Administration calls for…": the order's own voice (§3)
        statements = [st for st in statements if not _first_person(st.speaker_text)]
    # a transcript turn's runs on the subject are its speaker's; what a cue reads inside them is nested in them
    turns = turn_statements(text, turn_segs, ann.sentences, doc.language, speaker_of)
    turns = [replace(t, claim_type="forecast") if any(st.claim_type == "forecast" and _overlapping(st, [t]) for st in statements) else t
             for t in turns]  # "I think people are going to be surprised": the prediction a cue read stays the turn's
    # what a cue reads inside a speaker's turn is nested in the turn ("I think…", "his friends say he is in good spirits"):
    # the turn's statements are its runs on the subject, and off them nothing is claimed (§3: only the outermost)
    statements = sorted([st for st in statements if not _overlapping(st, turns) and not _in_speaker_turn(st, turn_segs, speaker_of)]
                        + turns, key=lambda st: st.content_start)
    statements = sorted(statements + document_forecasts(doc.text, text, ann.sentences, statements, turn_segs, doc.outlet, doc.language,
                                                        headline), key=lambda st: st.content_start)  # the document's own (§4)
    ann = replace(ann, mentions=tuple(_with_speakers(mentions, statements, text)))
    ann = replace(ann, statements=tuple(_anchored(ann, st, doc.published_at) for st in statements))
    ann = replace(ann, forecasts=tuple(ledger(ann, text, doc.published_at, doc.language, spacy_doc)))
    events = [e for e in find_events(spacy_doc, text, ann, doc.published_at, doc.language, segs, doc.url)
              if not silent_at(segs, e.evidence_start) and not QUESTION_END.search(text, e.evidence_start, e.evidence_end)
              and not calls_for_tips(text, e.evidence_start, e.evidence_end)]
    if gated and doc.language == "en":  # the gate is trained on English reporting
        events = gate(events, text, segs, spacy_doc, kind)
    lede = end_of_lede(ann, text, segs)  # the headline and its lede, as the dates read them
    events = placed_finer(placed_by_the_story(events, text, segs, lede), {p.key: p for p in ann.places}, text, segs, lede)
    events = scoped(events, ann, text, segs, doc.published_at, doc.language, spacy_doc)
    events = dated_by_label(events, ann, text, segs, doc.published_at)  # a timeline's entry: the time it opens with
    events = todays_steps(events, ann, text, spacy_doc, doc.published_at, doc.language)  # "Today, … First, the Treasury designated"
    events = charged_today(events, ann, text, spacy_doc, doc.published_at, doc.language)  # "filed today … X is charged with"
    events = judged(events, ann, text, spacy_doc, doc.language)  # the plea told in the lede, the judge named later
    events = doers_by_the_story(events, ann, text, segs)  # "Teen arrested in stabbing", then "Harlow police arrested"
    events = narrated(events, ann, text, segs, spacy_doc, doc.published_at, doc.language)
    events = dated_by_noun(events, ann, text, segs, spacy_doc, doc.published_at)  # "arrested in Saturday's shooting"
    events = dated_by_the_story(events, ann, text, segs, doc.published_at, bases=("sentence", "story"))  # told again: as its scene dated it
    events = up_to_publication(events, doc.published_at)
    events, places = removals_placed(events, ann, text, segs, doc.language)
    events, places = agencies_placed(events, replace(ann, places=tuple(places)), spacy_doc)
    events, places = designations_placed(events, replace(ann, places=tuple(places)), doc.url)
    events = each_place(events, replace(ann, places=tuple(places)), spacy_doc)  # "bombed embassies in Kenya and Tanzania"
    return replace(ann, events=tuple(events), places=tuple(places))


_URL = re.compile(r"\b(?:https?://|www\.)[^\s)\]>\"'<]+", re.I)


def _headline_end(text: str, title: str | None) -> int:
    """Where the headline ends in a text that opens with its own title ("Ex-officer testifies he did not rob drug
    dealers. But his effort…", as news crawls keep it); 0 when the text does not open with it. A headline is never a
    statement (docs/annotation.md §7)."""
    title = " ".join((title or "").split())
    lead = len(text) - len(text.lstrip())
    if not title or " ".join(text[lead : lead + len(title) + 40].split()).find(title) != 0:
        return 0
    return lead + len(title)


_FIRST_PERSON = {"i", "we", "yo", "nosotros"}
_SENTENCE_END = re.compile(r"[.!…](?=[\"'”’»)]*\s+[\"“'‘«¿¡(]*[A-ZÁÉÍÓÚÑ0-9])")


def _before_question(st, text: str, language: str):
    """A claim whose content ends in a question ("“Guess what?”", "Were they killed by Hamas?") asks and does
    not claim: what it said before the question stays ("We saw it before. Who will stop them?" keeps the first
    sentence); a content that is only a question is no claim (None)."""
    if not QUESTION_END.search(text, st.content_start, st.content_end):
        return st
    ends = [m.end() for m in _SENTENCE_END.finditer(text, st.content_start, st.content_end)]
    if not ends or ends[-1] - st.content_start < 12:
        return None
    kind, stance, hedges, certainty = classify(text[st.content_start : ends[-1]], st.cue, language, st.speaker_text,
                                               lead_words(text, st.cue_end, st.content_start),
                                               relayed=tuple(h for h in st.hedges if h in text[st.content_start : ends[-1]]))
    return replace(st, content_end=ends[-1], claim_type=kind, stance=stance, hedges=hedges, certainty=certainty)


def _in_speaker_turn(st, segs, speaker_of: Callable) -> bool:
    """Whether a statement's content lies in a transcript turn a speaker's label (or a speech's title) gives."""
    seg = at(segs, st.content_start)
    return bool(seg and seg.kind == "turn" and speaker_of(seg) is not None)


def _first_person(speaker: str | None) -> bool:
    """Whether a speaker is the writer: "I", "we", "my Administration", "our Government" (not a paper of theirs: "My
    Safer America Plan calls on the Congress to…" is the plan's)."""
    words = (speaker or "").lower().split()
    return bool(words) and (words[0] in _FIRST_PERSON or len(words) == 2 and words[0] in ("my", "our")
                            and words[1] in ("administration", "government", "nation", "country", "office"))


def _overlapping(st, others) -> bool:
    return any(o.content_start < st.content_end and st.content_start < o.content_end for o in others)


def _has_speaker(st, language: str) -> bool:
    """A claim needs a speaker the text names, describes ("police said") or a transcript turn gives: a pronoun
    that nothing resolves ("he said", no one named before; "they said" after "police sources said" continues them: its
    descriptor), no speaker at all, or a holder nobody in particular
    is ("if anybody in this room thinks Putin will stop at Ukraine", "nobody thought", "you think": the
    language's ``generic_holder``) is nobody's claim."""
    holder = LEXICONS.get(language, {}).get("generic_holder")
    if st.speaker_basis == "unnamed" and holder and re.fullmatch(holder, (st.speaker_text or "").strip().lower()):
        return False
    return st.speaker_basis not in ("none", "pronoun") or bool(st.speaker_name) or st.speaker_basis == "pronoun" and bool(st.descriptor)


_HONORIFIC = re.compile(r"^(?:MR|MS|MRS|DR)\.?\s+")


def _in_turn(st, segs, speaker_of: Callable):
    """A statement inside a transcript turn whose speaker the sentence does not name ("I think…") is the
    turn's: the label is its speaker, and the evidence of it (``speaker_of``: ``_turn_speaker``, or a speech's title)."""
    seg = at(segs, st.content_start)
    unspoken = st.speaker_basis == "none" or (st.speaker_text or "").strip().lower() in _FIRST_PERSON
    who = speaker_of(seg) if seg and unspoken else None
    if who is None:
        return st
    return replace(st, speaker_start=who[0], speaker_end=who[1], speaker_text=who[2], speaker_mention=who[3], speaker_name=who[4],
                   speaker_basis=who[5])


def _turn_speaker(seg, segs, text: str, roster: Roster) -> tuple | None:
    """The speaker of a transcript turn: its label (start, end, as written), the mention and the name the document
    gives it ("THE PRESIDENT" under "Remarks by President Trump", "MS. PSAKI" for the Jen Psaki named in it) and the
    basis; None outside turns and for a reporter's question."""
    if not seg.speaker or seg.speaker == "Q":
        return None
    opening = next((s for s in reversed(segs) if s.label and s.speaker == seg.speaker and s.start <= seg.start), None)
    if opening is None:
        return None
    label = _HONORIFIC.sub("", seg.speaker)
    person = roster.by_label(label)
    name = person.name if person else label.title()
    return (opening.label[0], opening.label[1], text[opening.label[0] : opening.label[1]], person.span if person else None, name,
            "turn" if person else "label")


def _dateline_span(text: str) -> tuple[int, int]:
    found = find_dateline(text)
    return (found[0][0], max(span[1] for span in found if span)) if found else (0, 0)


def _with_speakers(mentions: list[Mention], statements, text: str) -> list[Mention]:
    """Speakers named by the statement patterns but not by the model (a
    language read without NER) become person mentions, so they resolve."""
    taken = {(m.start, m.end) for m in mentions}
    extra = [
        Mention(s, e, text[s:e], "PERSON", "person", "statements")
        for st in statements
        if st.speaker_mention and (s := st.speaker_mention[0], e := st.speaker_mention[1]) not in taken
        and not any(m.start < e and s < m.end for m in mentions)
    ]
    return sorted(mentions + list({(m.start, m.end): m for m in extra}.values()), key=lambda m: m.start)


def _anchored(ann: Annotations, st, published: str | None):
    """A statement with the place and date its claim is about."""
    where = locate(ann, st.content_start, st.content_end, published)
    return replace(
        st,
        place_key=where.place.key if where.place else None,
        place_basis=where.place_basis,
        date_value=where.date_value,
        date_precision=where.date_precision,
    )


# What spaCy holds at once bounds the reader's memory: its parser needs several hundred bytes per token while a
# batch is in flight (a 100,000-character release alone took 340 MB over the model). A text longer than
# PIECE_CHARS goes through spaCy in pieces cut at line ends (sentences and parses stay within a paragraph
# anyway) and is joined back into one Doc over the same text; a batch holds at most BATCH_CHARS characters.
# On the 12 longest White House releases this changed 4 of 292 events and 1 of 105 statements.
PIECE_CHARS = 10_000
BATCH_CHARS = 40_000


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters, each ending, in the second half of
    its window, at a paragraph end where there is one (else a sentence end, a line end, a space); joined, they
    are ``text`` again."""
    out, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = next((at + len(mark) - 1 for mark in ("\n\n", ".\n", ". ", "\n", " ") if (at := window.rfind(mark)) >= limit // 2), limit - 1)
        cut = start + cut + 1
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _bounded(items: list, length: Callable[[object], int], most: int | None = None) -> Iterator[list]:
    """Consecutive items in runs of at most ``most`` items and ``BATCH_CHARS`` characters (a longer one alone)."""
    run, chars = [], 0
    for item in items:
        if run and ((most and len(run) >= most) or chars + length(item) > BATCH_CHARS):
            yield run
            run, chars = [], 0
        run.append(item)
        chars += length(item)
    if run:
        yield run


# Markup is not text. A release in Markdown wraps words in links and emphasis ("A Honduran national
# [convicted](https://www.fox9.com/news/…-arrest-3-child-sex-predators…) of …, apprehended in Minnesota."): read
# as it stands, the address holds an arrest, a date and places, and the parser, thrown by it, loses the sentence's
# own conviction and arrest. ``readable`` blanks link addresses, link brackets, bare addresses and emphasis
# marks with spaces, so the model reads the words alone and every offset still points into the stored text.
_MD_LINK = re.compile(r"\[([^\]\[]{0,400})\]\(\s*(?:[^()\s]|\([^()\s]{0,400}\)){1,4000}\s*\)")  # "…(D-District 2)…": one level of brackets
# Emphasis marks: doubled or tripled ones anywhere, and the single "*" of a quotation in italics ("*“…,”* [said X](…)"),
# which the parse would take for the speaker; other italics stay, a bullet's label among them ("-   *Haiti*. Designated…")
_EMPHASIS = re.compile(r"\*{2,3}|__(?=\w)|(?<=\w)__|(?<![\w*])\*(?=[“\"])|(?<=[”\"])\*(?![\w*])")


def readable(text: str) -> str:
    """``text`` with link addresses, link brackets, bare addresses and emphasis marks blanked (same length)."""
    def blank(m: re.Match) -> str:
        return "".join(c if c == "\n" else " " for c in m.group(0))

    def link(m: re.Match) -> str:
        inner = m.group(1)
        return " " + inner + blank(re.match(r"[\s\S]*", m.group(0)[len(inner) + 1 :]))

    out = _MD_LINK.sub(link, text)
    out = _URL.sub(blank, out)
    return _EMPHASIS.sub(blank, out)


def _parse(nlp, texts: list[str]) -> Iterator:
    """One spaCy Doc per text (its markup blanked: ``readable``; read without the runs of spaces inside its lines:
    ``spaces.parse``), each read in pieces of at most PIECE_CHARS and joined back."""
    from spacy.tokens import Doc

    cut = [pieces(readable(t)) for t in texts]
    starts = [list(accumulate((len(p) for p in ps[:-1]), initial=0)) for ps in cut]
    written = [t[at : at + len(p)] for t, ps, ats in zip(texts, cut, starts) for p, at in zip(ps, ats)]  # as written, piece by piece
    runs = _bounded(list(zip([p for ps in cut for p in ps], written)), lambda pw: len(pw[0]))
    parsed = (d for run in runs for d in spaces.parse(nlp, [p for p, _ in run], [w for _, w in run], batch_size=len(run)))
    for ps in cut:
        parts = [next(parsed) for _ in ps]
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


# The words a pipeline keeps for good before its batches' new ones are dropped after each batch (_zone): the first
# documents' common words (about 160 bytes each, with their strings and the tokenizer's cache of them; 16,000 after
# 330 real documents), so that later batches do not build "the", "police" and "said" again, each time they meet them.
VOCAB_KEPT = 100_000


def _zone(nlp):
    """spaCy's memory zone (3.8), once the vocabulary holds ``VOCAB_KEPT`` words: the strings a batch adds to the
    vocabulary are dropped after it, so a process that reads for hours does not grow with every name and number it
    has seen. Before, a batch's new words stay: a word's entry is the same whenever it is made, so what is read does
    not change."""
    import contextlib

    kept = len(nlp.vocab) < VOCAB_KEPT
    return nlp.memory_zone() if hasattr(nlp, "memory_zone") and not kept else contextlib.nullcontext()


# Read once by ``prepare``: what reading builds at its first document of a language (the trigger alternations, the
# transcripts' subject words, the offences, dateparser's tables) is built then, once, rather than in each reader.
_SAMPLE = {
    "en": "Gang member charged with murder\n\nHOUSTON, Texas (March 3, 2024) - Police said a gunman shot and killed two men "
          "outside a bar on March 2, 2024. Prosecutors brought charges of extortion against the gang leader on the 2nd "
          "day of March, 2024.\n\nQ    Will the cartel attack again?\n\nMS. JEAN-PIERRE:  The cartel will be held accountable.",
    "es": "Detienen a sicario\n\nCULIACÁN (3 de marzo de 2024) - La Fiscalía informó que un sicario asesinó a dos hombres el 2 "
          "de marzo de 2024. La condena de homicidio del exalcalde fue dictada el martes.",
}


def prepare(languages: Iterable[str]) -> None:
    """Load now what reading documents of ``languages`` loads at its first document: their pipelines, the event
    gate's classifier, and what its rules build on first use (``_SAMPLE``, read once). Processes forked after this
    share them instead of each building its own (pipeline.py)."""
    load_gate()
    for language in languages:
        pipeline(language)
        if language in _SAMPLE:
            read(Document(id=f"sample-{language}", text=_SAMPLE[language], source="sample", title=_SAMPLE[language].split("\n")[0],
                          published_at="2024-03-04", language=language))


def read(doc: Document) -> Annotations:
    """Annotations for one document, read by the pipeline of its language."""
    return next(read_many([doc]))[1]


def read_many(docs: Iterable[Document], batch_size: int = 32, gated: bool = True,
              homes: Mapping[str, Home] | None = None) -> Iterator[tuple[Document, Annotations]]:
    """(document, annotations) for each document, in input order; consecutive documents of one language go
    through spaCy together, in batches bounded in characters, each inside a memory zone: nothing of spaCy's
    outlives its batch (annotations are plain records), so memory stays flat however many documents pass.
    ``homes``: outlets' home divisions (home.py), by outlet key, for place resolution."""
    homes = homes or {}
    for language, run in groupby(docs, key=lambda d: d.language):
        nlp = pipeline(language)
        for batch in _bounded(list(run), lambda d: len(d.text), batch_size):
            with _zone(nlp):
                done = [(doc, annotate(doc, spacy_doc, gated, homes.get(outlet_key(doc.outlet, doc.url) or "")))
                        for doc, spacy_doc in zip(batch, _parse(nlp, [d.text for d in batch]))]
            yield from done
