"""Words of any supported language: tokenizing, stemming and stop words.

Nothing here downloads anything: words come from a regular expression, stems from
the Snowball/Porter stemmers (pure code, no data files), stop words from the lists
bundled with sumy (and the ``stop-words`` package for Dutch and Russian, which sumy
lacks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from briefing.errors import InputError

# ISO 639-1 code -> Snowball stemmer name (also the sumy/stop-words list name).
LANGUAGES = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "ru": "russian",
}
_NAME_TO_CODE = {name: code for code, name in LANGUAGES.items()}

# Letters/digits, keeping inner hyphens and apostrophes ("e-mail", "don't", "l'état").
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def language_code(language: str | None) -> str:
    """Normalise "en", "EN-us", "english" to "en"; unsupported -> InputError."""
    raw = (language or "en").strip().lower().replace("_", "-")
    code = _NAME_TO_CODE.get(raw, raw.split("-")[0])
    if code not in LANGUAGES:
        supported = ", ".join(sorted(LANGUAGES))
        raise InputError(f"cannot summarize language {language!r}; supported: {supported}")
    return code


def tokenize_words(text: str) -> list[str]:
    """Words of ``text`` in order, punctuation dropped, case kept."""
    return _WORD.findall(text)


@cache
def stemmer(language: str = "en") -> Callable[[str], str]:
    """A lower-casing stem function for the language (Porter for English, else Snowball).

    The stemmers come from ``snowballstemmer``, the Snowball project's own build of the
    same algorithms NLTK ships; it runs on PyStemmer's C code when that is installed
    (a dependency: stemming is most of the ranker's time), else in pure Python.
    Importing NLTK's stemmers instead imports all of NLTK (with SciPy): about half a
    second and 80 MB per process, for every brief.
    """
    import snowballstemmer

    code = language_code(language)
    algorithm = "porter" if code == "en" else LANGUAGES[code]
    stem = snowballstemmer.stemmer(algorithm).stemWord

    @lru_cache(maxsize=200_000)
    def cached(word: str) -> str:
        return stem(word.lower())

    return cached


@cache
def stop_words(language: str = "en") -> frozenset[str]:
    """Lower-case stop words of the language, from lists bundled in packages."""
    code = language_code(language)
    try:
        from sumy.utils import get_stop_words

        return frozenset(w.lower() for w in get_stop_words(LANGUAGES[code]))
    except LookupError:
        pass
    try:
        from stop_words import get_stop_words as package_stop_words
    except ImportError:  # the list is an optional extra; summarizing still works
        return frozenset()
    return frozenset(w.lower() for w in package_stop_words(code))


@cache
def similarity_stop_words(language: str = "en") -> frozenset[str]:
    """Stop words for comparing sentences: the language's list less the content words it
    holds (``STOP_LIST_CONTENT_WORDS`` in the language's lexicon, where there is one)."""
    from briefing.lang import LEXICON_LANGUAGES, lexicon

    code = language_code(language)
    if code not in LEXICON_LANGUAGES:
        return stop_words(code)
    return stop_words(code) - getattr(lexicon(code), "STOP_LIST_CONTENT_WORDS", frozenset())


def content_stems(words: list[str], language: str = "en",
                  stop: frozenset[str] | None = None) -> list[str]:
    """Stems of ``words`` that are neither stop words (``stop``, else the language's
    list) nor bare digit strings."""
    stop = stop_words(language) if stop is None else stop
    stem = stemmer(language)
    return [stem(w) for w in words if w.lower() not in stop and not w.isdigit()]
