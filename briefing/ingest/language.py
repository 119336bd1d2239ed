"""Which language an article is written in, as an ISO 639-1 code.

py3langid ships its model inside the package, so nothing is downloaded.
"""

from __future__ import annotations

import logging
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


CONFIDENT = 0.9  # model probability below this is a guess (py3langid, norm_probs)
# Share of words in the English stop list we ship above which ASCII text reads as English
# rules: English news 0.35-0.55, sports results tables 0.10-0.20, German/French prose
# about 0.05 (the few shared words are "in", "a", "die"... of other lists).
ENGLISH_STOP_SHARE = 0.08
ASCII_SHARE = 0.97  # words written in plain ASCII letters

logger = logging.getLogger("briefing.ingest")


def english_stop_share(sample: str) -> tuple[float, float]:
    """(share of words that are English stop words, share of words in ASCII letters)."""
    from briefing.lang.words import stop_words

    words = _LETTERS.findall(sample.lower())
    if not words:
        return 0.0, 0.0
    stop = stop_words("en")
    ascii_words = sum(1 for w in words if w.isascii())
    return sum(1 for w in words if w in stop) / len(words), ascii_words / len(words)


def reads_as_english(sample: str, other: str = "") -> bool:
    """Mostly ASCII words with English stop words among them, and more of them than of
    the other candidate language's stop words (so Dutch or Danish text stays theirs)."""
    share, ascii_share = english_stop_share(sample)
    if ascii_share < ASCII_SHARE or share < ENGLISH_STOP_SHARE:
        return False
    if other and other != "en" and other in supported_languages():
        from briefing.lang.words import stop_words

        words = _LETTERS.findall(sample.lower())
        theirs = sum(1 for w in words if w in stop_words(other)) / len(words)
        return share > theirs
    return True


def supported_languages() -> frozenset[str]:
    from briefing.lang.words import LANGUAGES

    return frozenset(LANGUAGES)


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``; "en" for short or undecidable text.

    The model is trusted only when it is confident on a long enough text. Otherwise,
    and whenever it names a language we cannot summarize, text that reads as English
    (see ``reads_as_english``) gets English rules, with a warning when the model said
    otherwise: an English article is never refused for a guess.
    """
    code, warning = detect_with_reason(text)
    if warning:
        logger.warning("warning: %s", warning)
    return code


def detect_with_reason(text: str) -> tuple[str, str]:
    """(code, warning or ""); see :func:`detect`."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return DEFAULT, ""
    if clearly_english(sample):
        return "en", ""
    mixed = bool(NON_LATIN.search(sample)) and latin_is_main_script(sample)
    model = latin_identifier() if mixed else identifier()
    code, probability = model.classify(sample)
    code = str(code)
    if code == "en":
        return code, ""
    words = len(sample.split())
    non_latin = bool(NON_LATIN.search(sample)) and not mixed
    trusted = non_latin or (
        probability >= CONFIDENT and (words >= MIN_WORDS or (
            words >= SHORT_TEXT_MIN_WORDS and probability >= SHORT_TEXT_CONFIDENCE)))
    english = reads_as_english(sample, code)
    if not english and code in supported_languages() and words >= MIN_WORDS:
        return code, ""  # a supported language, not English: its own rules fit best
    guess = f"{code}, p={probability:.2f}"
    if english:
        return "en", f"language looked like {guess}, but the text reads as English; using English"
    if not trusted and not non_latin:
        return "en", f"language detection is unsure ({guess}); using English rules"
    return code, ""
