"""The words of time expressions, in English and Spanish: months, weekdays, numbers, units, quarters, references,
parts of the day and seasons (the tables `dates` reads; a language adds entries here, not code), and the shape of
a date that is part of a name."""

import calendar
import re

MONTHS = {
    **{m.lower(): i for i, m in enumerate(calendar.month_name) if m},
    **{m.lower(): i for i, m in enumerate(calendar.month_abbr) if m},
    "sept": 9,
    **{m: i + 1 for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split())},
    "setiembre": 9,
}
WEEKDAYS = {
    **{d.lower(): i for i, d in enumerate(calendar.day_name)},
    **{d: i for i, d in enumerate("lunes martes miercoles jueves viernes sabado domingo".split())},
}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cincuenta": 50,
    "several": "X", "many": "X", "few": "X", "varios": "X", "varias": "X", "muchos": "X", "muchas": "X",
    "pocos": "X", "unos": "X", "unas": "X",
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "forty": 40,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "trece": 13, "catorce": 14, "cuarenta": 40,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
}
# The tens and units joined by a hyphen: "twenty-four years ago" is 24 years, not four
NUMBERS.update({f"{tens}-{unit}": NUMBERS[tens] + NUMBERS[unit] for tens in ("twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety") for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")})
UNITS = {
    "day": "D", "days": "D", "dia": "D", "dias": "D", "week": "W", "weeks": "W", "semana": "W", "semanas": "W",
    "month": "M", "months": "M", "mes": "M", "meses": "M", "year": "Y", "years": "Y", "ano": "Y", "anos": "Y",
    "decade": "DE", "decades": "DE", "decada": "DE", "decadas": "DE", "hour": "H", "hours": "H", "hora": "H",
    "horas": "H", "minute": "MIN", "minutes": "MIN", "minuto": "MIN", "minutos": "MIN", "century": "CE", "siglo": "CE",
}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4}
REFS = {
    "now": "PRESENT_REF", "ahora": "PRESENT_REF", "currently": "PRESENT_REF", "actualmente": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "hoy en dia": "PRESENT_REF", "at present": "PRESENT_REF",
    "recently": "PAST_REF", "recientemente": "PAST_REF", "more recently": "PAST_REF", "mas recientemente": "PAST_REF",
    "current": "PRESENT_REF", "actual": "PRESENT_REF", "these days": "PRESENT_REF", "estos dias": "PRESENT_REF", "recently,": "PAST_REF", "the past": "PAST_REF",
    "el pasado": "PAST_REF", "former": "PAST_REF", "once": "PAST_REF", "previously": "PAST_REF", "anteriormente": "PAST_REF",
    "the future": "FUTURE_REF", "el futuro": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "pronto": "FUTURE_REF",
    "en el futuro": "FUTURE_REF", "in the future": "FUTURE_REF", "proximamente": "FUTURE_REF",
}


PARTS_OF_DAY = {
    "morning": "MO", "manana": "MO", "afternoon": "AF", "tarde": "AF", "evening": "EV", "night": "NI", "noche": "NI",
    "madrugada": "NI", "tonight": "NI", "overnight": "NI",
}
SEASONS = {"spring": "SP", "primavera": "SP", "summer": "SU", "verano": "SU", "autumn": "FA", "fall": "FA", "otono": "FA", "winter": "WI", "invierno": "WI"}


# A date or year that is part of a name: what someone owns, a model year ("her stolen 1989 Mercury Marquis", "a 2005
# Honda Civic"), or a
# name whose last word says it is one ("the March 23 Movement", "the 2015 Paris Agreement"); not the date of a
# happening named after its place ("in the 2019 El Paso shooting", "the 2016 Presidential election")
_OWNED = re.compile(r"(?:\b(?:a|an|his|her|their|its|my|our|your|stolen)\s+)$", re.I)
_NAME_AFTER = re.compile(r"[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|And|Or)\b)[A-Z][a-z]+")
_NAMED_THING = re.compile(r"(?:[ \t]+[A-Z][\w.'’-]*){0,3}?[ \t]+(?:Movement|Brigades?|Front|Accords?|Agreement|Act|Declaration|Revolution|"
                          r"Group|Commando|Battalion|Plan|Initiative|Operation)\b")


_A_MARCH = re.compile(r"March$")
_MARCHED_ON = re.compile(r"[ \t]+(?:on|for|to|against|from)[ \t]+(?:the[ \t]+)?[A-Z]")


# A part of a day a determiner takes into a noun phrase ("on the last night of the fair", "during an overnight shift"), or
# the night the days after it say ("overnight Saturday into Sunday"). "her" may be the object of the verb before ("shot
# her last night"): a determiner only after a preposition ("on her last night") or before "of" ("her last night of
# freedom"). "overnight" takes a noun only where the noun is no happening ("an overnight shift", not "the overnight
# attack")
_PART_IN_A_PHRASE = re.compile(r"\b(?:the|an?|his|their|its|my|our|your|every|(?:on|in|of|for|during|before|after|until|"
                               r"through|since)\s+her)\s+(?:(?:early|late)\s+)?(?:last|this)\s+(?:night|morning|afternoon|evening)$",
                               re.I)
_HERS_OF = re.compile(r"\bher\s+(?:(?:early|late)\s+)?(?:last|this)\s+(?:night|morning|afternoon|evening)$", re.I)
_OVERNIGHT_THING = re.compile(r"\b(?:the|an?|his|her|their|its|my|our|your|every)\s+overnight$", re.I)
_THING_AFTER = re.compile(r"\s+(?:shifts?|flights?|stays?|bus(?:es)?|trains?|trips?|ferry|ferries|journeys?|visits?|guests?|"
                          r"bags?|camps?|parking|delivery|shipping|stopovers?|accommodations?)\b", re.I)
_DAY_AFTER = re.compile(r"\s+(?:(?:on|from|into)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the time expression at text[start:end] is part of a name ("her 1989 Mercury", "the March 23 Movement") or
    of a noun phrase (``_PART_IN_A_PHRASE``): no time the story gives."""
    before = text[max(0, start - 24) : end]
    if _PART_IN_A_PHRASE.search(before) or _HERS_OF.search(before) and re.match(r"\s+of\b", text[end:]) \
            or _OVERNIGHT_THING.search(before) and _THING_AFTER.match(text, end) \
            or text[start:end].lower() == "overnight" and _DAY_AFTER.match(text, end):
        return True
    if _A_MARCH.match(text[start:end]) and _MARCHED_ON.match(text, end) and re.search(r"\bthe\s+$", text[max(0, start - 6) : start], re.I):
        return True  # "the March on Washington", "the March for Our Lives": a walk, not a month
    if not re.search(r"\d", text[start:end]):
        return False
    owned = bool(_OWNED.search(text[max(0, start - 12) : start])) and bool(_NAME_AFTER.match(text, end))
    return owned or bool(_NAMED_THING.match(text, end))
