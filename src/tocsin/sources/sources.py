"""The sources stage: what tocsin follows, and running it with no one at the keyboard.

``add_source`` and ``import_opml`` say what to follow; ``run_once`` is one cycle and what follows it (link
what is new, run the watch rules, deliver the alerts); ``run_loop`` repeats it every so often until told to
stop (SIGTERM sets ``stop``: the cycle ends after the current document).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from ..config import Config
from ..errors import ConfigError, InputError
from ..ingest.fetch import opml_feeds
from ..ingest.sources import read_bytes
from ..models import Source
from ..store import Store
from ..store import sources as source_store
from .cycle import Tally, iso, run_cycle, utcnow
from .kinds import KINDS

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_EVERY = 60  # no source is polled more often than once a minute


def every_seconds(text: str, minimum: int = MIN_EVERY) -> int:
    """Seconds in a schedule written as 90s, 30m, 2h or 1d (or a bare number of seconds)."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", str(text).lower())
    if not match:
        raise ConfigError(f"{text!r} is not a period: write it as 90s, 30m, 2h or 1d")
    seconds = int(match.group(1)) * UNITS[match.group(2) or "s"]
    if seconds < minimum:
        raise ConfigError(f"{text!r} is too often: at least {minimum} s between two polls of a source")
    return seconds


def add_source(store: Store, url: str, outlet: str | None = None, language: str | None = None, every: int = 1800,
               kind: str = "auto") -> bool:
    """Follow ``url`` (due at once); True if it was not followed before, else its settings are changed."""
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise InputError(url, "a source is an http or https URL")
    if kind not in KINDS:
        raise ConfigError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if language is not None and not re.fullmatch(r"[a-z]{2}", language):
        raise ConfigError(f"language {language!r} is not a two-letter code (en, es)")
    return source_store.add_source(store, Source(url, kind, outlet, language, every), iso(utcnow()))


def import_opml(store: Store, path: str | Path, every: int = 1800, language: str | None = None) -> tuple[int, int]:
    """Follow every feed an OPML file lists: (added, already followed; those keep their settings)."""
    feeds = list(dict.fromkeys(opml_feeds(read_bytes(Path(path), 20_000_000), str(path))))
    for url in feeds:
        if urlsplit(url).scheme not in ("http", "https"):
            raise InputError(str(path), f"lists {url!r}: a source is an http or https URL")
    added = source_store.add_discovered(store, [Source(url, "feed", None, language, every) for url in feeds], iso(utcnow()))
    return added, len(feeds) - added


@dataclass
class Outcome:
    """One cycle and what followed it: the cycle's tally, the documents linked, the alerts raised and delivered."""

    tally: Tally
    linked: int = 0
    alerts: list = field(default_factory=list)
    delivered: dict = field(default_factory=dict)  # sent, retrying, dead


def run_once(store: Store, config: Config, rules=None, allow_private: bool = False,
             stop: threading.Event | None = None) -> Outcome:
    """One cycle over the due sources, then link what is new, run the watch rules (``rules``; None: no watch)
    and deliver the alerts due to their destinations. Stopped (``stop`` set), it ends with the cycle: the next
    run links, watches and delivers what this one stored."""
    from ..link import link
    from ..watch import watch
    from ..watch.delivery import deliver_due

    outcome = Outcome(run_cycle(store, config, allow_private, stop))
    if stop is not None and stop.is_set():
        return outcome
    outcome.linked = link(store).documents  # also what a killed or stopped cycle stored and did not link
    if rules is not None:
        outcome.alerts = watch(store, rules)
        outcome.delivered = deliver_due(store, rules.destinations)
    return outcome


def run_loop(store: Store, config: Config, every: int, rules=None, allow_private: bool = False,
             stop: threading.Event | None = None, report: Callable[[Outcome], None] | None = None) -> int:
    """``run_once`` every ``every`` seconds (a cycle that runs long starts the next at once) until ``stop`` is set:
    the number of cycles run."""
    stop = stop or threading.Event()
    cycles = 0
    while not stop.is_set():
        started = utcnow()
        outcome = run_once(store, config, rules, allow_private, stop)
        cycles += 1
        if report:
            report(outcome)
        while not stop.is_set() and (left := every - (utcnow() - started).total_seconds()) > 0:
            stop.wait(min(1.0, left))  # short waits: a signal handler's set() is seen within a second
    return cycles
