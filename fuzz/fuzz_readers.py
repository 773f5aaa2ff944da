"""Coverage-guided fuzzing of every reader (atheris): the first byte of an input picks the format, the rest
is the file. A reader may read an input or reject it with a reason; anything else (an exception, a crash,
a hang past libFuzzer's timeout, memory past -rss_limit_mb) is a finding, saved by libFuzzer as crash-*.

    python fuzz/fuzz_readers.py SCRATCH fuzz/corpus -max_total_time=600   # `make fuzz`, then merged into fuzz/corpus
    python fuzz/fuzz_readers.py -merge=1 fuzz/corpus SCRATCH                # keep what adds coverage, minimized
    python fuzz/fuzz_readers.py CORPUS_COPY -runs=3000                      # the short pass `make test` runs
"""

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["tocsin", "warcio", "feedparser", "trafilatura", "justext", "charset_normalizer"]):
    import feedparser  # noqa: F401 - the parsers are imported here so that they are instrumented
    import trafilatura  # noqa: F401
    import warcio.archiveiterator  # noqa: F401

    from tocsin.config import Config
    from tocsin.ingest import feed, html, jsonl, text, warc  # noqa: F401
    from tocsin.ingest.ingest import read_path
    from tocsin.models import Document, Rejection, Repaired, Skipped

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".rss", ".atom", ".warc", ".warc.gz", ".arc"]
CONFIG = Config(max_bytes=200_000, max_chars=100_000)
FOLDER = Path(tempfile.mkdtemp(prefix="tocsin-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    path = FOLDER / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    for item in read_path(path, CONFIG):
        if not isinstance(item, (Document, Rejection, Skipped, Repaired)):
            raise AssertionError(f"a reader yielded {type(item).__name__}")
        if isinstance(item, Rejection) and not item.reason:
            raise AssertionError("a rejection without a reason")
        if isinstance(item, Document) and (not item.text.strip() or "\x00" in item.text):
            raise AssertionError("a document with no text, or a NUL in it")


if __name__ == "__main__":
    # libFuzzer runs argv[0] again for -merge and -fork, through the shell: make it this Python and this file
    atheris.Setup([f"{sys.executable} {Path(__file__).resolve()}", *sys.argv[1:]], one_input)
    atheris.Fuzz()
