"""Which language an article is written in, as an ISO 639-1 code.

py3langid ships its model inside the package, so nothing is downloaded.
"""

from __future__ import annotations

import re
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


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``; "en" for short or undecidable text."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return DEFAULT
    code, probability = identifier().classify(sample)
    words = len(sample.split())
    if words >= MIN_WORDS or NON_LATIN.search(sample):
        return str(code)
    # Short Latin-script texts: trust the model only when it is sure.
    if words >= SHORT_TEXT_MIN_WORDS and probability >= SHORT_TEXT_CONFIDENCE:
        return str(code)
    return DEFAULT
