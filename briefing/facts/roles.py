"""Where a person's role phrase starts: the walk back from a title over its own words.

"Tory foreign affairs spokesman", "Sun's chief operating officer", "former Mexican
President", "South African president": the owner, the modifiers and the nouns that
belong to the title. The walk never crosses a seam the text does not mark with
punctuation -- a capitalised "Former" in mid-sentence opens a new phrase (a photo
caption glued to its sentence: "... on Nauru Former Immigration Minister Tony Burke") --
and stops at an opening verb ("Count former Mexican President Felipe Calderon among ...").
A place after "in"/"on"/"at" is where something happens, not the title's owner.
"""

from __future__ import annotations

import re

from briefing.facts.tokens import Token, joined, opens_sentence, words_of
from briefing.lang.en.lexicon import (
    HONORIFICS,
    MONTHS,
    ROLE_MODIFIERS,
    STOP_CAPS,
    WEEKDAYS,
)
from briefing.lang.en.roles import (
    LATE_OPENERS,
    LOCATION_PREPOSITIONS,
    OPENING_IMPERATIVES,
    ROLE_HEDGES,
    ROLE_STOP_WORDS,
    ROLE_TIME_MODIFIERS,
)
from briefing.lang.gazetteer import demonyms, places

# At most this many words before the title: "Lib Dem home affairs spokesman" is four.
_MOST_WORDS = 5
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,4}")
_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _nation(word: str) -> bool:
    """A demonym, a country or an acronym ("Mexican", "Nauru", "US", "U.N.")."""
    place = places().get(word)
    return (
        word in demonyms()
        or (place is not None and place[1] == "list:countries")
        or bool(_ACRONYM.fullmatch(word))
    )


def _owner_word(text: str, token: Token) -> bool:
    """A capitalised word that can own a title ("Tory", "Transfield", "Commons")."""
    word = token.text
    if not token.capitalised or word in _TIME_WORDS:
        return False
    if word in STOP_CAPS and word.lower() not in HONORIFICS:
        return False
    # "Separately spokesman X said", "Take Idaho Republican Sens. X": an opening adverb or
    # imperative owns nothing
    return not (
        (word.endswith("ly") or word in OPENING_IMPERATIVES) and opens_sentence(text, token)
    )


def _next_to(text: str, tokens: list[Token], k: int, *, owner: bool = False) -> bool:
    """Token k - 1 belongs to the same phrase as token k. A possessive owner counts when
    only a space follows its "'s", or its bare apostrophe after a plural ("Sun's chief
    operating officer", "Barclays' chief", "the Liberal Democrats' President")."""
    left = tokens[k - 1]
    if left.possessive:
        gap = text[left.end : tokens[k].start]
        plural = gap in ("' ", "’ ") and left.text.endswith("s")
        return owner and (gap in ("'s ", "’s ") or plural)
    return joined(text, left, tokens[k])


def _past_a_place(tokens: list[Token], k: int, i: int, text: str) -> int:
    """ "the camp on Nauru Immigration Minister ...": when the role's words from token k
    open with a place right after "in"/"on"/"at", the first token after the place."""
    if k == 0 or not joined(text, tokens[k - 1], tokens[k]):
        return k
    if tokens[k - 1].text not in LOCATION_PREPOSITIONS:
        return k
    for m in range(min(i, k + 3), k, -1):
        if words_of(tokens, k, m) in places():
            return m
    return k


def _late_means_died(tokens: list[Token], k: int, text: str) -> bool:
    """ "the late mayor", "his late father", "Late President X" opening a sentence."""
    if k == 0 or opens_sentence(text, tokens[k]):
        return True
    before = tokens[k - 1]
    return before.possessive or before.text.lower() in LATE_OPENERS


def role_start(tokens: list[Token], i: int, text: str) -> int:
    """The first token of the role phrase whose title starts at token i.

    Walking back: the title's own modifiers and nouns ("chief operating", "home affairs",
    "Immigration"), then one owner (a nationality, a country, a party, a body, a
    possessive), then a time word or hedge ("former", "would-be"), which opens the phrase.
    Lower-case nouns count only when an owner or modifier stands before them."""
    capital_title = tokens[i].capitalised
    k = committed = i
    phase = "title"
    while k > 0 and i - k < _MOST_WORDS:
        if not _next_to(text, tokens, k, owner=phase in ("title", "owner")):
            break
        token = tokens[k - 1]
        word, lower = token.text, token.text.lower()
        if lower == "late" and not _late_means_died(tokens, k - 1, text):
            break  # "too little too late London Mayor X": no role word
        if lower in ROLE_TIME_MODIFIERS or lower in ROLE_HEDGES:
            k = committed = k - 1
            if word[:1].isupper() and not opens_sentence(text, token):
                break  # "... on Nauru Former Immigration Minister": a seam
            phase = "time"
            continue
        if k >= 2 and _next_to(text, tokens, k - 1) and words_of(tokens, k - 2, k) in demonyms():
            if phase == "nation":
                break
            k = committed = k - 2  # "South African president"
            phase = "nation"
            continue
        if (phase in ("title", "owner") and k >= 2 and tokens[k - 2].capitalised
                and _next_to(text, tokens, k - 1) and words_of(tokens, k - 2, k) in places()):
            k = committed = k - 2  # "New Jersey Gov.": the place whole, not "Jersey"
            phase = "title" if capital_title else "owner"
            continue
        if phase == "time":
            if _nation(word) and not token.possessive:
                k = committed = k - 1  # "US former president"
            break
        if lower in ROLE_MODIFIERS or lower.startswith(("ex-", "then-")):
            k = committed = k - 1
            continue
        if phase == "nation":
            break  # "Count former Mexican President": nothing owns a nationality
        if _nation(word) and not token.possessive and phase == "title":
            k = committed = k - 1
            phase = "nation"
            continue
        if _owner_word(text, token) and (capital_title or phase in ("title", "owner")):
            if token.possessive and phase == "owner":
                break  # "Britain's Labour leader": one owner
            k = committed = k - 1
            phase = "title" if capital_title and not token.possessive else "owner"
            continue
        if (
            phase == "title"
            and not capital_title
            and _LOWER_WORD.fullmatch(word)
            and lower not in ROLE_STOP_WORDS
            and not lower.endswith("ed")
        ):
            k -= 1  # "home affairs spokesman": kept only if an owner or modifier follows
            continue
        break
    return _past_a_place(tokens, committed, i, text) if committed < i else committed


# A cue verb glued to the end of an apposition with no comma: "Armando Falcon, OFHEO
# director said." The verb is the sentence's, not part of the role.
_TRAILING_CUE = re.compile(r"\s+(?:said|says|told|tells|added|adds|insisted|warned|explained)$")


def without_trailing_cues(people: list) -> list:
    """People whose roles end in a cue verb, the verb cut off; a role that then ends in
    another person's name ("Lib Dem's elections chief Lord Rennard said") is no role."""
    for person in people:
        role = _TRAILING_CUE.sub("", person.role)
        if role == person.role:
            continue
        last = role.split()[-1] if role.split() else ""
        person.role = "" if last[:1].isupper() and not last.isupper() else role
    return people
