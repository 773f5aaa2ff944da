"""Statements in a document: cue verbs with their complements or quotations (off the parse), 'according to',
quotations continued from the sentence before; a language without a parse is read by its surface patterns
(surface.py).
"""

from __future__ import annotations

import re

from ...models import Mention, Statement
from ..people import Roster
from .cues import (
    ASPECTUAL,
    CALLS,
    OBJECT_CUES,
    PLEDGES,
    SET_OFF,
    appositions,
    disposed_of,
    asked_of,
    asked_to,
    attributed_clause,
    attribution_inside,
    added_after,
    clause_subject,
    doer,
    figures_shown,
    name_before,
    object_span,
    paragraph_after,
    finder,
    joined,
    called_for,
    prepositional_content,
    quoted_object,
    reported_around,
    said_again,
    spoken_between,
    stressed,
    subtree_span,
    unframed,
)
from .avowals import avowal
from .readouts import READING
from .readouts import joint as joint_voice
from .calls import framed_claims, second_cue
from .kinds import classify, lead_words
from .leadin import lead_in
from .lexicon import LEXICONS, verb_lemma
from .pictures import pictured
from .spans import _closing_mark, _inside_quote, _quotes, _strip, goes_on, lead_in_speaker, points_below, speaker_cut
from .speakers import mute, named_subjects, speaker_entity, subject_numbers, voiceless
from .surface import find_surface
from .trailing import trailing
from .unsaid import asks, manner, relayed_clause, unsaid


def find_parsed(doc, language: str, text: str) -> list[dict]:
    """Statements from a parsed spaCy Doc (whose text is ``text``: spaCy
    rebuilds Doc.text on every access): cue verbs with their subject and
    complement, and "according to" phrases."""
    lex = LEXICONS[language]
    cues = lex["cues"] | lex.get("findings", set())
    framed = set(lex.get("characterizing", ())) - cues  # verbs that speak only in their frame ("described X as Y")
    voicing = lex.get("voicing", set())  # verbs that tell only of speaking ("spoke outside the court"): statements.leadin
    joint = language == "en" and joint_voice(doc)  # a document of leaders meeting: its readout verbs avow (statements.readouts)
    avowing = lex.get("avowals", set()) | (READING if joint else set())
    speaking = cues | voicing | avowing
    quotes = _quotes(text)
    found = []
    for sent in doc.sents:
        s_quotes = [q for q in quotes if sent.start_char <= q[0] < sent.end_char or sent.start_char < q[1] <= sent.end_char]
        for tok in sent:
            lemma = verb_lemma(tok.lower_)
            if language == "en" and not _inside_quote(tok.idx, quotes) and (claims := framed_claims(text, tok)):
                found += claims  # "met the families … and called for…", "blamed the gang for…" (statements.calls)
            elif lemma in speaking and tok.tag_.startswith("VB") and not _inside_quote(tok.idx, quotes):
                said = (_from_cue(doc, text, tok, s_quotes) or trailing(doc, tok)) if lemma in cues else []
                said = said or (avowal(text, tok, joint) if lemma in avowing else [])  # "expressed their commitment to…"
                if said:
                    found += said
                elif led := lead_in(doc, text, tok, quotes, cues, voicing):  # "…told reporters:" ¶ "“…”": a second pass
                    found.append(dict(led, lead=True))
            elif lemma in framed and tok.tag_.startswith("VB") and not _inside_quote(tok.idx, quotes) and (picture := pictured(tok)):
                found += _from_cue(doc, text, tok, s_quotes, picture)  # "portrayed the scene": no predicate, nothing claimed
            elif language == "en" and tok.lower_ in _MAKE and not _inside_quote(tok.idx, quotes):
                found += _made_clear(text, tok)
        found += _according(doc, text, sent, lex, found)
    return found


_MAKE = {"make", "makes", "made", "making"}


def _made_clear(text: str, verb) -> list[dict]:
    """"President Trump has made it clear that…", "This report makes clear that…", "made clear the United States
    will…": the phrase is a cue (docs/annotation.md §3), its subject the speaker and the clause after "clear" the
    content; a participle set off by a comma or a dash speaks for its clause's subject ("…, making clear that…")."""
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "acomp", "oprd", "dobj", "advmod")), None)
    if clear is None or any(c.dep_ == "neg" for c in verb.children):
        return []
    clauses = [c for c in clear.children if c.dep_ in ("advcl", "ccomp", "csubj") and c.i > clear.i]  # "csubj": a clause after "clear" the parse took for its subject
    clauses += [c for c in verb.children if c.dep_ == "ccomp" and c.i > clear.i]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.tag_ == "VBG" and verb.i > 0 and verb.nbor(-1).text in SET_OFF:
        subj = clause_subject(verb)
    if not clauses or not subj or subj[0].lower_ in ("who", "which", "that", "what"):
        return []
    start, end = _strip(text, *subtree_span(clauses[0]))
    if end - start < 6:
        return []
    speaker = subj[0]
    return [dict(speaker=_strip(text, *subtree_span(speaker)), speaker_head=(speaker.idx, speaker.idx + len(speaker.text)),
                 appositions=appositions(speaker), cue=(verb.idx, clear.idx + len(clear.text)), content=(start, end), direct=False)]


_CLOSING = {"’’", "''", '"', "”", "»"}
_ASKED = re.compile(r"[\s\"'”’»)]*\?")  # what a reported clause runs into when its sentence asks it


def _finite(verb) -> bool:
    """A verb with a tense of its own ("went", "had paid", "would pay"), not "him running" nor "him guilty"."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    return verb.tag_ in finite or any(a.dep_ in ("aux", "auxpass") and a.tag_ in finite for a in verb.children)


_COMPLEMENT_ORDER = {"ccomp": 0, "parataxis": 1, "xcomp": 2}


def _from_cue(doc, text: str, verb, quotes, picture=None) -> list[dict]:
    if any(c.dep_ == "neg" for c in verb.children) or unsaid(verb) or verb.dep_ == "ccomp" and verb.head.i < verb.i and unsaid(verb.head):
        return []  # "officials have not said how many", "nobody said", "will announce": nothing was claimed; and "No witness
        # said the gunman wore a mask, police said", parsed under "No witness said", is police's claim of the whole (trailing)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.text not in _CLOSING  # not a quote's ’’,
            and not _inside_quote(c.idx, quotes)]  # nor a word of the quotation ("“Smith and his wife were kind,” said Lee")
    told = [c for c in subj if not (c.is_upper and len(c) > 1 and c.idx < 40)]  # "SANTIAGO, Chile — The prosecutor said": a
    if len(told) > 1 and told[0].lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        told = told[1:]  # "Chandler, who police said was driving…": the pronoun is the clause's, "police" said it
    elif told and told[0].lower_ == "who" and verb.dep_ == "relcl" and verb.head.tag_.startswith("NN"):
        told = [verb.head]  # "objections from police who feared he would flee": the people the clause is about
    elif not subj and verb.tag_ == "VBG" and verb.dep_ == "advcl" and (added := added_after(verb.head)) is not None and added.i == verb.i:
        told = [c for c in verb.head.head.children if c.dep_ == "nsubj"]  # "Ruiz said these were hard times, adding that…": Ruiz adds
    elif not subj and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        told = [c for c in doer(verb.head).children if c.dep_ in ("nsubj", "nsubjpass")]  # "…, he said, adding that …": the same speaker
    elif not subj and verb.dep_ == "conj" and (again := said_again(verb.head)) is not None and again.i == verb.i:
        told = [c for c in verb.head.head.children if c.dep_ == "nsubj"]  # "Police said the man fled and added that…": police add
    elif not subj and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and joined(verb):
        told = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "The army confirmed the attack but said…": one subject
    elif not subj and verb.tag_ == "VBG" and verb.dep_ == "acl" and re.fullmatch(LEXICONS["en"]["papers"], verb.head.lower_):
        told = [verb.head]  # "a report showing that…", "a statement saying that…": the paper speaks
    elif not subj and verb.dep_ == "xcomp" and ASPECTUAL.fullmatch(verb.head.lower_):
        told = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "The President continues to call on Congress to…"
    elif not subj and verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.tag_.startswith("NN") \
            and verb.head.i < verb.i:
        told = [verb.head]  # "A recent study highlighted …": a past tense the parse hung on the sentence's noun, its subject
    elif not subj and verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.i > 0 and verb.nbor(-1).text in SET_OFF:
        told = clause_subject(verb)  # "Rubio underscored the commitment … — declaring the days of weakness are over"
    elif subj and (not told or told[0].lower_ in ("who", "which", "that", "what")):  # dateline the parser took for a subject
        return []  # a relative pronoun, or only a dateline for a subject
    subj = told
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    speaker = subj[0] if subj else agent[0] if agent else None
    named_run = name_before(verb) if speaker is None else []  # "…, Detective Inspector William Leahy said that…"
    speaker = named_run[-1] if named_run else speaker
    if speaker is not None and speaker.dep_ == "nsubjpass" and not agent:
        return []  # "he was told": the subject is the hearer
    comps = sorted((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and not (c.dep_ == "xcomp" and c.tag_ == "TO")),
                   key=lambda c: _COMPLEMENT_ORDER[c.dep_])  # "told mourners the killing was designed…": the clause, not "mourners"
    if speaker is not None and speaker.i < verb.i:  # "Police did not say how … but Ana Ruiz said the arrest was…": what a
        comps.sort(key=lambda c: c.i < speaker.i)  # speaker before the verb says follows it; a clause before them is another's
        comps = unframed(verb, speaker, comps)  # "That is why today, he announced executive actions…": the actions
    finding = verb_lemma(verb.lower_) in LEXICONS["en"]["findings"]
    if finding and not finder(verb, speaker):
        return []
    if verb.dep_ == "conj" and not comps and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and not (picture or pictured(verb) or quoted_object(verb, quotes)):  # "…and called ICE “reckless”": said
        return []  # a shared subject speaks a clause ("…but said that…") or a quotation, not an object ("…and rejected the plan")
    if comps and comps[0].dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in comps[0].children):
        return []  # "asked if he was the driver", "argue whether the sentence should…": a question, no claim
    if asks(verb, comps):
        return []  # "asking why the mayor…": a question
    if finding:  # "the evidence showed that he paid": a clause with its own subject; not "found him guilty", nor a quote nearby
        comps = [c for c in comps if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                 and (_finite(c) or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))]  # "that" opens a clause of its own
    if not comps:  # "said in a news release that X is held": the parse hung the "that" clause on "release"
        comps = [t for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" for t in o.children
                 if t.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)]
    asked = asked_to(verb) if verb_lemma(verb.lower_) in CALLS and (not comps or comps[0].dep_ == "xcomp") else None
    if asked:
        comps = [asked[1]]
    if speaker is None and comps and comps[0].i < verb.i:  # "…, announced Acting Assistant Attorney General Loretta King": inverted,
        speaker = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.tag_ in ("NNP", "NNPS")), None)  # parsed as an object
    if speaker is None and verb.i > 0 and verb.nbor(-1).text in _CLOSING and verb.i + 1 < len(doc) and verb.nbor().tag_ == "NNP":
        speaker = verb.nbor()  # "“…,’’ said Allen recalling the call": the name after the cue, however the parse hung it
        while speaker.i + 1 < len(doc) and speaker.nbor().tag_ == "NNP":
            speaker = speaker.nbor()
    cue_end = verb.idx + len(verb.text)
    prt = [c for c in verb.children if c.dep_ == "prt"]  # "point out"
    if prt:
        cue_end = max(cue_end, prt[0].idx + len(prt[0].text))
    content = None
    direct = False
    picture = picture or pictured(verb)
    verdict = True
    named = (speaker.left_edge.idx, verb.idx) if speaker is not None and speaker.i < verb.i else (0, 0)
    near = [
        q for q in quotes
        if not (q[0] < named[1] and q[1] > named[0])  # "The man known as Canada's “Prince of Pot” says…": the speaker's words
        and (-3 <= verb.idx - q[1] <= 60 and "\n" not in text[q[1] : verb.idx] and not spoken_between(verb, q[1])
            and verb.dep_ != "relcl")  # "“…,” the spokesman, who confirmed the arrests, said": the quotation is "said"'s
        or (-3 <= q[0] - cue_end <= 60 and "\n" not in text[cue_end : q[0]] and not second_cue(verb, q[0]))
    ]
    if (relayed := relayed_clause(verb)) is not None and not near:
        content = relayed  # "said the gunman, according to witnesses, fled": the clause the parse split (unsaid)
    elif near and not finding:
        content = (min(q[0] for q in near), max(q[1] for q in near))
        direct = True
        clause = next((c for c in comps if c.dep_ in ("ccomp", "parataxis")), None)
        if clause is not None and (around := reported_around(clause, content)):
            content, direct = around, False  # "said the arrest was “unrelated” to the crime": a partial quotation
    elif not comps and picture is not None:
        content, verdict = picture.span, picture.verdict  # "described the crime as “despicable”": the object and what it is called
    elif not comps and (verb_lemma(verb.lower_) in OBJECT_CUES or stressed(verb, speaker)):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if objs and disposed_of(verb, objs[0]):
            return []  # "The judge dismissed the charge", "…denied bail": a court's act, no claim
        content = object_span(objs[0]) if objs else prepositional_content(verb)  # "announced the indictment of…": what is made known
        if agent and speaker is not None and speaker.dep_ == "nsubjpass":  # "The guilty plea was announced by…"
            content, speaker = subtree_span(speaker), agent[0]
    elif not comps and not asked and (called := called_for(verb, speaker)):
        content = called  # "Police Chief Ana Ruiz called for more patrols downtown": a recommendation, cued by "called for"
        cue_end = next(c.idx + len(c.text) for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i)
    elif not comps and (attested := prepositional_content(verb)):
        content = attested  # "testified about how the members hid their names"
    elif finding and not comps and (measured := figures_shown(verb, speaker)):
        content, cue_end = measured, verb.idx + len(verb.text)  # "CDC data show a 10% drop in overdose deaths": a figure
    elif asked:
        content = (asked[0].idx, subtree_span(asked[1])[1])  # "called on Congress to act": who is asked, and to do what
        if verb_lemma(verb.lower_) == "call" and verb.i + 1 < len(doc) and verb.nbor().lower_ in ("on", "upon", "for"):
            cue_end = verb.nbor().idx + len(verb.nbor().text)  # the cue is "called on": a request
    elif comps:
        comp = comps[0]
        content = subtree_span(comp)  # with its "that", "whether" or "if", as PolNeAR marks content
        if (again := said_again(comp) or added_after(comp)) is not None:  # "said a bomb went off and suggested that…", "…, adding
            content = (content[0], again.nbor(-1).idx)  # that…": the second cue's clause is its own
    if content is None and not comps:
        content = attributed_clause(verb)  # "As the President has said, this violence is not normal"
    if content is None and speaker is not None and speaker.i > verb.i and verb.head.i < verb.i and verb.dep_ != "ccomp" \
            and text[verb.sent.start_char : verb.idx].rstrip().endswith(","):
        content = (verb.sent.start_char, text.rindex(",", 0, verb.idx))  # "…, announced Acting Assistant Attorney General Loretta King"
    if not direct and not asked and comps and comps[0].dep_ == "xcomp" and verb_lemma(verb.lower_) in PLEDGES and not asked_of(comps[0]):
        return []  # "promised to dismantle the gangs": an intention, not a claim (docs/annotation.md §3); a quotation stays
    if content is None or speaker is None and not direct:
        return []
    sp = _strip(text, *subtree_span(speaker, set(verb.subtree) if speaker.i == verb.head.i != verb.i else None)) if speaker is not None else (None, None)
    if named_run:
        sp = (named_run[0].idx, speaker.idx + len(speaker.text))
    if sp[0] is not None and speaker.i < verb.i:
        said = [q for q in quotes if q[0] < content[1] and q[1] > content[0]]
        sp = _quoted_whole(text, sp, [q for q in quotes if q not in said], verb.idx)
        sp = _strip(text, max([sp[0]] + [q[1] for q in said if q[0] < sp[0] < q[1]]), sp[1])  # the said quotation's closing mark
    start, end = _strip(text, *content)
    if not direct and (cut := attribution_inside(verb, start, end)) is not None:
        start, end = _strip(text, start, cut)  # the clause ends where another speaker's attribution closes it
    if not direct:
        end = _closing_mark(text, start, end)
    if end - start < 6 or not direct and _ASKED.match(text, end, verb.sent.end_char):
        return []  # "Did police say that the gunman fled?", "Has the autopsy shown that…?": the clause is asked, not claimed
    head = (speaker.idx, speaker.idx + len(speaker.text)) if speaker is not None else None
    renames = appositions(speaker)
    if sp[0] is not None and start < sp[0] and (lead := _LEAD_SPEAKERS.search(text, start, sp[0])):
        # "…, Acting Assistant Attorney General Loretta King for the Civil Rights Division and U.S. Attorney for the
        # Eastern District of New York Benton J. Campbell announced": the parse gave the verb the last name only;
        # the speakers are the whole run after the comma, the first named leading (docs/annotation.md §3)
        sp, head, renames = (lead.start("run"), sp[1]), None, []
        start, end = _strip(text, start, min(end, lead.start()))
        if end - start < 6:
            return []
    return [dict(speaker=sp, speaker_head=head, appositions=renames, cue=(verb.idx, cue_end), content=(start, end), direct=direct,
                 verdict=verdict)]


def _quoted_whole(text: str, sp: tuple[int, int], quotes, cue: int) -> tuple[int, int]:
    """A speaker phrase before its cue with every quotation it touches whole, never half of one ("“Prince of Pot” Marc
    Emery says…", "The man known as Canada's “Prince of Pot” says…", "The sheriff, who called the gang “a cancer on
    this county,” said…"); ``quotes`` leaves out what is said ("“They are dangerous men,” Sheriff Ana Ruiz said")."""
    start, end = sp
    for q in quotes:
        if q[1] <= cue and (q[0] < end and q[1] > start or end <= q[0] and not text[end : q[0]].strip()):
            start, end = min(start, q[0]), max(end, q[1])
    return start, end


_LEAD_SPEAKERS = re.compile(r",\s+(?P<run>(?=[^,;:!?\n]*?\band\b)[^,;!?\n]{0,160}?)$")


def _relayed(tok, cues):
    """The cue verb whose reported clause holds an "according to", ahead of that clause's verb ("The mayor said that,
    according to police, the man fled"): a source the speaker relays, nested in the speaker's statement, of which only
    the outermost is annotated (docs/annotation.md §3); None for one that trails the clause ("The mayor said the man
    fled, according to police"), which tells whose account the whole sentence is. A cue straight before it ("said that,
    according to…") relays it however the parse hangs the clause. Where the parse hangs it on the clause's subject
    ("Police said the gunman, according to witnesses, fled") nothing is found, and the "according to" keeps its own
    record as before."""
    before = [t for t in tok.doc[tok.sent.start : tok.i] if not t.is_punct]
    if before and before[-1].lower_ == "that":
        before = before[:-1]
    if before and before[-1].tag_.startswith("VB") and verb_lemma(before[-1].lower_) in cues:
        return before[-1]
    for cue in (tok.head, tok.head.head):  # "said the gunman, according to witnesses, fled"
        if verb_lemma(cue.lower_) in cues and (split := relayed_clause(cue)) and split[0] <= tok.idx < split[1]:
            return cue
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and verb_lemma(node.head.lower_) in cues and node.head.i < tok.i < node.i:
            return node.head
        node = node.head
    return None


def _according(doc, text: str, sent, lex, found: list[dict]) -> list[dict]:
    """Statements of "according to X" in a sentence; one a speaker relays inside a statement ``found`` for its cue
    (``_relayed``) is no statement of its own but that statement's hedge, as written ("according to a source close to
    the cartel"); with no such statement stored it keeps its own record."""
    out = []
    relayed = set()
    for tok in sent:  # the parse gives the whole speaker: "the regional police commander, Colonel Andrés Pardo"
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            verb = _relayed(tok, lex["cues"])
            outer = [f for f in found if verb is not None and f["cue"][0] == verb.idx and f["content"][0] <= tok.idx < f["content"][1]]
            if outer and objs:
                source = _strip(text, tok.idx, subtree_span(objs[0])[1])
                if not mute(objs[0]):  # "according to the law", "…to protocol": a rule, no source to relay
                    outer[0]["relayed"] = outer[0].get("relayed", ()) + (text[source[0] : source[1]],)
                relayed.add(tok.idx)
                continue
            if objs and manner(objs[0]):
                relayed.add(tok.idx)  # "according to its terms": a manner, no source
            elif objs:
                sp = _strip(text, *subtree_span(objs[0]))
                appos = appositions(objs[0])
                renamed = [e for e in doc.ents if e.label_ == "PERSON" and re.fullmatch(r"\s*,\s*(?:[A-Z][a-z]+\.?\s+)?", text[sp[1] : e.start_char])]
                if renamed and text[renamed[0].end_char : renamed[0].end_char + 1] == ",":
                    sp = (sp[0], renamed[0].end_char)  # the parser split "the commander, Colonel Andrés Pardo,"
                    appos = appos + [(renamed[0].start_char, renamed[0].end_char)]
                rest = [(sent.start_char, tok.idx), (sp[1], sent.end_char)]
                start, end = _strip(text, *max(rest, key=lambda r: r[1] - r[0]))
                if not text[sent.start_char : tok.idx].strip() and text[sp[1] : sent.end_char].rstrip().endswith(":"):
                    start, end = paragraph_after(text, text.rindex(":", 0, sent.end_char) + 1)  # "According to the complaint:" ¶ …
                if end - start > 10:
                    head = (objs[0].idx, objs[0].idx + len(objs[0].text))
                    out.append(dict(speaker=sp, speaker_head=head, appositions=appos,
                                    cue=(tok.idx, doc[tok.i + 1].idx + 2), content=(start, end), direct=False))
    if out:
        return out
    low = sent.text.lower()
    for phrase in lex["according"]:
        for m in re.finditer(rf"\b{phrase}\b", low):
            cue_start = sent.start_char + m.start()
            cue_end = sent.start_char + m.end()
            if cue_start in relayed:
                continue
            rest = text[cue_end : sent.end_char]
            sm = re.match(r"\s*([^,.;]{2,120}?)(?=,|\.|;|$)", rest)
            if not sm:
                continue
            sp = (cue_end + sm.start(1), cue_end + sm.end(1))
            before = (sent.start_char, cue_start)
            after = (sp[1], sent.end_char)
            content = before if before[1] - before[0] > after[1] - after[0] else after
            start, end = _strip(text, *content)
            if end - start > 10:
                out.append(dict(speaker=sp, speaker_head=None, cue=(cue_start, cue_end), content=(start, end), direct=False))
    return out


_ITEM_OPENING = re.compile(r"[ \t]*(?:[-*•·][ \t]+)?")
_BETWEEN_ITEMS = re.compile(r"[\s.,;:*•·-]*")
_AFTER_SENTENCE = re.compile(r"[.!?][\"”’']?\s*$")
_NEXT_PARAGRAPH = re.compile(r"[.!?]?[\"”’']?[ \t\xa0]*\n[ \t\xa0]*\n?[ \t\xa0]*")  # the statement closes the paragraph before


def continuations(text: str, found: list[dict], doc=None) -> list[dict]:
    """Quotations that go on without a cue of their own: the same speaker goes on. A quote right after a statement in
    its paragraph ("“…,” he said. “…”", "Cusimano said he understands. “…”"); a paragraph or list item that opens with a quotation after a quotation,
    or straight after the paragraph that a named speaker's reported statement closes ("Ruiz said the gang moved in." ¶ "“…”"); and a list of
    quotations straight after the paragraph whose statement names their speaker ("Rubio said that … ." then "- “…”",
    "- “…”"), item after item."""
    covered = [f["content"] for f in found]
    pool = list(found)
    out = []
    for qs, qe in _quotes(text):
        if any(cs <= qs < ce or cs < qe <= ce for cs, ce in covered):
            continue
        prev = [f for f in pool if f["content"][1] <= qs and qs - f["content"][1] < 400]
        if not prev:
            continue
        last = max(prev, key=lambda f: f["content"][1])
        gap = text[max(last["content"][1], last["cue"][1]) : qs]
        para_start = text.rfind("\n", 0, qs) + 1
        opening = _ITEM_OPENING.fullmatch(text, para_start, qs)
        listed = opening and opening.group(0).strip() and _BETWEEN_ITEMS.fullmatch(gap)  # the list right after the statement
        near = len(gap) < 120 and "\n" not in gap and (last["direct"] or _AFTER_SENTENCE.search(text, para_start, qs))
        turned = opening and _NEXT_PARAGRAPH.fullmatch(gap) and goes_on(doc, text, last, qs, qe)  # "Ruiz said…." ¶ "“…”"
        if last["direct"] and opening or near or listed or turned:  # after reported speech, a quotation that opens a sentence
            out.append(dict(last, content=(qs, qe), direct=True, continuation=True))
            pool.append(out[-1])
    return out


def _dedupe(found: list[dict]) -> list[dict]:
    """One statement per content span: the longest content, then the one with a speaker, then the outermost ("Officers
    believed him drunk, Sokolowski said": Sokolowski's, whose cue stands outside the content)."""
    found.sort(key=lambda f: (f["content"][0], -(f["content"][1] - f["content"][0]), f["speaker"][0] is None,
                              f["content"][0] <= f["cue"][0] < f["content"][1]))
    out = []
    for f in found:
        if any(not (f["content"][1] <= g["content"][0] or g["content"][1] <= f["content"][0]) for g in out):
            continue
        out.append(f)
    return out


def _led(text: str, found: list[dict], leads: list[dict]) -> list[dict]:
    """The statements with the quotations a speaker closing the paragraph before leads into (statements.leadin), where
    no statement covers the quotation or only a pronoun's does ("Ruiz spoke to reporters." ¶ "“…,” he said"): a
    quotation with a speaker of its own ("“…,” said the victim's mother") keeps it."""
    for lead in leads:
        qs, qe = lead["content"]
        over = [f for f in found if not (f["content"][1] <= qs or qe <= f["content"][0])]
        if all(f["speaker"][0] is not None and text[f["speaker"][0] : f["speaker"][1]].lower() in lead["pronouns"] for f in over):
            found = [f for f in found if f not in over] + [lead]
    return found


def find_statements(doc, text: str, mentions: list[Mention], language: str, parsed: bool, roster: Roster | None = None) -> list[Statement]:
    """Every attributed statement in a document, in text order."""
    if language not in LEXICONS:
        return []
    roster = roster or Roster(text, mentions)
    parsed = parsed and bool(LEXICONS[language].get("parse"))
    found = find_parsed(doc, language, text) if parsed else find_surface(text, language, mentions, doc)
    subjects = named_subjects(doc, mentions, roster) if parsed else {}
    numbers = subject_numbers(doc) if parsed else ()
    sentences = tuple(s.start_char for s in doc.sents) if parsed else ()
    found = _led(text, _dedupe([f for f in found if not f.get("lead")]), [f for f in found if f.get("lead")])
    found = [f for f in found if not (parsed and voiceless(doc, *f["speaker"]))]  # "the 1991 agreement stipulates…"
    found = _dedupe(found + continuations(text, found, doc))
    out: list[Statement] = []
    speakers = {}  # the speaker each cue was resolved to: its quotations that go on, a list its lead-in points to, keep it
    for f in sorted(found, key=lambda f: f["content"][0]):
        sp = f["speaker"]
        if f.get("continuation") and f["cue"] in speakers:
            (mention, name, _, descriptor, affiliation), sp = speakers[f["cue"]]
            who = (mention, name, "continuation", descriptor, affiliation)
        elif f.get("continuation"):
            prev = out[-1] if out else None
            who = (prev.speaker_mention, prev.speaker_name, "continuation", prev.descriptor, prev.affiliation) if prev else (None, None, "none", None, None)
            sp = (prev.speaker_start, prev.speaker_end) if prev else (None, None)
        else:
            sp, head = speaker_cut(text, sp, f.get("speaker_head"), f["cue"][0])
            who = speaker_entity(text, sp, head, mentions, out, language, f.get("appositions", ()), roster, subjects,
                                 numbers, f["content"][0], sentences)
            if who[1] is None and points_below(text, *f["content"]) and (named := lead_in_speaker(text, mentions, f["cue"][0])):
                sp, who = named, speaker_entity(text, named, None, mentions, out, language, (), roster, subjects, numbers, named[1], sentences)
            speakers[f["cue"]] = (who, sp)
        mention, name, basis, descriptor, affiliation = who
        hedge = _affiliation_hedge(text, sp, affiliation, mentions, language, out)
        cue = text[f["cue"][0] : f["cue"][1]]
        content = text[f["content"][0] : f["content"][1]]
        if points_below(text, *f["content"]):
            continue  # "announced the following:", "Here are key moments from President Trump's remarks:": the list's items are the records
        kind, stance, hedges, certainty = classify(content, cue, language, text[sp[0] : sp[1]] if sp[0] is not None else None,
                                                   lead_words(text, f["cue"][1], f["content"][0]), f.get("verdict", True),
                                                   f.get("relayed", ()))
        out.append(Statement(
            speaker_start=sp[0], speaker_end=sp[1], speaker_text=text[sp[0] : sp[1]] if sp[0] is not None else None,
            speaker_mention=mention, speaker_name=name, speaker_basis=basis, descriptor=descriptor, affiliation=affiliation,
            cue=cue, cue_start=f["cue"][0], cue_end=f["cue"][1], content_start=f["content"][0], content_end=f["content"][1],
            direct=f["direct"], claim_type=kind, stance=stance, hedges=hedges, certainty=certainty, affiliation_hedge=hedge,
        ))
    return out


def _affiliation_hedge(text: str, speaker, affiliation, mentions: list[Mention], language: str, before: list[Statement]) -> str | None:
    """The words of the speaker phrase that hedge a criminal group named as its affiliation: "Juan Pérez, who
    police say is a member of Tren de Aragua" keeps "who police say"; an employer ("a researcher at") is no hedge.
    An affiliation carried over from an earlier statement ("he added") keeps that statement's hedge."""
    if not affiliation:
        return None
    if speaker[0] is None or not speaker[0] <= affiliation[0] < speaker[1]:
        return next((s.affiliation_hedge for s in reversed(before) if s.affiliation == affiliation), None)
    group = next((m for m in mentions if (m.start, m.end) == tuple(affiliation) and m.kind == "group"), None)
    if group is None:
        return None
    from ..ties import local_hedge  # ties reads the cue words of this module

    found = local_hedge(text, speaker[0], group, language)
    return found.hedge if found is not None else None
