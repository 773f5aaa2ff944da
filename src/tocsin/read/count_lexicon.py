"""How a language writes counts of the dead and the hurt, as data: its number words (``NUMBER_WORDS``), the words
around a count (``COUNT_FORMS``) and the words of the dead and the hurt (``DEAD``, ``HURT``), read by
``events/words.py`` and ``link/counts.py``."""

from __future__ import annotations

# Counts of the dead and the hurt. Vague words follow ACLED's rules: the
# lowest figure; several/few = 3, many = 10, dozens = 12, hundreds = 100.
NUMBER_WORDS = {
    "en": {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12,
        "dozen": 12, "dozens": 12, "dozens of": 12, "several": 3, "a few": 3, "few": 3, "many": 10, "scores": 20,
        "hundreds": 100, "no one": 0, "nobody": 0, "none": 0, "a pair of": 2, "both": 2, "a couple of": 2, "couple": 2,
    },
    "es": {
        "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
        "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
        "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
        "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "una docena": 12, "docena": 12,
        "decenas": 12, "decenas de": 12, "varios": 3, "varias": 3, "unos pocos": 3, "pocos": 3, "muchos": 10, "muchas": 10,
        "cientos": 100, "centenares": 100, "nadie": 0, "ninguno": 0, "ninguna": 0, "ambos": 2, "ambas": 2, "un par de": 2,
    },
}

# How a language writes counts of the dead and the hurt around the numbers (``events.count``).
COUNT_FORMS = {
    "en": {
        "lead": r"(?:at least |more than |some |about |nearly |around |up to |as many as )?",
        "be": r"were|was|are|is|have been|had been|being", "kill": r"killing|killed|kills|murdering|murdered",
        "left": r"leaving|left", "dead": r"dead", "bodies": r"(?:bodies|remains) of", "toll": r"death toll|toll",
        "hurt_verb": r"injuring|wounding", "units": r"years?|days?|months?|hours?|kilos?|tons?|percent|%|times", "and": r"and",
        "zero_dead": r"(?!)", "zero_hurt": r"(?!)",
    },
    "es": {
        "lead": r"(?:al menos |más de |unos |unas |cerca de |alrededor de |hasta )?",
        "be": r"fueron|eran|son|han sido|habían sido|resultaron|quedaron|murieron",
        "kill": r"mataron a|mató a|asesinaron a|asesinó a|ejecutaron a|acribillaron a", "left": r"dejó|dejaron|deja|dejan|dejando",
        "dead": r"muert[oa]s|fallecid[oa]s|v[ií]ctimas mortales", "bodies": r"(?:cuerpos|cad[aá]veres|restos) de",
        "toll": r"saldo|cifra de (?:muertos|v[ií]ctimas)", "hurt_verb": r"hirieron a|hirió a|hiriendo a",
        "units": r"años?|días?|meses|horas?|kilos?|toneladas?|por ciento|%|veces", "and": r"y|e",
        "zero_dead": r"\b(?:no (?:dejó|dejaron|hubo|hay|se registraron|se reportaron)|sin) (?:muertos|víctimas mortales|fallecidos)\b",
        "zero_hurt": r"\b(?:no (?:dejó|dejaron|hubo|hay|se registraron|se reportaron)|sin) (?:heridos|lesionados)\b",
    },
}

# The words of the dead and of the hurt
DEAD = {
    "en": r"killed|dead|murdered|slain|died|bodies|lifeless|executed|shot dead|deaths?|fatalities|victims were killed|were found dead",
    "es": r"muert[oa]s|muertes|fallecid[oa]s|asesinad[oa]s|sin vida|cad[aá]veres|cuerpos|v[ií]ctimas mortales|murieron|ejecutad[oa]s",
}
HURT = {"en": r"injured|wounded|hurt|injuries|hospitali[sz]ed", "es": r"herid[oa]s|lesionad[oa]s|hospitalizad[oa]s"}
