"""Language detection with lingua, limited to the languages of the region's reporting."""

from __future__ import annotations

from functools import lru_cache

_CODES = {"ENGLISH": "en", "SPANISH": "es", "PORTUGUESE": "pt", "FRENCH": "fr"}
_SAMPLE = 800  # characters: lingua is confident well before this, and cost grows with length


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _CODES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when lingua cannot tell."""
    found = _detector().detect_language_of(text[:_SAMPLE])
    return _CODES.get(found.name, "und") if found is not None else "und"
