"""Rules told in the future: what someone will have to, get to or be required to do foretells nothing (docs/annotation.md
§4, "rules told in the future").

"Applicants will be required to submit two documents", "the girls will have six weeks to sell tickets", "the winner
will get to ride in the parade", "the committee would have to approve the resolution", "students would be forgiven for
missed days": a duty, a permission, a time allowed or a dispensation is what a rule or an arrangement lays down, not a
happening nobody controls. Such a future, to the end of its clause, is struck from the text the forecast patterns read;
another future beside it still foretells ("members will have to reapply, and many will leave").

What stays a forecast: a duty forced by a happening foreseen under a condition ("if the center closes, parents would
have to quit their jobs"; a claim with "if" or "unless" keeps its obligations whole), and what a future says befalls
someone ("residents will be forced to flee" is no rule laid down).
"""

from __future__ import annotations

import re

# The futures of a rule: a duty, a permission, a time allowed, a dispensation
_RULE = re.compile(
    r"\b(?:will|would|'ll|shall)(?: not|n't)? (?:\w+ly |also |still |then |now |first )*(?:"
    r"(?:have|need) to|be (?:\w+ly )?(?:required|obliged|obligated|expected|allowed|permitted|entitled|invited|asked|told) to|"
    r"be (?:eligible|entitled) for|be (?:forgiven|exempt|exempted|excused|waived|reimbursed|refunded) (?:for|from)|"
    r"get to|have (?:\w+ ){0,3}(?:minutes|hours|days|weeks|months|years) to)\b[^.;:,]*")
# Those no rule binds: what a gang "will have to" do is what its circumstances force, foreseen ("the cartel will have to
# find new routes")
_OUTLAWS = re.compile(r"\b(?:gangs?|cartels?|militants?|militias?|terrorists?|traffickers?|smugglers?|criminals?|rebels?|insurgents?|"
                      r"mafias?|syndicates?|bosses|enemy|enemies|regime)\b")


def without_rules(low: str) -> str:
    """A lower-cased English claim without the futures that lay down a duty, a permission or a time allowed; a claim
    under a condition is kept whole, and so is a duty of those no rule binds."""
    if re.search(r"\b(?:if|unless)\b", low):  # a happening foreseen may force the duty ("if the center closes, they would have to quit")
        return low
    return _RULE.sub(lambda m: m.group(0) if _OUTLAWS.search(_clause_before(low, m.start())) else " ", low)


def _clause_before(low: str, at: int) -> str:
    """The words of the clause before a future, where its subject stands."""
    return re.split(r"[,;:—–()]|\b(?:and|but|because|while|which|who)\b", low[:at])[-1]
