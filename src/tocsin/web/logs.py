"""What ``tocsin serve --access-log`` writes: uvicorn's line per request, with any token taken out.

The desk never asks for a token in a URL, but a client may put one there
by mistake (``?token=...``), and the access log prints each request's path
with its query. Every query parameter whose name ends in "token" (token,
access_token, ...) is written ``token=REDACTED``, and so is a bearer or
basic credential, should a format ever log the Authorization header. The
filter is named in the logging configuration handed to uvicorn, so that
each worker process sets it up too.
"""

from __future__ import annotations

import copy
import logging
import re

REDACTED = "REDACTED"
_TOKEN_PARAM = re.compile(r"(?i)((?:^|[?&;\s])[^=&;\s?]*token=)[^&;\s\"']*")
_CREDENTIAL = re.compile(r"(?i)\b(bearer|basic)\s+[^\s\"',;]+")


def redact(text: str) -> str:
    """``text`` with the values of token query parameters and any credential replaced by REDACTED."""
    return _CREDENTIAL.sub(rf"\1 {REDACTED}", _TOKEN_PARAM.sub(rf"\1{REDACTED}", text))


class RedactTokens(logging.Filter):
    """Redact every string argument of a log record (uvicorn's access line keeps the path in its arguments)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def log_config() -> dict:
    """uvicorn's default logging configuration with RedactTokens on its access log."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redact_tokens"] = {"()": f"{__name__}.RedactTokens"}
    config["handlers"]["access"].setdefault("filters", []).append("redact_tokens")
    return config


__all__ = ["redact", "RedactTokens", "log_config", "REDACTED"]
