"""English cue words for figures and dates: what a number near them is, and when a date is.

Kept here, beside the rest of the language knowledge, so the figures and dates stages
hold rules only.
"""

from __future__ import annotations

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

# "12 strokes ahead": a lead in a contest, a score and not a quantity of something.
SCORE_NOUNS = frozenset("stroke strokes shot shots point points run runs goal goals".split())
LEAD_WORDS = frozenset("ahead behind clear back adrift off".split())

# Words that open or join clauses; never the thing a figure measures.
NOT_LABEL_WORDS = frozenset(
    "however although though yet also still meanwhile moreover furthermore nevertheless "
    "instead indeed thus hence therefore overall heading video watch photo read more i "
    "i've i'm i'd we've we're you've you're they've they're it's he's she's "
    "one two three four five six seven eight nine ten country".split()
)

# Words before a bare month that make the sentence look ahead: "will review it in April".
FUTURE_CUES = frozenset(
    "will 'll shall going due scheduled expected plans plan planned planning intends "
    "intend aims aim set upcoming coming next hopes hope would".split()
)
# Phrases after which the verb looks back whatever else the sentence says.
PAST_CUES = frozenset("was were had did said last ago earlier previously".split())

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
    "student pupil patient toddler".split()
)
