"""What each kind of source's answer holds, from answers built by hand: no server, no model."""

from __future__ import annotations

import pytest

from tocsin.errors import InputError
from tocsin.ingest.fetch import Response
from tocsin.ingest.sources import Draft
from tocsin.sources.kinds import kind_of, read_answer
from tocsin.testing.newsroom import article, filler, gdelt, news_sitemap, opml, rss

BASE = "https://news.example"


def _answer(body: str, ctype: str, path: str = "/x") -> Response:
    return Response(200, body.encode(), ctype, BASE + path, {})


@pytest.mark.parametrize("body, ctype, path, kind", [
    (rss("Wire", [{"title": "A", "link": BASE + "/a"}]), "application/rss+xml", "/rss", "feed"),
    (rss("Wire", [{"title": "A", "link": BASE + "/a"}]), "text/xml", "/rss", "feed"),
    (opml([BASE + "/rss"]), "text/x-opml", "/list", "opml"),
    (news_sitemap([{"title": "A", "link": BASE + "/a", "outlet": "N"}]), "application/xml", "/sitemap.xml", "sitemap"),
    (gdelt([{"title": "A", "link": BASE + "/a"}]), "application/json", "/api/v2/doc/doc?query=x", "gdelt"),
    (article("A", filler(1)), "text/html", "/a", "page"),
])
def test_kinds_a_sources_kind_is_found_from_its_first_answer(body, ctype, path, kind):
    assert kind_of(_answer(body, ctype, path)) == kind


def test_kinds_a_feed_gives_whole_entries_as_drafts_and_teasers_as_links():
    answer = read_answer("feed", _answer(rss("Wire", [{"title": "Whole", "link": BASE + "/1", "description": filler(1)},
                                                     {"title": "Teaser", "link": BASE + "/2"}]), "application/rss+xml"))
    whole, teaser = answer.entries
    assert isinstance(whole.draft, Draft) and whole.url == BASE + "/1"
    assert teaser.draft is None and teaser.url == BASE + "/2"  # no text of its own: read from its page
    assert read_answer("feed", _answer(rss("Wire", []), "application/rss+xml")).entries == ()  # empty for now: no error


def test_kinds_a_news_sitemap_says_what_it_knows_of_each_article_and_an_index_names_sitemaps():
    answer = read_answer("sitemap", _answer(news_sitemap([{"title": "Balacera en Culiacán", "link": BASE + "/es/1",
                                                          "outlet": "Diario", "language": "es", "date": "2026-01-04"}]), "application/xml"))
    (entry,) = answer.entries
    assert (entry.url, entry.title, entry.outlet, entry.language, entry.published) == (BASE + "/es/1", "Balacera en Culiacán", "Diario", "es", "2026-01-04")
    index = ("<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
             "<sitemap><loc>/news-1.xml</loc></sitemap><sitemap><loc>https://news.example/news-2.xml</loc></sitemap></sitemapindex>")
    assert read_answer("auto", _answer(index, "application/xml")).sources == ((BASE + "/news-1.xml", "sitemap"), (BASE + "/news-2.xml", "sitemap"))


def test_kinds_an_opml_list_names_feeds_to_follow():
    answer = read_answer("auto", _answer(opml([BASE + "/a.xml", BASE + "/b.xml"]), "text/x-opml"))
    assert answer.kind == "opml" and answer.entries == () and [u for u, _ in answer.sources] == [BASE + "/a.xml", BASE + "/b.xml"]


def test_kinds_a_gdelt_list_gives_its_article_urls_with_their_language_and_day():
    answer = read_answer("gdelt", _answer(gdelt([{"title": "A", "link": BASE + "/a", "gdelt_language": "Spanish"},
                                                 {"title": "B", "link": "javascript:alert(1)"}]), "application/json"))
    (entry,) = answer.entries  # only http(s) URLs are articles
    assert (entry.url, entry.language, entry.published) == (BASE + "/a", "es", "2026-01-05")
    with pytest.raises(InputError, match="not a GDELT article list"):
        read_answer("gdelt", _answer("<html>rate limited</html>", "text/html"))


def test_kinds_a_page_is_its_own_article_under_its_canonical_url():
    (entry,) = read_answer("page", _answer(article("A", filler(1), canonical="/story/a"), "text/html", "/a?ref=home")).entries
    assert isinstance(entry.draft, Draft) and entry.draft.url == BASE + "/story/a"
    (empty,) = read_answer("page", _answer("<html><head><title>x</title></head><body></body></html>", "text/html")).entries
    assert isinstance(empty.draft, InputError)
