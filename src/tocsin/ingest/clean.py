"""Text normalization and boilerplate removal.

The cleaner works on lines. It drops what a reader would not count as the
article: promo headlines of other stories inserted between paragraphs (short
all-caps lines), app and newsletter invitations, share and follow lines,
"read more" pointers. It keeps datelines ("LIMA, Peru —") because they open a
paragraph rather than stand alone.
"""

from __future__ import annotations

import re
import unicodedata

_PROMO_PATTERNS = [
    r"click here\b.*",
    r"(download|get) (our|the) .*\bapp\b.*",
    r".*\b(sign up|subscribe)\b.*\b(newsletter|alerts?|updates|today|now)\b.*",
    r"subscribe( now| today)?[.!]?",
    r"(share|tweet|email) (this|on)\b.*",
    r"share( this)?( article| story)?[:.!]?",
    r"follow us on\b.*",
    r"(read|see|watch) (more|also|next)\s*[:|»>-].*",
    r"(related|more from|recommended|trending|advertisement|sponsored)\s*(stories|content|:|$).*",
    r"also read\s*[:|»>-]?.*",
    r"(copyright|©).*|all rights reserved\.?",
    r"(suscr[ií]bete|s[ií]guenos|comparte esta|descarga (la|nuestra) app|lee tambi[eé]n|te puede interesar|publicidad)\b.*",
]
_PROMO = re.compile(r"^\s*(?:" + "|".join(_PROMO_PATTERNS) + r")\s*$", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalize(text: str) -> str:
    """NFC, Unix newlines, no control characters, single spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def is_promo_headline(line: str) -> bool:
    """A short line in capitals standing alone: a headline of another story."""
    letters = [c for c in line if c.isalpha()]
    words = line.split()
    if len(letters) < 8 or not 2 <= len(words) <= 14:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.85 and not line.rstrip().endswith(("—", "–", "-"))


def is_boilerplate(line: str) -> bool:
    return bool(_PROMO.match(line)) or is_promo_headline(line)


def clean(text: str) -> tuple[str, int]:
    """Normalized text without boilerplate lines, and how many lines were dropped."""
    kept, dropped = [], 0
    for line in normalize(text).split("\n"):
        if line and is_boilerplate(line):
            dropped += 1
            continue
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip(), dropped
