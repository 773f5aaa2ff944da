"""The event vocabulary, per language, as data (the codebook is docs/events.md).

``TRIGGERS`` lists, in order of precedence (the first type that claims a
word keeps it), each type's triggers as regular expressions over the text;
the parse then decides whether a noun names a happening. A language adds
tables here, not a code path: Spanish reads through the same parse readers,
its Universal Dependencies parse rewritten in their scheme (``read/ud.py``)
and its function words read through ``FUNCTION_WORDS``.
"""

from __future__ import annotations

import re

from .attack_lexicon import WEAPONS_EN
from .presence_lexicon import PART, PRESENCE
LEGAL = {"arrest", "charge", "conviction", "extradition", "designation"}
PERSONAL_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}  # those that stand for one person named before
# The nouns a crime word names what someone is suspected of ("a murder suspect"): the crime happened, their part in
# it is alleged
SUSPECT_NOUNS = {"suspect", "suspects", "sospechoso", "sospechosa", "sospechosos", "sospechosas"}
VIOLENT = {"killing", "attack", "abduction", "disappearance", "extortion", "threat", "sexual exploitation", "robbery", "prison"}

# What is seized, found or dealt: a trafficking trigger names one of these ("sold crack", "two rifles were confiscated").
_CONTRABAND = ("cocaine|crack|drugs?|narcotics|fentanyl|marijuana|cannabis|heroin|methamphetamine|meth|oxycodone|hydrocodone|ecstasy|pills|"
               "opioids|contraband|weapons?|firearms?|rifles?|guns?|handguns?|pistols?|shotguns?|revolvers?|arms|ammunition")

# The words before "charges" that name a charge brought ("murder charges", "federal charges"): the trigger is "charges"
# alone, so that the crime word stays the offence it names.
CHARGED_CRIMES = ("murder", "manslaughter", "homicide", "robbery", "kidnapping", "assault", "rape", "arson", "theft", "burglary",
                   "fraud", "terrorism", "trafficking", "smuggling", "extortion", "felony", "misdemeanor", "criminal", "federal")

TRIGGERS = {
    "en": [
        # type, subtype (None: read from the words around), pattern
        ("killing", "targeted killing", r"assassinat(?:e|es|ed|ing|ion|ions)|contract killings?|targeted killings?|hit job|execution-style|sicariato"),
        ("killing", "targeted killing", r"execut(?:ed|ion|ions)"),
        ("killing", "massacre", r"massacre(?:s|d)?"),
        ("killing", None, r"(?:found|left) dead|shot (?:\w+ )?(?:dead|to death)|gunned down|"
                          r"(?:stabb|beat|bludgeon|hack|kick|burn)(?:ed|en|t)? (?:[\w'’-]+ ){0,4}to death|"
                          r"(?:shooting|stabbing|beating|strangulation) deaths?|"
                          r"(?:died|dies) (?:later )?(?:of|from) (?:his|her|their|the) (?:\w+ )?wounds|"
                          r"succumb(?:ed|s) to (?:his|her|their|the) (?:\w+ )?wounds|strangled|slit (?:his|her|their|the \w+['’]s) throats?|"
                          r"dismembered|bod(?:y|ies) (?:of|were|was)|bodies|lifeless bod(?:y|ies)|"
                          r"\d+ (?:people )?dead(?:,| and) (?:more than |at least |over |nearly )?\d+ (?:others? )?(?:injured|wounded|hurt)"),
        ("killing", None, r"kill(?:s|ed|ing|ings)?|murder(?:s|ed|ing)?|slain|slaying|slayings|homicides?|femicides?|decapitated|lynched"),
        # a death told by the noun, where the sentence says it was caused or is investigated ("an operation that resulted
        # in the death of Bilal al-Sudani", "the inquiry into the death of Robert Dziekanski"; not "mourned the death of
        # his mother"), and lives told as taken or lost ("the lives of 4 people were stolen", "22 Americans lost their lives";
        # not "lives were saved"): a death no one caused is left to NOT_DELIBERATE ("lost their lives in a crash")
        ("killing", None, r"(?:result(?:ed|ing|s)? in|caus(?:ed|es|ing)|led to|contributed to) (?:the )?(?:[\w-]+ )?deaths? of|"
                          r"(?:investigat(?:e|es|ed|ing|ions?) (?:into )?|inquir(?:y|ies) into |inquests? into |"
                          r"probes? into )(?:the )?(?:[\w-]+ )?deaths? of|"
                          r"(?:lost|losing|lose|loses) (?:his|her|their) lives?|"
                          r"lives (?:of (?:[\w-]+ ){1,4})?(?:were|have been|had been) (?:taken|stolen|cut short)|"
                          r"t(?:ook|aken|aking|akes) the lives? of"),
        # a verb of removal kills only where what it removes is people (events.specific: "eliminated dozens of ISIS
        # jihadis", "taking out its emir"; not "eliminated a shift", "took out a loan")
        ("killing", None, r"eliminat(?:e|es|ed|ing)|t(?:ake|akes|ook|aken|aking) out"),
        *WEAPONS_EN,  # bombing, arson, shooting, armed clash: told by the weapon (attack_lexicon.py)
        ("attack", "armed assault", r"attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|ambush(?:es|ed)?|stormed|stabb(?:ed|ing)|retaliat(?:e|ed|ing|ion)|"
                                    r"tortur(?:e|ed|es|ing)|beat(?:en|ing)? (?:up )?|hurled|threw|punched|kicked|stomped|pistol-whipped|slashed|"
                                    r"pummeled|bludgeoned|pistol whipped|fist ?fights?|brawls?|brawled|"
                                    r"(?:a|the) (?:violent |brief |physical )?fight (?:between|with|broke out|ensued|outside|at|in)|(?:struck|"
                                    r"striking|strikes|hit|hitting) (?:\w+ ){0,2}(?:in|on|across) the (?:head|face|chest|back|neck|leg|arm|eye|jaw|"
                                    r"mouth|stomach)|(?:got|get|gets|getting) into (?:a |an )?(?:\w+ )?fights?|scuffle(?:s|d)?|"
                           r"(?<!\ba )(?<!little )bit (?:him|her|them)\b(?! (?:lip|lips|tongue|nails)\b)|"
                           r"(?<!\ba )(?<!little )bit (?:(?:an?|the|two|three|several) )?(?:(?-i:[A-Z])[\w.’'-]* )?(?:police |correctional |prison |"
                           r"security )?(?:officers?|cops?|deputies|deputy|troopers?|guards?|victims?)\b|"
                           r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )wound(?:ed|ing) (?:an? |"
                           r"the (?!(?:same|next|following|previous|first|second|last)\b)|two |three |four |five |several |\d+ |him\b|her\b|them\b)"),
        ("abduction", None, r"kidnap(?:s|ped|ping|pings)?|abduct(?:s|ed|ing|ion|ions)?|taken hostage|"
                            r"t(?:ook|ake|akes|aking) (?:[\w,]+ ){1,8}hostages?\b|hostages?(?= (?:held|taken|kidnapped|seized) by)|"
                            r"took (?:\w+ ){1,3}from (?:his|her|their) (?:home|house|apartment|car|office|shop)|held hostage|held captive|"
                            r"seized (?:\w+ ){0,2}hostages?"),
        ("disappearance", None, r"disappear(?:ed|ance|ances)?|went missing|gone missing|reported missing|forcibly disappeared|vanished"),
        ("extortion", None, r"extort(?:s|ed|ing|ion|ions)?|charg(?:es|ed|ing) (?:\w+ ){0,4}?(?:a |an )?(?:tolls?|fees?|quotas?|dollars|soles|pesos)|"
                            r"protection (?:money|payments?|fees?)|vacunas?|cobro de cupo|weekly (?:fee|payment|quota)s?|"
                            r"demand(?:s|ed|ing)? (?:\w+ ){0,3}(?:payments?|fees?|quotas?)"),
        ("threat", None, r"threats?|threat(?:en|ens|ened|ening)|death threats?|(?:pulled|pulling|pointed|pointing|brandished|brandishing|aimed|"
                         r"aiming|drew|drawing) (?:a|an|his|her|their) (?:\w+ )?(?:gun|handgun|pistol|revolver|rifle|shotgun|knife|machete|weapon|"
                         r"firearm) (?:on|at)|intimidat(?:e|ed|ing|ion)|warned (?:\w+ ){1,3}to leave|pamphlets? (?:warning|threatening)"),
        ("sexual exploitation", None, r"sex(?:ually)? exploit(?:ed|ing|ation)|sexual exploitation|forced (?:\w+ ){0,3}(?:into )?prostitution|"
                                      r"sex trafficking|prostitution (?:ring|network)s?|rap(?:ed|e|es)|sexual(?:ly)? (?:abused|assaulted)|"
                                      r"sodomi[sz]ed|molest(?:ed|ing)|(?:had|having|has) (?:inappropriate |unlawful |illegal )?sexual contact with"),
        ("trafficking", None, r"(?:stole|stolen|steal(?:s|ing)?|theft of) (?:\w+ ){0,2}(?:fuel|gasoline|petrol|diesel)|fuel theft|huachicol\w*|"
                              r"traffick(?:ed|ing)|smuggl(?:e|es|ed|ing)|(?:seiz(?:ed|es|ing|ures? of)|confiscat(?:ed|es|ing|ions? of)|"
                              r"interdict(?:ed|ing|ions? of)|intercept(?:ed|ing|ions? of)) (?:[\w$.,-]*[\w$,-] ){0,8}?(?:" + _CONTRABAND + r"|gold|"
                              r"fuel|cash)|(?:found|discovered|recovered|uncovered|retrieved) (?:[\w$.,-]*[\w$,-] ){0,8}?(?:" + _CONTRABAND + r")\b|"
                              r"(?:cocaine|crack|heroin|meth|drug|narcotics) (?:deals?|dealing)|(?:sold|sell|sells|selling|dealing|dealt|traded|"
                              r"trading|buying|bought|purchased|purchasing|purchases? of|sales? of|receiv(?:e|ed|es|ing)|distribut(?:e|ed|es|ing)|"
                              r"import(?:ed|ing|s)?|export(?:ed|ing|s)?|suppl(?:ied|ies|ying)|"
                              r"manufactur(?:e|ed|ing|es)) (?:(?!and |or |to |for )[\w$.,-]*[\w$,-] ){0,5}?(?:" + _CONTRABAND + r")\b|(?:meth|drug|"
                              r"methamphetamine) labs? (?:was |were )?(?:seized|found|discovered|busted|dismantled)|(?:ship|ships|shipped|shipping|"
                              r"move|moves|moved|moving|transports?|transport(?:ed|ing)|deliver(?:s|ed|ing)?|haul(?:s|ed|ing)?|"
                              r"ferr(?:y|ies|ied|ying)|fl(?:ew|own) in) (?:(?!and |or |to |for )[\w$.,-]*[\w$,-] ){0,5}?(?:" + _CONTRABAND + r"|"
                              r"migrants|gold)\b(?! training| programs?| polic)|drug[- ]running|possess(?:ed|"
                              r"ing)? (?:[\w$.,-]*[\w$,-] ){1,8}?with (?:the )?intent to (?:distribute|sell)|shipments? of (?:cocaine|drugs|fentanyl|"
                              r"weapons|arms|guns|migrants)|illegal mining|(?:" + _CONTRABAND + r")(?:[\w$.,’\'-]* ){1,9}?(?:was|were|had been|"
                              r"have been|has been) (?:later |also |then )?(?:seized|confiscated|found|discovered|recovered|uncovered|retrieved|"
                              r"interdicted|intercepted)\b"
                       r"|(?:cocaine|crack|drug|narcotics|fentanyl|marijuana|heroin|methamphetamine|meth|pill|weapons?|gun|"
                       r"arms)(?:-related)? (?:seizures?|busts?|hauls?|interdictions?)\b"),
        ("robbery", None, r"rob(?:s|bed|bing|bery|beries)|home invasions?|burglar(?:y|ies|ized|ised)|stole|stolen|steal(?:s|ing)?|thefts?|"
                          r"loot(?:ed|ing)|hijack(?:ed|ing)|carjack(?:ed|ing)|heist|"
                              r"(?:purse|bag|phone|wallet)[- ]snatch(?:ing|ings|er|ers)?|"
                              r"(?:snatch|grabb?)(?:ed|es|ing|s)? (?:\w+ ){0,3}(?:purse|handbag|bag|phone|wallet|necklace)s?"),
        ("prison", "riot", r"riot(?:s|ed|ing)?|mutin(?:y|ies)"),
        ("prison", "escape", r"escap(?:e|ed|es)|broke out of|jailbreak|fled (?:from )?(?:the )?(?:prison|jail)"),
        ("prison", "raid", r"raid(?:s|ed)?|retook|took back control|regained control|intervened"),
        ("arrest", None, r"(?<!for his )(?<!for her )(?<!for their )arrest(?:s|ed|ing)?|turned (?:himself|herself|themselves) in\b|surrender(?:ed|"
                         r"s)? to (?:the )?(?:police|authorities|officers|deputies|agents|investigators|troopers|FBI|U\.S\. Marshals|marshals)|"
                         r"apprehend(?:s|ing)?|detain(?:s|ed|ing)?|captured|capturing|capture of|recaptur(?:e|ed|ing)|apprehended|apprehension of|"
                         r"taken into custody|"
                         r"caught(?! (?:the |their |his |her )?(?:attention|eye|fire)| in (?:the |a )?(?:cross[- ]?fire|crosshairs|middle|midst)\b)|"
                         r"picked up for questioning|booked into|(?:was|were) taken (?:in)?to (?:a |the )?(?:\w+ ){0,2}(?:jail|"
                         r"detention (?:facility|center|centre)|lockup|police station|juvenile hall)|"
                   r"t(?:ook|aken) (?:(?!(?:[\w$-]+ ){0,5}?(?:guns?|firearms?|weapons?|drugs?|fentanyl|narcotics|kids|children|youths?|teens|"
                   r"teenagers)\b)[\w’'-]+ ){0,6}?off the streets of (?=[A-Z])|"
                   r"(?:was|were) picked up(?= (?:by (?:police|officers|deputies|agents|troopers|authorities)|"
                   r"on (?:a |an )?(?:\w+ )?(?:warrant|charges?)|a short distance|shortly|nearby|later))"),
        ("charge", None, r"charg(?:ed|es|ing)(?=[^.;]{0,80}?\b(?:with|in connection|over|for the (?:murder|killing|kidnapping|death)|"
                         r"for (?:his|her|their|its|the) (?:alleged )?(?:roles?|activit(?:y|ies)|conduct|involvement|participation|part)))|"
                    r"(?<=indictment )charges\b|(?<=complaint )charges\b|(?<=information )charges\b|(?<=led to )charges\b|"
                    r"charged(?= (?:in|by|through|via) (?:an? |the )?(?:\w+ ){0,3}(?:complaints?|indictments?|informations?|petitions?|warrants?)\b)|"
                    r"charged(?= in (?:the |a |an |[\w'’]+['’]s )?(?:\w+ ){0,2}(?:murders?|killings?|slayings?|homicides?|deaths?|shootings?|"
                    r"drive-bys?|stabbings?|beatings?|bombings?|arsons?|kidnappings?|abductions?|robber(?:y|ies)|heists?|hijackings?|"
                    r"[\w-]*snatchings?|break-ins?|assaults?|attacks?|ambush(?:es)?|rapes?|thefts?|fire|case|torture|invasions?|carjackings?|"
                    r"burglar(?:y|ies)|crash|scheme|plot|incident)\b)|(?<!in )charges? (?:of|against|for)|" + "|".join(f"(?<={w} )charges\\b" for w in CHARGED_CRIMES) + 
                    r"|pending (?:[\w-]+ ){0,3}charges?|indict(?:s|ed|ment|ments)?|arraigned|arraignment|fac(?:es|e|ing) (?:[\w-]+ ){0,8}?charges?\b|"
                    r"filed charges|filed (?:an? )?(?:(?:federal |criminal )+complaint|(?:criminal )?information)(?= against| charging)|"
                    r"plead(?:ed|s)? not guilty|pled not guilty|not guilty pleas?|"
                    r"wanted (?:on|for|in connection with) (?:[\w-]+ ){0,4}?(?:charges?|counts?|murders?|homicides?|killings?|rapes?|robber(?:y|ies)|"
                    r"kidnappings?|assaults?|trafficking)\b|"
                    r"(?:active|outstanding|arrest|felony) warrants? (?:for|charging)\b|warrants? (?:out )?for (?:his|her|their) arrest|"
                    r"red notices?\b|"
                    r"(?:was|were|been|being|is|are|[Mm]an|[Ww]oman|[Dd]river) cited (?:for\b(?! (?:his|her|their|its|bravery|heroism|valou?r|"
                    r"courage|excellence|exemplary|outstanding|service|distinguished)\b)|on (?=suspicion|an? (?:\w+ )?charges?|charges?|counts?))|"
                    r"issued (?:an? )?(?:citations?|summons(?:es)?) (?:for|on)\b|"
                    r"appear(?:s|ed|ing)? in (?:\w+ )?court (?:on|to face) (?:[\w'’-]+ ){0,5}?(?:charges?|counts?)\b|awaiting trial (?:for|on|in)\b"),
        ("conviction", None, r"convict(?:s|ed|ion|ions)?|sentenc(?:ed|es|ing)|(?:life|prison|jail) sentences?|found guilty|plead(?:ed|s)? guilty|"
                             r"pled guilty|(?<!not )guilty pleas?|acquitted|plead(?:ed|s)? no contest|pled no contest|no[- ]contest pleas?|"
                             r"nolo contendere|"
                                r"found (?:[\w.,'’-]+ ){1,12}guilty|"
                                r"(?:cut|took|accepted|reached|struck|signed|entered into) an? plea (?:deal|agreement|bargain)|(?:jailed|"
                                r"imprisoned) for (?:(?:his|her|their) (?:role|part)\b|(?:affray|manslaughter|murder|robbery|burglary|assault|arson|"
                                r"rape|theft|fraud|kidnapping|blackmail|extortion|possession|conspiracy|dangerous driving|causing|attempted|drug|"
                                r"firearms?|weapons?)\b|life|(?:up to )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"fifteen|twenty|thirty|[\w-]+-and-a-half) (?:years?|months?))|sent to (?:federal |state )?prison|(?:gets?|got|given|"
                                r"receives?|received) (?:\d+|life|[\w-]+-year)(?: (?:more )?(?:years?|months?))?(?= (?:in|for|behind|to)\b)"),
        ("extradition", "extradition", r"extradit(?:e|es|ed|ing|ion|ions)"),
        ("extradition", "deportation", r"deport(?:s|ed|ing|ation|ations)?|removed to|removed (?:\w+ )?from the (?:country|united states|u\.s\.)|"
                                       r"ordered (?:\w+ ){0,2}removed|expell?(?:ed|s)?|expulsions?"),
        ("designation", None, r"(?:re-?)?designat(?:e|es|ed|ing|ion|ions)|sanction(?:s|ed|ing)?|declar(?:e|es|ed|"
                              r"ing)(?=[^.;]{1,250}?\b(?:foreign terrorist organi[sz]ations?|FTOs?|specially designated|"
                              r"terrorist organi[sz]ations?)\b)|blacklist(?:ed)?|(?:added|named) to (?:the )?(?:\w+ ){0,3}list"),
        ("presence", None, PRESENCE["en"]),
    ],    "es": [
        ("killing", "targeted killing", r"sicariatos?|asesinatos? selectivos?|crimen(?:es)? por encargo|crimen(?:es)? pol[ií]ticos?|ajusticiad[oa]s?|"
                                        r"ejecutad[oa]s?|ejecuci[oó]n(?:es)?"),
        ("killing", "massacre", r"masacres?|matanzas?"),
        ("killing", None, r"(?:hallad|encontrad|abandonad)[oa]s? (?:sin vida|muert[oa]s?)|sin vida|cad[aá]ver(?:es)?|"
                          r"(?:hall|encontr)(?:aron|ó|ado|ada|ados|adas) (?:\w+ ){0,3}cuerpos?|"
                          r"cuerpos? (?:sin vida|baleados?|desmembrados?|calcinados?)|(?:su|el) cuerpo (?:fue|apareci[oó]|de (?!seguridad))|"
                          r"acribillad[oa]s?|balead[oa]s? hasta (?:la )?muerte"),
        ("killing", None, r"asesin(?:ó|aron|ado|ada|ados|adas|ar|ato|atos|an|aba|aban)|mat(?:ó|aron|ado|ada|ados|adas|ar|an)|muert[oa]s|muerte de|"
                          r"muri[oó]|murieron|homicidios?|feminicidios?|ultimad[oa]s?|degollad[oa]s?|descuartizad[oa]s?|decapitad[oa]s?|linchad[oa]s?"),
        ("attack", "bombing", r"bombas?|coche bomba|explosivos?|artefactos? explosivos?|granadas?|detonaci[oó]n(?:es)?|explosi[oó]n(?:es)?|"
                              r"estall(?:ó|aron|ido)|dinamita"),
        ("attack", "arson", r"incendi(?:ó|aron|ado|ada|ados|adas|os?)|quem(?:ó|aron|ado|ada|ados|adas)|prendi(?:ó|eron) fuego"),
        ("attack", "shooting", r"balaceras?|baleos?|balacer[ao]s?|tiroteos?|dispar(?:ó|aron|os|aron contra)|r[aá]fagas?|abrieron fuego|"
                               r"abri[oó] fuego|balead[oa]s?|balear(?:on)?"),
        ("attack", "armed clash", r"enfrentamientos?|enfrent(?:ó|aron)|choques? armados?|combates?"),
        ("attack", "armed assault", r"atac(?:ó|aron|ado|ada|ados|adas|ar|an)|ataques?|agresi[oó]n(?:es)?|agredid[oa]s?|emboscadas?|"
                                    r"tortur(?:ó|aron|ado|ada|ados|adas|as?)|golpead[oa]s?|apu[ñn]alad[oa]s?"),
        ("abduction", None, r"secuestr(?:os?|ó|aron|ado|ada|ados|adas|ar|aban)|rapt(?:os?|ó|aron|ado|ada)|privad[oa]s? de su libertad|"
                            r"plagi(?:os?|ado|ada)|levant(?:ado|ada|ados|aron)"),
        ("disappearance", None, r"desaparec(?:ió|ieron|ido|ida|idos|idas)|desaparici[oó]n(?:es)?|paradero desconocido"),
        ("extortion", None, r"extorsi[oó]n(?:es)?|extorsion(?:ó|aron|aba|aban|ado|ada|ados|adas|ar|an)|cobros? de cupos?|cupos?|vacunas?|"
                            r"cobr(?:a|an|aba|aban|ó|aron) (?:\w+ ){0,3}(?:cuotas?|cupos?|pagos?)|cuotas? (?:semanales?|mensuales?|diarias?)|"
                            r"pagos? (?:por|de) protecci[oó]n|"
                            r"exig(?:e|en|ía|ían|ió|ieron) (?:[\w.,]+ ){0,5}?(?:pagos?|cuotas?|cupos?|dinero|soles|pesos|d[oó]lares)"),
        ("threat", None, r"amenaz(?:as?|ó|aron|ado|ada|ados|adas|ar|aban)|amedrent(?:ó|aron|ar)|intimid(?:ó|aron|ar|aci[oó]n)|"
                         r"panfletos? (?:amenazantes|con amenazas)"),
        ("sexual exploitation", None, r"explotaci[oó]n sexual|explotad[oa]s? sexualmente|prostituci[oó]n forzada|"
                                      r"trata con fines (?:de explotaci[oó]n )?sexual(?:es)?|violaci[oó]n(?:es)?|violad[oa]s?|abusos? sexual(?:es)?|"
                                      r"abusad[oa]s? sexualmente"),
        ("trafficking", None, r"tr[aá]fico de (?:drogas|migrantes|personas|armas|combustible|oro)|narcotr[aá]fico|trafic(?:aba|aban|ó|aron|ar)|"
                              r"contrabando|trata de personas|traslad(?:aba|aban|ó|aron) (?:\w+ ){0,2}(?:migrantes|droga|coca[ií]na)|incaut(?:ó|aron|"
                              r"aci[oó]n de) (?:[\w.,]+ ){0,4}?(?:coca[ií]na|droga|drogas|fentanilo|marihuana|armas|fusiles|municiones|oro|"
                              r"combustible)|miner[ií]a ilegal|huachicol\w*|robo de combustible"),
        ("robbery", None, r"rob(?:os?|ó|aron|ado|ada|ados|adas|ar)|hurt(?:os?|ó|aron)|saque(?:os?|aron|ó)|atracos?|asaltos?|asalt(?:ó|aron|ado|ada)"),
        ("prison", "riot", r"mot[ií]n(?:es)?|amotinad[oa]s?|rebeli[oó]n de (?:los )?(?:presos|internos|reclusos)"),
        ("prison", "escape", r"fugas?|fug(?:ó|aron)|se fug(?:ó|aron)|evadi(?:ó|eron|dos)|escap(?:ó|aron)"),
        ("prison", "raid", r"tom(?:a|aron|ó) (?:de |el control de )?(?:la )?(?:c[aá]rcel|prisi[oó]n|penal)|"
                           r"ocup(?:ó|aron) (?:[\w,]+ ){0,12}?(?:c[aá]rcel|prisi[oó]n|penal|centro penitenciario)|intervenci[oó]n(?:es)?|"
                           r"intervin(?:o|ieron)|retom(?:ó|aron) (?:el )?control|recuper(?:ó|aron) (?:el )?control"),
        ("arrest", None, r"detenid[oa]s?|detenci[oó]n(?:es)?|detuv(?:o|ieron)|captur(?:as?|ó|aron|ado|ada|ados|adas)|"
                         r"arrest(?:os?|ó|aron|ado|ada|ados)|aprehendid[oa]s?|aprehensi[oó]n(?:es)?|recapturad[oa]s?"),
        ("charge", None, r"imput(?:ó|aron|ado|ada|ados|adas|aci[oó]n)|formaliz(?:ó|aron|ado|ada|ados|aci[oó]n)|acusad[oa]s? formalmente|"
                         r"procesad[oa]s?|cargos? (?:de|por|contra)|acusaci[oó]n(?:es)? formal(?:es)?"),
        ("conviction", None, r"conden(?:as?|ó|aron|ado|ada|ados|adas)|sentenci(?:as?|ó|aron|ado|ada|ados)|declarad[oa]s? culpables?|"
                             r"se declar(?:ó|aron) culpables?|absuelt[oa]s?"),
        ("extradition", "extradition", r"extradi(?:ci[oó]n|ciones|tado|tada|tados|taron|tó|tar)"),
        ("extradition", "deportation", r"deport(?:ado|ada|ados|adas|ó|aron|aci[oó]n|aciones)|expuls(?:ado|ada|ados|ó|aron|i[oó]n|iones)"),
        ("designation", None, r"design(?:ó|aron|ado|ada|aci[oó]n)|sancion(?:es|ó|aron|ado|ada|ados)|"
                              r"(?:lista|listado) de (?:organizaciones )?terroristas|organizaci[oó]n(?:es)? terroristas? extranjeras?"),
        ("presence", None, PRESENCE["es"]),
    ],
}

TRIGGERS = {language: [(t, sub, pat.replace(*PART[language]) if t == "presence" else pat) for t, sub, pat in rows]
            for language, rows in TRIGGERS.items()}

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
        "killing": [("targeted killing", r"hitm[ae]n|sicarios?|contract|targeted|assassin|execution|on (?:a |two )?motorcycles?|ambush|lay in wait|"
                                         r"point-blank")],
        "abduction": [("express kidnapping", r"express kidnapping")],
        "extradition": [("deportation", r"deport|removed to|expel")],
        "designation": [
            ("terrorist designation", r"terrorist|FTO|SDGT"),
            ("sanction", r"sanction|OFAC|Treasury|blacklist"),
        ],
    },
    "es": {
        "trafficking": [
            ("people", r"migrantes?|personas|humanos|mujeres|niñ[oa]s|trata"),
            ("drugs", r"drogas?|coca[ií]na|fentanilo|marihuana|estupefacientes|narc|coca\b|sint[eé]tic"),
            ("arms", r"armas|fusiles|municiones"),
            ("fuel", r"combustible|gasolina|di[eé]sel|huachicol"),
            ("gold", r"\boro\b|miner[ií]a|minerales"),
        ],
        "killing": [("targeted killing", r"sicarios?|por encargo|selectiv|ejecuci|motocicleta|\bmoto\b|quemarropa|emboscad|pistoleros?")],
        "abduction": [("express kidnapping", r"secuestro express")],
        "extradition": [("deportation", r"deport|expuls")],
        "designation": [
            ("terrorist designation", r"terrorist|FTO"),
            ("sanction", r"sanci[oó]n|sancion|OFAC|Tesoro"),
        ],
    },
}

# Context a trigger needs to count (the sentence must match).
CONTEXT = {
    "en": {
        "prison": r"prison|jail|penitentiar|inmates?|cell ?blocks?|detention (?:centre|center)|Tocor[oó]n|lockup|"
                  r"(?:labou?r|prison|detention|concentration|internment|POW|prisoner-of-war|work|death) camps?",
        "charge": r"charg|indict|arraign|count|complaint|plead|pled|warrant|wanted|red notice|awaiting trial|cited|citations?|summons",
        # designated as what: a terrorist organization, a sanctions list, a kingpin; not a monument or a day
        "designation": r"terror|sanction|kingpin|narcotics trafficker|criminal organi[sz]ation|TCO|FTO|SDGT|SDN|OFAC|cartel|gang|"
                       r"blacklist|list\b|Entity List|Treasury|State Department|asset|blocked|wanted|military end user",
    },
    "es": {
        "prison": r"c[aá]rcel|prisi[oó]n|penal\b|penitenciar|reclus|internos|presos|m[oó]dulos?|pabell[oó]n|Tocor[oó]n",
        "charge": r"imput|formaliz|acus|cargo|proces",
        "designation": r"terror|sanci|organizaci[oó]n criminal|c[aá]rtel|banda|pandilla|lista|OFAC|Tesoro|activos|bloque",
    },
}

# A death no one caused on purpose is no killing (docs/events.md): one in a crash or a disaster, read right after
# the trigger ("327 were killed in crashes", "was killed in the collision", "killed by a car", not "by a car bomb";
# "accidentally" at the trigger or in a "when" clause after it), a road death or a disaster read around it ("hit by
# a car", "a wreck on Rivers Avenue killed", "a stampede killed four"), and the death penalty, read around it
# ("delay his execution", "Ohio's execution method", "stay of execution").
NOT_DELIBERATE = {
    "en": {"after": r"^[^\w.;]*(?:\w+\s+){0,4}?(?:in|by|during|when)\s+(?:a|an|the|that|this|their|his|her)?\s*(?:[\w-]+\s+){0,3}?"
                    r"(?:crash(?:es)?|collisions?|accidents?|wrecks?|derailment|avalanches?|earthquakes?|storms?|floods?|tornado(?:es)?|landslides?"
                    r"|mudslides?|stampedes?|hurricanes?|tsunamis?|lightning)\b|^[^\w.;]*(?:\w+\s+){0,4}?by\s+(?:a|an|"
                    r"the)?\s*(?:[\w-]+\s+){0,2}?(?:cars?|vehicles?|trucks?|trains?|buses|bus|vans?|SUVs?|"
                    r"motorcycles?|drivers?)\b(?!\s+(?:officers?|cops?|police|patrol|bombs?))"
                    r"|^\W*accidental(?:ly)?\b|^[^.;]{0,60}\bwhen\b[^.;]{0,40}\baccidental(?:ly)?\b"
                    # a death told by the crash it came with: "was killed after crashing his car", "killed when his car went
                    # off the ramp and crashed into several trees"
                    r"|^[^\w.;]*(?:\w+\s+){0,4}?(?:after|when|as)\s+(?:[\w'’-]+\s+){0,8}?(?:crash(?:ed|ing)|collided|colliding|overturned|"
                    r"flipped|rolled over|went off the (?:road|ramp|highway|bridge|cliff)|drowned|drowning)\b",
           "around": r"\b(?:death row|lethal injection|death penalty|stay of execution|(?:his|her|their|scheduled|planned) execution|execution "
                     r"(?:method|date|chamber|drugs?|protocol))\b"
                     # a road death: "hit by a car and killed", "a motorcycle wreck killed a passenger", "a neighbor backing out"
                     r"|\b(?:hit|struck|run over)\s+by\s+(?:a|an|the)?\s*(?:[\w-]+\s+)?(?:car|vehicle|truck|train|bus|van|SUV|motorcycle|driver)\b"
                     r"|\b(?:crash|collision|accident|wreck)\s+(?:on|in|near|at|along)?\s*(?:[\w-]+\s+){0,3}?(?:killed|kills|left)\b"
                     # a mishap or a disaster as the one that kills: "a stampede killed four", "lightning killed a hiker"
                     r"|\b(?:stampedes?|crush|avalanches?|landslides?|mudslides?|rockslides?|floods?|flooding|flash floods?|storms?|"
                     r"tornado(?:es)?|hurricanes?|typhoons?|cyclones?|earthquakes?|quakes?|tsunamis?|lightning|heat ?waves?)(?!\s+of\b)\s+"
                     r"(?:(?:on|in|near|at)\s+)?(?:[\w-]+\s+){0,3}?(?:killed|kills|left)\b"},
    "es": {"after": r"^[^\w.;]*(?:\w+\s+){0,4}?(?:en|por|durante|tras)\s+(?:un|una|el|la|los|las)?\s*(?:[\wáéíóúñ-]+\s+){0,3}?"
                    r"(?:choques?|colisi[oó]n(?:es)?|accidentes?|volcamientos?|terremotos?|sismos?|inundaci[oó]n(?:es)?|deslaves?|derrumbes?)\b",
           "around": r"\b(?:pena de muerte|corredor de la muerte|inyecci[oó]n letal)\b"
                     # "un accidente de tránsito mató a tres personas", "la avalancha dejó cinco muertos"
                     r"|\b(?:accidentes?|choques?|colisi[oó]n|estampidas?|avalanchas?|aludes?|terremotos?|sismos?|inundaci[oó]n(?:es)?|"
                     r"deslaves?|derrumbes?|tormentas?|hurac[aá]n|rayos?)\s+(?:[\wáéíóúñ-]+\s+){0,4}?(?:mató|mataron|mata|matan|dejó|dejaron)\b"},
}

# A legal step the text says is still to come: scheduled, set, or the penalty a defendant faces ("sentencing is
# scheduled for March 23", "set sentencing for June 1", "faces up to 20 years in prison when sentenced").
SCHEDULED = {
    "en": r"\b(?:is|are|was|were|has been|have been|been)\s+(?:re)?(?:scheduled|set|slated|expected)\b"
          r"|\bset\s+(?:(?:the|a|his|her|their)\s+)?(?:sentencing|trial|hearing|arraignment)\s+(?:date\s+)?for\b"
          r"|\bwhen\s+(?:he|she|they|each|both)\s+(?:is|are)\s+sentenced\b|"
          r"\bfaces?\s+(?:up\s+to|a\s+maximum|a\s+statutory|a\s+mandatory|a\s+minimum|a\s+possible|a\s+potential)"
          r"|\b(?:will|would|could|may)\s+face\b|\bif\s+convicted\b",
    "es": r"\b(?:está|están|estaba|estaban|fue|fueron|quedó|quedaron)\s+(?:programad[ao]s?|fijad[ao]s?|previst[ao]s?)\b"
          r"|\bse\s+(?:prevé|espera)\b|\benfrenta(?:n|ría|rían)?\s+(?:hasta|una\s+pena)|\bde\s+ser\s+(?:hallad[ao]s?\s+)?culpables?\b",
}

# A generic, habitual or statistical statement around a trigger: no specific happening ("TCOs are responsible for
# killing tens of thousands of Americans every year", "these gangs often extort shop owners").
GENERIC = {
    "en": r"\b(?:every|each|per)\s+(?:single\s+)?(?:year|day|week|month|night)\b|\b(?:often|routinely|regularly|typically|usually|"
          r"frequently|habitually|continue to|continues to|tend to|tends to)\b|\b(?:tens of |hundreds of )?thousands\s+of\s+"
          r"(?:Americans|people|lives|citizens|victims|our)\b|\bmillions of\b|\b(?:is|are)\s+responsible\s+for\s+(?:the\s+)?(?:killing|deaths)"
          # statistics and trends: "murders are down 43%", "homicide rate falls", "so many people"
          r"|\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)|\b(?:rates?|statistics)\b|\bso many (?:people|lives|Americans)\b"
          r"|\b(?:murders?|homicides?|killings?|shootings?|crimes?|violence)\s+(?:are |is |were |was |have |has )?(?:down|up|fell|rose|"
          r"dropped|declined|plunged|plummeted|increased|decreased|falls?|rises?|drops?|declines?)\b"
          # counts over a period and aims of policy: "killed by the thousands", "record lows", "to reduce homicides"
          r"|\bby the (?:thousands|hundreds|dozens)\b|\bthousands and thousands\b|\b(?:lowest|highest|record)\s+(?:levels?|numbers?|lows?|highs?)\b"
          r"|\b(?:reduce|reducing|prevent|preventing|combat|combating|combatting|counter|countering|address|addressing|curb|curbing|tackle|tackling|"
          r"end|ending|stop|stopping|disrupt|disrupting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:homicides|murders|killings|violence|crimes?|"
          r"trafficking|smuggling|kidnappings|thefts|robberies|attacks|shootings)\b"
          # a category of people and the cause named after it ("Missing and Murdered Indigenous Persons"); what a drug could do
          # a count of thousands over a period ("More than 7,400 arrests", "deported over 16,000"): a statistic (docs/annotation.md §2.2)
          r"|\b(?:arrest(?:ed|s)?|deport(?:ed|ations?)|remov(?:ed|als)|sanction(?:ed|s)?|detain(?:ed)?|apprehen(?:ded|sions?)|"
          r"extradit(?:ed|ions?)|convictions|indictments)\s+(?:of\s+)?(?:over\s+|more than\s+|nearly\s+|almost\s+|some\s+|about\s+)?"
          r"\d{1,3}(?:,\d{3})+\b|\b\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,3}?(?:arrests|deportations|removals|sanctions|convictions|"
          r"indictments|apprehensions|extraditions)\b"
          r"|\bmissing (?:and|or|&) murdered\b|\b(?:enough|able|capable|potent enough|powerful enough) (?:to )?kill\b",
    "es": r"\bcada\s+(?:año|día|semana|mes|noche)\b|\b(?:a menudo|habitualmente|regularmente|frecuentemente|suelen|suele|siguen|sigue)\b"
          r"|\b(?:decenas de |cientos de )?miles\s+de\s+(?:personas|vidas|ciudadanos|víctimas)\b|\bmillones de\b"
          r"|\b\d+(?:[.,]\d+)?\s*(?:%|por ciento)|\b(?:tasas?|estadísticas?)\s+de\b",
}

# Words that mark modality, by where they sit relative to the trigger.
MODALITY = {
    "en": {
        "future_aux": {"will", "'ll", "shall", "wo"},
        "hypothetical_aux": {"would", "could", "might", "may", "should", "can", "must", "ca"},
        "future_heads": {"plan", "planned", "planning", "plans", "intend", "intends", "intended", "prepare", "preparing", "aim",
                         "aims", "seek", "seeks", "sought", "seeking", "going", "expected", "likely", "poised", "set", "next",
                         "about", "asked", "requested", "request", "requests", "threaten", "threatened", "threatens",
                         "threatening", "vowed", "vows", "promised", "promises", "pledged", "agree", "agreed", "agrees", "agreeing"},
        "hypothetical_heads": {"want", "wants", "wanted", "prevent", "prevented", "stop", "avoid", "if", "unless",
                               "whether", "risk", "fear", "feared", "fears", "ordered", "order", "urged", "must",
                               "called", "calls", "allow", "possible", "possibility", "would", "willing", "able", "ready",
                               "reward", "rewards", "leading", "prohibited", "barred", "banned", "forbidden",
                               # what a law or a rule forbids, in the present: "Title VII prohibits retaliation against
                               # an employee", "the bill criminalizes the sale of fentanyl" (no happening)
                               "prohibits", "prohibit", "prohibiting", "forbids", "forbid", "bans", "outlaws", "outlaw",
                               "criminalizes", "criminalize", "criminalizing", "criminalises", "penalizes"},
        # nouns an infinitive completes, and only then (arguments._infinitive_of_a_noun): "efforts to arrest criminal
        # aliens", "actions to detain" (not an attempt, which is the intended happening, docs/annotation.md §2.1)
        "hypothetical_nouns": {"effort", "efforts", "bid", "action", "actions", "steps", "measures", "authority", "powers",
                               "mission", "resources", "tools", "capacity", "ability"},
        "negation": {"not", "n't", "never", "no", "without", "denied", "denies", "deny", "denying", "rejected", "rejects",
                     "false", "dismissed", "ruled", "failed", "fails", "fail", "refused", "refuses"},
        "negating_nouns": {"failure", "failures", "refusal"},  # "Canada's failure to arrest traffickers"
        # verbs of doubt, which hold their clause unlikely: "experts doubt that the gang operates in Chile" (not the
        # noun: "there is little doubt that"; not when denied: "nobody doubts that")
        "doubting": {"doubt", "doubts", "doubted", "doubting"},
        "alleged": {"allegedly", "alleged", "reportedly", "supposedly", "purportedly", "suspected", "accused", "accuses", "accusing",
                    "blamed", "blames", "attributed", "suspect", "believed", "linked", "tied", "allege", "alleges",
                    "claimed", "presumed", "presumably", "apparently", "probably", "likely", "possibly", "perhaps"},
        "allegation_heads": {"accused", "accuse", "accuses", "accusing", "suspected", "suspect", "blamed", "blame", "blames",
                             "allege", "alleges", "alleged", "attributed", "linked", "tied", "believed", "claimed", "responsible"},
        "suspected_words": {"suspected", "believed", "presumed", "linked", "tied", "attributed", "blamed", "responsible", "suspect", "suspects"},
    },
    "es": {
        "future_aux": {"va", "van", "vamos", "iba", "iban"},
        "hypothetical_aux": {"podría", "podrían", "puede", "pueden", "podrá", "podrán", "debería", "deberían", "debe", "deben"},
        "future_heads": {"va", "van", "vamos", "planea", "planean", "planeaba", "planeaban", "prepara", "preparan", "preparaba", "busca", "buscan",
                         "pretende", "pretenden", "intentará", "intentarán", "próximo", "prevé", "prevén", "amenazó", "amenazaron",
                         "amenaza", "amenazan", "prometió", "prometieron", "pidió", "pidieron", "solicitó", "solicitaron"},
        "hypothetical_heads": {"quiere", "quieren", "evitar", "impedir", "prevenir", "si", "riesgo", "teme", "temen", "temor",
                               "ordenó", "ordenaron", "urge", "posible", "posibilidad", "dispuesto", "capaz", "recompensa",
                               # Spanish modals head their verb ("podrían repetirse"): they are heads here, not auxiliaries
                               "podría", "podrían", "puede", "pueden", "podrá", "podrán", "debería", "deberían"},
        "negation": {"no", "nunca", "jamás", "sin", "negó", "negaron", "niega", "niegan", "rechazó", "rechazaron", "desmintió",
                     "descartó", "descartaron", "falso"},
        "doubting": {"duda", "dudan", "dudó", "dudaron", "dudaba", "dudaban"},
        "alleged": {"presuntamente", "supuestamente", "presunto", "presunta", "presuntos", "presuntas", "supuesto", "supuesta",
                    "acusado", "acusada", "acusados", "sospechoso", "sospechosos", "atribuido", "atribuida", "vinculado",
                    "vinculada", "vinculados", "ligado", "ligados", "aparentemente", "probablemente", "posiblemente", "habría", "habrían"},
        "allegation_heads": {"acusó", "acusaron", "acusa", "acusan", "acusado", "acusados", "atribuyó", "atribuyeron", "atribuye",
                             "atribuyen", "atribuido", "atribuida", "responsabilizó", "responsabilizaron", "vinculó", "vincularon",
                             "vinculado", "vinculados", "sospecha", "sospechan", "sospechoso", "sospechosos", "señalado", "señalados",
                             "habría", "habrían", "responsable", "responsables", "cree", "creen", "creía", "creían"},
        "suspected_words": {"sospechoso", "sospechosos", "presunto", "presuntos", "presunta", "vinculado", "vinculados",
                            "ligado", "ligados", "atribuido", "atribuida", "señalado", "señalados", "responsable", "responsables"},
    },
}

# The verbs by which a text says what someone drives for a living: its object, as the driver's trade ("drove a cab")
DRIVING = {"driving", "drove", "drives", "drive", "driven", "conducía", "conducia", "conduce", "conduciendo"}
# the vehicles one drives for a living; one's own pickup truck, car or van says no trade ("driving his truck home")
TRADE_VEHICLES = {"taxi", "taxis", "cab", "cabs", "taxicab", "bus", "buses", "minibus", "tractor-trailer", "semi", "rig", "18-wheeler",
                  "mototaxi", "rickshaw", "autobús", "autobus", "microbús", "microbus", "combi", "colectivo"}

# Function words of a language read as their English counterparts by the parse readers (the parse is in the
# English scheme, the words are not): "por" is the "by" of a passive, "de" the "of" of a noun.
FUNCTION_WORDS = {
    "es": {
        "por": "by", "de": "of", "del": "of", "contra": "against", "en": "in", "con": "with", "desde": "since", "entre": "between", "a": "to",
        "al": "to", "sobre": "on", "hacia": "to", "frente": "outside", "que": "that", "quien": "who", "quienes": "who",
        "cual": "which", "cuales": "which", "cuyo": "whose", "no": "not", "nunca": "never", "si": "if", "ningún": "no",
        "ninguna": "no", "él": "he", "ella": "she", "lo": "him", "la": "her", "le": "him", "su": "his", "sus": "their",
        "ellos": "they", "ellas": "they", "les": "them",
    },
}


# The steps of a case a conviction trigger tells, in order of precedence; anything else ("convicted", "found guilty")
# is the verdict. Each step is a happening of its own (docs/annotation.md §2.1): "convicted and sentenced" tells two.
CONVICTION_STEPS = (
    ("plea", re.compile(r"\bple(?:a|as|ad|aded|ads|d)\b|declar(?:ó|aron|ado|ados)\s+culpables?", re.I)),
    ("acquittal", re.compile(r"acquit|absuel", re.I)),
    ("sentence", re.compile(r"sentenc|condena|sentenci|\b(?:years?|months?|life|prison|jail|a[ñn]os)\b", re.I)),
)


def conviction_step(trigger: str) -> str:
    """Which step of a case a conviction trigger's words tell: plea, acquittal, sentence, else verdict."""
    return next((step for step, words in CONVICTION_STEPS if words.search(trigger)), "verdict")


# A definite reference to a happening already told, before its noun: "the killing", "this attack", "his
# murder", "la explosión", "los asesinatos"
DEFINITE = re.compile(r"\b(?:the|this|that|his|her|their|its|el|la|los|las|este|esta|ese|esa|dicho|dicha|su|sus)\s+(?:[\w-]+\s+){0,2}$", re.I)

# Verbs of belief or report raised onto their subject ("gunmen believed to be members of", "a man said to lead"): they
# describe the subject, and say nothing of the act the parse hangs on them
BELIEF = {"believed", "thought", "suspected", "presumed", "reputed", "said", "reported", "alleged", "understood", "known"}

# Words by which a report tells a happening of the same kind apart from the one its article is about: "the other
# three defendants previously pleaded guilty", "a sixth individual was also charged", "the third assault",
# "Barry was also charged with two unrelated counts", "meanwhile, 31 people were arrested"
ANOTHER = re.compile(r"\b(?:other|another|additional|separate(?:ly)?|unrelated|previous(?:ly)?|earlier|prior|already|also|"
                     r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|remaining|meanwhile|"
                     r"otr[oa]s?|adem[aá]s|tambi[eé]n|anteriormente|previamente|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa])\b", re.I)


_NO_ONE = {"nobody", "none", "nadie", "ninguno", "ninguna"}


def doubts(verb, language: str) -> bool:
    """Whether a word is a verb of doubt said in earnest ("experts doubt that the gang operates in Chile", "dudan que
    opere"), which holds the clause it governs unlikely; not the noun ("little doubt that"), nor a doubt denied ("do
    not doubt", "nobody doubts")."""
    if verb.lower_ not in MODALITY[language].get("doubting", ()) or not verb.tag_.startswith("VB"):
        return False
    return not any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ("not", "never", "no", "nunca")
                   or c.dep_ == "nsubj" and c.lower_ in _NO_ONE for c in verb.children)
