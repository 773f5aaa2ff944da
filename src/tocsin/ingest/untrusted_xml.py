"""XML from the open web (feeds, OPML lists), parsed with entity expansion and DTDs off.

The standard library's parsers expand the entities a document declares for
itself: a few hundred bytes of nested entities become gigabytes ("billion
laughs"), and an external entity pulls a local file or URL into the text.
defusedxml wraps those same parsers and raises at the first declaration,
wherever it is in the document, so no look at the first N bytes stands in
for parsing (a DOCTYPE after a long comment used to slip past one).
"""

from __future__ import annotations

import io

from ..errors import InputError

REFUSED = {
    "DTDForbidden": "has a DTD (<!DOCTYPE …>), which this kind of document never needs: refused, as a DTD is where entities"
                    " are declared",
    "EntitiesForbidden": "declares its own entities (<!ENTITY …>): refused, as entity expansion is how XML reads local files"
                         " or blows up in memory",
    "ExternalReferenceForbidden": "refers to external entities (a file or URL of its own): refused, as that is how XML reads"
                                  " local files",
}


def _refusal(source: str, e: Exception) -> InputError:
    return InputError(source, REFUSED.get(type(e).__name__, f"unsafe XML refused: {e}"))


def parse(data: bytes, source: str):
    """The root element of a whole XML document; InputError when it is not well-formed or has any DTD."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException as e:
        raise _refusal(source, e) from None
    except ParseError as e:
        raise InputError(source, f"not well-formed XML: {e}") from None


def root_name(data: bytes, source: str) -> str | None:
    """The lowercased local name of a document's first element ("rss", "feed", "opml", "html"), reading no further;
    None when the bytes are not XML up to there. InputError when what comes before it declares or refers to
    entities; a bare DOCTYPE, as old RSS feeds and XHTML pages have, is allowed."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        for _, element in iterparse(io.BytesIO(data), events=("start",)):
            return str(element.tag).rsplit("}", 1)[-1].lower()
    except DefusedXmlException as e:
        raise _refusal(source, e) from None
    except (ParseError, ValueError, LookupError):  # not XML (an HTML page, garbage), or an encoding expat does not know
        return None
    return None
