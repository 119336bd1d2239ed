"""The noun before a figure and "of", "at", "was" or a heading's colon: "a fine of $3
billion", "the price was $200", "base price: $59,995"."""

from __future__ import annotations

import re

from briefing.facts.figures.clauses import CLAUSE_BREAK
from briefing.facts.figures.nouns import looks_verbal
from briefing.facts.figures.patterns import AMOUNT_IDIOM_BEFORE
from briefing.facts.figures.phrases import clean_label, heading_item, noun_before_of, with_of_head
from briefing.facts.figures.quantity import Quantity
from briefing.facts.figures.words import AUX_VERBS, COMPARATIVES, STOPWORDS, TIME_WORDS, VERBS
from briefing.lang.en.figures import (
    EXPECTATION_CUES,
    LEVEL_VERBS,
    REPORTING_VERBS,
    VERB_PARTICLES,
)

_OF_BEFORE = re.compile(
    r"((?:[\w'’&.-]+\s+){0,4}?[\w'’&.-]+)(?:\s+(?:of|at|was|were|is|are|stood\s+at|reached|hit"
    r"|totalled|totaled|worth|valued\s+at|priced\s+at|estimated\s+at|:|≈|=)|\s*:)\s+"
    r"(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|over|under|up\s+to"
    r"|less\s+than|at\s+least|an\s+estimated|between|from)?\s*$",
    re.I,
)


# The end of _OF_BEFORE alone: a cheap first test, since the full pattern is slow to fail.
_OF_TAIL = re.compile(
    r"(?:\s(?:of|at|was|were|is|are|stood\s+at|reached|hit|totalled|totaled|worth|valued\s+at"
    r"|priced\s+at|estimated\s+at|:|≈|=)|:)\s+"
    r"(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|over|under|up\s+to"
    r"|less\s+than|at\s+least|an\s+estimated|between|from)?\s*$",
    re.I,
)


_MODALS = frozenset("will would can could may might must shall should to".split())


def noun_of_figure(text: str, q: Quantity) -> str:
    """'a fine of $3 billion', 'the price was $200', 'base price: $59,995'.

    For a count after "of" the noun before is what the count belongs to, right in "sales of
    5835 units" but not in "the futures of nine players": rule "noun of count", rated lower."""
    before = text[max(0, q.start - 80) : q.start]
    if not _OF_TAIL.search(before, max(0, len(before) - 40)):
        return ""
    match = _OF_BEFORE.search(before)
    if not match:
        return ""
    if re.search(r"\b(?:course|period|space|span|total|matter)\s+of\s+\S*\s*$", match.group(0)):
        return ""  # "over the course of 11 years": a span, not what the figure measures
    if AMOUNT_IDIOM_BEFORE.search(match.group(0)):
        return ""  # "in the region of £12,000", "in excess of £4m": how much, not of what
    words = re.findall(r"[\w'’&.-]+", match.group(1))
    link = match.group(0)[len(match.group(1)) :].split()[:1]
    of_figure, heading = link == ["of"], link == [":"]  # "Total Cost: $72370": a heading noun
    glued = match.group(0)[len(match.group(1)) :][:1] == ":"
    if glued and (
        not heading_item(text, q.start - len(before) + match.start(1), q.end)
        or any(w.lower() in TIME_WORDS for w in words)
    ):  # "The Latest: 3 NH towns cast ...", "her edge was massive: 69%", "Last week: 2"
        return ""
    tail: list[str] = []
    for back, word in enumerate(reversed(words), 1):
        low = word.lower()
        if low in STOPWORDS and tail:  # "the value of the deal", "one of the matches"
            tail = with_of_head(words[: len(words) - back + 1], tail)
        # "estimates of 64,900": a noun; a count names itself ("reports of 21 burials")
        verb = low in VERBS and not (of_figure and not tail and noun_before_of(low, q.kind)) and (
            not (heading and not tail and low not in REPORTING_VERBS))
        if low in STOPWORDS or verb or CLAUSE_BREAK.search(word) or word[0].isdigit():
            break
        previous = words[-back - 1].lower() if back < len(words) else ""
        if tail and (previous in _MODALS or low in AUX_VERBS or low in EXPECTATION_CUES):
            break  # "could require borrowing of", "the company forecast sales growth of"
        if low in AUX_VERBS and not tail:
            return ""  # "have a go at 5m": a verb's noun, not what the figure measures
        if low in LEVEL_VERBS or low in COMPARATIVES:
            if tail:
                break
            continue  # "shares finished 34.4% higher at 3.23": not the noun
        # "gross mortgage lending stood at £17.9bn": an -ing word right before the verb that
        # links it to the figure is the subject's head noun, not a verb to pass over
        head_ing = back == 1 and low.endswith("ing") and len(words) > 1 and bool(link) and (
            link[0].lower() in _SUBJECT_LINKS)
        if looks_verbal(low) and not (of_figure and not tail and low.endswith("ing")) and (
                not head_ing):
            if tail:
                break
            continue  # "Oil traded at $85": the verb before "at" is not part of the noun
        if low in VERB_PARTICLES and not tail:
            return ""  # "came back at 4 ppb": a phrasal verb, no noun before the figure
        tail.insert(0, word)
    stop = words[-len(tail) - 1].lower() if tail and len(tail) < len(words) else ""
    if stop in _OBJECT_PREPOSITIONS and link and link[0].lower() in _COPULAS:
        return ""  # "Trump's weakness with women is one of the hurdles": not the women
    if link == ["at"] and len(tail) == 1 and len(words) > 1 and (
        words[-2].lower() in _BEFORE_AN_ADJECTIVE or words[-2].lower() in VERBS
    ):
        return ""  # "was just as impressive at 37.5 degrees", "sat pretty at": no noun
    return clean_label(tail)


# Prepositions whose object is never the head of the noun phrase before a figure.
_OBJECT_PREPOSITIONS = frozenset("with against among between without about like".split())
_COPULAS = frozenset("is are was were".split())
_SUBJECT_LINKS = _COPULAS | frozenset("stood reached hit totalled totaled".split())
# Words before a lone word before "at" that make it an adjective or adverb, not a noun.
_BEFORE_AN_ADJECTIVE = frozenset("as so very too quite sat stayed looked seemed".split())
