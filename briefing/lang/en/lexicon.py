"""English word lists the stages share: calendar words, function words, cue verbs,
titles and honorifics, name connectors and organisation words.

Only data lives here (tuples, sets and the regex alternations built from them); the
rules that use a list stay in their stage. Lists used by one rule of one stage (the
figure rules' verbs and nouns, for instance) stay with that rule.
"""

from __future__ import annotations

from briefing.lang import alternation
from briefing.lang.en.name_shapes import FIRM_KEYWORDS

# ----------------------------------------------------------------- calendar

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
# "Sept" before "Sep": a longer spelling first, so an alternation prefers it.
MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Newspapers and programmes named with a day: "the Independent on Sunday" reports a poll,
# it does not date it ("USA Today" and "Radio 4's Today programme" are caught by the
# capital letter on a day word; these have a weekday, written with a capital anyway).
TITLES_WITH_A_DAY = (
    "Mail on Sunday", "Independent on Sunday", "Scotland on Sunday", "Wales on Sunday",
    "Sunday Times", "Sunday Telegraph", "Sunday Mirror", "Sunday Express", "Sunday People",
    "Sunday Post", "Sunday Herald", "Sunday Independent", "Sunday Tribune", "Sunday World",
    "Sunday Business Post", "Sunday Mail", "Sunday Sun", "Sunday Star-Times",
    "Saturday Night Live", "Monday Night Football", "Sunday Night Football",
    "Thursday Night Football", "Monday Night Raw", "Friday Night Lights",
)

# The first three letters of each month: how every spelling of it starts.
MONTH_PREFIXES = tuple(name[:3] for name in MONTHS)
# Lower-case month name or abbreviation -> month number: "march" 3, "sept" 9.
MONTH_NUMBERS = {
    **{name.lower(): number for number, name in enumerate(MONTHS, start=1)},
    **{short.lower(): MONTH_PREFIXES.index(short[:3]) + 1 for short in MONTH_ABBREVIATIONS},
}
# Every spelling of a month, full names first: "January|...|December|Jan|...|Dec".
MONTH_PATTERN = "|".join(MONTHS + MONTH_ABBREVIATIONS)
WEEKDAY_PATTERN = "|".join(WEEKDAYS)

# ----------------------------------------------------------------- function words

# Lower-case words that carry no content of their own (the figure rules' stop list).
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with as and or but nor so than then that this these
    those which who whom whose what when where while whereas if because since until till
    about around into onto over under after before during between through across against
    among per via up down out off is are was were be been being am has have had having do
    does did will would shall should can could may might must it its it's they them their
    there here he him his she her we us our you your i me my mine ours theirs not no each
    every any some all both either neither more most less least fewer many much few other
    another such own same very just only also still even already yet now ago again too
    almost nearly roughly approximately some said says say according like including
    plus minus whether how why""".split()
)

# Content words in the bundled English stop list (sumy's): verbs, adjectives, nouns and
# numerals, not function words. Sentence similarity (the ranker's centrality, TextRank and
# redundancy) keeps them, so two sentences that both report what was said, or both say
# what is new or best, share a word. Measured on BBC even ids (ratios 0.2-0.5, mean R-1,
# even/odd half): TextRank alone 75.53/75.24 -> 77.48/77.05; docs/EVALUATION.md.
STOP_LIST_CONTENT_WORDS = frozenset(
    """said say says saying tell according
    allow allows appear appreciate ask asking believe came cause causes changes come comes
    consider contain contains followed following follows given gives gone going got gotten
    gets getting help keeps kept know known knows let like liked look looking looks mean
    need needs sent taken think took tried try trying use uses want wants went wish
    available best better brief certain different far immediate little near new novel old
    particular possible right sure useful welcome willing later soon
    course example thanks thank value
    zero one two three four five six seven eight nine first second third next last former
    latter""".split()
)

# Capitalised words that start sentences or headings but never start a name.
STOP_CAPS = frozenset(
    """A An The This That These Those It Its He She They We I You Our Their His Her My
    In On At By For From To Of And But Or Nor So Yet If When While After Before Since Until
    As Also However Meanwhile Although Though Because Earlier Later Then Now Today Yesterday
    Tomorrow Last Next Some Many Most More Several Both All Each Every No Not There Here
    What Who Why How Where Which Read More Watch Share Download Search Trends Click Sign
    According Mr Mrs Ms Dr Sir Despite During Under Over About Among Between Without With
    Asked Speaking Referring Tell Absolutely Yes Former Ex Instead Still Even Only Just
    Please Thank Thanks Dear Let Such Other Another Any One Two Three Unlike Like Amid
    Following Including Besides Beyond Except Unless Whether Within Throughout Against
    Retired""".split()
)

# Lower-case words allowed inside a capitalised name ("Bosnia and Herzegovina", "Bank of England").
CONNECTORS = frozenset(
    "of and the de del della da di dos von van den der ter ten al bin la le du for upon on".split()
)

# Words that open what follows a noun phrase's head ("the tax ON imported vehicles", "work
# THAT never took place"): the head is the last word before the first of them.
POSTMODIFIER_OPENERS = frozenset(
    """of in on at to for from by with about over under after before during between into
    across against among through per via since than that which who whom whose where""".split()
)

# Prepositions that make the person after them an object, not a speaker ("told Smith").
PERSON_PREPOSITIONS = frozenset(
    "to with about of by from for against at on into onto toward towards".split()
)

# ----------------------------------------------------------------- speech

# Verbs that report speech, shared by the two lists below.
_REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "insisted",
    "insists", "explained", "explains", "noted", "notes", "argued", "argues", "claimed",
    "claims", "wrote", "writes", "declared", "announced", "asked", "asks", "replied",
    "replies", "admitted", "admits", "stressed", "continued", "recalled", "suggested",
    "urged",
)  # fmt: skip
# Cue verbs: "X said", "said X", "X believes" make X a source (people, quote speakers).
CUE_VERBS = _REPORTING_VERBS + (
    "stated", "states", "tweeted", "posted", "declares", "announces", "stresses",
    "continues", "recalls", "acknowledged", "acknowledges", "suggests", "urges",
    "believes", "believed", "thinks", "thought",
)  # fmt: skip
# Speech verbs of an attribution after a quotation ('"Stop!" Mr Smith shouted.'); the
# sentence splitter adds the other languages' ``SPEECH_VERBS``.
SPEECH_VERBS = _REPORTING_VERBS + (
    "conceded", "shouted", "cried", "joked", "remarked", "observed", "concluded",
    "complained", "pleaded", "laughed",
)  # fmt: skip
CUE_VERB_PATTERN = alternation(CUE_VERBS)
# Words that attribute quoted words inside their sentence: the cue and speech verbs, the
# verbs that quote a name for something ("called the plan "a disaster""), "according to",
# and a study's verbs ("a report found").
ATTRIBUTION_WORDS = frozenset(
    (*CUE_VERBS, *SPEECH_VERBS)
) | frozenset(
    "according saying telling calling called calls describing described describes dubbed "
    "branded labelled labeled termed quoted quoting vowed vows pledged promised accused "
    "accuses attacked criticised criticized dismissed praised hailed found finds showed "
    "shows revealed reveals reported reports".split()
)

# Any word of a cue or speech verb: a caption's label holding one introduces speech ("He
# went on: ...", "Mr Wang said: ..."), not a picture (ingest's glued captions, the brief's
# caption-label lines).
SPEECH_VERB_WORDS = frozenset(CUE_VERBS + SPEECH_VERBS)

# Verbs that report speech or writing: the shared cue verbs plus the rarer ones of quote
# attributions; "told" and "asked" take an object ("told reporters").
QUOTE_CUE_VERBS = CUE_VERBS + SPEECH_VERBS + (
    "stated", "tweets", "posted", "replied", "admitted", "stressed", "conceded", "concedes",
    "countered", "counters", "responded", "responds", "remarked", "observed", "quipped",
    "joked", "complained", "complains", "shouted", "yelled", "cautioned", "cautions",
    "predicted", "predicts", "agreed", "agrees", "boasted", "boasts", "lamented", "laments",
    "vowed", "vows", "promised", "promises", "testified", "confirmed", "confirms", "contended",
    "contends", "emphasized", "emphasised", "emphasizes", "maintained", "maintains",
    "recounted", "reiterated", "reiterates", "retorted", "wondered", "charged", "alleged",
    "alleges", "mused", "pleaded", "protested", "demanded", "demands", "concluded",
    "concludes", "reported", "reports", "opined", "pointed out", "points out", "went on",
    "goes on", "answered", "answers", "asserted", "asserts", "exclaimed", "interjected",
    "whispered", "proclaimed", "proclaims", "pressed",
)  # fmt: skip

# ----------------------------------------------------------------- people

# Words a news lede uses and a headline leaves out (headlines drop auxiliaries and write
# the present: "Sanders wins primary", not "Sanders has won the primary"). A one-sentence
# first paragraph ending in a full stop that holds one (or a past "-ed" form, or opens with
# "The"/"A") is read as the lede, not as an archive's headline, unless it is in title case
# or labelled ("The Latest: ..."). So read, 600 of PolNeAR's 680 short stopped headlines
# are headlines and 137 of 1,094 BBC one-sentence ledes are (all 1,094 without the test).
LEDE_WORDS = frozenset("has have had was were said says told been".split())
# A headline reports in the present ("Mayor says she won't quit."): in a line this short
# these are no sign of a lede (see ingest.pasted.SHORT_HEADLINE_WORDS).
HEADLINE_PRESENT_WORDS = frozenset("says say".split())
LEDE_OPENERS = frozenset("the a an".split())
# Small words a title-case headline leaves in lower case.
TITLE_CASE_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for by with from as is are was be vs via up into "
    "over after".split()
)

# Abbreviated titles written with a full stop ("Dr.", "St."): one token, not a sentence end.
TITLE_ABBREVIATIONS = (
    "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sen", "Rep", "Gov", "Capt",
    "Maj", "Sgt", "Jr", "Sr", "Mt", "Ft",
    # military and police ranks, clergy and plural titles ("Army Spc. Caleb Barnes")
    "Adm", "Brig", "Cmdr", "Cdr", "Cpl", "Pfc", "Pvt", "Spc", "Det", "Insp", "Supt", "Rev",
    "Fr", "Msgr", "Hon", "Sens", "Reps", "Govs",
)  # fmt: skip
# Those of them that only ever stand before a name, so a full stop after one never ends
# a sentence ("Ms. Le Pen", which Punkt cuts); not "St", "Jr", "Sr", "Mt", "Ft".
TITLES_BEFORE_NAMES = frozenset(TITLE_ABBREVIATIONS) - {"St", "Jr", "Sr", "Mt", "Ft"}
# A name's generation, written after the surname ("James Kennedy Jr.", "Henry Ford II"):
# never the surname, so two men named "... Jr." are not one family.
GENERATION_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
# An apposition that opens with these describes a picture or an act, not a role:
# "Mila Kunis, seen here with ...", "Rich Beeson, who oversaw ...", "Hillary Clinton, as
# she pursues the Democratic nomination for president".
APPOSITION_NOT_ROLE_OPENERS = frozenset("""who whom which that whose seen pictured shown here
    left right as while when whenever after before because since if unless until
    is was were are be being been has have had says said will would can could may might
    and but or ahead like unlike from known""".split())
# Party and people words glued before a given name ("Tory Dominic Grieve").
NAME_AFFILIATIONS = frozenset(
    """Tory Labour Republican Democrat Welshman Welshwoman Scotsman Scotswoman Englishman
    Englishwoman Irishman Irishwoman Frenchman Frenchwoman Dutchman Yorkshireman""".split()
)
# Before a gerund they open a clause, not a role ("..., in serving as first lady, ...").
GERUND_PREPOSITIONS = frozenset("in by on after while".split())
# "If Hillary Clinton is the first woman elected as U.S. president": a condition, no role.
CONDITION_WORDS = frozenset("if unless whether".split())
# Honorifics say "this is a person" but are not a role worth showing.
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss sir dame lady lord".split())
# Nouns before a ship's name, which may start with a given name ("the carrier Carl Vinson").
VESSEL_NOUNS = frozenset(
    "carrier ship vessel frigate destroyer cruiser submarine tanker freighter ferry yacht liner"
    .split()
)
# Nouns for events that follow a title-like word without being a name ("General Election").
EVENT_NOUNS = frozenset("Election Elections Referendum Conference Summit Strike Assembly".split())
# Nouns right before a capitalised name that make it the title of a work, not a person:
# "the film Vera Drake", "the magazine Marie Claire" ("an issue of X", a year's "1989's X"
# and a name alone inside quotation marks say the same).
WORK_NOUNS_BEFORE = frozenset(
    """film films movie movies novel novels musical musicals album albums song songs sitcom
    series drama documentary comedy thriller opera ballet painting magazine magazines
    track""".split()
)
# Last words of a street's or road's name, not a person's: "Wilson Boulevard".
ROAD_WORDS = frozenset("Boulevard Parkway Highway Freeway Expressway Turnpike Drive".split())
# Last words of a thing's name, not a person's ("Marshall Plan", "Barbie Doll"); the
# company and venue words of speech.COMPANY_WORDS ("Square", "Beach") count too.
THING_NAME_TAILS = frozenset("Zoo Plan Doll Show Man".split())
# Titles of royalty, who go by given names: a capitalised word after "King Charles" is no
# surname ("King Charles Spaniel").
ROYAL_TITLES = frozenset("king queen prince princess duke duchess emperor empress".split())
# Plural nouns whose examples are works: "films such as Billy Elliot and Bridget Jones".
WORK_PLURALS = frozenset(
    """films movies novels books albums songs plays musicals shows series operas sitcoms
    dramas documentaries comedies thrillers ballets paintings""".split()
)
# Nouns right after a capitalised name that make it the name of a thing: "the Jackson Hole
# symposium", "a Golden Globe award", "Vera Drake star Imelda Staunton", "Charles de
# Gaulle airport", "the Vasco da Gama club". A person's works and plans stay the person's:
# "the Tom Hanks movie", "a Donald Trump nomination", "a Frida Kahlo exhibition" are not
# in the list.
THING_NOUNS_AFTER = frozenset(
    """symposium conference summit forum festival award awards prize prizes trophy medal
    ceremony star winner winners accord accords treaty airport stadium arena bridge
    street avenue hospital station supercomputer computer telescope satellite spacecraft
    rover lander rocket prison jail index auctioneers bookmakers pub bar restaurant hotel
    cafe inn tavern theatre cinema nightclub club website browser""".split()
)
# Plural nouns for businesses right before a name make it a company, not a person:
# "auditors Grant Thornton", "producers Morgan Creek", "bookmakers William Hill".
COMPANY_PLURALS_BEFORE = frozenset(
    """bookmakers auditors accountants brokers producers distributors publishers retailers
    insurers lenders""".split()
)
# Verbs before a name that make it a product or a brand: "Inbev, which makes Stella Artois".
PRODUCT_VERBS = frozenset("makes brews sells produces manufactures markets".split())
# Lower-case particles inside a person's name: "Nick Van den Brul", "Jose de Venecia".
NAME_PARTICLES = frozenset(
    "de del della der den di da dos du van von ter ten le la bin ibn".split()
)
# Organisation keywords that are also surnames: after a given name and a middle name the
# name is a person's ("Thomas Haden Church").
SURNAME_KEYWORDS = frozenset("Church".split())
# Words before "in" that make the name after it a work: "her role in Vera Drake", "starred
# in Shirley Valentine".
WORK_BEFORE_IN = frozenset(
    """role roles part parts starring starred stars star appeared appears appearing
    appearance appearances performance performances cameo""".split()
)
# Nouns before "of" that make the name after it a publication: "an issue of Marie Claire".
PUBLICATION_NOUNS_OF = frozenset("issue issues edition editions".split())
# Words before "issue" that make it a publication's, not a topic ("the issue of X's affairs").
PUBLICATION_ISSUE_MODIFIERS = frozenset(
    "latest current new recent next this last special forthcoming upcoming weekend".split()
)
# Words before a title that belong to the role: "former", "Russian", "opposition".
ROLE_MODIFIERS = frozenset(
    """former acting interim deputy then outgoing incoming opposition retired senior chief
    top military foreign defence defense finance health security political economic
    independent prominent veteran longtime long-time ex associate assistant vice lead
    state federal regional local national city party police army navy intelligence
    shadow principal presumptive""".split()
)

# ----------------------------------------------------------------- organisations

# A capitalised name ending in one of these is an organisation ("Ministry of Defence").
ORG_KEYWORDS = frozenset(
    """Inc Inc. Ltd Ltd. Corp Corp. Corporation Co. LLC PLC plc Bank Ministry Council Party
    University Agency Company Group Institute Commission Committee Foundation Association
    Organisation Organization Union Federation Authority Department Office Court Parliament
    Assembly Forces Army Navy Fund Alliance Church Club College School Hospital Airlines
    Airways Holdings Bureau Service Board Community Front Movement League Society Trust
    Network Times Post Herald Journal Tribune Gazette Guard Police Academy Centre Center
    Reserve Cabinet Government Administration Secretariat Senate Congress Coalition
    Co Cos Bros Bros. SA S.A. AG NV N.V. Plc GmbH SpA Pty Bhd Industries Exchange Newsroom
    Force Daily Standard Press Radio Television Mirror Observer Chronicle Courier Examiner
    Telegraph Inquirer""".split()
) | FIRM_KEYWORDS
# A newspaper's name words that are surnames too: after a common given name they end a
# person's name ("Jim Courier", "Bill Press", "Emily Post"), not a paper's.
PAPER_SURNAMES = frozenset(
    "Times Post Herald Journal Tribune Gazette Standard Press Mirror Observer Chronicle "
    "Courier Examiner Telegraph Inquirer".split()
)
# Keywords that in a sports report end a venue's name, not a body's: "the Staples Center".
SPORT_VENUE_KEYWORDS = frozenset("Centre Center".split())
# Legal designators that end a company's full name: "Cofinec S.A.", "Dow Chemical Co".
# The name without them ("Cofinec") is the same company later in the article.
CORPORATE_DESIGNATORS = frozenset(
    """Inc Inc. Ltd Ltd. Corp Corp. Corporation Co Co. Cos LLC PLC plc Plc SA S.A. AG NV
    N.V. GmbH SpA Pty Bhd Bros Bros. Holdings Industries""".split()
)
# Nouns that say the capitalised name beside them is a body: "the newspaper Granma",
# "mineral water firm Multico" (before the name); "Le Matin newspaper", "the Itar-Tass
# news agency" (after it); "Petofi, one of its units" (the head of an apposition).
ORG_NOUNS_BEFORE = frozenset(
    """company firm group chain consortium newspaper daily weekly paper agency airline
    maker manufacturer producer insurer broker brokerage retailer publisher distributor
    operator conglomerate subsidiary unit broadcaster magazine watchdog bank lender giant""".split()
)
ORG_NOUNS_AFTER = frozenset(
    """newspaper newspapers daily weekly agency magazine movement consortium firm company
    group""".split()
)
# A company's people and money next to its name: "Yukos spokesman", "Nike's profits",
# "chief executive of Next", "shareholders in Yukos" (org_evidence's "org-company").
COMPANY_PEOPLE_AFTER = frozenset(
    """spokesman spokeswoman spokesperson boss bosses chairman chairwoman executives
    shareholders shareholder directors""".split()
)
COMPANY_THINGS_OWNED = frozenset(
    """profit profits revenue revenues earnings turnover sales shareholders shareholder
    boss chairman chairwoman executives subsidiary subsidiaries""".split()
)
# "chief executive of X", "boss of X": the role words right before "of" + the name.
COMPANY_ROLES_OF = frozenset("boss chairman chairwoman shareholders".split())
COMPANY_CHIEF_TITLES = frozenset("executive operating financial".split())
# A party's adjective before a spokesman is no body's name ("Tory spokesman David Davis").
PARTY_ADJECTIVES = frozenset(
    {"Tory", "Conservative", "Liberal Democrat", "Lib Dem", "Republican", "Democrat",
     "Democratic", "Labour"}
)
# Plural nouns whose examples are bodies: "firms including Mobil, Shell and Caltex".
ORG_PLURALS = frozenset(
    """firms companies banks lenders insurers airlines carriers newspapers agencies groups
    brokers brokerages makers manufacturers producers retailers publishers operators
    broadcasters conglomerates multinationals""".split()
)
ORG_APPOSITION_HEADS = frozenset(
    """unit units subsidiary company firm group newspaper daily agency bank carrier airline
    maker producer organisation organization movement union broadcaster watchdog
    consortium insurer lender publisher retailer""".split()
)
# Words around a town's name that make it a sports club: "Norwich City", "Real Madrid".
CLUB_SUFFIXES = frozenset(
    """United City Rovers Athletic Wanderers Albion Hotspur Rangers Town County Villa Argyle
    Orient Thistle Celtic FC AFC Warriors Blues Rugby Dragons Scarlets Ospreys Tigers Saints
    Sharks Falcons Harlequins""".split()
)
# Words right after a town's name that make it a side, not the place: "Liverpool manager
# Brendan Rodgers", "Leeds fans" (a country keeps its name: "England captain").
SIDE_ROLE_WORDS = frozenset(
    """manager boss striker midfielder defender goalkeeper keeper captain coach winger
    forward fans supporters squad""".split()
)
# In a sports report, a player's position after a town names the town's side ("Cleveland
# DL Larry Ogunjobi", "Pittsburgh center Maurkice Pouncey"; CBS Sports, session 7 review).
SPORTS_POSITION_WORDS = frozenset(
    """quarterback qb lineman dl ol de dt linebacker lb cornerback cb safety receiver wr
    running back rb tight te center centre tackle guard kicker punter pitcher catcher
    shortstop outfielder infielder pass rusher prop hooker flanker fly-half scrum-half
    batsman bowler wicketkeeper owner""".split()
)
# Words after a place's name that make the whole a venue, not the place: "Emirates
# Stadium" is in London, "Cardiff Arms Park" is a ground.
VENUE_WORDS = frozenset(
    "Stadium Arena Airport Station Stadion Racecourse Velodrome Ground Arms".split()
)
CLUB_PREFIXES = frozenset(
    """Real Dynamo Dinamo Sporting Atletico Athletic Olympique Spartak Lokomotiv Torpedo
    Inter Racing Deportivo Borussia Eintracht""".split()
)
# Words that only sports reports use: two of them make an article a sports report, where
# a town named without a place's preposition is a side and a "League" is a competition.
SPORT_WORDS = frozenset(
    """innings inning wicket wickets homer homered homers homerun pitcher pitched pitching
    batsman batsmen bowler bowled striker midfielder goalkeeper defender semifinal semifinals
    semi-final semi-finals quarter-final quarter-finals quarterfinal quarterfinals seeded
    lap laps touchdown touchdowns rebounds halftime half-time equaliser equalizer scorer
    scorers scoreless unbeaten runs-batted-in rbi bogey birdie birdies par fixture fixtures
    playoff playoffs play-off play-offs standings soccer cricket tennis golf rugby baseball
    basketball hockey squash snooker qualifier qualifiers qualifying tournament goalless
    featherweight cruiserweight welterweight bantamweight flyweight middleweight
    quarterback quarterbacks linebacker linebackers""".split()
)
# Leagues written in capitals that only sports reports name; each counts as a sport word.
SPORT_ACRONYMS = ("NFL", "NBA", "NHL", "MLB", "NCAA")
# Names of sports: one in the headline ("CRICKET - ASHES ITINERARY", "Tennis: Nadal
# wins") makes the article a sports report on its own.
SPORT_NAMES = frozenset(
    """soccer football cricket rugby tennis golf athletics cycling boxing baseball
    basketball hockey swimming skiing motorsport motor-racing formula racing rowing
    sailing snooker squash badminton volleyball handball judo wrestling triathlon
    equestrianism""".split()
)
# Keywords that in a sports report end a competition or a tier, not a body: "American
# League", "World Group", "Atlantic Division".
COMPETITION_KEYWORDS = frozenset("League Group Conference Division Series".split())
# Words before a place's name that say it is the place even in a sports report.
PLACE_PREPOSITIONS = frozenset("in In IN near NEAR outside around At at AT".split())
# Plural words after a place that keep it a place or an event: "Cayman Islands", "Golan
# Heights", "Atlanta Games"; other plurals after a town name a side ("Boston Red Sox").
NOT_NICKNAME_PLURALS = frozenset(
    """Islands Isles Hills Heights Falls Springs Mountains Lakes Plains Keys Rapids Sands
    Games Olympics Championships Masters Talks Accords Opens Awards Studios News Affairs
    Times Industries Holdings Airlines Airways Forces Systems Partners Motors Foods
    Brands Resources Technologies Communications Securities Properties Services Works
    Markets Mills Gardens Docks Towers Downs Fields Woods Meadows Estates""".split()
)
# Nouns before a name that name a person as well as a body: "producer Terry Melcher" is
# a person, "oil producer Rosneft" a company (briefing.facts.body_doubts).
PERSON_OR_BODY_NOUNS = frozenset("producer publisher distributor operator broker".split())
# Nouns after "the" and a name that make it a product's: "the Cell processor".
PRODUCT_NOUNS = frozenset("processor chip console handset phone format browser".split())
# Words before a place that keep it the place ("North London", "County Durham"), and
# after it ("the Pacific Ocean", "the U.S. Gulf", "the Kenya Coast").
PLACE_DIRECTIONS = frozenset(
    """North South East West Northern Southern Eastern Western Central Greater Upper Lower
    Inner Outer Mid North-East North-West South-East South-West County""".split()
)
PLACE_SAME_AFTER = frozenset("Ocean Gulf Coast".split())
# Words after a place that make the whole an event: "Hong Kong Open", "Labour Day".
PLACE_EVENT_WORDS = frozenset(
    """Day Week Month Year Games Cup Open Masters Classic Championship Championships
    Marathon Trophy Rally Tour Olympics Grand Prix Challenge Invitational""".split()
)
# Words that name an edition of a listed organisation: "CGTN Europe", "BBC News".
ORG_EDITIONS = frozenset(
    "Europe America Africa Asia Arabic International News World Digital Online Radio Television "
    "TV Sport Sports Business English".split()
)
# All-capital words that are not organisations.
NOT_ORG_ACRONYMS = frozenset(
    """CEO CFO COO GDP TV AM PM OK ID DNA RNA COVID AI GMT UTC BST EST CET EDT PST USD EUR GBP
    RUB CNY JPY MP MPS MEP PHD VAT PR IT HR IQ IPO SUV UFO PDF FAQ ETA LGBT LGBTQ CV HIV AIDS
    SOS NB PS RIP VIP DJ BC AD BCE CE USSR I II III IV V VI VII VIII IX X XI XII
    PMI CPI PPI RPI FTSE DAX CAC PIBOR LIBOR BTP BTPS IAS GAAP EPS NAV YTD M0 M1 M2 M3""".split()
)

# ----------------------------------------------------------------- key points

# (kept in their own module; the lexicon re-exports them for every stage that asks it)
from briefing.lang.en.key_points import (  # noqa: E402, F401
    AGE_DESCRIPTION_OPENER,
    AGREEING_ENDING,
    ANSWERING_OPENERS,
    ATTRIBUTION_TAIL_VERBS,
    BACK_POINTING_OPENERS,
    BARE_AUXILIARIES,
    CAPTION_PARTICIPLES,
    CAPTION_POSITIONS,
    CONNECTIVE_OPENERS,
    CONTRAST_ASIDES,
    DEMONSTRATIVE_OPENERS,
    EPITHET_OPENER,
    EXISTENTIAL_SIGNPOST,
    FINITE_VERB_WORDS,
    FIXTURE_SEPARATORS,
    LINKING_OPENERS,
    LISTING_SIGNPOST,
    NEGATION_WORDS,
    NOT_SPEAKER_LABELS,
    PAGE_SIGNPOSTS,
    PHRASE_PREPOSITIONS,
    RESTATING_OPENER,
    REVERSING_REPLY,
    SIGNPOST_ASIDES,
    SPEAKER_PERSON_WORDS,
    SUBJECTLESS_MODALS,
    SUBJECTLESS_VERB_OPENERS,
    SUCH_OPENER,
    THAT_CLAUSE_LINKS,
    THAT_CLAUSE_STARTERS,
    THAT_IS_OPENER,
    UPDATE_NOTE,
    VERBS_AFTER_DEMONSTRATIVE,
)

# Lower-case words of a team sheet or a list of scorers ("M Johnson (capt)", "Thompson 48
# pen", "Gerrard 79 og"): with name particles ("van der Walt") a line of names with no
# other lower-case word is no clause.
ROSTER_WORDS = frozenset("capt c og pen pens aet".split())
# A reporter's credit as a whole line: "Dana Ford reported from Atlanta.", "Alex Ray
# contributed to this story." (CREDIT_ENDINGS); the names before it are one to four words.
CREDIT_VERBS = ("reported from", "reported in", "contributed from")
# The same credit closing a story's last paragraph ("CNN's Ann O'Neill reported from Boston.
# Dana Ford reported from Atlanta."), cut at ingest; not "reported in", which closes news
# too ("cases of Ebola reported in Guinea").
CREDIT_FROM_VERBS = ("reported from", "wrote from", "reporting from")

# How a line that talks to the reader starts (a podcast's or newsletter's page, a press
# release's footer): "Email us at ...", "(Subscribe to the show on ...)", "Tune in each week".
READER_CALLS = (
    "Email us", "E-mail us", "Write to us", "Contact us", "Subscribe", "Download the",
    "Download our", "Tune in",
    "Follow us", "Click", "Sign up", "Listen to", "Find us", "Send us", "Tell us",
)
# Credit lines: "Podcast produced by Bridget Mull.", "Edited by ...", "Additional reporting by".
CREDIT_OPENERS = (
    "Podcast produced by", "Produced by", "Edited by", "Written by", "Reporting by",
    "Additional reporting by", "Photos by", "Photographs by", "Graphics by", "Video by",
    "Audio by", "Music by", "Illustration by", "Illustrations by",
)

# ----------------------------------------------------------------- sentence splitting

# Abbreviations common in news that Punkt's English model and curated lists miss.
ABBREVIATIONS = frozenset({
    "mt", "ft", "gov", "govt", "supt", "approx",
    "rs",  # rupees before an amount: "a loan of Rs. 2 lakh"
    # ranks before a name ("Army Spc. Caleb Barnes", "Pfc. Ana Ruiz", "Det. Insp. Hale")
    "spc", "pfc", "pvt", "cpl", "brig", "cmdr", "cdr", "det", "insp", "msgr", "sens", "reps",
})
# Abbreviations that end a sentence as often as not ("pens, etc."): never glue after them.
OPEN_ENDED_ABBREVIATIONS = frozenset({"etc"})

# Reading-time lines pages put above an article ("Reading time: 4 minutes"):
# the label, the time units and the words that may follow "N min".
READING_TIME_LABELS = ("Reading time", "Read time", "Estimated reading time", "Listening time")
READING_TIME_UNITS = ("min", "mins", "minute", "minutes")
READING_TIME_TAILS = ("read", "reading", "listen")

# ----------------------------------------------------------------- web page furniture

# Pointers to a video or picture beside the text ("Scroll down for video").
VIDEO_POINTERS = (
    "Scroll down for video", "Scroll down for videos", "Scroll down for more",
    "Scroll down to watch the video", "Scroll down to see the video",
)
# Parenthesised pointers to a picture or video inside a sentence: "(above)".
PICTURE_POINTERS = (
    "above", "below", "pictured above", "pictured below", "video above", "video below",
    "see video above", "see video below", "watch above", "watch below", "see below",
    # who is who in the photo beside the text (Daily Mail): "Fred Smith (pictured) said"
    "pictured", "pictured left", "pictured right", "pictured centre", "pictured center",
    "pictured here", "left", "right", "far left", "far right", "centre", "center",
)
# How a newsletter or subscription call starts, inside a line or on its own.
SUBSCRIPTION_CALLS = (
    "Sign up for", "Sign up to", "Subscribe to", "Subscribe for", "Get our", "Join our",
    "Already a subscriber", "Become a subscriber", "Become a member", "Support our journalism",
    "Want more stories like this", "Like this story", "Enjoy this story",
)
NEWSLETTER_WORDS = ("newsletter", "newsletters", "subscription", "subscribe", "inbox", "digest")
# A newsletter box closing a page ("Pick Six Newsletter", "Keep an eye on your inbox ...",
# "Get the day's top headlines delivered to your inbox ..."): what names the box, and the
# words that make a line about it a pitch to the reader rather than a sentence of news.
NEWSLETTER_BOX_WORDS = ("newsletter", "newsletters", "inbox")
NEWSLETTER_PITCH_WORDS = ("you", "your", "subscribe", "subscribing", "sign up", "signing up",
                          "delivered")
# Lines of a page's reprint and sharing tools.
# Credit lines closing a story: "CNN's Sam Stringer contributed to this report."
CREDIT_ENDINGS = (
    "contributed to this report", "contributed to this story", "contributed to this article",
    "contributed reporting", "contributed additional reporting",
)
# Where writers and outlets ask to be followed: "Follow him on Twitter @michaeldwall."
SOCIAL_NETWORKS = (
    "Twitter", "X", "Facebook", "Instagram", "Threads", "Mastodon", "Bluesky", "LinkedIn",
    "TikTok", "YouTube",
)
REPRINT_LINES = (
    "Order Reprints", "Reprints", "Reprints & Permissions", "Reprints and Permissions",
    "Today's Paper", "Print this article", "Print this page", "Permalink", "Hide caption",
    "Toggle caption", "Enlarge this image", "Caption", "Image", "Updated", "Gallery",
)
# Calls to comment and to listen or watch elsewhere, alone on a line at a story's end:
# "Tell us what YOU think...", "Listen to Newsbeat live at 12:45 weekdays - or listen back here."
COMMENT_CALLS = (
    "Tell us what you think", "Let us know what you think", "Have your say",
    "What do you think", "Join the conversation", "Join the discussion", "Leave a comment",
)
MEDIA_CALL_VERBS = ("Listen to", "Listen again", "Listen back", "Watch", "Watch the", "Hear")
MEDIA_CALL_ENDINGS = ("here", "on demand", "on iPlayer", "online")
# Republication credits: "Originally published on Live Science."
REPUBLISHED_CREDITS = (
    "Originally published on", "Originally published by", "Originally published in",
    "This article was originally published on", "This article was originally published by",
    "This story was originally published on", "This article first appeared on",
    "This story first appeared on",
)
# Words of a subscription offer: "12 issues for £11.99. Click here for more information."
OFFER_UNITS = ("issues", "issue", "months", "month", "weeks", "week", "editions")
OFFER_CALLS = ("click here", "subscribe", "delivered", "order now", "buy now", "offer")
# News agencies that sign datelines and wire bylines: "HANOI (AP) —", "(CNN) --".
WIRE_AGENCIES = ("AP", "Associated Press", "Reuters", "AFP", "CNN", "UPI", "Bloomberg", "dpa")
# Titles a wire byline ends with: "Robert Burns, AP National Security Writer".
WIRE_ROLES = ("Writer", "Writers", "Correspondent", "Correspondents", "Reporter", "Reporters",
              "Editor", "Editors", "Producer", "Columnist")

# ----------------------------------------------------------------- sentence starts

# Capitalised words that begin a new sentence after a dotted abbreviation ("in the U.S.
# How about you?"); a name or a noun after "U.S." ("U.S. Senate") does not.
SENTENCE_STARTERS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our My
    How What Why When Where Who Which Whose But And So Yet Still However Meanwhile Then
    There Here Mr Mrs Ms Dr After Before Since While If Although Though Because In On At
    Last Next Now Today Yesterday Tomorrow Some Many Most All Both Each No Not Besides
    Instead Indeed Also Later Earlier Elsewhere Overall Moreover Furthermore Nevertheless
    Finally Despite During""".split()
)

# Dotted abbreviations of places and bodies: a sentence may end on one ("... in the U.S.
# Officials said ..."), so the segmenter never reads them as a person's initials.
DOTTED_PLACE_ABBREVIATIONS = frozenset(
    "U.S. U.K. U.N. E.U. D.C. L.A. N.Y. N.J. U.S.A. U.A.E. N.Z. S.F. U.S.S.R. P.R.".split()
)

# Where a newspaper's glued photo caption ends and the story goes on: one of these words,
# capitalised, right after the caption's last word and followed by a lower-case word or a
# comma ("... to manoeuvre However, Chinese ..."). "I" and the honorifics are left out:
# they are capitalised inside sentences too.
CAPTION_END_STARTERS = SENTENCE_STARTERS - {"I", "Mr", "Mrs", "Ms", "Dr"}

# Words that open an English sentence; met capitalised mid-sentence between an
# unpunctuated word and a lower-case one they mark two sentences run together
# (a photo caption pasted before the text): the summarizer's run-on signal.
RUN_ON_OPENERS = frozenset("The A An He She They It His Her Their This These Those".split())
# The brief's stricter reading of a run-on (only these, after a lower-case word, a number
# or a bracket): "A" and "An" are left out ("vitamin A deficiency", "England A beat").
GLUED_SENTENCE_OPENERS = (RUN_ON_OPENERS - {"A", "An"}) | frozenset(
    "But Since While In After And".split()
)
# "A"/"An" glued only before a content word and after a plain one ("... a phone possession
# charge A serving prisoner has ..."), not "infra-red A rays", "from A to B", "envelope A
# and": on all 250 CNN/DM, 1,111 BBC and 840 PolNeAR articles, 8 more lines, all run-ons.
GLUED_ARTICLES = frozenset("A An".split())
# Connectives that open a sentence with a comma; one glued to an unpunctuated word
# ("... off the Manchester City bench However, striker Glenn Murray ...") is a run-on. Not
# "Now,", "You,", "No,": song and group names ("All Right Now, ...", "Vote No, said ...").
GLUED_CONNECTIVES = frozenset(
    "However Meanwhile Indeed Instead Elsewhere Moreover Nevertheless Furthermore".split()
)
# Those that mark a run-on after a capitalised word too ("... in the Philippines The risk
# paid off", "... at Fire Lake Casino Oklahoma The boxing champion"): on every 2nd BBC, all
# 250 CNN/DM and every 3rd PolNeAR article, 31 more lines, 29 real run-ons and two with
# "It" in a horse's name ("Don't Push It gave ..."), so not "It".
# "And" too: "... of an estimated 1.5 million Armenians And it's also ..." (9 lines, all
# run-ons, on the same articles; a title keeps its capital after it: "Pride And Prejudice").
GLUED_AFTER_A_NAME = frozenset("The He She They His Her Their And".split())
# What a company is, owns or does that a person is not, does not or seldom has: a name read
# as a person ("US partner Biogen Idec", "market leader Best Buy") is a company when the
# article says it of the name. Set on the BBC business dev briefs (bbc-news-summary-even),
# where each role-before-name rule had shown firms as people.
COMPANY_ROLE_HEADS = frozenset(
    """partner partners rival rivals competitor competitors supplier suppliers distributor
    maker makers carmaker retailer retailers subsidiary brokerage broker
    insurer lender bank giant firm group operator conglomerate""".split()
)
# Two-word roles a company holds ("market leader Best Buy", "fund manager Matrix Asset
# Advisors"); "party leader X" and "investment analyst X" are people.
COMPANY_ROLE_PHRASES = frozenset(
    {"market leader", "industry leader", "sector leader", "fund manager", "asset manager",
     "investment manager"}
)
# Nouns a company owns: "Biogen Idec's existing multiple sclerosis drug", "X's shares".
COMPANY_POSSESSIONS = frozenset(
    """shares stock stocks share drug drugs product products brand brands profit profits
    sales revenue revenues earnings turnover stores shops shareholders subsidiary
    subsidiaries headquarters factory factories plants customers subscribers
    takeover merger""".split()
)
# Verbs of a share price ("Biogen Idec shed 43%") and what follows a company's name but
# not a person's (", which has shares in GE").
SHARE_MOVES = frozenset("shed gained lost rose fell slipped jumped dropped climbed slid".split())
# Words that open a body's or a team's name when a place follows in the same run ("Air
# India", "Force India" the F1 team, "Team GB", "Radio France", "Visit Scotland"): the
# whole run is the body, not the place (s7 review: "Force India" shown as India).
NAME_BEFORE_PLACE = frozenset("Air Force Team Radio Visit Racing Sporting".split())
# Role words that end a longer title after a capitalised word, though they are surnames
# too: "Chief Operating Officer", "Chief Strategy Officer", "Managing Director".
OFFICE_NOUNS = frozenset("officer director executive secretary president chairman".split())
# A team sheet's headings, glued to the name before them on pasted pages ("Hugo Lloris
# Defenders ..."): never part of a person's name.
TEAM_SHEET_HEADINGS = frozenset(
    "Goalkeepers Goalkeeper Defenders Midfielders Forwards Strikers Substitutes Subs".split()
)
