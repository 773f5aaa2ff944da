"""The good a programme will do, told by those who back it: no forecast (docs/annotation.md §4, "predictions about the
effect of the speaker's own side's action").

"This funding will reduce gun violence", "the settlement will result in cleaner air", "the legislation is on track to
enable states to expand preschool", "these sanctions will disrupt the cartel's finances", "the new cameras are
expected to help officers solve cases": an instrument of policy (a law, a grant, a settlement, a strategy, an
operation) and the benefit it is meant to bring. Whoever claims that benefit argues for the instrument; the claim
is struck from the text the forecast patterns read, hedged or not ("is likely to", "is on track to", "could").
A benefit denied ("the bill will not reduce crime") is no forecast either: what it would foresee is a programme's
effect not coming, which the ledger has no kind for (the instrument's kind, a designation for "the sanctions will not
stop the cartel", with the denial lost, would say more than the source).

What stays a forecast:

- a harm or a side effect ("the law will push migrants into hiding", "the tariffs will hurt farmers", "the arrest
  will trigger a war"): no benefit claimed, and nobody plans it;
- an outsider's judgement: an analyst, an expert, a scholar, a critic or a study ("analysts say the sanctions will
  disrupt the cartel's finances") foresees what the programme's backers only promise;
- a benefit claimed of no instrument ("the truce will save lives", "the rain will help the crops").
"""

from __future__ import annotations

import re

# What a government, a court or an owner puts in place: the subject of the benefit claimed
_INSTRUMENTS = (
    r"(?:law|laws|bill|bills|act|legislation|ordinance|rule|rules|regulations?|policy|policies|order|orders|decree|reforms?|"
    r"funding|funds|grants?|investments?|money|dollars|budget|resources|settlement|agreement|deal|partnership|plan|strategy|"
    r"strategies|programs?|programmes?|initiatives?|efforts?|measures?|actions?|steps|sanctions|designations?|tariffs|"
    r"operations?|crackdown|surge|deployment|task force|campaign|proposal|controls|upgrades?|improvements|changes|"
    r"cameras|technology|equipment|training|center|centre|facility|wall|barrier|fence|proceeds|partnerships|framework|"
    r"commitments?|announcement|package|agenda|executive order|proclamation|guidelines?|guidance|standards|"
    # a work or an arrangement proposed or built: a project's good, told by those who build or propose it
    r"systems?|projects?|renovations?|expansion|extension|development|resort|bridge|road|roadway|route|relationship|"
    r"service|services|garden|building|stores?|idea|move)"
)
# The benefit: what the instrument is meant to bring about
_BENEFITS = (
    r"(?:help|helps|enable|allow|reduce|decrease|cut|lower|save|improve|protect|prevent|deter|strengthen|enhance|boost|"
    r"result in|disrupt|dismantle|stem|curb|combat|address|ensure|keep|create|expand|provide|deliver|bring|restore|"
    r"transform|benefit|support|advance|secure|increase access|make (?:it|our|the|communities|streets|schools|america|"
    r"\w+ (?:safer|easier|harder|stronger|more))|make (?:\w+ )?(?:safer|easier|harder|stronger|more)|"
    r"have (?:a|an) (?:\w+ )?(?:impact|effect|difference)|"
    r"assist|afford|attract|end up (?:saving|helping|reducing|improving|making)|make (?:a|an) (?:\w+ )?(?:improvement|difference)|"
    r"put (?:\w+ ){1,2}in a (?:\w+ )?(?:better|stronger) position|be (?:\w+ )?(?:easier|safer|cheaper|better|more (?:efficient|"
    r"comfortable|convenient|accessible|affordable|reliable|secure))|be (?:a|an) (?:\w+ )?(?:landmark|attraction|asset|boon|"
    r"improvement|place where))"
)
# A future or a hedge between the instrument and its benefit ("will", "is on track to", "are expected to", "could")
_WILL = (r"(?:will|'ll|would|could|can|may|might|is going to|are going to|(?:is|are) (?:\w+ )?(?:expected|projected|likely|"
         r"set|poised|on track|on pace|designed|intended|meant) to)")
_CLAIMED = re.compile(r"\b(?:the|this|these|that|those|our|its|their|his|her|new|a|an)\b(?P<owner>[^.;:]{0,60}?)\b" + _INSTRUMENTS +
                      r"(?:\b[^.;:]{0,60}?\b|,[^.;:]{0,140}?,\s*)" + _WILL + r" (?:(?:also|now|soon|further|directly|significantly|\w+ly) )*"
                      r"(?:help (?:to )?)?(?P<benefit>" + _BENEFITS + r")\b(?P<rest>[^.;]*)")
# A step proposed, told as a doing at the head of its clause ("extending the deadline will assist them", "bringing back
# tolls would help assure…"): the good its proposers claim for it
_DOING = re.compile(r"(?:^|[,;:\"“(\[]\s*|\b(?:and|but|that|because)\s+)\[?(?P<owner>[a-z]+ing\b[^.;:]{0,140}?)\]?\s*\b" + _WILL +
                    r" (?:(?:also|now|soon|further|directly|significantly|\w+ly) )*(?:help (?:to )?)?(?P<benefit>" + _BENEFITS +
                    r")\b(?P<rest>[^.;]*)")
# A programme of the other side ("the cartel's operations will expand", "the gang's efforts will help it control the port"):
# what it gains is foreseen, not claimed
_CRIMINAL = re.compile(r"\b(?:gangs?|cartels?|groups?|militants?|militias?|terrorists?|traffickers?|smugglers?|criminals?|rebels?|"
                       r"enemy|enemies|regime|insurgents?|mafias?|syndicates?|networks?)\b")
# Who judges from outside: their word on a programme's good is a forecast
_OUTSIDERS = re.compile(r"\b(?:analysts?|experts?|scholars?|researchers?|economists?|critics?|observers?|professors?|"
                        r"commentators?|columnists?|study|studies|report|think tank|institute|opponents?|skeptics?)\b", re.I)


def without_claimed_benefits(low: str, speaker: str | None) -> str:
    """A lower-cased English claim without the benefits its speaker claims for a programme (the module's list); an
    outsider's claim is kept whole."""
    if speaker and _OUTSIDERS.search(speaker):
        return low
    low = _CLAIMED.sub(lambda m: m.group(0) if _theirs(m) else " ", low)
    return _DOING.sub(lambda m: m.group(0) if _theirs(m) or _UNDOING.match(m.group("owner")) else " ", low)


# A doing that is no step anyone proposes: a harm, or a word in -ing that is no doing ("nothing", "something")
_UNDOING = re.compile(r"(?:killing|shooting|fighting|bombing|kidnapping|trafficking|smuggling|thing|nothing|something|anything|"
                      r"everything|morning|evening|building|during|according|being)\b")


# What helps someone: whom it helps ("will help the gangs recruit", "could allow traffickers to move") is a harm foreseen
_HELPING = re.compile(r"(?:help|helps|enable|allow|support|benefit|provide|give|bring|keep)\b")


# What a programme brings that is no good: a harm foreseen ("the resort would bring more traffic and crime", "the
# development will create congestion"), which nobody claims as a benefit
_BRINGING = re.compile(r"(?:bring|create|attract|afford|provide|deliver|expand|keep|result in|increase access)\b")
_HARMS = re.compile(r"\b(?:crime|crimes|violence|traffic|congestion|noise|pollution|costs?|problems?|harm|damage|dangers?|risks?|"
                    r"burdens?|debt|deficits?|unemployment|layoffs|drugs|gangs?|flooding|chaos|disorder|blight|losses)\b")


def _theirs(m: re.Match) -> bool:
    """Whether the programme is the other side's, or the good it does goes to the other side, or what it brings is a
    harm."""
    helped = " ".join(m.group("rest").split()[:3])
    harmful = _BRINGING.match(m.group("benefit")) and _HARMS.search(" ".join(m.group("rest").split()[:6]))
    return bool(_CRIMINAL.search(m.group("owner")) or _HELPING.match(m.group("benefit")) and _CRIMINAL.search(helped) or harmful)
