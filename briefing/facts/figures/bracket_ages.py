"""Ages in brackets after a person's name: "Tom Ellery (34) was named captain".

A bracketed small number is otherwise masked as a squad number ("(4)"); after a name of
two or three capitalised words (or a title and a surname) it is the person's age, as
British papers write it. Not when the words are a club or an organisation ("Real Madrid
(2)" is caught by the list test, "Apple Inc (3)" by the name words), nor in a list of
bracketed numbers (a line-up, scorers and their minutes: "Goals: Kane (34), Son (67)"),
nor in a sports report, where it is a shirt number ("quarterback Dak Prescott (4)").
"""

from __future__ import annotations

import re

from briefing.facts.figures.patterns import PICTURE_POSITION
from briefing.lang.en.lexicon import (
    CLUB_SUFFIXES,
    MONTHS,
    ORG_KEYWORDS,
    SPORT_ACRONYMS,
    SPORT_NAMES,
    SPORT_WORDS,
    SPORTS_POSITION_WORDS,
    STOP_CAPS,
    TITLES_BEFORE_NAMES,
    WEEKDAYS,
)

# A capitalised word of a name: "Ellery", "O'Neill", "Smith-Jones" (not "US" or "BBC").
_NAME_WORD = r"[A-Z][a-z][\w'’-]*"
_TITLES = TITLES_BEFORE_NAMES | {"Miss", "Sir", "Dame", "Lady", "Lord"}
_TITLE = "|".join(sorted(_TITLES))
# The name, then " (34)" and what may follow an age: a comma, a full stop or a word.
_BRACKET_AGE = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:(?:{_TITLE})\.?\s+{_NAME_WORD}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}))"
    r"\s\((?P<age>\d{1,3})\)(?=[\s,.;]|$)"
)
# Any bracketed number after a word: a sentence with three of them is a list of numbers.
_BRACKETED_NUMBER = re.compile(r"\w\s?\(\d{1,3}\)")
# Words that make a capitalised run a thing, a date or a club, not a person.
_NOT_NAME_WORDS = ORG_KEYWORDS | CLUB_SUFFIXES | frozenset(MONTHS) | frozenset(WEEKDAYS)
_MAX_AGE = 110
_MAX_IN_A_SENTENCE = 2  # "Dan Price (29) and Amy Lowe (31)"; three make a line-up


def bracket_age_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the brackets ("(34)") that hold the age of the person named before them."""
    if "(" not in text or not _BRACKETED_NUMBER.search(text):
        return []  # the cheap tests first: most sentences hold no "(34)"
    found = [m for m in _BRACKET_AGE.finditer(text) if _is_age(text, m)]
    if not found or len(_BRACKETED_NUMBER.findall(text)) > _MAX_IN_A_SENTENCE:
        return []
    if len(found) < len(_BRACKETED_NUMBER.findall(text)):
        return []  # "Barcelona (1)" beside "Real Madrid (2)": a result, not two ages
    if _sports_report(text, found[0].start()):
        return []  # "quarterback Dak Prescott (4) celebrates": a shirt number
    return [(m.start("age") - 1, m.end("age") + 1) for m in found]


_WORD = re.compile(r"[\w-]+")
_SPORT_TERMS = SPORT_WORDS | SPORT_NAMES | {a.lower() for a in SPORT_ACRONYMS}


def _sports_report(text: str, name_start: int) -> bool:
    """A player's position right before the name, or two sport words in the sentence (the
    test the entity reader uses for an article: lexicon SPORT_WORDS)."""
    before = _WORD.findall(text[max(0, name_start - 30) : name_start])[-2:]
    if any(w.lower() in SPORTS_POSITION_WORDS for w in before):
        return True
    return sum(w.lower() in _SPORT_TERMS for w in _WORD.findall(text)) >= 2


def _is_age(text: str, match: re.Match[str]) -> bool:
    words = match.group("name").split()
    if words[0] in STOP_CAPS and words[0].rstrip(".") not in _TITLES:
        return False  # "The Guardian (12)", "In Paris (3)"
    if any(w in _NOT_NAME_WORDS for w in words):
        return False
    if ":" in text[: match.start()]:
        return False  # "Scorers: Harry Kane (34)": a list headed by its label
    return 0 < int(match.group("age")) <= _MAX_AGE


def is_bracket_age(text: str, start: int, end: int) -> bool:
    """The number at ``start:end`` is an age in brackets after a person's name."""
    return (start - 1, end + 1) in bracket_age_spans(text)


# The name before an age in brackets, for its label: "Tom Ellery (" -> "Tom Ellery".
NAME_BEFORE_BRACKET = re.compile(
    rf"(?P<name>(?:(?:{_TITLE})\.?\s+{_NAME_WORD}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}))\s\($"
)

# The name before an age set off by commas, for its label: "Sarah Watson, 34," and a
# caption's "Grant Allen (left), 38,".
NAME_BEFORE_COMMA = re.compile(
    r"((?:[A-Z][\w'’.-]*\s?){1,3})" + PICTURE_POSITION + r",\s(?:aged\s)?$"
)
