"""The runner: ingest -> read -> resolve -> store, one short loop.

Each stage is a function of the previous stage's output. The runner holds
the store, so it is where already-stored and near-duplicate documents are
skipped before any NLP runs. Every document is saved in its own transaction
as soon as it is read, so an interrupted run loses at most the batch in
flight, and running it again picks up where it stopped.
"""

from __future__ import annotations

import os
from typing import Callable, Iterable

from .config import Config
from .errors import StoreError
from .ingest import read_path, walk
from .ingest.dedup import NearDuplicateIndex, signature, signature_bytes, signature_from_bytes
from .models import Document, IngestReport, Rejection, Repaired, Skipped
from .query.reads import outlet_divisions
from .read import prepare, read_many
from .read.home import Home, OutletHomes, divisions_named, outlet_key
from .resolve import resolve
from .store import Store

Progress = Callable[[str, int], None]  # (event, count): "total", "advance", "stored", ...


def count_files(paths: Iterable[str | os.PathLike], follow_links: bool = False) -> int:
    """Files under the paths, and URLs: the units a progress bar counts."""
    paths = list(paths)
    urls = sum(1 for p in paths if _is_url(str(p)))
    files = walk([p for p in paths if not _is_url(str(p))], follow_links)
    return urls + sum(1 for item in files if not isinstance(item, Rejection))


def _seed_index(store: Store, threshold: float) -> NearDuplicateIndex:
    index = NearDuplicateIndex(threshold)
    for doc_id, sig in store.signatures():
        index.add(doc_id, signature_from_bytes(sig))
    return index


class _Batch:
    """Documents waiting for the reader, with their signatures."""

    def __init__(self, store: Store, report: IngestReport, config: Config, progress: Progress):
        self.store, self.report, self.config, self.progress = store, report, config, progress
        self.docs: list[Document] = []
        self.sigs: dict[str, bytes] = {}
        # The divisions each outlet's documents name (read/home.py): read from the store when the outlet first comes
        # in a batch ("seeded"), then added as its documents are stored.
        self.homes = OutletHomes()
        self.seeded: set[str] = set()

    def add(self, doc: Document, sig: bytes) -> None:
        self.docs.append(doc)
        self.sigs[doc.id] = sig
        if len(self.docs) >= self.config.batch_size:
            self._full()

    def _full(self) -> None:
        self.flush()

    def _homes(self, docs: list[Document]) -> dict[str, Home]:
        """The home division of each outlet of ``docs`` that has one, from its documents stored so far."""
        named = {outlet_key(d.outlet, d.url) for d in docs if d.outlet and d.outlet.strip()}
        hosts = {outlet_key(None, d.url) for d in docs if not (d.outlet and d.outlet.strip())} - {None}
        if new := (named | hosts) - self.seeded:
            for outlet, url, divisions in outlet_divisions(self.store, named & new, hosts & new):
                self.homes.add(outlet_key(outlet, url), divisions)
            self.seeded |= new
        return {key: home for key in named | hosts if (home := self.homes.home(key)) is not None}

    def flush(self) -> None:
        self._store_all(read_batch(self.docs, self.config.batch_size, self._homes(self.docs)))
        self.docs, self.sigs = [], {}

    def _store_all(self, results) -> None:
        """Store read documents, one transaction each, each counted once: stored, already stored (another
        writer, another `tocsin ingest` into the same store, saved it since it was checked) or rejected."""
        for result in results:
            if isinstance(result, Rejection):  # a document the reader could not read
                _reject(result, self.store, self.report)
                continue
            doc, resolved = result
            try:
                saved = self.store.save(doc, resolved, self.sigs.pop(doc.id))
            except StoreError as e:  # one document the store refuses must not stop the batch
                _reject(Rejection(doc.source, f"could not be stored: {e}"), self.store, self.report)
                continue
            if saved:
                self.report.stored += 1
                self.progress("stored", 1)
                if (key := outlet_key(doc.outlet, doc.url)) in self.seeded:  # else its seeding will read it stored
                    self.homes.add(key, divisions_named(resolved.annotations.places))
            else:
                self.report.already_stored += 1


def read_batch(docs: list[Document], batch_size: int, homes: dict[str, Home] | None = None) -> list[tuple[Document, object] | Rejection]:
    """The read and resolve stages over one batch: what a worker process runs (its models load once, on first use).
    A document the reader fails on is a Rejection saying why, and the rest of the batch is read all the same.
    ``homes``: outlets' home divisions, learned from the documents stored before this batch (read/home.py)."""
    try:
        return [(doc, resolve(annotations)) for doc, annotations in read_many(docs, batch_size, homes=homes)]
    except Exception as e:  # noqa: BLE001 - whatever the reader fails with on one document is that document's rejection
        if len(docs) == 1:
            return [Rejection(docs[0].source, f"could not be read: {type(e).__name__}: {str(e)[:300]}")]
        return [result for doc in docs for result in read_batch([doc], 1, homes)]  # find the one that fails


def too_long(doc: Document, config: Config) -> Rejection | None:
    """A Rejection for a document over ``max_chars``, read by nobody (the parser's memory grows with its length)."""
    if len(doc.text) > config.max_chars:
        return Rejection(doc.source, f"too long to read: {len(doc.text):,} characters, over the limit of {config.max_chars:,}"
                                     " (max_chars)")
    return None


class _ParallelBatch(_Batch):
    """The same, with reading spread over worker processes: batches go out as they fill, at most two per
    worker in flight (memory stays bounded), and come back in order to this process, the only writer."""

    def __init__(self, store: Store, report: IngestReport, config: Config, progress: Progress, pool, workers: int):
        super().__init__(store, report, config, progress)
        self.pool, self.workers = pool, workers
        self.in_flight: list = []  # results on their way back, oldest first

    def _full(self) -> None:
        self._send()

    def _send(self) -> None:
        if self.docs:
            self.in_flight.append(self.pool.read(self.docs, self.config.batch_size, self._homes(self.docs)))
            self.docs = []
        while len(self.in_flight) > 2 * self.workers:
            self._receive()

    def _receive(self) -> None:
        self._store_all(self.in_flight.pop(0).get())

    def flush(self) -> None:
        self._send()
        while self.in_flight:
            self._receive()
        self.sigs = {}


class _Preread(_Batch):
    """Documents read elsewhere (a distributed job's shards), each with its annotations: stored as they pass
    the checks, nothing read again."""

    def __init__(self, *args):
        super().__init__(*args)
        self.annotations: dict[str, object] = {}

    def add(self, doc: Document, sig: bytes) -> None:
        self.sigs[doc.id] = sig
        self._store_all([(doc, self.annotations.pop(doc.id))])

    def flush(self) -> None:
        self.annotations, self.sigs = {}, {}


def _reject(rejection: Rejection, store: Store, report: IngestReport) -> None:
    """A rejection is data: reported, and stored until its source ingests cleanly."""
    report.rejected.append(rejection)
    store.record_rejection(rejection)


def _take(item, store: Store, report: IngestReport, index: NearDuplicateIndex, batch: _Batch, seen: set[str]) -> None:
    """Route one ingested item: a note (skipped, repaired), rejected, already stored, near-duplicate, or on to the reader."""
    if isinstance(item, Skipped):
        report.skipped[item.reason] = report.skipped.get(item.reason, 0) + 1
        return
    if isinstance(item, Repaired):
        report.repaired.append(item)
        return
    if isinstance(item, Rejection):
        _reject(item, store, report)
        return
    report.read += 1
    refused = too_long(item, batch.config)
    if refused is not None:
        _reject(refused, store, report)
        return
    if item.id in seen or store.has_document(item.id):
        report.already_stored += 1
        return
    seen.add(item.id)
    sig = signature(item.text)
    while (near := index.match(sig)) is not None:
        if near[0] in batch.sigs:
            batch.flush()  # the original must be stored before a duplicate can point to it
        if store.has_document(near[0]):
            report.near_duplicates += 1
            store.record_duplicate(item, *near)
            return
        index.remove(near[0])  # its original was rejected: this one is read in its place
    index.add(item.id, sig)
    batch.add(item, signature_bytes(sig))


def _is_url(path: str) -> bool:
    return str(path).lower().startswith(("http://", "https://"))


def _from_url(url: str, fetcher, fetched: set[str]) -> Iterable[Document | Rejection | Skipped]:
    """Documents from a URL, or Rejections: without a fetcher, reading the network was not asked for.
    ``fetched`` is the run's set of URLs fetched, so that no feed is fetched twice however many lists name it."""
    from .ingest.fetch import drafts_from_url
    from .ingest.ingest import documents_from, guarded

    if fetcher is None:
        yield Rejection(url, "a URL: reading from the network is opt-in (tocsin ingest --fetch)")
        return
    yield from guarded(url, "URL", documents_from(drafts_from_url(url, fetcher, fetched)))


def run_ingest(paths: list[str], store: Store, config: Config, progress: Progress | None = None, fetcher=None,
               workers: int = 1) -> IngestReport:
    """Ingest every article under ``paths`` (files, folders, and URLs when ``fetcher`` is given: the network
    is opt-in) into ``store``; the report says what happened. With ``workers`` > 1 the reading runs in that
    many processes; this one stays the only writer, and a run killed at any point resumes where it stopped."""
    if workers > 1:
        pool = _Readers(workers)
        try:
            report = _run(paths, store, config, progress, fetcher, lambda *a: _ParallelBatch(*a, pool, workers))
            pool.close()
            return report
        finally:
            pool.terminate()  # after an error (once joined, nothing is left to stop)
    return _run(paths, store, config, progress, fetcher, _Batch)


class _Readers:
    """The reading processes, started when the first batch is ready to go. Where processes can be forked, this
    process first loads what reading that batch needs (the pipelines of its languages, the event gate), as a
    reader would at its first document: forked after it, the readers share those instead of each loading its own.
    Elsewhere (no fork) they start fresh and load their own, as before."""

    def __init__(self, workers: int):
        self.workers = workers
        self._pool = None

    def read(self, docs: list[Document], batch_size: int, homes: dict[str, Home]):
        """``read_batch`` of the documents in a reader; the result, on its way back."""
        if self._pool is None:
            import multiprocessing

            forked = "fork" in multiprocessing.get_all_start_methods()
            if forked:
                prepare({doc.language for doc in docs})
            self._pool = multiprocessing.get_context("fork" if forked else None).Pool(self.workers)
        return self._pool.apply_async(read_batch, (docs, batch_size, homes))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()  # the workers finish and leave: terminating them at once could kill one holding the task
            self._pool.join()   # queue's lock, and the pool then waits forever for another blocked on it

    def terminate(self) -> None:
        if self._pool is not None:
            self._pool.terminate()


def _run(paths: list[str], store: Store, config: Config, progress: Progress | None, fetcher, make_batch) -> IngestReport:
    progress = progress or (lambda event, n: None)
    report = IngestReport()
    index = _seed_index(store, config.near_duplicate_threshold)
    batch = make_batch(store, report, config, progress)
    seen: set[str] = set()
    urls = [p for p in paths if _is_url(p)]
    paths = [p for p in paths if not _is_url(p)]
    fetched: set[str] = set()
    for url in urls:
        for item in _from_url(url, fetcher, fetched):
            _take(item, store, report, index, batch, seen)
        progress("advance", 1)
    for path in walk(paths, config.follow_links):
        items = [path] if isinstance(path, Rejection) else read_path(path, config)
        for item in items:
            _take(item, store, report, index, batch, seen)
        progress("advance", 1)
    batch.flush()
    return report


def store_documents(items: Iterable[Document | Rejection], store: Store, config: Config) -> IngestReport:
    """The same runner over documents already made (an article posted to the API): rejected, already
    stored, near-duplicate or read and stored, each counted in the report."""
    return _store_made(items, store, _Batch(store, IngestReport(), config, lambda event, n: None))


def store_read(items: Iterable, store: Store, config: Config, progress: Progress | None = None) -> IngestReport:
    """The runner's checks and writes over documents already read: (Document, Resolved) pairs and Rejections,
    as ``tocsin load`` brings them from a distributed job. Already stored, near-duplicate or stored, each counted."""
    return _store_made(items, store, _Preread(store, IngestReport(), config, progress or (lambda event, n: None)))


class Intake:
    """The runner's checks and writes for documents that arrive a few at a time (a cycle over sources): one
    near-duplicate index and one report for the whole cycle, read and stored whenever ``flush`` is called."""

    def __init__(self, store: Store, config: Config):
        self.report = IngestReport()
        self.batch = _Batch(store, self.report, config, lambda event, n: None)
        self.index: NearDuplicateIndex | None = None  # seeded from the store at the first document: a cycle with
        self.seen: set[str] = set()                    # nothing new never reads every signature

    def take(self, item: Document | Rejection) -> None:
        if self.index is None:
            self.index = _seed_index(self.batch.store, self.batch.config.near_duplicate_threshold)
        _take(item, self.batch.store, self.report, self.index, self.batch, self.seen)

    def flush(self) -> None:
        """Read and store every document taken so far, each in its own transaction."""
        self.batch.flush()


def _store_made(items: Iterable, store: Store, batch: _Batch) -> IngestReport:
    """Route documents that need no file reading through ``_take``; a (Document, Resolved) pair brings its
    annotations to a ``_Preread`` batch, which stores them if the document is taken."""
    index = _seed_index(store, batch.config.near_duplicate_threshold)
    seen: set[str] = set()
    for item in items:
        if isinstance(item, tuple):
            doc, resolved = item
            batch.annotations[doc.id] = resolved
            _take(doc, store, batch.report, index, batch, seen)
            batch.annotations.pop(doc.id, None)  # not taken: stored already, or a near-duplicate
        else:
            _take(item, store, batch.report, index, batch, seen)
    batch.flush()
    return batch.report
