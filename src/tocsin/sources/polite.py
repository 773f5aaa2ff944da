"""Fetching for unattended runs, politely: per-host limits and backoff over the opt-in ``Fetcher``.

The Fetcher already refuses private addresses (unless allowed), obeys robots.txt and bounds each URL's time and
size. On top of it, for a cycle that asks one site many times:

- at most ``per_host`` requests to a host at once, and ``delay`` seconds between the starts of two;
- a 429 or a 5xx is tried again ``retries`` times, after the server's ``Retry-After`` (seconds or an HTTP date)
  or, without one, after ``backoff`` seconds doubling each time; each wait at most ``max_wait``. When every
  try fails, ``Unavailable`` says how long the server asked to be left alone, and the source waits that long.
"""

from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import Unavailable
from ..ingest.fetch import Fetcher, Response

RETRY = frozenset({429, 500, 502, 503, 504})


@dataclass
class Polite:
    fetcher: Fetcher
    per_host: int = 2
    delay: float = 1.0
    retries: int = 2
    backoff: float = 1.0
    max_wait: float = 60.0
    _hosts: dict[str, tuple[threading.Semaphore, list[float]]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """The answer to a GET (200, 304, 404 …) after the retries a 429 or 5xx earns; Unavailable if all failed."""
        wait = None
        for attempt in range(self.retries + 1):
            response = self._once(url, headers)
            if response.status not in RETRY:
                return response
            wait = retry_after(response.headers.get("retry-after"))
            if attempt < self.retries:
                time.sleep(min(self.max_wait, wait if wait is not None else self.backoff * 2 ** attempt))
        raise Unavailable(url, f"the server answered HTTP {response.status} {self.retries + 1} times", wait)

    def _once(self, url: str, headers: dict[str, str] | None) -> Response:
        gate, last = self._host(urlsplit(url).hostname or "")
        with gate:
            with self._lock:  # the next start to this host is at least ``delay`` after the last
                start = max(time.monotonic(), last[0] + self.delay)
                last[0] = start
            time.sleep(max(0.0, start - time.monotonic()))
            return self.fetcher.fetch(url, headers)

    def _host(self, host: str) -> tuple[threading.Semaphore, list[float]]:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = (threading.Semaphore(self.per_host), [float("-inf")])
            return self._hosts[host]


def retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for: a number, or an HTTP date from now; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def conditional(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The headers that make a request conditional on the validators of the last answer: an unchanged resource
    answers 304 with no body."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers
