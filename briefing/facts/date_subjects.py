"""Two more ways to read what a date is the date of (``briefing.facts.date_events``).

``with_subject`` gives back the subject a date's clause lost to a relative word or to an
aside between commas: "the singer Anna Berg, who retired in 2010" gives "Anna Berg
retired"; "Kim Lee, 45, was jailed in 2010" gives "Kim Lee was jailed". Only words of
the sentence are used, in their order, with the aside left out.

``noun_event`` reads an event named by a noun at a place where the clause has no verb
of its own: "... preparations for the fight at the Grand Arena on May 2" gives "the
fight at the Grand Arena".

Both were read on every changed Dates line of a dev scan (BBC, CNN/DM, PolNeAR, zyte;
/work/notes/dates8.md); each guard below removed a shape that read wrong there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.facts.date_verbs import is_verb
from briefing.lang.en.dates import (
    EVENT_DETERMINERS,
    EVENT_NOUNS,
    LIMIT_WORDS,
    NAME_INNER_WORDS,
    NOT_A_SUBJECT,
    NOT_BEFORE_AN_ANTECEDENT,
    PARTICIPLES_ONLY,
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
)
from briefing.lang.en.lexicon import MONTHS, WEEKDAYS

# A subject of more words than this is a phrase with more in it than a name or a noun.
MAX_SUBJECT_WORDS = 4
_RELATIVE = re.compile(r"(,?)\s*\b(who|which)\s*$", re.I)
_CHUNKS = re.compile(r"[,;:()\[\]\"“”–—]| - ")
_NAME_WORD = re.compile(r"[A-Z][\w&.-]*(?:['’][A-Za-z]+)?$")
_CALENDAR = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))
_NOT_FINITE = frozenset(("be", "been", "being"))
PERSON_PREPOSITIONS = frozenset(("from", "with", "by"))

Event = Callable[[list[str]], str]


def with_subject(head: str, words: list[str], rest: str, as_event: Event) -> str:
    """The event of ``words`` (a clause before a date that opens on its verb) with the
    subject ``head`` (the sentence before the clause) names, or ""; ``rest`` is the text
    after the date and ``as_event`` the checks an event passes."""
    opening = words[1:2] if _is_adverb(words[0]) else words[:1]
    if not opening or not is_verb(opening[0]):
        return ""
    verb = opening[0].lower().strip(",.")
    if verb in _NOT_FINITE or verb.endswith("ing"):
        return ""  # "to be held on 26 May": no tense, so no clause of its own
    if relative := _RELATIVE.search(head):
        restrictive = "" if relative.group(1) else relative.group(2).lower()
        subject = _antecedent(head[: relative.start()], restrictive, relative.group(2).lower())
    elif head.rstrip().endswith(",") and "," not in rest and verb not in PARTICIPLES_ONLY:
        # no comma after the date: the clause runs to the sentence's end, not an aside
        # ("the plan, drawn up in 2010, was")
        subject = _sentence_subject(head)
    else:
        return ""
    return as_event(subject + words) if subject else ""


def _is_adverb(word: str) -> bool:
    """A lower-case "-ly" word ("reportedly"); "Italy" is none. A sentence's first word is
    passed lower-cased, where "Separately," and "Italy," look alike: both are refused."""
    return len(word) > 4 and word.endswith("ly") and word.islower()


def _antecedent(text: str, restrictive: str, relative: str = "") -> list[str]:
    """The name or "the + noun" right before "who"/"which": "the pianist Anna Berg," gives
    "Anna Berg"; "The old mill," gives "The old mill". Without a comma (``restrictive``
    is then the relative word: "the man who") the relative may pick one of many, so only
    a name is taken: of two words or more, or one after the noun it names ("the pianist
    Berg who"; not "Republicans who", "his wife Ana which")."""
    words = text.split()
    names: list[str] = []
    while words and len(names) <= MAX_SUBJECT_WORDS and _NAME_WORD.match(words[-1]):
        if words[-1].lower() in NOT_A_SUBJECT or words[-1].lower() in _CALENDAR:
            break
        names.insert(0, words.pop())
    if names:
        if len(names) > MAX_SUBJECT_WORDS:
            return []
        if restrictive and len(names) < 2 and not (restrictive == "who" and _after_a_noun(words)):
            return []
        before = words[-2:]
        if before and before[-1] == "the":
            before = words[-3:-1]
        person = relative == "who" and not restrictive
        return [] if before and _not_its_own(before, person) else names
    if restrictive:
        return []
    tail = words[-MAX_SUBJECT_WORDS:]
    for index in range(len(tail) - 2, -1, -1):
        if tail[index].lower() == "the":
            noun = tail[index + 1 :]
            earlier = words[len(words) - len(tail) + index - 1 : len(words) - len(tail) + index]
            if earlier and earlier[0].lower() in PREPOSITIONS | {"and", "or"}:
                return []  # "the peak for the wage, which": the relative may be the peak's
            if all(w.isalpha() and w.islower() and w not in NOT_A_SUBJECT and not is_verb(w)
                   for w in noun):
                return tail[index:]
            break
    return []


def _after_a_noun(words: list[str]) -> bool:
    """The word before a name is a lower-case noun naming it ("the pianist Berg")."""
    if not words:
        return False
    last = words[-1]
    return last.isalpha() and last.islower() and last not in NOT_A_SUBJECT and len(last) > 2


def _not_its_own(before: list[str], person: bool = False) -> bool:
    """Whether the words before a name make it part of something else: "the tenure at
    Acme", "Bank of Lisbon", "Lee and Kim", "a Democrat", "the 2020 Nova", "Leeds, Kent".
    A ``person`` (", who") is the name's own after "from", "with" or "by": "the remarks
    from Lukashenko, who has ruled since 1994" (the seed); after "in" or "of" it is most
    often the noun before ("a commentator in Nevada, who", "the chairman of Bear Stearns,
    who": PolNeAR dev)."""
    last = before[-1]
    blocked = NOT_BEFORE_AN_ANTECEDENT - PERSON_PREPOSITIONS if person else NOT_BEFORE_AN_ANTECEDENT
    if last.lower() in blocked or any(c.isdigit() for c in last):
        return True
    if last.endswith(",") and last[:1].isupper():
        return True
    first = before[0]
    return (len(before) == 2 and last.lower() in NAME_INNER_WORDS and first[:1].isupper()
            and first.lower() not in ("the", "a", "an"))


def _sentence_subject(head: str) -> list[str]:
    """The sentence's first chunk, when it is a name or "the + noun" with no verb, and
    the asides after it are neither more names nor "and ..." ("Lee, 45, was jailed";
    not "Lee, Kim and Cho, all 30, were")."""
    chunks = _CHUNKS.split(head)
    if len(chunks) < 2:
        return []
    words = chunks[0].split()
    for aside in chunks[1:-1]:
        aside = aside.strip()
        if aside[:1].isupper() or aside.split()[:1] in (["and"], ["or"]):
            return []
    if not 1 <= len(words) <= MAX_SUBJECT_WORDS or not words[0][:1].isupper():
        return []
    low = [w.lower() for w in words]
    if low[0] in NOT_A_SUBJECT or _is_adverb(low[0]) or any(map(is_verb, words)):
        return []
    if any(ch.isdigit() or ch in "'’" for word in words for ch in word):
        return []  # "Lee's", "In 2010": not a bare subject
    if any(w.isupper() and len(w) > 3 for w in words) or low[-1] in _CALENDAR:
        return []  # a dateline ("LEEDS, ..."), a day
    if low[0] == "the":
        return words if all(w.isalpha() for w in words[1:]) else []
    return words if all(w[:1].isupper() for w in words) else []


def noun_event(words: list[str], date_text: str) -> str:
    """ "the fight at the Grand Arena" from a clause ending in it: an article, at most two
    more words, a noun of EVENT_NOUNS and a place ("at/in" + capitalised words). A bare
    "the fight" leans on an earlier sentence, so it is not taken."""
    if date_text.split()[0].lower() in LIMIT_WORDS:
        return ""
    end = 0
    for index in range(len(words) - 1, 0, -1):
        if words[index].lower() in PLACE_PREPOSITIONS:
            place = [w for w in words[index + 1 :] if w.lower() != "the"]
            if place and all(w[:1].isupper() for w in place):
                end = index
            break
        if not words[index][:1].isupper() and words[index].lower() != "the":
            break
    if not end or words[end - 1].lower() not in EVENT_NOUNS:
        return ""
    for start in range(end - 2, max(end - 5, -1), -1):
        low = words[start].lower()
        if low in ("the", "a", "an"):
            return " ".join(words[start:]).strip(" ,;:.")
        if low in EVENT_DETERMINERS or not words[start].isalpha() or not words[start].islower():
            return ""
    return ""
