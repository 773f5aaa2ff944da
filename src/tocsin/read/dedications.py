"""Dedications: a saint's name that names a church, not a town. "The church of St. Peter and St. Paul" is no Saint
Peter, Minnesota, nor Saint Paul; "St. Mark's Cathedral", "la iglesia de San Pedro" name a building after a saint, and
the building stands wherever the text puts it. A saint's town written as a town stays one ("in St. Paul", "St. Louis
police"), and so does a parish, a division in Louisiana ("St. Tammany Parish") and a parroquia in Venezuela.
"""

from __future__ import annotations

import re

_SAINT = re.compile(r"(?:Saints?|Sts?\.?|Ste\.?|Sainte|San|Santa|Santo|Sao|São)\s+[A-ZÁÉÍÓÚ]")
# Buildings and feasts dedicated to a saint, in both languages; and the churches a building's name may say it belongs to
_BUILDINGS = ("Church", "Cathedral", "Basilica", "Chapel", "Abbey", "Monastery", "Shrine", "Convent")
_DEDICATIONS = (*_BUILDINGS, "Feast", "Iglesia", "Catedral", "Basílica", "Capilla", "Santuario", "Convento", "Monasterio", "Ermita",
                "Templo")
_CHURCHES = ("Roman Catholic", "Catholic", "Coptic", "Orthodox", "Greek Orthodox", "Russian Orthodox", "Episcopal", "Lutheran",
             "Methodist", "Baptist", "Anglican", "Presbyterian")
_ONE_SAINT = r"(?:Saints?|Sts?\.?|San|Santa|Santo)\s+[A-ZÁÉÍÓÚ][\w’'.]*(?:['’]s)?"
# Before the name: "the church of", "Cathedral of", "iglesia de"; a second saint of one dedication after "and" ("the
# church of St. Peter and St. Paul")
_DEDICATED_BEFORE = re.compile(r"\b(?i:" + "|".join(_DEDICATIONS) + r")\s+(?:of|de|del)\s+(?:the\s+|la\s+)?"
                               rf"(?:{_ONE_SAINT}\s+(?:and|&|y|e)\s+)?$")
# After the name: "St. Mark's Cathedral", "St. Joseph Catholic Church"
_DEDICATED_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:" + "|".join(_CHURCHES) + r")\s+)*(?:" + "|".join(_BUILDINGS) + r")\b")


def dedicated(text: str, start: int, end: int) -> bool:
    """Whether the saint's name written at start:end names a church or a feast rather than a place."""
    if not _SAINT.match(text, start, end):
        return False
    return bool(_DEDICATED_BEFORE.search(text, max(0, start - 60), start) or _DEDICATED_AFTER.match(text, end))
