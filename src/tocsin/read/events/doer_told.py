"""Who did the headline's happening, as the story tells it: "Teen arrested in Elm Street stabbing" names no one who
made the arrest, and the story's next lines do ("Harlow police arrested a 17-year-old on Monday"). The headline and
the lede tell the story's news, and the same kind of happening told again below is that news (``retold.told_again``:
not one the story sets apart, "another man", a different victim, a different day), so the doer named there is the
headline's (docs/annotation.md §2.4: the actor is who did it, wherever the document says it).

Only a happening of the headline or lede with no actor of its own, outside a list (each item is its own case), takes
the doer of the first such report after it that names one, where every such report names the same doer ("Three
arrested in drug raids" told below as arrests by two agencies takes neither) and says so in its own voice (a doer
only alleged, "prosecutors allege that Harlow police arrested the wrong teen", would be stated as fact); the doer's words and the person or group they stand for
are copied, never a group tie (the groups stay those the headline's own words name).
"""

from __future__ import annotations

from dataclasses import replace

from ...models import Event
from ...structure import item_at
from .retold import end_of_lede, told_again
from .same_people import _count


def doers_by_the_story(events: list[Event], ann, text: str, segments) -> list[Event]:
    """The events, each of the headline's or lede's without an actor given the doer of the same happening told next
    (module doc)."""
    lede_end = end_of_lede(ann, text, segments)
    out = []
    for e in events:
        if e.actor_text is None and e.happened and e.evidence_start < lede_end:
            told = [d for d in events if d.type == e.type and d.trigger_start > e.trigger_end and d.actor_text and d.happened and not d.nominal
                    and d.actor_basis in ("syntax", "sentence") and item_at(text, segments, d.trigger_start) is None]
            told = told_again(e, told, text, segments, lede_end, ann.times)
            d = min(told, key=lambda d: d.trigger_start) if told else None
            if d is not None and len({" ".join(t.actor_text.lower().split()) for t in told}) == 1 and d.modality == "asserted" \
                    and d.attribution in (None, "named") and (_count(e.target_text or "") or 1) <= (_count(d.target_text or "") or 1):  # "Three arrested", two below: more
                e = replace(e, actor_text=d.actor_text, actor_span=d.actor_span, actor_mention=d.actor_mention, actor_kind=d.actor_kind,
                            actor_basis="story", attribution=d.attribution)
        out.append(e)
    return out
