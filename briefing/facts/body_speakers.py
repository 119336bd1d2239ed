"""Bodies named in a quote's source phrase: "Scotland Yard said", "the British Chambers
of Commerce said". Their last capitalised word would otherwise read as a person's surname
("Yard"), so the pronoun and "it said" rules later heard a person where a body spoke.

A body's name here is a run of two or more capitalised words (joined by "of", "for",
"and", "&", "the") whose last word, or a word right before "of" / "for", is an
organisation head noun (``SPEAKER_BODY_HEADS``); it is shown by that full name.
"""

from __future__ import annotations

from briefing.facts.source_words import prefix_is_role, spokesperson_of
from briefing.lang.en import speech as words
from briefing.lang.en.lexicon import ROLE_MODIFIERS, STOP_CAPS
from briefing.lang.en.speech import SPEAKER_BODY_HEADS
from briefing.lang.gazetteer import demonyms, places, role_phrases

_JOINS = frozenset(("of", "for", "and", "&", "the"))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.endswith(("'s", "’s", "'", "’"))


def body_at_end(tokens: list[str]) -> int | None:
    """Where a body's name ends ``tokens`` (its first token), None when none does."""
    if not tokens or not _capitalised(tokens[-1]):
        return None
    start = len(tokens) - 1
    while start > 0:
        word = tokens[start - 1]
        if _capitalised(word) and word not in STOP_CAPS:
            start -= 1
        elif word in _JOINS and start > 1 and _capitalised(tokens[start - 2]):
            start -= 1
        else:
            break
    while tokens[start] in _JOINS:  # a join never opens the name
        start += 1
    name = tokens[start:]
    capitals = [w for w in name if w not in _JOINS]
    if len(capitals) < 2 or not _headed(name):
        return None
    if name[0] in words.SURNAME_HONORIFICS or name[0] in words.GIVEN_NAME_HONORIFICS:
        return None  # "Mr Chambers", "Sir John Service"
    first = name[0]
    if len(capitals) == 2 and first in words.census_first_names() and (
        first not in places() and first not in demonyms()
    ):
        return None  # "Robert Service", "Margaret Court": a person
    if " ".join(name).lower() in role_phrases():
        return None  # "Chief Executive"
    before_last = name[-2].lower()
    if name[-1].lower() in role_phrases() and (
        before_last in ROLE_MODIFIERS or before_last in role_phrases()
    ):
        return None  # "Deputy Chief Executive", "Acting Executive": a role head
    return start


def _headed_before_of(name: list[str]) -> set[str]:
    return {w for w, nxt in zip(name, name[1:], strict=False) if nxt in ("of", "for")}


def _headed(name: list[str]) -> bool:
    """The last word or a word before "of"/"for" is a body's head noun."""
    return name[-1] in SPEAKER_BODY_HEADS or any(
        w in SPEAKER_BODY_HEADS for w in _headed_before_of(name)
    )


def body_phrase(tokens: list[str], name_start: int | None) -> tuple[str, str] | None:
    """("organization", full name) for "Scotland Yard", "the British Chambers of
    Commerce": a body's name ending the phrase, longer than the person's name found there
    (``name_start``); ("nominal", "") for "a spokesman for Scotland Yard"."""
    start = body_at_end(tokens)
    if start is None or (name_start is not None and name_start <= start):
        return None
    prefix = tokens[:start]
    if spokesperson_of(prefix):
        return "nominal", ""
    if not prefix_is_role(prefix):
        return None
    return "organization", " ".join(tokens[start:])
