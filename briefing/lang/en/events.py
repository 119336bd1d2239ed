"""English words for occurrences: the happenings news reports (a debate, a primary, a
shooting) and the cues that tell a report of one from a preview of it.

Used by the digest to tell two write-ups of one occurrence from two stories about the
same people (``briefing/digest/occurrence.py``).
"""

from __future__ import annotations

# Nouns naming one occurrence, by kind. Words of one kind name the same sort of happening
# ("the Iowa caucuses" and "the New Hampshire primary" are both a vote); two occurrences
# of different kinds are never one.
OCCURRENCE_KINDS = {
    "debate": "debate, debates",
    "vote": "primary, primaries, caucus, caucuses, election, elections, referendum, contest, "
            "contests, runoff, by-election",
    "convention": "convention, conventions",
    "speech": "speech, speeches, address",
    "rally": "rally, rallies",
    "forum": "forum, town hall",
    "hearing": "hearing, hearings, testimony",
    "attack": "shooting, shootings, massacre, bombing, bombings, stabbing, terror attack, "
              "terrorist attack",
    "crash": "crash, collision, derailment",
    "strike": "strike, walkout",
    "summit": "summit",
    "ruling": "ruling, verdict",
    "meeting": "meeting",
    "interview": "interview",
    "conference": "press conference, news conference, briefing",
    "accord": "accord, agreement, treaty",
    "match": "match, final, semi-final",
    "earnings": "earnings",
}
OCCURRENCE_NOUNS = {phrase.strip(): kind for kind, phrases in OCCURRENCE_KINDS.items()
                    for phrase in phrases.split(",")}

# Words after an occurrence noun that make it a topic, not a happening: "the debate over
# guns", "a primary concern", "an address book".
NOT_OCCURRENCE_AFTER = {
    "debate": frozenset("over about around surrounding within among between inside on".split()),
    "primary": frozenset("reason goal concern source aim focus care target purpose school "
                         "schools responsibility objective task role job residence".split()),
    "address": frozenset("book books".split()),
    "meeting": frozenset("place places point room".split()),
    "final": frozenset("say word decision straw".split()),
    "contest": frozenset("for".split()),
}
# Words after "debate ... on" that still name the happening: "the debate on Tuesday".
DEBATE_ON_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Cues in a sentence that it tells of an occurrence still to come: a preview.
PROSPECTIVE_CUES = (
    "will", "'ll", "’ll", "ahead of", "upcoming", "before", "preview", "to watch",
    "expected to", "set to", "going into", "eve of", "to go until", "gear up", "gears up",
    "prepares for", "prepare for", "preparing for", "heads into", "head into",
    "poised to", "likely to",
)

# Party words that qualify a contest or debate ("the Democratic debate", "the GOP
# primary"): two occurrences of different parties are not one.
PARTY_SIDES = {
    "democratic": "democratic", "democrats": "democratic", "democrat": "democratic",
    "dem": "democratic", "dems": "democratic",
    "republican": "republican", "republicans": "republican", "gop": "republican",
    "labour": "labour", "conservative": "conservative", "conservatives": "conservative",
    "tory": "conservative", "tories": "conservative",
}
# Words between a qualifying name and its occurrence noun: "Iowa's first-in-the-nation
# caucuses", "the New Hampshire presidential primary", "Milwaukee's GOP debate".
OCCURRENCE_MODIFIERS = frozenset(
    "presidential first-in-the-nation state statewide national general primary caucus "
    "leadership televised tv live final first second third fourth fifth sixth last "
    "opening closing crucial key big".split()
)
# Kinds of occurrence held by one party: the Democratic and the Republican debate are two
# (a primary night holds both parties' contests, and is one).
PARTY_KINDS = frozenset("debate forum convention".split())

# Results one side has against another, then the word before the other side: "losses to
# Newcastle and Barcelona", "a win over Leeds", "defeat by Wasps", "a draw with Spain".
RESULT_NOUNS = frozenset(
    "loss losses defeat defeats win wins victory victories draw draws success successes "
    "triumph lost losing beaten".split()
)
RESULT_PREPOSITIONS = frozenset("to against by over with".split())
# The last word of an event's name, which a sponsor may open ("Shell Houston Open",
# "Barclays Masters"): the sponsor named there is no body of the story.
EVENT_NAME_ENDS = frozenset(
    "Open Classic Championship Championships Cup Masters Invitational Trophy Prix Marathon "
    "Awards Festival Tournament".split()
)
# Capitalised function words that own no company's money: "Today's sales figures" is a
# day's; "Next's sales" is the retailer's (org_evidence's lone stop-cap companies).
TIME_CAPS = frozenset("Today Yesterday Tomorrow Tonight Now Then".split())
# More words only sport uses (besides lexicon.SPORT_WORDS, read the same way by
# sport_sides.sports_report), and competitions a sports report names: with them (and "a
# game against X") 192 of the 255 BBC-even sport articles read as sports reports (96
# before), 9 of the 856 others (4 before), 60 of the 250 CNN/DM dev articles (48).
MORE_SPORT_WORDS = frozenset(
    """footballer footballers midfield winger wingers goalscorer hat-trick fly-half
    scrum-half try-scorer sprinter sprinters athletics skipper centre-back full-back
    left-back right-back keeper keepers""".split()
)
SPORT_COMPETITIONS = (
    "Premiership", "Premier League", "Champions League", "Uefa Cup", "UEFA Cup", "FA Cup",
    "Carling Cup", "League Cup", "Six Nations", "Grand Slam", "Davis Cup", "Fed Cup",
    "Super Bowl", "World Cup", "Serie A", "La Liga", "Bundesliga", "Heineken Cup",
    "Ryder Cup", "Grand Prix", "Australian Open", "US Open", "French Open", "Wimbledon",
    "Olympic Games", "Olympics", "Tour de France",
)
