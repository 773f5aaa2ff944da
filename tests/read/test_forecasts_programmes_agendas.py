"""Claims that sound like predictions but are no forecasts (docs/annotation.md §4), and the near misses that stay ones:
the good a programme's backers claim for it, a leader's agenda in a meeting, a class of people described by a
likelihood, what a kind of thing sometimes does, a counterfactual with its adverb, hopes and feelings about what will
come, a duty or a rule's measure told in the future, an estimate of a project's cost, the habitual "would" of a memory.
Written from the guideline, not from a document of the real-text set. Each case: (content, language, speaker)."""

import pytest

from tocsin.read.statements import classify

NOT_FORECASTS = [
    # the good a programme will do, told by its backers (statements.effects)
    ("This funding will reduce gun violence in our cities", "en", "the mayor"),
    ("This legislation is on track to enable states to expand access to preschool", "en", "MS. PSAKI"),
    ("The air pollution controls that the company is installing will have a significant impact on air quality", "en",
     "the EPA director"),
    ("This settlement will result in cleaner air for California", "en", "the EPA director"),
    ("The new cameras are expected to help officers solve more cases", "en", "the police chief"),
    ("the increased use of victim-centered strategies will make it more likely that victims will come forward", "en",
     "departments and agencies"),
    ("these sanctions will likely disrupt the cartel's finances", "en", "the Treasury spokesman"),
    ("The new grant program could help schools hire more counselors", "en", "the governor"),
    ("These safety guidelines, drawn from the latest studies, will help schools train their staff", "en", "the secretary"),
    # a leader's agenda in a meeting or a call; a colleague's update
    ("On the upcoming call, we expect President Biden to emphasize the need for progress on counternarcotics", "en",
     "SENIOR ADMINISTRATION OFFICIAL"),
    ("We expect the Secretary to underscore our support for the investigation", "en", "MR. PRICE"),
    ("I would expect that my colleague, John Kirby, would have more of an update on where the process is", "en", "MS. PSAKI"),
    ("The application questions will revolve around the criteria identified", "en", "McPherson"),
    ("the talks are expected to continue through Wednesday", "en", "sources close to the president"),
    # a class of people described by a likelihood; what a kind of thing sometimes does
    ("These are programs that target individuals who are most likely to be involved in gun violence", "en", "the official"),
    ("Other times, as we recently saw, they may lead us to a businessman who hacked defense contractors", "en",
     "the Assistant Attorney General"),
    ("At times the tips can lead investigators to a stash house", "en", "the sheriff"),
    # a counterfactual with its adverb
    ("It would have just been about giving them some support and relief", "en", "THE VICE PRESIDENT"),
    # hopes and feelings, a subject that lists
    ("they hope that schools, businesses and families will practice their disaster plans", "en", "State officials"),
    ("he is very hopeful that the council will also be supportive of the project", "en", "the developer"),
    ("she is pleased that the work will now move forward", "en", "the director"),
    # a duty, a rule's measure, an estimate of a project's cost or timing, a deed that may be done
    ("students will be expected to pay $56 per test", "en", "the counselor"),
    ("Sixty percent of the girls' overall score will be based upon their ticket sales", "en", "the coordinator"),
    ("the total cost of the improvement project would be approximately $21 million", "en", "the engineer"),
    ("the principal search could be conducted for an additional $1,500, which would include advertising", "en", "the consultant"),
    ("The draft reports will be ready by mid-May", "en", "the planner"),
    ("Titan will use urban drilling rigs before drilling begins, which could be as soon as next year", "en", "the manager"),
    ("It is understood if you are going to get the job you have to have those characteristics", "en", "the board chairman"),
    # "as soon as" tells when, not that something is near ("as soon as we were made aware, we stopped airing it")
    ("As soon as we were made aware of the issue, we immediately stopped airing the photo", "en", "the manager"),
    ("As soon as that is done, the county can begin work on those projects", "en", "the commissioner"),
    ("The event will be free to the public but donations will be accepted", "en", "the organiser"),
    # what a body or a crew says it will do itself
    ("it would participate in Wisconsin's recount", "en", "Democratic candidate Hillary Clinton's campaign"),
    ("they would strike on Christmas Day and Boxing Day over pay", "en", "BA cabin crew based at Heathrow"),
    # the habitual "would" of a memory
    ("When I was little she would hug me when they were bombing", "en", "the nephew"),
    ("He would see about 50 people each day in the order they arrived", "en", "the author"),
    ("When I'd walk in there, my aunt would be in the box office", "en", "the old usher"),
    ("Tests will cost students $56 each", "en", "the counselor"),
]

FORECASTS = [
    # a harm or a side effect, an outsider's judgement, a benefit of no instrument
    ("The law will push migrants into hiding", "en", "the advocate"),
    ("The arrest will trigger a war of succession", "en", "the analyst"),
    ("The sanctions are likely to disrupt the cartel's finances", "en", "a security analyst"),
    ("The new strategy is likely to help the gangs recruit more teenagers", "en", "the researcher"),
    ("The new strategy is likely to help the gangs recruit more teenagers", "en", "the mayor"),
    ("The new rules are likely to allow traffickers to move more freely", "en", "the mayor"),
    ("The truce will save lives", "en", "the mediator"),
    ("the cartel's operations are expected to expand into Texas", "en", "the sheriff"),
    # what another will do, foreseen: not an agenda
    ("we expect the Russians to go after the energy infrastructure", "en", "MR. KIRBY"),
    ("We expect Putin to escalate the attacks on the grid", "en", "MR. KIRBY"),
    # a class described beside a happening foreseen, a likelihood of one's own
    ("The gang is most likely to strike again before the election", "en", "the analyst"),
    ("Sometimes the gangs win, and next year they will take the port", "en", "the analyst"),
    # a hope beside a prediction, and a feeling that is a belief
    ("I am confident that the violence will spread to the port", "en", "the analyst"),
    # a cost of a happening, a month
    ("Airlines could lose more than $2.5 billion this year", "en", "the association"),
    ("The cartel will reach the capital by May", "en", "the analyst"),
    ("When I was a prosecutor, gangs were small; now they will grow", "en", "the sheriff"),
    ("The gangs will soon move into the port", "en", "the analyst"),
    ("it would be hit by more strikes before Christmas", "en", "the airline's campaign"),
    ("the gangs would strike again unless they are stopped", "en", "the residents"),
    ("As soon as the truce ends, the gangs will soon be back in the port", "en", "the analyst"),
]


@pytest.mark.parametrize("content,language,speaker", NOT_FORECASTS)
def test_forecasts_programme_or_agenda_is_no_forecast(content, language, speaker):
    assert classify(content, "said", language, speaker)[0] != "forecast"


@pytest.mark.parametrize("content,language,speaker", FORECASTS)
def test_forecasts_near_miss_stays_forecast(content, language, speaker):
    assert classify(content, "said", language, speaker)[0] == "forecast"
