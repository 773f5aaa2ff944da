"""HTML to the plain text the real-text set annotates: block elements as paragraphs, scripts and styles dropped
(the DOJ releases). Stdlib only."""

from __future__ import annotations

import html.parser


def one_line(s: str) -> str:
    """Whitespace runs, line breaks among them, as one space."""
    return " ".join(s.split())


_BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
          "table", "blockquote", "section", "article", "hr", "dd", "dt", "dl", "pre",
          "header", "footer", "td", "th"}
_SKIP = {"script", "style", "noscript"}


class _Blocks(html.parser.HTMLParser):
    """Text of an HTML fragment, one chunk per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.cur: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        s = one_line("".join(self.cur).replace("\xa0", " "))
        if s:
            self.chunks.append(s)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self._flush()

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def close(self):
        super().close()
        self._flush()


def html_to_text(fragment: str) -> str:
    """Paragraphs of an HTML fragment, whitespace collapsed inside each
    block, blocks joined by a blank line; no-break spaces become spaces."""
    p = _Blocks()
    p.feed(fragment)
    p.close()
    return "\n\n".join(p.chunks)


# ------------------------------------------------------------------ sources
