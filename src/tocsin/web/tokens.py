"""The write token: how strong it must be, and how the server keeps it.

A token guessable in a few million tries would hand the store to anyone who
can reach the desk, so a weak one is refused when the server starts (see
``RULE``). The server keeps only the token's SHA-256 digest: a worker
process is given the digest, never the token, so the token is not in any
worker's environment, and a presented token is checked by comparing digests
in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from ..errors import ConfigError

MIN_LENGTH = 43  # 32 random bytes written in URL-safe base64
MIN_DISTINCT = 10  # fewer different characters than this is a pattern, not randomness
HOW = "python -c \"import secrets; print(secrets.token_urlsafe(32))\""
RULE = (f"a write token must be at least {MIN_LENGTH} characters of printable ASCII without spaces, with at least"
        f" {MIN_DISTINCT} different characters (32 random bytes in URL-safe base64 are 43); make one with: {HOW}")


@dataclass(frozen=True)
class WriteToken:
    """The write token as the server holds it: its SHA-256 digest only."""

    digest: bytes

    @classmethod
    def of(cls, token: str) -> WriteToken:
        """Check ``token`` against ``RULE`` and keep its digest. Raises ConfigError saying the rule."""
        check(token)
        return cls(_digest(token))

    @classmethod
    def from_hex(cls, digest: str) -> WriteToken:
        """The digest as ``tocsin serve`` passes it to its worker processes (already checked there)."""
        try:
            raw = bytes.fromhex(digest)
        except ValueError:
            raw = b""
        if len(raw) != hashlib.sha256().digest_size:
            raise ConfigError("the write token's digest given to a worker is not a SHA-256 digest in hex")
        return cls(raw)

    def admits(self, presented: str) -> bool:
        """Whether ``presented`` is the token, compared in constant time (as digests, so whatever its length)."""
        return hmac.compare_digest(_digest(presented), self.digest)


def check(token: str) -> None:
    """Refuse a token too short, outside printable ASCII, or of too few different characters."""
    printable = all("!" <= c <= "~" for c in token)
    if len(token) < MIN_LENGTH or not printable or len(set(token)) < MIN_DISTINCT:
        raise ConfigError(f"the write token is refused: {RULE}")


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


__all__ = ["WriteToken", "check", "RULE", "HOW"]
