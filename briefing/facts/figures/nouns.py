"""The counted noun phrase after a number ("6 battalion-tactical groups")."""

from __future__ import annotations

import re

from briefing.facts.figures.patterns import HYPHEN_NOUN, OF_THE
from briefing.facts.figures.words import (
    ADVERBS_IN_S,
    COMPARATIVES,
    IRREGULAR_PLURALS,
    NOUN_STOP,
    STOPWORDS,
)
from briefing.lang.en import numbers as nb
from briefing.lang.en.figures import IRREGULAR_PASTS, SHORT_VERB_FORMS
from briefing.lang.en.lexicon import MONTHS, TITLE_CASE_SMALL_WORDS


def counted_noun(text: str, pos: int, value: float) -> tuple[str, int]:
    hyphen = HYPHEN_NOUN.match(text, pos)
    if hyphen:  # "four-cylinder engine", "three-bed flat": the unit is the hyphened noun
        word = hyphen.group(1)
        if word.lower() not in NOUN_STOP:
            return word, hyphen.end()
        return "", pos
    of_the = OF_THE.match(text, pos)
    if of_the:  # "one of the largest dinosaurs", "35m of its Echo devices"
        phrase, end = noun_run(text, of_the.end(), singular_count=False)
        if phrase and all(w[:1].isupper() for w in phrase.split()) and not phrase.isupper():
            return "", pos  # "the last four of the Capital One Cup": a name, not what is counted
        if phrase:
            return phrase, end
    if not text[pos : pos + 1].isspace():
        return "", pos
    return noun_run(text, pos, singular_count=abs(value) == 1)


def noun_run(text: str, pos: int, singular_count: bool = False) -> tuple[str, int]:
    """Words that can form the noun phrase starting at ``pos``, cut at its head noun."""
    tokens = _run_tokens(text, pos)
    words: list[tuple[str, int]] = []  # (word, end offset)
    for index, (token, token_end) in enumerate(tokens):
        low = token.lower().rstrip(".")
        if token[0].isdigit():
            # digits inside a name: "Model 3 sedans", "new 737 Max jets"
            nxt = tokens[index + 1][0] if index + 1 < len(tokens) else ""
            if words and (words[-1][0][:1].isupper() or nxt[:1].isupper()):
                words.append((token, token_end))
                continue
            break
        if low == "and":
            if not words:
                break
        elif (low in nb.SMALL_NUMBERS or low in nb.MAGNITUDES or low in NOUN_STOP
              or low in ADVERBS_IN_S) and not _inside_a_name(token, words):
            break
        words.append((token.rstrip(".") if index == len(tokens) - 1 else token, token_end))
    stop = tokens[len(words)][0] if len(words) < len(tokens) else ""
    goes_on = stop[:1].islower() and stop.isalpha() and stop not in STOPWORDS and stop != "and"
    ends_clause = (not stop and len(words) == len(tokens) and _ENDS.match(text, words[-1][1])
                   ) if words else False
    words = _cut_at_head(words, singular_count, goes_on, bool(ends_clause))
    if len(words) > 1 and (words[-1][0].lower(), stop.lower()) in _COMPLEX_PREPOSITIONS:
        words = words[:-1]  # "a $1m tournament thanks to ...": "thanks to" is a preposition
    if len(words) > 1 and words[-1][0].lower() in _VERBS_OF_FROM and stop.lower() == "from":
        words = words[:-1]  # "the five-day conference range from ...": "range" is its verb
    if len(words) > 1 and words[-1][0].lower() in _DEGREE_ADVERBS and stop.lower() in _PLACE_WORDS:
        words = words[:-1]  # "the 1000 hp barrier right out of the gate": "right" is an adverb
    while words and (
        words[-1][0].lower() in ("and", *COMPARATIVES)
        or words[-1][0].lower().endswith("ly")
        or (words[-1][0][0].isdigit() and not _number_of_a_name(words))
    ):
        words.pop()
    if len(words) == 1 and looks_verbal(words[0][0].lower()):
        return "", pos
    if not words:
        return "", pos
    phrase = " ".join(w for w, _ in words)
    return phrase.rstrip("."), words[-1][1] - (1 if words[-1][0].endswith(".") else 0)


# Two-word prepositions whose first word reads as a noun: "a $1m tournament thanks to".
_COMPLEX_PREPOSITIONS = frozenset({("thanks", "to"), ("due", "to"), ("owing", "to"),
                                   ("prior", "to"), ("ahead", "of"), ("instead", "of")})
# Verbs that read as nouns before "from": "issues at the conference range from trade to ...".
_VERBS_OF_FROM = frozenset("range ranged vary varies differ differs stem stems".split())
# Adverbs of degree before a place word ("right out", "straight into", "just off").
_DEGREE_ADVERBS = frozenset("right straight just".split())
_PLACE_WORDS = frozenset("out into off up down through across past over onto in at".split())
_ENDS = re.compile(r"\s*(?:[.,;:!?]|$)")


def _inside_a_name(token: str, words: list[tuple[str, int]]) -> bool:
    """'a 8-year-old Fort Worth girl': a capitalised stop word after a capitalised word goes on
    a name (not a small title word: 'Manchester United in', 'Bank of')."""
    return (
        bool(words)
        and token[:1].isupper()
        and words[-1][0][:1].isupper()
        and token.lower() not in TITLE_CASE_SMALL_WORDS
    )


def _number_of_a_name(words: list[tuple[str, int]]) -> bool:
    """'the Fortune 100', 'the FTSE 250', 'a Model 3': a small whole number after a capitalised
    word that is no month is the end of a name (a year or an amount is not)."""
    number = words[-1][0]
    if len(words) < 2 or not number.isdigit() or int(number) >= 1000:
        return False
    name = words[-2][0]
    return name[:1].isupper() and name.lower() not in _MONTHS


_MONTHS = frozenset(m.lower() for m in MONTHS)


# Letters of any script ("López", "Düsterwald"): an ASCII class cut names at an accent.
_LETTER = r"[^\W\d_]"
_RUN_TOKEN = re.compile(rf"{_LETTER}(?:{_LETTER}|['’&.-])*{_LETTER}|{_LETTER}|\d[\w.,]*|\S")


def _run_tokens(text: str, pos: int) -> list[tuple[str, int]]:
    tokens: list[tuple[str, int]] = []
    cursor = pos
    for match in _RUN_TOKEN.finditer(text, pos, min(len(text), pos + 120)):
        gap = text[cursor : match.start()]
        if "\n" in gap or (tokens and not gap) or not match.group(0)[0].isalnum():
            break
        tokens.append((match.group(0), match.end()))
        cursor = match.end()
        if len(tokens) >= 6:
            break
    return tokens


def _cut_at_head(
    words: list[tuple[str, int]], singular_count: bool, goes_on: bool = False,
    ends_clause: bool = False,
) -> list[tuple[str, int]]:
    """``goes_on``: the run stopped at a word that may be a noun too ("shot", "set");
    ``ends_clause``: it stopped at the end of the text or at a stop or comma."""
    lows = [w.lower() for w, _ in words]
    if singular_count:  # "one proposal asks": a plural-looking word after the noun is a verb
        for index, low in enumerate(lows[1:], 1):
            if is_plural(low) or looks_verbal(low) or low == "and":
                return words[:index][:3]
        return words[:3]
    for index, low in enumerate(lows):
        if low != "and" and is_plural(low) and not _names_a_modifier(words, index):
            return words[: index + 1]
    for index, low in enumerate(lows):
        if low == "and" or (looks_verbal(low) and index > 0):
            if index == 1 and low.endswith("ing") and (goes_on or len(lows) > 2):
                return []  # "a long tracking shot": "long" alone is no noun (s8 review)
            if index == len(lows) - 1 and low.endswith("ing") and ends_clause:
                return words[:3]  # "20 percent of personal spending.": the -ing noun is the head
            if index == len(lows) - 1 and low.endswith("ing") and _ADJECTIVE_END.search(
                lows[index - 1]
            ):
                return words[:3]  # "educational programming on": an adjective, then its noun
            return words[:index][:3]
    return words[:3]


# Adjective endings: before a last word in -ing the word is an adjective, so the -ing word
# is its noun ("educational programming", "public spending"), not a verb ("man living").
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ful|ary)$")


def _names_a_modifier(words: list[tuple[str, int]], index: int) -> bool:
    """A capitalised plural inside a name before the counted noun: "Two United States
    service members" counts members, "three Rolling Stones concerts" concerts."""
    if not words[index][0][:1].isupper():
        return False
    for word, _ in words[index + 1 :]:
        if word.lower() == "and":  # "1,000 pirated DVDs and faked inlay cards": two things
            return False
        if word[:1].islower() and is_plural(word.lower()):
            return True
    return False


def looks_verbal(low: str) -> bool:
    if low.endswith("ed") and not low.endswith("eed") and len(low) > 4:
        return True
    return (low.endswith("ing") and len(low) > 5) or low in SHORT_VERB_FORMS


def is_plural(low: str) -> bool:
    if low in IRREGULAR_PLURALS:
        return True
    if low in ADVERBS_IN_S:
        return False
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s", "ous"))
    )


def past_verb_first(words: list[str]) -> bool:
    """ "finished sixth", "won the title", "joined Chelsea": a past verb and what follows
    it, not an adjective before its noun ("injured woman", "armed robber")."""
    first = words[0].lower()
    past = first in IRREGULAR_PASTS or (first.endswith("ed") and len(first) > 4)
    if first in _NAMING or not past:
        return False  # "a 16-year-old called Daniel Young": his name follows
    second = words[1] if len(words) > 1 else ""
    return (not second or second[:1].isupper() or second.lower() in STOPWORDS
            or _ORDINAL.fullmatch(second.lower()) is not None or second.endswith("ly"))


_NAMING = frozenset("called named dubbed nicknamed".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
                      r"|eighth|ninth|tenth|last|twice|again|top|bottom")
