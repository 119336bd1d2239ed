"""Words before a full name that are no part of it.

A title or a playing position opening a run of capitalised words is the person's role,
not a given name ("Wing Christophe Dorval said", "Alderman Niall Brode"): the name rules
start after it.
"""

from __future__ import annotations

from briefing.facts.tokens import Token, is_name_word, role_at
from briefing.lang.en.lexicon import SPORTS_POSITION_WORDS
from briefing.lang.en.roles import OPENING_POSITIONS


def past_descriptors(tokens: list[Token], start: int, end: int, text: str) -> int:
    """The first token of tokens[start:end] after leading title and playing position
    words, when two name words are left ("Wing Christophe Dorval" -> "Christophe
    Dorval")."""
    k = start
    while end - k >= 3:
        word = tokens[k].text
        if role_at(tokens, k, text) == 1 and not is_name_word(tokens[k]):
            k += 1
            continue
        if k == start and _position(word):
            k += 1  # only as the run's first word
            continue
        break
    return k


def _position(word: str) -> bool:
    lowered = word.lower()
    return word[:1].isupper() and (lowered in OPENING_POSITIONS or lowered in SPORTS_POSITION_WORDS)
