"""tocsin's exceptions, one tree.

    TocsinError                  anything tocsin raises on purpose
    ├── ConfigError              a setting is missing or malformed
    ├── InputError               one input cannot become a Document
    │   ├── UnreadableInput      empty, binary, undecodable or too large
    │   ├── NoArticleText        the input parsed but holds no article text
    │   └── Unavailable          the server said to come back later (429, 5xx) after the retries
    ├── StoreError               the store cannot be opened or written
    ├── NotFound                 a record asked for by id does not exist
    ├── BadQuery                 a filter, sort key or page asked of a query is not valid
    ├── AlreadyRunning           another `tocsin run` is in a cycle on the same store
    └── DeliveryError            an alert could not be handed to a destination (this attempt)

The library raises; only the CLI turns these into messages and exit codes.
"""

from __future__ import annotations


class TocsinError(Exception):
    """Base of every error tocsin raises on purpose."""


class ConfigError(TocsinError):
    """A setting is missing or malformed. The message says where tocsin looked."""


class InputError(TocsinError):
    """One input cannot become a Document. The batch goes on without it.

    ``source`` names the file (and line, for JSON Lines); ``reason`` is the
    short explanation stored with the rejection.
    """

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnreadableInput(InputError):
    """The input is empty, binary, undecodable or over the size limit. Check the file."""


class NoArticleText(InputError):
    """The input parsed but holds no article text. Check it is an article page."""


class Unavailable(InputError):
    """The server answered 429 or 5xx on every try. ``retry_after`` is how long it asked to be left alone (seconds,
    None if it did not say); the source is tried again then, not before."""

    def __init__(self, source: str, reason: str, retry_after: float | None = None):
        super().__init__(source, reason)
        self.retry_after = retry_after


class StoreError(TocsinError):
    """The store cannot be opened or written. Check the path and its permissions."""


class NotFound(TocsinError):
    """No record has that id. List ids with `tocsin docs` or `tocsin entities`."""


class BadQuery(TocsinError):
    """A filter, sort key or page asked of a query is not valid. The message says which and what is allowed."""


class AlreadyRunning(TocsinError):
    """Another `tocsin run` is in a cycle on this store (the message names its process and host). Two at once would
    ask every source twice; let it finish, or stop it (SIGTERM). A cycle whose process died is not counted."""


class DeliveryError(TocsinError):
    """An alert could not be handed to a destination this time (refused, unreachable, timed out). It is tried again
    with a longer wait; after the last try it goes to the dead letters (`tocsin deliveries --dead`, then --replay)."""
