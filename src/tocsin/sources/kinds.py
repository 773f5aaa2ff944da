"""What a source's answer holds, by kind: a feed's entries, an OPML list's feeds, a news sitemap's articles, a
GDELT DOC 2.0 article list, or one page.

Each kind gives Entries: the URL of an item and, when the source carries the text itself (a feed with full
content), its Draft; without one, the item is read from its page. An OPML list, or a sitemap index, names
other sources, which are followed in their turn.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ..errors import InputError
from ..ingest.feed import feed_entries, is_feed
from ..ingest.fetch import Response, opml_feeds
from ..ingest.sources import Draft
from ..ingest.untrusted_xml import parse, root_name
from ..models import SOURCE_KINDS

KINDS = SOURCE_KINDS
GDELT = "https://api.gdeltproject.org/api/v2/doc/doc"
GDELT_LANGUAGES = {"english": "en", "spanish": "es"}
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.I)


@dataclass(frozen=True)
class Entry:
    """One item a source names: its URL, the text it carries (a Draft, or an InputError saying why it has none
    usable) or None when the text is on its page, and what the source says of it (title, outlet, date, language)."""

    url: str
    draft: Draft | InputError | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Answer:
    """A source's answer read: its kind, its items, and the sources it names (an OPML list's feeds)."""

    kind: str
    entries: tuple[Entry, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # (url, kind)


def normalize_url(url: str) -> str:
    """The form an item's URL is remembered in: no fragment, no tracking parameters, scheme and host in lower case,
    no default port, no empty path. Two links to one article compare equal."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port and (parts.scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), host + (f":{port}" if port else ""), parts.path or "/", query, ""))


def gdelt_url(query: str, endpoint: str = GDELT, timespan: str = "1d", records: int = 75) -> str:
    """The GDELT DOC 2.0 API URL of an article-list query ("\\"Tren de Aragua\\" sourcelang:spanish"), newest first."""
    params = {"query": query, "mode": "artlist", "format": "json", "maxrecords": records, "timespan": timespan, "sort": "datedesc"}
    return f"{endpoint}?{urlencode(params)}"


def kind_of(response: Response) -> str:
    """A source's kind from its first answer: GDELT's API, an OPML list, a feed, a sitemap, else a page."""
    if urlsplit(response.url).path.endswith("/api/v2/doc/doc") or "json" in response.content_type.lower():
        return "gdelt"
    root = root_name(response.body, response.url)
    if root == "opml":
        return "opml"
    if root in ("urlset", "sitemapindex"):
        return "sitemap"
    if root in ("rss", "feed", "rdf") or is_feed(response.content_type, response.body[:500].lstrip().lower()):
        return "feed"
    return "page"


def read_answer(kind: str, response: Response) -> Answer:
    """The items (and named sources) of a 200 answer of a source of ``kind`` ("auto": found from the answer)."""
    kind = kind_of(response) if kind == "auto" else kind
    if kind == "opml":
        return Answer(kind, sources=tuple((url, "auto") for url in opml_feeds(response.body, response.url)))
    if kind == "sitemap":
        return _sitemap(response)
    if kind == "gdelt":
        return Answer(kind, tuple(_gdelt(response)))
    if kind == "feed":
        entries = feed_entries(response.body, response.url, allow_empty=True)  # an entry without text of its own is read from its page
        return Answer(kind, tuple(Entry(link or "", None if link and isinstance(draft, InputError) else draft) for link, draft in entries))
    return Answer(kind, (Entry(response.url, page_draft(response)),))


def page_draft(response: Response) -> Draft | InputError:
    """The article of a fetched page, its URL the canonical one the page names (``<link rel="canonical">``, else what
    trafilatura finds), else where it was fetched from; an InputError when it holds none."""
    from ..ingest.html import draft_from_html
    from ..ingest.sources import decode

    try:
        html, _ = decode(response.body, response.url)
        draft = draft_from_html(response.url, html)
    except InputError as e:
        return e
    canonical = urljoin(response.url, _canonical(html) or draft.url or response.url)
    return Draft(**{**draft.__dict__, "url": canonical if urlsplit(canonical).scheme in ("http", "https") else response.url})


_LINK = re.compile(r"<link\b[^>]*>", re.I)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def _canonical(html: str) -> str | None:
    """The href of a page's ``<link rel="canonical">`` (in its first 200,000 characters), relative or not."""
    for tag in _LINK.findall(html[:200_000]):
        if _REL_CANONICAL.search(tag) and (href := _HREF.search(tag)):
            return next(g for g in href.groups() if g is not None).strip() or None
    return None


def _sitemap(response: Response) -> Answer:
    """A sitemap's articles, with what its ``news:`` entries say of them; a sitemap index names sitemaps."""
    root = parse(response.body, response.url)
    if root.tag.endswith("sitemapindex"):
        return Answer("sitemap", sources=tuple((urljoin(response.url, _text(s, f"{SITEMAP}loc") or ""), "sitemap")
                                               for s in root.iter(f"{SITEMAP}sitemap") if _text(s, f"{SITEMAP}loc")))
    entries = []
    for item in root.iter(f"{SITEMAP}url"):
        loc = _text(item, f"{SITEMAP}loc")
        if not loc:
            continue
        news = item.find(f"{NEWS}news")
        publication = news.find(f"{NEWS}publication") if news is not None else None
        entries.append(Entry(urljoin(response.url, loc), None, _text(news, f"{NEWS}title"), _text(publication, f"{NEWS}name"),
                             _text(news, f"{NEWS}publication_date"), _text(publication, f"{NEWS}language")))
    return Answer("sitemap", tuple(entries))


def _text(element, tag: str) -> str | None:
    found = element.find(tag) if element is not None else None
    return found.text.strip() if found is not None and found.text and found.text.strip() else None


def _gdelt(response: Response) -> list[Entry]:
    """The articles of a GDELT DOC 2.0 article list (``mode=artlist&format=json``)."""
    try:
        articles = json.loads(response.body.decode("utf-8", "replace") or "{}").get("articles") or []
    except (ValueError, AttributeError) as e:
        raise InputError(response.url, f"not a GDELT article list: {type(e).__name__}: {str(e)[:200]}") from None
    entries = []
    for a in articles:
        if isinstance(a, dict) and isinstance(a.get("url"), str) and a["url"].startswith(("http://", "https://")):
            seen = str(a.get("seendate") or "")
            day = f"{seen[:4]}-{seen[4:6]}-{seen[6:8]}" if re.fullmatch(r"\d{8}T\d{6}Z", seen) else None
            entries.append(Entry(a["url"], None, a.get("title"), a.get("domain"), day,
                                 GDELT_LANGUAGES.get(str(a.get("language", "")).lower())))
    return entries
