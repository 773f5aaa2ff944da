"""A blanked link is not a word. Blanking Markdown (``read.readable``) leaves runs of spaces where links were ("a
journalist was [injured](https://…) by a man" reads "was  injured      by"); spaCy makes each run a token, and the
parser takes it for a word: "was" and "injured" no longer make one passive, and the journalist is no longer the one
injured. ``parse`` reads each text without the runs a blanked link made inside a line, and gives back a Doc of
the whole text, the runs restored as space tokens hung on the word before them, so every offset still points into
the text. Runs the writer typed stay as they are (the model was trained with them, and the rules read its parse of
them), so do the runs of blanked emphasis, which set a label apart, and so do runs holding a line break: they tell
where lines end."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def _blanked(doc, written: str) -> list[bool]:
    """Per token: a run of spaces inside a line, between two words, where the text as written had a link's brackets
    (the ones ``parse`` leaves out). Blanked emphasis stays: "**October 1983:** Hamas bombers killed …" reads its
    label apart from the sentence by the run the marks leave."""
    n = len(doc)
    return [0 < t.i < n - 1 and t.is_space and "\n" not in t.text and "\r" not in t.text
            and any(c in "[]" for c in written[t.idx : t.idx + len(t.text)]) for t in doc]


def parse(nlp, texts: Iterable[str], written: Iterable[str], batch_size: int) -> Iterator:
    """One parsed Doc per text (markup blanked), read by ``nlp`` without the runs of spaces a blanked link made inside
    its lines (``_blanked``); ``written``: each text as written, of the same length."""
    from spacy.tokens import Doc

    made = [nlp.make_doc(t) for t in texts]
    drops = [_blanked(d, w) for d, w in zip(made, written)]
    inputs = []
    for doc, drop in zip(made, drops):
        if not any(drop):
            inputs.append(doc)
            continue
        kept = [t for t in doc if not drop[t.i]]
        spaces = [bool(t.whitespace_) or (t.i + 1 < len(doc) and drop[t.i + 1]) for t in kept]
        inputs.append(Doc(nlp.vocab, words=[t.text for t in kept], spaces=spaces))
    for doc, drop, done in zip(made, drops, nlp.pipe(inputs, batch_size=batch_size)):
        yield done if not any(drop) else _restored(nlp, doc, drop, done)


def _restored(nlp, doc, drop: list[bool], done):
    """The whole text's Doc, with the parse of ``done`` (the text without its inline runs) and each run a space token
    hung on the word before it."""
    from spacy.tokens import Doc, Span

    where = [t.i for t in doc if not drop[t.i]]  # the whole Doc's index of each token of ``done``
    heads, deps, tags, pos, morphs, lemmas = [], [], [], [], [], []
    tagged = any(s.pos_ for s in done)  # the English pipeline leaves coarse tags out (nlp.UNUSED)
    k = 0
    for t in doc:
        if drop[t.i]:
            heads.append(t.i - 1 if not drop[t.i - 1] else heads[-1])
            deps.append("dep"), tags.append("_SP"), pos.append("SPACE"), morphs.append(""), lemmas.append("")
            continue
        s = done[k]
        heads.append(where[s.head.i]), deps.append(s.dep_), tags.append(s.tag_), pos.append(s.pos_ or "X")
        morphs.append(str(s.morph)), lemmas.append(s.lemma_)
        k += 1
    out = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], heads=heads, deps=deps,
              tags=tags, pos=pos if tagged else None, morphs=morphs, lemmas=lemmas if any(lemmas) else None)
    if getattr(done.tensor, "size", 0):  # each word's row as the model left it, a space's empty: Doc.from_docs joins them
        import numpy

        out.tensor = numpy.zeros((len(doc), done.tensor.shape[1]), dtype=done.tensor.dtype)
        out.tensor[where] = done.tensor
    out.set_ents([Span(out, where[e.start], where[e.end - 1] + 1, label=e.label_, kb_id=e.kb_id_, span_id=e.ent_id_ or e.id_)
                  for e in done.ents], default="outside")
    return out
