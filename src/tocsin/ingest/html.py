"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import NoArticleText
from ..models import Repaired
from .sources import Draft, decode, read_bytes


def draft_from_html(source: str, html: str, **meta: str | None) -> Draft:
    """The article in an HTML page; metadata given in ``meta`` wins over the page's own."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if found is None or not (found.text or "").strip():
        raise NoArticleText(source, "no article text found in the HTML")
    text = found.text
    title = meta.get("title") or found.title
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip():
        text = rest  # trafilatura repeats the headline as the first line
    authors = meta.get("authors") or found.author or ""
    return Draft(
        source=source,
        text=text,
        format="html",
        title=title,
        url=meta.get("url") or found.url,
        outlet=meta.get("outlet") or found.sitename,
        authors=tuple(a.strip() for a in authors.split(";") if a.strip()),
        published=meta.get("published") or found.date,
        language=meta.get("language"),
    )


class HtmlSource:
    name = "html"

    def can_read(self, path: Path) -> bool:
        return path.suffix.lower() in (".html", ".htm", ".xhtml")

    def read(self, path: Path, max_bytes: int) -> Iterator[Draft | Repaired]:
        html, repaired = decode(read_bytes(path, max_bytes), str(path))
        if repaired:
            yield repaired
        yield draft_from_html(str(path), html)


SOURCE = HtmlSource()
