"""Surnames the article gives to someone besides the people it found.

"Blues legend B.B. King ... his daughter, Claudette King, told ... 'I'm feeling much
better,' King said": when the only full name found with the surname is Claudette King,
the bare "King" would be hers, and the quote with it. But the text also writes a
different given name or initials right before "King", so the bare surname may be
either person's: it is left unresolved (``EntityIndex.resolve_person`` gives no full name,
no mention of it is counted as hers). A title before the surname ("Mr King", "President
King") names nobody else; a middle name or initial ("George W. Bush" beside "George
Bush") or the found given name itself ("Claudette King's") is the same person.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.facts.initials_names import initials_given
from briefing.facts.tokens import Token, joined
from briefing.lang.en.speech import given_name
from briefing.lang.gazetteer import organizations, places

# How many given names or initials are read back from the surname ("Martin Luther King").
_MOST_GIVEN_WORDS = 3


def _given_word(word: str) -> bool:
    """A given name or initials, not a place's or a body's name ("Everton Gomis", "France
    Gomis": the club's or the country's player)."""
    if word in places() or word in organizations():
        return False
    return given_name(word) or initials_given(word) or (len(word) == 2 and word[1] == ".")


def _given_words_before(text: str, tokens: list[Token], k: int) -> list[str]:
    """The given names or initials written right before token k, in order."""
    words: list[str] = []
    m = k - 1
    while m >= 0 and len(words) < _MOST_GIVEN_WORDS and joined(text, tokens[m], tokens[m + 1]):
        if not tokens[m].capitalised or not _given_word(tokens[m].text):
            break
        words.insert(0, tokens[m].text)
        m -= 1
    return words


def _same_person(written: list[str], found: list[str]) -> bool:
    """Do the given words before the surname fit a found person's ("George W." and
    "George"; "J." and "John"; "Luther" and "Martin Luther"; "Matt" and "Matthew")?"""
    if set(written) & set(found):
        return True
    if any(len(w) > 2 and (f.startswith(w) or w.startswith(f)) for w in written for f in found):
        return True  # "Matt Upson" is "Matthew Upson"
    initials = [w for w in written if w.endswith(".")]
    return len(initials) == len(written) and bool(found) and (
        initials[0][:1] == found[0][:1])


def other_bearers(text: str, tokens: list[Token], names: Iterable[str]) -> frozenset[str]:
    """Surnames of the found full ``names`` that the text also writes after a given name
    or initials that none of those people has."""
    given: dict[str, list[list[str]]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            given.setdefault(words[-1], []).append(words[:-1])
    shared: set[str] = set()
    for k, token in enumerate(tokens):
        if token.text not in given or token.text in shared or k == 0:
            continue
        written = _given_words_before(text, tokens, k)
        if written and not any(_same_person(written, found) for found in given[token.text]):
            shared.add(token.text)
    return frozenset(shared)
