"""Marking records in a document's text: nested spans, escaping, anchors."""

from tocsin.web.highlight import Span, render


def test_nested_spans_cut_the_text_and_keep_every_class():
    text = "Police said Ronald Ojeda was killed."
    html = str(render(text, [Span(0, 36, "event", "e0"), Span(12, 24, "mention mention-person", "m0", "/entities/person:ojeda"),
                             Span(29, 35, "trigger")]))
    assert html.count('id="e0"') == 1 and html.count('id="m0"') == 1
    assert '<span class="event mention mention-person" title=""><a href="/entities/person:ojeda">Ronald Ojeda</a></span>' in html
    assert '<span class="event trigger" title="">killed</span>' in html


def test_text_and_titles_are_escaped():
    text = 'He wrote <script>alert("x")</script> & left.'
    html = str(render(text, [Span(9, 36, "statement", None, None, 'said "<b>"')]))
    assert "<script>" not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&amp; left." in html and 'title="said &#34;&lt;b&gt;&#34;"' in html


def test_spans_outside_the_text_are_ignored():
    assert str(render("short", [Span(2, 50, "event"), Span(-1, 2, "event")])) == "short"
