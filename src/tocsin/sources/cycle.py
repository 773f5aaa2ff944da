"""One cycle over the due sources: fetch each (conditionally), read what is new, store it, remember what was seen.

The order of writes is what makes a cycle safe to kill at any point:

1. a document is stored in its own transaction (the runner's ``Intake``), idempotent by the id of its text;
2. then its item's URL (and canonical URL) is marked seen, so no later cycle fetches it again;
3. only when every item of a source's answer is stored or seen do the source's validators (ETag,
   Last-Modified) and next due time move on. A cycle killed before that finds the source due again, gets
   its full answer (not a 304) and skips the items already seen.

So a killed cycle loses nothing (the next one resumes) and stores nothing twice (an item seen is not fetched,
a text stored is not stored again). Sources are fetched by a pool of threads, within the per-host limits of
``Polite``; reading and storing happen in the calling thread, the store's only writer. ``stop`` (set on
SIGTERM) ends the cycle after the current document, with what was read so far stored and marked.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field, replace
from functools import partial

from .. import query
from ..config import Config
from ..errors import InputError, Unavailable
from ..ingest.fetch import Fetcher, Response
from ..ingest.ingest import to_document
from ..ingest.sources import Draft
from ..models import Rejection, Source
from ..pipeline import Intake
from ..store import Store
from ..store import sources as source_store
from .kinds import Answer, Entry, normalize_url, page_draft, read_answer
from .polite import Polite, conditional

STALE = 3600  # seconds without a heartbeat after which another host's running cycle is taken as dead


@dataclass
class Tally:
    """What one cycle did: the record ``tocsin runs`` shows."""

    id: str
    sources: int = 0  # due sources
    fetched: int = 0  # full answers (200) of sources and pages
    not_modified: int = 0  # sources that answered 304
    known: int = 0  # items seen in an earlier cycle: not fetched or read again
    new: int = 0  # documents stored
    duplicate: int = 0  # items whose text (or canonical URL, or a near-copy) was stored already
    rejected: int = 0  # items that hold no article, too short, or refused by the reader
    errors: int = 0  # sources or pages that could not be fetched (tried again next cycle)
    requests: int = 0
    bytes: int = 0
    seconds: float = 0.0
    status: str = "running"
    _started: float = field(default_factory=time.monotonic, repr=False)

    def counts(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("id", "status", "_started")}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def later(seconds: float) -> str:
    return iso(utcnow() + dt.timedelta(seconds=seconds))


def run_cycle(store: Store, config: Config, allow_private: bool = False, stop: threading.Event | None = None) -> Tally:
    """Fetch every due source once, store what is new in it, and record the cycle (``tocsin run --once``). The
    config's run settings (``run_workers``, ``per_host``, ``host_delay``, ``retries``…) say how politely;
    ``allow_private`` lets it reach private, loopback and link-local addresses (tests, an intranet)."""
    stop = stop or threading.Event()
    close_stale_runs(store)
    tally = Tally(f"run-{utcnow():%Y%m%dT%H%M%S%f}-{os.getpid()}")
    source_store.start_run(store, tally.id, socket.gethostname(), os.getpid())
    fetcher = Fetcher(max_bytes=config.max_bytes, allow_private=allow_private, time_limit=config.url_time_limit)
    polite = Polite(fetcher, config.per_host, config.host_delay, config.retries, config.retry_backoff, config.retry_max_wait)
    cycle = _Cycle(store, polite, Intake(store, config), tally, stop, config.batch_size)
    tally.status = "failed"  # unless it gets to the end
    try:
        cycle.run(query.due_sources(store, iso(utcnow())), config.run_workers)
        tally.status = "stopped" if stop.is_set() else "done"
    finally:
        tally.requests, tally.bytes = fetcher.requests, fetcher.received
        tally.seconds = round(time.monotonic() - tally._started, 3)
        source_store.update_run(store, tally.id, tally.counts(), tally.status)
    return tally


def close_stale_runs(store: Store) -> None:
    """Mark 'interrupted' the cycles recorded as running whose process is gone (on this host) or silent for an hour."""
    host, cutoff = socket.gethostname(), iso(utcnow() - dt.timedelta(seconds=STALE))
    dead = [r["id"] for r in query.running_runs(store)
            if (r["host"] == host and not _alive(r["pid"])) or (r["host"] != host and r["updated_at"] < cutoff)]
    source_store.mark_interrupted(store, dead)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: alive
    return True


class _Cycle:
    """The work of one cycle, source by source, in the calling thread; fetching in the pool."""

    def __init__(self, store: Store, polite: Polite, intake: Intake, tally: Tally, stop: threading.Event, settle_every: int):
        self.store, self.polite, self.intake, self.tally, self.stop = store, polite, intake, tally, stop
        self.settle_every = settle_every  # items taken between two reads and stores: a batch for the reader
        self.pool: ThreadPoolExecutor | None = None
        self.counted = (0, 0, 0)  # the intake's stored, duplicate and rejected, as last added to the tally

    def run(self, due: list[Source], workers: int) -> None:
        self.tally.sources = len(due)
        with ThreadPoolExecutor(max(1, workers), thread_name_prefix="tocsin-fetch") as self.pool:
            polls = {self.pool.submit(_poll, self.polite, source): source for source in due}
            for done in as_completed(polls):
                if self.stop.is_set():
                    break
                self.source(polls[done], *done.result())
                self.tally.requests, self.tally.bytes = self.polite.fetcher.requests, self.polite.fetcher.received
                source_store.update_run(self.store, self.tally.id, self.tally.counts())  # the heartbeat: counts so far
            if self.stop.is_set():  # what is queued is dropped; what is in flight ends within its time limit
                self.pool.shutdown(wait=False, cancel_futures=True)

    def source(self, source: Source, answer: Response | InputError, read: Answer | None) -> None:
        """Take one source's answer: a failure, a 304, or items (and named sources) to read."""
        if isinstance(answer, InputError):
            self.tally.errors += 1
            asked = answer.retry_after if isinstance(answer, Unavailable) and answer.retry_after else 0
            source_store.record_failure(self.store, source.url, answer.reason, later(max(asked, source.every)))
            return
        if answer.status == 304:
            self.tally.not_modified += 1
            source_store.record_answer(self.store, source, "304", later(source.every), False)
            return
        self.tally.fetched += 1
        if read.sources:
            found = [Source(url, kind, source.outlet, source.language, source.every) for url, kind in read.sources]
            source_store.add_discovered(self.store, found, iso(utcnow()))
        new_before = self.tally.new
        complete = self.entries(source, read)
        if complete is None:
            return  # stopped: the source stays due, and its answer is asked for again whole
        # an item left unfetched keeps the next request unconditional, so that the item is met again
        etag, modified = (answer.headers.get("etag"), answer.headers.get("last-modified")) if complete else (None, None)
        done = replace(source, kind=read.kind, etag=etag, last_modified=modified)
        source_store.record_answer(self.store, done, "200", later(source.every), self.tally.new > new_before)

    def entries(self, source: Source, read: Answer) -> bool | None:
        """Read a source's items not seen before. True if every one is now stored or seen; False if some page could
        not be fetched (tried again next cycle); None if the cycle was stopped."""
        fresh = read.kind == "page"  # a single page is read again whenever it changes; its text decides
        entries = list(read.entries) if fresh else self._unseen(read.entries)
        pages, marks = [], []
        for entry in entries:
            if self.stop.is_set():
                self._settle(marks)
                return None
            document = self._document(source, entry, entry.draft)
            if document is None:
                pages.append(entry)
            else:
                self._keep(marks, self._take(source, entry, document))
        complete = self._pages(source, pages, marks)
        self._settle(marks)
        return complete

    def _unseen(self, entries: tuple[Entry, ...]) -> list[Entry]:
        """The entries not seen before (by URL or normalized URL), each once; the rest are counted as known."""
        urls = [e.url for e in entries if e.url]
        seen = query.seen_urls(self.store, sorted(set(urls) | {normalize_url(u) for u in urls}))
        out, keys = [], set()
        for entry in entries:
            key = normalize_url(entry.url) if entry.url else None
            if key is not None and (key in seen or entry.url in seen or key in keys):
                self.tally.known += key not in keys
                continue
            keys.add(key)
            out.append(entry)
        return out

    def _document(self, source: Source, entry: Entry, draft) -> object | None:
        """The Document (or Rejection) a draft makes, with the source's hints; None when the item should be read
        from its page instead (the source carries no text, or too little)."""
        if draft is None:
            return None
        if isinstance(draft, InputError):
            return Rejection(draft.source, draft.reason)
        try:
            return to_document(_hinted(draft, entry, source))
        except InputError as e:
            return None if entry.url and draft.format == "feed" else Rejection(e.source, e.reason)

    def _take(self, source: Source, entry: Entry, document) -> list[tuple[str, str, str | None]]:
        """Hand a document (or rejection) to the intake; the seen marks to write once it is stored."""
        self.intake.take(document)
        doc_id = None if isinstance(document, Rejection) else document.id
        urls = {normalize_url(u) for u in (entry.url, getattr(document, "url", None)) if u}
        return [(u, source.url, doc_id) for u in sorted(urls)]

    def _pages(self, source: Source, pages: list[Entry], marks: list) -> bool | None:
        """Fetch the pages of items that carry no text of their own (in the pool, within the per-host limits) and
        take each in order. A page that cannot be fetched leaves its item unseen."""
        complete = True
        results = self.pool.map(partial(_page, self.polite), pages) if pages else ()
        for entry, got in zip(pages, results):
            if self.stop.is_set():
                return None
            if isinstance(got, InputError):
                self.tally.errors += 1
                complete = False
                continue
            self.tally.fetched += got.status == 200
            if got.status != 200:
                self._keep(marks, self._take(source, entry, Rejection(entry.url, f"the server answered HTTP {got.status}")))
            elif (document := self._page_document(source, entry, got)) is not None:
                self._keep(marks, self._take(source, entry, document))
        return complete

    def _keep(self, marks: list, mark: list) -> None:
        """Add an item's seen marks; a batch's worth is read, stored and marked at once."""
        marks.append(mark)
        if len(marks) >= self.settle_every:
            self._settle(marks)

    def _page_document(self, source: Source, entry: Entry, response: Response):
        """A fetched page's Document, or None when its canonical URL was seen already (counted a duplicate)."""
        draft = page_draft(response)
        if isinstance(draft, Draft) and draft.url and normalize_url(draft.url) != normalize_url(entry.url):
            if query.seen_urls(self.store, [normalize_url(draft.url), draft.url]):
                self.tally.duplicate += 1
                source_store.mark_seen(self.store, [(normalize_url(entry.url), source.url, None)])
                return None
        return self._document(source, entry, draft)

    def _settle(self, marks: list) -> None:
        """Read and store what was taken, then mark its items seen; count what became of them."""
        report = self.intake.report
        self.intake.flush()
        counted = (report.stored, report.already_stored + report.near_duplicates, len(report.rejected))
        self.tally.new += counted[0] - self.counted[0]
        self.tally.duplicate += counted[1] - self.counted[1]
        self.tally.rejected += counted[2] - self.counted[2]
        self.counted = counted
        source_store.mark_seen(self.store, [m for group in marks for m in group])
        marks.clear()


def _hinted(draft: Draft, entry: Entry, source: Source) -> Draft:
    """A draft with what the source said of the item (a sitemap's publication, date and language) over what the page
    says of itself, as ``draft_from_html`` lets a feed's metadata win; the source's own outlet and language (given
    when it was added) over both. The page's title stays: a listing's is often cut short."""
    return replace(draft, title=draft.title or entry.title, published=entry.published or draft.published,
                   outlet=source.outlet or entry.outlet or draft.outlet, language=source.language or entry.language or draft.language)


def _poll(polite: Polite, source: Source) -> tuple[Response | InputError, Answer | None]:
    """A source's answer (in a pool thread): the response, read when it is a 200, or the error that ended it."""
    try:
        response = polite.fetch(source.url, conditional(source.etag, source.last_modified))
        if response.status not in (200, 304):
            raise InputError(source.url, f"the server answered HTTP {response.status}")
        return response, read_answer(source.kind, response) if response.status == 200 else None
    except InputError as e:
        return e, None
    except Exception as e:  # noqa: BLE001 - a parser's bug on one hostile answer is that source's failure
        return InputError(source.url, f"cannot be read: {type(e).__name__}: {str(e)[:200]}"), None


def _page(polite: Polite, entry: Entry) -> Response | InputError:
    try:
        return polite.fetch(entry.url)
    except InputError as e:
        return e
