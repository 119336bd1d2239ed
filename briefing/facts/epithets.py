"""A person named by a description instead of the name: "the singer", "the 30-year-old",
"the American", "the Old Trafford boss". Such a phrase after (or before) a quote means the
person a "he" or "she" there would mean: the last voice, or a sentence's opening subject."""

from __future__ import annotations

import re

from briefing.lang.en import speech as words
from briefing.lang.gazetteer import demonyms

_AGE = re.compile(r"^\d+-year-old$")
# Words that turn a description into something else: an affiliation or complement ("the
# director behind JFK", "the head of the firm"), a clause, a second person ("and").
_BREAKS = frozenset("of for at from to in with behind who which that and or".split())
MAX_MODIFIERS = 4


def epithet_noun(phrase: str) -> str:
    """The head noun of a describing phrase ("the British actor" -> "actor"), else ""."""
    tokens = phrase.split()
    if "behind" in tokens[2:]:  # "the director behind JFK": the maker of a named work
        rest = tokens[tokens.index("behind") + 1 :]
        if rest and rest[0][:1].isupper():
            tokens = tokens[: tokens.index("behind")]
    if len(tokens) < 2 or len(tokens) > MAX_MODIFIERS + 2 or tokens[0].lower() != "the":
        return ""
    head, modifiers = tokens[-1], tokens[1:-1]
    if any(t.lower() in _BREAKS or re.search(r"['’]s?$", t) for t in modifiers):
        return ""  # "the charity's director": someone speaking for a body
    if head.lower() in words.EPITHET_NOUNS or _AGE.match(head.lower()):
        return head.lower()
    if not modifiers and head in demonyms():
        return head.lower()  # "said the American", "the German"
    if head in words.DEMONYM_PERSON_NOUNS:
        return head.lower()  # "the Dutchman", "the 25-year-old Dubliner"
    return ""


def epithet_gender(noun: str) -> str:
    """ "m"/"f" for a gendered noun ("actress", "frontman"), "" otherwise."""
    if noun in words.FEMALE_WORDS or noun in ("actress", "frontwoman"):
        return "f"
    if noun in words.MALE_WORDS or noun in ("frontman",):
        return "m"
    if noun.capitalize() in words.DEMONYM_PERSON_NOUNS and noun.endswith(("woman", "man")):
        return "f" if noun.endswith("woman") else "m"  # "the Irishman", "the Welshwoman"
    return ""
