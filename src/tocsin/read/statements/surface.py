"""Statements by surface patterns, for a language read without a parse (Spanish): quotations with a cue and a
speaker beside them, reported clauses "X dijo que …" that run to the end of what X says, and "según X"."""

from __future__ import annotations

import re

from .lexicon import ES_SPEAKER, LEXICONS
from .spans import _inside_quote, _quotes, _strip

_AUX = r"(?:ha|han|había|habían|habría|habrían|hemos)"  # "ha dicho", "han anunciado": the cue is the participle


def _plural(verb: str) -> bool:
    """Whether a Spanish finite verb (or its auxiliary) is of the third person plural: "dijeron", "afirman", "han"."""
    return verb.strip().lower().endswith("n")


def _unit_points(text: str) -> str:
    """The text with the points inside a dotted abbreviation of capitals ("EE.UU.", "S.A.", "U.S.") set to "·", so a
    clause does not end there; the last point stays a sentence's end when a capital, a mark that opens a sentence or
    the end of the text follows ("… en EE.UU. El ministro …"). The text keeps its length: offsets hold."""
    def unit(m):
        word = m.group(0)
        if word.endswith(".") and re.match(r"\s+[A-ZÁÉÍÓÚÑ¿¡«“\"]|\s*$", text[m.end() : m.end() + 2]):
            return word[:-1].replace(".", "·") + "."
        return word.replace(".", "·")
    return re.sub(r"\b[A-ZÁÉÍÓÚÑ]{1,3}(?:\.[A-ZÁÉÍÓÚÑ]{1,3})+\.?", unit, text)


def find_surface(text: str, language: str) -> list[dict]:
    """Statements by surface patterns (languages read without a parser)."""
    lex = LEXICONS[language]
    cues = "|".join(sorted(lex["cues"], key=len, reverse=True))
    out = []
    quotes = _quotes(text)
    for qs, qe in quotes:  # «...», dijo X  /  "...", afirmó el fiscal X
        after = re.match(rf"\s*,?\s*(?:{_AUX}\s+)?(?P<cue>{cues})\s+{ES_SPEAKER}", text[qe : qe + 160])
        before = re.search(rf"{ES_SPEAKER},?\s+(?:{_AUX}\s+)?(?P<cue>{cues})\b[^.«“\"]{{0,60}}?\s*:?\s*$", text[max(0, qs - 200) : qs])
        if after:
            base = qe
            out.append(dict(speaker=(base + after.start("speaker"), base + after.end("speaker")), speaker_head=None,
                            cue=(base + after.start("cue"), base + after.end("cue")), content=(qs, qe), direct=True))
        elif before:
            base = max(0, qs - 200)
            out.append(dict(speaker=(base + before.start("speaker"), base + before.end("speaker")), speaker_head=None,
                            cue=(base + before.start("cue"), base + before.end("cue")), content=(qs, qe), direct=True))
    common = r"\b(?P<speaker>(?:[Ee]l|[Ll]as?|[Ll]os|[Ee]st[aeo]s?|[Dd]ich[ao]s?) [a-záéíóúñ]+(?: (?:de|del|de la|de los|de las) [a-záéíóúñ]+)?)(?:\s+[^\s.,;«“\"]+){0,5}?\s+(?:y\s+)?"
    # the clause runs to the sentence's end (not the point of "6.700" nor those of "EE.UU.", see _unit_points), to a
    # "?" or "!", to a further cue of the same speaker ("ha dicho que …, y ha previsto que …", "dijo que … y agregó:
    # «…»"), to another speaker's cue after "pero" or "aunque", or to a colon that opens a quotation; a partial
    # quotation inside it stays ("será «firmemente rentable»")
    same = rf",?\s+y\s+(?P<aux2>{_AUX}\s+)?(?P<again>{cues})\b"
    tail = rf",?\s*(?P<aux>{_AUX}\s+)?\b(?P<cue>{cues})\b\s+(?:[^\s.,;«“\"]+\s+){{0,4}}?que\s+" \
           rf"(?P<content>[^.«“\"¿¡?!](?:[^.?!¿¡]|\.(?=\d)){{9,}}?)" \
           rf"(?=\.(?!\d)|[?!¿¡]|:\s*[«“\"]|{same.replace('(?P<again>', '(?:').replace('(?P<aux2>', '(?:')}|" \
           rf",\s+(?:pero|aunque|mientras|sino)\s+(?:[^\s.,;«“\"]+\s+){{0,6}}?(?:{_AUX}\s+)?(?:{cues})\b)"
    masked = _unit_points(text)
    matches = [m for speaker in (ES_SPEAKER, common) for m in re.finditer(speaker + tail, masked)]
    for m in matches:
        cue = m.span("cue")
        later = list(re.finditer(rf"\b(?:{cues})\b", text[cue[1] : m.start("content")]))
        if later:  # "negó las acusaciones y aseguró que ...": the claim belongs to the last cue
            cue = (cue[1] + later[-1].start(), cue[1] + later[-1].end())
        if _inside_quote(m.start("cue"), quotes):
            continue
        clauses = [(cue, m.span("content"), False)]
        at = m.end("content")  # "…, y ha previsto que …", "… y agregó: «…»": the same speaker's next statement
        while again := re.match(same, masked[at:]):
            if _plural(again.group("aux2") or again.group("again")) != _plural(m.group("aux") or m.group("cue")):
                break  # "dijo que los detenidos huyeron y confesaron que…": the detainees confess, not the speaker
            cue2 = (at + again.start("again"), at + again.end("again"))
            rest = re.match(r"\s+(?:[^\s.,;«“\"]+\s+){0,4}?que\s+" + tail[tail.index("(?P<content>"):], masked[cue2[1]:])
            opening = re.match(r"\s*:\s*", masked[cue2[1]:])
            quoted = opening and next((q for q in quotes if q[0] == cue2[1] + opening.end()), None)
            if rest:
                clauses.append((cue2, (cue2[1] + rest.start("content"), cue2[1] + rest.end("content")), False))
                at = cue2[1] + rest.end("content")
            elif quoted:
                clauses.append((cue2, quoted, True))
                at = quoted[1]
            else:
                break
        for cue_span, (cs, ce), direct in clauses:
            if not direct:
                cs, ce = _strip(text, cs, ce)
                if any(q[0] <= cs < q[1] for q in quotes):
                    continue
            out.append(dict(speaker=m.span("speaker"), speaker_head=None, cue=cue_span, content=(cs, ce), direct=direct))
    for phrase in lex["according"]:  # not "según parece, …" nor "según se cree, …": hedges (lexicon), no source
        for m in re.finditer(rf"(?i)\b{phrase}\s+(?!(?:parec\w*|se)\b)(?P<speaker>(?:[^,.;\s]+\s?){{1,6}}?),\s*(?P<content>[^.]{{10,}}\.)", text):
            cs, ce = _strip(text, m.start("content"), m.end("content") - 1)
            out.append(dict(speaker=m.span("speaker"), speaker_head=None, cue=(m.start(), m.start() + len(phrase)), content=(cs, ce), direct=False))
    return out
