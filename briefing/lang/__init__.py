"""Language knowledge: the floor under every stage, words rather than logic.

Layout (modelled on spaCy's ``spacy/lang/<code>/``: per-language data side by side):

* ``words``: tokenizing, stemming and stop words for every supported language;
* ``quotes``: quote marks and the one algorithm that pairs them;
* ``gazetteer``: loaders for the name lists in ``en/data/`` (places, organisations,
  demonyms, role words, first names);
* ``en/lexicon``: English word lists (months, weekdays, function words, cue verbs,
  honorifics, connectors, organisation keywords); ``en/numbers``: number words and
  reading them;
* ``de/``, ``fr/``, ``es/``, ... : what the stages know of other languages (months,
  speech verbs, abbreviations the sentence splitter needs).

Stages import word lists from here and keep only the rules that use them; a new
spelling or a new language is added here, once.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from types import ModuleType

# Languages with a ``<code>/lexicon.py`` beside the English one.
LEXICON_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "da", "ru")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so no word hides a longer one."""
    unique = dict.fromkeys(words)
    return "|".join(re.escape(w) for w in sorted(unique, key=len, reverse=True))


def grouped_alternation(words: Iterable[str]) -> str:
    """``alternation(words)`` with the words grouped by their first character: the same
    matches, since a group keeps its words' order and words of two groups never start at
    one place, but a regex tries one group's words where it tried them all (the cue
    verbs' scan of an article: 0.24 ms -> 0.06 in bench_facts)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(dict.fromkeys(words), key=len, reverse=True):
        groups.setdefault(word[:1], []).append(word[1:])
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
        for first, rests in groups.items()
    )


def lexicon(code: str) -> ModuleType:
    """The ``lexicon`` module of one language ("en", "de", ...)."""
    if code not in LEXICON_LANGUAGES:
        raise KeyError(code)
    return importlib.import_module(f"briefing.lang.{code}.lexicon")


def every_lexicon() -> list[ModuleType]:
    """All language lexicons, English first."""
    return [lexicon(code) for code in LEXICON_LANGUAGES]
