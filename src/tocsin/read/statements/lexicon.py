"""The words of attribution per language, as data: cue verbs, speaker patterns, the patterns of each claim type;
and the base form of an English cue verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Verbs of a happening nobody plans: what "could", "may" or "is poised to" says may come
HAPPENING = (r"(?:become|change(?! (?:your|my|our|his|her|their|its|the|a|an|this|that|it|them)\b)|rise|spread|reach|grow|increase|lead|trigger|spark|cause|happen|take (?:over|control|hold|root|power|revenge)|face|fall|drop|end|last|collapse|"
             r"escalate|expand|return|strike|kill|die|lose|win|hit|surge|spike|worsen|erupt|attack|retaliate|"
             # how a fight or a truce goes on its own ("the fighting could resume", "the truce may not hold", "the ceasefire
             # might break down", "violence could flare up"); "hold" only with nothing held ("may hold talks" is a plan)
             r"resume|intensify|flare|deteriorate|unravel|break (?:down|out)|fall apart|spill over|boil over|"
             r"hold(?=\s*(?:$|[,.;:!?—–]|(?:up|until|through|for long|much longer|if|unless|and|but)\b)))\b")

# A change of degree foretold ("may get worse", "may even be more pronounced", "could grow deadlier"): "may be" alone tells a
# state now as often ("he may be armed"), a comparative after it a state to come; not a count ("may be more than 20")
CHANGE = (r"(?:get|grow|become|be|turn|prove) (?:even |much |far |still |a lot |\w+ly )?(?:worse|better|higher|lower|greater|deadlier|"
          r"bloodier|stronger|weaker|harder|tougher|bigger|larger|smaller|(?:more|less) (?!than\b|of\b)[a-z]{3,})\b"
          r"(?! than (?:\w+ ){0,2}?(?:thought|believed|knew|known|realized|feared|suspected|reported|first))")  # "than we thought": now

# What a speaker's side comes to see more of when it is a harm ("we'll see more attacks"), not a measure ("more patrols")
HARM = (r"(?:violence|attacks?|killings?|deaths|homicides|murders|shootings|crimes?|extortion|kidnappings|bloodshed|victims|"
        r"cases|of (?:this|the same|that)|ataques|violencia|asesinatos|homicidios|muertes|secuestros|extorsiones|crímenes|"
        r"víctimas|casos|balaceras|enfrentamientos)\b")

# What the speaker expects of others as their duty ("we expect them to comply with the law"): a demand, not a forecast
DUTY = (r"(?:i|we) (?:\w+ly )?expect (?:[\w'-]+ ){1,4}?to (?:\w+ly )?(?:comply|cooperate|obey|respect|follow|abide|honou?r|"
        r"fulfil+|uphold|behave|do (?:their|his|her|its) (?:job|duty|part)|take responsibility)")

LEXICONS = {
    "en": {
        "parse": True,  # statements read from the dependency parse; other languages by surface patterns
        "cues": {
            "say", "tell", "add", "warn", "claim", "allege", "state", "explain", "note", "insist", "argue", "deny",
            "predict", "estimate", "acknowledge", "announce", "confirm", "report", "write", "believe", "suggest",
            "recommend", "urge", "caution", "assert", "contend", "declare", "maintain", "reply", "respond", "testify",
            "stress", "emphasize", "reject", "dismiss", "accuse", "promise", "vow", "admit", "concede", "point",
            "forecast", "expect", "think", "fear", "worry", "threaten", "describe", "call", "ask", "demand",
            "underscore", "highlight", "reiterate", "lament", "repeat", "remark", "assure", "boast", "complain", "recount",
            "recall", "disclose", "affirm", "clarify", "tweet",
            # verbs that take what is claimed as a clause ("recognized that…", "agreed that…", "informed the court that…")
            "recognize", "agree", "reaffirm", "dispute", "contest", "refute", "inform", "advise", "brag", "mention", "observe",
            # a ruling's, a count's, a hint's, a warning's or an answer's clause ("the inquest ruled that the shooting was
            # justified", "one study calculates that…", "implied that…", "alerted Kosinski that…", "answered, “…”")
            "rule", "calculate", "imply", "alert", "answer", "anticipate", "confess", "attest",
        },
        # verbs of avowal, whose object is the stance reported ("noted recent successes", "praised the deputies for…"):
        # statements.avowals says when, and why a readout's "expressed", "reaffirmed", "welcomed" are not among them
        "avowals": {"note", "praise", "laud", "lament", "underscore", "highlight"},
        # what a finding holder establishes ("the evidence showed that…", "investigators determined that…", "the judge
        # found that…"): a claim when a clause with its own subject follows, never a quotation nearby or an object
        "findings": {"show", "find", "establish", "prove", "demonstrate", "determine", "conclude", "reveal", "indicate",
                     "discover"},
        # who or what holds a finding: evidence and papers, and those who investigate (a court's finding is its ruling,
        # an event; "the United States determined that the funds will…" is a decision)
        "finders": r"(?:evidence|records?|documents?|testimony|reports?|study|studies|research|survey|poll|data|investigation|inquiry|"
                   r"audit|autopsy|inquest|analysis|review|tests?|results|findings|footage|video|investigators?|detectives?|agents?|"
                   r"inspectors?|auditors?|examiners?|coroner|researchers?|analysts?|scientists?)",
        # papers that speak through a participle: "a report showing that…", "a statement saying that…"
        "papers": r"(?:report|statement|release|letter|memo|memorandum|e-?mail|message|post|note|notice|complaint|affidavit|"
                  r"filing|motion|document|study|survey|poll|analysis|audit|review|ruling|order|indictment|warning|alert|bulletin)",
        "according": [r"according to", r"in the words of", r"as reported by"],
        # verbs that give their object a predicate of the speaker's own, with the preposition or the object predicate
        # (``oprd``) each frame takes: "described the crime as despicable", "likened the agents to thugs", "called the
        # shooting a senseless act" (statements.pictures); every such claim is an opinion (statements.kinds). Not
        # "compare" nor "label", whose physical or method senses are no verdicts ("compared the bullet casings to…",
        # "labeled the bags as evidence"); "brand", "smear" and "equate" only with their preposition ("branded them as
        # terrorists", "smeared the agents as thugs", "equated the officers to a dictator"): a bare "branded him a
        # traitor", "dub" and "term" give no predicate in the parse
        "characterizing": {"describe": ("as",), "characterize": ("as",), "portray": ("as",), "depict": ("as",),
                           "call": ("oprd",), "liken": ("to",), "compare": ("to",), "brand": ("as",), "smear": ("as",), "equate": ("to", "with")},
        # verbs that tell only of speaking, whose words may follow in the next paragraph (statements.leadin)
        "voicing": {"speak", "talk"},
        "pronouns": {"he": "person", "she": "person", "they": None, "i": "person", "we": None, "it": "organization"},
        "plural_pronouns": {"they"},
        "roles": r"(?:official|officials|expert|analyst|researcher|prosecutor|spokesman|spokeswoman|spokesperson|minister|president|chief|commander|director|lawyer|attorney|senator|governor|mayor|general|colonel|criminologist|investigator|source|witness|leader|secretary)",
        # the words a business goes by once named ("General Motors, the carmaker, … the company said"): no person
        "bodies": r"(?:company|firm|carmaker|automaker|airline|manufacturer)",
        "denial": {"deny", "reject", "dismiss", "dispute", "contest", "refute"},  # "disputed that the fire was set…": a denial
        "allegation": {"allege", "accuse", "claim"},
        "opinion": {"believe", "think", "fear", "worry", "describe", "call", "thank", "praise", "applaud", "laud", "condemn", "lament",
                    "welcome"},  # praise, thanks and blame (docs/annotation.md §3)
        "request": {"ask", "urge", "demand", "request", "implore", "press", "encourage"},  # what follows is asked of someone, not claimed
        # verbs that ask when what follows is someone to do something ("advised residents to stay indoors") and tell
        # when it is a clause ("advised that the road was closed")
        "advice": {"advise"},
        # a hypothetical or generic holder of a view, an argument's figure and not a source ("anybody in this room", "how
        # many people", "you"); "people familiar with the matter" and "some officials" are sources and stay
        "generic_holder": r"(?:anybody|anyone|nobody|no one|no-one|everybody|everyone|somebody|someone|whoever|you|you all|y'all|"
                          r"(?:how many|many|most|some|few|a lot of|lots of|plenty of|all) ?(?:people|folks|americans|of us|of you)?|people|folks)"
                          r"(?: (?:in|on|at|out|here|there|around|across)\b[^,;]{0,30})?",
        # a future; what is said to be expected, with or without what is to happen ("more deaths were expected", "is
        # projected to"); someone else expected to do something ("we fully expect the rebels to attack"; "expect you to" is a
        # demand; "was expecting him to spend time in jail" a past state of mind in a narration); a happening close and in sight ("is poised to take over", "may collapse"); a horizon; a trend kept up
        "forecast": r"\b(?:will|won't|wo n't|'ll|is going to|are going to|next step|expected to|(?<!more )(?<!less )(?:un)?likely to|"
                     r"(?:is|are|was|were|'s|'re|be|been) (?:\w+ly |also |now |still )?(?:expected|anticipated|projected|predicted|forecast)|"
                     r"(?:expect|expects|anticipates?) to (?:\w+ly )?(?:see|witness|face|experience|suffer)\b|(?:expect|expects|expecting|anticipates?|anticipating|predicts?) (?!(?:to|that|you|your|our|my|us|every\w*|all|nothing|more|less|much|of)\b)(?:[\w'-]+ ){1,5}?to (?!(?:the|a|an|our|my|your|his|her|their|its|this|that|these|those|us|them|him|me|it)\b)[a-z]+|"
                     r"(?:poised|bound|set|about) to (?:\w+ly )?(?!take (?:place|effect|office)\b)" + HAPPENING + r"|(?<!there )(?:may|might(?= not))(?= (?:not |well |also |soon |eventually |even )?(?:" + HAPPENING + r"|" + CHANGE + r"))|"
                     r"would(?=\s+(?:not\s+|never\s+|\w+ly\s+)?[a-z])|in the coming|(?:within (?:a|the next|\w+)|in the next)(?: (?:couple|few|several) of| few| several| \d+| two| three)? (?:year|month|week)s?|by next|(?<!\bas )soon(?! (?:after|afterwards?|thereafter|before|as)\b)|if .{0,80}\b(?<!to )(?:continue|keeps?|grow)|on (?:track|pace|course) (?:to|for)|(?:could|might)(?= (?:well |also |soon |eventually |easily |even )?(?:be(?! (?:due|the work|the result|responsible|related|linked|connected|caused|behind)\b)|" + HAPPENING + r"|" + CHANGE + r")))\b",
        # words leading to a quotation that make it expected ("said she anticipates the trial “would require…”")
        "predicting_lead": r"\b(?:anticipat\w*|expects?|expected|expecting|predicts?|predicted|forecasts?|estimates?|estimated)\b",
        # cues that say what follows is foreseen ("he anticipated them surrendering later Tuesday", "predicted the gang would split")
        "predicting_cues": {"predict", "forecast", "anticipate", "expect"},
        # the speaker's own manner of speaking: "the remarks which I will say now will trigger…" predicts with "will trigger"
        "speaking": r"\b(?:i|we)(?:'ll| will| shall| am going to|'m going to) (?:\w+ly )?(?:say|tell you|add|note|point out|mention|"
                    r"repeat|admit|confess|be honest|be frank|be brief)\b",
        # a warning of a possible happening is a prediction of it ("warns of a possible shooting")
        "warning": {"warn", "caution", "fear", "alert"},
        "possible": r"\b(?:possible|potential|imminent|impending|(?:risk|threat|danger) of)\b",
        "recommendation": r"\b(?:should|must|has to|have to|need to|needs to|needs? (?:a|an|more)|ought to|it is time to|it's time to|call(?:s|ed)? for|"
                          + DUTY + r")\b",
        # What the speaker's own side will do, deterrence and counterfactuals: plans and promises, not predictions
        # Deterrence, read only when an authority speaks (kinds._AUTHORITY): the passive of what justice or force does to
        # offenders, its fixed lines, a threat answered in advance, what "the President" would do, the nation's resolve.
        # In an analyst's, a critic's or a family's mouth the same words foresee ("analysts said the militants will be
        # crushed", "his family said he would be deported and killed"): they stay forecasts.
        "deterrence": (
                      # deterrence told in the passive of what justice or force does to offenders ("they will be hunted down", "the
                      # cartels are going to be dismantled", "those criminals are going to be removed"), and its fixed lines ("no one
                      # will be above the law", "they will feel the full force of the law", "will find no refuge"); not what
                      # befalls anyone else ("officers will be targeted", "homes will be destroyed")
                      r"\b(?:will|'ll|would|is going to|are going to) (?:\w+ly )?(?:be|get) (?:\w+ly )?(?:eliminated|wiped out|dealt with|hunted down|"
                      r"tracked down|dismantled|rooted out|locked up|put (?:away|behind bars)|held (?:responsible|to account|accountable)|"
                      r"brought to (?:justice|book)|prosecuted|punished|removed|deported|arrested|apprehended|crushed)\b"
                      r"|\b(?:will|'ll|would|shall|is going to|are going to)(?: not|n't| never) (?:\w+ly )?(?:go unpunished|escape (?:justice|punishment)|"
                      r"get away with)\b|\bwon't (?:\w+ly )?(?:go unpunished|escape (?:justice|punishment)|get away with)\b"
                      # a threat answered in advance: "would respond to any attack", whatever the subject ("any" makes it a line)
                      r"|\b(?:will|'ll|would|is going to|are going to) (?:\w+ly )?(?:respond|retaliate|react|strike back)(?: \w+ly)? (?:to|against|for) any\b"
                      r"|\bno one (?:is|will be|shall be) above the law\b|\b(?:will|'ll|is going to|are going to) (?:\w+ly )?(?:feel|face) the (?:full )?"
                      r"(?:force|weight|wrath|might) of\b|\bwill (?:\w+ly )?find no (?:refuge|safe haven|sanctuary|place to hide|shelter)\b"
                      # what "the President" (unnamed: the speaker's own, as a spokesperson speaks of him) would do is his plan
                      r"|\bthe (?:president|vice president) (?:would|'d)\b(?! (?:\w+ly )?(?:not |never )?(?:be|get|face|suffer|die|lose)\b)"
                      # the nation's resolve in the conditional, and its answer ("America would never abandon them", "the
                      # United States would respond"): a line of its government, a prediction in an analyst's mouth
                      r"|\b(?:america|the united states|the u\.s\.|our (?:country|nation)|this (?:country|nation)) would (?:never|not|always)\b"
                      r"|\b(?:america|the united states|the u\.s\.|our (?:country|nation)|this (?:country|nation)) (?:will|'ll|would|stands ready to) "
                      r"(?:\w+ly )?(?:respond|defend|protect|stand (?:with|by)|act)\b"
        ),
        "commitment": r"\b(?:i|we)(?: (?:now|also|all|still|then|certainly|definitely|absolutely|surely))?(?:'ll| will| shall| won't| will not| am going to| are going to| are not going to|'m going to|'re going to|'re not going to|'m not going to)\b"
                      # (not what the speaker's side will come to see or undergo: "we'll start to see the same happen", "we may
                      # find out", "we will face a wave of attacks")
                      r"(?! (?:\w+ly |all |also )?(?:(?:start|begin|continue) to (?:see|witness)|see (?:more (?:\w+ )?" + HARM + r"|an? (?:\w+ )?(?:increase|rise|surge|"
                      r"spike|wave|drop|decline)|the same)|witness|face|experience|suffer|find out)\b)"
                      r"|\b(?:the|this|our) (?:department|administration|government|office|agency|bureau|justice department|"
                      r"department of justice|u\.s\. attorney's office|fbi|dea|fda|irs|atf|ice|hsi|president)\b[^.;]{0,40}\b(?:will|'ll)\b"
                      r"|\bwill (?:be|face|not be) (?:\w+ly )?(?:held (?:fully )?accountable|prosecuted|brought to justice|punished|tolerated|found and|"
                      r"pursued|investigated|apprehended|arrested|caught|removed|deported|stopped)\b|\bwill not (?:tolerate|hesitate|stand)\b|\bwill (?:continue|remain|keep) (?:to|vigilant|working|on)\b"
                      r"|\bwould(?: not)?(?: \w+ly)? have (?:\w+ly )?(?:been|happened|died|gone|done|made|\w+ed|\w+en)\b"
                      # what the speaker's side announces the listener will hear or see
                      r"|\byou(?:'ll| will| are going to) (?:\w+ly )?(?:also )?(?:hear|see)\b|\bwill be a consequence\b"
                      # deterrence: what awaits "you" if you offend, or "those who" offend, whatever the verb ("if you
                      # keep dealing, you will pay", "anyone who smuggles guns will face us"); what "this task force" or
                      # "our office" will do is the speaker's own side's plan
                      r"|\bif you\b[^.;]{0,150}?\byou(?:'ll| will| are going to| shall)\b"
                      # a rhetorical prediction put in someone's mouth ("if anyone thinks the cartel will stop, …"); a pledge
                      # never to relent, or that those stopped will never harm again (the effect of the speaker's side)
                      r"|\bif (?:anyone|anybody|someone|somebody|you|people|they) (?:[\w,']+ ){0,4}?(?:thinks?|believes?|expects?|imagines?|assumes?)\b"
                      # … or in whoever holds it ("anyone who thinks the cartel might win is wrong", "those who believe …")
                      r"|\b(?:anyone|anybody|whoever|those|people|someone|somebody) (?:who |that )?(?:still |really |seriously |honestly )?(?:thinks?|believes?|imagines?|assumes?)\b"
                      r"|\bwill (?:not|never) (?:rest|relent|stop until|back down|give up|waver|falter|be deterred|be intimidated)\b"
                      r"|\b(?:will|'ll|would) never (?:again )?(?:\w+ )?(?:harm|hurt|threaten|terrorize|victimize|prey|endanger|menace)\b"
                      r"|\b(?:those|anyone|anybody|whoever|individuals|people|criminals|others|any \w+) (?:who|that) (?!will\b|would\b)[\w']+\b[^.;]{0,100}?(?:will|'ll|shall|can expect)\b"
                      r"|\b(?:this|our) (?:task force|team|unit|office|department|agency|administration|force|government|operation|"
                      r"initiative|program|programme|partnership|squad|division|bureau|coalition)\b[^.;]{0,20}?\b(?:will|'ll|is going to)\b"
                      r"|\b(?:will|'ll|would) have (?:\w+ )?(?:more|an update|updates|details|information|something) (?:\w+ )?(?:on|about|to say|for you|of an update)\b"
                      # what a lawyer's client will do is the defence's own decision ("my client will fight the charges"), not what
                      # befalls the client ("my client will be killed if deported", "would face torture")
                      r"|\b(?:my|our|his|her|their) clients? (?:\w+ly )?(?:will|would|'ll|is going to|are going to|won't|wouldn't)\b"
                      r"(?! (?:\w+ly )?(?:not |never )?(?:be|get|face|suffer|die|lose|go to prison)\b)"
                      # a promise; the next step of a case, which the authorities take; an indirect question
                      r"|\b(?:i|we) (?:promise|vow|pledge|guarantee)\b"
                      # what the speaker's side expects or means to do itself ("we expect to arrest the leaders"), not what it
                      # will come to see or undergo ("we expect to see more attacks")
                      r"|\b" + DUTY + r"\b"
                      r"|\b(?:i|we) (?:\w+ly )?(?:expect|plan|intend|aim|hope) to (?!(?:see|witness|face|experience|suffer|find|lose|hear|have|get)\b)"
                      # a rule's penalty ("applicants who lie may lose their benefits", "those convicted could be barred")
                      r"|\b(?:who (?!will\b|would\b)[\w']+|convicted|caught|found guilty)\b[^.;]{0,60}?\b(?:may|could|will|can|'ll) (?:\w+ly )?"
                      r"(?:lose|forfeit|be (?:fined|jailed|barred|banned|denied|stripped|suspended|expelled))\b|\bwill (?:not )?(?:(?:likely|then|also) )?(?:be )?(?:charged|arraigned|sentenced|"
                      r"tried|transferred|extradited|returned|booked|released|arraigned|appear in court|stand trial)\b"
                      r"|\b(?:why|how|whether) (?:[\w’']+ ){0,5}(?:would|will)\b|^(?:\w+ ){0,2}(?:what|who|when|where|which) (?:[\w’']+ ){0,4}(?:would|will)\b"
                      # a prediction the text calls false (a fraud's pitch); the effect of the speaker's side's own instrument
                      r"|\b(?:falsely|fraudulently|misleadingly) (?:\w+ )?(?:represent|promis|claim|assur|told|tell|state|guarante)"
                      r"|\b(?:agreement|settlement|prosecution|conviction|sentence|law|act|bill|order|policy|rule|plan|program|programme|"
                      r"initiative|investment|funding|legislation|partnership|operation|action|effort)s? (?:\w+ ){0,2}will (?:\w+ly )?(?:help|"
                      r"increase|ensure|make|protect|strengthen|improve|deter|send|provide|allow|bring|reduce|save|create|keep|give|"
                      r"enhance|expand|support|prevent|stop|end|lower|boost)\b"
                      # a schedule; what a president or a government will do (a plan, announced)
                      r"|\b(?:trial|hearing|sentencing|arraignment|funeral|services|vigil|meeting|session|summit|visit|ceremony)\b[^.;]{0,40}\b"
                      r"(?:will|would|is to|are to) (?:\w+ly )?(?:begin|start|resume|take place|be held|open|be heard|be scheduled|be set|continue)\b"
                      r"|\b(?:will|would|'ll|is going to|are going to) (?:\w+ly )?(?:take place|be held|convene)\b"
                      r"|\b(?:details|specifics|more information|further information|information|an update|updates|results|a decision)\b[^.;]{0,20}?"
                      r"\bwill (?:\w+ly )?(?:follow|come|be (?:released|available|provided|announced|made (?:public|available)))\b"
                      # a conditional contrary to fact: "if a hyena was running around, everyone would call animal control"
                      r"|^\W*if\b[^.;]{1,100}?\b(?:was|were|could|had|did|knew|wanted)\b[^.;]{0,100}?\bwould\b"
                      # a meeting, a call or a trip: what the people in it will talk about or do is on the agenda, not foreseen
                      r"|\b(?:meeting|meetings|conversation|conversations|call|talks|visit|trip|summit|ministerial|dialogue|session|discussion|"
                      r"discussions|deployment|announcement|speech|address|remarks|interview|briefing|conference|agenda|bilateral)s? (?:[\w’'-]+ ){0,3}?"
                      r"(?:will|would|'ll|is going to|are going to)\b"
                      r"|\bwill be (?:the |a |an |one of the )?(?:\w+ )?(?:focus|topics?|part|subjects?|items?|issues?|priorit(?:y|ies)) of (?:the |this |that |our |their )?(?:\w+ )?(?:conversation|discussion|meeting|agenda|talks|visit|trip|summit|call)\b"
                      r"|\b(?:president|vice president|first lady|secretary|governor|mayor|attorney general|prime minister) (?:[a-z.'-]+ ){0,2}(?:will|'ll|is going to)\b"
                      r"|\b(?:the )?(?:administration|white house|government|department|agency|ministry|united states|u\.s\.) (?:will|'ll|is going to) (?:\w+ly )?(?:also )?"
                      r"(?:announce|sign|host|convene|launch|provide|invest|deliver|send|release|continue|work|take|make|issue|deploy|expand|hold)\b",
        # cues that make what follows the announcer's plan or pledge, never a prediction ("GM announced it will increase…")
        "plan_cue": r"^(?:announc|promis|vow|pledg|commit)",
        # futures that predict nothing: a purpose ("so that the transfers would pass"), a description ("an architecture
        # which will help", "medicine that will help"), the speaker's own manner of speaking ("I would point out")
        # (what one would expect is a measure, no prediction: "fewer witnesses than you would think there would be"; nor
        # is the "would" of a feeling about what someone does: "it's disturbing that they would side with…")
        "not_predicting": r"\b(?:you|one|we|i|anyone|people)(?:'d| would) (?:think|expect|imagine|guess|assume|hope)\b[^.;]*"
                          # what a generic "you" believes or takes for granted ("you don't think it will happen to you",
                          # "you tend to think the guests will be men in rags"): a common belief the speaker sets out, often to
                          # correct it, not the speaker's prediction; up to the clause's end: "if you think the truce will hold, it will not" foretells
                          r"|(?<!what )(?<!how )\byou (?:(?:do not|don't|never|tend to|always|often|usually|just|automatically) )?(?:think|assume|imagine|figure)\b(?:(?!\b(?:but|and|yet|while)\b)[^.;,:—])*"
                          # a rate compared ("officers are 54 percent more likely to die by suicide", "makes it twice as likely an
                          # adolescent will commit a violent act"): a statistic, and the future it rates is no prediction
                          r"|\b(?:(?:\d[\d.,]*\s*(?:%|percent|per cent)|\d[\d.,]*\s+times|twice|half)\s+(?:as|more|less)\s+likely"
                          r"(?:\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:will|would)\b[^.;]*)?"
                          r"|(?:more|less)\s+likely\s+than)\b"
                          # a future broken off where the speaker starts again ("that could — will make", "we've been
                          # having and will — and are"), and a past intention ("I was going to go to Japan")
                          r"|\b(?:will|would|could|'ll)\s*[—–]+|\b(?:was|were) going to\b"
                          # a schedule told with "there will be" ("there will be an in-person meeting", "an investigation")
                          r"|\bthere (?:will|'ll|would|is going to) be (?:an? |another |some |more |further )?(?:[\w-]+ ){0,2}?(?:meetings?|"
                          r"investigations?|reviews?|calls?|votes?|hearings?|briefings?|readouts?|announcements?|conversations?|"
                          r"discussions?|sessions?|visits?|trips?|summits?|statements?|updates?|decisions?|inquir(?:y|ies)|reports?|"
                          r"opportunit(?:y|ies)|chances?|events?|services?|memorials?|funerals?|vigils?|ceremon(?:y|ies)|parades?|festivals?|"
                          r"fairs?|concerts?|celebrations?|fundraisers?|auctions?|sales?|workshops?|classes|games?|tournaments?|"
                          r"performances?|shows?|screenings?|tours?|exhibits?|exhibitions?|receptions?|dinners?|luncheons?|breakfasts?|"
                          r"picnics?|parties|party|marches|rall(?:y|ies)|police|officers|patrols|deputies|troopers|agents|troops)\b"
                          r"(?! (?:killed|hurt|injured|shot|attacked|targeted|wounded|dying|dead)\b)"
                          # an elliptic comparison ("we would disagree, as would anybody"); what will be said or heard
                          # ("you can expect to hear more from the President in the coming months")
                          r"|\bas (?:would|will|could|did|does|do) \w+|\b(?:expect|going|want) to (?:hear|see|learn) (?:\w+ )?(?:more )?from\b[^.;]*"
                          # what the next step is, asked or described ("what the next step looks like"): no step foreseen
                          r"|\bwhat (?:the |our |their )?next steps? (?:looks?|is|are|will|would|might|may)\b"
                          # what someone is likely to face or could do, asked or withheld ("telegraph what they're likely to
                          # face", "what the path forward could look like", "we can't predict what will happen")
                          r"|\b(?:what|how|whether) (?:[\w']+ ){0,4}(?:(?:likely|going) to|could|might|would|will)\b"
                          # a future cut off before its complement ("because he would be"): nothing is predicted
                          r"|\b(?:will|'ll|would|'d|could|might) (?:be|have|get|do|go)\W*$"
                          r"|\b(?:it|that)(?:'s| is| was) (?:\w+ )?(?:disturbing|shameful|outrageous|sad|unfortunate|disgraceful|unfair|wrong|"
                          r"appalling|absurd|ridiculous|shocking|unbelievable|insane|strange|odd|troubling|sickening) that\b[^.;]*"
                          # what a hoped-for outcome takes ("if this town is going to survive, it will be because…", "if we're going
                          # to win, it will take all of us"): a condition of purpose and its means, no prediction
                          # a capacity known then, in a narration ("Hitler knew he could expand his reign"): a factive verb's past
                          r"|(?<!\bi )(?<!\bwe )(?<!'ve )(?<!have )(?<!has )(?<!just )\b(?:knew|realized|realised|learned|learnt|discovered|understood) (?:that )?(?:[\w'-]+ ){1,3}?(?:could|might)\b"
                          r"|\bif\b[^.;]{1,80}?\bgoing to (?:\w+ ){0,2}?(?:survive|succeed|win|recover|change|improve|heal|thrive|prosper|work|get better|"
                          r"move forward|make it|turn (?:around|the corner)|beat|defeat|stop|end|solve|fix|reduce|save)\b[^.;]*?,\s*(?:it|that)(?:'ll| will| is going to) (?:only |also )?(?:be (?:by|through|"
                          r"because|thanks to|with|due to|up to)|take|require)\b[^.;]*"
                          r"|\b(?:so|in order) that\b[^.;]*|\b(?:which|who) (?:\w+ly )?(?:will|would|'ll)\b(?! (?:not|never|only) (?:happen|occur|come about)\b)|\b(?:i|you|we)(?:'d| would)\b"
                          # a refusal told of the past ("their countries would not take them back", "police would not say")
                          r"|\b(?:would not|wouldn't|would never) (?:\w+ly )?(?:take|accept|say|comment|answer|cooperate|release|disclose|"
                          r"confirm|identify|discuss|allow|let|give|tell|provide|reveal|elaborate|speculate|agree|respond|talk|return|"
                          r"issue|sign|open|stop|leave|listen|pay)\b"
                          # a courteous conditional ("many of us would agree", "it would be useful to try"), a lasting regard
                          # ("Ron will always be part of the family") and a schedule ("will be departing on a prescheduled
                          # deployment"; not "will carry out the planned attacks"): no happening foreseen
                          r"|\b(?:would|'d) (?:\w+ly )?(?:agree|argue|say|note|add|suggest|welcome|appreciate|encourage|prefer|"
                          r"recommend|caution|disagree|characterize|describe|remind)\b"
                          r"|\b(?:would|'d) (?:have )?be(?:en)? (?:\w+ly )?(?:useful|helpful|good|great|important|appropriate|wise|nice|"
                          r"happy|glad|pleased|honored|fair|worth)\b[^.;]*"
                          r"|\b(?:will|'ll) always (?:be|remember|cherish|love|honor|miss)\b[^.;]*"
                          r"|\b(?:will|would|'ll) be (?:\w+ ){0,3}?(?:on |for )?(?:a |an |the |its |their )?(?:pre-?|long-?)?scheduled\b[^.;]*"
                          # the habitual past ("he would usually call first") and a capacity ("could reach speeds of 38 mph")
                          r"|\b(?:would|'d) (?:usually|often|always|sometimes|typically|regularly|normally|frequently|occasionally)\b"
                          r"|\bcould (?:\w+ly )?(?:reach|hold|carry|seat|fit|go|travel|run|fly|do|lift|produce|process) (?:top )?"
                          r"(?:speeds|up to|as (?:much|many|fast|high|far) as)\b"
                          # what a court may impose ("could face life in prison", "will spend the rest of his life in prison")
                          r"|\b(?:will|would|could|may|might|'ll) (?:\w+ly )?(?:face|spend|serve|receive|get)\b(?: \w+){0,6}? (?:prison|jail|"
                          r"years?|months?|life|charges?|counts?|sentences?|penalt(?:y|ies)|fines?|consequences|deportation|time|behind bars)\b"
                          # a case's schedule ("is expected to appear in court Monday"); a rule's or a fund's ("will take effect")
                          # (whoever expects it: "we expect the suspects to be extradited", "is set to face trial")
                          # ... or a meeting's or a call's ("we're expecting it to take place this spring")
                          r"|\b(?:expected|expecting|expects?|anticipates?|set|due|scheduled) (?:[\w'-]+ ){0,5}?to (?:be )?(?:appear|arraigned|sentenced|"
                          r"released|extradited|transferred|booked|tried|charged|indicted|convicted|acquitted|in court|return to court|plead|"
                          r"enter a plea|face (?:trial|charges|a judge|sentencing)|take place|held|convene)\b[^.;]*|\b(?:will|would|'ll) (?:\w+ly )?(?:take effect|go (?:to|toward|towards))\b"
                          # what may or is set to happen on a date is a permission or a schedule ("residents may return on
                          # Friday", "the curfew is set to end on Monday"): no chance foreseen
                          r"|\b(?:may|(?:is|are|'s|'re) (?:set|due|scheduled) to)\b (?:[\w'-]+ ){1,6}?(?:on|by|until|in|this|next) (?:monday|tuesday|"
                          r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
                          r"november|december)\b[^.;]*"
                          # a measure in the conditional ("the time it would take for Congress to act", "it would take 25 cows to
                          # produce that"), and a risk a present doing raises ("dealers that break the law increase the risk that
                          # guns will fall into the wrong hands"): a general truth, no happening foreseen
                          r"|\bit (?:would|'d) (?:\w+ly )?take\b[^.;]*|\b(?:increases?|raises?|reduces?|lowers?|heightens?|minimi[sz]es?) the "
                          r"(?:\w+ )?(?:risk|chance|likelihood|odds|probability|danger) (?:that|of)\b[^.;]*"
                          # a future cut off with its verb ("that's one of the things that'll"): nothing is predicted
                          r"|\b(?:will|'ll|would|'d|going to|could|might)\W*$"
                          # "as soon as possible", "too soon to know": a wish for speed and a refusal to judge, no time to come
                          r"|\bas soon as (?:possible|practicable|we can|they can|it can)\b|\btoo soon\b"
                          # what can be made known ("few details could be released"): the reporting, not a happening
                          r"|\bcould(?:n't| not)? be (?:\w+ly )?(?:released|disclosed|confirmed|identified|reached|determined|made public|named|"
                          r"shared|provided|given|verified)\b"
                          # praise of a person's fitness ("will make an excellent Secretary General", "is going to be a great lawyer")
                          r"|\b(?:will|would|'ll|(?:is|are|'s|'re) going to) (?:make|be) (?:a|an) (?:\w+ )?(?:excellent|great|fine|outstanding|"
                          r"superb|strong|terrific|wonderful|fantastic|tremendous|incredible|amazing|exceptional|first-rate|fabulous)\b"
                          # a schedule of work ("the remaining three are expected to be completed within two weeks")
                          r"|\bexpected to (?:be )?(?:completed|finished|done|ready|opened|open|closed|built|installed|delivered|signed|"
                          r"approved|announced|published|held|finali[sz]ed|launched|repaired|replaced)\b[^.;]*"
                          # an indirect question ("it will be decided if he's going to be released"): asked, not foreseen
                          r"|(?:" + "|".join(f"(?<={w} )" for w in ("decide", "decided", "determine", "determined", "see", "know", "knows",
                                                                 "knew", "ask", "asked", "asks", "wonder", "wondered", "unclear",
                                                                 "unknown", "sure")) + r")(?:if|whether)\b[^.;]*"
                          # the habitual past of a narration ("he would hang up, then he would call back", "whenever they came")
                          r"|\b(?:would|'d) [^.;]{0,60}?\bthen (?:\w+ )?(?:would|'d)\b|\b(?:whenever|every time|each time|used to)\b[^.;]*"
                          # a wish in the conditional ("they would love to have that"); a state a rule keeps ("will remain closed")
                          r"|\b(?:would|'d) (?:\w+ly )?(?:love|like|prefer|rather)\b|\b(?:will|would|'ll) (?:\w+ly )?remain (?:closed|open|"
                          r"in place|in effect|in custody|jailed|detained|behind bars|on leave|suspended|hospitalized)\b"
                          # a judgement in the future ("it will be interesting to see", "it's going to be important that we…")
                          r"|\b(?:will|'ll|(?:is|are|'s|'re) going to) (?:\w+ly )?(?:not )?be (?:\w+ly )?(?:interesting|important|useful|helpful|"
                          r"appropriate|inappropriate|fair|unfair|wise|unwise|premature|critical|key|essential|crucial|up to)\b"
                          # a judgement in the conditional ("it would be useful", "that would be a mistake")
                          r"|\bwould (?:\w+ly )?(?:not )?be [\"“']?(?:\w+ly |just |so |too |very |pretty |quite |all )?(?:useful|helpful|hard|difficult|easy|good|great|better|best|bad|worse|"
                          r"wrong|right|important|appropriate|inappropriate|fair|unfair|wise|unwise|nice|wonderful|terrible|interesting|"
                          r"premature|unfortunate|a (?:\w+ )?mistake|a (?:\w+ )?(?:good|bad|great) (?:idea|thing))\b",
        # words after which "that will" opens what is expected ("we expect that it will"), not a relative clause
        # describing a thing ("medicine that will help"), which predicts nothing
        "complement_heads": {"expect", "think", "believe", "say", "said", "says", "know", "hope", "fear", "warn", "warned", "predict",
                             "clear", "sure", "likely", "chance", "fact", "risk", "sign", "means", "shows", "is", "was", "now", "so",
                             "that", "concerned", "worried"},
        "opinion_words": r"\b(?:is a threat|threat to|too late|justified|real, but|disgrace|shocked|monstrous|thin|smear|fabrication|outrage|unacceptable|i think|we believe|in my view)\b",
        # "possible" as a hedge, not "as soon as possible", "everything possible"; "probable", not "probable cause"
        # "may" before a day's number is the month ("on May 21"); "alleged" hedges as "allegedly" does
        "hedges": r"\b(?:may(?!\s+\d)|might|could|possibly|perhaps|probably|(?:un)?likely|appears?|seems?|reportedly|supposedly|allegedly|alleged|apparently|suspected|"
                  r"(?<!as soon as )(?<!as far as )(?<!everything )(?<!all )(?<!whenever )(?<!wherever )(?<!if )possible|potential|"
                  r"probable(?! cause)|apparent)\b",
        "certainty": r"\b(?:certainly|clearly|definitely|undoubtedly|without doubt|no doubt|surely)\b",
    },
    "es": {
        "cues": {
            "dijo", "afirmó", "aseguró", "advirtió", "explicó", "señaló", "indicó", "denunció", "negó", "sostuvo",
            "agregó", "añadió", "alegó", "prometió", "anunció", "informó", "precisó", "recomendó", "pidió", "declaró",
            "manifestó", "reconoció", "admitió", "acusó", "consideró", "estimó", "subrayó", "insistió", "apuntó",
            "comentó", "contó", "relató", "respondió", "rechazó", "desmintió", "aseveró", "expresó", "detalló", "reveló",
            # plural preterites and presents: "los analistas advirtieron", "el fiscal afirma"
            "dijeron", "afirmaron", "aseguraron", "advirtieron", "explicaron", "señalaron", "indicaron", "denunciaron",
            "negaron", "sostuvieron", "agregaron", "añadieron", "informaron", "anunciaron", "reconocieron", "consideraron",
            "insistieron", "respondieron", "rechazaron", "acusaron", "alertaron", "alertó", "dice", "dicen", "afirma",
            "afirman", "asegura", "aseguran", "advierte", "advierten", "explica", "explican", "señala", "señalan", "sostiene",
            "sostienen", "denuncia", "denuncian", "niega", "niegan", "estima", "estiman", "considera", "consideran",
            "confirmó", "confirmaron", "destacó", "destacaron", "aclaró", "recordó", "reiteró", "reiteraron", "enfatizó",
            "remarcó", "puntualizó", "argumentó", "opinó", "sugirió", "adelantó",
            # participles of the compound tenses, read after their auxiliary ("GM ha dicho que", "han anunciado que")
            "dicho", "afirmado", "asegurado", "advertido", "explicado", "señalado", "indicado", "denunciado", "negado",
            "sostenido", "agregado", "añadido", "anunciado", "informado", "declarado", "reconocido", "admitido",
            "confirmado", "revelado", "precisado", "prometido", "destacado", "reiterado",
            # verbs of foretelling ("los analistas habían previsto que…", "ha pronosticado que…")
            "pronosticó", "pronosticaron", "pronosticado", "previó", "previeron", "previsto", "predijo", "predijeron", "predicho",
            # the present and the imperfect of the same verbs, as news writes them ("el informe indica que…", "la empresa
            # decía que…", "Ford espera que…"), and belief and fear ("la policía cree que…", "los vecinos temen que…")
            "indica", "indican", "informa", "informan", "añade", "añaden", "agrega", "agregan", "reconoce", "reconocen",
            "admite", "admiten", "declara", "declaran", "anuncia", "anuncian", "confirma", "confirman", "revela", "revelan",
            "precisa", "detalla", "detallan", "subraya", "destaca", "destacan", "recuerda", "insiste", "insisten", "reitera",
            "aclara", "apunta", "comenta", "relata", "responde", "alega", "alegan", "acusa", "acusan", "opina", "opinan",
            "sugiere", "prevé", "prevén", "pronostica", "pronostican", "cree", "creen", "creyó", "creyeron", "teme", "temen",
            "temía", "espera", "esperan", "esperaba", "esperaban", "decía", "decían", "aseguraba", "aseguraban", "afirmaba",
            "afirmaban", "explicaba", "señalaba", "indicaba", "sostenía", "creía", "creían",
        },
        "according": [r"según", r"de acuerdo con", r"de acuerdo a", r"a juicio de", r"en palabras de"],
        # cues that make a noun phrase their content, as English "announced" does ("Apple anunció la primera generación
        # de…"): statements.surface; not "negó" or "confirmó", acts as often as words with a noun ("el juez negó la
        # libertad condicional", "la corte confirmó la sentencia")
        "object_cues": {"anunció", "anunciaron", "anunciado", "anuncia", "anuncian", "desmintió", "desmintieron", "desmentido",
                        "predijo", "predijeron", "pronosticó", "pronosticaron"},
        "pronouns": {"él": "person", "ella": "person", "ellos": None, "ellas": None},
        "plural_pronouns": {"ellos", "ellas"},
        "roles": r"(?:fiscal|portavoz|ministro|ministra|presidente|presidenta|experto|experta|analista|investigador|investigadora|general|coronel|director|directora|abogado|abogada|jefe|jefa|vocero|vocera|alcalde|alcaldesa|criminólogo)",
        "bodies": r"(?:empresa|compañía|firma|fabricante|aerolínea)",
        "denial": {"negó", "rechazó", "desmintió", "negaron", "rechazaron", "niega", "niegan"},
        "allegation": {"alegó", "acusó", "denunció", "acusaron", "denunciaron", "denuncia", "denuncian", "alega", "alegan", "acusa", "acusan"},
        # the head of a source that a "según" closing its sentence may name (statements.surface): a person by role, a body,
        # witnesses and the media, and figures and papers ("…, según la policía", "…, según las cifras de NPD"); not what a
        # measure goes by ("según sus tatuajes", "según la gravedad del delito", "según la ley")
        "source_heads": r"(?:policías?|fiscalías?|autoridad(?:es)?|gobiernos?|ministerios?|fuentes?|testigos?|vecinos?|vecinas?|"
                        r"familiares|expertos?|expertas?|analistas?|especialistas?|investigadores|funcionari[oa]s?|oficiales|"
                        r"agentes?|militares|ejército|guardia|medios|prensa|diarios?|periódicos?|agencias?|cadenas?|emisoras?|"
                        r"televisoras?|organizaci(?:ón|ones)|ong|sindicatos?|empresas?|compañías?|bancos?|tribunal(?:es)?|"
                        r"cortes?|jueces|juezas?|datos|cifras|estadísticas|encuestas?|estudios?|informes?|reportes?|comunicados?|"
                        r"declaraci(?:ón|ones)|documentos?|registros?|versi(?:ón|ones)|testimonios?|portavoces|voceros|"
                        r"directivos?|ejecutivos?|representantes?|dirigentes?|líderes|residentes?|habitantes?|médicos?|"
                        r"rescatistas?|bomberos?)",
        "opinion": {"consideró", "estimó", "consideraron", "considera", "consideran", "estima", "estiman", "opina", "opinan", "cree",
                    "creen", "creyó", "creyeron", "creía", "creían", "teme", "temen", "temía"},
        "request": {"pidió", "pidieron", "pide", "piden", "exigió", "exigieron", "instó", "solicitó", "solicitaron", "reclamó"},
        "generic_holder": r"(?:nadie|alguien|todos|todo el mundo|la gente|mucha gente|muchos)(?: (?:en|aquí|allí)\b[^,;]{0,30})?",
        # the synthetic future of the third person ("aumentarán", "se extenderá") predicts as "va a" does
        "forecast": r"\b(?:va a|van a|vamos a|será|serán|podría|podrían|habrá|próximo paso|se espera|se prevé|prevé|"
                    r"es (?:muy |poco )?(?:probable|posible|previsible|improbable) que|probablemente|(?:está|están) a punto de|[a-záéíóúñ]{2,}(?:ará|erá|irá|arán|erán|irán)|en los próximos|dentro de (?:un|una|\w+) (?:año|mes|semana)s?|si .{0,80}\b(?:sigue|continúa|continúan))\b",
        "recommendation": r"\b(?:hay que|debe|deben|debería|deberían|tiene que|tienen que|es necesario|es urgente|urge)\b",
        # (not what the speaker's side will come to see or undergo: "vamos a ver más ataques")
        "commitment": r"\b(?:vamos a(?! (?:sufrir|enfrentar|vivir) (?:más|un|una|nuev|otr)| ver (?:más|un|una|nuev\w*|otr\w*) (?:\w+ )?" + HARM + r")|seguiremos|continuaremos|no vamos a|no permitiremos|no toleraremos|no descansaremos|"
                      r"(?:serán|será) (?:castigad[oa]s?|procesad[oa]s?|juzgad[oa]s?|llevad[oa]s? ante la justicia|perseguid[oa]s?))\b"
                      # a step the authorities take with those held ("serán trasladados"); what a court may impose; a rhetorical
                      # prediction put in anyone's mouth ("si alguien cree que la banda va a desaparecer, …")
                      r"|\b(?:serán|será|van a ser|va a ser) (?:trasladad|entregad|liberad|enviad|deportad|extraditad|puest[oa]s? a disposición|"
                      r"presentad|imputad|acusad|sentenciad|condenad|designad|desplegad)\w*"
                      r"|\b(?:podría|podrían|va a|van a|\w+rá|\w+rán) (?:enfrentar|cumplir|recibir|pasar) (?:\w+ ){0,4}?(?:años|prisión|cárcel|"
                      r"cadena perpetua|penas?|condenas?|cargos)\b"
                      r"|\bsi (?:alguien|alguno|usted|ustedes|la gente|algunos) (?:\w+ )?(?:cree|creen|piensa|piensan|espera|esperan)\b"
                      # deterrence, the effect of the speaker's side ("nunca más volverán a extorsionar"); a schedule ("la audiencia
                      # se realizará el lunes")
                      r"|\b(?:delincuentes|criminales|extorsionadores|sicarios|pandilleros|asesinos|secuestradores|responsables) (?:\w+ )?"
                      r"(?:nunca|jamás) más (?:\w+ )?(?:volverá|volverán|podrá|podrán)\b"
                      r"|\b(?:nunca|jamás) más (?:\w+ )?(?:volverá|volverán|podrá|podrán) a (?:extorsionar|dañar|hacer daño|amenazar|atacar|lastimar|"
                      r"matar|asesinar|secuestrar|robar|delinquir|aterrorizar)"
                      r"|\b(?:audiencia|juicio|sesión|reunión|ceremonia|funeral|velorio|misa|cumbre|visita|lectura de (?:la )?sentencia)\b[^.;]{0,40}\b"
                      r"(?:se )?(?:realizará|celebrará|llevará a cabo|iniciará|comenzará|empezará|reanudará|realice|celebre|lleve a cabo|inicie|"
                      r"comience|empiece|reanude|será (?:el|este|esta|mañana|hoy|en|a las|la próxima|el próximo)\b)"
                      # the speaker's side's own doing, hedged or not ("probablemente detendremos a los demás")
                      r"|\b(?:probablemente|posiblemente|seguramente|pronto) (?:\w+ )?[a-záéíóúñ]{2,}remos\b",
        "plan_cue": r"^(?:anunci|promet|se compromet|compromet)",
        "predicting_cues": {"pronosticó", "pronosticaron", "pronosticado", "previó", "previeron", "previsto", "predijo", "predijeron",
                            "predicho", "prevé", "prevén", "pronostica", "pronostican", "espera", "esperan", "esperaba", "esperaban"},
        # a purpose and what it takes ("si esta ciudad va a salir adelante, será gracias a su gente")
        "not_predicting": r"\b(?:(?:está|están|va a|van a) (?:a punto de )?)?(?:se )?cumpl\w* (?:\w+ ){0,2}(?:años|meses|semanas|días)\b[^.;]*"
                          # (a hoped-for outcome: "si esta ciudad va a salir adelante")
                          r"|\bsi\b[^.;]{1,80}?\b(?:va|van|vamos) a (?:\w+ ){0,2}?(?:salir adelante|sobrevivir|ganar|mejorar|cambiar|recuperar\w*|"
                          r"progresar|avanzar|superar\w*|vencer|derrotar|acabar|terminar|salvar\w*|reducir)\b[^.;]*?,\s*(?:será|va a ser) (?:por|gracias a|con|porque)\b[^.;]*|\bpara que\b[^.;]*|\b(?:la|el|los|las) (?:cual|cuales) (?:va a|van a|será|serán|habrá)\b",
        "opinion_words": r"\b(?:es una amenaza|inaceptable|vergüenza|indignante|creo que|a mi juicio)\b",
        # the conditional of report ("sería miembro del Tren de Aragua") hedges as "habría" does; "según parece" is "al parecer"
        "hedges": r"\b(?:podría|podrían|posiblemente|probablemente|quizás|quizá|tal vez|al parecer|habría|habrían|sería|serían|"
                  r"presuntamente|supuestamente|según parece|según se cree)\b",
        "certainty": r"\b(?:sin duda|claramente|definitivamente|ciertamente|indudablemente)\b",
    },
}
# Every pair of quotation marks, short ones too: a scare quote ("wasted") skipped here would pair its closing mark with
# the next quotation's opening one; the short ones are dropped after pairing (MIN_QUOTE_WORDS). Wire copy closes a
# quotation with two apostrophes ("…there would be,'' said the captain"; “…a false accusation,’’ Allen said): they
# close it as a double mark does.
QUOTE = re.compile(r"“[^”]+?(?:”|’’)|\"[^\"]+?(?:\"|'')|«[^»]+?»")
MIN_QUOTE_WORDS = 3  # "deplorables", “Shark Tank”: scare quotes and titles, not quotations
# Spanish auxiliaries before a cue's participle ("ha dicho", "han anunciado": the cue is the participle);
# statements.surface and statements.subjectless (the singular ones, opening a sentence: "Ha dicho que…")
ES_AUX_WORDS = ("ha", "han", "había", "habían", "habría", "habrían", "hemos")
ES_AUX = "(?:" + "|".join(ES_AUX_WORDS) + ")"
# An abbreviated title before a name ("el Sr. Howard", "la Dra. Ruiz"; a doubled point is a typo of the source's)
ES_TITLE = r"(?:Sr|Sra|Srta|Dr|Dra|Lic|Ing|Gral|Cnel|Prof)[.·]+"  # "·": a title's point the surface reader masks
ES_SPEAKER = r"\b(?P<speaker>(?:(?:[Ee]l|[Ll]as?|[Ll]os) )?(?:[a-záéíóúñ]+,? ){0,3}?(?:" + ES_TITLE + r" )?[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+){0,4}" \
             r"(?: (?:Inc|Co|Corp|Ltd|S[.·]A)[.·])?(?:, (?:[^,.\"“”«»]{3,80}),)?)"  # a company's "Inc.", "S.A." is its name's
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think", "felt": "feel",
              "spoke": "speak", "spoken": "speak", "found": "find", "shown": "show", "proven": "prove"}


@lru_cache(maxsize=4096)
def verb_lemma(word: str) -> str:
    """The base form of an English verb form, enough for cue words: the
    pipeline runs without spaCy's lemmatizer, which tocsin does not need."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ying", "y"), ("sses", "ss"), ("ssed", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
                if candidate in _ENGLISH_CUES:
                    return candidate
            return stem
    return word


_ENGLISH_CUES = LEXICONS["en"]["cues"] | LEXICONS["en"]["request"] | LEXICONS["en"]["avowals"] | LEXICONS["en"]["denial"] | LEXICONS["en"]["allegation"] | LEXICONS["en"]["findings"] | set(LEXICONS["en"]["characterizing"])


_PARTIES = {"his", "her", "their", "defense", "defence", "defendant", "defendants", "prosecution", "prosecutor", "prosecutors",
            "plaintiff", "plaintiffs", "lawyer", "lawyers", "attorney", "attorneys"}


def holds_findings(tokens) -> bool:
    """Whether a speaker phrase holds findings (``finders``): evidence, records, reports, investigators, and the papers
    of a court ("…, court papers show"); never a person's or a party's papers ("Juan Ruiz's court papers show", "his
    court papers", "the prosecution's": a possessor makes the claim theirs), nor an indictment or a complaint, which
    accuse. An agency's or a country's findings stay ("the FBI's investigation found", "Mexico's records show")."""
    tokens = list(tokens)
    if any(t.dep_ == "poss" and (t.ent_type_ == "PERSON" or t.lower_ in _PARTIES) for t in tokens):
        return False
    return any(re.fullmatch(LEXICONS["en"]["finders"], t.lower_) or t.lower_ == "papers" and t.i > 0 and t.nbor(-1).lower_ == "court"
               for t in tokens)
