"""Futures that foresee nothing, in English: a "would" or a "will" that a claim holds but that is no prediction of its
speaker's (docs/annotation.md §4). They are struck from the claim before the forecast patterns read it, so that a
prediction beside them still counts ("he told us he would come back, and the gang will retaliate" keeps "will
retaliate").

- the past told: a "would" after a past verb of saying, threatening or promising inside the claim ("the man said he
  would kill them all", "he told police he would shoot", "she made clear she would follow the schedule"), after a past
  state of mind the speaker tells of ("I knew something bad would happen", "I was afraid he would come back", "she
  never thought this would happen here"), or with the later time of a narration ("the victim would die two days
  later", "he would later become");
- what could not be, or could have been: a feeling of someone absent ("my father would be so proud"), a condition
  contrary to fact ("if Iran were a stock, he would buy it"), a past never done ("would have never proposed", "would
  have cost"), a judgement in the conditional ("it would be a dereliction of duty", "it would make sense");
- a state now ("the suspect could be armed and dangerous"), grief and time ("nothing will bring her back", "it will
  take time to heal", "he will be missed", "her memory will live on", "they will never be forgotten");
- a relative clause that describes ("somebody who is going to beat him"), the speaker's manner of speaking ("things I
  wouldn't say"), a request asked ("would you all encourage him!"), what one looks forward to, a truth told of anyone
  ("if you say it long enough, people will believe it"), a name something could be given ("could be termed influence
  peddling"), waiting to see what happens, and "will" the noun ("the will of the voters");
- what is aimed at: a goal's clause ("to make sure no family will suffer this again", "our goal is that every child
  will be safe") and a hope's ("he hoped it would change", "a moment I hoped would reflect badly on him");
- deterrence, resolve and promise ("there will be consequences", "there will be hell to pay", "justice will be served",
  "they will answer for their crimes", "they will never set foot in this country again", "any attack would be met with
  force", "America will never surrender", "the attack will not deter us", "our forces will do whatever is necessary",
  "Turkey will continue its fight against terrorism", "America will be safe again"), a plan kept ("the vote would go
  ahead as planned");
- words that are no future: "if you will"; "going to" a place or a people ("they are going to people, showing
  videos"); "those most likely to be involved", a class of people described, not a chance foreseen;
- an indirect question ("why the senator won't appear", "how the money could be justified"): asked, not foreseen;
- a farewell or a courtesy of the floor, in its fixed forms ("we'll see you all next week", "I'll let you go", "I'll take
  one more question");
- a reply that sends the listener elsewhere ("you'll have to ask the Department");
- the habitual "would" of a scheme that police or prosecutors narrate ("police said the men would approach victims at
  ATMs and demand cash", "the U.S. Attorney said members of the ring would recruit drivers"): what used to be done, told
  with the doings of a scheme (``_SCHEME_VERBS``); what they say would befall or be done by someone else ("would
  survive", "would retaliate") stays a prediction;
- a choice open to a party ("they could end this war today", "could stop it if they wanted to"), a person told by what
  they could do ("someone who could lead the agency"), what could happen in general ("the worst things that could
  happen"), a guess at what caused a happening ("a gas leak could be the cause"), the effect of the speaker's own side's
  doing told with its time ("once we hire the officers, response times will drop"), and what a rule holds for whoever
  breaks it ("those who cross irregularly will be subject to removal");
- a truth told of anyone or any thing ("constant exposure will make you age", "anything not nailed down will be smashed",
  "no system will take it all out", "mosquitoes will lay eggs in the water"), a tribute's remembering ("locals will have
  lovely memories of him"), and the habitual "would" after its time marker ("every morning he would walk").
"""

from __future__ import annotations

import re

_FUTURE = r"(?:will|would|'ll|'d|won't|wouldn't|could|might|was going to|were going to)"
_WORDS = r"(?:[\w'’-]+,? ){0,6}?"
_PLAIN = r"(?:[\w'’$%-]+ ){0,6}?"  # words of one clause, no comma between
_LISTED = r"(?:(?!(?:but|yet|though|although|while|so)\b)[\w'’$%-]+,? ){0,8}?"  # a subject that lists, within one clause
_CLAUSE_REST = r"[^,;:.!?—–()]*"  # the rest of a clause: what a goal or a hope says will come, up to its end

# Deeds someone may do, in the participle ("could be done", "might be designated")
_DEEDS = ("done", "handled", "resolved", "fixed", "passed", "addressed", "solved", "avoided", "used", "designated", "sanctioned",
          "deployed", "signed", "approved", "implemented", "funded", "extended", "renewed", "announced", "considered", "discussed",
          "reviewed", "negotiated", "accomplished", "achieved", "enacted", "adopted", "issued", "appointed", "nominated",
          "made",  # "more arrests could be made"
          "conducted", "completed", "finished", "scheduled", "rescheduled", "held", "hired", "built", "repaired", "replaced")
# What an official's day holds
_SCHEDULED = ("sign", "travel", "meet", "host", "announce", "visit", "speak", "attend", "deliver", "hold", "launch", "release", "unveil",
              "introduce", "name", "nominate", "appoint", "issue", "testify", "address", "convene", "lead", "join", "discuss", "tour",
              "vote", "take up", "consider", "receive", "welcome", "return", "arrive", "depart", "leave")

_UNFORESEEN = [
    # the past told: a verb of saying in the past, its hearer, "that" and a subject, then the "would" it backshifts
    r"\b(?:said|told(?: [\w'-]+){0,3}?|threatened|promised|vowed|swore|yelled|shouted|screamed|texted|wrote|bragged|boasted|"
    r"insisted|stated|announced|pledged|agreed|decided|indicated|signall?ed|made (?:it )?clear|assured(?: [\w'-]+){0,2}?)"
    r"(?: (?:to|at) [\w'-]+)?,? (?:that )?" + _WORDS + r"(?:would|'d|wouldn't|was going to|were going to)\b",
    # a past state of mind: the speaker's own ("I knew", "we feared") or one that tells what came ("she knew", "never thought")
    r"\b(?:i|we)(?: (?:just|always|really|all|even|kind of|sort of|honestly))? (?:knew|thought|figured|believed|feared|assumed|"
    r"expected|suspected|imagined|guessed|sensed|felt|worried|(?:was|were) (?:\w+ )?thinking|(?:was|were) (?:so |very |really )?"
    r"(?:afraid|scared|worried|sure|certain|convinced|terrified|concerned|aware))\b,? (?:that )?" + _WORDS + _FUTURE + r"\b",
    r"\b(?:i|we)(?: (?:just|really|honestly))? (?:didn't|did not|never) (?:think|expect|imagine|believe|dream)\b,? (?:that )?" + _WORDS + _FUTURE + r"\b",
    # (and another's told, "they were concerned that the deal would embolden the militants": what was feared then)
    r"\b(?:knew|never (?:thought|imagined|expected|dreamed|believed)|(?:was|were) (?:so |very |really )?(?:afraid|scared|terrified|worried|concerned))\b,? "
    r"(?:that )?" + _WORDS + r"(?:would|'d|wouldn't|could|couldn't|might|was going to|were going to)\b",
    # what could not be, or could have been: a feeling of someone absent ("he would be so proud", "my father would be
    # appalled"), a contrary-to-fact condition ("if Iran were a stock, he would advise buying it"), a past never done
    # ("Eisenhower would have never proposed it", "the jet would have cost more"), a judgement in the conditional ("that
    # would be a dereliction of duty", "it would make sense")
    r"\bwould (?:\w+ly |so |very |really )?(?:be|have been|feel) (?:so |very |really |just )?(?:proud|appalled|horrified|devastated|"
    r"heartbroken|ashamed|disappointed|thrilled|upset|angry|sad|furious|disgusted|embarrassed|amazed|honored|grateful|happy|"
    r"satisfied|dissatisfied|scared|relieved|excited|comfortable|uncomfortable)\b",
    r"\bif\b[^.;,]{1,80}?\b(?:were|had)\b[^.;]{0,100}?\b(?:would|'d)\b",
    # an idiom of the dead's dismay ("Lincoln would roll over in his grave", "she'd turn in her grave")
    r"\b(?:would|'d|will|'ll) (?:\w+ly )?(?:roll|turn|spin)(?: over)? in (?:his|her|their) graves?\b",
    # a precaution's case ("forces placed nearby in case they would be needed"): what is readied for, not foreseen
    r"\bin case\b[^.;]{0,80}?\b(?:would|should|will|'ll|might|could|'d)\b",
    r"\b(?:would|'d)(?: not|n't)?(?: never)? have (?:\w+ly )?(?:never )?(?:told|said|known|seen|had|got|gotten|thought|felt|kept|left|lost|won|"
    r"paid|sold|bought|brought|found|heard|held|sent|spent|stood|cost|let|put|run|come|become|begun|\w+ed|\w+en)\b",
    r"\b(?:would|'d) (?:\w+ly )?(?:not )?(?:be (?:a|an) (?:\w+ )?(?:dereliction|disgrace|shame|travesty|betrayal|insult|dream|waste|"
    r"error|mistake)|make (?:no |any |more |much |a lot of |perfect |good )?sense|do well to|be to)\b",
    r"\bwould (?:\w+ly )?(?:not )?be [\"“']?(?:very |so |too |really |extremely |pretty )(?:hard|difficult|easy|good|bad|helpful|"
    r"useful|important|wise|unwise|unfair|fair|nice|wrong)\b",
    # what a thing in sight is, told with a courteous "would" ("this would be the largest seizure in the state's history",
    # "that would be a first"): a judgement of it, not a happening to come; "the first of many attacks" foresees more
    r"\b(?:this|that) (?:would|'d) (?:\w+ly )?be (?:the|a|an) (?:\w+ )?(?:\w{3,}est|first|most|largest|biggest|only|record)\b(?! of (?:many|more|several|a (?:wave|series|string)))",
    # a name given, not a happening ("the work could be termed influence peddling", "might be seen as a snub")
    r"\b(?:could|might|may|would) (?:also |well |easily )?be (?:termed|called|described|considered|seen as|viewed as|regarded as|"
    r"characteri[sz]ed|labell?ed|construed|interpreted|read as|taken as)\b",
    # a state now, not a happening to come ("the suspect could be armed and dangerous", "he could be anywhere by now",
    # "there could be others involved")
    r"\b(?:could|might|may) (?:still )?be (?:armed|dangerous|anywhere|somewhere|hiding|nearby|alive|dead|inside|in the area|out there|"
    r"involved|on the run|at large)\b",
    r"\bthere (?:could|might|may) (?:still )?be (?:\w+ ){1,3}?(?:involved|out there|at large|inside|hiding)\b",
    # grief and time ("nothing will bring her back", "it will never be the same", "it will take time to heal", "this is
    # going to be a long process")
    r"\b(?:won't|wouldn't|can't|cannot|(?:will|would|can|could) (?:not|never)|nothing (?:will|can|could|would)) (?:ever )?bring "
    r"(?:\w+ ){0,2}?back\b",
    r"\b(?:will|'ll|would) never be the same\b",
    # remembrance, in its fixed forms only ("he will be sorely missed", "her memory will live on", "they will never be
    # forgotten"); not "will always…", which foretells as often as it mourns
    r"\b(?:will|'ll|shall) (?:\w+ly )?(?:live on|never be forgotten|be (?:\w+ly |so )?missed)\b",
    # a tribute's remembering ("locals will have lovely memories of him", "we will always remember her"): one remembered by name
    r"\b(?:will|'ll|shall) (?:\w+ly |always |forever )?(?:have (?:\w+ )?memor(?:y|ies) of|remember (?:him|her|them)\b|cherish)",
    r"\b(?:will|'ll|would|could|is going to) (?:\w+ly )?take (?:some |more |a (?:long |little |lot of )?)?time\b",
    r"\b(?:will|'ll|is going to|would) be a (?:very )?(?:long|difficult|tough|hard|slow|painful|challenging) (?:process|road|journey|"
    r"fight|battle|recovery|time|day|night|week)\b",
    # a relative clause that describes ("somebody who is going to beat him"); the speaker's or the listener's manner of
    # speaking ("things I wouldn't say"); a request put as a question ("would you all encourage him!"); what one looks
    # forward to
    r"\b(?:who|that|which)(?:'s| is| are) going to\b|\b(?:i|we|you) (?:wouldn't|would not)\b|\b(?:would|will) you\b",
    r"\blook(?:s|ing)? forward to\b[^.;]*",
    # "will" the noun ("the will of the voters", "free will", "against his will"), and waiting to see
    r"\b(?:the|a|his|her|their|its|our|my|your|free|political|good|ill|popular|own|at|against) will\b",
    r"\b(?:will|'ll|is going to|are going to) (?:just |have to )?(?:wait and )?see (?:what happens|how (?:it|things) (?:goes|go|plays? out))\b",
    # a truth told of anyone: "if you say it long enough, people will believe it", "when you attack him, he will punch
    # back" (not a pointer to evidence: "if you look at the numbers, crime will fall")
    r"\b(?:if|when|whenever|once) you(?! (?:look|think|consider|take a look|go back|compare)\b)\b[^.;]{0,100}?(?:\b(?:will|won't)\b|'ll\b)",
    # a judgement of a deed with the putative "would" ("it is so unfair that the district would be used", "it's shocking
    # that anyone would do this"): the deed judged, not a happening foreseen; not a chance weighed ("it is likely that…",
    # "it is feared that…"), which foresees
    (r"\b(?:it|this|that)(?:'s| is| was)(?: (?:so|very|really|just|too|quite|absolutely|deeply|truly|simply))? (?!(?:likely|unlikely|"
     r"possible|impossible|probable|improbable|certain|clear|obvious|inevitable|evident|apparent|conceivable|plausible|true|"
     r"doubtful|sure|predictable|foreseeable|thought|said|known|told|not|no|because|now|also)\b)[a-z]+(?<!ed) that " + _PLAIN
     + r"(?:would|'d)\b"),
    # the later time of a narration
    r"\bwould (?:\w+ ){0,3}?(?:later\b|go on to\b|(?:\w+ )?(?:hours|days|weeks|months|years) later\b|the (?:next|following) "
    r"(?:day|morning|night|week|month|year)\b)",
    # a goal and a hope
    r"\b(?:ensure|ensures|ensured|ensuring|make sure|makes sure|making sure|made sure) (?:that )?" + _PLAIN + r"(?:will|would|'ll|won't|wouldn't)\b",
    r"\b(?:goal|aim|objective|intention|intent|mission|purpose|dream|priority|vision|hope|wish|idea) (?:is|was|has been|remains|being) "
    r"(?:that|for) " + _PLAIN + r"(?:will|would|'ll|won't|wouldn't)\b",
    # … a goal told with the future as its copula ("the goals would be keeping class sizes", "our priority will be the
    # schools"), and a promise told as a noun ("made a promise that the tax rate would not change", "the second promise the
    # board made was that the rate would remain"): what is aimed at or pledged, not a happening foreseen
    r"\b(?:goals?|aims?|objectives?|priorit(?:y|ies)|missions?|purposes?|intentions?) (?:will|would|'ll) (?:\w+ly )?be\b",
    r"\b(?:promise|pledge|vow|commitment|guarantee|assurance)s? (?:(?:[\w'-]+ ){0,8}?(?:is|was|are|were) )?that "
    r"(?:[\w'$%.-]+ ){0,10}?(?:will|would|'ll|won't|wouldn't)\b",
    # (its subject may be a list: "they hope that schools, businesses and families will practice"; not a clause after it,
    # "I hope so, but the gang will retaliate"); the hoped clause goes whole, its time words too ("we pray the violence will
    # end soon"), and so does a second "that" the hope governs ("praying for the troops' safety, and that the strikes may
    # lead to peace")
    r"\b(?:hope|hopes|hoped|hoping|wish|wishes|wished|pray|prays|prayed|praying)\b,? (?:(?:for|in) [^.;:!?—–]{0,120}?,? and that |(?:that )?)"
    + _LISTED + r"(?:will|would|'ll|'d|won't|wouldn't|can|could|may|might)\b" + _CLAUSE_REST,
    # deterrence
    r"\bthere (?:will|'ll|would|is going to) be (?:\w+ )?(?:consequences|repercussions|retribution|hell to pay|(?:a )?(?:\w+ )?price to pay|"
    r"no (?:place to hide|safe haven|mercy|impunity|escape))\b",
    r"\bjustice (?:will|'ll|is going to|shall) (?:be )?(?:done|served|prevail|come)\b",
    r"\b(?:will|'ll|shall|is going to|are going to) (?:\w+ly )?(?:have to )?(?:answer for|pay for (?:their|his|her|what|this|these)|"
    r"face justice|rot in)\b",
    r"\b(?:will|would|'ll|shall) (?:\w+ly )?be met with\b",
    # what a rule holds for whoever breaks it, told of a class of people or of those who fail it ("those who cross
    # irregularly will be subjected to expulsion", "those attempting to cross will be subject to restrictions", "violators
    # will be subject to fines", "if they don't, they will be subjected to removal"); not what befalls people named or
    # counted ("the villagers will be subjected to the same attacks", "the detainees will be subjected to detention in
    # overcrowded camps"), a harm foreseen
    r"\b(?:who|whoever|anyone|anybody|violators?|offenders?|those \w+ing|if (?:they|you|he|she) (?:do not|don't|does not|"
    r"doesn't|fail))\b[^.;]{0,80}?\b(?:will|would|'ll|shall) (?:\w+ly )?be "
    r"subject(?:ed)? to (?:\w+ ){0,2}?(?:restrictions?|expulsions?|removal|deportation|penalt(?:y|ies)|fines?|prosecution|"
    r"sanctions?|arrest|detention|the (?:law|rules?))\b",
    # the nation's resolve and a promise of its return ("America will never surrender", "America will be safe again", "the
    # attack would not deter us"), the speaker's own forces and their fight ("our security forces will do whatever is
    # necessary", "will continue its fight against terrorism"), a plan kept ("the vote would go ahead as planned")
    r"\b(?:(?:will|would|'ll|shall) (?:not|never)|won't|wouldn't) (?:\w+ )?(?:deter|intimidate|stop|break|weaken|divide|defeat|scare|"
    r"frighten|silence|shake|cow) (?:us|me|our|the (?:country|nation|people|government|city|community|state|republic))\b",
    r"\bour (?:\w+ )?(?:forces|troops|military|army|police|officers|agents|soldiers|law enforcement|men and women|prosecutors|"
    r"investigators|partners|allies|government|administration|agencies) (?:will|'ll|would|are going to)\b",
    r"\b(?:will|would|'ll) (?:\w+ly )?continue (?:its|our|their|the|his|her|this) (?:\w+ )?(?:fight|efforts?|work|struggle|campaign|"
    r"operations?|support|cooperation|mission|investigation|pursuit|commitment)\b",
    r"\b(?:will|would|'ll) (?:\w+ly )?(?:still )?go ahead\b|\b(?:will|would|'ll) [^.;]{0,60}?\bas (?:planned|scheduled)\b",
    # the nation's resolve and a promise of its return ("America will never surrender", "America will be safe again")
    r"\b(?:america|the united states|the u\.s\.|our (?:country|nation)|this (?:country|nation)) (?:will|'ll|shall) (?:never|not|always)\b",
    # … and told in the passive, of whoever the speaker stands for ("Canada would not be intimidated", "we will not be
    # deterred", "the town won't be bullied"): resolve, not a happening foreseen
    r"\b(?:(?:will|would|'ll|shall)(?: not|n't| never)|won't|wouldn't) (?:\w+ly )?be (?:intimidated|deterred|cowed|silenced|bullied|"
    r"blackmailed|coerced|swayed|pushed around|frightened|scared|divided|broken)\b",
    r"\b(?:will|'ll|is going to) (?:be )?(?:safe|strong|great|respected|proud|free|secure|wealthy|rich|prosperous) again\b",
    r"\b(?:will|'ll|would|shall) never (?:again )?(?:set foot|walk (?:our|the|these|this|free)|see the light of day|prey on|"
    r"terrori[sz]e)\b",
    # no future: an idiom; "going to" a place or a people; a class of people most likely to do something
    r"\bif you will\b",
    r"\bgoing to (?=(?:the|a|an|his|her|their|our|my|your|its|these|those|people|church|school|jail|prison|court|work|bed|"
    r"college|hospital)\b)",
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!'s )(?<!'re )(?<!\bbeen )\b(?:most|least) likely to\b",
    # … and after "who" or "that" ("individuals who are most likely to be involved in gun violence", "the people that are
    # more likely to be victims"): a class of people described
    r"\b(?:who|that|which)(?: (?:are|is|were|was|'re|'s))? (?:\w+ly )?(?:most|least|more|less) likely to\b(?: \w+){0,2}",
    # what a kind of thing sometimes does ("other times, they may lead us to a foreign businessman", "at times the tips can
    # lead to arrests"): a truth of its kind, not a happening foreseen
    r"\b(?:sometimes|other times|at times|often|oftentimes|in some cases|in other cases)\b,?[^.;]{0,60}?\b(?:may|might|can|could)\b",
    # a counterfactual with its adverb ("it would have just been about giving them support")
    r"\b(?:would|'d)(?: not|n't)? have (?:just|also|only|already|really|even|still|certainly|probably|never) (?:\w+ )?(?:been|had|done|gone|made|\w+ed|\w+en)\b",
    # a choice open to a party, and what it could do if it chose ("Hamas could end this conflict today by releasing the
    # hostages", "they can end it at any time", "could stop it if they wanted to"): what someone may decide, not a
    # happening foreseen ("the war could end this year", "the deal could end the fighting if parliament ratifies it" stay
    # ones)
    r"\b(?:could|can) (?:\w+ly )?(?:end|stop) (?:it|this|that|the (?:\w+ )?(?:war|conflict|fighting|violence|crisis|bloodshed|"
    r"suffering|killing|strike|standoff))\b(?= (?:\w+ )?(?:today|tomorrow|tonight|now|right now|at any time|any time|anytime|"
    r"immediately|in a (?:day|minute|second|heartbeat)|by (?!spring\b|morning\b|evening\b)\w+ing)\b)",
    # (the choice its own, the "if" clause ending on it: "if they wanted to", "if it chose"; not another's deed the
    # happening waits on, "the gang would retaliate if police did nothing", "might return if the army decided to leave")
    r"\b(?:could|would|might)\b[^.;]{1,80}?\bif (?:it|they|he|she|we|you|i) (?:\w+ly )?(?:really )?(?:wanted|chose|decided|"
    r"wished|wants|chooses|decides|wishes|choose|decide|wish|want)(?: to(?: do so)?)?(?=\s*(?:[,.;:!?\"”—–-]|$))",
    # what someone is able to do, told of a person ("somebody who could best represent us"), and anything that could
    # happen, in general ("think of the worst things that could happen"): a description, not a happening foreseen
    # (not a deed done again, or done to the person: "a man who could strike again", "a man who could be released"; nor
    # a clause of its own, "things could go wrong", "something could happen to the witnesses")
    r"\b(?:somebody|someone|anybody|anyone|person|man|woman|candidate|leader|nominee|one) who (?:could|can|might)\b"
    r"(?! (?:\w+ly )?be \w+(?:ed|en)\b)(?![^.;,]{0,40}\bagain\b)",
    r"\b(?:(?:things?|anything|everything|something) that|whatever) (?:could|might|can) (?:possibly |ever )?(?:happen|go wrong)\b",
    # a guess at what explains a happening ("a gas leak could be the cause", "might have been the motive"): the past
    # explained, not a happening to come
    # (not a cause of what is to come: "the killing could be the trigger for a new war", "may be the cause of more
    # bloodshed")
    r"\b(?:could|may|might) (?:well |also )?(?:have been|be) (?:the|a|one|another) (?:\w+ ){0,2}?(?:cause|causes|reason|motive|"
    r"culprit|explanation)\b(?! (?:of|for|behind) (?:a |an |the )?(?:new|more|further|future|next|coming|another|wider)\b)",
    # what follows from the speaker's own side's doing, told with its time ("when we roll out the programme, bills will
    # fall", "once we pass this bill, crossings will drop"): the effect of one's own action (§4); "if we do nothing" is
    # a condition of a warning and stays
    # (a doing to come: not a time past, "when we met, he warned the gangs will expand", nor one the speaker's side only
    # lives through, "when we least expect it, they will strike")
    r"\b(?:when|once|after|as soon as) we (?!(?:\w+ly )?(?:do not|don't|fail|lose|stop|leave|walk away|least|are|were|was|had|did|"
    r"met|spoke|saw|went|came|got|took|made|said|told|heard|found|sat|thought|knew|began|wake|sleep|\w+(?<!e)ed)\b)[^.;]{1,100}?"
    r"\b(?:will|'ll|would|is going to|are going to)\b",
    # … and what it is done for: a purpose's clause after the speaker's side's doing, no comma between ("we are removing these
    # threats so they won't prey on the community", "I signed the order so that families will be safe"); "so" after a
    # comma is "therefore" ("we lost the town, so the gang will come back") and stays a prediction; a wish before it is
    # left whole for the plan reader, which reads "we want" as a wish (kinds._WISH)
    r"\b(?:i|we) (?:(?!(?:want|wants|wanted|wish|hope|hoping|like|pray|praying|think|thinks|thought|believe|believes|know|knows|guess|feel|feels)\b)[\w'-]+ ){1,12}?so (?:that )?(?:they|he|she|it|these|those|the|no|nobody|no one|our|their|every|families|"
    r"people|children|kids|communities) " + _PLAIN + r"(?:will|'ll|won't|would|wouldn't|can|can't|could|couldn't)\b",
    # the reason of a choice already made against something ("we didn't want to do that because it would ruin the school",
    # "the board refused, since it would cost too much"): the option weighed then, not a happening to come
    r"\b(?:didn't|did not|never|refused|declined|chose not|decided not|decided against|rejected|turned down)\b"
    r"(?:(?!\b(?:will|won't|going to)\b|'ll\b|,\s*and\b)[^.;]){0,80}?"
    r"\b(?:because|since|as) (?:it|that|this|they|doing so) (?:would|'d|wouldn't)\b",
    # an indirect question
    r"\b(?:why|how|whether) " + _PLAIN + r"(?:would|will|'ll|won't|wouldn't|could|might|is going to|are going to)\b",
    # a farewell and a courtesy of the floor, in their fixed forms only ("we'll see you all next week", "I'll let you go",
    # "I will take one more question"): not "will take", "will hear" or "will see" of anything else
    r"\b(?:i|we)(?:'ll| will) (?:\w+ly )?see (?:you|y'all)(?: all| next (?:week|month|year|time|season|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday))\b"
    r"|\b(?:i|we)(?:'ll| will) (?:\w+ly )?let (?:you|y'all)(?: all| guys)? go\b"
    r"|(?:'ll|\bwill) (?:\w+ly )?take (?:one|two|a few|a couple(?: of)?|just one|one last|a last|a final) (?:more |last |final )?"
    r"questions?\b",
    # a reply that sends the listener elsewhere, or tells what the listener may see of the speaker's side
    r"\byou(?:'ll| will) (?:\w+ly )?(?:have to|need to) (?:ask|check|talk|speak|refer|go to|reach out|direct)\b",
    r"\byou (?:could|might|may|can) (?:\w+ly )?(?:also )?(?:see|hear)\b",
    # a permission ("communities may use the funds for hiring", "applicants may also request an extension"): what a rule
    # or a grant allows, not a happening foreseen
    r"\bmay (?:also |still |now )?(?:use|apply|spend|request|receive|qualify|submit|choose|elect|opt|access|draw on)\b",
    # a doing that may be done ("this could be done in a bipartisan way", "the cartels might be designated"): a possibility
    # of someone's deed, not a happening foreseen
    r"\b(?:could|might|may) (?:also |still |well |easily |soon )?be (?:" + "|".join(_DEEDS) + r")\b",
    # a step of a case that the authorities take ("charges will be filed", "the count could be dropped")
    r"\b(?:charges?|counts?|indictments?|criminal complaints?) (?:[\w-]+ ){0,5}?(?:will|could|may|might|would|'ll) (?:\w+ly )?(?:also )?"
    r"be (?:filed|brought|laid|dropped|dismissed|upgraded|reduced|amended)\b",
    # an official's schedule, hedged ("the President is likely to travel to the border", "is expected to sign the order")
    r"\b(?:president|vice president|first lady|secretary|governor|mayor|administration|government|department|ministry|agency|"
    r"white house|cabinet|congress|senate|house|delegation)(?: [\w.'-]+){0,2}? (?:is|are|'s|'re|was|were) (?:\w+ly )?(?:likely|expected|"
    r"set|scheduled|slated|due) to (?:\w+ly )?(?:" + "|".join(_SCHEDULED) + r")\b",
    # a meeting, a vote or a call that is to take place ("we expect the meeting to take place next week", "that the vote
    # will happen next week"): a schedule
    r"\b(?:meeting|meetings|vote|votes|call|talks|conference|summit|session|hearing|hearings|trial|briefing|negotiations|debate|"
    r"visit|trip|ceremony|event)s? (?:[\w'-]+ ){0,4}?(?:will|would|'ll|to|is going to) (?:\w+ly )?(?:take place|happen|occur|be held|"
    r"convene|begin|start|resume|conclude|wrap up|continue|last|run|end)\b",
    # what a programme or a plan will cost, or a timing told of it ("the project would be approximately $21 million", "fines
    # could hit $24,000", "which could be as soon as next year"): an estimate of one's own doing, not a happening foreseen
    r"\b(?:will|would|could|may|might|'ll|is expected to|are expected to) (?:\w+ly )?(?:be|cost(?: \w+)?|total|run|come to|hit|reach|"
    r"range from)(?: (?:approximately|about|around|roughly|nearly|almost|an estimated|up to|more than|less than|at least|over))? \$\d",
    r"\b(?:could|may|might|would) (?:be|come|start|begin) as (?:soon|early) as\b",
    # a duty told in the future ("students will be expected to pay $56 per test") and a rule's measure ("the score will be based
    # upon ticket sales")
    r"\b(?:will|'ll|would) be (?:\w+ly )?expected to\b|\b(?:will|'ll|would) be (?:\w+ly )?based (?:up)?on\b",
    # the past as it used to be ("my aunt would be in the box office", "when I was little she would hug me", "he would see
    # about 50 people each day"): the habitual "would" of a memory
    r"\b(?:when|whenever) (?:i|we|he|she|they)(?: was| were|'d| would| used to)\b[^.;]*",
    r"\bwould (?:always|often|usually|sometimes|regularly)\b|\bwould\b[^.;]{0,60}?\b(?:each|every) (?:day|night|morning|evening|week|"
    r"weekend|summer|winter|year|time)\b",
    r"\b(?:each|every) (?:day|night|morning|evening|week|weekend|summer|winter|sunday|saturday)\b,?[^.;]{0,60}?\bwould\b",
    # a truth told of anyone or any thing, no happening foreseen: what a thing does to "you", the generic listener ("constant
    # exposure will make you age", "they'll let you know"), what whatever meets a condition will undergo ("anything that isn't
    # nailed down will be smashed"), what no device or amount of something can do ("no system will take it out"), and what a
    # kind of living thing does, named in the bare plural ("mosquitoes will lay eggs in the water"; "the dogs will…" is some)
    r"\b(?:will|'ll|would) (?:\w+ly )?(?:make|let|give|tell|cost|leave|keep|help) you\b",
    r"\b(?:anything|everything|whatever) (?:that|which)\b[^,;.]{0,50}?\b(?:will|'ll|would)\b",
    r"\bno (?:\w+ )?(?:system|method|technology|machine|device|filter|product|treatment|amount of \w+|single \w+) (?:will|would|can|could)\b",
    r"(?:^|[\"“]|[,;.] |\b(?:and|but|because|that) )(?:mosquito(?:e)?s|insects|bugs|ticks|fleas|birds|plants|trees|weeds|seeds|bacteria|germs|"
    r"animals|pets|dogs|cats|deer|bees|wasps|snakes|rodents|rats|mice|raccoons) (?:will|'ll|would|can|may|might)\b",
    # a feeling about what will come, told as the feeling ("he is very hopeful that the council will be supportive", "she is
    # pleased that the work will move forward")
    r"\b(?:hopeful|pleased|glad|happy|delighted|thrilled|excited|grateful) (?:that )?" + _LISTED + r"(?:will|would|'ll|could)\b",
    # "if you are going to": an intention in a condition ("if you are going to get the job, you have to…")
    r"\bif (?:you|one|we|they|he|she) (?:are|is|'re|am|'m) going to\b",
]
UNFORESEEN = re.compile("|".join(f"(?:{p})" for p in _UNFORESEEN))


def foreseeing(low: str) -> str:
    """A lower-cased English claim without its futures that foresee nothing (the module's list); what is left is read
    for a prediction."""
    return UNFORESEEN.sub(" ", low)


# Who narrates a case: police and prosecutors, whose "would" tells what a scheme's people used to do
_NARRATORS = re.compile(r"\b(?:police|officers?|detectives?|investigators?|agents?|prosecutors?|(?:u\.s\.|district|state's|county) "
                        r"attorney|attorney general|sheriff|deputies|authorities|troopers?|fbi|dea|atf|hsi|ice|marshals?)\b", re.I)
# The doings of a scheme: dealing, moving, paying and luring, not a happening foreseen ("retaliate", "survive", "spread")
_SCHEME_VERBS = ("approach", "force", "recruit", "launder", "follow", "lure", "meet", "sell", "buy", "pay", "send", "use", "take", "tell",
                 "call", "ask", "give", "drive", "transport", "smuggle", "carry", "deliver", "collect", "deposit", "hide", "store",
                 "steal", "rob", "demand", "charge", "pose", "submit", "bill", "obtain", "receive", "wire", "transfer", "ship", "mail",
                 "distribute", "package", "contact", "post", "advertise", "instruct", "direct", "keep", "bring", "pick", "drop",
                 "order", "arrange", "convince", "persuade", "promise", "offer", "provide", "supply", "purchase", "cash", "forge",
                 "create", "open", "fill", "write", "load", "unload", "cross", "travel", "enter", "leave", "return", "split", "share")
_SCHEME = re.compile(r"\b(?:would|'d) (?:(?:then|also|allegedly|later|often|sometimes|usually|typically|regularly|each|either|both)"
                     r" )*(?:" + "|".join(_SCHEME_VERBS) + r")(?:s|ed|d)?\b")


def narrated_scheme(low: str, speaker: str | None) -> str:
    """A claim of police or prosecutors without the habitual "would" of the scheme they narrate."""
    return _SCHEME.sub(" ", low) if speaker and _NARRATORS.search(speaker) else low
