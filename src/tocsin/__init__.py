"""tocsin: a sourced record of who did what to whom, where and when, from public
reporting on transnational organized crime and targeted violence.

The public API is small and re-exported here; importing it loads no model.
The stages themselves are ``tocsin.ingest.ingest``, ``tocsin.read.read``,
``tocsin.resolve.resolve`` and the store from ``open_store``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Config": "tocsin.config",
    "load_config": "tocsin.config",
    "Document": "tocsin.models",
    "Entity": "tocsin.models",
    "Mention": "tocsin.models",
    "Rejection": "tocsin.models",
    "TocsinError": "tocsin.errors",
    "open_store": "tocsin.store",
    "run_ingest": "tocsin.pipeline",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'tocsin' has no attribute {name!r}")
