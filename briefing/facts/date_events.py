"""What a date on the page is the date of, and when the page should not show it.

``event_of`` takes the clause a date sits in, when the clause is short and has a verb:
"Khodorkovsky was arrested in October 2003" gives "Khodorkovsky was arrested". A longer
clause, one with no verb, or one inside a quotation gives nothing: the date is shown
without it rather than with a guess.

``in_a_listing`` finds the dates of a fixture list or timetable glued into a sentence
("West Brom (home) - May 2 Crystal Palace (away) - May 9 ..."): page furniture, not
events of the story.

``readable`` writes a resolved value for a reader: "2019-11-18" is "18 Nov 2019",
"2019-W46" is "week of 11 Nov 2019", "197X" is "the 1970s".
"""

from __future__ import annotations

import re
from datetime import date

from briefing.facts.date_subjects import noun_event, with_subject
from briefing.facts.date_verbs import is_verb
from briefing.lang.en.dates import (
    CLAUSE_OPENERS,
    DANGLING_WORDS,
    EDGE_WORDS,
    EVENT_DETERMINERS,
    LISTING_WORDS,
    NOT_A_SUBJECT,
    NOT_AN_OPENER,
    NOT_AN_OPENER_INSIDE,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    SENTENCE_ADVERBS,
    SENTENCE_PRONOUNS,
    TIME_NOUNS,
    UNFINISHED_ENDS,
    UNRESOLVED_OPENERS,
)
from briefing.lang.en.figures import AUXILIARIES
from briefing.lang.en.lexicon import MONTHS

# An event of more words than this is a sentence, not a label (tuned by reading the Dates
# lines of the tune part of a 36-brief dev sample: 12 keeps "Brianne Altice was hired by
# the Davis County School District", 8 dropped half the clear ones).
MAX_EVENT_WORDS = 12
MIN_EVENT_WORDS = 2
# A comma between digits ("30,000") is part of a number, not a clause boundary.
_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]\"“”]|\s[-–—]\s|[–—]")
_QUOTE_MARKS = re.compile(r"[\"“”]|''|(?:^|\s)['‘]\w|\w[’']\s*(?:$|[,.;])")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def event_of(text: str, start: int, end: int) -> str:
    """The short clause around ``text[start:end]`` that says what happened then, or ""."""
    if _inside_quotation(text, start):
        return ""
    before = _clause_before(text[:start])
    last = before.split()[-3:]
    if last and last[-1].lower().strip(",") in EVENT_DETERMINERS:
        return ""  # "in the wake of the September 11 attacks": the date names a noun
    digits = [any(c.isdigit() for c in word) for word in last]
    if any(digits) and _a_figure_of_a_series(before, text[end:]):
        return ""  # "drop from 87.2 per cent in 2011 to ...": the date is the figure's
    if (len(last) > 1 and digits[-2] and last[-1].lower() in EDGE_WORDS | {"and", "or"}) \
            or (last and re.search(r"\d[/–-]$", last[-1])):
        return ""  # "taken Oct. 30 to [Nov. 8]", "on 16 or [17 March]": one end of a span
    if _names_a_noun(text[:start], text[start:end], text[end:]):
        return ""
    words = _trim(before.split())
    head, rest = text[: start - len(before)], text[end:]
    if _object_of_a_preposition(before.split(), words):
        return ""  # "In a letter filed last month": a noun phrase, not a clause
    if _POSSESSIVE.match(rest):
        # "spoke at last week's rally" is the day of the clause; "ahead of next week's
        # vote" is not, nor a clause after the date ("Monday's caucuses were ...")
        at = before.split()[-1:]
        if at and at[0].lower() in _AT_AN_EVENT and len(words) >= MIN_EVENT_WORDS:
            return _as_event(words)
        return ""
    restored = with_subject(head, words, rest, _as_event) if words else ""
    if len(words) >= MIN_EVENT_WORDS:
        return restored or _as_event(words) or noun_event(words, text[start:end])
    return _as_event(_trim(_clause_after(rest).split())) or restored


_YEAR_END = re.compile(r"\b(?:1[89]|20)\d\d$")
_AT_AN_EVENT = frozenset(("at", "during", "in", "on"))
_POSSESSIVE = re.compile(r"^['’]s\b")


def _names_a_noun(before: str, date_text: str, after: str) -> bool:
    """The date is part of a noun phrase, not the time of a clause: "the wave of 2010",
    "after 2008 financial crisis" (but "at the end of 2004" is a time)."""
    opener = date_text.split()[0].lower()
    if date_text.lower().startswith("of "):  # the span of "the film of 1956" holds "of"
        before, opener = before + "of ", date_text.split()[1].lower()
    if (of := re.search(r"(\w+)\s+of\s*$", before)) and opener not in RELATIVE_OPENERS:
        return of.group(1).lower() not in TIME_NOUNS
    following = after.split()[:1]
    if not following or not _YEAR_END.search(date_text):
        return False
    previous = (before.split()[-1:] or [""])[0].lower()
    if {opener, previous} & PREPOSITIONS - {"after", "before"}:
        return False  # "in 1848 the party ...": a time, whatever follows
    word = following[0]
    return (word.isalpha() and word.islower() and word not in NOT_A_SUBJECT
            and not is_verb(word) and not word.endswith(("ing", "ly")))


def _as_event(words: list[str]) -> str:
    while words and words[0].lower().strip(",") in SENTENCE_ADVERBS:
        words = words[1:]  # "However Lee pulled out in 2002": "Lee pulled out"
    while words and words[-1].lower().strip(",.") in DANGLING_WORDS | EDGE_WORDS:
        words = words[:-1]  # "were hit by tragedy early", "as early as"
    if not MIN_EVENT_WORDS <= len(words) <= MAX_EVENT_WORDS or not any(map(is_verb, words)):
        return ""
    opener = words[0].lower()
    if is_verb(words[0]) or opener in UNRESOLVED_OPENERS or opener.endswith("ing"):
        return ""  # no subject ("meaning one in four ..."), or one the reader cannot resolve
    if opener in NOT_A_SUBJECT or opener in NOT_AN_OPENER or _is_adverb(words[0]) \
            or words[0] in NOT_AN_OPENER_INSIDE:
        return ""  # "also is making a comeback", "with her book", "said she became"
    if words[-1].lower().strip(",.") in AUXILIARIES:
        return _named_by_a_copula(words)
    if any(word in SENTENCE_PRONOUNS for word in words[1:]):
        return ""  # "return He won a Grammy": a link's words glued before a sentence
    if words[-1].lower().strip(",.") in UNFINISHED_ENDS:
        return ""  # "looks better in May than [in April]", "the election is not [until]"
    if _reduced_relative(words):
        return ""  # "condemned the move announced on Monday": the date is the move's
    event = " ".join(words).strip(" ,;:.")
    return "" if _QUOTE_MARKS.search(event) else event


_SERIES_AFTER = re.compile(r"^\s*(?:,\s*)?(?:to|and|or|than|versus|vs|compared|up|down|from)\b"
                           r"|^\s*,\s*(?:\S+\s+){0,2}\S*\d", re.I)


def _a_figure_of_a_series(before: str, after: str) -> bool:
    """A figure next to the date is one of a series or a change ("from 40% in 2011 to
    35%", "1.1% in 2004, 0.3% in 2003"): the date is that figure's, not an event's. A
    figure alone ("sales grew 11% in 2005") leaves the clause the date's."""
    words = before.lower().split()
    if any(w in ("from", "between", "than", "versus", "vs") for w in words):
        return True
    return bool(_SERIES_AFTER.match(after))


def _is_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word.islower()


def _named_by_a_copula(words: list[str]) -> str:
    """ "The next primary is [June 14]" names its event: "The next primary". Any other
    clause ending on an auxiliary has its verb after the date ("Police had [last month
    charged ...]") or is a comparison ("as Lee did [in 2008]"): no event."""
    if words[-1].lower() not in ("is", "are", "was", "were", "be"):
        return ""
    noun = words[:-2] if len(words) > 2 and words[-2].lower() == "will" else words[:-1]
    possessive = any(w.endswith(("'s", "’s", "s'", "s’")) for w in noun[:-1])
    if len(noun) < 2 or any(map(is_verb, noun)) or not (noun[0] in ("The", "the") or possessive):
        return ""
    return " ".join(noun)


def _object_of_a_preposition(raw: list[str], words: list[str]) -> bool:
    """The clause opened on a preposition and its one verb is a participle at its end."""
    if len(words) < MIN_EVENT_WORDS or raw[0] == words[0]:
        return False
    if raw[0].lower() not in PREPOSITIONS - {"as"}:
        return False
    verbs = [w for w in words if is_verb(w)]
    return verbs == [words[-1]]


def _reduced_relative(words: list[str]) -> bool:
    """The clause ends in a participle after a noun, and has a verb of its own before it
    ("the League condemned the move announced"): the date belongs to the noun phrase."""
    if len(words) < 3 or not is_verb(words[-1]) or is_verb(words[-2]):
        return False
    return any(is_verb(word) for word in words[:-2])


def _clause_before(text: str) -> str:
    """The part of ``text`` after its last clause boundary or clause-opening word."""
    cut = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.end()
    words = list(_WORD.finditer(text, cut))
    for match in reversed(words):
        if match.group().lower() in CLAUSE_OPENERS:
            cut = match.end()
            break
    return text[cut:]


def _clause_after(text: str) -> str:
    """The clause after a date: past one comma ("In August 2014, a student came forward"),
    up to the next boundary or sentence end."""
    text = re.sub(r"^\s*,", "", text)
    match = _BOUNDARY.search(text)
    piece = text[: match.start()] if match else text
    opener = next((m for m in _WORD.finditer(piece) if m.group().lower() in CLAUSE_OPENERS), None)
    if opener is not None:
        piece = piece[: opener.start()]
    return piece.rstrip(" .!?")


def _trim(words: list[str]) -> list[str]:
    while words and words[0].lower().strip(",.") in EDGE_WORDS and words[1:2] not in (
            ["least"], ["most"]):  # "at least 40 ..." keeps its "at"
        words = words[1:]
    while words and words[-1].lower().strip(",.") in EDGE_WORDS:
        words = words[:-1]
    return words


def _inside_quotation(text: str, position: int) -> bool:
    """An odd number of double quote marks before ``position``: someone's words."""
    before = text[:position]
    straight = before.count('"') + before.count("''")  # some wires write '' for "
    return straight % 2 == 1 or before.count("“") > before.count("”")


# ----------------------------------------------------------------- listings

# Dates of a day this close to each other, three or more in a sentence, are a list.
LISTING_GAP_WORDS = 5
LISTING_MIN_DATES = 3


def in_a_listing(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes (into ``spans``, in order) of the dates that form a run of a list: three
    or more with at most LISTING_GAP_WORDS words and no verb between neighbours."""
    found: set[int] = set()
    run: list[int] = []
    for index, (start, _end) in enumerate(spans):
        if run and not _listing_gap(text[spans[run[-1]][1] : start]):
            if len(run) >= LISTING_MIN_DATES:
                found.update(run)
            run = []
        run.append(index)
    if len(run) >= LISTING_MIN_DATES:
        found.update(run)
    return found


def _listing_gap(gap: str) -> bool:
    words = _WORD.findall(gap)
    if len(words) > LISTING_GAP_WORDS:
        return False
    lower = [w for w in words if w[0].islower() and w.lower() not in LISTING_WORDS]
    return not any(is_verb(w) for w in lower) and len(lower) <= 1


# ----------------------------------------------------------------- readable values

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DECADE = re.compile(r"^(\d{3})X$")
_SPAN = re.compile(r"^(\d{4})/(\d{4})$")


def _month_name(number: int) -> str:
    return MONTHS[number - 1][:3]


def readable(value: str | None) -> str:
    """``value`` (an ISO day, month, week, year, decade "199X" or span "2006/2012") as a
    reader writes it; "" when it is none of these."""
    if not value:
        return ""
    if match := _DAY.match(value):
        return f"{int(match[3])} {_month_name(int(match[2]))} {match[1]}"
    if match := _MONTH.match(value):
        return f"{_month_name(int(match[2]))} {match[1]}"
    if match := _WEEK.match(value):
        try:
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            return ""
        return f"week of {monday.day} {_month_name(monday.month)} {monday.year}"
    if match := _DECADE.match(value):
        return f"the {match[1]}0s"
    if match := _SPAN.match(value):
        return f"{match[1]}–{match[2]}"
    return value if re.fullmatch(r"\d{4}", value) else ""


def says_more_than(value: str, text: str) -> bool:
    """Whether the readable ``value`` tells the reader more than the date's own words:
    "18 Nov 2019" after "on Monday" does; "Oct 2003" after "in October 2003" does not."""
    if not value:
        return False
    folded = text.casefold()
    for part in value.replace("–", " ").split():
        part = part.casefold()
        if part == "week":
            return True  # a week said as "last week"
        if part in ("of", "the"):
            continue
        if part.isdigit():
            if not re.search(rf"(?<!\d){int(part)}(?!\d)", folded):
                return True
        elif part.endswith("s") and part[:-1].isdigit():
            if part not in folded:
                return True
        elif part not in folded:
            return True
    return False
