"""Which language an article is written in, as an ISO 639-1 code.

py3langid ships its model inside the package, so nothing is downloaded.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

DEFAULT = "en"
MIN_WORDS = 20  # below this, statistics are weak: stay with English unless clearly not
SHORT_TEXT_CONFIDENCE = 0.95  # no English fragment of the BBC set scored this high elsewhere
SHORT_TEXT_MIN_WORDS = 5
SAMPLE_CHARS = 6000
NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


@lru_cache(maxsize=1)
def identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# Languages written mainly in Latin script that the model knows; used when a text is mostly
# Latin letters with some lines in other scripts, so a few foreign lines cannot make the
# model pick a rare language for an English (or French...) article.
LATIN_LANGUAGES = (
    "en de fr es it pt nl sv da no fi pl cs sk sl hr ro hu tr id ms ca eu gl et lv lt sq"
).split()


@lru_cache(maxsize=1)
def latin_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages(LATIN_LANGUAGES)
    return model


def latin_is_main_script(text: str) -> bool:
    """True when Latin letters outnumber the letters of every other script."""
    scripts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            scripts[unicodedata.name(char, "OTHER").split()[0]] += 1
    top = scripts.most_common(1)
    return bool(top) and top[0][0] == "LATIN"


# English function words that other languages almost never use as words. In English news
# they make up 10-30% of the words (BBC and CNN/DM: lowest 9.8%, median 21%), in German,
# French, Dutch, Spanish or Italian prose about 0%.
ENGLISH_MARKERS = frozenset(
    "the of and that for was with said it by from his has have were are this which would "
    "will their they been".split()
)
CLEARLY_ENGLISH = 0.12
_LETTERS = re.compile(r"[^\W\d_]+")


def clearly_english(sample: str) -> bool:
    """True for Latin-script text dense with English function words.

    Such text skips the statistical model, whose loading costs about 100 MB of memory
    and most of a brief's start-up time.
    """
    if NON_LATIN.search(sample):
        return False
    words = _LETTERS.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return False
    return sum(1 for w in words if w in ENGLISH_MARKERS) / len(words) >= CLEARLY_ENGLISH


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``; "en" for short or undecidable text."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return DEFAULT
    if clearly_english(sample):
        return "en"
    mixed = bool(NON_LATIN.search(sample)) and latin_is_main_script(sample)
    model = latin_identifier() if mixed else identifier()
    code, probability = model.classify(sample)
    if mixed:
        return str(code)
    words = len(sample.split())
    if words >= MIN_WORDS or NON_LATIN.search(sample):
        return str(code)
    # Short Latin-script texts: trust the model only when it is sure.
    if words >= SHORT_TEXT_MIN_WORDS and probability >= SHORT_TEXT_CONFIDENCE:
        return str(code)
    return DEFAULT
