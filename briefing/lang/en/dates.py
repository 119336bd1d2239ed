"""English words the Dates line needs: where a date's clause starts, and which verbs tell
that its clause says what happened (briefing/facts/date_events.py)."""

from __future__ import annotations

# Words that open a clause: the event of a date is the clause it sits in ("... after she
# was arrested in October 2003" is "she was arrested").
CLAUSE_OPENERS = frozenset(
    "and but while when after before which who whom where because although though if so "
    "whereas until unless since once that".split()
)
# Verb forms that show a clause says what happened (besides "-ed" forms of five letters
# or more and the auxiliaries and irregular pasts of lang/en/figures.py).
EVENT_VERBS = frozenset(
    "is are am says say begins starts ends opens closes meets plays faces takes goes comes "
    "runs leaves wins loses died sued owed axed".split()
)
# A future seen from the past ("his vow that Britain would leave the EU on Oct. 31"): no
# guide to whether the date is before or after publication (review of 16 briefs, AP
# 2019-11-19: it was read ahead, to 2020).
UNDIRECTED_FUTURE = frozenset(("would",))
# Words a clause keeps at its edge that the event need not say ("that", a preposition
# left before the date), and determiners that leave a noun phrase unfinished before it.
EDGE_WORDS = frozenset(
    "that on in at by of for from to during since until as between sometime around".split()
)
EVENT_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
# Words an event does not end on ("were hit by tragedy early [in 2002]") and words it does
# not open with besides NOT_A_SUBJECT ("despite being patented", "said she became").
DANGLING_WORDS = frozenset("early late also past this ahead beginning starting".split())
# Sentence adverbs an event drops from its front ("However Lee pulled out").
SENTENCE_ADVERBS = frozenset("however instead then yet meanwhile moreover and but so".split())
NOT_AN_OPENER = frozenset("despite said says told according".split())
# ... and, in lower case (the sentence went on before them: "[That] all changed"), these.
NOT_AN_OPENER_INSIDE = frozenset("even just such plus far all".split())
# Pronouns that, capitalised inside an event, show a sentence start glued to furniture
# before it ("Hollywood Reporter: Mad Men's return He won a Grammy in 1959").
SENTENCE_PRONOUNS = frozenset("He She It They We His Her Its Their Our".split())
# Words an event cannot end on: its sentence goes on past the date ("better in May than").
UNFINISHED_ENDS = frozenset("than not or and".split())
# Words that cannot be the subject a clause lost to an aside or a relative word
# ("In Leeds, ..."; "However, ..."): prepositions, clause words, sentence adverbs.
PREPOSITIONS = EDGE_WORDS | frozenset(
    "with without after before under over about against among into through across near "
    "outside inside beyond behind like throughout within".split()
)
NOT_A_SUBJECT = PREPOSITIONS | CLAUSE_OPENERS | frozenset(
    "however meanwhile instead still also yet then now later earlier today yesterday last "
    "next this these those it he she they we i you there here what why how moreover "
    "furthermore indeed thus hence therefore overall nevertheless nonetheless besides "
    "and or nor not".split()
)
# Words before a name that make the name part of something else: "the tenure at Acme,
# which", "the Bank of Lisbon, which", "Lee and Kim, who", "a Democrat who".
NOT_BEFORE_AN_ANTECEDENT = frozenset("in at of and & or with from near a an".split())
# Nouns of a stretch of time: "the end of 2004" is a time, "the wave of 2010" a thing.
TIME_NOUNS = frozenset(
    "end start beginning middle close turn rest remainder course height depths summer spring "
    "autumn fall winter quarter half months weeks days years night evening morning "
    "afternoon weekend week month year day season period part first last".split()
)
# Words that open a date counted from the day of writing ("of last year" is a time).
RELATIVE_OPENERS = frozenset("last next this".split())
# Small words inside names ("Commission on Elections", "Bank of Lisbon").
NAME_INNER_WORDS = frozenset("of on for de du von van der del la le to upon".split())
# Dates whose event is a span or a limit: a noun is no event of theirs ("had not ridden in
# the race since 2010").
LIMIT_WORDS = frozenset("since until till by before after through".split())
# Past participles that are not past tenses: a clause opening on one after a comma is an
# aside ("the plan, drawn up in May"), not a verb parted from its subject.
PARTICIPLES_ONLY = frozenset(
    "drawn taken given shown written born chosen spoken broken stolen done gone seen known "
    "grown thrown begun driven ridden eaten fallen forgotten hidden".split()
)
# Nouns that name an event with a date of its own ("the fight at the Grand Arena on May 2").
EVENT_NOUNS = frozenset(
    "fight bout match game final semi-final election vote referendum ballot rally meeting "
    "summit hearing trial sentencing inquest launch premiere ceremony wedding funeral strike "
    "protest walkout raid visit concert festival conference debate race marathon "
    "kick-off auction".split()
)
# Words that put an event noun at a place ("the rally in Leeds").
PLACE_PREPOSITIONS = frozenset(("at", "in"))
# Words that may open a line of a fixture list or timetable ("West Brom (home) - May 2").
LISTING_WORDS = frozenset("home away v vs h a".split())
# Words an event may not open with: a pronoun or possessive the page cannot resolve ("it
# announced an order": who?). An event opening with a verb has lost its subject ("were
# held around the country") and is not shown either.
UNRESOLVED_OPENERS = frozenset(
    "it its they their them he his she her we our i you this these those there".split()
)
# Days that name an event of one year when the noun after them says so: (month, day) ->
# (year, nouns). "the Sept. 11 attacks" were in 2001 in an article of any year.
NAMED_DAYS = {
    (9, 11): (2001, frozenset("attack attacks attackers terrorist terror hijackers hijackings "
                              "commission".split())),
}
# Nouns of a scheduled event, beside a day written without a year ("the June 7 primary",
# "caucuses on Feb. 1", "which votes March 1"): the day is the one nearest publication
# whatever the tense of the clause, which is often a past verb of reporting ("vowed to
# stay in the race through the primary on June 7").
SCHEDULED_EVENT_NOUNS = frozenset("""primary primaries election elections caucus caucuses
    vote votes ballot referendum runoff debate convention hearing meeting summit""".split())
# Words right before "in <month>" that look ahead to a scheduled event ("if he wins in
# November", "the party's convention in July", "the primaries in March"): a bare month
# read half a year back or more after them is the coming one. Not "debate(s)" or "polls":
# "a debate in August", "polls in March showed ..." report what happened.
MONTH_EVENT_WORDS = frozenset("""win wins winning lose loses losing vote votes voting elect
    electing election elections re-election reelection convention conventions primary
    primaries caucus caucuses contests ballot ballots chances hearings tournament""".split())
# The event named after the month instead ("in November's general election").
MONTH_EVENT_AFTER = r"^(?:['’]s)?\s+(?:(?:general|presidential|midterm)\s+)?elections?\b"
