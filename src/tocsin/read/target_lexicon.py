"""The words of an act's target, per language, as data: which category of person or place a target phrase names
(``TARGET_CATEGORIES``, read by ``events/words.py``), by the trades, titles, ranks and seats its words give."""

from __future__ import annotations

# Target categories from the words of a target phrase (the first match wins). The words are matched folded (no
# accents, a hyphen read as a space: "ex-Marine" is "ex marine"). Each row is a closed class: the nouns of a trade or
# a rank with their plural and, where the language has one, their feminine. Ranks: a service named with a rank is
# that service ("an army lieutenant" is military, not police); a rank alone, a police rank in local news.
_RANKS_EN = (r"officers?|lieutenants?|sergeants?|captains?|majors?|colonels?|generals?|commanders?|corporals?|privates?|"
             r"admirals?|specialists?|gen|col|capt|maj|sgt|lt|cpl|pvt|pfc|spc")
# ranks only an armed service has, a service named or not ("a lance corporal", "Staff Sgt. Ana Ruiz")
_MILITARY_RANKS_EN = (r"lance (?:corporals?|cpl)|(?:staff|master|gunnery|first|sergeant) (?:sergeants?|sgt)|sergeants? (?:first class|major)|"
                      r"privates? first class|(?<!merchant )seam[ae]n|ssgt|ssg|sfc|msgt|gysgt|sgt maj|lt col")
_SERVICES_EN = r"army|navy|naval|military|marine corps|marines?|air force|national guard|coast guard"
_FORMER_EN = (r"police|officers?|policem[ae]n|cops?|detectives?|agents?|lieutenants?|sergeants?|captains?|colonels?|admirals?|"
              r"corporals?|guards?|carabineros?|commanders?|soldiers?|military|deput(?:y|ies)|sheriffs?|troopers?|marshals?|jailers?|"
              r"wardens?|army|navy|air force|national guard|coast guard|marines?|sailors?|airm[ae]n|servicem[ae]n|paratroopers?|commandos?|"
              r"guardsm[ae]n|gen|col|capt|maj|sgt|lt|cpl")
# A head of state or government, not of a firm, a club or a union ("the company's president", "president of the bank")
_PRIVATE_BODIES = ("company", "firm", "bank", "union", "club", "body", "chapter", "student council", "association", "cooperative",
                   "board", "university", "college", "school")  # a city council is public: its president is an official
_PRESIDENT_EN = ("".join(rf"(?<!{b}{s} )" for b in _PRIVATE_BODIES for s in ("", "'s", "’s", " s")) + r"presidents?\b"
                 r"(?! of (?:the |a |an |its |their )?(?:[\w'’]+ ){0,3}?(?:compan(?:y|ies)|firms?|banks?|unions?|associations?|clubs?|boards?|"
                 r"student councils?|cooperatives?|"
                 r"corporations?|business(?:es)?|chambers?|groups?|leagues?|foundations?|universit(?:y|ies)|colleges?|schools?|churche?s?)\b)")
_PRESIDENT_ES = (r"president(?:e|a|es)s?\b(?! (?:de|del) (?:la |una |el |un |los |las )?(?:[\w]+ ){0,2}?(?:empresas?|compan(?:ia|ias)|bancos?|"
                 r"club(?:es)?|asociacion(?:es)?|camaras?|sindicatos?|juntas?|comites?|cooperativas?|fundacion(?:es)?|federacion(?:es)?|ligas?|"
                 r"grupos?|consejos? de administracion|colegios?|universidad(?:es)?|iglesias?)\b)")
# A criminal group's ranks and roles: "a cartel lieutenant", "the gang's enforcer", "a mob boss"
_CREW_ROLES_EN = (r"leaders?|boss(?:es)?|lieutenants?|captains?|commanders?|chiefs?|enforcers?|hitm[ae]n|gunm[ae]n|operatives?|members?|"
                  r"associates?|figures?|accountants?|financiers?|recruiters?|soldiers?")
_RANKS_ES = r"tenientes?|sargentos?|capitan(?:es)?|coronel(?:es)?|general(?:es)?|comandantes?|cabos?|suboficial(?:es)?|oficial(?:es)?"
TARGET_CATEGORIES = {  # in order of precedence: the first that matches is the category
    "en": [
        ("rival group", r"\b(?:dissidents? of the (?:former )?FARC|FARC dissidents?|ex FARC|guerrillas?|militias?|paramilitar(?:y|ies)|"
                        rf"(?:cartel|gang|mafia|mob|clique|cell|faction)(?:'?s)? (?:{_CREW_ROLES_EN})\b)"),
        ("journalist", r"\bjournalists?|television|tv (?:station|channel)s?|radio stations?|news ?rooms?|media (?:outlets?|workers?)|reporters?|"
                       r"photographers?|"
                       r"photojournalists?|editors?|broadcasters?|camera ?m[ae]n|newspapers?|radio hosts?|columnists?|correspondents?|"
                       r"(?:news|tv) anchors?|anchor ?(?:wo)?m[ae]n|"
                       r"bloggers?|publishers?|news agenc(?:y|ies)"),
        ("political dissident or exile", r"\bdissidents?|exiles?|exiled|opposition|opponents?|activists?|defectors?|critics?\b|political asylum|"
                                         r"political refugees?|human rights (?:defenders?|workers?|lawyers?)|social leaders?|"
                                         r"environmental(?:ists?| defenders?)|land defenders?|"
                                         r"(?:indigenous|community) leaders?|(?:civil rights|naacp|aclu) (?:leaders?|activists?|workers?|organizers?|"
                                         r"field secretar(?:y|ies)|(?:chapter )?presidents?)"),
        ("judiciary", r"\bjudges?|prosecutors?|magistrates?|courts?|court ?(?:houses?|rooms?)|justices?|public defenders?|attorneys? general|"
                      r"district attorneys?|"
                      r"\bjur(?:ors?|y|ies)\b"),
        ("elected or public official", r"\bmayors?|council(?:l)?ors?|council ?(?:wo)?m[ae]n|council ?members?|alder(?:wo)?m[ae]n|"
                                       r"assembly ?(?:wo)?m[ae]n|"
                                       r"assembly ?members?|officials?|governors?|ministers?|legislators?|lawmakers?|senators?|congress(?:wo)?m[ae]n|"
                                       r"politicians?|diplomats?|diplomatic (?:personnel|staff|officials?|corps|missions?|posts?|compounds?)|"
                                       r"ambassadors?|consuls?|consulates?|candidates?|"
                                       r"(?:inspectors?|solicitors?|secretar(?:y|ies)|surgeons?) general|"
                                       r"deput(?:y|ies) (?:mayors?|ministers?|governors?|directors?|secretar(?:y|ies)|speakers?|prime ministers?|"
                                       r"presidents?|chairm[ae]n|chairs?)|"
                                       r"public servants?|civil servants?|"
                                       r"(?:prison|jail|government|agency|municipal|city|county|state|federal|department|ministry) directors?|"
                                       r"directors? (?:general|of (?:the )?(?:prison|jail|penitentiary|department|agency|ministry|bureau|secretariat|"
                                       r"directorate|national|state|federal|public))|"
                                       r"secretar(?:y|ies) of (?:state|defen[cs]e|war|homeland security|public security)|"
                                       r"(?:cabinet|defen[cs]e|foreign|interior|home|security) secretar(?:y|ies)|"
                                       r"(?<!game )wardens?|governments?|city halls?|presidential palaces?|legislatures?|"
                                       r"parliaments?(?! (?:street|square|road|hill))|"
                                       # a seat of government ("stormed the Capitol", not Capitol Hill, its police or a theatre named after it);
                                       # "Congress" only as the body ("the Congress", "US Congress"), not a party's ("a Congress worker", "the
                                       # African National Congress", "a party congress")
                                       r"capitol(?! (?:hill|heights|police|records|theat(?:er|re)))|statehouses?|"
                                       r"(?:(?<=\bthe )|(?<=\bus )|(?<=\bstate ))congress"
                                       r"(?! (?:street|avenue|hotel|cent(?:er|re)|party|workers?|supporters?|activists?))|"
                                       # its members ("MLA Sandra Jansen"); not an army's military police ("two Army MPs")
                                       r"mlas?|mpps?|meps?|(?<!army )(?<!military )mps?(?!\d)|members? of (?:the )?legislative assembly|"
                                       r"heads? of (?:state|government)|supreme leaders?|"
                                       r"leaders? of (?:the |that |this |its |their )?(?:regime|government|country|nation)\b|regime leaders?|"
                                       rf"{_PRESIDENT_EN}|(?:state|us) representatives?|(?:county|city) commissioners?|"
                                       rf"election (?:workers?|officials?)|poll workers?|"
                                       r"\bcia\b|intelligence (?:officers?|officials?|agents?|operatives?)|station chiefs?|"
                                       r"(?<!sales )(?<!service )(?<!union )\b(?:sen|sens|rep|reps|"
                                       r"gov)\b(?= [a-z])(?! (?:for|at|with|from|of|who|and|or|in|on|was|is|were|are|said|says|had|has)\b)|"
                                       r"(?:school|county|city|town|village|education|parole|election|elections) (?:board|commission) (?:members?|"
                                       r"trustees?|chairm[ae]n|chairs?)|(?:city|town|county|municipal|village|borough|parish) councils?|"
                                       r"school trustees?|(?:county|city|town|township) supervisors?|"
                                       r"(?:embassy|consulate|administration|white house|congressional|legislative|campaign|senate|government|"
                                       r"state department|city hall|ministry) (?:staff(?:ers?)?|employees?|aides?|personnel|workers?)"),
        ("former law enforcement", rf"\b(?:former|retired|ex|onetime|one time)\s+(?:[\w'’]+\s+){{0,2}}?(?:{_FORMER_EN})\b|"
                                   r"\b(?:army|navy|air force|marine|military|war|combat|vietnam|iraq|afghanistan|korean war|gulf war)\s+veterans?|"
                                   r"\bveterans? of the (?:[\w.]+\s+){0,2}?(?:army|navy|air force|marines?|marine corps|coast guard|military|war)"),
        ("military", rf"\b(?:{_SERVICES_EN})\s+(?:(?!police\b)[\w'’]+\s+){{0,2}}?(?:{_RANKS_EN})\b|"
                     rf"(?<!police )(?<!department )\b(?:{_MILITARY_RANKS_EN})\b"),  # "an army lieutenant"; a military police officer is police
        ("law enforcement", r"\blaw enforcement|veterans? of the (?:[\w'’]+ ){0,3}?(?:police|sheriff'?s? (?:office|department)|highway patrol)|"
                            r"veterans? of the (?:department|force)\b(?! of)|security (?:forces?|patrols?)|highway patrol|state patrol|"
                            r"police(?! informants?| informers?)|(?<!army )(?<!navy )(?<!military )(?<!petty )(?<!warrant )officers?\b|policem[ae]n|"
                            r"policewom[ae]n|cops?\b|sheriffs?|deput(?:y|ies)|marshals?|jailers?|bailiffs?|border patrol|correctional|swat\b|"
                            r"detectives?|(?<!estate )(?<!insurance )(?<!travel )agents?\b|carabineros?|patrolm[ae]n|troopers?|gendarmes?|"
                            r"(?<!security )(?<!national )(?<!coast )(?:prison )?guards?|(?:lieutenants?|sergeants?|corporals?)(?! (?:in|with|of|"
                            r"from) (?:the )?(?:us |u s )?(?:army|navy|marines?|marine corps|air force|national guard|coast guard)\b)|constables?|"
                            r"commissioners?|game wardens?|(?:wildlife|conservation|fish and game) officers?|park rangers?"),
        ("military", r"\bsoldiers?|troops|army|military|\bmarines?(?! (?:life|biolog\w*|mammals?|animals?|species|sanctuar(?:y|ies)|scien\w*|"
                     r"ecosystems?|habitats?|reserves?|parks?|research\w*)\b)|navy|sailors?|national guard|coast guard|servicem[ae]n|servicewom[ae]n|"
                     r"service members?|airm[ae]n|air force|"
                     r"guardsm[ae]n|paratroopers?|commandos?|colonels?|admirals?|brigadiers?|petty officers?|warrant officers?|"
                     r"\b(?:pvt|pfc|spc|lance cpl|lt col|sgt maj)\b|"
                     r"servicemembers?|service personnel|military personnel|prisoners? of war|\bpows?\b|peacekeepers?|\bidf\b|defen[cs]e forces|"
                     r"armed forces|special forces|"
                     r"(?:us|american|coalition|allied|nato|israeli|russian|ukrainian|iraqi|syrian|afghan|enemy|ground|naval) (?:military )?forces|"
                     r"(?:air|army|naval|navy|military) ?bases?|airbases?|barracks|military (?:convoys?|outposts?|posts?|installations?|vehicles?)|"
                     r"warships?|warplanes?|fighter (?:jets?|planes?|aircraft)|aircraft carriers?|gunboats?|"
                     r"naval (?:vessels?|ships?|units?|patrols?)|"
                     r"(?:assault|expeditionary|special operations|peacekeeping|invasion) forces?|"  # not "strike forces": police task forces too
                     # a regime struck as a power ("struck the regime": its forces); not one its victims, critics or foes are told by
                     # ("victims of the Assad regime", "persecuted by the Maduro regime", "anti-regime protesters", "regime supporters")
                     r"^(?!.*\b(?:of|by|under|against|anti|pro)\b.*\bregime)(?:.* )?regimes?"
                     r"(?!'?s? (?:victims?|critics?|opponents?|prisoners?|supporters?))"),
        ("law enforcement", r"\b(?:sgt|cpl|lt|capt|det|ofc|tpr|cmdr)\b"),  # a rank with no service named: police, in local news
        ("migrant", r"\bmigrants?|refugees?|asylum seekers?|immigrants?|deportees?|venezuelans? (?:crossing|walking|on the route)"),
        ("rival group", r"\brivals?|rival gangs?|(?:narco ?)?terrorists?|militants?|insurgents?|jihadis|jihadists?|rebels?|"
                        r"\b(?<!non-)(?<!non )combatants?|extremists?|"
                        r"enemy|(?:rebel|armed|islamist|jihadi|foreign|enemy|guerrilla|militia) fighters?|armed groups?|"
                        r"hitm[ae]n|sicarios?|gangsters?|mobsters?|members? of (?:the |a |an )?(?:[\w'’-]+ ){0,3}?(?:gang|faction|cartel|clique|"
                        r"mara)\b(?! (?:unit|task force|squad|division|detail))|gang members?|faction"),
        ("business", r"\bbusiness(?:es|m[ae]n|wom[ae]n|owners?)?|shop(?:s|keepers?|owners?)?|stores?|store ?(?:keepers?|owners?)|merchants?|traders?|"
                     r"vendors?|companies|company|\bfirms?|restaurants?|bars?\b|nightclubs?|\bbus(?:es)?\b|"
                     r"(?:taxi|cab|bus|truck|delivery|transport|rideshare|van|moto ?taxi) ?drivers?|transport(?:ers)?|taxis?|moto ?taxis?|farmers?|"
                     r"ranchers?|farms?\b|ranch(?:es)?\b|miners?|contractors?|builders?|street vendors?|market stalls?|bakery|bakeries|pharmacies|"
                     r"pharmacy|[a-z]*workers?|banks?\b|credit unions?|dealerships?|gas stations?|convenience stores?|supermarkets?|hotels?|"
                     r"hoteliers?|motels?|jewel(?:ry|lery|ers?)|casinos?|clerks?|cashiers?|tellers?|employees?|security guards?|bouncers?|"
                     r"charit(?:y|ies)|non ?profits?|funeral homes?|\bowners?|entrepreneurs?|executives?|managers?|landlords?|mechanics?|salesm[ae]n|"
                     r"saleswom[ae]n|delivery ?(?:m[ae]n|wom[ae]n|persons?|boys?)|attendants?|waiters?|waitress(?:es)?|bartenders?|barbers?"),
        ("civilian", r"\bpeople|persons?|m[ae]n\b|wom[ae]n|child(?:ren)?|teen(?:ager)?s?|boys?|girls?|residents?|civilians?|victims?|famil(?:y|ies)|"
                     r"neighbou?rs?|students?|teachers?|doctors?|nurses?|passengers?|pedestrians?|villagers?|youths?|couple|brothers?|sisters?|sons?|"
                     r"daughters?|mothers?|fathers?|wife|husband|relatives?|citizens?|bystanders?|tourists?|locals?|inhabitants?|households?|homes?|"
                     r"houses?|neighbo(?:u)?rhoods?"),
    ],
    "es": [  # matched against folded text: no accents
        ("rival group", r"\bdisidencias? de las? (?:ex)?farc|disidentes? de las farc|guerrill(?:a|as|eros?)|milicias?|paramilitares?|"
                        r"(?:lider(?:es)?|jef(?:e|a|es)s?|cabecillas?|operador(?:es)?|lugartenientes?|miembros?|"
                        r"integrantes?) (?:de(?:l| la| una| un)?) (?:cartel|banda|pandilla|mara|celula|clica|faccion)"),
        ("journalist", r"\bperiodistas?|reporter[oa]s?|camarograf[oa]s?|fotograf[oa]s?|fotoperiodistas?|comunicador(?:a|es)?|locutor(?:a|es)?|"
                       r"corresponsal(?:es)?|"
                       r"columnistas?|presentador(?:a|es)? de (?:television|noticias|radio)|canal(?:es)? de television|televisora|radios?\b|"
                       r"emisoras?|diarios?\b|medios? de comunicacion"),
        ("political dissident or exile", r"\bdisidentes?|exiliad[oa]s?|exilio|opositor(?:a|es)?|oposicion|activistas?|desertor(?:es)?|criticos? del|"
                                         r"asilo politico|"
                                         r"refugiad[oa]s? politic[oa]s?|defensor(?:a|es)? de (?:los )?derechos|lider(?:es|esas?)? social(?:es)?|"
                                         r"ambientalistas?|"
                                         r"lider(?:es|esas?)? (?:indigenas?|comunal(?:es)?|comunitari[oa]s?)"),
        ("judiciary", r"\b(?:ex)?jue(?:z|ces|za)|fiscal(?:es)?\b|magistrad[oa]s?|tribunal(?:es)?|defensor(?:a|es)? public[oa]s?|"
                      r"(?:miembros? del )?jurado popular|miembros? del jurado"),
        ("elected or public official", r"\b(?:ex)?alcaldes?a?|concejal(?:a|es)?|concejo municipal|cabildo|regidor(?:a|es)?|sindic[oa]s?|ediles?|"
                                       r"asambleistas?|funcionari[oa]s?|servidor(?:a|es)? public[oa]s?|"
                                       r"gobernador(?:a|es)?|ministr[oa]s?|legislador(?:a|es)?|diputad[oa]s?|senador(?:a|es)?|candidat[oa]s?|"
                                       r"congresistas?|"
                                       r"politicos?\b|embajador(?:a|es)?|consul(?:es)?\b|president(?:e|a|es)s? municipal|prefect[oa]s?|intendentes?|"
                                       r"autoridad(?:es)?|director(?:a|es)? de (?:la )?(?:carcel|penal|prision)|alcaide|gobiernos?|ayuntamientos?|"
                                       r"municipalidad(?:es)?|"
                                       rf"{_PRESIDENT_ES}|jef(?:e|a|es)s? de (?:estado|gobierno)|lider(?:es)? del (?:regimen|gobierno)"),
        ("former law enforcement", rf"\b(?:ex\s?|exs\s|ex\s)(?:policias?|agentes?|militar(?:es)?|carabineros?|soldados?|guardias?|detectives?|"
                                   rf"marinos?|{_RANKS_ES})\b|"
                                   rf"(?:policias?|militar(?:es)?|agentes?|carabineros?|"
                                   rf"{_RANKS_ES}) (?:\w+ ){{0,3}}?(?:en (?:situacion de )?)?retir(?:o|ad[oa]s?)|"
                                   r"retirad[oa]s? de la policia"),
        ("law enforcement", r"\b(?<!informante de la )policias?|policia(?:l|les|c[oa]s?)|fuerzas? de seguridad|agentes?\b|seguridad publica|"
                            r"carabineros?|fuerzas del orden|uniformad[oa]s?|patrull(?:a|eros?)|gendarmes?|guardias?|custodios?|tenientes?|"
                            r"sargentos?|suboficial(?:es)?|comisari[oa]s?|efectivos? policiales|detectives?"),
        ("military", r"\bsoldados?|militar(?:es)?|ejercito|prisioner[oa]s? de guerra|fuerzas de defensa|semar\b|sedena\b|"
                     r"elementos? de la (?:marina|armada)|infantes? de marina|base (?:militar|aerea|naval)|cuartel(?:es)? militar(?:es)?|tropas|"
                     r"marinos?|infantes de marina|guardia nacional|fuerzas armadas|fuerza aerea|coronel(?:es)?|cabos?\b|guardacostas|"
                     r"buques? de guerra|aviones? (?:militares|de combate)|helicopteros? militares"),
        ("migrant", r"\bmigrantes?|refugiad[oa]s?|solicitantes de asilo|inmigrantes?|indocumentad[oa]s|venezolan[oa]s? (?:en transito|que cruzaban)"),
        ("rival group", r"\brival(?:es)?\b|(?:narco)?terroristas?|insurgentes?|yihadistas?|rebeldes?|(?<!no )combatientes?|extremistas?|"
                        r"grupos? armados?|sicarios?|pandiller[oa]s?|mareros?|bandas? rival(?:es)?|faccion(?:es)?|"
                        r"miembros de (?:la )?(?:banda|pandilla|faccion)"),
        ("business", r"\bcomerciantes?|tender[oa]s?|bodegueros?|negocios?|empresari[oa]s?|empresas?|tiendas?|bodegas?|locales?|vendedor(?:a|es)?|"
                     r"ambulantes|mototaxis?|taxistas?|transportistas?|conductor(?:a|es)?|chofer(?:es)?|buses?|combis?|empresas de transporte|"
                     r"restaurantes?|bar(?:es)?\b|discotecas?|mineros?|agricultor(?:a|es)?|ganader[oa]s?|panaderias?|farmacias?|trabajador(?:a|es)?|"
                     r"bancos?\b|gasolineras?|hotel(?:es)?|motel(?:es)?|joyerias?|casinos?|emplead[oa]s?|cajer[oa]s?|funerarias?|"
                     r"organizaciones? beneficas?|duen[oa]s?|propietari[oa]s?|gerentes?|repartidor(?:a|es)?|emprendedor(?:a|es)?"),
        ("civilian", r"\bpersonas?|hombres?|mujer(?:es)?|niñ[oa]s?|nin[oa]s?|menores|adolescentes?|jovenes|joven|vecin[oa]s?|residentes?|"
                     r"civil(?:es)?|victimas?|familias?|familiares|estudiantes?|profesor(?:a|es)?|medic[oa]s?|pasajer[oa]s?|transeuntes|pobladores?|"
                     r"ciudadan[oa]s?|turistas?|habitantes|viviendas?|casas?|barrios?"),
    ],
}
