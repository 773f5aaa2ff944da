"""One typed config object, resolved once: defaults, then file, then
environment, then flags.

The file is ``tocsin.toml`` in the working directory (or the path in
``TOCSIN_CONFIG``), with a ``[tocsin]`` table using the field names below.
Environment variables are ``TOCSIN_<FIELD>`` in upper case.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Config:
    store: str = "tocsin.db"
    """Where records are kept: a SQLite file path, or a ``postgresql://`` URL (``?schema=NAME`` to keep a
    desk's tables in their own schema)."""

    max_bytes: int = 20_000_000
    """Inputs larger than this many bytes are rejected, unread."""

    max_chars: int = 1_000_000
    """Documents longer than this many characters after cleaning are rejected before reading (spaCy's parser
    needs about 1 GB per 100,000 characters; no news article comes near)."""

    near_duplicate_threshold: float = 0.85
    """Estimated Jaccard similarity of word 5-shingles at which a document is
    a near-duplicate of one already stored and is skipped."""

    batch_size: int = 32
    """Documents handed to spaCy at once."""

    follow_links: bool = False
    """Read what links under a folder lead to outside it. Off, such a link is rejected, saying so: a folder
    of articles from elsewhere may hold a link to /etc/passwd or to a home directory."""

    run_workers: int = 8
    """Sources `tocsin run` fetches at once (threads), within the per-host limits below."""

    per_host: int = 2
    """Requests `tocsin run` makes to one host at once."""

    host_delay: float = 1.0
    """Seconds between the starts of two requests `tocsin run` makes to one host."""

    retries: int = 2
    """More tries after a 429 or a 5xx, each after the server's Retry-After, else after ``retry_backoff``."""

    retry_backoff: float = 1.0
    """Seconds before the first retry when the server asks for no wait of its own, doubling after each."""

    retry_max_wait: float = 60.0
    """The longest wait before a retry, whatever a server's Retry-After asks."""

    url_time_limit: float = 60.0
    """Seconds for one URL in `tocsin run`, all in: robots.txt, redirects, connects, headers and body."""


_BOOLEANS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}


def _coerce(name: str, raw: Any, where: str) -> Any:
    kind = type(getattr(Config, name))
    if kind is bool and not isinstance(raw, bool):  # bool("false") is True
        if str(raw).strip().lower() not in _BOOLEANS:
            raise ConfigError(f"{name}={raw!r} from {where} is not a bool (true or false)")
        return _BOOLEANS[str(raw).strip().lower()]
    try:
        return kind(raw)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{name}={raw!r} from {where} is not a {kind.__name__}") from e


def _from_file(path: Path) -> dict[str, Any]:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tocsin", {})
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read config file {path}: {e}") from e
    known = {f.name for f in fields(Config)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"{path}: unknown settings {sorted(unknown)}; known: {sorted(known)}")
    return {k: _coerce(k, v, str(path)) for k, v in table.items()}


def config_path(cwd: Path | None = None) -> Path:
    """The config file: ``TOCSIN_CONFIG``, else ``tocsin.toml`` in the working directory (it may not exist)."""
    return Path(os.environ.get("TOCSIN_CONFIG") or (cwd or Path.cwd()) / "tocsin.toml")


def load_config(overrides: dict[str, Any] | None = None, cwd: Path | None = None) -> Config:
    """Resolve the config: defaults < file < environment < ``overrides`` (flags)."""
    values: dict[str, Any] = {}
    path = config_path(cwd)
    if path.is_file():
        values.update(_from_file(path))
    elif "TOCSIN_CONFIG" in os.environ:
        raise ConfigError(f"TOCSIN_CONFIG names {path}, which does not exist")
    for f in fields(Config):
        env = os.environ.get(f"TOCSIN_{f.name.upper()}")
        if env is not None:
            values[f.name] = _coerce(f.name, env, f"TOCSIN_{f.name.upper()}")
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return replace(Config(), **values)
