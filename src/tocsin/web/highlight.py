"""A document's text with its records marked: safe HTML built from character spans.

Spans may nest and overlap (a name inside a quote inside an event's
sentence). The text is cut at every span boundary; each piece is escaped
and wrapped in one ``<span>`` whose classes name every record covering it.
A piece inside a mention links to the mention's entity. The first piece of
each record carries the record's anchor, so a list of records can link to
its place in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape


@dataclass
class Span:
    start: int
    end: int
    kind: str  # css class: mention-person, statement, event, time…
    anchor: str | None = None  # id of the record, for links from elsewhere on the page
    href: str | None = None  # where a click on the piece goes (mentions: their entity)
    title: str = ""
    extra: dict = field(default_factory=dict)


def render(text: str, spans: list[Span]) -> Markup:
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    anchored: set[str] = set()
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        piece = text[lo:hi]
        covering = [s for s in spans if s.start <= lo and hi <= s.end]
        if not covering:
            out.append(escape(piece))
            continue
        classes = " ".join(sorted({s.kind for s in covering}))
        titles = "; ".join(s.title for s in covering if s.title)
        anchors = [s.anchor for s in covering if s.anchor and s.anchor not in anchored and s.start == lo]
        anchored.update(anchors)
        ids = Markup("").join(Markup('<a class="anchor" id="{}"></a>').format(a) for a in anchors)
        link = next((s.href for s in sorted(covering, key=lambda s: s.end - s.start) if s.href), None)
        inner = Markup('<a href="{}">{}</a>').format(link, piece) if link else escape(piece)
        out.append(ids + Markup('<span class="{}" title="{}">{}</span>').format(classes, titles, inner))
    return Markup("").join(out)


def document_spans(doc: dict) -> list[Span]:
    """The spans of every record stored for a document (as ``query.get_document`` returns it)."""
    spans = []
    for i, m in enumerate(doc["mentions"]):
        spans.append(Span(m["start"], m["end"], f"mention mention-{m['kind']}", f"m{i}", f"/entities/{m['entity_id']}",
                          f"{m['kind']}: {m['entity']}"))
    for t in doc["times"]:
        spans.append(Span(t["start"], t["end"], "time", None, None, f"time: {t['value'] or t['text']}"))
    for s in doc["statements"]:
        spans.append(Span(s["content_start"], s["content_end"], f"statement claim-{s['claim_type']}", f"s{s['idx']}", None,
                          f"{s['claim_type']} by {s['speaker'] or 'unknown speaker'}"))
        if s.get("speaker_start") is not None and s.get("speaker_end") is not None:
            spans.append(Span(s["speaker_start"], s["speaker_end"], "speaker", None, None, "speaker"))
    for e in doc["events"]:
        spans.append(Span(e["evidence_start"], e["evidence_end"], "event", f"e{e['idx']}", None, f"{e['type']} ({e['modality']})"))
        spans.append(Span(e["trigger_start"], e["trigger_end"], "trigger", None, f"/incidents/{e['incident_id']}" if e["incident_id"] else None,
                          f"trigger of {e['type']}"))
    return spans
