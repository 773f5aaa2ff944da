"""A news story's scene (events/timeline.py): its day reaches past quotations and sub-headlines, and a happening's noun
told as taking place ("a fight ensued") is a step of it."""

import pytest

pytestmark = pytest.mark.model

# Nine sentences of quotes and background with no time of their own, between the scene's day and the step
_QUOTES = ("\n\n".join([
    '"They kept to themselves, but when someone needed them, they were there," a neighbor said.',
    '"I can\'t even begin to understand why something like this happened," she said.',
    "The fire marshal said the blaze destroyed most of the house.",
    "Video showed that it left little more than the front steps.",
    '"They were good, fine people," the marshal said.',
    '"They would give you the shirts off their back."',
    "Neighbors gathered at the church to pray for the couple.",
    "Troopers stopped traffic on the interstate for several hours",  # a sub-headline
    "Two officers from the town pulled over an SUV with Virginia plates.",
]))


def _ann(make_doc, text, published, **fields):
    from tocsin.read import read_many

    doc = make_doc(text, published_at=published, **fields)
    ((_, ann),) = read_many([doc], gated=False)
    return ann


@pytest.mark.parametrize("text, published, kind, day", [
    # a news story's day holds however many sentences of quotes and background follow, until it names another time
    ("A couple were found dead Thursday morning in the back of a pickup truck in Oxford.\n\n" + _QUOTES
     + '\n\nThe driver of the truck then "pulled a handgun and shot at both officers," the lieutenant said.',
     "2015-01-03", "attack", "2015-01-01"),
    # a happening's noun told as taking place, in a step of the scene
    ("Officers chased a man from a gas station on Elm Street on Jan. 23.\n\n"
     "The officer tackled the man and a violent fight ensued that tired both men.", "2009-03-20", "attack", "2009-01-23"),
    ("Police were called to a bar on Pine Street on Saturday night.\n\n"
     "A shooting happened in the parking lot behind the bar.", "2024-10-22", "attack", "2024-10-19"),
])
def test_timeline_a_news_story_s_scene_holds(make_doc, text, published, kind, day):
    ann = _ann(make_doc, text, published)
    step = max((e for e in ann.events if e.type == kind), key=lambda e: e.evidence_start)
    assert (step.date_begin, step.date_basis) == (day, "story")


@pytest.mark.parametrize("text, fields", [
    # a release keeps the day to the few sentences after it
    ("WASHINGTON – A couple were found dead Thursday morning in the back of a pickup truck in Oxford.\n\n" + _QUOTES
     + "\n\nThe driver of the truck then pulled a handgun and shot at both officers.",
     {"url": "https://www.justice.gov/opa/pr/couple-found-dead"}),
    # nine sentences of the story's own telling, no quotations: too far for the day to reach
    ("A couple were found dead Thursday morning in the back of a pickup truck in Oxford.\n\n"
     + "\n\n".join(f"The fire marshal said the blaze destroyed room number {n} of the house." for n in range(1, 10))
     + "\n\nThe driver of the truck then pulled a handgun and shot at both officers.", {}),
    # a later time of another kind moves the story off the day ("in 2019": a year, no scene)
    ("A man was shot outside a bar on Elm Street early Saturday.\n\n"
     "In 2019, the same man was convicted of burglary in Ohio.\n\n"
     "Officers arrested him at a motel on the edge of town.", {}),
    # only the day something was said: no scene
    ("Police said Monday that they were looking into a fight at a bar on Pine Street.\n\n"
     "Officers arrested two men at a house on Oak Lane.", {}),
])
def test_timeline_no_scene_beyond_the_story(make_doc, text, fields):
    ann = _ann(make_doc, text, "2024-10-22", **fields)
    last = max((e for e in ann.events if e.type in ("attack", "arrest")), key=lambda e: e.evidence_start)
    assert last.date_basis == "published"
