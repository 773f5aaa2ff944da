"""How a report ties a criminal group to a happening, in the report's own words and never more strongly.

A group is the *actor* of an event (it, or people the text says belong to it, did it), its *target* (those
attacked, arrested or charged are said to belong to it), or only *mentioned* in the event's sentence (the text
names it there but does not say it did anything: "a killing in a city where Tren de Aragua operates").

Each tie carries its strength, from the words of docs/annotation.md §3:

  named        the text itself says so: "MS-13 members stabbed him", "the cartel's gunmen";
  alleged      an accusation by a source or a legal process: "an alleged TdA member", "prosecutors say the gang
               ordered it", "accused of", "presunto integrante";
  suspected    a belief or a suspicion: "suspected", "believed to be", "police think", "reputed";
  described as the link rests on someone's description or identification: "whom officials described as a TdA
               leader", "who police say is a member of", "a self-admitted member", "señalado como";
  linked to    "linked to", "tied to", "associated with", "TdA-linked", "vinculado a";
  mentioned    named in the sentence, not tied to the act by it.

with the hedge words as written (their offsets are the evidence) and, where the text says, who holds the view. A group
the parse does not make the actor is still the actor where the words around it blame it: before the name ("blamed on",
"points to") or between the name and the act ("the gang was behind the killing", "estaría detrás del secuestro"), the
latter named in the text's own voice and weakened by a hedge or a speaker as any other tie.
The weakest wording found wins: a report that says "suspected" once is never read as "named".
"""

from __future__ import annotations

import re
from ..models import TIE_STRENGTHS, GroupTie, Mention, Statement
from .blame import included
from .involvement import involvement
from .views import PRONOUNS as _PRONOUNS
from .views import Hedge, weakest
from .views import view as _view
from .doctext import text_of

_weakest = weakest  # events/belonging.py reads it from here

STRENGTHS = TIE_STRENGTHS

# The verbs of a tie ("linked to", "affiliated with"); events/described.py reads them too ("people affiliated with the gang")
TIED = r"linked|tied|connected|associated|affiliated|aligned"
_BY = r"(?P<by>(?:the |local |federal |state |u\.s\. )?[\w.'’-]+(?: [\w.'’-]+){0,4}?)"
# Words inside the phrase that names the group's people, nearest the group first; (strength, pattern)
_LOCAL = {
    "en": [
        ("described as", re.compile(r"\b(?:who|whom|which|that)\s+" + _BY + r"\s+(?:say|says|said|describe[sd]?|call(?:s|ed)?|"
                                    r"identif(?:y|ies|ied)|consider(?:s|ed)?|label(?:s|ed|led)?|characteri[sz]e[sd]?|list(?:s|ed)?)\b", re.I)),
        # the same with no relative word, a holder of one word right after the people ("people they say are affiliated
        # with the gang", "two men police say are members of MS-13"); not ``_LEAD_IN``, which ends before the phrase
        # ("A man police believe is [a member of TdA]") and keeps the verb of being in its hedge: inside the phrase the
        # hedge is the holder and the verb alone ("they say", group ``words``), the first of ``_LOCAL``'s that holds
        ("described as", re.compile(r"^\s*(?:[\w-]+\s+){1,3}?(?P<words>(?P<by>(?:the\s+)?[\w.'’-]+)\s+(?:say|says|said))\s+(?:are|is|were|was)\b", re.I)),
        ("alleged", re.compile(r"\b(?:who|whom|which|that)\s+" + _BY + r"\s+(?:allege[sd]?|accuse[sd]?|claim(?:s|ed)?)\b", re.I)),
        ("suspected", re.compile(r"\b(?:who|whom|which|that)\s+" + _BY + r"\s+(?:believe[sd]?|suspect(?:s|ed)?|think|thinks|thought)\b", re.I)),
        # ("known as" gives an alias, and "a known / confirmed member" is the report's own word: neither is a hedge)
        ("described as", re.compile(r"\b(?:described|identified|characteri[sz]ed|labell?ed|branded|listed|documented|validated|"
                                    r"classified|recogni[sz]ed)\s+(?:\w+\s+){0,3}?as\b|\bself-(?:admitted|described|proclaimed|"
                                    r"identified)|\b(?:admitted|confessed|documented|validated)\s+(?:\w+\s+)?(?:member|associate|affiliate|"
                                    r"leader|gang)", re.I)),
        ("linked to", re.compile(r"\b(?:" + TIED + r"|allied|related)\s+(?:\w+\s+)?(?:with|to)\b|"
                                 r"\b(?:links?|ties|connections?|associations?|affiliations?)\s+(?:\w+\s+)?(?:with|to)\b", re.I)),
        ("suspected", re.compile(r"\b(?:suspected|suspect|believed|thought|presumed|presumably|probable|probably|possible|possibly|"
                                 r"likely|reputed(?:ly)?|apparent(?:ly)?|purported(?:ly)?|rumou?red)\b", re.I)),
        ("alleged", re.compile(r"\b(?:alleged(?:ly)?|accused|reportedly|supposedly|claimed)\b", re.I)),
    ],
    "es": [
        ("described as", re.compile(r"\b(?:quien(?:es)?|que)\s+(?:según\s+)?" + _BY + r",?\s+(?:es|era|son|eran|sería|serían)\b|"
                                    r"\b(?:señalad|identificad|descrit|catalogad|considerad|calificad|reconocid|conocid)[oa]s?\s+"
                                    r"(?:\w+\s+){0,3}?como\b|\b(?:confes|reconocid|autoproclamad|autodenominad)[oa]s?\b", re.I)),
        ("linked to", re.compile(r"\b(?:vinculad|ligad|relacionad|asociad|afiliad|conectad|aliad)[oa]s?\s+(?:\w+\s+)?(?:a|al|con)\b|"
                                 r"\bv[ií]nculos?\s+(?:\w+\s+)?con\b", re.I)),
        ("suspected", re.compile(r"\b(?:sospechos[oa]s?|sospecha(?:n|ba)?|creen|cree|creía|probablemente|posiblemente|"
                                 r"al parecer|aparentemente|supuest[oa]s?|supuestamente)\b", re.I)),
        ("alleged", re.compile(r"\b(?:presunt[oa]s?|presuntamente|acusad[oa]s?|habría|habrían|sería|serían|estaría|estarían)\b", re.I)),  # the conditional of report
    ],
}
# What a sentence says of a group named in it, just before the name: blame without the grammar of an actor
_BLAME = {
    "en": re.compile(r"(?:(?P<named>\b(?:signed|carried out|perpetrated|committed|ordered|run|led|organi[sz]ed)\s+by|\bthe work of)"
                     r"|(?P<suspected>\b(?:points?|pointed|pointing|suspicion\w*)\s+(?:\w+\s+)?(?:to|at|on)|\bbehind|\bhallmarks? of"
                     r"|\bsuspect(?:s|ed)?)"
                     r"|(?P<alleged>\bblam(?:e|es|ed|ing)\s+(?:\w+\s+){0,7}?on|\battribut\w+\s+(?:\w+\s+){0,7}?to|\baccus\w+"
                     r"|\bresponsib\w+\s+(?:\w+\s+)?(?:of|on|to)?|\bclaimed by)"
                     r"|(?P<linked_to>\b(?:linked|tied|connected)\s+to))"
                     r"\s+(?:the\s+)?(?:\w+\s+)?$", re.I),
    "es": re.compile(r"(?:(?P<named>\b(?:firmad|perpetrad|cometid|ordenad|dirigid|organizad)[oa]s?\s+por)"
                     r"|(?P<suspected>\bapunta\w*\s+(?:\w+\s+)?(?:a|al|hacia)|\bdetr[aá]s\s+de(?:l)?|\bsospech\w+)"
                     r"|(?P<alleged>\batribu\w+\s+(?:\w+\s+){0,7}?a(?:l)?|\bresponsabiliz\w+\s+(?:\w+\s+){0,3}?a(?:l)?|\bacus\w+|\bculp\w+\s+a(?:l)?"
                     r"|\bresponsables?\s+(?:\w+\s+)?(?:a|al|de|del)?)"
                     r"|(?P<linked_to>\b(?:vinculad|ligad|relacionad)[oa]s?\s+(?:a|al|con)))"
                     r"\s+(?:(?:el|la|los|las)\s+)?(?:\w+\s+)?$", re.I),
}
# What a sentence says of a group named in it, between the name and the act: "Los Lobos were behind the attack", "el
# Cártel de Sinaloa estaría detrás del secuestro", "MS-13 was responsible for the shooting". In the text's own voice the
# group did it (named); a hedge between ("allegedly", "may have been", the conditional of report) or a speaker weakens it,
# and so do the words of suspicion or accusation ("is suspected in", "was blamed for", "señaló al X como responsable del").
# The words allowed between the blame and the act ("behind the brutal killing", "del doble asesinato"): never a
# preposition or a conjunction that turns to something else ("behind bars during killings"), nor "bars"
_FREE = (r"(?!(?:bars|rejas|during|in|on|at|of|for|with|after|before|from|by|to|since|amid|while|and|or|but|durante|en|de|del|con|"
         r"tras|desde|por|para|y|o|pero)\b)")
# A run of acts the blame may name first ("behind a series of killings", "detrás de la ola de asesinatos")
_RUN_EN = r"(?:(?:wave|series|string|spate|surge|rash|spree)\s+of\s+)?"
_RUN_ES = r"(?:(?:ola|serie|racha|oleada|cadena)\s+de\s+(?:(?:los|las)\s+)?)?"
# The verb of being (or its conditional, subjunctive or modal) between a name and a word of blame: "was", "may have been",
# "estaría", "esté", "haya estado"
COPULA = {"en": r"(?:(?:is|are|was|were|has been|have been|had been|(?:may|might|could|would|must) (?:have been|be))\s+)?",
          "es": r"(?:(?:est[aá]|estaba|estuvo|estar[ií]an?|est[aá]n|estaban|estuvieron|ser[ií]an?|es|son|fue|fueron|est[eé]n?|"
                r"estuvieran?|sean?|fueran?|hayan?(?: estado| sido)|habr[ií]an?(?: estado| sido)?)\s+)?"}
_BLAME_AFTER = {
    "en": re.compile(r"\s+" + COPULA["en"] + r"(?P<denied>(?:not|never)\s+)?(?:(?:allegedly|reportedly|supposedly|probably|possibly|likely|apparently)\s+)?"
                     r"(?:(?P<named>behind|responsible\s+for|involved\s+in|took\s+part\s+in|participated\s+in)|(?P<suspected>suspected\s+(?:in|of))|"
                     r"(?P<alleged>(?:blamed|accused)\s+(?:for|of)|implicated\s+in|"
                     r"as\s+(?:the\s+)?(?:ones?\s+)?responsible\s+for))\s+(?:(?:the|a|an|this|that)\s+)?" + _RUN_EN
                     + r"(?:" + _FREE + r"[\w-]+\s+){0,2}?", re.I),
    "es": re.compile(r"\s+(?P<denied>(?:no|nunca)\s+)?" + COPULA["es"] + r"(?:(?:presuntamente|supuestamente|posiblemente|probablemente)\s+)?"
                     r"(?:(?P<named>detr[aá]s\s+de(?:l)?|(?:(?:el|la|los|las)\s+)?responsables?\s+de(?:l)?|involucrad[oa]s?\s+en|particip[oó]\s+en)|"
                     r"(?P<suspected>sospechos[oa]s?\s+de(?:l)?)|(?P<alleged>implicad[oa]s?\s+en|"
                     r"(?:acusad[oa]s?|se[ñn]alad[oa]s?)\s+(?:como\s+responsables?\s+)?de(?:l)?|como\s+(?:el\s+|los\s+)?responsables?\s+de(?:l)?))"
                     r"\s+(?:(?:el|la|los|las|un|una|este|esta)\s+)?" + _RUN_ES
                     + r"(?:" + _FREE + r"[\w-]+\s+){0,2}?", re.I),
}
# A word of denial within three words before a word of blame: "Nobody blamed", "police have not blamed", "he does
# not blame", "never publicly blamed", "las autoridades no culparon"
_DENIED = re.compile(r"(?:\b(?:no|not|never|nobody|nothing|none|neither|nor|no one|nadie|nada|nunca|tampoco|ni|ningún|ninguna)|n[’']t)\s+(?:[\w’'-]+\s+){0,2}$",
                     re.I)


def denied(text: str, start: int, floor: int) -> bool:
    """Whether the words just before ``start`` (not before ``floor``, the sentence's start) deny what follows."""
    return _DENIED.search(text, max(floor, start - 40), start) is not None


_SUFFIX = re.compile(r"-(?:linked|tied|connected|affiliated|allied|aligned|backed)\b", re.I)  # "TdA-linked gunmen"


def local_hedge(text: str, start: int, mention: Mention, language: str) -> Hedge | None:
    """A hedge in the words of a phrase before the group's name ("a suspected", "whom prosecutors described as
    a leader of"), or right after it ("-linked")."""
    if found := _hedge_in(text, start, mention.start, language):
        return found
    if found := _SUFFIX.match(text, mention.end):
        return Hedge("linked to", found.group(0), found.span())
    return None


# A belief or a saying that ends right before a phrase, its verb of being left to the phrase ("A man who police believe
# is a member of Tren de Aragua was arrested", where the parse starts the arrested phrase at "a member"): the phrase's own
_LEAD_IN = re.compile(r"\b(?:(?:who|whom|that|quien(?:es)?|que)\s+)?(?:[\w.'’-]+\s+){1,4}?(?:believe[sd]?|suspect(?:s|ed)?|think|thinks|"
                      r"thought|say|says|said|allege[sd]?|claim(?:s|ed)?|describe[sd]?|creen?|cre[ií]an?|dice|dicen|dijo|dijeron|"
                      r"sospecha(?:n|ba)?)\s+(?:is|are|was|were|es|era|son|eran|ser[ií]a|ser[ií]an)\s+$", re.I)


def _lead_in(text: str, start: int, floor: int):
    """The belief or saying that ends right before a phrase (``_LEAD_IN``), as a match, or None."""
    return _LEAD_IN.search(text, max(floor, start - 70), start)


_LEAD_STRENGTH = (("suspected", re.compile(r"believ|suspect|think|thought|cre|sospech", re.I)),
                  ("alleged", re.compile(r"alleg|claim", re.I)))


def _lead_hedge(text: str, found) -> Hedge:
    """The hedge of a belief or saying ``_lead_in`` found with no relative word ("A man police believe is a Tren de
    Aragua member"), by its verb: a belief is a suspicion, an allegation alleged, a saying a description."""
    words = found.group(0).strip().split()
    holder, verb = words[-3], words[-2]  # "A man police believe is": police believe it
    strength = next((s for s, pattern in _LEAD_STRENGTH if pattern.search(verb)), "described as")
    begin = text.rfind(holder, found.start(), found.end())
    return Hedge(strength, " ".join(words[-3:]), (begin, found.start() + len(found.group(0).rstrip())),
                 None if holder.lower() in _PRONOUNS or holder.lower() in ("who", "whom", "that", "que", "quien") else holder)


def _hedge_in(text: str, start: int, end: int, language: str) -> Hedge | None:
    """The first hedge the words between two offsets hold, in the order of ``_LOCAL``."""
    window = text[start:end]
    for strength, pattern in _LOCAL[language]:
        found = pattern.search(window)
        if found:
            by = found.groupdict().get("by")
            by = by.strip() if by and by.strip().lower() not in _PRONOUNS else None
            if found.groupdict().get("words"):  # "people they say are": the hedge is "they say"
                return Hedge(strength, found.group("words"), (start + found.start("words"), start + found.end("words")), by)
            return Hedge(strength, found.group(0).strip(), (start + found.start(), start + found.end()), by)
    return None


def _blamed_after(text: str, mention: Mention, tok, language: str, end: int | None = None) -> Hedge | None:
    """The blame the words between a group's name (or the end of its people's phrase, ``end``: "MS-13 gang members")
    and the act put on it ("Los Lobos were behind the attack", "el Cártel de Sinaloa estaría detrás del secuestro"),
    with its own strength and any hedge those words hold; only for a group its clause's subject names. A blame
    denied ("MS-13 was not behind the killing") gives ``Hedge("mentioned")``: the group is named, and tied to nothing.
    Where the words do not run all the way to the act ("may have been behind a campaign of killings"), a hedge or a
    denial before the word of blame still counts: the tie is never named past them."""
    end = mention.end if end is None or end < mention.end else end
    if tok.idx < end:
        return None
    found = _BLAME_AFTER[language].fullmatch(text, end, tok.idx)
    if found is None:
        return _hedged_blame(text, mention, tok, language, end)
    named_as = re.match(r"(?:as|como)\b", text[found.start(found.lastgroup) :], re.I)  # "señaló al X como responsable del"
    if not (named_as or _subject(tok.doc, mention) or _OPENS.search(text, tok.sent.start_char, mention.start)):
        return None  # "los rivales del cártel estarían detrás", "Half of MS-13 was behind"
    if found.group("denied"):
        return Hedge("mentioned")
    modal = re.search(r"\b(?:may|might|could)\b", found.group(0), re.I)
    words = found.span(found.lastgroup)  # "as responsible for": an accusation by whoever names the group so
    return _weakest(Hedge(found.lastgroup, text[words[0] : words[1]], words) if found.lastgroup != "named" else None,
                    _hedge_in(text, end, words[0], language),
                    Hedge("suspected", modal.group(0), (end + modal.start(), end + modal.end())) if modal else None)


# The words that put an act on the group named next, whatever the parse makes of it ("blamed the killing on MS-13")
_BLAMED_ON = re.compile(r"\b((?:blam(?:e|es|ed|ing)|attribut\w+)\s+(?:[\w-]+\s+){0,7}?(?:on|to)|(?:atribu|responsabiliz)\w+\s+"
                        r"(?:[\w-]+\s+){0,7}?a(?:l)?)\s+(?:(?:the|el|la|los|las)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# A word of blame after a group's name, with the words between that may hedge or deny it
_BLAME_WORD = {"en": re.compile(r"[^,;:.]{0,50}?\b(?:behind|responsible\s+for)\b", re.IGNORECASE),
               "es": re.compile(r"[^,;:.]{0,50}?\b(?:detr[aá]s\s+de|responsables?\s+de)", re.IGNORECASE)}
_NOT = re.compile(r"(?:\b(?:not|never|no|nunca)\b|n[’']t\b)(?!\s+(?:only|just|merely|solo|sólo|solamente)\b)", re.IGNORECASE)  # not "not only"


def _hedged_blame(text: str, mention: Mention, tok, language: str, end: int) -> Hedge | None:
    """A word of blame between the name and the act that the blame words do not run to the act from: only its
    hedge, modal or denial ("MS-13 is believed to be behind the wave of killings"); ``None`` where there is none."""
    found = _BLAME_WORD[language].match(text, end, tok.idx)
    if found is None or re.match(r"\s+(?:bars|rejas)\b", text[found.end() :], re.IGNORECASE):
        return None  # "not behind bars"
    if not (_subject(tok.doc, mention) or _OPENS.search(text, tok.sent.start_char, mention.start)):
        return None
    between = text[end : found.end()]
    if _NOT.search(between):
        return Hedge("mentioned")
    modal = re.search(r"\b(?:may|might|could|podr[ií]an?)\b", between, re.IGNORECASE)
    hedge = _hedge_in(text, end, found.end(), language)
    if hedge is None and modal is None:
        return Hedge("named") if included(tok, found.end()) else None
    return _weakest(hedge, Hedge("suspected", modal.group(0), (end + modal.start(), end + modal.end())) if modal else None)


# The nouns between a group's name and its clause's subject that keep the subject the group's: its people or itself
# ("MS-13 members were behind", "integrantes del CJNG estarían detrás"); not "Half of MS-13", "los rivales del cártel"
_ITS_OWN = re.compile(r"gangs?|cartels?|c[aá]rtel(?:es)?|groups?|grupos?|organi[sz]ations?|organizaci[oó]n(?:es)?|pandillas?|bandas?|"
                      r"mafias?|clans?|cl[aá]n(?:es)?|militias?|milicias?", re.I)


# A name that opens its clause, after no more than an article: "Según la policía, el Cártel de Sinaloa estaría detrás"
# (where the parse hung the name on the words before the comma)
_OPENS = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:that|que)\s+)(?:(?:the|el|la|los|las)\s+)?$", re.I)


def _subject(doc, mention: Mention) -> bool:
    """Whether the parse makes a group's name its clause's subject, or the group of the people or the unit that are
    (up through a compound, a possessor or an "of"); a document without a parse says nothing against it."""
    # belonging reads ties: imported here, not at the top
    from .events.belonging import _PEOPLE

    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc.has_annotation("DEP") else None
    if span is None:
        return True
    node = span.root
    for _ in range(6):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.dep_ in ("conj", "appos"):
            node = node.head
            continue
        owner = node.head if node.dep_ in ("compound", "poss", "nmod", "nummod", "amod", "pobj", "flat") else None
        if owner is not None and owner.dep_ == "prep":
            owner = owner.head if owner.lower_ in ("of", "de", "del") else None  # "members of", not "a witness against"
        if owner is None or owner is node or not (re.fullmatch(_PEOPLE, owner.text, re.IGNORECASE) or _ITS_OWN.fullmatch(owner.text)):
            return False
        node = owner
    return False


# Verbs that predicate a membership of someone ("was a member of", "regarded as", "identified as", "era integrante de")
_PREDICATING = re.compile(r"(?:is|was|were|are|be|been|being|'s|regard|consider|describ|identifi|call|label|believ|suspect|known|brand|"
                         r"es|era|eran|son|fue|fueron|ser|sería|considerad|identificad|señalad|descrit)\w*", re.IGNORECASE)


def _predicated(tok, mention: Mention) -> bool:
    """Whether a group's name stands in a clause of its own that says what someone is ("the victim was a member of the
    Gulf Cartel", "whom officials regarded as an expert for Islamic State", "Hussain, an Islamic State member"), not in the act's own words ("the strike
    killed an ISIS leader", "7 Tren de Aragua gangbangers deported"): a speaker's claim of membership is a description,
    a group the speaker only names as the act's party is named. A document without a parse keeps the description."""
    doc = tok.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc.has_annotation("DEP") else None
    if span is None:
        return True
    node = span.root
    for _ in range(10):
        if node.i == tok.i:
            return False
        if node.tag_[:2] in ("VB", "AU", "VE") and _PREDICATING.fullmatch(node.text) or node.dep_ == "appos":
            return True  # an apposition says what someone is too ("Junaid Hussain, an Islamic State member")
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def ties(text: str, language: str, tok, groups: list[tuple[Mention, str, tuple[int, int] | None]], modality: str,
         statement: Statement | None, charged: bool = False) -> tuple[GroupTie, ...]:
    """The ties of an event's groups: ``groups`` holds (mention, role, span of the phrase it sits in) for each group
    named in the actor phrase, the target phrase or the sentence, or referred back to by "the gang". Inside a
    reported statement a tie is the speaker's: an actor's at most alleged, a target's membership, where the speaker
    says it, described (``_predicated``).
    ``charged``: the event is a charge, and a group named after its trigger is what the charge accuses the
    charged of ("indictments against 24 people for laundering money for the Sinaloa Cartel"): at most alleged,
    while "MS-13 member Ruiz was charged" states the membership in the text's own voice."""
    if not groups:
        return ()  # most events name no group: nothing to read
    out: list[GroupTie] = []
    speaker = (statement.speaker_name or statement.speaker_text) if statement is not None else None
    if speaker is not None and speaker.lower() in _PRONOUNS:
        speaker = None  # "they said": the view is theirs, but a pronoun names no one
    cue = (statement.cue, (statement.cue_start, statement.cue_end)) if statement is not None and not own_voice(statement) else None
    view = _view(tok, language)
    said_so = Hedge("alleged", *cue, speaker) if cue else None  # the speaker's allegation, by the cue
    for mention, role, phrase in groups:
        if role == "mentioned" and (took_part := involvement(text, mention, tok, language)) is not None:
            # "a shooting that officials say involved people tied to Tren de Aragua": as the words say, by whom they say
            found = _weakest(took_part, view, said_so,
                             Hedge("mentioned") if modality == "negated" else None)
            role = "mentioned" if found.strength == "mentioned" else "actor"
        elif role == "mentioned":
            blame = _BLAME[language].search(text, max(tok.sent.start_char, mention.start - 80), mention.start)
            if blame is not None and denied(text, blame.start(), tok.sent.start_char):
                blame = None  # "the killing was not blamed on the gang"
            found = Hedge("mentioned")
            if blame is not None:  # "a killing blamed on the gang", "everything points to Tren de Aragua"
                role = "actor"
                words = blame.span(blame.lastgroup)
                found = _weakest(Hedge(blame.lastgroup.replace("_", " "), text[words[0] : words[1]], words, speaker),
                                 view if view is not None and view.by else None, said_so)
            elif (after := _blamed_after(text, mention, tok, language)) is not None and after.strength != "mentioned":
                # "the gang was behind the killing"; a view no one holds weakens it where it makes the act itself unsure
                # ("si el CJNG es responsable del asesinato": the act is alleged, and so is who did it)
                role = "actor"
                held = view is not None and (view.by or modality in ("alleged", "hypothetical") or view.strength == "mentioned")
                found = _weakest(after, view if held else None, said_so)
                role = "mentioned" if found.strength == "mentioned" else role  # "descartó que el CJNG estuviera detrás"
        else:
            lead = _lead_in(text, phrase[0], tok.sent.start_char) if phrase else None
            local = (local_hedge(text, lead.start() if lead else phrase[0], mention, language)
                     or (_lead_hedge(text, lead) if lead else None)) if phrase else None
            after = _blamed_after(text, mention, tok, language, phrase[1] if phrase else None) if role == "actor" else None
            blame = _BLAMED_ON.search(text, max(tok.sent.start_char, mention.start - 80), mention.start)
            if after is not None and after.strength == "mentioned" or blame is not None and denied(text, blame.start(), tok.sent.start_char) \
                    or _EXCLUDED.search(text, max(0, mention.start - 24), mention.start):
                out.append(GroupTie(group_key=mention.key, role="mentioned", strength="mentioned", mention=(mention.start, mention.end)))
                continue  # "MS-13 was not behind the killing", "police have not blamed the killing on MS-13", "the CJNG and not
                # the Sinaloa Cartel"
            if blame is not None and role == "target":  # "blamed the killing on MS-13": the one blamed is no target
                role, local = "actor", _weakest(local, Hedge("alleged", blame.group(1), blame.span(1)))
            if after is not None:
                local = _weakest(local, after)  # "MS-13 was likely behind the stabbing": the hedge between stands
            said = Hedge("alleged" if role == "actor" else "described as", *cue, speaker) \
                if cue and (role == "actor" or _predicated(tok, mention)) else None  # a target the speaker only names is named
            mood = Hedge("alleged") if modality == "alleged" else _possible(tok) if modality == "hypothetical" else None
            if view is not None and mood is not None and mood.hedge is None:
                mood = None  # a mood no word of possibility makes ("ordered the killing"): the speaker's view stands
            mood = _weakest(mood, question) if (question := _open_question(tok)) else mood
            act = (_weakest(view, mood) if view or mood else None) if role == "actor" else None  # "said … may have been behind": suspected
            accused = Hedge("alleged", tok.text, (tok.idx, tok.idx + len(tok))) if charged and role == "target" \
                and tok.idx < mention.start < _reach(tok) and not _of_the_charged(tok, mention) else None  # "… and is a member of" is no part of the charge
            found = _weakest(local, act, said, accused)
            role = "mentioned" if found.strength == "mentioned" else role  # a view denied ties the group to nothing
        out.append(GroupTie(group_key=mention.key, role=role, strength=found.strength, hedge=found.hedge,
                            by=found.by or (None if found.strength == "named" else speaker or (view.by if view is not None else None) or _they(tok, found)),
                            hedge_span=found.span, mention=(mention.start, mention.end)))
    return merge_ties((), tuple(out))


def own_voice(statement: Statement) -> bool:
    """Whether a statement is a speaker's own turn or label ("SENIOR ADMINISTRATION OFFICIAL:", "[*New York Post*]: …",
    "**Governor Ruiz:** “…”"), its cue a mark and no verb of saying, or the document's own voice: the speaker tells in
    the first person, as a document does, and a group tie is as the speaker's words make it (weakened by a hedge among
    them), not an accusation the report passes on, as "police said MS-13 members shot him" is (docs/annotation.md §2.4:
    ``by`` is who says so where the document reports someone's saying). A quotation that goes on with no cue
    stays its speaker's allegation."""
    return statement.speaker_basis == "document" or bool(statement.cue.strip()) and not any(ch.isalpha() for ch in statement.cue)


def told(statement: Statement | None) -> Hedge | None:
    """What a statement makes of a tie in its words: an allegation of its speaker, by its cue (none for a quotation
    that goes on without one); nothing in a speaker's own voice (``own_voice``) or outside any statement."""
    if statement is None or own_voice(statement):
        return None
    cue = (statement.cue, (statement.cue_start, statement.cue_end)) if statement.cue else (None, None)
    return Hedge("alleged", *cue, statement.speaker_name or statement.speaker_text)


def _they(tok, found: Hedge) -> str | None:
    """Who "they" are in a hedge that opens with it ("people they say are affiliated with the gang"): the subject of
    the sentence's main verb, where that is a plural common noun ("Officials counted ten arrests …"); else None."""
    if not found.hedge or not re.match(r"they\b", found.hedge, re.IGNORECASE):
        return None
    root = tok.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or subject.idx >= found.span[0]:
        return None
    return text_of(tok.doc)[subject.left_edge.idx : subject.idx + len(subject)]


# A group the coordination itself rules out of the phrase it stands in: "the CJNG and not the Sinaloa Cartel was behind",
# "X rather than Y", "el CJNG y no el Cártel de Sinaloa"; not "not only MS-13 but also…"
_EXCLUDED = re.compile(r"\b(?:not|never|nor|rather than|instead of|no|ni)\s+(?:(?:on|to|a|al)\s+)?(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$",
                       re.IGNORECASE)  # "blamed the killing on a dispute, not on MS-13"


# The words that make an act only possible ("MS-13 may have carried out the attack", "whether MS-13 members killed"):
# who did it is then at most suspected
_MODALS = {"may", "might", "could", "would", "whether", "if", "podría", "podrían", "pudo", "pudieron", "si"}


def _possible(tok) -> Hedge:
    """An act told as possible: its actor's tie is a suspicion, with the modal word that makes it one."""
    word = next((c for w in (tok, tok.head, tok.head.head) for c in w.children if c.dep_ in ("aux", "mark") and c.lower_ in _MODALS),
                None)  # "may have carried out the attack", "may have been behind the attack"
    return Hedge("suspected", word.text, (word.idx, word.idx + len(word))) if word is not None else Hedge("suspected")


def _open_question(tok) -> Hedge | None:
    """The "whether" or "if" of a clause the act is told in, up the parse ("police are investigating whether Tren de
    Aragua was behind the killing"): who did it is then a question, at most suspected."""
    node = tok
    for _ in range(5):
        word = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in ("whether", "if", "si")), None)
        if word is not None:
            return Hedge("suspected", word.text, (word.idx, word.idx + len(word)))
        if node.head is node:
            return None
        node = node.head
    return None


def _of_the_charged(tok, mention: Mention) -> bool:
    """Whether a group named after a charge's trigger describes the people charged, not what they are charged with:
    its name hangs, up through nouns, "of" and "including", on a word the trigger governs ("charges against five
    individuals, including the head of Malas Mañas"), and never through a verb or a "for" or "with" of the offence
    ("charges against 24 people for laundering money for the Sinaloa Cartel", "charged with being a member of MS-13"),
    nor through a word of an offence ("charges against four men, including the murder of an MS-13 rival": the victim's
    group)."""
    from .events.charged import offence_word  # events read ties: imported when first asked, not at load

    doc = tok.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc.has_annotation("DEP") else None
    node = span.root if span is not None else None
    for _ in range(8):
        if node is None or node.head.i == node.i or node.lower_ in ("for", "with", "over", "por", "con") \
                or node.tag_.startswith("VB") and node.dep_ != "prep" or node.tag_.startswith("NN") and offence_word(node.text, tok.lang_):
            return False
        if node.head.i == tok.i:
            return node.dep_ not in ("prep",) or node.lower_ in ("against", "contra")
        node = node.head
    return False


def _reach(tok) -> int:
    """Where the words a trigger governs end, short of a clause coordinated with it: the charge and its offences in
    "has pending charges for assault and is a member of the 18th Street Gang"."""
    own = [c for c in tok.children if c.dep_ not in ("conj", "cc") and c.i > tok.i]
    last = max((c.right_edge for c in own), key=lambda t: t.i, default=tok)
    return last.idx + len(last)


def merge_ties(kept: tuple[GroupTie, ...], more: tuple[GroupTie, ...]) -> tuple[GroupTie, ...]:
    """One tie per group and role, the weaker wording kept (of one trigger's mentions, or of two triggers of one event)."""
    out = {(t.group_key, t.role): t for t in kept}
    for t in more:
        old = out.get((t.group_key, t.role))
        if old is None or STRENGTHS.index(t.strength) > STRENGTHS.index(old.strength):
            out[(t.group_key, t.role)] = t
    return tuple(out.values())
