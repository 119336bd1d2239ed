"""English words the Dates line needs: where a date's clause starts, and which verbs tell
that its clause says what happened (briefing/facts/date_events.py)."""

from __future__ import annotations

# Words that open a clause: the event of a date is the clause it sits in ("... after she
# was arrested in October 2003" is "she was arrested").
CLAUSE_OPENERS = frozenset(
    "and but while when after before which who whom where because although though if so "
    "whereas until unless since once that".split()
)
# Verb forms that show a clause says what happened (besides "-ed" forms and the
# auxiliaries and irregular pasts of lang/en/figures.py).
EVENT_VERBS = frozenset(
    "is are am says say begins starts ends opens closes meets plays faces takes goes comes "
    "runs leaves wins loses".split()
)
# A future seen from the past ("his vow that Britain would leave the EU on Oct. 31"): no
# guide to whether the date is before or after publication (review of 16 briefs, AP
# 2019-11-19: it was read ahead, to 2020).
UNDIRECTED_FUTURE = frozenset(("would",))
# Words a clause keeps at its edge that the event need not say ("that", a preposition
# left before the date), and determiners that leave a noun phrase unfinished before it.
EDGE_WORDS = frozenset("that on in at by of for from to during since until as".split())
EVENT_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
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
