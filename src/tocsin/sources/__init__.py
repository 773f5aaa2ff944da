"""Sources: what tocsin follows unattended, and the cycles that read them (``tocsin sources``, ``tocsin run``)."""

from .cycle import Tally, run_cycle
from .kinds import KINDS, gdelt_url, normalize_url
from .sources import add_source, every_seconds, import_opml, run_loop, run_once

__all__ = ["KINDS", "Tally", "add_source", "every_seconds", "gdelt_url", "import_opml", "normalize_url",
           "run_cycle", "run_loop", "run_once"]
