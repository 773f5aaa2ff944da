"""Events in a document: each trigger of each sentence read into an event, the offences of legal events set
aside, victims counted, and the events of the whole document dated and tied to groups."""

from __future__ import annotations

import re

from ...models import Annotations, Event, Mention
from ..event_lexicon import LEGAL, TRIGGERS, VIOLENT, conviction_step
from ..ties import STRENGTHS, merge_ties, ties
from .chains import _family, settle
from .befallen import later_people, note
from .belonging import _AGAINST, belongs, coordinated, left_behind, linked_after, set_against, someones_group, the_party, tied_after_aside, told_again
from .animacy import carried_people
from .antecedents import plural_antecedent
from .theirs import their_act
from .blamed_next import blamed_next
from .recategorised import recategorise
from .arguments import _WEAPONS, _bullet_verb, _child, _named, past_the_happening, _phrase, _prep_object, _subject_undergoes, arguments
from .mood import _attribution, _governors, claim_mood, modality
from .context import _antecedent, _Context, _described_antecedent, _span_of, _target_category
from .demonstrative import demonstrative_antecedent
from .described import believed_subject, tied_back, cut_off, described_name, fragment_noun, from_the_group, listed_groups, named_in_the_story, set_off_subject, shared_noun, the_person, unit_after
from .presence import BOTH_SIDES, DESCRIBED_GROUP, GROUP_PRONOUN, GROUPLIKE, ITS_PEOPLE, PEOPLE, PLURAL_REFERENCE, REMOVAL, UNITS, by_its_own_name, of_a_group, one_of, said_of, set_off_after_group
from .doings import fought, habitual
from .offences import legal_words, offence_of, taken_by_a_step
from .deaths import casualties, the_dead
from .lead_in import lead_in_agency
from .name_words import in_name
from .located import located
from .standing import standing
from .happenings import _one_happening
from .specific import aimed, no_happening, one_operation
from .senses import after_dateline, judged, next_noun, other_sense
from .merging import merge
from .court import _BENCH, _COURT_EVENTS
from .records import _events
from .retold import dated_by_the_story
from .rhetoric import rhetorical
from .words import _ABSTRACT, _compiled, a_deed, _found_in, _specific, _squeezed, _w, triggers

# A trigger whose words end in a preposition ("pointed a gun at", "sexual contact with"): what it takes is the target
_ENDS_IN_PREPOSITION = re.compile(r"\b(on|at|with|against)$|(?<=custody )(of)$", re.I)
_FILMED = {"film", "films", "movie", "movies", "footage", "scene", "scenes", "video", "videos", "photo", "photos", "picture",
           "pictures", "episode", "episodes", "documentary", "commercial", "pilot", "sequence", "shots", "portrait", "portraits"}
_LEADS_TO = re.compile(r"(?:['’]s)?[\s-]*(?:(?:armed|masked|suspected|alleged|presumed|reputed)\s+)?")  # "Tren de Aragua('s) gunmen"
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|into|across|throughout|en|dentro de|cerca de)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_PERPETRATORS = re.compile(
    r"\b(?:gunm[ae]n|hitm[ae]n|assailants?|attackers?|sicarios?|killers?|kidnappers?|abductors?|extortionists?|armed m[ae]n|"
    r"masked m[ae]n|men on (?:a )?motorcycles?|criminals|gang members|suspects?|perpetrators?|robbers|thieves|smugglers|traffickers|"
    r"pistoleros?|hombres armados|encapuchados|atacantes|asesinos|delincuentes|desconocidos|secuestradores|extorsionadores|"
    r"individuos|sujetos|miembros de (?:la|una) banda|ladrones|traficantes)\b", re.I)
_LEAVING = {"left", "leaves", "leaving", "dejó", "dejaron", "deja", "dejan"}
_COUNTED = re.compile(r"dead|injured|wounded|muert[oa]s|herid[oa]s|fallecid[oa]s|lesionad[oa]s|v[ií]ctimas", re.I)  # "dejó cinco muertos": a toll
_THROWING = {"hurled", "hurls", "hurling", "threw", "throws", "throwing", "thrown", "tossed", "flung", "lanzó", "lanzaron", "arrojó", "arrojaron"}
_LEDE = 100  # characters: a headline and the opening sentence of a story end past it ("Man Held In Slaying. Police said …")
_RANK = {language: {(t, sub): i for i, (t, sub, _) in enumerate(rows)} for language, rows in TRIGGERS.items()}
_FOUND = {"found", "seized", "discovered", "confiscated", "encontraron", "encontró", "hallaron", "halló", "incautaron", "incautó",
          "decomisaron", "decomisó"}
_PARTICIPLE_NOUN = re.compile(r"^(?!(?:embosc|gran|red|puñal|cuchill|pedr|ason)adas?$|(?:estamp|embest|arremet)idas?$).*(?:ad|id)[oa]s?$")  # not "una emboscada"
# A charging document as the source of what follows ("according to the indictment", "the indictment alleges"), charges
# dropped, and "charged with ensuring" (a duty, not a crime): no charge brought here.
_DOCUMENTS = {"indictment", "indictments", "complaint", "information", "affidavit", "superseding"}
_SAYING = {"alleges", "alleged", "allege", "states", "stated", "says", "said", "claims", "charges", "seeks", "sought", "accuses",
           "describes", "contains", "shows", "showed", "details", "lists"}
_DROPPING = {"dismiss", "dismissed", "dismissing", "drop", "dropped", "dropping", "withdraw", "withdrew", "withdrawn", "vacate", "vacated"}
_DUTY = re.compile(r"\s+with\s+(?:the\s+)?(?:ensuring|developing|leading|overseeing|coordinating|implementing|managing|protecting|"
                   r"providing|maintaining|enforcing|reviewing|advising|creating|establishing|carrying|addressing|monitoring|"
                   r"supporting|identifying|designing|planning|drafting|responsibility|the task|the mission|the duty)\b", re.I)
_EXECUTED_THINGS = (r"(?:regulations?|dut(?:y|ies)|plans?|warrants?|search(?:es)?|orders?|contracts?|polic(?:y|ies)|strateg(?:y|ies)|"
                    r"programs?|agreements?|judgments?|proclamation|laws?|functions?|tasks?|raids?|operations?|deals?|trades?|"
                    r"transactions?|missions?|wills?)\b")
_EXECUTION_OF = re.compile(r"\s*of\s+(?:(?:such|these|those|the|this|a|an|his|her|their|its|any|all)\s+)?(?:\w+\s+)?" + _EXECUTED_THINGS, re.I)
# what is executed when no one is: "executed a search warrant", "the laws be faithfully executed"
_EXECUTED = (re.compile(r"\s+(?:(?:a|an|the|this|that|these|its|their|his|her|several|two|three|multiple)\s+)?"
                        r"(?:(?!(?:during|in|at|on|by|for|after|before|with|under|as|near|inside|outside)\b)[\w-]+\s+){0,2}?" + _EXECUTED_THINGS, re.I),
             re.compile(r"\b" + _EXECUTED_THINGS + r"\s+(?:\w+\s+){0,3}$|\bfaithfully\s+$", re.I))
_OFFENCE_LABEL = re.compile(r"\s*[-*•]?\s*(?:\*\*)?(?:offen[cs]es?|charges?|counts?(?: \d+)?|crimes?|violations?|delitos?|cargos?)"
                            r"(?:\*\*)?\s*:", re.I)
_NOT_DESIGNATED = re.compile(r"fentanyl|precursor|chemical|drugs?\b|substances?|weapons? of mass destruction|WMD|narcotics?\b", re.I)
# "controls crossings near the city": a place the report named before, referred back to
_PLACE_BACK = re.compile(r"\b(?:the|this|that) (?:same )?(?:city|town|village|region|area|state|province|country|border|capital|port|"
                         r"neighbou?rhood|district|zone|municipality)\b|\b(?:la|esa|esta) (?:ciudad|regi[oó]n|zona|frontera|capital|comuna|"
                         r"provincia)\b|\b(?:el|ese|este) (?:pa[ií]s|municipio|estado|barrio|distrito|puerto)\b", re.I)
# "the gang", "members of the group", "la banda": a group named before, referred back to
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that) (?:same )?(?:criminal )?(?:gang|group|cartel|organi[sz]ation|network|faction|cell|syndicate|mafia)\b"
                             r"|\b(?:la|esta|dicha|esa) (?:misma )?(?:banda|organizaci[oó]n|pandilla|facci[oó]n|c[eé]lula|red)\b"
                             r"|\b(?:el|este|dicho|ese) (?:mismo )?(?:grupo|cartel|c[aá]rtel|clan)\b", re.I)
# A group's rank told with a copula places it only where the sentence opens with the place ("In Brazil, …").
_RANKED = re.compile(r"(?:is|are|remains?|was|were)\s", re.I)
_PLACE_NEXT = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?[A-Z]")
_FRONTED_PLACE = re.compile(r"[\W_]*(?:In|Across|Throughout|Within)\s+(?:the\s+)?[A-Z][^,]{0,40},")
_SEIZURE = re.compile(r"^(?:seiz|confiscat|found|discover|recover|uncover|retriev|incaut|interdict|intercept)|\b(?:seized|confiscated|found|discovered"
                      r"|recovered|uncovered|retrieved|busted|dismantled|interdicted|intercepted|seizures?|busts?|hauls?|interdictions?)$", re.I)
# The people a legal step took, told as the members of a group it refers back to ("the gang members", "the cartel's
# leaders", "its members", "integrantes de la banda"): that group, the one named just before; not "12 gang members"
# (which gang the text does not say), nor "members of the city council"
_MEMBERS_TAKEN = re.compile(r"\b(?:(?:the|these|those) (?:same )?(?:gang|cartel|clique|organi[sz]ation|group|network)(?:['’]s)?|its|their) (?:[\w-]+ ){0,2}?"
                            r"(?:members|member|leaders?|associates?|affiliates?|operatives?|bosses|boss|ringleaders?)\b(?! of (?!the (?:gang|group|cartel|organization)\b))"
                            r"|\b(?:integrantes?|miembros?|cabecillas?|l[ií]deres) (?:de )?(?:la|el|esta|dicha|esa) (?:banda|organizaci[oó]n|pandilla|grupo|c[aá]rtel)\b", re.I)


def _clause_head(tok):
    """The noun a relative pronoun stands for: the head of the relative clause it opens (None if there is none)."""
    for t in [tok, *tok.ancestors][:6]:
        if t.dep_ == "relcl":
            return t.head
    return None


def _no_act_at_trigger(ctx: _Context, tok, etype: str, sent) -> bool:
    """Whether the trigger itself tells no act: its context words missing, a denied noun ("no arrests were made"),
    a noun that names no specific happening, the people rather than the act ("los detenidos"), weapons found."""
    text, language = ctx.text, ctx.language
    s_start, s_end = sent.start_char, sent.end_char
    sentence = text[s_start:s_end]
    context = _compiled(language, "context").get(etype)
    reach = 600 if etype == "designation" else 0  # "Seven targets designated today…" after a paragraph on sanctions
    if context is not None and not _found_in(context, text, max(0, s_start - reach), s_end):
        return True
    noun = tok.tag_.startswith("NN")
    if noun and etype != "presence" and any(c.dep_ == "det" and _w(c) in ("no", "ningún", "ninguna") for c in tok.children):
        return True  # "no arrests were made", "no charges were filed": no happening to deny, none told ("has no presence in
        # Mexico" is a claim, denied: docs/annotation.md §5)
    if noun and not _specific(tok, etype, sentence):
        return True
    if (noun or any(c.dep_ == "det" for c in tok.children)) and language == "es" and etype != "presence" and _PARTICIPLE_NOUN.search(tok.lower_):
        return True  # "los detenidos", "los condenados": the people, not the act (not "a ambos lados", a place)
    # "found an arsenal of rifles and grenades": weapons found are no attack (a weapon the tagger took for an adjective too)
    return (noun or tok.lower_ in _WEAPONS) and etype == "attack" and any(g.lower_ in _FOUND for g in _governors(tok, hops=7))


def _argument_tokens(ctx: _Context, tok, start: int, end: int, etype: str, sent) -> tuple | None:
    """The actor and target tokens of a trigger as the parse gives them, mended where the parse is known to go
    wrong (a dateline, a weapon or a paper as actor, a time as object), and whether it is a seizure; None where
    the act is no happening of its type (a place captured, a camera's shooting)."""
    text, s_start, s_end = ctx.text, sent.start_char, sent.end_char
    actor_tok, target_tok = arguments(tok, etype, text[start:end])
    if etype == "presence" and actor_tok is None and tok.tag_.startswith("NN") and (UNITS.match(tok.text) or PEOPLE.fullmatch(tok.text)):
        return None  # "police dismantled a cell in Denver", "Kurdish fighters in Syria battled ISIS": a unit or people are
        # somewhere as their group's, and the parse names none (never a group named elsewhere in the sentence)
    if etype == "presence" and actor_tok is None and (BOTH_SIDES.fullmatch(text, start, end) or REMOVAL.fullmatch(text, start, end)):
        return None  # "police on both sides of the border": the police are there, not a group; "expelled 30 members from Chile"
    if actor_tok is None and (believed := believed_subject(tok)) is not None:
        actor_tok = believed[0]  # "Gunmen believed to be members of the cartel killed two officers": the gunmen
    seizure = etype == "trafficking" and bool(_SEIZURE.search(text[start:end]))
    if seizure:
        actor_tok = target_tok = None  # who seized or found a load is not who trafficked it (docs/annotation.md §2.2)
    if etype == "trafficking" and target_tok is not None and not carried_people(target_tok):
        target_tok = None  # "selling cocaine and painkillers": a load, no one it was done to
    dateline = ctx.ann.dateline_start, ctx.ann.dateline_end
    if s_start < dateline[1] and s_end > dateline[0]:  # the parse is thrown by "CITY, Country —"
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if target_tok is not None and dateline[0] <= target_tok.idx < dateline[1]:
            target_tok = after_dateline(sent, ctx.ann.dateline_end, tok) if passive else None
        if actor_tok is not None and dateline[0] <= actor_tok.idx < dateline[1] \
                or actor_tok is None and not passive and tok.dep_ == "ROOT" and not _subject_undergoes(text[start:end]):
            actor_tok = None if passive else after_dateline(sent, ctx.ann.dateline_end, tok)
    if actor_tok is not None and target_tok is not None and actor_tok.i == target_tok.i:
        actor_tok = None
    if other_sense(etype, tok, text, end, actor_tok, target_tok) or judged(etype, tok, actor_tok):
        return None  # "the cameras captured the shooting", "fish caught by a fisherman", "expelled from the academy"
    if actor_tok is not None and (actor_tok.lower_ in _WEAPONS | {"car", "blast", "explosion"} or a_deed(actor_tok)):
        actor_tok = None  # "a car bomb exploded", "killed by gun violence": a weapon or a kind of deed is not an actor
    if actor_tok is not None and etype in LEGAL and actor_tok.lower_ in _DOCUMENTS:
        actor_tok = None  # "an information charging them": a paper, not an authority
    if target_tok is None and etype in VIOLENT and etype != "prison" and (" " in text[start:end].strip()
                                                                        or tok.tag_ == "VBD" and tok.i + 1 < len(tok.doc) and tok.nbor(1).is_space):
        target_tok = past_the_happening(tok, next_noun(tok, sent))  # a phrase trigger, or a verb a link's blanked address cut off ("[assaulted](…) agents")
    if target_tok is None and etype in LEGAL and etype != "designation" and tok.tag_ in ("VBN", "VBD"):
        target_tok = fragment_noun(tok)  # "- A Mexican national [convicted](…) of drug trafficking": the national
    if target_tok is None and etype in LEGAL and cut_off(tok):
        target_tok = next_noun(tok, sent)  # "the Government [extradited](…) Nestor Perez": Nestor Perez
    if actor_tok is not None and (dateline[0] <= actor_tok.idx < dateline[1] or actor_tok is target_tok or actor_tok.ent_type_ in ("DATE", "TIME")):
        actor_tok = None  # a dateline, the target again, or a time: "**August 2001:** … killing three Americans"
    if target_tok is not None and target_tok.dep_ == "compound" and target_tok.head.i == tok.i and start <= target_tok.idx < end:
        target_tok = None  # "a home invasion": the trigger's own word, not whom it befell
    if target_tok is not None and target_tok.ent_type_ in ("DATE", "TIME"):
        target_tok = None  # "charged on March 19, 2008", "attacked Saturday": a time the parse took for an object
    if target_tok is not None and (etype == "arrest" and target_tok.ent_type_ in ("GPE", "LOC", "FAC")
                                   and not any(m.kind == "person" and m.start <= target_tok.idx < m.end for m in ctx.mentions)
                                   or etype == "attack" and target_tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")):
        return None  # "Israel captured the Golan Heights", "the board slashed $7 million": a place taken, a budget cut
    if (ending := _ENDS_IN_PREPOSITION.search(text, start, end)) is not None:
        # "pulled a gun on another man", "had sexual contact with a girl": the one the trigger's own preposition takes,
        # not the gun or the contact
        prep = next((t for t in sent if t.idx == ending.start(ending.lastindex) and t.dep_ == "prep"), None)
        target_tok = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else target_tok
    if tok.tag_.startswith("NN") and tok.dep_ == "nsubj" and tok.head.lower_ in _LEAVING and (left := _child(tok.head, "dobj")) is not None \
            and left.tag_.startswith("NN") and not _COUNTED.fullmatch(left.text):  # "whose attack left the veteran dead": the veteran
        if target_tok is not None and target_tok.lower_ in ("whose", "cuyo", "cuya") and actor_tok is None:  # whose: who attacked
            actor_tok = _clause_head(target_tok)
        target_tok = left
    if target_tok is None and tok.tag_.startswith("NN") and tok.dep_ == "nsubj" and tok.head.lower_ in ("was", "were", "is", "are", "fue") \
            and (against := _prep_object(tok.head, "against", "on", "contra")) is not None:
        target_tok = against  # "the third assault was against a man"
    if etype == "attack" and tok.lower_ in _THROWING and (at := _prep_object(tok, "at", "contra")) is not None:
        target_tok = at  # "hurled a sandwich at an officer": the officer, not the sandwich
    if target_tok is not None and target_tok.lower_ in ("whose", "cuyo", "cuya", "cuyos", "cuyas"):
        target_tok = _clause_head(target_tok)  # "the death of a man whose body was found": the man
    if etype == "attack" and target_tok is not None and target_tok.lower_ in _FILMED and target_tok.ent_type_ != "PERSON":
        return None  # "the movie was shot in 18 days", "shooting footage in Los Angeles": a camera's shooting
    if target_tok is not None and target_tok.dep_ == "appos" and target_tok.head.tag_ in ("NNP", "NNPS"):
        target_tok = target_tok.head  # "Carlos Alvarenga Guillen, a Salvadoran national convicted of …": the one named
    if target_tok is not None and tok.dep_ == "acl" and target_tok.i == tok.head.i:
        target_tok = shared_noun(tok, etype)  # "a national convicted of trafficking, apprehended in Texas": the national
    if etype == "presence" and actor_tok is not None and actor_tok.dep_ == "appos" and actor_tok.head.tag_ in ("NNP", "NNPS"):
        actor_tok = actor_tok.head  # "Cártel de los Soles, the … enterprise based in Venezuela": the one named
    elif etype == "presence" and actor_tok is not None and (named := set_off_after_group(ctx.mentions, text, actor_tok)) is not None:
        actor_tok = named  # the same, where the parse took the description for an object of the verb before it
    if etype == "presence" and actor_tok is not None and (subj := said_of(actor_tok)) is not None:
        actor_tok = subj  # "Los Choneros is a gang based in Guayaquil", "has grown into a network with cells in": the named subject
    if etype == "presence" and actor_tok is not None and not of_a_group(actor_tok):
        return None  # "the investigation into MS-13 extended into Mexico": the investigation went there, not the group
    if etype == "presence" and actor_tok is not None and (whole := one_of(actor_tok)) is not None:
        actor_tok = whole  # "MS-13 is one of the gangs operating in", "is among the gangs operating in": MS-13
    return (*the_dead(text[start:end], actor_tok, target_tok), seizure)  # "the death of X": X


def _no_act_told(ctx: _Context, tok, start: int, end: int, etype: str, sent, target_tok, actor_named, actor_text: str) -> bool:
    """Whether what the sentence says around the trigger and its arguments is no act of the type: rhetoric, a
    title, a field of a record, an accident, a word of a name, a designation of no group, a presence with no
    group or place, a generic statement."""
    text, language = ctx.text, ctx.language
    s_start, s_end = sent.start_char, sent.end_char
    sentence = text[s_start:s_end]
    if etype == "threat" and target_tok is not None and _ABSTRACT.match("x to " + text[target_tok.left_edge.idx : target_tok.right_edge.idx + len(target_tok.right_edge)]):
        return True  # "these groups threaten the safety of the American people": rhetoric, not a threat made
    if etype == "threat" and text[max(0, start - 6):start].lower().endswith(("life-", "life ")):
        return True  # "his condition is not life-threatening"
    if etype == "charge" and (tok.lower_ in _DOCUMENTS and (tok.dep_ == "nsubj" and tok.head.lower_ in _SAYING
                                                            or tok.dep_ == "pobj" and tok.head.head.lower_ == "according")
                              or any(g.lower_ in _DROPPING for g in _governors(tok, hops=3)) or _DUTY.match(text, end)):
        return True  # "according to the indictment", "agreed to dismiss charges", "is charged with ensuring"
    if etype == "attack" and rhetorical(tok, target_tok):
        return True  # "beat this threat", "an attack on the democratic process", "under assault": a struggle or rhetoric
    if etype == "charge" and text[start:start + 1].isupper() and re.search(r"\bin[- ]$", text[max(0, start - 4):start], re.I):
        return True  # "Special Agent-in-Charge of the Office of Inspector General": a title
    if _OFFENCE_LABEL.match(text, s_start) and text.find(":", s_start) < start:
        return True  # "Offense: Assault with a dangerous weapon": a field of a record, not a happening
    if etype == "killing" and tok.lower_.startswith(("execution", "ejecuci")) and _EXECUTION_OF.match(text, end):
        return True  # "in the execution of such regulations"
    if etype == "killing" and tok.lower_.startswith("execut") and (
            _EXECUTED[0].match(text, end) or _EXECUTED[1].search(text, max(s_start, start - 40), start)):
        return True  # "executed a search warrant", "the laws be faithfully executed"
    if etype == "killing" and (accident := _compiled(language, "not deliberate")) and (
            accident["after"].match(_squeezed(text[end:s_end])[0]) or _found_in(accident["around"], text, max(s_start, start - 40), min(s_end, end + 40))):
        return True  # "killed in the collision", "delay his execution": no one killed on purpose
    if text[start:start + 1].isupper() and tok.i > tok.sent.start and tok.i + 1 < len(tok.doc) \
            and tok.nbor(1).tag_ in ("NNP", "NNPS") and tok.nbor(1).text[:1].isupper():
        return True  # a word of a name ("Missing and Murdered Indigenous Persons Awareness Day"), not a happening
    # "is a designated FTO", "a designated check-in station", "designating fentanyl as a WMD": no group designated here
    # ("the designated group" refers back to a designation, and stays)
    adjective = tok.dep_ in ("amod", "acomp") and not _bullet_verb(tok) and not any(
        c.dep_ == "det" and _w(c) in ("the", "this", "these") for c in tok.head.children)
    if etype == "designation" and (adjective or target_tok is not None and _NOT_DESIGNATED.search(
            text[target_tok.left_edge.idx : target_tok.right_edge.idx + len(target_tok.right_edge)])):
        return True
    if etype == "presence" and _RANKED.match(text, start, end) and not (_FRONTED_PLACE.match(sentence) or _PLACE_NEXT.match(text, end)):
        return True  # "TdA is the most violent gang": a rank with no place; "In Brazil, the PCC is among the most powerful"
    if etype == "presence" and not (actor_named is not None and actor_named.kind == "group" or GROUPLIKE.search(actor_text)
                                    or GROUP_PRONOUN.fullmatch(actor_text) and ctx.group_before(s_start, near=True)
                                    or (ITS_PEOPLE.fullmatch(actor_text) or DESCRIBED_GROUP.fullmatch(actor_text)) and ctx.group_before(start, near=True)
                                    or (plural := PLURAL_REFERENCE.fullmatch(actor_text)) and ctx.groups_listed_before(start, bool(plural["pronoun"]))):
        return True  # "the violence will spread to Mazatlán": only a group is present somewhere
    # a generic, habitual or statistical statement: no specific happening (presence is a state, and "continues to" is its way)
    generic = _compiled(language, "generic") if etype != "presence" else None
    return bool(generic) and _found_in(generic, text, max(s_start, start - 60), min(s_end, end + 60)) and not one_operation(sentence)


def _read(ctx: _Context, tok, start: int, end: int, etype: str, subtype: str | None, sent) -> dict | None:
    """One trigger read into the fields of an event, or None where it tells no act: the trigger's own refusals,
    its argument tokens, their spans and named entities, the sentence's refusals, then modality and group ties."""
    text, language = ctx.text, ctx.language
    s_start, s_end = sent.start_char, sent.end_char
    sentence = text[s_start:s_end]
    if _no_act_at_trigger(ctx, tok, etype, sent) or no_happening(tok, etype, text, start, end, sent, language, ctx.ann.genre):
        return None
    noun = tok.tag_.startswith("NN")
    if (found := _argument_tokens(ctx, tok, start, end, etype, sent)) is None:
        return None
    actor_tok, target_tok, seizure = found
    basis = "syntax"
    actor, actor_named, actor_full = _span_of(ctx, actor_tok)
    if actor_full is not None and (believed := believed_subject(tok)) is not None and believed[0].i == actor_tok.i:
        actor_full = (actor_full[0], max(actor_full[1], believed[1]))  # with what they are believed to be
    target, target_named, target_full = _span_of(ctx, target_tok)
    if target_named is not None and target_named.kind != "person" and (person := the_person(ctx.mentions, target_tok)) is not None:
        target_named = person  # "Pedro Ruiz, a reporter for El Diario": Pedro Ruiz
    if target_full is not None and (described := set_off_subject(target_tok)) is not None:
        target_full = (target_full[0], max(target_full[1], described.right_edge.idx + len(described.right_edge)))  # "…, all members of X,"
    if target is not None and target[0] <= start < target[1] and end < target[1] and not re.search(r"\w", text[target[0] : start]):
        target = (end + len(text[end : target[1]]) - len(text[end : target[1]].lstrip()), target[1])  # "Designated the cartels …": the cartels
    if target is not None and (bullet := re.match(r"[-–—•*\s]+", text[target[0] : target[1]])) and bullet.end() < target[1] - target[0]:
        target = (target[0] + bullet.end(), target[1])  # a list item's dash is not part of the name
    # "charging him": the words stay the pronoun (the evidence is the sentence), the mention is the person it stands for
    if target_tok is not None and (who := _antecedent(ctx, target_tok, actor_full) or plural_antecedent(target_tok, actor_full)) is not None:
        target_named = who
    elif target_tok is not None and (target_named is None or target_named.kind == "group") \
            and (who := described_name(ctx.mentions, text, target_tok)) is not None:
        target_named = who  # "Ana Soto — a fugitive wanted on robbery charges — was arrested": Ana Soto
    elif target_tok is not None and target_named is None and etype in LEGAL and (who := _described_antecedent(ctx, target_tok, actor_full)) is not None:
        target_named = who  # "Ana Soto was arrested in May. The fugitive had been deported twice": Ana Soto
    described = None  # "This sick monster broke into the home": the one arrested before, but not the groups told of them
    if actor_tok is not None and (who := _antecedent(ctx, actor_tok, target_full)) is not None:
        actor_named = who
    elif actor_tok is not None and etype in VIOLENT and (who := demonstrative_antecedent(ctx, actor_tok, target_full, target_named)):
        actor_named = described = who
    if actor_named is None and actor is not None and actor_full is not None:
        actor_named = _named(ctx.mentions, *actor_full)
    mentioned = None  # a group named in the sentence that the parse does not tie to the act
    if actor is None and etype not in LEGAL and not seizure and (who := _PERPETRATORS.search(text, s_start, start)) and not taken_by_a_step(ctx.doc, who.start()):
        actor, basis = who.span(), "sentence"
        actor_named = _named(ctx.mentions, s_start, start, ("group",))
        if actor_named is not None and not _LEADS_TO.fullmatch(text, actor_named.end, who.start()):
            mentioned = actor_named  # "Tren de Aragua gunmen" ties the gunmen to the group; "in Tren de Aragua territory, gunmen" does not
    if actor is None and etype in _COURT_EVENTS and (bench := next((b for b in _BENCH[etype].finditer(text, s_start, s_end) if not target_full or not b.start() < target_full[1] or not target_full[0] < b.end()), None)):
        actor, basis = bench.span(), "sentence"  # "sentenced by U.S. District Judge Ricardo M. Urbina", "a federal grand jury"; not "Former Judge X pleaded"
    if actor is None:
        # a court event's actor is the court, never an agency its sentence also names ("investigated by the FBI")
        kinds = () if etype in _COURT_EVENTS else ("agency",) if etype in LEGAL else ("group",)
        actor_named = _named(ctx.mentions, s_start, s_end, kinds) if kinds else None
        if actor_named is not None and (actor_named == target_named or someones_group(text, actor_named, s_start)):
            actor_named = None
        if actor_named is None and etype in LEGAL:  # "ICE has taken … off the streets." then "- A national … was arrested."
            actor_named = lead_in_agency(ctx.doc, ctx.mentions, text, s_start, etype, tok)
        actor = (actor_named.start, actor_named.end) if actor_named else None
        basis = "sentence" if actor else "none"
        if actor_named is not None and actor_named.kind == "group":
            mentioned = actor_named  # only named in the sentence: not said to have done it
    if actor is not None and target is not None and target[0] <= actor[0] < target[1] and target[0] <= start < end < target[1]:
        # a target's words that hold the actor and the trigger (the parse took the name after them for the root): its words after the trigger
        target = (end + len(text[end : target[1]]) - len(text[end : target[1]].lstrip()), target[1])
        target_full = (target[0], max(target[1], target_full[1])) if target_full else target
    actor_text = text[actor[0] : actor[1]] if actor else ""
    if _no_act_told(ctx, tok, start, end, etype, sent, target_tok, actor_named, actor_text):
        return None
    statement = ctx.statement_at(start)
    mode = aimed(tok, etype, claim_mood(tok, statement, language) if etype == "presence" else modality(tok, statement, language))  # "might be"
    if etype == "presence" and (mode in ("future", "hypothetical") and fought(tok) or mode != "alleged" and REMOVAL.fullmatch(text, start, end)):
        mode = "asserted"  # "to end their campaign of violence on our homeland", "will remove the gang from", "failed to remove the
        # gang from": a presence the aim takes as there, whether or not the removal happens (an alleged one stays alleged)
    if etype in LEGAL and mode == "asserted" and (step := _compiled(language, "scheduled")) and _found_in(step, text, max(s_start, start - 45), min(s_end, end + 30)):
        mode = "future"  # "sentencing is scheduled for March 23", "faces up to 20 years when sentenced": not yet happened
    parties = (("actor", (actor_full or actor) if basis == "syntax" and etype not in LEGAL else None, actor_tok), ("target", target_full, target_tok))
    named_groups: list[tuple[Mention, str, tuple[int, int] | None]] = [
        (m, role, span) for role, span, head in parties if span
        for m in ctx.mentions if m.kind == "group" and m.key and _inside(m, span, text)
        and not _WHERE_BEFORE.search(text, span[0], m.start)  # "a vendor in Tren de Aragua territory" is no member
        and belongs(ctx.doc, head, m, etype, tok)  # "a man who was carrying a flag of MS-13" is no member
        and not (role == "actor" and target_full and target_full[0] <= m.start < target_full[1])]  # "X, who killed a Barrio 18 member"
    if etype not in LEGAL and actor is not None and not any(r == "actor" for _, r, _ in named_groups) \
            and (linked := linked_after(ctx.mentions, text, actor[1], start)):  # whatever group the target is of
        named_groups.append((linked, "actor", (actor[0], linked.end)))  # "Gang members linked to Los Choneros killed"
    voiced = []  # memberships the document tells in someone's words, with the statement
    for role, person, tok_ in (("actor", actor_named, actor_tok), ("target", target_named, target_tok), *later_people(ctx, target_tok)):
        # the person's chain, or the one chain a bare name written whole is in ("Sanchez-Hernandez" is no Hernandez)
        chain = ctx.chains.chain(person) if person is not None and person.kind == "person" else \
            ctx.chains.by_name(text[slice(*_phrase(tok_))]) if tok_ is not None and tok_.tag_ == "NNP" else None
        if chain is not None and (person is None or person is not described and the_party(ctx.doc, person, tok_)) and not any(r == role for _, r, _ in named_groups) and (member := ctx.members.get(chain)) is not None \
                and not left_behind(text, member[1][0], member[0].start):  # "Salas, a former MS-13 member,": no tie
            named_groups.append((member[0], role, member[1]))  # "him": Guzmán, named before as "a leader of the Sinaloa Cartel"
            if (said := ctx.statement_at(member[1][0])) is not None and said is not statement:
                voiced.append(((member[0], role, member[1]), said))  # "Prosecutors said Ruiz is a leader of …": theirs
    if mentioned is not None and mentioned.key:
        if not set_against(ctx.doc, mentioned, etype):  # "Enemies of MS-13 operate in Houston": not MS-13
            named_groups.append((mentioned, "mentioned", None))
    elif actor_named is not None and actor_named.kind == "group" and actor_named.key and not named_groups and etype not in LEGAL \
            and not (actor_tok is not None and _AGAINST.fullmatch(actor_tok.text)) and not set_against(ctx.doc, actor_named, etype) \
            and not (actor_full and (left_behind(text, actor_full[0], actor_named.start) or actor_tok is not None and _inside(actor_named, actor_full, text)
                                   and re.search(r"\bwith\b", text[actor_tok.idx : actor_named.start]))):  # "Former MS-13 members
        # shot"; "a man with a Tren de Aragua tattoo" (what the doers carry); "the Gulf Cartel's rivals were behind"; "the CJNG, not the Sinaloa Cartel, …"
        named_groups.append((actor_named, "actor", actor_full or actor))
    if etype == "presence" and not named_groups and actor is not None and basis == "syntax" \
            and (back := PLURAL_REFERENCE.fullmatch(text, *actor)) and (listed := ctx.groups_listed_before(start, bool(back["pronoun"]))):
        named_groups += [(Mention(*back.span(), back.group(0), "REFERENCE", "group", "reference", key), "actor", actor_full or actor) for key in listed]
        basis = "reference"  # "Their campaigns of violence in the United States": the groups listed just before
    if not named_groups and actor is not None and basis == "syntax" and (
            # a presence claim's "the gang" may be the group its own sentence named first ("members of Tren de Aragua were
            # arrested, and the gang is believed to operate in New York")
            (back := _BACK_REFERENCE.search(text, actor[0], actor[1])) and (earlier := ctx.group_before(actor[0] if etype == "presence" else s_start)) is not None
            or etype == "presence" and (back := GROUP_PRONOUN.fullmatch(text, actor[0], actor[1]))
            and (earlier := ctx.group_before(s_start, near=True)) is not None  # "It also operates throughout South America"
            or etype == "presence" and (back := ITS_PEOPLE.fullmatch(text, actor[0], actor[1]))
            and (earlier := ctx.group_before(start, near=True)) is not None  # "members, many of whom have infiltrated"
            or etype == "presence" and (back := DESCRIBED_GROUP.fullmatch(text, *actor))
            and (earlier := ctx.group_before(actor[0], near=True)) is not None):  # "The Venezuelan gang now operates in"
        # "members of the gang had been paid to kill Ojeda", the gang named the sentence before
        named_groups.append((Mention(back.start(), back.end(), back.group(0), "REFERENCE", "group", "reference", earlier), "actor", actor_full or actor))
        basis = "reference"
    if etype in LEGAL and etype != "designation" and target_full is not None and not any(r == "target" for _, r, _ in named_groups) \
            and (back := _MEMBERS_TAKEN.search(text, *target_full) or tied_back(text, *target_full)) and (earlier := ctx.group_before(s_start, near=back.re is _MEMBERS_TAKEN)) is not None:
        # "agents arrested the gang members" (the one group named just before), "arrests of people tied to the gang" (named before)
        named_groups.append((Mention(back.start(), back.end(), back.group(0), "REFERENCE", "group", "reference", earlier), "target", target_full))
    if target_tok is not None and not any(r == "target" for _, r, _ in named_groups):
        named_groups += [(m, "target", span) for m, span in listed_groups(ctx.mentions, text, target_tok) or from_the_group(ctx.mentions, text, target_tok) or tied_after_aside(ctx.mentions, text, target_full)]
    # "The Sinaloa Cartel and the CJNG operate in", "a gunman linked to Hamas and Hezbollah killed": both, however the parse hangs them
    named_groups += coordinated(ctx.doc, ctx.mentions, named_groups, etype if etype == "presence" else None)
    named_groups = [(g, r, span) for m, r, span in named_groups if etype != "presence" or r != "target"  # "has displaced Los Zetas in": no presence
                    for own in [by_its_own_name(ctx.mentions, (s_start, s_end), tok if etype == "presence" else unit_after(ctx.doc, m), m, etype != "presence") if m.kind == "group" else None]
                    for g in ((own,) if own and etype == "presence" else (m, own) if own else (m,))]  # "the ISIS affiliate … ISIS-DRC": the affiliate by its own name (beside ISIS, of an act's party)
    group_ties = ties(text, language, tok, named_groups, mode, statement, charged=etype == "charge")
    for member, said in voiced:
        group_ties = merge_ties(group_ties, ties(text, language, tok, [member], mode, said))
    groups = {t.group_key for t in group_ties}
    attribution = None
    if actor and etype not in LEGAL:
        actor_ties = [t.strength for t in group_ties if t.role == "actor"] or (["mentioned"] if mentioned is not None and mentioned is actor_named else [])
        attribution = max(actor_ties, key=STRENGTHS.index) if actor_ties else _attribution(actor_text, tok, mode, language)
    category = _target_category(ctx, target_tok, target_named, etype, subtype) if target else None
    note(ctx, target_named, etype, target_tok, category)  # the last person named or described as a target, the victims
    subtype = next((name for name, pattern in _compiled(language, "subtype").get(etype, ()) if pattern.search(sentence)), subtype)
    return {
        "type": etype, "subtype": subtype, "trigger": (start, end), "sentence": (s_start, s_end), "noun": noun,
        "actor": actor, "actor_mention": actor_named, "actor_basis": basis, "attribution": attribution,
        "target": target, "target_mention": target_named, "target_category": category, "target_tok": target_tok,
        "groups": groups, "ties": group_ties, "modality": mode, "step": conviction_step(text[start:end]) if etype == "conviction" else None,
    }


def _inside(m: Mention, span: tuple[int, int], text: str) -> bool:
    """Whether a group's name lies in a party's words, or opens them cut by the parse ("Barrio 18 gunmen" read from
    "18 gunmen"): never a name a comma sets apart, nor a place a preposition opens ("In Barrio 18 gunmen killed")."""
    return span[0] <= m.start and m.end <= span[1] or m.start < span[0] < m.end <= span[1] and not re.search(r"[,;:()]", text[m.start : span[0]]) \
        and not re.search(r"\b(?:in|at|near|inside|outside|from|of|en|de|del|desde)\s+(?:the\s+|el\s+|la\s+)?$", text[max(0, m.start - 14) : m.start], re.I)


# A group's units told by where they are ("Muslim Brotherhood chapters, such as those in Lebanon"): they are there
_THOSE_IN = re.compile(r"\b(?:those|ones?|las|los) (?:in|across|throughout|within|de|en)$", re.I)


def _party_of(tok, acts: set[int]) -> bool:
    """Whether a noun ("members") is an event trigger's subject or object, or through a preposition ("the arrest of 12 members")."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and head.i in acts


def find_events(doc, text: str, ann: Annotations, published: str | None, language: str, segs: tuple | None = None,
                url: str | None = None) -> list[Event]:
    """Every event the document reports, future and hypothetical ones included (the store keeps only what happened;
    see ``Event.happened``); ``url``, the document's address, tells its publisher's country (``presence.home_country``)."""
    if language not in TRIGGERS or not doc.has_annotation("DEP"):
        return []
    ctx = _Context(doc, text, ann, published, language, segs, url)
    hits = []
    for rank, (start, end, etype, subtype) in enumerate(triggers(text, language)):
        span = None if in_name(text, ann.mentions, start, end) else doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            root = span.root
            hits.append((root.head if root.dep_ == "amod" and etype == "threat" else root, start, end, etype, subtype))  # "threatening messages"
    hits += [(v, v.idx, v.idx + len(v), "presence", None) for tok, _, _, etype, _ in hits  # "the cartel runs rackets in Culiacán"
             if etype not in LEGAL | {"presence"} and (v := habitual(tok)) is not None]
    told = {tok.i for tok, *_ in hits}  # any verb of a named group's doings in a place: "Tren de Aragua recruits migrants in Chile"
    hits += [(v, v.idx, v.idx + len(v), "presence", None) for v in doc if v.tag_.startswith("VB") and v.i not in told and habitual(v, lasting=True) is v]
    legal, phrase_root = legal_words(hits, LEGAL)  # every word of a legal phrase ("pleaded guilty"), and its root
    acts = {tok.i for tok, _, _, etype, _ in hits if etype != "presence"}
    hits += [(tok, start, end, "presence", None) for tok, start, end in located(doc, acts) + standing(doc, acts)]  # "Islamic State in Syria", "is strong in"
    offences: dict[int, list[str]] = {}
    kept = []
    for tok, start, end, etype, subtype in hits:
        if etype == "presence" and tok.tag_.startswith("NN") and _party_of(tok, acts) and not _THOSE_IN.search(text, start, end):
            continue  # "arrested 12 Tren de Aragua members in Denver": where an event's parties were, not a presence claim
        owner = phrase_root.get(offence_of(tok, legal)) if etype not in LEGAL | {"prison", "presence"} else None
        if owner is not None:
            offences.setdefault(owner, []).append(etype)
            continue
        if etype == "charge" and tok.tag_.startswith("NN") and offence_of(tok, {i for i, t in legal.items() if t in ("arrest", "conviction")}, listed=False) is not None:
            continue  # "arrested on charges of robbery", "pleaded guilty to a charge of manslaughter": the other event's offence
        found = _read(ctx, tok, start, end, etype, subtype, tok.sent)
        if found is None:
            continue
        found["tok"], found["rank"] = tok, _RANK[language][(etype, found["subtype"])] if (etype, found["subtype"]) in _RANK[language] else 99
        sentence = text[found["sentence"][0] : found["sentence"][1]]
        found["fatalities"], found["injured"] = casualties(found, sentence, language)
        kept.append(found)
    for f in kept:
        f["offences"] = offences.get(f["tok"].i, [])
    lede = next((s.end for s in ann.sentences if s.end >= _LEDE), len(text))  # the headline and the story's first sentence
    named_in_the_story(kept, ctx.chains, lede, _family)
    settle(kept, text, ctx.chains, lede)
    told_again(kept, ctx)
    their_act(kept, ctx)  # "…, where they killed two officials": the group whose people the sentence made the doers
    blamed_next(kept, ctx)  # "A cook was stabbed to death. Everything we have points to MS-13."
    recategorise(kept, ctx)  # what the rest of the document says of the one each act befell
    events = [event for f in merge(kept) for event in _events(ctx, f)]
    # A presence claim is a named group's, in a place its sentence names or in a count of places ("in at least eight
    # countries"): "cartels operate in a diffuse way" and "has infiltrated the regime" place no group (docs/annotation.md §5).
    events = [e for e in events if e.type != "presence" or e.group_keys and (
        e.place_basis == "sentence" or e.place_key and _PLACE_BACK.search(text, e.trigger_end, e.evidence_end) or e.extent_span)]
    return dated_by_the_story(_one_happening(events, text, language, ctx.ann.sentences), ctx.ann, text, ctx.segments, ctx.published)
