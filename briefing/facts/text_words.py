"""Word indexes of the article being read, built once per text.

The entity rules ask, name by name, whether the article writes a word elsewhere ("is
'Fellow' named twice?", "is 'parry' written in lower case?", "is there a 'Mr Smith'?").
A pattern per name costs a compile each time (a few hundred per article, a third of the
entities stage on bench_facts' articles); these sets answer the same questions from one
pass over the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.facts.tokens import whole_word_starts

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[\w-]+")  # the words "(?<![\w-])x(?![\w-])" can match whole
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(\S+)")
_cache: dict[str, tuple[str, object]] = {}


def _of(kind: str, text: str, build: Callable[[str], object]):
    held = _cache.get(kind)
    if held is None or held[0] is not text:
        held = (text, build(text))
        _cache[kind] = held
    return held[1]


def word_count(word: str, text: str) -> int:
    """How often ``word`` (letters and digits) stands alone, as ``\\bword\\b`` counts it."""
    if not _WORD.fullmatch(word):
        return len(re.findall(rf"\b{re.escape(word)}\b", text))
    # A few words are asked a text: searching for each is cheaper than counting all (0.1
    # ms an article in bench_facts); a whole \w+ word is a run of the text's \w+ words.
    return len(whole_word_starts(text, word, joiners=""))


def written_whole(word: str, text: str) -> bool:
    """Whether ``word`` is written with no letter, digit or hyphen joined to it."""
    if not _TOKEN.fullmatch(word):
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
    return word in _of("tokens", text, lambda t: frozenset(_TOKEN.findall(t)))


def after_an_honorific(word: str, text: str) -> bool:
    """Whether "Mr", "Mrs", "Ms" or "Dr" comes right before ``word`` ("Mr Smith", "Dr.
    Smith's"), as ``\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+word\\b`` finds it."""
    if not _WORD.fullmatch(word):
        return re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{re.escape(word)}\b", text) is not None
    return word in _of("honorific", text, _honorific_words)


def _honorific_words(text: str) -> frozenset[str]:
    """Every run of word characters that starts a token after an honorific: "O" and
    "O'Neill"'s "O", "Smith" of "Smith-Jones" and of "Smith's"."""
    found = set()
    for match in _HONORIFIC.finditer(text):
        lead = _WORD.match(match.group(1))
        if lead:
            found.add(lead.group())
    return frozenset(found)
