"""The attacks told by their weapon, in English, as data: the bombing, arson, shooting and armed-clash rows of
``event_lexicon.TRIGGERS``, kept in its order of precedence where it unpacks ``WEAPONS_EN``.
"""

from __future__ import annotations

# What a strike told by no kind of weapon hits, for it to be an armed one ("strikes against Houthi terrorists",
# "strikes on ISIS camps", "strikes against fentanyl-trafficking vessels"): not a labour strike ("strikes against the
# company", "strikes on the Lima metro") nor a count of faults ("four strikes against him")
MILITARY_TARGETS = (r"targets?|positions?|camps?|bases?|strongholds?|hideouts?|militants?|terrorists?|fighters?|insurgents?|"
                    r"rebels?|jihadis(?:ts)?|militias?|vessels?|boats?|facilities|depots?|installations?|compounds?|"
                    r"launchers?|arsenals?|infrastructure")
# the words between "strikes on" and what it hits, none of which starts a phrase of its own ("strikes against the
# company at two facilities")
_BEFORE_TARGET = r"(?:(?!(?:at|in|on|of|for|by|with|from|to|over|after|near|and|or)\s)[\w’'-]+ ){0,4}?"

WEAPONS_EN = [
    ("attack", "bombing",
     r"(?:air|drone|missile|rocket)[ -]?strikes?|"
     r"(?:military|targeted|precision|retaliatory|pre-?emptive|kinetic|lethal|naval|artillery) strikes?\b|"
     r"strikes (?:against|on)(?= " + _BEFORE_TARGET + r"(?:" + MILITARY_TARGETS + r")\b)|"
     r"bomb(?:s|ed|ing|ings)?|car bomb|explod(?:ed|es|ing)|explosive devices?|grenades?|detonat(?:ed|ion)|dynamite|blasts?|"
     r"explosions?|shell(?:ed|ing)(?! out)|"
     r"bombard(?:ed|ing|ments?)(?! (?:with|by (?:\w+ )?(?:calls|messages|questions|complaints|e-?mails|requests|letters|criticism)))"),
    ("attack", "arson",
     r"arson|set fire to|set (?:\w+ ){0,3}(?:on fire|ablaze)|"
     r"burn(?:s|ed|t|ing)? (?:\w+ ){0,3}(?:vehicles?|buses|cars|trucks|homes?|houses?|shops?|stores?)|"
     r"torch(?:ed|ing)|firebomb(?:ed|ing)?|burned down|burn(?:ed|t) to the ground"),
    ("attack", "shooting",
     r"opened fire|open fire|fired (?:shots )?(?:on|at(?! (?:least|most)\b)|into)|"
     # "came under heavy gunfire", "came under fire from inside a house", "came under fire from two gunmen"
     r"came under (?:heavy |sustained |intense )?(?:(?:gun|rocket|mortar|sniper|artillery|small-arms) ?fire\b|"
     r"fire(?= from (?:inside|within|behind) (?:an? |the )(?:[\w-]+ )?"
     r"(?:house|home|residence|apartment|building|vehicle|car|truck|van|store|bar|compound)s?\b)|"
     r"fire(?= from (?:inside |within |behind )?(?:an? |the |two |three |several )?(?:[\w-]+ )?[\w-]*?"
     r"(?:gunm[ae]n|shooters?|snipers?|suspects?|militants?|insurgents?|assailants?|attackers?)\b))|"
     r"shootings?|shot|shooting|gunfire|sprayed .{0,20}bullets|"
     r"fired (?:an? |two |three |several |multiple )?(?:rockets?|missiles?|mortars?|rounds|bullets|shells) (?:at|on|into)|"
     r"riddled with (?:bullet holes|bullets?|gunfire)"),
    ("attack", "armed clash", r"clash(?:es|ed)?|shootouts?|gun ?battles?|gunfights?|firefights?"),
]
