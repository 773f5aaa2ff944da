"""A happening told by a noun and said to have involved a group's people: "A shooting at an apartment complex that
officials say involved people tied to Tren de Aragua", "the killing, which involved members of MS-13", "a kidnapping
linked to members of the CJNG", "un tiroteo en el que participaron integrantes del Tren de Aragua", "un homicidio
cometido por sujetos vinculados al Tren de Aragua".

The group is then the act's doer, as strongly as the words say and no more (docs/annotation.md §2.4): "carried out by
members of", "en el que participaron integrantes de" in the text's own voice is named; "involved members of" a link
(the group's people took part in the happening, not said to have done it); "people tied to", "vinculados al" a link; "suspected members" a suspicion; "presuntos
integrantes" an accusation; "that officials say involved" the officials' word (alleged), "that police believe" their
suspicion, "may have involved" a suspicion; "did not involve" no tie at all. Only a noun tells the act here, with no
other verb between it and the words of involvement ("a shooting at a bar … involved"), and a noun that is the subject
of the words or the one a relative clause or participle follows: "Gunmen killed a man at a party involving members of
MS-13" says what the party involved, "the investigation of the killing involved" what the investigation did.
"""

from __future__ import annotations

import re

from .views import PRONOUNS, Hedge, weakest

_BY = r"(?P<by>(?:the |local |federal |state |u\.s\. |la |el |las |los )?[\w.'’-]+(?: [\w.'’-]+){0,3}?)"

# The words from the act's noun to the words of involvement: a relative that may give whose word it is, the verb of
# being or a modal, an adverb of report or doubt, a denial
_LEAD = {
    "en": re.compile(r"(?P<rel>,?\s*\b(?:which|that)\s+(?:" + _BY + r"\s+(?P<say>say|says|said|believe[sd]?|think|thinks|thought|"
                     r"suspect(?:s|ed)?|allege[sd]?|claim(?:s|ed)?)\s+)?)?"
                     r"(?P<aux>(?:(?:was|were|is|are|has|have|had|been|did|does|do|may|might|could|appears?|appeared|seems?|seemed|to|be|"
                     r"not|never|n[’']t)\s+)*)(?P<adv>(?:allegedly|reportedly|apparently|possibly|probably|likely|reputedly)\s+)?$", re.I),
    "es": re.compile(r"(?P<rel>,?\s*\b(?:que\s+)?(?:según\s+" + _BY + r",?\s+)?)?"
                     r"(?P<aux>(?:(?:fue|fueron|ha|han|había|habían|habr[ií]a|habr[ií]an|sido|ser[ií]a|ser[ií]an|estar[ií]a|estar[ií]an|"
                     r"est[aá]|estuvo|no|nunca)\s+)*)(?P<adv>(?:presuntamente|supuestamente|aparentemente|posiblemente|probablemente)\s+)?$",
                     re.I),
}
# The words of involvement, the people they name and any hedge on them, up to the group's name
_COUNT_EN = r"(?:(?:at\s+least\s+|as\s+many\s+as\s+)?(?:\d+|two|three|four|five|six|several|some|an?)\s+)?"
_COUNT_ES = r"(?:(?:al\s+menos\s+)?(?:\d+|dos|tres|cuatro|cinco|seis|varios|varias|algunos|algunas|un|una|unos|unas)\s+)?"
_INVOLVED = {
    "en": re.compile(r"(?P<verb>\binvolv(?:ed|es|e|ing)|\b(?:carried\s+out|committed|perpetrated|staged|orchestrated)\s+by|"
                     r"\b(?P<linked>(?:linked|tied|connected)\s+(?:to|with)|associated\s+with))\s+" + _COUNT_EN
                     + r"(?:(?P<hedge>suspected|alleged|reputed|purported|presumed|possible|likely)\s+)?"
                     r"(?:(?P<members>(?:gang\s+)?(?:members?|associates?|affiliates?|operatives?|gunm[ae]n|hitm[ae]n|leaders?|cells?|"
                     r"factions?|cliques?)\s+(?:of|from)\s+)|(?P<people>(?:people|persons|individuals|m[ae]n|suspects|youths|members|"
                     r"associates|gang\s+members)\s+(?:(?P<tied>(?:linked|tied|connected|associated|affiliated)\s+(?:to|with))|"
                     r"belonging\s+to)\s+))?"
                     r"(?:the\s+(?:(?-i:[a-z])[\w-]*\s+)?)?$", re.I),
    "es": re.compile(r"(?P<verb>\ben\s+(?:el|la|los|las)\s+(?:que|cual|cuales)\s+(?:(?:habr[ií]an?|han|ha|hab[ií]an?)\s+)?"
                     r"(?:particip\w+|intervin\w+|estuvieron\s+involucrad[oa]s)|\binvolucr(?:ó|aron|a|an|aba|aban)\s+a|"
                     r"\b(?:cometid|perpetrad|ejecutad|protagonizad|ordenad)[oa]s?\s+por|"
                     r"\b(?P<linked>(?:vinculad|ligad|relacionad)[oa]s?\s+(?:a|al|con)))\s+" + _COUNT_ES
                     + r"(?:(?P<hedge>presunt[oa]s|supuest[oa]s|sospechos[oa]s|probables)\s+)?"
                     r"(?:(?P<members>(?:integrantes|miembros|sicarios|cabecillas|l[ií]deres|c[eé]lulas?|facci[oó]n(?:es)?)\s+"
                     r"(?:de(?:l)?|de\s+la)\s+)|(?P<people>(?:personas|sujetos|individuos|hombres|j[oó]venes|delincuentes|integrantes|"
                     r"miembros)\s+(?:(?P<tied>(?:vinculad|ligad|relacionad|asociad|afiliad)[oa]s\s+(?:a|al|con))|"
                     r"pertenecientes\s+a(?:l)?)\s+))?"
                     r"(?:(?:el|la|los|las)\s+)?$", re.I),
}
# A group's people named after it: "a shooting that involved MS-13 members", "involving suspected Tren de Aragua gang members"
_PEOPLE_AFTER = re.compile(r"\s+(?:gang\s+)?(?:members?|associates?|affiliates?|operatives?|gunm[ae]n|hitm[ae]n)\b", re.I)
_HEDGED = (("suspected", re.compile(r"suspected|reputed|purported|presumed|possible|likely|supuest|sospechos|probables|apparently|"
                                    r"possibly|probably|reputedly|aparentemente|posiblemente|probablemente", re.I)),
           ("alleged", re.compile(r"alleged|presunt|reportedly|supuestamente", re.I)))
_SAYING = (("suspected", re.compile(r"believ|think|thought|suspect", re.I)), ("alleged", re.compile(r"say|said|alleg|claim", re.I)))


def involvement(text: str, mention, tok, language: str) -> Hedge | None:
    """How a sentence that tells an act by the noun ``tok`` says the group named by ``mention`` took part in it
    ("a shooting … involved members of Tren de Aragua"), as a ``Hedge`` (``mentioned`` where the involvement is
    denied), or ``None`` where it does not say so."""
    if not tok.tag_.startswith("NN") and tok.pos_ not in ("NOUN", "PROPN") or mention.start <= tok.idx:
        return None
    after = tok.idx + len(tok)
    found = _INVOLVED[language].search(text, max(after, mention.start - 90), mention.start)
    if found is None or not (found.group("members") or found.group("people")) and found.group("verb").lower().startswith("involv") \
            and not (_PEOPLE_AFTER.match(text, mention.end) or re.match(r"\s*(?:$|[,.;])", text[mention.end :])):
        return None  # "a shooting involving MS-13 graffiti": only the group itself, or its people, took part
    lead = _LEAD[language].search(text, after, found.start())
    if lead is None or not _plain(tok.doc, text, after, lead.start()):
        return None
    if not lead.group("rel") and text[after : lead.start()].strip() and tok.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return None  # "the investigation of the killing in Dallas involved members of MS-13": the investigation did
    aux = lead.group("aux") or ""
    if re.search(r"\b(?:not|never|no|nunca)\b|n[’']t", aux, re.I):
        return Hedge("mentioned")  # "the shooting did not involve members of MS-13"
    hedges = _hedges(text, found, lead, aux)
    least = weakest(*hedges)  # a link the officials tell is theirs: "that officials say involved people tied to"
    by = least.by or next((h.by for h in hedges if h.by), None)
    return Hedge(least.strength, least.hedge, least.span, by)


def _hedges(text: str, found, lead, aux: str) -> list[Hedge]:
    """The hedges the words of involvement and their lead-in hold: a link, a hedge on the people, a modal, an adverb,
    and whose word or belief it is."""
    out = []
    if re.match(r"involv|involucr", found.group("verb"), re.I):  # "involved members of": took part, not said to have done it
        out.append(Hedge("linked to", found.group("verb"), found.span("verb")))
    if found.group("linked") or found.group("tied"):
        name = "linked" if found.group("linked") else "tied"
        out.append(Hedge("linked to", found.group(name), found.span(name)))
    for name in ("hedge", "adv"):
        source = found if name == "hedge" else lead
        if words := source.group(name):
            strength = next((s for s, pattern in _HEDGED if pattern.search(words)), "suspected")
            out.append(Hedge(strength, words.strip(), (source.start(name), source.start(name) + len(words.strip()))))
    if modal := re.search(r"\b(?:may|might|could|appears?|appeared|seems?|seemed)\b", aux, re.I):
        start = lead.start("aux") + modal.start()
        out.append(Hedge("suspected", modal.group(0), (start, start + len(modal.group(0)))))
    if conditional := re.search(r"\b(?:habr[ií]an?|ser[ií]an?|estar[ií]an?)\b", aux, re.I):
        start = lead.start("aux") + conditional.start()  # the conditional of report: "habría sido cometido por"
        out.append(Hedge("alleged", conditional.group(0), (start, start + len(conditional.group(0)))))
    by = (lead.group("by") or "").strip() or None
    if by is not None and by.lower() in PRONOUNS:
        by = None
    if lead.group("rel") and (by or lead.groupdict().get("say")):
        say = lead.groupdict().get("say") or ""
        strength = next((s for s, pattern in _SAYING if pattern.search(say)), "alleged")
        words = text[lead.start("by") : lead.end("say")] if say else text[lead.start("rel") : lead.end("rel")].strip(" ,")
        out.append(Hedge(strength, words, (lead.start("by"), lead.end("say") if say else lead.end("rel")), by))
    return out


def _plain(doc, text: str, start: int, end: int) -> bool:
    """Whether the words from the act's noun to its lead-in only place or date it ("at an Aurora apartment complex on
    July 18", "de un comerciante en Lima"): no verb, no end of a clause."""
    if end - start > 90 or re.search(r"[;:.!?()\[\]—–]", text[start:end]):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc if start <= t.idx < end and not t.is_space)
