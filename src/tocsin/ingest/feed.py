"""News feeds: RSS and Atom files (feedparser).

Each entry becomes one article: its full content when the feed carries it,
else its summary (HTML through trafilatura, plain text as is), with the
entry's link, title, authors and date and the feed's title as the outlet.
Entries with too little text to be an article are rejected with their
position, like any short input. Reading feeds from URLs is a network
fetch, opt-in, and comes with the URL fetcher.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

from ..errors import InputError, NoArticleText
from .html import draft_from_html
from .sources import Draft, read_bytes
from .untrusted_xml import root_name

SUFFIXES = (".rss", ".atom")


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]).isoformat() if parsed else None


def is_feed(content_type: str, head: bytes) -> bool:
    """Whether fetched bytes are a feed: by content type, else by the first tag."""
    ctype = content_type.lower()
    return any(t in ctype for t in ("rss", "atom", "xml")) and b"<html" not in head or b"<rss" in head or b"<feed" in head


def drafts_from_feed(data: bytes, source: str) -> Iterator[Draft | InputError]:
    """One draft per entry of a feed's bytes (InputError for an entry without text); InputError if no feed."""
    for _, draft in feed_entries(data, source):
        yield draft


def feed_entries(data: bytes, source: str, allow_empty: bool = False) -> Iterator[tuple[str | None, Draft | InputError]]:
    """(link, draft or InputError) for each entry of a feed's bytes: the link, so that an entry with too little
    text of its own can be read from its page (``tocsin run``); InputError if no feed, or (unless ``allow_empty``:
    a followed feed may be empty for a while) a feed with no entries."""
    import feedparser

    root_name(data, source)  # InputError when the feed declares or refers to entities, however far in
    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except (ValueError, UnicodeError, RecursionError) as e:  # feedparser's loose parser on hostile markup
        raise InputError(source, f"not a readable feed: {type(e).__name__}: {str(e)[:200]}") from None
    if not parsed.entries and not (allow_empty and not parsed.get("bozo") and parsed.get("version")):
        reason = f"not a feed: {parsed.bozo_exception}" if parsed.get("bozo") else "a feed with no entries"
        raise InputError(source, reason)
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        yield entry.get("link"), _entry_draft(entry, f"{source}:entry {n}", outlet)


def _entry_draft(entry, where: str, outlet: str | None) -> Draft | InputError:
    body = next((c.get("value") for c in entry.get("content", ()) if c.get("value")), None) or entry.get("summary") or ""
    authors = tuple(a.get("name") for a in entry.get("authors", ()) if a.get("name"))
    meta = dict(title=entry.get("title"), url=entry.get("link"), outlet=outlet, published=_date(entry))
    if "<" in body and ">" in body:
        try:
            draft = draft_from_html(where, body, authors="; ".join(authors) or None, **meta)
        except NoArticleText as e:
            return e
        return Draft(**{**draft.__dict__, "format": "feed"})
    if body.strip():
        return Draft(source=where, text=body, format="feed", authors=authors, **meta)
    return InputError(where, "entry has no text")


class FeedSource:
    name = "feed"

    def can_read(self, path: Path) -> bool:
        return path.name.lower().endswith(SUFFIXES)

    def read(self, path: Path, max_bytes: int) -> Iterator[Draft | InputError]:
        yield from drafts_from_feed(read_bytes(path, max_bytes), str(path))


SOURCE = FeedSource()
