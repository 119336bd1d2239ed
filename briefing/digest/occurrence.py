"""What happened and when: the occurrences a story's lead reports.

Two write-ups of one debate or one primary night from different angles (a fact-check of
one line beside the recap; the turnout beside the results) share few sentences, but both
name the occurrence: its kind ("debate", "primary") and its day ("Thursday night's
debate", "won Tuesday's primary", "last night"), often with the place or body that
qualifies it ("the Iowa caucuses", "the Fox Business debate"). A story about the same
people on another day names another occurrence, or the same one as background.

An occurrence is read from the title and the first sentences only (the headline news):
an occurrence noun (``briefing/lang/en/events.py``), the date nearest to it in its
sentence (the date finder of the facts stage, and bare weekday words read back from
publication, or forward in a preview), the party and the places or organisations its
sentence names, and whether the sentence looks ahead to it (a preview).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

# Dates further than this from publication are background or plans, not the news.
OCCURRENCE_WINDOW = 7
# A date belongs to an occurrence noun when it is this near it in the sentence
# (characters: "won the New Hampshire Democratic primary on Tuesday").
DATE_REACH = 80
# A cue that the sentence looks ahead to an occurrence must come this near before its noun.
CUE_REACH = 60


@dataclass(frozen=True)
class Occurrence:
    """One occurrence a lead names."""

    kind: str  # "debate", "vote", "speech", ... (events.OCCURRENCE_KINDS)
    day: date | None  # the day it took place, when its sentence dates it
    names: frozenset[str]  # places and organisations its sentence names, case-folded
    side: str  # the party its sentence names ("democratic"), "" when none
    ahead: bool  # its sentence looks ahead to it (a preview)
    sentence: int  # 0 = the title
    published: date  # the story's publication day


def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from briefing.lang.en.events import OCCURRENCE_NOUNS, PROSPECTIVE_CUES
    from briefing.lang.en.lexicon import WEEKDAYS

    phrases = sorted(OCCURRENCE_NOUNS, key=len, reverse=True)
    nouns = re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)
    cues = re.compile(r"(?<![\w'’])(" + "|".join(re.escape(c) for c in PROSPECTIVE_CUES)
                      + r")\b", re.I)
    # A weekday word, not "Super Tuesday" (the name of a primary night, read as a noun).
    weekdays = re.compile(r"(?<!Super )\b(" + "|".join(WEEKDAYS) + r")\b")
    return nouns, cues, weekdays


_COMPILED: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


def patterns(language: str = "en") -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    if language not in _COMPILED:
        _COMPILED[language] = _patterns(language)
    return _COMPILED[language]


def weekday_date(name: str, published: date, ahead: bool) -> date:
    """A bare weekday: the latest such day up to publication (news convention), or the
    next one from it in a preview ("will debate on Thursday")."""
    from briefing.lang.en.lexicon import WEEKDAYS

    number = WEEKDAYS.index(name)
    if ahead:
        return published + timedelta(days=(number - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - number) % 7)


def dates_of(sentence: str, published: date, ahead: bool) -> list[tuple[int, date]]:
    """(position, day) of each day the sentence names within OCCURRENCE_WINDOW days of
    publication: what the date finder resolves, and bare weekday words."""
    from briefing.facts.dates import find_in_text, tense

    found, spans = [], []
    for mention in find_in_text(sentence, published):
        if mention.value and len(mention.value) == len("2026-01-01"):
            day = date.fromisoformat(mention.value)
            if abs((day - published).days) <= OCCURRENCE_WINDOW:
                found.append((mention.start, day))
                spans.append((mention.start, mention.end))
    for match in patterns()[2].finditer(sentence):
        if not any(start <= match.start() < end for start, end in spans):
            later = ahead or tense(match) == "future"  # "polls open Tuesday" stays unknown
            found.append((match.start(), weekday_date(match.group(1), published, later)))
    return found


def is_topic(sentence: str, match: re.Match[str]) -> bool:
    """Whether an occurrence noun names a topic here: "the debate over guns", "a primary
    concern", "an address book" (events.NOT_OCCURRENCE_AFTER)."""
    from briefing.lang.en.events import DEBATE_ON_DAYS, NOT_OCCURRENCE_AFTER

    word = match.group(1).casefold()
    following = re.findall(r"[\w'’-]+", sentence[match.end():match.end() + 30])
    after = following[0].casefold() if following else ""
    if word.rstrip("s") == "debate" and after == "on" and len(following) > 1:
        return following[1].casefold() not in DEBATE_ON_DAYS
    return after in NOT_OCCURRENCE_AFTER.get(word, frozenset())


def qualifiers(sentence: str, match: re.Match[str], name_words: frozenset[str]
               ) -> tuple[frozenset[str], str]:
    """The words of the story's places and organisations that qualify an occurrence
    noun (the capitalised words right before it, "the Fox Business debate", "Iowa's
    caucuses", and a place after "in": "the primary in New York"), and the party right
    before it ("the Democratic debate"), case-folded."""
    from briefing.lang.en.events import OCCURRENCE_MODIFIERS, PARTY_SIDES

    before = re.findall(r"[\w.'’-]+", sentence[max(0, match.start() - 80):match.start()])
    words, side = [], ""
    for word in reversed(before):
        bare = word.casefold().removesuffix("'s").removesuffix("’s").rstrip(".")
        if bare in PARTY_SIDES:
            side = side or PARTY_SIDES[bare]
        elif bare in name_words and word[:1].isupper():
            words.append(bare)
        elif bare not in OCCURRENCE_MODIFIERS:
            break  # "Break The Election": the words before a title's noun are no name
    after = re.match(r"\s+in\s+((?:[A-Z][\w.'’-]*\s?){1,3})", sentence[match.end():])
    if after:
        words += [w.casefold().rstrip(".,") for w in after.group(1).split()]
    return frozenset(w for w in words if w in name_words), side


def occurrences(sentences: Sequence[str], published: date | None,
                names: Iterable[str] = (), language: str = "en") -> tuple[Occurrence, ...]:
    """The occurrences named by a lead (title first, then its first sentences); empty
    when the story is undated or not English. ``names`` are the story's places and
    organisations, case-folded: those its sentence names qualify an occurrence."""
    if published is None or language != "en":
        return ()
    from briefing.lang.en.events import OCCURRENCE_NOUNS, PARTY_KINDS
    from briefing.lang.en.lexicon import FUNCTION_WORDS

    nouns, cues, _ = patterns(language)

    name_words = frozenset(word for name in names for word in name.casefold().split()
                           if word not in FUNCTION_WORDS)
    found = []
    for index, sentence in enumerate(sentences):
        matches = [m for m in nouns.finditer(sentence) if not is_topic(sentence, m)]
        if not matches:
            continue
        for match in matches:
            # A cue before the noun in its clause: "will meet in Thursday's debate", "ahead
            # of the primary"; not one after it ("the debate, the last before the vote").
            before = sentence[max(0, match.start() - CUE_REACH):match.start()]
            ahead = cues.search(before) is not None
            days = dates_of(sentence, published, ahead)
            near = [(abs(position - match.start()), day) for position, day in days
                    if abs(position - match.start()) <= DATE_REACH]
            day = min(near)[1] if near else None
            kind = OCCURRENCE_NOUNS[match.group(1).casefold()]
            named, side = qualifiers(sentence, match, name_words)
            # One of the publication day itself (or undated) in a sentence with a cue
            # anywhere ("is poised to shore up her lead in Tuesday's primary"): written
            # before it took place, a preview. Independent reports (2026-12-07): at an
            # occurrence bar of 0.15 it removes 2 of the tune half's 4 wrong merges (a
            # primary-day curtain-raiser beside the night's report), no right one;
            # unchanged at the shipped 0.3.
            if not ahead and (day is None or day == published):
                ahead = cues.search(sentence) is not None
            found.append(Occurrence(kind, day, named, side if kind in PARTY_KINDS else "",
                                    ahead or bool(day and day > published), index,
                                    published))
    return tuple(found)


def one_occurrence(a: Occurrence, b: Occurrence) -> bool:
    """Whether two named occurrences can be one: same kind, no different parties, both
    told alike (both previews or both reports), and the same day when both are dated.
    An undated one is taken to be of its story's day or the day before (the news of the
    day), and then a place or organisation in common must tie them."""
    if a.kind != b.kind or a.ahead != b.ahead:
        return False
    if a.side and b.side and a.side != b.side:
        return False
    if a.day and b.day:
        return a.day == b.day
    return bool(a.names & b.names) and _recent(a, b) and _recent(b, a)


def _recent(a: Occurrence, b: Occurrence) -> bool:
    """Whether ``a``'s day (its own, or else its story's news days) can be ``b``'s."""
    days = {a.day} if a.day else {a.published, a.published - timedelta(days=1)}
    other = {b.day} if b.day else {b.published, b.published - timedelta(days=1)}
    return bool(days & other)


def shared_occurrence(a: Sequence[Occurrence], b: Sequence[Occurrence],
                      sentences: int) -> bool:
    """Whether two leads name one occurrence within their first ``sentences`` sentences
    after the title."""
    return any(one_occurrence(x, y) for x in a if x.sentence <= sentences
               for y in b if y.sentence <= sentences)
