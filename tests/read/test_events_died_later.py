"""An attack whose victim the next sentences say died is the killing (docs/annotation.md §2.1: the gravest outcome the
document reports names the happening): "Police said the suspect shot a man on Monday. The victim, whose name was
withheld, later died at a hospital." Sentences written for this test. Near misses: a victim who lived, someone else
who died, a death denied or only feared, a "he" who may be the doer, and a death told after another attack stay as
they were."""

import pytest

from tocsin.models import Document
from tocsin.read import read_many

pytestmark = pytest.mark.model


def _types(text):
    ((_, ann),) = read_many([Document(id="x", text=text, source="x", published_at="2025-03-01", language="en")], gated=False)
    return [e.type for e in ann.events if e.happened and e.type in ("attack", "killing")]


@pytest.mark.parametrize("text", [
    "Police said the suspect shot a man near Grand Avenue on Monday. The victim, whose name was withheld, later died at a "
    "hospital.",
    "A man was shot outside a bar on Main Street early Sunday, police said. He later died at a hospital.",
    "A gunman shot a 27-year-old woman in her car Friday night. The woman died Saturday at Mercy Hospital.",
    "Deputies shot a man who attacked them with a knife. The man later died at the hospital.",
    "A clerk was stabbed during a robbery at a gas station Tuesday. The clerk, a father of two, died Wednesday.",
])
def test_died_later_the_attack_is_the_killing(text):
    assert _types(text)[:1] == ["killing"]


@pytest.mark.parametrize("text", [
    "A teenager was stabbed during a fight at a park Saturday. The boy was treated and released.",
    "A man was shot outside a bar on Main Street early Sunday, police said. His grandmother died last year.",
    "A man was shot outside a bar on Main Street early Sunday, police said. He was not expected to die.",
    "A man was shot outside a bar on Main Street early Sunday. He nearly died.",
    "A man was shot outside a bar on Sunday. Police say the gunman later died in a crash on the highway.",
    "Ruiz was shot in the leg on Friday. Ruiz later died of cancer in 2019.",
    "A farmer shot a deputy on Friday near the county line. He died hours later when his truck crashed.",
])
def test_died_later_near_misses_stay_attacks(text):
    assert _types(text)[:1] == ["attack"]
