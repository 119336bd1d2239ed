"""English cue words for figures and dates: what a number near them is, and when a date is.

Kept here, beside the rest of the language knowledge, so the figures and dates stages
hold rules only.
"""

from __future__ import annotations

from briefing.lang.en.lexicon import QUOTE_CUE_VERBS

# A four-digit year before these nouns names a period, not a count: "2005 sales",
# "the 2019 season". (Counted nouns such as "2000 hires" stay quantities.)
YEAR_MODIFIED_NOUNS = frozenset(
    "sales results figures earnings revenues revenue profits profit budget budgets season "
    "seasons elections election accounts data levels forecasts forecast estimates census "
    "standings rankings accounts filings returns accounts models editions edition awards "
    "finals championships campaign campaigns accounts statistics numbers prices".split()
)

# Words that make a sentence a sports report, where a bare number by a name is a score.
SPORTS_CUES = frozenset(
    "par birdie birdies bogey bogeys eagle eagles round rounds stroke strokes golf golfer "
    "tee fairway hole holes leaderboard innings wicket wickets touchdown touchdowns "
    "halftime half-time scored".split()
)

# Words of a league or a game: "trailing the leaders by 19 points" is a lead in a table
# only with one of them (or a SPORTS_CUES word) in the sentence; "leading Smith by seven
# points" in a poll is a fact of the story (PolNeAR and BBC dev sentences, session 10; not
# "match": "a match up with" is a poll's pairing).
GAME_CUES = frozenset(
    "league leaders table standings season title championship cup club game games "
    "fixture fixtures playoff playoffs bundesliga premiership goal goals".split()
)

# Verb forms too short for the -ed/-ing test of a verb (``nouns.looks_verbal``): after a
# noun they end its phrase ("the .45-caliber weapon used in", "a three-judge panel agreed").
SHORT_VERB_FORMS = frozenset("used agreed tied died owed going doing".split())

# Where a caption's photo shows someone, in brackets after the name: "Grant Allen (left),
# 38," is still an age after a name (CNN/DM captions, session 10).
PICTURE_POSITIONS = frozenset("left right pictured above below centre center inset top".split())

# "12 strokes ahead": a lead in a contest, a score and not a quantity of something.
# Words after a distance that make it the name of a race, not a measured length: "the 1500m
# final", "the 60m title", "the 200m freestyle gold".
# Who races a distance: "the world's top three 800m runners" is a race's field, not 800
# million runners (BBC sport, session 7 review).
RACE_ATHLETES = frozenset("""runner runners hurdler hurdlers sprinter sprinters swimmer
    swimmers finalist finalists specialist specialists""".split())
RACE_WORDS = RACE_ATHLETES | frozenset(
    """final finals semi-final semi-finals semifinal heat heats race title crown record event
    freestyle backstroke breaststroke butterfly medley relay hurdles steeplechase sprint dash
    gold silver bronze medal champion champions championship winner victory win
    titles crowns records events races medals golds wins victories place spot berth
    boys girls""".split()
)  # "the 5,000m titles", "a 1,500m place in the team", "the 4x100m boys" (BBC sport reviews)
# Distances in metres that athletics races are named by: before a capitalised word ("the
# 1500m AAAs", "the 60m World Indoor final") such a distance names the race.
RACE_DISTANCES_M = frozenset({60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
# A distance naming a part of a pitch: "inside the six-yard box", "on the 20-yard line",
# "the 22-metre line" (BBC sport, session 8 review): a place, not a measure.
PITCH_MARKS = frozenset("box line area circle spot mark arc".split())
PITCH_UNITS = frozenset("yard yards metre metres meter meters m".split())
# Units of length a race is named by.
RACE_UNITS = frozenset("m km metre metres meter meters mile miles".split())
SCORE_NOUNS = frozenset("stroke strokes shot shots point points run runs goal goals".split())
LEAD_WORDS = frozenset("ahead behind clear back adrift off".split())
# Verbs whose subject is the part a share measures ("Japanese films accounted for 37.5% of
# Japan's box office": the films' share, not the box office's).
SHARE_VERBS = frozenset(phrase.strip() for phrase in """accounted for, account for, accounts for,
    accounting for, making up, made up, make up, makes up, represented, represent, represents,
    comprised, comprise, comprises, constituted, constitute, constitutes""".split(","))
# Adverbs between a share's subject and its verb ("Card payments now make up 30% of").
SHARE_VERB_ADVERBS = frozenset("now still already also together alone currently".split())
# Words that qualify a figure ("about 6,500", "more than 20"): no verb of a clause.
QUALIFIER_WORDS = frozenset("""about around nearly almost some more less than over under up to
    at least roughly approximately an estimated just only""".split())
# Words of a price: "N pounds" right after one is money, not weight ("costs 6 pounds",
# "entry at 15 pounds", "fined 50 pounds"; "weighs 15 pounds", "lost 15 pounds" stay lb).
PRICE_WORDS = frozenset("""cost costs costing priced price prices paid pay pays paying fined
    fine fee fees charge charges charged worth earn earns earned earning spent spend spends
    entry admission tickets ticket rent wage wages salary prize sold bought""".split())

# Events of a life dated by the age they came at: "She died at 92", "He won his first title
# at 34" (written for tests/test_figures_styles.py; "left", "started", "joined" are left out:
# "the train left at 10", "the meeting started at 9" give a time).
LIFE_EVENT_VERBS = frozenset(
    "died retired married wed became won debuted emigrated graduated quit".split()
)
# Words of the weather that make "in the low 80s" a temperature, not a decade or a price.
TEMPERATURE_WORDS = frozenset(
    "temperature temperatures highs lows thermometer mercury degrees".split()
)
# Currency names a lone "a" before them counts as one: "It sold for a dollar".
SINGLE_CURRENCY_WORDS = frozenset("dollar euro pound rupee".split())

# Nouns that say nothing of what a figure measures, pronoun-like ("the country", "someone",
# "the first one"): cut off a label's end, what is left before them is no noun phrase alone.
NOT_LABEL_NOUNS = frozenset(
    "one two three four five six seven eight nine ten country someone anyone everyone "
    "somebody anybody nobody everything something anything nothing".split()
)
# Words that open or join clauses; never the thing a figure measures.
NOT_LABEL_WORDS = NOT_LABEL_NOUNS | frozenset(
    "however although though yet also still meanwhile moreover furthermore nevertheless "
    "instead indeed thus hence therefore overall heading read more i "
    "i've i'm i'd we've we're you've you're they've they're it's he's she's "
    "unless whenever whilst vs versus".split()
)

# Page furniture when capitalised ("Video", "Watch", "Photo" before a caption); written in
# lower case they are nouns ("the five-minute video includes", session 9 review).
PAGE_FURNITURE_WORDS = frozenset("video watch photo".split())

# Words before a bare month that make the sentence look ahead: "will review it in April".
FUTURE_CUES = frozenset(
    "will 'll shall going due scheduled expected plans plan planned planning intends "
    "intend aims aim set upcoming coming next hopes hope would preparing prepare prepares".split()
)
# A scheduled event in the present tense looks ahead: "the tour, which kicks off June 9th
# ... and concludes October 10th" (Rolling Stone, published in November: next June).
SCHEDULED_PRESENT = frozenset(
    "kicks begins starts opens resumes concludes premieres debuts launches goes".split()
)
# Phrases after which the verb looks back whatever else the sentence says.
# Words just before "in three years" that make it a span, not a date ahead: "for the
# second time in seven days", "its best figure in five years", "fell 12% in two days"
# (read on the 84 "in/within N units" phrases of the BBC and CNN/DM dev texts).
SPAN_BEFORE_WORDS = frozenset("""time times first second third fourth fifth sixth seventh
eighth ninth tenth last best worst biggest largest highest lowest fastest slowest
strongest weakest sharpest steepest most least only""".split())
PAST_CUES = frozenset("""was were had did said last ago earlier previously
    began went came took saw gave ran rose fell broke wrote""".split())
# Irregular past forms that are also participles: past like "-ed" verbs, unless passive
# after "be" ("will be held on 5 May" looks ahead; "the strike began on 3 March" back).
IRREGULAR_PARTICIPLES = frozenset("""met held made told left lost won sold bought brought
    found got kept led paid sent spent stood struck""".split())

# Verbs that link a subject to a level with "at": "closed at 1,478 points", "trade at $85".
LEVEL_VERBS = frozenset(
    "close closes closed closing end ends ended ending open opens opened opening finish "
    "finishes finished finishing trade trades traded trading settle settles settled "
    "settling stand stands stood peak peaks peaked top topped sit sits sat".split()
)

# Nouns for a person: "the boy, 7, was unhurt" gives an age like "Maddon, 66,".
PERSON_NOUNS = frozenset(
    "boy girl man woman son daughter mother father wife husband teenager child baby "
    "grandmother grandfather grandson granddaughter pensioner driver victim suspect "
    "student pupil patient toddler brother sister nephew niece cousin uncle aunt "
    "grandchild girlfriend boyfriend partner".split()
)

# Hyphen compounds around a number that are not amounts (tuned on sentences written for the
# tests and on the figure review's dev sample, docs/FIGURES.md):
# "mother-of-six", "father-of-two": a description of a person, not a count shown in a box;
KINSHIP_OF = r"[A-Za-z]+-of-"
# "top-six finish", "the number two jersey", "No 2": a rank or a place, not a count;
RANK_BEFORE = r"\b(?:top[- ]|number\s+|no\.?\s+)"
# "part 3 of 3 excerpts": the size of a series named by its part, not an amount.
SERIES_BEFORE = r"\b(?:part|chapter|episode|book)\s+\d+\s+of\s+"
# "two-year-olds" (a class of children), "five-star hotel" (a rating), "a four-door GT" (a
# body style; session 9 review): no amount of anything.
NOT_AN_AMOUNT_AFTER = (
    r"-(?:years?|months?)-olds\b|-stars?\b|-(?:th|st|nd|rd)\b|-doors?\b"
    # set compounds that describe, not count: "one-stop shop", "a one-off", "two-tier",
    # "a three-way race", "one-sided", "a two-horse race" (BBC business and sport, session 17)
    r"|-(?:stop|off|way|tier|sided|horse|track)\b"
    r"|-\s+(?:and|or|to)\s+[\w-]+-(?:years?|months?)-olds\b"  # "three- and four-year-olds"
)
# "a 6,000-strong community": the members of what follows.
MEMBERS_AFTER = r"-strong\b"
# "£125m a year earlier": "a year" opens a time reference here, not a rate.
NOT_A_RATE_AFTER = frozenset("earlier ago before later previously on after".split())
# Words that open a clause or list after "400m", so its "m" is metres, not millions.
LENGTH_FOLLOWERS = frozenset(
    "and or title record champion champions world event gold silver bronze heat heats "
    "semi-final semi-finals semis medal medals indoors outdoors".split()
) | RACE_ATHLETES
# Words that make a following 4-digit number a year when it names something: "the 1997
# intake", "her three 2002 marriages" (a number right after another number is a year).
YEAR_DETERMINERS = frozenset("the this that her his its their our first last".split())

# Adverbs of place that follow an amount as a verb's complement, no noun it modifies:
# "labourers sent a record $16.6bn home last year", "moved $2bn offshore".
PLACE_ADVERBS = frozenset("home abroad overseas away back online offshore onshore indoors".split())
# Reflexive pronouns: "70 per cent of the index itself" is of the index (an emphasis, no
# part of the label).
REFLEXIVE_PRONOUNS = frozenset("itself themselves himself herself ourselves yourself".split())
# Adjectives of a dimension after a hyphen: "a 37m-long skeleton", "a 90-mile-wide storm".
DIMENSION_ADJECTIVES = frozenset("long wide tall high deep thick".split())
# Conjunctions that open a clause whose first words may be a figure and the noun it
# modifies: "because 50 foot building lots are tough to find" (not "and": "the 2.5GB and
# 5GB drive" joins two figures of one noun).
MODIFIER_CONJUNCTIONS = frozenset("because while whereas although though if when so".split())

# Nouns of a change: "a 40% drop in profits" is labelled with what dropped.
CHANGE_NOUNS = frozenset(
    "drop fall rise increase decrease decline cut jump improvement growth gain loss "
    "reduction slump surge".split()
)
# Verbs of a move before "by": "the economy grew by 8.5%" (not a passive "held by 100 bodies").
MOVE_VERBS = frozenset(
    "rose rise rises risen grew grow grows grown fell fall falls fallen increased increase "
    "increases decreased decrease decreases dropped drop drops jumped jump jumps climbed "
    "climb climbs gained gain gains lost lose loses declined decline declines slipped "
    "slip slips shrank shrink shrinks cut cuts raised raise raises".split()
)

# Verbs whose subject pays an amount out: "the government will pump 154m naira into
# subsidies", "the firm will pay $76 for each share" (the figure review's BBC briefs). The
# subject is the payer, not what the amount is; the label is what the amount pays for.
PAYER_VERBS = frozenset(
    "pay pays paid paying spend spends spent spending pump pumps pumped pumping invest "
    "invests invested investing give gives gave donate donates donated donating lend lends "
    "lent offer offers offered offering bid bids contribute contributes contributed inject "
    "injects injected pour pours poured plough ploughs ploughed allocate allocates "
    "allocated commit commits committed pledge pledges pledged earmark earmarks earmarked "
    "provide provides provided".split()
)
# Prepositions after such an amount that name what it pays for: "into subsidies", "for each
# share", "on research", "in compensation".
PAYMENT_PURPOSES = frozenset("for on into in towards toward".split())
# Verbs that charge an amount to their object, and the noun the amount then is: "the
# regulator fined CBS $550,000" is a fine on CBS, not an amount of CBS.
CHARGE_VERB_NOUNS = {"fined": "fine", "fining": "fine"}
# Auxiliaries between a subject and its verb: "has cut", "will pay" (one verb, not a chain).
AUXILIARIES = frozenset(
    "is are was were be been being am has have had will would can could may might must "
    "shall should do does did".split()
)

# Words that make a figure someone's expectation rather than a result: "analysts were
# expecting revenue of $27.53bn", "forecasts of 2bn euros", "the company now expects growth
# of 1.8%", "the retailer sees sales growth of 1.8%" (a company that "sees" a figure of its
# own business forecasts it; "saw" is what happened). Not "estimated" ("an estimated 60,000
# people" is an approximation).
# Words of a target: a figure aimed at is no result either.
TARGET_CUES = frozenset("aims aim aiming aimed target targets targeting targeted".split())
EXPECTATION_CUES = frozenset(
    "expect expects expected expecting expectation expectations forecast forecasts "
    "forecasted forecasting predict predicts predicted predicting prediction predictions "
    "projected projecting projection projections estimate estimates anticipated "
    "anticipating consensus guidance sees".split()
) | TARGET_CUES
# A target cue governs a figure only through "to <verb>" ("Sky aims to have 25% of its
# subscribers ..."; session 7 review, BBC tech/070), not a thing described on the way ("aims
# to offer the 6,000-strong community ...": the community is there already).
TARGET_OBJECT_WORDS = frozenset("the a an its their his her our this these those".split())
# A cue after these compares the result with the expectation ("rose more than expected
# to $5bn"): the figure is the result.
COMPARED_WITH_EXPECTATION = frozenset("than beat beats beating topped exceeded missed".split())
# Words that end the clause an expectation cue governs ("analysts had expected a loss,
# but it made $2m"; "lifted its expectations, which contributed to the 7% rise").
CLAUSE_BREAKS = frozenset(
    "but while whereas although though however yet instead which who whom whose when after "
    "because".split()
)

# Nouns whose plural is the singular: "200 sheep", "30 aircraft". Any other noun written
# in the singular after a number other than one is part of a name ("its 777 program",
# "the 737 Max jet"), not a thing counted.
INVARIANT_PLURALS = frozenset(
    "sheep aircraft spacecraft hovercraft craft staff fish deer personnel police cattle crew "
    "series species offspring head swine moose salmon trout livestock poultry clergy data "
    "media counsel faculty".split()
)
# Verbs that change their object by an amount: "boost the driving range by about 35 miles",
# "cut its workforce by 10%" (what changed is the object, not the subject that changed it).
CHANGE_VERBS = MOVE_VERBS | frozenset(
    "boost boosts boosted boosting reduce reduces reduced reducing lower lowers lowered "
    "lowering extend extends extended extending expand expands expanded expanding trim trims "
    "trimmed trimming slash slashes slashed slashing increasing raising cutting".split()
)
# Verbs of a span of values: "prices range from $370,000 to $5.5m", "claims, ranging from
# $200 to $4m": the noun before them is what the range is of.
RANGE_VERBS = frozenset("range ranges ranged ranging vary varies varied varying".split())
# Particles of a phrasal verb right before "at"/"to": "came back at 4 ppb", "shoots out at
# 800 mph" (no noun before the figure there).
VERB_PARTICLES = frozenset("back up down out off away".split())
# Verbs that do harm to the people counted after them: "the attacks killed nearly 3,000
# people" (the subject is the cause, not whose the people are).
HARM_VERBS = frozenset(
    "kill kills killed killing injure injures injured injuring wound wounds wounded "
    "wounding hurt hurts hurting displace displaces displaced displacing infect infects "
    "infected infecting".split()
)
# Nouns that say how much of what follows "of" ("the number of jobs", "a third of voters",
# "a group of investors"): in "N1 of N2" their phrase is about N2, not a property N1 of it.
PARTITIVE_NOUNS = frozenset(
    "number numbers majority minority bulk rest half third quarter share proportion "
    "percentage portion part fraction lot lots plenty couple handful dozen dozens hundreds "
    "thousands millions billions group groups kind kinds type types sort sorts variety "
    "range series set pair total average sum amount one two three four five six seven eight "
    "nine ten none several".split()
)
# Words before "of the N" that pick some of the N out ("one of the matches", "most of the
# shops"): a figure of that part is not the whole group's, and its label says so.
PART_WORDS = frozenset("one some most many few several each none any either neither".split())
# Words that make "X of" a compound preposition or an adverb, not a noun and its "of":
# "fell short of estimates", "ahead of the vote", "north of London".
NOT_OF_HEADS = frozenset(
    "short ahead instead because out front regardless irrespective outside inside north "
    "south east west".split()
)
# Verbs that report what follows them: "the firm said sales rose 5%", "researchers
# concluded the companies were overvalued by 50%" -- the figure's subject is the reported
# clause's ("sales", "companies"), not the reporter's.
REPORTING_VERBS = frozenset(v for v in QUOTE_CUE_VERBS if " " not in v) | frozenset(
    "estimated estimates found finds showed shows believes believed thinks thought expects "
    "predicted predicts noted notes revealed reveals suggested suggests indicated indicates "
    "calculated calculates projected projects warned warns announced announces believe "
    "think know hope fear warn argue claim expect estimate suggest".split()
)
# Verbs whose object amount of money is a thing they name: "the retailer earned $2.8
# billion" is its earnings, not the retailer (a label naming only the earner says who, not
# what). "lost" names a loss only for a large amount (LOSS_AT_LEAST): "shares lost $2.10"
# is a price move.
MONEY_VERB_NOUNS = {
    "earn": "earnings", "earns": "earnings", "earned": "earnings", "earning": "earnings",
    "lose": "loss", "loses": "loss", "lost": "loss", "losing": "loss",
    "owe": "debt", "owes": "debt", "owed": "debt", "owing": "debt",
    "borrow": "borrowing", "borrows": "borrowing", "borrowed": "borrowing",
}  # fmt: skip
LOSS_AT_LEAST = 1e5
# Nouns that say what a figure is only with what they are of ("a value of $16 billion":
# the value of which order?). Alone as a label they leave that out: not shown.
RELATIONAL_NOUNS = frozenset(
    "value worth total sum amount price cost figure level rate size".split()
)
# Verbs after "to" whose subject (the noun before "to") is what moves or reaches the
# figure: "caused sea levels to rise 11 feet", "expects sales to reach $5bn".
# Moves in -ing after a noun phrase, with "to" or "by" and the figure: "see the pound
# going to $1", "with its shares sliding by 5%" (the noun phrase is what moves).
MOVE_GERUNDS = frozenset(
    "going rising falling climbing dropping jumping sliding slipping soaring surging plunging "
    "tumbling edging easing heading growing gaining sinking".split()
)
INFINITIVE_MOVES = frozenset(
    "rise grow fall increase decrease drop jump climb gain lose decline slip shrink reach hit "
    "top exceed expand contract surge soar plunge tumble slump rebound total average "
    "double triple ease edge".split()
)
# Words before "X to rise" that are not X: verbs that make their object move ("cause sea
# levels to rise") and the words of "is set/due/likely/going to rise".
NOT_MOVERS = frozenset(
    "cause causes causing allow allows help helps want wants need needs lead leads led "
    "prompt prompts get gets got enable enables set due likely unlikely going able about "
    "poised tipped expect".split()
)
# Verbs that move their object by the figure to a side: "pulled the sector 0.7% lower",
# "sent shares 5% higher".
PUSH_VERBS = frozenset(
    "push pushes pushed pushing pull pulls pulled pulling send sends sent sending drive "
    "drives drove driving drag drags dragged dragging lift lifts lifted lifting knock knocks "
    "knocked knocking take takes took taking force forces forced forcing".split()
)

# What a verb changing its object by a figure makes of the figure: "reduce farm subsidies by
# $587m" -> a cut in farm subsidies (the figure is the change, not the subsidies); verbs not
# listed say "change in". From the session 7 analyst review (BBC business/204).
CHANGE_VERB_NOUNS = {
    **dict.fromkeys(
        "cut cuts cutting reduce reduces reduced reducing lower lowers lowered lowering trim "
        "trims trimmed trimming slash slashes slashed slashing decrease decreases decreased "
        "shrink shrinks shrank".split(),
        "cut in",
    ),
    **dict.fromkeys(
        "boost boosts boosted boosting raise raises raised raising increase increases "
        "increased increasing grow grows grew growing lift lifts lifted lifting".split(),
        "rise in",
    ),
    **dict.fromkeys("extend extends extended extending".split(), "extension of"),
    **dict.fromkeys("expand expands expanded expanding".split(), "expansion of"),
}
CHANGE_IN = "change in"
# Verbs that take an amount off something: "knocked 0.2% off the growth rate", "wiping $340m
# from the company's value", "shaved two seconds off the record" (the amount is a cut in it).
TAKE_OFF_VERBS = frozenset(
    "knock knocks knocked knocking wipe wipes wiped wiping shave shaves shaved shaving slash "
    "slashes slashed slashing trim trims trimmed trimming".split()
)
CUT_IN = "cut in"
# Verbs of a lead between two sides: "Labour lead the Conservatives by 39% to 34%" -- the
# first figure is the subject's, the second the object's (session 7 review, politics/112).
LEAD_VERBS = frozenset("lead leads led leading trail trails trailed trailing".split())
# A run of wins or games, and the words saying it has ended: "seeing their four-game winning
# streak come to an end", "snapped a five-game point streak" (session 6 and 7 reviews).
STREAK_NOUNS = frozenset("streak streaks".split())
RUN_ENDED_BEFORE = (
    r"\b(?:end|ends|ended|ending|snap|snaps|snapped|snapping|halt|halted|broke|break|breaks"
    r"|stopped|stop|stops)\s+(?:(?:the|their|his|her|its|a|an|our)\s+)?$"
)
RUN_ENDED_AFTER = (
    r"^\s*(?:\w+\s+){0,3}?(?:(?:come|came|comes|coming)\s+to\s+an\s+end|ended|ends"
    r"|was\s+snapped|snapped|was\s+broken|is\s+over|was\s+over)\b"
)
ENDED = "ended"
# An age read from a bare number after a name ("Leon Yeaman, 55,") says on the page what it is.
AGE_OF = "age of"
TRAIL_VERBS = frozenset("trail trails trailed trailing".split())
LEAD_OVER = "lead over"
# Objects of "lead" that are no rival: "Chelsea lead the table by six points" (their lead at
# the top, not a lead over a team called "table").
LEAD_PLACES = frozenset("table standings league group division conference field pack race "
                        "way charge poll polls rankings world market".split())
# Irregular past verbs that end a subject like "rose" or "-ed" do: "florida came in second
# with 1385710 strikes" (the NewsQuant even ids, where "came" was read as part of a noun).
IRREGULAR_PASTS = frozenset(
    "came went got made took gave knew thought told became felt kept ran left began brought "
    "caught drew drove fought found flew knew led met sent shot stood struck threw wrote swore "
    "spoke broke chose wore tore fled sought taught won sold paid spent bought held saw slid "
    "sank shrank sprang swung stuck clung crept dug flung froze hid hung knelt rode sang shook "
    "shone slept spun stank strode swam swept woke wept".split()
)
# Adjectives that leave a relational noun as unsaid as alone: "a combined maximum value of
# $2.6bn" (of the contracts, said before; session 7 review, Al Jazeera/NASA).
SCALE_ADJECTIVES = frozenset(
    "maximum minimum combined total overall average estimated potential possible".split()
)
# Nouns of a holding that say what it is only with what it is in: "an 8% stake in the
# directory company PagesJaunes" (session 7 review, BBC business/112: "8%: stake").
HOLDING_NOUNS = frozenset("stake stakes holding holdings interest".split())
# Verbs right before an amount of money that a plural noun after it names ("both teams
# received $250,000 fines": fines, was "teams"; session 7 review, CBSSports) -- besides
# IRREGULAR_PASTS and "-ed" forms.
AMOUNT_VERBS = frozenset("receive receives pay pays win wins get gets".split())
# A share after a level and "up"/"down" is that level's change ("the median price was $3.1
# million, down 9.2%": a fall in the median price, not the price).
MOVE_NOUNS = {"up": "rise in", "down": "fall in"}
# Verbs of a sale before "for" and an amount: what was bought is not what the amount is, its
# price is ("Meetup, which it acquired for $200 million" -> price of Meetup; session 7
# review, Al Jazeera/WeWork).
PRICE_VERBS = frozenset(
    "acquired bought purchased sold acquire buy purchase sell acquires buys purchases sells".split()
)
PRICE_OF = "price of"
# Verbs whose object has the price after "for": "sold the house for $2m", "took a 51% stake
# in a school for 92 million yuan" (not "get": "got a cheque for $150,000" is its amount).
OBJECT_PRICE_VERBS = PRICE_VERBS | frozenset(
    "selling buying purchasing acquiring take takes took taking".split()
)
# Verbs of a view held by a share of people: "Some 63% of respondents in the poll thought ...
# acted vindictively" -- "63%: respondents" says who, not what they thought (session 7 review
# major, BBC politics/112): such a share is kept in the JSON (share who said, 0.5).
OPINION_VERBS = REPORTING_VERBS | frozenset(
    "want wanted wants support supported supports oppose opposed opposes back backed backs "
    "favour favoured favor favored prefer preferred prefers agree agreed agrees approve "
    "approved approves disapprove disapproved".split()
)

# Verbs whose subject stands between an amount and the verb in a reduced relative clause:
# "the 11.3% creditors previously hoped to receive" is what creditors hoped for, not a
# share of creditors (session 10 analyst review: shown as "11.3%: creditors").
HOPE_VERBS = frozenset(
    "hoped expected wanted planned sought needed aimed intended promised wished tried "
    "pledged vowed expect expects hope hopes want wants plan plans".split()
)
# People named by a bare noun: as a figure's label ("a man who won $500" -> "man") they
# say whose it is only vaguely and never what it is (session 10 analyst review).
VAGUE_PERSON_NOUNS = frozenset(
    "man woman men women person people boy girl boys girls child children couple someone "
    "he she they".split()
)
# What a count alone needs on the page (briefing/brief/figure_lines.py), read on the shown figures
# of 25 dev briefs (the tune half of benchmarks/shown_figures.py).
# Past forms that end in neither "-ed" nor are in IRREGULAR_PASTS/PARTICIPLES but tell what
# happened to a counted thing ("shut 700 websites", "cut 500 jobs").
SHORT_PASTS = frozenset("shut cut hit put set quit spread".split())
# "-ed" words that are no verbs.
NOT_PAST_ED = frozenset("hundred red bed need seed feed speed shed breed".split())
# Adverbs between a count and its verb ("14 journalists were later investigated").
COUNT_VERB_ADVERBS = frozenset("later also then now all reportedly allegedly".split())
# Auxiliaries before a participle after a count ("104,000 jobs were created").
PASSIVE_AUXILIARIES = ("have been", "has been", "had been", "were", "was", "are", "is", "be")
# Words right after a count's number that make it relative to another count: "two more
# races", "four other plans", "three further charges" say nothing without the first ones.
RELATIVE_COUNT_WORDS = frozenset("more other others further additional extra".split())
# Words of a rate: a count in their sentence with no rate in its unit is a rate shown as a
# total ("Every day 78 million messages are sent").
RATE_CUES = ("every day", "each day", "a day", "per day", "daily", "every week", "a week",
             "weekly", "every month", "a month", "monthly", "every year", "each year",
             "a year", "annually", "per year", "per month", "per week")
# Verbs too light to say what happened to what a count counts ("the match featured 13
# service breaks", "he made 12 appearances"): no line for an unlabelled count.
LIGHT_VERBS = frozenset("""had has have featured included includes involved saw got made
    took gave put contained comprised totalled totaled numbered reached hit""".split())
# Modals of a possibility: "Thailand may lose 30bn baht", "1% of growth may be lost" tell
# what might happen, not what did (the figure review's second, tune-only sample).
POSSIBILITY_MODALS = frozenset("may might could would".split())
# Comparatives right after a figure make it a difference, not a level: "debt was more than
# 11bn euros higher", "£5 cheaper", "ten years older".
DIFFERENCE_WORDS = frozenset("""higher lower more less bigger smaller larger cheaper dearer
    fewer greater older younger longer shorter taller heavier lighter ahead behind""".split())
# Superlatives before a figure's label say which of them it is: "The cheapest tickets ...
# were £64" is the lowest price, not the price (session 10 review, CNN/DM ticket protest).
SUPERLATIVES = frozenset("""cheapest lowest highest biggest largest smallest latest earliest
    best worst greatest longest shortest fastest slowest dearest top""".split())
# Counts of these are moves in a ranking ("inched up four places", "four places above the
# Magpies"): relative to another team's or item's place, never an amount.
RANK_NOUNS = frozenset("place places position positions spot spots rung rungs".split())
# Nouns that alone say only which kind of figure, not whose ("about 90%: share"): a label
# of one of these words is held back (with RELATIONAL_NOUNS).
OWNERLESS_LABELS = RELATIONAL_NOUNS | frozenset(
    "share stake proportion number percentage end start close peak high low record time "
    "long wide high tall deep prior ago later earlier".split()
    # their plurals too: "rates rise to about 70%" (tune3; not "shares", the stock's price)
    + "values totals sums amounts prices costs figures levels rates sizes".split()
    # a unit of time alone: "a 35 hour week at £5.05" (the hour is another figure's)
    + "hour day week month year".split()
    # an adjective alone: "her $4.5 billion net worth" cut to "net"
    + "net gross".split()
)  # "from a $103.05 end"
# Words before a figure that make its clause someone's allegation, not a fact the brief can
# state ("allegations that X assaulted six students", "The lawsuit alleged X committed ...").
ALLEGATION_CUES = ("alleg", "accus", "claims that", "claimed that", "claim that")
# Words that make a figure a goal or a condition, not a result: "the industry target of an
# 85% resolution rate", "Barring a 14-goal swing, ...", "unless 40% of members vote".
TARGET_WORDS = frozenset("target targets goal goals aim aims ambition".split())
CONDITION_WORDS = frozenset("if unless barring provided".split())
# Verbs of a forecast in a relative clause after a figure: "the 3.5% growth rate that
# economists had forecast".
FORECAST_VERBS = frozenset("forecast forecasted expected predicted estimated anticipated".split())
# Currency names that a vague amount counts ("millions of dollars" read as a count).
CURRENCY_NOUNS = frozenset("dollar pound euro yen rupee franc peso rouble ruble yuan".split())
# What may follow a verb that glosses an unlabelled count for the verb to be complete
# ("were created last year", "protested outside", "charged,"); "were left homeless" and
# "tried to resuscitate" need their next words (the fifth, tune-only sample).
GLOSS_FOLLOWERS = frozenset("""by in at on for from during after before over between since
    into with without outside inside across around near under while when as and but or
    through via against among
    last this next yesterday today earlier later overnight recently worldwide globally
    abroad""".split())
# A label opening with an auxiliary is a verb phrase: "10%: didn't qualify".
AUXILIARY_OPENERS = frozenset("""didn't don't doesn't won't can't couldn't wouldn't isn't
    aren't wasn't weren't hasn't haven't hadn't is are was were has have had will would
    can could""".split())
# What a figure runs over or under: "running 1.45bn euros over budget" is a difference.
BENCHMARK_NOUNS = frozenset("budget target forecast forecasts estimate estimates expectations "
                            "par plan".split())
# Heads of a money label that name who pays or gets it, besides PERSON_NOUNS and the role
# words ("the £6million former Ajax skipper": his fee, not the skipper).
MONEY_PERSON_HEADS = frozenset("""skipper player striker midfielder defender goalkeeper keeper
    forward winger manager boss owner buyer seller thief fraudster gambler winner""".split())
# Words before a figure, in its clause, that make it what someone proposes, hopes or foresees,
# not a result (shown-figure grading, tune5 and tune6 samples): "vows to impose a 35 percent
# tax", "is looking for the firm to post a 17 percent increase", "to seek price rises of up to
# 70%", "implying growth at 2.9%", "believe that an increase of 2 degrees".
PROPOSAL_CUES = EXPECTATION_CUES | frozenset(
    "vow vows vowed pledge pledges pledged promise promises promised propose proposes "
    "proposed proposal plan plans planned planning imply implies implying seek seeks "
    "seeking believe believes hope hopes hoping want wants".split()
) | {"looking for", "calling for", "calls for", "called for"}
# A relative position, not a level: "three points above the drop zone", "ahead of".
POSITION_WORDS = ("above", "below", "ahead of", "behind", "clear of", "short of")
LENGTH_UNITS = frozenset("m km cm mm ft in mile miles metre metres foot feet yard yards".split())
# Nouns before "of" that make a count the size of a sample: "a survey of 3,000 people".
SAMPLE_NOUNS = frozenset("survey surveys poll polls study studies sample census".split())
# Verbs after a share that make it someone's stake: "which is 25% owned by".
STAKE_VERBS = frozenset("owned held controlled".split())
# Verbs that take a clause, not an object: "after it emerged more than a million people".
CLAUSE_VERBS = frozenset("emerged transpired appeared seemed".split())
# Figures that name a thing, not an amount: "an 18 certificate", "the 107 per cent rule",
# "the 7 minute mark".
NAMING_NOUNS = frozenset("certificate rule mark".split())
# A change noun alone says not what changed: "an increase of 104%" (shown-figure grading,
# tune7 sample).
BARE_CHANGE_LABELS = frozenset("""increase increases rise rises fall falls drop drops decline
    declines decrease decreases gain gains growth jump jumps cut cuts reduction reductions
    slump surge contraction expansion""".split())
# Labels that are a unit word, not a measure: "49.2 percent: percentage points".
UNIT_WORD_LABELS = frozenset("percent per cent percentage points point points".split()
                             # the currency restated: "a total of £500m pounds" (review15)
                             + "pounds dollars euros".split())
# Nouns of idioms around an amount: "in the shape of £11bn", "to the tune of $5m", "in the
# region of 300", "in excess of". The noun says nothing of what the amount is.
IDIOM_OF_NOUNS = frozenset("shape tune region order excess neighbourhood neighborhood".split())
# Heads that only say a stretch of time: "during the five-month period." says not what of
# ("a two-month period of matches" does).
EMPTY_SPAN_HEADS = frozenset("period time spell span stretch window phase".split())
# Words a sentence-opening capital can be that are no part of a name: "Despite Barkley's
# three missed penalties".
OPENER_WORDS = frozenset("""despite after before with without for in on at by from unlike like
    although though while when since as if but and yet so following including amid""".split())
# Adverbs that a label rule can take for a subject: "Trump so far has won".
ADVERB_SUBJECTS = frozenset("far now then already yet again ago here there".split())
# Verbs before a goal figure: "needs 61 percent ... to reach 1,237".
GOAL_VERBS = frozenset("reach hit clinch secure".split())
# People counted by their relation to a possessor: "Cruz's two Senate colleagues" counts no
# fact of Cruz's story.
RELATION_NOUNS = frozenset("""colleagues team-mates teammates sons daughters brothers sisters
    siblings children friends rivals opponents predecessors neighbours neighbors""".split())
# Verbs whose object a figure after "at" measures: "valued the exchange at £1.35bn", "put
# the cost at $5m". After any other verb the object is no measure of it: "tipped the scales
# at 20 stone", "came off the tracks at 115 mph".
AT_VALUE_VERBS = frozenset("""value values valued valuing price prices priced pricing put puts
    putting estimate estimates estimated estimating cap caps capped set sets setting peg pegs
    pegged fix fixes fixed rate rates rated assess assesses assessed buy buys bought sell sells
    sold selling offer offers offered trade trades traded trading close closes closed open
    opens opened list lists listed keep keeps kept leave leaves left hold holds held""".split())
# Words in a label that make the figure a past or another's ("from a previous estimate of
# 3.7%", "Previous initiatives brought 40,000 pupils back").
EARLIER_WORDS = frozenset("previous earlier prior former original".split())
# Words before a count that make it a stretch of a sequence: "took the last two frames".
SEQUENCE_WORDS = frozenset("last first next final opening closing".split())
# Labels that are a part someone had, not a measure: "ordered to pay £10,000 for his part".
PART_LABELS = frozenset("part role".split())
# What an amount paid out is, by its payer verb, so that the page says what the money does
# ("spend £200m on drugs": spending on drugs, not "£200m: drugs"). Verbs with no such noun
# (give, pump, provide) keep the bare label.
PAYMENT_NOUNS = {
    form: noun
    for forms, noun in (
        ("pay pays paid paying", "payment"), ("spend spends spent spending", "spending"),
        ("invest invests invested investing", "investment"),
        ("donate donates donated donating", "donation"), ("lend lends lent", "loan"),
        ("contribute contributes contributed", "contribution"),
        ("inject injects injected", "injection"),
        ("allocate allocates allocated", "allocation"),
        ("commit commits committed", "commitment"), ("pledge pledges pledged", "pledge"),
    )
    for form in forms.split()
}
# Nouns of a plan: the span of "a five-year plan" is how far it looks ahead, not a measure
# of what happened (tune7's "five-year: plan").
PLAN_NOUNS = frozenset("""plan plans strategy strategies proposal proposals
    blueprint roadmap vision""".split())
# Units of a count in a compound that say how a thing is built, not how much there is:
# "a two-class layout", "a two-stage process" (the reader review's "two-class: layout").
DESIGN_UNITS = frozenset("class tier stage phase step part".split())
# Endings only a noun has: after a label's last word such a word goes on the noun phrase
# ("a ten-year sexual offences prevention order": the order, not the offences).
NOUN_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism")
NOT_SUFFIX_NOUNS = frozenset("hence whence thence since".split())
# A firm's results, and the verbs that report them: "McClatchy reported a loss of $304.7m"
# is McClatchy's loss, and the page says so (review15: "$304.7 million: loss" in a brief on
# another company read as that company's).
RESULT_NOUNS = frozenset("""loss losses profit profits revenue revenues sales earnings turnover
    income debt debts deficit surplus""".split())
RESULT_VERBS = frozenset("""reported reports posted posts made makes recorded records booked
    books announced announces unveiled unveils suffered suffers had has saw sees generated
    generates delivered delivers""".split())
# Nouns that say nothing until their infinitive: "72 counts of failure to provide shelter"
# (tune3's "72 counts: failure").
INFINITIVE_NOUNS = frozenset("""failure failures attempt attempts refusal refusals bid bids
    decision decisions ability effort efforts promise promises""".split())
# Participles that alone are no label ("the £5.1bn seen a year earlier": seen); the dates'
# IRREGULAR_PARTICIPLES is kept apart (its readers differ).
LABEL_PARTICIPLES = frozenset("""seen given taken shown known done grown written chosen
    driven begun broken drawn""".split())
# Words a label may be made of that name nothing: "20%: closely behind".
NOTHING_WORDS = frozenset("""behind ahead above below before after around about along
    back forward away next then there here so too also just only still even year-on-year
    month-on-month overall""".split())
# Last words of a label that name a record level or a judgement, not whose figure it is:
# "a seventy-year high of 5.2 million" (of unemployment), "a comparative pittance of £1.9m".
# ("rates that rise with earnings to a maximum of 28%"; not "record": "a world record of
# 9.58 seconds" says what it is)
RECORD_LEVEL_WORDS = frozenset("high low peak trough highs lows peaks maximum minimum".split())
JUDGEMENT_NOUNS = frozenset("pittance bargain snip steal".split())  # ("a fortune of $24m": his)
# Modifiers before a level's noun that make it a change: "falling cigarette sales of 13%".
MOVING_MODIFIERS = {"falling": "fall", "declining": "fall", "dropping": "fall",
                    "shrinking": "fall", "rising": "rise", "growing": "rise",
                    "increasing": "rise"}
# Verbs of an aside on a name that give the name what the figure measures: "Dwain
# Chambers, who was handed a two-year ban", "Anglo-American, which estimates an HIV
# prevalence of 24%" (not "which ended a record run", "who turned it into a studio").
ASIDE_HOLDING_VERBS = frozenset("""handed fined given awarded banned got gets received
    receives won wins holds held faces faced estimates estimated owns owned earned earns
    served serves""".split())
# Heads of a person a compound can describe beside the role phrases ("a 14-year Carrier
# worker", "two-term presidents").
PERSON_DESCRIPTOR_HEADS = frozenset("""worker workers employee employees veteran veterans
    presidents candidates players strikers members member""".split())
