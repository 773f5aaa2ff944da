"""Statements by surface patterns, for a language read without a parse (Spanish): quotations with a cue and a
speaker beside them, reported clauses "X dijo que …" (and "X, que dijo que …") that run to the end of what X says,
and "según X", before its claim or, for a source by its head word, closing it; and, by ``subjectless``, a cue opening
its sentence with the subject before."""

from __future__ import annotations

import re

from .lexicon import ES_AUX, ES_SPEAKER, ES_TITLE, LEXICONS
from .spans import _inside_quote, _quotes, _strip
from .subjectless import subjectless

_AUX = ES_AUX  # "ha dicho", "han anunciado": the cue is the participle


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
    text = re.sub(rf"\b{ES_TITLE}(?= [A-ZÁÉÍÓÚÑ])", lambda m: m.group(0).replace(".", "·"), text)  # "el Sr. Howard": no end
    return re.sub(r"\b[A-ZÁÉÍÓÚÑ]{1,3}(?:\.[A-ZÁÉÍÓÚÑ]{1,3})+\.?", unit, text)


# A word before a cue that makes it no verb of a speaker: "se" makes it impersonal ("se dice que…", "el martes se
# informó que…": no one says it), a determiner makes it a noun ("la espera que sufrieron")
_NO_SPEAKER_BEFORE = re.compile(r"(?i)\b(?:se|la|una|su|sus|esta|esa|cada)\s+$")


def _noun(doc, offset: int) -> bool:
    """Whether the tagger (when the language has one) reads the word at an offset as a noun: "la larga espera que
    sufrieron", not "la empresa espera que…"."""
    token = next((t for t in doc if t.idx == offset), None) if doc is not None and doc.has_annotation("POS") else None
    return token is not None and token.pos_ == "NOUN"


def _verbless(doc, start: int, end: int) -> bool:
    """Whether a stretch holds no verb, as the tagger reads it; without a tagger, no stretch is known to be verbless."""
    if doc is None or not doc.has_annotation("POS"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc if start <= t.idx < end)


def _relative_end(doc, text: str, start: int, end: int) -> int:
    """Where a relative clause's content ends: at a comma the main clause's verb follows ("El fiscal, que dijo que la banda
    controla el puerto, renunció ayer"), as the tagger reads the word after it; else where it ran."""
    for comma in re.finditer(r",\s+", text[start:end]):
        token = next((t for t in doc if t.idx == start + comma.end()), None) if doc is not None and doc.has_annotation("POS") else None
        if token is not None and token.pos_ in ("VERB", "AUX"):
            return start + comma.start()
    return end


def find_surface(text: str, language: str, mentions=(), doc=None) -> list[dict]:
    """Statements by surface patterns (languages read without a parser); ``mentions`` tell a source that a closing
    "según" names, ``doc`` (tagged, when the language has a tagger) a cue that is a noun."""
    lex = LEXICONS[language]
    cues = "|".join(sorted(lex["cues"], key=len, reverse=True))
    out = []
    quotes = _quotes(text)
    # a speaker described by a role or a body after the quotation ("«…», dijo el portavoz de la fiscalía"), not a time
    # ("«…», dijo el martes el ministro": the name or role after it speaks)
    described = rf"(?P<described>(?:el|la|los|las|un|una) (?:{lex['roles']}|{lex.get('source_heads', '(?!)')})" \
                rf"(?: (?:de las|de los|de la|del|de) [\wáéíóúñ]+)*)(?=[\s,.;]|$)"
    # a speaker described by a role or a body before "que" and a quotation ("la empresa decía que «…»")
    speaking = rf"(?P<speaker>(?<![\wáéíóúñ] )(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as) (?:{lex['roles']}|{lex.get('bodies', '(?!)')}|" \
               rf"{lex.get('source_heads', '(?!)')}))(?: [a-záéíóúñ]+)?\s+(?:{_AUX}\s+)?(?P<cue>{cues})"  # "ya", "local": not the speaker's
    for qs, qe in quotes:  # «...», dijo X  /  "...", afirmó el fiscal X  /  "...", dijo el portavoz
        after = re.match(rf"\s*,?\s*(?:{_AUX}\s+)?(?P<cue>{cues})\s+(?:{ES_SPEAKER}|{described})", text[qe : qe + 160])
        before = re.search(rf"{ES_SPEAKER},?\s+(?:{_AUX}\s+)?(?P<cue>{cues})\b[^.«“\"]{{0,60}}?\s*:?\s*$", text[max(0, qs - 200) : qs]) \
            or re.search(rf"\b{speaking}\s+que\s*$", text[max(0, qs - 200) : qs])  # "la empresa decía que «…»"
        if after:
            base, who = qe, "speaker" if after.group("speaker") else "described"
            out.append(dict(speaker=(base + after.start(who), base + after.end(who)), speaker_head=None,
                            cue=(base + after.start("cue"), base + after.end("cue")), content=(qs, qe), direct=True))
        elif before:
            base = max(0, qs - 200)
            out.append(dict(speaker=(base + before.start("speaker"), base + before.end("speaker")), speaker_head=None,
                            cue=(base + before.start("cue"), base + before.end("cue")), content=(qs, qe), direct=True))
    # "la mayoría de analistas, que habían previsto que…": a relative clause's cue speaks for its antecedent
    relative = r"(?:,\s+(?:que|quien|quienes)(?=\s))?"
    common = r"\b(?P<speaker>(?:[Ee]l|[Ll]as?|[Ll]os|[Ee]st[aeo]s?|[Dd]ich[ao]s?) [a-záéíóúñ]+(?: (?:de|del|de la|de los|de las) [a-záéíóúñ]+)?)" \
             + relative + r"(?:\s+[^\s.,;«“\"]+){0,5}?\s+(?:y\s+)?"
    # the clause runs to the sentence's end (not the point of "6.700" nor those of "EE.UU.", see _unit_points), to a
    # "?" or "!", to a further cue of the same speaker ("ha dicho que …, y ha previsto que …", "dijo que … y agregó:
    # «…»"), to another speaker's cue after "pero" or "aunque", or to a colon that opens a quotation; a partial
    # quotation inside it stays ("será «firmemente rentable»")
    same = rf",?\s+y\s+(?P<aux2>{_AUX}\s+)?(?P<again>{cues})\b"
    reported = rf"\s+(?:[^\s.,;«“\"]+\s+){{0,4}}?que,?\s+" \
           rf"(?P<content>[^.«“\"¿¡?!](?:[^.?!¿¡]|\.(?=\d)){{9,}}?)" \
           rf"(?=\.(?!\d)|[?!¿¡]|:\s*[«“\"]|{same.replace('(?P<again>', '(?:').replace('(?P<aux2>', '(?:')}|" \
           rf",\s+(?:pero|aunque|mientras|sino)\s+(?:[^\s.,;«“\"]+\s+){{0,6}}?(?:{_AUX}\s+)?(?:{cues})\b)"
    tail = rf",?\s*(?P<aux>{_AUX}\s+)?\b(?P<cue>{cues})\b{reported}"  # what follows a cue, "… que <content>", shared with subjectless
    masked = _unit_points(text)
    matches = [m for speaker in (ES_SPEAKER + relative, common) for m in re.finditer(speaker + tail, masked)]
    for m in matches:
        if _NO_SPEAKER_BEFORE.search(masked, 0, m.start("aux") if m.group("aux") else m.start("cue")) or _noun(doc, m.start("cue")) \
                or re.fullmatch(rf"(?i){_AUX}", m.group("speaker")):
            continue  # "Ha dicho que…": the auxiliary opening the sentence is no speaker (statements.subjectless)
        cue = m.span("cue")
        later = list(re.finditer(rf"\b(?:{cues})\b", text[cue[1] : m.start("content")]))
        if later:  # "negó las acusaciones y aseguró que ...": the claim belongs to the last cue
            cue = (cue[1] + later[-1].start(), cue[1] + later[-1].end())
        if _inside_quote(m.start("cue"), quotes):
            continue
        content = m.span("content")
        if re.match(r",\s+(?:que|quien|quienes)\s", masked[m.end("speaker") :]):
            content = (content[0], _relative_end(doc, masked, *content))  # "El fiscal, que dijo que…, renunció": the clause's end
        clauses = [(cue, content, False)]
        at = m.end("content")  # "…, y ha previsto que …", "… y agregó: «…»": the same speaker's next statement
        while again := re.match(same, masked[at:]):
            if _plural(again.group("aux2") or again.group("again")) != _plural(m.group("aux") or m.group("cue")):
                break  # "dijo que los detenidos huyeron y confesaron que…": the detainees confess, not the speaker
            cue2 = (at + again.start("again"), at + again.end("again"))
            rest = re.match(r"\s+(?:[^\s.,;«“\"]+\s+){0,4}?que,?\s+" + tail[tail.index("(?P<content>"):], masked[cue2[1]:])
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
        for m in re.finditer(rf"(?i)\b{phrase}\s+(?!(?:parec\w*|se)\b)(?P<speaker>(?:{ES_TITLE}\s?|[^,.;\s]+\s?){{1,6}}?),\s*(?P<content>[^.]{{10,}}\.)", masked):
            cs, ce = _strip(text, m.start("content"), m.end("content") - 1)
            out.append(dict(speaker=m.span("speaker"), speaker_head=None, cue=(m.start(), m.start() + len(phrase)), content=(cs, ce), direct=False))
    found = out + _closing_source(text, masked, lex, mentions, doc) + _objects(text, masked, lex, doc, quotes, common) \
        + subjectless(text, masked, lex, doc, quotes, mentions, reported)
    for f in found:
        if (source := relayed_source(text, f["content"], lex, mentions)) is not None:
            f["relayed"] = (text[source[0] : source[1]],)  # "dijo que, según la fiscalía, …": the source it relays
    return found


_RELAYING = re.compile(r"[\s,]*(?P<source>(?:según|de acuerdo con|de acuerdo a|a juicio de|en palabras de)\s+(?P<who>[^,.;:!?¿¡()«»“”\"]{2,120})),")


def relayed_source(text: str, content: tuple[int, int], lex: dict, mentions) -> tuple[int, int] | None:
    """The span of a source a statement's content opens by relaying, set off by commas ("dijo que, según la fiscalía,
    los detenidos huyeron": "según la fiscalía"), as written: only a named person or body (a mention that starts the
    source, after its role words) or a role, a body or a source by its head word ("la policía", "fuentes del caso");
    not "según lo previsto", "según la ley", "de acuerdo con el protocolo", which name no one."""
    m = _RELAYING.match(text, content[0], content[1])
    if m is None:
        return None
    who = m.span("who")
    named = any(who[0] <= n.start < who[1] and n.kind in ("person", "organization", "agency", "group") for n in mentions)
    heads = "|".join(p for p in (lex.get("roles"), lex.get("bodies"), lex.get("source_heads")) if p)
    described = re.match(rf"(?i)(?:(?:el|la|los|las|un|una|unos|unas)\s+)?(?:{heads})\b", text[who[0] : who[1]])
    return m.span("source") if named or described else None


def _objects(text: str, masked: str, lex: dict, doc, quotes, common: str) -> list[dict]:
    """What a cue of ``object_cues`` makes known with a noun phrase ("El martes, Apple anunció la primera generación de
    sus productos", "El gobierno negó los cargos"): the phrase to the sentence's end or to a clause of its own after a
    comma; not a clause ("anunció hoy que…", "anunció a la prensa que…": the clause is the content), nor someone spoken to."""
    objects = "|".join(sorted(lex.get("object_cues", ()), key=len, reverse=True))
    if not objects:
        return []
    said = rf",?\s*(?P<aux>{_AUX}\s+)?\b(?P<cue>{objects})\s+(?P<content>(?!(?:que|a|al|ante|en|el pasado|este|esta|hoy|ayer)\b)" \
           rf"[^.;:«“\"¿¡?!]{{6,}}?)(?=\.(?!\d)|;|:|$|,\s+(?:y|pero|aunque|mientras|sino|que)\s)"
    out = []
    for speaker in (ES_SPEAKER, common):
        for m in re.finditer(speaker + said, masked):
            if _NO_SPEAKER_BEFORE.search(masked, 0, m.start("aux") if m.group("aux") else m.start("cue")) or _noun(doc, m.start("cue")) \
                    or _inside_quote(m.start("cue"), quotes) or re.match(r"(?:\S+\s+){0,4}?que\b", m.group("content")):
                continue
            cs, ce = _strip(text, *m.span("content"))
            if len(text[cs:ce].split()) >= 2:
                out.append(dict(speaker=m.span("speaker"), speaker_head=None, cue=m.span("cue"), content=(cs, ce), direct=False))
    return out


_DETERMINERS = r"(?:(?:el|la|los|las|un|una|unos|unas|este|esta|estos|estas|ese|esa|esos|esas|dichos?|dichas?|varias?|varios|algunas?|algunos)\s+)?"


def _closing_source(text: str, masked: str, lex: dict, mentions, doc=None) -> list[dict]:
    """A "según X" that closes its sentence ("La banda cobraba cuotas a los comerciantes, según la policía."): X is the
    source of the sentence before the comma only when it names one: a person or an organisation the text names at its
    start ("según Naciones Unidas", "según el fiscal Ana Ruiz"), a role, or a head word of a source (``source_heads``:
    "según la policía", "según fuentes militares", "según las cifras de NPD"); a possessive, a measure or a law is no
    source ("según sus tatuajes", "según la gravedad del delito", "según la ley")."""
    heads = re.compile(rf"(?i){_DETERMINERS}(?:{lex['roles']}|{lex.get('source_heads', '(?!)')})\b")
    named = [(m.start, m.end) for m in mentions if m.kind in ("person", "organization", "agency")]
    out = []
    for phrase in lex["according"]:
        for m in re.finditer(rf"(?i),\s*(?P<cue>{phrase})\s+(?!(?:parec\w*|se)\b)(?P<speaker>[^,.;:¿?¡!«»“”\"]{{2,100}}?)"
                             rf"(?P<apposition>,[^.;:¿?¡!«»“”\"]{{2,80}}?)?\s*\.(?=\s|$)", masked):  # "…, firma de investigación"
            speaker = m.span("speaker")
            if m.group("apposition") and not _verbless(doc, *m.span("apposition")):
                continue  # "El acusado, según la fiscalía, huyó del país": the source leads the clause after it
            name_first = any(a <= speaker[0] + len(re.match(_DETERMINERS, masked[speaker[0] :], re.I).group(0)) < b for a, b in named)
            if not (heads.match(masked, speaker[0]) or name_first):
                continue
            opening = max(masked.rfind(mark, 0, m.start()) for mark in (".", "!", "?", "\n", ":", ";"))
            cs, ce = _strip(text, opening + 1, m.start())
            if ce - cs >= 10 and not any(q in text[cs:ce] for q in "«“\"") and not (doc is not None and _verbless(doc, cs, ce)):
                out.append(dict(speaker=speaker, speaker_head=None, cue=m.span("cue"), content=(cs, ce), direct=False))
    return out
