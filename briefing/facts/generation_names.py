"""People named with their generation: "Cuba Gooding Jr.", "Sammy Davis Sr." (rule
``generation``).

"Jr." and "Sr." follow only a person's name, so two or three name words before one, ending
the run, are a person even where the given name is no listed one or is a place ("Cuba").
A possessive first word is a business ("Carl's Jr."); a run that goes on past the suffix
names a thing ("Martin Luther King Jr. Day") and is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.facts.title_people import PersonFind
from briefing.facts.tokens import Token, is_name_word, joined, past_stop_caps, words_of
from briefing.lang.en.speech import COMPANY_WORDS
from briefing.lang.gazetteer import organizations, places

_SUFFIXES = frozenset("Jr Jr. Sr Sr.".split())


def generation_people(
    text: str, tokens: list[Token], runs: list[tuple[int, int]]
) -> Iterable[PersonFind]:
    for i, j in runs:
        start = past_stop_caps(tokens, i, j)
        if tokens[j - 1].text not in _SUFFIXES or not 2 <= j - 1 - start <= 3:
            continue
        words = tokens[start : j - 1]
        pairs = zip(words, words[1:], strict=False)
        if any(t.possessive or not joined(text, a, t) for a, t in pairs):
            continue
        if words[-1].possessive or not joined(text, words[-1], tokens[j - 1]):
            continue
        if not _first_word(words[0]) or not all(
            is_name_word(t, first=False) and t.text not in COMPANY_WORDS for t in words[1:]
        ):
            continue
        yield PersonFind(words_of(tokens, start, j), "generation", "", tokens[start].start)


def _first_word(token: Token) -> bool:
    """A name word, or a country's or a region's name used as a given name ("Cuba Gooding
    Jr."); no role word ("Drummer Larry Mullen Jr")."""
    word = token.text
    return word.isalpha() and word not in COMPANY_WORDS and (
        is_name_word(token) or word in places() and word not in organizations())
