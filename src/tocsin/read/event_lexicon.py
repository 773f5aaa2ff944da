"""The event vocabulary, per language, as data (the codebook is docs/events.md).

``TRIGGERS`` lists, in order of precedence (the first type that claims a
word keeps it), each type's triggers as regular expressions over the text;
the parse then decides whether a noun names a happening. Spanish arrives
with its own issue; a language adds tables here, not a code path.
"""

from __future__ import annotations

LEGAL = {"arrest", "charge", "conviction", "extradition", "designation"}
VIOLENT = {"killing", "attack", "abduction", "disappearance", "extortion", "threat", "sexual exploitation", "robbery", "prison"}

TRIGGERS = {
    "en": [
        # type, subtype (None: read from the words around), pattern
        ("killing", "targeted killing", r"assassinat(?:e|es|ed|ing|ion|ions)|contract killings?|targeted killings?|hit job|execution-style|sicariato"),
        ("killing", "targeted killing", r"execut(?:ed|ion|ions)"),
        ("killing", "massacre", r"massacre(?:s|d)?"),
        ("killing", None, r"(?:found|left) dead|shot (?:\w+ )?(?:dead|to death)|gunned down|stabbed to death|beaten to death|hacked to death|strangled|dismembered|bod(?:y|ies) (?:of|were|was)|bodies|lifeless bod(?:y|ies)"),
        ("killing", None, r"kill(?:s|ed|ing|ings)?|murder(?:s|ed|ing)?|slain|slaying|slayings|homicides?|femicides?|decapitated|lynched"),
        ("attack", "bombing", r"bomb(?:s|ed|ing|ings)?|car bomb|explod(?:ed|es|ing)|explosive devices?|grenades?|detonat(?:ed|ion)|dynamite|blasts?|explosions?"),
        ("attack", "arson", r"arson|set fire to|set (?:\w+ ){0,3}(?:on fire|ablaze)|burn(?:s|ed|t|ing)? (?:\w+ ){0,3}(?:vehicles?|buses|cars|trucks|homes?|houses?|shops?|stores?)|torch(?:ed|ing)|firebomb(?:ed|ing)?|burned down"),
        ("attack", "shooting", r"opened fire|open fire|fired (?:shots )?(?:on|at|into)|shootings?|shot|shooting|gunfire|sprayed .{0,20}bullets"),
        ("attack", "armed clash", r"clash(?:es|ed)?|shootouts?|gun ?battles?|firefights?"),
        ("attack", "armed assault", r"attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|ambush(?:es|ed)?|stormed|stabb(?:ed|ing)|retaliat(?:e|ed|ing|ion)|tortur(?:e|ed|es|ing)|beat(?:en|ing)? (?:up )?|hurled|threw"),
        ("abduction", None, r"kidnap(?:s|ped|ping|pings)?|abduct(?:s|ed|ing|ion|ions)?|taken hostage|took (?:[\w,]+ ){1,8}hostage|took (?:\w+ ){1,3}from (?:his|her|their) (?:home|house|apartment|car|office|shop)|held hostage|held captive|seized (?:\w+ ){0,2}hostages?"),
        ("disappearance", None, r"disappear(?:ed|ance|ances)?|went missing|gone missing|reported missing|forcibly disappeared|vanished"),
        ("extortion", None, r"extort(?:s|ed|ing|ion|ions)?|charg(?:es|ed|ing) (?:\w+ ){0,4}?(?:a |an )?(?:tolls?|fees?|quotas?|dollars|soles|pesos)|protection (?:money|payments?|fees?)|vacunas?|cobro de cupo|weekly (?:fee|payment|quota)s?|demand(?:s|ed|ing)? (?:\w+ ){0,3}(?:payments?|fees?|quotas?)"),
        ("threat", None, r"threats?|threat(?:en|ens|ened|ening)|death threats?|intimidat(?:e|ed|ing|ion)|warned (?:\w+ ){1,3}to leave|pamphlets? (?:warning|threatening)"),
        ("sexual exploitation", None, r"sex(?:ually)? exploit(?:ed|ing|ation)|sexual exploitation|forced (?:\w+ ){0,3}(?:into )?prostitution|sex trafficking|prostitution (?:ring|network)s?|rap(?:ed|e|es)|sexual(?:ly)? (?:abused|assaulted)"),
        ("trafficking", None, r"(?:stole|stolen|steal(?:s|ing)?|theft of) (?:\w+ ){0,2}(?:fuel|gasoline|petrol|diesel)|fuel theft|huachicol\w*|traffick(?:ed|ing)|smuggl(?:e|es|ed|ing)|seiz(?:ed|es|ing|ure of) (?:[\w.,]+ ){0,4}?(?:cocaine|drugs|fentanyl|marijuana|heroin|methamphetamine|weapons|rifles|guns|arms|ammunition|gold|fuel)|(?:ship|ships|shipped|shipping|move|moves|moved|moving|transports?|transported) (?:\w+ ){0,2}(?:cocaine|drugs|fentanyl|marijuana|heroin|weapons|guns|rifles|migrants|gold)|drug[- ]running|shipments? of (?:cocaine|drugs|fentanyl|weapons|arms|guns|migrants)|illegal mining"),
        ("robbery", None, r"rob(?:s|bed|bing|bery|beries)|stole|stolen|steal(?:s|ing)?|thefts?|loot(?:ed|ing)|hijack(?:ed|ing)|carjack(?:ed|ing)|heist"),
        ("prison", "riot", r"riot(?:s|ed|ing)?|mutin(?:y|ies)"),
        ("prison", "escape", r"escap(?:e|ed|es)|broke out of|jailbreak|fled (?:from )?(?:the )?(?:prison|jail)"),
        ("prison", "raid", r"raid(?:s|ed)?|retook|took back control|regained control|intervened"),
        ("arrest", None, r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|captured|recaptur(?:e|ed|ing)|apprehended|taken into custody|caught"),
        ("charge", None, r"charg(?:ed|es|ing)(?=[^.;]{0,80}?\b(?:with|in connection|over|for the (?:murder|killing|kidnapping|death)))|(?<!in )charges? (?:of|against)|indict(?:s|ed|ment|ments)?|arraigned|faces? charges|filed charges"),
        ("conviction", None, r"convict(?:s|ed|ion|ions)?|sentenc(?:ed|es|ing)|(?:life|prison|jail) sentences?|found guilty|plead(?:ed|s)? guilty|pled guilty|guilty pleas?|acquitted"),
        ("extradition", "extradition", r"extradit(?:e|es|ed|ing|ion|ions)"),
        ("extradition", "deportation", r"deport(?:s|ed|ing|ation|ations)?|removed to|expell?(?:ed|s)?|expulsions?"),
        ("designation", None, r"designat(?:e|es|ed|ing|ion|ions)|sanction(?:s|ed|ing)?|blacklist(?:ed)?|(?:added|named) to (?:the )?(?:\w+ ){0,3}list"),
        ("presence", None, r"operat(?:es|e|ed|ing) in|control(?:s|led|ling) (?:\w+ ){0,3}(?:crossings?|neighbou?rhoods?|territor(?:y|ies)|routes?|areas?|towns?|districts?|border)|presence in|present in|active in|cells? in|foothold in|expan(?:ded|ding|sion) (?:in)?to|spread (?:in)?to|arrived in|established itself in|settled in|moved into"),
    ],
}

# Subtypes read from the words around a trigger (the first match wins).
SUBTYPE_CUES = {
    "en": {
        "trafficking": [
            ("people", r"migrants?|people|human|persons|women|girls|children|workers"),
            ("drugs", r"drugs?|cocaine|fentanyl|marijuana|heroin|methamphetamine|meth\b|narcotics?|cannabis|coca\b|synthetic"),
            ("arms", r"arms|weapons|guns|firearms|rifles|ammunition"),
            ("fuel", r"fuel|gasoline|petrol|diesel"),
            ("gold", r"gold|mining|minerals?|coltan"),
        ],
        "killing": [("targeted killing", r"hitm[ae]n|sicarios?|contract|targeted|assassin|execution|on (?:a |two )?motorcycles?|ambush|lay in wait|point-blank")],
        "abduction": [("express kidnapping", r"express kidnapping")],
        "extradition": [("deportation", r"deport|removed to|expel")],
        "designation": [
            ("terrorist designation", r"terrorist|FTO|SDGT"),
            ("sanction", r"sanction|OFAC|Treasury|blacklist"),
        ],
    },
}

# Context a trigger needs to count (the sentence must match).
CONTEXT = {
    "en": {
        "prison": r"prison|jail|penitentiar|inmates?|cell ?blocks?|detention (?:centre|center)|Tocor[oó]n|lockup",
        "charge": r"charg|indict|arraign|count",
    },
}

# Words that mark modality, by where they sit relative to the trigger.
MODALITY = {
    "en": {
        "future_aux": {"will", "'ll", "shall", "wo"},
        "hypothetical_aux": {"would", "could", "might", "may", "should", "can", "must", "ca"},
        "future_heads": {"plan", "planned", "planning", "plans", "intend", "intends", "intended", "prepare", "preparing", "aim",
                         "aims", "seek", "seeks", "sought", "seeking", "going", "expected", "likely", "poised", "set", "next",
                         "about", "asked", "requested", "request", "requests", "threaten", "threatened", "threatens",
                         "threatening", "vowed", "vows", "promised", "promises", "pledged"},
        "hypothetical_heads": {"want", "wants", "wanted", "prevent", "prevented", "stop", "avoid", "if", "unless",
                               "whether", "risk", "fear", "feared", "fears", "ordered", "order", "urged", "must",
                               "called", "calls", "allow", "possible", "possibility", "would", "willing", "able", "ready",
                               "reward", "rewards", "leading"},
        "negation": {"not", "n't", "never", "no", "without", "denied", "denies", "deny", "denying", "rejected", "rejects",
                     "false", "dismissed", "ruled"},
        "alleged": {"allegedly", "alleged", "reportedly", "purportedly", "suspected", "accused", "accuses", "accusing",
                    "blamed", "blames", "attributed", "suspect", "believed", "linked", "tied", "allege", "alleges",
                    "claimed", "presumed", "presumably", "apparently", "probably", "likely"},
        "allegation_heads": {"accused", "accuse", "accuses", "accusing", "suspected", "suspect", "blamed", "blame", "blames",
                             "allege", "alleges", "alleged", "attributed", "linked", "tied", "believed", "claimed", "responsible"},
        "suspected_words": {"suspected", "believed", "presumed", "linked", "tied", "attributed", "blamed", "responsible", "suspect", "suspects"},
    },
}

# Target categories from the words of a target phrase (the first match wins).
TARGET_CATEGORIES = {  # in order of precedence: the first that matches is the category
    "en": [
        ("rival group", r"\b(?:dissidents? of the (?:former )?FARC|FARC dissidents?|ex-FARC|guerrillas?|militias?|paramilitar(?:y|ies))"),
        ("journalist", r"\bjournalists?|television|tv (?:station|channel)s?|radio stations?|news ?rooms?|media outlets?|reporters?|photographers?|editors?|broadcasters?|camera ?m[ae]n|newspapers?|radio hosts?"),
        ("political dissident or exile", r"\bdissidents?|exiles?|exiled|opposition|opponents?|activists?|defectors?|critics?\b|asylum|political refugees?"),
        ("judiciary", r"\bjudges?|prosecutors?|magistrates?|court|justices?|public defenders?"),
        ("elected or public official", r"\bmayors?|councillors?|council ?m[ae]n|council ?members?|officials?|governors?|ministers?|legislators?|lawmakers?|senators?|congress(?:wo)?m[ae]n|candidates?|deputies|deputy|public servants?|prison directors?|directors?|wardens?"),
        ("former law enforcement", r"\b(?:former|retired|ex-|onetime|one-time)\s*(?:\w+\s+){0,2}?(?:police|officers?|policem[ae]n|detectives?|agents?|lieutenants?|sergeants?|guards?|carabineros?|commanders?|soldiers?|military)"),
        ("law enforcement", r"\bpolice|officers?\b|policem[ae]n|detectives?|agents?\b|carabineros?|patrolm[ae]n|troopers?|gendarmes?|(?:prison )?guards?|lieutenants?|sergeants?|constables?|commissioners?"),
        ("military", r"\bsoldiers?|troops|army|military|marines?|navy|sailors?|national guard"),
        ("migrant", r"\bmigrants?|refugees?|asylum seekers?|immigrants?|venezuelans? (?:crossing|walking|on the route)"),
        ("rival group", r"\brivals?|rival gangs?|members of (?:the )?(?:rival )?(?:gang|faction|cartel)|gang members?|faction"),
        ("business", r"\bbusiness(?:es|m[ae]n|owners?)?|shop(?:s|keepers?)?|stores?|merchants?|traders?|vendors?|companies|company|firms?|restaurants?|bars?\b|nightclubs?|bus(?:es)?\b|drivers?|transport(?:ers)?|taxis?|moto-?taxis?|farmers?|ranchers?|miners?|contractors?|builders?|street vendors?|market stalls?|bakery|bakeries|pharmacies|pharmacy|workers?"),
        ("civilian", r"\bpeople|persons?|m[ae]n\b|wom[ae]n|child(?:ren)?|teen(?:ager)?s?|boys?|girls?|residents?|civilians?|victims?|famil(?:y|ies)|neighbou?rs?|students?|teachers?|doctors?|nurses?|passengers?|pedestrians?|villagers?|youths?|couple|brothers?|sisters?|sons?|daughters?|mothers?|fathers?|wife|husband|relatives?|citizens?|bystanders?|tourists?|locals?|inhabitants?|households?|homes?|houses?|neighbo(?:u)?rhoods?"),
    ],
}

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
}
DEAD = {"en": r"killed|dead|murdered|slain|died|bodies|lifeless|executed|shot dead|deaths?|fatalities|victims were killed|were found dead"}
HURT = {"en": r"injured|wounded|hurt|injuries|hospitali[sz]ed"}
